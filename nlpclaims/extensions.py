"""Every custom attribute nlpclaims sets on spaCy objects, declared once.

Public (typed objects, see :mod:`nlpclaims.schema`):

* ``doc._.claims`` – list of :class:`~nlpclaims.schema.Claim`
* ``doc._.quantities`` – list of :class:`~nlpclaims.schema.Quantity`
* ``doc._.mentions`` – list of :class:`~nlpclaims.schema.Mention` (tracked speakers)
* ``doc._.speakers`` – dict of speaker id → :class:`~nlpclaims.schema.Speaker` referred to
* ``doc._.article_date`` – the article's date (``datetime.date``) or None (today)
* ``doc._.article_id`` – the article's id, or None

Internal (between components, may change):

* ``doc._.nlpclaims_sources`` – list of :class:`~nlpclaims.pipeline.speakers.SourceSpan`
* ``doc._.nlpclaims_raw_claims`` – list of :class:`~nlpclaims.pipeline.attribution.RawClaim`
"""

from __future__ import annotations

from spacy.tokens import Doc

CLAIMS = "claims"
QUANTITIES = "quantities"
MENTIONS = "mentions"
SPEAKERS = "speakers"
ARTICLE_DATE = "article_date"
ARTICLE_ID = "article_id"
SOURCES = "nlpclaims_sources"
RAW_CLAIMS = "nlpclaims_raw_claims"

_LIST_ATTRS = (CLAIMS, QUANTITIES, MENTIONS, SOURCES, RAW_CLAIMS)


def _list_getter(name: str):
    key = f"_nlpclaims_{name}"

    def get(doc: Doc) -> list:
        return doc.user_data.setdefault(key, [])

    def set_(doc: Doc, value: list) -> None:
        doc.user_data[key] = list(value)

    return get, set_


def _speakers_getter(doc: Doc) -> dict:
    return doc.user_data.setdefault("_nlpclaims_speakers", {})


def _speakers_setter(doc: Doc, value: dict) -> None:
    doc.user_data["_nlpclaims_speakers"] = dict(value)


def register_extensions() -> None:
    """Declare the Doc extensions (idempotent)."""
    for name in _LIST_ATTRS:
        if not Doc.has_extension(name):
            getter, setter = _list_getter(name)
            Doc.set_extension(name, getter=getter, setter=setter)
    if not Doc.has_extension(SPEAKERS):
        Doc.set_extension(SPEAKERS, getter=_speakers_getter, setter=_speakers_setter)
    for name in (ARTICLE_DATE, ARTICLE_ID):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()
