"""Convert the UD Dutch treebanks into spaCy training data.

Reads the CoNLL-U files under UD_DIR (default /work/shared/data/ud), removes
every training sentence that also occurs in a held-out dev/test file (by
sent_id or by token string) or earlier in the training data, harmonises the
older annotation (UD v2.0/2.1 era) with the current guidelines where this can
be done mechanically, and writes DocBins to OUT_DIR (default models/corpus):

  train_current.spacy  the part of train.spacy annotated to the current
                   guidelines (LassySmall dev, Alpino dev minus dev.spacy, the
                   Alpino treebank converted with alud 2.14), used for fine-tuning
  train.spacy      training docs (10 sentences per doc, plus newline/headline
                   variants so that the parser learns that a line break ends a
                   sentence)
  dev.spacy        ~300 sentences of Alpino dev (checkpoint selection only)
  alpino_test.spacy, lassysmall_test.spacy   held-out test files (evaluation only)

Usage: python models/scripts/prepare_data.py [--ud-dir DIR] [--out-dir DIR]
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

N_SENTS = 10
DEV_SENTS = 300
SEED = 13

POSS_PERSON = {
    "mijn": "1", "m'n": "1", "ons": "1", "onze": "1",
    "jouw": "2", "je": "2", "jullie": "2", "uw": "2",
    "zijn": "3", "z'n": "3", "haar": "3", "hun": "3", "d'r": "3", "hum": "3",
}


class Sent:
    def __init__(self, sent_id: str, rows: list[list[str]], source: str):
        self.sent_id = sent_id
        self.rows = rows
        self.source = source

    @property
    def key(self) -> str:
        return " ".join(r[1] for r in self.rows)

    @property
    def doc_id(self) -> str:
        # Document part of the sentence id: everything before ".p.N.s.M".
        return re.split(r"\.p\.\d+", self.sent_id)[0]


def read_conllu(path: Path, source: str) -> list[Sent]:
    sents = []
    if path.suffix == ".gz":
        text = gzip.decompress(path.read_bytes()).decode("utf8")
    else:
        text = path.read_text(encoding="utf8")
    for block in text.strip().split("\n\n"):
        sent_id = ""
        rows = []
        for line in block.strip().split("\n"):
            if line.startswith("#"):
                m = re.match(r"#\s*sent_id\s*=\s*(.+)", line)
                if m:
                    sent_id = m.group(1).strip()
                elif not sent_id and re.match(r"#\s*\S+\.xml\s*$", line):
                    sent_id = line[1:].strip()  # old LassySmall: "# wiki-1.p.2.s.3.xml"
                continue
            parts = line.split("\t")
            if len(parts) != 10 or "-" in parts[0] or "." in parts[0]:
                continue  # multiword ranges and empty nodes
            rows.append(parts)
        if rows:
            sent_id = re.sub(r"\.xml$", "", sent_id)
            sents.append(Sent(sent_id, rows, source))
    return sents


def norm_id(sent_id: str) -> str:
    """Comparable sentence id across treebank versions."""
    parts = sent_id.replace("\\", "/").split("/")
    s = parts[-1]
    if s.isdigit() and len(parts) > 1:
        s = f"{parts[-2]}/{s}"  # Alpino treebank suites: cdb\\5869, g_suite\\5869, ...
    s = re.sub(r"^LassySmall\d*_", "", s)
    return re.sub(r"\.xml$", "", s)


def harmonise_old(sent: Sent, has_xpos: bool, lemma_dict: dict[str, str]) -> None:
    """Map UD v2.0/2.1-era annotation to the current conventions.

    Current Alpino/LassySmall lemmas mark compound and particle-verb parts
    with "_" (basis_niveau, af_lopen); the old files do not.  Lemmas of
    forms seen in current data are replaced by the current lemma; long
    content words not seen there are left unannotated (missing), since they
    may be compounds.  Sentence-initial capitals are removed from lemmas.
    """
    for i, r in enumerate(sent.rows):
        word, upos, deprel = r[1].lower(), r[3], r[7]
        if r[1] in lemma_dict:
            r[2] = lemma_dict[r[1]]
        elif upos in ("NOUN", "VERB", "ADJ", "ADV") and len(word) >= 8:
            r[2] = ""
        elif i == 0 and upos != "PROPN" and r[2][:1].isupper() and not r[1].isupper():
            r[2] = r[2][:1].lower() + r[2][1:]
        if deprel == "flat:name":
            r[7] = "flat"
        if deprel == "det" and upos in ("DET", "PRON") and word in POSS_PERSON:
            r[3] = "PRON"
            r[7] = "nmod:poss"
            r[5] = f"Person={POSS_PERSON[word]}|Poss=Yes|PronType=Prs"
        if not has_xpos:
            r[4] = "LET" if r[3] == "PUNCT" else "_"
        r[8] = "_"


OPEN_Q = {",,", "„", "“", "«", "‘"}
CLOSE_Q = {"''", "”", "»", "’"}
AMBIG_Q = {'"'}
QUOTE_STYLES = [("„", "”"), ("„", "”"), ("„", "”"), ('"', '"'), ('"', '"'), ("“", "”"),
                ("'", "'"), ("'", "'"), ("‘", "’"), ("«", "»"), (",,", "''")]


def quote_variant(sent: Sent, style: tuple[str, str]) -> Sent:
    """Copy of the sentence with double quotation marks in another typographic style."""
    rows = [list(r) for r in sent.rows]
    is_open = True
    for r in rows:
        if r[3] != "PUNCT":
            continue
        if r[1] in OPEN_Q:
            side = 0
        elif r[1] in CLOSE_Q:
            side = 1
        elif r[1] in AMBIG_Q:
            side = 0 if is_open else 1
            is_open = not is_open
        else:
            continue
        r[1] = r[2] = style[side]
    return Sent(sent.sent_id, rows, sent.source)


def sent_to_doc(vocab, sent: Sent) -> Doc:
    words, spaces, tags, pos, morphs, lemmas, heads, deps = ([] for _ in range(8))
    for i, r in enumerate(sent.rows):
        words.append(r[1])
        spaces.append("SpaceAfter=No" not in r[9])
        tags.append(r[4] if r[4] != "_" else "")
        pos.append(r[3] if r[3] != "_" else "")
        morphs.append(r[5] if r[5] != "_" else "")
        lemmas.append(r[2] if r[2] != "_" or r[1] == "_" else "")
        head = int(r[6]) - 1 if r[6] not in ("0", "_") else i
        heads.append(head)
        deps.append("ROOT" if r[7] == "root" else r[7])
    spaces[-1] = False
    return Doc(vocab, words=words, spaces=spaces, tags=tags, pos=pos, morphs=morphs,
               lemmas=lemmas, heads=heads, deps=deps, sent_starts=[True] + [False] * (len(words) - 1))


def join_docs(vocab, docs: list[Doc], seps: list[str]) -> Doc:
    """Concatenate sentence docs; seps[i] is the separator after docs[i] (" " or a newline)."""
    parts = []
    for d, sep in zip(docs, seps):
        parts.append(d)
        if sep != " ":
            nl = Doc(vocab, words=[sep], spaces=[False], tags=["_SP"], pos=["SPACE"],
                     lemmas=[sep], heads=[0], deps=["dep"])
            parts.append(nl)
    out = Doc.from_docs(parts, ensure_whitespace=True)
    # Doc.from_docs joins with a space; whitespace tokens must attach to the
    # preceding token (spaCy's convention) and must not start a sentence.
    if any(sep != " " for sep in seps):
        heads = [t.head.i for t in out]
        deps = [t.dep_ for t in out]
        spaces = [bool(t.whitespace_) for t in out]
        starts = [bool(t.is_sent_start) for t in out]
        for t in out:
            if t.is_space:
                heads[t.i] = t.i - 1
                deps[t.i] = "dep"
                starts[t.i] = False
                spaces[t.i - 1] = False
                spaces[t.i] = False
                if t.i + 1 < len(out):
                    starts[t.i + 1] = True
        out = Doc(vocab, words=[t.text for t in out], spaces=spaces,
                  tags=[t.tag_ for t in out], pos=[t.pos_ for t in out],
                  morphs=[str(t.morph) for t in out], lemmas=[t.lemma_ for t in out],
                  heads=heads, deps=deps, sent_starts=starts)
    return out


def strip_final_punct(doc: Doc) -> Doc:
    """Headline variant: drop a sentence-final '.' that has no dependents."""
    last = doc[-1]
    if len(doc) > 3 and last.text == "." and not list(last.children):
        return doc[:-1].as_doc()
    return doc


def group_docs(vocab, sents: list[Sent], rng: random.Random, newline_variants: bool) -> list[Doc]:
    out = []
    for start in range(0, len(sents), N_SENTS):
        group = sents[start:start + N_SENTS]
        if newline_variants and rng.random() < 0.6:
            style = rng.choice(QUOTE_STYLES)
            group = [quote_variant(s, style) for s in group]
        chunk = [sent_to_doc(vocab, s) for s in group]
        seps = [" "] * len(chunk)
        if newline_variants and rng.random() < 0.5:
            # News layout: line breaks between paragraphs, headlines without a full stop.
            for i in range(len(chunk)):
                if i == len(chunk) - 1:
                    seps[i] = rng.choice(["\n", "\n\n"]) if rng.random() < 0.2 else " "
                elif rng.random() < 0.4:
                    seps[i] = rng.choice(["\n", "\n", "\n\n"])
                    if rng.random() < 0.3:
                        chunk[i] = strip_final_punct(chunk[i])
        out.append(join_docs(vocab, chunk, seps))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ud-dir", type=Path, default=Path("/work/shared/data/ud"))
    ap.add_argument("--out-dir", type=Path, default=Path(__file__).resolve().parents[1] / "corpus")
    args = ap.parse_args()
    rng = random.Random(SEED)
    a = args.ud_dir / "UD_Dutch-Alpino"
    l = args.ud_dir / "UD_Dutch-LassySmall"
    alp_dev = read_conllu(a / "nl_alpino-ud-dev.conllu", "alpino-dev")
    alp_test = read_conllu(a / "nl_alpino-ud-test.conllu", "alpino-test")
    alp_frag = read_conllu(a / "nl-ud-train.fragment-2017-10-24.conllu", "alpino-train-2017")
    las_dev = read_conllu(l / "nl_lassysmall-ud-dev.conllu", "lassysmall-dev")
    las_test = read_conllu(l / "nl_lassysmall-ud-test.conllu", "lassysmall-test")
    las_old = read_conllu(l / "nl_lassysmall-ud-train.2017-02-01.conllu", "lassysmall-train-2017")
    # The Alpino treebank suites of UD_Dutch-Alpino train and more hand-annotated Alpino
    # sentences, converted with alud v2.14.0 (current conventions; /work/shared/data/README.md).
    alp_train = read_conllu(a / "nl_alpino-ud-train.approx-ud.alud2.14.0.conllu.gz", "alpino-train-alud")
    alp_extra = read_conllu(a / "nl_alpino-treebank-extra.alud2.14.0.conllu.gz", "alpino-extra-alud")

    # Checkpoint-selection dev set: whole documents from the start of Alpino dev.
    dev, alp_dev_train = [], []
    for s in alp_dev:
        if len(dev) < DEV_SENTS or (dev and s.doc_id == dev[-1].doc_id and not alp_dev_train):
            dev.append(s) if not alp_dev_train else alp_dev_train.append(s)
        else:
            alp_dev_train.append(s)

    lemma_counts: dict[str, dict[str, int]] = {}
    for s in las_dev + alp_dev_train:
        for r in s.rows:
            d = lemma_counts.setdefault(r[1], {})
            d[r[2]] = d.get(r[2], 0) + 1
    lemma_dict = {w: max(c, key=c.get) for w, c in lemma_counts.items()}

    held = alp_test + las_test + dev
    seen_ids = {norm_id(s.sent_id) for s in held}
    seen_keys = {s.key for s in held}
    stats = {}
    train = []
    # Current annotation first, so that duplicates keep the current version.
    groups = ((las_dev, False, True), (alp_dev_train, False, True), (alp_train, False, True),
              (alp_extra, False, True), (alp_frag, True, True), (las_old, True, False))
    n_current = 4  # the first four groups follow the current annotation conventions
    for group, old, has_xpos in groups:
        kept = []
        for s in group:
            nid, key = norm_id(s.sent_id), s.key
            if nid in seen_ids or key in seen_keys:
                continue
            seen_ids.add(nid)
            seen_keys.add(key)
            if old:
                harmonise_old(s, has_xpos, lemma_dict)
            kept.append(s)
        stats[group[0].source] = {"read": len(group), "kept": len(kept)}
        train.append(kept)

    nlp = spacy.blank("nl")
    args.out_dir.mkdir(parents=True, exist_ok=True)
    train_docs = []
    current_docs = []  # annotated to the current (UD 2.16) guidelines: fine-tuning set
    news_docs = []  # the same plus the 2017 Alpino news fragment
    for gi, kept in enumerate(train):
        docs = group_docs(nlp.vocab, kept, rng, newline_variants=True)
        train_docs.extend(docs)
        if gi < n_current:
            current_docs.extend(docs)
        if gi < n_current + 1:
            news_docs.extend(docs)
    DocBin(docs=train_docs, store_user_data=False).to_disk(args.out_dir / "train.spacy")
    DocBin(docs=current_docs, store_user_data=False).to_disk(args.out_dir / "train_current.spacy")
    DocBin(docs=news_docs, store_user_data=False).to_disk(args.out_dir / "train_current_news.spacy")
    for name, sents in (("dev", dev), ("alpino_test", alp_test), ("lassysmall_test", las_test)):
        docs = group_docs(nlp.vocab, sents, rng, newline_variants=False)
        DocBin(docs=docs).to_disk(args.out_dir / f"{name}.spacy")
        stats[name] = {"sents": len(sents), "docs": len(docs), "tokens": sum(len(d) for d in docs)}
    stats["train"] = {"sents": sum(len(k) for k in train), "docs": len(train_docs),
                      "tokens": sum(len(d) for d in train_docs)}
    (args.out_dir / "stats.json").write_text(json.dumps(stats, indent=2))
    print(json.dumps(stats, indent=2))


if __name__ == "__main__":
    main()
