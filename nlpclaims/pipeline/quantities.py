"""spaCy component ``nlpclaims_quantities``: numbers that count or measure something.

Sets ``doc._.quantities`` to a list of :class:`nlpclaims.schema.Quantity`, sorted by start,
following ``GOLD-FORMAT.md`` section 2: the span runs from the number (or a currency symbol
before it) through the head noun of what is counted, skipping adjectives
(``57 Oekraïense drones`` → unit ``drones``); hedges (ruim, bijna, zo'n …) stay outside the
span and make the quantity approximate; a range is one item valued at its lower end.

Dates, clock times, years, time points (``drie weken geleden``), ages, number adjectives,
sports scores, identifiers (``artikel 44``) and references that assert no amount
(``de twee leiders``) are left out; the article ``een`` only counts in durations and measures.

The component uses part-of-speech tags when the pipeline has them (UD tags: NOUN, PROPN, ADJ,
…) and falls back on word lists and word shape on ``spacy.blank("nl")``.  ``speaker`` and
``claim`` stay ``None``: another component links quantities to claims.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from .. import extensions as ext
from ..lang.numbers import (
    CURRENCY_WORDS,
    HEDGES,
    PERCENT_WORDS,
    HedgeInfo,
    NumberMatch,
    denominator_value,
    match_hedge,
    may_start_number,
    parse_digits,
    scan_number,
    scan_range_token,
)
from ..lang.words import W
from ..lang.units import UNITS, canonical_unit, currency_of, match_unit
from ..schema import Quantity
from .attribution.segments import doc_tokens

__all__ = ["QuantityFinder", "make_quantities", "make_quantity_finder", "quantities_to_json", "TIME_UNITS", "MEASURE_UNITS"]



def _alternation(name: str) -> str:
    """A regex alternation of a word list, in its file order."""
    return "|".join(re.escape(w) for w in W.tuple(name))


#: Units of time: with these, ``een`` counts and a determiner does not make a reference.
TIME_UNITS: frozenset[str] = W.time_units | frozenset(f for u in UNITS.units if u.kind == "duration" for f in u.forms)
#: Units of measure (and money, percent, multipliers): with these, ``een`` counts.
MEASURE_UNITS: frozenset[str] = W.measure_units | frozenset(CURRENCY_WORDS) | frozenset(
    f.lower() for u in UNITS.units for f in u.forms if " " not in f and f not in u.case_sensitive_forms
)
#: Units after which the article "een" is the number 1 ("een maand lang", "een procent").
_EEN_UNITS: frozenset[str] = (TIME_UNITS | MEASURE_UNITS) - W.een_not_one_units

_MONTHS = W.month_names
_YEAR_BEFORE = W.year_before | _MONTHS
_TIMEPOINT_AFTER = W.timepoint_after
_DETERMINERS = W.quantity_determiners
_DEMONSTRATIVES = W.quantity_demonstratives
_REF_MODIFIERS = W.reference_modifiers
_ID_BEFORE = W.identifier_before
_SCORE_NOUNS = W.score_nouns
#: Words that are never the counted noun (function words, frequent verbs and adverbs).
_FUNCTION_WORDS = W.not_counted_nouns
_PLURAL_RE = re.compile(rf"(?:{_alternation('plural_noun_endings')})$")
_ADJ_INVARIANT = W.invariant_adjectives
_NOMINAL_DEPS = frozenset("nsubj obj iobj obl nmod appos conj".split())
_PARTICIPLE_RE = re.compile(
    rf"^(?:{_alternation('participle_starts')}|(?:[a-z]+)(?:{_alternation('participle_infix')}))[a-z]+"
    rf"(?:{_alternation('participle_endings')})$")
_COPULAS = W.value_copulas
#: Punctuation after which a written sentence goes on (a parse may still start a new one there).
_NOT_SENTENCE_END = frozenset({":", ";", ","})
_AGE_UNITS = W.age_units
_AGE_ADVERBS = W.age_adverbs
_ORDINAL_FRACTIONS = W.ordinal_fractions
_PLURAL_TIME = W.plural_time_units
_PARTICIPLE_PREFIXES = W.tuple("participle_prefixes")
_ADJ_DE_TE = W.adjectives_in_de_te
_TOT_EN_MET = list(W.tuple("tot_en_met"))  # "1 tot en met 5"
_TUSSEN_DE = list(W.tuple("tussen_de"))
_AND = list(W.tuple("conj_and"))
_TIMES = W.tuple("times_unit")[0]
_DECADE = W.tuple("decade_plural")
_AGE_NOUNS = W.tuple("age_nouns")
_ADJ_ENDING = W.tuple("adjective_ending")
_INFLECTED_ADJ = rf"[^\W\d_][\w\-]*(?:{_alternation('adjective_ending')})"
_DE_TE = W.tuple("participle_adjective_endings")
_QUOTES = frozenset("'\"‘’“”„‚")
_CLOCK_RE = re.compile(r"^\d{1,2}[.:]\d{2}$")
_RANGE_SEPARATORS = W.tuple("range_separators")
#: Hedges that may open the upper end of a range: "van 20 tot zo'n 90 euro", "2 - ~7 gram".
_RANGE_INNER_HEDGES = W.range_inner_hedges


@dataclass
class _Found:
    start_tok: int  # first token of the span
    end_tok: int  # one past the last token of the span
    value: float
    unit: str | None
    approximate: bool
    lower: float | None
    upper: float | None
    hedge: str | None
    inherited: bool = False
    canonical: str | None = None
    end_trim: int = 0
    partitive: bool = False  # the unit came from partitive "er"/"daarvan"  # characters of the last token left out of the span ("kg." at a sentence end)


class QuantityFinder:
    """Find quantities in a Doc and store them as ``doc._.quantities``.

    ``inherit_units``: a bare number after an earlier quantity in the same sentence takes that
    quantity's unit (``34 gedetineerden uit Oekraïne en 35 uit Rusland``), and a bare
    ``miljoen``/``miljard`` amount takes the last currency of the text (else
    ``default_currency``).  ``min_reference_value``: after a determiner (``de 39
    mountainbikers``) a number below this value is read as a reference to a known group, not
    a new amount (durations, money and percentages excepted).
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "nlpclaims_quantities",
        *,
        inherit_units: bool = True,
        default_currency: str = "euro",
        min_reference_value: float = 10.0,
        money_ton: bool = True,
    ) -> None:
        self.name = name
        self.inherit_units = inherit_units
        self.default_currency = default_currency
        self.min_reference_value = min_reference_value
        self.money_ton = money_ton
        self._last_found: list[_Found] = []

    # ------------------------------------------------------------------ public

    def __call__(self, doc: Doc) -> Doc:
        """Set ``doc._.quantities``."""
        ext.register_extensions()
        doc._.quantities = self.find(doc)
        return doc

    def find(self, doc: Doc) -> list[Quantity]:
        """The quantities of ``doc``, sorted by start (``doc`` is not changed)."""
        ctx = _Context(doc)
        found: list[_Found] = []
        i = 0
        n = len(doc)
        while i < n:
            self._last_found = found
            f = self._at(ctx, i, found) if ctx.may_start[i] else None
            if f is None:
                i = max(i + 1, ctx.skip_until)
                continue
            found.append(f)
            i = max(f.end_tok, i + 1)
        out: list[Quantity] = []
        text = doc_tokens(doc).text
        for f in found:
            if not all(math.isfinite(x) for x in (f.value, f.lower or 0.0, f.upper or 0.0)):
                continue  # '9…9 biljoen' overflows to inf, which JSON cannot carry
            start = doc[f.start_tok].idx
            last = doc[f.end_tok - 1]
            end = last.idx + len(last.text) - f.end_trim
            canonical = f.canonical if f.canonical is not None else canonical_unit(f.unit)
            out.append(
                Quantity(
                    text=text[start:end], start=start, end=end, value=float(f.value), unit=f.unit,
                    canonical_unit=canonical,
                    approximate=f.approximate, lower=f.lower, upper=f.upper, hedge=f.hedge,
                    speaker=None, claim=None,
                )
            )
        out.sort(key=lambda q: (q.start, q.end))
        return out

    # ------------------------------------------------------------------ one position

    def _at(self, ctx: "_Context", i: int, found: list[_Found]) -> _Found | None:
        ratio = self._ratio(ctx, i)
        if ratio is not None:
            return ratio
        lw = ctx.lower
        n = len(lw)
        start_tok = i
        prefix_unit: str | None = None
        j = i
        if i + 1 < n and currency_of(ctx.words[i]) is not None and (
                lw[i] in ("€", "$", "£", "¥") or re.match(r"^\d", ctx.words[i + 1])):
            prefix_unit = ctx.words[i]  # "€ 24", "$10", "EUR 20"
            j = i + 1
        tok_text = ctx.words[j]
        # ",77": a decimal written without the leading zero (the tokenizer splits the comma off)
        if _leading_comma_digits(ctx, j - 1):
            return None  # read from the comma
        lead = _leading_comma_digits(ctx, j)
        # clock times and dates inside one token
        # a dot before two digits is a clock time in Dutch ("14.30 uur", "van 9.00 tot 17.00"):
        # decimals take a comma
        if _CLOCK_RE.match(tok_text):
            return None
        if lw[j] in ("miljoen", "miljard", "duizend", "biljoen", "mln", "mld", "mrd") and j > 0 \
                and (re.match(r"^\d", ctx.words[j - 1]) or ctx.doc[j - 1].like_num):
            return None  # the scale of a number before it ("vier miljoen …ste")
        rng = scan_range_token(tok_text)
        upper_val: float | None = None
        if lead:
            m = NumberMatch(j, j + 2, parse_digits("," + ctx.words[j + 1]) or 0.0, "digits")
        elif rng is not None:
            a, b = rng
            nxt = lw[j + 1] if j + 1 < n else ""
            if a >= b or nxt in _SCORE_NOUNS or 1800 <= a and b <= 2100 and re.fullmatch(r"\d{4}[-–]\d{2,4}", tok_text):
                return None  # sports score or year span
            m = NumberMatch(j, j + 1, a, "digits")
            upper_val = b
        else:
            m = scan_number(ctx.words, j)
            if m is None:
                return None
        if prefix_unit is None and m.kind == "digits" and i > 0 and currency_of(ctx.words[i - 1]) is not None:
            return None  # handled from the symbol
        k = m.end
        # second half of a range: "10 tot 15", "vijf à zes", "tussen 10 en 20", "5 % tot 20 %"
        between = i > 0 and lw[i - 1] in W.tussen_preposition or i > 1 and lw[i - 1] in W.common_article and lw[i - 2] in W.tussen_preposition
        if upper_val is None and k + 2 < n and lw[k] == "%" and lw[k + 1] in W.percent_range_separators:
            m2 = scan_number(ctx.words, k + 2)
            if m2 is not None and m2.value > m.value and (m2.glued_unit == "%" or m2.end < n and lw[m2.end] == "%"):
                upper_val = m2.value
                k = m2.end if m2.glued_unit else m2.end + 1
                m = NumberMatch(m.start, m.end, m.value, m.kind, glued_unit="%")
        range_unit: tuple[str, int] | None = None  # "tussen 1 ons en 10 ons": the unit written at both ends
        if upper_val is None and k < n:
            k0 = k
            um = match_unit(ctx.words, k) if not m.glued_unit else None
            if um is not None and k + um.n_words < n:
                k = k + um.n_words  # look for the separator after the unit
            sep = 0
            if between and lw[k] in W.conj_and:
                sep = 1
            elif lw[k] in _RANGE_SEPARATORS:
                sep = 1
            elif lw[k : k + 3] == _TOT_EN_MET:
                sep = 3
            elif lw[k] in W.conj_or and um is None:
                sep = 1  # "vijf of zes keer": two neighbouring numbers
            q = k + sep
            while sep and q < n and lw[q] in _RANGE_INNER_HEDGES:
                q += 1  # "20 tot zo'n 90 euro", "2 - ~7 gram"
            m2 = scan_number(ctx.words, q) if sep and q < n else None
            ok = m2 is not None and m2.kind != "vague" and m2.value > m.value and not m2.glued_unit \
                and not (self._is_year_like(ctx, q, m2) and self._is_year_like(ctx, j, m)
                         and not (m2.end < n and self._nounish(ctx, m2.end, 2.0) and lw[m2.end] not in TIME_UNITS))
            if ok and lw[k] in W.conj_or and not (m2.value - m.value == 1 and m.value == int(m.value)):
                ok = False
            if ok and um is not None:
                um2 = match_unit(ctx.words, m2.end)  # type: ignore[union-attr]
                ok = um2 is not None and um2.text.lower() == um.text.lower()
                if ok:
                    range_unit = (um.text, m2.end + um2.n_words)  # type: ignore[union-attr]
            if ok:
                assert m2 is not None
                upper_val = m2.value
                if m2.has_scale and not m.has_scale:
                    base = scan_number(ctx.words[q : q + 1], 0)
                    if base is not None and base.value:
                        scale = m2.value / base.value
                        m = NumberMatch(m.start, m.end, m.value * scale, m.kind, has_scale=True)
                        upper_val = m2.value
                k = m2.end
            else:
                k = k0
        # hedge before the number (or before the currency symbol)
        hedge = self._hedge(ctx, start_tok)
        # ---------------------------------------------------------------- exclusions
        if self._excluded_left(ctx, start_tok, j, m, hedge):
            if upper_val is not None:
                ctx.skip_until = k
            return None
        value = m.value
        approximate = m.approximate
        # ---------------------------------------------------------------- unit
        unit: str | None = None
        end_tok = k
        inherited = False
        canonical: str | None = None
        end_trim = 0
        partitive = False
        if range_unit is not None:
            unit, end_tok = range_unit
        elif m.glued_unit:
            unit = m.glued_unit
        elif prefix_unit:
            unit = prefix_unit
        elif m.kind == "multiplier":
            unit = _TIMES
        else:
            res = self._unit_after(ctx, k, m)
            if res is not None:
                unit, end_tok = res
                # a fraction takes a unit word or a tagged noun, not any "-en" word ("een kwart terugdringen")
                if m.kind == "fraction" and not ctx.has_pos and not _is_unit(unit) and unit.lower() not in _EEN_UNITS:
                    unit, end_tok = None, k
        # "een derde werk", "een tiende plaats": an ordinal, not a fraction (fractions of this form take "van")
        if m.kind == "fraction" and lw[k - 1] not in W.quarter and denominator_value(lw[k - 1]) is not None \
                and not (k < n and lw[k] in W.of_preposition) and (unit is None or not _is_unit(unit)) \
                and (k - m.start < 2 or lw[m.start] in W.one_words):
            return None  # "een derde werk" is an ordinal; "twee derde meerderheid" a fraction
        # "3/4" without a unit is a date (3 april), not a fraction
        if m.kind == "fraction" and "/" in ctx.words[k - 1] and (unit is None or not _is_unit(unit) and not (
                k < n and lw[k] in W.of_preposition) or i > 0 and lw[i - 1] in _YEAR_BEFORE):
            return None
        if unit is None and m.kind == "fraction" and k < n and lw[k] in W.of_preposition:
            res = self._fraction_of(ctx, k)
            if res is not None:
                unit, end_tok = res
        if unit is None and m.kind == "fraction" and value == 0.5 and lw[k - 1] in W.half_noun \
                and not (k < n and lw[k] in W.of_preposition):
            # a bare "de helft" shares out a group named before: "meer dan de helft komt niet buiten"
            unit = self._antecedent_unit(ctx, start_tok, found)
            inherited = unit is not None
        if unit is None and m.kind in ("digits", "words") and not m.article_one:
            part = self._partitive_unit(ctx, start_tok, k, found)
            if part is not None:
                unit, inherited, partitive = part, True, True  # "Dit jaar zijn dat er 1400", "17 daarvan"
        # exclusions that need the unit
        if self._excluded_right(ctx, start_tok, j, m, unit, end_tok, hedge, upper_val):
            if upper_val is not None:
                ctx.skip_until = end_tok  # an excluded range: its upper end is not read alone
            return None
        if unit is not None and unit.lower() in W.ton_unit:
            # "ton": a weight (1000 kg), or in money talk 100.000 euro; the sentence decides
            reading = _context_reading(ctx, start_tok)
            if reading is None and m.kind == "digits" and value >= 10:
                reading = "mass"  # "16.000 ton graan"
            if reading == "money" and self.money_ton and value < 100 \
                    and not (end_tok < n and self._nounish(ctx, end_tok, 2.0)):
                value *= 100_000
                unit = ctx.last_currency(start_tok) or self.default_currency
                canonical = currency_code(unit)
            elif reading != "mass":
                return None  # no word says whether it is money or weight: left out
        elif unit is not None and unit.lower() in ("pond", "ponden") and _context_reading(ctx, start_tok) == "mass":
            canonical = ""  # the Dutch pound of 500 gram, not the British currency
        if unit is not None and not inherited:
            comp = self._compound(ctx, end_tok, unit, value)
            if comp is not None:
                value, end_tok = comp
        # "- 20 graden": a minus sign before a temperature
        if unit is not None and value > 0 and start_tok > 0 and lw[start_tok - 1] in ("-", "−", "–") \
                and _unit_kind(unit) in ("temperature", "angle") and upper_val is None \
                and (start_tok < 2 or not ctx.doc[start_tok - 2].like_num):
            value = -value
            start_tok -= 1
        if unit is None:
            # "een BMI van 45"
            xw = ctx.words[i - 2] if i >= 2 else ""
            if i >= 2 and lw[i - 1] in W.of_preposition and not m.article_one and m.kind in ("digits", "words") \
                    and self._nounish(ctx, i - 2, 2.0) and len(xw) > 1 and xw.isupper() and not m.has_scale:
                start_tok = i - 2
                unit = ctx.words[i - 2]
            elif any(lw[t] in _BIG_SCALE_WORDS for t in range(m.start, m.end)) or (
                    m.kind == "vague" and value >= 1e6):
                # a bare "270 miljoen": the unit of a parallel amount just before it ("Tien miljoen
                # mensen, twaalf miljoen?"), else money in the text's currency
                unit = self._parallel_unit(ctx, start_tok, found) or self._apposition_unit(ctx, start_tok) \
                    or ctx.last_currency(start_tok) or ctx.next_currency(start_tok) \
                    or ctx.next_currency(start_tok, anywhere=True) or self.default_currency
                inherited = True
            elif self.inherit_units and not m.article_one and m.kind in ("digits", "words") and not (
                    between and upper_val is None and k < n and lw[k] in W.conj_and):
                unit = self._inherit(ctx, start_tok, found, len(hedge.text.split()) if hedge else 0)
                inherited = unit is not None
        if unit is None:
            return None
        if upper_val is not None:
            approximate = True
        lower: float | None = None
        upper: float | None = None
        if m.kind == "vague":
            lower, upper = value, value * 10
        if upper_val is not None:
            lower, upper = value, upper_val * (value / m.value if m.value else 1.0)
        hedge_text: str | None = None
        if hedge is not None:
            hedge_text = hedge.text
            approximate = approximate or hedge.approximate
            if hedge.bound == "at_least":
                lower = value
            elif hedge.bound in ("at_most", "cap"):
                upper = value
        last = ctx.words[end_tok - 1]
        end_trim = 1 if not inherited and last.endswith(".") and len(last) > 1 and unit \
            and last[:-1].lower().endswith(unit.split()[-1].lower()) else 0  # "1 kg." ending a sentence
        if canonical is None:
            canonical = canonical_unit(unit) if not inherited else None
        return _Found(start_tok, end_tok, value, unit, approximate, lower, upper, hedge_text, inherited,
                      canonical or None, end_trim, partitive)

    def _partitive_unit(self, ctx: "_Context", i: int, k: int, found: list[_Found]) -> str | None:
        """The counted noun of a number with partitive *er* or *ervan/daarvan*: ``Dit jaar zijn dat er
        1400`` (vacatures, named before), ``17 daarvan leveren …``: the unit of the last counted
        quantity in this or the previous sentence."""
        lw = ctx.lower
        n = len(lw)
        after = lw[k] if k < n else ""
        part = after in W.partitive_adverbs
        if not part:
            p = i - 1
            while p >= 0 and i - p <= 4 and lw[p] in _PARTITIVE_SKIP | frozenset(HEDGES):
                p -= 1
            part = p >= 0 and lw[p] in W.partitive_er and p < i - 0 and ctx.sent_id[p] == ctx.sent_id[i] \
                and (not after or ctx.doc[k].is_punct or after in _FUNCTION_WORDS)
            if part and p >= 1 and lw[p - 1] in W.partitive_er_prepositions:
                part = False
        if not part:
            return None
        sid = ctx.sent_id[i]
        for f in reversed(found):  # "17 daarvan …, vier ervan …": the same antecedent
            if ctx.sent_id[f.start_tok] == sid and f.partitive:
                return f.unit
        return self._antecedent_unit(ctx, i, found)

    def _antecedent_unit(self, ctx: "_Context", i: int, found: list[_Found]) -> str | None:
        """The unit of the last counted quantity in this or the previous sentence (a plural noun)."""
        sid = ctx.sent_id[i]
        for f in reversed(found):
            if ctx.sent_id[f.start_tok] < sid - 1:
                break
            if f.unit and f.unit.lower() not in PERCENT_WORDS and f.unit[:1].islower() \
                    and f.unit.lower() not in TIME_UNITS:
                return f.unit
        return None

    def _apposition_unit(self, ctx: "_Context", i: int) -> str | None:
        """``Uganda, dat de meeste vluchtelingen opvangt: 1,7 miljoen``: a number after a colon or
        comma that names how many of ``de meeste X`` earlier in the sentence."""
        lw = ctx.lower
        if i < 1 or lw[i - 1] not in (":", ","):
            return None
        p = i - 2
        while p >= 1 and ctx.sent_id[p] == ctx.sent_id[i] and i - p < 15:
            if lw[p] in W.most and lw[p - 1] in W.common_article:
                q = p + 1
                while q < i - 1 and self._adjectival(ctx, q):
                    q += 1
                if q < i - 1 and self._nounish(ctx, q, 2.0) and ctx.words[q][:1].islower():
                    return ctx.words[q]
                return None
            p -= 1
        return None

    def _parallel_unit(self, ctx: "_Context", i: int, found: list[_Found]) -> str | None:
        """The unit of a quantity that ends just before token ``i``, joined by a comma or ``en``/``of``."""
        if not found:
            return None
        f = found[-1]
        if ctx.sent_id[f.start_tok] != ctx.sent_id[i] or not f.unit or f.inherited:
            return None
        between = ctx.lower[f.end_tok:i]
        if len(between) > 2 or any(w not in W.list_separators for w in between):
            return None
        if f.unit.lower() in CURRENCY_WORDS or f.unit.lower() in PERCENT_WORDS:
            return f.unit
        return f.unit

    def _compound(self, ctx: "_Context", k: int, unit: str, value: float) -> tuple[float, int] | None:
        """A compound amount after ``value unit`` at token ``k``: ``5 euro 50``, ``3 euro en 50 cent``,
        ``$20 en 43c``, ``een uur en een kwartier``, ``4 weken en 2 dagen``, ``1 kopje en een half``.
        Returns the value in the first unit and the new end token, or None."""
        lw = ctx.lower
        n = len(lw)
        um = match_unit(unit.split(), 0) if unit not in ("€", "$", "£") else None
        code = currency_of(unit) if unit in ("€", "$", "£", "¥") or unit.isupper() else None
        if um is not None and um.kind == "money":
            code = um.currency
        p = k
        total = value
        changed = False
        if code is not None or (um is not None and um.kind == "money"):
            tiers = _subunits(code, um)
            t = 0
            while p < n and tiers and t < len(tiers):
                q = p + 1 if lw[p] in W.conj_and else p
                if q >= n:
                    break
                glued = re.fullmatch(r"(\d{1,2})(c|ct)", lw[q])
                if glued:
                    total += int(glued.group(1)) * tiers[0][1]
                    p, changed = q + 1, True
                    break
                m3 = scan_number(ctx.words, q)
                if m3 is None or m3.value != int(m3.value) or not 0 < m3.value < 100 or m3.kind not in ("digits", "words"):
                    break
                after = lw[m3.end] if m3.end < n else ""
                hit = next((ti for ti in range(t, len(tiers)) if after in tiers[ti][0]), None)
                if hit is not None:
                    total += m3.value * tiers[hit][1]
                    p, t, changed = m3.end + 1, hit + 1, True
                    continue
                # a bare number after the amount: the next coin ("5 euro 50", "een kuai en vijf mao vijf")
                if m3.article_one or (t == 0 and after and (after in W.conj_and_or or self._nounish(ctx, m3.end, 2.0))
                                      and not ctx.doc[m3.end].is_punct):
                    break
                total += m3.value * tiers[t][1]
                p, changed = m3.end, True
                break
            return (total, p) if changed else None
        if um is not None and um.kind == "duration" and um.canonical and _DURATION_SECONDS.get(unit.lower()):
            first = _DURATION_SECONDS[unit.lower()]
            secs = value * first
            last = first
            while p < n:
                q = p + 1 if lw[p] in W.and_or_comma else p
                m3 = scan_number(ctx.words, q) if q < n else None
                if m3 is None or m3.end >= n or m3.value <= 0:
                    break
                u3 = lw[m3.end]
                f3 = _DURATION_SECONDS.get(u3)
                if f3 is None or f3 >= last:
                    break
                secs += m3.value * f3
                last = f3
                p = m3.end + 1
                changed = True
            return (secs / first, p) if changed else None
        if um is not None and lw[p:p + 1] == _AND and p + 2 < n and lw[p + 1] in W.one_articles \
                and lw[p + 2] in W.half_fractions and (p + 3 >= n or not self._nounish(ctx, p + 3, 2.0)):
            return value + (0.25 if lw[p + 2] in W.quarter else 0.5), p + 3  # "1 kopje en een half"
        return None

    def _ratio(self, ctx: "_Context", i: int) -> _Found | None:
        """``een op de vijf jongeren`` → 0.2 jongeren, ``twee op de drie Nederlanders`` → 0.667:
        a share written as a ratio (a fraction, like ``een derde van``)."""
        lw = ctx.lower
        n = len(lw)
        if i + 3 >= n or lw[i + 1] not in W.ratio_prepositions:
            return None
        d = i + 3 if lw[i + 2] in W.common_article else i + 2  # "een op de vijf", "1 uit 3"
        if lw[i + 1] in W.op_preposition and d != i + 3:
            return None
        num = scan_number(ctx.words, i)
        den = scan_number(ctx.words, d)
        if num is None or den is None or num.end != i + 1 or num.kind == "vague" or den.kind == "vague" or (
                not den.value or den.value <= num.value):
            return None
        res = self._unit_after(ctx, den.end, den)
        if res is None:
            return None
        unit, end_tok = res
        hedge = self._hedge(ctx, i)
        return _Found(i, end_tok, num.value / den.value, unit, hedge is not None and hedge.approximate, None, None,
                      hedge.text if hedge is not None else None, False)

    # ------------------------------------------------------------------ helpers

    def _hedge(self, ctx: "_Context", i: int) -> HedgeInfo | None:
        if i in ctx.tilde:
            return HedgeInfo("~", "approx", True)
        before = ctx.words[max(0, i - 4) : i]
        # a hedge must be in the same sentence
        return match_hedge(before) if before else None

    def _is_year_like(self, ctx: "_Context", j: int, m: NumberMatch) -> bool:
        w = ctx.words[j]
        return m.kind == "digits" and re.fullmatch(r"\d{4}", w) is not None and 1000 <= m.value <= 2199

    def _excluded_left(self, ctx: "_Context", i: int, j: int, m: NumberMatch, hedge: HedgeInfo | None) -> bool:
        lw = ctx.lower
        prev = lw[i - 1] if i > 0 else ""
        # decades: "de jaren negentig", "jaren 90"
        if prev.startswith(_DECADE):
            return True
        # identifiers: "artikel 44", "nummer twee", "Natura 2000", "Boeing 737"
        if prev in _ID_BEFORE and m.kind in ("digits", "words"):
            return True
        # the second number of a ratio: "1 uit 3 bezoekers" (read from the first number)
        if prev in W.ratio_prepositions | W.common_article and i >= 2 and (ctx.doc[i - 2].like_num or i >= 3 and lw[i - 2] in W.op_preposition | W.of_preposition
                                                      and ctx.doc[i - 3].like_num):
            if prev not in W.common_article or lw[i - 2] in W.op_preposition or lw[i - 2] in W.of_preposition and not (i >= 4 and lw[i - 4] in _ID_BEFORE):
                return True  # "één van de twintig bezoekers" is one visitor; "plek 65 van de 72" counts the 72
        # ages in parentheses: "Anna (34)"
        if prev == "(" and m.end < len(lw) and lw[m.end] == ")" and m.kind == "digits" and m.value < 130:
            return True
        return False

    def _excluded_right(
        self, ctx: "_Context", i: int, j: int, m: NumberMatch, unit: str | None, end_tok: int,
        hedge: HedgeInfo | None, upper_val: float | None,
    ) -> bool:
        lw = ctx.lower
        n = len(lw)
        prev = lw[i - 1] if i > 0 else ""
        nxt = lw[m.end] if m.end < n else ""
        ul = (unit or "").lower()
        after = lw[end_tok] if end_tok < n else ""
        # dates: "3 april", "half juli", and compounds on a date: "1 aprilgrap", "5 meiviering"
        if nxt in _MONTHS or (m.kind == "digits" and any(nxt.startswith(month) for month in _MONTHS)):
            return True
        # names with a number: "Natura 2000", "Boeing 737", "Windows 10" (not "in Utrecht 14.000 huishoudens")
        if m.kind == "digits" and i > 0 and re.fullmatch(r"\d+", ctx.words[j]) \
                and (unit is None or unit[:1].isupper()) and upper_val is None:
            pw = ctx.words[i - 1]
            if pw[:1].isupper() and not ctx.sent_start[i - 1] and prev not in _DETERMINERS \
                    and prev not in _FUNCTION_WORDS and hedge is None and pw.isalpha() and prev not in _MONTHS \
                    and not (ctx.has_pos and ctx.doc[i - 1].pos_ in ("ADP", "ADV", "VERB", "AUX")):
                return True
        # years: a four-digit number without a counted noun, or after a year preposition
        if m.kind == "digits" and re.fullmatch(r"\d{4}", ctx.words[j]) and 1000 <= m.value <= 2199:
            if unit is None or prev in _YEAR_BEFORE and hedge is None and upper_val is None or unit[:1].isupper() \
                    or lw[max(0, i - 3):i] == _TOT_EN_MET:
                return True
            if ul in TIME_UNITS:
                return True
        if m.kind == "words" and 1900 <= m.value <= 2100 and unit is None:
            return True
        # clock time: "om 15 uur"
        if ul in W.clock_units and prev in W.clock_prepositions and m.value <= 24 and (
                hedge is None or hedge.text in W.rond):
            return True  # "om 15 uur", "rond drie uur" (but "rond de drie uur" is a duration)
        # ages: "op 95 jarige leeftijd", "tot een leeftijd van 3 jaar"
        if nxt in W.age_adjectives or (prev in W.of_preposition and i >= 2 and lw[i - 2].endswith(_AGE_NOUNS)):
            return True
        # time points: "drie weken geleden", "over twee weken", "zes weken nadat"
        if ul in TIME_UNITS:
            if after in _TIMEPOINT_AFTER and not (after in W.na_preposition and end_tok + 1 < n and lw[end_tok + 1] in W.te):
                if after in W.voor_preposition and end_tok + 1 < n and lw[end_tok + 1] not in W.np_start_determiners \
                        and not ctx.words[end_tok + 1][:1].isupper():
                    pass
                else:
                    return True
            if prev in W.over_preposition or (prev in W.tegen_preposition and hedge is None):
                return True
            if after in W.old_forms:  # age: "34 jaar oud", "een 3000 jaar oude buste"
                return True
            if prev == "(" and after == ")":  # age: "Mark Lokhorst (27 jaar)"
                return True
            # age: "Dit voorjaar werd zij 18 jaar." (copula, subject, N jaar, end of clause)
            if ul in W.year_unit and (not after or ctx.doc[end_tok].is_punct) and i >= 2 and hedge is None \
                    and lw[i - 2] in _COPULAS | W.worden_forms and (
                        lw[i - 1] in W.personal_subject_pronouns or ctx.words[i - 1][:1].isupper()):
                return True
            # age: "toen Shawn 11 jaar was, …"
            if ul in _AGE_UNITS and after in W.age_copulas and (
                    end_tok + 1 >= n or ctx.doc[end_tok + 1].is_punct):
                return True  # "toen de baby pas tien maanden was."
            # age: "ze is pas 23 jaar.", "hij was inmiddels 33 jaar, maar …", "hij is tussen de 40 en 50 jaar."
            if ul in W.year_unit and (not after or ctx.doc[end_tok].is_punct):
                p = i - 1
                if hedge is not None:
                    p -= len(hedge.text.split())
                while p >= 0 and (lw[p] in _AGE_ADVERBS or upper_val is not None and lw[p] in W.tussen_preposition | W.common_article):
                    p -= 1
                if p >= 0 and lw[p] in _COPULAS:
                    return True
        # the article "een"/"één": only in durations and measures
        coordinated = prev in W.and_or_comma and bool(self._last_found) and self._last_found[-1].unit is not None \
            and ctx.sent_id[self._last_found[-1].start_tok] == ctx.sent_id[i] \
            and (self._last_found[-1].unit or "").lower() == ul
        if m.article_one and ctx.words[m.start].lower() in W.stressed_one and unit is not None \
                and (hedge is not None or prev in W.only_words and not ctx.sent_start[i - 1]
                     or coordinated) and end_tok == m.end + 1:
            pass  # "zeker één persoon", "maar één klik": the numeral, stressed
        elif m.article_one:
            if ul not in _EEN_UNITS and not (_is_unit(unit or "") and ul not in _PLURAL_TIME) \
                    or ul in _PLURAL_TIME or end_tok != m.end + len((unit or "").split()) \
                    or _unit_kind(unit or "") == "turn":
                return True
        # references: "de twee leiders", "deze drie agenten", "de eerste twee werken"
        det_i = i - 1
        if det_i >= 0 and lw[det_i] in _REF_MODIFIERS:
            det_i -= 1
        # ("zijn" is left out: after a number it is mostly the verb, and "zijn 1,70 meter" is a measure)
        is_det = det_i >= 0 and lw[det_i] in _DETERMINERS
        if is_det and lw[det_i] in ("die", "dat") and det_i > 0 and not ctx.sent_start[det_i] \
                and lw[det_i - 1] not in _FUNCTION_WORDS:
            is_det = False  # a relative pronoun: "mensen die tien jaar niet hebben gewerkt"
        if is_det and hedge is None and lw[det_i] not in W.zon_determiner:
            if m.kind == "vague" or m.kind == "fraction":
                pass
            elif lw[det_i] in _DEMONSTRATIVES:
                return True
            elif ul in TIME_UNITS or ul in MEASURE_UNITS or m.has_scale:
                pass
            elif m.kind in ("digits", "words") and m.value >= self.min_reference_value and not any(
                    f.value == m.value for f in self._last_found):
                pass  # "de 72 onderzochte maatschappijen"; but "de 39 mountainbikers" after "39 door mountainbikers"
            else:
                return True
        return False

    def _nounish(self, ctx: "_Context", k: int, value: float) -> bool:
        """Whether token ``k`` can be the counted noun."""
        w = ctx.words[k].strip("'\"‘’“”")
        lw = w.lower()
        if not w or lw in _FUNCTION_WORDS or lw in _MONTHS:
            return False
        if lw in TIME_UNITS or lw in MEASURE_UNITS:
            return True
        if not re.fullmatch(r"[^\W\d_][\w'’\-]*", w):
            return False
        if scan_number(ctx.words, k) is not None and lw not in ("min",):
            return False  # a number word is never the counted noun ("nul negen")
        if ctx.has_pos:
            tok = ctx.doc[k]
            pos = tok.pos_
            if pos in ("NOUN", "PROPN"):
                return True
            if pos in ("ADP", "AUX", "SCONJ", "CCONJ", "PRON", "DET", "PUNCT", "NUM", "SYM"):
                return False
            # taggers err on nouns after numbers ("30 doden" as VERB): a nominal dependency or a
            # number attached to the word outweighs the tag
            has_num_child = any(c.dep_ in ("nummod", "det") and c.like_num for c in tok.children)
            # after a preposition and a number a participle-shaped plural is the noun of that phrase:
            # "in 3812 gevallen" (not a finite verb: "onder nul dreigen")
            in_pp = k >= 2 and ctx.doc[k - 1].like_num and ctx.doc[k - 2].pos_ == "ADP" and bool(
                _PLURAL_RE.search(lw)) and "VerbForm=Part" in str(tok.morph)
            if pos == "VERB" and _PARTICIPLE_RE.match(lw) and "VerbForm=Part" in str(tok.morph) and not (
                    has_num_child and tok.dep_.split(":")[0] in _NOMINAL_DEPS and _PLURAL_RE.search(lw)) and not in_pp:
                return False  # "zo'n tien teruggevonden": a participle ("175 krijgsgevangenen": a noun the number counts)
            if in_pp:
                return True
            num_head = tok.head.i < tok.i and tok.head.like_num  # "14.000 tot 35.000 huishoudens" (fixed)
            if (tok.dep_.split(":")[0] in _NOMINAL_DEPS or has_num_child or num_head) and (
                    value == 1 or _PLURAL_RE.search(lw) or w[:1].isupper()):
                return True
            if pos == "ADJ" and w[:1].isupper() and not lw.endswith(_ADJ_ENDING):
                return True  # a capitalised plural name mis-tagged in a headline: "Twee 'Rembrandts'"
            if pos in ("ADV", "VERB", "ADJ"):
                return False
        if value == 1:
            return True  # "1 persoon", "een maand": any content word
        return bool(_PLURAL_RE.search(lw)) or w[:1].isupper() and len(w) > 2

    def _adjectival(self, ctx: "_Context", k: int) -> bool:
        """Whether token ``k`` is an adjective before the counted noun."""
        w = ctx.words[k]
        lw = w.lower()
        if lw in TIME_UNITS or lw in MEASURE_UNITS:
            return False
        if lw in _ADJ_INVARIANT:
            return True
        if lw in _FUNCTION_WORDS:
            return False
        if ctx.has_pos:
            pos = ctx.doc[k].pos_
            if pos == "ADJ" or pos == "VERB" and ctx.doc[k].dep_ == "amod":
                return True
            if pos != "VERB":
                return False
            # participles used as adjectives are often tagged VERB: fall through to the word shape
        if not re.fullmatch(_INFLECTED_ADJ, w) or lw in _FUNCTION_WORDS:
            return False
        # "-de/-te" words are past-tense verbs ("stelde", "maakte") unless participles or common adjectives
        last = lw.rsplit("-", 1)[-1]
        if last.endswith(_DE_TE) and not last.startswith(_PARTICIPLE_PREFIXES) and last not in _ADJ_DE_TE:
            return False
        return True

    def _unit_after(self, ctx: "_Context", k: int, m: NumberMatch) -> tuple[str, int] | None:
        """The counted noun after the number at token ``k``: (unit text, span end token)."""
        lw = ctx.lower
        n = len(lw)
        if k >= n:
            return None
        um = match_unit(ctx.words, k)
        if um is not None and lw[k] == "min" and k + 1 < n and (
                scan_number(ctx.words, k + 1) is not None or denominator_value(lw[k + 1]) is not None):
            return None  # "twee min drie": a minus sign, not minutes
        if um is not None:
            # the unit kept whole as written: "graden Celsius", "mijl per uur", "km/u", "°C"
            text = ctx.doc[k:k + um.n_words].text
            if text.endswith(".") and not um.text.endswith("."):
                text = text[:-1]
            return text, k + um.n_words
        if lw[k] in PERCENT_WORDS or lw[k] in CURRENCY_WORDS or lw[k] in TIME_UNITS or lw[k] in MEASURE_UNITS:
            return ctx.words[k], k + 1
        p = k
        skipped = 0
        open_quote = False
        while p < n and skipped < 3:
            if ctx.words[p] in _QUOTES and not open_quote:
                open_quote = True
                p += 1
                continue
            if p + 1 < n and self._adjectival(ctx, p) and (self._nounish(ctx, p + 1, m.value)
                                                            or p + 2 < n and self._adjectival(ctx, p + 1)):
                p += 1
                skipped += 1
                continue
            # adjectives separated by a comma: "dertig nieuwe, grote woonwijken"
            if p + 2 < n and lw[p + 1] == "," and self._adjectival(ctx, p) and (
                    self._adjectival(ctx, p + 2) or self._nounish(ctx, p + 2, m.value)) and skipped < 2:
                p += 2
                skipped += 1
                continue
            # coordinated adjectives: "3,5 miljoen vertrekkende en aankomende reizigers"
            if p + 3 < n and lw[p + 1] in W.conj_and_or and self._adjectival(ctx, p) \
                    and self._adjectival(ctx, p + 2) and self._nounish(ctx, p + 3, m.value):
                p += 2
                skipped += 1
                continue
            break
        # a truncated compound: "duizenden studenten- en starterswoningen"
        if p + 2 < n and ctx.words[p].endswith("-") and len(ctx.words[p]) > 2 and lw[p + 1] in W.conj_and_or \
                and self._nounish(ctx, p + 2, 2.0):
            return ctx.doc[p:p + 3].text, p + 3
        if p >= n or not self._nounish(ctx, p, m.value):
            return None
        # "1 miljard doorgeschoven": a participle, not a counted noun (untagged text)
        if m.has_scale and not ctx.has_pos and _PARTICIPLE_RE.match(lw[p]) and not ctx.words[p][:1].isupper():
            return None
        if ctx.words[p] in _QUOTES:
            return None
        end = p + 1
        if open_quote and end < n and ctx.words[end] in _QUOTES:
            end += 1
        if open_quote and end == p + 1:
            return None
        return ctx.words[p].strip("'\"‘’“”"), end

    def _fraction_of(self, ctx: "_Context", k: int) -> tuple[str, int] | None:
        """``de helft van (de|hun …) (adj)* NOUN`` → the noun; ``de helft van wat …`` → the clause."""
        lw = ctx.lower
        n = len(lw)
        p = k + 1
        if p < n and lw[p] in _DETERMINERS:
            p += 1
        q = p
        while q < n and q - p < 3 and self._adjectival(ctx, q) and q + 1 < n:
            q += 1
        if q < n and self._nounish(ctx, q, 2.0):
            return ctx.words[q], q + 1
        if p < n and lw[p] in W.pronoun_heads:
            # the counted thing is a clause: "de helft van wat het land uit China haalt"
            e = p
            while e < n and e - p < 10 and not ctx.doc[e].is_punct:
                e += 1
            words = ctx.doc[p:e].text
            return (words, k) if words else None
        return None

    def _inherit(self, ctx: "_Context", i: int, found: list[_Found], hedge_len: int = 0) -> str | None:
        """Unit of an elliptic number: an earlier quantity of the sentence, or ``aantal X``."""
        lw = ctx.lower
        n = len(lw)
        end = i + 1
        # only when nothing noun-like follows: "35 uit Rusland", "39 door mountainbikers"
        nxt = lw[end] if end < n else ""
        if nxt and nxt not in _FUNCTION_WORDS and not ctx.doc[end].is_punct:
            return None
        # only after a function word or punctuation ("waarvan 39", "en 35", "(270"), not after a
        # noun ("diabetes 2", "groep 8")
        b = i - 1 - hedge_len
        if b >= 0 and not ctx.doc[b].is_punct and lw[b] not in _FUNCTION_WORDS:
            return None
        if nxt in W.op_preposition or nxt in W.of_preposition and end + 1 < n and ctx.doc[end + 1].like_num:
            return None  # a ratio: "9 op de 10 Belgen", "3 van de 5"
        p = i - 1 - hedge_len
        if p >= 2 and lw[p] in W.conj_and and (lw[p - 2] in W.tussen_preposition or p >= 3 and lw[p - 3:p - 1] == _TUSSEN_DE):
            return None  # "tussen 800 en 100": no range, so no count
        q = p
        while q >= 0 and lw[q] in W.age_skip_words:
            q -= 1
        if q >= 0 and lw[q] in _COPULAS | W.zijn_second_person and (not nxt or ctx.doc[end].is_punct or nxt in W.conj_and):
            return None  # "je bent geen 35.", "is tussen de 35 en 40.": a predicate (an age), no count
        if p >= 1 and (lw[p].endswith(_AGE_NOUNS) or lw[p - 1].endswith(_AGE_NOUNS) and lw[p] in W.age_range_prepositions):
            return None  # "de AOW-leeftijd naar 67": an age
        app = self._apposition_unit(ctx, i - hedge_len)
        if app is not None and (not nxt or ctx.doc[end].is_punct):
            return app
        # "Amsterdam kreeg de meeste meldingen, dertig.": the noun before the comma
        if p >= 1 and lw[p] == "," and (not nxt or ctx.doc[end].is_punct) and ctx.words[p - 1][:1].islower() \
                and self._nounish(ctx, p - 1, 2.0) and lw[p - 1] not in TIME_UNITS and _PLURAL_RE.search(lw[p - 1]):
            return ctx.words[p - 1]
        # "van 90 naar 80 euro": the unit of the second number
        if nxt in W.range_words_after and end + 1 < n:
            m2 = scan_number(ctx.words, end + 1)
            if m2 is not None and not m2.article_one:
                if m2.glued_unit:
                    return m2.glued_unit
                res = self._unit_after(ctx, m2.end, m2)
                if res is not None:
                    return res[0]
        sent = ctx.sent_id[i]
        for f in reversed(found):
            if ctx.sent_id[f.start_tok] != sent:
                break
            if f.partitive and any(w in W.partitive_adverbs for w in lw[f.end_tok:i]) or f.value < 1:
                continue  # "vier ervan minimaal 3500"; a share ("een derde van de klinieken") counts no items  # "vier ervan minimaal 3500": the 3500 counts something else than the vier
            if f.unit and f.unit.lower() not in PERCENT_WORDS and (not f.inherited or f.partitive):
                return f.unit
        # "het aantal nieuwe sociale huurwoningen gaat van 18.000 naar 30.000",
        # "de bouw van sociale huurwoningen gaat van 18.000 naar 30.000"
        # the number is one end of "van A naar B"
        before = lw[i - 1 - hedge_len] if i - 1 - hedge_len >= 0 else ""
        from_to = before in W.of_preposition and not W.naar.isdisjoint(lw[i + 1:i + 6]) or before in W.naar and not W.of_preposition.isdisjoint(lw[max(0, i - 8):i]) \
            and any(ctx.doc[t].like_num for t in range(max(0, i - 8), i - 1))
        p = i - 1
        while p >= 0 and ctx.sent_id[p] == sent and i - p < 30:
            if lw[p] in W.number_noun or lw[p] in W.of_preposition and from_to:
                q = p + 1
                if q < i and lw[q] in _DETERMINERS:
                    q += 1
                while q < i - 1 and self._adjectival(ctx, q):
                    q += 1
                if q < i and ctx.words[q][:1].islower() and self._nounish(ctx, q, 2.0) \
                        and lw[q] not in TIME_UNITS and not ctx.doc[q].like_num:
                    return ctx.words[q]
            p -= 1
        return None


