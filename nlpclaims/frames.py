"""Claims and quantities as pandas DataFrames (needs pandas: the ``notebook`` extra, ``pip install -e '.[notebook]'`` in a source checkout).

    >>> import nlpclaims
    >>> df = nlpclaims.to_dataframe(nlpclaims.extract("„We gaan door”, zei Zelensky."))
    >>> df[["speaker_name", "kind", "text"]].values.tolist()
    [['Volodymyr Zelensky', 'direct', 'We gaan door']]

Both functions accept a processed :class:`~spacy.tokens.Doc`, an
:class:`~nlpclaims.schema.ArticleClaims` (or its JSON dict, as written by ``nlpclaims extract``),
a :class:`~nlpclaims.schema.Claim`, or any iterable mixing these (a list of Docs, of results,
of claims).  Empty input gives an empty DataFrame that still has every column.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc

from . import extensions as ext
from .schema import ArticleClaims, Claim, Quantity

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["CLAIM_COLUMNS", "QUANTITY_COLUMNS", "quantities_dataframe", "to_dataframe"]

#: Columns of :func:`to_dataframe`, one row per claim, with their pandas dtypes.
#:
#: * ``article_id`` – the article's id (``ArticleClaims.id`` / ``doc._.article_id``); for an
#:   article without one (a plain ``nlp(text)`` Doc) its position in the input, ``"0"``, ``"1"``, ...;
#:   None for a loose Claim
#: * ``claim_id`` – the claim's id within its article: ``c0``, ``c1``, ...
#: * ``speaker`` – the speaker id (``unknown`` when not resolved)
#: * ``speaker_name`` – the speaker's display name
#: * ``kind`` – ``direct`` (inside quote marks) or ``indirect`` (reported speech)
#: * ``cue`` – the attribution cue (``zei``, ``volgens``), None if there is none
#: * ``text`` – the content of the claim
#: * ``start``, ``end`` – character offsets of the content in the article text
#: * ``sentence_start``, ``sentence_end`` – character offsets of the sentence(s) around it
#: * ``confidence`` – 0..1
#: * ``rule`` – id of the attribution rule that found the claim (``dat-clause``, ``volgens``, …)
#: * ``n_quantities`` – how many quantities the content contains
#: * ``quantities`` – a Python list of those quantities' values (floats), in text order;
#:   ``[]`` when there are none (see :func:`quantities_dataframe` for units and bounds)
CLAIM_COLUMNS: dict[str, str] = {
    "article_id": "object",
    "claim_id": "object",
    "speaker": "object",
    "speaker_name": "object",
    "kind": "object",
    "cue": "object",
    "text": "object",
    "start": "int64",
    "end": "int64",
    "sentence_start": "int64",
    "sentence_end": "int64",
    "confidence": "float64",
    "rule": "object",
    "n_quantities": "int64",
    "quantities": "object",
}

#: Columns of :func:`quantities_dataframe`, one row per quantity, with their pandas dtypes.
#:
#: * ``article_id`` – the article's id, or its position in the input as in :data:`CLAIM_COLUMNS`
#: * ``text`` – the quantity as written: ``57 Oekraïense drones``
#: * ``value`` – the normalised amount (a range: its lower end)
#: * ``unit`` – the counted noun or unit as written (``drones``, ``procent``), None if none
#: * ``approximate`` – vague or hedged (``ruim``, ``duizenden``, a range)
#: * ``lower``, ``upper`` – bounds where known, else NaN
#: * ``speaker`` – id of the speaker asserting it, None if not attributed
#: * ``claim`` – id of the claim it sits in, None if none
#: * ``start``, ``end`` – character offsets in the article text
QUANTITY_COLUMNS: dict[str, str] = {
    "article_id": "object",
    "text": "object",
    "value": "float64",
    "unit": "object",
    "approximate": "bool",
    "lower": "float64",
    "upper": "float64",
    "speaker": "object",
    "claim": "object",
    "start": "int64",
    "end": "int64",
}


def _pandas():
    try:
        import pandas as pd
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise ImportError(
            "nlpclaims.to_dataframe needs pandas: pip install pandas "
            "(in a source checkout: pip install -e '.[notebook]')"
        ) from err
    return pd


def _numbered(obj: Any) -> Iterator[tuple[str | None, list[Claim], list[Quantity]]]:
    """:func:`_articles`, with an article's position in the input as its id when it has none."""
    position = 0
    for article_id, claims, quantities, is_article in _articles(obj):
        if is_article:
            if article_id is None:
                article_id = str(position)
            position += 1
        yield article_id, claims, quantities


