"""Scoring predictions against gold claim annotations (the claimgold JSON shape).

Implements the scoring rules of the gold format: a predicted span matches a gold span when
their character overlap is at least half their union, one to one, best overlap first; a
predicted speaker (any name) matches a gold speaker whose id, name or alias it equals or
contains as whole words, ignoring case, accents and a leading article.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .lang.text import fold

IOU_MIN = 0.5
TASKS = ("claims.attributed", "claims.span", "claims.direct", "claims.indirect",
         "quantities.value+unit", "quantities.value", "mentions")
_UNIT_SYMBOLS = {"%": "procent", "€": "euro", "$": "dollar", "£": "pond"}

Item = dict[str, Any]


@dataclass
class Tally:
    """True positives, gold items and predicted items of one task."""

    tp: int = 0
    gold: int = 0
    pred: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"p": round(self.precision, 4), "r": round(self.recall, 4), "f": round(self.f1, 4),
                "tp": self.tp, "gold": self.gold, "pred": self.pred}


def normalise_name(name: str) -> str:
    """Case- and accent-folded words of a name without a leading article."""
    name = fold(name)
    words = [w.strip(".,'’\"") for w in name.split()]
    while words and words[0] in {"de", "het", "een", "the"}:
        words = words[1:]
    return " ".join(w for w in words if w)


def speaker_ids(name: str | None, speakers: dict[str, Any]) -> set[str]:
    """Gold speaker ids that a predicted speaker string can stand for."""
    if not name:
        return set()
    if name in speakers:
        return {name}
    n = f" {normalise_name(name)} "
    ids = set()
    for sid, info in speakers.items():
        forms = {normalise_name(sid), normalise_name(info.get("name", sid))}
        forms |= {normalise_name(a) for a in info.get("aliases", [])}
        if any(f and f" {f} " in n for f in forms):
            ids.add(sid)
    return ids


def _iou(a: Item, b: Item) -> float:
    inter = min(a["end"], b["end"]) - max(a["start"], b["start"])
    if inter <= 0:
        return 0.0
    return inter / (max(a["end"], b["end"]) - min(a["start"], b["start"]))


def _match(gold: list[Item], pred: list[Item], ok: Callable[[Item, Item], bool]) -> int:
    pairs = sorted(((_iou(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)
                    if _iou(g, p) >= IOU_MIN and ok(g, p)), reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
    return len(used_g)


def _unit(unit: str | None) -> str:
    u = (unit or "").strip()
    for sym, word in _UNIT_SYMBOLS.items():
        u = u.replace(sym, f" {word} ")
    return normalise_name(u)


def score_pair(gold: dict[str, Any], pred: dict[str, Any], tallies: dict[str, Tally]) -> None:
    """Add one article's counts to ``tallies``."""
    speakers = gold.get("speakers", {})

    def same_speaker(g: Item, p: Item) -> bool:
        unknown = {"unknown"} if not p.get("speaker") or p.get("speaker") == "unknown" else set()
        return g.get("speaker") in speaker_ids(p.get("speaker"), speakers) | unknown

    def same_value(g: Item, p: Item) -> bool:
        try:
            return abs(float(g["value"]) - float(p.get("value"))) <= 1e-6 * max(1.0, abs(float(g["value"])))
        except (TypeError, ValueError):
            return False

    def same_value_unit(g: Item, p: Item) -> bool:
        gu, pu = _unit(g.get("unit")), _unit(p.get("unit"))
        return same_value(g, p) and bool(gu) and bool(pu) and (gu in pu or pu in gu)

    def same_mention(g: Item, p: Item) -> bool:
        return g["start"] == p["start"] and g["end"] == p["end"] and g["speaker"] in speaker_ids(p.get("speaker"), speakers)

    def add(task: str, g: list[Item], p: list[Item], ok: Callable[[Item, Item], bool]) -> None:
        t = tallies[task]
        t.tp += _match(g, p, ok)
        t.gold += len(g)
        t.pred += len(p)

    gc, pc = gold.get("claims", []), pred.get("claims", [])
    add("claims.span", gc, pc, lambda g, p: True)
    add("claims.attributed", gc, pc, same_speaker)
    for kind in ("direct", "indirect"):
        add(f"claims.{kind}", [c for c in gc if c["kind"] == kind], [c for c in pc if c.get("kind") == kind],
            same_speaker)
    gq, pq = gold.get("quantities", []), pred.get("quantities", [])
    add("quantities.value", gq, pq, same_value)
    add("quantities.value+unit", gq, pq, same_value_unit)
    add("mentions", gold.get("mentions", []), pred.get("mentions", []), same_mention)


def score_dirs(gold_dir: str | Path, pred_dir: str | Path) -> tuple[dict[str, Tally], list[str]]:
    """Tallies over every ``GOLD_DIR/*.json`` and the names with no prediction file."""
    tallies = {t: Tally() for t in TASKS}
    missing = []
    for gpath in sorted(Path(gold_dir).glob("*.json")):
        ppath = Path(pred_dir) / gpath.name
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        pred = json.loads(ppath.read_text(encoding="utf-8")) if ppath.exists() else {}
        if not ppath.exists():
            missing.append(gpath.name)
        score_pair(gold, pred, tallies)
    return tallies, missing


def format_table(tallies: dict[str, Tally], tasks: Iterable[str] = TASKS) -> str:
    """The scores as a text table, one task per line."""
    lines = []
    for task in tasks:
        t = tallies[task]
        lines.append(f"{task:<24} P {t.precision:.3f}  R {t.recall:.3f}  F1 {t.f1:.3f}   "
                     f"(tp {t.tp}, gold {t.gold}, pred {t.pred})")
    return "\n".join(lines)
