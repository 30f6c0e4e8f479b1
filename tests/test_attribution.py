"""Quotations and attribution on sentences written in the style of Dutch news.

Each case gives a short article, the claim content expected (exact text), its kind and the id
of the speaker it must be attributed to.
"""

from __future__ import annotations

import datetime as dt

import pytest

import nlpclaims

DATE = dt.date(2025, 3, 19)


@pytest.fixture(scope="module")
def nlp():
    return nlpclaims.load()


def claims_of(nlp, text: str, date: dt.date = DATE):
    return nlpclaims.extract(text, nlp=nlp, date=date).claims


CASES = [
    # direct quotes in each Dutch style, with the cue after the quote
    ("„We geven niet op”, zei Zelensky tegen verslaggevers.", "We geven niet op", "direct", "zelensky"),
    ("“De gesprekken waren constructief”, zegt Pistorius.", "De gesprekken waren constructief", "direct", "pistorius"),
    ('"Er komt een nieuw voorstel", aldus premier Schoof.', "Er komt een nieuw voorstel", "direct", "schoof"),
    (",,Dit is een historische dag'', zei Trump in het Witte Huis.", "Dit is een historische dag", "direct", "trump"),
    ("'We gaan de steun verhogen', laat Pistorius weten.", "We gaan de steun verhogen", "direct", "pistorius"),
    # colon lead-ins and headlines
    ("Zelensky: 'We winnen deze oorlog'", "We winnen deze oorlog", "direct", "zelensky"),
    ("Poetin zei tijdens de persconferentie: „Rusland is tot alles bereid.”", "Rusland is tot alles bereid.", "direct", "poetin"),
    # reported speech with a dat-clause, also with a separable verb and an addressee
    ("Schoof zegt dat het kabinet de steun aan Oekraïne voortzet.",
     "het kabinet de steun aan Oekraïne voortzet", "indirect", "schoof"),
    ("Het Kremlin liet woensdag weten dat de gesprekken worden voortgezet.",
     "de gesprekken worden voortgezet", "indirect", "kremlin"),
    ("Pistorius zei tegen de Duitse omroep ARD dat er meer munitie nodig is.",
     "er meer munitie nodig is", "indirect", "pistorius"),
    # volgens at the start and at the end
    ("Volgens de Oekraïense luchtmacht zijn er vannacht 40 drones neergeschoten.",
     "zijn er vannacht 40 drones neergeschoten", "indirect", "oekraiense-luchtmacht"),
    ("Er zijn bij de aanval twee doden gevallen, volgens het Russische ministerie van Defensie.",
     "Er zijn bij de aanval twee doden gevallen", "indirect", "russische-ministerie-van-defensie"),
    # inverted cues without quote marks
    ("De onderhandelingen gaan volgende week verder, meldt het Witte Huis.",
     "De onderhandelingen gaan volgende week verder", "indirect", "witte-huis"),
    ("Er is nog geen akkoord over de grenzen, zei hij.", None, None, None),
    # "op X." ends a sentence: the platform, not an initial
    ('"Dit is een zwarte dag", schrijft Zelensky op X. Schoof spreekt van "een onaanvaardbare aanval".',
     "een onaanvaardbare aanval", "direct", "schoof"),
    # inverted subject after a fronted phrase that holds a clause of its own
    ("Over de kritiek dat het kabinet de klimaatdoelen vooruitschuift zegt minister Heinen dat dat niet klopt.",
     "dat niet klopt", "indirect", "heinen"),
    ("Schoof vertelde RTL Nieuws dat het kabinet doorgaat.", "het kabinet doorgaat", "indirect", "schoof"),
    # infinitive complements
    ("Trump zei bereid te zijn om met Poetin te praten.", "bereid te zijn om met Poetin te praten", "indirect", "trump"),
    # dated roles
    ("De Russische president zegt dat het Westen de oorlog verlengt.",
     "het Westen de oorlog verlengt", "indirect", "poetin"),
    ("De premier zegt dat de begroting op orde is.", "de begroting op orde is", "indirect", "schoof"),
    # evidential cues that name a source's document
    ("Uit cijfers van het CBS blijkt dat de werkloosheid is gedaald.",
     "de werkloosheid is gedaald", "indirect", "cbs"),
    ("Uit onderzoek blijkt dat de werkloosheid is gedaald.", None, None, None),
    # not claims
    ("Volgens mij is dat een slecht plan.", None, None, None),
    ("Trump wil de heffingen volgende maand verhogen.", None, None, None),
    ("Schoof wilde er verder niet op ingaan.", None, None, None),
    ("Een voorwaarde is dat Rusland moet beloven dat de gevangenen eerlijk worden berecht.", None, None, None),
    ("Rutte op bezoek bij Trump: 'Hij moet de eenheid van Europa benadrukken'", None, None, None),
    # "wat X betreft": the opinion of a named source or agent, not "wat dat betreft"
    ("Zo ver mag het wat minister Heinen betreft niet komen.",
     "Zo ver mag het wat minister Heinen betreft niet komen", "indirect", "heinen"),
    ("Wat Pistorius betreft, krijgt de Bundeswehr meer geld.", "krijgt de Bundeswehr meer geld", "indirect", "pistorius"),
    ("Wat dat betreft is er weinig veranderd in de Tweede Kamer.", None, None, None),
    ("Wat de kosten van het plan betreft is er nog veel onduidelijk.", None, None, None),
    # pleas and demands with a prepositional object
    ("De oppositie pleit voor een parlementaire enquête naar de toeslagen.",
     "een parlementaire enquête naar de toeslagen", "indirect", "oppositie"),
    ("De bonden dringen bij het kabinet aan op hogere lonen voor leraren.",
     "hogere lonen voor leraren", "indirect", "bonden"),
    ("Timmermans pleit voor een Europese CO2-heffing: \"Je moet daar eerlijk over zijn.\"",
     "een Europese CO2-heffing", "indirect", "timmermans"),
]


