"""Dutch attribution cues: the verb lexicon of ``data/cues.jsonl``, validated once.

One row per verb (see :class:`CueRow`): its forms, its particle, its class and the complement
frames it takes. Forms are listed, not derived from a lemmatizer, so cues are found the same way
on every base pipeline (the embedded one, ``nl_core_news_*`` or a blank tokenizer).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .words import W

CueClass = Literal["speech", "stance", "request", "commit", "accuse", "evidential", "nominal", "copular"]
FRAMES = frozenset({"dat", "te", "obj_te", "object", "als", "xy", "colon", "quote", "inverted", "backref"})
"""Closed frame vocabulary (besides ``pp:<preposition>``):

* ``dat`` — a dat/of/wh-clause (``zegt dat …``)
* ``te`` — a te-infinitive with the speaker as subject (``belooft te stoppen``)
* ``obj_te`` — addressee object + (om) te-infinitive (``roept X op om … te``)
* ``object`` — a noun object that is the content (``ontkent iedere betrokkenheid``)
* ``als`` — ``X als Y`` predicate
* ``xy`` — ``X Y`` double object predicate (``noemt X onverantwoord``); without ``object`` the
  content must have a predicate (``noemt het voorbeeld`` is not a claim)
* ``pp:<prep>`` — a prepositional object that is the content (``pleit voor``)
* ``colon`` — ``X zegt: …``
* ``quote`` — introduces a direct quote (``X zei: „…”``)
* ``inverted`` — follows its content (``…, zei hij``)
* ``backref`` — points back to the sentences before (``Dat zei X.``)
"""
_PP = re.compile(r"^pp:[a-zà-ÿ]+$")
_CLAUSE_FRAMES = FRAMES


class CueRow(BaseModel):
    """One cue verb. Fields beyond the shared format: ``pp_forms``, ``joins_required``,
    ``clusters``, ``particle_after``, ``not_after``, ``not_followed_by``, ``te_needs_agent`` and the ``backref`` frame."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)

    lemma: str = Field(min_length=2, description="Infinitive, particle included: 'aangeven', 'laten weten'.")
    forms: list[str] = Field(description="Finite and participle forms written as one word.")
    particle: str | None = Field(default=None, description="Particle of a separable verb ('aan', 'toe').")
    base_forms: list[str] = Field(default_factory=list,
                                  description="Finite forms that need ``particle`` later in the clause.")
    pp_forms: list[str] = Field(default_factory=list,
                                description="More one-word forms read only before the row's pp: preposition.")
    cls: CueClass = Field(alias="class")
    frames: list[str] = Field(min_length=1)
    requires: list[str] = Field(default_factory=list, description="One of these words must follow the verb.")
    requires_before: list[str] = Field(default_factory=list,
                                       description="... or one of these within four words before it (verb-final).")
    joins_required: bool = Field(default=False, description="The required word is part of the cue ('spreekt van').")
    clusters: list[str] = Field(default_factory=list,
                                description="Two-word verb clusters that are this cue ('heeft laten weten').")
    phrases: list[str] = Field(default_factory=list,
                               description="Forms of several words found as a word sequence ('te kennen gaf', "
                               "'duidelijk gemaakt'); the split forms come from ``particle`` + ``base_forms``.")
    particle_after: list[str] = Field(default_factory=list,
                                      description="Words that may stand right before the particle ('voegde eraan toe').")
    not_after: list[str] = Field(default_factory=list, description="Not a cue right after these ('laten zien').")
    not_followed_by: list[str] = Field(default_factory=list, description="Not a cue before these ('stelt voor').")
    te_needs_agent: bool = Field(default=False, description="A te-infinitive is a threat only with a named or "
                                 "organisation subject, else a risk ('medicijnen dreigen te verdwijnen').")
    pp_needs_agent: bool = Field(default=False, description="A prepositional object is a claim only with a person or "
                                 "organisation subject, else evidence ('de cijfers wijzen op een daling').")
    pp_needs_quote: bool = Field(default=False, description="A prepositional object is the content only when it "
                                 "quotes words ('spreekt over een „grote impact”'); else it is a topic "
                                 "('spreekt over de begroting').")
    addressee_object: bool = Field(default=False, description="The object is the person addressed.")
    of_clause: bool = Field(default=False, description="An of-clause is the content, not a question "
                            "('betwijfelt of de kosten stijgen').")
    unattributed: bool = Field(default=False, description="Reports news without a source ('lekte uit dat').")
    example: str | None = Field(default=None, description="Our own sentence in which the cue fires.")
    notes: str | None = None

    @field_validator("frames")
    @classmethod
    def _known_frames(cls, frames: list[str]) -> list[str]:
        bad = [f for f in frames if f not in FRAMES and not _PP.match(f)]
        if bad:
            raise ValueError(f"unknown frame(s) {bad}; known: {sorted(FRAMES)} and pp:<preposition>")
        return frames

    @field_validator("forms", "base_forms", "pp_forms", "requires", "requires_before", "not_after", "not_followed_by",
                     "particle_after")
    @classmethod
    def _lower_words(cls, words: list[str]) -> list[str]:
        bad = [w for w in words if not w or w != w.lower() or " " in w]
        if bad:
            raise ValueError(f"forms are single lower-case words: {bad}")
        return words

    @field_validator("phrases")
    @classmethod
    def _phrases(cls, phrases: list[str]) -> list[str]:
        bad = [p for p in phrases if p != p.lower() or len(p.split()) < 2 or " ".join(p.split()) != p]
        if bad:
            raise ValueError(f"phrases are lower-case words separated by single spaces, at least two: {bad}")
        return phrases

    @model_validator(mode="after")
    def _consistent(self) -> "CueRow":
        if self.base_forms and not self.particle:
            raise ValueError("base_forms need a particle")
        if self.joins_required and not self.requires:
            raise ValueError("joins_required needs requires")
        if self.pp_forms and not self.pp_frames:
            raise ValueError("pp_forms need a pp:<preposition> frame")
        return self

    @property
    def cue(self) -> str:
        """The cue's name: the lemma, with the required word when it joins ('spreken van')."""
        return f"{self.lemma} {self.requires[0]}" if self.joins_required else self.lemma

    @property
    def pp_frames(self) -> list[str]:
        return [f[3:] for f in self.frames if f.startswith("pp:")]

    @property
    def is_clause_cue(self) -> bool:
        """Whether the verb takes a clause-level frame (not only a prepositional object)."""
        return any(f in _CLAUSE_FRAMES for f in self.frames)

    def has(self, frame: str) -> bool:
        return frame in self.frames

    @property
    def stance(self) -> bool:
        return self.cls == "stance"

    @property
    def is_verb(self) -> bool:
        """A verb cue (not a noun such as 'de overtuiging' or a predicate such as 'van mening')."""
        return self.cls not in {"nominal", "copular"}

    @property
    def joined_forms(self) -> tuple[str, ...]:
        """The forms of a separable verb with its particle in front, as a verb-final clause and the
        infinitive write them ('bekendmaakt', 'bekendmaken', 'bekendmaakte'); the bare stem is
        left out (a noun as often as a verb: 'voorstel')."""
        if not self.particle or " " in self.particle or not self.lemma.startswith(self.particle):
            return ()
        base = set(self.base_forms)
        return tuple(self.particle + f for f in self.base_forms if f + "t" not in base)

    @property
    def particle_words(self) -> tuple[str, ...]:
        return tuple(self.particle.split()) if self.particle else ()


