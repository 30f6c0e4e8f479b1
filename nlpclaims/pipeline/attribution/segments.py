"""Segments: the doc's sentences, also cut at line breaks — the unit attribution works on."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

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


@dataclass(frozen=True)
class TokenTable:
    """Per-token facts read in one pass over the doc (making a spaCy Token costs more than a list read)."""

    words: list[str]
    lower: list[str]
    spaces: list[str]  # the whitespace after each token
    starts: list[int]
    is_space: list[bool]
    is_punct: list[bool]

    @cached_property
    def text(self) -> str:
        """``doc.text``."""
        return "".join(w + s for w, s in zip(self.words, self.spaces))


_TOKENS_KEY = "_nlpclaims_tokens"


def doc_tokens(doc: Doc) -> TokenTable:
    """The doc's token table, read once and shared by the components (kept in ``doc.user_data``
    until the claim assembler drops it; it holds no reference to the Doc)."""
    table = doc.user_data.get(_TOKENS_KEY)
    if table is None or len(table.words) != len(doc):
        table = token_table(doc)
        doc.user_data[_TOKENS_KEY] = table
    return table


def token_table(doc: Doc) -> TokenTable:
    words, lower, spaces, starts, is_space, is_punct = [], [], [], [], [], []
    for t in doc:
        words.append(t.text)
        lower.append(t.lower_)
        spaces.append(t.whitespace_)
        starts.append(t.idx)
        is_space.append(t.is_space)
        is_punct.append(t.is_punct)
    return TokenTable(words, lower, spaces, starts, is_space, is_punct)


def segments(doc: Doc, table: TokenTable | None = None) -> list[Segment]:
    """The doc's sentences, also split at line breaks, without whitespace-only pieces."""
    t = table or token_table(doc)
    words, spaces, is_space = t.words, t.spaces, t.is_space
    out: list[Segment] = []
    for start, end in _rule_sentences(t):
        piece_start = start
        for i in range(start, end):
            if "\n" in words[i] or (is_space[i] and "\n" in spaces[i] + words[i]):
                _add_segment(t, piece_start, i, out)
                piece_start = i + 1
            elif "\n" in spaces[i]:
                _add_segment(t, piece_start, i + 1, out)
                piece_start = i + 1
        _add_segment(t, piece_start, end, out)
    return out


def _add_segment(t: TokenTable, start: int, end: int, out: list[Segment]) -> None:
    while start < end and t.is_space[start]:
        start += 1
    while end > start and t.is_space[end - 1]:
        end -= 1
    if end > start:
        out.append(Segment(start, end, t.starts[start], t.starts[end - 1] + len(t.words[end - 1])))


_CLOSERS = frozenset(CLOSING_MARKS)
_OPENERS = frozenset(OPENING_MARKS)
_ENDS = frozenset({".", "!", "?", "…", "?!", "..."})
_PLATFORM_PREPOSITIONS = W.platform_prepositions


def _rule_sentences(t: TokenTable) -> list[tuple[int, int]]:
    """Sentence boundaries of Dutch news from punctuation and quote marks.

    A sentence ends at . ! ? or … (with a closing quote mark written against it) when the next
    word starts with a capital, a digit or an opening quote mark. The platform name in
    "schrijft hij op X." ends a sentence too (the tokenizer keeps "X." together as an initial)."""
    words, spaces = t.words, t.spaces
    out, start, n = [], 0, len(words)
    i = 0
    while i < n:
        word = words[i]
        if (_is_platform_end(t, i) or word in _ENDS or (word.endswith(("!", "?")) and t.is_punct[i]) or (
                _is_acronym_end(word))) and not (word == "." and i > 0 and is_dotted_abbreviation(words[i - 1])):
            end = i + 1
            while end < n and words[end] in _CLOSERS and spaces[end - 1] == "":
                end += 1
            nxt = words[end] if end < n else None
            if nxt is None or t.is_space[end] or nxt[:1].isupper() or nxt[:1].isdigit() or (
                    nxt in _OPENERS or nxt[:1] in SENTENCE_OPENING_CHARS):
                out.append((start, end))
                start = end
                i = end
                continue
        i += 1
    if start < n:
        out.append((start, n))
    return out


def is_dotted_abbreviation(word: str) -> bool:
    """'b.d', 'o.a', 'm.b.t': a lowercase abbreviation whose last full stop the tokenizer split off."""
    parts = word.split(".")
    return len(parts) >= 2 and all(len(p) == 1 and p.isalpha() and p.islower() for p in parts)


def _is_acronym_end(word: str) -> bool:
    """An acronym the tokenizer kept with a full stop ('VS.', 'EU.'): it ends a sentence when a
    capital or an opening quote mark follows (checked by the caller); one letter is an initial."""
    return len(word) >= 3 and word[-1] == "." and word[:-1].isalpha() and word[:-1].isupper()


def _is_platform_end(t: TokenTable, i: int) -> bool:
    """``X.`` after ``op``/``via`` (the social network), where an initial cannot stand."""
    word = t.words[i]
    return (len(word) == 2 and word[0].isupper() and word[1] == "." and i > 0
            and t.lower[i - 1] in _PLATFORM_PREPOSITIONS)
