"""The spaCy base pipeline that nlpclaims runs on.

nlpclaims needs a Dutch pipeline with part-of-speech tags, morphology,
lemmas, a dependency parse and sentence boundaries.  It ships one
(``nl_nlpclaims_ud``, trained on the Universal Dependencies Dutch treebanks,
CC BY-SA 4.0, see ``models/README.md``) as package data, so nothing has to be
downloaded.  When one of spaCy's own Dutch pipelines is installed it is
preferred, the larger the better.

Nothing in this module ever downloads a model.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from pathlib import Path

import spacy
from spacy.language import Language

__all__ = [
    "EMBEDDED_MODEL_PATH",
    "PREFERRED_PACKAGES",
    "ModelNotFoundError",
    "describe_base",
    "load_base",
]

logger = logging.getLogger("nlpclaims")

#: Directory of the pipeline shipped inside the nlpclaims package.
EMBEDDED_MODEL_PATH: Path = Path(__file__).resolve().parent / "_model"

#: spaCy packages used instead of the embedded pipeline when installed, best first.
PREFERRED_PACKAGES: tuple[str, ...] = ("nl_core_news_lg", "nl_core_news_md", "nl_core_news_sm")

_INSTALL_HINT = (
    "Install a spaCy pipeline package from a wheel you have, e.g. "
    "`pip install nl_core_news_lg-3.8.0-py3-none-any.whl`, or pass the path of a "
    "pipeline directory (one that contains config.cfg and meta.json). "
    "nlpclaims never downloads models."
)

_logged_choices: set[str] = set()


class ModelNotFoundError(OSError):
    """A requested spaCy pipeline is neither an existing path nor an installed package."""


def _log_choice(message: str) -> None:
    if message not in _logged_choices:
        _logged_choices.add(message)
        logger.info(message)


def _looks_like_path(model: str) -> bool:
    return os.sep in model or (os.altsep is not None and os.altsep in model) or model.startswith((".", "~"))


def load_base(model: str | os.PathLike[str] | None = None, *, exclude: Iterable[str] = ()) -> Language:
    """Load the spaCy pipeline that nlpclaims builds on.

    ``model`` may be the path of a pipeline directory or the name of an
    installed spaCy pipeline package.  Without it, the best installed
    ``nl_core_news_*`` package (lg, then md, then sm) is used, and otherwise
    the pipeline embedded in nlpclaims (:data:`EMBEDDED_MODEL_PATH`).
    ``exclude`` names pipeline components not to load.

    Raises :class:`ModelNotFoundError` when ``model`` is given but is neither
    an existing path nor an installed package.  No download is attempted.
    """
    excluded = list(exclude)
    if model is not None:
        if isinstance(model, os.PathLike):
            path = Path(model).expanduser()
            if path.exists():
                _log_choice(f"nlpclaims base pipeline: {path}")
                return spacy.load(path, exclude=excluded)
            raise ModelNotFoundError(
                f"spaCy pipeline directory {str(path)!r} does not exist. {_INSTALL_HINT}"
            )
        name = str(model)
        path = Path(name).expanduser()
        if path.exists():
            _log_choice(f"nlpclaims base pipeline: {path}")
            return spacy.load(path, exclude=excluded)
        if not _looks_like_path(name) and spacy.util.is_package(name):
            _log_choice(f"nlpclaims base pipeline: installed package {name}")
            return spacy.load(name, exclude=excluded)
        what = "directory" if _looks_like_path(name) else "package or directory"
        raise ModelNotFoundError(
            f"spaCy pipeline {what} {name!r} not found: it is not an existing path"
            f"{'' if _looks_like_path(name) else ' nor an installed Python package'}. {_INSTALL_HINT}"
        )
    for name in PREFERRED_PACKAGES:
        if spacy.util.is_package(name):
            _log_choice(f"nlpclaims base pipeline: installed package {name}")
            return spacy.load(name, exclude=excluded)
    if not (EMBEDDED_MODEL_PATH / "config.cfg").exists():
        raise ModelNotFoundError(
            f"the embedded pipeline is missing from {str(EMBEDDED_MODEL_PATH)!r} (broken install?) "
            f"and no nl_core_news_* package is installed. {_INSTALL_HINT}"
        )
    _log_choice(f"nlpclaims base pipeline: embedded {EMBEDDED_MODEL_PATH}")
    return spacy.load(EMBEDDED_MODEL_PATH, exclude=excluded)


def describe_base(nlp: Language) -> str:
    """One line naming a loaded pipeline: package name, version, components and vectors."""
    meta = nlp.meta or {}
    name = f"{meta.get('lang', nlp.lang)}_{meta.get('name', 'pipeline')}"
    version = meta.get("version", "?")
    spacy_version = meta.get("spacy_version", "")
    n_vectors = nlp.vocab.vectors.shape[0] if nlp.vocab.vectors.shape else 0
    vectors = f"{n_vectors}x{nlp.vocab.vectors.shape[1]} vectors" if n_vectors else "no vectors"
    if getattr(nlp.vocab.vectors, "mode", "default") == "floret" and n_vectors:
        vectors = f"floret {vectors}"
    parts = [f"{name} {version}"]
    if spacy_version:
        parts.append(f"spaCy {spacy_version}")
    parts.append("components: " + ", ".join(nlp.pipe_names))
    parts.append(vectors)
    return "; ".join(parts)
