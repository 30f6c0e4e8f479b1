"""Output formats of a batch job, each resumable, none torn by a crash.

``jsonl``
    One :class:`~nlpclaims.schema.ArticleClaims` JSON object per line, appended and flushed as
    each article finishes.  ``--resume`` cuts a torn last line and reads the (id, sha1) pairs.
``csv``
    One row per claim (columns :data:`COLUMNS`); an article without claims gets one row whose
    claim columns are empty, so every processed article is in the table.  An article's rows
    are written and flushed together; ``--resume`` keeps only articles whose rows are all there
    (the rows of a run killed mid-article are dropped and the article is done again).
``parquet``
    The same rows.  While the job runs, finished rows go to numbered Parquet files in the folder
    ``OUTPUT.partial/`` (each complete and renamed into place, at least every
    ``checkpoint_seconds`` and every ``rows_per_group`` rows); when the job ends (also on a
    stop signal) they are merged into ``OUTPUT``.  After a hard kill (``kill -9``, out of
    memory, power) ``OUTPUT.partial/`` keeps every checkpointed row and ``--resume`` continues
    from it; only the rows since the last checkpoint are done again.
``claimgold``
    ``OUTPUT/<relative path without suffix>.json`` per article (JSON lines: ``<path without
    suffix>/<id or line>.json``), each written to a temporary name and renamed.  ``--resume``
    skips articles whose file exists.

A sink's ``write`` either writes an article whole or raises before writing anything: a
``ValueError``/``TypeError`` (an article that cannot be serialised) is reported by the job for
that article, an ``OSError`` (disk full, ...) stops the job.
"""

from __future__ import annotations

import csv
import io as _io
import json
import os
import shutil
import time
from pathlib import Path

from ..io import Article
from ..schema import ArticleClaims
from . import FORMATS

COLUMNS: tuple[tuple[str, str], ...] = (
    ("article_id", "string"), ("article_date", "date"), ("article_sha1", "string"),
    ("text_length", "int"), ("encoding", "string"), ("model", "string"), ("n_claims", "int"),
    ("claim_id", "string"), ("kind", "string"), ("speaker", "string"), ("speaker_name", "string"),
    ("speaker_mention", "string"), ("cue", "string"), ("text", "string"), ("start", "int"),
    ("end", "int"), ("sentence_start", "int"), ("sentence_end", "int"), ("confidence", "float"),
    ("rule", "string"), ("quantities", "string"),
)
"""The columns of the CSV and Parquet outputs, with their types (see docs/cli.md)."""
COLUMN_NAMES = tuple(name for name, _ in COLUMNS)


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
                     "sentence_end": c.sentence_end, "confidence": c.confidence, "rule": c.rule,
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
            with path.open(encoding="utf-8", errors="replace") as fh:
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
        line = result.model_dump_json() + "\n"  # serialise first: nothing half written
        line.encode("utf-8")
        self.fh.write(line)
        self.fh.flush()

    def close(self) -> None:
        self.fh.close()


def _csv_groups(path: Path):
    """(article key, rows, complete) for each run of rows of one article in a CSV output."""
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        reader = csv.DictReader(fh, strict=True)
        key, rows = None, []
        try:
            for row in reader:
                k = (row.get("article_id"), row.get("article_sha1"))
                if rows and k != key:
                    yield key, rows, _complete(rows)
                    rows = []
                key = k
                rows.append(row)
        except csv.Error:  # a torn quoted field at the end
            if rows:
                yield key, rows, False
            return
        if rows:
            yield key, rows, _complete(rows)


def _complete(rows: list[dict]) -> bool:
    """Whether ``rows`` are all the rows of one article, none of them torn."""
    try:
        n = int(rows[0]["n_claims"])
    except (TypeError, ValueError, KeyError):
        return False
    if len(rows) != max(1, n):
        return False
    for row in rows:
        if None in row or row.get("quantities") is None or row.get("n_claims") != rows[0]["n_claims"]:
            return False
        if n:
            try:
                json.loads(row["quantities"])
            except (json.JSONDecodeError, TypeError):
                return False
    return True


