"""Readers of words that mark attribution by themselves: ``volgens X``, ``…, aldus X``,
``wat X betreft``, ``…, zo luidt de conclusie van X``, ``naar verluidt``, a plea with its
prepositional object (``pleit voor``), ``blijkt uit``, a ``Naam: …`` headline and
``naar eigen zeggen``. Their trigger words are rows of the rule table."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ....lang.cues import lexicon
from ....lang.quotes import ALL_MARKS, NEXT_SENTENCE_CHARS
from ....lang.words import W
from ...rawclaim import RawClaim
from ..clauses import (
    agent_phrase,
    PREPOSITIONS,
    author_of_document,
    clause_start,
    content_end,
    has_verb,
    is_acronym,
    is_agent_noun,
    np_after,
    runs_on,
    sentence_stop,
)
from ..rules import Variants
from ..segments import Segment
from ..verbs import is_registry_like, named_subject, stop_before_inverted_cue, verb_source
from ..view import DocView, doc_text, end_char, has_dep, has_pos, make
from .backrefs import referenced_sentences

LEX = lexicon()
# Prepositions inside "wat … betreft" that make it about a thing ("wat het succes van X betreft");
# PREPOSITIONS leaves out "van" because it opens surnames.
_PHRASE_PREPOSITIONS = PREPOSITIONS | W.of_preposition
# Third-person object pronouns that can stand for a source ("wat hem betreft").
_OBJECT_PRONOUNS = frozenset(W.object_pronouns)
# What a "…, zo luidt de X van Y" frame can name: an accusation, verdict or conclusion of Y.
_VERDICT_NOUNS = frozenset(W.verdict_nouns)
_OWN_ACCOUNT = W.tuple("own_account")
_EVIDENTIAL_TRIGGERS = W.evidential_forms | W.staan_forms | W.document_place_verbs | W.document_place_infinitives


def _own_account(lower: list[str], k: int) -> bool:
    """'naar eigen zeggen' at token ``k``."""
    return lower[k] == _OWN_ACCOUNT[0] and lower[k + 1 : k + len(_OWN_ACCOUNT)] == list(_OWN_ACCOUNT[1:])


def volgens(ctx: DocView, rules: Variants, seg: Segment, tok: Token, end: int, sentence: tuple[int, int]) -> RawClaim | None:
    doc = ctx.doc
    i = tok.i
    src = np_after(doc, i + 1, seg.end)
    if src is None:
        return None
    src = author_of_document(doc, src, also=W.volgens_not_source)
    words = {t.lower_ for t in doc[src[0] : src[1]]}
    head = next((t.lower_ for t in doc[src[0] : src[1]] if t.lower_ not in W.articles), "")
    if head in W.volgens_not_source or words & W.first_second_person or (
        src[1] - src[0] <= 2 and doc[src[1] - 1].lower_ in W.volgens_not_source
    ):
        return None
    # The document noun points at its author: "volgens cijfers van het CBS".
    src = author_of_document(doc, src)
    if i == seg.start or (i == seg.start + 1 and doc[seg.start].lower_ in W.light_openers) or (
            i > seg.start + 2 and (doc[i - 1].lower_ in W.conj_and or doc[i - 1].lower_ in W.but)
            and has_pos(doc) and src[1] < end and doc[src[1]].pos_ in {"VERB", "AUX"}):
        # "…, en volgens haar zijn er …": a coordinated main clause opens with the marker
        k = src[1]
        if k < end and doc[k].text == "," and has_pos(doc):
            # "Volgens Bart Remes, onderzoeker aan de TU, geeft …": past the apposition
            close = next((m for m in range(k + 1, min(end - 1, k + 30)) if doc[m].text == ","), None)
            if close is not None and doc[close + 1].pos_ in {"VERB", "AUX"} and (
                    not has_verb(doc, k + 1, close) or doc[k + 1].lower_ in W.relative_openers):
                k = close  # (or a relative clause on the source: "Volgens X, die … was, vallen …")
        while k < end and doc[k].text in {","}:
            k += 1
        if k >= end:
            return None
        start_c, end_c = doc[k].idx, end_char(doc, sentence_stop(doc, k, end) - 1)
    else:
        before_end = i
        while before_end > seg.start and doc[before_end - 1].text in {",", "(", "—", "–"}:
            before_end -= 1
        rest = src[1]
        while rest < end and doc[rest].text in {",", ")", "—", "–"}:
            rest += 1
        comma_before = before_end < i
        relative = rest > src[1] and rest < end and doc[rest].lower_ in W.relative_openers
        scope = _subordinate_scope(doc, seg, src, end)
        if scope is not None:
            # "vrouwen die volgens haar …", "Omdat dit volgens hen …, besloten zij": the clause it stands in
            start_c, end_c = doc[scope[0]].idx, end_char(doc, scope[1] - 1)
        elif rest < end and not relative and (has_verb(doc, rest, end) or not comma_before):  # mid-clause
            clause = clause_start(doc, seg, i, W.clause_openers)
            start_c, end_c = doc[clause].idx, end_char(doc, end - 1)
        elif before_end > seg.start:
            start_c, end_c = doc[seg.start].idx, end_char(doc, before_end - 1)
        else:
            return None
    # "Volgens Hamers is dat een lastige klus: „…”": the quote after the colon is a claim of its own
    colon = next((t.i for t in doc[i:end] if t.text == ":" and t.idx >= start_c and t.i + 1 < seg.end
                  and any(q.open_start == doc[t.i + 1].idx for q in ctx.quotes_around(doc[t.i + 1].idx, doc[t.i + 1].idx + 1))), None)
    if colon is not None and doc[colon].idx > start_c:
        end_c = min(end_c, end_char(doc, colon - 1))
    return make(ctx, rules.main, start_c, end_c, (i, i + 1), src, sentence)


def _subordinate_scope(doc, seg: Segment, src: tuple[int, int], end: int) -> tuple[int, int] | None:
    """The token range of the subordinate clause whose verb ``volgens X`` modifies: a fronted
    adverbial clause ("Omdat dit volgens hen …, besloten zij") or a relative clause that ends the
    sentence ("vrouwen die volgens haar …"); None elsewhere (the sentence is the claim) or without a parse."""
    if not has_dep(doc):
        return None
    noun = next((t for t in doc[src[0] : src[1]] if t.dep_ in {"obl", "nmod"}), None)
    if noun is None:
        return None
    verb = noun.head
    if verb.dep_ not in {"advcl", "acl:relcl", "acl"} or verb.pos_ not in {"VERB", "AUX", "ADJ", "NOUN"}:
        return None
    lo, hi = verb.left_edge.i, verb.right_edge.i + 1
    while lo < hi and (doc[lo].is_punct or doc[lo].text in ALL_MARKS):
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].text in ALL_MARKS):
        hi -= 1
    if lo < seg.start or hi > end or lo >= src[0] - 1 or src[1] >= hi:
        return None  # (not "…, volgens de rechtbank" closing the clause: the whole sentence is the claim)
    if verb.dep_ == "advcl" and lo > seg.start:
        return None  # an adverbial clause after the main clause: the sentence, as before
    if verb.dep_ != "advcl" and not any(t.pos_ in {"VERB", "AUX"} for t in doc[seg.start : verb.head.i]):
        return None  # the antecedent opens the sentence, before its main verb: the relative clause is inside the subject
    if verb.dep_ != "advcl" and hi < end and not all(t.is_punct for t in doc[hi:end]):
        return None  # a relative clause inside the subject ("Een probleem waar X volgens Y … was …"): the sentence
    return lo, hi


def aldus(ctx: DocView, rules: Variants, seg: Segment, tok: Token, end: int, sentence: tuple[int, int]) -> RawClaim | None:
    """"…, aldus Zelensky": the clause before is the claim (and what runs on after the source)."""
    doc = ctx.doc
    if tok.i <= seg.start + 1 or doc[tok.i - 1].text != ",":
        return None
    src = np_after(doc, tok.i + 1, seg.end)
    if src is None:
        return None
    end_c = end_char(doc, tok.i - 2)
    if runs_on(doc, src[1], end):
        end_c = end_char(doc, sentence_stop(doc, src[1], end) - 1)
    return make(ctx, rules.main, doc[seg.start].idx, end_c, (tok.i, tok.i + 1), src, sentence)


def wat_betreft(ctx: DocView, rules: Variants, seg: Segment, tok: Token, end: int, sentence: tuple[int, int]) -> RawClaim | None:
    """"Zo ver mag het wat minister Wiersma betreft niet komen" / "Wat hem betreft, …": the
    opinion of a person or organisation (not "wat dat betreft", "wat de kosten betreft")."""
    doc = ctx.doc
    i = tok.i
    k = next((t.i for t in doc[i + 2 : min(seg.end, i + 8)] if t.lower_ in W.betreft), None)
    if k is None or any(t.is_punct for t in doc[i + 1 : k]):
        return None
    words = list(doc[i + 1 : k])
    if any(t.text.islower() and t.lower_ in _PHRASE_PREPOSITIONS for t in words):
        return None  # "wat het succes van de Spurs betreft": about a thing, not by a source
    head = [t for t in words if t.lower_ not in W.articles]
    pronoun = len(words) == 1 and words[0].lower_ in _OBJECT_PRONOUNS
    named = bool(head) and head[-1].text[:1].isupper() and head[-1].is_alpha  # "minister Wiersma", "de VVD"
    agent = len(head) < len(words) and bool(head) and is_agent_noun(head[0])  # "wat de minister betreft"
    if not (pronoun or named or agent):
        return None
    if i == seg.start:  # fronted: the claim is what follows
        rest = k + 1
        while rest < end and doc[rest].text == ",":
            rest += 1
        if rest >= end:
            return None
        start_c = doc[rest].idx
    else:  # the clause it stands in: after ", maar …" when it is a second main clause
        start_c = doc[clause_start(doc, seg, i, W.wat_betreft_clause_openers)].idx
    if end <= seg.start or end_char(doc, end - 1) <= start_c:
        return None
    return make(ctx, rules.main, start_c, end_char(doc, end - 1), (i, k + 1), (i + 1, k), sentence)


def zo_luidt(ctx: DocView, rules: Variants, seg: Segment, tok: Token, end: int, sentence: tuple[int, int]) -> RawClaim | None:
    """"…, zo luidt de beschuldiging van Trump" / "…, luidt het oordeel van de commissie": what
    the clause before says is the accusation, verdict or conclusion of the one named after "van"."""
    doc = ctx.doc
    i = tok.i
    k = i - 1
    if k > seg.start and doc[k].lower_ in W.zo:
        k -= 1
    if k <= seg.start + 1 or doc[k].text != ",":
        return None
    src = np_after(doc, i + 1, seg.end)
    if src is None or not any(doc[m].lower_ in W.of_preposition for m in range(src[0], src[1])):
        return None
    author = author_of_document(doc, src, also=_VERDICT_NOUNS)
    if author == src:
        return None
    return make(ctx, rules.main, doc[seg.start].idx, end_char(doc, k - 1), (k + 1 if doc[k + 1].lower_ in W.zo else i, i + 1), author, sentence)


def naar_verluidt(ctx: DocView, rules: Variants, seg: Segment, tok: Token, end: int, sentence: tuple[int, int]) -> RawClaim | None:
    """"Naar verluidt wil Shell verhuizen" / "Shell wil naar verluidt verhuizen": hearsay that
    names no source (speaker unknown)."""
    doc = ctx.doc
    i = tok.i
    if i == seg.start or doc[i - 1].lower_ not in W.naar:
        return None
    lo = i - 1
    if lo == seg.start or (lo == seg.start + 1 and doc[seg.start].lower_ in W.light_openers):
        k = i + 1
        while k < end and doc[k].text == ",":
            k += 1
        stop = sentence_stop(doc, k, end) if k < end else k
    else:
        k = clause_start(doc, seg, lo, W.clause_openers)
        stop = end
    if k >= stop or not has_verb(doc, k, stop):
        return None
    return make(ctx, rules.main, doc[k].idx, end_char(doc, stop - 1), (lo, i + 1), None, sentence, unknown=True)


def pp_object(ctx: DocView, rules: Variants, seg: Segment, tok: Token, end: int, sentence: tuple[int, int]) -> RawClaim | None:
    """"De oppositie pleit voor een parlementaire enquête" / "De bonden dringen aan op hogere
    lonen": a plea or demand whose prepositional object says what is asked for (the first of the
    verb form's prepositional cues that reads one)."""
    for entry in LEX.pp[tok.lower_]:
        claim = _pp_object(ctx, rules, seg, tok, end, sentence, entry)
        if claim is not None:
            return claim
    return None


