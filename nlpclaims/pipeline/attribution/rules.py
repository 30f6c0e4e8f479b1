"""The attribution rule table: one validated row per rule (``lang/data/rules.jsonl``).

Each row names what triggers it, the cue frame it needs, the reader that builds the claim, the
kind and confidence of the claims it makes, and example sentences on which it fires. The
component runs the rows in table order: a run of rows with the same trigger is one pass, and
within a pass of cue verbs or quotations the first reader that finds a claim wins.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from importlib import resources
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ...lang.cues import FRAMES, CueRow

Trigger = Literal["word", "segment", "verb", "quote", "merge"]
_ID = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
_PP = re.compile(r"^pp:[a-zà-ÿ]+$")


class Rule(BaseModel):
    """One attribution rule."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(description="Stable id, reported as Claim.rule: 'dat-clause'.")
    trigger: Trigger = Field(description="word: a token of ``words``; segment: every sentence; verb: every cue "
                             "verb of the lexicon; quote: every quotation; merge: the merge step.")
    words: list[str] = Field(default_factory=list, description="Trigger words (lower case) of a word rule.")
    words_from: Literal["pp_cues", "nominal_cues"] | None = Field(
        default=None, description="Take the trigger words from the cue lexicon: the forms of its pp: frames "
        "(pp_cues) or its nominal cues (nominal_cues; a word another rule already triggers on stays with it).")
    inside_quotes: bool = Field(default=False, description="A word rule also fires inside a quotation.")
    frame: list[str] = Field(default_factory=list,
                             description="Cue frames the verb must take (any of them); empty: any cue.")
    reader: str = Field(description="Reader family and function: 'clauses.dat_clause'.")
    variant: str = Field(default="main", description="Which of the reader's outcomes this row is.")
    kind: Literal["direct", "indirect"]
    confidence: float = Field(ge=0, le=1)
    about: str = Field(min_length=3)
    examples: list[str] = Field(min_length=1, description="Our own sentences on which this rule fires.")

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError(f"rule ids are lower-case words joined by '-': {value!r}")
        return value

    @field_validator("frame")
    @classmethod
    def _frames(cls, frames: list[str]) -> list[str]:
        bad = [f for f in frames if f not in FRAMES and not _PP.match(f)]
        if bad:
            raise ValueError(f"unknown frame(s) {bad}; known: {sorted(FRAMES)} and pp:<preposition>")
        return frames

    def accepts(self, row: CueRow | None) -> bool:
        """Whether a cue of ``row`` may be read by this rule."""
        return not self.frame or (row is not None and any(row.has(f) for f in self.frame))


class Variants:
    """A reader's rules by variant: ``rules.main``, ``rules.embedded``, ``rules["colon"]``."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self._by_variant = {r.variant: r for r in rules}
        self.__dict__.update(self._by_variant)

    def __getitem__(self, variant: str) -> Rule:
        return self._by_variant[variant]

    def __getattr__(self, variant: str) -> Rule:
        raise AttributeError(f"the rule table has no row with this reader and variant {variant!r}")

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._by_variant.values())

    def __contains__(self, variant: str) -> bool:
        return variant in self._by_variant


class RuleError(ValueError):
    """A rule table that does not validate: names the row and the problem."""


class RuleTable:
    """The ordered rule rows."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = list(rules)
        seen: set[str] = set()
        for rule in self.rules:
            if rule.id in seen:
                raise RuleError(f"rule id {rule.id!r} listed twice")
            seen.add(rule.id)
            if rule.trigger == "word" and not (rule.words or rule.words_from):
                raise RuleError(f"{rule.id}: a word rule needs words or words_from")

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def get(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    @classmethod
    def from_jsonl(cls, text: str, source: str = "<rules>") -> "RuleTable":
        rows = []
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                rows.append(Rule.model_validate(json.loads(line)))
            except json.JSONDecodeError as err:
                raise RuleError(f"{source}:{n}: not JSON: {err}") from None
            except ValidationError as err:
                fields = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'row'}: {e['msg']}" for e in err.errors())
                raise RuleError(f"{source}:{n}: {fields}") from None
        return cls(rows)

    def to_jsonl(self) -> str:
        return "".join(json.dumps(r.model_dump(exclude_defaults=True), ensure_ascii=False) + "\n" for r in self.rules)

    @classmethod
    def default(cls) -> "RuleTable":
        """The packaged table (``nlpclaims/lang/data/rules.jsonl``)."""
        path = resources.files("nlpclaims.lang") / "data" / "rules.jsonl"
        return cls.from_jsonl(path.read_text("utf-8"), "rules.jsonl")
