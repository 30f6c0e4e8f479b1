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
(1-based line number; for a ``.json`` list, the 1-based position).  Ids are always valid
Unicode (and so valid JSON): a file name that is not valid UTF-8, or a JSON id holding a lone
surrogate, is kept reversibly with backslash escapes (:func:`escape_id`).

The walk is total: every candidate path ends as an article or as a :class:`FailedArticle`
with a reason (a symbolic-link loop, a FIFO or device named ``*.txt``, a folder that cannot
be listed, a broken link, ...); no single path stops or hangs a run.

Dates (first that applies): an explicit date, the object's date field, the folder's
``MANIFEST.tsv`` (columns ``file`` and ``date``), a ``YYYY-MM-DD`` in the file name, else None.
"""

from __future__ import annotations

import csv
import datetime as dt
import errno
import fnmatch
import hashlib
import json
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from .dates import as_date
from .limits import MAX_CHARS
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
UNREADABLE_FOLDER = "unreadable-folder"
SYMLINK_LOOP = "symlink-loop"
DUPLICATE_FOLDER = "duplicate-folder"
NOT_A_FILE = "not-a-regular-file"
PIPELINE_ERROR = "pipeline-error"
OUTPUT_ERROR = "output-error"


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
    """A date from an ISO date or date-time string, a date or datetime; None when it is none of these."""
    if value is None:
        return None
    try:
        return as_date(value)
    except (TypeError, ValueError):
        pass
    if isinstance(value, str):  # "2025-03-19T10:00:00 CET" and the like: the date part
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def escape_id(text: str, *, file_name: bool = False) -> str:
    """``text`` made valid Unicode, reversibly; unchanged when it already is (the usual case).

    Otherwise backslashes are doubled and each character that cannot be encoded as UTF-8 is
    written as an escape: in a file name (``file_name=True``) a byte that was not UTF-8 (read
    by Python as U+DC80..U+DCFF) as ``\\xNN``, any other lone surrogate as ``\\uNNNN``.
    A file name comes back with ``os.fsdecode(codecs.escape_decode(id.encode())[0])``.
    """
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    out = []
    for ch in text:
        code = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif file_name and 0xDC80 <= code <= 0xDCFF:
            out.append(f"\\x{code - 0xDC00:02x}")
        elif 0xD800 <= code <= 0xDFFF:
            out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)


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


_FILE_KINDS = {stat.S_IFIFO: "a FIFO (named pipe)", stat.S_IFSOCK: "a socket", stat.S_IFCHR: "a character device",
               stat.S_IFBLK: "a block device", stat.S_IFDIR: "a folder"}


def _kind(mode: int) -> str:
    return _FILE_KINDS.get(stat.S_IFMT(mode), "not a regular file")


def _os_reason(err: OSError) -> str:
    return err.strerror or str(err)


def iter_text_files(paths: Iterable[Path], *, exclude: Iterable[str] = (),
                    suffixes: tuple[str, ...] = ARTICLE_SUFFIXES) -> Iterator[tuple[Path, Path] | FailedArticle]:
    """(file, root) for every article file under ``paths``, lazily, or a :class:`FailedArticle`
    for a path that cannot be walked (files given directly are taken whatever their suffix).

    Hidden files and folders, folders named ``gold``, README/LICENSE/CHANGELOG files and paths
    matching an ``exclude`` glob (matched against the path relative to its root and against the
    absolute path, symbolic links resolved) are skipped.  Symbolic links are followed; a link
    back to a folder being walked is a ``symlink-loop``, a second way into a folder already
    walked a ``duplicate-folder``; a folder that cannot be listed is an ``unreadable-folder``;
    a FIFO, socket or device with an article suffix is ``not-a-regular-file``.
    Raises ``FileNotFoundError`` for a given path that does not exist (not even as a link).
    """
    excluded = [str(p) for p in exclude]

    def skip(path: Path, rel: str) -> bool:
        if not excluded:
            return False
        real = os.path.realpath(path)  # never raises, also on a link loop
        return any(fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(real, pat)
                   or fnmatch.fnmatch(os.path.abspath(path), pat) for pat in excluded)

    def fail(rel: str, reason: str) -> FailedArticle:
        return FailedArticle(id=escape_id(rel, file_name=True), reason=reason)

    def check_file(path: Path, root: Path, rel: str) -> tuple[Path, Path] | FailedArticle:
        try:
            mode = os.stat(path).st_mode
        except OSError as err:
            if err.errno == errno.ELOOP:
                return fail(rel, f"{SYMLINK_LOOP}: symbolic links that lead back to themselves")
            if err.errno == errno.ENOENT and os.path.islink(path):
                return fail(rel, f"{UNREADABLE}: broken symbolic link to {escape_id(os.readlink(path), file_name=True)}")
            return fail(rel, f"{UNREADABLE}: {_os_reason(err)}")
        if not stat.S_ISREG(mode):
            return fail(rel, f"{NOT_A_FILE}: {_kind(mode)}")
        return path, root

    def walk_dir(folder: Path, root: Path, ancestors: dict[tuple[int, int], str],
                 seen: dict[tuple[int, int], str]) -> Iterator[tuple[Path, Path] | FailedArticle]:
        rel_folder = folder.relative_to(root).as_posix() if folder != root else "."
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as err:
            yield fail(rel_folder + "/", f"{UNREADABLE_FOLDER}: {_os_reason(err)}")
            return
        subfolders = []
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            path = folder / name
            rel = path.relative_to(root).as_posix()
            try:
                is_dir = entry.is_dir()  # follows a symbolic link; False for a loop or a broken link
            except OSError:
                is_dir = False
            if is_dir:
                if name not in SKIPPED_FOLDERS and not skip(path, rel):
                    subfolders.append((path, rel))
                continue
            if Path(name).suffix.lower() not in suffixes or name.split(".", 1)[0].lower() in SKIPPED_STEMS:
                continue
            if skip(path, rel):
                continue
            yield check_file(path, root, rel)
        for path, rel in subfolders:
            try:
                info = os.stat(path)
            except OSError as err:
                yield fail(rel + "/", f"{UNREADABLE_FOLDER}: {_os_reason(err)}")
                continue
            key = (info.st_dev, info.st_ino)
            if key in ancestors:
                yield fail(rel + "/", f"{SYMLINK_LOOP}: leads back to {escape_id(ancestors[key], file_name=True)}")
                continue
            if key in seen:
                yield fail(rel + "/", f"{DUPLICATE_FOLDER}: the same folder as {escape_id(seen[key], file_name=True)}, "
                                      "read once")
                continue
            seen[key] = rel + "/"
            yield from walk_dir(path, root, {**ancestors, key: rel + "/"}, seen)

    for root in paths:
        root = Path(root)
        if not os.path.lexists(root):
            raise FileNotFoundError(f"no such file or folder: {root}")
        try:
            info = os.stat(root)
        except OSError:
            info = None
        if info is not None and stat.S_ISDIR(info.st_mode):
            key = (info.st_dev, info.st_ino)
            yield from walk_dir(root, root, {key: "."}, {key: "."})
        elif not skip(root, root.name):
            yield check_file(root, root.parent, root.name)


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
_SURROGATE = re.compile("[\ud800-\udfff]")


def check_text(text: str, *, max_chars: int) -> str | None:
    """Why ``text`` cannot be processed (a failure reason), or None when it is fine."""
    if not text.strip():
        return f"{EMPTY}: no text" if not text else f"{EMPTY}: white space only"
    bad = _SURROGATE.search(text)
    if bad is not None:
        return f"{UNDECODABLE}: lone surrogate U+{ord(bad.group()):04X} at character {bad.start():,} (not valid Unicode)"
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
    max_chars: int = MAX_CHARS
    exclude: list[str] = field(default_factory=list)


def _failed(id_: str, reason: str) -> FailedArticle:
    return FailedArticle(id=id_, reason=reason)


class NotRegularFile(OSError):
    """A path that is a FIFO, socket, device or folder where a file was expected."""


def open_regular(path: Path):
    """``path`` opened for binary reading, without blocking on a FIFO; raises
    :class:`NotRegularFile` when it is not a regular file (and ``OSError`` when it cannot be opened)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFile(f"{_kind(mode)}")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _read_error(rel: str, err: OSError) -> FailedArticle:
    if isinstance(err, NotRegularFile):
        return _failed(rel, f"{NOT_A_FILE}: {err}")
    if err.errno == errno.ELOOP:
        return _failed(rel, f"{SYMLINK_LOOP}: symbolic links that lead back to themselves")
    return _failed(rel, f"{UNREADABLE}: {_os_reason(err)}")


