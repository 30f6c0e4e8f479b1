"""Readers of back-references: ``Dat zei X.``, ``Dat heeft X laten weten.`` — the content is the
sentences before (the rest of the paragraph, or the paragraph before when ``Dat …`` opens one)."""

from __future__ import annotations

from ....lang.quotes import ALL_MARKS
from ....lang.words import W
from ...rawclaim import RawClaim
from ..clauses import agent_phrase, content_end, is_agent_noun, np_after, subject_of
from ..rules import Variants
from ..segments import Segment
from ..verbs import LEX, Cue, is_registry_like, passive_agent
from ..view import DocView, end_char, make


def backref(ctx: DocView, rules: Variants, seg: Segment, si: int, cue: Cue, end: int, sentence: tuple[int, int]) -> RawClaim | None:
    """Dat stelde Zelensky. / Dat heeft minister X aan de Kamer laten weten. / Dat werd bevestigd door
    X (a passive: the source is the agent). The content is the
    sentences before: the rest of the paragraph, or the paragraph before when "Dat …" opens one.
    One claim per sentence; the first is returned with the others in ``extra["more"]``."""
    doc = ctx.doc
    row, cue_lo, cue_hi, verb = cue
    first = doc[seg.start]
    if si == 0 or seg.start + 1 >= seg.end:
        return None
    if first.lower_ not in W.backref_pronouns:
        return _object_backref(ctx, rules, seg, si, cue, sentence)
    second = doc[seg.start + 1]
    last_only = second.lower_ in W.backref_last and seg.start + 2 < seg.end
    if last_only:
        second = doc[seg.start + 2]  # "Dat laatste zei X": the last sentence only
    if not (second.i == cue_lo or second.lower_ in W.backref_auxiliaries):
        return None  # "Dat" must be followed by the cue or its auxiliary (V2): "Dat heeft X gezegd"
    if any(t.text == "," for t in doc[cue_lo - 2 : cue_lo]) and cue_lo - 2 > seg.start:
        return None  # "Dat is „een unicum”, vindt X": an inverted cue after its clause
    if second.i != cue_lo and any(t.lower_ in W.relative_words or t.lower_ in W.complementisers
                                  or t.lower_ in W.backref_auxiliaries for t in doc[second.i + 1 : cue_lo]):
        return None  # "Dat is 11 procent van de zaken waarin verhuurders … werden gesteld": the cue is in another clause
    src = passive_agent(doc, seg, verb)  # "Dat werd bevestigd door de minister", "Dat is door X gemeld"
    if src is None:
        src = subject_of(doc, verb, seg)
    if src is None or src[0] == seg.start:
        k = seg.start + (2 if last_only else 1)
        while k < seg.end and (doc[k].lower_ in W.backref_verbs_before_source or k == cue_lo):
            k += 1
        src = np_after(doc, k, seg.end)
    if src is None:
        return None
    src = _whole_source(doc, src, seg, cue_lo)
    finite = second if second.i != cue_lo else verb
    if "Plur" not in finite.morph.get("Number") and not _may_be_source(doc, src):
        return None  # "Dat roept de vraag op of …": 'Dat' is the subject, the phrase after the verb no source
    refs = [r for r in referenced_sentences(ctx, si)]
    if not refs:
        return None
    if last_only:
        refs = refs[-1:]
    if ctx.text[refs[-1].start_char : refs[-1].end_char].rstrip().endswith("?"):
        return None  # "Hoe? Dat leggen we je uit": 'Dat' points at a question, which states nothing
    claims = []
    for prev in refs:
        pend = content_end(doc, prev)
        claims.append(make(ctx, rules.main, prev.start_char, end_char(doc, pend - 1), (cue_lo, cue_hi), src, (prev.start_char, seg.end_char)))
    claims[0].extra["more"] = claims[1:]
    return claims[0]


