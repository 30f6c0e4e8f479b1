"""nlpclaims.render / render_file: claims coloured by speaker, cues, quantities and mentions."""

from __future__ import annotations

import html
import itertools
import re
from pathlib import Path

import pytest

import nlpclaims
from nlpclaims import api
from nlpclaims.schema import ArticleClaims, Claim, Mention, Quantity, Speaker
from nlpclaims.visualize import (
    CUE_COLOR,
    CUE_LABEL,
    QUANTITY_COLOR,
    QUANTITY_LABEL,
    UNKNOWN_COLOR,
    render,
    render_file,
    speaker_colors,
)

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "corpora" / "liveblog-trump-poetin.txt"

TEXT = (
    "„We gaan door”, zei Zelensky.\n"
    "Volgens Poetin zijn 57 drones neergehaald. Zelensky benadrukte dat Kyiv niet opgeeft."
)

_LABEL = re.compile(r'<span class="nlpclaims-label" style="background: ([^;]+);[^>]*>(.*?)</span>', re.S)


def labels(markup: str) -> list[tuple[str, str, str]]:
    """(label, note, colour) of every span start in the markup."""
    out = []
    for color, inner in _LABEL.findall(markup):
        note = ""
        m = re.search(r"<a [^>]*>(.*?)</a>", inner, re.S)
        if m:
            note = html.unescape(m.group(1).strip())
            inner = inner[: m.start()]
        out.append((html.unescape(inner.strip()), note, color))
    return out


def claim_labels(markup: str) -> list[tuple[str, str, str]]:
    return [x for x in labels(markup) if x[1].split(" ")[0] in {"direct", "indirect"}]


def _claim(cid: str, text: str, content: str, speaker: str, name: str, kind: str, cue: str, after: int = 0,
           mention: str | None = None) -> Claim:
    start = text.index(content, after)
    cue_start = text.index(cue, after)
    kwargs = {}
    if mention is not None:
        ms = text.index(mention, after)
        kwargs = dict(speaker_mention=mention, speaker_mention_start=ms, speaker_mention_end=ms + len(mention))
    return Claim(id=cid, kind=kind, text=content, start=start, end=start + len(content), speaker=speaker,
                 speaker_name=name, cue=cue, cue_start=cue_start, cue_end=cue_start + len(cue),
                 sentence_start=0, sentence_end=len(text), **kwargs)


@pytest.fixture()
def result() -> ArticleClaims:
    """Hand-made claims for TEXT (no pipeline needed)."""
    second = TEXT.index("\n")
    q_start = TEXT.index("57 drones")
    quantity = Quantity(text="57 drones", start=q_start, end=q_start + 9, value=57, unit="drones",
                        speaker="poetin", claim="c1")
    c0 = _claim("c0", TEXT, "We gaan door", "zelensky", "Volodymyr Zelensky", "direct", "zei", mention="Zelensky")
    c1 = _claim("c1", TEXT, "zijn 57 drones neergehaald", "poetin", "Vladimir Poetin", "indirect", "Volgens",
                after=second)
    c1.quantities = [quantity]
    c2 = _claim("c2", TEXT, "Kyiv niet opgeeft", "zelensky", "Volodymyr Zelensky", "indirect", "benadrukte",
                after=second)
    mentions = []
    for word, sid in (("Zelensky", "zelensky"), ("Poetin", "poetin"), ("Zelensky", "zelensky")):
        after = mentions[-1].end if mentions else 0
        s = TEXT.index(word, after)
        mentions.append(Mention(text=word, start=s, end=s + len(word), speaker=sid))
    return ArticleClaims(
        id="test", text_length=len(TEXT),
        speakers={"zelensky": Speaker(id="zelensky", name="Volodymyr Zelensky", tracked=True),
                  "poetin": Speaker(id="poetin", name="Vladimir Poetin", tracked=True)},
        claims=[c0, c1, c2], quantities=[quantity], mentions=mentions,
    )


