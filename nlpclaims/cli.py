"""The ``nlpclaims`` command: extract claims from article files and evaluate against gold."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from .io import date_from_name, iter_text_files, manifest_dates


def _extract(args: argparse.Namespace) -> int:
    from .api import doc_to_result, load, make_doc
    from .claimgold import to_claimgold

    nlp = load(args.model, args.speakers)
    out = Path(args.output)
    files = list(iter_text_files([Path(p) for p in args.paths]))
    if args.format == "claimgold":
        out.mkdir(parents=True, exist_ok=True)
    sink = None if args.format == "claimgold" else out.open("w", encoding="utf-8")
    failed = 0
    dates: dict[Path, dict] = {}
    try:
        for path, root in files:
            if root not in dates:
                dates[root] = manifest_dates(root)
            rel = str(path.relative_to(root))
            try:
                text = path.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError) as err:
                print(f"{rel}: {err}", file=sys.stderr)
                failed += 1
                continue
            day = args.date or dates[root].get(path.name) or date_from_name(path.name)
            result = doc_to_result(nlp(make_doc(nlp, text, date=day, article_id=rel)), nlp=nlp)
            if sink is None:
                target = out / Path(rel).with_suffix(".json")
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(
                    json.dumps(to_claimgold(result, path.name), ensure_ascii=False, indent=1), encoding="utf-8")
            else:
                sink.write(result.model_dump_json() + "\n")
    finally:
        if sink is not None:
            sink.close()
    return 1 if failed else 0


def _evaluate(args: argparse.Namespace) -> int:
    scorer = Path(args.scorer) if args.scorer else Path(args.articles).resolve().parents[1] / "tools" / "claimgold.py"
    with tempfile.TemporaryDirectory() as tmp:
        ns = argparse.Namespace(paths=[args.articles], output=tmp, format="claimgold", model=args.model,
                                speakers=args.speakers, date=args.date)
        _extract(ns)
        if not scorer.is_file():
            print(f"claimgold.py not found at {scorer}; pass --scorer", file=sys.stderr)
            return 2
        return subprocess.call([sys.executable, str(scorer), "score", args.gold, tmp])


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nlpclaims", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract claims from article files or folders")
    ex.add_argument("paths", nargs="+")
    ex.add_argument("--output", "-o", required=True)
    ex.add_argument("--format", choices=["jsonl", "claimgold"], default="jsonl")
    ex.add_argument("--model")
    ex.add_argument("--speakers")
    ex.add_argument("--date", type=dt.date.fromisoformat, help="article date (YYYY-MM-DD) for dated roles")
    ex.set_defaults(func=_extract)
    ev = sub.add_parser("evaluate", help="extract and score against claimgold gold files")
    ev.add_argument("gold")
    ev.add_argument("articles")
    ev.add_argument("--model")
    ev.add_argument("--speakers")
    ev.add_argument("--date", type=dt.date.fromisoformat)
    ev.add_argument("--scorer", help="path of claimgold.py (default: ../tools/claimgold.py from the corpus)")
    ev.set_defaults(func=_evaluate)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
