"""The extra cue lexicon (``nlpclaims/lang/data/cues_extra*.jsonl``) and the conjugation helper.

Every row must be usable by the cue loader: a class and frames from the closed vocabulary, the
forms it is found by, a particle with its split base forms, and an example sentence of our own
that contains one of those forms.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from nlpclaims.lang.conjugation import strong, weak, weak_stem, with_particle

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "nlpclaims" / "lang" / "data"
CLASSES = {"speech", "stance", "request", "commit", "accuse", "evidential", "nominal", "copular"}
FRAMES = {"dat", "te", "obj_te", "object", "als", "xy", "colon", "quote", "inverted"}
PREPOSITIONS = {"om", "tot", "voor", "op", "van", "met", "tegen", "over", "aan"}
KEYS = {"lemma", "forms", "particle", "base_forms", "class", "frames", "example", "notes", "requires",
        "requires_before", "addressee_object", "unattributed", "of_clause"}


def _rows(name: str) -> list[dict]:
    with (DATA / name).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


EXTRA = _rows("cues_extra.jsonl")
EXTRA_FRAMES = _rows("cues_extra_frames.jsonl")
MULTIWORD = _rows("cues_extra_multiword.jsonl")
OVERLAP = _rows("cues_extra_overlap.jsonl")


def _existing_lemmas() -> set[str]:
    """Lemmas of the main cue table (the data file once it exists, else the module)."""
    main = DATA / "cues.jsonl"
    if main.exists():
        return {r["lemma"] for r in _rows("cues.jsonl")}
    from nlpclaims.lang import cues

    return set(cues._SPEECH) | set(cues.PARTICLE_LEMMA.values()) | {"oproepen", "uitlekken", "aandringen"}


def _has_form(example: str, words: list[str]) -> bool:
    text = example.lower()
    return any(re.search(rf"(?<!\w){re.escape(w.lower())}(?!\w)", text) for w in words if w)


@pytest.mark.parametrize("row", EXTRA + EXTRA_FRAMES, ids=lambda r: r["lemma"])
def test_row_is_valid(row):
    assert set(row) <= KEYS, set(row) - KEYS
    assert row["lemma"].strip() == row["lemma"] and row["lemma"]
    assert row["class"] in CLASSES
    assert row["forms"] and all(isinstance(f, str) and f.strip() == f and f for f in row["forms"])
    assert len(set(row["forms"])) == len(row["forms"])
    assert row["frames"] and len(set(row["frames"])) == len(row["frames"])
    for frame in row["frames"]:
        assert frame in FRAMES or (frame.startswith("pp:") and frame[3:] in PREPOSITIONS), frame
    if row["particle"] is not None:
        assert row.get("base_forms"), "a separable verb lists the finite forms of its base verb"
    example = row["example"]
    assert example[:1].isupper() or example[:1] in "„“\"", example
    assert example.rstrip("”\"").endswith((".", "!", "?")), example
    assert _has_form(example, row["forms"] + row.get("base_forms", [])), example
    for w in row.get("requires", []):
        assert re.search(rf"(?<!\w){w}(?!\w)", example), (w, example)


def test_at_least_300_new_lemmas_none_already_in_the_table():
    lemmas = [r["lemma"] for r in EXTRA + MULTIWORD]
    assert len(set(lemmas)) == len(lemmas)
    assert len(lemmas) >= 300
    assert not set(lemmas) & _existing_lemmas()
    assert {r["class"] for r in EXTRA} == CLASSES
    assert all(any(" " in f for f in r["forms"]) for r in MULTIWORD)
    # the rows that extend existing lemmas are about lemmas the table has
    assert {r["lemma"] for r in EXTRA_FRAMES + OVERLAP} <= _existing_lemmas()


def test_one_lexicon_holds_every_row_once_with_merged_frames():
    from nlpclaims.lang.cues import lexicon

    lex = lexicon()
    cues = [r.cue for r in lex.rows]
    assert len(cues) == len(set(cues))
    assert {r["lemma"] for r in _rows("cues.jsonl") + EXTRA + MULTIWORD + OVERLAP + EXTRA_FRAMES} <= set(cues)
    for extra in EXTRA_FRAMES + OVERLAP:
        row = lex.by_cue[extra["lemma"]]
        assert set(extra["frames"]) <= set(row.frames), extra["lemma"]
        assert set(extra["forms"]) <= set(row.forms) | set(row.phrases), extra["lemma"]
    # multi-word forms are read as word sequences; their split forms through the particle
    kennen = lex.by_cue["te kennen geven"]
    assert "te kennen gaf" in kennen.phrases and kennen.particle == "te kennen" and "gaf" in kennen.base_forms


@pytest.mark.parametrize("text, cue", [
    ("De minister gaf gisteren te kennen dat de kosten van de nieuwe brug fors stijgen.", "te kennen geven"),
    ("De minister heeft duidelijk gemaakt dat de kosten van de nieuwe brug fors stijgen.", "duidelijk maken"),
    ("Gisteren maakte de minister duidelijk dat de kosten van de nieuwe brug fors stijgen.", "duidelijk maken"),
    ("De minister is ervan overtuigd dat de kosten van de nieuwe brug fors stijgen.", "ervan overtuigd"),
    ("De vakbond is bang dat de kosten van de nieuwe brug fors stijgen.", "bang"),
    ("De minister uitte de overtuiging dat de kosten van de nieuwe brug fors stijgen.", "de overtuiging"),
])
def test_multiword_copular_and_nominal_cues_fire(text, cue):
    import nlpclaims

    claims = nlpclaims.extract(text).claims
    assert [c.cue for c in claims if "kosten" in c.text], claims


@pytest.mark.parametrize("text", [
    "Het is bekend dat de kosten van de nieuwe brug fors stijgen.",
    "Het staat vast dat de kosten van de nieuwe brug fors stijgen.",
    "De verwachting is dat de kosten van de nieuwe brug fors stijgen.",
    "Het onderzoek laat zien dat de kosten van de nieuwe brug fors stijgen.",
    "Het is niet uitgesloten dat de kosten van de nieuwe brug fors stijgen.",
])
def test_findings_without_a_source_are_no_claims(text):
    import nlpclaims

    assert nlpclaims.extract(text).claims == []


def test_files_match_the_table():
    spec = importlib.util.spec_from_file_location("build_cues_extra", ROOT / "tools" / "build_cues_extra.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.main(["--check"]) == 0, "run: python tools/build_cues_extra.py"


@pytest.mark.parametrize("inf, expected", [
    ("beloven", "beloof belooft beloven beloofde beloofden beloofd"),
    ("concluderen", "concludeer concludeert concluderen concludeerde concludeerden geconcludeerd"),
    ("vrezen", "vrees vreest vrezen vreesde vreesden gevreesd"),
    ("antwoorden", "antwoord antwoordt antwoorden antwoordde antwoordden geantwoord"),
    ("verwachten", "verwacht verwachten verwachtte verwachtten"),
    ("betwijfelen", "betwijfel betwijfelt betwijfelen betwijfelde betwijfelden betwijfeld"),
    ("eisen", "eis eist eisen eiste eisten geëist"),
    ("informeren", "informeer informeert informeren informeerde informeerden geïnformeerd"),
    ("waarschuwen", "waarschuw waarschuwt waarschuwen waarschuwde waarschuwden gewaarschuwd"),
    ("verkondigen", "verkondig verkondigt verkondigen verkondigde verkondigden verkondigd"),
    ("snappen", "snap snapt snappen snapte snapten gesnapt"),
    ("geloven", "geloof gelooft geloven geloofde geloofden geloofd"),
])
def test_weak_verbs(inf, expected):
    assert " ".join(weak(inf).all()) == expected


def test_stems_the_rules_cannot_spell_are_given():
    assert weak_stem("beamen") != "beaam"  # hiatus: the table gives the stem
    assert weak("beamen", "beaam").all() == ["beaam", "beaamt", "beamen", "beaamde", "beaamden", "beaamd"]
    assert weak("fluisteren", "fluister").past == "fluisterde"


def test_strong_and_particle_verbs():
    geven = strong("geven", "gaf", "gaven", "gegeven")
    joined, split = with_particle(geven, "aan")
    assert joined == ["aangeeft", "aangeven", "aangaf", "aangaven", "aangegeven"]
    assert split == ["geeft", "geven", "gaf", "gaven"]
    laten = strong("laten", "liet", "lieten", "laten", stem="laat")
    assert with_particle(laten, "weten", "after")[0] == ["laat weten", "laten weten", "liet weten", "lieten weten"]
    maken = weak("maken")
    assert with_particle(maken, "duidelijk", "before")[0][-1] == "duidelijk gemaakt"
