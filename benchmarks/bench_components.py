"""Cost of the claim components: words/s of the base pipeline alone and with the nlpclaims
components, in one run on the same articles.

    python benchmarks/bench_components.py --limit 300
    python benchmarks/bench_components.py --limit 150 --each
    python benchmarks/bench_components.py --limit 300 --trees OLD_TREE NEW_TREE --rounds 2

Reads ../shared/corpora/pool/*.txt (skips with a message when absent). Single process, CPU time.
``--each`` also times each nlpclaims component on its own, on docs the base pipeline made.
With ``--trees`` the same measurement runs for each source tree (a checkout of this repository)
in its own process, the trees taking turns for ``--rounds`` rounds, and the report compares the
slowdown from the claim components (full/base) of each tree, measured side by side.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

POOL = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "pool"


def measure(files: list[Path], model: str | None) -> dict[str, float]:
    """CPU seconds of the base pipeline and of the full pipeline over ``files``, and the words."""
    texts = [f.read_text("utf-8") for f in files]
    words = sum(len(t.split()) for t in texts)

    import nlpclaims
    from nlpclaims.basemodel import load_base

    base = load_base(model)
    full = nlpclaims.load(model)
    timings = {"words": float(words)}
    for label, nlp in (("base", base), ("full", full)):
        for _ in nlp.pipe(texts[:5]):  # warm up
            pass
        start = time.process_time()
        for _ in nlp.pipe(texts, batch_size=16):
            pass
        timings[label] = time.process_time() - start
    return timings


def measure_each(files: list[Path], model: str | None) -> dict[str, float]:
    """CPU seconds of each nlpclaims component over ``files`` (the base pipeline run first, untimed)."""
    texts = [f.read_text("utf-8") for f in files]

    import nlpclaims

    nlp = nlpclaims.load(model)
    names = [name for name in nlp.pipe_names if name.startswith("nlpclaims")]
    with nlp.select_pipes(disable=names):
        docs = list(nlp.pipe(texts, batch_size=16))
    timings = dict.fromkeys(names, 0.0)
    for doc in docs:
        for name in names:
            start = time.process_time()
            doc = nlp.get_pipe(name)(doc)
            timings[name] += time.process_time() - start
    return timings


def _report(label: str, t: dict[str, float]) -> float:
    ratio = t["full"] / t["base"]
    share = (t["full"] - t["base"]) / t["base"]
    print(f"  {label}")
    print(f"    base pipeline                {t['words'] / t['base']:>9,.0f} words/s  ({t['base']:.1f} s)")
    print(f"    base + nlpclaims components  {t['words'] / t['full']:>9,.0f} words/s  ({t['full']:.1f} s)")
    print(f"    slowdown {ratio:.3f}x (full/base {1 / ratio:.3f}); claim components {share:.1%} of the base pipeline's time")
    return ratio


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=300, help="number of pool articles (default 300)")
    ap.add_argument("--model", default=None, help="base pipeline (default: the embedded one)")
    ap.add_argument("--pool", default=str(POOL))
    ap.add_argument("--trees", nargs="+", default=None, help="source trees to compare, each in its own process")
    ap.add_argument("--rounds", type=int, default=1, help="with --trees: rounds of taking turns (default 1)")
    ap.add_argument("--each", action="store_true", help="also time each nlpclaims component on its own")
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    pool = Path(args.pool)
    files = sorted(pool.glob("*.txt"))[: args.limit]
    if not files:
        print(f"skipped: no articles in {pool}")
        return 0
    if args.trees:
        return _compare(args, files)
    t = measure(files, args.model)
    if args.json:
        print(json.dumps(t))
        return 0
    print(f"{len(files)} articles, {t['words']:,.0f} words, CPU time, one process")
    ratio = _report("this tree", t)
    print(f"  slowdown from the claim components: {ratio:.2f}x, full/base {1 / ratio:.2f} (target >= 0.80)")
    if args.each:
        print("  each component alone (CPU s, after the base pipeline):")
        for name, seconds in measure_each(files, args.model).items():
            print(f"    {name:<24} {seconds:6.2f} s  ({seconds / t['base']:.1%} of the base pipeline)")
    return 0


def _compare(args: argparse.Namespace, files: list[Path]) -> int:
    totals: dict[str, dict[str, float]] = {}
    for r in range(args.rounds):
        for tree in args.trees:
            env = dict(os.environ, PYTHONPATH=str(Path(tree).resolve()))
            cmd = [sys.executable, str(Path(__file__).resolve()), "--limit", str(args.limit), "--pool", args.pool, "--json"]
            if args.model:
                cmd += ["--model", args.model]
            out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
            t = json.loads(out)
            acc = totals.setdefault(tree, {"words": t["words"], "base": 0.0, "full": 0.0})
            acc["base"] += t["base"]
            acc["full"] += t["full"]
            print(f"round {r + 1}, {tree}: slowdown {t['full'] / t['base']:.3f}x", flush=True)
    words = next(iter(totals.values()))["words"]
    print(f"{len(files)} articles, {words:,.0f} words, CPU time summed over {args.rounds} round(s), one process each")
    for tree, t in totals.items():
        _report(tree, {"words": t["words"] * args.rounds, "base": t["base"], "full": t["full"]})
    return 0


if __name__ == "__main__":
    sys.exit(main())
