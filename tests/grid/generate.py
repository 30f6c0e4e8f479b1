"""A grid of Dutch attribution constructions written from the grammar (ANS), with expected claims.

Every case is a short text built from the word lists below: a cue frame (dat-clause,
te-infinitive, object + te, content object, ``X als Y``, ``X Y``, prepositional object, colon,
direct quotes, ``volgens``, ``aldus``, back-references, evidentials, copular and nominal cues,
passives) in a word order (subject-first V2, V2 after a fronted adverbial, PP, object or
subordinate clause, V1, verb-final subordinate clause), a tense (present, past, perfect, modal
chain) and a subject kind (surname, full name with particles, role + name, organisation, tracked
speaker, pronoun with its antecedent in the sentence before). Negative controls are sentences
that look like attribution and are none.

The expected claim follows the gold format (``../shared/corpora/GOLD-FORMAT.md``): the span is
the content without ``dat``/``om``/the preposition/the addressee, the inside of the quote marks
for direct quotes, the sentence pointed back at for ``Dat zegt X``; the speaker is the person or
body the subject (or ``volgens``/``aldus``/``van`` phrase) refers to, pronouns resolved.

``python -m tests.grid.generate`` (or ``python tests/grid/generate.py``) writes
``tests/data/grid.jsonl``; the output is deterministic.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterator

OUT = Path(__file__).resolve().parents[1] / "data" / "grid.jsonl"


# -- data types ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Speaker:
    """A source as the gold format names it: id, display name, aliases."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()


UNKNOWN = Speaker("unknown", "unknown")


@dataclass(frozen=True)
class Subject:
    """A subject phrase of one kind, the speaker it refers to, and (pronouns) its antecedent."""

    kind: str
    text: str
    speaker: Speaker
    antecedent: str = ""  # the sentence before, for pronouns

    def at_start(self) -> str:
        return self.text[:1].upper() + self.text[1:]


@dataclass
class Expected:
    kind: str  # direct | indirect
    text: str
    start: int
    end: int
    speaker: str
    speaker_name: str
    aliases: list[str]
    cue: str


@dataclass
class Case:
    id: str
    text: str
    frame: str
    order: str
    tense: str
    subject: str
    verb: str
    particle: str  # separable cue verbs: "split" (geeft … aan), "joined" (aangegeven, omdat … aangeeft); else "none"
    negative: bool
    expected: list[Expected] = field(default_factory=list)


@dataclass(frozen=True)
class Verb:
    """A cue verb: infinitive, 3sg present, past, participle, auxiliary, separable particle.

    For particle verbs the finite forms are those of the base verb (``geeft``) and ``part``/``inf``
    are the base forms (``gegeven``/``geven``); ``prt`` is joined in front in the verb cluster
    (``aangegeven``) unless ``prt_apart`` (``laten weten``: ``heeft laten weten``).
    """

    inf: str
    pres: str
    past: str
    part: str
    prt: str = ""
    prt_apart: bool = False
    aux: str = "heeft"
    modal_ok: bool = True
    perfect_ok: bool = True  # stance verbs take "altijd" in the perfect: "heeft altijd gevonden"

    @property
    def lemma(self) -> str:
        if not self.prt:
            return self.inf
        return f"{self.inf} {self.prt}" if self.prt_apart else self.prt + self.inf

    def nonfinite(self, form: str) -> str:
        if not self.prt:
            return form
        return f"{form} {self.prt}" if self.prt_apart else self.prt + form


def V(inf: str, pres: str, past: str, part: str, prt: str = "", **kw) -> Verb:
    return Verb(inf, pres, past, part, prt, **kw)


# -- word lists ---------------------------------------------------------------------------------

def _person(first_last: str, sid: str, aliases: tuple[str, ...] = ()) -> Speaker:
    return Speaker(sid, first_last, aliases)


SUBJECTS: dict[str, list[Subject]] = {
    "surname": [Subject("surname", n, Speaker(n.lower(), n)) for n in
                ("Jansen", "Bakker", "Visser", "Mulder", "Dekker", "Brouwer", "Vermeulen", "Kuipers")],
    "full_name": [
        Subject("full_name", "Marieke de Vries", _person("Marieke de Vries", "marieke-de-vries", ("De Vries",))),
        Subject("full_name", "Jan van der Berg", _person("Jan van der Berg", "jan-van-der-berg", ("Van der Berg",))),
        Subject("full_name", "Pieter van den Heuvel",
                _person("Pieter van den Heuvel", "pieter-van-den-heuvel", ("Van den Heuvel",))),
        Subject("full_name", "Anouk ter Horst", _person("Anouk ter Horst", "anouk-ter-horst", ("Ter Horst",))),
        Subject("full_name", "Sanne van 't Hof", _person("Sanne van 't Hof", "sanne-van-t-hof", ("Van 't Hof",))),
    ],
    "role_name": [
        Subject("role_name", "minister Verbeek", Speaker("verbeek", "Verbeek")),
        Subject("role_name", "burgemeester Dijkstra", Speaker("dijkstra", "Dijkstra")),
        Subject("role_name", "woordvoerder Van Leeuwen", Speaker("van-leeuwen", "Van Leeuwen")),
        Subject("role_name", "hoogleraar Kramer", Speaker("kramer", "Kramer")),
        Subject("role_name", "wethouder De Graaf", Speaker("de-graaf", "De Graaf")),
    ],
    "organisation": [
        Subject("organisation", "het ministerie", Speaker("ministerie", "ministerie")),
        Subject("organisation", "de gemeente Utrecht", Speaker("gemeente-utrecht", "gemeente Utrecht")),
        Subject("organisation", "de politie", Speaker("politie", "politie")),
        Subject("organisation", "het kabinet", Speaker("kabinet", "kabinet")),
        Subject("organisation", "vakbond FNV", Speaker("fnv", "FNV", ("vakbond FNV",))),
    ],
    "tracked": [
        Subject("tracked", "Trump", Speaker("trump", "Donald Trump", ("Trump",))),
        Subject("tracked", "Poetin", Speaker("poetin", "Vladimir Poetin", ("Poetin",))),
        Subject("tracked", "Zelensky", Speaker("zelensky", "Volodymyr Zelensky", ("Zelensky",))),
        Subject("tracked", "Schoof", Speaker("schoof", "Dick Schoof", ("Schoof",))),
        Subject("tracked", "Pistorius", Speaker("pistorius", "Boris Pistorius", ("Pistorius",))),
    ],
    "pronoun": [
        Subject("pronoun", "hij", Speaker("bakker", "Bakker"), "Wethouder Bakker opende dinsdag een nieuwe school."),
        Subject("pronoun", "zij", Speaker("marieke-de-vries", "Marieke de Vries", ("De Vries",)),
                "Marieke de Vries leidt sinds vorig jaar de afdeling."),
        Subject("pronoun", "hij", Speaker("van-den-heuvel", "Van den Heuvel"),
                "Directeur Van den Heuvel kwam maandag terug uit Brussel."),
        Subject("pronoun", "zij", Speaker("kramer", "Kramer"), "Hoogleraar Kramer onderzoekt al jaren de jeugdzorg."),
    ],
}
SUBJECT_KINDS = list(SUBJECTS)

#: statements as a subordinate clause, a main clause and a V1 clause (after ``volgens X``).
CONTENTS = [
    ("de kosten van het project fors zullen stijgen", "De kosten van het project zullen fors stijgen",
     "zullen de kosten van het project fors stijgen"),
    ("het onderzoek zorgvuldig is verlopen", "Het onderzoek is zorgvuldig verlopen",
     "is het onderzoek zorgvuldig verlopen"),
    ("de nieuwe regels te laat komen voor veel boeren", "De nieuwe regels komen te laat voor veel boeren",
     "komen de nieuwe regels te laat voor veel boeren"),
    ("er volgend jaar meer geld naar de zorg gaat", "Er gaat volgend jaar meer geld naar de zorg",
     "gaat er volgend jaar meer geld naar de zorg"),
    ("de brug pas in het voorjaar weer opengaat", "De brug gaat pas in het voorjaar weer open",
     "gaat de brug pas in het voorjaar weer open"),
    ("de wachtlijsten in de jeugdzorg nog altijd te lang zijn",
     "De wachtlijsten in de jeugdzorg zijn nog altijd te lang", "zijn de wachtlijsten in de jeugdzorg nog altijd te lang"),
    ("de gesprekken met de bonden goed zijn verlopen", "De gesprekken met de bonden zijn goed verlopen",
     "zijn de gesprekken met de bonden goed verlopen"),
    ("het nieuwe station twee jaar later klaar is dan gepland",
     "Het nieuwe station is twee jaar later klaar dan gepland", "is het nieuwe station twee jaar later klaar dan gepland"),
]

#: direct quotes: statements, questions (vroeg) and exclamations (riep).
QUOTES = ["We gaan hier niet mee akkoord", "Dit is een zwarte dag voor de regio",
          "De kosten lopen volledig uit de hand", "Niemand heeft ons iets gevraagd",
          "Wij hebben alles gedaan wat mogelijk was", "Het is tijd voor een nieuw begin"]
QUESTIONS = ["Waarom heeft niemand ons gewaarschuwd?", "Wie gaat dit allemaal betalen?",
             "Hoe lang moeten we hier nog op wachten?"]
EXCLAMATIONS = ["Dit moet nu stoppen!", "Laat ons met rust!", "Genoeg is genoeg!"]

#: quote styles: (open, close)
QUOTE_STYLES = [("„", "”"), ("“", "”"), ('"', '"'), (",,", "''")]

#: fronted time words and adverbs, by the tense of the clause
ADVERBS = {"past": ["Dinsdag", "Eerder", "Gisteren", "Vorige week", "Ook", "Daarnaast"],
           "present": ["Dinsdag", "Inmiddels", "Nu", "Ook", "Daarnaast", "Intussen"]}
ADVERBS["perfect"] = ADVERBS["past"]
ADVERBS["modal"] = ADVERBS["present"]
FRONT_PPS = ["In een verklaring", "Tegenover de NOS", "Op een persconferentie", "In een brief aan de Kamer",
             "Na afloop van het overleg"]
#: fronted subordinate clauses, by the tense of the main clause
FRONT_CLAUSES = {
    "past": ["Toen de vergadering was afgelopen,", "Nadat de cijfers bekend waren geworden,",
             "Omdat de kritiek bleef aanhouden,"],
    "present": ["Nu de cijfers bekend zijn,", "Omdat de kritiek blijft aanhouden,", "Terwijl het overleg nog loopt,"],
}
FRONT_CLAUSES["perfect"] = FRONT_CLAUSES["present"]
FRONT_CLAUSES["modal"] = FRONT_CLAUSES["present"]
MIDDLES = ["", "dinsdag", "in een verklaring", "tegenover de NOS", "opnieuw"]
#: main clauses that end in a subordinating conjunction, by tense of the subordinate clause
MATRIX = {
    "present": ["De onderhandelingen gaan door, hoewel", "De spanning loopt op, omdat", "Het overleg is uitgesteld, omdat"],
    "past": ["De vergadering werd stilgelegd, nadat", "Er ontstond onrust, toen", "Het overleg werd uitgesteld, omdat"],
}
MATRIX["perfect"] = MATRIX["present"]
MATRIX["modal"] = MATRIX["present"]
#: the modal of a modal chain: "wil benadrukken", "kan bevestigen", "moet toegeven"
MODALS = ["wil"]
MODAL_FOR = {"bevestigen": "kan", "melden": "kan", "toegeven": "moet", "erkennen": "moet", "bekennen": "moet"}

TENSES = ["present", "past", "perfect", "modal"]

# verbs per frame
DAT_VERBS = [
    V("zeggen", "zegt", "zei", "gezegd"), V("melden", "meldt", "meldde", "gemeld"),
    V("stellen", "stelt", "stelde", "gesteld"), V("verklaren", "verklaart", "verklaarde", "verklaard"),
    V("benadrukken", "benadrukt", "benadrukte", "benadrukt"), V("beweren", "beweert", "beweerde", "beweerd"),
    V("erkennen", "erkent", "erkende", "erkend"), V("waarschuwen", "waarschuwt", "waarschuwde", "gewaarschuwd"),
    V("geven", "geeft", "gaf", "gegeven", "aan"), V("geven", "geeft", "gaf", "gegeven", "toe"),
    V("laten", "laat", "liet", "laten", "weten", prt_apart=True),
    V("merken", "merkt", "merkte", "gemerkt", "op"), V("delen", "deelt", "deelde", "gedeeld", "mee"),
    V("lichten", "licht", "lichtte", "gelicht", "toe"), V("houden", "houdt", "hield", "gehouden", "vol"),
    V("kondigen", "kondigt", "kondigde", "gekondigd", "aan"),
    V("denken", "denkt", "dacht", "gedacht", modal_ok=False, perfect_ok=False), V("vinden", "vindt", "vond", "gevonden", modal_ok=False, perfect_ok=False),
    V("verwachten", "verwacht", "verwachtte", "verwacht", modal_ok=False, perfect_ok=False),
    V("vrezen", "vreest", "vreesde", "gevreesd", modal_ok=False, perfect_ok=False),
    V("betogen", "betoogt", "betoogde", "betoogd"), V("beamen", "beaamt", "beaamde", "beaamd"),
    V("concluderen", "concludeert", "concludeerde", "geconcludeerd"),
    V("onderstrepen", "onderstreept", "onderstreepte", "onderstreept"),
    V("bevestigen", "bevestigt", "bevestigde", "bevestigd"), V("ontkennen", "ontkent", "ontkende", "ontkend"),
    V("bekennen", "bekent", "bekende", "bekend"), V("leggen", "legt", "legde", "gelegd", "uit"),
    V("voegen", "voegt", "voegde", "gevoegd", "toe"), V("schrijven", "schrijft", "schreef", "geschreven"),
]
OF_VERBS = [V("betwijfelen", "betwijfelt", "betwijfelde", "betwijfeld", modal_ok=False, perfect_ok=False)]
TE_COMMIT = [V("beloven", "belooft", "beloofde", "beloofd"), V("dreigen", "dreigt", "dreigde", "gedreigd"),
             V("zeggen", "zegt", "zegde", "gezegd", "toe"), V("garanderen", "garandeert", "garandeerde", "gegarandeerd"),
             V("zweren", "zweert", "zwoer", "gezworen")]
TE_ASSERT = [V("beweren", "beweert", "beweerde", "beweerd"), V("ontkennen", "ontkent", "ontkende", "ontkend"),
             V("zeggen", "zegt", "zei", "gezegd"), V("verklaren", "verklaart", "verklaarde", "verklaard"),
             V("erkennen", "erkent", "erkende", "erkend")]
TE_COMMIT_CONTENT = ["de belastingen volgend jaar te verlagen", "de fabriek in Tilburg open te houden",
                     "binnen een maand met een nieuw plan te komen", "het contract niet te verlengen"]
TE_ASSERT_CONTENT = ["niets van de plannen te hebben geweten", "de brief nooit te hebben ontvangen",
                     "bereid te zijn tot een gesprek", "fouten te hebben gemaakt bij de aanbesteding"]
#: request verbs: (verb, uses "om" before the infinitive)
OBJ_TE_VERBS = [(V("roepen", "roept", "riep", "geroepen", "op"), True), (V("vragen", "vraagt", "vroeg", "gevraagd"), False),
                (V("verzoeken", "verzoekt", "verzocht", "verzocht"), False),
                (V("sommeren", "sommeert", "sommeerde", "gesommeerd"), False),
                (V("sporen", "spoort", "spoorde", "gespoord", "aan"), True),
                (V("adviseren", "adviseert", "adviseerde", "geadviseerd"), False)]
ADDRESSEES = ["de inwoners", "het bedrijf", "de Tweede Kamer", "alle ouders"]
OBJ_TE_CONTENT = ["voorzichtig te zijn", "het plan opnieuw te bekijken", "de regels beter na te leven",
                  "snel met een oplossing te komen"]
#: content objects per verb
OBJECT_VERBS = [
    (V("eisen", "eist", "eiste", "geëist"), "een celstraf van acht jaar"),
    (V("ontkennen", "ontkent", "ontkende", "ontkend"), "alle beschuldigingen"),
    (V("erkennen", "erkent", "erkende", "erkend"), "de nederlaag"),
    (V("bevestigen", "bevestigt", "bevestigde", "bevestigd"), "het bericht over de overname"),
    (V("kondigen", "kondigt", "kondigde", "gekondigd", "aan"), "een onderzoek naar de brand"),
    (V("claimen", "claimt", "claimde", "geclaimd"), "de overwinning"),
    (V("spreken", "spreekt", "sprak", "gesproken", "tegen"), "de beschuldigingen"),
    (V("bekennen", "bekent", "bekende", "bekend"), "de diefstal"),
]
ALS_VERBS = [V("beschouwen", "beschouwt", "beschouwde", "beschouwd"), V("zien", "ziet", "zag", "gezien", modal_ok=False, perfect_ok=False),
             V("bestempelen", "bestempelt", "bestempelde", "bestempeld"),
             V("omschrijven", "omschrijft", "omschreef", "omschreven"), V("doen", "doet", "deed", "gedaan", "af"),
             V("typeren", "typeert", "typeerde", "getypeerd"), V("schilderen", "schildert", "schilderde", "geschilderd", "af"),
             V("kwalificeren", "kwalificeert", "kwalificeerde", "gekwalificeerd")]
