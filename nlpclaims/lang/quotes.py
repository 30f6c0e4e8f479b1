"""Dutch quotation marks: find quoted passages in raw text.

Pairs marks by their open/close code points (never by counting), tells single quotes from the
apostrophes of 's, 't, zo'n and Poetin's, continues a quote over paragraphs that reopen it, and
never lets an unbalanced mark swallow the rest of an article.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# opener -> closers it accepts
PAIRS: dict[str, tuple[str, ...]] = {
    "„": ("”", "“", '"'),
    "“": ("”", '"'),
    "”": ("”",),
    "‘": ("’",),
    "‚": ("’", "‘"),
    "«": ("»",),
    "»": ("«",),
    ",,": ("''", "”", "“", '"'),
    '"': ('"', "”"),
    "'": ("'", "’"),
    "‹": ("›",),
}
OPENERS = sorted(PAIRS, key=len, reverse=True)
ALL_MARKS = frozenset("„“”‘’‚«»\"'‹›")
"""Every quotation mark character."""
OPENING_MARKS = frozenset({"„", "“", "‘", "'", '"', ",,", "«", "‚"})
"""Tokens that open a quotation (a new sentence may start with one)."""
CLOSING_MARKS = frozenset({"”", "’", "'", "''", '"', "»", "“"})
"""Tokens that close a quotation (written against the sentence-final mark)."""
CLOSERS_AND_COMMA = frozenset({",", "”", "’", '"', "'"})
"""What stands between a content and an inverted cue: '„…”, zei hij', '…, zei hij'."""
OPENING_CHARS = "„“\"'‘"
"""Characters that open a quotation at the start of a token."""
SENTENCE_OPENING_CHARS = "„“‘«"
"""Opening marks that start a new sentence after . ! ?"""
NEXT_SENTENCE_CHARS = "„“\"'‘«"
"""Opening marks (and straight quotes) that may start the next sentence."""
BEFORE_SUBJECT_MARKS = "„“”\"'‘’"
"""Marks that cut off the phrase before a verb: '„…” Rutte zei'."""
PUNCTUATION_AND_MARKS = ",.;:!?…\"'„“”‘’«»"
"""Characters that do not count as words when measuring how much of a sentence is quoted."""
MAX_QUOTE_CHARS = 4000
_BEFORE_OPEN = set(" \t\n\r([{—–-/:;") | ALL_MARKS
_AFTER_CLOSE = set(" \t\n\r)]}.,;:!?—–-/…") | ALL_MARKS
_SINGLE = {"'", "’", "‘", "‚"}
_ELISIONS = ("s ", "t ", "n ", "k ", "m ", "r ", "s,", "t,", "s.", "t.")
_MARK_OR_COMMAS = re.compile("[" + re.escape("".join(sorted(ALL_MARKS))) + "]|,,")


@dataclass(frozen=True)
class QuoteSpan:
    """A quoted passage: the marks at ``[open_start, content_start)`` and ``[content_end, close_end)``."""

    open_start: int
    content_start: int
    content_end: int
    close_end: int
    mark: str
    closed: bool = True

    @property
    def content(self) -> tuple[int, int]:
        """Offsets of the text inside the marks."""
        return self.content_start, self.content_end


def _opener_at(text: str, i: int) -> str | None:
    for mark in OPENERS:
        if text.startswith(mark, i):
            before = text[i - 1] if i > 0 else " "
            after = text[i + len(mark)] if i + len(mark) < len(text) else " "
            if before not in _BEFORE_OPEN or after.isspace():
                return None
            if mark in _SINGLE and text[i + 1 : i + 3] in _ELISIONS:
                return None  # 's ochtends, 't, m'n
            if mark == ",," and not (after.isalnum() or after in "‘'\"…."):
                return None
            return mark
    return None


def _is_closer(text: str, j: int, closer: str) -> bool:
    if not text.startswith(closer, j) or j == 0:
        return False
    before = text[j - 1]
    nxt = j + len(closer)
    after = text[nxt] if nxt < len(text) else " "
    if before.isspace():
        return False
    if closer in _SINGLE and after.isalpha():
        return False  # zo'n, auto's, Poetin's
    if before in ".!?" and after.isupper() and closer not in _SINGLE:
        return True  # '… daar is."Hij speelde …': the space after the closing mark left out
    return after in _AFTER_CLOSE or after.isspace()


def _paragraph_end(text: str, i: int) -> int:
    end = text.find("\n", i)
    return len(text) if end < 0 else end


def _next_paragraph_start(text: str, i: int) -> int | None:
    j = i
    while j < len(text) and text[j] in "\n\r \t":
        j += 1
    return j if j < len(text) else None


def find_quotes(text: str) -> list[QuoteSpan]:
    """Every quoted passage in ``text``, in order, without overlaps."""
    found: list[QuoteSpan] = []
    index = _CloserIndex(text)
    i, n = 0, len(text)
    while i < n:
        if text[i] not in ALL_MARKS and not text.startswith(",,", i):
            nxt = _MARK_OR_COMMAS.search(text, i)  # the next place a quote can open
            i = nxt.start() if nxt is not None else n
            continue
        mark = _opener_at(text, i)
        if mark is None:
            i += 1
            continue
        span = _match(text, i, mark, index)
        if span is None:
            i += len(mark)
            continue
        found.append(span)
        i = span.close_end
    return found


class _CloserIndex:
    """Positions of every closing mark in a text, so that finding the closer of an opening mark
    costs a binary search, not a scan (an article of 10,000 unclosed marks stays linear)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._positions: dict[str, list[int]] = {}

    def first(self, closers: tuple[str, ...], lo: int, hi: int) -> tuple[int, str] | None:
        """The first valid closer in ``[lo, hi)``; at equal positions the earlier in ``closers``."""
        best: tuple[int, str] | None = None
        for closer in closers:
            positions = self._positions.get(closer)
            if positions is None:
                positions = [m.start() for m in re.finditer(f"(?={re.escape(closer)})", self.text)]
                self._positions[closer] = positions
            k = bisect.bisect_left(positions, lo)
            while k < len(positions) and positions[k] < hi and (best is None or positions[k] < best[0]):
                if _is_closer(self.text, positions[k], closer):
                    best = (positions[k], closer)
                    break
                k += 1
        return best


