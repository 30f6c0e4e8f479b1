"""Cue verbs in a clause: where a verb of the cue lexicon stands (with its particle or cluster),
whether a modal governs it, the inverted cue after a content, and the cue verb's source."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ... import extensions as ext
from ...lang.cues import CueRow, lexicon
from ...lang.quotes import ALL_MARKS
from ...lang.words import W
from .clauses import (
    ORG_NOUNS,
    PREPOSITIONS,
    author_of_document,
    is_agent_noun,
    is_known_name,
    name_by_usage,
    np_after,
    own_subject,
    subject_of,
    te_infinitive,
    v2_clause,
)
from .segments import Segment
from .view import end_char, has_dep, has_pos, view

LEX = lexicon()
Cue = tuple[CueRow | None, int, int, Token]
"""(cue row, first token, token after the cue, verb token); the row is None for a verb outside
the lexicon that follows a direct quote ('„…”, klonk het')."""

# "erop", "ertoe": the particle with a pronominal prefix
_ER_PARTICLES = {p: frozenset(pre + p for pre in W.pronominal_prefix) for p in LEX.particle_forms}
_NOT_AFTER_SOURCE_HET = frozenset(W.not_after_source_het)
_PARTICLE_WORDS = {p: tuple(p.split()) for p in LEX.particle_forms}
_PARTICLES_OF: dict[str, list[tuple[str, CueRow]]] = {}  # base form -> (particle, row), in lexicon order
for _particle, _table in LEX.particle_forms.items():
    for _form, _row in _table.items():
        _PARTICLES_OF.setdefault(_form, []).append((_particle, _row))
_COPULAS = frozenset(W.copulas)
_ADJECTIVAL = frozenset(W.adjectival_participles)
_HAVE = frozenset(W.perfect_auxiliaries)
_RECEIVING = frozenset(W.receiving_verbs)
_NOMINAL_DETERMINERS = frozenset(W.nominal_cue_determiners)


def words_at(lower: list[str], j: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether ``words`` stand at ``j`` (before ``end``)."""
    n = len(words)
    # the last word may carry the full stop the tokenizer left on it ("in twijfel.")
    return j + n <= end and all(lower[j + k] == w or (k == n - 1 and n > 1 and lower[j + k] == w + ".")
                                for k, w in enumerate(words))


def _phrase_verb(doc: Doc, lo: int, hi: int) -> Token:
    """The verb of a cue of several words: its finite verb, else its last verb, else its last word."""
    toks = doc[lo:hi]
    if has_pos(doc):
        verbs = [t for t in toks if t.pos_ in {"VERB", "AUX"}]
        finite = [t for t in verbs if "Fin" in t.morph.get("VerbForm")]
        if finite:
            return finite[0]
        if verbs:
            return verbs[-1]
    return toks[-1] if lo + 1 == hi or not doc[lo].lower_ in LEX.any_form else toks[0]


def _copular_at(doc: Doc, i: int, seg: Segment) -> Cue | None:
    """A copular stance cue at ``i`` with its copula before it (V2: "is van mening", "is er zeker
    van") or right after it (verb-final: "omdat hij bang is"); the copula is the cue's verb."""
    lower = view(doc).lower
    for words, row in LEX.predicates[lower[i]]:
        if not words_at(lower, i, seg.end, words):
            continue
        hi = i + len(words)
        copula = None
        for k in range(i - 1, max(seg.start, i - 6) - 1, -1):
            if doc[k].text in {",", ";", ":"} or doc[k].lower_ in W.dat:
                break
            if doc[k].lower_ in _COPULAS:
                copula = doc[k]
                break
        if copula is None:
            k = hi
            while k < min(seg.end, hi + 3) and doc[k].lower_ not in W.dat:
                if doc[k].lower_ in _COPULAS:
                    copula = doc[k]
                k += 1
        if copula is not None and not any(doc[m].lower_ in W.relative_pronouns
                                          for m in range(max(seg.start, min(i, copula.i) - 2), min(i, copula.i))):
            return row, i, hi, copula  # (not "studenten die bang zijn dat": a description, not a view)
    return None


