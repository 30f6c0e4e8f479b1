"""Throughput of ``nlpclaims extract`` at 1 and 2 (or more) worker processes, in one run.

    python benchmarks/bench_batch.py [--corpus ../shared/corpora/pool] [--limit N]
        [--processes 1,2] [--batch-size 16] [--pipe-batch-size 4] [--model PATH]

Reads ``CORPUS/*.txt`` (sorted; the first N with ``--limit``), runs the same batch job
(:class:`nlpclaims.batch.Job`, JSONL output to a temporary folder) once per process count,
and prints articles/s, words/s (whitespace words of the whole file), the speed-up over the
first count, the peak RSS of every worker process (``ru_maxrss``), the CPU seconds per 1,000
words (main process plus workers; other load on the machine changes it little) and the load
average before and after each run.  The pipeline is loaded
before the clock starts (the worker processes are forked from the loaded parent), so the
figures are processing throughput; the start-up of the pool is included.
Exits 0 with a printed reason when the corpus is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_CORPUS = Path(os.environ.get("NLPCLAIMS_SHARED", Path(__file__).resolve().parents[1].parent / "shared")) / "corpora" / "pool"


def _rss_mb(kb: int) -> float:
    return kb / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=None, help="first N articles only")
    ap.add_argument("--processes", default="1,2", help="comma-separated process counts (default 1,2)")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--model", default=None, help="pipeline (default: nlpclaims.load() default)")
    ap.add_argument("--pipe-batch-size", type=int, default=None,
                    help="docs nlp.pipe runs at once inside a batch (default: nlpclaims.batch.workers.PIPE_BATCH_SIZE)")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = ap.parse_args(argv)

    files = sorted(args.corpus.glob("*.txt")) if args.corpus.is_dir() else []
    if not files:
        print(f"skipped: no *.txt articles in {args.corpus} (the shared pool corpus is absent)")
        return 0
    if args.limit:
        files = files[: args.limit]
    counts = [int(x) for x in args.processes.split(",") if x.strip()]

    training = subprocess.run(["pgrep", "-f", "spacy train"], capture_output=True, text=True).stdout.split()
    if training:
        print(f"warning: a training job is running (pids {', '.join(training)}); figures are contended",
              file=sys.stderr)

    from nlpclaims.batch import Job, get_pipeline
    from nlpclaims.batch import workers

    if args.pipe_batch_size:  # set before the workers are forked: they inherit it
        workers.PIPE_BATCH_SIZE = args.pipe_batch_size
    from nlpclaims.basemodel import describe_base

    t0 = time.perf_counter()
    nlp = get_pipeline(args.model)
    load_s = time.perf_counter() - t0
    parent_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"pipeline: {describe_base(nlp)} (loaded in {load_s:.1f} s, parent peak RSS {_rss_mb(parent_rss):.0f} MB)")
    print(f"corpus: {len(files):,} articles from {args.corpus}; cores: {os.cpu_count()}; "
          f"python {platform.python_version()}; batch size {args.batch_size}, "
          f"nlp.pipe batch size {workers.PIPE_BATCH_SIZE}")

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in counts:
            out = Path(tmp) / f"out-{n}.jsonl"
            job = Job(paths=files, output=out, model=args.model, n_process=n, batch_size=args.batch_size,
                      quiet=True)
            load_before = os.getloadavg()[0]
            ru0 = resource.getrusage(resource.RUSAGE_SELF)
            start = time.perf_counter()
            summary = job.run()
            seconds = time.perf_counter() - start
            ru1 = resource.getrusage(resource.RUSAGE_SELF)
            main_cpu = (ru1.ru_utime + ru1.ru_stime) - (ru0.ru_utime + ru0.ru_stime)
            worker_cpu = sum(cpu for pid, cpu in summary.cpu_s.items() if pid != os.getpid())
            cpu = main_cpu + worker_cpu
            n_claims = sum(len(json.loads(line)["claims"]) for line in out.open(encoding="utf-8"))
            rows.append({
                "processes": n, "articles": summary.ok, "failed": summary.failed, "words": summary.words,
                "seconds": round(seconds, 2), "articles_per_s": round(summary.ok / seconds, 2),
                "words_per_s": round(summary.words / seconds), "claims": n_claims,
                "peak_rss_mb": sorted(round(_rss_mb(kb)) for kb in summary.rss_kb.values()),
                "cpu_s": round(cpu, 1), "main_cpu_s": round(main_cpu, 1),
                "cpu_s_per_1000_words": round(1000 * cpu / max(1, summary.words), 3),
                "load_before": round(load_before, 2), "load_after": round(os.getloadavg()[0], 2),
            })
            r = rows[-1]
            print(f"  {n} process(es): {r['articles']:,} articles, {r['words']:,} words in {seconds:.1f} s: "
                  f"{r['articles_per_s']:.2f} articles/s, {r['words_per_s']:,} words/s; "
                  f"peak RSS per worker {r['peak_rss_mb']} MB; CPU {cpu:.1f} s (main {main_cpu:.1f} s), "
                  f"{r['cpu_s_per_1000_words']:.3f} CPU-s per 1000 words; {n_claims:,} claims; "
                  f"load average {r['load_before']} -> {r['load_after']}", flush=True)

    base = rows[0]
    print()
    print("| processes | articles/s | words/s | speed-up | CPU-s / 1000 words | peak RSS per worker (MB) | claims |")
    print("|---:|---:|---:|---:|---:|---|---:|")
    for r in rows:
        r["speedup"] = round(r["words_per_s"] / base["words_per_s"], 2)
        print(f"| {r['processes']} | {r['articles_per_s']:.2f} | {r['words_per_s']:,} | {r['speedup']:.2f}× | "
              f"{r['cpu_s_per_1000_words']:.3f} | {', '.join(map(str, r['peak_rss_mb']))} | {r['claims']:,} |")
    if len({r["claims"] for r in rows}) > 1:
        print("warning: the runs found different numbers of claims", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "training_running": bool(training)}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