ALS_PAIRS = [("het voorstel", "een bedreiging voor de democratie"), ("de uitspraak", "een gemiste kans"),
             ("de nieuwe wet", "een stap in de goede richting"), ("het rapport", "een aanval op de sector")]
XY_VERBS = [V("noemen", "noemt", "noemde", "genoemd"), V("vinden", "vindt", "vond", "gevonden", modal_ok=False, perfect_ok=False),
            V("achten", "acht", "achtte", "geacht", modal_ok=False, perfect_ok=False)]
XY_PAIRS = [("het voorstel", "onverantwoord"), ("de uitspraak", "onbegrijpelijk"), ("de kans op een akkoord", "klein"),
            ("de bezuinigingen", "onvermijdelijk")]
#: prepositional content: (verb, preposition, content noun phrases)
PP_VERBS = [
    (V("vragen", "vraagt", "vroeg", "gevraagd"), "om", ["uitstel van de stemming", "een nieuw onderzoek"]),
    (V("roepen", "roept", "riep", "geroepen", "op"), "tot", ["kalmte", "een staakt-het-vuren"]),
    (V("pleiten", "pleit", "pleitte", "gepleit"), "voor", ["een verbod op vuurwerk", "een hoger minimumloon"]),
    (V("dringen", "dringt", "drong", "gedrongen", "aan"), "op", ["snelle maatregelen", "een debat in de Kamer", "dalende prijzen voor energie"]),
    (V("spreken", "spreekt", "sprak", "gesproken"), "van", ["een doorbraak", "een historische fout"]),
    (V("waarschuwen", "waarschuwt", "waarschuwde", "gewaarschuwd"), "voor", ["een tekort aan leraren", "nieuwe overstromingen", "stijgende kosten in de zorg"]),
]
#: prepositional content that is a claim only with a person or organisation as subject (the negatives:
#: "de cijfers wijzen op een daling" is evidence)
PP_AGENT_VERBS = [
    (V("wijzen", "wijst", "wees", "gewezen"), "op", ["de hoge kosten van de brug", "de risico's van het plan"]),
]
#: copular stance: the predicate before the dat-clause
COPULAR = ["van mening", "ervan overtuigd", "bang", "er zeker van", "het ermee eens"]
FEELINGS = ["blij", "opgelucht", "teleurgesteld", "verheugd", "boos"]
COPULA = V("zijn", "is", "was", "geweest", aux="is", modal_ok=False)
#: nominal cues: (light verb, noun phrase)
NOMINAL = [(V("uiten", "uit", "uitte", "geuit"), "de overtuiging"),
           (V("herhalen", "herhaalt", "herhaalde", "herhaald"), "de eis"),
           (V("spreken", "spreekt", "sprak", "gesproken", "uit"), "de hoop"),
           (V("uiten", "uit", "uitte", "geuit"), "het verwijt"),
           (V("doen", "doet", "deed", "gedaan"), "de belofte")]
#: inverted cues after a quote, per closing punctuation
QUOTE_VERBS = [V("zeggen", "zegt", "zei", "gezegd"), V("stellen", "stelt", "stelde", "gesteld"),
               V("reageren", "reageert", "reageerde", "gereageerd"), V("vullen", "vult", "vulde", "gevuld", "aan"),
               V("merken", "merkt", "merkte", "gemerkt", "op"), V("vertellen", "vertelt", "vertelde", "verteld"),
               V("antwoorden", "antwoordt", "antwoordde", "geantwoord"), V("voegen", "voegt", "voegde", "gevoegd", "toe")]
ASK = V("vragen", "vraagt", "vroeg", "gevraagd")
SHOUT = V("roepen", "roept", "riep", "geroepen")
BACKREF_VERBS = [V("zeggen", "zegt", "zei", "gezegd"), V("melden", "meldt", "meldde", "gemeld"),
                 V("schrijven", "schrijft", "schreef", "geschreven"),
                 V("maken", "maakt", "maakte", "gemaakt", "bekend"),
                 V("laten", "laat", "liet", "laten", "weten", prt_apart=True),
                 V("vertellen", "vertelt", "vertelde", "verteld"), V("bepalen", "bepaalt", "bepaalde", "bepaald")]


# -- building texts with offsets ----------------------------------------------------------------

