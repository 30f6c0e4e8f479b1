"""Words per second of the embedded base pipeline.

Runs the embedded pipeline (or --model) over Dutch news articles from the
shared pool and, in the same run, a spacy.blank("nl") tokenizer as a baseline.
Words are non-whitespace tokens.  Single process; set OMP_NUM_THREADS=1 for
numbers comparable to docs/model.md.  Words per CPU second (time.process_time)
are reported next to wall-clock words per second, since the machine may be shared.

    python benchmarks/bench_model.py --limit 200
    python benchmarks/bench_model.py --pool /path/to/txts --limit 50 --json

When the pool directory is absent it prints the reason and exits 0.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_POOLS = [REPO.parent / "shared" / "corpora" / "pool", Path("/work/shared/corpora/pool")]


def _bench(nlp, texts: list[str], batch_size: int) -> tuple[int, float, float]:
    """Words processed, wall-clock seconds and CPU seconds of this process."""
    start, cpu_start = time.perf_counter(), time.process_time()
    words = 0
    for doc in nlp.pipe(texts, batch_size=batch_size):
        words += sum(1 for t in doc if not t.is_space)
    return words, time.perf_counter() - start, time.process_time() - cpu_start


def _share_per_component(nlp, texts: list[str], batch_size: int) -> dict[str, float]:
    """Share of the pipeline's CPU time spent in each component (run one after another)."""
    docs = [nlp.make_doc(t) for t in texts]
    cpu: dict[str, float] = {}
    for name, proc in nlp.pipeline:
        start = time.process_time()
        docs = list(proc.pipe(docs, batch_size=batch_size))
        cpu[name] = time.process_time() - start
    total = sum(cpu.values()) or 1.0
    return {name: round(sec / total, 3) for name, sec in cpu.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pool", type=Path, default=None, help="directory of *.txt articles")
    ap.add_argument("--limit", type=int, default=200, help="number of articles (default 200)")
    ap.add_argument("--model", default=None, help="pipeline path or package (default: embedded)")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(argv)

    pool = args.pool or next((p for p in DEFAULT_POOLS if p.is_dir()), None)
    if pool is None or not pool.is_dir():
        print(f"SKIPPED: news pool not found (tried {args.pool or [str(p) for p in DEFAULT_POOLS]})")
        return 0
    files = sorted(pool.glob("*.txt"))[: args.limit]
    if not files:
        print(f"SKIPPED: no *.txt files in {pool}")
        return 0
    texts = [f.read_text(encoding="utf8") for f in files]

    import spacy

    from nlpclaims.basemodel import EMBEDDED_MODEL_PATH, describe_base, load_base

    t0 = time.perf_counter()
    nlp = load_base(args.model if args.model else EMBEDDED_MODEL_PATH)
    load_s = time.perf_counter() - t0
    blank = spacy.blank("nl")
    list(nlp.pipe(texts[:3]))  # warm-up
    list(blank.pipe(texts[:3]))
    tok_words, tok_s, tok_cpu = _bench(blank, texts, args.batch_size)
    words, secs, cpu = _bench(nlp, texts, args.batch_size)
    result = {
        "pipeline": describe_base(nlp),
        "articles": len(texts),
        "words": words,
        "load_seconds": round(load_s, 2),
        "pipeline_seconds": round(secs, 2),
        "pipeline_words_per_second": round(words / secs),
        "pipeline_words_per_cpu_second": round(words / cpu),
        "tokenizer_words_per_second": round(tok_words / tok_s),
        "tokenizer_words_per_cpu_second": round(tok_words / tok_cpu),
        "cpu_share_per_component": _share_per_component(nlp, texts, args.batch_size),
    }
    if args.json:
        print(json.dumps(result))
    else:
        for k, v in result.items():
            print(f"{k:28} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
