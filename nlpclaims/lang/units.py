"""Dutch units, currencies and scale words, read from ``lang/data/units.json``.

Usable without spaCy. :data:`UNITS` is the validated table; :func:`match_unit` finds the
longest unit written at the start of a list of words (``["graden", "Celsius", "in"]`` →
``graden Celsius``, canonical ``°C``); :func:`currency_of` names a currency word's ISO code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Sequence

from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = [
    "UnitEntry",
    "Subunit",
    "CurrencyEntry",
    "UnitTable",
    "UnitMatch",
    "load_units",
    "UNITS",
    "match_unit",
    "currency_of",
    "canonical_unit",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class UnitEntry(_Strict):
    """One unit of measure with every way Dutch text writes it."""

    kind: str = Field(min_length=1)
    canonical: str | None = None
    factor: float | None = Field(default=None, description="Size in the kind's base unit (m, m2, l, g, s).")
    forms: list[str] = Field(min_length=1)
    case_sensitive_forms: list[str] = Field(default_factory=list)
    ambiguous_with: str | None = None

    @field_validator("forms")
    @classmethod
    def _no_blank(cls, v: list[str]) -> list[str]:
        if any(not f.strip() for f in v):
            raise ValueError("empty unit form")
        return v


class Subunit(_Strict):
    """A smaller coin of a currency (cent) and its worth in the main unit."""

    forms: list[str] = Field(min_length=1)
    factor: float = Field(gt=0, lt=1)


class CurrencyEntry(_Strict):
    """A currency: its words and symbols, the forms written before the amount, its coins."""

    code: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    forms: list[str] = Field(min_length=1)
    prefix_forms: list[str] = Field(default_factory=list)
    subunits: list[Subunit] = Field(default_factory=list)
    ambiguous_with: str | None = None


class UnitTable(_Strict):
    """The whole data file."""

    about: str
    units: list[UnitEntry]
    currencies: list[CurrencyEntry]
    scale_words: dict[str, float]
    collective_numerals: dict[str, float]
    digit_suffixes: dict[str, float]
    mass_context: list[str]
    money_context: list[str]


@lru_cache(maxsize=1)
def load_units() -> UnitTable:
    """The validated unit table shipped with the package."""
    text = resources.files("nlpclaims.lang").joinpath("data/units.json").read_text(encoding="utf-8")
    return UnitTable.model_validate(json.loads(text))


UNITS: UnitTable = load_units()


@dataclass(frozen=True)
class UnitMatch:
    """A unit found after a number: the words used, the unit as written, its kind and canonical form."""

    n_words: int
    text: str
    kind: str
    canonical: str | None
    currency: str | None = None  # ISO code when the unit is money
    ambiguous_with: str | None = None
    subunits: tuple[Subunit, ...] = ()


def _key(words: Sequence[str]) -> str:
    return " ".join(w.lower() for w in words)


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, UnitMatch], dict[str, UnitMatch], int]:
    """(case-insensitive forms, case-sensitive forms, longest form in words)."""
    folded: dict[str, UnitMatch] = {}
    exact: dict[str, UnitMatch] = {}
    longest = 1
    for u in UNITS.units:
        for f in u.forms:
            m = UnitMatch(len(f.split()), f, u.kind, u.canonical, None, u.ambiguous_with)
            longest = max(longest, m.n_words)
            if f in u.case_sensitive_forms:
                exact[f] = m
            else:
                folded.setdefault(f.lower(), m)
        for f in u.case_sensitive_forms:
            exact[f] = UnitMatch(len(f.split()), f, u.kind, u.canonical, None, u.ambiguous_with)
    for c in UNITS.currencies:
        for f in c.forms:
            m = UnitMatch(len(f.split()), f, "money", c.code, c.code, c.ambiguous_with, tuple(c.subunits))
            longest = max(longest, m.n_words)
            folded.setdefault(f.lower(), m)
    return folded, exact, longest


def match_unit(words: Sequence[str], i: int = 0) -> UnitMatch | None:
    """The longest unit written at ``words[i:]`` (a trailing full stop on the last word is allowed)."""
    folded, exact, longest = _index()
    for k in range(min(longest, len(words) - i), 0, -1):
        ws = list(words[i:i + k])
        for strip_dot in (False, True):
            if strip_dot:
                if not ws[-1].endswith(".") or len(ws[-1]) < 2:
                    continue
                ws = ws[:-1] + [ws[-1][:-1]]
            joined = " ".join(ws)
            hit = exact.get(joined) or folded.get(joined.lower())
            if hit is not None:
                return UnitMatch(k, " ".join(words[i:i + k]).rstrip(".") if strip_dot else " ".join(words[i:i + k]),
                                 hit.kind, hit.canonical, hit.currency, hit.ambiguous_with, hit.subunits)
    return None


@lru_cache(maxsize=1)
def _prefixes() -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for c in UNITS.currencies:
        for f in c.prefix_forms:
            out.setdefault(f, c.code)
    return out


def currency_of(word: str) -> str | None:
    """ISO code of a currency word or symbol written before an amount (``€``, ``EUR``), else None."""
    return _prefixes().get(word)


def canonical_unit(unit: str | None) -> str | None:
    """Canonical form of a unit as written (``graden Celsius`` → ``°C``, ``euro`` → ``EUR``), else None."""
    if not unit:
        return None
    words = unit.split()
    m = match_unit(words, 0)
    if m is None or m.n_words != len(words):
        return None
    return m.canonical