def test_one_label_per_claim_with_speaker_name(result: ArticleClaims) -> None:
    markup = render(result, text=TEXT, jupyter=False)
    assert isinstance(markup, str)
    got = claim_labels(markup)
    assert [(name, note) for name, note, _ in got] == [
        ("Volodymyr Zelensky", "direct"), ("Vladimir Poetin", "indirect"), ("Volodymyr Zelensky", "indirect"),
    ]


def test_one_colour_per_speaker(result: ArticleClaims) -> None:
    got = claim_labels(render(result, text=TEXT, jupyter=False))
    colors = {name: {c for n, _, c in got if n == name} for name, _, _ in got}
    assert all(len(c) == 1 for c in colors.values())
    assert colors["Volodymyr Zelensky"] != colors["Vladimir Poetin"]
    expected = speaker_colors(["zelensky", "poetin"])
    assert colors["Volodymyr Zelensky"] == {expected["zelensky"]}
    assert colors["Vladimir Poetin"] == {expected["poetin"]}


def test_colours_are_stable_across_articles() -> None:
    # the first speaker always gets the colour of its id; later ones too unless that colour is taken
    alone = {sid: speaker_colors([sid])[sid] for sid in ("poetin", "trump", "zelensky")}
    assert speaker_colors(["poetin", "trump", "zelensky"])["poetin"] == alone["poetin"]
    together = speaker_colors(["zelensky", "trump", "poetin"])
    assert len(set(together.values())) == 3
    assert together["zelensky"] == alone["zelensky"]
    many = speaker_colors([f"s{i}" for i in range(12)] + ["unknown"])
    assert len(set(many.values())) == 13
    assert many["unknown"] == UNKNOWN_COLOR


def test_cues_quantities_and_mentions_are_marked(result: ArticleClaims) -> None:
    got = labels(render(result, text=TEXT, jupyter=False))
    names = [name for name, _, _ in got]
    assert names.count(CUE_LABEL) == 3
    assert (QUANTITY_LABEL, "57 drones", QUANTITY_COLOR) in got
    assert {c for n, _, c in got if n == CUE_LABEL} == {CUE_COLOR}
    assert names.count("@Volodymyr Zelensky") == 2
    assert names.count("@Vladimir Poetin") == 1


def test_paragraphs_legend_and_tokens(result: ArticleClaims) -> None:
    markup = render(result, text=TEXT, jupyter=False)
    assert markup.count('<div class="spans"') == 2  # one per line of the article
    assert 'class="nlpclaims-legend"' in markup
    assert "Volodymyr Zelensky (2)" in markup and "Vladimir Poetin (1)" in markup
    visible = re.sub(r"<[^>]+>", " ", markup)
    for word in ("gaan", "neergehaald", "opgeeft", "benadrukte"):
        assert word in visible


def test_claim_across_paragraphs_is_continued() -> None:
    text = "Hij zei: „Eerst dit.\nEn dan dat.”"
    start = text.index("Eerst")
    end = text.index("”")
    claim = Claim(id="c0", kind="direct", text=text[start:end], start=start, end=end, speaker="unknown",
                  speaker_name="onbekend", sentence_start=0, sentence_end=len(text))
    got = labels(render(ArticleClaims(text_length=len(text), claims=[claim]), text=text, jupyter=False))
    assert [(n, note) for n, note, _ in got] == [("onbekend", "direct"), ("onbekend", "direct (vervolg)")]
    assert got[0][2] == UNKNOWN_COLOR


def test_names_are_escaped() -> None:
    text = "„Ja”, zei <b>&Co."
    claim = Claim(id="c0", kind="direct", text="Ja", start=1, end=3, speaker="x", speaker_name="<b>&Co",
                  sentence_start=0, sentence_end=len(text))
    markup = render(ArticleClaims(text_length=len(text), claims=[claim]), text=text, jupyter=False)
    assert "<b>" not in markup
    assert claim_labels(markup)[0][0] == "<b>&Co"


def test_page_and_argument_errors(result: ArticleClaims) -> None:
    page = render(result, text=TEXT, page=True, jupyter=False)
    assert page.startswith("<!DOCTYPE html>") and "<title>test</title>" in page and page.rstrip().endswith("</html>")
    with pytest.raises(TypeError):
        render(result, jupyter=False)
    with pytest.raises(ValueError):
        render(result, text=TEXT + " extra", jupyter=False)
    with pytest.raises(TypeError):
        render(42, jupyter=False)  # type: ignore[arg-type]