def _pp_object(ctx: DocView, rules: Variants, seg: Segment, tok: Token, end: int, sentence: tuple[int, int],
               entry) -> RawClaim | None:
    doc = ctx.doc
    _row, prep, particle = entry
    if tok.i > seg.start and (doc[tok.i - 1].lower_ in W.noun_determiners or (
            has_pos(doc) and tok.pos_ in {"NOUN", "PROPN"} and doc[tok.i - 1].pos_ in {"DET", "ADJ"})):
        return None  # "de doelen op lange termijn": a noun, not the cue verb
    om = _anticipated_infinitive(doc, tok.i + 1, end, prep, particle)
    if om is None and _anticipated_before(doc, seg.start, tok.i, prep):
        om = _anticipated_infinitive(doc, tok.i + 1, end, "", particle, seen=True)  # "heeft ervoor gepleit om …"
    if om is not None:  # "pleit ervoor om … te …": the te-clause is the prepositional object
        src, unknown = verb_source(doc, seg, tok)
        if src is None or (_row.pp_needs_agent and not (named_subject(doc, tok, seg) or agent_phrase(doc, src))):
            return None
        start = om + 1
        stop = stop_before_inverted_cue(doc, start, sentence_stop(doc, start, end), seg)
        return make(ctx, rules.main, doc[start].idx, end_char(doc, stop - 1), (tok.i, tok.i + 1), src, sentence,
                     unknown=unknown)
    k = tok.i + 1
    if particle:  # "dringen (er bij het kabinet) aan op"
        while k < min(end, tok.i + 6) and doc[k].lower_ != particle:
            k += 1
        if k >= end or doc[k].lower_ != particle:
            if not any(doc[m].lower_ == particle for m in range(max(seg.start, tok.i - 2), tok.i)):
                return None
            k = tok.i + 1  # a noun particle before its verb at the end of the clause: "waarmee X aanspraak maakt op"
        else:
            k += 1
    while k < end and doc[k].lower_ in W.skip_before_pp:
        k += 1
    pp_before = None
    if (k >= end or doc[k].lower_ != prep) and has_pos(doc):
        # the middle field before the PP: "waarschuwde dinsdag voor", "pleit Jansen in een brief voor"
        m = k
        while m < min(end, k + 10) and doc[m].lower_ != prep and not (
                doc[m].is_punct or doc[m].pos_ in {"VERB", "AUX", "SCONJ", "CCONJ"} or doc[m].lower_ in W.dat
                or doc[m].lower_ in W.te or doc[m].lower_ in W.question_words or (
                    doc[m].pos_ == "ADP" and doc[m].lower_ not in W.middle_field_prepositions)):
            m += 1
        if m < end and doc[m].lower_ == prep and m > k:
            k = m
        elif not particle and all(doc[j].is_punct for j in range(k, end)):
            # the verb closes its clause: "heeft voor de gevolgen gewaarschuwd", "omdat X op lagere kosten aandringt"
            pp_before = next((j for j in range(tok.i - 1, max(seg.start, tok.i - 10) - 1, -1)
                              if doc[j].lower_ == prep or doc[j].text in {",", ";", ":"}), None)
            if pp_before is None or doc[pp_before].lower_ != prep:
                return None
            if _row.pp_needs_agent:
                j = pp_before - 1
                while j > seg.start and doc[j].pos_ in {"DET", "ADJ", "NOUN", "NUM"}:
                    j -= 1
                if j < pp_before - 1 and doc[j].pos_ == "ADP":
                    return None  # "naar de kerk op het plein gewezen": the PP belongs to a noun
    if pp_before is not None:
        start, stop = pp_before + 1, tok.i
        while stop > start and doc[stop - 1].pos_ in {"VERB", "AUX"}:
            stop -= 1  # "… voor de gevolgen heeft gewaarschuwd"
        k = tok.i
    elif k >= end or doc[k].lower_ != prep:
        return None
    else:
        start = k + 1
        stop = stop_before_inverted_cue(doc, start, sentence_stop(doc, start, end), seg)
    stop = next((j for j in range(start, stop) if doc[j].text == ":" or (
        doc[j].text == "," and j + 1 < stop and doc[j + 1].pos_ in {"VERB", "AUX"}
        and "Fin" in doc[j + 1].morph.get("VerbForm"))), stop)
    # a quote follows the colon; "X, die aandrong op Y, zei …": the main clause resumes after the comma
    if stop <= start or not has_pos(doc) or (doc[start].pos_ not in {"DET", "NOUN", "ADJ", "NUM", "PROPN"} and not (
            doc[start].pos_ == "VERB" and doc[start].dep_ == "amod")) or (  # (a participle as adjective: "stijgende kosten")
            stop - start == 1 and doc[start].pos_ not in {"NOUN", "PROPN"}):
        return None  # "pleit voor kernenergie" is a plea, "pleit voor hem" is not
    if _row.pp_needs_quote and not any(doc[j].text in ALL_MARKS for j in range(start, stop)):
        return None  # "spreekt over de begroting": a topic, not words of the speaker
    src, unknown = verb_source(doc, seg, tok)
    if src is None:
        return None
    if pp_before is None and src[0] < k < src[1]:
        src = (src[0], k)  # "Ook wijst de vakbond op …": the subject ends at the preposition
    if _row.pp_needs_agent and not (named_subject(doc, tok, seg) or agent_phrase(doc, src)):
        return None  # "de cijfers wijzen op een daling": evidence, not a claim
    if _row.pp_needs_agent and pp_before is None:
        after = doc.text[end_char(doc, stop - 1) : end_char(doc, stop - 1) + 4]
        if after[:1] in {".", ":"} and after[1:2].isspace() and after[1:].lstrip()[:1] in NEXT_SENTENCE_CHARS:
            return None  # "X wijst op het verdrag. „Dat biedt …”": the quote that follows is the claim
    cue = (tok.i, k + 1) if pp_before is None else (pp_before, tok.i + 1)
    return make(ctx, rules.main, doc[start].idx, end_char(doc, stop - 1), cue, src, sentence, unknown=unknown)


