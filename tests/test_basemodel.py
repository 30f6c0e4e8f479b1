"""The base pipeline: the embedded model, model selection and error messages."""

from __future__ import annotations

import importlib
import logging
import sys
import time
from pathlib import Path

import pytest
import spacy

import nlpclaims.basemodel as basemodel
from nlpclaims.basemodel import EMBEDDED_MODEL_PATH, ModelNotFoundError, describe_base, load_base

REPO = Path(__file__).resolve().parents[1]
SEED_CANDIDATES = [
    REPO / "corpora" / "liveblog-trump-poetin.txt",
    REPO.parent / "shared" / "corpora" / "seed" / "liveblog-trump-poetin.txt",
]
PREFERRED = ("nl_core_news_lg", "nl_core_news_md", "nl_core_news_sm")

NEWS = (
    "Het kabinet trekt volgend jaar 300 miljoen euro extra uit voor de zorg. "
    "Dat heeft minister De Jonge vandaag bekendgemaakt. "
    "„We kunnen niet langer wachten”, zei hij tegen verslaggevers in Den Haag. "
    "De oppositie noemt het bedrag te laag."
)


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return load_base(EMBEDDED_MODEL_PATH)


@pytest.fixture()
def no_spacy_packages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend that none of spaCy's nl_core_news_* packages is installed."""
    real = spacy.util.is_package
    monkeypatch.setattr(spacy.util, "is_package", lambda name: False if name in PREFERRED else real(name))


@pytest.fixture(autouse=True)
def _no_download(monkeypatch: pytest.MonkeyPatch) -> None:
    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError("nlpclaims must never download a model")

    import spacy.cli

    monkeypatch.setattr(spacy.cli, "download", forbidden)
    monkeypatch.setattr(basemodel, "_logged_choices", set())


# --- the embedded pipeline ------------------------------------------------


def test_embedded_model_is_shipped() -> None:
    assert (EMBEDDED_MODEL_PATH / "config.cfg").is_file()
    assert (EMBEDDED_MODEL_PATH / "meta.json").is_file()
    size = sum(f.stat().st_size for f in EMBEDDED_MODEL_PATH.rglob("*") if f.is_file())
    assert size <= 60 * 1024 * 1024


def test_embedded_model_loads_quickly() -> None:
    # One-off import costs (spaCy's registries, and torch when spacy-transformers
    # is installed) are paid by spacy.blank; only the model load itself is timed.
    spacy.blank("nl")
    # CPU time, so that a busy shared machine does not make the test flaky.
    start = time.process_time()
    nlp = spacy.load(EMBEDDED_MODEL_PATH)
    elapsed = time.process_time() - start
    assert elapsed < 5.0, f"loading took {elapsed:.1f} s of CPU time"
    assert nlp.meta["name"] == "nlpclaims_ud"
    assert nlp.meta["lang"] == "nl"
    assert nlp.meta["version"] == "0.4.0"
    for pipe in ("tagger", "morphologizer", "parser", "trainable_lemmatizer"):
        assert pipe in nlp.pipe_names


def test_pos_dep_lemma_on_news(nlp: spacy.language.Language) -> None:
    doc = nlp(NEWS)
    assert doc.has_annotation("TAG") and doc.has_annotation("POS")
    assert doc.has_annotation("DEP") and doc.has_annotation("LEMMA") and doc.has_annotation("MORPH")
    by_text = {t.text: t for t in doc}
    assert by_text["kabinet"].pos_ == "NOUN"
    assert by_text["Het"].pos_ == "DET"
    assert by_text["zorg"].pos_ == "NOUN"
    assert by_text["zei"].pos_ == "VERB"
    assert by_text["zei"].lemma_ == "zeggen"
    assert by_text["heeft"].lemma_ == "hebben"
    assert by_text["300"].pos_ == "NUM"
    assert by_text["miljoen"].pos_ == "NOUN"  # UD Dutch (Alpino) annotates miljoen as a noun
    assert by_text["euro"].pos_ == "NOUN"
    assert by_text["kabinet"].dep_ == "nsubj"
    assert by_text["kabinet"].head.text == "trekt"
    assert "Number=Sing" in str(by_text["kabinet"].morph)
    # Every sentence has exactly one root.
    for sent in doc.sents:
        assert sum(1 for t in sent if t.dep_ == "ROOT") == 1


