"""nlpclaims.to_dataframe / quantities_dataframe: one row per claim or quantity, documented columns."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

pd = pytest.importorskip("pandas")

import nlpclaims  # noqa: E402
from nlpclaims import api  # noqa: E402
from nlpclaims.frames import CLAIM_COLUMNS, QUANTITY_COLUMNS, quantities_dataframe, to_dataframe  # noqa: E402
from nlpclaims.schema import ArticleClaims, Claim, Quantity  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "corpora" / "liveblog-trump-poetin.txt"

DOCUMENTED_CLAIM_COLUMNS = [
    "article_id", "claim_id", "speaker", "speaker_name", "kind", "cue", "text", "start", "end",
    "sentence_start", "sentence_end", "confidence", "rule", "n_quantities", "quantities",
]
DOCUMENTED_QUANTITY_COLUMNS = [
    "article_id", "text", "value", "unit", "approximate", "lower", "upper", "speaker", "claim", "start", "end",
]

TEXT = "Volgens Poetin zijn ruim 50 tot 60 drones neergehaald. Er vielen 3 doden."


def _result(article_id: str | None = "a1") -> ArticleClaims:
    content = "zijn ruim 50 tot 60 drones neergehaald"
    start = TEXT.index(content)
    qs = TEXT.index("ruim 50")
    q1 = Quantity(text="ruim 50 tot 60 drones", start=qs, end=qs + 21, value=50, unit="drones",
                  approximate=True, lower=50, upper=60, hedge="ruim", speaker="poetin", claim="c0")
    q2s = TEXT.index("3 doden")
    q2 = Quantity(text="3 doden", start=q2s, end=q2s + 7, value=3, unit="doden")
    claim = Claim(id="c0", kind="indirect", text=content, start=start, end=start + len(content),
                  speaker="poetin", speaker_name="Vladimir Poetin", cue="Volgens", cue_start=0, cue_end=7,
                  sentence_start=0, sentence_end=TEXT.index(".") + 1, quantities=[q1], confidence=0.85)
    return ArticleClaims(id=article_id, text_length=len(TEXT), claims=[claim], quantities=[q1, q2])


def test_columns_are_documented() -> None:
    assert list(CLAIM_COLUMNS) == DOCUMENTED_CLAIM_COLUMNS
    assert list(QUANTITY_COLUMNS) == DOCUMENTED_QUANTITY_COLUMNS
    import inspect

    source = inspect.getsource(nlpclaims.frames)
    for column in DOCUMENTED_CLAIM_COLUMNS + DOCUMENTED_QUANTITY_COLUMNS:
        assert f"``{column}``" in source, f"column {column} is not documented"


@pytest.mark.parametrize("empty", [[], (), ArticleClaims(text_length=0), [ArticleClaims(text_length=0)]])
def test_empty_input_gives_the_columns(empty) -> None:
    df = to_dataframe(empty)
    assert df.empty and list(df.columns) == DOCUMENTED_CLAIM_COLUMNS
    assert {c: str(t) for c, t in df.dtypes.items()} == CLAIM_COLUMNS
    qdf = quantities_dataframe(empty)
    assert qdf.empty and list(qdf.columns) == DOCUMENTED_QUANTITY_COLUMNS
    assert {c: str(t) for c, t in qdf.dtypes.items()} == QUANTITY_COLUMNS


def test_one_row_per_claim_from_results_and_claims() -> None:
    result = _result()
    df = to_dataframe(result)
    assert len(df) == 1 and list(df.columns) == DOCUMENTED_CLAIM_COLUMNS
    row = df.iloc[0].to_dict()
    assert row["article_id"] == "a1" and row["claim_id"] == "c0"
    assert row["speaker"] == "poetin" and row["speaker_name"] == "Vladimir Poetin"
    assert row["kind"] == "indirect" and row["cue"] == "Volgens"
    assert TEXT[row["start"]:row["end"]] == row["text"]
    assert row["n_quantities"] == 1 and row["quantities"] == [50.0]
    assert row["confidence"] == pytest.approx(0.85)
    two = to_dataframe([result, _result("a2")])
    assert list(two["article_id"]) == ["a1", "a2"]
    loose = to_dataframe(result.claims)
    assert len(loose) == 1 and loose.iloc[0]["article_id"] is None
    from_json = to_dataframe([result.model_dump(mode="json")])
    assert from_json.drop(columns="quantities").equals(df.drop(columns="quantities"))


def test_one_row_per_quantity() -> None:
    qdf = quantities_dataframe(_result())
    assert list(qdf.columns) == DOCUMENTED_QUANTITY_COLUMNS and len(qdf) == 2
    first, second = qdf.to_dict("records")
    assert first["text"] == "ruim 50 tot 60 drones" and bool(first["approximate"]) is True
    assert (first["lower"], first["upper"], first["speaker"], first["claim"]) == (50.0, 60.0, "poetin", "c0")
    assert second["speaker"] is None and second["claim"] is None
    assert math.isnan(second["lower"]) and math.isnan(second["upper"])
    assert len(quantities_dataframe(_result().claims)) == 1  # only the quantities inside the claims


def test_rejects_text_and_other_things() -> None:
    with pytest.raises(TypeError):
        to_dataframe("„We gaan door”, zei Zelensky.")
    with pytest.raises(TypeError):
        to_dataframe([1, 2])
    with pytest.raises(TypeError):
        quantities_dataframe(42)


# -- with the pipeline ----------------------------------------------------------------------------


def test_docs_and_results_give_the_same_frame(nlp) -> None:
    text = SEED.read_text(encoding="utf-8")
    doc = api.process(nlp, text, article_id="seed")
    other = api.process(nlp, "„We gaan door”, zei Zelensky. Dat zei hij in Kyiv.", article_id="kort")
    df = to_dataframe(doc)
    assert len(df) == len(doc._.claims) > 0
    assert list(df.columns) == DOCUMENTED_CLAIM_COLUMNS
    assert list(df["claim_id"]) == [c.id for c in doc._.claims]
    assert (df["article_id"] == "seed").all()
    assert all(text[s:e] == t for s, e, t in zip(df["start"], df["end"], df["text"]))
    assert (df["n_quantities"] == df["quantities"].map(len)).all()
    result = api.doc_to_result(doc)
    assert to_dataframe(result).equals(df)
    both = to_dataframe([doc, other])
    assert len(both) == len(doc._.claims) + len(other._.claims)
    assert "Volodymyr Zelensky" in set(both.loc[both["article_id"] == "kort", "speaker_name"])
    qdf = quantities_dataframe([doc, other])
    assert len(qdf) == len(doc._.quantities) + len(other._.quantities)
    assert all(text[s:e] == t for s, e, t, a in zip(qdf["start"], qdf["end"], qdf["text"], qdf["article_id"])
               if a == "seed")


def test_lazy_names_on_the_package() -> None:
    assert nlpclaims.to_dataframe is to_dataframe
    assert nlpclaims.quantities_dataframe is quantities_dataframe
