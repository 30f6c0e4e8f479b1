"""The ``nlpclaims`` command: extract claims from article files and evaluate against gold.

    nlpclaims extract DIR_OR_FILE... --output OUT [--format jsonl|parquet|csv|claimgold]
    nlpclaims evaluate GOLD_DIR ARTICLES_DIR
    nlpclaims report CLAIMS.jsonl -o report.html [--articles DIR_OR_FILE... [--renders DIR]]

Exit codes of ``extract``: 0 every article processed, 1 some input failed (see the errors
file), 2 usage error, 130 interrupted (the output holds everything finished so far).
See docs/cli.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .api import MAX_CHARS
from .batch import FORMATS, Job, default_errors_path
from .io import ReadOptions


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
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


def _cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _usage(message: str) -> int:
    print(f"nlpclaims extract: error: {message}", file=sys.stderr)
    return 2


def _extract(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.paths]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        return _usage(f"no such file or folder: {', '.join(missing)}")
    output = Path(args.output)
    if args.format == "claimgold":
        if output.exists() and not output.is_dir():
            return _usage(f"--format claimgold writes a folder, but {output} is a file")
    else:
        if output.is_dir():
            return _usage(f"--output {output} is a folder; --format {args.format} writes a file")
        if output.exists() and output.stat().st_size and not (args.resume or args.overwrite):
            return _usage(f"{output} exists: pass --resume to continue it or --overwrite to replace it")
    if args.scheduler and args.dask_local:
        return _usage("pass either --scheduler or --dask-local, not both")
    output.parent.mkdir(parents=True, exist_ok=True)
    job = Job(
        paths=paths, output=output, format=args.format, errors=Path(args.errors) if args.errors else None,
        read=ReadOptions(text_field=args.text_field, id_field=args.id_field, date_field=args.date_field,
                         date=args.date, max_chars=args.max_chars, exclude=list(args.exclude or [])),
        model=args.model, speakers=args.speakers, n_process=args.n_process or _cores(),
        batch_size=args.batch_size, resume=args.resume, quiet=args.quiet,
        scheduler=args.scheduler, dask_local=args.dask_local,
    )
    from .basemodel import ModelNotFoundError
    from .registry import RegistryError

    try:
        summary = job.run()
    except (RuntimeError, ModelNotFoundError, RegistryError) as err:  # missing dependency, model, bad registry
        return _usage(str(err))
    errors = Path(args.errors) if args.errors else default_errors_path(output)
    print(f"nlpclaims extract: {summary.line()}", file=sys.stderr)
    if summary.failed:
        print(f"nlpclaims extract: failures in {errors}", file=sys.stderr)
    return summary.exit_code


def _evaluate(args: argparse.Namespace) -> int:
    scorer = Path(args.scorer) if args.scorer else None
    if scorer is not None and not scorer.is_file():
        print(f"nlpclaims evaluate: error: no scorer at {scorer}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred"
        job = Job(paths=[Path(args.articles)], output=pred, format="claimgold",
                  errors=Path(tmp) / "errors.jsonl", read=ReadOptions(date=args.date),
                  model=args.model, speakers=args.speakers, n_process=args.n_process or 1, quiet=True)
        from .basemodel import ModelNotFoundError
        from .registry import RegistryError

        try:
            summary = job.run()
        except (ModelNotFoundError, RegistryError) as err:
            print(f"nlpclaims evaluate: error: {err}", file=sys.stderr)
            return 2
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
            print(f"no prediction for: {', '.join(missing)}", file=sys.stderr)
        return 0


def _render(args: argparse.Namespace) -> int:
    from .visualize import render_file

    try:
        out = render_file(args.article, args.output, model=args.model, speakers=args.speakers, date=args.date)
    except (OSError, ValueError) as err:
        print(f"{args.article}: {err}", file=sys.stderr)
        return 1
    print(out)
    return 0


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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nlpclaims", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract claims from article files or folders")
    ex.add_argument("paths", nargs="+", metavar="DIR_OR_FILE",
                    help="files or folders (walked recursively): .txt .md .html .htm .json .jsonl")
    ex.add_argument("--output", "-o", required=True, help="output file (a folder for claimgold)")
    ex.add_argument("--format", "-f", choices=FORMATS, default="jsonl")
    ex.add_argument("--errors", help="failed inputs, one FailedArticle per line (default OUTPUT.errors.jsonl)")
    ex.add_argument("--resume", action="store_true",
                    help="keep the output and skip articles already in it (same id and text SHA-1)")
    ex.add_argument("--overwrite", action="store_true", help="replace an existing output file")
    ex.add_argument("--model", help="spaCy pipeline package or path (default: nl_core_news_* or embedded)")
    ex.add_argument("--speakers", help="speaker registry file that extends the default registry")
    ex.add_argument("--date", type=_date, help="article date (YYYY-MM-DD) for every article")
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
    ex.add_argument("--scheduler", metavar="ADDRESS", help="run on a Dask cluster: tcp://HOST:8786")
    ex.add_argument("--dask-local", type=_positive, metavar="N",
                    help="start a local Dask cluster with N worker processes and run on it")
    ex.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    ex.set_defaults(func=_extract)
    ev = sub.add_parser("evaluate", help="extract and score against claimgold gold files")
    ev.add_argument("gold")
    ev.add_argument("articles")
    ev.add_argument("--model")
    ev.add_argument("--speakers")
    ev.add_argument("--date", type=_date)
    ev.add_argument("--scorer", help="score with this claimgold.py instead of the built-in scorer")
    ev.add_argument("--predictions", help="also keep the predictions (claimgold files) in this folder")
    ev.add_argument("--n-process", "-j", type=_positive, default=None, help="worker processes (default 1)")
    ev.set_defaults(func=_evaluate)
    rd = sub.add_parser("render", help="write an article with its claims marked as an HTML page")
    rd.add_argument("article", help="an article text file")
    rd.add_argument("--output", "-o", required=True, help="the HTML page to write")
    rd.add_argument("--model", help="spaCy pipeline package or path (default: nl_core_news_* or embedded)")
    rd.add_argument("--speakers", help="speaker registry file that extends the default registry")
    rd.add_argument("--date", type=_date, help="article date (YYYY-MM-DD); default from MANIFEST.tsv or the file name")
    rd.set_defaults(func=_render)
    rp = sub.add_parser("report", help="write one HTML page for a batch output (claims.jsonl)")
    rp.add_argument("claims", help="the JSON-lines output of nlpclaims extract")
    rp.add_argument("--output", "-o", required=True, help="the HTML page to write")
    rp.add_argument("--articles", nargs="+", metavar="DIR_OR_FILE",
                    help="the inputs the claims were extracted from: also write a page per article, linked from the table")
    rp.add_argument("--renders", metavar="DIR", help="folder for the article pages (default: OUTPUT-articles beside the report)")
    rp.add_argument("--title", help="the report's title")
    rp.set_defaults(func=_report)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: 2 for usage errors, 0 for --help
        return int(exc.code or 0)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
