"""Readers of a cue verb and its complement frame: ``zegt dat …``, ``zei: …``, ``…, zei hij``,
``belooft te …``, ``ontkent de beschuldiging``. The engine calls them only for cue rows that
take the rule's frame (see ``lang/data/cues.jsonl``)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ....lang.quotes import ALL_MARKS, CLOSERS_AND_COMMA, OPENING_CHARS
from ....lang.words import W
from ...rawclaim import RawClaim
from ..clauses import (
    agent_phrase,
    author_of_document,
    has_verb,
    is_agent_noun,
    name_with_apposition,
    np_after,
    np_before,
    preverbal_subject,
    runs_on,
    sentence_stop,
    speaking_subject,
    subject_by_order,
    subject_of,
)
from ..rules import Variants
from ..segments import Segment
from ..verbs import (LEX, Cue, inverted_cue, named_subject, source_after_inverted, stop_before_inverted_cue,
                     verb_source, words_at)
from ..view import DocView, doc_text, end_char, has_dep, has_pos, make, tokens

_QUESTION_LEADS = W.tuple("question_leads")


def dat_clause(ctx: DocView, rules: Variants, seg: Segment, si: int, cue: Cue, end: int, sentence: tuple[int, int]) -> RawClaim | None:
    """X zegt dat … / X liet weten dat … / X zei tegen de NOS dat …"""
    doc = ctx.doc
    row, cue_lo, cue_hi, verb = cue
    if yes_no_question(doc, seg, cue_lo, end):
        return None
    j = cue_hi
    limit = min(end, cue_hi + 10)
    while j < limit:
        t = doc[j]
        det_ok = not row.stance  # "wil dat programma verlengen": a determiner
        if row.of_clause and t.lower_ in W.of_complementiser and j + 1 < end and not doc[j + 1].is_punct:
            break  # "betwijfelt of …": doubt, whose of-clause is the content
        if t.lower_ in W.dat and (not has_pos(doc) or t.pos_ in {"SCONJ", "PRON"} or (t.pos_ == "DET" and det_ok)) and j + 1 < end:
            nxt = doc[j + 1]
            if nxt.is_punct and nxt.text not in OPENING_CHARS:
                return None
            if has_pos(doc) and t.pos_ == "PRON" and nxt.pos_ in {"AUX", "VERB"}:
                return None  # "dat" as a relative or demonstrative pronoun
            if j > cue_hi and doc[j - 1].lower_ in W.dat_conjunction_heads:
                return None  # "zonder dat …", "behalve dat …": the conjunction's clause, not the cue's
            if infinitive_between(doc, verb, cue_hi, j):
                return None  # "wil duidelijk maken dat …": the clause belongs to the infinitive
            break
        if t.lower_ in W.question_words:
            return None  # indirect questions are not claims
        if t.text == "," and not (j + 1 < end and doc[j + 1].lower_ in W.dat):
            return None
        if t.text in {".", "?", "!", ";", ":"} or t.lower_ in W.dat_clause_barriers:
            return None  # (after a colon a new clause: "zijn het erover eens: het wordt tijd dat …")
        if j > cue_hi and has_pos(doc) and t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") and (
                doc[j - 1].lower_ in W.conj_and):
            return None  # "zijn het niet eens met X en zeiden dat …": the clause is the next verb's
        j += 1
    else:
        return None
    if means_idiom(doc, seg, verb):
        return None  # "Dat wil niet zeggen dat …": 'means', nobody states it
    src, unknown = verb_source(doc, seg, verb)
    if row.unattributed:
        src, unknown = None, True  # "Vorige week lekte uit dat …": news with no source
    if unknown and row.stance:
        return None  # "Verwacht wordt dat …": an expectation nobody states
    if row.cls == "evidential":
        src, unknown = document_author(doc, seg, cue_lo, src), False
        if src is None:
            return None  # "Het staat vast dat …", "Het onderzoek laat zien dat …": a finding with no named source
    elif src is None and row.cls in {"stance", "copular", "nominal"}:
        return None  # a view or feeling is someone's: without a subject there is no claim
    if src is not None and src[0] <= cue_lo < src[1] and row.cls == "nominal":
        src = _name_before_nominal(doc, seg, cue_lo)  # "toen Pistorius aanwijzingen had dat …", whatever the parse
    if src is None and row.cls == "nominal":
        return None
    if src is not None and src[0] <= cue_lo < src[1]:
        return None  # "De verwachting is dat …": the cue is the subject, nobody states it
    start_c = doc[j + 1].idx
    stop = stop_before_inverted_cue(doc, j + 1, sentence_stop(doc, j + 1, end), seg)
    if has_pos(doc) and stop - (j + 1) <= 3 and not has_verb(doc, j + 1, stop):
        return None  # "en willen dat ook niet, zegt …": "dat" is an object, not a clause
    if demonstrative_dat(doc, j, stop):
        return None  # "wil dat nog dit jaar doen": "dat" is the infinitive's object
    return make(ctx, rules.main, start_c, end_char(doc, stop - 1), (cue_lo, cue_hi), src, sentence, unknown=unknown)


def infinitive_between(doc: Doc, verb: Token, lo: int, hi: int) -> bool:
    """Whether a bare infinitive that the cue verb governs stands between the cue and "dat" ("wil
    een stelsel bouwen dat", "wil duidelijk maken dat"): the modal takes the infinitive, and the
    clause after it is the infinitive's (or a noun's), not the cue's."""
    if not has_dep(doc):
        return False
    return any(t.pos_ == "VERB" and "Inf" in t.morph.get("VerbForm") and t.head.i == verb.i
               and t.dep_ in {"xcomp", "ccomp"} for t in doc[lo:hi])


