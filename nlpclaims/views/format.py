"""Short texts for quantities and claims, shared by the views."""

from __future__ import annotations

from typing import Any


def format_number(value: float) -> str:
    """Dutch style: ``1.000``, ``2,5``."""
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}".replace(",", ".")
    return f"{value:g}".replace(".", ",")


def quantity_note(q: Any) -> str:
    """A quantity's normalised reading: ``57 drones``, ``≈1.000–10.000 soldaten``."""
    if q.lower is not None and q.upper is not None and q.lower != q.upper:
        amount = f"{format_number(q.lower)}–{format_number(q.upper)}"
    else:
        amount = format_number(q.value)
    prefix = "≈" if q.approximate else ""
    return f"{prefix}{amount}" + (f" {q.unit}" if q.unit else "")


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word to at most ``limit`` characters (with …)."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut) + "…"