def read_file(path: Path, root: Path, options: ReadOptions,
              manifest: dict[str, dt.date] | None = None) -> Iterator[Article | FailedArticle]:
    """The articles of one file (or the reasons they cannot be read).

    Total: whatever the file holds, each article in it ends as an :class:`Article` or a
    :class:`FailedArticle`; an unexpected error reading the file is reported for the file.
    """
    rel = escape_id(path.relative_to(root).as_posix(), file_name=True)
    try:
        yield from _read_file(path, rel, options, manifest or {})
    except Exception as err:  # noqa: BLE001 - reported as a failure of this file, the run goes on
        msg = " ".join(str(err).split())[:300]
        yield _failed(rel, f"{UNREADABLE}: {type(err).__name__}: {msg}")


def _read_file(path: Path, rel: str, options: ReadOptions,
               manifest: dict[str, dt.date]) -> Iterator[Article | FailedArticle]:
    suffix = path.suffix.lower()
    name = escape_id(path.name, file_name=True)
    file_date = options.date or manifest.get(path.name) or manifest.get(rel) or date_from_name(path.name)
    stem = rel[: -len(path.suffix)] if path.suffix else rel
    try:
        fh = open_regular(path)
    except OSError as err:
        yield _read_error(rel, err)
        return
    with fh:
        if suffix == ".jsonl":
            try:
                records = (r if isinstance(r, FailedArticle) else (r[0], r[1], None, r[2])
                           for r in _jsonl_records(fh, rel))
                yield from _json_articles(records, path, rel, name, stem, file_date, options)
            except OSError as err:
                yield _read_error(rel, err)
            return
        try:
            size = os.fstat(fh.fileno()).st_size
            # A UTF-8 character takes at most 4 bytes: anything larger is certainly too long.
            if suffix not in JSON_SUFFIXES and size > 4 * options.max_chars + 4:
                yield _failed(rel, f"{TOO_LONG}: {size:,} bytes, the maximum is {options.max_chars:,} characters")
                return
            data = fh.read()
        except OSError as err:
            yield _read_error(rel, err)
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
                                  path, rel, name, stem, file_date, options)
        return
    if suffix in HTML_SUFFIXES:
        text = html_to_text(text)
    problem = check_text(text, max_chars=options.max_chars)
    if problem:
        yield _failed(rel, problem)
        return
    yield Article(id=rel, text=text, date=file_date, path=path, encoding=encoding,
                  doc_name=name, target=stem)