class CsvSink(Sink):
    def __init__(self, path: Path, resume: bool):
        self.path = path
        self.done: set[tuple[str, str]] = set()
        has_header = False
        if resume and path.exists() and path.stat().st_size:
            has_header = self._scan(path)
        self.fh = path.open("a" if resume else "w", encoding="utf-8", newline="")
        self.writer = csv.DictWriter(self.fh, fieldnames=COLUMN_NAMES)
        if not has_header:
            self.writer.writeheader()
            self.fh.flush()

    def _scan(self, path: Path) -> bool:
        """Read what is done; drop torn or incomplete articles (a killed run). True if it has a header."""
        with path.open("rb") as fh:
            fh.seek(-1, os.SEEK_END)
            clean = fh.read(1) == b"\n"
        for key, _rows, complete in _csv_groups(path):
            if complete:
                self.done.add(key)
            else:
                clean = False
        if clean:
            return True
        tmp = path.with_name(path.name + ".tmp")
        with tmp.open("w", encoding="utf-8", newline="") as out:
            writer = csv.DictWriter(out, fieldnames=COLUMN_NAMES)
            writer.writeheader()
            for _key, rows, complete in _csv_groups(path):
                if complete:
                    writer.writerows(rows)
        os.replace(tmp, path)
        return True

    def is_done(self, article: Article) -> bool:
        return (article.id, article.sha1) in self.done

    def write(self, article: Article, result: ArticleClaims) -> None:
        rows = claim_rows(result, article.encoding)
        for row in rows:
            if row["article_date"] is not None:
                row["article_date"] = row["article_date"].isoformat()
        buffer = _io.StringIO()  # the article's rows in one piece
        csv.DictWriter(buffer, fieldnames=COLUMN_NAMES).writerows(rows)
        data = buffer.getvalue()
        data.encode("utf-8")
        self.fh.write(data)
        self.fh.flush()

    def close(self) -> None:
        self.fh.close()


def arrow_schema():
    import pyarrow as pa

    types = {"string": pa.string(), "date": pa.date32(), "int": pa.int64(), "float": pa.float64()}
    return pa.schema([(name, types[kind]) for name, kind in COLUMNS])


def missing_extra(what: str, package: str, extra: str) -> RuntimeError:
    """The error for an optional dependency that is not installed, with both ways to install it."""
    return RuntimeError(f"{what} needs {package}: pip install {package} "
                        f"(in a source checkout: pip install -e '.[{extra}]')")


