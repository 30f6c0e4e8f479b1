"""Quotations and attribution on sentences written in the style of Dutch news.

The single-sentence cases are data: ``tests/data/attribution_cases.jsonl``, one article per line
with the claims expected (any of text, kind, speaker, speaker_mention and the id of the rule that
must find it). ``expect: exact`` means these claims and no others (``[]``: no claim at all);
``contains`` means at least these. The tests below check what a row cannot say.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import nlpclaims

DATE = dt.date(2025, 3, 19)


CASES_FILE = Path(__file__).parent / "data" / "attribution_cases.jsonl"
CASES = [json.loads(line) for line in CASES_FILE.read_text("utf-8").splitlines() if line.strip()]


def claims_of(nlp, text: str, date: dt.date = DATE):
    return nlpclaims.extract(text, nlp=nlp, date=date).claims


@pytest.mark.parametrize("case", CASES, ids=[f"{n}-{c['text'][:40]}" for n, c in enumerate(CASES)])
def test_case(nlp, case):
    claims = claims_of(nlp, case["text"])
    expected = case["claims"]
    fields = sorted({k for e in expected for k in e}) or ["text"]
    found = [{k: getattr(c, k) for k in fields} for c in claims]
    if case["expect"] == "exact":
        assert found == [{k: e.get(k) for k in fields} for e in expected], (case["about"], found)
    else:
        for e in expected:
            assert e in [{k: f[k] for k in e} for f in found], (case["about"], found)


def test_cases_are_well_formed():
    keys = {"text", "kind", "speaker", "speaker_mention", "rule"}
    for case in CASES:
        assert case["expect"] in {"exact", "contains"} and case["about"]
        assert case["expect"] == "exact" or case["claims"], case
        assert all(set(e) <= keys for e in case["claims"]), case
        assert all("rule" in e for e in case["claims"] if "text" in e), case


def test_pronoun_refers_to_earlier_speaker(nlp):
    text = ("Premier Schoof sprak dinsdag in de Tweede Kamer over de oorlog. "
            "Hij benadrukte dat Nederland Oekraïne blijft steunen.")
    claims = claims_of(nlp, text)
    assert [(c.speaker, c.speaker_mention) for c in claims] == [("schoof", "Hij")]


def test_back_reference_points_to_previous_sentence(nlp):
    text = ("Rusland heeft de aanvallen op de energie-infrastructuur niet gestaakt. "
            "Dat stelde de Oekraïense president Zelensky woensdag.")
    claims = claims_of(nlp, text)
    assert [(c.text, c.speaker, c.kind) for c in claims] == [
        ("Rusland heeft de aanvallen op de energie-infrastructuur niet gestaakt", "zelensky", "indirect")]


def test_joint_sources_give_one_claim_each(nlp):
    text = "Macron en Scholz zeggen dat Europa meer moet doen voor zijn eigen veiligheid."
    claims = claims_of(nlp, text)
    assert sorted(c.speaker for c in claims) == ["macron", "scholz"]
    assert {c.text for c in claims} == {"Europa meer moet doen voor zijn eigen veiligheid"}


@pytest.mark.parametrize("text, speakers", [
    ("De Kamerleden Chris van Dam (CDA), Monica den Boer (D66) en Michiel van Nispen (SP) zeiden dat "
     "het wetsartikel overbodig is.", ["Chris van Dam", "Monica den Boer", "Michiel van Nispen"]),
    ("GroenLinks, PVV, PvdA en Forum voor Democratie zeggen dat de premier informatie heeft achtergehouden.",
     ["GroenLinks", "PVV", "PvdA", "Forum voor Democratie"]),
    ("De milieuorganisaties Greenpeace, Natuur & Milieu en het Longfonds zeggen dat sluiting haalbaar is.",
     ["Greenpeace", "Natuur & Milieu", "Longfonds"]),
])
def test_listed_sources_give_one_claim_each(nlp, text, speakers):
    claims = claims_of(nlp, text)
    assert len(claims) == len(speakers)
    assert len({(c.start, c.end) for c in claims}) == 1
    for claim, name in zip(claims, speakers):
        assert name in claim.speaker_name, (claim.speaker_name, name)


@pytest.mark.parametrize("text, source", [
    ("Minister Grapperhaus van Justitie en Veiligheid zegt dat het artikel wordt geschrapt.", "Grapperhaus"),
    ("Directeur Wim Pijbes van Droom en Daad zegt dat de stichting inzage wilde.", "Wim Pijbes"),
    ("De beroepsvereniging Verpleegkundigen & Verzorgenden Nederland zegt dat het een goede stap is.",
     "Verpleegkundigen & Verzorgenden Nederland"),
    ("Moussa El Khal van de Marokkaanse Vereniging voor Rechten en Rechtvaardigheid zegt dat de maffia actief is.",
     "Moussa El Khal"),
])
def test_one_source_with_en_in_its_name(nlp, text, source):
    """One claim; a person's affiliation ('van Droom en Daad') is not part of their name."""
    claims = claims_of(nlp, text)
    assert len(claims) == 1
    assert source in claims[0].speaker_name


