"""Text normalisation shared by every component: one accent fold."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=1 << 15)
def fold(text: str) -> str:
    """Lower-case ``text`` and strip accents: 'Oekraïense' → 'oekraiense' (each distinct text
    folded once; the same few thousand words and phrases recur in every article)."""
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))
