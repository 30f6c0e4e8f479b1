"""Worker side of a batch job: the pipeline per process, one batch at a time, and the backends
that run batches in this process or in a pool of worker processes.

Workers return typed results (:class:`~nlpclaims.schema.ArticleClaims`, pickled), never spaCy
Docs: the custom Doc extensions hold pydantic objects in ``doc.user_data`` that spaCy's own
``n_process`` transport (``Doc.to_bytes``, msgpack) cannot carry, and results are much smaller.

Worker processes never outlive the process that started them, whatever ends it (Ctrl-C,
``kill``, ``kill -9``, the OOM killer): on Linux each asks the kernel for SIGKILL when its
parent dies (``prctl(PR_SET_PDEATHSIG)``), and on every platform a watch thread ends the worker
within a second once its parent is gone.  Workers ignore SIGINT, SIGTERM and SIGHUP (a terminal
or a scheduler sends those to the whole process group): the parent decides and stops them.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..io import PIPELINE_ERROR, Article
from ..schema import ArticleClaims, FailedArticle

Batch = tuple[list[Article], list["Task"]]
BatchResult = tuple[list[Article], list[ArticleClaims | FailedArticle], dict]

PIPE_BATCH_SIZE = 4
"""Docs that ``nlp.pipe`` runs through the model at once inside a batch.  Four keeps a worker's
peak memory ~130 MB lower than sixteen, at the same speed on CPU (docs/performance.md)."""

STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))
"""The signals that stop a job cleanly (handled by the parent, ignored by workers)."""


def model_key(value: Any) -> str | None:
    """A model or speakers argument as a cache key: an existing path made absolute."""
    if value is None:
        return None
    path = Path(str(value)).expanduser()
    return str(path.resolve()) if path.exists() else str(value)


@lru_cache(maxsize=4)
def _cached_pipeline(model: str | None, speakers: str | None):
    from ..api import load

    return load(model, speakers)


def get_pipeline(model: str | os.PathLike[str] | None = None, speakers: str | os.PathLike[str] | None = None):
    """The nlpclaims pipeline for (model, speakers), loaded once per process and cached."""
    return _cached_pipeline(model_key(model), model_key(speakers))


@dataclass
class Task:
    """What a worker needs of an article (picklable, small); ``date`` is already resolved."""

    id: str
    text: str
    date: dt.date


def _usage() -> dict:
    """This process's pid, peak RSS (KiB on Linux) and CPU seconds so far."""
    try:
        import resource

        ru = resource.getrusage(resource.RUSAGE_SELF)
        return {"pid": os.getpid(), "maxrss_kb": int(ru.ru_maxrss), "cpu_s": ru.ru_utime + ru.ru_stime}
    except ImportError:  # pragma: no cover - not on POSIX
        return {"pid": os.getpid(), "maxrss_kb": 0, "cpu_s": 0.0}


def _failure(task: Task, err: BaseException) -> FailedArticle:
    msg = " ".join(str(err).split())[:300]
    return FailedArticle(id=task.id, reason=f"{PIPELINE_ERROR}: {type(err).__name__}: {msg}")


def process_batch(tasks: list[Task], model: str | None = None, speakers: str | None = None,
                  batch_size: int = 16) -> tuple[list[ArticleClaims | FailedArticle], dict]:
    """Run one batch through the pipeline: a result or a failure per task, plus worker stats."""
    from ..api import doc_to_result, make_doc

    nlp = get_pipeline(model, speakers)
    try:
        docs = [make_doc(nlp, t.text, date=t.date, article_id=t.id) for t in tasks]
        outcomes: list[ArticleClaims | FailedArticle] = [
            doc_to_result(doc, nlp=nlp) for doc in nlp.pipe(docs, batch_size=min(batch_size, PIPE_BATCH_SIZE))]
    except Exception:
        # Find the article(s) at fault: one at a time.
        outcomes = []
        for t in tasks:
            try:
                doc = nlp(make_doc(nlp, t.text, date=t.date, article_id=t.id))
                outcomes.append(doc_to_result(doc, nlp=nlp))
            except Exception as err:  # noqa: BLE001 - reported, processing continues
                outcomes.append(_failure(t, err))
    return outcomes, _usage()


# --------------------------------------------------------------------------- dying with the parent


def bind_to_parent(parent_pid: int) -> None:
    """End this process when ``parent_pid`` (its parent) ends, however it ends.

    Linux: ``prctl(PR_SET_PDEATHSIG, SIGKILL)``; everywhere: a daemon thread that checks once a
    second that the parent is still this process's parent and exits otherwise.
    """
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            PR_SET_PDEATHSIG = 1
            libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
        except (OSError, AttributeError):  # pragma: no cover - no libc prctl: the watch thread remains
            pass
    if os.getppid() != parent_pid:  # the parent died before the request was made
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watch, name="nlpclaims-parent-watch", daemon=True).start()


