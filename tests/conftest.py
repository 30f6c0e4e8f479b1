"""Shared test setup: hypothesis profiles, the pipeline fixture and text strategies.

Hypothesis profiles (select with ``HYPOTHESIS_PROFILE=<name>``):

* ``ci`` (default): 2,000 examples per property, no deadline; the property suite stays within a
  few minutes on two cores.
* ``long``: 10,000 examples per property, for a nightly or pre-release run.
* ``dev``: 100 examples, for quick local iterations.

Tests that set ``max_examples`` themselves (e.g. the number normaliser's own properties) keep it.

The pipeline is loaded once per session with :func:`nlpclaims.load` (the embedded pipeline or an
installed ``nl_core_news_*`` package) — the same object ``nlpclaims.extract`` uses by default.
``NLPCLAIMS_TEST_MODEL=<path>`` points the fixture at another pipeline directory, e.g. a freshly
trained ``models/training/run1/model-best``.

The shared corpora are found at ``<repo>/../shared`` or at ``NLPCLAIMS_SHARED``; tests that need
them skip, with the reason printed, when they are absent.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

_COMMON = dict(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    print_blob=True,
)
settings.register_profile("ci", max_examples=2_000, **_COMMON)
settings.register_profile("long", max_examples=10_000, **_COMMON)
settings.register_profile("dev", max_examples=100, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def nlp():
    """The full nlpclaims pipeline, loaded once per test session."""
    import nlpclaims
    from nlpclaims import api

    model = os.environ.get("NLPCLAIMS_TEST_MODEL")
    return nlpclaims.load(model) if model else api._default_nlp()


def shared_dir() -> Path:
    """The shared data folder: ``NLPCLAIMS_SHARED``, else ``<repo>/../shared``."""
    return Path(os.environ.get("NLPCLAIMS_SHARED") or REPO.parent / "shared")


@pytest.fixture(scope="session")
def shared_corpora() -> Path:
    """``<shared>/corpora``; skips (printing where it looked) when it is not there."""
    corpora = shared_dir() / "corpora"
    if not corpora.is_dir():
        reason = f"shared corpora not found at {corpora} (set NLPCLAIMS_SHARED to the shared folder)"
        print(reason)
        pytest.skip(reason)
    return corpora


# -- text strategies ---------------------------------------------------------------------------

#: Every quotation mark the quote finder knows, plus the two-character Dutch ones.
QUOTE_MARKS = ["„", "“", "”", "‘", "’", "‚", "«", "»", "‹", "›", '"', "'", ",,", "''"]

#: Words that drive the attribution, quantity and speaker components into their branches.
DUTCH_WORDS = [
    # speakers: registry names, roles, free sources, pronouns
    "Zelensky", "Poetin", "Trump", "Schoof", "Pistorius", "Macron", "Peskov", "het Kremlin",
    "de premier", "de Russische president", "de president", "de Oekraïense luchtmacht", "de minister",
    "hij", "zij", "ze", "we", "ik", "Zelensky's", "Trumps", "Macron en Scholz",
    # cues
    "zei", "zegt", "zeggen", "aldus", "volgens", "Volgens", "Dat", "dat", "stelde", "meldt", "liet",
    "weten", "maakte", "bekend", "benadrukte", "verklaarde", "schrijft", "vindt", "wil", "te",
    "beloofde", "naar eigen zeggen", "er wordt gezegd", "of", "om", "heeft", "gezegd", "reageert",
    # content
    "de", "het", "een", "oorlog", "is", "voorbij", "drones", "zijn", "neergehaald", "kabinet",
    "gaat", "door", "niet", "wordt", "morgen", "in", "Kyiv", "en", "maar", "ook",
    # numbers and quantities
    "72", "2,5 miljoen euro", "dertig dagen", "duizenden soldaten", "ruim 40 procent",
    "10-15", "3-0", "1.500", "de helft", "anderhalf", "€2,5", "10%", "9" * 320, "biljoen", "miljard",
    # punctuation
    ".", ",", ":", ";", "?", "!", "(", ")", "—", "…", "-",
] + QUOTE_MARKS

_SEPARATORS = [" ", " ", " ", " ", "", "\n", "\n\n", ", ", ". "]

#: Any Unicode character except surrogates (which cannot be encoded), controls and NUL included.
any_char = st.characters(exclude_categories=("Cs",))

#: Arbitrary Unicode text.
unicode_text = st.text(any_char, max_size=200)

#: Runs of quote marks, punctuation and spaces: the quote finder's worst cases.
quote_soup = st.lists(
    st.sampled_from(QUOTE_MARKS + [" ", "\n", "a", "Zei", ".", ",", "s ", "t "]), max_size=80
).map("".join)


@st.composite
def dutchish(draw, max_words: int = 40) -> str:
    """Dutch-looking text: a random sequence of cue words, names, numbers, quote marks and
    punctuation, joined by spaces, nothing, commas, full stops or line breaks."""
    words = draw(st.lists(st.sampled_from(DUTCH_WORDS), max_size=max_words))
    seps = draw(st.lists(st.sampled_from(_SEPARATORS), min_size=len(words), max_size=len(words)))
    return "".join(w + s for w, s in zip(words, seps))


@st.composite
def mixed_text(draw) -> str:
    """Dutch-ish text with arbitrary Unicode or quote soup spliced in."""
    parts = draw(st.lists(st.one_of(dutchish(max_words=15), unicode_text.map(lambda t: t[:40]), quote_soup),
                          min_size=1, max_size=4))
    return "".join(parts)


#: The text strategy for properties of the whole pipeline (short texts keep it fast).
article_text = st.one_of(dutchish(), unicode_text, quote_soup, mixed_text())
