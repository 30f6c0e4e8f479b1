"""Bad and degenerate input: empty or odd texts, unbalanced quotes, oversized articles, missing
models. Each must give a result or a clear error, never a crash or a network attempt."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

import nlpclaims
from nlpclaims import ArticleClaims
from nlpclaims.api import MAX_CHARS, make_doc
from nlpclaims.basemodel import ModelNotFoundError, load_base
from nlpclaims.lang.quotes import MAX_QUOTE_CHARS, find_quotes

from test_properties import check_no_overlap_per_speaker, check_offsets

FILLER = "Het kabinet vergaderde op maandag over de begroting van volgend jaar en de zorg in de regio."


def run(nlp, text: str) -> ArticleClaims:
    result = nlpclaims.extract(text, nlp=nlp)
    check_offsets(text, result)
    check_no_overlap_per_speaker(result)
    return result


@pytest.mark.parametrize("text", ["", " ", "\n", "\n\n\n", "\t \r\n \u00a0 \u2003 ", " " * 10_000])
def test_empty_and_whitespace(nlp, text: str) -> None:
    result = run(nlp, text)
    assert result.claims == [] and result.quantities == [] and result.mentions == []
    assert result.text_length == len(text)


@pytest.mark.parametrize("text", [
    "...", "!!!???", "—", "Poetin", "zei", "aldus", "volgens", "Trump Trump Trump", "72",
    "a b c d e f g", "„", "”", ",,", "''", ": „", "1.500.000.000.000.000.000",
])
def test_text_without_sentences(nlp, text: str) -> None:
    run(nlp, text)


def test_unbalanced_quote_does_not_swallow_the_article(nlp) -> None:
    paragraphs = [f"{FILLER} Dat zei Trump niet. Volgens Poetin zijn er {i} drones neergehaald." for i in range(50)]
    opener = "„Dit sluit nooit"
    text = opener + "\n\n" + "\n\n".join(paragraphs)
    result = run(nlp, text)
    first_break = text.index("\n")
    for claim in result.claims:
        if claim.start < first_break:
            assert claim.end <= first_break, f"claim runs past the first paragraph: {claim.text[:80]!r}…"
    # The rest of the article is still analysed.
    assert sum(c.cue == "Volgens" for c in result.claims) >= 40


@pytest.mark.parametrize("opener", ["„", "“", "«", ",,", "‘", "'", '"'])
def test_unbalanced_quote_mid_sentence(nlp, opener: str) -> None:
    text = f"Trump zei {opener}dit sluit nooit en ging door.\n\n" + "\n\n".join([FILLER] * 50)
    result = run(nlp, text)
    for claim in result.claims:
        assert claim.end - claim.start < 200, f"claim swallows the article: {claim.text[:80]!r}…"


def test_quote_finder_limits_unclosed_quotes() -> None:
    text = "„" + "woord " * 5_000
    for q in find_quotes(text):
        assert q.content_end - q.content_start <= MAX_QUOTE_CHARS


@pytest.mark.parametrize("mark", ["„", "”", "'", '"', "«", "»", ",,", "''", "‘", "’"])
def test_ten_thousand_spaced_quote_marks(nlp, mark: str) -> None:
    run(nlp, (mark + " ") * 10_000)
    run(nlp, ("Trump zei " + mark) * 1_000)


# Unspaced runs are slow (tens of seconds each, see docs/reliability.md): one of each shape.
@pytest.mark.parametrize("text", ["„" * 10_000, "„”" * 5_000, "„“”‘’'\"«»" * 1_111])
def test_ten_thousand_quote_marks_in_a_row(nlp, text: str) -> None:
    run(nlp, text)


@pytest.mark.parametrize("text", [
    "\x00", "\x00" * 1000, "Trump\x00zei\x00dat\x00het\x00klopt.", "„We gaan\x00 door”, zei Zelensky.\x00",
    "Poetin zei dat \x00\x00\x00 72 drones \x00 zijn neergehaald.",
])
def test_nul_bytes(nlp, text: str) -> None:
    run(nlp, text)


def test_text_over_max_chars_is_a_clear_value_error(nlp) -> None:
    text = "a" * (MAX_CHARS + 1)
    with pytest.raises(ValueError, match="maximum"):
        nlpclaims.extract(text, nlp=nlp)
    with pytest.raises(ValueError, match=f"{MAX_CHARS:,}"):
        make_doc(nlp, text)


def test_non_str_is_a_type_error(nlp) -> None:
    with pytest.raises(TypeError, match="str"):
        nlpclaims.extract(b"Trump zei dat het klopt.", nlp=nlp)  # type: ignore[arg-type]


@pytest.fixture()
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    """Make every attempt to open a network connection fail loudly (and record it)."""
    attempts: list[tuple] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


@pytest.mark.parametrize("model", [
    "/nonexistent/nlpclaims-model", "./no-such-model-dir", "nl_core_news_doesnotexist", Path("/no/such/model"),
])
def test_missing_model_is_a_clear_error_without_network(no_network, model) -> None:
    with pytest.raises(ModelNotFoundError) as info:
        nlpclaims.load(model)
    message = str(info.value)
    assert str(model) in message
    assert "install" in message.lower() and "never downloads" in message
    assert no_network == []
    with pytest.raises(ModelNotFoundError):
        load_base(model)
    assert no_network == []


def test_missing_model_error_is_an_oserror() -> None:
    assert issubclass(ModelNotFoundError, OSError)