def means_idiom(doc: Doc, seg: Segment, verb: Token) -> bool:
    """``willen zeggen`` with a pronoun subject is 'to mean' ("Dat wil zeggen dat …", "Dit wil niet
    zeggen dat …"): the modal right after the pronoun, the infinitive a few words later."""
    if verb.lower_ not in W.means_infinitives:
        return False
    for k in range(max(seg.start + 1, verb.i - 5), verb.i):
        if doc[k].lower_ in W.means_modals and doc[k - 1].lower_ in W.means_subjects and (
                k - 1 == seg.start or doc[k - 2].is_punct or doc[k - 2].lower_ in W.conj_and or doc[k - 2].lower_ in W.but):
            return True
    return False


def demonstrative_dat(doc: Doc, j: int, stop: int) -> bool:
    """Whether "dat" at ``j`` is a demonstrative object of a bare infinitive ("wil dat nog dit jaar
    doen"): a complement clause has a finite verb, and where its verb looks like an infinitive it
    is a plural with a plural or pronoun subject; here no verb is finite, the words end in an
    infinitive and no phrase could be its subject (no pronoun, no name, no subject in the parse, no
    plural noun outside a prepositional phrase)."""
    if not has_dep(doc) or stop - j < 3:
        return False
    rest = doc[j + 1 : stop]
    verbs = [t for t in rest if t.pos_ in {"VERB", "AUX"}]
    if not verbs or any("Fin" in t.morph.get("VerbForm") for t in verbs):
        return False
    last = doc[stop - 1]
    if last.pos_ != "VERB" or "Inf" not in last.morph.get("VerbForm"):
        return False
    if doc[j + 1].lower_ in W.pronominal_prefix:
        return False  # "dat er nog andere volgen": existential "er" opens a clause
    for t in rest:
        if t.pos_ in {"PRON", "PROPN", "NUM"} or t.text in ALL_MARKS or t.is_punct or t.dep_ in {"nsubj", "nsubj:pass", "expl"}:
            return False
        if t.pos_ == "NOUN" and "Sing" not in t.morph.get("Number"):
            k = t.i - 1
            while k > j and doc[k].pos_ in {"DET", "ADJ", "NUM"}:
                k -= 1
            if doc[k].pos_ != "ADP":
                return False  # a plural noun outside a prepositional phrase can be a plural verb's subject
    return True
def _name_before_nominal(doc: Doc, seg: Segment, cue_lo: int) -> tuple[int, int] | None:
    """A name or personal pronoun right before a nominal cue (past its adjectives), in the middle
    field where the subject precedes the object: "toen Pistorius (sterke) aanwijzingen had dat"."""
    if not has_pos(doc):
        return None
    d = cue_lo - 1
    while d > seg.start and doc[d].pos_ == "ADJ":
        d -= 1
    if d < seg.start or doc[d].pos_ not in {"PROPN", "PRON"} or (doc[d].pos_ == "PRON" and doc[d].lower_ not in W.subject_pronouns):
        return None
    lo = d
    while lo > seg.start and doc[d].pos_ == "PROPN" and doc[lo - 1].pos_ == "PROPN":
        lo -= 1
    return lo, d + 1


def yes_no_question(doc: Doc, seg: Segment, cue_lo: int, end: int) -> bool:
    """A yes/no question: the clause opens with its finite verb (V1) and ends in a question mark
    ("Zegt Visser dat de kosten stijgen?", "Heeft hij gezegd dat …?"): asked, not stated."""
    k = seg.start
    while k < cue_lo and doc[k].is_punct:
        k += 1
    if k > cue_lo or not has_pos(doc) or doc[k].pos_ not in {"VERB", "AUX"} or "Fin" not in doc[k].morph.get("VerbForm"):
        return False
    last = max(end, seg.end) - 1
    while last > cue_lo and (doc[last].is_space or doc[last].text in CLOSERS_AND_COMMA and doc[last].text != "?"):
        last -= 1
    return doc[last].text == "?"


def document_author(doc: Doc, seg: Segment, cue_lo: int, src: tuple[int, int] | None) -> tuple[int, int] | None:
    """The author a document cue names ("het rapport van de inspectie laat zien", "In de brief
    van X staat"), or None."""
    ranges = [(seg.start, cue_lo)] + ([tuple(src)] if src is not None else [])
    for lo, hi in ranges:
        for k in range(lo, hi - 1):
            if doc[k].lower_ in W.document_nouns and doc[k + 1].lower_ in W.of_preposition:
                np = np_after(doc, k + 2, max(hi, cue_lo) if hi > cue_lo else cue_lo)
                if np is not None:
                    return author_of_document(doc, np)
    return None


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
    if row.cls == "copular" and not speaking_subject(doc, src):
        return None  # "Het doel is duidelijk: …": a thing described, nobody speaking
    stop = sentence_stop(doc, j + 1, end)
    return make(ctx, rules.main, doc[j + 1].idx, end_char(doc, stop - 1), (cue_lo, cue_hi), src, sentence, unknown=unknown)