def test_interrupted_quote_is_two_claims(nlp):
    text = "„We blijven praten”, zei Zelensky, „maar we geven geen grond op.”"
    claims = claims_of(nlp, text)
    assert [(c.text, c.speaker) for c in claims] == [
        ("We blijven praten", "zelensky"), ("maar we geven geen grond op.", "zelensky")]


def test_quote_over_two_paragraphs_is_one_claim(nlp):
    text = ("Pistorius was duidelijk. „We moeten investeren in onze defensie.\n\n"
            "„Dat kost geld, maar het is nodig”, zei de minister.")
    claims = [c for c in claims_of(nlp, text) if c.kind == "direct"]
    assert len(claims) == 1
    assert claims[0].text.startswith("We moeten investeren") and claims[0].text.endswith("het is nodig")
    assert claims[0].speaker == "pistorius"


def test_continued_quote_keeps_the_speaker(nlp):
    text = ("„De situatie is ernstig”, zei Schoof na afloop. „We houden alle opties open.”")
    claims = claims_of(nlp, text)
    assert [(c.text, c.speaker) for c in claims] == [
        ("De situatie is ernstig", "schoof"), ("We houden alle opties open.", "schoof")]


def test_partial_quote_inside_reported_speech_is_one_indirect_claim(nlp):
    text = "Pistorius vindt dat Poetin „spelletjes speelt” met zijn belofte."
    claims = claims_of(nlp, text)
    assert [(c.kind, c.speaker, c.text) for c in claims] == [
        ("indirect", "pistorius", "Poetin „spelletjes speelt” met zijn belofte")]


def test_apostrophes_are_not_quotes(nlp):
    text = "Volgens Zelensky's adviseur zijn zo'n 200 drone's onderschept."
    for claim in claims_of(nlp, text):
        assert claim.kind == "indirect"


def test_unbalanced_quote_does_not_swallow_the_article(nlp):
    text = "Schoof zei: „Dit sluit nooit.\n\n" + "Het weer blijft wisselvallig.\n\n" * 30
    claims = claims_of(nlp, text)
    assert all(c.end - c.start < 200 for c in claims)


def test_role_follows_the_article_date(nlp):
    text = "De premier zegt dat de begroting op orde is."
    assert [c.speaker for c in claims_of(nlp, text, date=dt.date(2023, 5, 1))] == ["rutte"]
    assert [c.speaker for c in claims_of(nlp, text, date=dt.date(2025, 5, 1))] == ["schoof"]


def test_named_holder_wins_over_the_calendar(nlp):
    text = ("Rutte sprak maandag met de Duitse bondskanselier. "
            "De premier zegt dat de begroting op orde is.")
    claims = claims_of(nlp, text, date=dt.date(2025, 5, 1))
    assert [c.speaker for c in claims] == ["rutte"]


