"""The attribution rule table and the Dutch data it reads: every rule fires on its own examples,
every cue row on its example, the table travels with a saved pipeline, bad rows are reported with
their line, and the attribution package holds no Dutch word of its own."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

import nlpclaims
from nlpclaims.lang.cues import FRAMES, CueError, _rows_from, lexicon
from nlpclaims.lang.words import W
from nlpclaims.pipeline.attribution import RuleError, RuleTable

REPO = Path(__file__).resolve().parents[1]
TABLE = RuleTable.default()
ROWS = lexicon().rows


def _claims(nlp, text: str):
    return nlpclaims.extract(text, nlp=nlp, date="2025-03-19").claims


# Rules kept for unchanged behaviour that no example reaches: the merge step gives a cue-less quote
# the source of a following "Dat zei X." only when that back-reference's content is not itself
# fully quoted, and such content is dropped before the merge.
UNREACHED = {"quote-backref": "the back-reference to a fully quoted sentence is dropped before the merge"}


def _example_params():
    for rule in TABLE:
        for n, example in enumerate(rule.examples):
            marks = [pytest.mark.xfail(strict=True, reason=UNREACHED[rule.id])] if rule.id in UNREACHED else []
            yield pytest.param(rule, example, id=f"{rule.id}-{n}", marks=marks)


@pytest.mark.parametrize("rule, example", list(_example_params()))
def test_each_rule_fires_on_its_examples(nlp, rule, example):
    claims = _claims(nlp, example)
    assert rule.id in [c.rule for c in claims], [(c.rule, c.text) for c in claims]
    assert all(c.kind == rule.kind for c in claims if c.rule == rule.id)


def _row_params():
    for r in ROWS:
        if not r.example:
            continue
        marks = [pytest.mark.xfail(strict=True, reason=NOT_READ[r.cue])] if r.cue in NOT_READ else []
        yield pytest.param(r, id=r.cue, marks=marks)


# Rows whose example the readers do not reach yet, and why (strict: a row that starts to fire must leave this list).
NOT_READ = {
    **dict.fromkeys(["formuleren", "verwoorden", "opsommen", "samenvatten"],
                    "a cue before a colon and a quote is read by the quote readers, which know only their own verbs"),
    **dict.fromkeys(["aantonen", "bewijzen", "laten zien"],
                    "an evidential cue whose document names no author is a finding, not a claim"),
    **dict.fromkeys(["zich beroepen", "zich beklagen", "aanwrijven", "doorsijpelen", "uitkomen", "uitwijzen"],
                    "reflexive and impersonal frames are not read yet"),
    **dict.fromkeys(["toejuichen", "verdenken", "betichten", "in twijfel trekken"],
                    "an object or predicate frame whose example the parse does not give a subject or content"),
    **dict.fromkeys(["uitdragen", "openbaar maken"],
                    "the object of a split speech verb is read as a thing handed over ('bood … aan'), not a content"),
    **dict.fromkeys(["de oproep", "het pleidooi", "de roep"],
                    "a nominal cue with a prepositional or infinitive complement is not read yet"),
}


@pytest.mark.parametrize("row", list(_row_params()))
def test_each_cue_row_fires_on_its_example(nlp, row):
    words = {*row.forms, *row.pp_forms, *row.base_forms, *(w for c in row.clusters for w in c.split()),
             *(w for p in row.phrases for w in p.split())}
    claims = _claims(nlp, row.example)
    cues = [c.cue for c in claims if c.cue]
    if row.cls == "nominal":
        # the noun's clause is the claim, whichever verb of the sentence is reported as its cue
        assert any(c.text and row.example.endswith(c.text + ".") for c in claims), (row.lemma, [(c.cue, c.text) for c in claims])
        return
    assert any(w.lower() in words for cue in cues for w in cue.split()), (row.lemma, [(c.cue, c.text) for c in claims])


def test_case_rules_are_in_the_table():
    ids = {r.id for r in TABLE}
    cases = REPO / "tests" / "data" / "attribution_cases.jsonl"
    for line in cases.read_text("utf-8").splitlines():
        for claim in json.loads(line)["claims"]:
            assert claim.get("rule", "dat-clause") in ids, claim


def test_rule_table_is_saved_and_loaded_with_the_pipeline(nlp, tmp_path):
    attribution = nlp.get_pipe("nlpclaims_attribution")
    attribution.to_disk(tmp_path)
    saved = RuleTable.from_jsonl((tmp_path / "rules.jsonl").read_text("utf-8"))
    assert [r.model_dump() for r in saved] == [r.model_dump() for r in TABLE]
    # a table without the volgens rule, loaded from disk, is the one the component runs
    text = "Volgens minister Jansen stijgen de kosten volgend jaar fors."
    assert "volgens" in [c.rule for c in _claims(nlp, text)]
    (tmp_path / "rules.jsonl").write_text(RuleTable([r for r in TABLE if r.id != "volgens"]).to_jsonl(), "utf-8")
    try:
        attribution.from_disk(tmp_path)
        assert "volgens" not in [c.rule for c in _claims(nlp, text)]
    finally:
        attribution.set_rules(TABLE)
    assert "volgens" in [c.rule for c in _claims(nlp, text)]


def test_bytes_round_trip(nlp):
    attribution = nlp.get_pipe("nlpclaims_attribution")
    data = attribution.to_bytes()
    attribution.from_bytes(data)
    assert attribution.rules.to_jsonl() == TABLE.to_jsonl()


def test_bad_rule_rows_name_their_line():
    good = TABLE.to_jsonl().splitlines()
    with pytest.raises(RuleError, match=r"<t>:2: confidence"):
        RuleTable.from_jsonl(good[0] + "\n" + good[1].replace('"confidence": 0.9', '"confidence": 9'), "<t>")
    with pytest.raises(RuleError, match="listed twice"):
        RuleTable.from_jsonl(good[0] + "\n" + good[0])
    with pytest.raises(RuleError, match="frame"):
        dat_row = next(line for line in good if '"id": "dat-clause"' in line)
        RuleTable.from_jsonl(dat_row.replace('"frame": ["dat"]', '"frame": ["datt"]'))
    bad_reader = RuleTable.from_jsonl("\n".join(good).replace('"clauses.dat_clause"', '"clauses.nothing"'))
    from nlpclaims.pipeline.attribution import Attribution

    with pytest.raises(RuleError, match="no reader 'clauses.nothing'"):
        Attribution(None, rules=bad_reader)


def test_bad_cue_rows_name_their_line():
    row = '{"lemma": "beamen", "forms": ["beaamt"], "class": "speech", "frames": ["dat"]}'
    assert _rows_from(row, "x")[0].lemma == "beamen"
    with pytest.raises(CueError, match=r"x:2: frames"):
        _rows_from(row + "\n" + row.replace('["dat"]', '["zegt"]'), "x")
    with pytest.raises(CueError, match=r"x:1: cls|x:1: class"):
        _rows_from(row.replace('"speech"', '"talk"'), "x")
    with pytest.raises(CueError, match="single lower-case words"):
        _rows_from(row.replace('["beaamt"]', '["Beaamt"]'), "x")


# -- no Dutch in the code ---------------------------------------------------------------------------
PIPELINE = REPO / "nlpclaims" / "pipeline"
# English words of identifiers and messages that are also Dutch words.
ENGLISH = {"in", "is", "no", "main", "die", "door", "men", "over", "be", "was", "want", "data", "direct",
           "word", "lang", "a", "n"}  # "a", "n": letters of patterns ("[a-z]", "\\n"); "lang": a package


def _dutch_vocabulary() -> set[str]:
    words: set[str] = set()
    for name in W.names():
        if name.endswith(("_ending", "_endings")):
            continue  # endings ("s", "en") are parts of words, not words
        listed = W.map(name) if isinstance(W._lists[name].words, dict) else W.tuple(name)
        words |= {w.lower() for phrase in listed for w in phrase.split()}
    for row in ROWS:
        words |= {*row.lemma.split(), *row.forms, *row.base_forms, *row.pp_forms, *row.requires}
    for rule in TABLE:
        words |= set(rule.words)
    return words


def _string_literals(path: Path):
    """(line, value) of every string constant that is not documentation: a docstring, a bare string
    statement or a field's ``description``."""
    tree = ast.parse(path.read_text("utf-8"))
    bare = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)}
    bare |= {id(k.value) for n in ast.walk(tree) if isinstance(n, ast.keyword) and n.arg == "description"
             for k in [n]}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in bare:
            yield node.lineno, node.value


