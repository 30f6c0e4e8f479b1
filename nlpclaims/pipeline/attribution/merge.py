"""The merge step: all raw claims in text order; of overlapping claims the longer, better-cued
one stays, and a cue-less quote followed by ``Dat zei X.`` takes that back-reference's source."""

from __future__ import annotations

from dataclasses import replace

from ..rawclaim import RawClaim
from .rules import Rule


def merge(direct: list[RawClaim], indirect: list[RawClaim], quote_backref: Rule, text: str | None = None) -> list[RawClaim]:
    """All claims in text order; of overlapping claims the longer, better-cued one stays, and of
    two claims that still overlap in part the weaker one ends before (or starts after) the other
    (``text``: the document's text, to leave no mark or space at the new edge)."""
    out: list[RawClaim] = []
    for claim in sorted(direct + indirect, key=lambda c: (c.start, -(c.end - c.start))):
        clash = None
        for other in out:
            inter = min(other.end, claim.end) - max(other.start, claim.start)
            if inter <= 0:
                continue
            union = max(other.end, claim.end) - min(other.start, claim.start)
            if inter / union >= 0.5 or (claim.start >= other.start and claim.end <= other.end):
                clash = other
                break
        if clash is None:
            out.append(claim)
            continue
        if clash.kind == "direct" and claim.kind == "indirect" and clash.inherit and claim.source is not None:
            # "„…” Dat zei X." – the cue-less quote gets the back-reference's source.
            out[out.index(clash)] = replace(clash, source=claim.source, cue=claim.cue, cue_start=claim.cue_start,
                                            cue_end=claim.cue_end, inherit=False, how=quote_backref.id,
                                            confidence=quote_backref.confidence)
        elif claim.confidence > clash.confidence and claim.kind == clash.kind:
            out[out.index(clash)] = claim
        elif (text is not None and clash.kind == "indirect" and claim.kind == "direct"
              and clash.start < claim.start and claim.end + 2 >= clash.end):
            # "X noemt Y onredelijk: „…”": the reported part ends where the quote begins
            before = _cut(clash, claim, text)
            if before is not None:
                out[out.index(clash)] = before
                out.append(claim)
    out.sort(key=lambda c: c.start)
    return _without_partial_overlaps(out, text) if text is not None else out


def _rank(claim: RawClaim) -> tuple[int, float]:
    return (claim.kind == "direct", claim.confidence)


def _without_partial_overlaps(claims: list[RawClaim], text: str) -> list[RawClaim]:
    """No two claims share characters: the weaker of two overlapping claims (indirect before
    direct, then the lower confidence, then the later one) is cut back to its own part, or
    dropped when no word is left."""
    kept: list[RawClaim | None] = []
    for claim in claims:
        current: RawClaim | None = claim
        for i, other in enumerate(kept):
            if current is None:
                break
            if other is None or min(other.end, current.end) <= max(other.start, current.start):
                continue
            if _rank(current) > _rank(other):
                kept[i] = _cut(other, current, text)
            else:
                current = _cut(current, other, text)
        kept.append(current)
    return sorted((c for c in kept if c is not None), key=lambda c: c.start)


def _cut(weak: RawClaim, strong: RawClaim, text: str) -> RawClaim | None:
    """``weak`` without the characters it shares with ``strong`` and without the quote mark, space
    and comma or colon between them; None when no word is left."""
    start, end = weak.start, weak.end
    if strong.start > start:
        end = min(end, strong.start)
        while end > start and end > strong.start - 2 and not text[end - 1].isalnum() and not text[end - 1].isspace():
            end -= 1  # the strong claim's opening mark (one or two characters)
        while end > start and (text[end - 1].isspace() or text[end - 1] in _JOINERS):
            end -= 1
    else:
        start = max(start, strong.end)
        while start < end and start < strong.end + 2 and not text[start].isalnum() and not text[start].isspace():
            start += 1  # its closing mark
        while start < end and (text[start].isspace() or text[start] in _JOINERS):
            start += 1
    if not any(ch.isalnum() for ch in text[start:end]):
        return None
    return replace(weak, start=start, end=end)


_JOINERS = ",:;–—-"
"""Punctuation that joins a cut claim to the one it overlapped."""