@pytest.mark.parametrize("text,content,kind,speaker", CASES, ids=[c[0][:40] for c in CASES])
def test_pattern(nlp, text, content, kind, speaker):
    claims = claims_of(nlp, text)
    if content is None:
        if speaker is None and kind is None and "zei hij" in text:
            # a pronoun with nobody to refer to: the claim is found, its speaker is unknown
            assert [c.speaker for c in claims] == ["unknown"]
            return
        assert claims == [], [(c.text, c.speaker) for c in claims]
        return
    found = [(c.text, c.kind, c.speaker) for c in claims]
    assert (content, kind, speaker) in found, found


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
    from nlpclaims.pipeline.syntax import _trim_phrase

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


@pytest.mark.parametrize("text, speaker, content", [
    ("Zelensky riep op tot een staakt-het-vuren.", "zelensky", "een staakt-het-vuren"),
    ("Poetin had opgeroepen tot een volledige stopzetting van de westerse steun.", "poetin",
     "een volledige stopzetting van de westerse steun"),
    ("De VN roepen alle partijen op tot terughoudendheid.", "vn", "terughoudendheid"),
    ("Zelensky riep de westerse bondgenoten op meer luchtafweer te leveren.", "zelensky", "meer luchtafweer te leveren"),
    ("Gisteren riep Zelensky de bondgenoten op om meer wapens te sturen.", "zelensky", "meer wapens te sturen"),
    # the phrase after the verb is the one addressed, not the speaker
    ("Wanhopige bewoners van Wijk aan Zee riepen premier Schoof in een krantenadvertentie op om langs te komen.",
     "wanhopige-bewoners-van-wijk-aan-zee", "langs te komen"),
    ("Vanwege de drukte riep de gemeente supporters op niet meer naar het plein te komen.", "gemeente",
     "niet meer naar het plein te komen"),
])
def test_calls_are_claims(nlp, text, speaker, content):
    claims = claims_of(nlp, text)
    assert [(c.speaker, c.text) for c in claims] == [(speaker, content)]


