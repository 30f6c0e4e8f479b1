"""The CSS and JavaScript shipped with the views (package data in ``views/assets``)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    """The text of ``nlpclaims/views/assets/<name>``."""
    return resources.files("nlpclaims.views").joinpath("assets").joinpath(name).read_text(encoding="utf-8")
