"""Batch runs that no file, signal or crash can stop or lose.

A folder built here holds every hostile input next to good articles: a symbolic-link loop (a
file and a folder), a FIFO named ``*.txt``, a folder that cannot be listed, a broken link, a
file name that is not UTF-8, JSON ids and texts holding lone surrogates.  ``nlpclaims extract``
must write every good article exactly once and every bad input once to the errors file with
its reason, at ``-j 1``, ``-j 2`` and ``--dask-local 2``.  Then the command is stopped with
SIGTERM and killed with SIGKILL mid-run, for JSONL, CSV and Parquet: no worker process may be
left 5 s later, the output must be valid, and ``--resume`` must finish it with each article
exactly once.
"""

from __future__ import annotations

import codecs
import csv
import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from nlpclaims.cli import main
from nlpclaims.io import ReadOptions, escape_id, iter_articles, iter_text_files
from nlpclaims.schema import ArticleClaims, FailedArticle

MODEL = os.environ.get("NLPCLAIMS_TEST_MODEL") or None
MODEL_ARGS = ["--model", MODEL] if MODEL else []
ROOT = Path(__file__).resolve().parents[1]

BAD_NAME = os.fsdecode(b"caf\xe9-bericht.txt")  # Latin-1 bytes: not a UTF-8 file name


def article(i: int) -> str:
    return (f"Bericht {i}\n\n„We gaan door”, zei Zelensky. Volgens de luchtmacht zijn {i + 3} drones "
            f"neergehaald.\n")


def hostile_folder(root: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[set[str], dict[str, str]]:
    """Good and bad inputs side by side; returns (good ids, bad id → reason category)."""
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(article(1), encoding="utf-8")
    (root / "sub" / "b.md").write_text(article(2), encoding="utf-8")
    (root / BAD_NAME).write_text(article(3), encoding="utf-8")
    feed = [
        {"id": "ok", "text": article(4)},
        {"id": "x\ud800y", "text": article(5)},            # a lone surrogate in the id: kept, escaped
        {"id": "kapot", "text": "„Ja”, zei hij.\udc81"},    # a lone surrogate in the text
    ]
    (root / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in feed) + "\n", encoding="utf-8")
    os.symlink("loop.txt", root / "loop.txt")               # a link to itself
    os.symlink("..", root / "sub" / "up")                    # a folder link back to the root
    os.symlink("nowhere.txt", root / "dangling.txt")         # a broken link
    os.mkfifo(root / "pipe.txt")                             # a FIFO that would block a reader
    locked = root / "locked"
    locked.mkdir()
    (locked / "c.txt").write_text(article(6), encoding="utf-8")
    locked.chmod(0)
    if os.geteuid() == 0:  # root reads any folder: make the listing fail as it does for a user
        real_scandir = os.scandir

        def scandir(path=".", *args):
            if isinstance(path, (str, os.PathLike)) and Path(path) == locked:
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real_scandir(path, *args)

        monkeypatch.setattr(os, "scandir", scandir)
    good = {"a.txt", "sub/b.md", escape_id(BAD_NAME, file_name=True), "feed.jsonl#ok", "feed.jsonl#x\\ud800y"}
    bad = {"loop.txt": "symlink-loop", "sub/up/": "symlink-loop", "dangling.txt": "unreadable",
           "pipe.txt": "not-a-regular-file", "locked/": "unreadable-folder", "feed.jsonl#kapot": "undecodable"}
    return good, bad


def read_lines(path: Path, model=ArticleClaims) -> list:
    return [model.model_validate_json(x) for x in path.read_text(encoding="utf-8").splitlines() if x]


# --------------------------------------------------------------------------- the walker alone


def test_walker_is_total_without_a_pipeline(tmp_path, monkeypatch):
    good, bad = hostile_folder(tmp_path / "in", monkeypatch)
    items = list(iter_articles([tmp_path / "in"], ReadOptions()))
    ok = [a.id for a in items if not isinstance(a, FailedArticle)]
    failed = {f.id: f.reason.split(":")[0] for f in items if isinstance(f, FailedArticle)}
    assert sorted(ok) == sorted(good)
    assert failed == bad
    for item in items:  # every id is valid JSON text
        json.dumps(item.id, ensure_ascii=False).encode("utf-8")


def test_undecodable_name_is_kept_reversibly(tmp_path):
    (tmp_path / BAD_NAME).write_text("tekst", encoding="utf-8")
    (path, _root), = iter_text_files([tmp_path])
    name = escape_id(path.name, file_name=True)
    assert name == "caf\\xe9-bericht.txt"
    assert os.fsdecode(codecs.escape_decode(name.encode())[0]) == BAD_NAME
    assert (tmp_path / os.fsdecode(codecs.escape_decode(name.encode())[0])).is_file()


def test_exclude_skips_a_link_loop(tmp_path):
    os.symlink("loop.txt", tmp_path / "loop.txt")
    (tmp_path / "a.txt").write_text("tekst", encoding="utf-8")
    assert [p.name for p, _ in iter_text_files([tmp_path], exclude=["loop.txt"])] == ["a.txt"]