class Text:
    """A text built piece by piece; ``mark`` records where a content piece lands."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[tuple[int, int]] = []

    def add(self, s: str) -> "Text":
        if s:
            attach = s[0] in ",.:?!" and not s.startswith(",,")
            if self.parts and not self.parts[-1].endswith((" ", "\n")) and not attach and s[0] not in " \n":
                self.parts.append(" ")
            self.parts.append(s)
        return self

    def raw(self, s: str) -> "Text":
        self.parts.append(s)
        return self

    def mark(self, s: str, *, space: bool = True) -> "Text":
        if space:
            self.add("")
            if self.parts and not self.parts[-1].endswith((" ", "\n")):
                self.parts.append(" ")
        start = len("".join(self.parts))
        self.parts.append(s)
        self.spans.append((start, start + len(s)))
        return self

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _pick(seq, *keys):
    """A deterministic choice from ``seq`` that varies with every key."""
    h = 0
    for k in keys:
        for ch in str(k):
            h = (h * 131 + ord(ch)) % 1_000_003
    return seq[h % len(seq)]


class Grid:
    def __init__(self) -> None:
        self.cases: list[Case] = []
        self._ids: dict[str, int] = {}

    def add(self, t: Text, frame: str, order: str, tense: str, subject: str, verb: "Verb | str",
            claims: list[tuple[str, Speaker, str]] | None = None) -> None:
        """Add a case; ``claims`` pairs each marked span (in order) with (kind, speaker, cue)."""
        claims = claims or []
        particle = "none"
        if isinstance(verb, Verb):
            if verb.prt:
                joined = {verb.nonfinite(f) for f in (verb.part, verb.inf)}
                joined |= {f"{f} {verb.prt}" if verb.prt_apart else verb.prt + f for f in (verb.pres, verb.past)}
                particle = "joined" if any(re.search(rf"\b{re.escape(j)}\b", t.text) for j in joined) else "split"
            verb = verb.lemma
        assert len(claims) == len(t.spans), (t.text, claims, t.spans)
        text = t.text
        expected = [Expected(kind, text[s:e], s, e, sp.id, sp.name, list(sp.aliases), cue)
                    for (kind, sp, cue), (s, e) in zip(claims, t.spans)]
        base = f"{frame}.{order}.{tense}.{subject}"
        n = self._ids.get(base, 0)
        self._ids[base] = n + 1
        self.cases.append(Case(f"{base}.{n}", text, frame, order, tense, subject, verb, particle, not claims, expected))


# -- clauses ------------------------------------------------------------------------------------

def verb_cluster(v: Verb, tense: str, modal: str) -> tuple[str, str]:
    """(finite word in second position, words at the end of the middle field) for a main clause."""
    if tense == "present":
        return v.pres, v.prt
    if tense == "past":
        return v.past, v.prt
    if tense == "perfect":
        return v.aux, v.nonfinite(v.part)
    return modal, v.nonfinite(v.inf)


def final_cluster(v: Verb, tense: str, modal: str) -> str:
    """The verb cluster at the end of a subordinate clause."""
    if tense == "present":
        return f"{v.pres} {v.prt}" if v.prt_apart else v.prt + v.pres
    if tense == "past":
        return f"{v.past} {v.prt}" if v.prt_apart else v.prt + v.past
    if tense == "perfect":
        return f"{v.aux} {v.nonfinite(v.part)}"
    return f"{modal} {v.nonfinite(v.inf)}"


ORDERS_MAIN = ["sv", "adv", "pp", "sub", "vfinal"]


def clause(t: Text, order: str, subj: Subject, v: Verb, tense: str, key: tuple,
           mid_content: list[tuple[str, bool]], ext_content: list[tuple[str, bool]],
           front_obj: list[tuple[str, bool]] | None = None, middles: list[str] = MIDDLES) -> None:
    """Write one clause with the verb ``v``: ``mid_content`` goes in the middle field (before the
    verb cluster), ``ext_content`` after it; each piece is (text, is the claim span)."""
    modal = MODAL_FOR.get(v.lemma, "wil")
    mid = _pick(middles, *key, "mid")
    if tense == "perfect" and not v.perfect_ok:
        mid = "altijd"
    if subj.antecedent:
        t.add(subj.antecedent)

    def put(pieces: list[tuple[str, bool]]) -> None:
        for s, is_span in pieces:
            if is_span:
                t.mark(s)
            else:
                t.add(s)

    if order == "vfinal":
        matrix = _pick(MATRIX[tense], *key, "matrix")
        t.add(matrix).add(subj.text).add(mid)
        put(mid_content)
        t.add(final_cluster(v, tense, modal))
        put(ext_content)
        t.raw(".")
        return
    fin, end = verb_cluster(v, tense, modal)
    if order == "sv":
        t.add(subj.at_start()).add(fin).add(mid)
    else:
        if order == "adv":
            t.add(_pick(ADVERBS[tense], *key, "adv"))
            mid = "" if mid in {"dinsdag", "opnieuw"} else mid
        elif order == "pp":
            t.add(_pick(FRONT_PPS, *key, "pp"))
            mid = "" if mid in {"in een verklaring", "tegenover de NOS"} else mid
        elif order == "sub":
            t.add(_pick(FRONT_CLAUSES[tense], *key, "sub"))
        elif order == "obj":
            assert front_obj is not None
            first, is_span = front_obj[0]
            if is_span:
                t.mark(_cap(first))
            else:
                t.add(_cap(first))
            for s, sp in front_obj[1:]:
                (t.mark if sp else t.add)(s)
        else:
            raise ValueError(order)
        t.add(fin).add(subj.text).add(mid)
    put(mid_content)
    t.add(end)
    put(ext_content)
    t.raw(".")


# -- frames -------------------------------------------------------------------------------------

def subject_for(kind: str, *key) -> Subject:
    return _pick(SUBJECTS[kind], *key, "subject")


#: two tenses per (order, subject kind), rotated so that every pair of dimensions is covered
_TENSE_PAIRS = [(0, 1), (2, 3), (0, 2), (1, 3), (0, 3), (1, 2)]


def _tenses(order: str, kind: str, tenses: list[str] = TENSES) -> list[str]:
    i = (ORDERS_MAIN + ["obj"]).index(order) + SUBJECT_KINDS.index(kind)
    if len(tenses) == 2:
        return tenses
    return [tenses[j] for j in _TENSE_PAIRS[i % len(_TENSE_PAIRS)]]


def _grid(orders: list[str]) -> Iterator[tuple[str, str, str]]:
    for order, kind in itertools.product(orders, SUBJECT_KINDS):
        for tense in _tenses(order, kind):
            yield order, tense, kind


def gen_complement_frames(g: Grid) -> None:
    """Frames with a complement after (or inside) the clause of the cue verb: every frame ×
    order × subject kind, two tenses each, rotated so that every tense meets every order and
    every subject kind."""
    for order, kind in itertools.product(ORDERS_MAIN, SUBJECT_KINDS):
        # copular stance and doubt (present and past only)
        for tense in ("present", "past"):
            key = ("copular", order, tense, kind)
            pred = _pick(COPULAR, *key)
            s = subject_for(kind, *key)
            sub = _pick(CONTENTS, *key)[0]
            t = Text()
            clause(t, order, s, COPULA, tense, key, [(pred, False)], [("dat", False), (sub, True)], middles=[""])
            g.add(t, "copular", order, tense, kind, f"zijn {pred}", [("indirect", s.speaker, pred)])
            # a feeling with its content: "is blij dat …" (without a dat-clause it is no claim: the negatives)
            key = ("feeling", order, tense, kind)
            pred = _pick(FEELINGS, *key)
            s = subject_for(kind, *key)
            sub = _pick(CONTENTS, *key)[0]
            t = Text()
            clause(t, order, s, COPULA, tense, key, [(pred, False)], [("dat", False), (sub, True)], middles=[""])
            g.add(t, "copular", order, tense, kind, f"zijn {pred}", [("indirect", s.speaker, pred)])
            key = ("of", order, tense, kind)
            v = OF_VERBS[0]
            s = subject_for(kind, *key)
            sub = _pick(CONTENTS, *key)[0]
            t = Text()
            clause(t, order, s, v, tense, key, [], [("of", False), (sub, True)])
            g.add(t, "of", order, tense, kind, v, [("indirect", s.speaker, v.lemma)])
    for order, tense, kind in _grid(ORDERS_MAIN):
        # dat-clause
        key = ("dat", order, tense, kind)
        v = _pick([x for x in DAT_VERBS if tense != "modal" or x.modal_ok], *key)
        s = subject_for(kind, *key)
        sub = _pick(CONTENTS, *key)[0]
        t = Text()
        clause(t, order, s, v, tense, key, [], [("dat", False), (sub, True)])
        g.add(t, "dat", order, tense, kind, v, [("indirect", s.speaker, v.lemma)])

        # te-infinitive
        key = ("te", order, tense, kind)
        commit = _pick([True, False], *key, "group")
        v = _pick(TE_COMMIT if commit else TE_ASSERT, *key)
        content = _pick(TE_COMMIT_CONTENT if commit else TE_ASSERT_CONTENT, *key)
        s = subject_for(kind, *key)
        t = Text()
        clause(t, order, s, v, tense, key, [], [(content, True)])
        g.add(t, "te", order, tense, kind, v, [("indirect", s.speaker, v.lemma)])

        # addressee object + (om) te-infinitive
        key = ("obj_te", order, tense, kind)
        v, om = _pick(OBJ_TE_VERBS, *key)
        content = _pick(OBJ_TE_CONTENT, *key)
        s = subject_for(kind, *key)
        t = Text()
        ext = [("om", False), (content, True)] if om else [(content, True)]
        clause(t, order, s, v, tense, key, [(_pick(ADDRESSEES, *key), False)], ext)
        g.add(t, "obj_te", order, tense, kind, v, [("indirect", s.speaker, v.lemma)])

        # content object
        key = ("object", order, tense, kind)
        v, obj = _pick(OBJECT_VERBS, *key)
        s = subject_for(kind, *key)
        t = Text()
        clause(t, order, s, v, tense, key, [(obj, True)], [])
        g.add(t, "object", order, tense, kind, v, [("indirect", s.speaker, v.lemma)])

        # X als Y, X Y
        for frame, verbs, pairs in (("als", ALS_VERBS, ALS_PAIRS), ("xy", XY_VERBS, XY_PAIRS)):
            key = (frame, order, tense, kind)
            v = _pick([x for x in verbs if tense != "modal" or x.modal_ok], *key)
            x, y = _pick(pairs, *key)
            if v.inf == "doen":  # afdoen als: dismissive predicates
                y = "onzin" if x != "de uitspraak" else "een incident"
            s = subject_for(kind, *key)
            pred = f"{x} als {y}" if frame == "als" else f"{x} {y}"
            t = Text()
            clause(t, order, s, v, tense, key, [(pred, True)], [])
            g.add(t, frame, order, tense, kind, v, [("indirect", s.speaker, v.lemma)])

        # prepositional content
        key = ("pp", order, tense, kind)
        v, prep, nps = _pick(PP_VERBS, *key)
        np = _pick(nps, *key)
        s = subject_for(kind, *key)
        t = Text()
        clause(t, order, s, v, tense, key, [], [(prep, False), (np, True)])
        g.add(t, f"pp:{prep}", order, tense, kind, v, [("indirect", s.speaker, f"{v.lemma} {prep}")])
        key = ("pp_agent", order, tense, kind)
        v, prep, nps = _pick(PP_AGENT_VERBS, *key)
        np = _pick(nps, *key)
        s = subject_for(kind, *key)
        t = Text()
        clause(t, order, s, v, tense, key, [], [(prep, False), (np, True)])
        g.add(t, f"pp:{prep}", order, tense, kind, v, [("indirect", s.speaker, f"{v.lemma} {prep}")])

        # nominal cue
        key = ("nominal", order, tense, kind)
        v, noun = _pick(NOMINAL, *key)
        s = subject_for(kind, *key)
        sub = _pick(CONTENTS, *key)[0]
        t = Text()
        clause(t, order, s, v, tense, key, [(noun, False)], [("dat", False), (sub, True)])
        g.add(t, "nominal", order, tense, kind, v, [("indirect", s.speaker, noun)])


    # fronted object: "Het voorstel noemt X onverantwoord", "Een celstraf eiste het OM"
    for _, tense, kind in _grid(["obj"]):
        for frame, verbs, pairs in (("als", ALS_VERBS, ALS_PAIRS), ("xy", XY_VERBS, XY_PAIRS)):
            key = (frame, "obj", tense, kind)
            v = _pick([x for x in verbs if tense != "modal" or x.modal_ok], *key)
            x, y = _pick(pairs, *key)
            if v.inf == "doen":
                y = "onzin" if x != "de uitspraak" else "een incident"
            s = subject_for(kind, *key)
            t = Text()
            # the span runs from the fronted object to the predicate: X V S Y
            if s.antecedent:
                t.add(s.antecedent)
            fin, end = verb_cluster(v, tense, MODAL_FOR.get(v.lemma, "wil"))
            start = len(t.text) + (1 if t.text else 0)
            t.add(_cap(x)).add(fin).add(s.text).add("altijd" if tense == "perfect" and not v.perfect_ok else "")
            t.add(f"als {y}" if frame == "als" else y)
            stop = len(t.text)
            t.add(end).raw(".")
            t.spans.append((start, stop))
            g.add(t, frame, "obj", tense, kind, v, [("indirect", s.speaker, v.lemma)])


def gen_quote_frames(g: Grid) -> None:
    """Direct quotes before and after the cue, in every Dutch quote style, with the punctuation
    inside or outside the closing mark; interrupted quotes; colon headlines."""
    turn = itertools.count()

    def next_kind() -> str:  # subject kinds in turn, so that each style meets each kind
        return SUBJECT_KINDS[next(turn) % len(SUBJECT_KINDS)]

    for (op, cl), tense in itertools.product(QUOTE_STYLES, ["present", "past", "perfect"]):
        style = f"{op}{cl}"
        for punct in ("outside", "comma_inside", "question", "exclamation"):
            kind = next_kind()
            key = ("quote", style, punct, tense, kind)
            s = subject_for(kind, *key)
            if punct == "question":
                v, q = ASK, _pick(QUESTIONS, *key)
            elif punct == "exclamation":
                v, q = SHOUT, _pick(EXCLAMATIONS, *key)
            else:
                v, q = _pick(QUOTE_VERBS, *key), _pick(QUOTES, *key)
                if punct == "comma_inside":
                    q += ","
            fin, end = verb_cluster(v, tense, "")
            t = Text()
            if s.antecedent:
                t.add(s.antecedent)
            t.add(op)
            t.mark(q, space=False)
            t.raw(cl)
            if punct == "outside":
                t.raw(",")
            t.add(fin).add(s.text).add(end).raw(".")
            g.add(t, "quote_before", f"inverted_{punct}", tense, kind, v, [("direct", s.speaker, v.lemma)])

        # cue first: "X zegt: „…”", V1 "Zegt X: „…”", fronted PP
        for order in ("sv", "v1", "pp"):
            if order == "v1" and tense == "perfect":
                continue
            kind = next_kind()
            key = ("quote_after", style, order, tense, kind)
            s = subject_for(kind, *key)
            v = _pick(QUOTE_VERBS[:3] + QUOTE_VERBS[5:7], *key)
            q = _pick(QUOTES, *key) + "."
            fin, end = verb_cluster(v, tense, "")
            t = Text()
            if s.antecedent:
                t.add(s.antecedent)
            if order == "sv":
                t.add(s.at_start()).add(fin).add(end)
            elif order == "v1":
                t.add(_cap(fin)).add(s.text).add(end)
            else:
                t.add(_pick(FRONT_PPS, *key)).add(fin).add(s.text).add(end)
            t.raw(":").add(op)
            t.mark(q, space=False)
            t.raw(cl)
            g.add(t, "quote_after", order, tense, kind, v, [("direct", s.speaker, v.lemma)])

        # interrupted quote: two claims
        kind = next_kind()
        key = ("quote_split", style, tense, kind)
        s = subject_for(kind, *key)
        v = _pick(QUOTE_VERBS[:2], *key)
        fin, end = verb_cluster(v, tense, "")
        q1, q2 = _pick(QUOTES, *key), _pick(QUOTES, *key, "second")
        if q1 == q2:
            q2 = QUOTES[(QUOTES.index(q1) + 1) % len(QUOTES)]
        t = Text()
        if s.antecedent:
            t.add(s.antecedent)
        t.add(op).mark(q1, space=False).raw(cl + ",").add(fin).add(s.text).add(end).raw(", ")
        t.raw(op).mark(q2[0].lower() + q2[1:] + ".", space=False).raw(cl)
        g.add(t, "quote_split", "inverted", tense, kind, v,
              [("direct", s.speaker, v.lemma), ("direct", s.speaker, v.lemma)])

    # headline with a colon: "Zelensky: „We gaan door”" followed by a body line
    for (op, cl), kind in itertools.product(QUOTE_STYLES, SUBJECT_KINDS):
        if kind == "pronoun":
            continue
        key = ("headline", op, kind)
        s = subject_for(kind, *key)
        q = _pick(QUOTES, *key)
        t = Text()
        t.add(_cap(s.text) + ":").add(op).mark(q, space=False).raw(cl + "\n\n")
        t.raw("Het overleg in Den Haag duurde tot laat in de avond.")
        g.add(t, "colon_headline", "headline", "none", kind, ":", [("direct", s.speaker, ":")])


def gen_marker_frames(g: Grid) -> None:
    """volgens, aldus, back-references, evidentials and passives."""
    for kind in SUBJECT_KINDS:
        if kind == "pronoun":
            continue  # "volgens hem" is covered below by its own antecedent
        for i, (sub, main, v1) in enumerate(CONTENTS[:4]):
            key = ("volgens", kind, i)
            s = subject_for(kind, *key)
            t = Text().add(f"Volgens {s.text}").mark(v1).raw(".")
            g.add(t, "volgens", "front", "none", kind, "volgens", [("indirect", s.speaker, "volgens")])
            t = Text().mark(main).raw(f", volgens {s.text}.")
            g.add(t, "volgens", "final", "none", kind, "volgens", [("indirect", s.speaker, "volgens")])
            t = Text().mark(main).raw(f", aldus {s.text}.")
            g.add(t, "aldus", "final", "none", kind, "aldus", [("indirect", s.speaker, "aldus")])
    for i, p in enumerate(SUBJECTS["pronoun"]):
        sub, main, v1 = CONTENTS[i]
        obj = "hem" if p.text == "hij" else "haar"
        t = Text().add(p.antecedent).add(f"Volgens {obj}").mark(v1).raw(".")
        g.add(t, "volgens", "front", "none", "pronoun", "volgens", [("indirect", p.speaker, "volgens")])

    # headlines "X over/in/tegen …: content" without quote marks (the first line; the body names X again)
    topics = ["over de nieuwe regels", "in een verklaring", "tegen de Kamer", "over de begroting"]
    for kind in SUBJECT_KINDS:
        if kind == "pronoun":
            continue
        for n in range(2):
            key = ("headline_topic", kind, n)
            s = subject_for(kind, *key)
            main = _pick(CONTENTS, *key)[1]
            t = Text().add(f"{_cap(s.text)} {_pick(topics, *key)}:").mark(main[:1].lower() + main[1:]).raw("\n\n")
            t.raw(f"Het overleg met {s.text} duurde tot laat in de avond.")
            g.add(t, "colon_headline", "headline_topic", "none", kind, ":", [("indirect", s.speaker, ":")])
    for text in ("Storm over Nederland: bomen vallen om in het hele land\n\nDe storm raasde de hele nacht.",
                 "Onrust over de kosten: de brug wordt veel duurder\n\nDe onrust over de kosten groeit."):
        g.add(Text().add(text), "negative", "headline_topic", "none", "none", "headline_topic")

    # an inverted cue with no comma after a complete main clause: "Het onderzoek is zorgvuldig verlopen vindt X."
    for kind in ("surname", "full_name", "role_name", "tracked"):
        for n, verb in enumerate(["vindt", "denkt", "zegt"]):
            key = ("inverted_nocomma", kind, n)
            s = subject_for(kind, *key)
            main = _pick(CONTENTS, *key)[1]
            t = Text().mark(main).raw(f" {verb} {s.text}.")
            g.add(t, "inverted", "nocomma", "none", kind, verb, [("indirect", s.speaker, verb)])

    # "volgens X" inside a clause: in the middle field of a main clause the claim is the sentence;
    # in an adverbial or relative clause it is that clause
    mids = ["De kosten van het project zullen volgens {X} fors stijgen",
            "Het onderzoek is volgens {X} zorgvuldig verlopen",
            "De nieuwe regels komen volgens {X} te laat voor veel boeren",
            "Er gaat volgend jaar volgens {X} meer geld naar de zorg"]
    subs = [("Omdat de brug volgens {X} pas in het voorjaar weer opengaat", ", rijden er extra bussen."),
            ("Nadat het overleg volgens {X} was mislukt", ", gingen de bonden staken."),
            ("Het kabinet presenteert een plan", " dat volgens {X} de wachtlijsten in de jeugdzorg verkort."),
            ("De gemeente bouwt een brug", " die volgens {X} te smal is voor vrachtwagens.")]
    for kind in SUBJECT_KINDS:
        for n in range(2):
            key = ("volgens_mid", kind, n)
            s = subject_for(kind, *key)
            x = s.text if kind != "pronoun" else ("hem" if s.text == "hij" else "haar")
            t = Text()
            if s.antecedent:
                t.add(s.antecedent)
            t.mark(_pick(mids, *key).replace("{X}", x)).raw(".")
            g.add(t, "volgens", "middle", "none", kind, "volgens", [("indirect", s.speaker, "volgens")])
            a, b = _pick(subs, *key, "sub")
            t = Text()
            if s.antecedent:
                t.add(s.antecedent)
            if a.startswith(("Omdat", "Nadat")):
                t.mark(a.replace("{X}", x)).raw(b)
            else:
                t.add(a).mark(b.strip().rstrip(".").replace("{X}", x)).raw(".")
            g.add(t, "volgens", "subclause", "none", kind, "volgens", [("indirect", s.speaker, "volgens")])

    # back-references: "Main. Dat zegt X." (V2 with the object 'Dat' fronted)
    for tense, kind in itertools.product(["present", "past", "perfect"], SUBJECT_KINDS):
        for n in range(2):
            key = ("backref", tense, kind, n)
            s = subject_for(kind, *key)
            v = _pick(BACKREF_VERBS[:-1], *key)
            main = _pick(CONTENTS, *key)[1]
            fin, end = verb_cluster(v, tense, "")
            t = Text()
            if s.antecedent:  # a paragraph of its own: "Dat" points back at the paragraph before
                t.add(s.antecedent).raw("\n\n")
            t.mark(main).raw(".")
            t.add(_pick(["Dat", "Dit"], *key)).add(fin).add(s.text).add(_pick(["", "tegen de NOS", "dinsdag"], *key)).add(end).raw(".")
            g.add(t, "backref", "obj", tense, kind, v, [("indirect", s.speaker, v.lemma)])
        if kind == "organisation":  # a court decides
            for court in ("de rechtbank", "het gerechtshof"):
                key = ("backref-court", tense, court)
                main = _pick(CONTENTS, *key)[1]
                v = BACKREF_VERBS[-1]
                fin, end = verb_cluster(v, tense, "")
                t = Text().mark(main).raw(".").add("Dat").add(fin).add(court).add(end).raw(".")
                sp = Speaker(court.split()[-1], court.split()[-1])
                g.add(t, "backref", "obj", tense, kind, v, [("indirect", sp, v.lemma)])

    # evidentials with a document of a source
    docs = ["het rapport van", "een verklaring van", "de jaarcijfers van", "een brief van"]
    for kind in SUBJECT_KINDS:
        if kind == "pronoun":
            continue
        for i in range(3):
            key = ("evidential", kind, i)
            s = subject_for(kind, *key)
            sub, main, v1 = _pick(CONTENTS, *key)
            doc = _pick(docs, *key)
            t = Text().mark(main).raw(".").add(f"Dat staat in {doc} {s.text}.")
            g.add(t, "evidential", "backref_staat", "present", kind, "staan in", [("indirect", s.speaker, "staat in")])
            t = Text().mark(main).raw(".").add(f"Dat blijkt uit {doc} {s.text}.")
            g.add(t, "evidential", "backref_blijkt", "present", kind, "blijken uit", [("indirect", s.speaker, "blijkt uit")])
            t = Text().add(f"Uit {doc} {s.text} blijkt dat").mark(sub).raw(".")
            g.add(t, "evidential", "uit_blijkt_dat", "present", kind, "blijken uit", [("indirect", s.speaker, "blijkt uit")])
            t = Text().add(f"In {doc} {s.text} staat dat").mark(sub).raw(".")
            g.add(t, "evidential", "in_staat_dat", "present", kind, "staan in", [("indirect", s.speaker, "staat in")])
            # "…, blijkt uit X" (an inverted evidential without "zo") and authors named after the
            # document: by "door", in a relative clause, in a document inside a document
            verb = _pick(["blijkt", "bleek"], *key)
            t = Text().mark(main).raw(f", {verb} uit {doc} {s.text}.")
            g.add(t, "evidential", "trailing_comma", "present", kind, "blijken uit", [("indirect", s.speaker, verb)])
            made = _pick(["een analyse die {S} maakte", "onderzoek door {S}", "gesprekken die {S} voerde met ambtenaren",
                          "de cijfers in het jaarverslag van {S}", "een rondgang die {S} maakte langs de scholen"], *key)
            t = Text().mark(main).raw(".").add(f"Dat blijkt uit {made.replace('{S}', s.text)}.")
            g.add(t, "evidential", "backref_author", "present", kind, "blijken uit", [("indirect", s.speaker, "blijkt uit")])
            t = Text().mark(main).raw(f", blijkt uit {made.replace('{S}', s.text)}.")
            g.add(t, "evidential", "trailing_author", "present", kind, "blijken uit", [("indirect", s.speaker, "blijkt uit")])

    # passives: no agent -> unknown; with "door X" -> X
    pverbs = [("gemeld", "wordt", "werd"), ("gezegd", "wordt", "werd"), ("bevestigd", "wordt", "werd"),
              ("aangekondigd", "wordt", "werd")]
    for tense in ("present", "past", "perfect"):
        for part, pres, past in pverbs:
            aux = {"present": pres, "past": past, "perfect": "is"}[tense]
            sub = _pick(CONTENTS, part, tense)[0]
            t = Text().add(f"Er {aux} {part} dat").mark(sub).raw(".")
            g.add(t, "passive", "no_agent", tense, "none", part, [("indirect", UNKNOWN, part)])
        for kind in SUBJECT_KINDS:
            if kind == "pronoun":
                continue
            key = ("passive_agent", tense, kind)
            part, pres, past = _pick(pverbs, *key)
            aux = {"present": pres, "past": past, "perfect": "is"}[tense]
            s = subject_for(kind, *key)
            sub = _pick(CONTENTS, *key)[0]
            t = Text().add(f"Door {s.text} {aux} {part} dat").mark(sub).raw(".")
            g.add(t, "passive", "agent", tense, kind, part, [("indirect", s.speaker, part)])
        # the agent in the middle field (V2 after "er" or a time word) and in a verb-final clause
        for kind in SUBJECT_KINDS:
            key = ("passive_agent_mid", tense, kind)
            part, pres, past = _pick(pverbs, *key)
            aux = {"present": pres, "past": past, "perfect": "is"}[tense]
            s = subject_for(kind, *key)
            agent = s.text if kind != "pronoun" else ("hem" if s.text == "hij" else "haar")
            sub = _pick(CONTENTS, *key)[0]
            front = _pick(["Er", "Inmiddels", "Ook"], *key)
            t = Text()
            if s.antecedent:
                t.add(s.antecedent)
            t.add(f"{front} {aux} door {agent} {part} dat").mark(sub).raw(".")
            g.add(t, "passive", "agent_mid", tense, kind, part, [("indirect", s.speaker, part)])
            t = Text()
            if s.antecedent:
                t.add(s.antecedent)
            matrix = _pick(MATRIX[tense], *key, "matrix")
            t.add(f"{matrix} door {agent} {part} {aux} dat").mark(sub).raw(".")
            g.add(t, "passive", "agent_vfinal", tense, kind, part, [("indirect", s.speaker, part)])
        # "door" + a cause is no agent: the report stays without a source
        for cause in ("de storm", "de drukte"):
            part, pres, past = _pick(pverbs, cause, tense)
            aux = {"present": pres, "past": past, "perfect": "is"}[tense]
            sub = _pick(CONTENTS, cause, tense)[0]
            t = Text().add(f"Door {cause} {aux} {part} dat").mark(sub).raw(".")
            g.add(t, "passive", "cause", tense, "none", part, [("indirect", UNKNOWN, part)])


# -- negative controls --------------------------------------------------------------------------

def _neg(tense: str, pres: str, past: str, perf: str) -> str:
    return {"present": pres, "past": past, "perfect": perf}[tense]


NEGATIVES: list[tuple[str, tuple[str, str, str]]] = [
    # name, (present, past, perfect) templates with {S} for the subject
    ("plan_te", ("{S} is van plan de fabriek volgend jaar te sluiten.", "{S} was van plan de fabriek te sluiten.",
                 "{S} is lang van plan geweest de fabriek te sluiten.")),
    ("probeert_te", ("{S} probeert het contract te verlengen.", "{S} probeerde het contract te verlengen.",
                     "{S} heeft geprobeerd het contract te verlengen.")),
    ("wil_inf", ("{S} wil de heffingen verhogen.", "{S} wilde de heffingen verhogen.",
                 "{S} heeft de heffingen willen verhogen.")),
    ("hoopt_te", ("{S} hoopt de wedstrijd te winnen.", "{S} hoopte de wedstrijd te winnen.",
                  "{S} heeft gehoopt de wedstrijd te winnen.")),
    ("zegt_af", ("{S} zegt de afspraak met de bonden af.", "{S} zei het bezoek aan Brussel af.",
                 "{S} heeft het bezoek aan Brussel afgezegd.")),
    ("stelt_in", ("{S} stelt een onderzoek in naar de brand.", "{S} stelde een commissie in.",
                  "{S} heeft een onderzoek ingesteld naar de brand.")),
    ("meldt_zich", ("{S} meldt zich bij de politie.", "{S} meldde zich ziek.", "{S} heeft zich bij de politie gemeld.")),
    ("denkt_na", ("{S} denkt na over een nieuwe baan.", "{S} dacht lang na over het aanbod.",
                  "{S} heeft lang nagedacht over het aanbod.")),
    ("vindt_obj", ("{S} vindt zijn sleutels niet.", "{S} vond de weg naar het station niet.",
                   "{S} heeft de sleutels teruggevonden.")),
    ("vindt_obj_front", ("De sleutels vindt {S} niet.", "De weg naar het station vond {S} niet.",
                         "De sleutels heeft {S} niet gevonden.")),
    ("noemt_obj_front", ("De namen van de daders noemt {S} niet.", "De namen van de daders noemde {S} niet.",
                         "De namen van de daders heeft {S} niet genoemd.")),
    ("ziet_er_uit", ("{S} ziet er na de vergadering moe uit.", "{S} zag er als een winnaar uit.",
                     "{S} heeft er na de vergadering moe uitgezien.")),
    ("vindt_plaats", ("Het overleg met {S} vindt dinsdag plaats.", "Het overleg met {S} vond dinsdag plaats.",
                      "Het overleg met {S} heeft dinsdag plaatsgevonden.")),
    ("meldt_aan", ("{S} meldt de nieuwe regeling aan bij de bond.", "{S} meldde de nieuwe regeling aan bij de bond.",
                   "{S} heeft de nieuwe regeling aangemeld bij de bond.")),
    ("liever_niet", ("{S} ziet een hogere huur liever niet gebeuren.", "{S} zag een hogere huur liever niet gebeuren.",
                     "{S} had een hogere huur liever niet zien gebeuren.")),
    ("dreigt_failliet", ("Het bedrijf van {S} dreigt failliet te gaan.", "Het bedrijf van {S} dreigde failliet te gaan.",
                         "Het bedrijf van {S} heeft failliet dreigen te gaan.")),
    ("zoals_afgesproken", ("Zoals afgesproken betaalt {S} de helft van de kosten.",
                           "Zoals afgesproken betaalde {S} de helft van de kosten.",
                           "Zoals afgesproken heeft {S} de helft van de kosten betaald.")),
    ("wil_weten_of", ("{S} wil weten of de brug op tijd klaar is.", "{S} wilde weten of de brug op tijd klaar was.",
                      "{S} heeft willen weten of de brug op tijd klaar was.")),
    ("legt_uit_wat", ("{S} legt uit wat de nieuwe regels betekenen.", "{S} legde uit hoe de regeling werkt.",
                      "{S} heeft uitgelegd hoe de regeling werkt.")),
    ("sprak_steun_uit", ("{S} spreekt zijn steun uit voor de boeren.", "{S} sprak zijn steun uit voor de boeren.",
                         "{S} heeft zijn steun uitgesproken voor de boeren.")),
    ("wil_niet_ingaan", ("{S} wil niet ingaan op de kritiek.", "{S} wilde niet ingaan op de kritiek.",
                         "{S} heeft niet willen ingaan op de kritiek.")),
    ("is_blij", ("{S} is blij met de uitslag.", "{S} was ongerust over de cijfers.", "{S} is lang ongerust geweest.")),
    ("is_blij_om", ("{S} is opgelucht om de uitslag.", "{S} was teleurgesteld na de wedstrijd.", "{S} is lang boos geweest op de bond.")),
    ("question", ("Zegt {S} dat de kosten stijgen?", "Zei {S} echt dat de brug dichtgaat?",
                  "Heeft {S} gezegd dat de brug dichtgaat?")),
    ("ging_akkoord", ("{S} gaat niet akkoord met het voorstel.", "{S} ging niet akkoord met het voorstel.",
                      "{S} is niet akkoord gegaan met het voorstel.")),
    ("wijst_naar", ("{S} wijst naar de kerk op het plein.", "{S} wees naar de kerk op het plein.",
                    "{S} heeft naar de kerk op het plein gewezen.")),
    ("vroeg_zich_af_of", ("{S} vraagt zich af of het plan haalbaar is.", "{S} vroeg zich af of het plan haalbaar was.",
                          "{S} heeft zich afgevraagd of het plan haalbaar was.")),
    # the idiom without its clause, or another preposition: no content
    ("er_rekening_zonder_dat", ("{S} houdt er rekening mee.", "{S} had er geen vertrouwen in.",
                                "{S} heeft er de rekening voor betaald.")),
    # "dat" that is no complementiser of the cue: a relative pronoun after the infinitive's object,
    # a demonstrative object of an infinitive, the conjunction "zonder dat"
    ("wil_inf_dat", ("{S} wil een nieuw systeem bouwen dat sneller werkt.", "{S} wilde een nieuw systeem bouwen dat sneller werkte.",
                     "{S} heeft een nieuw systeem willen bouwen dat sneller werkt.")),
    ("wil_dat_inf", ("{S} wil dat nog dit jaar regelen.", "{S} wilde dat volgend jaar doen.",
                     "{S} heeft dat nog dit jaar willen regelen.")),
    ("zonder_dat", ("{S} wil de regels aanpassen zonder dat de huurders het merken.",
                    "{S} wilde de regels aanpassen zonder dat de huurders het merkten.",
                    "{S} heeft de regels willen aanpassen zonder dat de huurders het merkten.")),
    # a passive cue participle far from its auxiliary: the subject is the one addressed, and no source is named
    ("passive_addressee", ("{S} is dinsdag gewaarschuwd voor de gevolgen van de storm.",
                           "{S} was vorige week al gewaarschuwd voor de hoge kosten.",
                           "{S} is vier dagen voor de finale gewaarschuwd voor de hoge kosten.")),
    # a ruling under a modal is a power or a duty, not a ruling made
    ("kan_beslissen", ("{S} kan beslissen dat de huurder geld terugkrijgt.", "{S} kon beslissen dat de huurder geld terugkreeg.",
                       "{S} had kunnen beslissen dat de huurder geld terugkreeg.")),
    ("moet_bepalen", ("{S} moet nog bepalen dat de school openblijft.", "{S} moest bepalen dat de school openbleef.",
                      "{S} heeft moeten bepalen dat de school openbleef.")),
    # a particle that is not the cue's makes another verb: opeisen, aanbieden (a thing handed over)
    ("eist_op", ("{S} eist de titel op, na een lange strijd.", "{S} eiste de titel op, na een spannende finale.",
                 "{S} heeft de titel opgeëist, na een spannende finale.")),
    ("biedt_aan", ("{S} biedt het rapport dinsdag aan de Kamer aan.", "{S} bood het rapport aan de Kamer aan.",
                   "{S} heeft het rapport aan de Kamer aangeboden.")),
]
#: negatives without a subject slot
PLAIN_NEGATIVES = [
    ("negative_subject", "Niemand zegt dat de brug volgend jaar dicht moet."),
    ("negative_subject", "Niemand heeft ooit beweerd dat de kosten van de brug zouden dalen."),
    ("negative_subject", "De brug moet volgend jaar dicht. Dat vindt niemand."),
    ("consent_narration", "De gemeenteraad stemde gisteren in met het plan voor de nieuwe brug."),
    ("consent_narration", "De bond ging vorige week akkoord met het nieuwe voorstel."),
    ("consent_narration", "Op het dak van het gemeentehuis staat een grote antenne."),
    ("consent_narration", "Jansen is het niet eens met het voorstel van de minister."),
    ("agreement_denied", "De brug moet volgend jaar dicht. Jansen vindt dat niet."),
    ("agreement_denied", "De kosten stijgen fors. De bond denkt dat helemaal niet."),
    ("person_proposed", "De partij stelt morgen een nieuwe kandidaat voor de verkiezingen voor."),
    ("person_proposed", "Het bestuur stelde gisteren een opvolger voor."),
    ("pp_backref_denied", "De brug moet volgend jaar dicht. Daar wijst minister Jansen niet op."),
    ("pp_backref_denied", "De brug moet volgend jaar dicht. Daar is de wethouder het niet mee eens."),
    ("pp_backref_evidence", "De kosten van de brug stijgen. Daar wijzen de nieuwe cijfers op."),
    ("pp_backref_reaction", "De brug moet volgend jaar dicht. Daarop reageerde de wethouder boos."),
    ("pp_backref_time", "De brug gaat volgend jaar dicht. Daarvoor werkte Jansen bij de gemeente."),
    ("reflexive_feeling", "De minister maakt zich zorgen over de kosten van de nieuwe brug."),
    ("prospect", "Het weer belooft morgen mooi te worden."),
    ("prospect", "De wedstrijd van zondag belooft spannend te worden."),
    ("prospect", "Het nieuwe seizoen beloofde een spannende strijd om de titel te worden."),
    ("generic_wie", "Wie aangeeft dat het niet goed gaat, krijgt direct hulp van de huisarts."),
    ("generic_wie", "Wie beweert dat de brug veilig is, heeft het rapport niet gelezen."),
    ("generic_wie", "Volgens de regels moet wie verklaart dat hij ziek is een briefje van de dokter tonen."),
    ("vinden_find", "Ze stonden bij de plek waar de politie het wapen en de motor vond."),
    ("vinden_find", "Gisteren vond de politie een mes en een jas in de tuin."),
    ("vinden_find", "Omdat de boswachter de hond en de kat vond, kon het gezin naar huis."),
    ("volgens_plan", "Alles verloopt volgens plan, de brug gaat in mei open."),
    ("volgens_plan", "Volgens de planning is de verbouwing in mei klaar."),
    ("volgens_mij", "Volgens mij is het nieuwe station veel te duur."),
    ("volgens_regels", "Volgens de regels mag een fietser daar niet rijden."),
    ("finding", "Uit onderzoek blijkt dat veel mensen slecht slapen."),
    ("finding", "Het is bekend dat de dijk op sommige plekken zwak is."),
    ("finding", "De dijk is op sommige plekken zwak, blijkt uit onderzoek."),
    ("finding", "De dijk is op sommige plekken zwak. Dat blijkt uit een analyse die de metingen vergelijkt."),
    ("finding", "De dijk is op sommige plekken zwak, bleek uit de metingen van vorig jaar."),
    ("finding", "Er wordt gedacht aan een nieuwe brug over de rivier."),
    ("evidence", "De cijfers wijzen op een daling van de werkloosheid."),
    ("evidence", "Alles wees op een ongeluk met de trein."),
    ("evidence", "Peilingen wijzen op een kleine voorsprong voor de wethouder."),
    ("evidence", "Het onderzoek wijst op een fout in de software van de trein."),
    ("interjection", "Ach, wat een dag was het geweest."),
    ("interjection", "Kalm aan, het komt allemaal wel goed."),
    ("interjection", "Nou, daar stonden ze dan, met z'n allen in de regen."),
    ("interjection", "Kom, we gaan naar huis, het wordt al donker."),
    ("scare_quote", "De zogenaamde 'oplossing' kost de gemeente miljoenen."),
    ("reader_call", "Volg alle ontwikkelingen in ons liveblog."),
    ("narration", "De minister reisde dinsdag af naar Brussel voor overleg."),
    ("narration", "Het kabinet ging niet akkoord met de begroting van de provincie."),
    ("title_quote", "'Niet meer terug'\n\nDe familie woont al veertig jaar in het dorp."),
    ("backref_relative", "De fabriek gaat dicht. Dat is de helft van de fabrieken waarvan de sluiting eerder werd gemeld."),
    ("backref_relative", "Het tarief gaat omhoog. Dat is een van de zaken waarin de huurder in het gelijk werd gesteld."),
    ("backref_relative", "De brug gaat dicht. Dat was het plan dat de wethouder vorig jaar had aangekondigd."),
    ("backref_question", "De cijfers dalen al jaren. Hoe kan dat? Dat leggen we hieronder uit."),
    ("backref_question", "Waarom gaat de brug dicht? Dat vertelt de wethouder straks in de raad."),
    ("backref_object", "De cijfers dalen al jaren. Dat roept de vraag op of het beleid werkt."),
    ("backref_object", "De brug gaat dicht. Dat roept bij veel bewoners vragen op."),
    ("inverted_question", "Wat de oorzaak van de brand is, zegt de brandweer nog niet."),
    ("inverted_question", "Hoe groot de schade is en wie die betaalt, hebben we uitgezocht."),
    ("inverted_question", "Hoe groot de schade precies is, vindt de wethouder nog moeilijk te zeggen."),
    ("agreement_none", "De brug gaat in mei dicht. Niemand vindt dat."),
    ("agreement_none", "De brug gaat in mei dicht. Wie zegt dat?"),
    ("agreement_none", "De brug gaat in mei dicht. Iedereen weet dat."),
    ("means_idiom", "Dat wil niet zeggen dat de brug dichtgaat."),
    ("means_idiom", "Maar dit wil nog niet zeggen dat het plan mislukt is."),
    ("means_idiom", "De brug blijft dicht. Dat wil zeggen dat fietsers moeten omrijden."),
]


def gen_negatives(g: Grid) -> None:
    for (name, forms), tense, kind in itertools.product(NEGATIVES, ["present", "past", "perfect"], SUBJECT_KINDS):
        if kind not in {"surname", "organisation", "pronoun"}:
            continue
        key = ("neg", name, tense, kind)
        s = subject_for(kind, *key)
        template = _neg(tense, *forms)
        subj = s.at_start() if template.startswith("{S}") else s.text
        text = template.replace("{S}", subj)
        if kind == "organisation":
            text = text.replace(" zijn ", " haar ")
        t = Text()
        if s.antecedent:
            t.add(s.antecedent)
        t.add(text)
        g.add(t, "negative", name, tense, kind, name)
    for name, text in PLAIN_NEGATIVES:
        g.add(Text().add(text), "negative", name, "none", "none", name)


#: nominal cues whose source is a van-phrase: (noun with determiner, complementiser, content, clause after)
NOMINAL_VAN = [
    ("een oproep", "om", ["de inwoners thuis te laten blijven", "de regering aan te spreken op de hoge kosten"]),
    ("het advies", "om", ["minder water te gebruiken", "de brug voorlopig te sluiten"]),
    ("de eis", "dat", ["de lonen dit jaar stijgen", "de fabriek openblijft"]),
    ("het verzoek", "om", ["de stemming uit te stellen", "het rapport openbaar te maken"]),
]
#: the nominal phrase as subject (before the finite verb) or as object (after it)
NOMINAL_VAN_FRAMES = [("Maar {N} van {S} {C} {X} werd niet opgevolgd.", "subject"),
                      ("Het kabinet negeert {N} van {S} {C} {X}.", "object"),
                      ("Gisteren werd {N} van {S} {C} {X} afgewezen.", "v2_subject")]


def gen_nominal_van(g: Grid) -> None:
    """'een oproep van X om … te …', 'de eis van X dat …': the van-phrase is the source."""
    for (template, order), kind in itertools.product(NOMINAL_VAN_FRAMES, SUBJECT_KINDS):
        if kind == "pronoun":
            continue
        key = ("nominal_van", order, kind)
        noun, comp, contents = _pick(NOMINAL_VAN, *key)
        content = _pick(contents, *key)
        s = subject_for(kind, *key)
        head, tail = template.split("{X}")
        pre = head.replace("{N}", noun).replace("{S}", s.text).replace("{C}", comp).rstrip()
        pre = pre[:1].upper() + pre[1:]
        t = Text().add(pre).mark(content).raw(tail)
        g.add(t, "nominal_van", order, "none", kind, noun.split()[1], [("indirect", s.speaker, f"{noun.split()[1]} van")])
    for text in ("De eis van vorig jaar dat de lonen stijgen, ligt nu bij het kabinet.",
                 "Het advies van de afgelopen weken was om thuis te blijven.",
                 "De roep van de vogels om eten klinkt de hele ochtend.",
                 "Een oproep van twee minuten om negen uur is genoeg."):
        g.add(Text().add(text), "negative", "nominal_van", "none", "none", "nominal_van")


#: a prepositional cue in a relative clause on the subject, the main clause narration
RELATIVE_PP = [("pleitte voor", "pleiten voor", "een verbod op vuurwerk"), ("drong aan op", "aandringen op", "snelle maatregelen"),
               ("waarschuwde voor", "waarschuwen voor", "een tekort aan leraren"), ("vroeg om", "vragen om", "een nieuw onderzoek"),
               ("wees op", "wijzen op", "de hoge kosten van de brug")]


def gen_relative_pp(g: Grid) -> None:
    """'X, die pleitte voor Y, reisde af naar …': the relative clause's content ends at its comma."""
    for kind in SUBJECT_KINDS:
        if kind == "pronoun":
            continue
        for n in range(2):
            key = ("relative_pp", kind, n)
            verb, lemma, np = _pick(RELATIVE_PP, *key)
            sub = _pick(CONTENTS, *key)[0]
            s = subject_for(kind, *key)
            t = Text().add(f"{_cap(s.text)}, die {verb}").mark(np).raw(", reisde dinsdag af naar Brussel.")
            g.add(t, f"pp:{lemma.split()[-1]}", "relative", "past", kind, lemma.split()[0],
                  [("indirect", s.speaker, lemma)])
            if kind == "organisation":
                continue  # the main clause's speaker after a relative clause on an organisation: a speaker case
            # the main clause a claim too: the two contents must not run together
            t = Text().add(f"{_cap(s.text)}, die {verb}").mark(np).raw(", zei dat").mark(sub).raw(".")
            g.add(t, f"pp:{lemma.split()[-1]}", "relative_claim", "past", kind, lemma.split()[0],
                  [("indirect", s.speaker, lemma), ("indirect", s.speaker, "zei")])


