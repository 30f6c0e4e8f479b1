"""Cost of the claim components: words/s of the base pipeline alone and with the nlpclaims
components, in one run on the same articles.

    python benchmarks/bench_components.py --limit 300

Reads ../shared/corpora/pool/*.txt (skips with a message when absent). Single process.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

POOL = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "pool"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=300, help="number of pool articles (default 300)")
    ap.add_argument("--model", default=None, help="base pipeline (default: the embedded one)")
    ap.add_argument("--pool", default=str(POOL))
    args = ap.parse_args(argv)
    pool = Path(args.pool)
    files = sorted(pool.glob("*.txt"))[: args.limit]
    if not files:
        print(f"skipped: no articles in {pool}")
        return 0
    texts = [f.read_text("utf-8") for f in files]
    words = sum(len(t.split()) for t in texts)

    import nlpclaims
    from nlpclaims.basemodel import load_base

    base = load_base(args.model)
    full = nlpclaims.load(args.model)
    timings = {}
    for label, nlp in (("base pipeline", base), ("base + nlpclaims components", full)):
        for _ in nlp.pipe(texts[:5]):  # warm up
            pass
        start = time.process_time()
        for _ in nlp.pipe(texts, batch_size=16):
            pass
        timings[label] = time.process_time() - start
    print(f"{len(texts)} articles, {words:,} words, CPU time, one process")
    for label, seconds in timings.items():
        print(f"  {label:<30} {words / seconds:>9,.0f} words/s  ({seconds:.1f} s)")
    ratio = timings["base + nlpclaims components"] / timings["base pipeline"]
    print(f"  slowdown from the claim components: {ratio:.2f}x (target <= 1.3x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
