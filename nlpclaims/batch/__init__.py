"""Batch extraction: many article files to one output, in parallel, resumable, nothing lost.

The parts, each with one job (imported lazily, so ``nlpclaims --help`` stays fast):

* :mod:`nlpclaims.batch.reading` – articles (from :func:`nlpclaims.io.iter_articles`) to batches of
  worker tasks, each with its article date resolved;
* :mod:`nlpclaims.batch.workers` – the pipeline per process, :func:`process_batch`, the in-process
  and worker-pool backends, and tying worker processes to the life of their parent;
* :mod:`nlpclaims.batch.dask` – the same batches on Dask distributed;
* :mod:`nlpclaims.batch.sinks` – the output formats (JSONL, CSV, Parquet, claimgold) and their resume;
* :mod:`nlpclaims.batch.job` – :class:`Job`, which ties them together, and its :class:`Summary`.

Imports go one way: ``job`` → ``reading``, ``workers``, ``sinks``, ``dask`` → ``workers``.
"""

from __future__ import annotations

FORMATS = ("jsonl", "parquet", "csv", "claimgold")
"""The output formats of ``nlpclaims extract --format``."""

_EXPORTS = {
    "Job": "job", "Summary": "job", "Interrupted": "job",
    "get_pipeline": "workers", "process_batch": "workers", "Task": "workers",
    "COLUMNS": "sinks", "COLUMN_NAMES": "sinks", "claim_rows": "sinks", "open_sink": "sinks",
    "default_errors_path": "sinks", "Sink": "sinks",
    "batches_of": "reading",
}

__all__ = ["FORMATS", *_EXPORTS]


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'nlpclaims.batch' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f"{__name__}.{module}"), name)
