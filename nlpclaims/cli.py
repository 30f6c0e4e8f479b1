"""The ``nlpclaims`` command (see docs/cli.md).

Each subcommand is a ``_name(args)`` function that imports what it needs when it runs, so that
``nlpclaims --help`` and ``nlpclaims SUBCOMMAND --help`` answer without loading spaCy.  A new
subcommand is one ``_add_name(sub)`` function that adds its parser and one entry in
:data:`SUBCOMMANDS`.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import __version__
from .batch import FORMATS
from .limits import MAX_CHARS

DESCRIPTION = """\
Who claimed what in Dutch news: speakers, direct and reported quotes and the numbers they state.

  nlpclaims extract DIR_OR_FILE... --output claims.jsonl   claims of every article, one JSON line each
  nlpclaims evaluate GOLD_DIR ARTICLES_DIR                 extract and score against gold files
  nlpclaims render ARTICLE -o page.html                    one article with its claims marked
  nlpclaims report claims.jsonl -o report.html             one page for a whole batch output

Run 'nlpclaims COMMAND --help' for the options of a command; docs/cli.md has the details.
"""

EXTRACT_EPILOG = """\
exit status:
  0    every article processed
  1    some input failed (each one is in the errors file, with its reason)
  2    usage error: a bad option, a missing input path, an output that exists without
       --resume or --overwrite, a missing model or optional dependency
  129, 130, 143
       stopped by SIGHUP, SIGINT (Ctrl-C) or SIGTERM: the output holds every finished
       article; run the same command with --resume to finish
