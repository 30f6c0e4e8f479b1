"""Dutch number normaliser: digits, number words, scale words, vague amounts, hedges and ranges.

Usable on its own (no spaCy import). Two levels of API:

* :func:`parse_number` turns one number expression into a float: ``"1.500"`` → 1500,
  ``"2,5 miljoen"`` → 2500000, ``"honderdvijfenzeventig"`` → 175, ``"anderhalf"`` → 1.5,
  ``"een derde"`` → 0.3333…  It returns ``None`` for anything that is not exactly a number
  (vague amounts such as ``"duizenden"`` are handled by the next level).
* :func:`parse_quantity_expression` reads a whole quantity expression with an optional hedge,
  a range, a vague amount and a unit: ``"ruim 2,5 miljoen euro"``, ``"tussen 10 en 20 procent"``,
  ``"duizenden soldaten"``, and returns a :class:`NumberParse` with value, bounds and flags.

The token-level scanner :func:`scan_number` (used by the spaCy component
:mod:`nlpclaims.pipeline.quantities`) matches the longest number expression starting at a
given position of a list of words and says how many words it used.

Conventions follow ``GOLD-FORMAT.md`` section 2: a vague amount has its base as value
(``duizenden`` → 1000, ``honderden miljoenen`` → 1e8) and is approximate; a hedged amount keeps
the written number as value (``ruim 200`` → 200) with a bound; a range has its lower end as value.
``enkele``, ``een paar``, ``een handvol`` and ``talloze`` name no number and are not parsed.
"""

from __future__ import annotations

from functools import lru_cache

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal, Sequence

from .units import UNITS, match_unit

__all__ = [
    "NumberParse",
    "NumberMatch",
    "HedgeInfo",
    "HEDGES",
    "CURRENCY_WORDS",
    "PERCENT_WORDS",
    "SCALE_WORDS",
    "VAGUE_WORDS",
    "parse_number",
    "parse_digits",
    "parse_number_words",
    "parse_quantity_expression",
    "scan_number",
    "may_start_number",
    "match_hedge",
    "split_words",
]

Bound = Literal["approx", "at_least", "at_most", "cap", "range", "vague"]

# --------------------------------------------------------------------------------------------
# Lexicon
# --------------------------------------------------------------------------------------------

_UNITS: dict[str, int] = {
    "nul": 0, "een": 1, "één": 1, "eén": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5,
    "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
}
_TEENS: dict[str, int] = {
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
    "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19,
}
_TENS: dict[str, int] = {
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60,
    "zeventig": 70, "tachtig": 80, "negentig": 90,
}
#: Scale words and abbreviations → factor (from ``data/units.json``).
SCALE_WORDS: dict[str, float] = {w: float(v) for w, v in UNITS.scale_words.items()}
#: Collective numerals that multiply like a scale word: ``3 dozijn`` = 36, ``een gros`` = 144.
COLLECTIVE_WORDS: dict[str, float] = {w: float(v) for w, v in UNITS.collective_numerals.items()}
_BIG_SCALES = {w: v for w, v in SCALE_WORDS.items() if v >= 1e6 and w.isalpha() and len(w) > 4}
#: Plural scale words used as vague amounts → base value.
VAGUE_WORDS: dict[str, float] = {
    "tientallen": 10.0, "honderden": 100.0, "duizenden": 1e3, "tienduizenden": 1e4,
    "honderdduizenden": 1e5, "miljoenen": 1e6, "tientallen miljoenen": 1e7,
    "miljarden": 1e9, "biljoenen": 1e12,
}
#: "een tiental", "een twintigtal": approximate amounts with the -tal suffix.
_TAL_RE = re.compile(r"^(?P<num>[a-zëé]+?)tal$")
#: Fractions written as one word or after a count ("een derde", "twee derde").
_FRACTION_WORDS: dict[str, float] = {
    "half": 0.5, "halve": 0.5, "helft": 0.5, "kwart": 0.25, "derde": 1 / 3,
    "vierde": 0.25, "vijfde": 0.2, "zesde": 1 / 6, "achtste": 0.125, "tiende": 0.1,
}
_ONE_WORD_FRACTIONS: dict[str, float] = {
    "anderhalf": 1.5, "anderhalve": 1.5, "driekwart": 0.75, "drievierde": 0.75,
    "tweederde": 2 / 3,
}
PERCENT_WORDS: frozenset[str] = frozenset({"procent", "%", "percent", "procentpunt", "procentpunten"})
#: Currency words and symbols (one word, lower case) → canonical currency name (``data/units.json``).
CURRENCY_WORDS: dict[str, str] = {
    f.lower(): c.forms[0] for c in UNITS.currencies for f in c.forms if " " not in f
}


@dataclass(frozen=True)
class HedgeInfo:
    """What a hedge word says about the amount that follows it."""

    text: str
    bound: Bound
    approximate: bool