def _safe_name(value: str) -> str:
    return re.sub(r"[^\w.@+-]+", "_", value).strip("._") or "_"


def _jsonl_records(fh, rel: str) -> Iterator[tuple[int, str, str] | FailedArticle]:
    """(line number, line, encoding) of each non-blank line of a JSON-lines file, read lazily.

    Lines are split on ``\\n`` and decoded one by one (UTF-8, else cp1252); a UTF-8 BOM at the
    start is dropped; a UTF-16 file (BOM) is decoded whole.
    """
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


def _json_articles(records: Iterable, path: Path, rel: str, name: str, stem: str, file_date: dt.date | None,
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
            raw_id = escape_id(str(raw_id))
            art_id, doc_name = f"{rel}#{raw_id}", f"{name}#{raw_id}"
            target = f"{stem}/{_safe_name(raw_id)}"
        else:
            art_id, doc_name, target = loc, f"{name}:{n}", f"{stem}/{n}"
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
                      doc_name=doc_name, target=target)


def iter_articles(paths: Iterable[Path], options: ReadOptions | None = None) -> Iterator[Article | FailedArticle]:
    """Every article (or failure) under ``paths``, lazily: one file's content in memory at a time."""
    options = options or ReadOptions()
    manifests: dict[Path, dict[str, dt.date]] = {}
    for item in iter_text_files(paths, exclude=options.exclude):
        if isinstance(item, FailedArticle):
            yield item
            continue
        path, root = item
        folder = path.parent
        if folder not in manifests:
            try:
                manifests[folder] = manifest_dates(folder)
            except (OSError, UnicodeDecodeError, csv.Error):
                manifests[folder] = {}  # an unreadable manifest: dates from the file names
        yield from read_file(path, root, options, manifests[folder])


def read_article(path: str | os.PathLike[str], options: ReadOptions | None = None,
                 article_id: str | None = None) -> Article:
    """The one article in the file ``path``, read as ``nlpclaims extract`` reads it.

    A JSON or JSON-lines file with several articles needs ``article_id`` (the id after ``#``,
    or the line number).  Raises ``FileNotFoundError`` for a missing file and ``ValueError``
    with the reason when the file holds no readable article (or not that one).
    """
    path = Path(path)
    if not os.path.lexists(path):
        raise FileNotFoundError(f"no such file: {path}")
    folder = path.parent
    try:
        manifest = manifest_dates(folder)
    except (OSError, UnicodeDecodeError, csv.Error):
        manifest = {}
    items = list(read_file(path, folder, options or ReadOptions(), manifest))
    if article_id is not None:
        wanted = {f"{path.name}#{article_id}", f"{path.name}:{article_id}"}
        items = [a for a in items if a.id in wanted]
        if not items:
            raise ValueError(f"{path}: no article with id {article_id!r}")
    articles = [a for a in items if isinstance(a, Article)]
    if len(items) == 1 and articles:
        return articles[0]
    if len(items) == 1:
        raise ValueError(items[0].reason)
    ids = ", ".join(a.id for a in items[:5]) + (", ..." if len(items) > 5 else "")
    raise ValueError(f"{path} holds {len(items)} articles ({ids}); choose one with its id")
