"""nlpclaims.render / render_file: the article's own text, claims by speaker, margin labels, panel."""

from __future__ import annotations

import html
import itertools
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import nlpclaims
from nlpclaims import api
from nlpclaims.schema import ArticleClaims, Claim, Mention, Quantity, Speaker
from nlpclaims.views.article import ACTIVE_TINT
from nlpclaims.views.colors import (
    GREY, MIN_DELTA_E, PALETTE, contrast_ratio, delta_e, speaker_colors, text_color, tint,
)
from nlpclaims.visualize import UNKNOWN_COLOR, render, render_file

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "corpora" / "liveblog-trump-poetin.txt"

TEXT = (
    "„We gaan door”, zei Zelensky.\n"
    "Volgens Poetin zijn 57 drones neergehaald. Zelensky benadrukte dat Kyiv niet opgeeft."
)


class _View(HTMLParser):
    """What a reader sees: paragraphs' text, labels, panel groups and items, marked pieces."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.labels: list[dict] = []
        self.groups: list[dict] = []
        self.items: list[dict] = []
        self.segs: list[dict] = []
        self._stack: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        a["_text"] = ""
        cls = (a.get("class") or "").split()
        self._stack.append((tag, a))
        if "nlpclaims-p" in cls:
            self.paragraphs.append("")
        if "nlpclaims-label" in cls:
            self.labels.append(a)
        if "nlpclaims-group" in cls:
            a["items"] = []
            self.groups.append(a)
        if "nlpclaims-item" in cls:
            self.groups[-1]["items"].append(a)
            self.items.append(a)
        if "nlpclaims-seg" in cls and any(t == "p" for t, _ in self._stack):
            self.segs.append(a)

    def handle_endtag(self, tag):
        if self._stack:
            self._stack.pop()

    def handle_data(self, data):
        for _, a in self._stack:
            a["_text"] += data
        if any("nlpclaims-p" in (a.get("class") or "").split() for _, a in self._stack):
            self.paragraphs[-1] += data


def view(markup: str) -> _View:
    v = _View()
    v.feed(markup)
    return v


def style_var(attrs: dict, name: str) -> str:
    return re.search(rf"--{name}:(#[0-9a-f]{{6}})", attrs["style"]).group(1)


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
    """Hand-made claims for TEXT (no nlp needed)."""
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


def test_text_keeps_its_own_spacing(result: ArticleClaims) -> None:
    v = view(render(result, text=TEXT, jupyter=False))
    assert v.paragraphs == TEXT.split("\n")  # no space before punctuation, „ and ” where they are
    assert "door”, zei" in v.paragraphs[0]


def test_crlf_lines_are_paragraphs_without_their_cr(result: ArticleClaims) -> None:
    text = TEXT.replace("\n", "\r\n")
    shifted = result.model_copy(deep=True)
    shifted.text_length = len(text)
    for c in shifted.claims:
        if c.start > TEXT.index("\n"):
            for f in ("start", "end", "cue_start", "cue_end"):
                setattr(c, f, getattr(c, f) + 1)
    shifted.quantities, shifted.mentions = [], []
    v = view(render(shifted, text=text, jupyter=False))
    assert v.paragraphs == TEXT.split("\n")
    assert [s["_text"] for s in v.segs if "nlpclaims-cue" in s["class"]] == ["zei", "Volgens", "benadrukte"]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="ab .,;:!?„”'\"<>&é\n\r", max_size=80), st.data())
def test_any_text_and_marks_keep_the_text(text: str, data) -> None:
    claims = []
    for k in range(data.draw(st.integers(0, 4))):
        a = data.draw(st.integers(0, len(text)))
        b = data.draw(st.integers(a, len(text)))
        claims.append(Claim(id=f"c{k}", kind=data.draw(st.sampled_from(["direct", "indirect"])), text=text[a:b],
                            start=a, end=b, speaker=data.draw(st.sampled_from(["x", "y", "unknown"])),
                            speaker_name="X", sentence_start=0, sentence_end=len(text)))
    v = view(render(ArticleClaims(text_length=len(text), claims=claims), text=text, jupyter=False))
    assert v.paragraphs == [line.removesuffix("\r") for line in text.split("\n") if line.strip()]
    assert len(v.labels) == len(claims)


def test_one_label_per_claim_with_speaker_kind_and_cue(result: ArticleClaims) -> None:
    v = view(render(result, text=TEXT, jupyter=False))
    assert [(lab["data-claim"], lab["_text"]) for lab in v.labels] == [
        ("c0", "Volodymyr Zelensky direct · zei"),
        ("c1", "Vladimir Poetin indirect · Volgens"),
        ("c2", "Volodymyr Zelensky indirect · benadrukte"),
    ]


def test_one_distinct_colour_per_speaker(result: ArticleClaims) -> None:
    v = view(render(result, text=TEXT, jupyter=False))
    colour = {lab["data-claim"]: style_var(lab, "c") for lab in v.labels}
    assert colour["c0"] == colour["c2"] != colour["c1"]
    assert delta_e(colour["c0"], colour["c1"]) >= MIN_DELTA_E
    for seg in v.segs:
        if "data-claims" in seg:
            assert style_var(seg, "c") == colour[seg["data-claims"].split()[0]]


def test_cues_quantities_and_mentions_are_marked(result: ArticleClaims) -> None:
    v = view(render(result, text=TEXT, jupyter=False))

    def pieces(cls: str) -> list[str]:
        return [s["_text"] for s in v.segs if cls in s["class"].split()]

    assert pieces("nlpclaims-cue") == ["zei", "Volgens", "benadrukte"]
    assert pieces("nlpclaims-qty") == ["57 drones"]
    assert pieces("nlpclaims-mention") == ["Zelensky", "Poetin", "Zelensky"]
    qty = next(s for s in v.segs if "nlpclaims-qty" in s["class"])
    assert "number: 57 drones" in qty["title"] and qty["data-claims"] == "c1"


def test_panel_groups_claims_by_speaker(result: ArticleClaims) -> None:
    v = view(render(result, text=TEXT, jupyter=False))
    assert [(g["data-speaker"], [i["data-claim"] for i in g["items"]]) for g in v.groups] == [
        ("zelensky", ["c0", "c2"]), ("poetin", ["c1"])]
    poetin = v.groups[1]
    assert "Vladimir Poetin" in poetin["_text"] and "★" in poetin["_text"]
    item = v.items[2]["_text"]
    assert item.startswith("indirect Volgens zijn 57 drones neergehaald") and "57 drones" in item.split("neergehaald")[1]


def test_claim_across_paragraphs_stays_one_claim() -> None:
    text = "Hij zei: „Eerst dit.\nEn dan dat.”"
    start, end = text.index("Eerst"), text.index("”")
    claim = Claim(id="c0", kind="direct", text=text[start:end], start=start, end=end, speaker="unknown",
                  speaker_name="onbekend", sentence_start=0, sentence_end=len(text))
    v = view(render(ArticleClaims(text_length=len(text), claims=[claim]), text=text, jupyter=False))
    assert len(v.labels) == 1 and style_var(v.labels[0], "c") == UNKNOWN_COLOR
    assert [s["_text"] for s in v.segs if s.get("data-claims") == "c0"] == ["Eerst dit.", "En dan dat."]


def test_names_are_escaped() -> None:
    text = "„Ja”, zei <b>&Co."
    claim = Claim(id="c0", kind="direct", text="Ja", start=1, end=3, speaker="x", speaker_name="<b>&Co",
                  sentence_start=0, sentence_end=len(text))
    markup = render(ArticleClaims(text_length=len(text), claims=[claim]), text=text, jupyter=False)
    assert "<b>&Co" not in markup and "&lt;b&gt;&amp;Co" in markup
    v = view(markup)
    assert v.labels[0]["_text"] == "<b>&Co direct" and v.paragraphs == [text]


# -- colours --------------------------------------------------------------------------------------


def test_palette_is_distinct_and_readable() -> None:
    for a, b in itertools.combinations([*PALETTE, GREY], 2):
        assert delta_e(a, b) >= MIN_DELTA_E, (a, b)
    for color in [*PALETTE, GREY]:
        assert contrast_ratio(tint(color), "#000000") >= 7  # claim text on its background
        assert contrast_ratio(tint(color, ACTIVE_TINT), "#000000") >= 7  # and on a selected claim
        assert contrast_ratio(color, text_color(color)) >= 4.5


def test_beyond_the_palette_tracked_and_frequent_keep_colours() -> None:
    ids = [f"s{i}" for i in range(14)] + ["poetin", "unknown"]  # in order of claims, most first
    colors = speaker_colors(ids, tracked=["poetin"])
    coloured = [sid for sid in ids if colors[sid] != GREY]
    assert coloured == ["s0", "s1", "s2", "s3", "s4", "s5", "s6", "poetin"]
    assert len({colors[s] for s in coloured}) == len(PALETTE)
    assert colors["unknown"] == GREY


def test_tracked_colours_are_stable_across_articles() -> None:
    alone = {sid: speaker_colors([sid], tracked=[sid])[sid] for sid in ("poetin", "trump", "zelensky")}
    assert speaker_colors(["x", "y", "poetin"], tracked=["poetin"])["poetin"] == alone["poetin"]
    together = speaker_colors(["zelensky", "trump", "poetin"], tracked=["zelensky", "trump", "poetin"])
    assert len(set(together.values())) == 3


def test_many_speakers_in_one_article() -> None:
    text = "".join(f"„Zin {i}”, zei Spreker{i}.\n" for i in range(15))
    claims = []
    for i in range(15):
        s = text.index(f"Zin {i}”")
        claims.append(Claim(id=f"c{i}", kind="direct", text=f"Zin {i}", start=s, end=s + len(f"Zin {i}"),
                            speaker=f"s{i}", speaker_name=f"Spreker{i}", sentence_start=0, sentence_end=len(text)))
    claims.append(claims[-1].model_copy(update={"id": "c15"}))  # s14 says two things: most claims
    speakers = {"s9": Speaker(id="s9", name="Spreker9", tracked=True)}
    v = view(render(ArticleClaims(text_length=len(text), claims=claims, speakers=speakers), text=text, jupyter=False))
    colour = {g["data-speaker"]: style_var(g, "c") for g in v.groups}
    coloured = [sid for sid, c in colour.items() if c != GREY]
    assert [g["data-speaker"] for g in v.groups][:2] == ["s9", "s14"]  # tracked first, then most claims
    assert len(coloured) == len(PALETTE) and {"s9", "s14"} <= set(coloured)
    for a, b in itertools.combinations(coloured, 2):
        assert delta_e(colour[a], colour[b]) >= MIN_DELTA_E


# -- API ------------------------------------------------------------------------------------------


def test_page_and_argument_errors(result: ArticleClaims) -> None:
    page = render(result, text=TEXT, page=True, jupyter=False)
    assert page.startswith("<!DOCTYPE html>") and "<title>test</title>" in page and page.rstrip().endswith("</html>")
    assert "http://" not in page and "https://" not in page and "src=" not in page  # nothing from the network
    with pytest.raises(TypeError):
        render(result, jupyter=False)
    with pytest.raises(ValueError):
        render(result, text=TEXT + " extra", jupyter=False)
    with pytest.raises(TypeError):
        render(42, jupyter=False)  # type: ignore[arg-type]


def test_empty_article() -> None:
    v = view(render(ArticleClaims(text_length=0), text="", jupyter=False))
    assert v.labels == [] and v.paragraphs == [] and v.groups == []


def test_jupyter_displays_and_returns_none(result: ArticleClaims, monkeypatch: pytest.MonkeyPatch) -> None:
    display = pytest.importorskip("IPython.display")
    shown = []
    monkeypatch.setattr(display, "display", lambda obj: shown.append(obj))
    assert render(result, text=TEXT, jupyter=True) is None
    assert len(shown) == 1 and 'class="nlpclaims-label"' in shown[0].data and "<script>" in shown[0].data


# -- with the nlp ----------------------------------------------------------------------------


def test_render_text_doc_and_result_agree(nlp) -> None:
    text = "„We gaan door”, zei Zelensky. Poetin zei dat de oorlog nog lang duurt."
    from_text = render(text, nlp=nlp, jupyter=False)
    doc = nlp(api.make_doc(nlp, text))
    from_doc = render(doc, jupyter=False)
    from_result = render(api.doc_to_result(doc), text=text, jupyter=False)
    unprocessed = render(nlp.make_doc(text), nlp=nlp, jupyter=False)
    assert from_text == from_doc == from_result == unprocessed
    labels = [lab["_text"] for lab in view(from_text).labels]
    assert "Volodymyr Zelensky direct · zei" in labels
    assert len(labels) == len(doc._.claims)


def test_seed_article_one_label_per_claim_and_its_text(nlp) -> None:
    text = SEED.read_text(encoding="utf-8")
    doc = api.process(nlp, text)
    claims = doc._.claims
    assert claims, "the seed article should yield claims"
    v = view(render(doc, jupyter=False))
    assert v.paragraphs == [line for line in doc.text.split("\n") if line.strip()]
    assert sorted(lab["data-claim"] for lab in v.labels) == sorted(c.id for c in claims)
    assert sorted(i["data-claim"] for i in v.items) == sorted(c.id for c in claims)
    by_id = {c.id: c for c in claims}
    for lab in v.labels:
        c = by_id[lab["data-claim"]]
        assert lab["_text"] == f"{c.speaker_name} {c.kind}" + (f" · {c.cue}" if c.cue else "")


def test_render_file(nlp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    article = tmp_path / "nos-2025-03-19-test.txt"
    article.write_text("„We gaan door”, zei Zelensky.\n", encoding="utf-8")
    monkeypatch.setattr(api, "load", lambda model=None, speakers=None: nlp)
    out = render_file(article, tmp_path / "out" / "page.html")
    assert out == tmp_path / "out" / "page.html"
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "nos-2025-03-19-test.txt" in page and "2025-03-19" in page
    assert [lab["_text"] for lab in view(page).labels] == ["Volodymyr Zelensky direct · zei"]


def test_lazy_name_on_the_package() -> None:
    assert nlpclaims.render is render


def test_render_file_reads_cp1252_and_rejects_binary(nlp, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(api, "load", lambda model=None, speakers=None: nlp)
    article = tmp_path / "oud.txt"
    article.write_bytes("„Het is een café”, zei Zelensky.".encode("cp1252"))
    page = render_file(article, tmp_path / "oud.html").read_text(encoding="utf-8")
    v = view(page)
    assert v.paragraphs == ["„Het is een café”, zei Zelensky."]
    assert [lab["_text"] for lab in v.labels] == ["Volodymyr Zelensky direct · zei"]
    binary = tmp_path / "plaatje.txt"
    binary.write_bytes(b"\x89PNG\x00\x00")
    with pytest.raises(ValueError):
        render_file(binary, tmp_path / "plaatje.html")
    with pytest.raises(OSError):
        render_file(tmp_path / "bestaat-niet.txt", tmp_path / "x.html")
