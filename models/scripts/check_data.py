"""Check that no held-out sentence is in the training data.

    python models/scripts/check_data.py CORPUS_DIR [--ud-dir DIR]

Reads every sentence of the UD dev and test files (Alpino dev and test, LassySmall
dev and test) straight from the CoNLL-U files, and every sentence of the training
DocBins that scripts/prepare_data.py wrote (train*.spacy, and the checkpoint-selection
dev.spacy). A training sentence matches a held-out one when their token strings are
equal after the variations prepare_data.py adds (quotation-mark style, a dropped final
full stop, line-break tokens) are undone. Exits with status 1 and lists the matches if
a test sentence, or a dev.spacy sentence, is found in training data; Alpino and
LassySmall dev are allowed in training only outside dev.spacy (the 0.3 recipe's
choice), and the count is reported.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import spacy
from spacy.tokens import DocBin

sys.path.insert(0, str(Path(__file__).resolve().parent))
from prepare_data import read_conllu  # noqa: E402

QUOTES = {",,", "„", "“", "«", "‘", "''", "”", "»", "’", '"', "'"}
# Sentences this short occur everywhere ("1 .", ".") and say nothing about overlap.
MIN_TOKENS = 3


def key(words: list[str]) -> str | None:
    words = ['"' if w in QUOTES else w for w in words if w.strip()]
    if words and words[-1] == ".":
        words = words[:-1]
    return " ".join(words) if len(words) >= MIN_TOKENS else None


def docbin_keys(path: Path, vocab) -> list[str]:
    out = []
    for doc in DocBin().from_disk(path).get_docs(vocab):
        for sent in doc.sents:
            k = key([t.text for t in sent])
            if k:
                out.append(k)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--ud-dir", type=Path, default=Path("/work/shared/data/ud"))
    args = ap.parse_args()
    a = args.ud_dir / "UD_Dutch-Alpino"
    l = args.ud_dir / "UD_Dutch-LassySmall"
    test = {}
    for path in (a / "nl_alpino-ud-test.conllu", l / "nl_lassysmall-ud-test.conllu"):
        for s in read_conllu(path, path.name):
            k = key([r[1] for r in s.rows])
            if k:
                test[k] = path.name
    dev = {}
    for path in (a / "nl_alpino-ud-dev.conllu", l / "nl_lassysmall-ud-dev.conllu"):
        for s in read_conllu(path, path.name):
            k = key([r[1] for r in s.rows])
            if k:
                dev[k] = path.name
    vocab = spacy.blank("nl").vocab
    selection = set(docbin_keys(args.corpus / "dev.spacy", vocab))
    bad = 0
    for path in sorted(args.corpus.glob("train*.spacy")) + sorted(args.corpus.glob("*/*.spacy")):
        if path.name in ("dev.spacy", "alpino_test.spacy", "lassysmall_test.spacy"):
            continue
        keys = docbin_keys(path, vocab)
        in_test = [k for k in keys if k in test]
        in_sel = [k for k in keys if k in selection]
        in_dev = sum(k in dev for k in keys)
        print(f"{path.relative_to(args.corpus)}: {len(keys)} sentences, {len(in_test)} in a test file, "
              f"{len(in_sel)} in dev.spacy, {in_dev} in UD dev (allowed outside dev.spacy)")
        for k in (in_test + in_sel)[:10]:
            print(f"   {test.get(k, 'dev.spacy')}: {k[:100]}")
        bad += len(in_test) + len(in_sel)
    sel_in_test = [k for k in selection if k in test]
    if sel_in_test:
        print(f"dev.spacy: {len(sel_in_test)} sentences in a test file")
        bad += len(sel_in_test)
    print("data check:", "FAILED" if bad else "ok (no held-out sentence in training)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
