"""One article as HTML: its own text with the claims marked, labels in a margin, a claim panel.

The article text is cut at every claim, cue, quantity and mention boundary (character offsets
into the original text, so its spacing and punctuation stay exactly as written) and each piece
becomes a ``<span>`` carrying the marks that cover it:

* claim content: a light tint of the speaker's colour, underlined in the colour (solid for a
  direct quote, dashed for reported speech);
* the attribution cue: italic, underlined in dark grey;
* a quantity: a dashed box, its normalised value on hover;
* a mention of a speaker (and the words a claim's speaker was resolved from): bold with a dotted
  line in the speaker's colour.

Labels (speaker, kind, cue) sit in a margin to the left of the text, one per claim, pushed down
so that they never overlap. A panel on the right lists the claims grouped by speaker (tracked
speakers first, then by number of claims) with kind, cue and quantities; clicking a claim or a
label selects the claim in the text and scrolls to it, clicking a speaker highlights all of
that speaker's claims. Hover titles carry the same information without JavaScript.
"""

from __future__ import annotations

import hashlib
import html
from collections import Counter
from dataclasses import dataclass, field

from ..schema import UNKNOWN_SPEAKER_ID, ArticleClaims, Claim, Speaker
from .assets import asset
from .colors import GREY, speaker_colors, tint
from .format import quantity_note, shorten

__all__ = ["article_html", "page", "speaker_order"]

_PANEL_TEXT = 180  # characters of a claim shown in the panel
#: White mixed into a speaker's colour for the selected claim (black text on it: contrast >= 7).
ACTIVE_TINT = 0.45


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def speaker_order(result: ArticleClaims) -> list[str]:
    """Speaker ids in panel order: tracked speakers first, then by number of claims, then first seen.

    The unknown speaker comes last; speakers that are only mentioned follow those with claims.
    """
    counts = Counter(c.speaker for c in result.claims)
    first: dict[str, int] = {}
    for i, sid in enumerate([c.speaker for c in sorted(result.claims, key=lambda c: c.start)]
                            + [m.speaker for m in sorted(result.mentions, key=lambda m: m.start)]):
        first.setdefault(sid, i)

    def key(sid: str) -> tuple:
        sp = result.speakers.get(sid)
        return (sid == UNKNOWN_SPEAKER_ID, counts[sid] == 0, not (sp is not None and sp.tracked),
                -counts[sid], first[sid])

    return sorted(first, key=key)


@dataclass
class _Seg:
    claims: list[Claim] = field(default_factory=list)
    cues: list[str] = field(default_factory=list)  # ids of the claims whose cue this is
    quantities: list[str] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)  # speaker ids