def test_empty_article() -> None:
    markup = render(ArticleClaims(text_length=0), text="", jupyter=False)
    assert claim_labels(markup) == []


def test_jupyter_displays_and_returns_none(result: ArticleClaims, monkeypatch: pytest.MonkeyPatch) -> None:
    display = pytest.importorskip("IPython.display")
    shown = []
    monkeypatch.setattr(display, "display", lambda obj: shown.append(obj))
    assert render(result, text=TEXT, jupyter=True) is None
    assert len(shown) == 1 and "nlpclaims-label" in shown[0].data


# -- with the pipeline ----------------------------------------------------------------------------


def test_render_text_doc_and_result_agree(nlp) -> None:
    text = "„We gaan door”, zei Zelensky. Poetin zei dat de oorlog nog lang duurt."
    from_text = render(text, nlp=nlp, jupyter=False)
    doc = nlp(api.make_doc(nlp, text))
    from_doc = render(doc, jupyter=False)
    from_result = render(api.doc_to_result(doc), text=text, jupyter=False)
    unprocessed = render(nlp.make_doc(text), nlp=nlp, jupyter=False)
    assert from_text == from_doc == from_result == unprocessed
    got = claim_labels(from_text)
    assert ("Volodymyr Zelensky", "direct") in [(n, k) for n, k, _ in got]
    assert len(got) == len(doc._.claims)


def test_seed_article_one_span_per_claim(nlp) -> None:
    text = SEED.read_text(encoding="utf-8")
    doc = api.process(nlp, text)
    claims = doc._.claims
    assert claims, "the seed article should yield claims"
    got = [x for x in claim_labels(render(doc, jupyter=False)) if "(vervolg)" not in x[1]]
    assert len(got) == len(claims)
    ordered = sorted(claims, key=lambda c: (c.start, c.end))
    # claims on the same span (joint sources: "Scholz en Macron …") may be drawn in any order
    # among themselves; compare each group of equal spans as a sorted block
    sizes = [len(list(g)) for _, g in itertools.groupby(ordered, key=lambda c: (c.start, c.end))]

    def blocks(items: list) -> list:
        out, i = [], 0
        for n in sizes:
            out.append(sorted(items[i:i + n]))
            i += n
        return out

    assert blocks([(n, k) for n, k, _ in got]) == blocks([(c.speaker_name, c.kind) for c in ordered])


def test_render_file(nlp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    article = tmp_path / "nos-2025-03-19-test.txt"
    article.write_text("„We gaan door”, zei Zelensky.\n", encoding="utf-8")
    monkeypatch.setattr(api, "load", lambda model=None, speakers=None: nlp)
    out = render_file(article, tmp_path / "out" / "page.html")
    assert out == tmp_path / "out" / "page.html"
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "nos-2025-03-19-test.txt" in page
    assert [(n, k) for n, k, _ in claim_labels(page)] == [("Volodymyr Zelensky", "direct")]


def test_lazy_name_on_the_package() -> None:
    assert nlpclaims.render is render


def test_render_file_reads_cp1252_and_rejects_binary(nlp, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(api, "load", lambda model=None, speakers=None: nlp)
    article = tmp_path / "oud.txt"
    article.write_bytes("„Het is een café”, zei Zelensky.".encode("cp1252"))
    page = render_file(article, tmp_path / "oud.html").read_text(encoding="utf-8")
    assert "caf" in page and [(n, k) for n, k, _ in claim_labels(page)] == [("Volodymyr Zelensky", "direct")]
    binary = tmp_path / "plaatje.txt"
    binary.write_bytes(b"\x89PNG\x00\x00")
    with pytest.raises(ValueError):
        render_file(binary, tmp_path / "plaatje.html")
    with pytest.raises(OSError):
        render_file(tmp_path / "bestaat-niet.txt", tmp_path / "x.html")