def _nominal_at(doc: Doc, i: int, seg: Segment) -> Cue | None:
    """A nominal cue: the object of a verb, a clause right after it ("uitte de overtuiging dat",
    "omdat zij de hoop uitsprak dat"); its verb is the one it is the object of."""
    lower = view(doc).lower
    d = i - 1
    while d > seg.start and has_pos(doc) and doc[d].pos_ == "ADJ" and doc[d].text[:1].islower():
        d -= 1  # "uitte grote zorgen dat", "heeft sterke aanwijzingen dat"
    row = LEX.nouns[lower[i]]
    # "heeft er vertrouwen in dat", "houdt er rekening mee dat": 'er' + a stranded preposition
    # after the noun anticipate the clause
    er = next((m for m in range(i - 1, max(seg.start, i - 4) - 1, -1) if lower[m] in W.pronominal_prefix), None)
    stranded = er is not None and i + 1 < seg.end and lower[i + 1] in W.stranded_prepositions and (
        not row.requires or lower[i + 1] in row.requires)
    if row.requires and not stranded:
        return None  # "de rekening", "het vertrouwen": a cue only as "er rekening mee", "er vertrouwen in"
    er_phrase = stranded and i > seg.start and (lower[d] in W.pronominal_prefix or lower[d] in W.stranded_determiners)
    if not er_phrase and (i == seg.start or not (lower[d] in _NOMINAL_DETERMINERS or (
            d < i - 1 or lower[i].endswith(W.tuple("plural_noun_endings"))) and has_pos(doc) and doc[i].pos_ == "NOUN" and (
            doc[d].pos_ in {"VERB", "AUX", "PROPN", "PRON", "NOUN"} or lower[d] in W.verb_homographs))):
        return None  # (a noun without article after an adjective or in the plural: "heeft Visser aanwijzingen dat";
        # not the verb "moeten zorgen dat")
    k = i + 2 if stranded else i + 1
    pos = has_pos(doc)
    noun = doc[i]
    head = noun.head if has_dep(doc) and noun.dep_ in {"obj", "obl"} and noun.head.i != i else None
    after = []
    while k < seg.end and k < i + (5 if stranded else 4) and pos and (doc[k].pos_ in {"VERB", "AUX"} or (head is not None and k == head.i)):
        after.append(doc[k])  # verb-final: "de overtuiging uitte dat", "het verwijt geuit dat"
        k += 1
    if k < seg.end and lower[k] in W.separable_particles and lower[k] not in W.om and head is not None and head.i < i:
        k += 1  # the particle of a split verb: "sprak de wens uit dat/om …"
    if k >= seg.end or not (lower[k] in W.dat or (lower[k] in W.om and (row.has("te") or row.has("obj_te")))):
        return None
    verb = None
    if head is not None:
        verb = head  # the parse: the verb the noun is the object of
    elif after:
        verb = after[0]
    elif pos:
        homograph = None
        for m in range(d if doc[d].pos_ in {"VERB", "AUX"} else min(d, i - 2), seg.start - 1, -1):
            if doc[m].text in {",", ";", ":"}:
                break
            if doc[m].pos_ in {"VERB", "AUX"}:
                verb = doc[m]
                break
            if homograph is None and doc[m].lower_ in W.verb_homographs and m > seg.start:
                homograph = doc[m]
        if verb is None and homograph is not None and not any(
                t.pos_ in {"VERB", "AUX"} for t in doc[homograph.i + 1 : i]):
            verb = homograph  # "Dijkstra uit de overtuiging dat …": the clause's only verb, whatever its tag
    if verb is None or verb.lower_ in _COPULAS or verb.lower_ in _RECEIVING:
        return None  # "de verwachting is dat": nobody's statement; "kreeg de kritiek dat": someone else's
    if lower[k] in W.om and not any(v.lower_ in W.utterance_light_verbs for v in [verb, *after]):
        return None  # "steunt het voorstel om …": someone else's proposal
    return row, i, i + 1, verb


#: Lower-case words at which :func:`cue_at` can find a cue (a cluster's first word, a copular or
#: nominal cue, a cue verb form); at any other word it finds none.
CUE_FIRST_WORDS = LEX.any_form | frozenset(LEX.predicates) | frozenset(LEX.nouns) | frozenset(a for a, _ in LEX.clusters)


