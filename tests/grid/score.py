"""Running the pipeline on grid cases and scoring each case the way the gold scorer scores claims.

A case passes when every expected claim is matched one to one by a predicted claim of the same
kind whose span overlaps it by at least half of the union and whose speaker matches (the
predicted speaker's display name equals or contains the expected id, name or an alias, as in
``claimgold.py score``; ``unknown`` matches ``unknown``), and no other claim is predicted. A
negative control passes when no claim is predicted.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from nlpclaims.claimgold import to_claimgold
from nlpclaims.scoring import IOU_MIN, speaker_ids

FLOORS = Path(__file__).resolve().parent / "floors.json"
#: the case fields results are grouped by
DIMENSIONS = ("frame", "order", "tense", "subject", "particle")


@dataclass
class Outcome:
    case: dict[str, Any]
    passed: bool
    reason: str  # "" | missed | kind | speaker | spurious
    predicted: list[dict[str, Any]]


def _iou(a: dict, b: dict) -> float:
    inter = min(a["end"], b["end"]) - max(a["start"], b["start"])
    if inter <= 0:
        return 0.0
    return inter / (max(a["end"], b["end"]) - min(a["start"], b["start"]))


def judge(case: dict[str, Any], predicted: list[dict[str, Any]]) -> Outcome:
    """Pass or fail of one case given the predicted claims (claimgold shape: speaker by name)."""
    expected = case["expected"]
    speakers = {e["speaker"]: {"name": e["speaker_name"], "aliases": e["aliases"]} for e in expected
                if e["speaker"] != "unknown"}

    def same_speaker(e: dict, p: dict) -> bool:
        name = p.get("speaker")
        if e["speaker"] == "unknown":
            return not name or name == "unknown"
        return e["speaker"] in speaker_ids(name, speakers)

    used: set[int] = set()
    reasons = []
    for e in expected:
        cands = sorted(((_iou(e, p), i) for i, p in enumerate(predicted) if i not in used), reverse=True)
        cands = [(o, i) for o, i in cands if o >= IOU_MIN]
        full = [i for _, i in cands if predicted[i]["kind"] == e["kind"] and same_speaker(e, predicted[i])]
        if full:
            used.add(full[0])
            continue
        if not cands:
            reasons.append("missed")
        elif not any(predicted[i]["kind"] == e["kind"] for _, i in cands):
            reasons.append("kind")
            used.add(cands[0][1])
        else:
            reasons.append("speaker")
            used.add(cands[0][1])
    if not reasons and len(used) < len(predicted):
        reasons.append("spurious")
    return Outcome(case, not reasons, reasons[0] if reasons else "", predicted)


def run(cases: Iterable[dict[str, Any]], nlp) -> list[Outcome]:
    """Extract every case's text with ``nlp`` and judge it."""
    import nlpclaims

    out = []
    for case in cases:
        result = nlpclaims.extract(case["text"], nlp=nlp, date="2025-06-01", article_id=case["id"])
        predicted = to_claimgold(result, case["id"])["claims"]
        out.append(judge(case, predicted))
    return out


def class_of(case: dict[str, Any], dim: str) -> str:
    """The class of a case along ``dim``; prepositional frames group as ``pp``, negatives by kind."""
    value = case[dim]
    if dim == "frame" and value.startswith("pp:"):
        return "pp"
    return value


def by_class(outcomes: list[Outcome], dims: Iterable[str] = DIMENSIONS) -> dict[str, dict[str, tuple[int, int]]]:
    """{dimension: {class: (passed, total)}}"""
    table: dict[str, dict[str, list[int]]] = {d: defaultdict(lambda: [0, 0]) for d in dims}
    for o in outcomes:
        for d in table:
            cell = table[d][class_of(o.case, d)]
            cell[0] += o.passed
            cell[1] += 1
    return {d: {k: (v[0], v[1]) for k, v in sorted(cells.items())} for d, cells in table.items()}


def format_table(table: dict[str, dict[str, tuple[int, int]]]) -> str:
    lines = []
    for dim, cells in table.items():
        lines.append(f"{dim:<10} {'class':<24} {'pass':>5} {'total':>6} {'rate':>6}")
        for cls, (p, n) in cells.items():
            lines.append(f"{'':<10} {cls:<24} {p:>5} {n:>6} {p / n:>6.2f}")
    return "\n".join(lines)
