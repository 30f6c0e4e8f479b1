"""Typed results of nlpclaims: speakers, mentions, quantities, claims and one article's claims.

Every object carries character offsets into the article text it was extracted from, so that
``text[obj.start:obj.end] == obj.text`` holds for claims, quantities and mentions.
All models are pydantic v2 models and round-trip through JSON exactly.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SpeakerKind = Literal["person", "organisation", "country", "group", "unknown"]
ClaimKind = Literal["direct", "indirect"]

UNKNOWN_SPEAKER_ID = "unknown"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False, validate_assignment=False)


class Role(_Model):
    """A role a speaker holds during a period, such as "Amerikaanse president" from 2025-01-20."""

    title: str = Field(description="The role as Dutch news writes it, without article: 'premier'.")
    start: dt.date | None = Field(default=None, description="First day in the role (None: always).")
    end: dt.date | None = Field(default=None, description="First day no longer in the role (None: still).")

    def holds_on(self, day: dt.date) -> bool:
        """Whether the role is held on ``day``."""
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


class Speaker(_Model):
    """A source of claims: a person, organisation, country or group."""

    id: str = Field(description="Stable identifier, e.g. 'poetin'.", min_length=1)
    name: str = Field(description="Canonical display name, e.g. 'Vladimir Poetin'.", min_length=1)
    aliases: list[str] = Field(default_factory=list, description="Other names the text may use.")
    kind: SpeakerKind = Field(default="person", description="What sort of source this is.")
    tracked: bool = Field(default=False, description="Whether mentions of this speaker are reported.")
    gender: Literal["m", "f", "x"] | None = Field(
        default=None, description="Grammatical gender for pronoun resolution (hij/zij), if known."
    )
    roles: list[Role] = Field(default_factory=list, description="Dated roles: 'de premier', ...")


class Mention(_Model):
    """A mention of a tracked speaker by name or unambiguous description."""

    text: str
    start: int = Field(ge=0, description="Character offset of the first character.")
    end: int = Field(ge=0, description="Character offset one past the last character.")
    speaker: str = Field(description="Id of the speaker referred to.")

    @model_validator(mode="after")
    def _check_span(self) -> "Mention":
        _check_offsets(self.start, self.end, self.text)
        return self


class Quantity(_Model):
    """A number that counts or measures something, normalised to a value and a unit."""

    text: str = Field(description="The number word(s) through the counted noun: '57 Oekraïense drones'.")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    value: float = Field(description="The amount: 'dertig' → 30, 'duizenden' → 1000, a range its lower end.")
    unit: str | None = Field(default=None, description="The counted noun as written, or 'procent', 'euro'.")
    canonical_unit: str | None = Field(
        default=None,
        description="The unit's usual symbol where one exists: 'graden Celsius' → '°C', 'kilometer per uur' → "
        "'km/h', 'euro' → 'EUR', 'procent' → '%'; None for counted nouns.",
    )
    approximate: bool = Field(default=False, description="Vague or hedged (ruim, bijna, duizenden, a range).")
    lower: float | None = Field(default=None, description="Lower bound where known.")
    upper: float | None = Field(default=None, description="Upper bound where known.")
    hedge: str | None = Field(default=None, description="The hedge word(s) before the number, if any.")
    speaker: str | None = Field(default=None, description="Id of the source who asserts it, if attributed.")
    claim: str | None = Field(default=None, description="Id of the claim the quantity sits in, if any.")

    @model_validator(mode="after")
    def _check_span(self) -> "Quantity":
        _check_offsets(self.start, self.end, self.text)
        return self


class Claim(_Model):
    """Content that the article attributes to a source."""

    id: str = Field(description="Identifier unique within the article: 'c0', 'c1', ...")
    kind: ClaimKind = Field(description="'direct' for words inside quote marks, 'indirect' for reported speech.")
    text: str = Field(description="The content of the claim (inside the quote marks for direct claims).")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    speaker: str = Field(description="Id of the source, or 'unknown'.")
    speaker_name: str = Field(description="Display name of the source.")
    speaker_mention: str | None = Field(
        default=None, description="The words the speaker was resolved from: 'hij', 'de premier', 'Poetin'."
    )
    speaker_mention_start: int | None = Field(default=None, ge=0)
    speaker_mention_end: int | None = Field(default=None, ge=0)
    cue: str | None = Field(default=None, description="The attribution cue: 'zei', 'volgens', 'liet weten'.")
    cue_start: int | None = Field(default=None, ge=0)
    cue_end: int | None = Field(default=None, ge=0)
    sentence_start: int = Field(ge=0, description="Start of the first sentence the claim touches.")
    sentence_end: int = Field(ge=0, description="End of the last sentence the claim touches.")
    quantities: list[Quantity] = Field(default_factory=list, description="Quantities inside the content.")
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    rule: str | None = Field(
        default=None, description="Id of the attribution rule that found the claim: 'dat-clause', 'volgens' (docs/rules.md)."
    )

    @model_validator(mode="after")
    def _check_span(self) -> "Claim":
        _check_offsets(self.start, self.end, self.text)
        return self


class FailedArticle(_Model):
    """An input that could not be processed, with the reason."""

    id: str
    reason: str


class ArticleClaims(_Model):
    """Everything nlpclaims found in one article."""

    id: str | None = Field(default=None, description="Source id: a relative path or an id field.")
    date: dt.date | None = Field(default=None, description="The article's date, used for dated roles.")
    text_length: int = Field(ge=0, description="Length of the article text in characters.")
    sha1: str | None = Field(default=None, description="SHA-1 of the UTF-8 article text.")
    model: str | None = Field(default=None, description="The base pipeline used: name and version.")
    speakers: dict[str, Speaker] = Field(
        default_factory=dict, description="Every speaker referred to by a claim, quantity or mention."
    )
    claims: list[Claim] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)


def _check_offsets(start: int, end: int, text: str) -> None:
    if end < start:
        raise ValueError(f"end ({end}) before start ({start})")
    if end - start != len(text):
        raise ValueError(f"span {start}:{end} has length {end - start}, text has {len(text)}")