def test_no_dutch_word_literal_in_the_pipeline():
    """Dutch words live in nlpclaims/lang/data: code names a list, never a word."""
    dutch = _dutch_vocabulary() - ENGLISH
    assert {"zegt", "volgens", "dat", "de", "van"} <= dutch
    offenders = []
    for path in sorted(PIPELINE.rglob("*.py")):
        for line, value in _string_literals(path):
            if value in FRAMES:
                continue  # a frame of the cue lexicon ("dat", "obj_te"): a name of the data format
            words = re.findall(r"(?<![A-Za-zÀ-ÿ_])[a-zà-ÿ]+(?![A-Za-zÀ-ÿ_])", value)
            if any(w in dutch for w in words):
                offenders.append(f"{path.relative_to(REPO)}:{line}: {value!r}")
    assert not offenders, "\n".join(offenders)


def test_the_literal_check_catches_a_dutch_word(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('"""Docstrings may quote: zei hij."""\nX = {"zegt", "NOUN"}\nY = "nsubj"\n', "utf-8")
    dutch = _dutch_vocabulary() - ENGLISH
    found = [v for _, v in _string_literals(sample) if any(w in dutch for w in re.findall(r"[a-zà-ÿ]+", v))]
    assert found == ["zegt"]


def test_a_word_list_defined_twice_is_an_error():
    from nlpclaims.lang.words import WordListError, _unique_keys

    with pytest.raises(WordListError, match="defined twice"):
        json.loads('{"a": {"words": ["x"]}, "a": {"words": ["y"]}}', object_pairs_hook=_unique_keys)