_HEDGE_TABLE: list[tuple[str, Bound, bool]] = [
    # around
    ("ongeveer", "approx", True), ("circa", "approx", True), ("ca.", "approx", True),
    ("ca", "approx", True), ("zo'n", "approx", True), ("zo’n", "approx", True),
    ("rond de", "approx", True), ("rond", "approx", True), ("rondom de", "approx", True),
    ("omstreeks", "approx", True), ("pakweg", "approx", True), ("grofweg", "approx", True),
    ("ruwweg", "approx", True), ("naar schatting", "approx", True), ("ongeveer zo'n", "approx", True),
    ("bij benadering", "approx", True), ("~", "approx", True), ("naar verwachting", "approx", True),
    ("om en nabij de", "approx", True), ("om en nabij", "approx", True),
    ("in de orde van", "approx", True), ("gemiddeld", "approx", False),
    ("een paar", "approx", True), ("'n paar", "approx", True), ("enkele", "approx", True),
    ("een aantal", "approx", True), ("vele", "approx", True),
    # at least
    ("ruim", "at_least", True), ("meer dan", "at_least", True), ("minstens", "at_least", True),
    ("ten minste", "at_least", True), ("tenminste", "at_least", True),
    ("op zijn minst", "at_least", True), ("op z'n minst", "at_least", True),
    ("zeker", "at_least", True), ("dik", "at_least", True), ("een dikke", "at_least", True),
    ("ruim boven de", "at_least", True), ("boven de", "at_least", True),
    ("bijna meer dan", "at_least", True), ("al meer dan", "at_least", True),
    ("tot wel", "at_most", True), ("wel", "at_least", True),
    # at most
    ("bijna", "at_most", True), ("vrijwel", "at_most", True), ("nagenoeg", "at_most", True),
    ("minder dan", "at_most", True), ("nog geen", "at_most", True), ("krap", "at_most", True),
    ("hooguit", "at_most", True), ("ten hoogste", "at_most", True),
    ("op zijn hoogst", "at_most", True), ("op z'n hoogst", "at_most", True),
    ("tegen de", "at_most", True), ("een kleine", "at_most", True), ("net geen", "at_most", True),
    ("onder de", "at_most", True), ("nauwelijks", "at_most", True),
    # a cap set by a rule: a bound, but not a vague amount
    ("maximaal", "cap", False), ("maximum", "cap", False), ("minimaal", "cap", False),
]
#: Hedge text → :class:`HedgeInfo`, longest first.
HEDGES: dict[str, HedgeInfo] = {
    t: HedgeInfo(t, b, a) for t, b, a in sorted(_HEDGE_TABLE, key=lambda x: -len(x[0].split()))
}
_MAX_HEDGE_WORDS = max(len(h.split()) for h in HEDGES)

# --------------------------------------------------------------------------------------------
# Digits
# --------------------------------------------------------------------------------------------

_THOUSANDS_DOT = re.compile(r"^[-−]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$")
_THOUSANDS_SPACE = re.compile(r"^\d{1,3}(?: \d{3})+(?:,\d+)?$")
_DECIMAL_COMMA = re.compile(r"^[-−]?\d+(?:,\d+)?$")
_DECIMAL_DOT = re.compile(r"^[-−]?\d+\.\d+$")
_LEADING_COMMA = re.compile(r"^,\d+$")
_WHOLE_AMOUNT = re.compile(r"^(?P<num>\d{1,3}(?:\.\d{3})+|\d+),(?:-{1,2}|–|=)$")  # "€ 24,-", "1.500,--"
_DIGITS_SCALE = re.compile(
    r"^(?P<num>[\d.,]*\d)\s*(?P<scale>mln|mld|mrd|mio|dzd|k|m|md)\.?$", re.IGNORECASE
)
_DIGIT_SCALE_FACTORS = {"mln": 1e6, "mio": 1e6, "m": 1e6, "mld": 1e9, "mrd": 1e9, "md": 1e9,
                        "dzd": 1e3, "k": 1e3}


def _finite(value: float) -> float | None:
    """``value``, or None when it overflowed to infinity (a run of 309+ digits)."""
    return value if abs(value) != float("inf") else None


def parse_digits(text: str) -> float | None:
    """Parse a number written in digits with Dutch separators.

    ``"1.500"`` → 1500, ``"2,5"`` → 2.5, ``"1.500.000"`` → 1500000, ``"1.500,75"`` → 1500.75,
    ``"1 500"`` → 1500, ``",5"`` → 0.5.  A dot followed by exactly three digits is a thousands
    separator; any other dot (``"2.5"``) is read as a decimal point.  Returns ``None`` when the
    text is not a plain digit number.
    """
    t = text.strip().replace("\u2212", "-")
    if not t:
        return None
    try:
        if _THOUSANDS_DOT.match(t):
            return _finite(float(t.replace(".", "").replace(",", ".")))
        if _THOUSANDS_SPACE.match(t):
            return _finite(float(t.replace(" ", "").replace(",", ".")))
        if _DECIMAL_COMMA.match(t):
            return _finite(float(t.replace(",", ".")))
        if _DECIMAL_DOT.match(t):
            return _finite(float(t))
        if _LEADING_COMMA.match(t):
            return _finite(float("0" + t.replace(",", ".")))
        w = _WHOLE_AMOUNT.match(t)
        if w:
            return _finite(float(w.group("num").replace(".", "")))
    except ValueError:  # pragma: no cover - regexes guarantee the form
        return None
    return None


# --------------------------------------------------------------------------------------------
# Number words
# --------------------------------------------------------------------------------------------

_MORPHEMES: list[tuple[str, str, float]] = (
    [(w, "unit", v) for w, v in _UNITS.items() if w not in ("één", "eén")]
    + [(w, "teen", v) for w, v in _TEENS.items()]
    + [(w, "ten", v) for w, v in _TENS.items()]
    + [("honderd", "hundred", 100), ("duizend", "thousand", 1000),
       ("en", "and", 0), ("halve", "half", 0.5), ("half", "half", 0.5)]
    + [(w, "big", v) for w, v in _BIG_SCALES.items()]
)
_MORPHEMES.sort(key=lambda m: -len(m[0]))
#: The morphemes by first letter, longest first (the order :func:`_lex` tries them in).
_MORPHEMES_BY_FIRST: dict[str, list[tuple[str, str, float]]] = {}
for _m in _MORPHEMES:
    _MORPHEMES_BY_FIRST.setdefault(_m[0][0], []).append(_m)


@lru_cache(maxsize=1 << 16)
def _fold(text: str) -> str:
    """Lowercase and drop diacritics (ë → e, é → e) and joiners (spaces, hyphens)."""
    t = unicodedata.normalize("NFKD", text.lower())
    t = "".join(c for c in t if not unicodedata.combining(c))
    return re.sub(r"[\s\-‐]+", "", t)


def _lex(word: str) -> list[tuple[str, str, float]] | None:
    """Split a folded number word into morphemes (longest match first, with backtracking)."""
    if not word:
        return []
    for text, kind, value in _MORPHEMES_BY_FIRST.get(word[0], ()):
        if word.startswith(text):
            rest = _lex(word[len(text):])
            if rest is not None:
                return [(text, kind, value)] + rest
    return None


