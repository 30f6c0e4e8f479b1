"""Properties of ``nlpclaims.extract`` and of the pure text functions, for any input text.

Examples per property come from the hypothesis profile (see ``conftest.py``): 2,000 in ``ci``,
10,000 in ``long``. The explicit ``@example`` cases are run in every profile.
"""

from __future__ import annotations

import math
from collections import defaultdict

import pytest
from conftest import any_char, article_text, dutchish, quote_soup, unicode_text
from hypothesis import example, given
from hypothesis import strategies as st

import nlpclaims
from nlpclaims import ArticleClaims
from nlpclaims.lang import numbers
from nlpclaims.lang.quotes import find_quotes

# Explicit cases: control characters, RTL, emoji, long runs of quote marks, no spaces,
# one very long word. (The 100 kB word has its own test below: it is slow for a property.)
NASTY = [
    "",
    " ",
    "\x00",
    "\x00\x01\x02\x1b[31m\x7f\x85\u2028\u2029",
    "Zei\x00 Trump\x00: „ja\x00”.",
    "\u202eZelensky zei dat \u202dhet klopt\u202c.",
    "قال بوتين إن الحرب انتهت. „שלום”, zei Poetin.",
    "👍🏽„🚀🚀”, zei Trump 🇺🇸. Volgens 🇷🇺 zijn er 72 🛩️ neergehaald.",
    "„„„„„„„„„„“““““““”””””””‘‘‘’’’’''''\"\"\"\"«««»»»",
    ",,,,,,,,,,'''''''''',,'',,''",
    "„" * 500 + "”" * 500,
    "'s Ochtends zei Trump: 't Is zo'n dag.",
    "Zelenskyzeidat„hetoorlogis”,aldusPoetin.Volgenshetkremlinzijn72dronesneergehaald.",
    "„Dit sluit nooit\n\n" + "Een gewone alinea zonder citaat.\n\n" * 20,
    "\n\n\n\t\t\r\n   ",
    "Dat stelde Zelensky.",
    ", zei hij.",
    "Volgens.",
    "aldus",
    ":„”",
    "„”",
    "„ ”, zei Trump.",
    "Trump: „",
]


def _check_span(text: str, start: int | None, end: int | None, value: str | None, what: str) -> None:
    if start is None and end is None:
        assert value is None, f"{what}: text without offsets"
        return
    assert start is not None and end is not None, f"{what}: half an offset pair ({start}, {end})"
    assert 0 <= start < end <= len(text), f"{what}: bad span {start}:{end} in text of {len(text)}"
    assert text[start:end] == value, f"{what}: {text[start:end]!r} != {value!r}"


def check_offsets(text: str, result: ArticleClaims) -> None:
    """Every span the result reports points at its own text in ``text``."""
    assert result.text_length == len(text)
    for claim in result.claims:
        _check_span(text, claim.start, claim.end, claim.text, f"claim {claim.id}")
        _check_span(text, claim.cue_start, claim.cue_end, claim.cue, f"cue of {claim.id}")
        _check_span(text, claim.speaker_mention_start, claim.speaker_mention_end, claim.speaker_mention,
                    f"speaker mention of {claim.id}")
        assert 0 <= claim.sentence_start <= claim.start and claim.end <= claim.sentence_end <= len(text)
        for q in claim.quantities:
            _check_span(text, q.start, q.end, q.text, f"quantity in {claim.id}")
            assert claim.start <= q.start and q.end <= claim.end or q.claim == claim.id
        assert claim.speaker in result.speakers, f"claim {claim.id}: speaker {claim.speaker} not in table"
    for q in result.quantities:
        _check_span(text, q.start, q.end, q.text, "quantity")
        assert math.isfinite(q.value)
    for m in result.mentions:
        _check_span(text, m.start, m.end, m.text, "mention")
        assert m.speaker in result.speakers


def check_no_overlap_per_speaker(result: ArticleClaims) -> None:
    by_speaker = defaultdict(list)
    for claim in result.claims:
        by_speaker[claim.speaker].append(claim)
    for speaker, claims in by_speaker.items():
        claims.sort(key=lambda c: c.start)
        for a, b in zip(claims, claims[1:]):
            assert a.end <= b.start, f"claims of {speaker} overlap: {a.text!r} ({a.start}:{a.end}) and {b.text!r} ({b.start}:{b.end})"


