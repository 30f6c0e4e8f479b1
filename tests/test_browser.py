"""The article view and the batch report in a real headless Chromium (the system's browser).

Run with Debian's ``chromium`` (``apt-get install chromium``; ``.ci/run`` installs it) driven by
Playwright (the ``browser`` extra); no browser is ever downloaded. Set ``NLPCLAIMS_CHROMIUM`` to
use another Chromium binary. The tests skip, saying why, only when no Chromium can be launched.
Screenshots of both pages are written to ``docs/screenshots/``.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import sys
from pathlib import Path

import pytest

import nlpclaims
from nlpclaims import api
from nlpclaims.views.colors import GREY, MIN_DELTA_E, PALETTE, contrast_ratio, delta_e
from nlpclaims.views.report import write_report

sys.path.insert(0, str(Path(__file__).parent))
from synth_claims import synth_articles, write_output  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "corpora" / "liveblog-trump-poetin.txt"
MANY = Path(__file__).parent / "data" / "vijftien-sprekers.txt"  # written for these tests: 16 speakers
SHOTS = REPO / "docs" / "screenshots"
POOL = Path(os.environ.get("NLPCLAIMS_POOL_CORPUS") or REPO.parent / "shared" / "corpora" / "pool")
POOL_ARTICLE = "nos-2019-05-09-eu-leger-nexit-straatsburg-wat-willen-de-partijen-met-europa.txt"  # 19 speakers
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _skip(reason: str):
    print(f"\nbrowser tests skipped: {reason}", file=sys.stderr)
    pytest.skip(reason)


def chromium_path() -> str | None:
    return os.environ.get("NLPCLAIMS_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _skip("playwright is not installed (pip install -e '.[browser]')")
    exe = chromium_path()
    if exe is None:
        _skip("no chromium on PATH (apt-get install chromium) and NLPCLAIMS_CHROMIUM not set")
    with sync_playwright() as p:
        try:
            b = p.chromium.launch(executable_path=exe, args=ARGS)
        except Exception as err:  # noqa: BLE001 - any launch failure means: no usable browser here
            _skip(f"chromium at {exe} does not start: {str(err).splitlines()[0]}")
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    # nothing may come from the network: every request other than the file itself fails the test
    requests: list[str] = []
    context.on("request", lambda r: requests.append(r.url) if not r.url.startswith(("file:", "data:", "about:")) else None)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    yield pg
    context.close()
    assert not errors, errors
    assert not requests, requests


@pytest.fixture(scope="module")
def pipeline():
    model = os.environ.get("NLPCLAIMS_TEST_MODEL")
    return nlpclaims.load(model) if model else api._default_nlp()


@pytest.fixture(scope="module")
def article_pages(pipeline, tmp_path_factory) -> dict[str, tuple[Path, object, str]]:
    """The seed article, the 16-speaker article and a pool article (when the shared corpus is
    there) as pages: name -> (page, result, text)."""
    import datetime as dt

    out = {}
    folder = tmp_path_factory.mktemp("pages")
    articles = [("seed", SEED, dt.date(2025, 3, 19)), ("many", MANY, dt.date(2025, 6, 3))]
    if (POOL / POOL_ARTICLE).is_file():
        articles.append(("pool", POOL / POOL_ARTICLE, dt.date(2019, 5, 9)))
    for name, path, day in articles:
        text = path.read_text(encoding="utf-8")
        doc = api.process(pipeline, text, date=day, article_id=path.name)
        result = api.doc_to_result(doc, nlp=pipeline)
        target = folder / f"{name}.html"
        target.write_text(nlpclaims.render(result, text=doc.text, page=True, jupyter=False), encoding="utf-8")
        out[name] = (target, result, doc.text)
    return out


def _boxes(pg, selector: str) -> list[dict]:
    return pg.eval_on_selector_all(selector, """els => els.filter(e => e.offsetParent !== null).map(e => {
        const r = e.getBoundingClientRect();
        return {x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height, id: e.dataset.claim};
    })""")


def _overlap(a: dict, b: dict) -> bool:
    return (a["x"] < b["x"] + b["w"] - 0.5 and b["x"] < a["x"] + a["w"] - 0.5
            and a["y"] < b["y"] + b["h"] - 0.5 and b["y"] < a["y"] + a["h"] - 0.5)


def _rgb_hex(css: str) -> str:
    r, g, b = (int(v) for v in re.findall(r"\d+", css)[:3])
    return f"#{r:02x}{g:02x}{b:02x}"


@pytest.mark.parametrize("name", ["seed", "many", "pool"])
def test_article_page(article_pages, page, name: str) -> None:
    if name not in article_pages:
        _skip(f"no pool article {POOL / POOL_ARTICLE} (set NLPCLAIMS_POOL_CORPUS)")
    path, result, text = article_pages[name]
    page.goto(path.as_uri())
    page.wait_for_selector(".nlpclaims-view.nlpclaims-ready")
    claims = {c.id: c for c in result.claims}
    assert claims

    # labels: one per claim, none on top of another or of the text
    labels = _boxes(page, ".nlpclaims-label")
    assert sorted(lab["id"] for lab in labels) == sorted(claims)
    for a, b in itertools.combinations(labels, 2):
        assert not _overlap(a, b), (a, b)
    column = _boxes(page, ".nlpclaims-text")[0]
    assert all(not _overlap(lab, column) for lab in labels)
    # ... and each stays beside its claim: level with the claim's first line or at most two lines lower
    drift = page.evaluate("""() => [...document.querySelectorAll('.nlpclaims-label')].map(l => {
        const s = [...document.querySelectorAll('.nlpclaims-text [data-claims]')]
            .find(x => x.dataset.claims.split(' ').includes(l.dataset.claim));
        return l.getBoundingClientRect().top - s.getClientRects()[0].top; })""")
    assert all(-4 <= d <= 2 * 27 for d in drift), drift

    # the text as rendered is the article's own text: no whitespace before punctuation that is not there
    shown = page.eval_on_selector_all(".nlpclaims-p", "ps => ps.map(p => p.innerText)")
    assert shown == [line for line in text.split("\n") if line.strip()]
    for m in re.finditer(r"(\S)(\s+)([.,:;!?])", "\n".join(shown)):
        assert m.group(0) in text, m.group(0)

    # every claim in the panel scrolls to and highlights its span
    for cid in page.eval_on_selector_all(".nlpclaims-item", "els => els.map(e => e.dataset.claim)"):
        page.click(f'.nlpclaims-item[data-claim="{cid}"]')
        state = page.evaluate("""cid => {
            const spans = [...document.querySelectorAll('.nlpclaims-text [data-claims]')]
                .filter(s => s.dataset.claims.split(' ').includes(cid));
            const r = spans[0].getBoundingClientRect();
            return {n: spans.length, active: spans.every(s => s.classList.contains('nlpclaims-active')),
                    others: document.querySelectorAll('.nlpclaims-text .nlpclaims-active').length,
                    text: spans.map(s => s.textContent).join(''), top: r.top, bottom: r.bottom, h: innerHeight};
        }""", cid)
        assert state["active"] and state["others"] == state["n"], (cid, state)
        assert 0 <= state["top"] and state["bottom"] <= state["h"], (cid, state)
        # the highlighted pieces are exactly the claim's words (paragraph breaks left out)
        assert state["text"] == claims[cid].text.replace("\n", ""), cid

    # speakers' colours: distinct speakers differ by at least MIN_DELTA_E; claim text stays readable
    colours = page.eval_on_selector_all(".nlpclaims-group", """gs => gs.map(g => {
        const sw = g.querySelector('.nlpclaims-swatch');
        return [g.dataset.speaker, getComputedStyle(sw).backgroundColor];
    })""")
    by_speaker = {sid: _rgb_hex(c) for sid, c in colours}
    coloured = [sid for sid, c in by_speaker.items() if c != GREY]
    assert len(coloured) == min(len(PALETTE), len([s for s in by_speaker if s != "unknown"]))
    for a, b in itertools.combinations(coloured, 2):
        assert delta_e(by_speaker[a], by_speaker[b]) >= MIN_DELTA_E, (a, b)
    tracked = [sid for sid in by_speaker if (sp := result.speakers.get(sid)) is not None and sp.tracked]
    assert set(tracked) <= set(coloured)
    backgrounds = page.eval_on_selector_all(".nlpclaims-text .nlpclaims-claim",
                                            "ss => ss.map(s => getComputedStyle(s).backgroundColor)")
    assert backgrounds and all(contrast_ratio(_rgb_hex(bg), "#000000") >= 7 for bg in set(backgrounds))  # selected too

    # clicking a speaker highlights all of that speaker's claims
    sid = coloured[0]
    page.click(f'.nlpclaims-speaker[data-speaker="{sid}"]')
    focused = page.eval_on_selector_all(".nlpclaims-text .nlpclaims-focus", "ss => ss.map(s => s.dataset.claims)")
    assert {cid for f in focused for cid in f.split()} >= {c.id for c in result.claims if c.speaker == sid}

    if name == "pool":
        return  # publishers' text: no screenshot in the repository
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.click(".nlpclaims-speaker[aria-pressed='true']")  # back to the plain view
    page.click(f'.nlpclaims-group[data-speaker="{sid}"] .nlpclaims-item >> nth=0')  # one claim selected
    page.evaluate("scrollTo(0, 0)")
    page.screenshot(path=str(SHOTS / f"render-{name}.png"))


def test_article_link_selects_the_claim(tmp_path: Path, page) -> None:
    result, text = synth_articles(40)[7]
    target = tmp_path / "a.html"
    target.write_text(nlpclaims.render(result, text=text, page=True, jupyter=False), encoding="utf-8")
    cid = result.claims[-1].id
    page.goto(target.as_uri() + "#" + cid)
    page.wait_for_selector(".nlpclaims-view.nlpclaims-ready")
    assert page.eval_on_selector_all(".nlpclaims-item.nlpclaims-active", "els => els.map(e => e.dataset.claim)") == [cid]


@pytest.fixture(scope="module")
def big_report(tmp_path_factory) -> Path:
    """The report of a 3,500-article output."""
    folder = tmp_path_factory.mktemp("big")
    claims = write_output(folder, 3500)
    out = folder / "report.html"
    write_report(claims, out)
    return out


def _rows(pg) -> list[list[str]]:
    return pg.eval_on_selector_all(".r-table tbody tr", "trs => trs.map(tr => [...tr.cells].map(td => td.textContent))")


def test_report_of_3500_articles_opens_and_filters(big_report: Path, page) -> None:
    page.goto(big_report.as_uri())
    page.wait_for_selector(".nlpclaims-report[data-ready-ms]")
    total = int(page.get_attribute(".nlpclaims-report", "data-shown"))
    assert total > 20000
    rows = _rows(page)
    assert len(rows) == 50
    assert "3500 articles" in page.inner_text(".r-facts")
    # the speakers chart: tracked speakers first
    names = page.eval_on_selector_all("#r-speakers .r-who", "bs => bs.map(b => b.textContent)")
    assert names[:5] and set(names[:5]) == {"Donald Trump", "Vladimir Poetin", "Volodymyr Zelensky", "Boris Pistorius",
                                          "Dick Schoof"}
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "report.png"))

    # search
    page.fill(".r-search", "drones")
    page.wait_for_function(f"document.querySelector('.nlpclaims-report').dataset.shown !== '{total}'")
    found = int(page.get_attribute(".nlpclaims-report", "data-shown"))
    assert 0 < found < total
    assert all("drones" in r[5] for r in _rows(page))
    page.eval_on_selector("#r-claims", "e => e.scrollIntoView()")
    page.screenshot(path=str(SHOTS / "report-table.png"))
    # search words combine; speaker filter; numbers only
    page.fill(".r-search", "drones zei")
    page.wait_for_function(f"document.querySelector('.nlpclaims-report').dataset.shown !== '{found}'")
    assert all("drones" in r[5] and r[4] == "zei" for r in _rows(page))
    page.fill(".r-search", "")
    page.select_option(".r-speaker", label=page.eval_on_selector(".r-speaker option:nth-child(2)", "o => o.textContent"))
    page.wait_for_function(f"document.querySelector('.nlpclaims-report').dataset.shown !== '{total}'")
    first = _rows(page)
    assert first and len({r[2] for r in first}) == 1
    # sort by date, both ways
    page.select_option(".r-speaker", value="")
    page.click(".r-table th[data-sort='d']")
    dates = [r[0] for r in _rows(page)]
    assert dates == sorted(dates)
    page.click(".r-table th[data-sort='d']")
    dates = [r[0] for r in _rows(page)]
    assert dates == sorted(dates, reverse=True) and dates[0] > "2024"
    # pages
    page.click(".r-next")
    assert "page 2 of" in page.inner_text(".r-page")
    # a speaker in the numbers table filters the claims to that speaker's claims with numbers
    page.click("#r-numbers .r-who >> nth=0")
    rows = _rows(page)
    assert rows and all(r[6] for r in rows)


def test_report_links_to_article_pages(tmp_path: Path, page) -> None:
    folder = tmp_path / "batch"
    claims = write_output(folder, 30, texts=True)
    done = write_report(claims, folder / "report.html", articles=[folder / "articles"])
    assert done.rendered == 30
    page.goto((folder / "report.html").as_uri())
    page.wait_for_selector(".nlpclaims-report[data-ready-ms]")
    link = page.eval_on_selector(".r-table tbody a", "a => a.getAttribute('href')")
    cid = link.split("#")[1]
    page.click(".r-table tbody a >> nth=0")
    page.wait_for_selector(".nlpclaims-view.nlpclaims-ready")
    assert page.eval_on_selector_all(".nlpclaims-item.nlpclaims-active", "els => els.map(e => e.dataset.claim)") == [cid]


def test_views_inline_side_by_side(tmp_path: Path, page) -> None:
    """As in a notebook: two article views and a report in one document, each working on its own."""
    from nlpclaims.visualize import render_report

    (r1, t1), (r2, t2) = synth_articles(20)[4:6]
    r1.claims, r2.claims = r1.claims or r2.claims, r2.claims or r1.claims
    parts = [nlpclaims.render(r1, text=t1, jupyter=False), nlpclaims.render(r2, text=t2, jupyter=False),
             render_report([r1, r2], jupyter=False)]
    doc = tmp_path / "notebook.html"
    doc.write_text("<!DOCTYPE html><html><body>" + "".join(f"<div class='output'>{p}</div>" for p in parts)
                   + "</body></html>", encoding="utf-8")
    page.goto(doc.as_uri())
    page.wait_for_selector(".nlpclaims-report[data-ready-ms]")
    assert page.eval_on_selector_all(".nlpclaims-view", "vs => vs.map(v => v.classList.contains('nlpclaims-ready'))") == [True, True]
    labels = _boxes(page, ".nlpclaims-label")
    for a, b in itertools.combinations(labels, 2):
        assert not _overlap(a, b), (a, b)
    second = page.locator(".nlpclaims-view").nth(1)
    cid = second.locator(".nlpclaims-item").first.get_attribute("data-claim")
    second.locator(".nlpclaims-item").first.click()
    active = page.eval_on_selector_all(".nlpclaims-view", "vs => vs.map(v => v.querySelectorAll('.nlpclaims-text .nlpclaims-active').length)")
    assert active[0] == 0 and active[1] > 0, active
    assert second.locator(".nlpclaims-item.nlpclaims-active").get_attribute("data-claim") == cid
    assert int(page.get_attribute(".nlpclaims-report", "data-shown")) == len(r1.claims) + len(r2.claims)


def test_narrow_view_stacks_the_panel_under_the_text(article_pages, browser) -> None:
    context = browser.new_context(viewport={"width": 600, "height": 900})
    pg = context.new_page()
    pg.goto(article_pages["seed"][0].as_uri())
    pg.wait_for_selector(".nlpclaims-view.nlpclaims-ready")
    assert _boxes(pg, ".nlpclaims-label") == []  # no margin: details on hover
    text, panel = _boxes(pg, ".nlpclaims-text")[0], _boxes(pg, ".nlpclaims-panel")[0]
    assert panel["y"] >= text["y"] + text["h"] - 1
    assert pg.evaluate("document.documentElement.scrollWidth <= innerWidth")
    pg.click(".nlpclaims-item >> nth=3")
    assert pg.eval_on_selector_all(".nlpclaims-text .nlpclaims-active", "ss => ss.length") > 0
    context.close()