def _anticipated_before(doc: Doc, start: int, i: int, prep: str) -> bool:
    """A pronominal adverb in the middle field before a clause-final cue: "heeft ervoor gepleit",
    "omdat hij er steeds op aandrong"."""
    joined = {pre + prep for pre in W.pronominal_prefix}
    saw_prep = False
    for j in range(i - 1, max(start, i - 8) - 1, -1):
        t = doc[j]
        if t.lower_ in joined or (saw_prep and t.lower_ in W.pronominal_prefix):
            return True
        if t.lower_ == prep:
            saw_prep = True
        elif t.is_punct or t.lower_ in W.dat:
            return False
    return False


def _anticipated_infinitive(doc: Doc, k: int, end: int, prep: str, particle: str, *, seen: bool = False) -> int | None:
    """The "om" of a te-clause that a pronominal adverb anticipates as the cue's prepositional
    object ("pleit ervoor om … te …", "pleit er al jaren voor om …", "dringt erop aan om …",
    "roept ertoe op om …"), or None."""
    if not has_pos(doc):
        return None
    joined = {pre + prep for pre in W.pronominal_prefix}
    seen_er = seen_prep = seen
    for j in range(k, min(end, k + 10)):
        t = doc[j]
        low = t.lower_
        if low in joined and not seen_er:
            seen_er = seen_prep = True
        elif low in W.pronominal_prefix and not seen_er:
            seen_er = True
        elif low == prep and seen_er and not seen_prep:
            seen_prep = True
        elif low in W.om and seen_prep:
            te = next((m for m in range(j + 1, min(end, j + 15)) if doc[m].lower_ in W.te), None)
            if te is None or te + 1 >= end or doc[te + 1].pos_ not in {"VERB", "AUX"} or any(
                    doc[m].text in {",", ";", ":"} for m in range(j + 1, te)):
                return None
            return j
        elif low == particle and seen_prep:
            continue
        elif t.is_punct or low in W.dat or t.pos_ in {"VERB", "AUX", "SCONJ", "CCONJ"}:
            return None
    return None