def cue_at(doc: Doc, i: int, seg: Segment) -> Cue | None:
    """The cue starting at token ``i``, or None."""
    ctx = view(doc)
    lower = ctx.lower
    low = lower[i]
    if ctx.words[i][:1].isupper() and i != seg.start:
        return None
    # "heeft laten weten", "bekend gemaakt"
    if i + 1 < seg.end:
        row = LEX.clusters.get((low, lower[i + 1]))
        if row is not None:
            return row, i, i + 2, doc[i]
    if low in LEX.predicates:
        cue = _copular_at(doc, i, seg)
        if cue is not None:
            return cue
    if low in LEX.nouns:
        cue = _nominal_at(doc, i, seg)
        if cue is not None:
            return cue
    if low not in LEX.any_form:
        return None  # the common case: no cue verb form at all
    tok = doc[i]
    # forms of several words: "gaf te kennen", "duidelijk gemaakt", "laat zien"
    for words, row in LEX.phrases.get(low, ()):
        n = len(words)
        if i + n <= seg.end and all(lower[i + k] == words[k] for k in range(1, n)):
            return row, i, i + n, _phrase_verb(doc, i, i + n)
    # particle verbs: "liet … weten", "maakte … bekend", "voegde … toe", "gaf … te kennen"
    for particle, row in _PARTICLES_OF.get(low, ()):
        pwords = _PARTICLE_WORDS[particle]
        for j in range(i + 1, min(seg.end, i + 9)):
            t = doc[j]
            at_particle = words_at(lower, j, seg.end, pwords)
            if at_particle and len(pwords) == 1 and has_pos(doc) and j + 1 < seg.end and doc[j + 1].pos_ in {"DET", "NOUN", "PROPN", "NUM"} and (
                    particle in W.prepositional_particles) and not te_infinitive(doc, j + 1, seg.end):
                continue  # "geeft een commando aan alle drones": a preposition, not the particle
            before_particle = t.lower_ in row.particle_after and j + 1 < seg.end and doc[j + 1].lower_ == particle
            if at_particle or t.lower_ in _ER_PARTICLES[particle] or before_particle:
                if t.lower_ in W.adverb_before_particle:
                    j += 1  # "voegde eraan toe"
                return row, i, j + len(pwords) if at_particle else j + 1, tok
            if t.text in {",", ".", ":", ";"} or t.lower_ in W.particle_barriers:
                break
    row = LEX.row(low)
    if row is None:
        return None
    if low in LEX.joined and has_pos(doc) and tok.pos_ not in {"VERB", "AUX"}:
        return None  # "de afspraken": a noun that a particle verb's joined form spells too
    prev = doc[i - 1].lower_ if i > seg.start else ""
    if prev in W.noun_determiners:
        return None  # "het bericht", "naar eigen zeggen": a noun, not a speech verb
    if has_pos(doc) and tok.pos_ in {"NOUN", "PROPN", "ADP", "DET"} and low in W.noun_homographs:
        return None
    if has_pos(doc) and tok.pos_ == "NOUN" and i > seg.start and doc[i - 1].pos_ in {"ADJ", "DET"}:
        return None  # "andere getuigen": a noun after its adjective or article
    if low in _ADJECTIVAL and not any(doc[m].lower_ in _HAVE for m in range(max(seg.start, i - 6), min(seg.end, i + 3))):
        return None  # "het is bekend dat", "bekend te maken": an adjective; "heeft bekend dat" is a verb
    if prev in row.not_after:
        return None  # "laten zien dat": to show, not to state
    if row.requires:
        if not (i + 1 < seg.end and doc[i + 1].lower_ in row.requires) and not any(
                doc[m].lower_ in row.requires_before for m in range(max(seg.start, i - 4), i)):
            return None
        if row.joins_required:
            return row, i, i + 2, tok  # "spreekt van"
    if row.not_followed_by and i + 1 < seg.end and doc[i + 1].lower_ in row.not_followed_by:
        return None  # "stelt voor", "geeft aan": another verb
    if has_dep(doc) and any(c.dep_ == "compound:prt" and i < c.i < seg.end and c.lower_ != (row.particle or "")
                            and c.lower_ in W.separable_particles and not any(
            t.text in {",", ":", ";"} or t.text in ALL_MARKS or t.lower_ in W.complementisers or t.pos_ in {"VERB", "AUX"}
            or t.lower_ in W.als for t in doc[i + 1 : c.i]) for c in tok.children):
        return None  # "zagen er hetzelfde uit", "vinden plaats": a particle in the cue's own clause makes another verb
    if _clause_final_particle(doc, i, seg, row):
        return None  # "eisten de eindzege op, …": the particle the parse left unattached makes another verb
    return row, i, i + 1, tok


