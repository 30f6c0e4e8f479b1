"""Reading articles from disk: text, id, date and encoding of each article, and why a file failed.

Supported inputs (folders are walked recursively, in sorted order):

* ``.txt`` and ``.md`` – the whole file is one article, taken as plain text.
* ``.html`` / ``.htm`` – one article; its text is extracted with the stdlib HTML parser
  (``script``, ``style``, ``noscript``, ``template``, ``svg`` and ``head`` except ``title``
  are dropped; block elements become paragraph breaks, runs of white space inside a block
  become one space).
* ``.jsonl`` – one article per line (a JSON object), read lazily line by line (lines split
  on ``\\n``, each decoded on its own); ``.json`` – one object or a list of objects.
  The text, id and date come from ``text_field``, ``id_field`` and ``date_field``.

Encodings: the bytes are decoded strictly, in this order: a UTF-8 BOM (``utf-8-sig``, the BOM
is dropped), UTF-16 with a BOM, UTF-8, then cp1252 *only* if the bytes are not valid UTF-8.
Bytes that are neither (cp1252 leaves 0x81, 0x8D, 0x8F, 0x90, 0x9D undefined) are reported
as undecodable, never guessed.  The encoding used is kept in :attr:`Article.encoding`.

Newlines are *not* translated: the text handed to the pipeline is exactly the decoded
file (CRLF stays CRLF), so character offsets in the results index the decoded file text.
For HTML the offsets index the extracted text, for JSON the value of the text field.

Ids: the path relative to the folder given on the command line (for a file given directly:
its name); for JSON lines ``path#id`` when the object has an id, else ``path:LINE``
(1-based line number; for a ``.json`` list, the 1-based position).

Dates (first that applies): an explicit date, the object's date field, the folder's
``MANIFEST.tsv`` (columns ``file`` and ``date``), a ``YYYY-MM-DD`` in the file name, else None.
"""

from __future__ import annotations

import csv
import datetime as dt
import fnmatch
import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from .schema import FailedArticle

_DATE_IN_NAME = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSON_SUFFIXES = (".json", ".jsonl")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSON_SUFFIXES
SKIPPED_FOLDERS = ("gold",)
"""Folders below a given root that are never read (claimgold gold files live there)."""
SKIPPED_STEMS = ("readme", "license", "licence", "changelog", "copying")
"""Files with these names (any suffix, any case) in a walked folder are documentation, not articles."""

CONTROL_RATIO = 0.05
"""Share of control characters (other than tab, newline, CR, form feed) above which a text is binary."""

# Failure reasons: the part before the colon is the category counted in summaries.
EMPTY = "empty"
BINARY = "binary"
UNDECODABLE = "undecodable"
TOO_LONG = "too-long"
MALFORMED_JSON = "malformed-json"
NO_TEXT = "no-text-field"
UNREADABLE = "unreadable"
PIPELINE_ERROR = "pipeline-error"


@dataclass
class Article:
    """One article to process."""

    id: str
    text: str
    date: dt.date | None = None
    path: Path | None = None
    encoding: str | None = None
    words: int = 0
    sha1: str = ""
    doc_name: str | None = None
    """Name used in claimgold output (``doc``), e.g. the file name."""
    target: str | None = None
    """Relative output path without suffix for per-article output (claimgold)."""

    def __post_init__(self) -> None:
        if not self.sha1:
            self.sha1 = text_sha1(self.text)
        if not self.words:
            self.words = len(self.text.split())