def _evaluate(morphs: list[tuple[str, str, float]]) -> float | None:
    """Evaluate a morpheme list; ``None`` for sequences that are no well-formed Dutch number.

    Besides the plain compounds this reads ``en`` after ``honderd``/``duizend`` (``honderdenzes``
    106, ``tweeduizendenzestien`` 2016) and a half after ``en`` (``tweeënhalf``, ``tweeëneenhalf``,
    ``twaalfenhalve`` → n + 0.5, the half closing the word); ``eenhalf`` alone is 0.5.
    """
    kinds = [k for _, k, _ in morphs]
    if kinds == ["unit", "half"] and morphs[0][2] == 1:
        return 0.5
    result = 0.0  # millions and above, already multiplied
    total = 0.0  # thousands within the current block
    current = 0.0  # below one thousand (or a hundreds multiplier like negentien in negentienhonderd)
    prev = "start"
    seen_value = False
    i = 0
    n = len(morphs)
    while i < n:
        _, kind, value = morphs[i]
        # "... en (een) half" closing the word: tweeënhalf, tweeëneenhalf, twaalfenhalve
        if kind in ("unit", "teen", "ten") and prev not in ("unit", "teen", "ten", "half"):
            rest = kinds[i + 1:]
            if rest in (["and", "half"], ["and", "unit", "half"]) and (
                    len(rest) == 2 or morphs[i + 2][2] == 1):
                if prev == "and" and kind == "ten":
                    return None
                return result + total + current + value + 0.5
        if kind == "unit":
            if prev in ("unit", "teen", "ten", "half"):
                return None
            # units + en + tens ("vijfenzeventig")
            if i + 2 < n and morphs[i + 1][1] == "and" and morphs[i + 2][1] == "ten":
                current += value + morphs[i + 2][2]
                i += 3
                prev = "ten"
                seen_value = True
                continue
            if prev == "and" and morphs[i - 2][1] not in ("hundred", "thousand"):
                return None
            current += value
        elif kind in ("teen", "ten"):
            if prev in ("unit", "teen", "ten", "half"):
                return None
            if prev == "and" and morphs[i - 2][1] not in ("hundred", "thousand"):
                return None
            current += value
        elif kind == "hundred":
            if prev in ("hundred", "half"):
                return None
            if prev == "and" and (morphs[i - 2][1] != "thousand" or current):
                return None
            current = (current or 1.0) * 100
        elif kind == "thousand":
            if prev in ("thousand", "and", "half"):
                return None
            total += (current or 1.0) * 1000
            current = 0.0
        elif kind == "big":
            if prev in ("and", "half"):
                return None
            block = total + current
            result += (block or 1.0) * value
            total = current = 0.0
        elif kind == "and":
            rest = kinds[i + 1:]
            if prev in ("unit", "teen", "ten") and (rest == ["half"] or rest == ["unit", "half"] and morphs[i + 1][2] == 1):
                return result + total + current + 0.5  # "eenentwintigeneenhalf"
            # "honderdenzes", "duizendentwee": en straight after honderd/duizend, before the rest
            if prev not in ("hundred", "thousand") or i + 1 >= n:
                return None
            if prev == "hundred" and current % 100:
                return None
            prev = "and"
            i += 1
            continue
        else:  # a half in another place
            return None
        seen_value = True
        prev = kind
        i += 1
    if not seen_value or prev == "and":
        return None
    return result + total + current


def parse_number_words(text: str) -> float | None:
    """Parse Dutch number words: ``"dertig"`` → 30, ``"honderdvijfenzeventig"`` → 175,
    ``"drieëntwintigduizend"`` → 23000, ``"één miljoen tweehonderdduizend"`` → 1200000,
    ``"tweeduizendnegentien"`` → 2019, ``"negentienhonderd"`` → 1900, ``"tweeënhalf"`` → 2.5.

    Accepts the diaeresis or not (``tweeentwintig``), spaces or hyphens between parts.
    Fractions: ``"anderhalf"`` 1.5, ``"driekwart"`` 0.75, ``"een half"`` 0.5, ``"een derde"``
    1/3, ``"twee derde"`` 2/3, ``"de helft"`` 0.5, ``"drie kwart"`` 0.75.
    Returns ``None`` when the text is not a number.
    """
    raw = text.strip().lower()
    if not raw:
        return None
    words = raw.split()
    if words and words[0] == "de" and len(words) == 2 and words[1] == "helft":
        return 0.5
    folded_one = _fold(raw)
    if folded_one in _ONE_WORD_FRACTIONS:
        return _ONE_WORD_FRACTIONS[folded_one]
    if folded_one in ("half", "helft"):
        return 0.5
    # "<count> <fraction>": een derde, twee derde, drie kwart, een half
    if len(words) >= 2 and _fold(words[-1]) in _FRACTION_WORDS and _fold(words[-1]) != "helft":
        head = " ".join(words[:-1])
        count = parse_number_words(head) if head not in ("een", "één") else 1.0
        if count is not None and count == int(count) and count < 100:
            return count * _FRACTION_WORDS[_fold(words[-1])]
        return None
    morphs = _lex(folded_one)
    if morphs is None:
        return None
    return _evaluate(morphs)


def is_number_word(word: str) -> bool:
    """Whether a word is a number in digits or number words ('60', '1.500', 'zestig', 'vijfentwintig')."""
    return word.replace(",", "").replace(".", "").isdigit() or parse_number_words(word) is not None


def parse_number(text: str) -> float | None:
    """Parse one exact Dutch number expression into a float, or ``None``.

    Handles digits with Dutch separators (``1.500``, ``2,5``, ``1.500.000``), digits or words
    with a scale (``2,5 miljoen``, ``3 mld``, ``12 mln``, ``1,2 mrd``, ``twee miljard``,
    ``3,5 duizend``), number words including compounds and fractions (see
    :func:`parse_number_words`), and ``€``/``$``/``%`` glued to digits (``€2,5``, ``10%``).
    Vague amounts (``duizenden``) and hedges are not exact numbers: use
    :func:`parse_quantity_expression` for them.
    """
    direct = parse_digits(text)
    if direct is not None:
        return direct
    words = split_words(text)
    if words and words[0] in ("€", "$", "£"):
        words = words[1:]
    if not words:
        return None
    m = scan_number(words, 0)
    if m is None or m.end != len(words) or m.kind == "vague":
        return None
    return m.value