def generic_subject(doc: Doc, verb: Token, seg: Segment, cue_lo: int) -> bool:
    """The cue's subject is a free relative ('Wie aangeeft dat het niet goed gaat, krijgt …',
    'Wie zegt dat …?'): anybody who would say it, no source and no claim; or a negative quantifier
    ('Niemand zegt dat …', 'Dat vindt niemand'): nobody says it."""
    lower = view(doc).lower
    k = cue_lo - 1
    while k > seg.start and (doc[k].pos_ in {"ADV", "AUX"} if has_pos(doc) else False):
        k -= 1  # "Wie bijvoorbeeld aangeeft dat …", "Niemand heeft ooit beweerd dat …"
    if k >= seg.start and (lower[k] in W.generic_relative_subjects or lower[k] in W.negative_subjects):
        return True
    # "Dat vindt niemand", "Zegt niemand dat …": the subject right after the finite cue
    return cue_lo + 1 < seg.end and lower[cue_lo + 1] in W.negative_subjects
_CLAUSE_END = frozenset({",", ".", "!", "?", ";"})


def _clause_final_particle(doc: Doc, i: int, seg: Segment, row: CueRow) -> bool:
    """Whether a separable particle that is not the cue's closes the finite cue verb's own clause
    ("eisten vervolgens de eindzege op, …" is 'opeisen', "biedt het rapport aan." 'aanbieden'):
    a preposition cannot stand right before the clause's end, a particle does."""
    if not has_pos(doc) or "Fin" not in doc[i].morph.get("VerbForm"):
        return False
    for k in range(i + 1, min(seg.end, i + 14)):
        t = doc[k]
        if t.text in {",", ":", ";"} or t.text in ALL_MARKS or t.lower_ in W.complementisers or t.lower_ in W.als or (
                t.pos_ in {"VERB", "AUX"} and k > i + 1):
            return False
        if t.text in W.separable_particles and t.lower_ != (row.particle or "") and (
                k + 1 >= seg.end or doc[k + 1].text in _CLAUSE_END) and doc[k - 1].lower_ not in W.pronominal_prefix:
            return True
    return False


_HYPOTHETICAL = frozenset(W.hypothetical_modals)
_MODALS = frozenset(W.modals)
_INFINITIVE_ENDINGS = W.tuple("infinitive_ending")
_RULINGS = frozenset(W.ruling_lemmas)


def under_modal(doc: Doc, verb: Token, seg: Segment, row: CueRow | None = None) -> bool:
    """A cue verb in the infinitive under a modal that makes it no statement: a hypothetical one
    ("zou kunnen zeggen", "mag zeggen"), or an obligation or possibility for any cue but a report or
    admission ("moet beloven dat" is an obligation; "moet toegeven dat", "kan bevestigen dat" state);
    a ruling is a report only when made ("kan beslissen dat" is a power, "besliste dat" a ruling)."""
    if not verb.lower_.endswith(_INFINITIVE_ENDINGS) or verb.lower_ != (verb.lemma_ or verb.lower_).lower():
        return False
    window = {t.lower_ for t in doc[max(seg.start, verb.i - 4) : verb.i]}
    if window & _HYPOTHETICAL:
        return True
    return bool(window & _MODALS) and (row is None or row.cls not in {"speech", "accuse"} or row.lemma in _RULINGS)