def _match(text: str, i: int, mark: str, index: "_CloserIndex | None" = None) -> QuoteSpan | None:
    closers = PAIRS[mark]
    index = index or _CloserIndex(text)
    start = i + len(mark)
    para_end = _paragraph_end(text, start)
    limit = min(len(text), start + MAX_QUOTE_CHARS)
    j = start
    while j < limit:
        if j < para_end:
            found = index.first(closers, max(j, start + 1), min(para_end, limit))
            if found is not None and mark == '"':
                found = _skip_nested_straight(text, start, found, min(para_end, limit), index)
            if found is not None:
                return QuoteSpan(i, start, found[0], found[0] + len(found[1]), mark, True)
            j = min(para_end, limit)
            continue
        if j >= para_end:
            # A paragraph that opens a quote without closing it continues where the next reopens.
            nxt = _next_paragraph_start(text, j)
            if nxt is None:
                break
            if _opener_at(text, nxt) != mark:
                # A quote may also run over paragraphs that do not reopen it, if it closes at the
                # end of a later paragraph with no other mark of its kind in between.
                run_on = _close_at_paragraph_end(text, nxt, mark, limit)
                if run_on is not None:
                    return QuoteSpan(i, start, run_on[0], run_on[1], mark, True)
                break
            end_of_prev = j
            j = nxt + len(mark)
            para_end = _paragraph_end(text, j)
            inner = _match(text, nxt, mark, index)
            if inner is None:
                return QuoteSpan(i, start, _rstrip(text, start, end_of_prev), end_of_prev, mark, False)
            return QuoteSpan(i, start, inner.content_end, inner.close_end, mark, inner.closed)
    # Unclosed: a quote that opens a paragraph runs to its end; any other mark is stray.
    line_start = text.rfind("\n", 0, i) + 1
    prefix = text[line_start:i].strip()
    end = _rstrip(text, start, min(para_end, limit))
    if (prefix == "" or prefix.endswith(":")) and mark not in _SINGLE | {'"'}:
        if end > start:
            return QuoteSpan(i, start, end, end, mark, False)
    elif mark == '"' and (prefix == "" or prefix.endswith((".", "!", "?", ":"))) and end > start and (
            text[end - 1] in ".!?…" and not _has_mark(text, start, end)):
        # a straight quote that opens a sentence and whose paragraph ends a sentence with no
        # other quotation mark in it: the closing mark was left out ('… aldus X. "En hij …¶')
        return QuoteSpan(i, start, end, end, mark, False)
    return None