def text_sha1(text: str) -> str:
    """SHA-1 of the UTF-8 text, as :attr:`nlpclaims.schema.ArticleClaims.sha1`."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def reason_category(reason: str) -> str:
    """The category of a failure reason: the text before the first colon."""
    return reason.split(":", 1)[0].strip()


def date_from_name(name: str) -> dt.date | None:
    """A YYYY-MM-DD date inside a file name, if any."""
    m = _DATE_IN_NAME.search(name)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def parse_date(value: object) -> dt.date | None:
    """A date from an ISO string (a datetime's date part is used), a date, or None."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
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
                day = parse_date(row["date"])
            except (KeyError, TypeError):
                continue
            if day is not None and row.get("file"):
                out[row["file"]] = day
    return out


def iter_text_files(paths: Iterable[Path], *, exclude: Iterable[str] = (),
                    suffixes: tuple[str, ...] = ARTICLE_SUFFIXES) -> Iterator[tuple[Path, Path]]:
    """(file, root) for every article file under ``paths``, lazily (files are taken as given).

    Hidden files and folders, folders named ``gold``, README/LICENSE/CHANGELOG files and paths matching an ``exclude`` glob
    (matched against the path relative to its root and against the absolute path) are skipped.
    Raises ``FileNotFoundError`` for a path that does not exist.
    """
    excluded = [str(p) for p in exclude]

    def skip(path: Path, rel: str) -> bool:
        return any(fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(str(path), pat) for pat in excluded)

    for root in paths:
        root = Path(root)
        if root.is_file():
            if not skip(root.resolve(), root.name):
                yield root, root.parent
        elif root.is_dir():
            for dirpath, dirnames, filenames in os.walk(root):
                base = Path(dirpath)
                keep = []
                for d in sorted(dirnames):
                    rel = (base / d).relative_to(root).as_posix()
                    if d.startswith(".") or d in SKIPPED_FOLDERS or skip((base / d).resolve(), rel):
                        continue
                    keep.append(d)
                dirnames[:] = keep
                for name in sorted(filenames):
                    path = base / name
                    if (name.startswith(".") or path.suffix.lower() not in suffixes
                            or name.split(".", 1)[0].lower() in SKIPPED_STEMS):
                        continue
                    rel = path.relative_to(root).as_posix()
                    if skip(path.resolve(), rel):
                        continue
                    yield path, root
        else:
            raise FileNotFoundError(f"no such file or folder: {root}")


# --------------------------------------------------------------------------- decoding


NUL = b"\x00"


class DecodeError(ValueError):
    """Bytes that are not an article text; ``reason`` is a :class:`FailedArticle` reason."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def decode_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding) of file bytes; raises :class:`DecodeError` for binary or undecodable bytes."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as err:
            raise DecodeError(f"{UNDECODABLE}: UTF-8 BOM but invalid UTF-8 at byte {err.start + 3}") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as err:
            raise DecodeError(f"{UNDECODABLE}: UTF-16 BOM but invalid UTF-16 at byte {err.start}") from None
    if NUL in data:
        raise DecodeError(f"{BINARY}: NUL byte at {data.index(NUL)}")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_err:
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError as err:
            raise DecodeError(
                f"{UNDECODABLE}: neither UTF-8 (byte {utf8_err.start}) nor cp1252 (byte {err.start})"
            ) from None


_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")


def check_text(text: str, *, max_chars: int) -> str | None:
    """Why ``text`` cannot be processed (a failure reason), or None when it is fine."""
    if not text.strip():
        return f"{EMPTY}: no text" if not text else f"{EMPTY}: white space only"
    if len(text) > max_chars:
        return f"{TOO_LONG}: {len(text):,} characters, the maximum is {max_chars:,}"
    sample = text[:65536]
    controls = sum(1 for ch in sample if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) == "Cc")
    if "\x00" in sample or controls > CONTROL_RATIO * len(sample):
        return f"{BINARY}: {controls} control characters in the first {len(sample):,}"
    return None


# --------------------------------------------------------------------------- HTML


class _TextExtractor(HTMLParser):
    DROP = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "object"})
    BLOCK = frozenset({
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
        "blockquote", "section", "article", "header", "footer", "aside", "nav", "figure",
        "figcaption", "pre", "hr", "dl", "dt", "dd", "main", "title", "body", "form",
    })

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.drop_depth = 0
        self.in_title = False

    def _flush(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.blocks.append(text)
        self.current = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "title":
            self._flush()
            self.in_title = True
            return
        if tag in self.DROP:
            self.drop_depth += 1
            return
        if tag in self.BLOCK:
            self._flush()

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in self.BLOCK:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
            self._flush()
            return
        if tag in self.DROP:
            self.drop_depth = max(0, self.drop_depth - 1)
            return
        if tag in self.BLOCK:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.drop_depth and not self.in_title:
            return
        self.current.append(data)

    def text(self) -> str:
        self._flush()
        return "\n\n".join(self.blocks)


def html_to_text(html: str) -> str:
    """Readable text of an HTML page: title and blocks separated by blank lines, scripts dropped."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return parser.text()


# --------------------------------------------------------------------------- articles


@dataclass
class ReadOptions:
    """How article files are read."""

    text_field: str = "text"
    id_field: str = "id"
    date_field: str | None = None
    date: dt.date | None = None
    max_chars: int = 2_000_000
    exclude: list[str] = field(default_factory=list)


def _failed(id_: str, reason: str) -> FailedArticle:
    return FailedArticle(id=id_, reason=reason)


def read_file(path: Path, root: Path, options: ReadOptions,
              manifest: dict[str, dt.date] | None = None) -> Iterator[Article | FailedArticle]:
    """The articles of one file (or the reasons they cannot be read)."""
    rel = path.relative_to(root).as_posix()
    suffix = path.suffix.lower()
    manifest = manifest or {}
    file_date = options.date or manifest.get(path.name) or manifest.get(rel) or date_from_name(path.name)
    stem = rel[: -len(path.suffix)] if path.suffix else rel
    if suffix == ".jsonl":
        try:
            records = (r if isinstance(r, FailedArticle) else (r[0], r[1], None, r[2])
                       for r in _jsonl_records(path, rel))
            yield from _json_articles(records, path, rel, stem, file_date, options)
        except OSError as err:
            yield _failed(rel, f"{UNREADABLE}: {err.strerror or err}")
        return
    try:
        size = path.stat().st_size
        # A UTF-8 character takes at most 4 bytes: anything larger is certainly too long.
        if suffix not in JSON_SUFFIXES and size > 4 * options.max_chars + 4:
            yield _failed(rel, f"{TOO_LONG}: {size:,} bytes, the maximum is {options.max_chars:,} characters")
            return
        data = path.read_bytes()
    except OSError as err:
        yield _failed(rel, f"{UNREADABLE}: {err.strerror or err}")
        return
    if not data.strip():
        yield _failed(rel, f"{EMPTY}: {'no bytes' if not data else 'white space only'}")
        return
    try:
        text, encoding = decode_bytes(data)
    except DecodeError as err:
        yield _failed(rel, err.reason)
        return
    del data
    if suffix in JSON_SUFFIXES:
        try:
            value = json.loads(text)
        except json.JSONDecodeError as err:
            yield _failed(rel, f"{MALFORMED_JSON}: {err.msg} at line {err.lineno} column {err.colno}")
            return
        items = value if isinstance(value, list) else [value]
        yield from _json_articles(((n, None, item, encoding) for n, item in enumerate(items, 1)),
                                  path, rel, stem, file_date, options)
        return
    if suffix in HTML_SUFFIXES:
        text = html_to_text(text)
    problem = check_text(text, max_chars=options.max_chars)
    if problem:
        yield _failed(rel, problem)
        return
    yield Article(id=rel, text=text, date=file_date, path=path, encoding=encoding,
                  doc_name=path.name, target=stem)


def _safe_name(value: str) -> str:
    return re.sub(r"[^\w.@+-]+", "_", value).strip("._") or "_"


def _jsonl_records(path: Path, rel: str) -> Iterator[tuple[int, str, str] | FailedArticle]:
    """(line number, line, encoding) of each non-blank line of a JSON-lines file, read lazily.

    Lines are split on ``\\n`` and decoded one by one (UTF-8, else cp1252); a UTF-8 BOM at the
    start is dropped; a UTF-16 file (BOM) is decoded whole.
    """
    with path.open("rb") as fh:
        head = fh.read(4)
        fh.seek(0)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            try:
                text, encoding = decode_bytes(fh.read())
            except DecodeError as err:
                yield _failed(rel, err.reason)
                return
            lines: Iterable[tuple[int, str | bytes]] = enumerate(text.split("\n"), 1)
        else:
            encoding = None
            lines = enumerate(fh, 1)
        seen = False
        for n, raw in lines:
            if not raw.strip():
                continue
            if isinstance(raw, bytes):
                bom = n == 1 and raw.startswith(b"\xef\xbb\xbf")
                try:
                    line, line_encoding = decode_bytes(raw[3:] if bom else raw)
                except DecodeError as err:
                    if not seen and reason_category(err.reason) == BINARY:
                        yield _failed(rel, err.reason)  # a binary file, not a bad line
                        return
                    yield _failed(f"{rel}:{n}", err.reason)
                    seen = True
                    continue
                if bom:
                    line_encoding = "utf-8-sig"
            else:
                line, line_encoding = raw, encoding or "utf-16"
            seen = True
            yield n, line, line_encoding
        if not seen:
            yield _failed(rel, f"{EMPTY}: no JSON lines")


def _json_articles(records: Iterable, path: Path, rel: str, stem: str, file_date: dt.date | None,
                   options: ReadOptions) -> Iterator[Article | FailedArticle]:
    """Articles of JSON records: (number, line or None, object or None, encoding) or failures."""
    for record in records:
        if isinstance(record, FailedArticle):
            yield record
            continue
        n, line, obj, encoding = record
        loc = f"{rel}:{n}"
        if line is not None:
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as err:
                yield _failed(loc, f"{MALFORMED_JSON}: {err.msg} at column {err.colno}")
                continue
        if not isinstance(obj, dict):
            yield _failed(loc, f"{MALFORMED_JSON}: expected an object, found {type(obj).__name__}")
            continue
        raw_id = obj.get(options.id_field)
        if raw_id is not None and str(raw_id) != "":
            art_id, name = f"{rel}#{raw_id}", f"{path.name}#{raw_id}"
            target = f"{stem}/{_safe_name(str(raw_id))}"
        else:
            art_id, name, target = loc, f"{path.name}:{n}", f"{stem}/{n}"
        article_text = obj.get(options.text_field)
        if not isinstance(article_text, str):
            what = "missing" if article_text is None else f"not a string ({type(article_text).__name__})"
            yield _failed(art_id, f"{NO_TEXT}: field {options.text_field!r} {what}")
            continue
        problem = check_text(article_text, max_chars=options.max_chars)
        if problem:
            yield _failed(art_id, problem)
            continue
        day = options.date
        if day is None and options.date_field:
            day = parse_date(obj.get(options.date_field))
        if day is None:
            day = file_date
        yield Article(id=art_id, text=article_text, date=day, path=path, encoding=encoding,
                      doc_name=name, target=target)


def iter_articles(paths: Iterable[Path], options: ReadOptions | None = None) -> Iterator[Article | FailedArticle]:
    """Every article (or failure) under ``paths``, lazily: one file's content in memory at a time."""
    options = options or ReadOptions()
    manifests: dict[Path, dict[str, dt.date]] = {}
    for path, _root in iter_text_files(paths, exclude=options.exclude):
        folder = path.parent
        if folder not in manifests:
            manifests[folder] = manifest_dates(folder)
        yield from read_file(path, _root, options, manifests[folder])