def inverted_cue(doc: Doc, j: int, seg: Segment, *, direct: bool):
    """At token ``j`` an inverted cue: a speech verb then its subject, or ``aldus``/``volgens`` X."""
    tok = doc[j]
    if tok.lower_ in W.source_markers:
        src = np_after(doc, j + 1, seg.end)
        if src is None:
            return None
        return (j, j + 1), author_of_document(doc, src)
    cue = cue_at(doc, j, seg)
    if cue is None:
        if direct and tok.lower_ in W.quote_after_verbs:
            cue = (None, j, j + 1, tok)
        else:
            return None
    row, lo, hi, verb = cue
    if not direct and not row.has("inverted"):
        return None
    src = source_after_inverted(doc, j + 1, seg)
    if src is None:
        return None
    first = doc[src[0]].lower_
    if first in W.neuter_pronoun and doc[src[0] + 1].lower_ in _NOT_AFTER_SOURCE_HET:
        return None  # "…, vindt het een gevoelige kwestie": "het" is the object, not a source
    # the subject's phrase after a particle verb stops before the particle
    if hi > src[0] and src[1] >= hi:
        src = (src[0], min(src[1], hi - 1))
    return (lo, hi), src


def stop_before_inverted_cue(doc: Doc, start: int, end: int, seg: Segment) -> int:
    """End of a content clause: before ', zei hij' / ', aldus X' if the sentence has one."""
    ctx = view(doc)
    fronted = _embedded_clause(doc, seg, start)
    for k in range(start + 1, end):
        if fronted and doc[k].text == "," and k + 1 < end and (v2_clause(doc, k + 1, end) or _finite(doc[k + 1]) or (
                doc[k + 1].pos_ == "ADV" and k + 2 < end and _finite(doc[k + 2]))):
            return k  # "Toen X zei dat A, belde hij …", "X, die zei dat A, reisde af", "Al beschouwt X zich als …, China ziet dat anders"
        if doc[k].text == "," and k + 2 < end and doc[k + 1].lower_ in W.contrast_conjunctions and has_pos(doc) and (
                doc[k + 2].pos_ in {"VERB", "AUX"}):
            return k
        if doc[k].text == "," and k + 3 < end and doc[k + 1].lower_ in W.but and v2_clause(doc, k + 2, end) and not (
                ctx.opens_quote(start, k)):
            return k  # "…, maar Scholz wees dat idee van de hand": the writer's own main clause
        if doc[k].lower_ in W.conj_and and k + 1 < end and k > start + 2 and has_pos(doc) and doc[k + 1].pos_ in {"VERB", "AUX"} and (
                "Fin" in doc[k + 1].morph.get("VerbForm") or doc[k - 1].text == ",") and cue_at(doc, k + 1, seg) is not None:
            # "… dat A en vindt het kwalijk dat B": a second statement of the same subject (after a
            # comma also a plural present the tagger took for an infinitive: "…, en spreken van …")
            return k - 1 if doc[k - 1].text == "," else k
        if (doc[k].lower_ in W.conj_and or doc[k].text == ",") and k > start + 2 and k + 2 < end and has_pos(doc) and (
                v2_clause(doc, k + 1, end)) and _cue_after_subject(doc, k + 1, end, seg):
            # "… sprak over A en D66 noemde het B", "X vindt A, hij pleit voor B": a new statement with its own subject
            return k - 1 if doc[k].lower_ in W.conj_and and doc[k - 1].text == "," else k
        if doc[k].lower_ in W.conj_and and k > start + 2 and has_pos(doc) and _main_clause_after_and(doc, k + 1, end):
            return k - 1 if doc[k - 1].text == "," else k  # "erkent dat A en spreekt over B": the writer's main clause
        if doc[k].text == "," and k + 1 < end:
            nxt = doc[k + 1]
            if nxt.lower_ in W.aldus or nxt.lower_ in W.luiden_forms or (
                    nxt.lower_ in W.zo and k + 2 < end and doc[k + 2].lower_ in W.luiden_forms) or (
                    cue_at(doc, k + 1, seg) is not None and _inverted_form(nxt.text) and k + 2 < end and (
                    doc[k + 2].lower_ in W.inverted_subject_starts or (
                        doc[k + 2].pos_ in {"PROPN", "NOUN"} and not ctx.opens_quote(seg.start, start)))):
                return k
    return end


def _cue_after_subject(doc: Doc, i: int, end: int, seg: Segment) -> bool:
    """Whether the V2 clause at ``i`` (see :func:`v2_clause`) opens with its own subject (see
    :func:`clauses.own_subject`) and its finite verb is a cue verb."""
    j = next((m for m in range(i, min(end, i + 8)) if _finite(doc[m])), None)
    return j is not None and own_subject(doc, i, doc[j]) is not None and (
        cue_at(doc, j, seg) is not None or doc[j].lower_ in LEX.pp)