#: Words that may stand between partitive "er" and its number: "zijn dat er waarschijnlijk 1400".
_PARTITIVE_SKIP = W.partitive_skip
_BIG_SCALE_WORDS = frozenset({"miljoen", "miljard", "biljoen", "mln", "mld", "mrd", "mio", "mln.", "mld.", "mrd."})
_DURATION_SECONDS: dict[str, float] = {
    f.lower(): u.factor for u in UNITS.units if u.kind == "duration" and u.factor for f in u.forms
}
_MASS_STEMS = tuple(UNITS.mass_context)
_MONEY_STEMS = tuple(UNITS.money_context)


def _is_unit(unit: str) -> bool:
    """Whether ``unit`` is a unit of measure, money or percent (not a counted noun)."""
    m = match_unit(unit.split(), 0)
    return m is not None and m.n_words == len(unit.split())


def _unit_kind(unit: str) -> str | None:
    m = match_unit(unit.split(), 0)
    return m.kind if m is not None and m.n_words == len(unit.split()) else None


def currency_code(unit: str | None) -> str | None:
    """ISO code of a currency unit as written (``euro`` → ``EUR``, ``$`` → ``USD``)."""
    if not unit:
        return None
    return canonical_unit(unit) or currency_of(unit)


def _subunits(code: str | None, um) -> list[tuple[frozenset[str], float]]:
    """The coins of a currency, largest first: [(forms, worth in the main unit)]."""
    subs = list(um.subunits) if um is not None and um.subunits else []
    if not subs and code is not None:
        for c in UNITS.currencies:
            if c.code == code and c.subunits:
                subs = list(c.subunits)
                break
    return [(frozenset(f.lower() for f in s.forms), s.factor) for s in subs]