def inverted(ctx: DocView, rules: Variants, seg: Segment, si: int, cue: Cue, end: int, sentence: tuple[int, int]) -> RawClaim | None:
    """…, zei hij. / …, meldt het Kremlin. / …, laat het ministerie weten."""
    doc = ctx.doc
    row, cue_lo, cue_hi, verb = cue
    k = cue_lo - 1
    while k > seg.start and doc[k].lower_ in W.zo:
        k -= 1
    if k <= seg.start:
        return None
    perfect = None
    if doc[k].text not in CLOSERS_AND_COMMA:
        perfect = _inverted_perfect(doc, seg, row, cue_lo, cue_hi, end)
        if perfect is not None:
            k = perfect[0]
        elif not _inverted_without_comma(doc, seg, cue_lo, verb, end):
            return None
        else:
            k = cue_lo
    res = ((cue_lo, cue_hi), perfect[1]) if perfect is not None else inverted_cue(doc, cue_lo, seg, direct=False)
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
    if indirect_question(doc, seg.start, content_stop):
        return None  # "Wat de oorzaak is, zegt de commissie niet": a question, not a statement
    if subject_with_relative_clause(doc, seg.start, content_stop):
        return None  # "Negen op de tien mensen die de enquête invulden, vinden …": the subject, not the content
    if doc_text(doc)[start_c:end_c].lower().startswith(_QUESTION_LEADS):
        return None  # "Op de vraag of … antwoordt de gemeente: …": the question, not the answer
    if doc[seg.start].lower_ in W.subordinators and has_pos(doc) and doc[seg.start].pos_ == "SCONJ" and any(
            not t.is_punct for t in doc[max(tokens(doc, src)[1] if src is not None else cue_hi, cue_hi) : end]):
        return None  # "Omdat …, belooft hij het contract niet te verlengen": a fronted clause, the content follows
    if doc[seg.start].lower_ in W.volgens and not has_verb(doc, seg.start, content_stop):
        return None  # "Volgens Bart Remes, onderzoeker aan de TU, geeft …": a phrase, not a statement
    s_lo, s_hi = tokens(doc, src) if src is not None else (cue_hi, cue_hi)
    tail = max(s_hi, cue_hi)
    if runs_on(doc, tail, end):
        # "X, zegt Trump, dankzij Y." – the content runs on after the cue
        end_c = end_char(doc, sentence_stop(doc, tail, end) - 1)
    return make(ctx, rules.main, start_c, end_c, cue_rng, src, sentence)


def _inverted_perfect(doc: Doc, seg: Segment, row, cue_lo: int, cue_hi: int, end: int) -> tuple[int, tuple[int, int]] | None:
    """'…, heeft Dekker gezegd.', '…, zo heeft het ministerie dinsdag laten weten.': an inverted
    cue in the perfect, the auxiliary right after the comma (or 'zo'), then the subject, and the
    participle closing the clause. Returns the comma and the subject."""
    if not row.has("inverted") or not (cue_hi >= end or doc[cue_hi].is_punct):
        return None
    aux = next((a for a in range(cue_lo - 1, max(seg.start, cue_lo - 12), -1)
                if doc[a].lower_ in W.perfect_auxiliaries or doc[a].is_punct), None)
    if aux is None or doc[aux].is_punct or aux - 1 <= seg.start:
        return None
    comma = aux - 1
    while comma > seg.start and doc[comma].lower_ in W.zo:
        comma -= 1
    if doc[comma].text not in CLOSERS_AND_COMMA or comma <= seg.start:
        return None
    first = doc[seg.start]
    if first.lower_ in W.subordinators and first.lower_ not in W.complementisers:
        return None  # "Omdat …, heeft X … geëist": a fronted clause, the main clause has the content
    src = source_after_inverted(doc, aux + 1, seg)
    if src is None or src[0] >= cue_lo:
        return None
    in_pp = False
    for t in doc[src[1] : cue_lo]:
        in_pp = in_pp or t.pos_ == "ADP"
        if t.pos_ in {"NOUN", "PROPN", "PRON", "NUM", "ADJ"} and not in_pp and t.lower_ not in W.weekdays:
            return None  # "…, heeft X een celstraf geëist": the cue has an object of its own
    return comma, (src[0], min(src[1], cue_lo))
def indirect_question(doc: Doc, lo: int, hi: int) -> bool:
    """Whether the words before an inverted cue are one indirect question: a question word, no
    comma, and the verb at the end ("Wat een race spannend maakt en hoe spannend Zandvoort wordt,
    hebben we onderzocht"), where a statement has its finite verb second."""
    if not has_pos(doc) or hi - lo < 3 or doc[lo].lower_ not in W.question_words:
        return False
    if any(t.text in {",", ";", ":"} or t.text in ALL_MARKS for t in doc[lo:hi]):
        return False
    return doc[hi - 1].pos_ in {"VERB", "AUX"}


