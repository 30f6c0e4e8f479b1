"""Add the UD Dutch auxiliary rule to a trained pipeline: AUX if and only if aux/aux:pass/cop.

    python models/scripts/aux_rule.py SRC DST

In the UD Dutch treebanks a token is AUX exactly when its relation is `aux`, `aux:pass` or
`cop` (1,334 of 1,334 such tokens and 1,334 of 1,335 AUX tokens in the current-guideline
training data). The morphologizer decides AUX/VERB for zijn, hebben, worden, kunnen … from a
window of a few words; the parser sees the clause. An `attribute_ruler` after the parser makes
the part of speech agree with the relation:

- relation aux, aux:pass or cop -> AUX;
- AUX with any other relation (root, conj, ccomp …: a main verb) -> VERB.

Morphological features, tags and lemmas are left as they are. The result is a plain spaCy
pipeline (spaCy's own `attribute_ruler`, patterns stored with the pipeline). The target
directory is replaced.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import spacy
from spacy.language import Language

AUX_RELATIONS = ["aux", "aux:pass", "cop"]
PATTERNS = [
    {"patterns": [[{"DEP": {"IN": AUX_RELATIONS}, "POS": {"NOT_IN": ["AUX"]}}]], "attrs": {"POS": "AUX"}},
    {"patterns": [[{"POS": "AUX", "DEP": {"NOT_IN": AUX_RELATIONS}}]], "attrs": {"POS": "VERB"}},
]
NAME = "aux_rule"


def add_aux_rule(nlp: Language) -> Language:
    """Add the rule as an `attribute_ruler` named `aux_rule` right after the parser."""
    if NAME in nlp.pipe_names:
        nlp.remove_pipe(NAME)
    ruler = nlp.add_pipe("attribute_ruler", name=NAME, after="parser")
    ruler.add_patterns(PATTERNS)
    return nlp


def main(src: Path, dst: Path) -> None:
    nlp = add_aux_rule(spacy.load(src))
    if dst.exists():
        shutil.rmtree(dst)
    nlp.to_disk(dst)
    print(f"{src} -> {dst}: {nlp.pipe_names}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
