"""Quotation marks as Dutch news writes them, slips included: the pairing of :func:`find_quotes`
and the direct claims read from it (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

import nlpclaims
from nlpclaims.lang.quotes import find_quotes

DATE = dt.date(2025, 3, 19)


def quoted(text: str) -> list[str]:
    return [text[q.content_start:q.content_end] for q in find_quotes(text)]


def direct(nlp, text: str) -> list[tuple[str, str]]:
    return [(c.text, c.speaker) for c in nlpclaims.extract(text, nlp=nlp, date=DATE).claims if c.kind == "direct"]


def test_closing_mark_without_a_space_after_it():
    text = '"Het einde komt in zicht." Jansen stopt. "Dat voel ik wel."Jansen speelde in Qatar.'
    assert quoted(text) == ["Het einde komt in zicht.", "Dat voel ik wel."]


def test_apostrophes_inside_a_quote_closed_without_a_space():
    text = '"Ik zag zo\'n twee auto\'s staan."Daarna reed hij weg.'
    assert quoted(text) == ["Ik zag zo'n twee auto's staan."]


def test_unclosed_straight_quote_runs_to_the_end_of_its_paragraph():
    text = '"We zijn blij", aldus De Boer. "En hij brengt zo\'n dosis ervaring mee.\n\nMentor\n\nDe rest.'
    assert quoted(text) == ["We zijn blij", "En hij brengt zo'n dosis ervaring mee."]


@pytest.mark.parametrize("text", [
    'Er staat een filmpje online. "WE VERGETEN HET NOOIT!\' staat er boven de video.\n\nDe rest.',
    'Hij noemde het plan "onzin en ging door.\n\nDe rest.',
    'Een "stray mark in de zin zonder eind\n\nDe rest.',
])
def test_unclosed_straight_quote_with_another_mark_or_mid_sentence_is_stray(text):
    assert quoted(text) == []


def test_quote_after_a_missing_space_continues_the_speaker(nlp):
    text = ('„Mooi rijtje om af te sluiten”, aldus Pistorius. „Aan de andere kant merk je dat het einde '
            'daar is.”Pistorius werkte jarenlang in Hannover.')
    assert direct(nlp, text) == [("Mooi rijtje om af te sluiten", "pistorius"),
                                 ("Aan de andere kant merk je dat het einde daar is.", "pistorius")]


def test_unclosed_quote_after_a_cue_continues_the_speaker(nlp):
    text = ('"We zijn blij met hem", aldus Pistorius op de website van het ministerie. "En hij brengt '
            'veel ervaring mee.\n\nEen nieuwe rol\n\nDe functie is nieuw.')
    assert direct(nlp, text) == [("We zijn blij met hem", "pistorius"), ("En hij brengt veel ervaring mee.", "pistorius")]


def test_name_after_a_dotted_abbreviation_is_the_source(nlp):
    text = '„Wij gebruiken het al sinds 1918”, betoogt luitenant-kolonel b.d. Kai Mecklin, directeur van het museum.'
    claims = nlpclaims.extract(text, nlp=nlp, date=DATE).claims
    assert [(c.kind, c.speaker_name) for c in claims] == [("direct", "luitenant-kolonel b.d. Kai Mecklin")]


def test_quote_from_the_letter_named_before_is_its_writers(nlp):
    text = ('Dat meldt staatssecretaris Zsolt Szabó in een Kamerbrief.\n\nHet ging mis bij het uploaden. '
            'Documenten moeten worden gestript. „Er wordt nader onderzoek gedaan”, staat in de brief.')
    assert ("Er wordt nader onderzoek gedaan", "zsolt-szabo") in direct(nlp, text)


def test_quote_after_a_fragment_is_the_speaker_of_the_sentence_before_it(nlp):
    text = ('Uroloog Melianthe Nicolai ziet in haar kliniek jonge mannen die geen kinderen willen. '
            'Bijvoorbeeld vanwege het klimaat. „Laatst kwam hier een bioloog van 29.”')
    assert direct(nlp, text) == [("Laatst kwam hier een bioloog van 29.", "melianthe-nicolai")]


def test_quote_after_a_fragment_naming_someone_is_theirs(nlp):
    text = ('Overigens doen niet alle ketens mee. Supermarkt Lidl bijvoorbeeld. '
            '„Wij kennen het platform, maar kiezen voor grotere partijen.”')
    assert direct(nlp, text) == [("Wij kennen het platform, maar kiezen voor grotere partijen.", "supermarkt-lidl")]


def test_article_opening_quote_is_the_person_the_next_paragraph_introduces(nlp):
    text = ('Dit gezin maakt schoon met grondwater\n\n„Wij douchen met een jerrycan. Dat is tien liter water.”\n\n'
            'Marjan de Vries en haar gezin gaan ver om water te besparen. Het gemiddelde verbruik is 120 liter. '
            '„Drinkwater is zo essentieel voor ons bestaan.”')
    assert direct(nlp, text) == [("Wij douchen met een jerrycan. Dat is tien liter water.", "marjan-de-vries"),
                                 ("Drinkwater is zo essentieel voor ons bestaan.", "marjan-de-vries")]


def test_article_opening_quote_with_nobody_introduced_has_no_claim(nlp):
    text = 'Het water wordt schaars\n\n„Wij douchen met een jerrycan.”\n\nHet gemiddelde verbruik is 120 liter.'
    assert direct(nlp, text) == []


def test_quote_as_the_object_of_a_frame_before_a_coordinated_clause(nlp):
    text = 'Het bedrijf sprak van „rotte appels” en zei dat er niets aan de hand was.'
    assert direct(nlp, text) == [("rotte appels", "bedrijf")]


def test_quoted_words_someone_used_are_theirs(nlp):
    text = ('Minister Van Oosten legde het advies naast zich neer. Pas gisteren gebruikte hij de woorden '
            '„extreemrechtse relschoppers”.')
    assert direct(nlp, text) == [("extreemrechtse relschoppers", "van-oosten")]


@pytest.mark.parametrize("text", [
    "In de brief staan de woorden „geen commentaar”.",
    "De rechter gebruikte de term „onverantwoord” in zijn vonnis over de zaak.",
])
def test_quoted_words_with_no_user_or_inside_a_clause_give_no_direct_claim(nlp, text):
    assert direct(nlp, text) == []
