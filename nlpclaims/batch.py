"""Batch extraction: many article files to one output, in parallel, resumable, nothing lost.

The job reads articles lazily (:func:`nlpclaims.io.iter_articles`), cuts them into batches of
``batch_size``, runs each batch through ``nlp.pipe`` in a worker that loads the pipeline once
(:func:`get_pipeline`), and writes each result as soon as its batch is back.  At most
``2 × workers`` batches are in flight, so memory stays bounded whatever the corpus size.

Backends: in-process (``n_process=1``), a pool of ``n_process`` worker processes (fork on
Linux), or Dask distributed (:mod:`nlpclaims.distributed`).  Workers return typed results
(:class:`~nlpclaims.schema.ArticleClaims`, pickled), never spaCy Docs: the custom Doc
extensions hold pydantic objects in ``doc.user_data`` that spaCy's own ``n_process`` transport
(``Doc.to_bytes``, msgpack) cannot carry, and shipping results is much cheaper than Docs.

Output formats (see ``docs/cli.md``):

``jsonl``
    One :class:`~nlpclaims.schema.ArticleClaims` JSON object per line, appended and flushed as
    each article finishes.  ``--resume`` reads the (id, sha1) pairs already there.
``csv`` / ``parquet``
    One row per claim, with the columns in :data:`COLUMNS`; an article without claims gets a
    single row whose claim columns are empty, so every processed article is in the table (and
    ``--resume`` can tell which are done).  CSV is appended and flushed per article; Parquet
    is written in row groups to ``OUTPUT.partial`` and moved into place when the run ends
    (also on Ctrl-C); on ``--resume`` the existing rows are copied first.
``claimgold``
    ``OUTPUT/<relative path without suffix>.json`` per article (JSON lines: ``<path without
    suffix>/<id or line>.json``), the shape ``claimgold.py score`` reads.  ``--resume`` skips
    articles whose file exists.

Table columns (:data:`COLUMNS`), one row per claim:

=================  ========  =====================================================================
column             type      meaning
=================  ========  =====================================================================
article_id         string    the article id (relative path, ``path#id`` or ``path:line``)
article_date       date      the article date used for dated roles (empty: none)
article_sha1       string    SHA-1 of the article text (UTF-8)
text_length        int       article length in characters
encoding           string    how the file was decoded: utf-8, utf-8-sig, utf-16, cp1252
model              string    the base pipeline that produced the result
n_claims           int       number of claims in the article
claim_id           string    claim id within the article (c0, c1, ...); empty: article without claims
kind               string    direct | indirect
speaker            string    speaker id, or ``unknown``
speaker_name       string    display name of the speaker
speaker_mention    string    the words the speaker was resolved from
cue                string    the attribution cue (zei, volgens, ...)
text               string    the claim content
start, end         int       character offsets of the content in the article text
sentence_start     int       start of the first sentence of the claim
sentence_end       int       end of the last sentence of the claim
confidence         float     0..1
quantities         string    JSON list of the quantities in the claim: {text, value, unit, approximate}
=================  ========  =====================================================================
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import signal
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .io import PIPELINE_ERROR, Article, ReadOptions, iter_articles, reason_category
from .schema import ArticleClaims, FailedArticle

FORMATS = ("jsonl", "parquet", "csv", "claimgold")

COLUMNS: tuple[tuple[str, str], ...] = (
    ("article_id", "string"), ("article_date", "date"), ("article_sha1", "string"),
    ("text_length", "int"), ("encoding", "string"), ("model", "string"), ("n_claims", "int"),
    ("claim_id", "string"), ("kind", "string"), ("speaker", "string"), ("speaker_name", "string"),
    ("speaker_mention", "string"), ("cue", "string"), ("text", "string"), ("start", "int"),
    ("end", "int"), ("sentence_start", "int"), ("sentence_end", "int"), ("confidence", "float"),
    ("quantities", "string"),
)
"""The columns of the CSV and Parquet outputs, with their types."""
COLUMN_NAMES = tuple(name for name, _ in COLUMNS)


# --------------------------------------------------------------------------- workers


def _key(value: Any) -> str | None:
    if value is None:
        return None
    path = Path(str(value)).expanduser()
    return str(path.resolve()) if path.exists() else str(value)


@lru_cache(maxsize=4)
def _cached_pipeline(model: str | None, speakers: str | None):
    from .api import load

    return load(model, speakers)


def get_pipeline(model: str | os.PathLike[str] | None = None, speakers: str | os.PathLike[str] | None = None):
    """The nlpclaims pipeline for (model, speakers), loaded once per process and cached."""
    return _cached_pipeline(_key(model), _key(speakers))


@dataclass
class Task:
    """What a worker needs of an article (picklable, small)."""

    id: str
    text: str
    date: dt.date | None


def _usage() -> dict:
    """This process's pid, peak RSS (KiB on Linux) and CPU seconds so far."""
    try:
        import resource

        ru = resource.getrusage(resource.RUSAGE_SELF)
        return {"pid": os.getpid(), "maxrss_kb": int(ru.ru_maxrss), "cpu_s": ru.ru_utime + ru.ru_stime}
    except Exception:  # pragma: no cover - not on POSIX
        return {"pid": os.getpid(), "maxrss_kb": 0, "cpu_s": 0.0}