def _object_backref(ctx: DocView, rules: Variants, seg: Segment, si: int, cue: Cue,
                    sentence: tuple[int, int]) -> RawClaim | None:
    """'Ook Pistorius vindt dat.', 'De bond zegt dat ook.': the cue's object is 'dat' at the end of
    the sentence (after the cue and its subject, before words such as 'ook'); the source is the
    subject before the cue."""
    doc = ctx.doc
    row, cue_lo, cue_hi, verb = cue
    if cue_hi != verb.i + 1 or cue_lo == seg.start:
        return None
    k = cue_hi
    while k < seg.end and doc[k].lower_ in W.backref_object_adverbs:
        k += 1
    if k + 1 == seg.end and doc[k].lower_.rstrip(".") in W.backref_pronouns and doc[k].lower_.endswith("."):
        k += 1  # the full stop the tokenizer left on the word: "vindt dat."
    elif k < seg.end and doc[k].lower_ in W.backref_pronouns:
        k += 1
    else:
        return None
    while k < seg.end and doc[k].lower_ in W.backref_object_adverbs:
        k += 1
    if k < seg.end and not (k + 1 == seg.end and doc[k].text in {".", "!"}):
        return None  # "vindt dat de brug …": a complementiser, not the object
    if any(t.text in {",", ";", ":"} or t.pos_ in {"VERB", "AUX"} for t in doc[seg.start : cue_lo]):
        return None  # the cue in a clause of its own: "Wie dat wil, zegt dat."
    lo = seg.start
    while lo < cue_lo and doc[lo].lower_ in W.backref_object_adverbs:
        lo += 1  # "Ook Pistorius vindt dat."
    src = np_after(doc, lo, cue_lo)
    if src is None or src[1] != cue_lo or not _agent(doc, src):
        return None
    refs = list(referenced_sentences(ctx, si))
    if not refs:
        return None
    prev = refs[-1]  # the statement just before: the object points at one sentence
    if ctx.text[prev.start_char : prev.end_char].rstrip().endswith("?"):
        return None
    pend = content_end(doc, prev)
    return make(ctx, rules.main, prev.start_char, end_char(doc, pend - 1), (cue_lo, cue_hi), src,
                (prev.start_char, seg.end_char))


def pronominal_pp(ctx: DocView, rules: Variants, seg: Segment, si: int, end: int, sentence: tuple[int, int]) -> list[RawClaim]:
    """'Daar wijst X op.', 'Daarvoor pleit X al jaren.': a verb whose prepositional object is its
    content, with that object a pronominal adverb opening the sentence (V2, the subject after the
    finite verb), or agreement with it ('Daar is X het mee eens'): the content is the sentence before."""
    doc = ctx.doc
    if si == 0 or seg.start + 3 >= seg.end:
        return []
    low = doc[seg.start].lower_
    prefix = next((p for p in W.backref_pp_prefixes if low.startswith(p)), None)
    fin = doc[seg.start + 1]
    if prefix is None or not (fin.lower_ in LEX.pp or fin.lower_ in W.copulas):
        return []
    joined = low[len(prefix):]
    last = seg.end - 1
    while last > seg.start and doc[last].is_punct:
        last -= 1
    if any(t.lower_ in W.complementisers or t.lower_ in W.dat or t.lower_ in W.clause_negations or t.text in {",", ";", ":"}
           or t.text in ALL_MARKS for t in doc[seg.start + 2 : last + 1]) or doc[seg.end - 1].text == "?":
        return []  # a clause of its own, a denial or a question
    if fin.lower_ in W.copulas:
        # "Daar is X het mee eens", "Daarover zijn de partijen het eens": agreement with the statement before
        k = last
        rows = [row for words, row in LEX.predicates.get(doc[k].lower_, ()) if len(words) == 1 and row.has("dat")]
        if not rows or not (joined in W.stranded_prepositions or doc[k - 1].lower_ in W.stranded_prepositions):
            return []
        src = np_after(doc, seg.start + 2, k)
        if src is None or not _agent(doc, src):
            return []
        return _statement_before(ctx, rules, seg, si, (k, k + 1), _whole_source(doc, src, seg, seg.start + 1))
    for row, prep, particle in LEX.pp[fin.lower_]:
        if row.cls == "accuse" or row.pp_needs_quote or particle:
            continue  # "Daartegen protesteert X", "spreekt daarover": a topic, not the statement before
        if joined:
            if joined != prep:
                continue
            stop = last + 1
        elif doc[last].lower_ == prep:
            stop = last  # "Daar wijst X op": the preposition stranded at the end
        else:
            continue
        src = np_after(doc, seg.start + 2, stop)
        if src is None or not _agent(doc, src) or (row.pp_needs_agent and not (
                agent_phrase(doc, src) or any(t.pos_ == "PROPN" for t in doc[src[0] : src[1]]))):
            continue  # "Daar wijzen de cijfers op": evidence, not a statement
        return _statement_before(ctx, rules, seg, si, (seg.start + 1, seg.start + 2),
                                 _whole_source(doc, src, seg, seg.start + 1))
    return []


