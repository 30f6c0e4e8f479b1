"""Direct quotes in Dutch novels: recall and precision of the pipeline on OpenBoek's quote layer.

OpenBoek (CC BY 4.0, ``../shared/corpora/annotations/openboek``) has 1,192 hand-annotated quotes
in 9 public-domain novels and translations. The texts are tokenized one sentence a line; this
script joins the tokens back into running text (paragraphs from ``tokenized/*.tok``, no space
before punctuation or a closing quote mark, none after an opening one), runs the pipeline on
each novel and matches the predicted *direct* claims against the annotated quotes that open
with a quote mark: the gold span is the inside of the marks (punctuation inside the closing
mark included), a match is an overlap of at least half the union, one to one, as in the gold
scorer. Dialogue dashes (Couperus, part of Multatuli) have no marks and are set aside: such
quotes are not gold and predictions overlapping them are not counted.

    python benchmarks/bench_openboek.py            # table per novel and per closing punctuation
    python benchmarks/bench_openboek.py --json
    python benchmarks/bench_openboek.py --show 20  # missed quotes with what was predicted there

Set ``OPENBOEK_DIR`` to the corpus folder if it is not at ``<repo>/../shared/...``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPUS = Path(os.environ.get("OPENBOEK_DIR", ROOT.parent / "shared" / "corpora" / "annotations" / "openboek"))

QUOTE_MARKS = {'"', "„", "“", "”", "'", "‘", "’", "‚", ",,", "''", "«", "»"}
NO_SPACE_BEFORE = {",", ".", ";", ":", "?", "!", ")", "]", "...", "…", "'s"}
NO_SPACE_AFTER = {"(", "["}
IOU_MIN = 0.5


@dataclass
class GoldQuote:
    start: int  # inside the marks
    end: int
    text: str
    closing: str  # punctuation right before the closing mark: , . ? ! or ""
    speaker: str


@dataclass
class Novel:
    name: str
    text: str
    quotes: list[GoldQuote] = field(default_factory=list)
    set_aside: list[tuple[int, int]] = field(default_factory=list)  # dash dialogue


_PIECE = re.compile(r"<(/?)(quote|mention)([^>]*)>|([^<]+)")


def _paragraph_ids(tok_path: Path) -> list[str]:
    ids = []
    for line in tok_path.read_text(encoding="utf-8").splitlines():
        ids.append(line.split("|", 1)[0].split("-")[0])
    return ids


def read_novel(xml_path: Path, tok_path: Path) -> Novel:
    """The running text of one novel with its annotated quotes."""
    raw = xml_path.read_text(encoding="utf-8")
    body = raw[raw.index("<text>") + len("<text>"): raw.rindex("</text>")]
    pars = _paragraph_ids(tok_path)
    out: list[str] = []
    pos = 0
    line = 0
    quote_open = False  # a '"' outside annotated quotes: opening or closing
    q_start: int | None = None
    q_tokens: list[tuple[str, int, int]] = []
    q_attrs = ""
    novel = Novel(xml_path.stem, "")
    need_space = False
    attach_next = False

    def emit(tok: str, *, opening: bool = False, closing: bool = False) -> tuple[int, int]:
        nonlocal pos, need_space, attach_next
        sep = " " if need_space and not attach_next and not closing and tok not in NO_SPACE_BEFORE else ""
        out.append(sep)
        pos += len(sep)
        start = pos
        out.append(tok)
        pos += len(tok)
        need_space = True
        attach_next = opening or tok in NO_SPACE_AFTER
        return start, pos

    def newline() -> None:
        nonlocal pos, line, need_space, attach_next, quote_open
        line += 1
        if line < len(pars) and pars[line] != pars[line - 1]:
            out.append("\n\n")
            pos += 2
            need_space = False
            attach_next = False
            quote_open = False

    pieces = list(_PIECE.finditer(body))
    inner_open = False  # a quote inside an annotated quote: „zoogenaamde "stilstand" heet"
    for n, m in enumerate(pieces):
        close, tag, attrs, text = m.groups()
        quote_ends_here = n + 1 < len(pieces) and pieces[n + 1].group(2) == "quote" and pieces[n + 1].group(1)
        if tag == "quote" and not close:
            q_start, q_tokens, q_attrs, inner_open = pos, [], attrs, False
            continue
        if tag == "quote" and close:
            _finish_quote(novel, q_tokens, q_attrs)
            q_start = None
            continue
        if tag == "mention":
            continue
        parts = text.split("\n")
        last_line = max((i for i, c in enumerate(parts) if c.split()), default=-1)
        for i, chunk in enumerate(parts):
            if i:
                newline()
            toks = chunk.split()
            for j, tok in enumerate(toks):
                if q_start is not None:
                    first = not q_tokens
                    last = quote_ends_here and i == last_line and j == len(toks) - 1
                    is_mark = tok in QUOTE_MARKS
                    # an annotated quote opens with its first token and closes with its last one;
                    # marks in between open and close a quote inside it
                    if first or last or not is_mark:
                        opening, closing = first and is_mark, last and is_mark
                    else:
                        opening, closing = not inner_open, inner_open
                        inner_open = not inner_open
                    s, e = emit(tok, opening=opening, closing=closing)
                    q_tokens.append((tok, s, e))
                elif tok in QUOTE_MARKS - {"'"}:
                    s, e = emit(tok, opening=not quote_open, closing=quote_open)
                    quote_open = not quote_open
                else:
                    emit(tok)
    novel.text = "".join(out)
    return novel


def _finish_quote(novel: Novel, tokens: list[tuple[str, int, int]], attrs: str) -> None:
    if not tokens:
        return
    speaker = (re.search(r'speaker="([^"]*)"', attrs) or [None, ""])[1]
    if tokens[0][0] not in QUOTE_MARKS:  # dialogue dash or unmarked
        novel.set_aside.append((tokens[0][1], tokens[-1][2]))
        return
    start = tokens[0][2]
    if len(tokens) > 1 and tokens[-1][0] in QUOTE_MARKS:
        end = tokens[-2][2]
        closing = tokens[-2][0] if tokens[-2][0] in {",", ".", "?", "!", "...", "…"} else ""
    else:
        end = tokens[-1][2]
        closing = "open"  # the quote runs on into the next paragraph
    if end > start:
        novel.quotes.append(GoldQuote(start, end, "", closing, speaker))


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def score_novel(novel: Novel, claims: list) -> dict:
    """Counts for one novel: gold quotes, predicted direct claims, matches, and gold quotes that
    came out as indirect claims instead."""
    for q in novel.quotes:
        q.text = novel.text[q.start:q.end]
    direct = [(c.start, c.end) for c in claims if c.kind == "direct"
              and not any(_iou((c.start, c.end), d) > 0 or (d[0] <= c.start < d[1]) for d in novel.set_aside)]
    indirect = [(c.start, c.end) for c in claims if c.kind == "indirect"]
    pairs = sorted(((_iou((q.start, q.end), p), qi, pi) for qi, q in enumerate(novel.quotes)
                    for pi, p in enumerate(direct) if _iou((q.start, q.end), p) >= IOU_MIN), reverse=True)
    used_q: set[int] = set()
    used_p: set[int] = set()
    for _, qi, pi in pairs:
        if qi not in used_q and pi not in used_p:
            used_q.add(qi)
            used_p.add(pi)
    as_indirect = {qi for qi, q in enumerate(novel.quotes) if qi not in used_q
                   and any(_iou((q.start, q.end), p) >= 0.3 for p in indirect)}
    return {"gold": len(novel.quotes), "pred": len(direct), "tp": len(used_q), "found": used_q,
            "as_indirect": as_indirect}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show", type=int, default=0, metavar="N", help="print N missed quotes")
    ap.add_argument("--model", help="pipeline directory (default: the embedded one)")
    args = ap.parse_args(argv)
    if not (CORPUS / "quotes").is_dir():
        print(f"OpenBoek not found at {CORPUS} (set OPENBOEK_DIR); nothing measured")
        return 0
    import nlpclaims

    nlp = nlpclaims.load(args.model)
    rows = {}
    by_closing: dict[str, list[int]] = {}
    total = {"gold": 0, "pred": 0, "tp": 0, "as_indirect": 0, "set_aside": 0}
    missed_examples = []
    words = 0
    t0 = time.perf_counter()
    for xml in sorted((CORPUS / "quotes").glob("*.xml")):
        novel = read_novel(xml, CORPUS / "tokenized" / (xml.stem + ".tok"))
        words += len(novel.text.split())
        result = nlpclaims.extract(novel.text, nlp=nlp, article_id=novel.name)
        s = score_novel(novel, result.claims)
        rows[novel.name] = {k: (len(v) if isinstance(v, set) else v) for k, v in s.items()}
        rows[novel.name]["set_aside"] = len(novel.set_aside)
        for k in total:
            total[k] += rows[novel.name][k]
        for qi, q in enumerate(novel.quotes):
            cell = by_closing.setdefault(q.closing or "none", [0, 0])
            cell[0] += qi in s["found"]
            cell[1] += 1
            if qi not in s["found"] and len(missed_examples) < args.show:
                near = [(c.kind, c.text[:60]) for c in result.claims if c.end > q.start - 40 and c.start < q.end + 40]
                ctx = novel.text[max(0, q.start - 30): q.end + 40].replace("\n", " ")
                missed_examples.append((novel.name, q.closing, ctx, near))
    elapsed = time.perf_counter() - t0
    p = total["tp"] / total["pred"] if total["pred"] else 0.0
    r = total["tp"] / total["gold"] if total["gold"] else 0.0
    summary = {"precision": round(p, 3), "recall": round(r, 3), **total, "novels": rows,
               "recall_by_closing_punctuation": {k: round(v[0] / v[1], 3) for k, v in sorted(by_closing.items())},
               "words": words, "seconds": round(elapsed, 1)}
    if args.json:
        print(json.dumps(summary, indent=1))
        return 0
    print(f"{'novel':<40} {'gold':>5} {'pred':>5} {'tp':>5} {'P':>6} {'R':>6} {'as indirect':>12} {'dash, aside':>12}")
    for name, c in rows.items():
        pp = c["tp"] / c["pred"] if c["pred"] else 0.0
        rr = c["tp"] / c["gold"] if c["gold"] else 0.0
        print(f"{name:<40} {c['gold']:>5} {c['pred']:>5} {c['tp']:>5} {pp:>6.3f} {rr:>6.3f} {c['as_indirect']:>12} {c['set_aside']:>12}")
    print(f"{'all':<40} {total['gold']:>5} {total['pred']:>5} {total['tp']:>5} {p:>6.3f} {r:>6.3f} "
          f"{total['as_indirect']:>12} {total['set_aside']:>12}")
    print("\nrecall by the punctuation inside the closing mark:")
    for k, (f, n) in sorted(by_closing.items()):
        print(f"  {k:<6} {f:>4} / {n:<4} {f / n:.3f}")
    print(f"\ndirect quotes with marks: precision {p:.3f}, recall {r:.3f} "
          f"({words} words in {elapsed:.1f} s)")
    for name, closing, ctx, near in missed_examples:
        print(f"\n[{name}, closing {closing!r}] …{ctx}…")
        for kind, text in near:
            print(f"   got {kind}: {text!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
