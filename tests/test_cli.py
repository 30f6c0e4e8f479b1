"""The ``nlpclaims`` command: formats, claimgold layout, resume and exit codes.

Runs ``nlpclaims.cli.main`` in-process (the pipeline, ``nlpclaims.load()``, is loaded once per
session and cached); one test runs the installed command in a subprocess and interrupts it.
``NLPCLAIMS_TEST_MODEL`` may name another pipeline for local runs.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from nlpclaims.batch import get_pipeline
from nlpclaims.cli import main
from nlpclaims.schema import ArticleClaims, FailedArticle

MODEL = os.environ.get("NLPCLAIMS_TEST_MODEL") or None
MODEL_ARGS = ["--model", MODEL] if MODEL else []

ARTICLES = {
    "2025-04-18-omtzigt.txt": "Omtzigt stopt\n\n„Ik ben op”, zei Omtzigt. Volgens zijn partij zijn 20 zetels in gevaar.\n",
    "drones.txt": "Aanval op Kyiv\n\nVolgens de luchtmacht zijn 72 drones neergehaald. „We gaan door”, zei Zelensky.\n",
    "raw/drones.md": "# Aanval op Kyiv\n\n„We gaan door”, zei Zelensky tegen verslaggevers.\n",
}


@pytest.fixture(scope="session")
def nlp():
    from nlpclaims.basemodel import ModelNotFoundError

    try:
        return get_pipeline(MODEL)
    except ModelNotFoundError as err:  # pragma: no cover
        pytest.skip(f"no pipeline: {err}")


@pytest.fixture
def corpus(tmp_path) -> Path:
    root = tmp_path / "in"
    for name, text in ARTICLES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def extract(*args: str) -> int:
    return main(["extract", *map(str, args), "--quiet", "-j", "1", *MODEL_ARGS])


def lines(path: Path, model=ArticleClaims) -> list:
    return [model.model_validate_json(x) for x in path.read_text(encoding="utf-8").splitlines() if x]


def test_jsonl_and_exit_code_ok(nlp, corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    assert extract(corpus, "--output", out) == 0
    results = {r.id: r for r in lines(out)}
    assert set(results) == set(ARTICLES)
    assert str(results["2025-04-18-omtzigt.txt"].date) == "2025-04-18"
    assert (tmp_path / "out.errors.jsonl").read_text() == ""
    claims = [(c.speaker, c.text) for c in results["drones.txt"].claims]
    assert ("zelensky", "We gaan door") in claims


def test_failures_give_exit_code_1(nlp, corpus, tmp_path):
    (corpus / "leeg.txt").write_text("   \n", encoding="utf-8")
    (corpus / "lang.txt").write_text("Een zin. " * 200, encoding="utf-8")
    errors = tmp_path / "fouten.jsonl"
    out = tmp_path / "out.jsonl"
    assert extract(corpus, "--output", out, "--errors", errors, "--max-chars", "1000") == 1
    failed = {f.id: f.reason for f in lines(errors, FailedArticle)}
    assert set(failed) == {"leeg.txt", "lang.txt"}
    assert failed["leeg.txt"].startswith("empty") and failed["lang.txt"].startswith("too-long")
    assert len(lines(out)) == len(ARTICLES)


@pytest.mark.parametrize("argv", [
    ["extract", "does-not-exist", "--output", "x.jsonl"],
    ["extract", ".", "--output", "x.jsonl", "--format", "xml"],
    ["extract", ".", "--output", "x.jsonl", "--date", "18-04-2025"],
    ["extract", ".", "--output", "x.jsonl", "--n-process", "0"],
    ["extract", ".", "--output", "x.jsonl", "--scheduler", "tcp://127.0.0.1:1", "--dask-local", "1"],
    ["extract", "."],
    ["extract", ".", "--output", "x.jsonl", "--model", "./no/such/model"],
    ["frobnicate"],
])
def test_usage_errors_give_exit_code_2(tmp_path, monkeypatch, argv):
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2


def test_existing_output_needs_resume_or_overwrite(nlp, corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    assert extract(corpus, "--output", out) == 0
    before = out.read_text(encoding="utf-8")
    assert extract(corpus, "--output", out) == 2
    assert out.read_text(encoding="utf-8") == before  # nothing lost
    assert extract(corpus, "--output", out, "--resume") == 0
    assert out.read_text(encoding="utf-8") == before  # all done already
    (corpus / "nieuw.txt").write_text("„Nieuw”, zei Schoof.", encoding="utf-8")
    (corpus / "drones.txt").write_text(ARTICLES["drones.txt"] + "Een extra zin.\n", encoding="utf-8")
    assert extract(corpus, "--output", out, "--resume") == 0
    ids = [r.id for r in lines(out)]
    assert ids.count("nieuw.txt") == 1 and ids.count("drones.txt") == 2  # changed text: processed again
    assert extract(corpus, "--output", out, "--overwrite") == 0
    assert len(lines(out)) == len(ARTICLES) + 1


def test_claimgold_layout(nlp, corpus, tmp_path):
    out = tmp_path / "pred"
    assert extract(corpus, "--format", "claimgold", "--output", out) == 0
    top = json.loads((out / "drones.json").read_text(encoding="utf-8"))
    raw = json.loads((out / "raw" / "drones.json").read_text(encoding="utf-8"))
    assert top["doc"] == "drones.txt" and raw["doc"] == "drones.md"  # raw/ does not overwrite the top level
    assert {"speakers", "claims", "quantities", "mentions"} <= set(top)
    assert (tmp_path / "pred.errors.jsonl").exists()


def test_evaluate_dev_corpus(nlp, shared_corpora, tmp_path, capfd):
    corpora = shared_corpora
    if not (corpora / "dev" / "gold").is_dir():
        pytest.skip(f"shared dev corpus not present in {corpora}")
    # a two-article subset keeps this fast
    sub = tmp_path / "corpora" / "dev"
    (sub / "gold").mkdir(parents=True)
    for name in sorted(p.name for p in (corpora / "dev" / "gold").glob("*.json"))[:2]:
        (sub / "gold" / name).write_bytes((corpora / "dev" / "gold" / name).read_bytes())
        txt = name[:-5] + ".txt"
        (sub / txt).write_bytes((corpora / "dev" / txt).read_bytes())
    scorer = corpora.parent / "tools" / "claimgold.py"
    code = main(["evaluate", str(sub / "gold"), str(sub), "--scorer", str(scorer), *MODEL_ARGS])
    assert code == 0
    assert "claims.attributed" in capfd.readouterr().out


def test_ctrl_c_leaves_valid_output(nlp, corpus, tmp_path):
    """The installed command, interrupted with SIGINT, keeps a valid JSONL file and resumes."""
    for i in range(40):
        (corpus / f"extra-{i:02d}.txt").write_text(
            f"Bericht {i}\n\n„We gaan door”, zei Zelensky. Volgens de luchtmacht zijn {i + 3} drones neergehaald.\n",
            encoding="utf-8")
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "nlpclaims.cli", "extract", str(corpus), "--output", str(out), "-j", "1",
           "--batch-size", "1", "--quiet", *MODEL_ARGS]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.read_text(encoding="utf-8").count("\n") >= 2:
            break
        time.sleep(0.05)
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    done = lines(out)  # every line parses
    if proc.returncode == 130:
        assert "interrupted" in err and len(done) < len(ARTICLES) + 40
    else:  # finished before the signal arrived
        assert proc.returncode == 0
    assert main(["extract", str(corpus), "--output", str(out), "--resume", "-j", "1", "--quiet", *MODEL_ARGS]) == 0
    ids = [r.id for r in lines(out)]
    assert len(ids) == len(set(ids)) == len(ARTICLES) + 40


def test_dask_local_cluster_matches_local(nlp, corpus, tmp_path):
    """``--dask-local 1``: a real worker process (loopback TCP) loads the pipeline and gives the same claims."""
    pytest.importorskip("distributed")
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert extract(corpus, "--output", local) == 0
    assert main(["extract", str(corpus), "--output", str(dask), "--dask-local", "1", "--quiet", *MODEL_ARGS]) == 0

    def claims(path):
        return {(r.id, r.sha1, c.speaker, c.start, c.end, c.text) for r in lines(path) for c in r.claims}

    assert {r.id for r in lines(dask)} == set(ARTICLES)
    assert claims(dask) == claims(local)


def test_evaluate_scores_the_seed_with_the_builtin_scorer(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "-m", "nlpclaims.cli", "evaluate", str(root / "corpora" / "gold"),
                          str(root / "corpora"), "--predictions", str(tmp_path / "pred")],
                         capture_output=True, text=True, check=True)
    rows = {line.split()[0]: float(line.split("F1")[1].split()[0]) for line in out.stdout.splitlines()}
    assert rows["claims.attributed"] >= 0.90
    assert rows["quantities.value+unit"] >= 0.95
    assert rows["mentions"] >= 0.95
    assert (tmp_path / "pred" / "liveblog-trump-poetin.json").is_file()


def test_render_writes_a_page(tmp_path):
    from pathlib import Path

    from nlpclaims.cli import main

    root = Path(__file__).resolve().parents[1]
    assert main(["render", str(root / "corpora" / "liveblog-trump-poetin.txt"), "-o", str(tmp_path / "p.html")]) == 0
    assert "Zelensky" in (tmp_path / "p.html").read_text("utf-8")


# --------------------------------------------------------------------------- a newcomer's first commands


@pytest.mark.parametrize("case", ["missing-gold", "missing-articles", "swapped", "no-gold-files", "no-match"])
def test_evaluate_cannot_score_exits_2_with_one_line(tmp_path, capsys, case):
    gold, articles = tmp_path / "gold", tmp_path / "articles"
    gold.mkdir()
    articles.mkdir()
    (gold / "a.json").write_text('{"doc": "a.txt", "claims": []}', encoding="utf-8")
    (articles / "a.txt").write_text("„Ja”, zei Schoof.", encoding="utf-8")
    argv = {
        "missing-gold": [tmp_path / "nope" / "gold", articles],
        "missing-articles": [gold, tmp_path / "nope"],
        "swapped": [articles, gold],
        "no-gold-files": [articles, articles],
        "no-match": [gold, articles],
    }[case]
    if case == "no-match":
        (articles / "a.txt").rename(articles / "b.txt")
    assert main(["evaluate", *map(str, argv)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("nlpclaims evaluate: error:") and "\n" not in err and "Traceback" not in err


def test_version_and_help_without_markup(capsys):
    import nlpclaims

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"nlpclaims {nlpclaims.__version__}"
    for argv in (["--help"], ["extract", "--help"], ["evaluate", "--help"], ["render", "--help"]):
        assert main(argv) == 0
        out = capsys.readouterr().out
        assert "``" not in out and ":func:" not in out and ":class:" not in out
    assert main(["evaluate", "--help"]) == 0
    out = capsys.readouterr().out
    assert "GOLD_DIR" in out and "ARTICLES_DIR" in out and "gold files" in out


def test_help_does_not_import_spacy():
    """``--help`` answers without loading spaCy or pydantic (the reason it is fast)."""
    code = ("import sys; from nlpclaims.cli import main\n"
            "try:\n    main(['extract', '--help'])\nexcept SystemExit:\n    pass\n"
            "heavy = [m for m in ('spacy', 'pydantic', 'thinc', 'numpy') if m in sys.modules]\n"
            "print('HEAVY', heavy)")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout
    assert "HEAVY []" in out


@pytest.mark.parametrize("name,content", [
    ("stuk.html", "<html><head><title>T</title><script>var x = 1;</script></head>"
                  "<body><p>„We gaan door”, zei Zelensky.</p></body></html>"),
    ("feed.jsonl", json.dumps({"id": "z1", "text": "„We gaan door”, zei Zelensky."}) + "\n"),
])
def test_render_reads_files_as_extract_does(nlp, tmp_path, name, content):
    (tmp_path / name).write_text(content, encoding="utf-8")
    page = tmp_path / "p.html"
    assert main(["render", str(tmp_path / name), "-o", str(page), *MODEL_ARGS]) == 0
    html = page.read_text("utf-8")
    assert "Zelensky" in html and "var x" not in html and "&quot;id&quot;" not in html and '"id"' not in html


def test_render_of_a_multi_article_file_asks_for_an_id(nlp, tmp_path, capsys):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps({"id": f"z{i}", "text": f"„Ja {i}”, zei Schoof."}) for i in range(3)),
                    encoding="utf-8")
    assert main(["render", str(feed), "-o", str(tmp_path / "p.html")]) == 1
    assert "choose one" in capsys.readouterr().err
    assert main(["render", str(feed), "--id", "z1", "-o", str(tmp_path / "p.html"), *MODEL_ARGS]) == 0
    assert "<title>feed.jsonl#z1</title>" in (tmp_path / "p.html").read_text("utf-8")


def test_killed_parquet_run_needs_resume_or_overwrite(tmp_path, corpus):
    out = tmp_path / "out.parquet"
    (tmp_path / "out.parquet.partial").mkdir()
    assert main(["extract", str(corpus), "-o", str(out), "-f", "parquet"]) == 2


def test_sighup_stops_cleanly(nlp, corpus, tmp_path):
    for i in range(60):
        (corpus / f"extra-{i:02d}.txt").write_text(f"„Nummer {i}”, zei Zelensky.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "nlpclaims.cli", "extract", str(corpus), "--output", str(out), "-j", "1",
           "--batch-size", "1", "--quiet", *MODEL_ARGS]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.read_text(encoding="utf-8").count("\n") >= 2:
            break
        time.sleep(0.02)
    assert proc.poll() is None
    proc.send_signal(signal.SIGHUP)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signal.SIGHUP
    assert "interrupted by SIGHUP" in err and "--resume" in err
    assert 2 <= len(lines(out)) < len(ARTICLES) + 60