# --------------------------------------------------------------------------------------------
# Token-level scanning
# --------------------------------------------------------------------------------------------

_WORD_RE = re.compile(r"[€$£]|\d+/\d+|\d[\d.,]*\d(?:[-–]\d[\d.,]*\d|[-–]\d)?%?|\d(?:[-–]\d[\d.,]*)?%?|,\d+|[^\s€$£]+")


def split_words(text: str) -> list[str]:
    """Split text into words roughly as spaCy's Dutch tokenizer does for numbers.

    ``"€2,5 miljoen"`` → ``["€", "2,5", "miljoen"]``; trailing punctuation is split off.
    """
    out: list[str] = []
    for w in text.split():
        for piece in _WORD_RE.findall(w):
            # split trailing sentence punctuation off words ("euro." → "euro", ".")
            m = re.match(r"^(.*?[^.,;:!?)\]\"'”’])([.,;:!?)\]\"'”’]+)$", piece)
            if m and not piece.endswith(("ca.", "mln.", "mld.", "mrd.")) and not re.match(r"^\d", piece):
                out.append(m.group(1))
                out.extend(m.group(2))
            else:
                out.append(piece)
    return out


@dataclass
class NumberMatch:
    """A number found by :func:`scan_number` in a list of words.

    ``end`` is one past the last word used.  ``kind`` says what sort of number it is:
    ``digits``, ``words``, ``fraction``, ``vague`` (duizenden, een tiental), ``multiplier``
    (tweemaal, verdubbeld) or ``percent_glued`` (``10%``: the unit is inside the word).
    """

    start: int
    end: int
    value: float
    kind: str
    approximate: bool = False
    glued_unit: str | None = None
    has_scale: bool = False
    article_one: bool = False  # the number is only the word "een"/"één"


@lru_cache(maxsize=1 << 16)
def _word_value(w: str) -> tuple[float, str] | None:
    """Value and kind of one word that is by itself a number (no scale handling)."""
    lw = w.lower()
    v = parse_digits(lw)
    if v is not None:
        return v, "digits"
    if not re.search(r"[a-zë]", lw):
        return None
    if lw in ("de", "en", "half", "halve", "helft", "derde", "kwart", "vierde", "vijfde", "tiende"):
        return None
    fw = _fold(lw)
    if fw in _ONE_WORD_FRACTIONS:
        return _ONE_WORD_FRACTIONS[fw], "fraction"
    if "-" in lw and lw.count("-") == 1:  # "een-achtste", "drie-vijfde"
        head, tail = lw.split("-")
        den = denominator_value(tail) if tail != "kwart" else 4.0
        hv = _word_value(head) if head else None
        if den is not None and hv is not None and hv[0] == int(hv[0]) and 0 < hv[0] < den:
            return hv[0] / den, "fraction"
    morphs = _lex(fw)
    if morphs is None:
        return None
    v = _evaluate(morphs)
    if v is None:
        return None
    return v, ("fraction" if v != int(v) else "words")


_VERVOUDIG_RE = re.compile(r"^ver(?P<num>[a-zë]+?)voudig(?:d|t|de|den|en|ing|e)?$")
_MAAL_RE = re.compile(r"^(?P<num>[a-zë]+?)maal$")
_VERDUBBEL = {"verdubbeld": 2.0, "verdubbelt": 2.0, "verdubbelen": 2.0, "verdubbeling": 2.0,
              "verdrievoudigd": 3.0}


_SLASH_FRACTION = re.compile(r"^(\d{1,3})/(\d{1,4})$")
_GLUED_UNIT = re.compile(r"^(\d[\d.,]*\d|\d)([^\d\s.,%\-–/][^\d\s]*)$")
_K_SUFFIX = re.compile(r"^(\d[\d.,]*)[kK]$")
_ORDINAL_IRREGULAR = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6,
                      "zevende": 7, "achtste": 8, "negende": 9, "tiende": 10, "elfde": 11, "twaalfde": 12}


@lru_cache(maxsize=1 << 16)
def ordinal_value(word: str) -> float | None:
    """The number of a Dutch ordinal word: ``derde`` 3, ``elfde`` 11, ``twintigste`` 20,
    ``honderdvierenveertigste`` 144, ``biljoenste`` 1e12 (plural ``-n`` too); else None."""
    w = _fold(word)
    if w.endswith(("sten", "den")) and len(w) > 5:
        w = w[:-1]
    for irr, v in _ORDINAL_IRREGULAR.items():
        if w.endswith(irr):
            head = w[: -len(irr)]
            if not head:
                return float(v)
            morphs = _lex(head)
            hv = _evaluate(morphs) if morphs else None
            if hv is not None and hv >= 100 and hv == int(hv) and hv % 100 == 0:
                return hv + v
            if head.endswith("en"):  # "honderdenderde"
                morphs = _lex(head[:-2])
                hv = _evaluate(morphs) if morphs else None
                if hv is not None and hv % 100 == 0:
                    return hv + v
            break
    for suffix in ("ste", "de"):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            morphs = _lex(w[: -len(suffix)])
            v = _evaluate(morphs) if morphs else None
            if v is not None and v == int(v) and v >= 13:
                if suffix == "de" and not (13 <= v <= 19 or v % 100 in range(13, 20)):
                    continue
                return v
    return None


@lru_cache(maxsize=1 << 16)
def denominator_value(word: str) -> float | None:
    """The denominator a fraction word names (``derde`` 3, ``kwart`` 4, ``achtsten`` 8,
    ``honderdste`` 100), or None (``tweede`` and ``eerste`` name no fraction)."""
    lw = word.lower()
    if lw in ("kwart", "kwarten"):
        return 4.0
    v = ordinal_value(lw)
    if v is None or v < 3:
        return None
    return v


