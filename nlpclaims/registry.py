"""The speaker registry: who is tracked, under which names, and which dated roles they hold.

The default registry ships as ``nlpclaims/resources/speakers.json``. A user registry is a JSON
file of the same shape (``{"speakers": [...]}``, each entry a :class:`~nlpclaims.schema.Speaker`)
that either replaces the default or extends it (``extend=True``; entries with an existing id
replace that entry).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .lang.text import fold
from .schema import Speaker

__all__ = ["RegistryError", "SpeakerRegistry", "fold", "slugify"]


class RegistryError(ValueError):
    """A speaker registry file or entry is invalid; the message names the file and entry."""


class RegistryFile(BaseModel):
    """The on-disk shape of a registry file."""

    model_config = ConfigDict(extra="ignore")
    version: int = 1
    description: str | None = None
    speakers: list[Speaker] = Field(default_factory=list)

    @field_validator("speakers")
    @classmethod
    def _unique_ids(cls, speakers: list[Speaker]) -> list[Speaker]:
        seen: set[str] = set()
        for index, speaker in enumerate(speakers):
            if speaker.id in seen:
                raise ValueError(f"duplicate speaker id {speaker.id!r} (entry {index})")
            seen.add(speaker.id)
        return speakers


def slugify(text: str) -> str:
    """A stable id for a free-text speaker name: 'de Oekraïense luchtmacht' → 'oekraiense-luchtmacht'."""
    words = re.findall(r"[a-z0-9]+", fold(text))
    while words and words[0] in {"de", "het", "een", "'t"}:
        words = words[1:]
    return "-".join(words)[:60] or "unknown"


class SpeakerRegistry:
    """Known speakers with their names, aliases and dated roles."""

    def __init__(self, speakers: Iterable[Speaker]) -> None:
        self._speakers: dict[str, Speaker] = {}
        for speaker in speakers:
            self._speakers[speaker.id] = speaker

    # -- construction -------------------------------------------------------------------------
    @classmethod
    def default(cls) -> "SpeakerRegistry":
        """The registry shipped with nlpclaims (its file is read and validated once per process)."""
        return cls(_default_speakers())

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> "SpeakerRegistry":
        """Read a registry file; raises :class:`RegistryError` naming the file and the bad entry."""
        path = Path(path)
        try:
            data = path.read_text(encoding="utf-8")
        except OSError as err:
            raise RegistryError(f"speaker registry {path}: cannot read: {err}") from err
        except UnicodeDecodeError as err:
            raise RegistryError(f"speaker registry {path}: not UTF-8: {err}") from err
        return cls.from_json(data, source=str(path))

    @classmethod
    def from_json(cls, data: str, *, source: str = "<string>") -> "SpeakerRegistry":
        """Parse registry JSON text (``source`` names it in errors)."""
        try:
            raw = json.loads(data)
        except json.JSONDecodeError as err:
            raise RegistryError(f"speaker registry {source}: invalid JSON: {err}") from err
        if isinstance(raw, list):
            raw = {"speakers": raw}
        return cls.from_data(raw, source=source)

    @classmethod
    def from_data(cls, raw: Any, *, source: str = "<data>") -> "SpeakerRegistry":
        """Validate already-parsed registry data."""
        try:
            parsed = RegistryFile.model_validate(raw)
        except ValidationError as err:
            raise RegistryError(f"speaker registry {source}: {_describe(err, raw)}") from err
        return cls(parsed.speakers)

    @classmethod
    def load(
        cls, speakers: "str | os.PathLike[str] | SpeakerRegistry | Iterable[Speaker] | None" = None,
        *, extend: bool = True,
    ) -> "SpeakerRegistry":
        """The default registry, or one built from a file, a registry or speakers.

        With ``extend`` (the default) the given speakers are added to the default registry,
        replacing entries with the same id; without it they replace the default.
        """
        if speakers is None:
            return cls.default()
        if isinstance(speakers, SpeakerRegistry):
            given = speakers
        elif isinstance(speakers, (str, os.PathLike)):
            given = cls.from_file(speakers)
        else:
            given = cls(speakers)
        if not extend:
            return given
        merged = cls.default()
        for speaker in given:
            merged._speakers[speaker.id] = speaker
        return merged

    # -- access -------------------------------------------------------------------------------
    def __iter__(self) -> Iterator[Speaker]:
        return iter(self._speakers.values())

    def __len__(self) -> int:
        return len(self._speakers)

    def __contains__(self, speaker_id: object) -> bool:
        return speaker_id in self._speakers

    def get(self, speaker_id: str) -> Speaker | None:
        """The speaker with this id, or None."""
        return self._speakers.get(speaker_id)

    def add(self, speaker: Speaker) -> None:
        """Add or replace a speaker."""
        self._speakers[speaker.id] = speaker

    @property
    def tracked(self) -> list[Speaker]:
        """Speakers whose mentions are reported."""
        return [s for s in self._speakers.values() if s.tracked]

    def names(self, speaker: Speaker) -> list[str]:
        """Every name form of a speaker: name, aliases and the last word of a person's name."""
        forms = [speaker.name, *speaker.aliases]
        if speaker.kind == "person" and " " in speaker.name:
            forms.append(speaker.name.split()[-1])
        seen: dict[str, None] = {}
        for form in forms:
            form = form.strip()
            if form and form not in seen:
                seen[form] = None
        return list(seen)

    def role_holders(self, title: str, day: dt.date | None) -> list[Speaker]:
        """Speakers holding a role titled ``title`` on ``day`` (any date when ``day`` is None)."""
        key = fold(title)
        found = []
        for speaker in self._speakers.values():
            for role in speaker.roles:
                if fold(role.title) == key and (day is None or role.holds_on(day)):
                    found.append(speaker)
                    break
        return found

    def role_titles(self) -> list[str]:
        """Every role title in the registry."""
        return sorted({role.title for s in self._speakers.values() for role in s.roles})

    def to_json(self) -> str:
        """The registry as registry-file JSON."""
        return RegistryFile(speakers=list(self)).model_dump_json(indent=1, exclude_none=True)


@lru_cache(maxsize=1)
def _default_speakers() -> tuple[Speaker, ...]:
    data = resources.files("nlpclaims.resources").joinpath("speakers.json").read_text("utf-8")
    return tuple(SpeakerRegistry.from_json(data, source="nlpclaims/resources/speakers.json"))


def _describe(err: ValidationError, raw: Any) -> str:
    parts = []
    for problem in err.errors():
        loc = list(problem.get("loc", ()))
        where = ".".join(str(x) for x in loc)
        if len(loc) >= 2 and loc[0] == "speakers" and isinstance(loc[1], int):
            try:
                entry = raw["speakers"][loc[1]]
                label = entry.get("id") or entry.get("name") or "?"
            except (KeyError, IndexError, TypeError, AttributeError):
                label = "?"
            where = f"entry {loc[1]} ({label!r}) field {'.'.join(str(x) for x in loc[2:]) or '-'}"
        parts.append(f"{where}: {problem.get('msg')}")
    return "; ".join(parts)