def _statement_before(ctx: DocView, rules: Variants, seg: Segment, si: int, cue: tuple[int, int],
                      src: tuple[int, int]) -> list[RawClaim]:
    """The sentence before as the content of a back-reference that points at one statement."""
    refs = referenced_sentences(ctx, si)
    if not refs or ctx.text[refs[-1].start_char : refs[-1].end_char].rstrip().endswith("?"):
        return []
    prev = refs[-1]
    if prev.start_char in ctx.claimed or any(c in ALL_MARKS for c in ctx.text[prev.start_char : prev.end_char]):
        return []  # "„…”, aldus Stam. Daar is X het mee eens.": someone else's claim already; X only agrees
    pend = content_end(ctx.doc, prev)
    return [make(ctx, rules.main, prev.start_char, end_char(ctx.doc, pend - 1), cue, src, (prev.start_char, seg.end_char))]


def _whole_source(doc, src: tuple[int, int], seg: Segment, cue_lo: int) -> tuple[int, int]:
    """The source phrase with the whole name the parse may have cut ('Sanne' → 'Sanne van 't
    Hof', 'wethouder' → 'wethouder De Graaf'), without a trailing time word ('zij dinsdag')."""
    if doc[src[0]].lower_ in W.third_person_subjects:
        return src[0], src[0] + 1
    ext = np_after(doc, src[0], seg.end)
    if ext is not None and ext[0] == src[0] and ext[1] > src[1]:
        hi = ext[1] if not src[0] < cue_lo < ext[1] else cue_lo
        src = (src[0], max(src[1], hi))
    lo, hi = src
    while hi - 1 > lo and doc[hi - 1].lower_ in W.stop_after_source:
        hi -= 1
    return lo, hi


def verdict(ctx: DocView, rules: Variants, seg: Segment, si: int, end: int, sentence: tuple[int, int]) -> list[RawClaim]:
    """Dat heeft de rechtbank bepaald. / Dat becijfert het CBS.: a verb of ruling or reckoning
    that points back to the sentences before, like a speech verb."""
    doc, lower = ctx.doc, ctx.lower
    if si == 0 or lower[seg.start] not in W.backref_pronouns:
        return []
    k = seg.start + 1
    last_only = k < seg.end and lower[k] in W.backref_last
    k += 1 if last_only else 0
    if k + 1 >= seg.end:
        return []
    if lower[k] in W.verdict_backref_forms:
        verb = k  # "Dat bepaalde de rechtbank."
    elif lower[k] in W.backref_auxiliaries:
        # "Dat heeft de rechtbank dinsdag bepaald.": the participle closes the clause
        stop = content_end(doc, seg)
        verb = stop - 1
        if verb <= k + 1 or lower[verb] not in W.verdict_backref_forms:
            return []
    else:
        return []
    src = subject_of(doc, doc[verb], seg)
    if src is None or src[0] <= k and verb > k:
        src = np_after(doc, k + 1, seg.end)
    if src is None or src[0] <= seg.start + 1 or lower[src[0]] in W.backref_pronouns:
        return []
    if verb < src[1] and verb >= src[0]:
        src = (src[0], verb)
    if not _agent(doc, src):
        return []  # "Dat bepaalt de hoogte van de premie": a thing that determines, not a source
    refs = referenced_sentences(ctx, si)
    if last_only:
        refs = refs[-1:]
    return [make(ctx, rules.main, r.start_char, end_char(doc, content_end(doc, r) - 1), (verb, verb + 1), src,
                 (r.start_char, seg.end_char)) for r in refs]


