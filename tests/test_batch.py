"""Batch extraction: reading mixed folders, failures, resume after an interrupt, pool and Dask.

The pipeline is ``nlpclaims.load()`` (the embedded pipeline), loaded once per session and
shared with the worker processes (forked) and the in-process Dask worker.
``NLPCLAIMS_TEST_MODEL`` may name another pipeline for local runs.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from nlpclaims.batch import COLUMN_NAMES, Job, claim_rows, get_pipeline
from nlpclaims.io import ReadOptions, decode_bytes, html_to_text, iter_articles, text_sha1
from nlpclaims.schema import ArticleClaims, FailedArticle

MODEL = os.environ.get("NLPCLAIMS_TEST_MODEL") or None

ZELENSKY = (
    "Oekraïne houdt stand\n\n"
    "„We gaan door”, zei Zelensky. Volgens de luchtmacht zijn 72 drones neergehaald.\n\n"
    "De Russische aanvallen duurden de hele nacht. „Dit is terreur”, zei de president.\n"
)
KABINET = (
    "Kabinet zoekt geld voor defensie\n\n"
    "Het kabinet wil dit jaar 2 miljard euro extra uitgeven aan defensie. "
    "Minister Brekelmans zei dat de krijgsmacht het geld hard nodig heeft.\n\n"
    "„We kunnen niet langer wachten”, aldus de minister.\n"
)
BOEREN_CP1252 = (
    "Boeren boos over café-regels\n\n"
    "„Dit is een ramp voor ons”, zei een boer uit Drenthe. Volgens de boerenorganisatie "
    "zijn ruim 300 bedrijven geëvacueerd of gesloten.\n"
)
CRLF = "Storm\r\n\r\n„Blijf binnen”, zei de burgemeester.\r\nVolgens het KNMI waaide het 120 kilometer per uur.\r\n"
HTML = """<!doctype html><html><head><title>Rutte in Washington</title>
<style>p { color: red; }</style><script>var x = "„nep”, zei niemand.";</script></head>
<body><nav>Menu</nav><article><h1>Rutte bij Trump</h1>
<p>„Het was een goed gesprek”, zei Rutte na afloop.</p>
<p>Volgens het Witte Huis spraken de twee <b>45 minuten</b> met elkaar.</p></article>
<script>alert(1)</script></body></html>"""
JSONL_LINES = [
    json.dumps({"id": "a1", "text": ZELENSKY, "date": "2025-03-01T10:00:00"}, ensure_ascii=False),
    "{this is not json",
    json.dumps({"id": "a2", "text": KABINET}, ensure_ascii=False),
    json.dumps({"text": "„Ja”, zei Schoof."}, ensure_ascii=False),
    json.dumps({"id": "a4", "body": "geen tekstveld"}),
]


@pytest.fixture(scope="session")
def nlp():
    from nlpclaims.basemodel import ModelNotFoundError

    try:
        return get_pipeline(MODEL)  # nlpclaims.load() unless NLPCLAIMS_TEST_MODEL is set
    except ModelNotFoundError as err:  # pragma: no cover - the embedded pipeline is part of the package
        pytest.skip(f"no pipeline: {err}")


def make_corpus(root: Path) -> dict:
    """A folder of good and bad inputs; returns what each should become."""
    (root / "sub").mkdir(parents=True)
    (root / "zelensky-2025-03-01.txt").write_text(ZELENSKY, encoding="utf-8")
    (root / "sub" / "kabinet.md").write_bytes(b"\xef\xbb\xbf" + KABINET.encode("utf-8"))
    (root / "boeren.txt").write_bytes(BOEREN_CP1252.encode("cp1252"))
    (root / "storm.txt").write_bytes(CRLF.encode("utf-8"))
    (root / "rutte.html").write_text(HTML, encoding="utf-8")
    (root / "feed.jsonl").write_text("\n".join(JSONL_LINES) + "\n", encoding="utf-8")
    (root / "MANIFEST.tsv").write_text("file\tdate\nboeren.txt\t2024-12-24\n", encoding="utf-8")
    # bad ones
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.md").write_text(" \n\t\n", encoding="utf-8")
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (root / "controls.txt").write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 50 + b"tekst")
    (root / "undecodable.txt").write_bytes("Caf\u00e9 ".encode("cp1252") + b"\x81\x8d kapot")
    (root / "huge.txt").write_bytes(("Dit is een lange zin over niets. " * 160_000).encode("utf-8"))  # ~5 MB
    (root / "ignored.pdf").write_bytes(b"%PDF-1.4")
    (root / "gold").mkdir()
    (root / "gold" / "zelensky.json").write_text("{}", encoding="utf-8")
    good = {
        "zelensky-2025-03-01.txt": ZELENSKY, "sub/kabinet.md": KABINET, "boeren.txt": BOEREN_CP1252,
        "storm.txt": CRLF, "rutte.html": None, "feed.jsonl#a1": ZELENSKY, "feed.jsonl#a2": KABINET,
        "feed.jsonl:4": "„Ja”, zei Schoof.",
    }
    bad = {
        "empty.txt": "empty", "blank.md": "empty", "binary.txt": "binary", "controls.txt": "binary",
        "undecodable.txt": "undecodable", "huge.txt": "too-long", "feed.jsonl:2": "malformed-json",
        "feed.jsonl#a4": "no-text-field",
    }
    return {"good": good, "bad": bad}


def read_jsonl(path: Path, model=ArticleClaims) -> list:
    return [model.model_validate_json(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def claim_set(results: list[ArticleClaims]) -> set:
    return {(r.id, r.sha1, c.kind, c.speaker, c.start, c.end, c.text) for r in results for c in r.claims}


# --------------------------------------------------------------------------- reading


def test_decode_bytes_order():
    assert decode_bytes("é„”".encode("utf-8")) == ("é„”", "utf-8")
    assert decode_bytes(b"\xef\xbb\xbf" + "é".encode("utf-8")) == ("é", "utf-8-sig")
    assert decode_bytes("„Café”, zei hij.".encode("cp1252")) == ("„Café”, zei hij.", "cp1252")
    # valid UTF-8 is never read as cp1252 (it would turn é into Ã©)
    assert decode_bytes("Ã©".encode("utf-8"))[0] == "Ã©"


def test_html_text_drops_script_and_style():
    text = html_to_text(HTML)
    assert text.startswith("Rutte in Washington\n\n")
    assert "„Het was een goed gesprek”, zei Rutte na afloop." in text
    assert "45 minuten" in text
    assert "nep" not in text and "color" not in text and "alert" not in text


def test_reader_ids_dates_encodings(tmp_path):
    expected = make_corpus(tmp_path / "in")
    items = list(iter_articles([tmp_path / "in"], ReadOptions(max_chars=2_000_000, date_field="date")))
    arts = {a.id: a for a in items if not isinstance(a, FailedArticle)}
    fails = {f.id: f.reason for f in items if isinstance(f, FailedArticle)}
    assert set(arts) == set(expected["good"])
    assert {k: v.split(":")[0] for k, v in fails.items()} == expected["bad"]
    assert arts["boeren.txt"].text == BOEREN_CP1252 and arts["boeren.txt"].encoding == "cp1252"
    assert arts["sub/kabinet.md"].text == KABINET and arts["sub/kabinet.md"].encoding == "utf-8-sig"
    assert arts["storm.txt"].text == CRLF  # CRLF kept as is
    assert str(arts["boeren.txt"].date) == "2024-12-24"  # MANIFEST.tsv
    assert str(arts["zelensky-2025-03-01.txt"].date) == "2025-03-01"  # file name
    assert str(arts["feed.jsonl#a1"].date) == "2025-03-01"  # date field
    assert arts["feed.jsonl#a2"].date is None
    assert arts["feed.jsonl:4"].target == "feed/4" and arts["feed.jsonl#a1"].target == "feed/a1"


# --------------------------------------------------------------------------- the job


def run_job(tmp_path: Path, name: str, **kw) -> tuple:
    out = tmp_path / f"{name}.jsonl"
    job = Job(paths=[tmp_path / "in"], output=out, model=MODEL, quiet=True, batch_size=2,
              read=ReadOptions(date_field="date"), **kw)
    summary = job.run()
    return summary, out, tmp_path / f"{name}.errors.jsonl"


def test_mixed_folder(nlp, tmp_path):
    expected = make_corpus(tmp_path / "in")
    summary, out, errors = run_job(tmp_path, "out")
    results = read_jsonl(out)
    by_id = {r.id: r for r in results}
    assert set(by_id) == set(expected["good"])
    failures = read_jsonl(errors, FailedArticle)
    assert {f.id: f.reason.split(":")[0] for f in failures} == expected["bad"]
    assert summary.ok == len(expected["good"]) and summary.failed == len(expected["bad"])
    assert summary.exit_code == 1
    assert summary.reasons["empty"] == 2 and summary.encodings["cp1252"] == 1
    # the cp1252 article was decoded correctly: same text, same offsets
    assert by_id["boeren.txt"].sha1 == text_sha1(BOEREN_CP1252)
    assert by_id["boeren.txt"].text_length == len(BOEREN_CP1252)
    texts = {k: v for k, v in expected["good"].items() if v is not None}
    texts["rutte.html"] = html_to_text(HTML)
    for aid, text in texts.items():
        r = by_id[aid]
        assert r.sha1 == text_sha1(text)
        for c in r.claims:
            assert text[c.start:c.end] == c.text
        for q in r.quantities:
            assert text[q.start:q.end] == q.text
    assert any(c.speaker == "zelensky" and c.text == "We gaan door" for c in by_id["zelensky-2025-03-01.txt"].claims)
    assert any("Café" in c.text or "ramp" in c.text for c in by_id["boeren.txt"].claims) or by_id["boeren.txt"].claims == []


def test_interrupted_run_resumes_to_same_result(nlp, tmp_path):
    make_corpus(tmp_path / "in")
    full, out_full, _ = run_job(tmp_path, "full")
    assert not full.interrupted

    def stop_after_two_batches(summary):
        if summary.ok >= 3:
            raise KeyboardInterrupt

    part, out, _ = run_job(tmp_path, "part", on_batch=stop_after_two_batches)
    assert part.interrupted and part.exit_code == 130
    done = read_jsonl(out)  # a valid file with what finished so far
    assert 3 <= len(done) < full.ok
    rest, out2, _ = run_job(tmp_path, "part", resume=True)
    assert out2 == out and rest.skipped == len(done) and rest.ok == full.ok - len(done)
    resumed = read_jsonl(out)
    assert len(resumed) == full.ok
    assert claim_set(resumed) == claim_set(read_jsonl(out_full))
    # once more: nothing left to do
    again, _, _ = run_job(tmp_path, "part", resume=True)
    assert again.ok == 0 and again.skipped == full.ok


def _table(path: Path, fmt: str) -> set:
    if fmt == "csv":
        import csv

        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    elif fmt == "parquet":
        import pyarrow.parquet as pq

        rows = pq.read_table(path).to_pylist()
    else:  # claimgold: one file per article
        return {(str(p.relative_to(path)), p.read_text(encoding="utf-8")) for p in path.rglob("*.json")}
    return {(r["article_id"], r["article_sha1"], r["claim_id"] or "", str(r["start"] or ""), r["text"] or "")
            for r in rows}


@pytest.mark.parametrize("fmt", ["csv", "parquet", "claimgold"])
def test_interrupted_table_and_claimgold_runs_resume(nlp, tmp_path, fmt):
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    make_corpus(tmp_path / "in")
    suffix = "" if fmt == "claimgold" else f".{fmt}"

    def job(name, **kw):
        return Job(paths=[tmp_path / "in"], output=tmp_path / f"{name}{suffix}", format=fmt, model=MODEL,
                   quiet=True, batch_size=2, read=ReadOptions(date_field="date"), **kw).run()

    full = job("full")

    def stop(summary):
        if summary.ok >= 3:
            raise KeyboardInterrupt

    part = job("part", on_batch=stop)
    assert part.interrupted and 3 <= part.ok < full.ok
    assert len(_table(tmp_path / f"part{suffix}", fmt)) < len(_table(tmp_path / f"full{suffix}", fmt))
    rest = job("part", resume=True)
    assert rest.skipped == part.ok and rest.ok == full.ok - part.ok
    assert _table(tmp_path / f"part{suffix}", fmt) == _table(tmp_path / f"full{suffix}", fmt)


def test_resume_after_killed_writer(nlp, tmp_path):
    make_corpus(tmp_path / "in")
    _, out_full, _ = run_job(tmp_path, "full")
    lines = out_full.read_text(encoding="utf-8").splitlines(keepends=True)
    out = tmp_path / "killed.jsonl"
    out.write_text("".join(lines[:2]) + lines[2][: len(lines[2]) // 2], encoding="utf-8")  # torn last line
    summary, _, _ = run_job(tmp_path, "killed", resume=True)
    assert summary.skipped == 2
    assert claim_set(read_jsonl(out)) == claim_set(read_jsonl(out_full))


def test_worker_pool_matches_local(nlp, tmp_path):
    make_corpus(tmp_path / "in")
    _, local, _ = run_job(tmp_path, "local")
    summary, pooled, errors = run_job(tmp_path, "pool", n_process=2)
    assert summary.ok == len(read_jsonl(local))
    assert claim_set(read_jsonl(pooled)) == claim_set(read_jsonl(local))
    assert len(summary.rss_kb) == 2  # two worker processes reported their peak memory


def crash_on_marker(tasks, *args, **kwargs):
    """process_batch, except that a worker given the marker text dies (as if killed for memory)."""
    from nlpclaims.batch import workers

    if any("WORKER-CRASH" in t.text for t in tasks):
        os._exit(1)
    return workers.real_process_batch(tasks, *args, **kwargs)


def test_worker_death_is_one_failure(nlp, tmp_path, monkeypatch):
    from nlpclaims.batch import workers

    make_corpus(tmp_path / "in")
    _, local, _ = run_job(tmp_path, "local")  # before the patch: in-process, a crash would end pytest
    (tmp_path / "in" / "crash.txt").write_text("„Dit gaat mis”, zei WORKER-CRASH.", encoding="utf-8")
    monkeypatch.setattr(workers, "real_process_batch", workers.process_batch, raising=False)
    monkeypatch.setattr(workers, "process_batch", crash_on_marker)
    summary, pooled, errors = run_job(tmp_path, "pool", n_process=2)
    failed = {f.id: f.reason for f in read_jsonl(errors, FailedArticle)}
    assert failed["crash.txt"].startswith("pipeline-error: the worker process died")
    assert len(failed) == 9 and summary.failed == 9
    assert claim_set(read_jsonl(pooled)) == claim_set(read_jsonl(local))


def test_dask_matches_local(nlp, tmp_path):
    distributed = pytest.importorskip("distributed")
    make_corpus(tmp_path / "in")
    _, local, _ = run_job(tmp_path, "local")
    with distributed.LocalCluster(n_workers=1, processes=False, threads_per_worker=1, host="127.0.0.1",
                                  protocol="tcp://",  # loopback TCP: tasks and results are serialised
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        summary, out, errors = run_job(tmp_path, "dask", dask_client=client)
    assert summary.ok == len(read_jsonl(local)) and summary.failed == 8
    assert claim_set(read_jsonl(out)) == claim_set(read_jsonl(local))
    assert {f.id for f in read_jsonl(errors, FailedArticle)} == {
        f.id for f in read_jsonl(tmp_path / "local.errors.jsonl", FailedArticle)}


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_table_formats(nlp, tmp_path, fmt):
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    make_corpus(tmp_path / "in")
    _, ref, _ = run_job(tmp_path, "ref")
    results = read_jsonl(ref)
    out = tmp_path / f"out.{fmt}"
    summary = Job(paths=[tmp_path / "in"], output=out, format=fmt, model=MODEL, quiet=True, batch_size=3,
                  read=ReadOptions(date_field="date")).run()
    assert summary.ok == len(results)
    if fmt == "csv":
        import csv

        with out.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            assert tuple(reader.fieldnames) == COLUMN_NAMES
            rows = list(reader)
    else:
        import pyarrow.parquet as pq

        table = pq.read_table(out)
        assert tuple(table.column_names) == COLUMN_NAMES
        assert str(table.schema.field("article_date").type) == "date32[day]"
        assert str(table.schema.field("start").type) == "int64"
        rows = table.to_pylist()
    expected_rows = sum(max(1, len(r.claims)) for r in results)
    assert len(rows) == expected_rows
    assert {r["article_id"] for r in rows} == {r.id for r in results}
    claims = {(r["article_id"], r["speaker"], int(r["start"]), int(r["end"]), r["text"])
              for r in rows if r["claim_id"]}
    assert claims == {(r.id, c.speaker, c.start, c.end, c.text) for r in results for c in r.claims}
    enc = {r["article_id"]: r["encoding"] for r in rows}
    assert enc["boeren.txt"] == "cp1252" and enc["sub/kabinet.md"] == "utf-8-sig"


def test_claim_rows_without_claims():
    result = ArticleClaims(id="x.txt", text_length=3, sha1="abc")
    (row,) = claim_rows(result, "utf-8")
    assert tuple(row) == COLUMN_NAMES
    assert row["article_id"] == "x.txt" and row["n_claims"] == 0 and row["claim_id"] is None


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_the_date_used_is_recorded(nlp, tmp_path, fmt):
    """Articles without a known date are processed with the run's date, and the output says so."""
    import csv
    import datetime as dt

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "zonder-datum.txt").write_text("De premier zei dat het kabinet doorgaat.", encoding="utf-8")
    (tmp_path / "in" / "nieuws-2023-05-01.txt").write_text("De premier zei dat het kabinet doorgaat.",
                                                           encoding="utf-8")
    out = tmp_path / f"out.{fmt}"
    Job(paths=[tmp_path / "in"], output=out, format=fmt, model=MODEL, quiet=True,
        run_date=dt.date(2025, 3, 19)).run()
    if fmt == "jsonl":
        dates = {r.id: str(r.date) for r in read_jsonl(out)}
    else:
        with out.open(encoding="utf-8", newline="") as fh:
            dates = {r["article_id"]: r["article_date"] for r in csv.DictReader(fh)}
    assert dates == {"zonder-datum.txt": "2025-03-19", "nieuws-2023-05-01.txt": "2023-05-01"}