def subject_with_relative_clause(doc: Doc, lo: int, hi: int) -> bool:
    """Whether the words before an inverted cue are a noun phrase whose only verbs stand in its
    relative clause ("Negen op de tien mensen die de enquête invulden, vinden …"): a content
    clause has a verb of its own; this is the fronted subject of the V2 cue verb."""
    if not has_dep(doc) or doc[lo].pos_ not in {"DET", "NOUN", "PROPN", "NUM", "ADV", "ADJ"}:
        return False
    verbs = [t for t in doc[lo:hi] if t.pos_ in {"VERB", "AUX"}]
    if not verbs:
        return False
    for t in verbs:
        clause = t.head if t.dep_ in {"cop", "aux", "aux:pass"} else t
        opener = next((c for c in clause.children if c.lower_ in W.relative_pronouns and c.i < clause.i), None)
        if clause.dep_ != "acl:relcl" or opener is None or not lo < opener.i:
            return False
    return True


def _inverted_without_comma(doc: Doc, seg: Segment, cue_lo: int, verb: Token, end: int) -> bool:
    """'De steun is ontzettend belangrijk vindt Dröes.': an inverted cue with no comma before it,
    read only where it cannot be part of the clause before: that clause is a complete main clause
    (its own finite verb, no subordinator in front), the cue is finite, and a name follows it
    up to the sentence end or a colon."""
    if not has_pos(doc) or "Fin" not in verb.morph.get("VerbForm") or verb.i != cue_lo or cue_lo - seg.start < 4:
        return False
    if doc[cue_lo - 1].is_punct or doc[seg.start].lower_ in W.subordinators or doc[seg.start].pos_ == "SCONJ":
        return False
    before = doc[seg.start : cue_lo]
    if not any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") for t in before) or any(
            t.lower_ in W.complementisers or t.lower_ in W.relative_pronouns or t.text in {",", ";", ":"} for t in before):
        return False
    src = np_after(doc, cue_lo + 1, seg.end)
    if src is None or not any(t.pos_ == "PROPN" for t in doc[src[0] : src[1]]):
        return False
    return src[1] >= end or doc[src[1]].text in {":", ".", "!"}


def infinitive(ctx: DocView, rules: Variants, seg: Segment, si: int, cue: Cue, end: int, sentence: tuple[int, int]) -> RawClaim | None:
    """X zei bereid te zijn … / X beloofde te stoppen / Duitsland verwijt Poetin … te spelen."""
    doc = ctx.doc
    row, cue_lo, cue_hi, verb = cue
    if yes_no_question(doc, seg, cue_lo, end):
        return None
    if row.te_needs_agent and not named_subject(doc, verb, seg):
        return None  # "medicijnen dreigen te verdwijnen": a risk, not a threat someone made
    if row.cls == "commit" and not row.te_needs_agent and _copular_infinitive(doc, cue_hi, end) and _thing_subject(
            doc, subject_of(doc, verb, seg)):
        return None  # "Het weer belooft mooi te worden": a prospect, not a promise someone made
    if row.te_needs_agent and not named_subject(doc, verb, seg, names_only=True) and not any(
            t.pos_ in {"DET", "NOUN", "PROPN", "PRON"} for t in doc[cue_hi : min(end, cue_hi + 12)]
            if t.i < next((m for m in range(cue_hi, end) if doc[m].lower_ in W.te), end)):
        return None  # "het bedrijf dreigt failliet te gaan": a risk; a threat has an object
    te = None
    om = None
    j, limit = cue_hi, min(end, cue_hi + 12)
    while j < limit:
        t = doc[j]
        j += 1
        if t.lower_ in W.te and t.i + 1 < seg.end and (not has_pos(doc) or doc[t.i + 1].pos_ in {"VERB", "AUX"}):
            te = t.i
            break
        if t.lower_ in W.om and om is None and not _clock_time(doc, t.i + 1, end):
            om = t.i  # "belooft (om) te …", "roept X op om … te": the optional "om" opens the content
            limit = min(end, max(limit, om + 12))  # (not the time preposition: "om drie uur")
            continue
        if t.text == "," and om is None and _apposition_after(doc, t.i, end) is not None:
            j = _apposition_after(doc, t.i, end)  # "dreigde vader Biden, toen vicepresident, de steun … te"
            limit = min(end, max(limit, j + 10))
            continue
        if t.text in {",", ";", ":"} or t.lower_ in W.infinitive_barriers:
            break
    if te is None:
        return None
    src, unknown = verb_source(doc, seg, verb)
    if src is not None and tokens(doc, src)[0] > verb.i and has_pos(doc) and "Fin" not in verb.morph.get("VerbForm"):
        # "Zij heeft beweerd fouten te hebben gemaakt": the subject stands around the finite verb, not after the participle
        by_order = subject_by_order(doc, verb, seg)
        if by_order is not None:
            src = by_order
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
    if om is not None and src is None and not row.has("obj_te"):
        return None  # "Zo werd overeengekomen om …": an arrangement nobody is said to state
    if om is not None and row.is_verb and not row.has("obj_te") and _object_before(doc, cue_hi, om, src):
        return None  # "kondigde maatregelen aan om …", "stelt zichzelf de deadline om …": a purpose, not the content
    if om is not None and not row.has("obj_te") and not (named_subject(doc, verb, seg) or agent_phrase(doc, tokens(doc, src))):
        return None  # "Een ander middel is voorstellen om …": nobody proposes
    if om is not None:
        start = om + 1  # "vroegen de provincie om in te grijpen": the request itself
    elif start < end and doc[start].text == "," and _apposition_after(doc, start, end) is not None:
        start = _apposition_after(doc, start, end)  # past the subject's apposition
    while start < end and doc[start].lower_ in W.skip_before_infinitive:
        start += 1
    if start < end and doc[start].lower_ in row.requires and row.requires_before:
        start += 1  # "verplicht zich … te": the reflexive belongs to the verb
    if start > te:
        return None
    stop = stop_before_inverted_cue(doc, start, sentence_stop(doc, start, end), seg)
    if src is None and not unknown and stop - start < 4:
        return None  # "vroeg … te verdubbelen" with no source and hardly any content
    return make(ctx, rules.main, doc[start].idx, end_char(doc, stop - 1), (cue_lo, cue_hi), src, sentence, unknown=unknown)


