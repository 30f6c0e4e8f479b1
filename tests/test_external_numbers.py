"""nlpclaims on other projects' Dutch number test suites (``<repo>/../shared/corpora/external-numbers``).

The cases are not copied into the project: the test reads them where the shared corpus is present
(or where ``NLPCLAIMS_EXTERNAL_NUMBERS`` points) and skips with the reason otherwise. It runs the
component on ``spacy.blank("nl")`` (fast) in the corpus runner's carrier sentences and scores with
the runner's own matching and categories; ``benchmarks/bench_external_numbers.py`` gives the full table.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
from pathlib import Path

import pytest
import spacy

import nlpclaims.extensions  # noqa: F401
import nlpclaims.pipeline.quantities  # noqa: F401
from nlpclaims.lang.numbers import parse_number

ROOT = Path(__file__).resolve().parents[1]
_ENV = os.environ.get("NLPCLAIMS_EXTERNAL_NUMBERS")
CORPUS = Path(_ENV) if _ENV else ROOT.parent / "shared" / "corpora" / "external-numbers"

# decisions of docs/quantities.md that the runner scores as wrong values
DECIDED = (r"^\d+ en \d+$", r"^\d+ m$")


def _runner():
    if not (CORPUS / "run_external.py").exists():
        pytest.skip(f"external number suites not found at {CORPUS} (set NLPCLAIMS_EXTERNAL_NUMBERS)")
    spec = importlib.util.spec_from_file_location("run_external_for_tests", CORPUS / "run_external.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _cases() -> list[dict]:
    cases = []
    for f in sorted((CORPUS / "cases").glob("*.jsonl")):
        cases += [json.loads(line) for line in f.open(encoding="utf-8")]
    return cases


def _close(a, b) -> bool:
    return a is not None and b is not None and abs(a - b) <= 1e-6 * max(1.0, abs(b))


@pytest.fixture(scope="module")
def scored() -> list[tuple[dict, dict, dict, str]]:
    run = _runner()
    cases = _cases()
    nlp = spacy.blank("nl")
    nlp.add_pipe("nlpclaims_quantities")
    texts = [run.carrier_for(c, run.CARRIERS)[0] for c in cases]
    out = []
    for case, text, doc in zip(cases, texts, nlp.pipe(texts)):
        if not case["expected"]:
            continue
        rows, _, _ = run.score_case(case, text, 0, list(doc._.quantities))
        for e, r in zip(case["expected"], rows):
            _, scope = run.categorize(case, e)
            r["has_noun"] = run.has_counted_noun(e, text)
            out.append((case, e, r, scope))
    return out


def _range_end(e: dict, r: dict) -> bool:
    p = r.get("pred") or {}
    return (_close(p.get("upper"), e["value"]) or _close(p.get("lower"), e["value"])) \
        and e["text"].strip().lower() in (p.get("text") or "").lower()


def test_no_silent_wrong_values(scored) -> None:
    wrong = [(c["id"], e["text"], e["value"], r["pred"]["text"], r["pred"]["value"]) for c, e, r, scope in scored
             if r["status"] == "wrong_value" and scope != "excluded" and not _range_end(e, r)
             and not any(re.search(rx, e["text"].strip().lower()) for rx in DECIDED)]
    assert wrong == []


def test_claimed_categories_read_right(scored) -> None:
    claimed = [(e, r) for c, e, r, scope in scored if scope == "claimed" and r["has_noun"]]
    ok = sum(r["status"] == "ok" or _range_end(e, r) for e, r in claimed)
    assert len(claimed) > 900
    assert ok / len(claimed) >= 0.98, (ok, len(claimed))


def test_normaliser_on_the_written_numbers() -> None:
    run = _runner()
    words = [c for c in _cases() if c["suite"] in ("n2w_gen", "t2n_words") and c["expected"]]
    assert words
    ok = sum(_close(parse_number(c["expected"][0]["text"]), c["expected"][0]["value"]) for c in words)
    assert ok / len(words) >= 0.95
    del run
