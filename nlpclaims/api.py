"""The public entry points: build the pipeline and extract an article's claims."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from collections.abc import Iterable
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions as ext
from .basemodel import describe_base, load_base
from .dates import resolve_date
from .limits import MAX_CHARS
from .registry import SpeakerRegistry
from .schema import ArticleClaims, Speaker

COMPONENTS = ("nlpclaims_speakers", "nlpclaims_attribution", "nlpclaims_quantities", "nlpclaims_claims")
__all__ = ["COMPONENTS", "MAX_CHARS", "doc_to_result", "extract", "load", "make_doc", "process"]
_SURROGATE = re.compile("[\ud800-\udfff]")


def load(
    model: str | os.PathLike[str] | Language | None = None,
    speakers: str | os.PathLike[str] | SpeakerRegistry | Iterable[Speaker] | None = None,
    *,
    extend_speakers: bool = True,
) -> Language:
    """A spaCy pipeline that tags speakers, quotations and numeric claims.

    ``model``: a pipeline package name or path (default: ``nl_core_news_lg``/``md``/``sm`` when
    installed, else the embedded pipeline), or a ``Language`` to add the components to.
    ``speakers``: a registry file, registry or speakers that extend the default registry
    (replace it with ``extend_speakers=False``).
    """
    from .pipeline import assembler, attribution, quantities, speakers as speakers_mod  # noqa: F401

    nlp = model if isinstance(model, Language) else load_base(model)
    added = [name for name in COMPONENTS if name not in nlp.pipe_names]
    for name in added:
        nlp.add_pipe(name)
    if not ("nlpclaims_speakers" in added and speakers is None and extend_speakers):
        # a new speaker tagger already holds the default registry: not built and compiled twice
        nlp.get_pipe("nlpclaims_speakers").set_registry(SpeakerRegistry.load(speakers, extend=extend_speakers))
    nlp.max_length = max(nlp.max_length, MAX_CHARS + 1)
    _split_particle_abbreviations(nlp)
    return nlp


def _split_particle_abbreviations(nlp: Language) -> None:
    """Drop the tokenizer's special cases that read a cue verb's particle before a full stop as an
    abbreviation ("…, hield hij vol." is the particle of "volhouden", not "vol." for volume), so
    the particle is a word of its own at the end of a sentence."""
    from .lang.cues import lexicon

    particles = {p for p in lexicon().particle_forms if " " not in p}
    rules = nlp.tokenizer.rules or {}
    drop = [k for k in rules if k.endswith(".") and k[:-1] in particles]
    if drop:
        nlp.tokenizer.rules = {k: v for k, v in rules.items() if k not in drop}


@lru_cache(maxsize=1)
def _default_nlp() -> Language:
    return load()


def make_doc(nlp: Language, text: str, *, date: object = None, article_id: str | None = None) -> Doc:
    """A Doc for ``text`` carrying the article's date and id (not yet processed).

    ``date``: see :func:`extract`; it is resolved here (None: today) and set as
    ``doc._.article_date``.  Raises ``TypeError`` for a text that is not a ``str`` or a date of
    another type, ``ValueError`` for a text that is too long or cannot be encoded (a lone
    surrogate) and for a string that is not an ISO date.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if article_id is not None and not isinstance(article_id, str):
        raise TypeError(f"article_id must be str, not {type(article_id).__name__}")
    if len(text) > MAX_CHARS:
        raise ValueError(f"article has {len(text):,} characters; the maximum is {MAX_CHARS:,}")
    bad = _SURROGATE.search(text)
    if bad is not None:
        raise ValueError(f"text cannot be encoded: a lone surrogate U+{ord(bad.group()):04X} at character "
                         f"{bad.start():,} is not valid Unicode (decode the source with errors='replace', "
                         "or remove it)")
    if article_id is not None and _SURROGATE.search(article_id):
        raise ValueError(f"article_id cannot be encoded (a lone surrogate): {article_id.encode('utf-8', 'backslashreplace').decode()}")
    day = resolve_date(date)
    doc = _tokenize(nlp, text)
    doc._.set(ext.ARTICLE_DATE, day)
    doc._.set(ext.ARTICLE_ID, article_id)
    return doc


_LONG_RUN = re.compile(r"\S{1000,}")
_RUN_PIECE = 500


def _tokenize(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)``, but runs of 1,000+ non-space characters are tokenized in pieces:
    spaCy's tokenizer is quadratic in the length of a run of affix characters (10,000 quote
    marks in a row took 19 s, 100,000 half an hour). The Doc's text is unchanged."""
    if _LONG_RUN.search(text) is None:
        return nlp.make_doc(text)
    cuts = [k for m in _LONG_RUN.finditer(text) for k in range(m.start() + _RUN_PIECE, m.end(), _RUN_PIECE)]
    bounds = [0, *cuts, len(text)]
    return Doc.from_docs([nlp.make_doc(text[a:b]) for a, b in zip(bounds, bounds[1:])], ensure_whitespace=False)


def process(nlp: Language, text: str, *, date: object = None, article_id: str | None = None) -> Doc:
    """Run the whole pipeline on one article (``date`` and errors as :func:`make_doc`)."""
    return nlp(make_doc(nlp, text, date=date, article_id=article_id))


def doc_to_result(doc: Doc, *, nlp: Language | None = None) -> ArticleClaims:
    """The typed result of a processed Doc."""
    speakers = dict(doc._.get(ext.SPEAKERS))
    used = {c.speaker for c in doc._.get(ext.CLAIMS)} | {m.speaker for m in doc._.get(ext.MENTIONS)}
    used |= {q.speaker for q in doc._.get(ext.QUANTITIES) if q.speaker}
    return ArticleClaims(
        id=doc._.get(ext.ARTICLE_ID),
        date=doc._.get(ext.ARTICLE_DATE),
        text_length=len(doc.text),
        sha1=hashlib.sha1(doc.text.encode("utf-8", "surrogatepass")).hexdigest(),
        model=describe_base(nlp) if nlp is not None else None,
        speakers={k: v for k, v in speakers.items() if k in used},
        claims=list(doc._.get(ext.CLAIMS)),
        quantities=list(doc._.get(ext.QUANTITIES)),
        mentions=list(doc._.get(ext.MENTIONS)),
    )


def extract(
    text: str,
    *,
    nlp: Language | None = None,
    date: dt.date | dt.datetime | str | None = None,
    article_id: str | None = None,
) -> ArticleClaims:
    """Claims, quantities and tracked-speaker mentions of one Dutch article.

    ``date`` picks who holds a role such as "de premier": a ``datetime.date``, a ``datetime``
    or ``pandas.Timestamp`` (its date), or an ISO date or date-time string; None means today.
    The date used is in the result (``ArticleClaims.date``).  Raises ``TypeError`` for a date
    of another type or a text that is not a ``str``, ``ValueError`` for a string that is not an
    ISO date and for a text that is too long or cannot be encoded (a lone surrogate).
    """
    day = resolve_date(date)  # checked before the pipeline is loaded
    nlp = nlp or _default_nlp()
    date = day
    return doc_to_result(process(nlp, text, date=date, article_id=article_id), nlp=nlp)
