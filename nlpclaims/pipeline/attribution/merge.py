"""The merge step: all raw claims in text order; of overlapping claims the longer, better-cued
one stays, and a cue-less quote followed by ``Dat zei X.`` takes that back-reference's source."""

from __future__ import annotations

from dataclasses import replace

from ..rawclaim import RawClaim
from .rules import Rule


def merge(direct: list[RawClaim], indirect: list[RawClaim], quote_backref: Rule) -> list[RawClaim]:
    """All claims in text order; of overlapping claims the longer, better-cued one stays."""
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
    return sorted(out, key=lambda c: c.start)