#: a plural subject with a relative clause, fronted before a comma and its V2 cue verb
RELATIVE_SUBJECTS = [("De meeste leraren die de vragenlijst invulden", Speaker("leraren", "leraren")),
                     ("Veel ouders die aan het onderzoek meededen", Speaker("ouders", "ouders")),
                     ("Bijna alle boeren die op de enquête reageerden", Speaker("boeren", "boeren"))]
RELATIVE_SUBJECT_XY = [("vinden", "de werkdruk te hoog"), ("noemen", "de nieuwe regels onredelijk"),
                       ("vonden", "het leven zwaar")]


def gen_relative_dat(g: Grid) -> None:
    """A cue in a relative clause: 'X, die zei dat A, reisde …' (the content ends where the main
    clause resumes with its finite verb) and 'Er zijn ook X die zeggen dat A' (the antecedent by
    word order)."""
    for kind in SUBJECT_KINDS:
        if kind == "pronoun":
            continue
        key = ("relative_dat", kind)
        s = subject_for(kind, *key)
        sub = _pick(CONTENTS, *key)[0]
        t = Text().add(f"{_cap(s.text)}, die zei dat").mark(sub).raw(", reisde dinsdag af naar Brussel.")
        g.add(t, "dat", "relative_main", "past", kind, "zeggen", [("indirect", s.speaker, "zei")])
    for n, (group, sp) in enumerate([("bedrijven", Speaker("bedrijven", "bedrijven")),
                                     ("deskundigen", Speaker("deskundigen", "deskundigen")),
                                     ("bewoners", Speaker("bewoners", "bewoners"))]):
        sub = _pick(CONTENTS, "existential", n)[0]
        t = Text().add(f"Er zijn ook {group} die zeggen dat").mark(sub).raw(".")
        g.add(t, "dat", "existential_relative", "present", "plural_group", "zeggen", [("indirect", sp, "zeggen")])


