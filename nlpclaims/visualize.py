"""Show an article with its claims marked, in the style of displaCy's span visualiser.

    >>> import nlpclaims
    >>> html = nlpclaims.render("„We gaan door”, zei Zelensky.", jupyter=False)

What is marked (each a coloured line under the words, with a label at its start):

* **claims**: the content of every claim, labelled with the speaker's display name
  (``Volodymyr Zelensky``) and ``direct``/``indirect``; one stable colour per speaker
  (derived from the speaker id, so the same speaker keeps its colour across articles
  as far as the palette allows), grey for an unknown speaker;
* **cues**: the attribution cue (``zei``, ``volgens``), label ``CUE``;
* **quantities**: every number found, label ``QUANTITY`` with its normalised value and unit;
* **speaker mentions**: every mention of a tracked speaker and the words a claim's speaker was
  resolved from (``hij``, ``de premier``), label ``@`` + the speaker's name, in a lighter tint of
  the speaker's colour.

Paragraphs (lines of the article) are kept; a legend lists the speakers with their colours.
The HTML comes from :func:`spacy.displacy.render` (``style="span"``, ``manual=True``) with
templates that add CSS classes (``nlpclaims-span``, ``nlpclaims-label``) so that the markup can be
styled and tested.
"""

from __future__ import annotations

import html as _html
import os
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy import displacy
from spacy.language import Language
from spacy.tokens import Doc

from . import extensions as ext
from .schema import UNKNOWN_SPEAKER_ID, ArticleClaims, Speaker

__all__ = [
    "CUE_COLOR",
    "CUE_LABEL",
    "PALETTE",
    "QUANTITY_COLOR",
    "QUANTITY_LABEL",
    "UNKNOWN_COLOR",
    "render",
    "render_file",
    "speaker_colors",
]

#: Colours for speakers (black label text stays readable on all of them).
PALETTE: tuple[str, ...] = (
    "#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3", "#a6d854", "#ffd92f", "#e5c494", "#8dd3c7",
    "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5", "#bc80bd", "#ccebc5", "#bebada",
    "#ff9896", "#c5b0d5", "#9edae5", "#dbdb8d",
)
UNKNOWN_COLOR = "#d9d9d9"
CUE_LABEL = "CUE"
CUE_COLOR = "#9a9a9a"
QUANTITY_LABEL = "QUANTITY"
QUANTITY_COLOR = "#00b4e6"
MENTION_PREFIX = "@"

# displaCy's left-to-right span templates with CSS classes added.
_TPL_SPAN = """
<span class="nlpclaims-token" style="font-weight: bold; display: inline-block; position: relative; height: {total_height}px;">
    {text}
    {span_slices}
    {span_starts}
</span>
"""
_TPL_SLICE = """
<span class="nlpclaims-slice" style="background: {bg}; top: {top_offset}px; height: 4px; left: -1px; width: calc(100% + 2px); position: absolute;">
</span>
"""
_TPL_START = """
<span class="nlpclaims-span" style="background: {bg}; top: {top_offset}px; height: 4px; border-top-left-radius: 3px; border-bottom-left-radius: 3px; left: -1px; width: calc(100% + 2px); position: absolute;">
    <span class="nlpclaims-label" style="background: {bg}; z-index: 10; color: #000; top: -0.5em; padding: 2px 3px; position: absolute; font-size: 0.6em; font-weight: bold; line-height: 1; border-radius: 3px; white-space: nowrap">{label}{kb_link}</span>
</span>
"""
_TEMPLATE = {"span": _TPL_SPAN, "slice": _TPL_SLICE, "start": _TPL_START}

_PAGE = """<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>{title}</title>
</head>
<body style="font-size: 16px; font-family: -apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial, sans-serif; padding: 2rem 2rem; max-width: 60rem; margin: auto">
<h1 style="font-size: 1.3rem">{title}</h1>
{content}
</body>
</html>
"""


@dataclass
class _Mark:
    start: int
    end: int
    label: str
    note: str = ""