def _apposition_after(doc: Doc, k: int, end: int) -> int | None:
    """At the comma ``k`` after a name or noun, an apposition closed by a second comma ("vader
    Biden, toen vicepresident, …"): the token after that comma, else None."""
    if not has_pos(doc) or k == 0 or doc[k - 1].pos_ not in {"PROPN", "NOUN"}:
        return None
    for m in range(k + 2, min(end, k + 9)):
        t = doc[m]
        if t.text == ",":
            return m + 1 if m + 1 < end else None
        if t.pos_ in {"VERB", "AUX", "SCONJ", "CCONJ", "PRON"} or t.is_punct or t.lower_ in W.te:
            return None
    return None


def _contrast_als(doc: Doc, k: int, right: int) -> bool:
    """At ``k`` the comma of a corrected predicate: "X niet als A, maar (juist) als B"."""
    return doc[k].text == "," and k + 2 < right and doc[k + 1].lower_ in W.but and any(
        doc[m].lower_ in W.als for m in range(k + 2, min(right, k + 4)))


def _clock_time(doc: Doc, i: int, end: int) -> bool:
    """A time of day at ``i`` after "om": "om 10.00 uur", "om drie uur" (not "om een fregat te sturen")."""
    return i < end and doc[i].like_num and (doc[i].text[:1].isdigit() or (i + 1 < end and doc[i + 1].lower_ in W.time_units))


def _object_before(doc: Doc, lo: int, om: int, src) -> bool:
    """Whether a phrase other than the subject, the verb's particle or an adverb stands between a
    cue and its "om": then the om-clause is a purpose or belongs to that phrase."""
    s_lo, s_hi = tokens(doc, src) if src is not None else (lo, lo)
    return any(not (s_lo <= k < s_hi) and not (
        doc[k].pos_ in {"ADV", "PART"} or doc[k].lower_ in W.skip_before_infinitive
        or doc[k].lower_ in LEX.particle_forms or doc[k].dep_ == "compound:prt") for k in range(lo, om))


def anticipated_clause(ctx: DocView, rules: Variants, seg: Segment, si: int, cue: Cue, end: int,
                       sentence: tuple[int, int]) -> RawClaim | None:
    """X noemt het onverstandig dat … / X ziet het als een probleem dat …: the object 'het' anticipates
    the dat-clause, and the clause, not the predicate, is the content."""
    doc = ctx.doc
    row, cue_lo, cue_hi, verb = cue
    if not has_pos(doc) or verb.pos_ not in {"VERB", "AUX"} or yes_no_question(doc, seg, cue_lo, end):
        return None
    src, unknown = verb_source(doc, seg, verb)
    if src is None or unknown:
        return None
    s_lo, s_hi = tokens(doc, src)
    stop = sentence_stop(doc, cue_lo, end)
    if cue_hi + 1 < stop and doc[cue_hi].lower_ in W.dat and doc[cue_hi].pos_ == "SCONJ" and s_hi <= cue_lo:
        # the cue closes its clause: "heeft het als een fout beschouwd dat …", "omdat X het onverstandig noemt dat …"
        het = next((k for k in range(seg.start + 1, cue_lo - 1) if doc[k].lower_ in W.anticipatory_pronouns
                    and doc[k + 1].pos_ not in {"NOUN", "PROPN"}), None)
        if het is not None and s_lo > het:
            # the parse took the predicate for the subject ("heeft het als een fout beschouwd"): V2, the
            # subject is the phrase before the finite verb
            fin = next((k for k in range(seg.start + 1, het) if doc[k].pos_ in {"AUX", "VERB"}
                        and "Fin" in doc[k].morph.get("VerbForm")), None)
            subj = np_before(doc, seg.start, fin) if fin is not None else None
            if subj is None:
                return None
            src, (s_lo, s_hi) = subj, subj
        if het is None or (stop - (cue_hi + 1) <= 3 and not has_verb(doc, cue_hi + 1, stop)) or any(
                doc[k].text in {",", ";", ":"} or doc[k].text in ALL_MARKS for k in range(het, cue_lo)):
            return None
        stop = stop_before_inverted_cue(doc, cue_hi + 1, stop, seg)
        return make(ctx, rules.main, doc[cue_hi + 1].idx, end_char(doc, stop - 1), (cue_lo, cue_hi), src, sentence,
                    unknown=unknown)
    start = skip_middle_words(doc, s_hi if s_lo >= cue_hi else cue_hi, end)
    if start + 2 >= end or doc[start].lower_ not in W.anticipatory_pronouns or doc[start + 1].pos_ in {"NOUN", "PROPN"}:
        return None  # "noemt het plan onverantwoord": an article
    for j in range(start + 2, min(stop, start + 9)):
        t = doc[j]
        if t.lower_ in W.dat and t.pos_ == "SCONJ" and j + 1 < stop:
            if stop - (j + 1) <= 3 and not has_verb(doc, j + 1, stop):
                return None  # "dat" is an object, not a clause
            stop = stop_before_inverted_cue(doc, j + 1, stop, seg)
            return make(ctx, rules.main, doc[j + 1].idx, end_char(doc, stop - 1), (cue_lo, cue_hi), src, sentence,
                        unknown=unknown)
        if t.text in {",", ";", ":"} or t.text in ALL_MARKS or (t.pos_ in {"VERB", "AUX"} and t.i != verb.i) or (
                t.lower_ in W.question_words):
            return None
    return None