def _finite(tok: Token) -> bool:
    return tok.pos_ in {"VERB", "AUX"} and "Fin" in tok.morph.get("VerbForm")


def _embedded_clause(doc: Doc, seg: Segment, start: int) -> bool:
    """Whether a content starting at ``start`` stands in a clause inside another: a subordinate
    clause that opens the sentence (a subordinator, "Toen X zei dat …", a concessive "al" with
    its finite verb, "Al beschouwt X zich als …", or a conditional in V1, "Zegt X dat …, dan …") or a relative clause on the subject ("X, die zei
    dat …"). That clause ends at the comma where the clause around it goes on."""
    if not has_pos(doc):
        return False
    k = seg.start
    while k < seg.end and doc[k].is_punct:
        k += 1
    if k + 1 >= seg.end:
        return False
    commas = [m for m in range(k, start) if doc[m].text in {",", ";", ":"}]
    if commas:
        # a relative clause on the subject: its pronoun right after the only comma before the content
        return len(commas) == 1 and doc[commas[0] + 1].lower_ in W.relative_subjects and commas[0] > k
    first = doc[k]
    if _finite(first) and k == seg.start and doc[seg.end - 1].text != "?":
        return True  # a conditional in V1: "Zegt X dat A, dan …" (not a question: "Zegt X dat A?")
    return (first.lower_ in W.concessive_openers and _finite(doc[k + 1])) or (
        first.lower_ in W.subordinators and first.pos_ == "SCONJ")


def _main_clause_after_and(doc: Doc, j: int, end: int) -> bool:
    """After "en" a main clause, not a second verb-final clause: its finite verb comes first (V1,
    the subject shared: "en spreekt over …") or second after an adverb or a 'volgens' phrase ("en
    volgens haar zijn er …", "en daarom is …"), and content follows the finite verb, where a
    subordinate clause would end with it."""
    k = j
    if k < end and doc[k].lower_ in W.volgens:
        np = np_after(doc, k + 1, end)
        k = np[1] if np is not None else end
    elif k < end and doc[k].pos_ == "ADV":
        k += 1
    if k >= end - 1 or doc[k].pos_ not in {"VERB", "AUX"} or "Fin" not in doc[k].morph.get("VerbForm"):
        return False
    nxt = doc[k + 1]
    return not nxt.is_punct and nxt.pos_ not in {"VERB", "AUX"}


def _inverted_form(form: str) -> bool:
    row = LEX.row(form)
    return row is not None and row.has("inverted")


def is_registry_like(doc: Doc, lo: int, hi: int) -> bool:
    """A phrase that names a source the registry knows (the speaker tagger marked it)."""
    start, end = doc[lo].idx, end_char(doc, hi - 1)
    return any(src.start >= start and src.end <= end for src in doc._.get(ext.SOURCES))


def named_subject(doc: Doc, verb: Token, seg: Segment, *, names_only: bool = False) -> bool:
    """Whether the verb's subject is a name (or, unless ``names_only``, an organisation noun)."""
    subj = subject_of(doc, verb, seg)
    if subj is None:
        return False
    toks = doc[subj[0] : subj[1]]
    # the head part of the phrase: a name after a common noun and a preposition is its complement
    # ("het bedrijf van Bakker" is a company at risk, not Bakker)
    cut = next((t.i for t in toks if (t.pos_ == "ADP" and t.i > subj[0] and doc[t.i - 1].pos_ == "NOUN"
                and not doc[t.i - 1].text[:1].isupper()) or (t.text == "," and t.i > subj[0])), subj[1])
    # (nor is an apposition after a comma the head: "de politie, de grootste werkgever van de stad")
    toks = doc[subj[0] : cut]
    if is_registry_like(doc, subj[0], cut):
        return True
    if any(t.pos_ == "PROPN" for t in toks) and not (
            len(toks) == 1 and toks[0].i == seg.start and "Plur" in verb.morph.get("Number")
            and not name_by_usage(doc, toks[0]) and not is_known_name(doc, toks[0])):
        # (one capitalised word opening the sentence with a plural verb is a plural noun, not a
        # name: "Medicijnen dreigen te verdwijnen")
        return True
    if names_only:
        return False
    # an organisation threatens ("Gemeenten dreigen het kabinet voor de rechter te slepen");
    # people and things may merely be at risk ("boeren dreigen failliet te gaan")
    head = next((t for t in reversed(toks) if t.pos_ == "NOUN"), None)
    return head is not None and head.lower_.endswith(ORG_NOUNS)