def speaker_colors(speaker_ids: Iterable[str]) -> dict[str, str]:
    """One colour per speaker id, in order of first appearance.

    A speaker's colour comes from a hash of its id, so it is the same in every article unless two
    speakers of one article hash to the same colour; then the later one takes the next free colour.
    The unknown speaker is always grey.
    """
    colors: dict[str, str] = {}
    used: set[str] = set()
    for sid in speaker_ids:
        if sid in colors:
            continue
        if sid == UNKNOWN_SPEAKER_ID:
            colors[sid] = UNKNOWN_COLOR
            continue
        first = zlib.crc32(sid.encode("utf-8")) % len(PALETTE)
        for step in range(len(PALETTE)):
            color = PALETTE[(first + step) % len(PALETTE)]
            if color not in used:
                break
        else:
            color = PALETTE[first]
        used.add(color)
        colors[sid] = color
    return colors


def _tint(color: str, amount: float = 0.5) -> str:
    """``color`` mixed with white."""
    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    r, g, b = (round(c + (255 - c) * amount) for c in (r, g, b))
    return f"#{r:02x}{g:02x}{b:02x}"


def _format_number(value: float) -> str:
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}".replace(",", ".")
    return f"{value:g}".replace(".", ",")


def _quantity_note(q: Any) -> str:
    if q.lower is not None and q.upper is not None and q.lower != q.upper:
        amount = f"{_format_number(q.lower)}–{_format_number(q.upper)}"
    else:
        amount = _format_number(q.value)
    prefix = "≈" if q.approximate else ""
    return f"{prefix}{amount}" + (f" {q.unit}" if q.unit else "")


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


def _marks(result: ArticleClaims) -> tuple[list[_Mark], dict[str, str], list[tuple[str, str, int]]]:
    """The marks to draw, the colour of every label and the legend rows (name, colour, claims)."""
    claims = sorted(result.claims, key=lambda c: (c.start, c.end))
    mentions = sorted(result.mentions, key=lambda m: (m.start, m.end))
    order = [c.speaker for c in claims] + [m.speaker for m in mentions]
    colors = speaker_colors(order)
    label_colors: dict[str, str] = {CUE_LABEL: CUE_COLOR, QUANTITY_LABEL: QUANTITY_COLOR}
    marks: list[_Mark] = []
    legend: dict[str, list] = {}

    def name_of(sid: str, fallback: str | None = None) -> str:
        speaker: Speaker | None = result.speakers.get(sid)
        return speaker.name if speaker is not None else (fallback or sid)

    for c in claims:
        label = c.speaker_name or name_of(c.speaker)
        label_colors.setdefault(label, colors[c.speaker])
        marks.append(_Mark(c.start, c.end, label, c.kind))
        legend.setdefault(label, [label_colors[label], 0])[1] += 1
        if c.cue is not None and c.cue_start is not None and c.cue_end is not None:
            marks.append(_Mark(c.cue_start, c.cue_end, CUE_LABEL))
    seen_mentions: set[tuple[int, int]] = set()
    for m in mentions:
        name = name_of(m.speaker)
        label = MENTION_PREFIX + name
        label_colors.setdefault(label, _tint(colors[m.speaker]))
        legend.setdefault(name, [colors[m.speaker], 0])
        marks.append(_Mark(m.start, m.end, label))
        seen_mentions.add((m.start, m.end))
    for c in claims:
        s, e = c.speaker_mention_start, c.speaker_mention_end
        if s is None or e is None or (s, e) in seen_mentions or e <= s:
            continue
        seen_mentions.add((s, e))
        label = MENTION_PREFIX + (c.speaker_name or name_of(c.speaker))
        label_colors.setdefault(label, _tint(colors[c.speaker]))
        marks.append(_Mark(s, e, label))
    for q in result.quantities:
        marks.append(_Mark(q.start, q.end, QUANTITY_LABEL, _quantity_note(q)))
    rows = [(name, color, n) for name, (color, n) in legend.items()]
    return marks, label_colors, rows


_WORD = re.compile(r"\S+")