@pytest.mark.parametrize("text, content", [
    ("Het OM eist tien jaar cel tegen de verdachte.", "tien jaar cel tegen de verdachte"),
    ("Het OM zegt dat de verdachte heeft bekend.", "de verdachte heeft bekend"),
    ("De verdachte heeft bekend, meldt het OM.", "De verdachte heeft bekend"),
])
def test_acronym_that_spells_a_function_word_is_a_source(nlp, text, content):
    # "OM" (Openbaar Ministerie) lower-cased is the preposition "om"
    claims = claims_of(nlp, text)
    assert [(c.speaker_mention, c.text) for c in claims] == [("het OM" if "het OM" in text else "Het OM", content)]


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


@pytest.mark.parametrize("text, content", [
    ("Naar verluidt wil Shell zijn hoofdkantoor naar Londen verhuizen.", "wil Shell zijn hoofdkantoor naar Londen verhuizen"),
    ("Shell wil naar verluidt zijn hoofdkantoor naar Londen verhuizen.",
     "Shell wil naar verluidt zijn hoofdkantoor naar Londen verhuizen"),
])
def test_naar_verluidt_is_a_claim_with_unknown_speaker(nlp, text, content):
    claims = claims_of(nlp, text)
    assert [(c.speaker, c.text) for c in claims] == [("unknown", content)]


def test_naar_verluidt_gives_way_to_a_named_source(nlp):
    claims = claims_of(nlp, "Het bedrijf wil naar verluidt 300 banen schrappen, meldt het FD.")
    assert [(c.speaker_mention, c.text) for c in claims] == [("het FD", "Het bedrijf wil naar verluidt 300 banen schrappen")]


@pytest.mark.parametrize("text, content", [
    ("Macron verklaarde dat Frankrijk troepen wil sturen, maar Scholz wees dat idee van de hand.",
     "Frankrijk troepen wil sturen"),
    ("De minister zegt dat de economie groeit, maar de oppositie is kritisch.", "de economie groeit"),
    # a second dat-clause after "maar" is still what was said
    ("Schoof zei dat het plan goed is, maar dat er meer geld nodig is.", "het plan goed is, maar dat er meer geld nodig is"),
])
def test_content_stops_before_the_writers_own_main_clause(nlp, text, content):
    claims = claims_of(nlp, text)
    assert [c.text for c in claims] == [content]


@pytest.mark.parametrize("text, content", [
    ("De minister wees erop dat de kosten stijgen.", "de kosten stijgen"),
    ("De minister wees er ook op dat de kosten stijgen.", "de kosten stijgen"),
])
def test_wijzen_needs_erop(nlp, text, content):
    assert [c.text for c in claims_of(nlp, text)] == [content]
    assert claims_of(nlp, "Scholz wees dat idee van de hand.") == []


@pytest.mark.parametrize("text, mention", [
    ("„Dit moet niet mogen”, zei CDA-Kamerlid Chris van Dam op Twitter.", "CDA-Kamerlid Chris van Dam"),
    ("„We gaan door”, zegt Sophie in 't Veld.", "Sophie in 't Veld"),
])
def test_preposition_before_a_capital_is_not_a_surname_particle(nlp, text, mention):
    assert [c.speaker_mention for c in claims_of(nlp, text)] == [mention]


def test_the_reader_addressed_is_no_source(nlp):
    assert claims_of(nlp, "Ga je op pad? Hier vind je het overzicht van de werkzaamheden en files.") == []


