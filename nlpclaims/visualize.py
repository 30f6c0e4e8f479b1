"""Show an article with its claims marked: ``nlpclaims.render`` and ``nlpclaims render``.

    >>> import nlpclaims
    >>> html = nlpclaims.render("„We gaan door”, zei Zelensky.", jupyter=False)

The view (see :mod:`nlpclaims.views.article`) shows the article's own text, with its spacing,
and marks:

* **claims**: the content, in a light tint of the speaker's colour and underlined in it
  (solid: direct quote, dashed: reported speech); colours are colour-blind safe
  (:mod:`nlpclaims.views.colors`); beyond eight speakers the tracked ones and those with most
  claims keep a colour and the rest are grey, as is the unknown speaker;
* **cues** (``zei``, ``volgens``): italic and underlined;
* **quantities**: a dashed box, the normalised value on hover;
* **speaker mentions** (tracked speakers, and the words a claim's speaker was resolved from):
  bold with a dotted line in the speaker's colour.

A label per claim (speaker, kind, cue) sits in the left margin, never on top of another; a panel
on the right lists the claims by speaker with kind, cue and quantities. Clicking a claim, a label
or a speaker highlights it in the text. The HTML is self-contained (no network) and displays the
same inline in Jupyter.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .schema import ArticleClaims
from .views.article import article_html, page as _page
from .views.colors import GREY, PALETTE, speaker_colors

__all__ = ["PALETTE", "UNKNOWN_COLOR", "render", "render_file", "render_report", "render_result", "speaker_colors"]

#: The colour of the unknown speaker (and of speakers beyond the palette).
UNKNOWN_COLOR = GREY


def _coerce(obj: Any, *, nlp: Language | None, text: str | None) -> tuple[ArticleClaims, str]:
    """The result and text of whatever ``render`` was given."""
    from . import api

    if isinstance(obj, ArticleClaims):
        if text is None:
            raise TypeError("rendering an ArticleClaims needs its article text: render(result, text=...)")
        if len(text) != obj.text_length:
            raise ValueError(
                f"text has {len(text)} characters but the result was extracted from {obj.text_length}"
            )
        return obj, text
    if isinstance(obj, str):
        if text is not None:
            raise TypeError("pass the article text either as the first argument or as text=, not both")
        pipeline = nlp or api._default_nlp()
        doc = api.process(pipeline, obj)
        return api.doc_to_result(doc, nlp=pipeline), doc.text
    if isinstance(obj, Doc):
        doc = obj
        if "_nlpclaims_claims" not in doc.user_data:  # not processed by nlpclaims yet
            doc = (nlp or api._default_nlp())(doc)
        return api.doc_to_result(doc), doc.text
    raise TypeError(
        f"render() takes a processed Doc, an article text or an ArticleClaims (with text=), "
        f"not {type(obj).__name__}"
    )


def render_result(result: ArticleClaims, text: str, *, page: bool = False) -> str:
    """The HTML view of ``result`` (extracted from ``text``): a fragment, or a whole page with ``page=True``."""
    if len(text) != result.text_length:
        raise ValueError(f"text has {len(text)} characters but the result was extracted from {result.text_length}")
    title = result.id or "nlpclaims"
    if not page:
        return article_html(result, text, title=result.id)
    return _page(title, article_html(result, text, title=title))


def render(
    doc_or_text_or_result: Doc | str | ArticleClaims,
    *,
    nlp: Language | None = None,
    jupyter: bool | None = None,
    page: bool = False,
    text: str | None = None,
) -> str | None:
    """HTML showing an article's claims (coloured by speaker), cues, quantities and speaker mentions.

    ``doc_or_text_or_result``: a Doc processed by an nlpclaims pipeline (an unprocessed Doc is run
    through ``nlp``), the text of an article (run through ``nlp``; default: :func:`nlpclaims.load`'s
    pipeline) or an :class:`~nlpclaims.schema.ArticleClaims` together with ``text=``, the article
    text it was extracted from.

    Like :func:`spacy.displacy.render`: inside Jupyter (or with ``jupyter=True``) the HTML is
    displayed and None returned; otherwise the HTML is returned, a full page with ``page=True``.
    """
    result, article_text = _coerce(doc_or_text_or_result, nlp=nlp, text=text)
    markup = render_result(result, article_text, page=page)
    if jupyter or (jupyter is None and _in_jupyter()):
        from IPython.display import HTML, display

        display(HTML(f'<div class="tex2jax_ignore">{markup}</div>'))
        return None
    return markup


def _in_jupyter() -> bool:
    from spacy.util import is_in_jupyter

    return bool(is_in_jupyter())


def render_file(
    path: str | os.PathLike[str],
    output: str | os.PathLike[str],
    *,
    model: str | os.PathLike[str] | Language | None = None,
    speakers: Any = None,
    date: Any = None,
) -> Path:
    """Render the article file ``path`` as a full HTML page written to ``output``; returns its path.

    ``model`` and ``speakers`` are passed to :func:`nlpclaims.load`; ``date`` (a date or
    ``YYYY-MM-DD``) is the article's date, by default taken from the folder's ``MANIFEST.tsv``
    or the file name. Raises ``OSError`` when the file cannot be read and ``ValueError``
    (:class:`nlpclaims.io.DecodeError`) when it is not text.
    """
    import datetime as dt

    from . import api
    from .io import date_from_name, decode_bytes, manifest_dates

    source = Path(path)
    article, _ = decode_bytes(source.read_bytes())  # UTF-8 (with or without BOM), UTF-16 or cp1252
    if isinstance(date, str):
        date = dt.date.fromisoformat(date)
    if date is None:
        date = manifest_dates(source.parent).get(source.name) or date_from_name(source.name)
    nlp = api.load(model, speakers)
    doc = api.process(nlp, article, date=date, article_id=source.name)
    markup = render_result(api.doc_to_result(doc, nlp=nlp), doc.text, page=True)
    target = Path(output)
    if target.parent != Path(""):
        target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(markup, encoding="utf-8")
    return target


def render_report(
    results: Any,
    *,
    jupyter: bool | None = None,
    page: bool = False,
    title: str = "nlpclaims report",
) -> str | None:
    """HTML of the batch report (claims per speaker, over time, per article, numbers, all claims).

    ``results``: processed Docs, :class:`~nlpclaims.schema.ArticleClaims` (or their JSON dicts),
    or the path of an ``nlpclaims extract`` JSON-lines output. Like :func:`render`: displayed in
    Jupyter (returns None), else returned; a whole page with ``page=True``. To write a report
    with a page per article, use :func:`nlpclaims.views.report.write_report` or ``nlpclaims report``.
    """
    from .views.report import report_html

    markup = report_html(results, title=title)
    if page:
        markup = _page(title, markup)
    if jupyter or (jupyter is None and _in_jupyter()):
        from IPython.display import HTML, display

        display(HTML(f'<div class="tex2jax_ignore">{markup}</div>'))
        return None
    return markup
