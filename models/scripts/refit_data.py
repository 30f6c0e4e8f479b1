"""Build the refit corpora: the training data plus the dev slice, for the final runs.

After checkpoint selection on the dev slice, the shipped pipeline is refit with the same
recipe and a fixed number of steps on training data + dev slice (the dev slice is Alpino
news in the current annotation, the scarcest and most useful part). The sourced
tagger and morphologizer cannot learn new labels, so dev-slice tags and morphology that
the source pipeline does not know are set to missing (the parser ignores unknown labels).

Writes OUT/refit_current/ (train_current + dev) and OUT/refit_all/ (train + dev),
directories that spaCy's corpus reader reads as one corpus.

Usage: python models/scripts/refit_data.py SOURCE_PIPELINE [--corpus models/corpus]
"""
from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import spacy
from spacy.tokens import DocBin

HERE = Path(__file__).resolve().parents[1]


def sanitized_dev(source: Path, dev: Path) -> tuple[DocBin, dict[str, int]]:
    """The dev docs with labels unknown to the source pipeline's components removed."""
    nlp = spacy.load(source)
    tags = set(nlp.get_pipe("tagger").labels)
    morphs = set(nlp.get_pipe("morphologizer").labels)
    deps = set(nlp.get_pipe("parser").labels)
    counts = {"tag": 0, "morph": 0, "dep": 0}
    out = DocBin()
    for doc in DocBin().from_disk(dev).get_docs(nlp.vocab):
        for tok in doc:
            if tok.tag_ and tok.tag_ not in tags:
                tok.tag_ = ""
                counts["tag"] += 1
            feats = tok.morph.to_dict()
            if tok.pos_:
                feats["POS"] = tok.pos_
            label = nlp.vocab.strings[nlp.vocab.morphology.add(feats)]
            if label and label not in morphs:
                tok.set_morph(None)
                tok.pos_ = ""
                counts["morph"] += 1
            if tok.dep_ and tok.dep_ not in deps:
                counts["dep"] += 1  # the parser treats labels it does not know as missing
        out.add(doc)
    return out, counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", type=Path)
    ap.add_argument("--corpus", type=Path, default=HERE / "corpus")
    args = ap.parse_args()
    dev, counts = sanitized_dev(args.source, args.corpus / "dev.spacy")
    for name, train in (("refit_current", "train_current.spacy"), ("refit_all", "train.spacy")):
        target = args.corpus / name
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
        shutil.copy(args.corpus / train, target / "a_train.spacy")
        dev.to_disk(target / "b_dev.spacy")
    print(f"refit corpora written to {args.corpus}; labels unknown to the source: {counts}")


if __name__ == "__main__":
    main()