@pytest.mark.parametrize("text, content", [
    ("Zelensky noemt de deal een teken van hoop.", "de deal een teken van hoop"),
    ("Kamerlid Bontenbal noemde het besluit „onbegrijpelijk”.", "het besluit „onbegrijpelijk”"),
    ("De minister noemt het onacceptabel.", "het onacceptabel"),
    ("Schoof noemt dat een goede zaak.", "dat een goede zaak"),
    ("De bond noemt de plannen te duur.", "de plannen te duur"),
    # naming something is not calling it something
    ("Dijkstra noemt het voorbeeld van haar vader.", None),
    ("Poetin noemde geen namen.", None),
])
def test_noemen_needs_what_something_is_called(nlp, text, content):
    assert [c.text for c in claims_of(nlp, text)] == ([content] if content else [])


def test_second_verb_of_a_coordination_shares_the_subject(nlp):
    text = "Het hof wees het horen van een getuige af en oordeelde dat de zaak door kan gaan."
    assert [(c.speaker_mention, c.text) for c in claims_of(nlp, text)] == [("Het hof", "de zaak door kan gaan")]


def test_title_with_adjective_runs_on_to_the_name(nlp):
    text = "De kritiek zwelt aan, zegt verslaggever koninklijk huis Kysia Hekster."
    assert [c.speaker_mention for c in claims_of(nlp, text)] == ["verslaggever koninklijk huis Kysia Hekster"]


def test_ministry_with_two_portfolios_is_one_source(nlp):
    text = "Het Ministerie van Infrastructuur en Waterstaat zegt dat er meer ruimte komt voor drones."
    assert [c.speaker_mention for c in claims_of(nlp, text)] == ["Het Ministerie van Infrastructuur en Waterstaat"]


@pytest.mark.parametrize("text, content", [
    ("Nederland vindt dat een slecht idee.", "dat een slecht idee"),
    ("Drijvers vindt dat anders.", "dat anders"),
    ("Schoof vindt dat de minister moet aftreden.", "de minister moet aftreden"),
])
def test_vindt_dat_with_a_predicate_is_an_opinion_about_that(nlp, text, content):
    assert [c.text for c in claims_of(nlp, text)] == [content]


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


@pytest.mark.parametrize("text, speaker, content", [
    ("Biden eiste het ontslag van Shokin om het onderzoek stop te zetten, zo luidt de beschuldiging van Trump.",
     "trump", "Biden eiste het ontslag van Shokin om het onderzoek stop te zetten"),
    ("Het kabinet heeft te laat ingegrepen, luidt het oordeel van de commissie.", "commissie",
     "Het kabinet heeft te laat ingegrepen"),
])
def test_zo_luidt_de_x_van_y(nlp, text, speaker, content):
    assert [(c.speaker, c.text) for c in claims_of(nlp, text)] == [(speaker, content)]
    assert claims_of(nlp, "De titel van het boek luidt: Een nieuw begin.") == []


@pytest.mark.parametrize("text, content", [
    ("Gemeenten dreigen het kabinet voor de rechter te slepen als ze het geld niet krijgen.",
     "het kabinet voor de rechter te slepen als ze het geld niet krijgen"),
    ("De vakbond dreigt de haven plat te leggen.", "de haven plat te leggen"),
    ("Trump dreigde te vertrekken.", "te vertrekken"),
    # risks, not threats
    ("Het bedrijf dreigt failliet te gaan.", None),
    ("Medicijnen dreigen te verdwijnen.", None),
])
def test_threats_and_risks(nlp, text, content):
    assert [c.text for c in claims_of(nlp, text)] == ([content] if content else [])


@pytest.mark.parametrize("text, content", [
    ("Vorige week lekte uit dat het kabinet de accijns wil verhogen.", "het kabinet de accijns wil verhogen"),
    ("Er is uitgelekt dat Shell zijn hoofdkantoor verhuist.", "Shell zijn hoofdkantoor verhuist"),
])
def test_leaked_news_has_no_speaker(nlp, text, content):
    assert [(c.speaker, c.text) for c in claims_of(nlp, text)] == [("unknown", content)]
    assert claims_of(nlp, "Het water lekte uit de leiding.") == []
