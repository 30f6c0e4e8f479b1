"""Copy a trained pipeline into the nlpclaims package as nl_nlpclaims_ud.

    python models/scripts/package_model.py SRC DST [VERSION]   (VERSION default 0.4.0)

Sets meta.json (name, version, licence, sources, scores on the held-out test
files if models/metrics/*.json exist, which also replace spaCy's dev-corpus
"performance") and strips training-only paths from the stored config.  The target directory is replaced.
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

from spacy.util import load_config

HERE = Path(__file__).resolve().parents[1]

SOURCES = [
    {
        "name": "UD Dutch Alpino",
        "url": "https://github.com/UniversalDependencies/UD_Dutch-Alpino",
        "license": "CC BY-SA 4.0",
        "author": "Gosse Bouma, Gertjan van Noord (Alpino Treebank / Lassy, University of Groningen)",
    },
    {
        "name": "Alpino Treebank (cdb, eans, g_suite, h_suite, leuven_yellow_pages, qa, wpspel), "
                "converted to UD with alud v2.14.0; the trees UD Dutch Alpino train is built from",
        "url": "https://github.com/rug-compling/Alpino",
        "license": "LGPL 2.1 (Alpino repository); published by UD as UD_Dutch-Alpino under CC BY-SA 4.0",
        "author": "Gertjan van Noord, Gosse Bouma et al. (University of Groningen)",
    },
    {
        "name": "UD Dutch LassySmall",
        "url": "https://github.com/UniversalDependencies/UD_Dutch-LassySmall",
        "license": "CC BY-SA 4.0",
        "author": "Gosse Bouma, Gertjan van Noord (Lassy Small, University of Groningen)",
    },
    {
        "name": "floret vectors trained on 3,530 NOS news articles (2019) and the training sentences",
        "license": "see models/README.md",
    },
]


def main(src: Path, dst: Path, version: str = "0.4.0") -> None:
    if dst.exists():
        shutil.rmtree(dst)
    shutil.copytree(src, dst)
    meta_path = dst / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta.update({
        "lang": "nl",
        "name": "nlpclaims_ud",
        "version": version,
        "description": "Dutch CPU pipeline for nlpclaims: tagger, morphologizer, parser (sentences), "
                       "trainable lemmatizer, floret vectors. Trained on UD Dutch Alpino + LassySmall.",
        "author": "nlpclaims",
        "email": "",
        "url": "",
        "license": "CC BY-SA 4.0",
        "sources": SOURCES,
    })
    scores = {}
    for name in ("alpino_test", "lassysmall_test"):
        p = HERE / "metrics" / f"{name}.json"
        if p.exists():
            m = json.loads(p.read_text())
            scores[name] = {k: m.get(k) for k in ("tag_acc", "pos_acc", "morph_acc", "lemma_acc",
                                                   "dep_uas", "dep_las", "sents_f")}
    if scores:
        meta["test_scores"] = scores
    # spaCy's "performance" holds the last dev-corpus evaluation of the training run; when the
    # final run trained on that corpus (the refit) it is not a measurement, so the held-out
    # Alpino test scores take its place.
    if "alpino_test" in scores:
        meta["performance"] = {**scores["alpino_test"], "evaluated_on": "UD_Dutch-Alpino test (held out)"}
    else:
        meta.pop("performance", None)
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
    cfg = load_config(dst / "config.cfg", interpolate=False)
    cfg["paths"]["train"] = None
    cfg["paths"]["dev"] = None
    cfg["paths"]["vectors"] = None
    cfg["paths"]["init_tok2vec"] = None
    if "source" in cfg["paths"]:
        cfg["paths"]["source"] = None
    cfg.to_disk(dst / "config.cfg")
    size = sum(f.stat().st_size for f in dst.rglob("*") if f.is_file())
    print(f"packaged {src} -> {dst} ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), *sys.argv[3:4])