def _is_denominator(word: str) -> bool:
    return denominator_value(word) is not None or word.lower() in ("half", "halve")


_KOMMA_DIGIT_WORDS = {"nul": "0", "een": "1", "één": "1", "eén": "1", "twee": "2", "drie": "3", "vier": "4",
                      "vijf": "5", "zes": "6", "zeven": "7", "acht": "8", "negen": "9"}


def scan_number(words: Sequence[str], i: int) -> NumberMatch | None:
    """Match the longest number expression that starts at ``words[i]``.

    Recognises digits (with scale words or abbreviations after them), number words (one or
    several words: ``één miljoen tweehonderdduizend``, ``tweeduizend en zestien``), fractions
    (``een derde``, ``de helft``, ``anderhalf``, ``een half``, ``vijf achtsten``, ``3/4``),
    mixed numbers (``twee en een half``, ``1 en 3 vierde``, ``honderd driekwart``, ``10 1/2``),
    fractions of a scale (``anderhalf miljoen``), decimals spoken with ``komma``
    (``twee komma vijf``), negatives with ``min`` (``min vijf``), collective numerals
    (``3 dozijn``), vague amounts (``duizenden``, ``honderden miljoenen``, ``een twintigtal``)
    and multiplier words (``tweemaal``, ``verdubbeld``, ``vervijfhonderdvoudigd``).  Hedges are
    not part of the match (see :func:`match_hedge`).
    """
    n = len(words)
    if i >= n:
        return None
    if words[i].lower() in ("min", "minus") and i + 1 < n:
        m = _scan_extended(words, i + 1)
        if m is None or m.kind not in ("digits", "words", "fraction") or m.value <= 0 \
                or words[i + 1].startswith(("-", "−")):
            return None
        return NumberMatch(i, m.end, -m.value, m.kind, m.approximate, m.glued_unit, m.has_scale)
    return _scan_extended(words, i)


#: First words whose number needs the words after them ("de helft", "een tiental", "half uur", "min vijf").
_STARTS_WITH_NEXT = frozenset({"de", "een", "één", "eén", "half", "halve", "kwart", "min", "minus"})


_AFTER_DE = frozenset({"helft", "ene", "andere"})  # "de helft", "de ene helft", "de andere helft"


def may_start_number(word: str, next_lower: str | None = None) -> bool:
    """Whether :func:`scan_number` can match at ``word`` (False means it never does: no digit, no
    number word, no vague amount, multiplier or fraction opener); ``next_lower``, the next word
    in lower case when known, rules out "de" before anything but a half."""
    if next_lower is not None and word.lower() == "de":
        return next_lower in _AFTER_DE
    return _may_start_number(word)


@lru_cache(maxsize=1 << 16)
def _may_start_number(word: str) -> bool:
    lw = word.lower()
    if any(c.isdigit() for c in lw) or lw.endswith("%"):
        return True
    if lw in _STARTS_WITH_NEXT or lw in VAGUE_WORDS or lw in _VERDUBBEL:
        return True
    if _VERVOUDIG_RE.match(lw) or _MAAL_RE.match(lw):
        return True
    return _word_value(word) is not None


def _place(value: float) -> float:
    """The largest power of ten that divides an integer value (300 → 100, 2000 → 1000)."""
    p = 1.0
    v = int(value)
    while v and v % 10 == 0:
        v //= 10
        p *= 10
    return p


def _scan_extended(words: Sequence[str], i: int, allow_and: bool = True) -> NumberMatch | None:
    m = _scan_core(words, i)
    if m is None or m.kind in ("vague", "multiplier") or m.glued_unit:
        return m
    n = len(words)
    if m.kind == "words" and m.end < n and ordinal_value(words[m.end]) is not None:
        return None  # "drieduizend tweehonderdtwintigste": the head of an ordinal written in two words
    integer = m.value == int(m.value)
    # a fraction of a scale: "anderhalf miljoen", "een half miljoen", "driekwart miljard", "een half dozijn"
    if m.kind == "fraction" and m.end < n:
        lw = words[m.end].lower()
        factor = _BIG_SCALES.get(lw) or (1000.0 if lw == "duizend" else None) or COLLECTIVE_WORDS.get(lw)
        if factor:
            m = NumberMatch(m.start, m.end + 1, m.value * factor, "words", has_scale=True)
            integer = m.value == int(m.value)
    # decimals spoken with "komma": "twee komma vijf", "nul komma nul vijf", "twaalf komma negenennegentig"
    if m.kind in ("words", "digits") and integer and m.end + 1 < n and words[m.end].lower() == "komma":
        digits = ""
        k = m.end + 1
        while k < n:
            lw = words[k].lower()
            if lw in _KOMMA_DIGIT_WORDS:
                digits += _KOMMA_DIGIT_WORDS[lw]
            elif not digits and re.fullmatch(r"\d+", lw):
                digits = lw
                k += 1
                break
            else:
                wv = _word_value(lw)
                if wv is None or wv[1] != "words" or wv[0] != int(wv[0]) or wv[0] < 10:
                    break
                digits += str(int(wv[0]))
            k += 1
        if digits:
            return NumberMatch(m.start, k, float(f"{int(m.value)}.{digits}"), "words")
        return m
    if not allow_and:
        return m
    # mixed numbers and sums with "en": "twee en een half", "1 en 3 vierde", "3 miljoen en een half",
    # "een miljard en een half miljoen", "driehonderd en twee dozijn"
    if m.kind in ("words", "digits") and integer and m.end + 1 < n and words[m.end].lower() == "en":
        m2 = _scan_extended(words, m.end + 1, allow_and=False)
        if m2 is not None and m2.kind in ("fraction", "words", "digits") and not m2.glued_unit \
                and not (m2.end < n and _is_denominator(words[m2.end])):
            last = words[m.end - 1].lower()
            scale = SCALE_WORDS.get(last) if m.has_scale and last in SCALE_WORDS else None
            if m2.kind == "fraction" and (m2.value < 1 or m.kind == "words"):
                add = m2.value * (scale or 1.0)
                return NumberMatch(m.start, m2.end, m.value + add, "words" if scale else "fraction",
                                   has_scale=m.has_scale)
            if m.kind == "words" and m2.kind == "words" and m2.has_scale and m2.value < _place(m.value):
                return NumberMatch(m.start, m2.end, m.value + m2.value, "words", has_scale=True)
    # a proper fraction straight after a whole number: "honderd driekwart", "twintig drie vijfde", "10 1/2"
    if m.kind in ("words", "digits") and integer and m.end < n and not m.article_one:
        m2 = _scan_core(words, m.end)
        if m2 is not None and m2.kind == "fraction" and m2.value < 1 and m2.end > m.end and (
                m.kind == "words" and words[m2.start].lower() not in ("de", "helft")
                or _SLASH_FRACTION.match(words[m.end])):
            return NumberMatch(m.start, m2.end, m.value + m2.value, "fraction", has_scale=m.has_scale)
    return m