def _may_be_source(doc, src: tuple[int, int]) -> bool:
    """A phrase after a singular back-reference verb that can be its subject: it holds a name, a
    pronoun, a person or organisation noun or a document ("Dat zei koning Willem-Alexander in de
    Troonrede"); after a thing or an abstract noun ("Dat roept de vraag op") 'Dat' is the subject.
    (A plural verb agrees with the phrase, never with 'Dat': "Dat bevestigen bronnen".)"""
    toks = doc[src[0] : src[1]]
    return _agent(doc, src) or any(
        t.pos_ in {"PROPN", "PRON"} or t.text[:1].isupper() and t.i > src[0] or t.lower_ in W.document_nouns
        or (t.pos_ == "NOUN" and is_agent_noun(t)) for t in toks)


def _agent(doc, src: tuple[int, int]) -> bool:
    """A phrase that can rule or reckon: a name, a known source, a person or an organisation."""
    toks = [t for t in doc[src[0] : src[1]] if t.is_alpha]
    if not toks:
        return False
    if len(toks) == 1 and toks[0].lower_ in W.third_person_subjects:
        return True
    head = toks[-1] if not any(t.lower_ in W.of_preposition for t in toks) else toks[
        next(n for n, t in enumerate(toks) if t.lower_ in W.of_preposition) - 1]
    return head.pos_ == "PROPN" or is_agent_noun(head) or is_registry_like(doc, src[0], src[1])


def has_own_claim(ctx: DocView, seg: Segment) -> bool:
    """A sentence with reported speech of its own, or a quote with a cue beside it."""
    if seg.start_char in ctx.reported:
        return True
    around = ctx.quotes_around(seg.start_char, seg.end_char)
    if not around:
        return False
    outside = ctx.text[seg.start_char : seg.end_char]
    for q in around:
        lo, hi = max(q.open_start, seg.start_char) - seg.start_char, min(q.close_end, seg.end_char) - seg.start_char
        outside = outside[:lo] + " " * (hi - lo) + outside[hi:]
    return any(ch.isalpha() for ch in outside)


def referenced_sentences(ctx: DocView, si: int, limit: int = 4) -> list[Segment]:
    """The sentences a back-reference at ``segs[si]`` points to."""
    text, segs = ctx.text, ctx.segs
    refs: list[Segment] = []
    k = si - 1
    if has_own_claim(ctx, segs[k]):
        return []  # "„…”, zei Zelensky. Dat zei hij in Kyiv.": the sentence before is already a claim
    while k >= 0 and len(refs) < limit:
        cur = segs[k]
        if is_headline(text, cur) or cur.end_char - cur.start_char > ctx.max_backref_chars:
            break  # never the headline; never a whole wall of text
        if refs and cur.start_char in ctx.claimed:
            break  # a sentence with its own claim is not part of what "Dat" points back to
        refs.append(cur)
        if k == 0 or "\n" in text[segs[k - 1].end_char : cur.start_char]:
            break  # the paragraph starts here
        k -= 1
    return list(reversed(refs))


def is_headline(text: str, seg: Segment) -> bool:
    """The article's title: the first line, without closing punctuation, followed by a line break."""
    if seg.start_char != 0:
        return False
    line_end = text.find("\n")
    return line_end >= 0 and seg.end_char <= line_end and text[:line_end].rstrip()[-1:] not in ".!?"