def _has_mark(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a quotation mark (apostrophes inside words aside)."""
    for j in range(start, end):
        if text[j] in ALL_MARKS and not (text[j] in "'’" and 0 < j < len(text) - 1 and text[j + 1].isalpha()
                                         and (text[j - 1].isalpha() or text[j - 1].isspace())):
            return True
    return False


def _skip_nested_straight(text: str, start: int, found: tuple[int, str], end: int,
                          index: "_CloserIndex") -> tuple[int, str] | None:
    """The closer of a straight quote that holds quoted words of its own: '"Hij noemt dat
    "onzin", zei ze"' closes after 'ze', not after 'Hij noemt dat '. A straight mark that opens
    (space before, a word after) starts a nested pair, whose closer is skipped."""
    pos = start
    while found is not None:
        inner = text.find('"', pos + 1, found[0])
        if inner < 0 or _opener_at(text, inner) != '"' or found[0] + 1 >= end:
            return found
        # the found closer closes the nested pair; look for the next one
        pos = found[0]
        found = index.first(('"', "”"), found[0] + 1, end)
    return None


def _close_at_paragraph_end(text: str, pos: int, mark: str, limit: int) -> tuple[int, int] | None:
    """(content end, close end) of a closer that ends a paragraph after ``pos``, or None."""
    closers = PAIRS[mark]
    marks_of_kind = set(mark) | set("".join(closers))
    j = pos
    while j < limit:
        ch = text[j]
        if ch in marks_of_kind or text.startswith(",,", j):
            for closer in closers:
                if text.startswith(closer, j) and j > 0 and not text[j - 1].isspace():
                    after = j + len(closer)
                    if after >= len(text) or text[after] in "\n\r" or text[after:after + 2].strip() == "" :
                        return j, after
            return None  # another mark of this kind first: not a simple run-on quote
        j += 1
    return None


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


INSIDE_CLOSING_PUNCTUATION = ",?!…"
"""Punctuation written inside the closing mark that lets an inverted cue follow with no comma:
'„…,” zei hij', '„…?” vroeg zij', '„…!” riep hij'."""


@dataclass(frozen=True)
class QuoteVerbs:
    """Verbs of narration read only as the inverted cue after a direct quote (``data/quote_verbs.json``)."""

    forms: frozenset[str]
    perfect_auxiliaries: frozenset[str]
    skip_before_source: frozenset[str]


@lru_cache(maxsize=1)
def quote_verbs() -> QuoteVerbs:
    """The packaged quote verbs."""
    path = resources.files("nlpclaims.lang") / "data" / "quote_verbs.json"
    data = json.loads(path.read_text("utf-8"))
    return QuoteVerbs(frozenset(data["forms"]), frozenset(data["perfect_auxiliaries"]),
                      frozenset(data["skip_before_source"]))
