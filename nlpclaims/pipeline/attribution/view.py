"""One view of a document, computed once per doc: its text, segments, paired quotations, token
offsets, annotation flags, the tokens the speaker tagger named and the subject phrases, plus
what the attribution pass has claimed so far. Every reader works on this view."""

from __future__ import annotations

import bisect
import re
from functools import cached_property
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ... import extensions as ext
from ...lang.quotes import PUNCTUATION_AND_MARKS, QuoteSpan, find_quotes
from ..rawclaim import RawClaim
from .segments import Segment, TokenTable, doc_tokens, segments

if TYPE_CHECKING:
    from .rules import Rule

_KEY = "_nlpclaims_view"
# a character that counts as text when measuring how much of a sentence is quoted
_COUNTED = re.compile(f"[^\\s{re.escape(PUNCTUATION_AND_MARKS)}]")


class DocView:
    """The per-document facts the attribution readers and the claim assembler share."""

    def __init__(self, doc: Doc, *, max_backref_chars: int = 600) -> None:
        self.doc = doc
        self.size = len(doc)
        self.max_backref_chars = max_backref_chars
        self.claimed: set[int] = set()  # start characters of segments that hold a claim
        self.reported: set[int] = set()  # ... that hold reported speech of their own
        self.quoted_reports: dict[int, RawClaim] = {}  # quote opening -> the report whose whole content it is

    # -- computed once, on first use --------------------------------------------------------------
    @cached_property
    def text(self) -> str:
        """``doc.text``."""
        return self.tokens.text

    @cached_property
    def has_pos(self) -> bool:
        return self.doc.has_annotation("POS")

    @cached_property
    def has_dep(self) -> bool:
        return self.doc.has_annotation("DEP")

    @cached_property
    def segs(self) -> list[Segment]:
        return segments(self.doc, self.tokens)

    @cached_property
    def _seg_starts(self) -> list[int]:
        return [seg.start_char for seg in self.segs]

    @cached_property
    def quotes(self) -> list[QuoteSpan]:
        """The doc's quotations (:func:`find_quotes`), in order."""
        return find_quotes(self.text)

    @cached_property
    def _quote_opens(self) -> list[int]:
        return [q.open_start for q in self.quotes]

    @cached_property
    def tokens(self) -> TokenTable:
        """Per-token texts, lower-case texts, whitespace, offsets and flags, read once."""
        return doc_tokens(self.doc)

    @cached_property
    def token_starts(self) -> list[int]:
        """Each token's first character."""
        return self.tokens.starts

    @cached_property
    def lower(self) -> list[str]:
        """Each token's lower-case text (reading a list is cheaper than making a Token)."""
        return self.tokens.lower

    @cached_property
    def words(self) -> list[str]:
        """Each token's text."""
        return self.tokens.words

    @cached_property
    def cue_starts(self) -> list[bool]:
        """Per token: whether a cue can start there (its word is in ``verbs.CUE_FIRST_WORDS``)."""
        from .verbs import CUE_FIRST_WORDS

        return [w in CUE_FIRST_WORDS for w in self.lower]

    @cached_property
    def known_name_tokens(self) -> set[int]:
        """Token indices inside a name the speaker tagger found."""
        found: set[int] = set()
        for src in self.doc._.get(ext.SOURCES):
            for t in self.doc.char_span(src.start, src.end, alignment_mode="expand") or []:
                found.add(t.i)
        return found

    @cached_property
    def capitalised_mid_sentence(self) -> frozenset[str]:
        """Lower-case forms of the words written with a capital inside a sentence somewhere in the
        doc (not first in a segment, and after a word, not after punctuation or markup): names."""
        t = self.tokens
        words = t.words
        seg_first = {seg.start for seg in self.segs}
        out = set()
        for i in range(1, len(words)):
            w = words[i]
            if w[:1].isupper() and not w.isupper() and i not in seg_first and words[i - 1].isalpha() and (
                    "\n" not in t.spaces[i - 1]):
                out.add(t.lower[i])
        return frozenset(out)

    @cached_property
    def subject_phrases(self) -> list[tuple[int, int, bool, bool]]:
        from .clauses import find_subject_phrases

        return find_subject_phrases(self.doc)

    # -- tokens and segments --------------------------------------------------------------------------
    def token_index(self, char: int) -> int:
        """Index of the first token that starts at or after ``char`` (``len(doc)`` if none)."""
        return bisect.bisect_left(self.token_starts, char)

    def token_at_or_after(self, char: int, seg: Segment) -> int | None:
        """The first token of ``seg`` starting at or after ``char``."""
        i = max(self.token_index(char), seg.start)
        return i if i < seg.end else None

    def token_before(self, char: int, seg: Segment) -> int | None:
        """The last token of ``seg`` that ends at or before ``char``."""
        doc = self.doc
        i = min(self.token_index(char), seg.end) - 1
        while i >= seg.start and doc[i].idx + len(doc[i].text) > char:
            i -= 1
        return i if i >= seg.start else None

    def segment_at(self, char: int) -> Segment | None:
        """The segment holding ``char``, else the last one starting before it."""
        k = bisect.bisect_right(self._seg_starts, char) - 1
        return self.segs[k] if k >= 0 else None

    def previous_segment(self, seg: Segment) -> Segment | None:
        index = self.segs.index(seg)
        return self.segs[index - 1] if index > 0 else None

    # -- quotations ---------------------------------------------------------------------------------
    def quotes_around(self, start: int, end: int) -> list[QuoteSpan]:
        """The quotes that overlap ``[start, end)``."""
        quotes = self.quotes
        k = max(bisect.bisect_right(self._quote_opens, start) - 1, 0)
        out = []
        while k < len(quotes) and quotes[k].open_start < end:
            if quotes[k].close_end > start:
                out.append(quotes[k])
            k += 1
        return out

    def inside_quote(self, pos: int | None) -> bool:
        if pos is None:
            return False
        return any(q.content_start <= pos < q.content_end for q in self.quotes_around(pos, pos + 1))

    def fully_quoted(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` is one quotation, marks and punctuation aside."""
        return self.quote_holding(start, end) is not None

    def quote_holding(self, start: int, end: int) -> QuoteSpan | None:
        """The quotation that ``[start, end)`` is, marks and punctuation aside (see :meth:`fully_quoted`)."""
        text = self.text
        strip = " \n\t,.;:!?…"
        while start < end and text[start] in strip:
            start += 1
        while end > start and text[end - 1] in strip:
            end -= 1
        return next((q for q in self.quotes_around(start, end)
                     if q.open_start <= start < q.content_end and _content_end(text, q) <= end <= q.close_end), None)

    def quoted_fraction(self, start: int, end: int) -> float:
        """Share of the non-space, non-punctuation characters of ``[start, end)`` inside quote marks."""
        around = self.quotes_around(start, end)
        if not around:
            return 0.0
        total = len(_COUNTED.findall(self.text, start, end))
        if not total:
            return 0.0
        inside = sum(len(_COUNTED.findall(self.text, max(start, q.open_start), min(end, q.close_end)))
                     for q in around)
        return inside / total

    def opens_quote(self, lo: int, hi: int) -> bool:
        """Whether a quotation opened in tokens ``[lo, hi)`` is still open at ``hi``."""
        doc = self.doc
        lo_c, hi_c = doc[lo].idx, doc[hi].idx
        return any(lo_c <= q.open_start and q.content_start <= hi_c < q.content_end
                   for q in self.quotes_around(hi_c, hi_c + 1))


def _content_end(text: str, q: QuoteSpan) -> int:
    """End of a quotation's content before the punctuation written inside its closing mark."""
    end = q.content_end
    while end > q.content_start and text[end - 1] in " \n\t,.;:!?…":
        end -= 1
    return end


def view(doc: Doc) -> DocView:
    """The doc's view: the one the attribution component made, else a new one."""
    cached = doc.user_data.get(_KEY)
    if cached is None or cached.size != len(doc) or cached.doc is not doc:
        cached = DocView(doc)
        doc.user_data[_KEY] = cached
    return cached


def new_view(doc: Doc, *, max_backref_chars: int) -> DocView:
    """A fresh view of ``doc`` (what an attribution pass starts from)."""
    fresh = DocView(doc, max_backref_chars=max_backref_chars)
    doc.user_data[_KEY] = fresh
    return fresh


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per doc."""
    return doc_tokens(doc).text


def has_pos(doc: Doc) -> bool:
    return view(doc).has_pos


def has_dep(doc: Doc) -> bool:
    return view(doc).has_dep


# -- ranges ---------------------------------------------------------------------------------------
def end_char(doc: Doc, i: int) -> int:
    return doc[i].idx + len(doc[i].text)


class CharRange(tuple):
    """A (start, end) range in characters (as opposed to tokens)."""


def chars(doc: Doc, rng: tuple[int, int] | None) -> CharRange | None:
    if rng is None:
        return None
    return CharRange((doc[rng[0]].idx, end_char(doc, rng[1] - 1)))


def tokens(doc: Doc, rng) -> tuple[int, int]:
    if isinstance(rng, CharRange):
        span = doc.char_span(rng[0], rng[1], alignment_mode="expand")
        return (span.start, span.end) if span is not None else (0, 0)
    return rng


def make(ctx: DocView, rule: "Rule", start_c: int, end_c: int, cue_rng, src, sentence,
         unknown: bool = False) -> RawClaim:
    """A raw claim found by ``rule``: its kind, id and confidence come from the rule table."""
    doc = ctx.doc
    cue_text = cue_s = cue_e = None
    if cue_rng is not None:
        lo, hi = cue_rng
        cue_s, cue_e = doc[lo].idx, end_char(doc, hi - 1)
        cue_text = " ".join(t.text for t in doc[lo:hi])
    src_c = src
    if src is not None and not isinstance(src, CharRange):
        src_c = (doc[src[0]].idx, end_char(doc, src[1] - 1))
    return RawClaim(rule.kind, start_c, end_c, cue_text, cue_s, cue_e, src_c, sentence, rule.id, rule.confidence,
                    unknown=unknown)