def test_offsets_slice_to_text(nlp):
    text = open_seed()
    result = nlpclaims.extract(text, nlp=nlp, date=DATE)
    assert result.claims
    for claim in result.claims:
        assert text[claim.start:claim.end] == claim.text
        if claim.cue_start is not None:
            assert text[claim.cue_start:claim.cue_end] == claim.cue.replace(" ", "") or claim.cue.split()[0] in text[claim.cue_start:claim.cue_end]
        if claim.speaker_mention_start is not None:
            assert text[claim.speaker_mention_start:claim.speaker_mention_end] == claim.speaker_mention


def open_seed() -> str:
    from pathlib import Path

    return (Path(__file__).resolve().parents[1] / "corpora" / "liveblog-trump-poetin.txt").read_text("utf-8")


def test_quote_after_a_quoted_sentence_keeps_the_speaker(nlp):
    # the pronoun subject inside the earlier quote ("ze") is not whom the next quote is by
    text = ("Dit komt vaker voor, zegt onderzoeker Pieter Jansen. \"Er is vraag naar bekende oud-politici. "
            "Ze kunnen bedrijven met een slechte naam er beter uit laten zien. Het geeft ze toegang.\"\n\n"
            "\"Het was dom, maar het was geen corruptie.\"")
    claims = claims_of(nlp, text)
    last = [c for c in claims if c.text.startswith("Het was dom")]
    assert "jansen" in claims[0].speaker
    assert [c.speaker for c in last] == [claims[0].speaker], [(c.text, c.speaker) for c in claims]


def test_verb_first_conditional_is_not_a_name(nlp):
    # "Zit alles mee, dan …": the capitalised verb opening the sentence is not a speaker
    text = ("Normaal gesproken, zegt de Utrechtse hoogleraar Anna de Wit, schrijft ze maanden aan een "
            "subsidieaanvraag. Zit alles mee, dan haalt ze daarmee twee ton binnen. "
            "'Als dat lukt, ben ik heel blij. Dus je snapt hoe vreemd dit is.'")
    claims = claims_of(nlp, text)
    quote = [c for c in claims if c.text.startswith("Als dat lukt")]
    assert "anna-de-wit" in claims[0].speaker
    assert [c.speaker for c in quote] == [claims[0].speaker], [(c.text, c.speaker) for c in claims]


def test_subject_phrase_stops_before_relative_clause(nlp):
    from nlpclaims.pipeline.attribution.clauses import _trim_phrase

    doc = nlp("Friese boeren die zonder geldige vergunning werken, krijgen hulp.")
    assert _trim_phrase(doc, 0, 7, 1) == (0, 2)
    doc = nlp("Zo ver mag het wat minister Wiersma betreft niet komen.")
    assert _trim_phrase(doc, 4, 7, 5) == (5, 7)


def test_het_after_a_stance_verb_is_not_an_inverted_source(nlp):
    # "…, vindt het een slecht idee": "het" is the object, the source is the subject before the verb
    text = ("Oud-minister Pieter Jansen, ook oud-ambassadeur in Washington, vindt het een slecht idee "
            "als Nederland aan de missie meedoet.")
    claims = claims_of(nlp, text)
    assert claims, "no claim"
    assert all("jansen" in c.speaker for c in claims), [(c.text, c.speaker) for c in claims]
    assert all(not c.text.startswith("Oud-minister") for c in claims)


def test_name_in_apposition_to_a_role_is_the_source(nlp):
    # the organisation inside the role ("van het Witte Huis") is not who speaks
    text = "De hoogste adviseur van het Witte Huis, kolonel Peter de Vries, zegt dat hij zijn zorgen heeft gemeld."
    claims = claims_of(nlp, text)
    assert claims and all("de-vries" in c.speaker for c in claims), [(c.text, c.speaker) for c in claims]
    # but a name before the comma stays the source, and a comma inside brackets is no apposition
    text = "Volgens minister Ferdinand Grapperhaus (Justitie en Veiligheid, CDA) is de wet nodig."
    assert [c.speaker for c in claims_of(nlp, text)] == ["ferdinand-grapperhaus"]


