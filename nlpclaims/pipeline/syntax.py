"""Clause helpers the claim assembler reads; they live in :mod:`nlpclaims.pipeline.attribution.clauses`."""

from __future__ import annotations

from .attribution.clauses import PREPOSITIONS, is_agent_noun, np_after, subject_of, subject_phrases
from .attribution.segments import Segment, segments
from .attribution.view import doc_text, has_dep, has_pos

__all__ = ["PREPOSITIONS", "Segment", "doc_text", "has_dep", "has_pos", "is_agent_noun", "np_after", "segments",
           "subject_of", "subject_phrases"]
