"""nlpclaims' number reading on other projects' Dutch test suites (``../shared/corpora/external-numbers``).

Runs the corpus' own runner (``run_external.py``: extraction on each case in running text, plus the
normaliser alone) and prints one row per suite:

* ``claimed``: expected numbers of the categories docs/quantities.md claims, that count something
  (the runner's ``categorize()`` and ``has_counted_noun()``), read with the right value;
* ``wrong``: expected numbers of any category that the pipeline outputs with another value (a silent
  wrong value); numbers of a category the docs leave out on purpose are not counted here;
* ``parse``: the normaliser alone on the expected surface text.

Convention applied on top of the runner (see docs/quantities.md): a written range is one quantity
(value = lower end, with lower/upper); where a source annotates only one end of the range
(``acht tot tien voet`` → 10), the prediction counts as right when that end is its lower or upper bound.
Documented decisions that the runner scores as wrong values are listed in ``DECIDED`` and reported
apart.

Usage::

    python benchmarks/bench_external_numbers.py [--pipelines extract,blank] [--mode carrier]

Without the shared corpus (or ``NLPCLAIMS_EXTERNAL_NUMBERS`` pointing at it) it prints ``skipped: …``.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import os
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: Forms the runner scores as a wrong value that docs/quantities.md decides otherwise.
DECIDED: list[tuple[str, str]] = [
    (r"^\d+ en \d+$", "digits joined by 'en' are two numbers ('3 en 30' is not 33)"),
    (r"^\d+ m$", "'m' after a number is metre, not minute"),
]


def find_corpus() -> Path | None:
    env = os.environ.get("NLPCLAIMS_EXTERNAL_NUMBERS")
    cands = [Path(env)] if env else []
    cands.append(ROOT.parent / "shared" / "corpora" / "external-numbers")
    for c in cands:
        if (c / "run_external.py").exists() and (c / "cases").is_dir():
            return c
    return None


def _close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= 1e-6 * max(1.0, abs(b))


def range_end(row: dict) -> bool:
    """A range prediction whose lower or upper bound is the single number the source annotated."""
    p = row.get("pred") or {}
    e = row["expected"]
    return row["status"] == "wrong_value" and (_close(p.get("upper"), e["value"]) or _close(p.get("lower"), e["value"])) \
        and e["text"].strip().lower() in (p.get("text") or "").lower()


def decided(row: dict) -> str | None:
    for rx, why in DECIDED:
        if re.search(rx, row["expected"]["text"].strip().lower()):
            return why
    return None


def run(corpus: Path, pipelines: str) -> Path:
    spec = importlib.util.spec_from_file_location("run_external", corpus / "run_external.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    out = Path(tempfile.mkdtemp(prefix="external-numbers-"))
    with contextlib.redirect_stdout(io.StringIO()):
        mod.main(["--out", str(out), "--pipelines", pipelines])
    return out


def table(items: list[dict], mode: str) -> dict:
    """Per-suite figures for one pipeline/mode."""
    per: dict[str, dict] = defaultdict(lambda: defaultdict(int))
    wrong_rows: list[dict] = []
    decided_rows: list[dict] = []
    for r in items:
        if r["mode"] not in (mode, "parse"):
            continue
        suite = r["id"].rsplit("-", 1)[0]
        d = per[suite]
        if r["mode"] == "parse":
            d["parse_n"] += 1
            d["parse_ok"] += r["status"] == "ok"
            continue
        ok = r["status"] == "ok" or range_end(r)
        d["n"] += 1
        if r["scope"] == "claimed" and r.get("has_noun"):
            d["claimed_n"] += 1
            d["claimed_ok"] += ok
        if r["status"] == "wrong_value" and not ok and r["scope"] != "excluded":
            why = decided(r)
            if why:
                d["decided"] += 1
                decided_rows.append(r)
            else:
                d["wrong"] += 1
                wrong_rows.append(r)
    return {"suites": per, "wrong": wrong_rows, "decided": decided_rows}


def _ratio(a: int, b: int) -> str:
    return f"{a}/{b} {a / b:.3f}" if b else "-"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pipelines", default="extract,blank")
    ap.add_argument("--mode", default="carrier", choices=["raw", "carrier", "final"])
    args = ap.parse_args(argv)
    corpus = find_corpus()
    if corpus is None:
        print("skipped: ../shared/corpora/external-numbers not found (set NLPCLAIMS_EXTERNAL_NUMBERS)")
        return 0
    t0 = time.time()
    out = run(corpus, args.pipelines)
    items = [json.loads(line) for line in open(out / "items.jsonl", encoding="utf-8")]
    for pipe in args.pipelines.split(","):
        mode = f"{pipe}/{args.mode}"
        res = table(items, mode)
        per = res["suites"]
        print(f"\n{mode}: values right in claimed categories with a counted noun; silent wrong values")
        print(f"{'suite':22s} {'expected':>8s} {'claimed right':>18s} {'wrong':>5s} {'decided':>7s} {'parse':>16s}")
        tot = defaultdict(int)
        sub = defaultdict(int)
        for suite in sorted(per):
            d = per[suite]
            print(f"{suite:22s} {d['n']:8d} {_ratio(d['claimed_ok'], d['claimed_n']):>18s} {d['wrong']:5d} "
                  f"{d['decided']:7d} {_ratio(d['parse_ok'], d['parse_n']):>16s}")
            for k, v in d.items():
                tot[k] += v
                if suite.startswith(("rt_", "dk_")):
                    sub[k] += v
        for name, d in (("all", tot), ("Recognizers+Duckling", sub)):
            print(f"{name:22s} {d['n']:8d} {_ratio(d['claimed_ok'], d['claimed_n']):>18s} {d['wrong']:5d} "
                  f"{d['decided']:7d} {_ratio(d['parse_ok'], d['parse_n']):>16s}")
        for r in res["wrong"]:
            p = r["pred"]
            print(f"  wrong: {r['id']} {r['expected']['text']!r} = {r['expected']['value']} -> {p['text']!r} = {p['value']}")
        for r in res["decided"]:
            print(f"  decided: {r['id']} {r['expected']['text']!r}: {decided(r)}")
    print(f"\n{time.time() - t0:.0f} s; runner output in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