#: time adverbials between an inverted cue verb and its subject
INVERTED_TIMES = ["vorige maand", "twee dagen geleden", "afgelopen week", "drie jaar geleden"]


def gen_inverted_time(g: Grid) -> None:
    """'…, zei vorige maand de minister': a time phrase after the inverted verb is never the source."""
    for kind in SUBJECT_KINDS:
        if kind == "pronoun":
            continue
        for n, (verb, lemma) in enumerate([("zei", "zeggen"), ("oordeelde", "oordelen")]):
            key = ("inverted_time", kind, n)
            s = subject_for(kind, *key)
            main = _pick(CONTENTS, *key)[1]
            when = _pick(INVERTED_TIMES, *key)
            t = Text().mark(main, space=False).raw(f", {verb} {when} {s.text}.")
            g.add(t, "inverted", "inverted_time", "past", kind, lemma, [("indirect", s.speaker, verb)])


def gen_relative_subject(g: Grid) -> None:
    """'Veel ouders die aan het onderzoek meededen, vinden de werkdruk te hoog': the phrase before
    the comma is the V2 subject (its only verb stands in its relative clause), not an inverted
    content; and a real content clause before an inverted cue keeps its own relative clause."""
    for n, (subj, sp) in enumerate(RELATIVE_SUBJECTS):
        for verb, xy in RELATIVE_SUBJECT_XY:
            t = Text().add(f"{subj}, {verb}").mark(xy).raw(".")
            g.add(t, "xy", "relative_subject", "past" if verb.endswith("den") else "present", "plural_group", verb,
                  [("indirect", sp, verb)])
        sub = _pick(CONTENTS, "relative_subject", n)[0]
        t = Text().add(f"{subj}, zeggen dat").mark(sub).raw(".")
        g.add(t, "dat", "relative_subject", "present", "plural_group", "zeggen", [("indirect", sp, "zeggen")])
    for n, (content, cue, sp) in enumerate([
            ("De brug die vorig jaar openging, is te smal", "vinden de bewoners", Speaker("bewoners", "bewoners")),
            ("Mensen die thuis werken, zijn productiever", "zegt de onderzoeker", Speaker("onderzoeker", "onderzoeker")),
            ("Het plan dat de gemeente maakte, kost te veel", "zeggen de ouders", Speaker("ouders", "ouders"))]):
        t = Text().mark(content, space=False).raw(f", {cue}.")
        g.add(t, "inverted", "relative_in_content", "present", "plural_group", cue.split()[0], [("indirect", sp, cue.split()[0])])


def gen_coordination(g: Grid) -> None:
    """A reported clause ends where "en" opens a main clause of the writer (V1 with the subject
    shared, or V2 after an adverb or 'volgens X'); a second verb-final clause after "en" is content."""
    tails = [(" en reist daarna af naar Brussel", False), (" en daarom gaat de vergadering gewoon door", False),
             (" en de brug gaat pas later open", True)]
    for kind in SUBJECT_KINDS:
        for n, (tail, inside) in enumerate(tails):
            key = ("coord", kind, n)
            s = subject_for(kind, *key)
            v = _pick(DAT_VERBS, *key)
            sub = _pick(CONTENTS, *key)[0]
            t = Text()
            if inside:  # "dat A en B opengaat": both verb-final, one content
                ext = [("dat", False), (sub + tail.replace("gaat pas later open", "pas later opengaat"), True)]
            else:
                ext = [("dat", False), (sub, True), (tail.strip(), False)]
            clause(t, "sv", s, v, "present", key, [], ext, middles=[""])
            g.add(t, "dat", "coordinated", "present", kind, v, [("indirect", s.speaker, v.lemma)])


#: adjectives and participles used as nouns: a person or group as the subject
NOMINALISED = [("de verdachte", "verdachte"), ("de gedupeerden", "gedupeerden"), ("een betrokkene", "betrokkene"),
               ("de gewonde", "gewonde"), ("de nabestaanden", "nabestaanden")]


def gen_nominalised(g: Grid) -> None:
    """'De verdachte ontkende dat …': a determiner with a participle or adjective and no noun is
    a noun phrase, and can be the source; 'Dat laatste zegt X' points back at one sentence."""
    verbs = [V("ontkennen", "ontkent", "ontkende", "ontkend"), V("verklaren", "verklaart", "verklaarde", "verklaard"),
             V("zeggen", "zegt", "zei", "gezegd"), V("vertellen", "vertelt", "vertelde", "verteld")]
    for (np, head), order in itertools.product(NOMINALISED, ["sv", "adv", "sub"]):
        key = ("nominalised", np, order)
        v = _pick(verbs, *key)
        plural = head.endswith("n")
        fin = {"ontkennen": "ontkenden", "verklaren": "verklaarden", "zeggen": "zeiden", "vertellen": "vertelden"}[v.inf] \
            if plural else v.past
        sub = _pick(CONTENTS, *key)[0]
        sp = Speaker(head, head)
        if order == "sv":
            t = Text().add(f"{_cap(np)} {fin} dat").mark(sub).raw(".")
        elif order == "adv":
            t = Text().add(f"Dinsdag {fin} {np} dat").mark(sub).raw(".")
        else:
            t = Text().add(f"Toen de rechter ernaar vroeg, {fin} {np} dat").mark(sub).raw(".")
        g.add(t, "dat", "nominalised_" + order, "past", "nominalised", v, [("indirect", sp, v.lemma)])
    for kind in SUBJECT_KINDS:
        key = ("backref_last", kind)
        s = subject_for(kind, *key)
        v = _pick(BACKREF_VERBS[:-1], *key)
        main = _pick(CONTENTS, *key)[1]
        t = Text()
        if s.antecedent:
            t.add(s.antecedent).raw("\n\n")
        fin, end = verb_cluster(v, "present", "")
        t.mark(main).raw(".").add("Dat laatste").add(fin).add(s.text).add(end).raw(".")
        g.add(t, "backref", "last", "present", kind, v, [("indirect", s.speaker, v.lemma)])


def gen_embedded_cue(g: Grid) -> None:
    """A cue inside a fronted subordinate clause or a relative clause: the reported dat-clause
    ends where the clause around the cue goes on ("Omdat X zei dat A, ging de Kamer akkoord",
    "X, die zei dat A, kreeg steun")."""
    mains = ["ging de Kamer na een lang debat over de begroting van volgend jaar toch akkoord met het plan",
             "werd het besluit over de nieuwe brug in de binnenstad tot na de zomervakantie uitgesteld",
             "bleef de vergadering van de gemeenteraad in het stadhuis tot diep in de nacht rustig"]
    for kind, tense in itertools.product(SUBJECT_KINDS, ["past", "perfect"]):
        key = ("embedded", kind, tense)
        s = subject_for(kind, *key)
        v = _pick([d for d in DAT_VERBS if d.inf not in {"denken", "vinden", "verwachten", "vrezen"}], *key)
        sub = _pick(CONTENTS, *key)[0]
        t = Text()
        if s.antecedent:
            t.add(s.antecedent)
        t.add(f"Omdat {s.text} {final_cluster(v, tense, '')} dat").mark(sub).raw(f", {_pick(mains, *key)}.")
        g.add(t, "dat", "embedded_sub", tense, kind, v, [("indirect", s.speaker, v.lemma)])
        if kind in {"pronoun", "organisation"}:
            continue  # (a relative clause on a pronoun does not occur; "het kabinet, dat …" takes "dat")
        t = Text().add(f"{_cap(s.text)}, die {final_cluster(v, tense, '')} dat").mark(sub).raw(
            ", kreeg dinsdag in een lang debat over de begroting van volgend jaar brede steun van de Kamer.")
        g.add(t, "dat", "embedded_relative", tense, kind, v, [("indirect", s.speaker, v.lemma)])


#: verbs that take an inverted cue after the reported main clause ("A, zegt X", "A, liet X weten")
INVERTED_VERBS = [d for d in DAT_VERBS if d.inf not in {"waarschuwen", "kondigen"}]


def gen_inverted(g: Grid) -> None:
    """The reported main clause first, the cue inverted after a comma: "A, zegt X", "A, zei X
    dinsdag", "A, heeft X gezegd", "A, liet X weten", "A, zo stelt X", "A, voegde X eraan toe"."""
    middles = ["", "dinsdag", "tegen de NOS", "in een verklaring"]
    for kind, tense in itertools.product(SUBJECT_KINDS, ["present", "past", "perfect"]):
        for n in range(3):
            key = ("inverted", kind, tense, n)
            s = subject_for(kind, *key)
            v = _pick(INVERTED_VERBS, *key)
            if tense == "perfect" and not v.perfect_ok:
                continue
            main = _pick(CONTENTS, *key)[1]
            fin, end = verb_cluster(v, tense, "")
            if v.inf == "voegen" and end == "toe":
                end = "eraan toe"  # "voegde X eraan toe"
            zo = "zo " if n == 1 else ""
            t = Text()
            if s.antecedent:
                t.add(s.antecedent)
            t.mark(main).raw(",").add(zo + fin).add(s.text).add(_pick(middles, *key)).add(end).raw(".")
            g.add(t, "inverted", "comma_zo" if zo else "comma", tense, kind, v, [("indirect", s.speaker, v.lemma)])


def gen_volgens_relative(g: Grid) -> None:
    """'Volgens X, die …, V …': a relative clause on the source is no part of the content."""
    rels = ["dinsdag met een grote delegatie van ambtenaren en adviseurs in Brussel op bezoek was bij de Europese Commissie",
            "al jaren de leiding heeft over het project en daarover elke maand uitgebreid verslag uitbrengt aan de gemeenteraad",
            "de cijfers van het afgelopen jaar gisteren samen met een groep onafhankelijke deskundigen nauwkeurig heeft bekeken"]
    for kind in SUBJECT_KINDS:
        if kind == "pronoun":
            continue
        for n in range(2):
            key = ("volgens_relative", kind, n)
            s = subject_for(kind, *key)
            v1 = _pick(CONTENTS, *key)[2]
            rel = "dat" if s.text.startswith("het ") else "die"
            t = Text().add(f"Volgens {s.text}, {rel} {_pick(rels, *key)},").mark(v1).raw(".")
            g.add(t, "volgens", "front_relative", "none", kind, "volgens", [("indirect", s.speaker, "volgens")])


def gen_own_account(g: Grid) -> None:
    """'naar eigen zeggen' in the middle field or fronted (V2: the subject after the finite verb)."""
    for kind in SUBJECT_KINDS:
        for n, order in enumerate(["middle", "front"]):
            key = ("own_account", kind, order)
            s = subject_for(kind, *key)
            verb, rest = _pick([("wist", "niets van de plannen"), ("heeft", "de brief nooit ontvangen"),
                                ("was", "niet op de hoogte van het onderzoek")], *key)
            t = Text()
            if s.antecedent:
                t.add(s.antecedent)
            if order == "front":
                t.mark(f"Naar eigen zeggen {verb} {s.text} {rest}").raw(".")
            else:
                t.mark(f"{_cap(s.text)} {verb} naar eigen zeggen {rest}").raw(".")
            g.add(t, "own_account", order, "past", kind, "naar eigen zeggen",
                  [("indirect", s.speaker, "naar eigen zeggen")])


