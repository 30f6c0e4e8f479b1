"""Silver training data: pool paragraphs parsed by two different pipelines, kept where they agree.

Two steps:

  parse  MODEL --out FILE.spacy     parse every paragraph of corpus/raw_text.jsonl with MODEL
                                    (one CPU thread) and store the annotated docs
  agree  A.spacy B.spacy --out F    keep each sentence of A whose boundaries, POS, heads and
                                    dependency labels B predicts identically; consecutive kept
                                    sentences of one paragraph stay one document (so the
                                    parser still sees sentence boundaries inside documents)
  mix    --gold G.spacy... --copies N --silver S.spacy --out DIR
                                    a training corpus directory: each gold file N times (gold
                                    weighs more than silver) plus the silver file

Two pipelines of different architecture agreeing on a whole tree is a precise filter
(tri-training without the third model); the kept sentences carry A's annotation in today's
UD guidelines, on news text, the domain the library parses.

Usage:
  python models/scripts/silver_data.py parse training/s2b/model-best --out corpus/silver_a.spacy
  python models/scripts/silver_data.py parse training/fastP_s2/model-best --out corpus/silver_b.spacy
  python models/scripts/silver_data.py agree corpus/silver_a.spacy corpus/silver_b.spacy \
      --out corpus/silver.spacy
  python models/scripts/silver_data.py mix --gold corpus/train_current.spacy --copies 3 \
      --silver corpus/silver.spacy --out corpus/silver_mix
"""
from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span

HERE = Path(__file__).resolve().parents[1]
MIN_TOKENS = 4


def parse(model: Path, raw: Path, out: Path, limit: int) -> None:
    """Parse the raw-text paragraphs with one pipeline and write them as a DocBin."""
    nlp = spacy.load(model, exclude=["lemmatizer"])
    texts = [json.loads(line)["text"] for line in raw.open(encoding="utf-8")]
    if limit:
        texts = texts[:limit]
    db = DocBin(store_user_data=False)
    for doc in nlp.pipe(texts, batch_size=256):
        db.add(doc)
    out.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(out)
    print(f"{len(texts)} paragraphs parsed by {model} -> {out}")


def _same_sentence(a: Span, b_doc: Doc) -> bool:
    """Whether B splits, tags and parses A's sentence exactly as A does."""
    start, end = a.start, a.end
    if not b_doc[start].is_sent_start:
        return False
    if end < len(b_doc) and not b_doc[end].is_sent_start:
        return False
    for i in range(start, end):
        ta, tb = a.doc[i], b_doc[i]
        if i > start and tb.is_sent_start:
            return False
        if ta.pos != tb.pos or ta.dep != tb.dep or ta.head.i != tb.head.i:
            return False
    return True


def _as_doc(vocab, sents: list[Span]) -> Doc:
    """One training document made of consecutive sentences, annotation copied."""
    toks = [t for s in sents for t in s]
    offset = sents[0].start
    words = [t.text for t in toks]
    spaces = [bool(t.whitespace_) for t in toks]
    spaces[-1] = False
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        heads=[t.head.i - offset for t in toks],
        deps=[t.dep_ for t in toks],
        pos=[t.pos_ for t in toks],
        tags=[t.tag_ for t in toks],
        morphs=[str(t.morph) for t in toks],
        sent_starts=[t.is_sent_start for t in toks],
    )


def agree(a_path: Path, b_path: Path, out: Path) -> None:
    """Keep the sentences both parses agree on; write them as documents of kept runs."""
    nlp = spacy.blank("nl")
    docs_a = list(DocBin().from_disk(a_path).get_docs(nlp.vocab))
    docs_b = list(DocBin().from_disk(b_path).get_docs(nlp.vocab))
    if len(docs_a) != len(docs_b):
        raise SystemExit(f"{a_path} and {b_path} hold different paragraph counts")
    out_db = DocBin(store_user_data=False)
    n_sent = n_kept = n_tok = 0
    for da, db in zip(docs_a, docs_b):
        if [t.text for t in da] != [t.text for t in db]:
            raise SystemExit("the two parses tokenised a paragraph differently")
        run: list[Span] = []
        for sent in da.sents:
            n_sent += 1
            keep = len(sent) >= MIN_TOKENS and _same_sentence(sent, db)
            if keep:
                run.append(sent)
                n_kept += 1
                n_tok += len(sent)
            elif run:
                out_db.add(_as_doc(nlp.vocab, run))
                run = []
        if run:
            out_db.add(_as_doc(nlp.vocab, run))
    out.parent.mkdir(parents=True, exist_ok=True)
    out_db.to_disk(out)
    print(f"{n_kept}/{n_sent} sentences kept ({n_tok} tokens) in {len(out_db)} docs -> {out}")


def mix(gold: list[Path], copies: int, silver: Path, out: Path) -> None:
    """Write a corpus directory with every gold file `copies` times and the silver file once."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for g, path in enumerate(gold):
        for c in range(copies):
            shutil.copy(path, out / f"gold{g}_{c}.spacy")
    shutil.copy(silver, out / "silver.spacy")
    print(f"{len(gold)} gold file(s) x {copies} + {silver.name} -> {out}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("parse")
    p.add_argument("model", type=Path)
    p.add_argument("--raw", type=Path, default=HERE / "corpus" / "raw_text.jsonl")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--limit", type=int, default=0)
    g = sub.add_parser("agree")
    g.add_argument("a", type=Path)
    g.add_argument("b", type=Path)
    g.add_argument("--out", type=Path, required=True)
    m = sub.add_parser("mix")
    m.add_argument("--gold", type=Path, action="append", required=True)
    m.add_argument("--copies", type=int, default=3)
    m.add_argument("--silver", type=Path, required=True)
    m.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    if args.cmd == "parse":
        parse(args.model, args.raw, args.out, args.limit)
    elif args.cmd == "agree":
        agree(args.a, args.b, args.out)
    else:
        mix(args.gold, args.copies, args.silver, args.out)


if __name__ == "__main__":
    main()
