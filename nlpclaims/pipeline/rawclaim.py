"""The hand-off between ``nlpclaims_attribution`` and ``nlpclaims_claims``: a claim whose source
is still a phrase of the text, not yet a speaker."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RawClaim:
    """A claim before its source is resolved to a speaker."""

    kind: str  # "direct" | "indirect"
    start: int  # content, characters
    end: int
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    source: tuple[int, int] | None  # characters of the source phrase
    sentence: tuple[int, int]
    how: str  # id of the rule that found it (the attribution rule table)
    confidence: float = 0.8
    inherit: bool = False  # speaker continues the previous claim's
    unknown: bool = False  # the text names no source (er wordt gezegd dat …)
    extra: dict = field(default_factory=dict)

    @property
    def rule(self) -> str:
        """Id of the rule that found the claim (a row of the attribution rule table)."""
        return self.how