def gen_copular_colon(g: Grid) -> None:
    """'X was duidelijk: …' / 'X is stellig: „…”': a manner of speaking and its content after a
    colon, for a subject that can speak; 'Het doel is duidelijk: …' describes a thing."""
    adjs = ["duidelijk", "stellig", "helder", "resoluut", "kritisch"]
    for kind, tense in itertools.product(SUBJECT_KINDS, ["present", "past"]):
        key = ("copular_colon", kind, tense)
        s = subject_for(kind, *key)
        cop = "is" if tense == "present" else "was"
        adj = _pick(adjs, *key)
        main = _pick(CONTENTS, *key)[1]
        t = Text()
        if s.antecedent:
            t.add(s.antecedent)
        t.add(f"{_cap(s.text)} {cop} {adj}:").mark(main[:1].lower() + main[1:]).raw(".")
        g.add(t, "copular_colon", "sv", tense, kind, adj, [("indirect", s.speaker, adj)])
        quote = _pick(QUOTES, *key)
        t = Text()
        if s.antecedent:
            t.add(s.antecedent)
        t.add(f"{_cap(s.text)} {cop} {adj}:").raw(" „").mark(quote + ".", space=False).raw("”")
        g.add(t, "copular_colon", "quote", tense, kind, adj, [("direct", s.speaker, adj)])
    for text in ("Het doel is duidelijk: de ploeg moet beter verdedigen.",
                 "De boodschap van de campagne was helder: „Rijd niet onder invloed.”",
                 "De regels zijn streng: wie te laat is, mag niet meer naar binnen."):
        g.add(Text().add(text), "negative", "copular_colon", "none", "none", "copular_colon")
#: cues whose te-infinitive comes after "om": (verb, addressee in the middle field or None, contents)
OM_TE_VERBS = [
    (V("stellen", "stelt", "stelde", "gesteld", "voor"), None, ["de regels te versoepelen", "de brug voorlopig te sluiten"]),
    (V("beloven", "belooft", "beloofde", "beloofd"), None, TE_COMMIT_CONTENT),
    (V("waarschuwen", "waarschuwt", "waarschuwde", "gewaarschuwd"), ["de inwoners", "alle ouders"],
     ["niet te dicht bij het water te komen", "voorzichtig te zijn op de weg", "een mondkapje te dragen in de trein"]),
    (V("roepen", "roept", "riep", "geroepen", "op"), ["de inwoners", "het bedrijf"], OBJ_TE_CONTENT),
]
#: a prepositional cue whose object is an om-clause anticipated by "er" + preposition: (verb, pronominal adverb)
ANTICIPATED_VERBS = [(V("pleiten", "pleit", "pleitte", "gepleit"), "ervoor"),
                     (V("dringen", "dringt", "drong", "gedrongen", "aan"), "erop")]
#: prepositional content with quoted words ("spreekt over een „grote impact”")
QUOTED_PP = ["een „grote administratieve last”", "een „historische vergissing”", "een „pijnlijke nederlaag”"]
#: nominal cues before an om-clause: (light verb, noun phrase)
NOMINAL_OM = [(V("spreken", "spreekt", "sprak", "gesproken", "uit"), "de wens"),
              (V("doen", "doet", "deed", "gedaan"), "het voorstel"),
              (V("herhalen", "herhaalt", "herhaalde", "herhaald"), "de oproep")]
#: nominal cues after an adjective or as a bare plural: (light verb, noun phrase)
NOMINAL_BARE = [(V("hebben", "heeft", "had", "gehad"), "sterke aanwijzingen"), (V("uiten", "uit", "uitte", "geuit"), "grote zorgen"),
                (V("hebben", "heeft", "had", "gehad"), "aanwijzingen")]
#: idioms whose nominal cue 'er' and a stranded preposition tie to the dat-clause: (verb, middle field, noun)
STRANDED = [(V("houden", "houdt", "hield", "gehouden"), "er rekening mee", "rekening"),
            (V("hebben", "heeft", "had", "gehad", modal_ok=False), "er vertrouwen in", "vertrouwen"),
            (V("hebben", "heeft", "had", "gehad", modal_ok=False), "er alle vertrouwen in", "vertrouwen")]
#: bodies named by a noun of their own kind ("de koepel", "het comité")
BODIES = [Subject("organisation", "de koepel", Speaker("koepel", "koepel")),
          Subject("organisation", "het comité", Speaker("comite", "comité")),
          Subject("organisation", "de federatie", Speaker("federatie", "federatie")),
          Subject("organisation", "de directie", Speaker("directie", "directie"))]
#: documents named before a sentence that says what is in them: (sentence naming it, its source, the phrase
#: pointing back at it)
DOCUMENTS = [
    ("Het kabinet stuurt de Omgevingswet naar de Kamer.", Speaker("omgevingswet", "Omgevingswet"), "In die wet"),
    ("De Jeugdwet geldt sinds vorig jaar.", Speaker("jeugdwet", "Jeugdwet"), "In die wet"),
    ("De klanten kregen de voorwaarden van Eneco.", Speaker("eneco", "Eneco"), "Daarin"),
    ("Het kabinet stuurde een brief van minister Verbeek naar de Kamer.", Speaker("verbeek", "Verbeek"), "Daarin"),
    ("De inspectie publiceerde dinsdag een rapport van de Onderwijsraad.", Speaker("onderwijsraad", "Onderwijsraad"), "In dat rapport"),
]
DOCUMENT_VERBS = [("staat", "stond", "staat"), ("is vastgelegd", "werd vastgelegd", "is vastgelegd"),
                  ("komt te staan", "kwam te staan", "komt te staan")]


def _rotating_tense(order: str, kind: str, salt: int) -> str:
    i = (ORDERS_MAIN + ["obj"]).index(order) + SUBJECT_KINDS.index(kind) + salt
    return TENSES[i % len(TENSES)]


def gen_recall_frames(g: Grid) -> None:
    """Frames with an om-clause (after the cue, after its addressee, anticipated by "ervoor"/"erop",
    after a nominal cue), prepositional content with quoted words, bodies named
    by a noun, a reflexive object with "als", a discovery ("kwam erachter dat"), a subordinate
    clause before the main clause, documents named in the sentence before, and their negatives.
    One tense per order and subject kind, rotated."""
    for order, kind in itertools.product(ORDERS_MAIN, SUBJECT_KINDS):
        # cue (+ addressee) + om + te-infinitive
        tense = _rotating_tense(order, kind, 0)
        key = ("om_te", order, tense, kind)
        v, addressees, contents = _pick(OM_TE_VERBS, *key)
        s = subject_for(kind, *key)
        mid = [(_pick(addressees, *key), False)] if addressees else []
        t = Text()
        clause(t, order, s, v, tense, key, mid, [("om", False), (_pick(contents, *key), True)], middles=["", "dinsdag"])
        g.add(t, "om_te", order, tense, kind, v, [("indirect", s.speaker, v.lemma)])

        # "pleit ervoor om …", "dringt erop aan om …"
        tense = _rotating_tense(order, kind, 1)
        key = ("anticipated", order, tense, kind)
        v, adverb = _pick(ANTICIPATED_VERBS, *key)
        s = subject_for(kind, *key)
        t = Text()
        clause(t, order, s, v, tense, key, [(adverb, False)], [("om", False), (_pick(OBJ_TE_CONTENT, *key), True)],
               middles=[""])
        g.add(t, "anticipated", order, tense, kind, v, [("indirect", s.speaker, v.lemma)])

        # "spreekt over een „…”": the prepositional object quotes the speaker's words
        tense = _rotating_tense(order, kind, 2)
        key = ("pp_quote", order, tense, kind)
        s = subject_for(kind, *key)
        t = Text()
        v = V("spreken", "spreekt", "sprak", "gesproken")
        clause(t, order, s, v, tense, key, [], [("over", False), (_pick(QUOTED_PP, *key), True)], middles=[""])
        g.add(t, "pp:over", order, tense, kind, v, [("indirect", s.speaker, "spreken over")])

        # nominal cue + om: "sprak de wens uit om …"
        tense = _rotating_tense(order, kind, 3)
        key = ("nominal_om", order, tense, kind)
        v, noun = _pick(NOMINAL_OM, *key)
        s = subject_for(kind, *key)
        t = Text()
        clause(t, order, s, v, tense, key, [(noun, False)], [("om", False), (_pick(OBJ_TE_CONTENT, *key), True)],
               middles=[""])
        g.add(t, "nominal_om", order, tense, kind, v, [("indirect", s.speaker, noun)])

        # nominal cue after an adjective or as a bare plural: "heeft sterke aanwijzingen dat …"
        if order in {"sv", "adv", "vfinal"}:
            tense = _pick(["present", "past"], order, kind, "bare")
            key = ("nominal_bare", order, tense, kind)
            v, noun = _pick(NOMINAL_BARE, *key)
            s = subject_for(kind, *key)
            t = Text()
            clause(t, order, s, v, tense, key, [(noun, False)], [("dat", False), (_pick(CONTENTS, *key)[0], True)],
                   middles=[""])
            g.add(t, "nominal", order, tense, kind, v, [("indirect", s.speaker, noun.split()[-1])])

        if order in {"pp", "sub"}:
            continue  # (the two frames below in three orders)
        # "beschouwt zich als …"
        tense = _rotating_tense(order, kind, 0)
        if tense == "modal":
            tense = "past"
        key = ("reflexive_als", order, tense, kind)
        v = _pick([ALS_VERBS[0], ALS_VERBS[3]], *key)
        s = subject_for(kind, *key)
        pred = "zich als " + _pick(["een slachtoffer van het beleid", "de winnaar van de verkiezingen",
                                    "de enige echte oppositie"], *key)
        t = Text()
        clause(t, order, s, v, tense, key, [(pred, True)], [], middles=[""])
        g.add(t, "als", order, tense, kind, v, [("indirect", s.speaker, v.lemma)])

        # "kwam erachter dat …"
        tense = _rotating_tense(order, kind, 1)
        if tense == "modal":
            tense = "present"
        key = ("discovery", order, tense, kind)
        v = V("komen", "komt", "kwam", "gekomen", aux="is")
        s = subject_for(kind, *key)
        t = Text()
        clause(t, order, s, v, tense, key, [("erachter", False)], [("dat", False), (_pick(CONTENTS, *key)[0], True)],
               middles=[""])
        g.add(t, "dat", order, tense, kind, "erachter komen", [("indirect", s.speaker, "erachter komen")])

    # a content in a subordinate clause before the main clause: "Toen X zei dat A, …", "Al beschouwt X …, …"
    mains = ["belde de minister de burgemeester", "ging de vergadering gewoon door", "bleef het stil in de zaal"]
    for kind in SUBJECT_KINDS:
        if kind == "pronoun":
            continue
        for n, opener in enumerate(["Toen", "Nadat", "Omdat"]):
            key = ("fronted_sub", kind, n)
            s = subject_for(kind, *key)
            v = _pick(DAT_VERBS[:8], *key)
            sub = _pick(CONTENTS, *key)[0]
            verb = v.past if opener == "Toen" else f"{v.aux} {v.nonfinite(v.part)}" if opener == "Nadat" else v.pres
            if v.prt and opener != "Nadat":
                verb = f"{verb} {v.prt}" if v.prt_apart else v.prt + verb
            t = Text().add(f"{opener} {s.text} {verb} dat").mark(sub).raw(f", {_pick(mains, *key)}.")
            g.add(t, "dat", "fronted_sub", "past", kind, v, [("indirect", s.speaker, v.lemma)])
        key = ("fronted_sub_te", kind)
        s = subject_for(kind, *key)
        t = Text().add(f"Omdat {s.text} heeft beloofd").mark(_pick(TE_COMMIT_CONTENT, *key)).raw(
            f", {_pick(mains, *key)}.")
        g.add(t, "te", "fronted_sub", "perfect", kind, TE_COMMIT[0], [("indirect", s.speaker, "beloven")])
        key = ("concessive", kind)
        s = subject_for(kind, *key)
        x, y = _pick(ALS_PAIRS, *key)
        t = Text().add(f"Al beschouwt {s.text}").mark(f"{x} als {y}").raw(", de minister ziet dat anders.")
        g.add(t, "als", "concessive", "present", kind, ALS_VERBS[0], [("indirect", s.speaker, "beschouwen")])
        sub = _pick(CONTENTS, *key)[0]
        t = Text().add(f"Al zegt {s.text} dat").mark(sub).raw(", de cijfers wijzen iets anders uit.")
        g.add(t, "dat", "concessive", "present", kind, "zeggen", [("indirect", s.speaker, "zeggen")])

    # a subject with an apposition between commas, before and after the finite verb
    for kind in SUBJECT_KINDS:
        if kind == "pronoun":
            continue
        key = ("apposition", kind)
        s = subject_for(kind, *key)
        appo = "de grootste werkgever van de stad" if kind == "organisation" else "de opvolger van Bakker"
        content = _pick(TE_COMMIT_CONTENT, *key)
        v = _pick(TE_COMMIT[:2], *key)
        t = Text().add(f"{_cap(s.text)}, {appo}, {v.pres}").mark(content).raw(".")
        g.add(t, "te", "apposition", "present", kind, v, [("indirect", s.speaker, v.lemma)])
        t = Text().add(f"Ook {v.past} {s.text}, {appo},").mark(content).raw(".")
        g.add(t, "te", "apposition", "past", kind, v, [("indirect", s.speaker, v.lemma)])
        # a corrected predicate: "ziet X niet als A, maar als B"
        key = ("contrast_als", kind)
        s = subject_for(kind, *key)
        x, y = _pick(ALS_PAIRS, *key)
        v = _pick(ALS_VERBS[:2], *key)
        t = Text().add(f"{_cap(s.text)} {v.pres}").mark(f"{x} niet als {y}, maar als een kans").raw(".")
        g.add(t, "als", "contrast", "present", kind, v, [("indirect", s.speaker, v.lemma)])

    # two statements of two sources in one sentence, after "en" or a comma: the first content ends there
    for n, kind in enumerate(k for k in SUBJECT_KINDS if k != "pronoun"):
        key = ("two_sources", kind)
        s = subject_for(kind, *key)
        other = _pick([x for x in SUBJECTS["surname"] + SUBJECTS["organisation"] if x.text != s.text], *key, "other")
        sub, sub2 = _pick(CONTENTS, *key)[0], _pick(CONTENTS, *key, "2")[0]
        join = ", en" if n % 2 else ","
        second = "pleit" if n % 2 else "zegt"
        t = Text().add(f"{_cap(s.text)} zegt dat").mark(sub).raw(f"{join} {other.text} {second} ")
        if second == "pleit":
            t.raw("voor").mark(_pick(PP_VERBS[2][2], *key)).raw(".")
            cue2 = "pleiten voor"
        else:
            t.raw("dat").mark(sub2).raw(".")
            cue2 = "zeggen"
        g.add(t, "dat", "two_sources", "present", kind, "zeggen",
              [("indirect", s.speaker, "zeggen"), ("indirect", other.speaker, cue2)])
        t = Text().add(f"{_cap(s.text)} sprak over").mark(_pick(QUOTED_PP, *key)).raw(f" en {other.text} noemde ")
        t.mark(_pick(XY_PAIRS, *key)[0] + " " + _pick(XY_PAIRS, *key)[1]).raw(".")
        g.add(t, "pp:over", "two_sources", "past", kind, "spreken",
              [("indirect", s.speaker, "spreken over"), ("indirect", other.speaker, "noemen")])

    # ... but a second verb-final clause after "en" with an object first stays in the content
    for kind in ("surname", "organisation", "tracked"):
        key = ("object_after_en", kind)
        s = subject_for(kind, *key)
        t = Text().add(f"{_cap(s.text)} zegt dat").mark("de politie snel ingreep en de betogers sommeerde te vertrekken").raw(".")
        g.add(t, "dat", "coordinated", "present", kind, "zeggen", [("indirect", s.speaker, "zeggen")])

    # bodies named by a noun: V2 after an adverbial, subject first, verb-final
    for n, body in enumerate(BODIES):
        for order in ("adv", "sv", "vfinal"):
            key = ("body", n, order)
            tense = _pick(["present", "past"], *key)
            v, prep, nps = PP_AGENT_VERBS[0] if order != "sv" else PP_VERBS[2]
            t = Text()
            clause(t, order, body, v, tense, key, [], [(prep, False), (_pick(nps, *key), True)], middles=[""])
            g.add(t, f"pp:{prep}", order, tense, "body", v, [("indirect", body.speaker, f"{v.lemma} {prep}")])

    # documents named in the sentence before
    for n, ((before, source, pointer), (pres, past, _)) in enumerate(itertools.product(DOCUMENTS, DOCUMENT_VERBS)):
        if n % 2:
            continue
        key = ("document", n)
        tense = _pick(["present", "past"], *key)
        sub = _pick(CONTENTS, *key)[0]
        t = Text().add(before).add(f"{pointer} {pres if tense == 'present' else past} dat").mark(sub).raw(".")
        g.add(t, "evidential", "document_before", tense, "document", pres.split()[-1], [("indirect", source, pres)])

    negatives = [
        "De minister spreekt dinsdag over de begroting van volgend jaar.",
        "Het bedrijf sprak vorige week over een nieuwe fabriek in Tilburg.",
        "De Kamer steunt het voorstel om de regels te versoepelen.",
        "Het kabinet negeerde het advies om de brug te sluiten.",
        "De Kamer bespreekt het verzoek om de regels te versoepelen.",
        "De wethouder kwam met een nieuw plan voor de haven.",
        "De bond kwam erachter, maar zweeg.",
        "De zwemster kwalificeerde zich als tweede voor de finale.",
        "Er zijn sterke aanwijzingen dat de dijk op sommige plekken zwak is.",
        "De spelers zullen er vooral moeten zorgen dat de wedstrijd rustig verloopt.",
        "Het debat was beter dan gedacht: de kandidaten waren scherp.",
        "De minister kreeg grote zorgen dat de dijk zwak is over zich heen.",
        "De trainer stelt zichzelf een deadline om een besluit te nemen.",
        "De regels voor stadions staan beschreven in een handboek van de bond.",
        "Zo werd afgesproken om de vergadering een week uit te stellen.",
        "De directeur maakte plaats voor een opvolger.",
        "Jansen kocht een nieuwe auto. Daarin staat een grote koelbox.",
        "Het dorp kreeg een nieuwe school. In die school staat een grote piano.",
        "Al jaren wacht het dorp op een nieuwe brug.",
        "Toen de vergadering afliep, gingen de leden naar huis.",
        "De partijen hebben bedenkingen, maar zijn blij met de uitslag.",
        "De burgemeester nam de tijd om de gevolgen te bekijken.",
        "Het kabinet heeft geld vrijgemaakt om de dijken te versterken.",
    ]
    for text in negatives:
        g.add(Text().add(text), "negative", "recall_frames", "none", "none", "recall_frames")
