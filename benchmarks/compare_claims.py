"""Compare the claims of two ``nlpclaims extract`` JSONL outputs, ids aside.

    python benchmarks/compare_claims.py BEFORE.jsonl AFTER.jsonl [--ignore rule] [--show 5]

Articles are matched by id. A claim is compared on every field except its id (``c0``, ``c1`` …),
the claim ids its quantities point to, and the fields named with ``--ignore`` (default: ``rule``,
which older outputs lack). Prints the number of articles and claims on each side, then each
article whose claims differ with the claims only one side has. Exit 0 when identical, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def _claims(article: dict, ignore: set[str]) -> list[str]:
    out = []
    for claim in article.get("claims", []):
        claim = {k: v for k, v in claim.items() if k != "id" and k not in ignore}
        claim["quantities"] = [{k: v for k, v in q.items() if k != "claim"} for q in claim.get("quantities", [])]
        out.append(json.dumps(claim, sort_keys=True, ensure_ascii=False))
    return out


def _read(path: Path, ignore: set[str]) -> dict[str, list[str]]:
    articles: dict[str, list[str]] = {}
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                article = json.loads(line)
            except json.JSONDecodeError as err:
                raise SystemExit(f"{path}:{n}: not JSON: {err}") from None
            articles[str(article.get("id"))] = _claims(article, ignore)
    return articles


def compare(before: Path, after: Path, ignore: set[str], show: int = 5) -> int:
    """Print the differences; return the number of articles whose claims differ."""
    a, b = _read(before, ignore), _read(after, ignore)
    print(f"{before}: {len(a)} articles, {sum(map(len, a.values()))} claims")
    print(f"{after}: {len(b)} articles, {sum(map(len, b.values()))} claims")
    differing = 0
    for art in sorted(set(a) | set(b)):
        if art not in a or art not in b:
            differing += 1
            print(f"  {art}: only in {'after' if art not in a else 'before'}")
            continue
        if a[art] == b[art]:
            continue
        differing += 1
        only_a = [c for c in a[art] if c not in b[art]]
        only_b = [c for c in b[art] if c not in a[art]]
        print(f"  {art}: {len(only_a)} claim(s) only before, {len(only_b)} only after"
              + ("" if only_a or only_b else " (same claims, other order)"))
        for label, rows in (("-", only_a), ("+", only_b)):
            for row in rows[:show]:
                c = json.loads(row)
                print(f"    {label} [{c.get('kind')}] {c.get('speaker')} | {c.get('cue')} | {c.get('text')[:120]!r}")
    print(f"{differing} article(s) differ")
    return differing


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    ap.add_argument("--ignore", action="append", default=None, help="claim field to leave out (repeatable; default: rule)")
    ap.add_argument("--show", type=int, default=5, help="claims shown per differing article")
    args = ap.parse_args(argv)
    ignore = set(args.ignore) if args.ignore is not None else {"rule"}
    return 1 if compare(args.before, args.after, ignore, args.show) else 0


if __name__ == "__main__":
    sys.exit(main())
