"""The construction grid (``tests/grid/generate.py``): pass rate per class, ratcheted.

Each class of the grid (a frame, a word order, a tense, a subject kind) has a floor in
``tests/grid/floors.json``: the pass rate it reached when the floors were last raised. A class
that falls below its floor fails here, naming the class and its failing cases; a class that
rises is reported by ``benchmarks/bench_grid.py --ratchet``, which raises the floor. Per-class
floors (rather than per-case expected failures) let a rule change trade one odd case for
several others within a class, while any loss of coverage in a class shows.
"""

from __future__ import annotations

import json
from dataclasses import asdict

import pytest

from grid import generate, score


@pytest.fixture(scope="module")
def outcomes(nlp):
    return score.run([asdict(c) for c in generate.build()], nlp)


def test_stored_grid_is_regenerable():
    """``tests/data/grid.jsonl`` is exactly what the generator writes (deterministic, reviewed)."""
    stored = generate.load()
    built = [json.loads(json.dumps(asdict(c), ensure_ascii=False)) for c in generate.build()]
    assert stored == built, "run: python tests/grid/generate.py"


def test_grid_size_and_balance():
    cases = generate.build()
    assert 600 <= len(cases) <= 2_500  # the whole grid runs in seconds
    negatives = [c for c in cases if c.negative]
    assert len(negatives) >= 150
    for c in cases:
        for e in c.expected:
            assert c.text[e.start:e.end] == e.text and e.text.strip() == e.text, c.id
    assert len({c.id for c in cases}) == len(cases)


def test_judge_follows_the_scorer():
    case = {"expected": [{"kind": "indirect", "text": "de kosten stijgen", "start": 17, "end": 34,
                          "speaker": "marieke-de-vries", "speaker_name": "Marieke de Vries",
                          "aliases": ["De Vries"], "cue": "zegt"}]}
    good = {"kind": "indirect", "speaker": "De Vries", "start": 13, "end": 34}  # "dat" included: IoU 0.81
    assert score.judge(case, [good]).passed
    assert score.judge(case, [dict(good, speaker="Marieke")]).reason == "speaker"
    assert score.judge(case, [dict(good, kind="direct")]).reason == "kind"
    assert score.judge(case, [dict(good, start=30)]).reason == "missed"
    assert score.judge(case, [good, dict(good, start=0, end=5)]).reason == "spurious"
    assert score.judge({"expected": []}, []).passed


def _floors() -> dict:
    return json.loads(score.FLOORS.read_text()) if score.FLOORS.exists() else {}


@pytest.mark.parametrize("dim", score.DIMENSIONS)
def test_class_pass_rate_holds(outcomes, dim):
    floors = _floors().get(dim, {})
    table = score.by_class(outcomes, [dim])[dim]
    below = []
    for cls, (p, n) in table.items():
        floor = floors.get(cls)
        if floor is not None and p / n < floor - 1e-9:
            failing = [o.case["id"] for o in outcomes if not o.passed and score.class_of(o.case, dim) == cls]
            below.append(f"{dim}={cls}: {p}/{n} = {p / n:.3f} < floor {floor:.3f}; failing e.g. {failing[:5]}")
    assert not below, "\n".join(below)
