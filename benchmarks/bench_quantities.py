"""Benchmark: quantity extraction on the gold corpora, nlpclaims against peer tools.

Run from the repository root::

    .venv/bin/python benchmarks/bench_quantities.py            # blank + trained pipeline if present
    .venv/bin/python benchmarks/bench_quantities.py --json     # machine-readable

Systems, all scored with ``/work/shared/tools/claimgold.py`` on the dev articles and the
seed article (the ``quantities.value+unit`` and ``quantities.value`` rows):

* ``nlpclaims (blank)`` – the ``nlpclaims_quantities`` component on ``spacy.blank("nl")``;
* ``nlpclaims (model)`` – the same on the embedded pipeline ``nlpclaims/_model`` if present;
* ``Recognizers-Text nl`` – Microsoft Recognizers-Text, Python port, culture Dutch
  (PyPI ``ms-recognizers-text-number`` and ``ms-recognizers-text-number-with-unit``; the older
  ``recognizers-text-*`` 1.0.2a2 packages have no Dutch): currencies, then percentages, then
  plain numbers with the next word as unit, wired as a user would;
* ``text2num nl`` – PyPI ``text2num`` (``text2num(words, "nl")`` on runs of words, digits read
  with Dutch separators), the next word as unit;
* ``naive regex`` – digits (Dutch separators, an optional ``miljoen``/``miljard``) plus the next
  word as unit.

Peer packages are optional (``pip install nlpclaims[bench]``); a missing one is reported and
skipped.  Without ``/work/shared`` the script prints why and exits 0.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SHARED = Path("/work/shared")
CORPORA = SHARED / "corpora"
SCORER = SHARED / "tools" / "claimgold.py"
ROOT = Path(__file__).resolve().parents[1]
MODEL_DIR = ROOT / "nlpclaims" / "_model"
SPLITS = {"dev": CORPORA / "dev", "seed": CORPORA / "seed"}

Extractor = Callable[[str], list[dict[str, Any]]]

_WORD = re.compile(r"[\w'’€$%-]+")
_NUM_WORD = re.compile(r"\d[\d.,]*\d|\d")


def _dutch_float(s: str) -> float | None:
    """Digits with thousands dots and a decimal comma; the reading a naive user would write."""
    s = s.strip().rstrip("%")
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s):
        s = s.replace(".", "")
    s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def _next_word(text: str, end: int) -> tuple[str, int] | None:
    m = _WORD.match(text, end + len(text[end:]) - len(text[end:].lstrip(" ")))
    if not m or text[end:m.start()].strip():
        return None
    return m.group(0), m.end()


def _item(text: str, start: int, end: int, value: float, unit: str | None) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text[start:end], "value": value, "unit": unit,
            "approximate": False, "speaker": None}


# ------------------------------------------------------------------------------------ systems


def nlpclaims_extractor(model: str | None) -> Extractor:
    """The nlpclaims component on a blank pipeline (``model=None``) or a trained one."""
    import spacy

    sys.path.insert(0, str(ROOT))
    import nlpclaims.extensions  # noqa: F401
    from nlpclaims.pipeline.quantities import quantities_to_json

    if model is None:
        nlp = spacy.blank("nl")
    else:
        nlp = spacy.load(model)
        for name in list(nlp.pipe_names):
            if name.startswith("nlpclaims_"):
                nlp.remove_pipe(name)
    nlp.add_pipe("nlpclaims_quantities")

    def run(text: str) -> list[dict[str, Any]]:
        return quantities_to_json(nlp(text)._.quantities)

    return run


def recognizers_extractor() -> Extractor:
    """Microsoft Recognizers-Text, culture Dutch: currency, percent, number (+ next word)."""
    from ms_recognizers_number import Culture, recognize_number, recognize_percentage
    from ms_recognizers_number_with_unit import recognize_currency

    def run(text: str) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        taken: list[tuple[int, int]] = []

        def free(s: int, e: int) -> bool:
            return all(e <= a or s >= b for a, b in taken)

        for r in recognize_currency(text, Culture.Dutch):
            v = _dutch_float(str(r.resolution.get("value", "")).replace(".", "")) if r.resolution else None
            if v is None:
                v = _dutch_float(str((r.resolution or {}).get("value", "")))
            if v is None:
                continue
            s, e = r.start, r.end + 1
            out.append(_item(text, s, e, v, str(r.resolution.get("unit", "")).lower() or None))
            taken.append((s, e))
        for r in recognize_percentage(text, Culture.Dutch):
            s, e = r.start, r.end + 1
            v = _dutch_float(str((r.resolution or {}).get("value", "")))
            if v is None or not free(s, e):
                continue
            out.append(_item(text, s, e, v, "procent"))
            taken.append((s, e))
        for r in recognize_number(text, Culture.Dutch):
            s, e = r.start, r.end + 1
            raw = str((r.resolution or {}).get("value", ""))
            try:
                v = float(raw)
            except ValueError:
                v = _dutch_float(raw)
            if v is None or not free(s, e):
                continue
            nw = _next_word(text, e)
            unit, end = (nw[0], nw[1]) if nw else (None, e)
            out.append(_item(text, s, end, v, unit))
            taken.append((s, end))
        out.sort(key=lambda q: q["start"])
        return out

    return run


def text2num_extractor() -> Extractor:
    """text2num (Dutch): runs of up to four words that ``text2num(…, "nl")`` accepts, or digits."""
    from text_to_num import text2num

    def run(text: str) -> list[dict[str, Any]]:
        words = [(m.group(0), m.start(), m.end()) for m in re.finditer(r"\S+", text)]
        out: list[dict[str, Any]] = []
        i = 0
        while i < len(words):
            found = None
            w0 = words[i][0].strip(".,;:!?()\"'")
            if _NUM_WORD.fullmatch(w0):
                v = _dutch_float(w0)
                if v is not None:
                    found = (i + 1, v)
            else:
                for k in range(min(4, len(words) - i), 0, -1):
                    phrase = " ".join(w[0] for w in words[i:i + k]).strip(".,;:!?()\"'").lower()
                    if not phrase or not re.fullmatch(r"[a-zë ]+", phrase) or phrase in ("een", "één"):
                        continue
                    try:
                        found = (i + k, float(text2num(phrase, "nl")))
                        break
                    except (ValueError, TypeError):
                        continue
            if found is None:
                i += 1
                continue
            j, v = found
            s = words[i][1] + (len(words[i][0]) - len(words[i][0].lstrip("(\"'")))
            e = words[j - 1][1] + len(words[j - 1][0].rstrip(".,;:!?)\"'"))
            nw = _next_word(text, e)
            unit, end = (nw[0], nw[1]) if nw else (None, e)
            out.append(_item(text, s, end, v, unit))
            i = j
        return out

    return run


def naive_regex_extractor() -> Extractor:
    """Digits with Dutch separators, an optional miljoen/miljard, plus the next word as unit."""
    rx = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(%?)"
                    r"(?:\s+(miljoen|miljard))?(?:\s+([^\W\d_][\w'’-]*))?")
    scale = {"miljoen": 1e6, "miljard": 1e9, None: 1.0}

    def run(text: str) -> list[dict[str, Any]]:
        out = []
        for m in rx.finditer(text):
            v = _dutch_float(m.group(1))
            if v is None:
                continue
            v *= scale[m.group(3)]
            unit = "%" if m.group(2) else m.group(4)
            out.append(_item(text, m.start(), m.end(), v, unit))
        return out

    return run


# ------------------------------------------------------------------------------------ scoring


def _load_scorer() -> Any:
    spec = importlib.util.spec_from_file_location("claimgold", SCORER)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def evaluate(extract: Extractor, scorer: Any) -> dict[str, dict[str, Any]]:
    """Scores of one system per split (value+unit and value rows) plus seconds spent."""
    result: dict[str, dict[str, Any]] = {}
    for split, folder in SPLITS.items():
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            for gold in sorted((folder / "gold").glob("*.json")):
                article = folder / (gold.stem + ".txt")
                text = article.read_text(encoding="utf-8")
                pred = {"doc": article.name, "speakers": {}, "claims": [], "mentions": [],
                        "quantities": extract(text)}
                (Path(tmp) / gold.name).write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
            seconds = time.perf_counter() - t0
            scores = scorer.score_dirs(folder / "gold", Path(tmp))
        result[split] = {"value+unit": scores["quantities.value+unit"], "value": scores["quantities.value"],
                         "seconds": round(seconds, 2)}
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = ap.parse_args(argv)
    if not (CORPORA.exists() and SCORER.exists()):
        print(f"skipped: {CORPORA} or {SCORER} not found (the gold corpora live in /work/shared)")
        return 0
    scorer = _load_scorer()
    systems: list[tuple[str, Callable[[], Extractor]]] = [("nlpclaims (blank)", lambda: nlpclaims_extractor(None))]
    if (MODEL_DIR / "config.cfg").exists():
        systems.append(("nlpclaims (model)", lambda: nlpclaims_extractor(str(MODEL_DIR))))
    else:
        print(f"note: no trained pipeline at {MODEL_DIR}; only the blank pipeline is scored")
    systems += [
        ("Recognizers-Text nl", recognizers_extractor),
        ("text2num nl", text2num_extractor),
        ("naive regex", naive_regex_extractor),
    ]
    rows: dict[str, Any] = {}
    for name, factory in systems:
        try:
            extract = factory()
        except ImportError as exc:
            print(f"note: {name} not available ({exc}); pip install nlpclaims[bench]")
            rows[name] = None
            continue
        rows[name] = evaluate(extract, scorer)
    if args.json:
        print(json.dumps(rows, indent=1))
        return 0
    head = (f"{'system':22s} | {'dev P':>6s} {'dev R':>6s} {'dev F1':>6s} | {'seed P':>6s} {'seed R':>6s} "
            f"{'seed F1':>7s} | {'dev F1 value':>12s} | {'sec':>5s}")
    print("quantities.value+unit (IoU >= 0.5, value equal, unit contained)")
    print(head)
    print("-" * len(head))
    for name, r in rows.items():
        if r is None:
            print(f"{name:22s} | not installed")
            continue
        d, s = r["dev"]["value+unit"], r["seed"]["value+unit"]
        secs = r["dev"]["seconds"] + r["seed"]["seconds"]
        print(f"{name:22s} | {d['p']:6.3f} {d['r']:6.3f} {d['f']:6.3f} | {s['p']:6.3f} {s['r']:6.3f} {s['f']:7.3f} | "
              f"{r['dev']['value']['f']:12.3f} | {secs:5.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