def object_(ctx: DocView, rules: Variants, seg: Segment, si: int, cue: Cue, end: int, sentence: tuple[int, int]) -> RawClaim | None:
    """X noemt de deal een teken van hoop / Rusland ontkent iedere betrokkenheid."""
    doc = ctx.doc
    row, cue_lo, cue_hi, verb = cue
    if not has_pos(doc):
        return None
    if verb.pos_ != "VERB" and verb.pos_ != "AUX":
        return None
    if yes_no_question(doc, seg, cue_lo, end):
        return None
    if (row.has("xy") or row.has("als")) and fronted_object(doc, seg, verb) is not None:
        return None  # "Het voorstel noemt Jansen onverantwoord": the middle-field reader reads a fronted object
    src, unknown = verb_source(doc, seg, verb)
    if src is None:
        return None
    s_lo, s_hi = tokens(doc, src)
    if row.cls == "commit" and _thing_subject(doc, (s_lo, s_hi)):
        return None  # "De wedstrijd belooft spannend te worden": a prospect, not a promise
    start = s_hi if s_lo >= cue_hi else cue_hi
    start = skip_middle_words(doc, start, end)
    stop = stop_before_inverted_cue(doc, start, sentence_stop(doc, start, end), seg)
    if stop - start < 2:
        return None
    first = doc[start]
    # "noemt dat een goede zaak": a demonstrative object, whatever its tag
    demonstrative = row.has("xy") and first.lower_ in W.demonstratives and (
        doc[start + 1].lower_ in W.indefinite_article or (doc[start + 1].pos_ in {"ADJ", "ADV", "NOUN"} and not has_verb(doc, start + 1, stop)
                                                          and not all(t.lower_ in W.degree_free_adverbs for t in doc[start + 1:stop])))
    # ("vindt dat niet", "denkt dat ook": no predicate; an agreement or its denial, not a view of its own)
    # a bare infinitive the parse makes the verb's object or subject is a noun: "vinden ingrijpen onredelijk"
    nominal_infinitive = first.pos_ == "VERB" and first.head.i == verb.i and first.dep_ in {"obj", "nsubj"} and (
        "Inf" in first.morph.get("VerbForm"))
    if not (first.pos_ in {"DET", "NOUN", "PRON", "ADJ", "NUM", "PROPN"} or first.text in ALL_MARKS or demonstrative
            or nominal_infinitive):
        return None
    if first.lower_ in W.not_object_start and not demonstrative and not _reflexive_als(doc, row, verb, start, stop):
        return None
    head = next((t for t in doc[start:min(stop, start + 5)] if t.pos_ in {"NOUN", "PROPN"}), None)
    if row.stance and not row.has("xy") and head is not None and (head.pos_ == "PROPN" or is_agent_noun(head)):
        return None  # "verwelkomden de Chinese president": a person is addressed, not a content
    if (row.stance or row.addressee_object) and not row.has("xy") and not any(
            doc[k].lower_ in W.als for k in range(start, stop)):
        return None  # "betreurt de uitslag", "roept de politici op": a topic or an addressee, not a content
    fronted_adverbial = doc[seg.start].pos_ in {"ADP", "SCONJ"} or (doc[cue_lo - 1].text == "," and doc[seg.start].lower_ in W.subordinators) or (
        cue_lo - seg.start <= 3 and all(t.pos_ in {"ADV", "ADJ", "NOUN", "NUM"} for t in doc[seg.start:cue_lo]))
    if s_lo > cue_lo and cue_lo > seg.start + 2 and row.has("xy") and not fronted_adverbial:
        if doc[seg.start].lower_ in W.question_words:
            return None  # "Hoe groot de schade is, vindt X moeilijk te zeggen": a question, not a view
        start = seg.start  # "Ook de keuze om … noemt Heinen een politieke keuze": the whole sentence
    elif row.has("xy") and (not row.has("object") or row.stance) and not object_with_predicate(doc, start, stop):
        return None  # "noemt het voorbeeld van haar vader", "vindt zijn sleutels niet": naming or finding a thing, not calling it something
    return make(ctx, rules.main, doc[start].idx, end_char(doc, stop - 1), (cue_lo, cue_hi), src, sentence, unknown=unknown)


