"""Readers of a cue verb and its complement frame: ``zegt dat …``, ``zei: …``, ``…, zei hij``,
``belooft te …``, ``ontkent de beschuldiging``. The engine calls them only for cue rows that
take the rule's frame (see ``lang/data/cues.jsonl``)."""

from __future__ import annotations

from spacy.tokens import Doc

from ....lang.quotes import ALL_MARKS, CLOSERS_AND_COMMA, OPENING_CHARS
from ....lang.words import W
from ...rawclaim import RawClaim
from ..clauses import has_verb, name_with_apposition, preverbal_subject, runs_on, sentence_stop
from ..rules import Variants
from ..segments import Segment
from ..verbs import Cue, inverted_cue, named_subject, stop_before_inverted_cue, verb_source
from ..view import DocView, doc_text, end_char, has_pos, make, tokens

_QUESTION_LEADS = W.tuple("question_leads")


def dat_clause(ctx: DocView, rules: Variants, seg: Segment, si: int, cue: Cue, end: int, sentence: tuple[int, int]) -> RawClaim | None:
    """X zegt dat … / X liet weten dat … / X zei tegen de NOS dat …"""
    doc = ctx.doc
    row, cue_lo, cue_hi, verb = cue
    j = cue_hi
    limit = min(end, cue_hi + 10)
    while j < limit:
        t = doc[j]
        det_ok = not row.stance  # "wil dat programma verlengen": a determiner
        if t.lower_ in W.dat and (not has_pos(doc) or t.pos_ in {"SCONJ", "PRON"} or (t.pos_ == "DET" and det_ok)) and j + 1 < end:
            nxt = doc[j + 1]
            if nxt.is_punct and nxt.text not in OPENING_CHARS:
                return None
            if has_pos(doc) and t.pos_ == "PRON" and nxt.pos_ in {"AUX", "VERB"}:
                return None  # "dat" as a relative or demonstrative pronoun
            break
        if t.lower_ in W.question_words:
            return None  # indirect questions are not claims
        if t.text == "," and not (j + 1 < end and doc[j + 1].lower_ in W.dat):
            return None
        if t.text in {".", "?", "!", ";"} or t.lower_ in W.dat_clause_barriers:
            return None
        j += 1
    else:
        return None
    src, unknown = verb_source(doc, seg, verb)
    if row.unattributed:
        src, unknown = None, True  # "Vorige week lekte uit dat …": news with no source
    if unknown and row.stance:
        return None  # "Verwacht wordt dat …": an expectation nobody states
    start_c = doc[j + 1].idx
    stop = stop_before_inverted_cue(doc, j + 1, sentence_stop(doc, j + 1, end), seg)
    if has_pos(doc) and stop - (j + 1) <= 3 and not has_verb(doc, j + 1, stop):
        return None  # "en willen dat ook niet, zegt …": "dat" is an object, not a clause
    return make(ctx, rules.main, start_c, end_char(doc, stop - 1), (cue_lo, cue_hi), src, sentence, unknown=unknown)


def cue_colon(ctx: DocView, rules: Variants, seg: Segment, si: int, cue: Cue, end: int, sentence: tuple[int, int]) -> RawClaim | None:
    """X legt uit: … / X zei: … (no quote marks around the content)."""
    doc = ctx.doc
    row, cue_lo, cue_hi, verb = cue
    j = cue_hi
    while j < min(end, cue_hi + 6) and doc[j].text != ":":
        if doc[j].text in {",", ".", ";"} or doc[j].lower_ in W.complementisers:
            return None
        j += 1
    if j >= end or doc[j].text != ":" or j + 1 >= end or doc[j + 1].text[:1] in ALL_MARKS | {",,"}:
        return None
    src, unknown = verb_source(doc, seg, verb)
    stop = sentence_stop(doc, j + 1, end)
    return make(ctx, rules.main, doc[j + 1].idx, end_char(doc, stop - 1), (cue_lo, cue_hi), src, sentence, unknown=unknown)