def test_colon_headline_with_a_surname(nlp):
    text = ("Minister Heinen: inkomensgevolgen voor gezinnen nog niet in kaart\n\n"
            "Minister van Financiën Heinen (VVD) geeft toe dat de gevolgen voor huishoudens nog niet "
            "zijn doorgerekend.")
    claims = claims_of(nlp, text)
    head = [c for c in claims if c.text == "inkomensgevolgen voor gezinnen nog niet in kaart"]
    assert head and "heinen" in head[0].speaker, [(c.text, c.speaker) for c in claims]


def test_source_after_volgens_stops_before_a_predicate_adjective(nlp):
    text = "Poetin is volgens de Amerikaanse inlichtingendiensten bereid tot een staakt-het-vuren."
    claims = claims_of(nlp, text)
    assert [c.speaker_mention for c in claims] == ["de Amerikaanse inlichtingendiensten"]


def test_name_with_apposition_before_a_stance_verb_is_the_subject(nlp):
    text = "Thomas Mischke, vakbondsbestuurder bij de politievakbond BDK, vindt de ontwikkeling ernstig."
    claims = claims_of(nlp, text)
    assert [(c.speaker_name, c.text) for c in claims] == [("Thomas Mischke", "de ontwikkeling ernstig")]
    # a clause before the comma is still the content of an inverted cue
    claims = claims_of(nlp, "Poetin, de Russische president, wil geen bestand, zegt Zelensky.")
    assert [(c.speaker, c.text) for c in claims] == [("zelensky", "Poetin, de Russische president, wil geen bestand")]


def test_naar_verluidt_gives_way_to_a_named_source(nlp):
    claims = claims_of(nlp, "Het bedrijf wil naar verluidt 300 banen schrappen, meldt het FD.")
    assert [(c.speaker_mention, c.text) for c in claims] == [("het FD", "Het bedrijf wil naar verluidt 300 banen schrappen")]


@pytest.mark.parametrize("text, mention", [
    ("„Dit moet niet mogen”, zei CDA-Kamerlid Chris van Dam op Twitter.", "CDA-Kamerlid Chris van Dam"),
    ("„We gaan door”, zegt Sophie in 't Veld.", "Sophie in 't Veld"),
])
def test_preposition_before_a_capital_is_not_a_surname_particle(nlp, text, mention):
    assert [c.speaker_mention for c in claims_of(nlp, text)] == [mention]


def test_the_reader_addressed_is_no_source(nlp):
    assert claims_of(nlp, "Ga je op pad? Hier vind je het overzicht van de werkzaamheden en files.") == []


def test_second_verb_of_a_coordination_shares_the_subject(nlp):
    text = "Het hof wees het horen van een getuige af en oordeelde dat de zaak door kan gaan."
    assert [(c.speaker_mention, c.text) for c in claims_of(nlp, text)] == [("Het hof", "de zaak door kan gaan")]


def test_title_with_adjective_runs_on_to_the_name(nlp):
    text = "De kritiek zwelt aan, zegt verslaggever koninklijk huis Kysia Hekster."
    assert [c.speaker_mention for c in claims_of(nlp, text)] == ["verslaggever koninklijk huis Kysia Hekster"]


def test_ministry_with_two_portfolios_is_one_source(nlp):
    text = "Het Ministerie van Infrastructuur en Waterstaat zegt dat er meer ruimte komt voor drones."
    assert [c.speaker_mention for c in claims_of(nlp, text)] == ["Het Ministerie van Infrastructuur en Waterstaat"]


def test_object_dat_before_an_inverted_cue_is_no_clause(nlp):
    text = ("Maar universiteiten kunnen die controle niet uitvoeren, en willen dat ook niet, "
            "zegt vice-rector Rob Mudde van de TU Delft.")
    claims = claims_of(nlp, text)
    assert [(c.speaker_mention, c.text) for c in claims] == [
        ("vice-rector Rob Mudde van de TU Delft", "Maar universiteiten kunnen die controle niet uitvoeren, en willen dat ook niet")]


def test_volgens_with_apposition_and_preposition_aan(nlp):
    text = ("Volgens Bart Remes, drone-onderzoeker van de TU, geeft de luchtverkeersleiding daarvoor "
            "een landingscommando aan alle drones in dat gebied.")
    claims = claims_of(nlp, text)
    assert [(c.speaker_mention, c.text) for c in claims] == [
        ("Bart Remes", "geeft de luchtverkeersleiding daarvoor een landingscommando aan alle drones in dat gebied")]