def process_batch(tasks: list[Task], model: str | None = None, speakers: str | None = None,
                  batch_size: int = 16) -> tuple[list[ArticleClaims | FailedArticle], dict]:
    """Run one batch through the pipeline: a result or a failure per task, plus worker stats."""
    from .api import doc_to_result, make_doc

    nlp = get_pipeline(model, speakers)
    outcomes: list[ArticleClaims | FailedArticle] = []
    try:
        docs = [make_doc(nlp, t.text, date=t.date, article_id=t.id) for t in tasks]
        outcomes = [doc_to_result(doc, nlp=nlp) for doc in nlp.pipe(docs, batch_size=batch_size)]
    except Exception:
        # Find the article(s) at fault: one at a time.
        outcomes = []
        for t in tasks:
            try:
                doc = nlp(make_doc(nlp, t.text, date=t.date, article_id=t.id))
                outcomes.append(doc_to_result(doc, nlp=nlp))
            except Exception as err:  # noqa: BLE001 - reported, processing continues
                msg = " ".join(str(err).split())[:300]
                outcomes.append(FailedArticle(id=t.id, reason=f"{PIPELINE_ERROR}: {type(err).__name__}: {msg}"))
    return outcomes, _usage()


def _init_worker(model: str | None, speakers: str | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    get_pipeline(model, speakers)


# --------------------------------------------------------------------------- backends

Batch = tuple[list[Article], list[Task]]
BatchResult = tuple[list[Article], list[ArticleClaims | FailedArticle], dict]


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

        return ProcessPoolExecutor(max_workers=self.workers, mp_context=self.ctx,
                                   initializer=_init_worker, initargs=(self.model, self.speakers))

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
        procs = list((getattr(self.executor, "_processes", None) or {}).values()) if terminate else []
        self.executor.shutdown(wait=not terminate, cancel_futures=True)
        for proc in procs:  # do not wait for batches nobody will read
            if proc.is_alive():
                proc.terminate()

    def close(self, interrupted: bool = False) -> None:
        self._stop(terminate=interrupted)


def batches_of(items: Iterable[Article], size: int) -> Iterator[Batch]:
    """Lists of ``size`` articles with their worker tasks."""
    meta: list[Article] = []
    for article in items:
        meta.append(article)
        if len(meta) >= size:
            yield _split(meta)
            meta = []
    if meta:
        yield _split(meta)


def _split(articles: list[Article]) -> Batch:
    tasks = [Task(a.id, a.text, a.date) for a in articles]
    for a in articles:  # the text travels with the task only; keep the metadata
        a.text = ""
    return articles, tasks


# --------------------------------------------------------------------------- sinks


def claim_rows(result: ArticleClaims, encoding: str | None = None) -> list[dict]:
    """The table rows of one result (see :data:`COLUMNS`)."""
    base = {"article_id": result.id, "article_date": result.date, "article_sha1": result.sha1,
            "text_length": result.text_length, "encoding": encoding, "model": result.model,
            "n_claims": len(result.claims)}
    if not result.claims:
        return [{**{name: None for name in COLUMN_NAMES}, **base}]
    rows = []
    for c in result.claims:
        quantities = [{"text": q.text, "value": q.value, "unit": q.unit, "approximate": q.approximate}
                      for q in c.quantities]
        rows.append({**base, "claim_id": c.id, "kind": c.kind, "speaker": c.speaker,
                     "speaker_name": c.speaker_name, "speaker_mention": c.speaker_mention, "cue": c.cue,
                     "text": c.text, "start": c.start, "end": c.end, "sentence_start": c.sentence_start,
                     "sentence_end": c.sentence_end, "confidence": c.confidence,
                     "quantities": json.dumps(quantities, ensure_ascii=False)})
    return rows


def _truncate_partial_line(path: Path) -> None:
    """Drop an unfinished last line (a killed writer) so that appending stays valid."""
    with path.open("rb+") as fh:
        fh.seek(0, os.SEEK_END)
        size = fh.tell()
        if size == 0:
            return
        fh.seek(size - 1)
        if fh.read(1) == b"\n":
            return
        pos = size
        chunk = 65536
        while pos > 0:
            start = max(0, pos - chunk)
            fh.seek(start)
            data = fh.read(pos - start)
            idx = data.rfind(b"\n")
            if idx >= 0:
                fh.truncate(start + idx + 1)
                return
            pos = start
        fh.truncate(0)


class Sink:
    """Where results go."""

    path: Path

    def is_done(self, article: Article) -> bool:
        return False

    def write(self, article: Article, result: ArticleClaims) -> None:
        raise NotImplementedError

    def close(self) -> None:
        pass


class JsonlSink(Sink):
    def __init__(self, path: Path, resume: bool):
        self.path = path
        self.done: set[tuple[str | None, str | None]] = set()
        if resume and path.exists():
            _truncate_partial_line(path)
            with path.open(encoding="utf-8") as fh:
                for line in fh:
                    try:
                        obj = json.loads(line)
                        self.done.add((obj.get("id"), obj.get("sha1")))
                    except (json.JSONDecodeError, AttributeError):
                        continue
        self.fh = path.open("a" if resume else "w", encoding="utf-8")

    def is_done(self, article: Article) -> bool:
        return (article.id, article.sha1) in self.done

    def write(self, article: Article, result: ArticleClaims) -> None:
        self.fh.write(result.model_dump_json() + "\n")
        self.fh.flush()

    def close(self) -> None:
        self.fh.close()


class CsvSink(Sink):
    def __init__(self, path: Path, resume: bool):
        self.path = path
        self.done: set[tuple[str, str]] = set()
        has_header = False
        if resume and path.exists() and path.stat().st_size:
            _truncate_partial_line(path)
            with path.open(encoding="utf-8", newline="") as fh:
                reader = csv.DictReader(fh)
                has_header = reader.fieldnames is not None
                for row in reader:
                    self.done.add((row.get("article_id"), row.get("article_sha1")))
        self.fh = path.open("a" if resume else "w", encoding="utf-8", newline="")
        self.writer = csv.DictWriter(self.fh, fieldnames=COLUMN_NAMES)
        if not has_header:
            self.writer.writeheader()
            self.fh.flush()

    def is_done(self, article: Article) -> bool:
        return (article.id, article.sha1) in self.done

    def write(self, article: Article, result: ArticleClaims) -> None:
        rows = claim_rows(result, article.encoding)
        for row in rows:
            if row["article_date"] is not None:
                row["article_date"] = row["article_date"].isoformat()
        self.writer.writerows(rows)
        self.fh.flush()

    def close(self) -> None:
        self.fh.close()


def arrow_schema():
    import pyarrow as pa

    types = {"string": pa.string(), "date": pa.date32(), "int": pa.int64(), "float": pa.float64()}
    return pa.schema([(name, types[kind]) for name, kind in COLUMNS])


class ParquetSink(Sink):
    """Row groups to ``PATH.partial``; on close (also after Ctrl-C) moved to ``PATH``."""

    def __init__(self, path: Path, resume: bool, rows_per_group: int = 5000):
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as err:  # pragma: no cover - depends on the environment
            raise RuntimeError("--format parquet needs pyarrow: pip install 'nlpclaims[parquet]'") from err
        self.pa, self.pq = pa, pq
        self.path = path
        self.partial = path.with_name(path.name + ".partial")
        self.schema = arrow_schema()
        self.rows: list[dict] = []
        self.rows_per_group = rows_per_group
        self.done: set[tuple[str, str]] = set()
        self.writer = pq.ParquetWriter(str(self.partial), self.schema)
        if resume and path.exists():
            old = pq.ParquetFile(str(path))
            for i in range(old.num_row_groups):
                table = old.read_row_group(i)
                self.writer.write_table(table.select(list(COLUMN_NAMES)).cast(self.schema))
                for aid, sha in zip(table.column("article_id").to_pylist(), table.column("article_sha1").to_pylist()):
                    self.done.add((aid, sha))

    def is_done(self, article: Article) -> bool:
        return (article.id, article.sha1) in self.done

    def write(self, article: Article, result: ArticleClaims) -> None:
        self.rows.extend(claim_rows(result, article.encoding))
        if len(self.rows) >= self.rows_per_group:
            self._flush()

    def _flush(self) -> None:
        if self.rows:
            self.writer.write_table(self.pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        self._flush()
        self.writer.close()
        os.replace(self.partial, self.path)


class ClaimgoldSink(Sink):
    def __init__(self, path: Path, resume: bool):
        from .claimgold import to_claimgold

        self.to_claimgold = to_claimgold
        self.path = path
        self.resume = resume
        self.written: dict[Path, str] = {}
        path.mkdir(parents=True, exist_ok=True)

    def _target(self, article: Article) -> Path:
        return self.path / f"{article.target or article.id}.json"

    def is_done(self, article: Article) -> bool:
        return self.resume and self._target(article).is_file()

    def write(self, article: Article, result: ArticleClaims) -> None:
        target = self._target(article)
        if self.written.get(target, article.id) != article.id:
            # x.txt and x.html in one folder: the second keeps its suffix (OUT/x.html.json)
            target = self.path / f"{article.id.replace('#', '/').replace(':', '/')}.json"
        self.written[target] = article.id
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_text(json.dumps(self.to_claimgold(result, article.doc_name or article.id),
                                  ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, target)


def open_sink(fmt: str, path: Path, resume: bool) -> Sink:
    """The writer for ``fmt`` at ``path`` (``resume``: keep and extend what is there)."""
    if fmt == "jsonl":
        return JsonlSink(path, resume)
    if fmt == "csv":
        return CsvSink(path, resume)
    if fmt == "parquet":
        return ParquetSink(path, resume)
    if fmt == "claimgold":
        return ClaimgoldSink(path, resume)
    raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")


def default_errors_path(output: Path) -> Path:
    """``OUTPUT.errors.jsonl`` (the output's own suffix dropped: ``out.jsonl`` → ``out.errors.jsonl``)."""
    if output.suffix.lower() in (".jsonl", ".csv", ".parquet", ".json"):
        return output.with_name(output.stem + ".errors.jsonl")
    return output.with_name(output.name + ".errors.jsonl")


# --------------------------------------------------------------------------- the job


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
    reasons: Counter = field(default_factory=Counter)
    encodings: Counter = field(default_factory=Counter)
    rss_kb: dict[int, int] = field(default_factory=dict)
    """Peak resident set size (KiB) of each worker process, by pid."""
    cpu_s: dict[int, float] = field(default_factory=dict)
    """CPU seconds (user + system) each worker process had used at its last batch, by pid."""

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return 130
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
        return ("interrupted: " if self.interrupted else "") + "; ".join(parts)


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
    on_batch: Callable[[Summary], None] | None = None
    """Called after each batch is written (tests use it to interrupt a run)."""

    def _backend(self):
        model, speakers = _key(self.model), _key(self.speakers)
        if self.scheduler or self.dask_local or self.dask_client is not None:
            from .distributed import DaskBackend

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
        for p in (output, errors_path, output.with_name(output.name + ".partial")):
            exclude += [str(p.resolve()), str(p.resolve()) + "/*"]
        read = ReadOptions(**{**self.read.__dict__, "exclude": exclude})
        sink = open_sink(self.format, output, self.resume)
        errors_fh = errors_path.open("w", encoding="utf-8")
        backend = None
        bar = None
        start = time.perf_counter()
        try:
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
                        fail(item)
                    elif sink.is_done(item):
                        summary.skipped += 1
                    else:
                        yield item

            for meta, outcomes, stats in backend.run(batches_of(todo(), self.batch_size)):
                if stats.get("pid"):
                    pid = stats["pid"]
                    summary.rss_kb[pid] = max(summary.rss_kb.get(pid, 0), stats.get("maxrss_kb", 0))
                    summary.cpu_s[pid] = max(summary.cpu_s.get(pid, 0.0), stats.get("cpu_s", 0.0))
                for article, outcome in zip(meta, outcomes):
                    if isinstance(outcome, FailedArticle):
                        fail(outcome)
                        continue
                    sink.write(article, outcome)
                    summary.ok += 1
                    summary.claims += len(outcome.claims)
                    summary.words += article.words
                    summary.encodings[article.encoding or "?"] += 1
                if bar is not None:
                    elapsed = max(time.perf_counter() - start, 1e-9)
                    bar.update(len(meta))
                    bar.set_postfix_str(f"{summary.words / elapsed:,.0f} words/s, {summary.failed} failed",
                                        refresh=False)
                if self.on_batch is not None:
                    self.on_batch(summary)
        except KeyboardInterrupt:
            summary.interrupted = True
        finally:
            summary.seconds = time.perf_counter() - start
            if bar is not None:
                bar.close()
            if backend is not None:
                backend.close(interrupted=summary.interrupted)
            sink.close()
            errors_fh.close()
        return summary


def _progress(quiet: bool):
    if quiet:
        return None
    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread (worker processes are forked)
    return tqdm(unit=" articles", desc="nlpclaims", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)
