"""Segments: the doc's sentences, also cut at line breaks — the unit attribution works on."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ...lang.quotes import CLOSING_MARKS, OPENING_MARKS, SENTENCE_OPENING_CHARS
from ...lang.words import W


@dataclass(frozen=True)
class Segment:
    """A sentence, cut at line breaks: the unit attribution works on."""

    start: int  # token index
    end: int  # token index (exclusive)
    start_char: int
    end_char: int

    def span(self, doc: Doc) -> Span:
        return doc[self.start : self.end]


def segments(doc: Doc) -> list[Segment]:
    """The doc's sentences, also split at line breaks, without whitespace-only pieces."""
    sents = _rule_sentences(doc)
    out: list[Segment] = []
    for start, end in sents:
        piece_start = start
        for i in range(start, end):
            if "\n" in doc[i].text or (doc[i].is_space and "\n" in doc[i].whitespace_ + doc[i].text):
                _add_segment(doc, piece_start, i, out)
                piece_start = i + 1
            elif "\n" in doc[i].whitespace_:
                _add_segment(doc, piece_start, i + 1, out)
                piece_start = i + 1
        _add_segment(doc, piece_start, end, out)
    return out


def _add_segment(doc: Doc, start: int, end: int, out: list[Segment]) -> None:
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    if end > start:
        out.append(Segment(start, end, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)))


_CLOSERS = frozenset(CLOSING_MARKS)
_OPENERS = frozenset(OPENING_MARKS)


def _rule_sentences(doc: Doc) -> list[tuple[int, int]]:
    """Sentence boundaries of Dutch news from punctuation and quote marks.

    A sentence ends at . ! ? or … (with a closing quote mark written against it) when the next
    word starts with a capital, a digit or an opening quote mark. The platform name in
    "schrijft hij op X." ends a sentence too (the tokenizer keeps "X." together as an initial)."""
    out, start, n = [], 0, len(doc)
    i = 0
    while i < n:
        tok = doc[i]
        if _is_platform_end(doc, i) or tok.text in {".", "!", "?", "…", "?!", "..."} or (
                tok.text.endswith(("!", "?")) and tok.is_punct):
            end = i + 1
            while end < n and doc[end].text in _CLOSERS and doc[end - 1].whitespace_ == "":
                end += 1
            nxt = doc[end] if end < n else None
            if nxt is None or nxt.is_space or nxt.text[:1].isupper() or nxt.text[:1].isdigit() or (
                    nxt.text in _OPENERS or nxt.text[:1] in SENTENCE_OPENING_CHARS):
                out.append((start, end))
                start = end
                i = end
                continue
        i += 1
    if start < n:
        out.append((start, n))
    return out


def _is_platform_end(doc: Doc, i: int) -> bool:
    """``X.`` after ``op``/``via`` (the social network), where an initial cannot stand."""
    tok = doc[i]
    return (len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == "." and i > 0
            and doc[i - 1].lower_ in W.platform_prepositions)