"""


def _date(value: str):
    from .dates import as_date

    try:
        return as_date(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value!r}")
    return n


def _seconds(value: str) -> float:
    try:
        n = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not n >= 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more: {value!r}")
    return n


def _cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _error(command: str, message: str, code: int = 2) -> int:
    print(f"nlpclaims {command}: error: {message}", file=sys.stderr)
    return code


# --------------------------------------------------------------------------- extract


def _extract(args: argparse.Namespace) -> int:
    from .io import ReadOptions

    paths = [Path(p) for p in args.paths]
    missing = [str(p) for p in paths if not os.path.lexists(p)]
    if missing:
        return _error("extract", f"no such file or folder: {', '.join(missing)}")
    output = Path(args.output)
    if args.format == "claimgold":
        if output.exists() and not output.is_dir():
            return _error("extract", f"--format claimgold writes a folder, but {output} is a file")
    else:
        if output.is_dir():
            return _error("extract", f"--output {output} is a folder; --format {args.format} writes a file")
        if output.exists() and output.stat().st_size and not (args.resume or args.overwrite):
            return _error("extract", f"{output} exists: pass --resume to continue it or --overwrite to replace it")
        partial = output.with_name(output.name + ".partial")
        if args.format == "parquet" and partial.is_dir() and not (args.resume or args.overwrite):
            return _error("extract", f"{partial}/ holds the rows of a run that was killed: pass --resume to "
                                     "continue it or --overwrite to start again")
    if args.scheduler and args.dask_local:
        return _error("extract", "pass either --scheduler or --dask-local, not both")
    output.parent.mkdir(parents=True, exist_ok=True)
    from .batch.job import Job
    from .batch.sinks import default_errors_path

    job = Job(
        paths=paths, output=output, format=args.format, errors=Path(args.errors) if args.errors else None,
        read=ReadOptions(text_field=args.text_field, id_field=args.id_field, date_field=args.date_field,
                         date=args.date, max_chars=args.max_chars, exclude=list(args.exclude or [])),
        model=args.model, speakers=args.speakers, n_process=args.n_process or _cores(),
        batch_size=args.batch_size, resume=args.resume, quiet=args.quiet,
        scheduler=args.scheduler, dask_local=args.dask_local, checkpoint_seconds=args.checkpoint,
    )
    from .basemodel import ModelNotFoundError
    from .registry import RegistryError

    try:
        summary = job.run()
    except (RuntimeError, ModelNotFoundError, RegistryError) as err:  # missing dependency, model, bad registry
        return _error("extract", str(err))
    except OSError as err:  # the output cannot be written (disk full, permissions)
        return _error("extract", f"cannot write {err.filename or output}: {err.strerror or err}; "
                                 "what was written is kept: fix it and run the same command with --resume", 1)
    errors = Path(args.errors) if args.errors else default_errors_path(output)
    print(f"nlpclaims extract: {summary.line()}", file=sys.stderr)
    if summary.failed:
        print(f"nlpclaims extract: failures in {errors}", file=sys.stderr)
    if summary.interrupted:
        print(f"nlpclaims extract: {output} holds every finished article; run the same command with "
              "--resume to finish", file=sys.stderr)
    return summary.exit_code


def _add_extract(sub) -> None:
    ex = sub.add_parser("extract", help="extract claims from article files or folders",
                        description="Extract the claims of every article in the files and folders given "
                                    "(folders are walked recursively).",
                        epilog=EXTRACT_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    ex.add_argument("paths", nargs="+", metavar="DIR_OR_FILE",
                    help="files or folders (walked recursively): .txt .md .html .htm .json .jsonl")
    ex.add_argument("--output", "-o", required=True, help="output file (a folder for claimgold)")
    ex.add_argument("--format", "-f", choices=FORMATS, default="jsonl", help="output format (default jsonl)")
    ex.add_argument("--errors", help="failed inputs, one JSON object {id, reason} per line "
                                     "(default OUTPUT.errors.jsonl)")
    ex.add_argument("--resume", action="store_true",
                    help="keep the output and skip articles already in it (same id and text SHA-1)")
    ex.add_argument("--overwrite", action="store_true", help="replace an existing output file")
    ex.add_argument("--model", help="spaCy pipeline package or path (default: nl_core_news_* or embedded)")
    ex.add_argument("--speakers", help="speaker registry file that extends the default registry")
    ex.add_argument("--date", type=_date, help="article date (YYYY-MM-DD) for every article "
                                               "(default: from the data, else the day of the run)")
    ex.add_argument("--text-field", default="text", help="JSON field with the article text (default: text)")
    ex.add_argument("--id-field", default="id", help="JSON field with the article id (default: id)")
    ex.add_argument("--date-field", help="JSON field with the article date (ISO)")
    ex.add_argument("--max-chars", type=_positive, default=MAX_CHARS,
                    help=f"longer articles are reported as failed (default {MAX_CHARS:,})")
    ex.add_argument("--exclude", action="append", metavar="GLOB",
                    help="skip paths matching GLOB (relative to the folder given); repeatable")
    ex.add_argument("--n-process", "-j", type=_positive, default=None,
                    help="worker processes (default: all cores)")
    ex.add_argument("--batch-size", type=_positive, default=16, help="articles per batch (default 16)")
    ex.add_argument("--checkpoint", type=_seconds, default=10.0, metavar="SECONDS",
                    help="parquet: save finished rows to OUTPUT.partial/ at least this often, so that a "
                         "killed run loses at most this much work (default 10)")
    ex.add_argument("--scheduler", metavar="ADDRESS", help="run on a Dask cluster: tcp://HOST:8786")
    ex.add_argument("--dask-local", type=_positive, metavar="N",
                    help="start a local Dask cluster with N worker processes and run on it")
    ex.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    ex.set_defaults(func=_extract)


# --------------------------------------------------------------------------- evaluate


def _evaluate_inputs(gold: Path, articles: Path) -> str | None:
    """Why ``evaluate`` cannot score ``articles`` against ``gold`` (one line), or None."""
    from .io import iter_text_files

    for what, folder in (("gold folder", gold), ("articles folder", articles)):
        if not folder.is_dir():
            return f"no such {what}: {folder}" if not folder.exists() else f"the {what} {folder} is not a folder"
    names = sorted(p.stem for p in gold.glob("*.json"))
    if not names:
        return f"no gold files (*.json) in {gold}; usage: nlpclaims evaluate GOLD_DIR ARTICLES_DIR"
    stems = set()
    for item in iter_text_files([articles]):
        if isinstance(item, tuple):
            rel = item[0].relative_to(articles)
            stems.add(rel.with_suffix("").as_posix())
    if not stems.intersection(names):
        return (f"none of the {len(names)} gold files in {gold} matches an article in {articles} "
                f"(gold {names[0]}.json needs an article {names[0]}.txt, .md, .html or .json there)")
    return None


def _evaluate(args: argparse.Namespace) -> int:
    import shutil
    import subprocess
    import tempfile

    scorer = Path(args.scorer) if args.scorer else None
    if scorer is not None and not scorer.is_file():
        return _error("evaluate", f"no scorer at {scorer}")
    problem = _evaluate_inputs(Path(args.gold), Path(args.articles))
    if problem:
        return _error("evaluate", problem)
    from .basemodel import ModelNotFoundError
    from .batch.job import Job
    from .io import ReadOptions
    from .registry import RegistryError

    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred"
        job = Job(paths=[Path(args.articles)], output=pred, format="claimgold",
                  errors=Path(tmp) / "errors.jsonl", read=ReadOptions(date=args.date),
                  model=args.model, speakers=args.speakers, n_process=args.n_process or 1, quiet=True)
        try:
            summary = job.run()
        except (RuntimeError, ModelNotFoundError, RegistryError) as err:
            return _error("evaluate", str(err))
        if summary.failed or summary.interrupted:
            print(f"nlpclaims evaluate: {summary.line()}", file=sys.stderr)
        if summary.interrupted:
            return summary.exit_code
        if args.predictions:
            shutil.copytree(pred, args.predictions, dirs_exist_ok=True)
        if scorer is not None:
            return subprocess.call([sys.executable, str(scorer), "score", args.gold, str(pred)])
        from .scoring import format_table, score_dirs

        tallies, missing = score_dirs(args.gold, pred)
        print(format_table(tallies))
        if missing:
            print(f"nlpclaims evaluate: no prediction for: {', '.join(missing)}", file=sys.stderr)
        return 0


def _add_evaluate(sub) -> None:
    ev = sub.add_parser("evaluate", help="extract and score against claimgold gold files",
                        description="Extract the claims of the articles in ARTICLES_DIR and score them against "
                                    "the gold files in GOLD_DIR (GOLD_DIR/NAME.json is the gold of ARTICLES_DIR/"
                                    "NAME.txt). Prints precision, recall and F1 per task.",
                        epilog="exit status: 0 scored; 2 a missing folder, no gold files, no gold file matching "
                               "an article, or another usage error")
    ev.add_argument("gold", metavar="GOLD_DIR", help="folder of gold files NAME.json (claimgold format)")
    ev.add_argument("articles", metavar="ARTICLES_DIR", help="folder with the articles NAME.txt (or .md, .html)")
    ev.add_argument("--model", help="spaCy pipeline package or path (default: nl_core_news_* or embedded)")
    ev.add_argument("--speakers", help="speaker registry file that extends the default registry")
    ev.add_argument("--date", type=_date, help="article date (YYYY-MM-DD) for every article "
                                               "(default: MANIFEST.tsv, the file name, else today)")
    ev.add_argument("--scorer", metavar="CLAIMGOLD_PY", help="score with this claimgold.py instead of the built-in scorer")
    ev.add_argument("--predictions", metavar="DIR", help="also keep the predictions (claimgold files) in this folder")
    ev.add_argument("--n-process", "-j", type=_positive, default=None, help="worker processes (default 1)")
    ev.set_defaults(func=_evaluate)


# --------------------------------------------------------------------------- render


def _render(args: argparse.Namespace) -> int:
    from .io import ReadOptions, read_article

    try:
        article = read_article(args.article, ReadOptions(date=args.date, text_field=args.text_field,
                                                         id_field=args.id_field, date_field=args.date_field),
                               article_id=args.id)
    except (OSError, ValueError) as err:
        return _error("render", f"{args.article}: {err}", 1)
    from . import api
    from .basemodel import ModelNotFoundError
    from .registry import RegistryError
    from .visualize import render

    try:
        nlp = api.load(args.model, args.speakers)
    except (ModelNotFoundError, RegistryError) as err:
        return _error("render", str(err))
    doc = api.process(nlp, article.text, date=article.date, article_id=article.id)
    output = Path(args.output)
    if output.parent != Path(""):
        output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(render(doc, nlp=nlp, page=True, jupyter=False), encoding="utf-8")
    print(output)
    return 0


def _add_render(sub) -> None:
    rd = sub.add_parser("render", help="write an article with its claims marked as an HTML page",
                        description="Write one article with its claims, speakers and numbers marked as an HTML "
                                    "page. The file is read as extract reads it (.txt .md .html .json .jsonl).")
    rd.add_argument("article", metavar="ARTICLE", help="an article file")
    rd.add_argument("--output", "-o", required=True, help="the HTML page to write")
    rd.add_argument("--id", help="which article of a .json/.jsonl file holding several (its id or line number)")
    rd.add_argument("--model", help="spaCy pipeline package or path (default: nl_core_news_* or embedded)")
    rd.add_argument("--speakers", help="speaker registry file that extends the default registry")
    rd.add_argument("--date", type=_date, help="article date (YYYY-MM-DD); default from MANIFEST.tsv or the file name")
    rd.add_argument("--text-field", default="text", help="JSON field with the article text (default: text)")
    rd.add_argument("--id-field", default="id", help="JSON field with the article id (default: id)")
    rd.add_argument("--date-field", help="JSON field with the article date (ISO)")
    rd.set_defaults(func=_render)


def _report(args: argparse.Namespace) -> int:
    from .views.report import ReportError, write_report

    try:
        done = write_report(args.claims, args.output, articles=args.articles or (), renders=args.renders,
                            title=args.title)
    except (OSError, ReportError) as err:
        print(f"nlpclaims report: error: {err}", file=sys.stderr)
        return 2
    line = f"nlpclaims report: {done.articles} articles, {done.claims} claims"
    if args.articles:
        line += f", {done.rendered} article pages"
        if done.missing_texts:
            line += f" ({len(done.missing_texts)} articles without their unchanged text: no page)"
    print(line, file=sys.stderr)
    if done.skipped_lines:
        print(f"nlpclaims report: {len(done.skipped_lines)} lines are not results and were left out "
              f"(lines {', '.join(map(str, done.skipped_lines[:10]))}{' ...' if len(done.skipped_lines) > 10 else ''})",
              file=sys.stderr)
    print(done.output)
    return 1 if done.skipped_lines else 0


def _add_report(sub) -> None:
    rp = sub.add_parser("report", help="write one HTML page for a batch output (claims.jsonl)",
                        description="Write one self-contained HTML page for the output of nlpclaims extract: claims "
                                    "per speaker, per article and over time, the numbers each speaker states, and a "
                                    "searchable table of claims. Exit 0 written, 1 written but some lines were not "
                                    "results, 2 unreadable input.")
    rp.add_argument("claims", metavar="CLAIMS_JSONL", help="the JSON-lines output of nlpclaims extract")
    rp.add_argument("--output", "-o", required=True, help="the HTML page to write")
    rp.add_argument("--articles", nargs="+", metavar="DIR_OR_FILE",
                    help="the inputs the claims were extracted from: also write a page per article, linked from the table")
    rp.add_argument("--renders", metavar="DIR", help="folder for the article pages (default: OUTPUT-articles beside the report)")
    rp.add_argument("--title", help="the report's title")
    rp.set_defaults(func=_report)


# --------------------------------------------------------------------------- the command

SUBCOMMANDS = (_add_extract, _add_evaluate, _add_render, _add_report)
"""Each adds one subcommand parser (with ``func``, the function that runs it)."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nlpclaims", description=DESCRIPTION,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"nlpclaims {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in SUBCOMMANDS:
        add(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: 2 for usage errors, 0 for --help and --version
        return int(exc.code or 0)
    try:
        return args.func(args)
    except BrokenPipeError:  # output piped into a reader that stopped (``| head``): no traceback
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())