def _leading_comma_digits(ctx: "_Context", j: int) -> bool:
    """Whether token ``j`` is a comma that opens a decimal written without its zero (``,77``)."""
    if j < 0 or j + 1 >= len(ctx.words) or ctx.words[j] != "," or ctx.doc[j].whitespace_:
        return False
    if not re.fullmatch(r"\d+", ctx.words[j + 1]):
        return False
    return j == 0 or bool(ctx.doc[j - 1].whitespace_) or ctx.doc[j - 1].is_space


def _context_reading(ctx: "_Context", i: int) -> str | None:
    """``mass`` or ``money`` as the words of token ``i``'s sentence (else the sentence before) suggest."""
    sid = ctx.sent_id[i]
    for target in (sid, sid - 1):
        best: tuple[int, str] | None = None
        for t, (w, s_) in enumerate(zip(ctx.lower, ctx.sent_id)):
            if s_ != target or t == i:
                continue
            for reading, stems in (("mass", _MASS_STEMS), ("money", _MONEY_STEMS)):
                if any(st in w for st in stems):
                    dist = abs(t - i)
                    if best is None or dist < best[0]:
                        best = (dist, reading)
                    elif dist == best[0] and best[1] != reading:
                        best = (dist, "")
        if best is not None:
            return best[1] or None
    return None