#: plural groups a plural pronoun refers back to, in whatever role of the sentence before:
#: (sentence before, the group's speaker); the verb after the pronoun is plural
GROUP_ANTECEDENTS = [
    ("Uit de oppositiepartijen komen soortgelijke reacties:", Speaker("oppositiepartijen", "oppositiepartijen")),
    ("Minister Verbeek sprak dinsdag met de vakbonden.", Speaker("vakbonden", "vakbonden")),
    ("Na het overleg met wethouder Bakker bleek dat deze organisaties zich zorgen maken.",
     Speaker("organisaties", "organisaties")),
    ("Burgemeester Dijkstra kreeg steun van de gemeenten.", Speaker("gemeenten", "gemeenten")),
    ("Bij de rechter stonden dinsdag de regeringsfracties tegenover hoogleraar Kramer.",
     Speaker("regeringsfracties", "regeringsfracties")),
]
#: the same sentences, then a singular verb or a masculine pronoun: the person, not the group
SINGULAR_CONTROLS = [
    ("Minister Marieke de Vries sprak dinsdag met de vakbonden.", "zij",
     _person("Marieke de Vries", "marieke-de-vries", ("De Vries",))),
    ("Wethouder Bakker sprak dinsdag met de gemeenten.", "hij", Speaker("bakker", "Bakker")),
    ("Hoogleraar Kramer kreeg steun van de artsen.", "hij", Speaker("kramer", "Kramer")),
]


#: a person named with what they did, then a nationality noun ('de Brit') that refers back to them
DEMONYM_PEOPLE = [
    (_person("Tom Pidcock", "tom-pidcock", ("Pidcock",)), "Brit"),
    (_person("Wout van Aert", "wout-van-aert", ("Van Aert",)), "Belg"),
    (_person("Nairo Quintana", "nairo-quintana", ("Quintana",)), "Colombiaan"),
    (_person("Anna Petrova", "anna-petrova", ("Petrova",)), "Russin"),
    (_person("Luca Rossi", "luca-rossi", ("Rossi",)), "Italiaan"),
]
DEEDS = ["won dinsdag de etappe naar Rome.", "tekende vorige week een nieuw contract.",
         "kwam maandag terug van een blessure."]


#: a verbless sentence that turns to a person (an ellipsis after the sentence before), then a
#: pronoun subject or a quote without a cue: (the sentence before, the verbless sentence)
VERBLESS = [
    ("De kliniek sprak met jonge mannen over hun keuzes.", "Zo ook {N}."),
    ("De fans zochten na de nederlaag een zondebok.", "Op {N}, die een kwartier voor tijd inviel."),
    ("Niet iedereen was blij met het besluit.", "En ook {N}."),
    ("Sommige bewoners willen blijven.", "Maar ook {N}, die er al veertig jaar woont."),
]
VERBLESS_PEOPLE = [(Speaker("daan", "Daan"), "hij"), (Speaker("robben", "Robben"), "hij"),
                   (Speaker("sanne", "Sanne"), "zij"), (Speaker("yusuf", "Yusuf"), "hij")]
#: controls: a verbless sentence with a place or an event, no person: the quote stays with the speaker before
VERBLESS_CONTROLS = ["En nu dus naar Leeuwarden.", "Daarna de Tour.", "Op naar Parijs.", "Van Rotterdam tot Groningen."]


#: names of bodies with lower-case words inside: English linkers, Dutch 'voor … en …'
LONG_NAMES = [
    ("de Times of India", Speaker("times-of-india", "Times of India")),
    ("de Bank of England", Speaker("bank-of-england", "Bank of England")),
    ("het Institute for Fiscal Studies", Speaker("institute-for-fiscal-studies", "Institute for Fiscal Studies")),
    ("het Rijksinstituut voor Volksgezondheid en Milieu",
     Speaker("rijksinstituut-voor-volksgezondheid-en-milieu", "Rijksinstituut voor Volksgezondheid en Milieu")),
    ("het Centrum voor Criminaliteitspreventie en Veiligheid",
     Speaker("centrum-voor-criminaliteitspreventie-en-veiligheid", "Centrum voor Criminaliteitspreventie en Veiligheid")),
    # capitalised words joined by "en" after the head of one body's name
    ("de Autoriteit Consument en Markt", Speaker("autoriteit-consument-en-markt", "Autoriteit Consument en Markt")),
    ("de Stichting Vrede en Recht", Speaker("stichting-vrede-en-recht", "Stichting Vrede en Recht")),
]
#: a role, a name and the ministry's portfolio after it (the body served, not part of the surname),
#: and controls whose surname holds "van"
DEPARTMENT_NAMES = [
    ("minister Jansen van Financiën", _person("Jansen", "jansen")),
    ("staatssecretaris Van der Wal van Buitenlandse Zaken", _person("Van der Wal", "van-der-wal")),
    ("minister Karin de Boer van Defensie", _person("Karin de Boer", "karin-de-boer", ("De Boer",))),
    ("minister Pieter van Dam", _person("Pieter van Dam", "pieter-van-dam", ("Van Dam",))),
    ("minister Van Dijk", _person("Van Dijk", "van-dijk")),
]
#: a possessive and a thing speaks for its owner; a possessive and a person is that person (control)
POSSESSIVES = [
    ("Kamerlid Van Helvert diende dinsdag een motie in.", "Zijn motie", _person("Van Helvert", "van-helvert")),
    ("Hoogleraar Anna Bakker publiceerde vorige week een rapport.", "Haar rapport",
     _person("Anna Bakker", "anna-bakker", ("Bakker",))),
    ("Minister Jan de Wit stuurde de Kamer een brief.", "Zijn brief", _person("Jan de Wit", "jan-de-wit", ("De Wit",))),
    ("Minister Jan de Wit was dinsdag in Brussel.", "Zijn woordvoerder", Speaker("woordvoerder", "woordvoerder")),
]


#: a part or a ratio of a group as the subject: the group is the source
QUANTIFIED = [("Zes op de tien patiënten zeggen", "patienten", "patiënten"),
              ("Een op de vijf artsen zegt", "artsen", "artsen"),
              ("Bijna zestig procent van de ondervraagden zei", "ondervraagden", "ondervraagden"),
              ("Een derde van de leraren zegt", "leraren", "leraren"),
              ("Ruim 40 procent van de boeren verwacht", "boeren", "boeren"),
              ("De helft van de inwoners vindt", "inwoners", "inwoners")]
#: a part of the group a pronoun refers to (the sentence before names the group)
PARTITIVES = [("Minister Jan Smit sprak dinsdag met de boeren.", "Een deel van hen zegt", "boeren"),
              ("De vakbond hield een rondgang, waarbij vluchtelingen gevraagd werd naar hun ervaringen.",
               "Een deel van hen gaf aan", "vluchtelingen"),
              ("Wethouder Bakker ontving de bewoners van de wijk.", "Velen van hen zeggen", "bewoners"),
              ("Burgemeester Dijkstra sprak met de ondernemers.", "De meesten van hen vinden", "ondernemers")]


#: a person who takes a stance on someone else's nominal claim, then a quote without a cue:
#: (sentence with {N} for the nominal source, the stance holder)
STANCES = [
    ("Bewoonster Marjan Visser is het helemaal eens met het advies van {N} om minder water te gebruiken.",
     _person("Marjan Visser", "marjan-visser", ("Visser",))),
    ("Wethouder Jan Bakker steunt de oproep van {N} om de lonen te verhogen.",
     _person("Jan Bakker", "jan-bakker", ("Bakker",))),
    ("Hoogleraar Kramer sluit zich aan bij de eis van {N} dat de fabriek openblijft.", Speaker("kramer", "Kramer")),
]
STANCE_SOURCES = [("waterbedrijf Vitens", Speaker("vitens", "waterbedrijf Vitens", ("Vitens",))),
                  ("de FNV", Speaker("fnv", "FNV")), ("de gemeente", Speaker("gemeente", "gemeente"))]


def gen_source_names(g: Grid) -> None:
    """Source phrases that are whole names with lower-case words inside, a possessive that speaks
    for its owner, and a surname with its particle opening the sentence."""
    verbs = [v for v in DAT_VERBS if not v.prt]
    for n, (name, speaker) in enumerate(LONG_NAMES):
        key = ("names", n)
        v = _pick(verbs, *key)
        sub, main, v1 = _pick(CONTENTS, *key)
        t = Text().add(f"Volgens {name}").mark(v1).raw(".")
        g.add(t, "volgens", "long_name", "none", "organisation", "volgens", [("indirect", speaker, "volgens")])
        t = Text().mark(main, space=False).raw(f", {v.pres} {name}.")
        g.add(t, "inverted", "long_name", "present", "organisation", v, [("indirect", speaker, v.lemma)])
        t = Text().add(f"{_cap(name)} {v.pres} dat").mark(sub).raw(".")
        g.add(t, "dat", "long_name", "present", "organisation", v, [("indirect", speaker, v.lemma)])
    for n, (name, speaker) in enumerate(DEPARTMENT_NAMES):
        key = ("department", n)
        v = _pick(verbs, *key)
        sub, main, v1 = _pick(CONTENTS, *key)
        t = Text().add(f"Volgens {name}").mark(v1).raw(".")
        g.add(t, "volgens", "department", "none", "role_name", "volgens", [("indirect", speaker, "volgens")])
        t = Text().add(f"{_cap(name)} {v.pres} dat").mark(sub).raw(".")
        g.add(t, "dat", "department", "present", "role_name", v, [("indirect", speaker, v.lemma)])
    for n, (before, phrase, speaker) in enumerate(POSSESSIVES):
        key = ("possessive", n)
        sub = _pick(CONTENTS, *key)[0]
        t = Text().add(before).add(f"{phrase} stelt dat").mark(sub).raw(".")
        g.add(t, "dat", "possessive", "present", "possessive", "stellen", [("indirect", speaker, "stellen")])
    for n, ((template, holder), (name, source)) in enumerate(itertools.product(STANCES, STANCE_SOURCES)):
        key = ("stance", n)
        before, after = template.split("{N}")
        noun = before.split()[-2]
        comp = after.split(" ", 2)[1]
        content = after.split(" ", 2)[2].rstrip(".")
        quote = _pick(QUOTES, *key)
        t = Text().add(before + name).add(comp).mark(content).raw('. "').mark(quote, space=False).raw('."')
        g.add(t, "nominal_van", "stance", "present", "stance_holder", noun,
              [("indirect", source, f"{noun} van"), ("direct", holder, "")])
    for n, (name, source) in enumerate(STANCE_SOURCES):  # control: the nominal phrase is the subject itself
        key = ("stance-control", n)
        quote = _pick(QUOTES, *key)
        t = Text().add(f"Het advies van {name} om").mark("minder water te gebruiken").raw(' kwam dinsdag. "')
        t.mark(quote, space=False).raw('."')
        g.add(t, "nominal_van", "stance", "past", "stance_control", "advies",
              [("indirect", source, "advies van"), ("direct", source, "")])
    # a role in the headline, the person holding it named in the body (the only holder of that role)
    for n, (headline, body, person) in enumerate([
            ("Topman Europese bank", "zei ECB-topman Jan Smit dinsdag in Frankfurt",
             _person("Jan Smit", "jan-smit", ("Smit",))),
            ("Voorzitter grote bond", "zei FNV-voorzitter Anna de Wit dinsdag in Utrecht",
             _person("Anna de Wit", "anna-de-wit", ("De Wit",))),
            ("Directeur Nederlandse zorgverzekeraar", "zei directeur Piet Berg van Zilveren Kruis dinsdag",
             _person("Piet Berg", "piet-berg", ("Berg",)))]):
        key = ("headline-role", n)
        main = _pick(CONTENTS, *key)[1]
        t = Text().add(f"{headline} noemt").mark("plan van kabinet 'gevaarlijk'").raw("\n\n").mark(main, space=False)
        t.raw(f", {body}.")
        g.add(t, "object", "headline_role", "present", "headline_role", "noemen",
              [("indirect", person, "noemt"), ("indirect", person, "zei")])
    t = Text().add("Topman Europese bank noemt").mark("plan van kabinet 'gevaarlijk'").raw("\n\n").mark(
        "Het plan van het kabinet is gevaarlijk", space=False).raw(", zei topman Jan Smit dinsdag. Ook topman Piet Berg vindt")
    t.mark("het plan slecht").raw(".")
    g.add(t, "object", "headline_role", "present", "headline_role_control", "noemen",  # two holders: neither
          [("indirect", Speaker("topman-europese-bank", "Topman Europese bank"), "noemt"),
           ("indirect", _person("Jan Smit", "jan-smit", ("Smit",)), "zei"),
           ("indirect", _person("Piet Berg", "piet-berg", ("Berg",)), "vindt")])
    # a thing noun with a relative clause whose verb is the cue: the clause's subject says it
    for n, (noun, subj, verb) in enumerate([("Andere reden die", "surname", "ziet"),
                                            ("Het grootste probleem dat", "role_name", "noemt"),
                                            ("Een belangrijk punt dat", "full_name", "noemt"),
                                            ("De oplossing die", "organisation", "noemt")]):
        key = ("relative-subject", n)
        sb = subject_for(subj, *key)
        main = _pick(CONTENTS, *key)[1]
        t = Text().add(f"{noun} {sb.text} {verb}:").mark(main[:1].lower() + main[1:]).raw(".")
        g.add(t, "colon", "relative_subject", "present", subj, verb, [("indirect", sb.speaker, verb)])
    t = Text().add("De minister die dinsdag zei dat").mark("de wachtlijsten te lang zijn").raw(", trad af.")
    g.add(t, "dat", "relative_subject", "past", "role_control", "zeggen",  # the noun itself is the subject
          [("indirect", Speaker("minister", "minister"), "zei")])
    for n, (subject, sid, name) in enumerate(QUANTIFIED):
        key = ("quantified", n)
        sub = _pick(CONTENTS, *key)[0]
        t = Text().add(f"{subject} dat").mark(sub).raw(".")
        g.add(t, "dat", "quantified", "present", "group", subject.split()[-1], [("indirect", Speaker(sid, name), "zeggen")])
    for n, (before, subject, group) in enumerate(PARTITIVES):
        key = ("partitive", n)
        sub = _pick(CONTENTS, *key)[0]
        cue = subject.split()[-1]
        t = Text().add(before).add(f"{subject} dat" if cue != "aan" else subject).mark(
            sub if cue != "aan" else "zich zorgen te maken over de toekomst").raw(".")
        g.add(t, "dat" if cue != "aan" else "te", "partitive", "present", "group", cue,
              [("indirect", Speaker(group, group), cue)])
    t = Text().add("Minister Jan Smit was dinsdag in Brussel.").add("Velen van hen zeggen dat").mark(
        _pick(CONTENTS, "partitive-control")[0]).raw(".")
    g.add(t, "dat", "partitive", "present", "partitive_control", "zeggen",
          [("indirect", UNKNOWN, "zeggen")])  # a part of a group is never one person
    for n, (name, speaker) in enumerate([("Van Helvert", Speaker("van-helvert", "Van Helvert")),
                                         ("Ter Horst", Speaker("ter-horst", "Ter Horst")),
                                         ("Van der Berg", Speaker("van-der-berg", "Van der Berg"))]):
        key = ("particle-subject", n)
        sub = _pick(CONTENTS, *key)[0]
        t = Text().add(f"{name} kreeg dinsdag steun van de Kamer.").add("Hij zegt dat").mark(sub).raw(".")
        g.add(t, "dat", "particle_subject", "present", "pronoun", "zeggen", [("indirect", speaker, "zeggen")])


