"""Write the raw-text corpus for `spacy pretrain`: one JSON line per paragraph.

Input: the NOS news pool (*.txt, first line the title, paragraphs separated by blank
lines). Output: JSONL with {"text": ...}, paragraphs of at least 40 characters, in a
fixed order so that pretraining is reproducible.

Usage: python models/scripts/make_raw_text.py [--pool DIR] [--out corpus/raw_text.jsonl]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]


def paragraphs(text: str) -> list[str]:
    """Non-trivial paragraphs of one article, whitespace inside them normalised."""
    parts = [" ".join(p.split()) for p in text.split("\n\n")]
    return [p for p in parts if len(p) >= 40]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pool", type=Path, default=Path("/work/shared/corpora/pool"))
    ap.add_argument("--out", type=Path, default=HERE / "corpus" / "raw_text.jsonl")
    args = ap.parse_args()
    n = 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as out:
        for path in sorted(args.pool.glob("*.txt")):
            for para in paragraphs(path.read_text(encoding="utf-8")):
                out.write(json.dumps({"text": para}, ensure_ascii=False) + "\n")
                n += 1
    print(f"{n} paragraphs -> {args.out}")


if __name__ == "__main__":
    main()