def _paragraph_data(text: str, marks: list[_Mark]) -> list[dict[str, Any]]:
    """displaCy manual span data, one item per non-empty line of ``text``."""
    bounds = sorted({m.start for m in marks} | {m.end for m in marks})
    items: list[dict[str, Any]] = []
    offset = 0
    for line in text.split("\n"):
        p_start, p_end = offset, offset + len(line)
        offset = p_end + 1
        if not line.strip():
            continue
        tokens: list[tuple[int, int]] = []
        for word in _WORD.finditer(line):
            w_start, w_end = p_start + word.start(), p_start + word.end()
            cuts = [b for b in bounds if w_start < b < w_end]
            for a, b in zip([w_start, *cuts], [*cuts, w_end]):
                tokens.append((a, b))
        spans = []
        for mark in marks:
            start, end = max(mark.start, p_start), min(mark.end, p_end)
            if start >= end:
                continue
            idx = [i for i, (a, b) in enumerate(tokens) if a >= start and b <= end]
            if not idx:
                continue
            note = mark.note
            if mark.start < p_start:
                note = (note + " " if note else "") + "(vervolg)"
            span: dict[str, Any] = {"start_token": idx[0], "end_token": idx[-1] + 1, "label": mark.label}
            if note:
                span["kb_id"] = _html.escape(note)
                span["kb_url"] = "#"
            spans.append(span)
        items.append({
            "text": line,
            "tokens": [text[a:b] for a, b in tokens],
            "spans": spans,
            "settings": {"lang": "nl", "direction": "ltr"},
        })
    return items


def _legend_html(rows: list[tuple[str, str, int]]) -> str:
    chip = (
        '<span class="nlpclaims-legend-item" style="display: inline-block; margin: 0 0.8em 0.3em 0">'
        '<span style="display: inline-block; width: 0.9em; height: 0.9em; border-radius: 2px; '
        'background: {color}; vertical-align: middle; margin-right: 0.3em"></span>{name}</span>'
    )
    items = [
        chip.format(color=color, name=_html.escape(name) + (f" ({n})" if n else "")) for name, color, n in rows
    ]
    items.append(chip.format(color=CUE_COLOR, name=CUE_LABEL.lower()))
    items.append(chip.format(color=QUANTITY_COLOR, name=QUANTITY_LABEL.lower()))
    return (
        '<div class="nlpclaims-legend" style="font-size: 0.85em; margin-bottom: 1em; line-height: 1.6">'
        + "".join(items)
        + '<br><span style="color: #666">claims are labelled with their speaker (number of claims in brackets); '
        f"{MENTION_PREFIX}name marks a mention of a speaker</span></div>"
    )


def _render_html(result: ArticleClaims, text: str, *, page: bool) -> str:
    marks, label_colors, legend = _marks(result)
    escaped = {m.label: _html.escape(m.label, quote=False) for m in marks}
    for m in marks:
        m.label = escaped[m.label]
    colors = {_html.escape(label, quote=False): color for label, color in label_colors.items()}
    items = _paragraph_data(text, marks)
    if items:
        body = displacy.render(
            items, style="span", manual=True, jupyter=False, page=False,
            options={"colors": colors, "template": _TEMPLATE},
        )
    else:
        body = ""
    content = (
        '<div class="nlpclaims-article">'
        + _legend_html(legend)
        + '<div class="nlpclaims-text" lang="nl">'
        + body
        + "</div></div>"
    )
    if page:
        title = _html.escape(result.id or "nlpclaims")
        return _PAGE.format(title=title, content=content)
    return content


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
    markup = _render_html(result, article_text, page=page)
    if jupyter or (jupyter is None and _in_jupyter()):
        from IPython.display import HTML, display

        display(HTML(f'<span class="tex2jax_ignore">{markup}</span>'))
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
    markup = _render_html(api.doc_to_result(doc, nlp=nlp), doc.text, page=True)
    target = Path(output)
    if target.parent != Path(""):
        target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(markup, encoding="utf-8")
    return target