@pytest.mark.parametrize("text, mention", [
    ("Volgens Forum voor Democratie wordt de kiezer niet gehoord.", "Forum voor Democratie"),
    ("De Partij voor de Dieren zegt dat de plannen niet deugen.", "De Partij voor de Dieren"),
    ("Het Centraal Bureau voor de Statistiek meldt dat de werkloosheid daalt.", "Het Centraal Bureau voor de Statistiek"),
])
def test_organisation_names_with_voor(nlp, text, mention):
    assert [c.speaker_mention for c in claims_of(nlp, text)] == [mention]


def test_a_document_source_is_not_the_speaker_of_the_next_quote(nlp):
    text = ("Volgens het rapport is de situatie ernstig. Het kabinet wil ingrijpen, zegt minister Heinen. "
            "„Dit kan zo niet langer.”")
    claims = claims_of(nlp, text)
    assert [c.speaker_mention for c in claims][:2] == ["het rapport", "minister Heinen"]
    assert claims[-1].text == "Dit kan zo niet langer." and claims[-1].speaker == claims[1].speaker
    claims = claims_of(nlp, "Volgens de aanklacht heeft hij geheimen gestolen. „Dit is een mijlpaal.”")
    assert "aanklacht" not in [c.speaker for c in claims if c.kind == "direct"]


def test_question_before_an_answer_is_not_the_content(nlp):
    text = 'Op de vraag hoe vaak er is gecontroleerd, antwoordt de gemeente: "Die aanleiding is er niet geweest."'
    assert [(c.kind, c.text) for c in claims_of(nlp, text)] == [("direct", "Die aanleiding is er niet geweest.")]


def test_time_word_after_a_source_is_not_part_of_it(nlp):
    text = "Stoppen met opioïden is zwaar, vertelde deze vrouw begin dit jaar."
    assert [c.speaker_mention for c in claims_of(nlp, text)] == ["deze vrouw"]


def test_he_does_not_refer_to_a_law(nlp):
    text = ("Grapperhaus schrijft de Kamer dat artikel 44 geen onderdeel meer is, omdat de Aanpassingswet AVG "
            "erin voorziet. Die is al door de Kamer aangenomen. Hij schrijft ook dat de politie geen taak krijgt.")
    claims = claims_of(nlp, text)
    assert [c.speaker for c in claims] == ["grapperhaus", "grapperhaus"]




def test_a_reported_claim_stops_where_the_quote_after_its_colon_begins():
    from nlpclaims.pipeline.attribution.merge import merge
    from nlpclaims.pipeline.attribution.rules import RuleTable
    from nlpclaims.pipeline.rawclaim import RawClaim

    text = "Jansen noemt de boete onredelijk: „Het is schieten met een kanon op een mug.” Hij zegt het vaak."
    q0, q1 = text.index("Het"), text.index(".”") + 1
    reported = RawClaim("indirect", text.index("de boete"), q1, "noemt", 7, 12, (0, 6), (0, q1 + 1), "object-xy", 0.7)
    quote = RawClaim("direct", q0, q1, None, None, None, None, (0, q1 + 1), "quote-continued", 0.6, inherit=True)
    backref = next(r for r in RuleTable.default() if r.trigger == "merge")
    got = merge([quote], [reported], backref, text)
    assert [(c.kind, text[c.start:c.end]) for c in got] == [
        ("indirect", "de boete onredelijk"), ("direct", "Het is schieten met een kanon op een mug.")]
    # a quote that runs on past the reported part: the reported part is cut back the same way
    longer = RawClaim("indirect", text.index("de boete"), q0 + 10, "noemt", 7, 12, (0, 6), (0, q1 + 1), "object-xy", 0.7)
    got = merge([quote], [longer], backref, text)
    assert [(c.kind, text[c.start:c.end]) for c in got] == [
        ("indirect", "de boete onredelijk"), ("direct", "Het is schieten met een kanon op een mug.")]
