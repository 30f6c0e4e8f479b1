"""Train floret (subword-hashed fastText) vectors on raw Dutch text.

Input: the NOS news pool (/work/shared/corpora/pool/*.txt) plus the text of the
training sentences in models/corpus/train.spacy (never the held-out test files).
The text is tokenised with spaCy's Dutch tokenizer so that vector keys match
spaCy tokens.  Output: models/assets/vectors.floret, to be converted with
`spacy init vectors nl models/assets/vectors.floret models/assets/vectors --mode floret`.

Usage: python models/scripts/train_vectors.py [--pool DIR] [--dim 100] [--bucket 50000]
"""
from __future__ import annotations

import argparse
from pathlib import Path

import floret
import spacy
from spacy.tokens import DocBin

HERE = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pool", type=Path, default=Path("/work/shared/corpora/pool"))
    ap.add_argument("--train", type=Path, default=HERE / "corpus" / "train.spacy")
    ap.add_argument("--out", type=Path, default=HERE / "assets" / "vectors.floret")
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--bucket", type=int, default=50000)
    ap.add_argument("--epoch", type=int, default=10)
    args = ap.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("nl")
    text_path = args.out.with_suffix(".txt")
    n_words = 0
    with text_path.open("w", encoding="utf8") as out:
        files = sorted(args.pool.glob("*.txt"))
        for f in files:
            for para in f.read_text(encoding="utf8").split("\n"):
                para = para.strip()
                if para:
                    toks = [t.text for t in nlp.make_doc(para) if not t.is_space]
                    n_words += len(toks)
                    out.write(" ".join(toks) + "\n")
        if args.train.exists():
            for doc in DocBin().from_disk(args.train).get_docs(nlp.vocab):
                for sent in doc.sents:
                    toks = [t.text for t in sent if not t.is_space]
                    n_words += len(toks)
                    out.write(" ".join(toks) + "\n")
    print(f"{len(files)} pool files, {n_words} tokens of text")
    model = floret.train_unsupervised(
        str(text_path), model="cbow", mode="floret", hashCount=2, bucket=args.bucket,
        minn=4, maxn=5, minCount=2, dim=args.dim, epoch=args.epoch, thread=1, verbose=1,
    )
    model.save_floret_vectors(str(args.out))
    print(f"saved {args.out}")


if __name__ == "__main__":
    main()