def inverted(ctx: DocView, rules: Variants, seg: Segment, si: int, cue: Cue, end: int, sentence: tuple[int, int]) -> RawClaim | None:
    """…, zei hij. / …, meldt het Kremlin. / …, laat het ministerie weten."""
    doc = ctx.doc
    row, cue_lo, cue_hi, verb = cue
    k = cue_lo - 1
    while k > seg.start and doc[k].lower_ in W.zo:
        k -= 1
    if k <= seg.start or doc[k].text not in CLOSERS_AND_COMMA:
        return None
    res = inverted_cue(doc, cue_lo, seg, direct=False)
    if res is None:
        return None
    cue_rng, src = res
    content_stop = k
    while content_stop > seg.start and doc[content_stop - 1].text in CLOSERS_AND_COMMA:
        content_stop -= 1
    if content_stop <= seg.start or (content_stop - seg.start == 1 and not doc[seg.start].is_alpha) or (
            content_stop - seg.start == 1 and doc[seg.start].lower_ in W.bare_connectives):
        return None
    start_c = doc[seg.start].idx
    end_c = end_char(doc, content_stop - 1)
    if doc_text(doc)[start_c] in ALL_MARKS and doc_text(doc)[end_c:end_c + 1] in ALL_MARKS:
        return None  # a fully quoted content is a direct quote
    if name_with_apposition(doc, seg.start, content_stop):
        return None  # "Thomas Mischke, vakbondsbestuurder bij de BDK, vindt …": the subject, not the content
    if doc_text(doc)[start_c:end_c].lower().startswith(_QUESTION_LEADS):
        return None  # "Op de vraag of … antwoordt de gemeente: …": the question, not the answer
    if doc[seg.start].lower_ in W.volgens and not has_verb(doc, seg.start, content_stop):
        return None  # "Volgens Bart Remes, onderzoeker aan de TU, geeft …": a phrase, not a statement
    s_lo, s_hi = tokens(doc, src) if src is not None else (cue_hi, cue_hi)
    tail = max(s_hi, cue_hi)
    if runs_on(doc, tail, end):
        # "X, zegt Trump, dankzij Y." – the content runs on after the cue
        end_c = end_char(doc, sentence_stop(doc, tail, end) - 1)
    return make(ctx, rules.main, start_c, end_c, cue_rng, src, sentence)


def infinitive(ctx: DocView, rules: Variants, seg: Segment, si: int, cue: Cue, end: int, sentence: tuple[int, int]) -> RawClaim | None:
    """X zei bereid te zijn … / X beloofde te stoppen / Duitsland verwijt Poetin … te spelen."""
    doc = ctx.doc
    row, cue_lo, cue_hi, verb = cue
    if row.te_needs_agent and not named_subject(doc, verb, seg):
        return None  # "medicijnen dreigen te verdwijnen": a risk, not a threat someone made
    if row.te_needs_agent and not named_subject(doc, verb, seg, names_only=True) and not any(
            t.pos_ in {"DET", "NOUN", "PROPN", "PRON"} for t in doc[cue_hi : min(end, cue_hi + 12)]
            if t.i < next((m for m in range(cue_hi, end) if doc[m].lower_ in W.te), end)):
        return None  # "het bedrijf dreigt failliet te gaan": a risk; a threat has an object
    te = None
    om = None
    for j in range(cue_hi, min(end, cue_hi + 12)):
        t = doc[j]
        if t.lower_ in W.te and j + 1 < seg.end and (not has_pos(doc) or doc[j + 1].pos_ in {"VERB", "AUX"}):
            te = j
            break
        if t.lower_ in W.om and row.has("obj_te"):
            om = j
            continue
        if t.text in {",", ";", ":"} or t.lower_ in W.infinitive_barriers:
            break
    if te is None:
        return None
    src, unknown = verb_source(doc, seg, verb)
    if row.addressee_object and src is not None and tokens(doc, src)[0] > verb.i:
        # "Bewoners riepen premier Rutte op om …": the phrase after the verb is the one addressed
        first = preverbal_subject(doc, verb, seg)
        if first is not None:
            src = first
    start = cue_hi
    if src is not None:
        s_lo, s_hi = tokens(doc, src)
        if s_lo >= cue_hi:
            start = s_hi
    if om is not None:
        start = om + 1  # "vroegen de provincie om in te grijpen": the request itself
    while start < end and doc[start].lower_ in W.skip_before_infinitive:
        start += 1
    if start > te:
        return None
    stop = stop_before_inverted_cue(doc, start, sentence_stop(doc, start, end), seg)
    if src is None and not unknown and stop - start < 4:
        return None  # "vroeg … te verdubbelen" with no source and hardly any content
    return make(ctx, rules.main, doc[start].idx, end_char(doc, stop - 1), (cue_lo, cue_hi), src, sentence, unknown=unknown)