class CueError(ValueError):
    """A cue file that does not validate: names the file, the line and the field."""


class Lexicon:
    """The cue rows with the look-ups the readers need, built once."""

    def __init__(self, rows: list[CueRow]) -> None:
        self.rows = rows
        self.by_cue: dict[str, CueRow] = {}
        self.form_to_row: dict[str, CueRow] = {}
        self.particle_forms: dict[str, dict[str, CueRow]] = {}  # particle -> base form -> row, in row order
        self.clusters: dict[tuple[str, str], CueRow] = {}
        self.pp: dict[str, list[tuple[CueRow, str, str]]] = {}  # form -> [(row, preposition, particle or "")]
        self.phrases: dict[str, list[tuple[tuple[str, ...], CueRow]]] = {}  # first word -> (words, row), longest first
        self.nouns: dict[str, CueRow] = {}  # 'overtuiging' -> de overtuiging (nominal cues)
        self.predicates: dict[str, list[tuple[tuple[str, ...], CueRow]]] = {}  # copular cues by first word
        self.joined: set[str] = set()  # particle + finite form written as one word, not listed in a row
        for row in rows:
            if row.cue in self.by_cue:
                raise CueError(f"cue {row.cue!r} listed twice")
            self.by_cue[row.cue] = row
            if row.cls == "nominal":
                for form in row.forms:
                    self.nouns.setdefault(form, row)
                continue
            if row.cls == "copular":
                # the forms are the predicate's words in order ('van mening'), or its variants ('voorstander(s)')
                lemma_words = row.lemma.split()
                seqs = [tuple(row.forms)] if all(f in lemma_words for f in row.forms) else [(f,) for f in row.forms]
                for words in seqs:
                    self.predicates.setdefault(words[0], []).append((words, row))
                continue
            for prep in row.pp_frames:
                for form in [*row.forms, *row.pp_forms]:
                    self.pp.setdefault(form, []).append((row, prep, ""))
                for form in row.base_forms:
                    self.pp.setdefault(form, []).append((row, prep, row.particle or ""))
            if not row.is_clause_cue:
                continue
            for form in row.forms:
                self.form_to_row.setdefault(form, row)
            for form in row.joined_forms:
                if form not in self.form_to_row:
                    self.form_to_row[form] = row
                    self.joined.add(form)
            if row.particle:
                table = self.particle_forms.setdefault(row.particle, {})
                for form in row.base_forms:
                    table.setdefault(form, row)
            for cluster in row.clusters:
                a, b = cluster.split()
                self.clusters[(a, b)] = row
            for phrase in row.phrases:
                words = tuple(phrase.split())
                self.phrases.setdefault(words[0], []).append((words, row))
        for table in (self.phrases, self.predicates):
            for entries in table.values():
                entries.sort(key=lambda e: -len(e[0]))
        self.any_form = (frozenset(self.form_to_row) | frozenset(f for t in self.particle_forms.values() for f in t)
                         | frozenset(self.phrases))
        """Every one-word form a clause cue can start with (besides the first word of a cluster)."""

    def row(self, form: str) -> CueRow | None:
        """The clause cue a one-word form belongs to ('zei' → zeggen), or None."""
        return self.form_to_row.get(form.lower())

    def with_frame(self, frame: str) -> frozenset[str]:
        """Cue names of the rows that take ``frame``."""
        return frozenset(r.cue for r in self.rows if r.has(frame))