class _Context:
    """Per-doc word lists, sentence ids and currency positions."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        # "~2-7 gram": the tilde is an approximation sign glued to the number
        texts = doc_tokens(doc).words
        self.tilde = {i for i, w in enumerate(texts) if len(w) > 1 and w[0] == "~" and w[1].isdecimal()}
        self.words = [w[1:] if i in self.tilde else w for i, w in enumerate(texts)]
        self.lower = [w.lower() for w in self.words]
        self.may_start = [self._may_start(i) for i in range(len(self.words))]
        self.has_pos = doc.has_annotation("POS")
        self.skip_until = 0
        self.sent_start = [False] * len(doc)
        self.sent_id = [0] * len(doc)
        has_sents = doc.has_annotation("SENT_START")
        marks = doc.to_array("SENT_START").tolist() if has_sents else None  # 1: a sentence starts here
        sid = 0
        words_since_start = False  # whether the current sentence has a word yet
        for i in range(len(doc)):
            starts = i == 0 or (marks[i] == 1 if marks is not None else _heuristic_sent_start(doc, doc[i]))
            if starts and i > 0 and marks is not None:
                prev, t = doc[i - 1], doc[i]
                if prev.text in _NOT_SENTENCE_END and "\n" not in prev.whitespace_ and not t.is_space:
                    starts = False  # a parser may end a sentence at a colon; written Dutch goes on
                elif not words_since_start and not t.is_space:
                    starts = False  # nor is a lone opening quote mark a sentence of its own
            if starts and i > 0:
                sid += 1
                words_since_start = False
            if not words_since_start and not (doc[i].is_punct or doc[i].is_space):
                words_since_start = True
            self.sent_start[i] = bool(starts)
            self.sent_id[i] = sid
        self._currency_pos = [(i, CURRENCY_WORDS[w.lower()]) for i, w in enumerate(texts) if w.lower() in CURRENCY_WORDS]

    def _may_start(self, i: int) -> bool:
        """Whether a quantity can start at token ``i``: a number, a currency before one, the comma
        of ",77"."""
        w = self.words[i]
        if w == ",":
            return _leading_comma_digits(self, i)
        nxt = self.lower[i + 1] if i + 1 < len(self.lower) else ""
        return may_start_number(w, nxt) or currency_of(w) is not None

    def last_currency(self, i: int) -> str | None:
        """The unit word of the last currency before token ``i``."""
        best = None
        for p, _ in self._currency_pos:
            if p < i:
                best = p
        if best is None:
            return None
        w = self.words[best]
        return "euro" if w == "€" else "dollar" if w == "$" else "pond" if w == "£" else w

    def next_currency(self, i: int, anywhere: bool = False) -> str | None:
        """The unit word of the first currency after token ``i`` in the same sentence (or anywhere)."""
        for p, _ in self._currency_pos:
            if p > i and (anywhere or self.sent_id[p] == self.sent_id[i]):
                w = self.words[p]
                return "euro" if w == "€" else "dollar" if w == "$" else "pond" if w == "£" else w
        return None


def _heuristic_sent_start(doc: Doc, t: Token) -> bool:
    prev = doc[t.i - 1]
    if "\n" in prev.whitespace_ or "\n" in t.text or t.is_space:
        return True
    if prev.is_space and "\n" in prev.text:
        return True
    if prev.text.endswith((".", "!", "?", "…")) and (t.text[:1].isupper() or t.text[:1] in "\"'„“‘"):
        return True
    return False


@Language.factory(
    "nlpclaims_quantities",
    assigns=["doc._.quantities"],
    default_config={
        "inherit_units": True,
        "default_currency": "euro",
        "min_reference_value": 10.0,
        "money_ton": True,
    },
)
def make_quantities(
    nlp: Language,
    name: str,
    inherit_units: bool,
    default_currency: str,
    min_reference_value: float,
    money_ton: bool,
) -> QuantityFinder:
    """Create the ``nlpclaims_quantities`` component (see :class:`QuantityFinder`)."""
    return QuantityFinder(
        nlp, name, inherit_units=inherit_units, default_currency=default_currency,
        min_reference_value=min_reference_value, money_ton=money_ton,
    )


#: Alias of :func:`make_quantities`.
make_quantity_finder = make_quantities


def quantities_to_json(quantities: list[Quantity]) -> list[dict[str, Any]]:
    """The quantities in the gold-file shape (``start``, ``end``, ``text``, ``value``, …)."""
    return [
        {"start": q.start, "end": q.end, "text": q.text, "value": q.value, "unit": q.unit,
         "approximate": q.approximate, "speaker": q.speaker}
        for q in quantities
    ]
