"""Readers of direct quotations: the cue after the quote (``„…”, zei hij``), the cue or colon
before it (``X zei: „…”``, ``Trump over Poetin: „…”``) and a quote with no cue of its own that
continues the current speaker's quotes."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ....lang.quotes import CLOSERS_AND_COMMA, INSIDE_CLOSING_PUNCTUATION, NEXT_SENTENCE_CHARS, QuoteSpan, quote_verbs
from ....lang.words import W
from ...rawclaim import RawClaim
from .markers import _document_author as document_and_author, _is_document_noun as is_document_noun
from ..clauses import (author_of_document, content_end, has_dep, has_pos, has_verb, is_agent_noun, np_after,
                       speaking_subject, subject_of)
from ..rules import Variants
from ..segments import Segment, is_dotted_abbreviation
from ..verbs import cue_at, inverted_cue, is_registry_like, source_after_inverted
from ..view import DocView, chars, end_char, make

_THIRD_PERSON = W.tuple("third_person_subjects")


def after(ctx: DocView, rules: Variants, q: QuoteSpan, seg_open: Segment, seg_close: Segment,
          sentence: tuple[int, int], cs: int, ce: int) -> RawClaim | None:
    """„…”, zei hij / „…”, aldus X / „…”, liet het Kremlin weten."""
    doc = ctx.doc
    seg = seg_close
    i = ctx.token_at_or_after(q.close_end, seg)
    if i is None:
        return None
    j = i
    while j < seg.end and (doc[j].text in CLOSERS_AND_COMMA or doc[j].lower_ in W.zo):
        j += 1
    # '„…,” zei hij', '„…?” vroeg zij': the punctuation stands inside the closing mark
    inside = ctx.text[cs:ce].rstrip()[-1:] in INSIDE_CLOSING_PUNCTUATION
    if j == i and doc[i].text not in W.quote_touching_cues:
        if not (j < seg.end and (doc[j].lower_ in W.quote_touching_words or inside and doc[j].text[:1].islower())):
            return None
    if j >= seg.end:
        return None
    found = inverted_cue(doc, j, seg, direct=True) or _narration_cue(doc, j, seg) or _perfect_cue(doc, j, seg)
    if found is None:
        return _in_document(ctx, rules, q, seg_open, seg, j, sentence, cs, ce)
    cue_rng, src = found
    return make(ctx, rules.main, cs, ce, cue_rng, _with_surname(doc, src, seg), sentence)


def _in_document(ctx: DocView, rules: Variants, q: QuoteSpan, seg_open: Segment, seg: Segment, j: int,
                 sentence: tuple[int, int], cs: int, ce: int) -> RawClaim | None:
    """'„…”, staat in de brief (van X)': the quote is the document's; its author is X, or else
    whoever the article said wrote it (the speaker of the sentences before)."""
    doc = ctx.doc
    if doc[j].lower_ not in W.staan_forms or j + 2 >= seg.end or doc[j + 1].lower_ not in W.in_preposition:
        return None
    doc_np = np_after(doc, j + 2, seg.end)
    if doc_np is None or not any(is_document_noun(doc[t].lower_) for t in range(doc_np[0], min(doc_np[1], doc_np[0] + 3))):
        return None
    found = document_and_author(doc, j + 2, seg.end)
    if found is not None:
        return make(ctx, rules.document, cs, ce, (j, j + 2), found[1], sentence)
    introduced = None
    if doc[doc_np[0]].lower_ in W.definite_articles:
        # 'staat in de brief': the letter the article named before ('meldt X in een Kamerbrief')
        head = doc[doc_np[1] - 1].lower_
        introduced = next((s for s in reversed(ctx.segs) if s.end_char <= q.open_start - 1
                           and q.open_start - s.end_char < _MAX_DOCUMENT_BACK and any(
                               doc[t].lower_.endswith(head) for t in range(s.start, s.end))), None)
    claim = _inherited(ctx, rules.document, q, seg_open, sentence, cs, ce, prev=introduced)
    return replace(claim, cue=f"{doc[j].text} {doc[j + 1].text}", cue_start=doc[j].idx, cue_end=end_char(doc, j + 1))


def _with_surname(doc: Doc, src: tuple[int, int], seg: Segment) -> tuple[int, int]:
    """'wethouder De Graaf': a capitalised name particle and the surname after a role noun
    belong to the source phrase."""
    lo, hi = src
    while hi + 1 < seg.end and doc[hi].text[:1].isupper() and doc[hi].lower_ in W.name_particles and (
            doc[hi + 1].text[:1].isupper() and doc[hi + 1].is_alpha):
        hi += 2
    if hi + 1 < seg.end and doc[hi].text == "." and is_dotted_abbreviation(doc[hi - 1].text) and doc[hi + 1].text[:1].isupper():
        name = np_after(doc, hi + 1, seg.end)  # 'luitenant-kolonel b.d. Kai Mecklin'
        if name is not None and name[0] == hi + 1 and is_name(doc, name):
            hi = name[1]
    return lo, hi


def split(ctx: DocView, rules: Variants, q: QuoteSpan, seg_open: Segment, seg_close: Segment,
          sentence: tuple[int, int], cs: int, ce: int) -> RawClaim | None:
    """„A,” zei hij, „B”: the second part of a quote interrupted by its cue is the same speaker's."""
    doc = ctx.doc
    k = ctx.token_before(q.open_start, seg_open)
    if k is None or doc[k].text not in W.split_quote_joiners:
        return None
    prev = [p for p in ctx.quotes_around(seg_open.start_char, q.open_start) if p.close_end <= doc[k].idx]
    if not prev:
        return None
    i = ctx.token_at_or_after(prev[-1].close_end, seg_open)
    if i is None or i >= k:
        return None
    j = i
    while j < k and doc[j].text in CLOSERS_AND_COMMA:
        j += 1
    if j >= k:
        return None
    found = inverted_cue(doc, j, seg_open, direct=True) or _narration_cue(doc, j, seg_open) or _perfect_cue(
        doc, j, seg_open)
    if found is None:
        return None
    cue_rng, src = found
    if max(cue_rng[1], src[1]) + _MAX_WORDS_AFTER_SPLIT_CUE < k or any(
            doc[t].is_punct for t in range(max(cue_rng[1], src[1]), k)):
        return None  # '„A,” zei hij, en hij liep weg': the sentence goes on, no second part
    return make(ctx, rules.main, cs, ce, cue_rng, src, sentence)