def verb_source(doc: Doc, seg: Segment, verb: Token) -> tuple[tuple[int, int] | None, bool]:
    """The subject range of a cue verb, and whether the clause is impersonal (er wordt gezegd)."""
    if verb.i == seg.start and verb.lower_ in W.impersonal_participles:
        return None, True  # "Verwacht wordt dat …"
    window = {t.lower_ for t in doc[max(seg.start, verb.i - 3) : verb.i]}
    agent = passive_agent(doc, seg, verb)
    if agent is not None:
        return agent, False  # "Door Mulder werd gemeld dat …", "Er is door het kabinet bevestigd dat …"
    if window & W.passive_auxiliaries and not _passive_agent_after(doc, verb, seg):
        return None, True  # "Er wordt gezegd dat …", "Ook wordt bevestigd dat …": no named source
    if _passive_participle(doc, verb) and not _passive_agent_after(doc, verb, seg):
        return None, True  # "De burgemeester is dinsdag gewaarschuwd voor …": the subject is the one addressed
    subj = subject_of(doc, verb, seg)
    if subj is None:
        return None, False
    return subj, False


def _passive_participle(doc: Doc, verb: Token) -> bool:
    """A participle the parse gives a passive auxiliary (a form of 'zijn' or 'worden') earlier in
    its own clause ("X is vier dagen voor de finale gewaarschuwd"): its subject is not the speaker.
    An auxiliary of another clause (after a comma or a conjunction) or a 'hebben' perfect is not."""
    if not has_dep(doc) or "Part" not in verb.morph.get("VerbForm"):
        return False
    children = list(verb.children)
    if any(c.dep_ == "aux" and c.lower_ in _HAVE for c in children):
        return False  # "heeft het bedrijf vastgesteld": an active perfect, whatever else the parse hangs on it
    return any(c.dep_ == "aux:pass" and c.lower_ not in _HAVE and c.i < verb.i and not any(
        t.text in {",", ";", ":"} or t.pos_ == "CCONJ" for t in doc[c.i + 1 : verb.i]) for c in children)


def _passive_agent_after(doc: Doc, verb: Token, seg: Segment) -> bool:
    """Whether a "door"-agent follows the passive cue verb within its own clause (not "door" in
    the content: "werd gezegd dat ze niet door hem gemaakt zijn")."""
    for t in doc[verb.i : min(seg.end, verb.i + 6)]:
        if t.lower_ in W.complementisers or t.text in {",", ":", ";"}:
            return False
        if t.lower_ in W.passive_agent:
            return True
    return False


def passive_agent(doc: Doc, seg: Segment, verb: Token) -> tuple[int, int] | None:
    """The agent of a passive participle cue: the phrase after ``door`` in its clause, before the
    participle ("Door Mulder wordt gemeld dat", "Er werd door de minister gezegd dat") or right
    after it ("Er is gezegd door de minister dat"); None when the clause has no agent."""
    if has_pos(doc) and "Part" not in verb.morph.get("VerbForm"):
        return None
    candidates = []
    passive = False
    for k in range(verb.i - 1, seg.start - 1, -1):
        t = doc[k]
        if t.text in {",", ";", ":"} or t.lower_ in W.dat or t.lower_ in W.complementisers:
            break
        if t.lower_ in W.passive_agent:
            candidates.append(k)
        passive = passive or t.lower_ in W.passive_auxiliaries or t.lower_ in _COPULAS
    for k in range(verb.i + 1, min(seg.end, verb.i + 3)):
        if doc[k].lower_ in W.passive_agent:
            candidates.append(k)
            break
        passive = passive or doc[k].lower_ in W.passive_auxiliaries or doc[k].lower_ in _COPULAS  # verb-final: "gemeld wordt"
    if not passive:
        return None
    for k in candidates:
        np = np_after(doc, k + 1, seg.end)
        if np is None and k + 1 < seg.end and doc[k + 1].lower_ in W.personal_pronouns:
            np = (k + 1, k + 2)  # "door haar gezegd": the pronoun alone, not a possessive
        if np is None:
            continue
        first = doc[np[0]]
        if first.lower_ in W.not_source_start:
            continue
        toks = doc[np[0] : np[1]]
        if any(t.pos_ == "PROPN" or t.lower_ in W.personal_pronouns for t in toks) or is_registry_like(doc, *np) or any(
                t.pos_ == "NOUN" and (is_agent_noun(t) or t.lower_.endswith(ORG_NOUNS)) for t in toks):
            return np
    return None


