"""Dutch verb forms for the cue lexicon: present, past and participle of weak and strong verbs.

Weak verbs are conjugated by rule: the stem is the infinitive without ``-en`` (a doubled
consonant is single at the end, a long vowel in an open syllable is written double, ``v``/``z``
become ``f``/``s``, Latin ``-eren`` is ``-eer``; Germanic schwa verbs such as ``fluisteren`` and
hiatus verbs such as ``beamen`` give their stem); the past takes ``-te(n)`` after a voiceless stem consonant ('t kofschip:
t, k, f, s, ch, p, x) and ``-de(n)`` otherwise; the participle is ``ge-`` + stem + ``t``/``d``,
without ``ge-`` after an unstressed prefix (be-, ge-, her-, ont-, ver-, er-, mis-). Strong and
irregular verbs give their past and participle explicitly. Separable particles are joined in
front of the joined forms (``aangeven``, ``aangegeven``) and listed apart for the split ones.
"""

from __future__ import annotations

from dataclasses import dataclass

VOICELESS = set("tkfspx") | {"ch"}
UNSTRESSED_PREFIXES = ("be", "ge", "her", "ont", "ver", "er", "mis")
VOWELS = set("aeiouy")


@dataclass(frozen=True)
class Forms:
    """The forms of one verb (without particle): stem (1sg), 3sg, infinitive/plural, past sg,
    past pl, participle."""

    stem: str
    pres3: str
    inf: str
    past: str
    past_pl: str
    part: str

    def all(self) -> list[str]:
        out: list[str] = []
        for f in (self.stem, self.pres3, self.inf, self.past, self.past_pl, self.part):
            if f and f not in out:
                out.append(f)
        return out

    def finite(self) -> list[str]:
        """Finite forms that can stand in second position (3sg, plural, past)."""
        out: list[str] = []
        for f in (self.pres3, self.inf, self.past, self.past_pl):
            if f not in out:
                out.append(f)
        return out


def weak_stem(inf: str) -> str:
    """The stem of a weak verb written by the spelling rules (``beamen`` needs an explicit stem)."""
    if not inf.endswith("en"):
        if inf.endswith("n"):  # gaan, doen, zien: stem is the infinitive without n
            return inf[:-1]
        raise ValueError(f"not an infinitive: {inf!r}")
    if inf.endswith("eren") and len(inf) > 6:
        return inf[:-4] + "eer"  # Latin -eren is stressed: concludeer, informeer (schwa verbs: stem given)
    base = inf[:-2]
    if len(base) >= 2 and base[-1] == base[-2] and base[-1] not in VOWELS:
        base = base[:-1]  # zeggen -> zeg
    elif (len(base) >= 3 and base[-1] not in VOWELS | {"w", "j"} and base[-2] in VOWELS - {"i"}
          and base[-3] not in VOWELS and not _unstressed_e(inf) and not inf.endswith("igen")):
        base = base[:-1] + base[-2] + base[-1]  # beloven -> beloov-, concluderen -> concludeer
    if base.endswith("v"):
        base = base[:-1] + "f"
    elif base.endswith("z"):
        base = base[:-1] + "s"
    return base


def _unstressed_e(inf: str) -> bool:
    """-elen, -enen (and short -eren) in a schwa syllable (betwijfelen, rekenen, wandelen): the e
    is not lengthened."""
    for suffix in ("elen", "enen", "eren"):
        if inf.endswith(suffix):
            before = inf[: -len(suffix)]
            if suffix == "eren":
                return len(before) >= 2 and before[-1] not in VOWELS and before[-2] not in VOWELS
            return bool(before) and before[-1] not in VOWELS
    return False


def weak(inf: str, stem: str | None = None, prefixed: bool | None = None) -> Forms:
    """The forms of a weak verb (``prefixed``: whether the participle drops ``ge-``; by
    default guessed from an unstressed prefix such as be-, ver-, ont-)."""
    stem = stem or weak_stem(inf)
    # the consonant that decides -te/-de is the one before -en in the infinitive (vrezen -> vreesde)
    core = inf[:-2] if inf.endswith("en") else inf[:-1]
    last = "ch" if core.endswith("ch") else core[-1:]
    suffix = "t" if last in VOICELESS else "d"
    past = stem + ("te" if suffix == "t" else "de")
    pres3 = stem if stem.endswith("t") else stem + "t"
    part_core = stem if stem.endswith(("t", "d")) else stem + suffix
    if prefixed is None:
        prefixed = inf.startswith(UNSTRESSED_PREFIXES) and _prefixed(inf)
    prefix = "" if prefixed else "ge"
    if prefix and part_core[0] in "ei" and not part_core.startswith("ij"):  # geëist, geïnformeerd
        part_core = {"e": "ë", "i": "ï"}[part_core[0]] + part_core[1:]
    return Forms(stem, pres3, inf, past, past + "n", prefix + part_core)


def _prefixed(inf: str) -> bool:
    """Whether the infinitive starts with an unstressed prefix (not: geven, beven, eren)."""
    for p in sorted(UNSTRESSED_PREFIXES, key=len, reverse=True):
        if inf.startswith(p):
            rest = inf[len(p):]
            return len(rest) >= 4 and any(c in VOWELS for c in rest[:-2])
    return False


def strong(inf: str, past: str, past_pl: str, part: str, stem: str | None = None, pres3: str | None = None) -> Forms:
    """The forms of a strong or irregular verb: past and participle as given."""
    stem = stem or weak_stem(inf)
    return Forms(stem, pres3 or (stem if stem.endswith("t") else stem + "t"), inf, past, past_pl, part)


def with_particle(forms: Forms, particle: str, apart: str = "") -> tuple[list[str], list[str]]:
    """(joined forms, split finite base forms) of a separable verb.

    ``apart=""``: the particle is written together with the verb (``aangeven``, ``aangeeft``,
    ``aangegeven``). ``apart="before"``: a particle written as its own word before the verb in
    the cluster (``duidelijk maakt``, ``te kennen gegeven``). ``apart="after"``: a verbal
    particle after a causative (``liet weten``, ``heeft laten weten``). The split finite base
    forms (``geeft geven gaf gaven``) are those that need the particle later in a main clause.
    """
    joined: list[str] = []
    for f in (forms.pres3, forms.inf, forms.past, forms.past_pl, forms.part):
        j = {"": particle + f, "before": f"{particle} {f}", "after": f"{f} {particle}"}[apart]
        if j not in joined:
            joined.append(j)
    return joined, forms.finite()