_MAX_WORDS_AFTER_SPLIT_CUE = 3


def quote_before_own_cue(ctx: DocView, claim: RawClaim) -> bool:
    """A reported claim that runs over its own inverted cue from a quote just before it:
    '„…,” antwoordde zij, terwijl …' is the direct quote, not reported speech."""
    if claim.cue_start is None or not claim.start <= claim.cue_start < claim.end:
        return False
    text = ctx.text
    for q in ctx.quotes_around(claim.start, claim.start + 2):
        if q.open_start <= claim.start + 1 < q.content_start + 1 and text[q.close_end:claim.cue_start].strip(" ,") == "":
            return True
    return False


def _source_after(doc: Doc, k: int, seg: Segment) -> tuple[int, int] | None:
    """The subject after an inverted verb of narration (its own adverbs skipped too)."""
    return source_after_inverted(doc, k, seg, quote_verbs().skip_before_source)


def _narration_cue(doc: Doc, j: int, seg: Segment):
    """'„…?” vroeg zij', '„…,” hernam hij': a verb of narration right after a quote."""
    if doc[j].lower_ not in quote_verbs().forms:
        return None
    src = _source_after(doc, j + 1, seg)
    return None if src is None else ((j, j + 1), src)


def _perfect_cue(doc: Doc, j: int, seg: Segment):
    """'„…”, heeft Schoof gezegd': auxiliary, subject, then the participle of a cue verb."""
    if doc[j].lower_ not in quote_verbs().perfect_auxiliaries:
        return None
    src = _source_after(doc, j + 1, seg)
    if src is None:
        return None
    # the participle closes the clause (a phrase read without a tagger may have taken it in)
    for p in range(src[0] + 1, min(src[1] + 3, seg.end)):
        if (p + 1 == seg.end or doc[p + 1].is_punct) and (
                cue_at(doc, p, seg) is not None or doc[p].lower_ in quote_verbs().forms):
            src = (src[0], min(src[1], p))
            break
    else:
        return None
    return (p, p + 1), src


