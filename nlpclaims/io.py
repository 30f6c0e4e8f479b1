"""Reading articles from disk: text, id and date of each article file."""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

_DATE_IN_NAME = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
ARTICLE_SUFFIXES = (".txt", ".md")


@dataclass
class Article:
    """One article to process."""

    id: str
    text: str
    date: dt.date | None = None
    path: Path | None = None


def date_from_name(name: str) -> dt.date | None:
    """A YYYY-MM-DD date inside a file name, if any."""
    m = _DATE_IN_NAME.search(name)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def manifest_dates(folder: Path) -> dict[str, dt.date]:
    """Dates by file name from a ``MANIFEST.tsv`` (columns ``file`` and ``date``) in ``folder``."""
    path = folder / "MANIFEST.tsv"
    out: dict[str, dt.date] = {}
    if not path.is_file():
        return out
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            try:
                out[row["file"]] = dt.date.fromisoformat(row["date"][:10])
            except (KeyError, TypeError, ValueError):
                continue
    return out


def iter_text_files(paths: list[Path]) -> Iterator[tuple[Path, Path]]:
    """(file, root) for every article file under ``paths`` (files are taken as given)."""
    for root in paths:
        if root.is_file():
            yield root, root.parent
        elif root.is_dir():
            for path in sorted(root.rglob("*")):
                if path.is_file() and path.suffix.lower() in ARTICLE_SUFFIXES and "gold" not in path.parts[len(root.parts):-1]:
                    yield path, root
        else:
            raise FileNotFoundError(f"no such file or folder: {root}")