class _Article:
    """Everything the markup needs, computed once."""

    def __init__(self, result: ArticleClaims, text: str):
        self.result, self.text = result, text
        self.claims = sorted(result.claims, key=lambda c: (c.start, c.end, c.id))
        self.order = speaker_order(result)
        tracked = [sid for sid in self.order if (sp := result.speakers.get(sid)) is not None and sp.tracked]
        self.colors = speaker_colors(self.order, tracked=tracked)
        self.names = {sid: self._name(sid) for sid in self.order}
        mentions = {(m.start, m.end): m.speaker for m in result.mentions if m.end > m.start}
        for c in self.claims:  # the words a claim's speaker was resolved from ('hij', 'de premier')
            s, e = c.speaker_mention_start, c.speaker_mention_end
            if s is not None and e is not None and e > s and c.speaker != UNKNOWN_SPEAKER_ID:
                mentions.setdefault((s, e), c.speaker)
        self.mentions = mentions
        self.quantities = sorted(result.quantities, key=lambda q: (q.start, q.end))

    def _name(self, sid: str) -> str:
        speaker: Speaker | None = self.result.speakers.get(sid)
        if speaker is not None:
            return speaker.name
        named = next((c.speaker_name for c in self.result.claims if c.speaker == sid and c.speaker_name), None)
        return named or ("onbekend" if sid == UNKNOWN_SPEAKER_ID else sid)

    def style(self, sid: str) -> str:
        color = self.colors.get(sid, GREY)
        return f"--c:{color};--t:{tint(color)};--a:{tint(color, ACTIVE_TINT)}"

    # -- the text ---------------------------------------------------------------------------------

    def _segments(self, start: int, end: int) -> list[tuple[int, int, _Seg]]:
        marks: list[tuple[int, int, str, object]] = []
        for c in self.claims:
            marks.append((c.start, c.end, "claim", c))
            if c.cue_start is not None and c.cue_end is not None and c.cue_end > c.cue_start:
                marks.append((c.cue_start, c.cue_end, "cue", c.id))
        for q in self.quantities:
            marks.append((q.start, q.end, "qty", quantity_note(q)))
        for (s, e), sid in self.mentions.items():
            marks.append((s, e, "mention", sid))
        marks = [m for m in marks if m[0] < end and m[1] > start and m[1] > m[0]]
        cuts = sorted({start, end} | {b for m in marks for b in (m[0], m[1]) if start < b < end})
        out = []
        for a, b in zip(cuts, cuts[1:]):
            seg = _Seg()
            for s, e, kind, obj in marks:
                if s <= a and b <= e:
                    if kind == "claim":
                        seg.claims.append(obj)  # type: ignore[arg-type]
                    elif kind == "cue":
                        seg.cues.append(obj)  # type: ignore[arg-type]
                    elif kind == "qty":
                        seg.quantities.append(obj)  # type: ignore[arg-type]
                    else:
                        seg.mentions.append(obj)  # type: ignore[arg-type]
            out.append((a, b, seg))
        return out

    def _span(self, a: int, b: int, seg: _Seg) -> str:
        piece = _esc(self.text[a:b])
        if not (seg.claims or seg.cues or seg.quantities or seg.mentions):
            return piece
        classes, styles, attrs, titles = ["nlpclaims-seg"], [], [], []
        if seg.claims:
            first = seg.claims[0]
            classes += ["nlpclaims-claim", f"nlpclaims-{first.kind}"]
            styles.append(self.style(first.speaker))
            attrs.append(f'data-claims="{_esc(" ".join(c.id for c in seg.claims))}"')
            attrs.append(f'data-speakers="{_esc(" ".join(dict.fromkeys(c.speaker for c in seg.claims)))}"')
            titles += [f"{self.names.get(c.speaker, c.speaker_name)} · {c.kind}" + (f" · {c.cue}" if c.cue else "")
                       for c in seg.claims]
        if seg.cues:
            classes.append("nlpclaims-cue")
            attrs.append(f'data-cue="{_esc(" ".join(seg.cues))}"')
            titles.append("cue")
        if seg.mentions:
            sid = seg.mentions[0]
            classes.append("nlpclaims-mention")
            styles.append(f"--m:{self.colors.get(sid, GREY)}")
            titles.append("@" + self.names.get(sid, sid))
        if seg.quantities:
            classes.append("nlpclaims-qty")
            titles += [f"number: {note}" for note in seg.quantities]
        if styles:
            attrs.insert(0, f'style="{";".join(styles)}"')
        attrs.append(f'title="{_esc(chr(10).join(titles))}"')
        return f'<span class="{" ".join(classes)}" {" ".join(attrs)}>{piece}</span>'

    def text_html(self) -> str:
        paragraphs = []
        offset = 0
        for line in self.text.split("\n"):
            start, end = offset, offset + len(line)
            offset = end + 1
            if not line.strip():
                continue
            if line.endswith("\r"):  # CRLF line ends: the paragraph is the line without its CR
                end -= 1
            body = "".join(self._span(a, b, seg) for a, b, seg in self._segments(start, end))
            paragraphs.append(f'<p class="nlpclaims-p" data-start="{start}">{body}</p>')
        return "".join(paragraphs)

    # -- margin and panel -------------------------------------------------------------------------

    def labels_html(self) -> str:
        out = []
        for c in self.claims:
            name = self.names.get(c.speaker, c.speaker_name)
            detail = c.kind + (f" · {c.cue}" if c.cue else "")
            out.append(
                f'<button type="button" class="nlpclaims-label" data-claim="{_esc(c.id)}" style="{self.style(c.speaker)}"'
                f' title="{_esc(name)} · {_esc(detail)}"><b>{_esc(name)}</b> {_esc(detail)}</button>'
            )
        return "".join(out)

    def panel_html(self) -> str:
        by_speaker: dict[str, list[Claim]] = {}
        for c in self.claims:
            by_speaker.setdefault(c.speaker, []).append(c)
        groups = []
        for sid in self.order:
            claims = by_speaker.get(sid)
            if not claims:
                continue
            speaker = self.result.speakers.get(sid)
            direct = sum(c.kind == "direct" for c in claims)
            star = ' <span class="nlpclaims-tracked" title="tracked speaker">★</span>' if speaker and speaker.tracked else ""
            items = []
            for c in claims:
                chips = "".join(f'<span class="nlpclaims-qchip">{_esc(quantity_note(q))}</span>' for q in c.quantities)
                cue = f'<span class="nlpclaims-cuetext">{_esc(c.cue)}</span> ' if c.cue else ""
                items.append(
                    f'<li class="nlpclaims-item" data-claim="{_esc(c.id)}" tabindex="0" role="button">'
                    f'<span class="nlpclaims-kind nlpclaims-kind-{c.kind}">{c.kind}</span> {cue}'
                    f'<span class="nlpclaims-claimtext">{_esc(shorten(c.text, _PANEL_TEXT))}</span>'
                    + (f' <span class="nlpclaims-qchips">{chips}</span>' if chips else "") + "</li>"
                )
            groups.append(
                f'<section class="nlpclaims-group" data-speaker="{_esc(sid)}" style="{self.style(sid)}">'
                f'<button type="button" class="nlpclaims-speaker" data-speaker="{_esc(sid)}" aria-pressed="false">'
                f'<span class="nlpclaims-swatch"></span><span class="nlpclaims-name">{_esc(self.names[sid])}</span>{star}'
                f'<span class="nlpclaims-count">{len(claims)} ({direct} direct)</span></button>'
                f'<ol class="nlpclaims-items">{"".join(items)}</ol></section>'
            )
        mentioned = Counter(sid for sid in self.mentions.values() if sid not in by_speaker)
        extra = ""
        if mentioned:
            extra += ('<p class="nlpclaims-also">Mentioned without a claim: '
                      + ", ".join(f'<span class="nlpclaims-mentioned" style="{self.style(sid)}">'
                                  f'{_esc(self.names.get(sid, sid))} ({n})</span>' for sid, n in mentioned.items())
                      + "</p>")
        loose = [q for q in self.quantities if q.claim is None]
        if loose:
            extra += (f'<details class="nlpclaims-loose"><summary>Numbers outside claims ({len(loose)})</summary><ul>'
                      + "".join(f'<li><span class="nlpclaims-qchip">{_esc(quantity_note(q))}</span> {_esc(shorten(q.text, 60))}</li>'
                                for q in loose) + "</ul></details>")
        if not groups:
            groups.append('<p class="nlpclaims-none">No claims found.</p>')
        return (f'<aside class="nlpclaims-panel" aria-label="Claims by speaker"><h2>Claims by speaker</h2>'
                f'{"".join(groups)}{extra}</aside>')

    def head_html(self, title: str | None) -> str:
        r = self.result
        speakers = len({c.speaker for c in r.claims})
        direct = sum(c.kind == "direct" for c in r.claims)
        facts = [f"{len(r.claims)} claims ({direct} direct, {len(r.claims) - direct} reported)",
                 f"{speakers} speakers", f"{len(r.quantities)} numbers"]
        if r.date:
            facts.insert(0, r.date.isoformat())
        heading = f'<h1 class="nlpclaims-title">{_esc(title)}</h1>' if title else ""
        key = ('<span class="nlpclaims-key"><span class="nlpclaims-seg nlpclaims-claim nlpclaims-direct" style="--c:#555;--t:#e6e6e6">direct quote</span>'
               ' <span class="nlpclaims-seg nlpclaims-claim nlpclaims-indirect" style="--c:#555;--t:#e6e6e6">reported</span>'
               ' <span class="nlpclaims-seg nlpclaims-cue">cue</span>'
               ' <span class="nlpclaims-seg nlpclaims-qty">number</span>'
               ' <span class="nlpclaims-seg nlpclaims-mention" style="--m:#555">mention</span></span>')
        return (f'<header class="nlpclaims-head">{heading}<p class="nlpclaims-facts">{_esc(" · ".join(facts))}</p>'
                f"{key}</header>")


def article_html(result: ArticleClaims, text: str, *, title: str | None = None) -> str:
    """The view of one article as an HTML fragment (styles and script included)."""
    view = _Article(result, text)
    digest = hashlib.sha1(f"{result.id}\0{text}".encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return (
        f'<div class="nlpclaims-view" id="nlpclaims-{digest}" lang="nl">'
        f'<style>{asset("article.css")}</style>'
        f"{view.head_html(title)}"
        '<div class="nlpclaims-body">'
        f'<div class="nlpclaims-gutter">{view.labels_html()}</div>'
        f'<div class="nlpclaims-text">{view.text_html()}</div>'
        f"{view.panel_html()}"
        "</div>"
        f'<script>{asset("article.js")}</script>'
        "</div>"
    )


def page(title: str, body: str, *, lang: str = "nl") -> str:
    """A whole HTML document around ``body``."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_esc(title)}</title>\n</head>\n<body class=\"nlpclaims-page\">\n{body}\n</body>\n</html>\n"
    )