def before(ctx: DocView, rules: Variants, q: QuoteSpan, seg_open: Segment, seg_close: Segment,
           sentence: tuple[int, int], cs: int, ce: int) -> RawClaim | None:
    """X zei: „…” / Zelensky: „…” / X zei „…” (variants ``embedded``, ``colon``, ``colon_line``)."""
    found = _cue_before(ctx, rules, seg_open, q)
    if found is None:
        return None
    cue_rng, src, variant = found[:3]
    if variant == "embedded":
        return make(ctx, rules.embedded, found[3][0], found[3][1], cue_rng, src, sentence)
    return make(ctx, rules[variant], cs, ce, cue_rng, src, sentence)


def _cue_before(ctx: DocView, rules: Variants, seg: Segment, q: QuoteSpan):
    doc, text = ctx.doc, ctx.text
    k = ctx.token_before(q.open_start, seg)
    while k is not None and k >= seg.start and doc[k].is_space:
        k = k - 1 if k > seg.start else None
    if k is None or "\n" in text[end_char(doc, k) : q.open_start]:
        return _colon_line_before(ctx, q)
    colon = doc[k].text == ":"
    end_tok = k if colon else k + 1
    # A cue verb in the lead-in: its subject is the source.
    for t in range(end_tok - 1, max(seg.start, end_tok - 40) - 1, -1):
        tok = doc[t]
        cue = cue_at(doc, t, seg)
        row = cue[0] if cue is not None else None
        # "zeide hij: „…”", "vroeg zij hem: „…”": a verb of narration before a colon
        narration = colon and row is None and tok.lower_ in quote_verbs().forms and t >= end_tok - 4
        if not narration and (row is None or not rules.main.accepts(row)) or tok.text[:1].isupper() and t != seg.start:
            continue
        if not colon and t < end_tok - (5 if doc[k].text == "," else 3):
            break  # "X zei „…”" / "Maar, zegt de vereniging, '…'"
        if not colon and any(doc[x].lower_ in W.complementisers for x in range(t + 1, end_tok)):
            break  # (a colon after the reported clause: 'X hoopt dat Y meedoet: „…”' is X's quote)
        subj = _subject_outside_quotes(ctx, tok, seg, end_tok if end_tok > t + 1 else None)
        if colon:
            subj = _subject_by_order(doc, seg, t, k, subj)
            if row is not None and row.cls == "copular" and not speaking_subject(doc, subj):
                continue  # "Het doel is duidelijk: „…”": a thing described, nobody speaking
        elif _object_between(doc, t + 1, end_tok, subj):
            break  # "Philips begint het jaar „redelijk”": the quote is no object of the verb
        if not colon and not ends_sentence(text[q.content_start:q.content_end], text[q.close_end:seg.end_char]) and not (
                _new_clause_after(ctx, q, seg)):
            # "riep op tot een „volledige stopzetting” van de steun": one indirect claim
            start = t + 1
            if subj is not None and subj[0] >= start:
                start = subj[1]
            while start < seg.end and (doc[start].lower_ in W.embedded_quote_skip):
                start += 1
            stop = content_end(doc, seg)
            if start < stop:
                return (t, t + 1), chars(doc, subj), "embedded", (doc[start].idx, end_char(doc, stop - 1))
            return None
        return (t, t + 1), chars(doc, subj), "main"
    if not colon and k > seg.start and doc[k].lower_ in W.quoted_words_nouns and doc[k - 1].lower_ in W.definite_articles:
        # 'gebruikte hij de woorden „…”': the words the subject of the clause used
        verb = doc[k].head if has_dep(doc) else None
        if verb is not None and verb.pos_ in {"VERB", "AUX"} and seg.start <= verb.i < k and not ctx.inside_quote(verb.idx):
            subj = _subject_outside_quotes(ctx, verb, seg, k)
            if subj is not None and ends_sentence(text[q.content_start:q.content_end], text[q.close_end:seg.end_char]) or (
                    subj is not None and _new_clause_after(ctx, q, seg)):
                return (verb.i, verb.i + 1), chars(doc, subj), "main"
    if colon:
        lead = np_after(doc, seg.start, k)
        whole = lead is not None and lead[1] == k and (
            doc[lead[0]].lower_ in W.definite_articles or is_agent_noun(doc[lead[1] - 1]))
        if lead is not None and lead[1] >= k - 3 and lead[0] == seg.start and (
                whole or is_registry_like(doc, lead[0], lead[1])
                or (is_name(doc, lead) or doc[lead[1] - 1].text[:1].isupper())
                and text.count(doc[lead[1] - 1].text) >= 2):
            # "Trump over Poetin: …" – the first noun phrase is the speaker.
            return (k, k + 1), chars(doc, lead), "colon"
        lead = np_after(doc, seg.start, k)
        opening = text[q.content_start : q.content_start + 4].lower()
        about_lead = any(opening.startswith(p + " ") for p in _THIRD_PERSON)
        if lead is not None and lead[0] == seg.start and k - seg.start <= 14 and is_name(doc, lead) and not about_lead:
            # "Wiegman tevreden met selectie: '…'" – a headline led by a name.
            return (k, k + 1), chars(doc, lead), "colon"
        for t in range(seg.start, k):
            if doc[t].lower_ in W.volgens and "colon_volgens" in rules:
                # "Volgens Hamers is dat een lastige klus: „…”"
                src = np_after(doc, t + 1, k)
                if src is not None and (is_name(doc, src) or is_agent_noun(doc[src[1] - 1]) or (
                        src[1] - src[0] == 1 and doc[src[0]].lower_ in W.object_pronouns)):
                    return (t, t + 1), chars(doc, author_of_document(doc, src)), "colon_volgens"
        if "colon_lead" in rules and k - seg.start <= _MAX_LEAD_IN and ends_sentence(
                text[q.content_start:q.content_end], text[q.close_end:seg.end_char]):
            src = _lead_in_subject(doc, seg.start, k)
            if src is not None:
                # "De burgemeester betuigt spijt: „…”": a lead-in sentence's subject speaks
                return (k, k + 1), chars(doc, src), "colon_lead"
    return None