class ParquetSink(Sink):
    """Checkpoints to ``PATH.partial/part-NNNNNN.parquet``; merged into ``PATH`` on close."""

    def __init__(self, path: Path, resume: bool, rows_per_group: int = 5000, checkpoint_seconds: float = 10.0):
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as err:  # pragma: no cover - depends on the environment
            raise missing_extra("--format parquet", "pyarrow", "parquet") from err
        self.pa, self.pq = pa, pq
        self.path = path
        self.parts = path.with_name(path.name + ".partial")
        self.schema = arrow_schema()
        self.rows: list[dict] = []
        self.rows_per_group = rows_per_group
        self.checkpoint_seconds = checkpoint_seconds
        self.last_checkpoint = time.monotonic()
        self.done: set[tuple[str, str]] = set()
        self.resume = resume
        if self.parts.is_file():
            self.parts.unlink()
        if not resume:  # --overwrite: nothing of an earlier run may be merged into this one
            if self.parts.exists():
                shutil.rmtree(self.parts)
            if path.exists():
                path.unlink()
        self.parts.mkdir(parents=True, exist_ok=True)
        for tmp in self.parts.glob("*.tmp"):  # a checkpoint cut short by a kill
            tmp.unlink()
        self.n_parts = 0
        if resume:
            for source in self._sources():
                table = pq.read_table(str(source), columns=["article_id", "article_sha1"])
                self.done.update(zip(table.column("article_id").to_pylist(),
                                     table.column("article_sha1").to_pylist()))
            self.n_parts = len(self._part_files())

    def _part_files(self) -> list[Path]:
        return sorted(self.parts.glob("part-*.parquet"))

    def _sources(self) -> list[Path]:
        old = [self.path] if self.resume and self.path.exists() else []
        return old + self._part_files()

    def is_done(self, article: Article) -> bool:
        return (article.id, article.sha1) in self.done

    def write(self, article: Article, result: ArticleClaims) -> None:
        rows = claim_rows(result, article.encoding)
        self.pa.Table.from_pylist(rows, schema=self.schema)  # raises now if the rows do not fit the schema
        self.rows.extend(rows)
        if len(self.rows) >= self.rows_per_group or time.monotonic() - self.last_checkpoint >= self.checkpoint_seconds:
            self.checkpoint()

    def checkpoint(self) -> None:
        """Write the rows so far as one more complete Parquet file in ``PATH.partial/``."""
        self.last_checkpoint = time.monotonic()
        if not self.rows:
            return
        target = self.parts / f"part-{self.n_parts:06d}.parquet"
        tmp = target.with_name(target.name + ".tmp")
        self.pq.write_table(self.pa.Table.from_pylist(self.rows, schema=self.schema), str(tmp))
        os.replace(tmp, target)
        self.n_parts += 1
        self.rows = []

    def close(self) -> None:
        self.checkpoint()
        tmp = self.path.with_name(self.path.name + ".tmp")
        writer = self.pq.ParquetWriter(str(tmp), self.schema)
        pending, n_pending = [], 0
        try:
            for source in self._sources():
                for table in self.pq.ParquetFile(str(source)).iter_batches(batch_size=self.rows_per_group):
                    pending.append(self.pa.Table.from_batches([table]).select(list(COLUMN_NAMES)).cast(self.schema))
                    n_pending += pending[-1].num_rows
                    if n_pending >= self.rows_per_group:
                        writer.write_table(self.pa.concat_tables(pending), row_group_size=self.rows_per_group)
                        pending, n_pending = [], 0
            if pending:
                writer.write_table(self.pa.concat_tables(pending), row_group_size=self.rows_per_group)
        finally:
            writer.close()
        os.replace(tmp, self.path)
        shutil.rmtree(self.parts)


class ClaimgoldSink(Sink):
    def __init__(self, path: Path, resume: bool):
        from ..claimgold import to_claimgold

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
        data = json.dumps(self.to_claimgold(result, article.doc_name or article.id), ensure_ascii=False, indent=1)
        data.encode("utf-8")
        self.written[target] = article.id
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_text(data, encoding="utf-8")
        os.replace(tmp, target)


def open_sink(fmt: str, path: Path, resume: bool, *, checkpoint_seconds: float = 10.0) -> Sink:
    """The writer for ``fmt`` at ``path`` (``resume``: keep and extend what is there)."""
    if fmt == "jsonl":
        return JsonlSink(path, resume)
    if fmt == "csv":
        return CsvSink(path, resume)
    if fmt == "parquet":
        return ParquetSink(path, resume, checkpoint_seconds=checkpoint_seconds)
    if fmt == "claimgold":
        return ClaimgoldSink(path, resume)
    raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")


def default_errors_path(output: Path) -> Path:
    """``OUTPUT.errors.jsonl`` (the output's own suffix dropped: ``out.jsonl`` → ``out.errors.jsonl``)."""
    if output.suffix.lower() in (".jsonl", ".csv", ".parquet", ".json"):
        return output.with_name(output.stem + ".errors.jsonl")
    return output.with_name(output.name + ".errors.jsonl")