def with_nasty(test):
    for text in NASTY:
        test = example(text=text)(test)
    return test


# -- the whole pipeline -----------------------------------------------------------------------


@with_nasty
@given(text=article_text)
def test_extract_never_fails_and_offsets_hold(nlp, text: str) -> None:
    result = nlpclaims.extract(text, nlp=nlp)
    check_offsets(text, result)
    check_no_overlap_per_speaker(result)


@with_nasty
@given(text=article_text)
def test_extract_is_deterministic(nlp, text: str) -> None:
    first = nlpclaims.extract(text, nlp=nlp, date="2025-06-01", article_id="x")
    second = nlpclaims.extract(text, nlp=nlp, date="2025-06-01", article_id="x")
    assert first == second
    assert first.model_dump_json() == second.model_dump_json()


@with_nasty
@given(text=article_text)
def test_json_round_trip_is_exact(nlp, text: str) -> None:
    result = nlpclaims.extract(text, nlp=nlp, date="2025-06-01")
    assert ArticleClaims.model_validate_json(result.model_dump_json()) == result
    assert ArticleClaims.model_validate(result.model_dump()) == result


@with_nasty
@given(text=dutchish(max_words=60))
def test_no_two_claims_of_one_speaker_overlap(nlp, text: str) -> None:
    check_no_overlap_per_speaker(nlpclaims.extract(text, nlp=nlp))


@pytest.mark.parametrize("word", ["a" * 100_000, "Zelensky" * 12_500, "7" * 100_000])
def test_one_100kb_word(nlp, word: str) -> None:
    result = nlpclaims.extract(word, nlp=nlp)
    check_offsets(word, result)
    assert ArticleClaims.model_validate_json(result.model_dump_json()) == result


# -- the quote finder -------------------------------------------------------------------------


def check_quotes(text: str) -> None:
    spans = find_quotes(text)
    previous_end = 0
    for q in spans:
        assert 0 <= q.open_start < q.content_start <= q.content_end <= q.close_end <= len(text), q
        assert q.open_start >= previous_end, f"overlapping or unordered quote spans: {spans}"
        assert text[q.open_start : q.content_start] == q.mark
        if q.closed:
            assert q.close_end > q.content_end
        previous_end = q.close_end


@with_nasty
@given(text=st.one_of(unicode_text, quote_soup, dutchish(), st.text(st.sampled_from("„“”‘’'\",«» \nab."))))
def test_find_quotes_spans_are_ordered_and_disjoint(text: str) -> None:
    check_quotes(text)


@given(text=st.text(any_char, min_size=300, max_size=2000))
def test_find_quotes_on_long_unicode_text(text: str) -> None:
    check_quotes(text)


# -- the number normaliser: total functions ---------------------------------------------------
# (its round trips are tested in test_numbers.py by the module's owner)

numberish = st.one_of(
    unicode_text,
    st.text(st.sampled_from("0123456789.,-–%€$ "), max_size=30),
    st.lists(st.sampled_from(["twee", "honderd", "duizend", "miljoen", "en", "half", "ruim", "bijna",
                              "tot", "tussen", "procent", "euro", "drones", "duizenden", "een", "derde",
                              "1.500", "2,5", "mln", "10-15", ",5", "-", "keer", "zo'n"]),
             max_size=8).map(" ".join),
    # overflow: 309+ digits, or a long number times a scale word
    st.tuples(st.text("0123456789", min_size=1, max_size=400), st.sampled_from(["", " biljoen", "mld", " miljard euro", "%"]))
    .map("".join),
)


@given(text=numberish)
def test_number_functions_are_total(text: str) -> None:
    for fn in (numbers.parse_number, numbers.parse_digits, numbers.parse_number_words):
        value = fn(text)
        assert value is None or isinstance(value, float | int) and not math.isnan(value)
    parse = numbers.parse_quantity_expression(text)
    if parse is not None:
        assert not math.isnan(parse.value)
    words = numbers.split_words(text)
    for i in range(len(words)):
        match = numbers.scan_number(words, i)
        if match is not None:
            assert i < match.end <= len(words)