def _scan_core(words: Sequence[str], i: int) -> NumberMatch | None:
    """Match the longest number expression that starts at ``words[i]``.

    Recognises digits (with scale words or abbreviations after them), number words (one or
    several words: ``één miljoen tweehonderdduizend``), fractions (``een derde``, ``de helft``,
    ``anderhalf``, ``een half``), vague amounts (``duizenden``, ``honderden miljoenen``,
    ``een twintigtal``) and multiplier words (``tweemaal``, ``verdubbeld``,
    ``vervijfhonderdvoudigd``).  Hedges are not part of the match (see :func:`match_hedge`).
    """
    n = len(words)
    if i >= n:
        return None
    w0 = words[i]
    lw0 = w0.lower()
    nxt = words[i + 1].lower() if i + 1 < n else ""

    # de helft, de ene helft, de andere helft
    if lw0 == "de" and nxt == "helft":
        return NumberMatch(i, i + 2, 0.5, "fraction")
    if lw0 == "de" and nxt in ("ene", "andere") and i + 2 < n and words[i + 2].lower() == "helft":
        return NumberMatch(i, i + 3, 0.5, "fraction")
    if lw0 == "helft":
        return None

    # vague amounts, optionally followed by a scale: "honderden miljoenen", "tientallen miljarden"
    if lw0 in VAGUE_WORDS:
        value = VAGUE_WORDS[lw0]
        j = i + 1
        if j < n and words[j].lower() in ("miljoenen", "miljarden", "duizenden"):
            value *= VAGUE_WORDS[words[j].lower()]
            j += 1
        elif j < n and words[j].lower() in ("miljoen", "miljard"):
            value *= SCALE_WORDS[words[j].lower()]
            j += 1
        return NumberMatch(i, j, value, "vague", approximate=True, has_scale=value >= 1e6)

    # een tiental / een twintigtal / een dozijn
    if lw0 in ("een", "één", "eén") and nxt:
        tal = _TAL_RE.match(_fold(nxt))
        if tal and nxt not in ("aantal", "getal"):
            base = _word_value(tal.group("num"))
            if base is not None and base[0] >= 2 and base[0] == int(base[0]):
                return NumberMatch(i, i + 2, base[0], "vague", approximate=True)
        if nxt == "dozijn":
            return NumberMatch(i, i + 2, 12.0, "vague", approximate=False)

    # "halve liter", "half uur", "kwart kopje": a fraction word straight before a unit of measure
    if lw0 in ("half", "halve", "kwart") and i + 1 < n and match_unit(words, i + 1) is not None:
        return NumberMatch(i, i + 1, 0.25 if lw0 == "kwart" else 0.5, "fraction")

    # multiplier words
    for rx in (_VERVOUDIG_RE, _MAAL_RE):
        mm = rx.match(lw0)
        if mm:
            inner = _word_value(mm.group("num"))
            if inner is not None and (inner[0] >= 2 or lw0 == "éénmaal"):
                return NumberMatch(i, i + 1, inner[0], "multiplier")
    if lw0 in _VERDUBBEL:
        return NumberMatch(i, i + 1, _VERDUBBEL[lw0], "multiplier")

    # glued percent: "10%", "2,5%"
    if lw0.endswith("%"):
        v = parse_digits(lw0[:-1])
        if v is not None:
            return NumberMatch(i, i + 1, v, "digits", glued_unit="%")
        return None

    # a unit glued to the digits: "75ml", "500g", "1,65m", "85°", "20€", "100t"
    gu = _GLUED_UNIT.match(w0)
    if gu and parse_digits(gu.group(1)) is not None and match_unit([gu.group(2)]) is not None \
            and gu.group(2).lower() not in _DIGIT_SCALE_FACTORS:
        return NumberMatch(i, i + 1, parse_digits(gu.group(1)), "digits", glued_unit=gu.group(2))  # type: ignore[arg-type]

    # glued scale abbreviation: "3mld", "12mln"
    gm = _DIGITS_SCALE.match(lw0)
    if gm and parse_digits(gm.group("num")) is not None and gm.group("scale").lower() in ("mln", "mld", "mrd", "mio"):
        v = parse_digits(gm.group("num"))
        assert v is not None
        return NumberMatch(i, i + 1, v * _DIGIT_SCALE_FACTORS[gm.group("scale").lower()], "digits",
                           has_scale=True)

    # a fraction written with a slash: "3/4 kopje", "2/1000 kilogram" (a proper fraction only)
    sm = _SLASH_FRACTION.match(w0)
    if sm:
        a, b = int(sm.group(1)), int(sm.group(2))
        if 0 < a < b:
            return NumberMatch(i, i + 1, a / b, "fraction")
        return None
    # "10k", "100K": thousands written with a k glued to the digits
    km = _K_SUFFIX.match(w0)
    if km and parse_digits(km.group(1)) is not None:
        return NumberMatch(i, i + 1, parse_digits(km.group(1)) * 1000.0, "digits", has_scale=True)  # type: ignore[operator]

    first = _word_value(w0)
    if first is None:
        return None
    value, kind = first
    j = i + 1
    # thousands separated by spaces, split into words: "12 000", "1 500 000" (Belgian style)
    if kind == "digits" and re.fullmatch(r"\d{1,3}", w0):
        k = j
        while k < n and re.fullmatch(r"\d{3}(?:,\d+)?", words[k]):
            k += 1
            if "," in words[k - 1]:
                break
        if k > j:
            joined = parse_digits(" ".join(words[i:k]))
            if joined is not None:
                value, j = joined, k
    article_one = lw0 in ("een", "één", "eén")

    # "<count> <fraction word>": een derde, twee derde, drie kwart, een half
    if j < n and kind in ("words", "digits") and value == int(value) and 0 < value < 100:
        fw = words[j].lower()
        if fw in _FRACTION_WORDS and fw != "helft":
            frac = value * _FRACTION_WORDS[fw]
            if fw in ("half", "halve") and value != 1:
                return None if kind == "digits" else NumberMatch(i, j + 1, value + 0.5, "fraction")
            return NumberMatch(i, j + 1, frac, "fraction")
        den = denominator_value(words[j])
        if den is not None and (value < den or den <= 20):
            return NumberMatch(i, j + 1, value / den, "fraction")
    elif j < n and kind in ("words", "digits") and value == int(value) and 100 <= value < 1e6 \
            and denominator_value(words[j]) is not None and value < denominator_value(words[j]):  # type: ignore[operator]
        return NumberMatch(i, j + 1, value / denominator_value(words[j]), "fraction")  # type: ignore[operator]

    # further words of the same number
    has_scale = False
    if kind == "digits":
        if j < n:
            lw = words[j].lower()
            if lw.endswith(".") and lw[:-1] in ("mln", "mld", "mrd", "mio", "dzd"):
                lw = lw[:-1]
            if lw in SCALE_WORDS or lw in COLLECTIVE_WORDS or words[j] in ("k", "K"):
                value *= SCALE_WORDS.get(lw) or COLLECTIVE_WORDS.get(lw) or 1000.0
                has_scale = True
                j += 1
    elif kind == "words":
        # a written number over several words: "één miljoen tweehonderdduizend"
        parts = [_fold(w0)]
        best_j, best_v = j, value
        k = j
        while k < n:
            lw = words[k].lower()
            fw = _fold(lw)
            if k + 1 < n and _is_denominator(words[k + 1]) and lw not in SCALE_WORDS:
                break  # "… tweehonderd drie vijfde": drie is the numerator of the fraction
            if lw == "en" and k + 1 < n and not (k + 2 < n and (
                    _is_denominator(words[k + 2]) or words[k + 2].lower() in COLLECTIVE_WORDS
                    or words[k + 2].lower() in SCALE_WORDS)) and not (
                        words[k + 1].lower() in ("een", "één", "eén") and (
                            not parts[-1].endswith(("honderd", "duizend"))
                            or k + 2 < n and words[k + 2].lower() in _NOT_AMOUNT_AFTER_EEN)):
                # spaced "en" inside one number: "drie en dertig", "tweeduizend en zestien"
                nf = _fold(words[k + 1])
                if re.fullmatch(r"[a-z]+", nf):
                    morphs = _lex("".join(parts + ["en", nf]))
                    v = _evaluate(morphs) if morphs is not None else None
                    if v is not None and v == int(v):
                        parts += ["en", nf]
                        k += 2
                        best_j, best_v = k, v
                        continue
                break
            if lw in ("een", "en") or not re.fullmatch(r"[a-z]+", fw):
                break
            # a trailing "één" only straight after a scale word: "één miljoen één"
            if lw in ("één", "eén") and parts[-1] not in ("miljoen", "miljard", "biljoen"):
                break
            morphs = _lex("".join(parts + [fw]))
            if morphs is None:
                break
            v = _evaluate(morphs)
            if v is None:
                break
            parts.append(fw)
            k += 1
            best_j, best_v = k, v
        if best_j > j:
            has_scale = any(p in SCALE_WORDS for p in parts[1:]) or best_v >= 1000
        j, value = best_j, best_v
    # collective numerals after words: "drie dozijn", "twee dozijnen"
    if kind == "words" and j < n and words[j].lower() in COLLECTIVE_WORDS:
        value *= COLLECTIVE_WORDS[words[j].lower()]
        j += 1
        has_scale = True
    if article_one and not has_scale and j == i + 1:
        return NumberMatch(i, j, value, kind, article_one=True)
    return NumberMatch(i, j, value, kind, has_scale=has_scale)


