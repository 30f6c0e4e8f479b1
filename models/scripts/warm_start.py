"""Prepare a trained pipeline for continued training on data with new labels.

    python models/scripts/warm_start.py SRC TRAIN.spacy OUT

spaCy's parser adds unseen dependency labels by itself and the morphologizer skips
unseen UPOS+feature combinations, but the tagger cannot grow its output layer. This
copies SRC to OUT with the tagger's softmax extended by one zero-initialised row per
XPOS tag of TRAIN that SRC does not know (and the parser given TRAIN's new labels),
so that `spacy train` can source the components from OUT.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import spacy
from spacy.tokens import DocBin


def softmax_layer(model):
    """The output layer (the one with W and b parameters and an nO dimension) of a tagger model."""
    for node in model.walk():
        if node.has_param("W") and node.has_param("b") and node.has_dim("nO") and node.name.startswith("softmax"):
            return node
    raise ValueError("no softmax output layer found")


def grow_tagger(tagger, new_labels: list[str]) -> None:
    layer = softmax_layer(tagger.model)
    W, b = layer.get_param("W"), layer.get_param("b")
    n_old, n_in = W.shape
    if n_old != len(tagger.labels):
        raise ValueError(f"tagger has {len(tagger.labels)} labels but {n_old} outputs")
    ops = layer.ops
    W2 = ops.alloc2f(n_old + len(new_labels), n_in)
    b2 = ops.alloc1f(n_old + len(new_labels))
    W2[:n_old] = W
    b2[:n_old] = b
    # New tags start below every known tag so that predictions do not change before training.
    b2[n_old:] = b.min() - 1.0
    for name in ("W", "b"):  # thinc allows a dimension change only on a layer without params
        layer._has_params[name] = False
    layer.set_dim("nO", n_old + len(new_labels), force=True)
    layer.set_param("W", W2)
    layer.set_param("b", b2)
    for node in tagger.model.walk():
        if node is not layer and node.has_dim("nO") and node.get_dim("nO", ) == n_old:
            node.set_dim("nO", n_old + len(new_labels), force=True)
    for label in new_labels:
        tagger.cfg["labels"].append(label)
        tagger.vocab.strings.add(label)


def main(src: Path, train: Path, out: Path) -> None:
    nlp = spacy.load(src)
    tags: Counter[str] = Counter()
    deps: set[str] = set()
    for doc in DocBin().from_disk(train).get_docs(nlp.vocab):
        for t in doc:
            if t.tag_:
                tags[t.tag_] += 1
            if t.dep_:
                deps.add(t.dep_)
    tagger = nlp.get_pipe("tagger")
    known = set(tagger.labels)
    new_tags = sorted(t for t in tags if t not in known)
    print(f"tagger: {len(known)} tags, {len(new_tags)} new ({sum(tags[t] for t in new_tags)} tokens)")
    if new_tags:
        grow_tagger(tagger, new_tags)
    parser = nlp.get_pipe("parser")
    added = [d for d in sorted(deps) if d not in ("ROOT", "dep") and parser.add_label(d)]
    print(f"parser: {len(added)} new labels {added}")
    nlp.to_disk(out)
    print(f"saved {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
