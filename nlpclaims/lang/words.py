"""Named Dutch word lists (``data/words.json``): the closed-class words, markers and nouns the
attribution rules read, validated once. Code refers to a list by its name (``W.document_nouns``),
never to the words themselves."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator


class WordList(BaseModel):
    """One list: what it is for, and its words (or word -> value for a mapping)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    about: str = Field(min_length=3)
    words: list[str] | dict[str, str]

    @field_validator("words")
    @classmethod
    def _no_empty(cls, words: list[str] | dict[str, str]) -> list[str] | dict[str, str]:
        if any(not w for w in words):
            raise ValueError("empty word")
        return words


class WordListError(ValueError):
    """``words.json`` does not validate (names the list and the problem)."""


class Words:
    """Attribute access to the lists: ``W.name`` is a frozenset; ``W.map(name)`` a dict;
    ``W.tuple(name)`` the words in file order (for suffix tests)."""

    def __init__(self, lists: dict[str, WordList]) -> None:
        self._lists = lists
        self._sets = {name: frozenset(wl.words) for name, wl in lists.items()}
        self.__dict__.update(self._sets)  # plain attributes: a look-up costs what a global does

    def __getattr__(self, name: str) -> frozenset[str]:
        raise AttributeError(f"no word list {name!r} in nlpclaims/lang/data/words.json")

    def __contains__(self, name: str) -> bool:
        return name in self._sets

    def map(self, name: str) -> dict[str, str]:
        words = self._lists[name].words
        if not isinstance(words, dict):
            raise WordListError(f"word list {name!r} is not a mapping")
        return dict(words)

    def tuple(self, name: str) -> tuple[str, ...]:
        return tuple(self._lists[name].words)

    def names(self) -> list[str]:
        return sorted(self._lists)

    def about(self, name: str) -> str:
        return self._lists[name].about


def _unique_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """A JSON object whose names are all different (a repeated list name would silently replace the first)."""
    out: dict[str, object] = {}
    for key, value in pairs:
        if key in out:
            raise WordListError(f"words.json: the list {key!r} is defined twice")
        out[key] = value
    return out


@lru_cache(maxsize=1)
def load_words() -> Words:
    """The packaged word lists, validated once per process."""
    raw = json.loads((resources.files("nlpclaims.lang") / "data" / "words.json").read_text("utf-8"),
                     object_pairs_hook=_unique_keys)
    lists = {}
    for name, value in raw.items():
        try:
            lists[name] = WordList.model_validate(value)
        except ValidationError as err:
            raise WordListError(f"words.json: {name}: {err.errors()[0]['msg']}") from None
    return Words(lists)


W = load_words()