def _articles(obj: Any) -> Iterator[tuple[str | None, list[Claim], list[Quantity], bool]]:
    """(article id, claims, quantities) for every article (or loose claim) in ``obj``."""
    if isinstance(obj, Doc):
        yield obj._.get(ext.ARTICLE_ID), list(obj._.get(ext.CLAIMS)), list(obj._.get(ext.QUANTITIES)), True
    elif isinstance(obj, ArticleClaims):
        yield obj.id, list(obj.claims), list(obj.quantities), True
    elif isinstance(obj, dict):
        yield from _articles(ArticleClaims.model_validate(obj))
    elif isinstance(obj, Claim):
        yield None, [obj], list(obj.quantities), False
    elif isinstance(obj, Quantity):
        yield None, [], [obj], False
    elif isinstance(obj, (str, bytes)):
        raise TypeError("to_dataframe() takes processed Docs, ArticleClaims or Claims, not text; "
                        "run nlpclaims.extract() first")
    elif isinstance(obj, Iterable):
        for item in obj:
            if isinstance(item, (str, bytes)) or (not isinstance(item, (Doc, ArticleClaims, Claim, Quantity, dict))):
                raise TypeError(
                    f"to_dataframe() takes Docs, ArticleClaims, Claims or lists of them, not a list of "
                    f"{type(item).__name__}"
                )
            yield from _articles(item)
    else:
        raise TypeError(
            f"to_dataframe() takes Docs, ArticleClaims, Claims or lists of them, not {type(obj).__name__}"
        )


def _frame(rows: list[dict[str, Any]], columns: dict[str, str]) -> "pd.DataFrame":
    pd = _pandas()
    df = pd.DataFrame(rows, columns=list(columns), dtype=object)
    return df.astype(columns)


def to_dataframe(claims_or_docs_or_results: Any) -> "pd.DataFrame":
    """One row per claim, with the columns of :data:`CLAIM_COLUMNS` (in that order).

    Accepts a processed Doc, an ArticleClaims (or its JSON dict), a Claim, or an iterable of
    any of these. Rows keep the input order (articles, then claims in the article's order).
    """
    rows = []
    for article_id, claims, _ in _numbered(claims_or_docs_or_results):
        for c in claims:
            rows.append({
                "article_id": article_id,
                "claim_id": c.id,
                "speaker": c.speaker,
                "speaker_name": c.speaker_name,
                "kind": c.kind,
                "cue": c.cue,
                "text": c.text,
                "start": c.start,
                "end": c.end,
                "sentence_start": c.sentence_start,
                "sentence_end": c.sentence_end,
                "confidence": c.confidence,
                "rule": c.rule,
                "n_quantities": len(c.quantities),
                "quantities": [q.value for q in sorted(c.quantities, key=lambda q: q.start)],
            })
    return _frame(rows, CLAIM_COLUMNS)


def quantities_dataframe(claims_or_docs_or_results: Any) -> "pd.DataFrame":
    """One row per quantity, with the columns of :data:`QUANTITY_COLUMNS` (in that order).

    From Docs and ArticleClaims every quantity found is listed (also those outside claims,
    with ``claim`` None); from Claims, the quantities inside them.
    """
    rows = []
    for article_id, _, quantities in _numbered(claims_or_docs_or_results):
        for q in quantities:
            rows.append({
                "article_id": article_id,
                "text": q.text,
                "value": q.value,
                "unit": q.unit,
                "approximate": q.approximate,
                "lower": q.lower,
                "upper": q.upper,
                "speaker": q.speaker,
                "claim": q.claim,
                "start": q.start,
                "end": q.end,
            })
    return _frame(rows, QUANTITY_COLUMNS)
