"""Benchmark: are speaker ids something a newsroom can group by?

Runs ``nlpclaims extract`` on the first N pool articles sorted by file name (default 200) and
counts, over the speakers of the claims:

* ids that are no speaker at all: a pronoun, a reflexive, a number word or a noun of quantity
  (``hij``, ``zichzelf``, ``miljoenen``, ``helft``) — the tables of ``nlpclaims/lang/data/persons.json``;
* articles in which one surname stands under two or more ids (``politicoloog-annemarie-walter``
  and ``onderzoeker-walter``): a surname is the last name of a speaker named by a personal name
  (``identity.clean_source``) or of a registry person;
* the cruder count it started from: articles in which the last word of two or more ids is the
  same, bodies and roles included (``gemeente-zandvoort`` and ``circuit-zandvoort``), and of
  those the articles where all those ids are of kind person.

Run from the repository root::

    .venv/bin/python benchmarks/bench_speaker_ids.py                  # extract, then count
    .venv/bin/python benchmarks/bench_speaker_ids.py --results out.jsonl   # count an extract output
    .venv/bin/python benchmarks/bench_speaker_ids.py --list           # print each case

The pool is found as ``<repo>/../shared/corpora/pool`` or ``$NLPCLAIMS_CORPORA/pool``; without it
the script prints why and exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def corpora() -> Path:
    return Path(os.environ.get("NLPCLAIMS_CORPORA", REPO.parent / "shared" / "corpora"))


def run_extract(articles: list[Path], out: Path) -> float:
    """Run the CLI on ``articles`` (linked into a temporary folder); seconds taken."""
    with tempfile.TemporaryDirectory() as tmp:
        for path in articles:
            (Path(tmp) / path.name).symlink_to(path.resolve())
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        cmd = [sys.executable, "-m", "nlpclaims.cli", "extract", tmp, "-o", str(out), "--overwrite", "-q", "-j", "1"]
        start = time.perf_counter()
        subprocess.run(cmd, check=True, env=env)
        return time.perf_counter() - start


def count(results: Path) -> dict:
    """The counts described in the module docstring, with the cases."""
    sys.path.insert(0, str(REPO))
    from nlpclaims.lang.persons import persons
    from nlpclaims.pipeline.assembler import _kind
    from nlpclaims.pipeline.identity import clean_source
    from nlpclaims.registry import fold

    words = persons()

    def surname_of(speaker: dict) -> str | None:
        if speaker.get("kind") != "person":
            return None
        source = clean_source(speaker.get("name", ""), _kind)
        if speaker.get("tracked") or (source is not None and source.person_name):
            return fold(speaker["name"].split()[-1]).split("-")[0]
        return None

    surname_split: list[tuple[str, str, list[str]]] = []
    bad_ids: list[tuple[str, str]] = []
    split: list[tuple[str, str, list[str]]] = []
    person_split: set[str] = set()
    n_articles = n_ids = 0
    for line in results.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        n_articles += 1
        ids = sorted({c["speaker"] for c in article["claims"]} - {"unknown"})
        n_ids += len(ids)
        by_surname: dict[str, list[str]] = defaultdict(list)
        by_person_surname: dict[str, list[str]] = defaultdict(list)
        for sid in ids:
            name_of = surname_of(article["speakers"].get(sid, {}))
            if name_of:
                by_person_surname[name_of].append(sid)
            name = article["speakers"].get(sid, {}).get("name", sid)
            if words.never_source(name) or words.never_source(sid.replace("-", " ")):
                bad_ids.append((article["id"], sid))
            last = sid.rsplit("-", 1)[-1]
            if last.isalpha() and len(last) > 1:
                by_surname[last].append(sid)
        for last, group in sorted(by_person_surname.items()):
            if len(group) > 1:
                surname_split.append((article["id"], last, group))
        for surname, group in sorted(by_surname.items()):
            if len(group) > 1:
                split.append((article["id"], surname, group))
                kinds = {article["speakers"].get(sid, {}).get("kind") for sid in group}
                if kinds == {"person"}:
                    person_split.add(article["id"])
                break
    return {"articles": n_articles, "speaker_ids": n_ids, "non_speaker_ids": len(bad_ids),
            "articles_with_split_surname": len({a for a, _, _ in surname_split}),
            "articles_with_split_last_word": len({a for a, _, _ in split}),
            "articles_with_split_last_word_persons": len(person_split), "non_speaker_cases": bad_ids,
            "surname_split_cases": surname_split, "split_cases": split}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=200, help="number of pool articles (default 200)")
    parser.add_argument("--results", type=Path, help="count this extract output instead of running")
    parser.add_argument("--list", action="store_true", help="print every case")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    args = parser.parse_args()
    seconds = None
    if args.results is None:
        pool = corpora() / "pool"
        if not pool.is_dir():
            print(f"no pool corpus at {pool} (set NLPCLAIMS_CORPORA): nothing to measure")
            return 0
        articles = sorted(pool.glob("*.txt"))[: args.n]
        out = Path(tempfile.mkdtemp()) / "speaker_ids.jsonl"
        seconds = run_extract(articles, out)
        args.results = out
    result = count(args.results)
    if args.json:
        print(json.dumps({k: v for k, v in result.items() if args.list or not k.endswith("_cases")}, indent=1))
        return 0
    if seconds is not None:
        print(f"extracted in {seconds:.1f} s: {args.results}")
    print(f"articles {result['articles']}, speaker ids {result['speaker_ids']}")
    print(f"ids that are a pronoun, reflexive, number word or quantity noun: {result['non_speaker_ids']}")
    print(f"articles with one surname under >= 2 ids: {result['articles_with_split_surname']}")
    print(f"articles with one last word under >= 2 ids (bodies and roles too): {result['articles_with_split_last_word']}"
          f" (all ids of kind person: {result['articles_with_split_last_word_persons']})")
    if args.list:
        for article, sid in result["non_speaker_cases"]:
            print(f"  non-speaker  {sid:40s} {article}")
        for article, surname, group in result["surname_split_cases"]:
            print(f"  surname      {surname:15s} {', '.join(group)}  {article}")
        for article, surname, group in result["split_cases"]:
            print(f"  last word    {surname:15s} {', '.join(group)}  {article}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