def _rows_from(text: str, source: str) -> list[CueRow]:
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(CueRow.model_validate(_split_phrases(json.loads(line))))
        except json.JSONDecodeError as err:
            raise CueError(f"{source}:{n}: not JSON: {err}") from None
        except ValidationError as err:
            fields = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'row'}: {e['msg']}" for e in err.errors())
            raise CueError(f"{source}:{n}: {fields}") from None
    return rows


LEXICON_FILES = ("cues.jsonl", "cues_extra_frames.jsonl", "cues_extra_overlap.jsonl", "cues_extra.jsonl",
                 "cues_extra_multiword.jsonl")
"""The packaged cue files, read in this order into one lexicon: a row whose lemma is already
there adds its frames and forms to that row; a new lemma is a new row."""


def _split_phrases(obj: dict) -> dict:
    """A row whose forms are written with spaces ('te kennen gaf'): those forms become phrases."""
    forms = obj.get("forms", [])
    if any(" " in f for f in forms):
        obj = dict(obj, forms=[f for f in forms if " " not in f],
                   phrases=[*obj.get("phrases", []), *(f for f in forms if " " in f)])
    return obj


def _union(a: list[str], b: list[str]) -> list[str]:
    return [*a, *(x for x in b if x not in a)]


def merge_rows(sources: list[tuple[str, str]]) -> list[CueRow]:
    """One row per lemma from several cue files ((name, text) in order): later rows of a known
    lemma add their frames and forms to the first one (each row is validated on its own first)."""
    merged: dict[str, CueRow] = {}
    for name, text in sources:
        for row in _rows_from(text, name):
            old = merged.get(row.cue)
            if old is None:
                merged[row.cue] = row
                continue
            data = old.model_dump(by_alias=True)
            for key in ("frames", "forms", "base_forms", "phrases"):
                data[key] = _union(data[key], getattr(row, key))
            if data["particle"] is None:
                data["particle"] = row.particle
            merged[row.cue] = CueRow.model_validate(data)
    return list(merged.values())


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The packaged cue lexicon (``data/cues*.jsonl`` merged, see :data:`LEXICON_FILES`), validated once per process."""
    files = resources.files("nlpclaims.lang") / "data"
    sources = [(name, (files / name).read_text("utf-8")) for name in LEXICON_FILES if (files / name).is_file()]
    return Lexicon(merge_rows(sources))


def speech_lemma(form: str) -> str | None:
    """The lemma of a cue verb form, or None if the word is not a speech or stance verb form."""
    row = lexicon().row(form)
    return row.lemma if row is not None else None


# Word lists the claim assembler reads.
DOCUMENT_SOURCES = W.document_sources
SUBJECT_PRONOUNS: dict[str, str] = W.map("subject_pronouns")
SECOND_PERSON = W.second_person
FIRST_SECOND_PERSON = W.first_second_person