def gen_references(g: Grid) -> None:
    """Who a pronoun in the next sentence refers to: a plural pronoun with a plural verb to the
    plural group of the sentence before (subject, object or prepositional phrase), never to a
    person; a singular one to the person, never to the group (controls)."""
    verbs = [v for v in DAT_VERBS if not v.prt and v.past.endswith(("de", "te"))]  # plural past: + n
    for n, ((before, group), pron) in enumerate(itertools.product(GROUP_ANTECEDENTS, ["zij", "ze"])):
        key = ("references", n)
        v = _pick(verbs, *key)
        content = _pick(CONTENTS, *key)[0]
        plural = v.inf if n % 2 == 0 else v.past + "n"
        opener = (lambda w: w) if before.endswith(":") else _cap
        t = Text().add(before).add(f"{opener(pron)} {plural} dat").mark(content).raw(".")
        g.add(t, "dat", "referent", "present" if n % 2 == 0 else "past", "plural_group", v,
              [("indirect", group, v.lemma)])
        if pron == "zij" and not before.endswith(":"):
            t = Text().add(before).add(f"{opener('volgens')} hen").mark(_pick(CONTENTS, *key)[2]).raw(".")
            g.add(t, "volgens", "referent", "none", "plural_group", "volgens", [("indirect", group, "volgens")])
    for n, (before, group) in enumerate(GROUP_ANTECEDENTS[1:3]):  # the auxiliary carries the number
        key = ("references-modal", n)
        v = _pick(verbs, *key)
        t = Text().add(before).add(f"Zij zullen {v.inf} dat").mark(_pick(CONTENTS, *key)[0]).raw(".")
        g.add(t, "dat", "referent", "modal", "plural_group", v, [("indirect", group, v.lemma)])
    for n, (person, demonym) in enumerate(DEMONYM_PEOPLE):
        key = ("references-demonym", n)
        deed = _pick(DEEDS, *key)
        v = _pick(verbs, *key)
        sub, main, _ = _pick(CONTENTS, *key)
        t = Text().add(f"{person.name} {deed}").add(f"De {demonym} {v.pres} dat").mark(sub).raw(".")
        g.add(t, "dat", "description", "present", "demonym", v, [("indirect", person, v.lemma)])
        t = Text().add(f"{person.name} {deed}").add(f"De {21 + n}-jarige {demonym} {v.pres} dat").mark(sub).raw(".")
        g.add(t, "dat", "description", "present", "demonym", v, [("indirect", person, v.lemma)])
        # the name as the subject of the reported words, the description in the cue after them
        t = Text().add("Het team kreeg dinsdag slecht nieuws.").mark(f"De ploeg is gewaarschuwd, {person.aliases[0]} is "
                                                                    "terug aan het front", space=True)
        t.raw(f", zo liet de {demonym} weten.")
        g.add(t, "inverted", "description", "present", "demonym", "laten", [("indirect", person, "laten weten")])
        # control: no person named before, the description is the source itself
        t = Text().add(f"Een {demonym} {v.past} dinsdag dat").mark(sub).raw(".")
        g.add(t, "dat", "description", "past", "demonym_control", v,
              [("indirect", Speaker(demonym.lower(), demonym), v.lemma)])
    for n, ((before, verbless), (person, pron)) in enumerate(itertools.product(VERBLESS, VERBLESS_PEOPLE)):
        if n % 2:
            continue
        key = ("references-verbless", n)
        v = _pick(verbs, *key)
        quote = _pick(QUOTES, *key)
        lead = verbless.replace("{N}", person.name)
        t = Text().add(before).add(lead).add(f"{_cap(pron)} {v.pres} dat").mark(_pick(CONTENTS, *key)[0]).raw(".")
        g.add(t, "dat", "verbless", "present", "verbless_name", v, [("indirect", person, v.lemma)])
        t = Text().add(before).add(lead).raw(' "').mark(quote, space=False).raw('."')
        g.add(t, "quote_cueless", "verbless", "none", "verbless_name", "none", [("direct", person, "")])
    for n, control in enumerate(VERBLESS_CONTROLS):
        key = ("references-verbless-control", n)
        quote = _pick(QUOTES, *key)
        t = Text().add("Wethouder Bakker zei dinsdag:").raw(' "').mark(quote, space=False).raw('."').add(control)
        t.raw(' "').mark(_pick(QUOTES, "x", *key), space=False).raw('."')
        speaker = Speaker("bakker", "Bakker")
        g.add(t, "quote_cueless", "verbless", "none", "verbless_control", "none",
              [("direct", speaker, "zei"), ("direct", speaker, "")])
    for n, (before, pron, person) in enumerate(SINGULAR_CONTROLS):
        key = ("references-sg", n)
        v = _pick(verbs, *key)
        t = Text().add(before).add(f"{_cap(pron)} {v.pres} dat").mark(_pick(CONTENTS, *key)[0]).raw(".")
        g.add(t, "dat", "referent", "present", "singular_control", v, [("indirect", person, v.lemma)])


def gen_stranded(g: Grid) -> None:
    """Nominal cues in an 'er … N P dat' idiom ("houdt er rekening mee dat", "heeft er vertrouwen in
    dat"): every order × subject kind, one tense each (rotated)."""
    for order, kind in itertools.product(ORDERS_MAIN, SUBJECT_KINDS):
        key = ("stranded", order, kind)
        v, mid, noun = _pick(STRANDED, *key)
        tense = _rotating_tense(order, kind, 3)
        if tense == "modal" and not v.modal_ok:
            tense = "perfect"
        s = subject_for(kind, *key)
        t = Text()
        clause(t, order, s, v, tense, key, [(mid, False)], [("dat", False), (_pick(CONTENTS, *key)[0], True)],
               middles=[""])
        g.add(t, "nominal_er", order, tense, kind, v, [("indirect", s.speaker, noun)])


#: verbs of saying and opinion whose object 'dat' points back at the statement before
AGREE_VERBS = [V("vinden", "vindt", "vond", "gevonden"), V("denken", "denkt", "dacht", "gedacht"),
               V("verwachten", "verwacht", "verwachtte", "verwacht"), V("zeggen", "zegt", "zei", "gezegd")]


def gen_agreement(g: Grid) -> None:
    """A back-reference of agreement: 'Ook Pistorius vindt dat.', 'De bond zegt dat ook.', 'Dat
    vindt ook X.' — the sentence before is the subject's claim too."""
    patterns = [("Ook {S} {F} dat.", "present"), ("{S} {F} dat ook.", "past"), ("Dat {F} ook {S}.", "present")]
    for kind, (n, (pattern, tense)) in itertools.product(SUBJECT_KINDS, enumerate(patterns)):
        key = ("agree", kind, n)
        v = _pick(AGREE_VERBS, *key)
        s = subject_for(kind, *key)
        main = _pick(CONTENTS, *key)[1]
        t = Text()
        if s.antecedent:
            t.add(s.antecedent).raw("\n\n")
        subj = s.at_start() if pattern.startswith("{S}") else s.text
        t.mark(main).raw(".").add(pattern.replace("{S}", subj).replace("{F}", v.pres if tense == "present" else v.past))
        g.add(t, "backref", "agreement", tense, kind, v, [("indirect", s.speaker, v.lemma)])
#: people introduced with a role and a body: (role, body, person)
ROLE_HOLDERS = [
    ("trainer", "Vitesse", Speaker("karel-de-waal", "Karel de Waal")),
    ("woordvoerder", "ProRail", Speaker("joost-van-ham", "Joost van Ham")),
    ("burgemeester", "Zwolle", Speaker("ineke-bos", "Ineke Bos")),
    ("directeur", "Artis", Speaker("pieter-ter-horst", "Pieter ter Horst")),
]


def gen_role_references(g: Grid) -> None:
    """A definite role alone ('zei de trainer') refers back to the person introduced with that
    role before ('Vitesse-trainer Karel de Waal', 'Trainer …', 'Karel de Waal, trainer van
    Vitesse,'); controls: nobody introduced, or introduced with another or a former role, leave
    the role its own source."""
    verbs = [v for v in DAT_VERBS if not v.prt]
    for n, (role, body, person) in enumerate(ROLE_HOLDERS):
        intros = [f"{body}-{role} {person.name}", f"{_cap(role)} {person.name}", f"{person.name}, {role} van {body},"]
        for m, intro in enumerate(intros):
            key = ("role-ref", n, m)
            v = _pick(verbs, *key)
            deed = _pick(["was dinsdag niet tevreden.", "sprak maandag in de raad.", "kwam woensdag terug uit Rome."], *key)
            t = Text().add(f"{intro} {deed}").raw(' "').mark(_pick(QUOTES, *key), space=False).raw(f'", zei de {role}.')
            g.add(t, "quote_after", "role_reference", "past", "role_alone", "zeggen", [("direct", person, "zei")])
            t = Text().add(f"{intro} {deed}").add(f"De {role} {v.pres} dat").mark(_pick(CONTENTS, *key)[0]).raw(".")
            g.add(t, "dat", "role_reference", "present", "role_alone", v, [("indirect", person, v.lemma)])
        alone = Speaker(role, role)
        key = ("role-ref-control", n)
        v = _pick(verbs, *key)
        t = Text().add(f"De {role} {v.pres} dat").mark(_pick(CONTENTS, *key)[0]).raw(".")
        g.add(t, "dat", "role_reference", "present", "role_control", v, [("indirect", alone, v.lemma)])
        t = Text().add(f"Oud-{role} {person.name} keek toe.").raw(' "').mark(_pick(QUOTES, *key), space=False).raw(
            f'", zei de {role}.')
        g.add(t, "quote_after", "role_reference", "past", "role_control", "zeggen", [("direct", alone, "zei")])
        other = ROLE_HOLDERS[(n + 1) % len(ROLE_HOLDERS)][0]
        t = Text().add(f"{_cap(other)} {person.name} keek toe.").raw(' "').mark(_pick(QUOTES, "x", *key), space=False).raw(
            f'", zei de {role}.')
        g.add(t, "quote_after", "role_reference", "past", "role_control", "zeggen", [("direct", alone, "zei")])


#: verbs of insisting and consenting with 'er' + a preposition before the dat-clause, copular agreement, and an
#: object 'het' that anticipates the dat-clause: (template, tense)
ANTICIPATED = [("{S} staat erop dat {C}.", "present"), ("{S} stemde ermee in dat {C}.", "past"),
               ("{S} is ermee akkoord gegaan dat {C}.", "perfect"), ("{S} is het erover eens dat {C}.", "present"),
               ("{S} was het met de burgemeester eens dat {C}.", "past"), ("Gisteren ging {S} ermee akkoord dat {C}.", "past"),
               ("Omdat {S} erop stond dat {C}, stopt het project.", "past"),
               ("{S} noemt het onverstandig dat {C}.", "present"), ("{S} zag het als een probleem dat {C}.", "past"),
               ("{S} heeft het als een fout beschouwd dat {C}.", "perfect"),
               ("{S} was het niet eens met het plan en zei dat {C}.", "past")]
_ANTICIPATED_CUES = ["erop staan", "instemmen", "akkoord gaan", "het erover eens", "het eens", "akkoord gaan",
                     "erop staan", "noemen", "zien", "beschouwen", "zeggen"]


#: worries and confident claims with a reflexive: (template, tense)
REFLEXIVE = [("{S} maakt zich zorgen dat {C}.", "present"), ("{S} heeft zich altijd zorgen gemaakt dat {C}.", "perfect"),
             ("{S} maakte zich sterk dat {C}.", "past")]
_REFLEXIVE_CUES = ["zich zorgen maken", "zich zorgen maken", "zich sterk maken"]
#: back-references by a passive with its agent or by a pronominal prepositional object: (template, tense, cue)
PP_BACKREFS = [("Dat werd gisteren bevestigd door {S}.", "past", "bevestigen"),
               ("Dat is door {S} bevestigd.", "perfect", "bevestigen"),
               ("Daar wijst {S} op.", "present", "wijzen op"), ("Daarvoor pleit {S} al jaren.", "present", "pleiten"),
               ("Daarop wees {S} gisteren.", "past", "wijzen op"), ("Hiervoor waarschuwde {S} vorige week.", "past", "waarschuwen"),
               ("Daar is {S} het mee eens.", "present", "het eens")]


def gen_pp_backrefs(g: Grid) -> None:
    """'Dat werd bevestigd door X.', 'Daar wijst X op.', 'Daarvoor pleit X.': the sentence before is
    the content."""
    for n, (pattern, tense, cue) in enumerate(PP_BACKREFS):
        for kind in (SUBJECT_KINDS[n % len(SUBJECT_KINDS)], SUBJECT_KINDS[(n + 2) % len(SUBJECT_KINDS)]):
            if kind == "pronoun":
                kind = "surname"  # (a pronoun after the verb would need its own antecedent sentence)
            key = ("pp_backref", kind, n)
            s = subject_for(kind, *key)
            t = Text()
            t.mark(_pick(CONTENTS, *key)[1]).raw(".").add(pattern.replace("{S}", s.text))
            g.add(t, "backref", "pp" if pattern.startswith("Daar") or pattern.startswith("Hier") else "passive", tense,
                  kind, cue, [("indirect", s.speaker, cue)])


#: a conditional in V1 around the cue: its content ends where the main clause goes on
V1_CONDITIONAL = [("Zegt {S} dat {C}, dan luistert de gemeente niet.", "present"),
                  ("Meldde {S} dat {C}, dan kwam er altijd een reactie.", "past"),
                  ("Denkt {S} dat {C}, dan vergist die zich.", "present")]
_V1_CUES = ["zeggen", "melden", "denken"]


def gen_anticipated(g: Grid) -> None:
    """'X staat erop dat …', 'X stemt ermee in dat …', 'X is het (met Y) eens dat …', 'X noemt het
    onverstandig dat …': the dat-clause is the content, whatever anticipates it."""
    _templated(g, "anticipated", ANTICIPATED, _ANTICIPATED_CUES)
    _templated(g, "v1_conditional", V1_CONDITIONAL, _V1_CUES)
    _templated(g, "reflexive", REFLEXIVE, _REFLEXIVE_CUES)


def _templated(g: Grid, frame: str, patterns: list[tuple[str, str]], cues: list[str]) -> None:
    """Cases from sentence templates with a subject ``{S}`` and a content ``{C}``, two subject kinds each."""
    for n, (pattern, tense) in enumerate(patterns):
        for kind in (SUBJECT_KINDS[n % len(SUBJECT_KINDS)], SUBJECT_KINDS[(n + 3) % len(SUBJECT_KINDS)]):
            key = (frame, kind, n)
            s = subject_for(kind, *key)
            content = _pick(CONTENTS, *key)[0]
            t = Text()
            if s.antecedent:
                t.add(s.antecedent)
            subj = s.at_start() if pattern.startswith("{S}") else s.text
            head, tail = pattern.replace("{S}", subj).split("{C}")  # (one content per pattern)
            t.add(head.rstrip()).mark(content).add(tail)
            order = "sv" if pattern.startswith("{S}") else "v1" if pattern[0].isupper() and " {S} " in pattern[:20] and (
                pattern.split()[0] not in {"Gisteren", "Omdat"}) else "adv"
            g.add(t, frame, order, tense, kind, cues[n], [("indirect", s.speaker, cues[n])])


def build() -> list[Case]:
    """All grid cases, in a fixed order."""
    g = Grid()
    gen_complement_frames(g)
    gen_quote_frames(g)
    gen_marker_frames(g)
    gen_coordination(g)
    gen_recall_frames(g)
    gen_stranded(g)
    gen_agreement(g)
    gen_anticipated(g)
    gen_pp_backrefs(g)
    gen_nominal_van(g)
    gen_relative_pp(g)
    gen_nominalised(g)
    gen_embedded_cue(g)
    gen_inverted(g)
    gen_volgens_relative(g)
    gen_own_account(g)
    gen_copular_colon(g)
    gen_references(g)
    gen_role_references(g)
    gen_source_names(g)
    gen_negatives(g)
    gen_relative_subject(g)
    gen_relative_dat(g)
    gen_inverted_time(g)
    return g.cases


def load(path: Path = OUT) -> list[dict]:
    """The stored grid (``tests/data/grid.jsonl``) as dicts."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write(path: Path = OUT) -> int:
    cases = build()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(asdict(c), ensure_ascii=False) + "\n")
    return len(cases)


if __name__ == "__main__":
    print(f"{write()} cases -> {OUT}")
