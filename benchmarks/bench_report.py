"""How fast the batch report opens in Chromium on one core, and how fast it is written.

    python benchmarks/bench_report.py [--claims OUT.jsonl | --corpus DIR | --articles 3500]
        [--runs 5] [--cpu 0] [--json FILE]

Input: an ``nlpclaims extract`` JSON-lines output (``--claims``), or a folder of articles that is
extracted first into a temporary file (``--corpus``, one process), or else ``--articles`` written
articles with their claims synthesised by ``tests/synth_claims.py`` (default 3,500).

Prints the time to write the report (Python), its size, and the load time in headless Chromium
(the system's ``chromium``, driven by Playwright; the browser is pinned to one CPU with
``sched_setaffinity``): navigation start to the claims table drawn (the page's own
``data-ready-ms``, ``performance.now()``), median and worst of ``--runs`` fresh tabs, and the
CPU time the renderer process spent on it (DevTools ``Performance.getMetrics`` ``ProcessTime``,
which other load on a shared machine changes little). The
baseline, in the same run, is the same page with its script removed (HTML, CSS and the embedded
JSON parsed, no table): the difference is what the table costs. Then the time until the table
shows the result of a filter (the "with numbers" box) and of sorting 3,500 articles' claims by
date, measured from the click to the redrawn table (Playwright round trips included).
Exits 0 with a printed reason when no Chromium can be launched.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _claims_file(args: argparse.Namespace, tmp: Path) -> tuple[Path, str]:
    if args.claims:
        return args.claims, f"{args.claims}"
    if args.corpus:
        from nlpclaims.batch import Job
        from nlpclaims.io import ReadOptions

        out = tmp / "claims.jsonl"
        started = time.perf_counter()
        summary = Job(paths=[args.corpus], output=out, format="jsonl", errors=tmp / "errors.jsonl",
                      read=ReadOptions(), n_process=1, quiet=True).run()
        print(f"extracted {args.corpus}: {summary.line()} in {time.perf_counter() - started:.0f} s")
        return out, f"nlpclaims extract {args.corpus}"
    sys.path.insert(0, str(REPO / "tests"))
    from synth_claims import write_output

    return write_output(tmp, args.articles), f"{args.articles} synthesised articles"


def _cpu_s(cdp) -> float:
    metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    return metrics["ProcessTime"]


def _load_ms(context, url: str) -> tuple[float, float]:
    """Milliseconds from navigation start to the table drawn, and the renderer's CPU milliseconds."""
    pg = context.new_page()
    cdp = context.new_cdp_session(pg)
    cdp.send("Performance.enable", {"timeDomain": "threadTicks"})
    pg.goto(url, wait_until="load")
    pg.wait_for_selector(".nlpclaims-report[data-ready-ms]", timeout=60000)
    ms = float(pg.get_attribute(".nlpclaims-report", "data-ready-ms"))
    cpu = 1000 * _cpu_s(cdp)
    pg.close()
    return ms, cpu


def _plain_ms(context, url: str) -> tuple[float, float]:
    pg = context.new_page()
    cdp = context.new_cdp_session(pg)
    cdp.send("Performance.enable", {"timeDomain": "threadTicks"})
    pg.goto(url, wait_until="load")
    ms = pg.evaluate("performance.now()")
    cpu = 1000 * _cpu_s(cdp)
    pg.close()
    return ms, cpu


def _action_ms(pg, action) -> float:
    before = pg.get_attribute(".nlpclaims-report", "data-draws")
    started = time.perf_counter()
    action()
    pg.wait_for_function("n => document.querySelector('.nlpclaims-report').dataset.draws !== n", arg=before, timeout=60000)
    return 1000 * (time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    src = ap.add_mutually_exclusive_group()
    src.add_argument("--claims", type=Path, help="an nlpclaims extract JSON-lines output")
    src.add_argument("--corpus", type=Path, help="a folder of articles to extract first (one process)")
    src.add_argument("--articles", type=int, default=3500, help="synthesised articles (default 3500)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--cpu", type=int, default=None, help="the CPU to pin the browser to (default: the first allowed)")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = ap.parse_args(argv)

    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("skipped: playwright is not installed (pip install -e '.[browser]')")
        return 0
    exe = os.environ.get("NLPCLAIMS_CHROMIUM") or shutil.which("chromium")
    if exe is None:
        print("skipped: no chromium (apt-get install chromium)")
        return 0

    from nlpclaims.views.report import write_report

    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        claims, source = _claims_file(args, tmp)
        started = time.perf_counter()
        done = write_report(claims, tmp / "report.html")
        write_s = time.perf_counter() - started
        markup = (tmp / "report.html").read_text(encoding="utf-8")
        plain = tmp / "plain.html"
        plain.write_text(re.sub(r"<script>.*?</script>", "", markup, flags=re.S), encoding="utf-8")
        size_mb = len(markup.encode("utf-8")) / 1e6

        cpu = args.cpu if args.cpu is not None else min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})  # inherited by the browser processes started below
        with sync_playwright() as p:
            try:
                browser = p.chromium.launch(executable_path=exe, args=ARGS)
            except Exception as err:  # noqa: BLE001
                print(f"skipped: chromium does not start: {str(err).splitlines()[0]}")
                return 0
            context = browser.new_context(viewport={"width": 1400, "height": 900})
            _load_ms(context, (tmp / "report.html").as_uri())  # warm the browser's caches once
            loads = [_load_ms(context, (tmp / "report.html").as_uri()) for _ in range(args.runs)]
            bases = [_plain_ms(context, plain.as_uri()) for _ in range(args.runs)]
            pg = context.new_page()
            pg.goto((tmp / "report.html").as_uri())
            pg.wait_for_selector(".nlpclaims-report[data-ready-ms]")
            filter_ms = _action_ms(pg, lambda: pg.check(".r-numbers-only"))
            sort_ms = _action_ms(pg, lambda: pg.click(".r-table th[data-sort='d']"))
            search_ms = _action_ms(pg, lambda: pg.fill(".r-search", "procent"))
            browser.close()

    load = statistics.median(m for m, _ in loads)
    base = statistics.median(m for m, _ in bases)
    load_cpu = statistics.median(c for _, c in loads)
    base_cpu = statistics.median(c for _, c in bases)
    loads = [m for m, _ in loads]
    figures = {
        "source": source, "articles": done.articles, "claims": done.claims, "report_mb": round(size_mb, 2),
        "write_s": round(write_s, 2), "load_ms_median": round(load), "load_ms_max": round(max(loads)),
        "baseline_no_script_ms_median": round(base), "table_script_ms": round(load - base),
        "renderer_cpu_ms_median": round(load_cpu), "baseline_renderer_cpu_ms_median": round(base_cpu),
        "filter_ms": round(filter_ms), "sort_ms": round(sort_ms), "search_ms_incl_120ms_debounce": round(search_ms),
        "cpu": cpu, "load_average": os.getloadavg(),
    }
    print(f"source: {source}: {done.articles} articles, {done.claims} claims; report {size_mb:.1f} MB written in {write_s:.2f} s")
    print(f"load in Chromium on CPU {cpu} (median of {args.runs}): {load:.0f} ms (worst {max(loads):.0f} ms); "
          f"baseline without the script {base:.0f} ms, so the table costs {load - base:.0f} ms")
    print(f"renderer CPU time for the load (median): {load_cpu:.0f} ms; without the script {base_cpu:.0f} ms")
    print(f"filter {filter_ms:.0f} ms, sort by date {sort_ms:.0f} ms, search {search_ms:.0f} ms (120 ms of it the typing pause)")
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