def nominal_van(ctx: DocView, rules: Variants, seg: Segment, tok: Token, end: int, sentence: tuple[int, int]) -> RawClaim | None:
    """"Een oproep van de burgemeester om de straten schoon te houden …" / "De eis van de bond
    dat de lonen stijgen …": a nominal cue whose source is its van-phrase, a person or body."""
    doc = ctx.doc
    row = LEX.nouns.get(tok.lower_)
    if row is None or tok.i == seg.start or not has_pos(doc) or tok.pos_ != "NOUN" or doc[tok.i - 1].pos_ != "DET":
        return None
    if tok.i + 2 >= end or doc[tok.i + 1].lower_ not in W.of_preposition:
        return None
    src = np_after(doc, tok.i + 2, end)
    if src is None or not (any(t.pos_ == "PROPN" for t in doc[src[0] : src[1]]) or agent_phrase(doc, src)):
        return None  # "de eis van vorig jaar dat …": no source
    k = src[1]
    if k < end and doc[k].pos_ == "CCONJ":  # "een oproep van Amsterdam en andere gemeenten om …"
        j = k + 1
        while j < end and doc[j].pos_ in {"DET", "ADJ", "NOUN", "PROPN", "NUM"}:
            j += 1
        k = j if j > k + 1 else k
    if k < end and doc[k].text == ",":
        k += 1
    if k >= end:
        return None
    if doc[k].lower_ in W.dat and row.has("dat"):
        start = k + 1
        stop = sentence_stop(doc, start, end)
        stop = next((j for j in range(start, stop - 1) if doc[j].text == "," and doc[j + 1].pos_ in {"VERB", "AUX"}
                     and "Fin" in doc[j + 1].morph.get("VerbForm")), stop)  # "De eis van X dat …, ligt nu …"
    elif doc[k].lower_ in W.om and (row.has("te") or row.has("obj_te")):
        start = k + 1
        te = next((j for j in range(start, min(end, start + 15)) if doc[j].lower_ in W.te), None)
        if te is None or te + 1 >= end or doc[te + 1].pos_ not in {"VERB", "AUX"}:
            return None
        stop = te + 2
        while stop < end and not (doc[stop].text in {",", ";", ":", ".", "!", "?"} or (
                doc[stop].pos_ in {"VERB", "AUX"} and "Fin" in doc[stop].morph.get("VerbForm"))):
            stop += 1  # the te-clause runs on to the finite verb of the main clause: "… te spreken op X werd …"
    else:
        return None
    if stop <= start:
        return None
    return make(ctx, rules.main, doc[start].idx, end_char(doc, stop - 1), (tok.i, tok.i + 2), src, sentence)