def match_hedge(words_before: Sequence[str]) -> HedgeInfo | None:
    """The hedge that ends exactly at the end of ``words_before``, if any (longest first)."""
    low = [w.lower() for w in words_before]
    for k in range(min(_MAX_HEDGE_WORDS, len(low)), 0, -1):
        cand = " ".join(low[-k:])
        if cand in HEDGES:
            return HEDGES[cand]
    return None


# --------------------------------------------------------------------------------------------
# Whole expressions
# --------------------------------------------------------------------------------------------


@dataclass
class NumberParse:
    """A parsed quantity expression.

    ``value`` follows GOLD-FORMAT: the written number (hedges do not change it), the base of a
    vague amount (duizenden → 1000) or the lower end of a range.  ``lower``/``upper`` are the
    bounds the words give (``ruim 200`` → lower 200; ``bijna 5`` → upper 5; ``10 tot 15`` →
    10 and 15; ``duizenden`` → 1000 and 10000).  ``unit`` is the word(s) after the number
    (``"euro"``, ``"procent"``, ``"%"``, ``"soldaten"``) or ``None``; ``currency`` the canonical
    currency if the unit is money; ``percent`` whether it is a percentage (or procentpunt).
    """

    value: float
    lower: float | None = None
    upper: float | None = None
    approximate: bool = False
    hedge: str | None = None
    bound: Bound | None = None
    unit: str | None = None
    currency: str | None = None
    percent: bool = False
    kind: str = "exact"
    words_used: int = 0
    extra: dict[str, str] = field(default_factory=dict)