def _copular_infinitive(doc: Doc, start: int, end: int) -> bool:
    """The te-infinitive after ``start`` is a copula ('te worden', 'te zijn', 'te blijven')."""
    te = next((k for k in range(start, min(end, start + 12)) if doc[k].lower_ in W.te), None)
    return te is not None and te + 1 < end and (doc[te + 1].lower_ in W.copulas or doc[te + 1].lower_ in W.copulas_and_existentials)


def _thing_subject(doc: Doc, subj: tuple[int, int] | None) -> bool:
    """A subject that is a thing: no name, no person or body, no personal pronoun."""
    return subj is not None and not speaking_subject(doc, subj) and not (
        subj[1] - subj[0] == 1 and doc[subj[0]].lower_ in W.personal_pronouns)
def _reflexive_als(doc: Doc, row, verb: Token, start: int, stop: int) -> bool:
    """A reflexive object with its ``als`` predicate after a verb of viewing: "beschouwt zich als
    een zelfstandig land" (a view of oneself; "meldt zich", "verzet zich" have no predicate,
    "kwalificeerde zich als derde" is a result)."""
    return row.has("als") and verb.lower_ in W.reflexive_view_verbs and doc[start].lower_ in W.reflexive_pronouns and any(
        doc[k].lower_ in W.als for k in range(start + 1, stop - 1))


def object_with_predicate(doc: Doc, start: int, stop: int) -> bool:
    """``noemt X Y`` rather than only ``noemt X``: the content is more than one noun phrase
    ("noemt het voorbeeld van haar vader" and "noemde geen namen" name something; "noemt de
    deal een teken van hoop", "noemt het een stap", "noemt het onacceptabel" call it something)."""
    first = doc[start]
    if (first.pos_ == "PRON" and "Yes" not in first.morph.get("Poss")) or (first.lower_ in W.predicate_pronouns and doc[start + 1].lower_ in W.indefinite_article):
        return True  # a pronoun object: what follows is what it is called
    if any(t.text in ALL_MARKS for t in doc[start:stop]):
        return True
    nominal = {"DET", "PRON", "ADJ", "NOUN", "PROPN", "NUM"}
    k = start
    while k < stop and doc[k].pos_ in nominal and not (k > start and doc[k].lower_ in W.indefinite_article):
        k += 1
    while k < stop and (doc[k].pos_ == "ADP" and doc[k].lower_ not in W.als or doc[k].pos_ == "CCONJ"):
        k += 1  # "… van haar vader", "het wapen en de motor": one object, coordinated or with a PP
        while k < stop and doc[k].pos_ in nominal and not (doc[k].lower_ in W.indefinite_article and doc[k - 1].pos_ in {"NOUN", "PROPN"}):
            k += 1
    if k < stop:
        # the predicate is a word that can say what X is: not a negation or adverb alone ("vond de weg niet")
        return any(t.pos_ not in {"ADV", "PUNCT", "PART"} or t.text in ALL_MARKS for t in doc[k:stop])
    head = max((t.i for t in doc[start:stop] if t.pos_ in {"NOUN", "PROPN"}), default=None)
    return head is None or any(t.pos_ == "ADJ" for t in doc[head + 1 : stop])