def evidential(ctx: DocView, rules: Variants, seg: Segment, si: int, end: int, sentence: tuple[int, int]) -> list[RawClaim]:
    """Uit cijfers van het CBS blijkt dat … / Dat blijkt uit een rapport van de commissie /
    …, zo blijkt uit de verklaring van de VS / In het rapport van X staat dat … / Dat staat in een
    brief van X. The source is the author of the document; a finding with no named source
    ("uit onderzoek blijkt", "dat staat in het rapport") is not a claim."""
    doc = ctx.doc
    lower = ctx.lower
    for k in range(seg.start, seg.end):
        low = lower[k]
        if low not in _EVIDENTIAL_TRIGGERS:
            continue
        if low in W.document_place_infinitives and not (k > seg.start and lower[k - 1] in W.te):
            continue  # "staan" only as "komt te staan"; "De normen staan geformuleerd in …" is no report
        staan = low in W.staan_forms or low in W.document_place_verbs or low in W.document_place_infinitives
        preps = W.in_preposition if staan else W.uit_preposition
        window = range(max(seg.start, k - 10), min(seg.end, k + 4))
        prep = next((t for t in window if lower[t] in preps and (not staan or t > k or t == seg.start)), None)
        if prep is None and staan and lower[seg.start] in W.pronominal_in and seg.start < k:
            found = _document_before(doc, seg.start, None)  # "Daarin staat (namelijk) dat …"
            if found is None:
                continue
            prep = seg.start
        elif prep is None:
            if staan:
                continue
            return []
        else:
            found = _document_author(doc, prep + 1, seg.end)
            if found is None and staan and prep == seg.start:
                found = _anaphoric_document(doc, prep + 1, seg.end)  # "In die wet staat dat …"
        if found is None:
            if staan:
                continue
            return []
        doc_np, src = found
        cue = (k, prep + 1) if staan and prep > k else (k, k + 1)
        after = max(k + 1, doc_np[1])
        dat = next((t for t in range(after, min(end, after + 3)) if lower[t] in W.dat and lower[t - 1] != ","), None)
        # (not "een memo van het ministerie, dat …": a relative clause on the document)
        if dat is not None and dat + 1 < end:
            stop = sentence_stop(doc, dat + 1, end)
            return [make(ctx, rules.main, doc[dat + 1].idx, end_char(doc, stop - 1), cue, src, sentence)]
        if lower[seg.start] in W.backref_pronouns and si > 0 and k == seg.start + 1:
            refs = referenced_sentences(ctx, si)
            return [make(ctx, rules.backref, r.start_char, end_char(doc, content_end(doc, r) - 1), cue, src,
                         (r.start_char, seg.end_char)) for r in refs]
        j = k - 1
        while j > seg.start and lower[j] in W.zo_or_comma:
            j -= 1
        if j > seg.start and j < k - 1 and (lower[k - 1] in W.zo or lower[k - 1] == ","):
            return [make(ctx, rules.trailing, doc[seg.start].idx, end_char(doc, j), cue, src, sentence)]
        if not staan:
            return []
    return []