AUX_RELATIONS = {"aux", "aux:pass", "cop"}


@pytest.mark.parametrize("text, word, pos", [
    ("De minister had de brief gisteren al verstuurd.", "had", "AUX"),
    ("Het bedrijf had vorig jaar drie fabrieken in Duitsland.", "had", "VERB"),
    ("De nieuwe brug wordt volgend jaar geopend.", "wordt", "AUX"),
    ("De oppositie is boos over het besluit.", "is", "AUX"),
    ("Ik heb een vraag aan de minister.", "heb", "VERB"),
])
def test_aux_follows_the_relation(nlp: spacy.language.Language, text: str, word: str, pos: str) -> None:
    # UD Dutch: a token is AUX exactly when it is aux, aux:pass or cop; the pipeline's
    # aux_rule makes the part of speech agree with the parse.
    doc = nlp(text)
    assert "aux_rule" in nlp.pipe_names
    tok = next(t for t in doc if t.text == word)
    assert tok.pos_ == pos
    for t in doc:
        assert (t.pos_ == "AUX") == (t.dep_ in AUX_RELATIONS), (t.text, t.pos_, t.dep_)


def test_sentences_on_news(nlp: spacy.language.Language) -> None:
    sents = [s.text.strip() for s in nlp(NEWS).sents]
    assert sents == [
        "Het kabinet trekt volgend jaar 300 miljoen euro extra uit voor de zorg.",
        "Dat heeft minister De Jonge vandaag bekendgemaakt.",
        "„We kunnen niet langer wachten”, zei hij tegen verslaggevers in Den Haag.",
        "De oppositie noemt het bedrag te laag.",
    ]


def test_quote_with_attribution_after_colon(nlp: spacy.language.Language) -> None:
    text = "Premier Rutte was duidelijk: „Nederland blijft Oekraïne steunen.” Daarna vertrok hij naar Brussel."
    sents = [s.text.strip() for s in nlp(text).sents]
    assert sents[-1] == "Daarna vertrok hij naar Brussel."
    assert "„Nederland blijft Oekraïne steunen.”" in " ".join(sents[:-1])


def _seed_text() -> str:
    for path in SEED_CANDIDATES:
        if path.is_file():
            return path.read_text(encoding="utf8")
    raise AssertionError(f"seed article not found in {SEED_CANDIDATES}")


def test_sentences_on_seed_article(nlp: spacy.language.Language) -> None:
    text = _seed_text()
    doc = nlp(text)
    sents = [s.text.strip() for s in doc.sents if s.text.strip()]
    headline = text.splitlines()[0].strip()
    # The headline (no full stop) is a sentence of its own.
    assert sents[0] == headline
    # The one-word line between paragraphs is not glued to a sentence.
    assert "Advertentie" in sents
    # No sentence runs across a line break.
    assert not [s for s in sents if "\n" in s]
    # A quoted sentence standing alone is its own sentence, and so is its neighbour.
    assert "„Ik wil eerst weten wat er is voorgesteld.”" in sents
    assert "Schoof wilde er verder niet op ingaan." in sents
    # A quote followed by its attribution stays one sentence.
    assert any(s.startswith("„We zullen dergelijke voorstellen steunen") and s.endswith("aldus Zelensky na het telefoongesprek tussen Poetin en Trump.") for s in sents)


def test_describe_base(nlp: spacy.language.Language) -> None:
    text = describe_base(nlp)
    assert text.startswith("nl_nlpclaims_ud 0.4.0")
    assert "parser" in text


# --- explicit model argument ---------------------------------------------