def object_(ctx: DocView, rules: Variants, seg: Segment, si: int, cue: Cue, end: int, sentence: tuple[int, int]) -> RawClaim | None:
    """X noemt de deal een teken van hoop / Rusland ontkent iedere betrokkenheid."""
    doc = ctx.doc
    row, cue_lo, cue_hi, verb = cue
    if not has_pos(doc):
        return None
    if verb.pos_ != "VERB" and verb.pos_ != "AUX":
        return None
    src, unknown = verb_source(doc, seg, verb)
    if src is None:
        return None
    s_lo, s_hi = tokens(doc, src)
    start = s_hi if s_lo >= cue_hi else cue_hi
    while start < end and (doc[start].lower_ in W.skip_before_object
                           or doc[start].pos_ == "ADV"):
        start += 1
    stop = stop_before_inverted_cue(doc, start, sentence_stop(doc, start, end), seg)
    if stop - start < 2:
        return None
    first = doc[start]
    # "noemt dat een goede zaak": a demonstrative object, whatever its tag
    demonstrative = row.has("xy") and first.lower_ in W.demonstratives and (
        doc[start + 1].lower_ in W.indefinite_article or (doc[start + 1].pos_ in {"ADJ", "ADV", "NOUN"} and not has_verb(doc, start + 1, stop)))
    if not (first.pos_ in {"DET", "NOUN", "PRON", "ADJ", "NUM", "PROPN"} or first.text in ALL_MARKS or demonstrative):
        return None
    if first.lower_ in W.not_object_start and not demonstrative:
        return None
    if s_lo > cue_lo and cue_lo > seg.start + 2 and row.has("xy"):
        start = seg.start  # "Ook de keuze om … noemt Heinen een politieke keuze": the whole sentence
    elif row.has("xy") and not row.has("object") and not object_with_predicate(doc, start, stop):
        return None  # "noemt het voorbeeld van haar vader": naming something, not calling it something
    return make(ctx, rules.main, doc[start].idx, end_char(doc, stop - 1), (cue_lo, cue_hi), src, sentence, unknown=unknown)


def object_with_predicate(doc: Doc, start: int, stop: int) -> bool:
    """``noemt X Y`` rather than only ``noemt X``: the content is more than one noun phrase
    ("noemt het voorbeeld van haar vader" and "noemde geen namen" name something; "noemt de
    deal een teken van hoop", "noemt het een stap", "noemt het onacceptabel" call it something)."""
    first = doc[start]
    if first.pos_ == "PRON" or (first.lower_ in W.predicate_pronouns and doc[start + 1].lower_ in W.indefinite_article):
        return True  # a pronoun object: what follows is what it is called
    if any(t.text in ALL_MARKS for t in doc[start:stop]):
        return True
    nominal = {"DET", "PRON", "ADJ", "NOUN", "PROPN", "NUM"}
    k = start
    while k < stop and doc[k].pos_ in nominal and not (k > start and doc[k].lower_ in W.indefinite_article):
        k += 1
    while k < stop and doc[k].pos_ == "ADP" and doc[k].lower_ not in W.als:  # "… van haar vader"
        k += 1
        while k < stop and doc[k].pos_ in nominal and not (doc[k].lower_ in W.indefinite_article and doc[k - 1].pos_ in {"NOUN", "PROPN"}):
            k += 1
    if k < stop:
        return True
    head = max((t.i for t in doc[start:stop] if t.pos_ in {"NOUN", "PROPN"}), default=None)
    return head is None or any(t.pos_ == "ADJ" for t in doc[head + 1 : stop])