def _document_author(doc, i: int, end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """At ``i`` a phrase naming a document and its author: 'een brief van minister X' →
    (the phrase, 'minister X'); 'cijfers van het CBS' → 'het CBS'. None when no author is named."""
    doc_np = np_after(doc, i, end)
    if doc_np is None:
        return None
    head = next((t for t in range(doc_np[0], min(doc_np[1], doc_np[0] + 3)) if _is_document_noun(doc[t].lower_)), None)
    if head is None:
        src = author_of_document(doc, doc_np)
        if src == doc_np and not any(t.text[:1].isupper() for t in doc[src[0] : src[1]] if t.i != i):
            return None  # "uit onderzoek blijkt": no named source
        return doc_np, src
    van = next((t for t in range(head + 1, min(end, doc_np[1] + 1)) if doc[t].lower_ in W.of_preposition), None)
    if van is None:
        if doc[doc_np[0]].lower_ in W.possessive_determiners:
            return None  # "hun WhatsApp-gesprekken": the author is the possessor, a pronoun
        if any(t.text[:1].isupper() for t in doc[doc_np[0] : doc_np[1]] if t.i != i):
            return doc_np, doc_np  # "de CBS-cijfers"
        k = doc_np[1]
        if k < end and doc[k].lower_ in W.passive_agent:
            src = np_after(doc, k + 1, end)  # "onderzoek door de NOS": the agent made it
            return ((doc_np[0], src[1]), src) if src is not None else None
        if k < end and doc[k].lower_ in W.relative_pronouns:
            src = np_after(doc, k + 1, end)  # "een analyse die de NOS maakte": the relative clause's subject
            if src is not None and _names_an_agent(doc, src) and any(
                    doc[m].pos_ in {"VERB", "AUX"} for m in range(src[1], min(end, src[1] + 4))):
                return (doc_np[0], src[1]), src
            return None
        if k < end and doc[k].lower_ in W.in_preposition:
            inner = _document_author(doc, k + 1, end)  # "de cijfers in het jaarverslag van X"
            if inner is not None:
                return (doc_np[0], inner[0][1]), inner[1]
        return None
    src = np_after(doc, van + 1, end)
    if src is None or any(t.lower_ in W.time_units for t in doc[src[0] : src[1]]):
        return None  # "de metingen van vorig jaar": a date, not an author
    return (doc_np[0], max(doc_np[1], src[1])), src


def _anaphoric_document(doc: Doc, i: int, end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """At ``i`` a demonstrative document phrase ("die wet", "dat rapport"): the document it points
    back to, as (the phrase, its source), or None."""
    if i >= end or doc[i].lower_ not in W.demonstrative_determiners | W.backref_pronouns:
        return None
    head = next((t for t in range(i + 1, min(end, i + 4)) if _is_document_noun(doc[t].lower_)), None)
    if head is None or any(doc[t].pos_ not in {"ADJ", "NOUN"} for t in doc[i + 1 : head]):
        return None
    np = (i, head + 1)
    found = _document_before(doc, np[0], doc[head].lower_)
    return (np, found[1]) if found is not None else None


def _document_before(doc: Doc, i: int, noun: str | None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The document named last in the sentence before token ``i`` (past a heading; one whose head
    is, or ends in, ``noun`` if given), as (its phrase, its source): its author where a van-phrase names one
    ("de voorwaarden van Vattenfall" → Vattenfall), else the document itself when it has a name
    ("de Wet goed verhuurderschap", "de Groningerwet"); None when there is none."""
    lo = doc[i].sent.start
    if lo > 0:
        lo = doc[lo - 1].sent.start
        if lo > 0 and sum(t.is_alpha for t in doc[lo : doc[i].sent.start]) < 4:
            lo = doc[lo - 1].sent.start  # past a heading between them ("'Medeplichtig'")
    for k in range(i - 1, lo - 1, -1):
        low = doc[k].lower_
        if not (_is_document_noun(low) and (noun is None or low == noun or low.endswith(noun))):
            continue
        start = k
        while start > lo and doc[start - 1].pos_ in {"DET", "ADJ"}:
            start -= 1
        stop = doc[k].sent.end
        found = _document_author(doc, start, stop)
        if found is None:
            return None
        np, src = found
        if np[0] == src[0] and not (doc[k].text[:1].isupper() or any(
                t.text[:1].isupper() for t in doc[k + 1 : np[1]])):
            return None
        if src != np and not _names_an_agent(doc, src):
            return None  # "een analyse van het stikstofbeleid": the van-phrase is the topic, not the author
        return found
    return None


def _names_an_agent(doc, np: tuple[int, int]) -> bool:
    """Whether a phrase names someone who can make a document: a name or a person or organisation noun."""
    toks = doc[np[0] : np[1]]
    return any(t.pos_ == "PROPN" or (t.text[:1].isupper() and t.i > np[0]) or (
        t.pos_ == "NOUN" and is_agent_noun(t) and t.lower_ not in W.time_units) for t in toks)  # not "vorig jaar"


def _is_document_noun(word: str) -> bool:
    """A document noun, also in a compound: 'jaarverslag', 'persverklaring', 'eindrapport'."""
    return word in W.document_nouns or any(word.endswith(n) and len(word) - len(n) >= 3 for n in W.document_nouns)


def colon_headline(ctx: DocView, rules: Variants, seg: Segment, si: int, end: int, sentence: tuple[int, int]) -> list[RawClaim]:
    """Zelensky: we geven niet op (no quote marks)."""
    doc = ctx.doc
    topic = _headline_with_topic(doc, seg)
    if topic is not None:
        src, k = topic
        rest, end = k + 1, content_end(doc, seg)
        if rest < end and doc[rest].text not in ALL_MARKS:
            return [make(ctx, rules.main, doc[rest].idx, end_char(doc, end - 1), (k, k + 1), src, sentence)]
        return []
    for k in range(seg.start + 1, min(seg.end, seg.start + 5)):
        if doc[k].text != ":":
            continue
        src = (seg.start, k)
        lead = doc[seg.start:k]
        if seg.start_char != 0 and not is_registry_like(doc, seg.start, k):
            return []  # an unquoted colon claim is a title: "Minister Heinen: …"
        if not lead[0].text[:1].isupper() or not all(
                t.text[:1].isupper() or t.lower_ in W.colon_lead_words or is_agent_noun(t) for t in lead):
            return []
        last = doc[k - 1]
        registry_like = is_registry_like(doc, seg.start, k)
        # a capitalised word after the first is a name even when the tagger calls it a noun
        name_like = last.pos_ == "PROPN" or is_acronym(last) or (last.i > seg.start and last.text[:1].isupper() and last.is_alpha)
        if not (registry_like or (has_pos(doc) and name_like) or is_agent_noun(last)
                or not has_pos(doc)) or (has_pos(doc) and any(t.pos_ in {"ADJ", "VERB"} for t in lead)):
            return []
        if not registry_like and doc_text(doc).lower().count(last.lower_) < 2:
            return []  # a colon headline names a speaker the article speaks of again
        rest = k + 1
        end = content_end(doc, seg)
        if rest >= end or doc[rest].text in ALL_MARKS:
            return []
        return [make(ctx, rules.main, doc[rest].idx, end_char(doc, end - 1), (k, k + 1), src, sentence)]
    return []


def _headline_with_topic(doc, seg: Segment) -> tuple[tuple[int, int], int] | None:
    """A headline 'Naam over/in/tegen …: content' (the first line): the name before the topic's
    preposition is the source, named again in the article ("AIVD over de rellen: …"); returns
    (source range, colon index) or None."""
    if seg.start_char != 0 or not has_pos(doc):
        return None
    colon = next((k for k in range(seg.start + 2, min(seg.end, seg.start + 12)) if doc[k].text == ":"), None)
    if colon is None:
        return None
    prep = next((k for k in range(seg.start + 1, colon) if doc[k].lower_ in W.headline_topic_prepositions), None)
    if prep is None or any(t.pos_ in {"VERB", "AUX"} or t.text in ALL_MARKS for t in doc[seg.start:colon]):
        return None
    src = (seg.start, prep)
    toks = doc[seg.start:prep]
    if not all(t.text[:1].isupper() or t.lower_ in W.colon_lead_words or t.lower_ in W.name_particles or is_agent_noun(t)
               for t in toks):
        return None
    last = doc[prep - 1]
    if not (is_registry_like(doc, *src) or last.pos_ == "PROPN" or is_agent_noun(last) or last.text.isupper()):
        return None
    if not is_registry_like(doc, *src) and doc_text(doc).lower().count(last.lower_) < 2:
        return None  # the source is named again in the article
    return src, colon


def eigen_zeggen(ctx: DocView, rules: Variants, seg: Segment, si: int, end: int, sentence: tuple[int, int]) -> list[RawClaim]:
    """… naar eigen zeggen … : the sentence's subject says so."""
    doc = ctx.doc
    lower = ctx.lower
    for k in range(seg.start, seg.end - 2):
        if lower[k] != _OWN_ACCOUNT[0]:
            continue
        if _own_account(lower, k) and (
                k + 3 < seg.end and doc[k + 3].text in ALL_MARKS | {",,"}):
            subj = np_after(doc, seg.start, seg.end)
            q = next((q for q in ctx.quotes if q.open_start == doc[k + 3].idx), None)
            if subj is None or q is None:
                return []
            if ctx.text[q.close_end:seg.end_char].strip(" .!?…;") and q.close_end < end_char(doc, end - 1):
                # 'is naar eigen zeggen „redelijk” begonnen': the quote is part of the content
                return [make(ctx, rules.main, q.open_start, end_char(doc, end - 1), (k, k + 3), subj, sentence)]
            return [make(ctx, rules.quote, q.content_start, q.content_end, (k, k + 3), subj, sentence)]
        if _own_account(lower, k):
            if k == seg.start and k + 4 < seg.end and has_pos(doc) and doc[k + 3].pos_ in {"VERB", "AUX"}:
                subj = np_after(doc, k + 4, seg.end)  # "Naar eigen zeggen heeft X …": V2, the subject after the verb
            else:
                subj = np_after(doc, seg.start, seg.end)
            if subj is None:
                return []
            return [make(ctx, rules.main, doc[seg.start].idx, end_char(doc, end - 1), (k, k + 3), subj, sentence)]
    return []
