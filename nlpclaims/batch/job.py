"""A batch job: read the articles, run them through the workers, write every result or failure.

The job reads articles lazily (:func:`nlpclaims.io.iter_articles`), cuts them into batches of
``batch_size`` (:mod:`.reading`), runs each batch in a worker that loads the pipeline once
(:mod:`.workers`, or :mod:`.dask`), and writes each result as soon as its batch is back
(:mod:`.sinks`).  At most ``2 × workers`` batches are in flight, so memory stays bounded
whatever the corpus size.

Every input ends as one output record or one error record (``OUTPUT.errors.jsonl``), whatever
the file, and a stop signal (SIGINT, SIGTERM, SIGHUP) ends the job cleanly: the article being
written is finished, the workers are stopped, the output is closed valid and
:attr:`Summary.interrupted` names the signal; the same job with ``resume=True`` finishes it.
"""

from __future__ import annotations

import datetime as dt
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..io import OUTPUT_ERROR, Article, ReadOptions, iter_articles, reason_category
from ..schema import FailedArticle
from .reading import batches_of
from .sinks import default_errors_path, open_sink
from .workers import STOP_SIGNALS, LocalBackend, PoolBackend, get_pipeline, model_key


class Interrupted(KeyboardInterrupt):
    """A stop signal arrived; ``signum`` says which."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


class _StopSignals:
    """While active (main thread only), SIGINT, SIGTERM and SIGHUP raise :class:`Interrupted`,
    but never in the middle of writing an article: inside :meth:`writing` the signal is held
    and raised when the write is done.  A second signal while stopping is ignored."""

    def __init__(self) -> None:
        self.previous: dict[int, Any] = {}
        self.pending: int | None = None
        self.critical = False
        self.fired = False

    def __enter__(self) -> _StopSignals:
        if threading.current_thread() is threading.main_thread():
            for sig in STOP_SIGNALS:
                self.previous[sig] = signal.signal(sig, self._handle)
        return self

    def __exit__(self, *exc) -> None:
        for sig, handler in self.previous.items():
            signal.signal(sig, handler)

    def _handle(self, signum: int, frame) -> None:
        if self.fired:
            return
        if self.critical:
            self.pending = signum
            return
        self.fired = True
        raise Interrupted(signum)

    def begin(self) -> None:
        self.critical = True

    def end(self) -> None:
        self.critical = False
        if self.pending is not None and not self.fired:
            self.fired = True
            raise Interrupted(self.pending)


@dataclass
class Summary:
    """What a run did."""

    ok: int = 0
    failed: int = 0
    skipped: int = 0
    claims: int = 0
    words: int = 0
    seconds: float = 0.0
    interrupted: bool = False
    signal: str | None = None
    """The signal that stopped the run (``SIGINT``, ``SIGTERM``, ``SIGHUP``), if one did."""
    reasons: Counter = field(default_factory=Counter)
    encodings: Counter = field(default_factory=Counter)
    rss_kb: dict[int, int] = field(default_factory=dict)
    """Peak resident set size (KiB) of each worker process, by pid."""
    cpu_s: dict[int, float] = field(default_factory=dict)
    """CPU seconds (user + system) each worker process had used at its last batch, by pid."""

    @property
    def exit_code(self) -> int:
        """0 all done, 1 some input failed, 128 + signal number when stopped (130 Ctrl-C, 143 SIGTERM, 129 SIGHUP)."""
        if self.interrupted:
            return 128 + int(getattr(signal, self.signal or "SIGINT", signal.SIGINT))
        return 1 if self.failed else 0

    def line(self) -> str:
        rate = f"{self.ok / self.seconds:,.1f} articles/s, {self.words / self.seconds:,.0f} words/s" \
            if self.seconds > 0 else ""
        parts = [f"{self.ok:,} ok", f"{self.failed:,} failed"]
        if self.reasons:
            parts[-1] += " (" + ", ".join(f"{k} {v}" for k, v in sorted(self.reasons.items())) + ")"
        if self.skipped:
            parts.append(f"{self.skipped:,} skipped (already done)")
        parts.append(f"{self.claims:,} claims")
        if rate:
            parts.append(f"{self.seconds:.1f} s, {rate}")
        other = {k: v for k, v in self.encodings.items() if k not in ("utf-8",)}
        if other:
            parts.append("decoded as " + ", ".join(f"{k} {v}" for k, v in sorted(other.items())))
        head = f"interrupted by {self.signal or 'SIGINT'}: " if self.interrupted else ""
        return head + "; ".join(parts)


@dataclass
class Job:
    """One extraction run; :meth:`run` does it."""

    paths: list[Path]
    output: Path
    format: str = "jsonl"
    errors: Path | None = None
    read: ReadOptions = field(default_factory=ReadOptions)
    model: str | None = None
    speakers: str | None = None
    n_process: int = 1
    batch_size: int = 16
    resume: bool = False
    quiet: bool = False
    scheduler: str | None = None
    dask_local: int | None = None
    dask_client: Any = None
    """A ``distributed.Client`` to run on (instead of ``scheduler``/``dask_local``)."""
    run_date: dt.date | None = None
    """The date of articles whose date is not known (default: the day the run starts); recorded in the output."""
    checkpoint_seconds: float = 10.0
    """Parquet: finished rows are checkpointed to ``OUTPUT.partial/`` at least this often."""
    on_batch: Callable[[Summary], None] | None = None
    """Called after each batch is written (tests use it to interrupt a run)."""

    def _backend(self):
        model, speakers = model_key(self.model), model_key(self.speakers)
        if self.scheduler or self.dask_local or self.dask_client is not None:
            from .dask import DaskBackend

            return DaskBackend(model, speakers, self.batch_size, scheduler=self.scheduler,
                               n_workers=self.dask_local, client=self.dask_client)
        # Load here first: a missing model fails before any work, and forked workers share it.
        get_pipeline(model, speakers)
        if self.n_process > 1:
            return PoolBackend(model, speakers, self.batch_size, self.n_process)
        return LocalBackend(model, speakers, self.batch_size)

    def run(self) -> Summary:
        summary = Summary()
        output = Path(self.output)
        errors_path = Path(self.errors) if self.errors else default_errors_path(output)
        exclude = list(self.read.exclude)
        for p in (output, errors_path, output.with_name(output.name + ".partial"),
                  output.with_name(output.name + ".tmp")):
            exclude += [str(p.resolve()), str(p.resolve()) + "/*"]
        read = ReadOptions(**{**self.read.__dict__, "exclude": exclude})
        run_date = self.run_date or dt.date.today()
        signals = _StopSignals()
        backend = bar = sink = errors_fh = None
        start = time.perf_counter()
        with signals:
            try:
                sink = open_sink(self.format, output, self.resume, checkpoint_seconds=self.checkpoint_seconds)
                errors_fh = errors_path.open("w", encoding="utf-8")
                backend = self._backend()
                bar = _progress(self.quiet)

                def fail(failure: FailedArticle) -> None:
                    errors_fh.write(failure.model_dump_json() + "\n")
                    errors_fh.flush()
                    summary.failed += 1
                    summary.reasons[reason_category(failure.reason)] += 1

                def todo() -> Iterator[Article]:
                    for item in iter_articles(self.paths, read):
                        if isinstance(item, FailedArticle):
                            signals.begin()
                            fail(item)
                            signals.end()
                        elif sink.is_done(item):
                            summary.skipped += 1
                        else:
                            yield item

                for meta, outcomes, stats in backend.run(batches_of(todo(), self.batch_size, default_date=run_date)):
                    signals.begin()
                    self._record(summary, meta, outcomes, stats, sink, fail)
                    if bar is not None:
                        elapsed = max(time.perf_counter() - start, 1e-9)
                        bar.update(len(meta))
                        bar.set_postfix_str(f"{summary.words / elapsed:,.0f} words/s, {summary.failed} failed",
                                            refresh=False)
                    signals.end()
                    if self.on_batch is not None:
                        self.on_batch(summary)
            except KeyboardInterrupt as stop:
                summary.interrupted = True
                summary.signal = signal.Signals(stop.signum).name if isinstance(stop, Interrupted) else "SIGINT"
            finally:
                signals.fired = True  # from here on, a further signal is ignored: finish closing
                summary.seconds = time.perf_counter() - start
                if bar is not None:
                    bar.close()
                if backend is not None:
                    backend.close(interrupted=summary.interrupted)
                if sink is not None:
                    sink.close()
                if errors_fh is not None:
                    errors_fh.close()
        return summary

    @staticmethod
    def _record(summary: Summary, meta: list[Article], outcomes: list, stats: dict, sink, fail) -> None:
        if stats.get("pid"):
            pid = stats["pid"]
            summary.rss_kb[pid] = max(summary.rss_kb.get(pid, 0), stats.get("maxrss_kb", 0))
            summary.cpu_s[pid] = max(summary.cpu_s.get(pid, 0.0), stats.get("cpu_s", 0.0))
        for article, outcome in zip(meta, outcomes):
            if isinstance(outcome, FailedArticle):
                fail(outcome)
                continue
            try:
                sink.write(article, outcome)
            except (ValueError, TypeError, UnicodeError) as err:  # this article only; OSError stops the run
                msg = " ".join(str(err).split())[:300]
                fail(FailedArticle(id=article.id, reason=f"{OUTPUT_ERROR}: {type(err).__name__}: {msg}"))
                continue
            summary.ok += 1
            summary.claims += len(outcome.claims)
            summary.words += article.words
            summary.encodings[article.encoding or "?"] += 1


def _progress(quiet: bool):
    if quiet:
        return None
    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread (worker processes are forked)
    return tqdm(unit=" articles", desc="nlpclaims", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)

