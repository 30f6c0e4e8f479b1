"""Tests for the spaCy component ``nlpclaims_quantities`` on realistic Dutch news sentences.

Every case runs on ``spacy.blank("nl")`` and, when the embedded trained pipeline exists at
``nlpclaims/_model/``, on that pipeline too.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

import nlpclaims.extensions  # noqa: F401  (registers doc._.quantities)
from nlpclaims.pipeline.quantities import QuantityFinder, make_quantities  # noqa: F401
from nlpclaims.schema import Quantity

# the embedded pipeline; NLPCLAIMS_TEST_MODEL points the tests at another trained pipeline
MODEL_DIR = Path(os.environ.get("NLPCLAIMS_TEST_MODEL") or Path(__file__).resolve().parents[1] / "nlpclaims" / "_model")

_PIPELINES: dict[str, Language] = {}


def _pipeline(kind: str) -> Language:
    if kind not in _PIPELINES:
        if kind == "blank":
            nlp = spacy.blank("nl")
        else:
            nlp = spacy.load(MODEL_DIR, exclude=["trainable_lemmatizer", "lemmatizer"])
            for name in list(nlp.pipe_names):
                if name.startswith("nlpclaims_"):
                    nlp.remove_pipe(name)
        nlp.add_pipe("nlpclaims_quantities")
        _PIPELINES[kind] = nlp
    return _PIPELINES[kind]


KINDS = ["blank"] + (["model"] if (MODEL_DIR / "config.cfg").exists() else [])


@pytest.fixture(params=KINDS)
def nlp(request: pytest.FixtureRequest) -> Language:
    return _pipeline(request.param)


def _quantities(nlp: Language, text: str) -> list[Quantity]:
    doc = nlp(text)
    qs = doc._.quantities
    for q in qs:
        assert text[q.start:q.end] == q.text
        assert q.speaker is None and q.claim is None
    assert [q.start for q in qs] == sorted(q.start for q in qs)
    return qs


def _triples(nlp: Language, text: str) -> list[tuple[str, float, str | None]]:
    return [(q.text, round(q.value, 4), q.unit) for q in _quantities(nlp, text)]


# ---------------------------------------------------------------------------------------------
# Forms that count
# ---------------------------------------------------------------------------------------------

POSITIVE = [
    # digits, separators, adjectives skipped
    ("Volgens de luchtmacht zijn 72 drones neergehaald.", ("72 drones", 72, "drones")),
    ("Afgelopen nacht zijn 57 Oekraïense drones vernietigd.", ("57 Oekraïense drones", 57, "drones")),
    ("Kim zou een container met 90.000 flessen wodka hebben gekocht.", ("90.000 flessen", 90000, "flessen")),
    ("Hij is 1,70 meter lang en weegt 130 kilo.", ("1,70 meter", 1.7, "meter")),
    ("Er werden 1.500.000 stemmen uitgebracht.", ("1.500.000 stemmen", 1_500_000, "stemmen")),
    # money
    ("ASML boekte een omzet van 7,7 miljard euro.", ("7,7 miljard euro", 7.7e9, "euro")),
    ("Het kabinet trekt €2,5 miljoen uit voor het plan.", ("€2,5 miljoen", 2.5e6, "€")),
    ("Het gaat om 250 miljard dollar aan producten.", ("250 miljard dollar", 250e9, "dollar")),
    ("De club betaalde 12 mln euro voor de spits.", ("12 mln euro", 12e6, "euro")),
    ("De schade bedraagt 1,2 mrd euro.", ("1,2 mrd euro", 1.2e9, "euro")),
    ("Een kaartje kost 10 pond.", ("10 pond", 10, "pond")),
    # percentages
    ("De omzet daalde met 12 procent.", ("12 procent", 12, "procent")),
    ("De rente stijgt naar 4,5%.", ("4,5%", 4.5, "%")),
    ("De economie groeit 0,2 procentpunt minder hard.", ("0,2 procentpunt", 0.2, "procentpunt")),
    # number words, compounds
    ("De Russen staakten dertig dagen hun aanvallen.", ("dertig dagen", 30, "dagen")),
    ("Rusland wil 175 Oekraïense krijgsgevangenen ruilen.", ("175 Oekraïense krijgsgevangenen", 175, "krijgsgevangenen")),
    ("Er werden honderdvijfenzeventig bezwaren ingediend.", ("honderdvijfenzeventig bezwaren", 175, "bezwaren")),
    ("De bond telt drieëntwintigduizend leden.", ("drieëntwintigduizend leden", 23000, "leden")),
    ("Van elf werken staat vast dat ze echt zijn.", ("elf werken", 11, "werken")),
    ("Gemeenten krijgen vijf miljoen euro extra.", ("vijf miljoen euro", 5e6, "euro")),
    # fractions
    ("De WW wordt met een half jaar verkort.", ("een half jaar", 0.5, "jaar")),
    ("De helft van de Nederlanders is tegen.", ("De helft van de Nederlanders", 0.5, "Nederlanders")),
    ("Ze wachtte anderhalf jaar op een uitspraak.", ("anderhalf jaar", 1.5, "jaar")),
    ("Een derde van de scholen kampt met tekorten.", ("Een derde van de scholen", 0.3333, "scholen")),
    ("De klim duurt driekwart uur.", ("driekwart uur", 0.75, "uur")),
    # shares written as ratios
    ("Een op de vijf jongeren heeft schulden.", ("Een op de vijf jongeren", 0.2, "jongeren")),
    ("Twee op de drie Nederlanders is tegen het plan.", ("Twee op de drie Nederlanders", 0.6667, "Nederlanders")),
    ("1 op de 4 kinderen groeit op in armoede.", ("1 op de 4 kinderen", 0.25, "kinderen")),
    ("Net als 9 op de 10 Belgen maak je winst.", ("9 op de 10 Belgen", 0.9, "Belgen")),
    # vague amounts
    ("Het feit dat duizenden soldaten gedood worden.", ("duizenden soldaten", 1000, "soldaten")),
    ("Corporaties kunnen tienduizenden geplande nieuwbouwwoningen niet bouwen.",
     ("tienduizenden geplande nieuwbouwwoningen", 10000, "nieuwbouwwoningen")),
    ("Het gaat om honderden miljoenen euro's.", ("honderden miljoenen euro's", 1e8, "euro's")),
    ("Er kwamen tientallen betogers op af.", ("tientallen betogers", 10, "betogers")),
    ("Een twintigtal agenten greep in.", ("Een twintigtal agenten", 20, "agenten")),
    # durations and the article "een"
    ("Poetin beloofde een maand lang geen infrastructuur aan te vallen.", ("een maand", 1, "maand")),
    ("De komende vijf jaar krijgt het ziekenhuis geld.", ("vijf jaar", 5, "jaar")),
    ("De sociale huren mogen twee jaar lang niet omhoog.", ("twee jaar", 2, "jaar")),
    # multipliers
    ("China importeert drie keer zoveel als de VS.", ("drie keer", 3, "keer")),
    ("De fabrikant had de prijs vervijfhonderdvoudigd.", ("vervijfhonderdvoudigd", 500, "keer")),
    # headline-style
    ("Miljoenen voor strijd tegen dure medicijnen", ("Miljoenen", 1e6, "euro")),
    # Belgian thousands with spaces, coordinated and hyphenated adjectives
    ("In ons land krijgen elk jaar 65 000 mensen kanker.", ("65 000 mensen", 65000, "mensen")),
    ("Schiphol verwacht zo'n 3,5 miljoen vertrekkende en aankomende reizigers.",
     ("3,5 miljoen vertrekkende en aankomende reizigers", 3.5e6, "reizigers")),
    ("Bijna 618 niet-begeleide minderjarigen zijn verdwenen.", ("618 niet-begeleide minderjarigen", 618, "minderjarigen")),
    # "twee ton" is money in Dutch news
    ("Met de loterij haalt ze twee ton binnen voor haar onderzoek.", ("twee ton", 200000, "euro")),
    ("Mensen die tien jaar niet hebben gewerkt, vinden moeilijk werk.", ("tien jaar", 10, "jaar")),
    # a bare first number takes the unit of the second: "van 90 naar 80 euro"
    ("Mijn weekgeld ging van 90 naar 80 euro, vertelt ze.", ("90", 90, "euro")),
]


@pytest.mark.parametrize("text, expected", POSITIVE, ids=[p[0][:40] for p in POSITIVE])
def test_positive(nlp: Language, text: str, expected: tuple[str, float, str]) -> None:
    assert expected in _triples(nlp, text)


@pytest.mark.parametrize(
    "text, span, value, hedge, approximate",
    [
        ("Er kwamen ruim 200 mensen op af.", "200 mensen", 200, "ruim", True),
        ("ASML boekte een kostenpost van bijna 5 miljard euro.", "5 miljard euro", 5e9, "bijna", True),
        ("Uiteindelijk meldden zo'n 2000 boeren zich.", "2000 boeren", 2000, "zo'n", True),
        ("Er kwamen meer dan 10.000 mensen om het leven.", "10.000 mensen", 10000, "meer dan", True),
        ("Het tekort mag maximaal 3 procent zijn.", "3 procent", 3, "maximaal", False),
        ("Ze zijn rond de 500 miljoen euro minder kwijt.", "500 miljoen euro", 5e8, "rond de", True),
        ("Er vielen zeker 30 doden.", "30 doden", 30, "zeker", True),
        ("Het kost ongeveer 3,5 miljard euro.", "3,5 miljard euro", 3.5e9, "ongeveer", True),
        ("Er verblijven minstens 170 minderjarigen in de kampen.", "170 minderjarigen", 170, "minstens", True),
        ("Een paar honderd euro betalen vinden ze niet erg.", "honderd euro", 100, "een paar", True),
        ("Enkele tientallen mensen in gele hesjes hadden zich verzameld.", "tientallen mensen", 10, "enkele", True),
    ],
)
def test_hedges_stay_outside(nlp: Language, text: str, span: str, value: float, hedge: str,
                             approximate: bool) -> None:
    qs = [q for q in _quantities(nlp, text) if q.text == span]
    assert qs, _triples(nlp, text)
    assert (qs[0].value, qs[0].hedge, qs[0].approximate) == (value, hedge, approximate)


@pytest.mark.parametrize(
    "text, span, lower, upper, unit",
    [
        ("De heffing stijgt met 40 tot 60 procent.", "40 tot 60 procent", 40, 60, "procent"),
        ("Het is vijf à zes keer zo duur.", "vijf à zes keer", 5, 6, "keer"),
        ("Er staan 10-15 mensen in de rij.", "10-15 mensen", 10, 15, "mensen"),
        ("Het gaat om tussen 10 en 20 procent.", "10 en 20 procent", 10, 20, "procent"),
        ("We hebben 14.000 tot 35.000 huishoudens met schulden.", "14.000 tot 35.000 huishoudens", 14000, 35000, "huishoudens"),
        ("Het gaat over 5 % tot 20 % van de werknemers.", "5 % tot 20 %", 5, 20, "%"),
        ("Het kost twee tot drie miljoen euro.", "twee tot drie miljoen euro", 2e6, 3e6, "euro"),
    ],
)
def test_ranges(nlp: Language, text: str, span: str, lower: float, upper: float, unit: str) -> None:
    qs = [q for q in _quantities(nlp, text) if q.text == span]
    assert qs, _triples(nlp, text)
    q = qs[0]
    assert (q.value, q.lower, q.upper, q.unit, q.approximate) == (lower, lower, upper, unit, True)


def test_elliptic_units(nlp: Language) -> None:
    text = ("In het eerste kwartaal zijn 43 vrijwillige vignetten verkocht, waarvan 39 door "
            "mountainbikers en vier door ruiters.")
    assert [(t, v, u) for t, v, u in _triples(nlp, text)] == [
        ("43 vrijwillige vignetten", 43, "vignetten"), ("39", 39, "vignetten"), ("vier", 4, "vignetten")]
    text = "Corporaties krijgen 1,1 miljard euro compensatie (270 miljoen in 2026 en 405 miljoen in 2027)."
    assert ("270 miljoen", 270e6, "euro") in _triples(nlp, text)
    assert ("405 miljoen", 405e6, "euro") in _triples(nlp, text)


# ---------------------------------------------------------------------------------------------
# Exclusions
# ---------------------------------------------------------------------------------------------

NEGATIVE = [
    # dates, clock times, years, decades
    "Het gesprek dateert van 3 april.",
    "De uitspraak volgt op 18-04-2025.",
    "De vergadering begint om 14.30 uur.",
    "Om 15 uur begint het debat.",
    "De winkels zijn open van 9.00 tot 17.00 uur.",
    "In 2019 zette de Raad van State een streep door het programma.",
    "Het is een hit uit de jaren negentig.",
    "Hij werkte in de jaren 90 in Moskou.",
    "De expositie loopt tot half juli.",
    # time points
    "Drie weken geleden werd de wapenstilstand getekend.",
    "Over twee weken valt het besluit.",
    "Een maand later trok hij zich terug.",
    "Zes weken nadat het akkoord was gesloten, brak de strijd weer uit.",
    "Negen maanden na hun eerste ontmoeting spraken ze elkaar weer.",
    "Trump liet een half uur later weten dat hij akkoord ging.",
    # ages and number adjectives
    "Anna (34) woont in Utrecht.",
    "De 52-jarige politicus stapt op.",
    "De tweedaagse top begint maandag.",
    "Hij is 34 jaar oud.",
    # ordinals as descriptions
    "In de eerste nacht vielen geen doden.",
    "Het debat in de Tweede Kamer duurde lang.",
    # references that assert no amount
    "Ook wordt bevestigd dat de twee leiders het eens zijn.",
    "Deze drie agenten waren erbij.",
    "Rusland ruilt tegen hetzelfde aantal Russische krijgsgevangenen.",
    "Al is het doel van de vier partijen wel geweest dat de huren dalen.",
    "Het was de bedoeling om de drie onderzochte werken te restaureren.",
    # the article "een"
    "Een man werd aangehouden.",
    "Het is maar één van de afzetmarkten.",
    "Die haalde in één klap veel zetels.",
    "Trump heeft een punt, zegt de econoom.",
    "Het is een kleine week voor de verkiezingen.",
    # vague words naming no number
    "Enkele tientjes later was het geld op.",
    "Een paar mensen bleven achter.",
    # sports scores
    "De 3-0 zege van de Oranjevrouwen gaf vertrouwen.",
    "Na het 2-1 verlies tegen Noorwegen was de sfeer slecht.",
    # coins, identifiers
    "Hij gaf haar een tientje.",
    "De minister schrapt artikel 44 uit de wet.",
    "De boeren grenzen aan Natura 2000-gebieden.",
    "Achter kampioen Juventus werd nummer twee Napoli.",
    "Het middel helpt patiënten met diabetes type 2 en hun artsen.",
    "Ze is pas 23 jaar, maar werd al beste speelster van Afrika.",
    "Over een derde werk is geen uitsluitsel te geven.",
    "Een 3000 jaar oude buste werd geveild.",
    "Mark Lokhorst (27 jaar) uit Den Haag deed mee.",
    "Zijn vader vertrok toen Shawn 11 jaar was.",
    "Zo ook Pascal Tan van 25. Hij postte een filmpje.",
]


@pytest.mark.parametrize("text", NEGATIVE, ids=[t[:40] for t in NEGATIVE])
def test_negative(nlp: Language, text: str) -> None:
    assert _triples(nlp, text) == []


def test_duration_after_determiner_counts(nlp: Language) -> None:
    text = "De eerste twee jaar van die besparing zet de coalitie in voor de huurtoeslag."
    assert ("twee jaar", 2, "jaar") in _triples(nlp, text)
    assert _triples(nlp, "Ze verliezen in diezelfde drie jaar ruim 3 miljard euro.") == [
        ("3 miljard euro", 3e9, "euro")]


def test_large_number_after_determiner_counts(nlp: Language) -> None:
    text = "China hoopt met de 112 nieuwe samenwerkingsovereenkomsten de banden aan te halen."
    assert ("112 nieuwe samenwerkingsovereenkomsten", 112, "samenwerkingsovereenkomsten") in _triples(nlp, text)


# ---------------------------------------------------------------------------------------------
# Component plumbing
# ---------------------------------------------------------------------------------------------


def test_factory_and_config() -> None:
    nlp = spacy.blank("nl")
    pipe = nlp.add_pipe("nlpclaims_quantities", config={"default_currency": "dollar"})
    assert isinstance(pipe, QuantityFinder)
    doc = nlp("Het bedrijf verloor miljarden.")
    assert [(q.value, q.unit) for q in doc._.quantities] == [(1e9, "dollar")]
    assert nlp.get_pipe_meta("nlpclaims_quantities").assigns == ["doc._.quantities"]


def test_empty_and_numberless_docs() -> None:
    nlp = _pipeline("blank")
    assert nlp("")._.quantities == []
    assert nlp("Geen enkel getal hier.")._.quantities == []


def test_seed_article(nlp: Language, shared_corpora: Path) -> None:
    seed = shared_corpora / "seed" / "liveblog-trump-poetin.txt"
    if not seed.exists():
        pytest.skip(f"seed article not found at {seed}")
    text = seed.read_text(encoding="utf-8")
    got = {(q.text, q.value, q.unit) for q in _quantities(nlp, text)}
    for expected in [("een maand", 1, "maand"), ("145 aanvallen", 145, "aanvallen"), ("72 drones", 72, "drones"),
                     ("57 Oekraïense drones", 57, "drones"), ("duizenden soldaten", 1000, "soldaten"),
                     ("dertig dagen", 30, "dagen"),
                     ("175 Oekraïense krijgsgevangenen", 175, "krijgsgevangenen")]:
        assert expected in got
    assert len(got) == 7


# ---------------------------------------------------------------------------------------------
# Forms of issue 17: our own sentences, one or more per class
# ---------------------------------------------------------------------------------------------

FORMS = [
    # negatives
    ("Vannacht wordt het min vijf graden in Drenthe.", "min vijf graden", -5, "graden", None),
    ("Op de Zugspitze vroor het - 20 graden Celsius.", "- 20 graden Celsius", -20, "graden Celsius", "°C"),
    ("De economie kromp met min 2,5 procent.", "min 2,5 procent", -2.5, "procent", "%"),
    # mixed numbers and 'en'
    ("De vergadering duurde twee en een half uur.", "twee en een half uur", 2.5, "uur", "h"),
    ("Er kwamen tweeduizend en zestien bezoekers op af.", "tweeduizend en zestien bezoekers", 2016, "bezoekers", None),
    ("De wandeling is tweeëneenhalf kilometer lang.", "tweeëneenhalf kilometer", 2.5, "kilometer", "km"),
    ("Het feest duurde twaalfenhalve minuut.", "twaalfenhalve minuut", 12.5, "minuut", "min"),
    ("Er stonden honderdenzes auto's in de file.", "honderdenzes auto's", 106, "auto's", None),
    ("In de regio wonen anderhalf miljoen mensen.", "anderhalf miljoen mensen", 1_500_000, "mensen", None),
    ("Er zijn een half miljoen eieren gebroken.", "een half miljoen eieren", 500_000, "eieren", None),
    ("De bakker verkocht 3 dozijn broodjes.", "3 dozijn broodjes", 36, "broodjes", None),
    ("De startup haalde $10K op bij vrienden.", "$10K", 10_000, "$", "USD"),
    ("De groei kwam uit op twee komma vijf procent.", "twee komma vijf procent", 2.5, "procent", "%"),
    ("Een kopje koffie kost daar ,77 euro.", ",77 euro", 0.77, "euro", "EUR"),
    # ton: weight or money by the sentence
    ("De nieuwe satelliet weegt drie ton.", "drie ton", 3, "ton", "t"),
    ("Met de subsidie haalt het lab twee ton binnen.", "twee ton", 200_000, "euro", "EUR"),
    # ranges
    ("Een kaartje kost 500 tot 1500 euro.", "500 tot 1500 euro", 500, "euro", "EUR"),
    ("Er liepen 1000 tot 1500 demonstranten mee.", "1000 tot 1500 demonstranten", 1000, "demonstranten", None),
    ("De huren stegen tussen de 20 en 30 procent.", "20 en 30 procent", 20, "procent", "%"),
    ("Een fles kost van 20 tot zo'n 90 euro.", "20 tot zo'n 90 euro", 20, "euro", "EUR"),
    ("Weeg tussen 1 ons en 10 ons af.", "1 ons en 10 ons", 1, "ons", "hg"),
    # units, abbreviations and canonical units
    ("Koop 1 kg. Daarna kun je koken.", "1 kg", 1, "kg", "kg"),
    ("Giet er 250 ml water bij.", "250 ml", 250, "ml", "ml"),
    ("De auto reed 188 mijl per uur.", "188 mijl per uur", 188, "mijl per uur", "mph"),
    ("Binnen de bebouwde kom mag je 50 km/u rijden.", "50 km/u", 50, "km/u", "km/h"),
    ("Hij is me nog € 24,- schuldig.", "€ 24,-", 24, "€", "EUR"),
    ("De toegang kost EUR 20 per persoon.", "EUR 20", 20, "EUR", "EUR"),
    ("Neem 3/4 kopje suiker.", "3/4 kopje", 0.75, "kopje", None),
    # compound amounts
    ("Een ijsje kost 5 euro en 50 cent.", "5 euro en 50 cent", 5.5, "euro", "EUR"),
    ("Een kaartje kost 3 euro 50, zegt de kassier.", "3 euro 50", 3.5, "euro", "EUR"),
    ("De rit duurde een uur en een kwartier.", "een uur en een kwartier", 1.25, "uur", "h"),
    ("De bouw duurde 4 weken en 2 dagen.", "4 weken en 2 dagen", 30 / 7, "weken", "wk"),
    # ratio with uit
    ("Volgens het onderzoek heeft 1 uit 3 gezinnen schulden.", "1 uit 3 gezinnen", 1 / 3, "gezinnen", None),
    # partitive er
    ("Vorig jaar waren er 1300 vacatures. Dit jaar zijn dat er waarschijnlijk 1400.", "1400", 1400, "vacatures", None),
]


@pytest.mark.parametrize("text, span, value, unit, canonical", FORMS, ids=[f[1] for f in FORMS])
def test_issue_17_forms(nlp: Language, text: str, span: str, value: float, unit: str, canonical: str | None) -> None:
    qs = _quantities(nlp, text)
    hit = [q for q in qs if q.text == span]
    assert hit, [(q.text, q.value, q.unit) for q in qs]
    q = hit[0]
    assert q.value == pytest.approx(value) and q.unit == unit and q.canonical_unit == canonical


@pytest.mark.parametrize(
    "text",
    [
        "Het kost 5 duizend.",  # no invented euro for a bare duizend
        "De zaal telt 3 honderd.",
        "Hij had er drie ton voor over.",  # neither weight nor money is named: left out
        "Op 3/4 vergadert de raad.",  # a date, not a fraction
        "Wij spreken om 14 uur af.",  # a clock time
        "Dit voorjaar werd zij 18 jaar.",  # an age
        "Daarvoor beloofde de stad tot en met 2030 gratis huisvesting.",  # a year
        "Tot een leeftijd van 3 jaar slaapt een kind veel.",  # ages
        "Zij overleed op 95 jarige leeftijd.",
        "Het gebeurde toen de baby pas tien maanden was.",
        "Hij is tussen de 40 en 50 jaar.",
        "Je bent geen 35, zei de arts.",
        "De AOW-leeftijd gaat naar 67.",
        "We spreken rond drie uur af.",  # a clock time ("rond de drie uur" is a duration)
        "Het vroor gisteren niet; de Vikingtijd lag tussen 800 en 1050.",
        "Ze won de elfde etappe.",  # an ordinal
    ],
)
def test_issue_17_left_out(nlp: Language, text: str) -> None:
    assert _quantities(nlp, text) == []


def test_no_wrong_value_inside_a_form(nlp: Language) -> None:
    # the parts of a mixed number, a compound amount or a spoken decimal are never read alone
    for text, whole in [("Het duurde twee en een half uur.", 2.5), ("Het kost 3 euro en 50 cent.", 3.5),
                        ("De groei was twee komma vijf procent.", 2.5), ("Er kwamen tweeduizend en zestien fans.", 2016)]:
        assert [q.value for q in _quantities(nlp, text)] == [pytest.approx(whole)]


def test_determiner_reference_to_a_number_named_before(nlp: Language) -> None:
    # "de 39 mountainbikers" names the group counted before; "de 72 onderzochte maatschappijen" is new
    assert _triples(nlp, "Er kwamen 39 mountainbikers. De 39 mountainbikers zijn blij.") == [
        ("39 mountainbikers", 39.0, "mountainbikers")]
    assert ("72 onderzochte maatschappijen", 72.0, "maatschappijen") in _triples(
        nlp, "Transavia staat op plek 65 van de 72 onderzochte maatschappijen.")
    assert _triples(nlp, "De twee leiders spraken elkaar.") == []