#: Words after "een" that make it an article of a vague phrase, not the number 1.
_NOT_AMOUNT_AFTER_EEN = frozenset({"paar", "handvol", "aantal", "hoop", "boel", "stel", "reeks",
                                   "groot", "klein", "heleboel", "massa", "serie"})

_RANGE_JOINERS = ("tot en met", "tot", "à", "a", "-", "–", "a\u0300", "of")


def _range_sep(words: Sequence[str], j: int) -> int:
    """Number of words of a range separator at ``words[j]`` (0 if none)."""
    low = [w.lower() for w in words[j:j + 3]]
    if low[:3] == ["tot", "en", "met"]:
        return 3
    if low[:1] and low[0] in ("tot", "à", "-", "–", "á"):
        return 1
    return 0


def scan_range_token(word: str) -> tuple[float, float] | None:
    """Read a one-token range like ``"10-15"`` or ``"2,5-3"``; ``None`` if it is not one."""
    m = re.match(r"^(\d[\d.,]*)[-–][€$£]?(\d[\d.,]*)$", word)
    if not m:
        return None
    a, b = parse_digits(m.group(1)), parse_digits(m.group(2))
    if a is None or b is None:
        return None
    return a, b


def parse_quantity_expression(expr: str | Sequence[str]) -> NumberParse | None:
    """Parse a hedged, vague, ranged or exact amount with an optional unit.

    ``expr`` is a string or a list of words.  Examples::

        "ruim 2,5 miljoen euro"     → value 2.5e6, lower 2.5e6, approximate, hedge "ruim", unit "euro"
        "duizenden soldaten"        → value 1000, lower 1000, upper 10000, approximate, unit "soldaten"
        "tussen 10 en 20 procent"   → value 10, lower 10, upper 20, approximate, unit "procent"
        "vijf à zes keer"           → value 5, upper 6, approximate, unit "keer"
        "10-15 mensen"              → value 10, upper 15, approximate
        "€ 3 mld"                   → value 3e9, unit "€", currency "euro"
        "12%"                       → value 12, unit "%", percent
        "een derde"                 → value 0.3333…

    Returns ``None`` if no number starts the expression (after an optional hedge).
    """
    words = split_words(expr) if isinstance(expr, str) else list(expr)
    words = [w for w in words if w]
    if not words:
        return None
    # hedge: longest prefix in the table
    hedge: HedgeInfo | None = None
    start = 0
    low = [w.lower() for w in words]
    for k in range(min(_MAX_HEDGE_WORDS, len(low)), 0, -1):
        cand = " ".join(low[:k])
        if cand in HEDGES and k < len(words):
            hedge = HEDGES[cand]
            start = k
            break
    between = False
    if start < len(words) and low[start] == "tussen":
        between = True
        start += 1
    if start < len(words) and low[start] == "van" and not between:
        start += 1  # "van 10 tot 20"
    prefix_unit: str | None = None
    if start < len(words) and words[start] in ("€", "$", "£"):
        prefix_unit = words[start]
        start += 1

    rng = scan_range_token(words[start]) if start < len(words) else None
    if rng is not None:
        m = NumberMatch(start, start + 1, rng[0], "digits")
        upper_val: float | None = rng[1]
    else:
        m = scan_number(words, start)
        if m is None:
            return None
        if m.article_one and m.end < len(words) and low[m.end] in _NOT_AMOUNT_AFTER_EEN:
            return None
        upper_val = None
    j = m.end
    # second half of a range
    if upper_val is None:
        if between and j < len(words) and low[j] == "en":
            sep = 1
        else:
            sep = _range_sep(words, j)
        if sep:
            m2 = scan_number(words, j + sep)
            if m2 is not None:
                upper_val = m2.value
                # "2 tot 3 miljoen": the scale of the upper end applies to the lower end
                if m2.has_scale and not m.has_scale and m2.value > m.value:
                    scale = m2.value / (parse_number(words[j + sep]) or 1.0)
                    m = NumberMatch(m.start, m.end, m.value * scale, m.kind, has_scale=True)
                j = m2.end
    unit: str | None = None
    if m.glued_unit:
        unit = m.glued_unit
    elif prefix_unit:
        unit = prefix_unit
    # unit words after the number: up to the first noun-like word; adjectives are skipped
    if unit is None and j < len(words):
        k = j
        while k < len(words) - 1 and words[k].lower().endswith("e") and words[k].lower() not in CURRENCY_WORDS \
                and words[k].lower() not in ("keer", "uur"):
            k += 1
        cand = words[k].strip("'\"‘’“”")
        if cand and re.match(r"^[\w€$£%'’-]+$", cand) and not re.match(r"^\d", cand):
            unit = cand
    if unit is None and m.kind == "multiplier":
        unit = "keer"
    kind = m.kind
    value = m.value
    lower: float | None = None
    upper: float | None = None
    approximate = m.approximate
    bound: Bound | None = None
    if kind == "vague":
        lower, upper = value, value * 10
        bound = "vague"
    if upper_val is not None:
        lower, upper = value, upper_val
        approximate = True
        bound = "range"
        kind = "range"
    if hedge is not None:
        approximate = approximate or hedge.approximate
        bound = bound if bound in ("range",) else hedge.bound
        if hedge.bound == "at_least":
            lower = value
        elif hedge.bound in ("at_most", "cap"):
            upper = value
    ul = (unit or "").lower()
    currency = CURRENCY_WORDS.get(ul)
    percent = ul in PERCENT_WORDS
    return NumberParse(
        value=value, lower=lower, upper=upper, approximate=approximate,
        hedge=hedge.text if hedge else None, bound=bound, unit=unit, currency=currency,
        percent=percent, kind=kind, words_used=j,
    )
