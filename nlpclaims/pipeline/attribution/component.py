"""``nlpclaims_attribution``: find quotations and reported speech and the phrase naming their source.

Surface patterns (quote marks, the cue lexicon, Dutch word order) find the claim and its cue;
the parse, where the base pipeline has one, picks the subject of the cue verb. A wrong arc
therefore costs a speaker at most, never the claim. Sources are resolved to speakers by
``nlpclaims_claims``. What is read, and in which order, is the rule table (:mod:`.rules`); it is
saved and loaded with the pipeline.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ... import extensions as ext
from ...lang.cues import lexicon
from ..rawclaim import RawClaim
from .clauses import content_end
from .merge import merge
from .readers import reader
from .readers.quotes import quote_before_own_cue
from .rules import Rule, RuleError, RuleTable, Variants
from .segments import Segment
from .verbs import cue_at, generic_subject, under_modal
from .view import DocView, new_view

RULES_FILE = "rules.jsonl"


@dataclass
class _Pass:
    """A run of rule rows with the same trigger: (reader, its rows) in table order."""

    trigger: str
    steps: list[tuple[Callable, Variants]] = field(default_factory=list)
    words: dict[str, tuple[Callable, Variants, bool]] = field(default_factory=dict)


class Attribution:
    """Finds direct and reported claims with their cue and source phrase."""

    def __init__(self, nlp: Language, name: str = "nlpclaims_attribution", *, max_backref_chars: int = 600,
                 min_scare_words: int = 4, rules: RuleTable | None = None) -> None:
        self.name = name
        self.max_backref_chars = max_backref_chars
        self.min_scare_words = min_scare_words
        self.set_rules(rules if rules is not None else RuleTable.default())

    # -- the rule table -----------------------------------------------------------------------------
    def set_rules(self, rules: RuleTable) -> None:
        """Use ``rules`` from now on (checks that every reader exists)."""
        passes: list[_Pass] = []
        merge_rule: Rule | None = None
        by_reader: dict[str, list[Rule]] = {}
        for rule in rules:
            by_reader.setdefault(rule.reader, []).append(rule)
        placed: set[str] = set()
        for rule in rules:
            if rule.trigger == "merge":
                merge_rule = rule
                continue
            if rule.reader in placed:
                continue
            placed.add(rule.reader)
            try:
                fn = reader(rule.reader)
            except KeyError as err:
                raise RuleError(f"{rule.id}: {err.args[0]}") from None
            group = Variants(by_reader[rule.reader])
            if not passes or passes[-1].trigger != rule.trigger:
                passes.append(_Pass(rule.trigger))
            current = passes[-1]
            current.steps.append((fn, group))
            if rule.trigger == "word":
                words = list(rule.words) + (list(lexicon().pp) if rule.words_from == "pp_cues" else [])
                for word in words:
                    current.words[word] = (fn, group, rule.inside_quotes)
                if rule.words_from == "nominal_cues":
                    for word in lexicon().nouns:
                        current.words.setdefault(word, (fn, group, rule.inside_quotes))
        if merge_rule is None:
            raise RuleError("the rule table needs a merge row (the quote-backref rule)")
        self.rules = rules
        self._reported = [p for p in passes if p.trigger != "quote"]
        self._quote_steps = [step for p in passes if p.trigger == "quote" for step in p.steps]
        self._merge_rule = merge_rule

    # -- a document -----------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        ctx = new_view(doc, max_backref_chars=self.max_backref_chars)
        segs = ctx.segs
        ctx.claimed = {seg.start_char for seg in segs if ctx.quoted_fraction(seg.start_char, seg.end_char) > 0.6}
        indirect: list[RawClaim] = []
        for si, seg in enumerate(segs):
            found = self._reported_in(ctx, seg, si)
            if found:
                ctx.claimed.add(seg.start_char)
                ctx.reported.add(seg.start_char)
            indirect.extend(found)
        # Content entirely inside quote marks is a direct quote, handled below: a report whose
        # whole content is one quotation ('roept op om „…”') hands the quote its cue and source.
        kept = []
        for c in indirect:
            if c.kind == "direct" or (not ctx.fully_quoted(c.start, c.end) and not ctx.inside_quote(c.cue_start)
                                      and not quote_before_own_cue(ctx, c)):
                kept.append(c)
            elif not ctx.inside_quote(c.cue_start):
                q = ctx.quote_holding(c.start, c.end)
                if q is not None:
                    ctx.quoted_reports.setdefault(q.open_start, c)
        indirect = kept
        direct = self._direct(ctx, indirect)
        doc._.set(ext.RAW_CLAIMS, merge(direct, indirect, self._merge_rule, ctx.text))
        return doc

    def _reported_in(self, ctx: DocView, seg: Segment, si: int) -> list[RawClaim]:
        doc = ctx.doc
        found: list[RawClaim] = []
        sentence = (seg.start_char, seg.end_char)
        end = content_end(doc, seg)
        for p in self._reported:
            if p.trigger == "word":
                lower = ctx.lower
                for k in range(seg.start, seg.end):
                    hit = p.words.get(lower[k])
                    if hit is None:
                        continue
                    tok = doc[k]
                    if not hit[2] and ctx.inside_quote(tok.idx):
                        continue
                    claim = hit[0](ctx, hit[1], seg, tok, end, sentence)
                    if claim:
                        found.append(claim)
            elif p.trigger == "segment":
                for fn, rules in p.steps:
                    found.extend(fn(ctx, rules, seg, si, end, sentence))
            elif p.trigger == "verb":
                found.extend(self._verb_cues(ctx, p.steps, seg, si, end, sentence))
        return found

    def _verb_cues(self, ctx: DocView, steps, seg: Segment, si: int, end: int, sentence) -> list[RawClaim]:
        doc = ctx.doc
        out: list[RawClaim] = []
        cue_starts = ctx.cue_starts
        i = seg.start
        while i < seg.end:
            if not cue_starts[i]:
                i += 1
                continue
            cue = cue_at(doc, i, seg)
            if cue is None:
                i += 1
                continue
            row, cue_lo, cue_hi, verb = cue
            if under_modal(doc, verb, seg, row):
                i += 1
                continue  # "moet beloven dat", "kan zeggen dat": an obligation or a possibility
            if generic_subject(doc, verb, seg, cue_lo):
                i += 1
                continue
            claim = None
            for fn, rules in steps:  # the first frame that reads the cue wins
                if rules.main.accepts(row):
                    claim = fn(ctx, rules, seg, si, cue, end, sentence)
                    if claim is not None:
                        break
            if claim is not None:
                out.append(claim)
                out.extend(claim.extra.pop("more", []))
                # Cues inside the content are nested attribution: the outermost source keeps it.
                after = doc.char_span(claim.end - 1, claim.end, alignment_mode="expand") if claim.end > claim.start else None
                i = max(i + 1, cue_hi, after.end if after is not None and claim.start >= seg.start_char else 0)
            else:
                i += 1
        return out

    def _direct(self, ctx: DocView, indirect: list[RawClaim]) -> list[RawClaim]:
        out: list[RawClaim] = []
        text = ctx.text
        for q in ctx.quotes:
            cs, ce = q.content_start, q.content_end
            while ce > cs and text[ce - 1] in " \n":
                ce -= 1
            if ce <= cs:
                continue
            if any(c.start <= cs and ce <= c.end + 1 for c in indirect) and text[:q.open_start].rstrip()[-1:] != ":":
                continue  # part of reported speech: one indirect claim (not a quote after a colon)
            seg_open = ctx.segment_at(q.open_start)
            seg_close = ctx.segment_at(max(q.close_end - 1, q.open_start))
            if seg_open is None or seg_close is None:
                continue
            sentence = (seg_open.start_char, seg_close.end_char)
            for fn, rules in self._quote_steps:
                claim = fn(ctx, rules, q, seg_open, seg_close, sentence, cs, ce)
                if claim is not None:
                    out.append(claim)
                    break
        return out

    # -- serialisation: the rule table travels with the pipeline --------------------------------------
    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / RULES_FILE).write_text(self.rules.to_jsonl(), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "Attribution":
        file = Path(path) / RULES_FILE
        if file.is_file():
            self.set_rules(RuleTable.from_jsonl(file.read_text("utf-8"), str(file)))
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return self.rules.to_jsonl().encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> "Attribution":
        self.set_rules(RuleTable.from_jsonl(data.decode("utf-8"), "<bytes>"))
        return self


@Language.factory(
    "nlpclaims_attribution",
    assigns=["doc._.nlpclaims_raw_claims"],
    default_config={"max_backref_chars": 600, "min_scare_words": 4},
)
def make_attribution(nlp: Language, name: str, max_backref_chars: int, min_scare_words: int) -> Attribution:
    """Create the quotation and attribution component (with the packaged rule table)."""
    return Attribution(nlp, name, max_backref_chars=max_backref_chars, min_scare_words=min_scare_words)
