"""Reading side of a batch job: articles to batches of worker tasks.

Each task carries its article's date, resolved here once for the whole job: the date the
reader found (``--date``, the date field, ``MANIFEST.tsv``, the file name) or else the job's
run date, so that every article of a run is processed with the same date and the date used
is recorded in the output.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from ..io import Article
from .workers import Batch, Task


def batches_of(items: Iterable[Article], size: int, *, default_date: dt.date | None = None) -> Iterator[Batch]:
    """Lists of ``size`` articles with their worker tasks (articles without a date get
    ``default_date``, by default today)."""
    day = default_date or dt.date.today()
    meta: list[Article] = []
    for article in items:
        if article.date is None:
            article.date = day
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