def test_missing_path_raises_clear_error(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-pipeline"
    with pytest.raises(ModelNotFoundError) as err:
        load_base(missing)
    assert isinstance(err.value, OSError)
    assert str(missing) in str(err.value)
    assert "pip install" in str(err.value)
    with pytest.raises(ModelNotFoundError) as err:
        load_base(str(missing))
    assert str(missing) in str(err.value)


def test_missing_package_raises_clear_error() -> None:
    with pytest.raises(ModelNotFoundError) as err:
        load_base("nl_core_news_doesnotexist")
    msg = str(err.value)
    assert "nl_core_news_doesnotexist" in msg
    assert "not an existing path nor an installed" in msg
    assert "pip install nl_core_news_lg" in msg


def test_explicit_path_and_exclude(tmp_path: Path) -> None:
    nlp = load_base(EMBEDDED_MODEL_PATH, exclude=["trainable_lemmatizer"])
    assert "trainable_lemmatizer" not in nlp.pipe_names
    assert "parser" in nlp.pipe_names


# --- selection among installed packages ----------------------------------


def _install_fake_package(site: Path, name: str) -> None:
    """A minimal pip-installed spaCy pipeline package: dist-info plus module with load()."""
    lang, pipe_name = name.split("_", 1)
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    nlp.meta["name"] = pipe_name
    nlp.meta["version"] = "3.8.0"
    pkg = site / name
    pkg.mkdir()
    nlp.to_disk(pkg / "data")
    (pkg / "__init__.py").write_text(
        "from pathlib import Path\n"
        "from spacy.util import load_model_from_path\n\n"
        "def load(**overrides):\n"
        "    return load_model_from_path(Path(__file__).parent / 'data', **overrides)\n",
        encoding="utf8",
    )
    dist = site / f"{name}-3.8.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 3.8.0\n", encoding="utf8")
    (dist / "RECORD").write_text("", encoding="utf8")


@pytest.fixture()
def fake_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    site = tmp_path / "site-packages"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    real = spacy.util.is_package
    # Only packages in the fake site count, whatever this machine has installed.
    def is_package(name: str) -> bool:
        if name in PREFERRED:
            return (site / name).is_dir() and real(name)
        return real(name)

    monkeypatch.setattr(spacy.util, "is_package", is_package)
    yield site
    for name in PREFERRED:
        sys.modules.pop(name, None)
    importlib.invalidate_caches()


def test_selection_picks_installed_sm(fake_site: Path, caplog: pytest.LogCaptureFixture) -> None:
    _install_fake_package(fake_site, "nl_core_news_sm")
    importlib.invalidate_caches()
    with caplog.at_level(logging.INFO, logger="nlpclaims"):
        nlp = load_base()
        load_base()
    assert nlp.meta["name"] == "core_news_sm"
    assert nlp.pipe_names == ["sentencizer"]
    assert describe_base(nlp).startswith("nl_core_news_sm 3.8.0")
    messages = [r.getMessage() for r in caplog.records if r.name == "nlpclaims"]
    assert messages == ["nlpclaims base pipeline: installed package nl_core_news_sm"]


def test_selection_prefers_lg_over_sm(fake_site: Path) -> None:
    _install_fake_package(fake_site, "nl_core_news_sm")
    _install_fake_package(fake_site, "nl_core_news_lg")
    importlib.invalidate_caches()
    assert load_base().meta["name"] == "core_news_lg"
    # An explicit package name wins over the preference order.
    assert load_base("nl_core_news_sm").meta["name"] == "core_news_sm"


def test_selection_falls_back_to_embedded(no_spacy_packages: None, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="nlpclaims"):
        nlp = load_base(exclude=["trainable_lemmatizer", "morphologizer"])
    assert nlp.meta["name"] == "nlpclaims_ud"
    assert "parser" in nlp.pipe_names
    assert any("embedded" in r.getMessage() for r in caplog.records if r.name == "nlpclaims")