def _init_worker(model: str | None, speakers: str | None, parent_pid: int) -> None:
    for sig in STOP_SIGNALS:  # the parent handles these and stops the workers itself
        signal.signal(sig, signal.SIG_IGN)
    bind_to_parent(parent_pid)
    get_pipeline(model, speakers)


# --------------------------------------------------------------------------- backends


class LocalBackend:
    """Everything in this process."""

    workers = 1

    def __init__(self, model: str | None, speakers: str | None, batch_size: int):
        self.model, self.speakers, self.batch_size = model, speakers, batch_size

    def run(self, batches: Iterable[Batch]) -> Iterator[BatchResult]:
        for meta, tasks in batches:
            outcomes, stats = process_batch(tasks, self.model, self.speakers, self.batch_size)
            yield meta, outcomes, stats

    def close(self, interrupted: bool = False) -> None:
        pass


class PoolBackend:
    """``n_process`` worker processes, each loading the pipeline once; bounded in-flight batches.

    If a worker process dies (killed for memory, a crash in native code), the pool is restarted
    and the batches that were in flight are run again one article at a time; an article that
    kills a worker again is reported as a ``pipeline-error`` and the run goes on.
    """

    def __init__(self, model: str | None, speakers: str | None, batch_size: int, n_process: int):
        import multiprocessing as mp

        self.model, self.speakers, self.batch_size, self.workers = model, speakers, batch_size, n_process
        method = "fork" if sys.platform.startswith("linux") else None
        self.ctx = mp.get_context(method)
        self.restarts = 0
        self.executor = self._new_executor()

    def _new_executor(self):
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(max_workers=self.workers, mp_context=self.ctx, initializer=_init_worker,
                                   initargs=(self.model, self.speakers, os.getpid()))

    def _restart(self) -> None:
        self._stop(terminate=True)
        self.restarts += 1
        self.executor = self._new_executor()

    def _submit(self, tasks: list[Task]):
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self.executor.submit(process_batch, tasks, self.model, self.speakers, self.batch_size)
        except BrokenProcessPool as err:  # a worker died since the last result: handled in _take
            fut: Future = Future()
            fut.set_exception(err)
            return fut

    def run(self, batches: Iterable[Batch]) -> Iterator[BatchResult]:
        window: deque = deque()
        limit = 2 * self.workers
        for meta, tasks in batches:
            window.append((meta, tasks, self._submit(tasks)))
            while len(window) >= limit:
                yield from self._take(window)
        while window:
            yield from self._take(window)

    def _take(self, window: deque) -> Iterator[BatchResult]:
        from concurrent.futures.process import BrokenProcessPool

        meta, tasks, fut = window.popleft()
        try:
            outcomes, stats = fut.result()
        except BrokenProcessPool:
            pending = [(meta, tasks, fut)] + list(window)
            window.clear()
            finished, suspects = [], []
            for m, t, f in pending:
                try:
                    finished.append((m, *f.result(timeout=0)))
                except Exception:  # noqa: BLE001 - broken, cancelled or not done: run again
                    suspects.append((m, t))
            self._restart()
            yield from finished
            for m, t in suspects:
                yield self._one_by_one(m, t)
            return
        yield meta, outcomes, stats

    def _one_by_one(self, meta: list[Article], tasks: list[Task]) -> BatchResult:
        from concurrent.futures.process import BrokenProcessPool

        outcomes: list[ArticleClaims | FailedArticle] = []
        stats: dict = {}
        for task in tasks:
            try:
                out, stats = self._submit([task]).result()
                outcomes.extend(out)
            except BrokenProcessPool:
                self._restart()
                outcomes.append(FailedArticle(
                    id=task.id, reason=f"{PIPELINE_ERROR}: the worker process died (out of memory or a crash)"))
        return meta, outcomes, stats

    def _stop(self, terminate: bool) -> None:
        procs = list((getattr(self.executor, "_processes", None) or {}).values())
        if not terminate:
            self.executor.shutdown(wait=True)
            return
        # Workers ignore the stop signals: kill them, do not wait for batches nobody will read.
        for proc in procs:
            if proc.is_alive():
                proc.kill()
        self.executor.shutdown(wait=False, cancel_futures=True)
        for proc in procs:
            proc.join(timeout=5)

    def close(self, interrupted: bool = False) -> None:
        self._stop(terminate=interrupted)