_MAX_LEAD_IN = 25


def _lead_in_subject(doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject of the main clause in tokens ``[lo, hi)`` when it names a person or body."""
    if not has_dep(doc):
        return None
    roots = [t for t in doc[lo:hi] if t.dep_ == "ROOT" and t.pos_ in {"VERB", "AUX"}]
    if len(roots) != 1 or roots[0].lower_ in W.copulas_and_existentials or any(
            t.lower_ in W.quoting_verbs for t in doc[lo:hi]):
        return None
    subj = next((c for c in roots[0].children if c.dep_ == "nsubj" and lo <= c.i < hi), None)
    if subj is None:
        return None
    span = [t.i for t in subj.subtree if lo <= t.i < hi]
    rng = (min(span), max(span) + 1)
    if rng[1] - rng[0] > 8:
        return None
    if subj.lower_ in W.third_person_subjects or subj.pos_ == "PROPN" or is_agent_noun(subj) or is_registry_like(doc, *rng):
        return rng
    return None


def _new_clause_after(ctx: DocView, q: QuoteSpan, seg: Segment) -> bool:
    """Whether a coordinated clause follows the quote ('… „rotte appels” en zei topman X …'):
    a coordinator, then a finite verb."""
    doc = ctx.doc
    i = ctx.token_at_or_after(q.close_end, seg)
    if i is None or not has_pos(doc):
        return False
    if doc[i].text == ",":
        i += 1
    return i + 1 < seg.end and doc[i].lower_ in W.coordinators and doc[i + 1].pos_ in {"VERB", "AUX"} and (
        "Fin" in doc[i + 1].morph.get("VerbForm"))


def _object_between(doc: Doc, lo: int, hi: int, subj) -> bool:
    """Whether a noun other than the subject stands in tokens ``[lo, hi)`` between a cue and its quote."""
    if not has_pos(doc):
        return False
    return any(doc[x].pos_ in {"NOUN", "ADJ"} and not (subj is not None and subj[0] <= x < subj[1])
               for x in range(lo, hi))


def _subject_by_order(doc: Doc, seg: Segment, verb: int, colon: int, subj):
    """The cue's subject from Dutch word order where the parse found none or cut a name:
    V1 'Stelt het ministerie: …', and a fronted phrase before the auxiliary 'In een verklaring
    heeft burgemeester X gezegd: …'."""
    if subj is not None:
        ext = np_after(doc, subj[0], colon)
        if ext is not None and ext[0] == subj[0] and subj[1] < ext[1] <= verb and is_name(doc, ext):
            return ext  # "Marieke" → "Marieke de Vries"
        return subj
    if verb == seg.start:
        return np_after(doc, verb + 1, colon)
    aux = next((a for a in range(seg.start + 1, verb) if doc[a].lower_ in quote_verbs().perfect_auxiliaries), None)
    if aux is None:
        return None
    src = np_after(doc, aux + 1, verb + 1)
    if src is None:
        return None
    return (src[0], min(src[1], verb)) if src[1] >= verb and verb > src[0] else src


def _subject_outside_quotes(ctx: DocView, verb, seg: Segment, end: int | None = None):
    """The cue's subject, but never words inside a quotation: then the phrase after the verb."""
    doc = ctx.doc
    subj = subject_of(doc, verb, seg, end=end)
    if subj is not None and ctx.inside_quote(doc[subj[0]].idx):
        k = verb.i + 1
        subj = np_after(doc, k, end or seg.end)
    return subj


def _colon_line_before(ctx: DocView, q: QuoteSpan):
    """'Politiek verslaggever Jorn Jonker:' on its own line, then the quote."""
    doc, text = ctx.doc, ctx.text
    before = text[: q.open_start].rstrip()
    if not before.endswith(":"):
        return None
    line_start = text.rfind("\n", 0, len(before) - 1) + 1
    span = doc.char_span(line_start, len(before) - 1, alignment_mode="expand")
    if span is None or len(span) == 0 or len(span) > 12:
        return None
    lead = np_after(doc, span.start, span.end)
    if lead is None or lead[0] != span.start:
        return None
    colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    cue = (colon.start, colon.end) if colon is not None else None
    return cue, chars(doc, lead), "colon_line"


def frame(ctx: DocView, rules: Variants, q: QuoteSpan, seg_open: Segment, seg_close: Segment,
          sentence: tuple[int, int], cs: int, ce: int) -> RawClaim | None:
    """A quotation that is the whole content of a reported frame ('roept aanhangers op om „…”',
    'zei tegen de Kamer „dat …”'): the source's own words, with the frame's cue and source."""
    report = ctx.quoted_reports.get(q.open_start)
    if report is None:
        return None
    if report.cue_end is not None:
        earlier = [p for p in ctx.quotes_around(report.cue_end, q.open_start) if p.open_start >= report.cue_end]
        if earlier:
            # 'vindt het „gekkenwerk” dat „…”': quoted words of the frame before it make the
            # quote part of a larger reported content, one indirect claim from the first of them
            return replace(report, start=earlier[0].open_start)
    rule = rules.main
    return RawClaim(rule.kind, cs, ce, report.cue, report.cue_start, report.cue_end, report.source, sentence,
                    rule.id, rule.confidence, unknown=report.unknown)


def continued(ctx: DocView, rules: Variants, q: QuoteSpan, seg_open: Segment, seg_close: Segment,
              sentence: tuple[int, int], cs: int, ce: int) -> RawClaim | None:
    """A whole-sentence quote with no cue of its own continues the current speaker's quotes."""
    doc, text = ctx.doc, ctx.text
    lead = sentence_lead(text, seg_open.start_char, q.open_start)
    tail = text[q.close_end : seg_close.end_char].strip()
    words = len(text[cs:ce].split())
    standalone = lead == "" and ends_sentence(text[cs:ce], tail)
    if not standalone or words < 2:
        return None
    line_start = text.rfind("\n", 0, q.open_start) + 1
    line_end = text.find("\n", q.close_end)
    line_end = len(text) if line_end < 0 else line_end
    whole_line = text[line_start:line_end].strip() == text[q.open_start : q.close_end].strip() + tail
    is_title = line_start == 0 or text[max(0, line_start - 2) : line_start] == "\n\n" and (
        line_end + 1 < len(text) and text[line_end : line_end + 2] == "\n\n")
    if whole_line and (words < 8 or is_title) and text[cs:ce].rstrip()[-1:] not in ".!?…":
        return None  # a quoted title or subheading repeats a quote from the body
    return _inherited(ctx, rules.main, q, seg_open, sentence, cs, ce)


_MAX_DOCUMENT_BACK = 1500


def _inherited(ctx: DocView, rule, q: QuoteSpan, seg_open: Segment, sentence: tuple[int, int],
               cs: int, ce: int, prev: Segment | None = None) -> RawClaim:
    """A quote whose speaker is the one the sentences before it (or ``prev``) were about."""
    doc, text = ctx.doc, ctx.text
    lead = sentence_lead(text, seg_open.start_char, q.open_start)
    if prev is None:
        prev = ctx.previous_segment(seg_open)
        if prev is not None and prev.end_char <= q.open_start and lead == "" and seg_open.start_char < q.open_start - 2:
            prev = seg_open  # the quote shares a segment with the sentence before it
        if prev is not None and prev is not seg_open and not has_verb(doc, prev.start, prev.end) and not is_name(
                doc, (prev.start, prev.end)):  # (a fragment naming someone, 'Supermarkt Lidl bijvoorbeeld.', leads)
            before = ctx.previous_segment(prev)
            if before is not None and "\n" not in text[before.end_char:prev.start_char]:
                prev = before  # '… ziet jonge mannen die … Bijvoorbeeld vanwege het klimaat. „…”'
    # The subject of a sentence that is itself quoted belongs to the quoted speech
    # ("… Het geeft ze toegang." "Het is …"): it is not whom the next quote is by.
    prev_quoted = prev is not None and ctx.quoted_fraction(prev.start_char, prev.end_char) > 0.5
    lead_subject = chars(doc, lead_subject_of(doc, prev)) if prev and not prev_quoted else None
    extra = {"prev_sentence": (prev.start_char, prev.end_char) if prev else (0, 0), "lead_subject": lead_subject}
    if prev is not None and prev.start_char == 0 and "\n" in text[prev.end_char:q.open_start]:
        # the quote that opens an article under its title: the person the next paragraph
        # introduces ('„…”¶Marjan de Vries en haar gezin gaan …') speaks it
        nxt = next((s for s in ctx.segs if s.start_char >= q.close_end), None)
        if nxt is not None and "\n" in text[q.close_end:nxt.start_char]:
            first = np_after(doc, nxt.start, nxt.end)
            if first is not None and first[0] == nxt.start and is_name(doc, first) and not heads_clause(doc, first):
                extra["next_subject"] = chars(doc, first)
    return RawClaim(rule.kind, cs, ce, None, None, None, None, sentence, rule.id, rule.confidence, inherit=True,
                    extra=extra)


def is_name(doc: Doc, rng: tuple[int, int]) -> bool:
    """A phrase headed by a capitalised name (not a sentence-initial common word)."""
    toks = [t for t in doc[rng[0] : rng[1]] if t.is_alpha]
    if not toks:
        return False
    if has_pos(doc):
        return any(t.pos_ == "PROPN" for t in toks)
    return all(t.text[:1].isupper() for t in toks)


_VERBAL_DEPS = frozenset({"obj", "iobj", "compound:prt", "nsubj", "nsubj:pass", "aux", "xcomp", "ccomp"})


def heads_clause(doc: Doc, rng: tuple[int, int]) -> bool:
    """Whether a capitalised opener governs an object, particle or subject: a verb read as a
    name ("Zit alles mee, dan …", a conditional with the verb first), not a name."""
    return has_dep(doc) and any(c.dep_ in _VERBAL_DEPS for t in doc[rng[0] : rng[1]] for c in t.children)


def lead_subject_of(doc: Doc, seg: Segment) -> tuple[int, int] | None:
    """The subject of the main verb of ``seg`` when it is a name or a personal pronoun."""
    first = np_after(doc, seg.start, seg.end)
    if first is not None and first[0] == seg.start and is_name(doc, first) and doc[first[0]].lower_ not in W.not_lead_subject and not heads_clause(doc, first):
        return first  # the sentence opens with a name: "Advocaat Mischa Wladimiroff, …, wijst op …"
    if not has_dep(doc):
        return None
    roots = [t for t in doc[seg.start : seg.end] if t.dep_ == "ROOT"]
    for root in roots[:1]:
        # the subject may hang from the finite auxiliary ("De commentator had X laten uitleggen")
        subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubj:pass"}]
        subjects += [c for a in root.children if a.dep_ in {"aux", "aux:pass", "cop"}
                     for c in a.children if c.dep_ in {"nsubj", "nsubj:pass"}]
        for child in sorted(subjects, key=lambda t: t.i):
            if seg.start <= child.i < seg.end:
                if child.pos_ == "PROPN" or child.lower_ in W.third_person_subjects or any(
                        c.pos_ == "PROPN" for c in child.children if c.dep_ in {"flat", "appos", "compound"}) \
                        or _role_description_opening(doc, seg, child):
                    lo, hi = child.i, child.i + 1
                    for c in child.subtree:
                        if c.dep_ in {"flat", "compound", "det", "amod", "appos"} or c.i == child.i:
                            lo, hi = min(lo, c.i), max(hi, c.i + 1)
                    return lo, min(hi, seg.end)
    return None


def _role_description_opening(doc: Doc, seg: Segment, noun) -> bool:
    """Whether a subject opening the sentence is a definite role description ('De politiek
    commentator had …'): it refers back to the person named with that role."""
    from ....lang.persons import persons

    roles = persons().person_roles
    key = noun.lower_
    listed = key in roles or any(len(r) >= 5 and key.endswith(r) for r in roles)  # "neurobioloog", not "plezier"
    first = min(t.i for t in noun.subtree)
    # "De medewerker die hem naar buiten leidt": a relative clause describes someone new, no back-reference
    return first == seg.start and noun.pos_ == "NOUN" and listed and any(
        c.dep_ == "det" and c.lower_ in W.definite_articles for c in noun.children) and not any(
        c.dep_.startswith("acl") for c in noun.children)


def ends_sentence(content: str, tail: str) -> bool:
    """Whether a quote closes its sentence: nothing but punctuation, then a new sentence or nothing."""
    rest = tail.lstrip(".!?;:…)")
    if rest == tail and tail and content.rstrip()[-1:] not in ".!?…":
        return False
    rest = rest.lstrip()
    return rest == "" or rest[0].isupper() or rest[0] in NEXT_SENTENCE_CHARS


def sentence_lead(text: str, seg_start: int, pos: int) -> str:
    """The text between the start of the sentence holding ``pos`` and ``pos``."""
    lead = text[seg_start:pos]
    cut = max(lead.rfind(". "), lead.rfind("? "), lead.rfind("! "), lead.rfind(".” "), lead.rfind('." '))
    if cut >= 0:
        lead = lead[cut + 2 :]
    return lead.strip(" \n\"”’'")


