"""Peak memory (RSS) and time of ``nlpclaims.extract`` on one long article.

Each size runs in a fresh child process, so that the peak RSS it reports belongs to that size
alone. The article is built from repeated Dutch news paragraphs (quotes, dat-clauses,
volgens, numbers, tracked speakers).

    python benchmarks/bench_memory.py                        # 100k, 500k, 1M, 2M characters
    python benchmarks/bench_memory.py --sizes 5000000        # 5 MB: above MAX_CHARS, ValueError
    python benchmarks/bench_memory.py --model models/training/run1/model-best

Output: one line per size with characters, tokens, claims, seconds, baseline RSS after loading
the pipeline, peak RSS, and the increase (MB).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time

PARAGRAPH = (
    "De Oekraïense luchtmacht meldt dat er vannacht 72 drones zijn neergehaald boven Kyiv. "
    "„We gaan door met de steun aan Oekraïne”, zei premier Schoof maandag in Den Haag. "
    "Volgens het Kremlin zijn de gesprekken in Genève volgende week voortgezet. "
    "Zelensky zei dat de oorlog nog lang niet voorbij is. "
    "Het kabinet trekt volgend jaar 300 miljoen euro extra uit voor de zorg, aldus Pistorius. "
    "De vergadering begon om negen uur en duurde ruim vier uur.\n\n"
)


def article(chars: int) -> str:
    reps = chars // len(PARAGRAPH) + 1
    return (PARAGRAPH * reps)[:chars]


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def child(size: int, model: str | None) -> dict:
    import nlpclaims
    from nlpclaims.api import MAX_CHARS

    nlp = nlpclaims.load(model)
    nlpclaims.extract(PARAGRAPH, nlp=nlp)  # warm up
    base = _rss_mb()
    text = article(size)
    row: dict = {"chars": size, "max_chars": MAX_CHARS, "baseline_mb": round(base)}
    start = time.perf_counter()
    try:
        result = nlpclaims.extract(text, nlp=nlp)
    except ValueError as err:
        row.update(error=str(err))
        return row
    row.update(
        seconds=round(time.perf_counter() - start, 1),
        tokens=len(nlp.make_doc(text)),
        claims=len(result.claims),
        quantities=len(result.quantities),
        peak_mb=round(_rss_mb()),
    )
    row["increase_mb"] = row["peak_mb"] - row["baseline_mb"]
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 500_000, 1_000_000, 2_000_000])
    parser.add_argument("--model", default=None, help="pipeline path or package (default: nlpclaims.load())")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(child(args.child, args.model)))
        return
    for size in args.sizes:
        cmd = [sys.executable, __file__, "--child", str(size)] + (["--model", args.model] if args.model else [])
        out = subprocess.run(cmd, capture_output=True, text=True)
        if out.returncode != 0:
            print(f"{size:>10,} chars: child failed ({out.returncode}): {out.stderr.strip()[-500:]}", flush=True)
            continue
        row = json.loads(out.stdout.strip().splitlines()[-1])
        if "error" in row:
            print(f"{size:>10,} chars: ValueError: {row['error']}", flush=True)
            continue
        print(
            f"{row['chars']:>10,} chars {row['tokens']:>9,} tokens {row['claims']:>6,} claims "
            f"{row['seconds']:>7.1f} s  RSS after load {row['baseline_mb']:>5,} MB  peak {row['peak_mb']:>6,} MB  "
            f"(+{row['increase_mb']:,} MB)",
            flush=True,
        )


if __name__ == "__main__":
    main()
