"""The public API as users call it: load, extract, typed results, JSON, saved pipelines."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import spacy

import nlpclaims
from nlpclaims import ArticleClaims, Claim, Quantity, Speaker

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpora" / "liveblog-trump-poetin.txt"
DATE = dt.date(2025, 3, 19)


@pytest.fixture(scope="module")
def seed_result(nlp) -> ArticleClaims:
    return nlpclaims.extract(SEED.read_text("utf-8"), nlp=nlp, date=DATE, article_id="seed")


def test_pipeline_components(nlp):
    for name in ("nlpclaims_speakers", "nlpclaims_attribution", "nlpclaims_quantities", "nlpclaims_claims"):
        assert name in nlp.pipe_names
    analysis = nlp.analyze_pipes()
    assert not analysis["problems"]["nlpclaims_claims"]


def test_extract_returns_typed_objects(seed_result):
    assert isinstance(seed_result, ArticleClaims)
    assert seed_result.id == "seed" and seed_result.date == DATE
    assert all(isinstance(c, Claim) for c in seed_result.claims)
    assert all(isinstance(q, Quantity) for q in seed_result.quantities)
    assert {"trump", "poetin", "zelensky", "pistorius", "schoof"} <= {m.speaker for m in seed_result.mentions}
    for claim in seed_result.claims:
        assert claim.speaker in seed_result.speakers
        assert isinstance(seed_result.speakers[claim.speaker], Speaker)


def test_quantities_linked_to_claims_and_speakers(seed_result):
    drones = [q for q in seed_result.quantities if q.text == "72 drones"]
    assert len(drones) == 1
    q = drones[0]
    assert q.value == 72 and q.unit == "drones" and q.speaker == "oekraiense-luchtmacht"
    claim = next(c for c in seed_result.claims if c.id == q.claim)
    assert q in claim.quantities


def test_json_round_trip_is_exact(seed_result):
    again = ArticleClaims.model_validate_json(seed_result.model_dump_json())
    assert again == seed_result
    assert json.loads(again.model_dump_json()) == json.loads(seed_result.model_dump_json())


def test_doc_extensions(nlp):
    doc = nlp("„We gaan door”, zei Zelensky. Volgens het Kremlin zijn 145 drones neergehaald.")
    assert [c.speaker for c in doc._.claims] == ["zelensky", "kremlin"]
    assert [q.value for q in doc._.quantities] == [145]
    assert [m.speaker for m in doc._.mentions] == ["zelensky"]


def test_saved_pipeline_reloads_with_the_same_claims(nlp, seed_result, tmp_path):
    nlp.to_disk(tmp_path / "pipeline")
    reloaded = spacy.load(tmp_path / "pipeline")
    again = nlpclaims.extract(SEED.read_text("utf-8"), nlp=reloaded, date=DATE, article_id="seed")
    assert again.claims == seed_result.claims
    assert again.quantities == seed_result.quantities
    assert again.mentions == seed_result.mentions


def test_user_registry_is_saved_with_the_pipeline(tmp_path):
    registry = tmp_path / "speakers.json"
    registry.write_text(json.dumps({"speakers": [
        {"id": "rutte", "name": "Mark Rutte", "kind": "person", "tracked": True, "aliases": ["Rutte"]}]}))
    nlp = nlpclaims.load(speakers=registry)
    nlp.to_disk(tmp_path / "pipeline")
    reloaded = spacy.load(tmp_path / "pipeline")
    result = nlpclaims.extract("Rutte zei dat de NAVO sterker moet worden.", nlp=reloaded)
    assert [m.speaker for m in result.mentions] == ["rutte"]
    assert [c.speaker for c in result.claims] == ["rutte"]


@pytest.mark.parametrize("text", ["", "   \n\n ", "...", "„", "„Dit sluit nooit", "”Verkeerd om„", "\x00\x01"])
def test_bad_text_gives_a_result(nlp, text):
    result = nlpclaims.extract(text, nlp=nlp)
    assert result.text_length == len(text)
    for claim in result.claims:
        assert text[claim.start:claim.end] == claim.text


def test_schema_is_published():
    published = json.loads((ROOT / "docs" / "schema.json").read_text("utf-8"))
    assert published == ArticleClaims.model_json_schema()


# --------------------------------------------------------------------------- dates, encoding, tables


def test_date_accepts_every_common_type(nlp):
    pd = pytest.importorskip("pandas")
    text = "De premier zei dat het kabinet doorgaat."
    for value in (DATE, dt.datetime(2025, 3, 19, 23, 59), pd.Timestamp("2025-03-19 08:00"),
                  "2025-03-19", "2025-03-19T10:00:00", "2025-03-19 10:00+01:00", "2025-03-19T10:00:00Z"):
        result = nlpclaims.extract(text, nlp=nlp, date=value)
        assert result.date == DATE, value
    # the date decides who "de premier" is: Rutte before 2 July 2024, Schoof after
    before = nlpclaims.extract(text, nlp=nlp, date=pd.Timestamp("2023-05-01"))
    after = nlpclaims.extract(text, nlp=nlp, date="2025-03-19T12:00:00")
    assert [c.speaker for c in before.claims] != [c.speaker for c in after.claims]


def test_default_date_is_today_and_recorded(nlp):
    result = nlpclaims.extract("„Ja”, zei Schoof.", nlp=nlp)
    assert result.date == dt.date.today()
    assert json.loads(result.model_dump_json())["date"] == dt.date.today().isoformat()


@pytest.mark.parametrize("value", [20250319, 2025.3, ["2025-03-19"], object()])
def test_date_of_another_type_is_a_clear_type_error(nlp, value):
    with pytest.raises(TypeError, match="date must be"):
        nlpclaims.extract("„Ja”, zei Schoof.", nlp=nlp, date=value)


@pytest.mark.parametrize("value", ["19-03-2025", "gisteren", "2025-13-01"])
def test_date_string_that_is_not_iso_is_a_value_error(nlp, value):
    with pytest.raises(ValueError, match="ISO"):
        nlpclaims.extract("„Ja”, zei Schoof.", nlp=nlp, date=value)


@pytest.mark.parametrize("text", ["„Ja”, zei Schoof.\ud800", "\udc81", "Trump zei \udfff dat het klopt."])
def test_text_that_cannot_be_encoded_is_a_clear_value_error(nlp, text):
    with pytest.raises(ValueError, match="lone surrogate U\\+D[89A-F][0-9A-F]{2} at character"):
        nlpclaims.extract(text, nlp=nlp)


def test_to_dataframe_fills_article_id(nlp):
    pytest.importorskip("pandas")
    docs = [nlp("„We gaan door”, zei Zelensky."), nlp("„Nee”, zei Schoof. „Ja”, zei Trump.")]
    df = nlpclaims.to_dataframe(docs)
    assert df["article_id"].tolist() == ["0", "1", "1"]
    named = nlpclaims.extract("„Ja”, zei Schoof.", nlp=nlp, article_id="mijn-artikel")
    assert nlpclaims.to_dataframe([docs[0], named])["article_id"].tolist() == ["0", "mijn-artikel"]
    assert nlpclaims.quantities_dataframe(nlp("Volgens Schoof zijn 72 drones neergehaald."))["article_id"].tolist() == ["0"]


def test_every_advertised_name_exists():
    for name in set(nlpclaims.__all__) | set(nlpclaims._EXPORTS):
        assert getattr(nlpclaims, name) is not None, name
    with pytest.raises(AttributeError):
        nlpclaims.extract_doc  # noqa: B018 - doc_to_result is the typed result of a processed Doc


def test_default_registry_is_read_once_and_not_shared_mutably():
    from nlpclaims.registry import SpeakerRegistry, _default_speakers

    a, b = SpeakerRegistry.default(), SpeakerRegistry.default()
    assert _default_speakers.cache_info().currsize == 1
    a.add(nlpclaims.Speaker(id="x-test", name="X Test"))
    assert "x-test" in a and "x-test" not in b
