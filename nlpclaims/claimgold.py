"""Conversion of results to the claimgold JSON shape that ``claimgold.py score`` reads."""

from __future__ import annotations

from typing import Any

from .schema import ArticleClaims


def gold_value(value: float | None) -> float | None:
    """A value as the gold format writes it: a fraction that does not end (a third, a sixth, two
    sevenths) to four decimals (``een derde`` → 0.3333); every other value as it is."""
    if value is None:
        return None
    rounded = round(value, 4)
    if abs(value - rounded) > 1e-9 and any(abs(value * d - round(value * d)) < 1e-9 for d in range(3, 13)):
        return rounded
    return value


def to_claimgold(result: ArticleClaims, doc_name: str) -> dict[str, Any]:
    """One article's result as a claimgold prediction (speakers given by name)."""
    def name(sid: str | None) -> str | None:
        if sid is None:
            return None
        if sid == "unknown":
            return "unknown"
        speaker = result.speakers.get(sid)
        return speaker.name if speaker else sid

    return {
        "doc": doc_name,
        "speakers": {sid: {"name": s.name, "aliases": s.aliases, **({"tracked": True} if s.tracked else {})}
                     for sid, s in result.speakers.items()},
        "claims": [{"kind": c.kind, "speaker": name(c.speaker), "cue": c.cue, "start": c.start, "end": c.end,
                    "text": c.text} for c in result.claims],
        "quantities": [{"start": q.start, "end": q.end, "text": q.text, "value": gold_value(q.value), "unit": q.unit,
                        "approximate": q.approximate, "speaker": name(q.speaker)} for q in result.quantities],
        "mentions": [{"start": m.start, "end": m.end, "text": m.text, "speaker": name(m.speaker)}
                     for m in result.mentions],
    }
