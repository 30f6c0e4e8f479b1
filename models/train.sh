#!/usr/bin/env bash
# End-to-end training of the embedded nlpclaims base pipeline (nl_nlpclaims_ud).
#   bash models/train.sh            # prepare data, vectors, train, evaluate, package
# Environment: PYTHON (default .venv/bin/python), UD_DIR, POOL_DIR, RUN (output name).
# Needs: spacy 3.8, floret (pip install floret==0.10.5). One CPU thread.
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$(cd .. && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
UD_DIR="${UD_DIR:-/work/shared/data/ud}"
POOL_DIR="${POOL_DIR:-/work/shared/corpora/pool}"
RUN="${RUN:-run2}"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONHASHSEED=0

# 1. CoNLL-U -> deduplicated DocBins in corpus/
"$PYTHON" scripts/prepare_data.py --ud-dir "$UD_DIR" --out-dir corpus
# 2. floret vectors on the news pool + training text -> assets/vectors
"$PYTHON" scripts/train_vectors.py --pool "$POOL_DIR" --train corpus/train.spacy --out assets/vectors.floret
"$PYTHON" -m spacy init vectors nl assets/vectors.floret assets/vectors --mode floret
# 3. train (about 60 minutes on one core)
"$PYTHON" -m spacy train config.cfg --output "training/$RUN"
# 4. evaluate on the held-out test files (never used above)
mkdir -p metrics
for t in alpino_test lassysmall_test; do
  "$PYTHON" -m spacy evaluate "training/$RUN/model-best" "corpus/$t.spacy" --output "metrics/$t.json"
done
# 5. package into nlpclaims/_model
"$PYTHON" scripts/package_model.py "training/$RUN/model-best" "$ROOT/nlpclaims/_model"
