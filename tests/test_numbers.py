"""Tests for the Dutch number normaliser ``nlpclaims.lang.numbers`` (no spaCy needed)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlpclaims.lang.numbers import (
    parse_digits,
    parse_number,
    parse_number_words,
    parse_quantity_expression,
    scan_number,
    split_words,
)

# ---------------------------------------------------------------------------------------------
# The test's own speller: integers → Dutch words (independent of the parser's tables)
# ---------------------------------------------------------------------------------------------

_ONES = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen",
         "tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien",
         "achttien", "negentien"]
_TENS = {2: "twintig", 3: "dertig", 4: "veertig", 5: "vijftig", 6: "zestig", 7: "zeventig",
         8: "tachtig", 9: "negentig"}


def _below_100(n: int) -> str:
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    if ones == 0:
        return _TENS[tens]
    unit = _ONES[ones]
    joiner = "ën" if unit.endswith("e") else "en"  # tweeëntwintig, drieëntwintig, vierentwintig
    return unit + joiner + _TENS[tens]


def _below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    head = "" if hundreds == 0 else ("honderd" if hundreds == 1 else _ONES[hundreds] + "honderd")
    if rest == 0:
        return head
    return head + _below_100(rest)


def _below_million(n: int) -> str:
    thousands, rest = divmod(n, 1000)
    head = "" if thousands == 0 else ("duizend" if thousands == 1 else _below_1000(thousands) + "duizend")
    if rest == 0:
        return head
    return head + _below_1000(rest)


def spell_dutch(n: int) -> str:
    """Dutch words for 0 ≤ n < 10**9: miljoen is a separate word, the rest is one word."""
    if n == 0:
        return "nul"
    millions, rest = divmod(n, 1_000_000)
    parts: list[str] = []
    if millions:
        parts.append(("één" if millions == 1 else _below_1000(millions)) + " miljoen")
    if rest:
        parts.append("één" if rest == 1 and millions else _below_million(rest))
    return " ".join(parts)


def format_dutch(value: int, decimals: str = "") -> str:
    """Digits with a thousands dot and an optional decimal comma: 1.234.567,89."""
    s = f"{value:,}".replace(",", ".")
    return s + ("," + decimals if decimals else "")


def test_speller_examples() -> None:
    assert spell_dutch(175) == "honderdvijfenzeventig"
    assert spell_dutch(23000) == "drieëntwintigduizend"
    assert spell_dutch(1_200_000) == "één miljoen tweehonderdduizend"
    assert spell_dutch(22) == "tweeëntwintig"
    assert spell_dutch(2019) == "tweeduizendnegentien"


# ---------------------------------------------------------------------------------------------
# Property tests
# ---------------------------------------------------------------------------------------------


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=0, max_value=999_999_999))
def test_every_integer_in_words_parses_back(n: int) -> None:
    assert parse_number(spell_dutch(n)) == n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=999))
def test_small_integers_in_words_parse_back(n: int) -> None:
    assert parse_number(spell_dutch(n)) == n
    assert parse_number_words(spell_dutch(n).replace("ë", "e")) == n  # without diaeresis


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_every_integer_with_thousands_dots_parses_back(n: int) -> None:
    assert parse_number(format_dutch(n)) == n


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**9), st.from_regex(r"\A[0-9]{1,3}\Z"))
def test_decimal_comma_parses_back(n: int, decimals: str) -> None:
    expected = float(f"{n}.{decimals}")
    got = parse_number(format_dutch(n, decimals))
    assert got is not None and math.isclose(got, expected, rel_tol=1e-12)


# ---------------------------------------------------------------------------------------------
# Unit tests per form
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, value",
    [
        ("1.500", 1500), ("2,5", 2.5), ("1.500.000", 1_500_000), ("1.500,75", 1500.75),
        ("0,7", 0.7), ("12", 12), ("1 500", 1500), (",5", 0.5),
    ],
)
def test_digits(text: str, value: float) -> None:
    assert parse_digits(text) == pytest.approx(value)
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text, value",
    [
        ("2,5 miljoen", 2.5e6), ("3 mld", 3e9), ("12 mln", 12e6), ("1,2 mrd", 1.2e9),
        ("3 mld.", 3e9), ("7,7 miljard", 7.7e9), ("twee miljard", 2e9), ("vijf miljoen", 5e6),
        ("3,5 duizend", 3500), ("een miljoen", 1e6), ("1 biljoen", 1e12), ("12mln", 12e6),
        ("€2,5", 2.5), ("10%", 10),
    ],
)
def test_digits_with_scale(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text, value",
    [
        ("dertig", 30), ("honderdvijfenzeventig", 175), ("drieëntwintigduizend", 23000),
        ("drieentwintigduizend", 23000), ("tweeduizendnegentien", 2019), ("negentienhonderd", 1900),
        ("elf", 11), ("achttien", 18), ("tweehonderd", 200), ("duizend", 1000), ("honderd", 100),
        ("één miljoen tweehonderdduizend", 1_200_000), ("tweeëntwintig", 22), ("nul", 0),
        ("twee miljard driehonderd miljoen vijftigduizend", 2_300_050_000), ("drie-en-twintig", 23),
    ],
)
def test_number_words(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    "text, value",
    [
        ("anderhalf", 1.5), ("driekwart", 0.75), ("een half", 0.5), ("een derde", 1 / 3),
        ("twee derde", 2 / 3), ("de helft", 0.5), ("tweeënhalf", 2.5), ("een kwart", 0.25),
        ("anderhalve", 1.5),
    ],
)
def test_fractions(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["tweet", "achternaam", "eensgezindheid", "zege", "de", "en", "", "helft",
                                  "enkele", "duizenden", "52-jarige", "tweedaagse", "3-0"])
def test_not_numbers(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    "text, value",
    [
        ("tientallen", 10), ("honderden", 100), ("duizenden", 1000), ("tienduizenden", 1e4),
        ("honderdduizenden", 1e5), ("miljoenen", 1e6), ("miljarden", 1e9),
        ("een twintigtal", 20), ("een tiental", 10), ("honderden miljoenen", 1e8),
        ("tientallen miljarden", 1e10),
    ],
)
def test_vague_amounts(text: str, value: float) -> None:
    p = parse_quantity_expression(text)
    assert p is not None and p.value == value and p.approximate and p.kind == "vague"
    assert p.lower == value and p.upper == value * 10


@pytest.mark.parametrize("text", ["enkele mensen", "een paar mensen", "een handvol demonstranten",
                                  "een aantal agenten"])
def test_no_number_named(text: str) -> None:
    assert parse_quantity_expression(text) is None


@pytest.mark.parametrize(
    "text, hedge, value, lower, upper, approx",
    [
        ("ruim 200 mensen", "ruim", 200, 200, None, True),
        ("bijna 5 miljard euro", "bijna", 5e9, None, 5e9, True),
        ("zeker 30 doden", "zeker", 30, 30, None, True),
        ("zo'n 2000 boeren", "zo'n", 2000, None, None, True),
        ("ongeveer 3,5 miljard euro", "ongeveer", 3.5e9, None, None, True),
        ("circa 40 procent", "circa", 40, None, None, True),
        ("ca. 40 procent", "ca.", 40, None, None, True),
        ("meer dan 10.000 mensen", "meer dan", 10000, 10000, None, True),
        ("minder dan 6 procent", "minder dan", 6, None, 6, True),
        ("minstens 170 minderjarigen", "minstens", 170, 170, None, True),
        ("ten minste 12 doden", "ten minste", 12, 12, None, True),
        ("hooguit tien dagen", "hooguit", 10, None, 10, True),
        ("maximaal 3 procent", "maximaal", 3, None, 3, False),
        ("tegen de 500 euro", "tegen de", 500, None, 500, True),
        ("rond de 500 miljoen euro", "rond de", 5e8, None, None, True),
        ("nog geen 600 euro", "nog geen", 600, None, 600, True),
    ],
)
def test_hedges(text: str, hedge: str, value: float, lower: float | None, upper: float | None,
                approx: bool) -> None:
    p = parse_quantity_expression(text)
    assert p is not None
    assert (p.hedge, p.value, p.lower, p.upper, p.approximate) == (hedge, value, lower, upper, approx)


@pytest.mark.parametrize(
    "text, unit, currency, percent",
    [
        ("12 procent", "procent", None, True), ("12%", "%", None, True),
        ("0,7 procentpunt", "procentpunt", None, True), ("2,5 miljoen euro", "euro", "euro", False),
        ("€ 3 mld", "€", "euro", False), ("€3 mld", "€", "euro", False),
        ("250 miljard dollar", "dollar", "dollar", False), ("$250", "$", "dollar", False),
        ("10 pond", "pond", "pond", False), ("honderden miljoenen euro's", "euro's", "euro", False),
    ],
)
def test_percent_and_money(text: str, unit: str, currency: str | None, percent: bool) -> None:
    p = parse_quantity_expression(text)
    assert p is not None and (p.unit, p.currency, p.percent) == (unit, currency, percent)


@pytest.mark.parametrize(
    "text, lower, upper, unit",
    [
        ("tussen 10 en 20 procent", 10, 20, "procent"), ("10 tot 15 mensen", 10, 15, "mensen"),
        ("10-15 mensen", 10, 15, "mensen"), ("vijf à zes keer", 5, 6, "keer"),
        ("40 tot 60 procent", 40, 60, "procent"), ("2 tot 3 miljoen euro", 2e6, 3e6, "euro"),
        ("10 tot en met 12 jaar", 10, 12, "jaar"),
    ],
)
def test_ranges(text: str, lower: float, upper: float, unit: str) -> None:
    p = parse_quantity_expression(text)
    assert p is not None
    assert (p.value, p.lower, p.upper, p.unit, p.approximate, p.kind) == (lower, lower, upper, unit, True, "range")


@pytest.mark.parametrize("text, value", [("tweemaal", 2), ("verdubbeld", 2), ("vervijfhonderdvoudigd", 500),
                                         ("drie keer", 3)])
def test_multipliers(text: str, value: float) -> None:
    p = parse_quantity_expression(text)
    assert p is not None and p.value == value and p.unit == "keer"


def test_adjectives_skipped_for_unit() -> None:
    p = parse_quantity_expression("57 Oekraïense drones")
    assert p is not None and p.value == 57 and p.unit == "drones"


def test_scan_number_reports_extent() -> None:
    words = split_words("kost 2,5 miljoen euro per jaar")
    m = scan_number(words, 1)
    assert m is not None and (m.start, m.end, m.value, m.has_scale) == (1, 3, 2.5e6, True)
    m = scan_number(split_words("één miljoen tweehonderdduizend mensen"), 0)
    assert m is not None and m.end == 3 and m.value == 1_200_000
    assert scan_number(["een", "maand"], 0).article_one  # type: ignore[union-attr]


def test_split_words() -> None:
    assert split_words("€2,5 miljoen.") == ["€", "2,5", "miljoen", "."]
    assert split_words("10-15 mensen") == ["10-15", "mensen"]


# ---------------------------------------------------------------------------------------------
# Round trips: negatives, spoken decimals, halves, "tweeduizend en zestien"
# ---------------------------------------------------------------------------------------------

_DIGIT_WORDS = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=999_999_999))
def test_negative_numbers_parse_back(n: int) -> None:
    assert parse_number("min " + spell_dutch(n)) == -n
    assert parse_number("-" + format_dutch(n)) == -n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=999_999), st.from_regex(r"\A[0-9]{1,4}\Z"))
def test_decimals_in_words_parse_back(n: int, decimals: str) -> None:
    spoken = spell_dutch(n) + " komma " + " ".join(_DIGIT_WORDS[int(d)] for d in decimals)
    got = parse_number(spoken)
    assert got is not None and math.isclose(got, float(f"{n}.{decimals}"), rel_tol=1e-12)
    if got:
        assert parse_number("min " + spoken) == -got


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=99))
def test_halves_parse_back(n: int) -> None:
    word = spell_dutch(n)
    joiner = "ën" if word.endswith("e") else "en"
    assert parse_number(word + joiner + "eenhalf") == n + 0.5  # tweeëneenhalf
    assert parse_number(word + joiner + "half") == n + 0.5  # tweeënhalf
    assert parse_number(word + " en een half") == n + 0.5  # twee en een half
    assert parse_number(word + " en een halve") == n + 0.5
    assert parse_number(word + " en een kwart") == n + 0.25


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=999))
def test_thousands_joined_by_en_parse_back(thousands: int, rest: int) -> None:
    # "tweeduizend en zestien", "vierduizend en twee", "duizend en een"
    assert parse_number(spell_dutch(thousands * 1000) + " en " + spell_dutch(rest)) == thousands * 1000 + rest


@pytest.mark.parametrize(
    "text, value",
    [
        ("min vijf", -5), ("min drieëndertig", -33), ("MIN ZEVEN", -7), ("-12", -12), ("−3,5", -3.5),
        ("twee komma vijf", 2.5), ("nul komma nul vijf", 0.05), ("twaalf komma negenennegentig", 12.99),
        ("drie komma een vier nul", 3.14), ("nul komma honderdtwaalf", 0.112),
        ("twee en een half", 2.5), ("drie en een kwart", 3.25), ("1 en 3 vierde", 1.75),
        ("honderddrie en twee derde", 103 + 2 / 3), ("twaalfenhalve", 12.5), ("tweeëneenhalf", 2.5),
        ("eenhalf", 0.5), ("honderdenzes", 106), ("zeshonderdenachtenzeventig", 678),
        ("vijfentwintighonderdenzevenenzeventig", 2577), ("drie en dertig", 33),
        ("honderd twee en twintig", 122), ("tweeduizend en zestien", 2016), ("duizend en een", 1001),
        ("anderhalf miljoen", 1_500_000), ("een half miljoen", 500_000), ("driekwart miljard", 750_000_000),
        ("3 miljoen en een half", 3_500_000), ("een miljard en een half miljoen", 1_000_500_000),
        ("3 dozijn", 36), ("een half dozijn", 6), ("twee dozijnen", 24), ("driehonderd en twee dozijn", 324),
        ("10K", 10_000), ("100k", 100_000), (",77", 0.77), ("24,-", 24), ("1.500,--", 1500),
        ("3/4", 0.75), ("10 1/2", 10.5), ("een-achtste", 0.125), ("vijf achtsten", 0.625),
        ("één twintigste", 0.05), ("honderd driekwart", 100.75), ("twintig drie vijfde", 20.6),
    ],
)
def test_forms_of_issue_17(text: str, value: float) -> None:
    got = parse_number(text)
    assert got is not None and math.isclose(got, value, rel_tol=1e-9), (text, got)


@pytest.mark.parametrize("text", ["3 en 30", "twintig en dertig", "drie en vier", "24/7", "honderdenhonderd"])
def test_not_one_number(text: str) -> None:
    # digits joined by "en" are two numbers; "twintig en dertig" is a list; 24/7 is no fraction
    assert parse_number(text) is None