def test_a_fifo_given_directly_does_not_hang(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (failure,) = iter_articles([tmp_path / "pipe.txt"])
    assert failure.reason.startswith("not-a-regular-file")


# --------------------------------------------------------------------------- the command


@pytest.mark.parametrize("backend", [["-j", "1"], ["-j", "2"], ["--dask-local", "2"]], ids=["j1", "j2", "dask2"])
def test_hostile_folder(tmp_path, monkeypatch, backend):
    if backend[0] == "--dask-local":
        pytest.importorskip("distributed")
    good, bad = hostile_folder(tmp_path / "in", monkeypatch)
    out = tmp_path / "out.jsonl"
    code = main(["extract", str(tmp_path / "in"), "-o", str(out), "--quiet", "--batch-size", "2", *backend,
                 *MODEL_ARGS])
    assert code == 1  # documented: 1 when some input failed
    ids = [r.id for r in read_lines(out)]
    assert sorted(ids) == sorted(good)  # every good article exactly once
    failures = read_lines(tmp_path / "out.errors.jsonl", FailedArticle)
    assert {f.id: f.reason.split(":")[0] for f in failures} == bad
    assert len(failures) == len(bad)
    assert all(r.date is not None for r in read_lines(out))  # the date used is recorded


# --------------------------------------------------------------------------- signals


def _alive(procs) -> list:
    import psutil

    alive = []
    for p in procs:
        try:
            if p.is_running() and p.status() != psutil.STATUS_ZOMBIE:
                alive.append(p)
        except psutil.NoSuchProcess:
            continue
    return alive


def _done_ids(out: Path, fmt: str) -> list[str]:
    """Article ids in an output (each article once per occurrence); asserts the file is valid."""
    if fmt == "jsonl":
        text = out.read_text(encoding="utf-8") if out.exists() else ""
        lines = text.split("\n")
        complete = lines[:-1]  # a hard kill may tear the last line; --resume cuts it
        return [ArticleClaims.model_validate_json(x).id for x in complete if x]
    if fmt == "csv":
        with out.open(encoding="utf-8", newline="") as fh:
            return _runs([r["article_id"] for r in csv.DictReader(fh)])
    import pyarrow.parquet as pq

    paths = [out] if out.exists() else sorted(out.with_name(out.name + ".partial").glob("part-*.parquet"))
    return _runs([aid for p in paths for aid in pq.read_table(p).column("article_id").to_pylist()])


def _runs(row_ids: list[str]) -> list[str]:
    """One id per run of rows of one article (an article written twice shows up twice)."""
    return [aid for k, aid in enumerate(row_ids) if k == 0 or row_ids[k - 1] != aid]


def _progress(out: Path, fmt: str) -> int:
    if fmt == "parquet":
        return len(list(out.with_name(out.name + ".partial").glob("part-*.parquet")))
    return out.read_bytes().count(b"\n") - (fmt == "csv") if out.exists() else 0


@pytest.mark.parametrize("fmt,sig,backend", [
    (fmt, sig, ["-j", "2"]) for sig in ("SIGTERM", "SIGKILL") for fmt in ("jsonl", "csv", "parquet")
] + [("jsonl", "SIGKILL", ["--dask-local", "2"])], ids=lambda v: v if isinstance(v, str) else "".join(v).strip("-"))
def test_stopped_or_killed_run_resumes_exactly_once(tmp_path, fmt, sig, backend):
    psutil = pytest.importorskip("psutil")
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    if backend[0] == "--dask-local":
        pytest.importorskip("distributed")
    corpus = tmp_path / "in"
    corpus.mkdir()
    n = 60
    for i in range(n):
        (corpus / f"bericht-{i:03d}.txt").write_text(article(i), encoding="utf-8")
    out = tmp_path / f"out.{fmt}"
    cmd = [sys.executable, "-m", "nlpclaims.cli", "extract", str(corpus), "-o", str(out), "-f", fmt, *backend,
           "--batch-size", "1", "--checkpoint", "0", "--quiet", *MODEL_ARGS]
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, env=env)
    parent = psutil.Process(proc.pid)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None and _progress(out, fmt) < 3:
        time.sleep(0.02)
    assert proc.poll() is None, "the run ended before it could be stopped"
    workers = parent.children(recursive=True)
    assert len(workers) >= 2
    proc.send_signal(getattr(signal, sig))
    proc.wait(timeout=60)
    end = time.monotonic() + 5
    while _alive(workers) and time.monotonic() < end:
        time.sleep(0.1)
    left = _alive(workers)
    for p in left:  # do not leak them into the rest of the session
        p.kill()
    assert left == [], "worker processes outlived their parent"
    err = proc.stderr.read()  # (a worker left alive would hold this pipe open)
    proc.stderr.close()
    if sig == "SIGTERM":
        assert proc.returncode == 128 + signal.SIGTERM, err
        assert "interrupted by SIGTERM" in err and "--resume" in err
    else:
        assert proc.returncode == -signal.SIGKILL
    done = _done_ids(out, fmt)  # a valid file with what was finished
    assert 1 <= len(done) < n and len(done) == len(set(done))
    code = main(["extract", str(corpus), "-o", str(out), "-f", fmt, "--resume", "-j", "1", "--quiet", *MODEL_ARGS])
    assert code == 0
    ids = _done_ids(out, fmt)
    assert sorted(ids) == sorted(f"bericht-{i:03d}.txt" for i in range(n))
    assert not out.with_name(out.name + ".partial").exists()
