"""Readers by family. A rule row names its reader as ``family.function``."""

from __future__ import annotations

from collections.abc import Callable

from . import backrefs, clauses, markers, quotes

FAMILIES = {"backrefs": backrefs, "clauses": clauses, "markers": markers, "quotes": quotes}


def reader(name: str) -> Callable:
    """The reader function a rule row names ('clauses.dat_clause')."""
    family, _, function = name.partition(".")
    module = FAMILIES.get(family)
    fn = getattr(module, function, None) if module is not None and not function.startswith("_") else None
    if not callable(fn):
        raise KeyError(f"no reader {name!r}; families: {sorted(FAMILIES)}")
    return fn