def source_after_inverted(doc: Doc, k: int, seg: Segment, skip: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """The subject after an inverted verb starting at token ``k`` (adverbs, and the words of
    ``skip``, passed over), or None where no source can stand."""
    verb = doc[k - 1] if k > seg.start else None
    while k < seg.end and (doc[k].lower_ in W.skip_after_inverted_verb or doc[k].lower_ in skip):
        k += 1
    k = _past_time_phrase(doc, k, seg)
    src = np_after(doc, k, seg.end)
    if src is None:
        return None
    first = doc[src[0]].lower_
    if first in W.not_source_start | PREPOSITIONS or (first in W.neuter_pronoun and src[1] - src[0] == 1):
        return None
    if verb is not None and _plural_verb(verb):
        return src[0], _list_end(doc, src[1], seg)  # a list is the subject only of a plural verb
    return src


def _past_time_phrase(doc: Doc, k: int, seg: Segment) -> int:
    """Past a time adverbial between an inverted verb and its subject ("zei vorige maand de
    minister", "zei twee dagen geleden de minister"): determiners, adjectives or numbers ending in
    a unit of time (and "geleden", "later" …), where a phrase follows that can be the subject."""
    if not has_pos(doc):
        return k
    j = k
    while j < seg.end and j < k + 3 and (doc[j].pos_ in {"DET", "ADJ", "NUM"} or "Part" in doc[j].morph.get("VerbForm")) and (
            doc[j].lower_ not in W.time_units):
        j += 1
    if j >= seg.end or doc[j].lower_ not in W.time_units:
        return k
    j += 1
    if j < seg.end and doc[j].lower_ in W.timepoint_after:
        j += 1
    while j < seg.end and (doc[j].lower_ in W.skip_after_inverted_verb or doc[j].pos_ == "ADV"):
        j += 1  # "oordeelde vorige maand dus de Raad van State"
    if j < seg.end and not doc[j].is_punct and np_after(doc, j, seg.end) is not None:
        return j
    if j + 1 < seg.end and doc[j].is_alpha and doc[j].text.islower() and doc[j + 1].pos_ == "PROPN" and (
            np_after(doc, j + 1, seg.end) is not None):
        return j + 1  # "… geleden vakbond FNV" with the role word mis-tagged: the name
    return k


def _plural_verb(tok: Token) -> bool:
    number = tok.morph.get("Number")
    return number == ["Plur"] if number else tok.lower_.endswith(W.tuple("plural_verb_endings"))


def _list_end(doc: Doc, hi: int, seg: Segment) -> int:
    """The end of a list of names after a source phrase ending at ``hi``: 'de ministers van het
    VK, Frankrijk en Duitsland' (names of at most three words, the last after 'en'), else ``hi``."""
    j = hi
    while j + 1 < seg.end and (doc[j].text == "," or doc[j].lower_ in W.conj_and) and doc[j + 1].text[:1].isupper():
        item = np_after(doc, j + 1, seg.end)
        if item is None or item[0] != j + 1 or item[1] - item[0] > 7 or not all(
                t.text[:1].isupper() or t.lower_ in W.conj_and for t in doc[item[0]:item[1]]):
            return hi
        if doc[j].lower_ in W.conj_and or any(t.lower_ in W.conj_and for t in doc[item[0]:item[1]]):
            if item[1] < seg.end and has_pos(doc) and doc[item[1]].pos_ in {"VERB", "AUX"}:
                return hi  # '…, Amsterdam en Utrecht volgen': a clause of its own
            return item[1]  # (the phrase may read 'Frankrijk en Duitsland' as one)
        if item[1] - item[0] > 3:
            return hi
        j = item[1]
    return hi
