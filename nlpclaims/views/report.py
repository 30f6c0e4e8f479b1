"""One HTML page for a batch of results: who claimed what, how often, when, with which numbers.

    >>> from nlpclaims.views.report import write_report
    >>> write_report("claims.jsonl", "report.html")            # doctest: +SKIP

The page holds, computed here and drawn as plain HTML and SVG (it reads without JavaScript):
claims per speaker (tracked speakers first) split into direct and reported, claims over time (by
the articles' dates), claims per article, and the quantities each speaker states. Below them a
table of every claim, searchable and sortable, paged by a small script that reads the claims from
JSON embedded in the page; each row links to the article's own page (:mod:`.article`) when the
report was written with the article texts (``renders``).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..schema import UNKNOWN_SPEAKER_ID, ArticleClaims
from .article import page
from .assets import asset
from .colors import GREY, speaker_colors, tint
from .format import format_number, quantity_note

__all__ = ["Report", "ReportError", "read_results", "report_html", "write_report"]

_TOP_SPEAKERS = 25  # bars in the claims-per-speaker chart
_TOP_UNITS = 6  # units listed per speaker in the quantities table
_TOP_NUMBER_SPEAKERS = 40  # rows of the quantities table


class ReportError(ValueError):
    """The claims file cannot be read at all."""


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


@dataclass
class Report:
    """What :func:`write_report` did."""

    output: Path
    articles: int
    claims: int
    skipped_lines: list[int] = field(default_factory=list)
    rendered: int = 0
    missing_texts: list[str] = field(default_factory=list)


def read_results(path: str | os.PathLike[str], skipped: list[int] | None = None) -> Iterator[ArticleClaims]:
    """The :class:`ArticleClaims` of a JSON-lines file as ``nlpclaims extract`` writes it.

    Blank lines are ignored; the numbers of lines that are not an ArticleClaims record (such as
    a line cut short by an interrupted run) are appended to ``skipped`` when it is given, else
    they raise :class:`ReportError`.
    """
    with open(path, encoding="utf-8-sig") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield ArticleClaims.model_validate_json(line)
            except ValueError as err:
                if skipped is None:
                    raise ReportError(f"{path}:{number}: not an nlpclaims result: {str(err).splitlines()[0]}") from None
                skipped.append(number)


def _coerce_results(results: Any) -> list[ArticleClaims]:
    if isinstance(results, (str, os.PathLike)):
        return list(read_results(results))
    out = []
    for r in results:
        if isinstance(r, ArticleClaims):
            out.append(r)
        elif isinstance(r, Mapping):
            out.append(ArticleClaims.model_validate(r))
        else:
            from spacy.tokens import Doc

            if isinstance(r, Doc):
                from ..api import doc_to_result

                out.append(doc_to_result(r))
            else:
                raise TypeError(f"a report takes ArticleClaims, their JSON dicts or processed Docs, not {type(r).__name__}")
    return out


# -- the numbers ----------------------------------------------------------------------------------


class _Stats:
    def __init__(self, results: list[ArticleClaims]):
        self.results = results
        self.claims = Counter()
        self.direct = Counter()
        self.names: dict[str, str] = {}
        self.tracked: set[str] = set()
        for r in results:
            for sid, sp in r.speakers.items():
                self.names.setdefault(sid, sp.name)
                if sp.tracked:
                    self.tracked.add(sid)
            for c in r.claims:
                self.claims[c.speaker] += 1
                self.direct[c.speaker] += c.kind == "direct"
                self.names.setdefault(c.speaker, c.speaker_name or c.speaker)
        self.names.setdefault(UNKNOWN_SPEAKER_ID, "onbekend")
        self.order = sorted(self.claims, key=lambda s: (s == UNKNOWN_SPEAKER_ID, s not in self.tracked, -self.claims[s], s))
        self.colors = speaker_colors(self.order, tracked=self.tracked)
        self.total = sum(self.claims.values())
        self.total_direct = sum(self.direct.values())


def _bar(parts: list[tuple[float, str, str]], scale: float) -> str:
    return "".join(f'<span class="r-seg" style="width:{100 * n / scale:.3f}%;background:{color}" title="{_esc(t)}"></span>'
                   for n, color, t in parts if n)


def _speaker_chart(st: _Stats) -> str:
    rows = st.order[:_TOP_SPEAKERS]
    if not rows:
        return '<p class="r-empty">No claims.</p>'
    top = max(st.claims[s] for s in rows)
    out = []
    for sid in rows:
        n, d = st.claims[sid], st.direct[sid]
        color = st.colors.get(sid, GREY)
        star = '<span class="r-star" title="tracked speaker">★</span>' if sid in st.tracked else ""
        out.append(
            f'<tr><th scope="row"><button type="button" class="r-who" data-speaker="{_esc(sid)}" title="show these claims in the table">'
            f'<span class="r-swatch" style="background:{color}"></span>{_esc(st.names.get(sid, sid))}</button>{star}</th>'
            f'<td class="r-num">{n}</td><td class="r-num">{d}</td><td class="r-num">{n - d}</td>'
            f'<td class="r-barcell"><span class="r-bar">{_bar([(d, color, f"{d} direct"), (n - d, tint(color, .55), f"{n - d} reported")], top)}</span></td></tr>'
        )
    more = len(st.order) - len(rows)
    tail = f'<p class="r-note">and {more} more speakers (all are in the table below).</p>' if more > 0 else ""
    return ('<table class="r-chart"><thead><tr><th>speaker</th><th class="r-num">claims</th><th class="r-num">direct</th>'
            '<th class="r-num">reported</th><th>direct (full) and reported (light)</th></tr></thead>'
            f'<tbody>{"".join(out)}</tbody></table>{tail}')


def _period(days: list[dt.date]) -> tuple[str, Any]:
    span = (max(days) - min(days)).days
    if span <= 62:
        return "day", lambda d: d.isoformat()
    if span <= 400:
        return "week", lambda d: (d - dt.timedelta(days=d.weekday())).isoformat()
    return "month", lambda d: d.strftime("%Y-%m")


def _time_chart(st: _Stats) -> str:
    dated = [r for r in st.results if r.date is not None]
    if not dated:
        return '<p class="r-empty">The articles have no dates.</p>'
    unit, key = _period([r.date for r in dated])  # type: ignore[misc]
    series = [s for s in st.order if s in st.tracked and st.colors.get(s, GREY) != GREY]
    buckets: dict[str, Counter] = defaultdict(Counter)
    articles: Counter = Counter()
    for r in dated:
        k = key(r.date)
        articles[k] += 1
        for c in r.claims:
            buckets[k][c.speaker if c.speaker in series else ""] += 1
    # every period between the first and the last, also the empty ones
    first, last = min(r.date for r in dated), max(r.date for r in dated)  # type: ignore[type-var]
    keys, day = [], first
    while day <= last:
        k = key(day)
        if not keys or keys[-1] != k:
            keys.append(k)
        day += dt.timedelta(days=1)
    top = max((sum(buckets[k].values()) for k in keys), default=0) or 1
    width, height, pad = 900, 220, 30
    bw = (width - pad) / len(keys)
    bars = []
    for i, k in enumerate(keys):
        y = height - pad
        total = sum(buckets[k].values())
        for sid in [*series, ""]:
            n = buckets[k][sid]
            if not n:
                continue
            h = (height - 2 * pad) * n / top
            y -= h
            color = st.colors[sid] if sid else "#bdbdbd"
            who = st.names.get(sid, sid) if sid else "other speakers"
            bars.append(f'<rect x="{pad + i * bw:.2f}" y="{y:.2f}" width="{max(bw - 1, .5):.2f}" height="{h:.2f}" fill="{color}">'
                        f"<title>{_esc(k)}: {n} claims by {_esc(who)} (of {total}; {articles[k]} articles)</title></rect>")
    ticks = []
    step = max(1, len(keys) // 8)
    for i in range(0, len(keys), step):
        ticks.append(f'<text x="{pad + i * bw:.2f}" y="{height - 8}" font-size="11">{_esc(keys[i])}</text>')
    legend = "".join(f'<span class="r-legend"><span class="r-swatch" style="background:{st.colors[s]}"></span>{_esc(st.names.get(s, s))}</span>'
                     for s in series) + '<span class="r-legend"><span class="r-swatch" style="background:#bdbdbd"></span>other speakers</span>'
    return (f'<p class="r-note">Claims per {unit}, {first.isoformat()} to {last.isoformat()} '
            f'(highest: {top}); {len(st.results) - len(dated)} articles without a date are left out.</p>'
            f'<svg class="r-time" viewBox="0 0 {width} {height}" role="img" aria-label="claims per {unit}">'
            f'<text x="{pad}" y="14" font-size="11">{top}</text>'
            f'<line x1="{pad}" x2="{width}" y1="{height - pad}" y2="{height - pad}" stroke="#888"/>'
            f'{"".join(bars)}{"".join(ticks)}</svg><div>{legend}</div>')


def _article_chart(st: _Stats, links: Mapping[str, str]) -> str:
    counts = [len(r.claims) for r in st.results]
    if not counts:
        return '<p class="r-empty">No articles.</p>'
    edges = [0, 1, 2, 3, 5, 10, 20, 50]
    labels = ["0", "1", "2", "3–4", "5–9", "10–19", "20–49", "50+"]
    hist = [0] * len(edges)
    for n in counts:
        hist[max(i for i, e in enumerate(edges) if n >= e)] += 1
    top = max(hist) or 1
    rows = "".join(f'<tr><th scope="row">{lab}</th><td class="r-num">{h}</td><td class="r-barcell"><span class="r-bar">'
                   f'{_bar([(h, "#56b4e9", f"{h} articles")], top)}</span></td></tr>' for lab, h in zip(labels, hist))
    busiest = sorted(st.results, key=lambda r: -len(r.claims))[:10]
    items = []
    for r in busiest:
        name = _esc(r.id or "(no id)")
        link = links.get(r.id or "")
        title = f'<a href="{_esc(link)}">{name}</a>' if link else name
        items.append(f"<li>{title}: {len(r.claims)} claims</li>")
    mean = sum(counts) / len(counts)
    return (f'<p class="r-note">{len(counts)} articles, {sum(counts)} claims, {mean:.1f} per article on average; '
            f'{hist[0]} articles without a claim.</p>'
            '<div class="r-two"><table class="r-chart"><thead><tr><th>claims</th><th class="r-num">articles</th><th></th></tr></thead>'
            f'<tbody>{rows}</tbody></table><div><h3>Most claims</h3><ol class="r-busiest">{"".join(items)}</ol></div></div>')


def _quantity_table(st: _Stats) -> str:
    per: dict[str, list] = defaultdict(list)
    for r in st.results:
        for c in r.claims:
            per[c.speaker].extend(c.quantities)
    rows = []
    stating = [s for s in st.order if per.get(s)]
    for sid in stating[:_TOP_NUMBER_SPEAKERS]:
        qs = per[sid]
        units: dict[str, list[float]] = defaultdict(list)
        for q in qs:
            units[(q.unit or "(no unit)").lower()].append(q.value)
        ranked = sorted(units.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        cells = []
        for unit, values in ranked[:_TOP_UNITS]:
            lo, hi = min(values), max(values)
            rng = format_number(lo) if lo == hi else f"{format_number(lo)}–{format_number(hi)}"
            cells.append(f'<span class="r-unit">{_esc(unit)} <b>×{len(values)}</b> <span class="r-range">{rng}</span></span>')
        if len(ranked) > _TOP_UNITS:
            cells.append(f'<span class="r-note">+{len(ranked) - _TOP_UNITS} units</span>')
        color = st.colors.get(sid, GREY)
        rows.append(f'<tr><th scope="row"><button type="button" class="r-who" data-speaker="{_esc(sid)}" data-numbers="1">'
                    f'<span class="r-swatch" style="background:{color}"></span>{_esc(st.names.get(sid, sid))}</button></th>'
                    f'<td class="r-num">{len(qs)}</td><td>{"".join(cells)}</td></tr>')
    if not rows:
        return '<p class="r-empty">No quantities inside claims.</p>'
    more = len(stating) - len(rows)
    tail = (f'<p class="r-note">and {more} more speakers who state numbers (the table below, "with numbers", '
            "has them all).</p>") if more > 0 else ""
    return ('<p class="r-note">Numbers inside claims, by speaker (tracked speakers first, then by claims); '
            'per unit how often and the range of values.</p>'
            '<table class="r-chart r-quant"><thead><tr><th>speaker</th><th class="r-num">numbers</th><th>units</th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>{tail}')


def _table_data(st: _Stats, links: Mapping[str, str]) -> dict[str, Any]:
    """The claims as columns (compact JSON for the table script)."""
    sidx = {sid: i for i, sid in enumerate(st.order)}
    speakers = [[sid, st.names.get(sid, sid), int(sid in st.tracked), st.colors.get(sid, GREY)] for sid in st.order]
    articles, cols = [], {"a": [], "s": [], "k": [], "c": [], "t": [], "q": [], "n": [], "id": []}
    cues: dict[str, int] = {}
    for ai, r in enumerate(st.results):
        articles.append([r.id or "", r.date.isoformat() if r.date else "", links.get(r.id or "", "")])
        for c in sorted(r.claims, key=lambda c: c.start):
            cols["a"].append(ai)
            cols["s"].append(sidx[c.speaker])
            cols["k"].append(1 if c.kind == "direct" else 0)
            cols["c"].append(cues.setdefault((c.cue or "").lower(), len(cues)))
            cols["t"].append(c.text)
            cols["q"].append(" · ".join(quantity_note(q) for q in c.quantities))
            cols["n"].append(len(c.quantities))
            cols["id"].append(c.id)
    return {"speakers": speakers, "articles": articles, "cues": list(cues), "claims": cols}


def _json_script(data: Any) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("</", "<\\/").replace("<!--", "<\\!--")


def report_html(results: Any, *, links: Mapping[str, str] | None = None, title: str = "nlpclaims report",
                skipped_lines: Iterable[int] = ()) -> str:
    """The report as an HTML fragment (styles, data and script included).

    ``results``: a path to a JSON-lines file of results, or an iterable of
    :class:`ArticleClaims` (or their JSON dicts, or processed Docs). ``links`` maps an article id
    to the address of its own page (relative to the report).
    """
    st = _Stats(_coerce_results(results))
    links = links or {}
    skipped = list(skipped_lines)
    dates = [r.date for r in st.results if r.date]
    facts = [f"{len(st.results)} articles", f"{st.total} claims",
             f"{st.total_direct} direct ({100 * st.total_direct / st.total:.0f}%)" if st.total else "0 direct",
             f"{st.total - st.total_direct} reported", f"{len(st.claims)} speakers",
             f"{sum(len(c.quantities) for r in st.results for c in r.claims)} numbers in claims"]
    if dates:
        facts.append(f"{min(dates).isoformat()} to {max(dates).isoformat()}")
    warn = (f'<p class="r-warn">{len(skipped)} lines of the input were not results and are left out: '
            f'{_esc(", ".join(map(str, skipped[:20])))}{" …" if len(skipped) > 20 else ""}</p>') if skipped else ""
    return (
        '<div class="nlpclaims-report" lang="nl">'
        f'<style>{asset("report.css")}</style>'
        f'<h1>{_esc(title)}</h1><p class="r-facts">{_esc(" · ".join(facts))}</p>{warn}'
        '<nav class="r-nav"><a href="#r-speakers">speakers</a> <a href="#r-time">over time</a> '
        '<a href="#r-articles">articles</a> <a href="#r-numbers">numbers</a> <a href="#r-claims">all claims</a></nav>'
        f'<section id="r-speakers"><h2>Claims per speaker</h2><p class="r-note">Tracked speakers (★) first, then by number of claims.</p>{_speaker_chart(st)}</section>'
        f'<section id="r-time"><h2>Over time</h2>{_time_chart(st)}</section>'
        f'<section id="r-articles"><h2>Per article</h2>{_article_chart(st, links)}</section>'
        f'<section id="r-numbers"><h2>Numbers per speaker</h2>{_quantity_table(st)}</section>'
        '<section id="r-claims"><h2>All claims</h2>'
        '<div class="r-controls"><input type="search" class="r-search" placeholder="search claims, speakers, cues, articles" aria-label="search">'
        '<select class="r-speaker" aria-label="speaker"><option value="">all speakers</option></select>'
        '<select class="r-kind" aria-label="kind"><option value="">direct and reported</option><option value="1">direct</option><option value="0">reported</option></select>'
        '<label><input type="checkbox" class="r-numbers-only"> with numbers</label>'
        '<span class="r-count" aria-live="polite"></span></div>'
        '<table class="r-table"><thead><tr>'
        '<th data-sort="d" aria-sort="none">date</th><th data-sort="a" aria-sort="none">article</th>'
        '<th data-sort="s" aria-sort="none">speaker</th><th data-sort="k" aria-sort="none">kind</th>'
        '<th data-sort="c" aria-sort="none">cue</th><th data-sort="t" aria-sort="none">claim</th>'
        '<th data-sort="n" aria-sort="none">numbers</th></tr></thead><tbody></tbody></table>'
        '<div class="r-pager"><button type="button" class="r-prev">previous</button> <span class="r-page"></span> '
        '<button type="button" class="r-next">next</button></div>'
        '<noscript><p>The table of claims needs JavaScript.</p></noscript></section>'
        f'<script type="application/json" class="r-data">{_json_script(_table_data(st, links))}</script>'
        f'<script>{asset("report.js")}</script>'
        "</div>"
    )


def _render_pages(results: list[ArticleClaims], articles: list[Path], renders: Path, output: Path,
                  report: Report) -> dict[str, str]:
    """Write one article page per result whose text is found in ``articles``; their links."""
    from ..io import ReadOptions, _safe_name, iter_articles
    from ..visualize import render_result

    wanted = {r.id: r for r in results if r.id}
    links: dict[str, str] = {}
    used: set[str] = set()
    renders.mkdir(parents=True, exist_ok=True)
    for article in iter_articles(articles, ReadOptions()):
        result = wanted.get(getattr(article, "id", None))
        if result is None or not hasattr(article, "text"):
            continue
        if (result.sha1 and result.sha1 != article.sha1) or len(article.text) != result.text_length:
            continue  # the text changed since the extraction: its offsets would not fit
        name = _safe_name(result.id.rsplit(".", 1)[0] if result.id.endswith(".txt") else result.id)
        base, k = name, 1
        while name in used:
            k += 1
            name = f"{base}-{k}"
        used.add(name)
        target = renders / f"{name}.html"
        target.write_text(render_result(result, article.text, page=True), encoding="utf-8")
        links[result.id] = os.path.relpath(target, output.parent).replace(os.sep, "/")
        report.rendered += 1
    report.missing_texts = sorted(set(wanted) - set(links))
    return links


def write_report(claims: str | os.PathLike[str], output: str | os.PathLike[str], *,
                 articles: Iterable[str | os.PathLike[str]] = (), renders: str | os.PathLike[str] | None = None,
                 title: str | None = None) -> Report:
    """Write the report of the results in ``claims`` (JSON lines) to ``output``.

    With ``articles`` (the files or folders the results were extracted from) every article whose
    text is found there unchanged (same id and SHA-1) also gets its own page in ``renders``
    (default: a folder ``<output name>-articles`` beside the report), linked from the table.
    Lines of ``claims`` that are not results are left out and listed in the report and in
    :attr:`Report.skipped_lines`. Raises ``OSError`` when ``claims`` cannot be read.
    """
    out = Path(output)
    skipped: list[int] = []
    results = list(read_results(claims, skipped))
    if skipped and not results:
        raise ReportError(f"{claims}: no line is an nlpclaims result (is it the output of nlpclaims extract --format jsonl?)")
    report = Report(output=out, articles=len(results), claims=sum(len(r.claims) for r in results), skipped_lines=skipped)
    links: dict[str, str] = {}
    sources = [Path(a) for a in articles]
    if sources:
        folder = Path(renders) if renders is not None else out.with_name(out.stem + "-articles")
        links = _render_pages(results, sources, folder, out, report)
    body = report_html(results, links=links, title=title or f"nlpclaims report: {Path(claims).name}",
                       skipped_lines=skipped)
    if out.parent != Path(""):
        out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page(title or "nlpclaims report", body, lang="en"), encoding="utf-8")
    return report