def middle_field(ctx: DocView, rules: Variants, seg: Segment, si: int, cue: Cue, end: int, sentence: tuple[int, int]) -> RawClaim | None:
    """The content between the verb brackets: "X heeft het voorstel als een bedreiging bestempeld",
    "X doet het voorstel af als onzin", "omdat X de beschuldigingen ontkent", "Het voorstel noemt X
    onverantwoord" (a fronted object: the span runs from it to the predicate)."""
    doc = ctx.doc
    row, cue_lo, cue_hi, verb = cue
    if not has_pos(doc) or not (row.has("als") or row.has("xy") or row.has("object")):
        return None
    if yes_no_question(doc, seg, cue_lo, end):
        return None
    stop = stop_before_inverted_cue(doc, cue_lo, sentence_stop(doc, cue_lo, end), seg)
    src, unknown = verb_source(doc, seg, verb)
    fronted = fronted_object(doc, seg, verb)
    if fronted is not None:
        src = fronted
    if src is None:
        return None
    s_lo, s_hi = tokens(doc, src)
    finite = "Fin" in verb.morph.get("VerbForm") and verb.i == cue_lo
    pwords = row.particle_words
    split = finite and bool(pwords) and cue_hi - cue_lo > len(pwords) and words_at(
        ctx.lower, cue_hi - len(pwords), cue_hi, pwords)
    clause_final = not split and all(doc[k].is_punct for k in range(cue_hi, stop))
    if not clause_final and (split or (finite and cue_hi - cue_lo == 1)):
        # V2 with the cue as the finite verb: the middle field runs to the particle or the end
        left = max(cue_hi if not split else cue_lo + 1, s_hi if s_lo > cue_lo else 0)
        right = cue_hi - len(pwords) if split else stop
        if split and any(doc[k].lower_ in W.als for k in range(cue_hi, stop)):
            right = stop  # "doet het voorstel af als onzin"
        if not split and not any(doc[k].lower_ in W.als for k in range(left, right)) and fronted is None:
            return None  # "X noemt Y Z" with the cue finite is the object reader's
    elif clause_final:
        # the cue closes the clause (perfect, modal chain, verb-final): the content stands before it
        left = s_hi if s_hi <= cue_lo else seg.start
        right = cue_lo
        while right > left and doc[right - 1].pos_ in {"AUX", "VERB"} and doc[right - 1].lower_ not in W.als:
            right -= 1  # "… als een bedreiging heeft bestempeld"
        k = left
        while k < right and k < left + 2 and (doc[k].pos_ == "AUX" or (
                doc[k].pos_ == "VERB" and "Fin" in doc[k].morph.get("VerbForm"))):
            k += 1  # "Jansen heeft …", "Jansen wil …": the finite auxiliary or modal
        left = k
    else:
        return None
    if fronted is not None:
        left = seg.start
        right = max(right, stop if not split else right)
        while right > left and (doc[right - 1].pos_ in {"AUX", "VERB"} or doc[right - 1].lower_ in pwords):
            right -= 1
        if not any(doc[k].pos_ not in {"ADV", "PART", "PUNCT"} for k in range(s_hi, right)):
            return None  # "De sleutels vond X niet", "De namen noemde X niet": no predicate, nothing is called anything
    else:
        left = skip_middle_words(doc, left, right)
    if right - left < 2 or any(doc[k].lower_ in W.dat or (
            doc[k].text in {",", ";", ":"} and not _contrast_als(doc, k, right)) or (
            doc[k].lower_ in W.te and not (k + 1 < right and doc[k + 1].pos_ in {"ADJ", "ADV"} and doc[k].pos_ == "ADV"))
            for k in range(left, right)):  # (not an infinitive: "te duur" is a degree, "te betalen" an infinitive)
        return None
    first = doc[left]
    if not (first.pos_ in {"DET", "NOUN", "PRON", "ADJ", "NUM", "PROPN"}) or (
            first.lower_ in W.not_object_start and not _reflexive_als(doc, row, verb, left, right)):
        return None
    has_als = any(doc[k].lower_ in W.als for k in range(left + 1, right - 1))
    if has_als:
        if not row.has("als"):
            return None
    elif row.has("xy") and object_with_predicate(doc, left, right):
        pass
    elif row.has("object") and fronted is None and not (row.stance and not row.phrases) and not row.addressee_object and not (
            split and row.cls == "speech"):  # "bood de jaarverslagen aan", "geven de punten door": things handed over
        head = next((t for t in doc[left:min(right, left + 5)] if t.pos_ in {"NOUN", "PROPN"}), None)
        if head is None or head.pos_ == "PROPN" or is_agent_noun(head) or has_verb(doc, left, right):
            return None  # a person addressed or a clause, not a content object
    else:
        return None
    return make(ctx, rules.main, doc[left].idx, end_char(doc, right - 1), (cue_lo, cue_hi), src, sentence, unknown=unknown)


def fronted_object(doc: Doc, seg: Segment, verb: Token) -> tuple[int, int] | None:
    """V2 with a fronted object: a thing before the finite cue verb and a person right after it
    ("Het voorstel noemt Jansen onverantwoord"): the person is the subject, never the thing."""
    if verb.i <= seg.start:
        return None
    finite = verb
    if "Fin" not in verb.morph.get("VerbForm"):
        # the perfect or a modal chain: the finite auxiliary or modal holds the second place
        # ("Het voorstel heeft X als … bestempeld", "De kans wil X klein noemen")
        finite = next((t for t in doc[seg.start + 1 : verb.i] if t.pos_ in {"VERB", "AUX"}), None)
        if finite is None or "Fin" not in finite.morph.get("VerbForm"):
            return None
    before = doc[seg.start : finite.i]
    if not before or before[0].pos_ != "DET" or any(t.pos_ in {"PROPN", "PRON", "VERB", "AUX"} or t.is_punct for t in before):
        return None
    head = next((t for t in before if t.pos_ == "NOUN"), None)  # "De kans op een akkoord": the noun before its PP
    if head is None or is_agent_noun(head) or any(t.pos_ == "ADP" for t in doc[seg.start : head.i]):
        return None
    if any(t.pos_ == "ADP" and not (t.i + 1 < finite.i and doc[t.i + 1].pos_ in {"DET", "NOUN", "ADJ", "NUM"})
           for t in before):
        return None
    k = finite.i + 1
    after = np_after(doc, k, seg.end)
    if after is None:
        return None
    toks = doc[after[0] : after[1]]
    if not (any(t.pos_ == "PROPN" for t in toks) or (toks[0].lower_ in W.personal_pronouns and len(toks) == 1)
            or any(t.pos_ == "NOUN" and is_agent_noun(t) for t in toks)):
        return None
    return after


def skip_middle_words(doc: Doc, left: int, right: int) -> int:
    """Past the adverbials that open a middle field before its object: "dinsdag", "opnieuw", "in een
    verklaring", "tegenover de NOS"."""
    for _ in range(3):
        while left < right and (doc[left].pos_ == "ADV" or doc[left].lower_ in W.skip_before_object
                                or doc[left].lower_ in W.weekdays):
            left += 1
        if left < right and doc[left].lower_ in W.middle_field_prepositions:
            np = np_after(doc, left + 1, right)  # "in een verklaring": a middle adverbial
            if np is not None and np[1] < right and doc[np[1]].text not in ALL_MARKS:
                left = np[1]  # (not before a quote: "benadrukten in hun gesprek „…”" is read with its quote)
                continue
        break
    return left
