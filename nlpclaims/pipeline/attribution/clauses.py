"""Dutch clause helpers: noun phrases before and after a token, subjects (from the parse when there
is one, else from word order), clause ends, agent nouns. All words come from ``lang``."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...lang.cues import lexicon
from ...lang.quotes import ALL_MARKS, BEFORE_SUBJECT_MARKS, CLOSING_MARKS, NEXT_SENTENCE_CHARS
from ...lang.words import W
from .segments import Segment
from .view import has_dep, has_pos, view

_DOCUMENT_NOUNS = W.document_nouns
DETERMINERS = frozenset(W.determiners)
PREPOSITIONS = frozenset(W.prepositions)
STOP_AFTER_SOURCE = PREPOSITIONS | W.stop_after_source
PRONOUNS = frozenset(W.personal_pronouns)
CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "DET", "X", "SYM"})


def is_verb(tok: Token) -> bool:
    return tok.pos_ in {"VERB", "AUX"}


def is_acronym(tok: Token) -> bool:
    """An all-capitals word ("OM", "NU", "AL"): a name, even where its lower case is a function word."""
    return len(tok.text) >= 2 and tok.text.isalpha() and tok.text.isupper()


def np_after(doc: Doc, i: int, end: int, *, allow_conj: bool = True) -> tuple[int, int] | None:
    """Token range of the noun phrase starting at ``i`` (before ``end``), or None."""
    if i >= end:
        return None
    pos = has_pos(doc)
    j = i
    saw_content = False
    english = False  # inside an English name after its linker ("Institute for Fiscal Studies")
    while j < end:
        tok = doc[j]
        low = tok.lower_
        if tok.is_punct and tok.text not in {"-", "'", "’", "."} or tok.is_space:
            if tok.text == "," and saw_content and _apposition_name(doc, j, end):
                j += 1
                continue
            break
        if tok.text == "." and not (j + 1 < end and doc[j + 1].text[:1].isupper() and len(doc[j - 1].text) <= 2):
            break
        if low in _NAME_PARTICLES and saw_content and doc[j - 1].text[:1].isupper():
            # Dutch surnames: "Rafael van der Vaart", "Caroline van der Plas", "Ter Horst"
            k = j
            while k < end and k < j + 3 and doc[k].lower_ in _NAME_PARTICLES:
                k += 1
            if k < end and k > j and doc[k].text[:1].isupper() and doc[k].is_alpha and not (
                    k == j + 1 and low in W.of_preposition and doc[k].lower_ in W.definite_articles) and not (
                    k == j + 1 and low in _PREPOSITION_PARTICLES):
                # "in 't Veld", "Op den Brouw" are names; "op Twitter", "in Brussel" are not
                j = k + 1
                continue
        if low in _NAME_PARTICLES and saw_content and tok.text[:1].isupper() and doc[j - 1].text[:1].islower():
            # a surname opening with its particle after a role: "staatssecretaris Van der Wal"
            k = j + 1
            while k < end and k < j + 3 and doc[k].lower_ in _NAME_PARTICLES and doc[k].text[:1].islower():
                k += 1
            if k < end and doc[k].text[:1].isupper() and doc[k].is_alpha:
                j = k + 1
                continue
        if low in W.of_preposition and saw_content and j + 1 < end:
            nxt = doc[j + 1]
            if nxt.text[:1].isupper() or (nxt.lower_ in W.definite_articles and j + 2 < end and (doc[j + 2].text[:1].isupper() or not pos or doc[j + 2].pos_ in {"NOUN", "PROPN", "ADJ"})):
                j += 1
                continue
            break
        if low in W.english_name_linkers and saw_content and j + 1 < end and doc[j + 1].text[:1].isupper() and \
                doc[j - 1].text[:1].isupper() and (doc[j - 1].lower_ in W.english_name_heads or english):
            english = True  # an English name: "Times of India", "Bank of England", "Center for Strategic Studies"
            j += 1
            continue
        if low in W.org_name_linker and saw_content and doc[j - 1].lower_.endswith(_ORG_HEADS) and j + 1 < end and (
                doc[j + 1].text[:1].isupper() or (doc[j + 1].lower_ in W.definite_articles and j + 2 < end
                                                  and doc[j + 2].text[:1].isupper())):
            j += 1  # inside an organisation's name: "Forum voor Democratie", "Partij voor de Dieren"
            continue
        if low in W.np_conjunctions and saw_content:
            if allow_conj and j + 1 < end and (doc[j + 1].text[:1].isupper() or doc[j + 1].lower_ in DETERMINERS):
                j += 1
                continue
            break
        if low in STOP_AFTER_SOURCE and not (tok.text[:1].isupper() and j > i and not pos) and not is_acronym(tok):
            if not (j == i and low in W.demonstrative_determiners):
                break
        if pos:
            if tok.pos_ in {"VERB", "AUX", "ADP", "SCONJ", "CCONJ", "ADV", "PART", "INTJ"} and not tok.text[:1].isupper() and not (
                    j == i and low in _DOCUMENT_NOUNS):
                break
            if tok.pos_ == "PRON" and j > i:
                break
            if tok.pos_ in {"DET", "NUM"} and j > i and doc[j - 1].pos_ in {"NOUN", "PROPN"}:
                break
            if tok.pos_ == "ADJ" and j > i and doc[j - 1].pos_ in {"NOUN", "PROPN"} and tok.text[:1].islower() and not (
                    _title_before_name(doc, j + 1, end)):
                # Dutch adjectives precede their noun: "volgens inlichtingendiensten bereid tot …"
                # (but a title runs on to its name: "verslaggever koninklijk huis Kysia Hekster")
                break
        elif j > i and _looks_verbal(tok):
            break
        saw_content = True
        j += 1
        if j - 1 == i and doc[j - 1].lower_ in PRONOUNS and doc[j - 1].lower_ not in W.neuter_pronoun:
            break
    while j > i and doc[j - 1].lower_ in DETERMINERS | W.np_trailing:
        if j - 1 == i and doc[i].lower_ in W.object_pronouns and pos and not _noun_follows(doc, j, end):
            break  # "volgens haar is …", "door haar gezegd": a pronoun, not a possessive without its noun
        j -= 1
    return (i, j) if j > i else None


def _noun_follows(doc: Doc, j: int, end: int) -> bool:
    """Whether a noun follows at ``j``, after any adjectives ("haar nieuwe boek", not "haar zorgvuldig verlopen")."""
    while j < end and doc[j].pos_ == "ADJ":
        j += 1
    return j < end and doc[j].pos_ in {"NOUN", "PROPN", "NUM"}


# Heads of organisation names with "voor": "Forum voor Democratie", "Raad voor de Rechtspraak".
_ORG_HEADS = tuple(sorted(W.org_name_heads))  # also as the end of a compound: "Rijksinstituut voor …"


def _title_before_name(doc: Doc, k: int, end: int) -> bool:
    """Nouns and adjectives from ``k`` up to a name: the rest of a title ("… koninklijk huis Kysia")."""
    stop = min(end, k + 6)
    while k < stop and (doc[k].pos_ in {"NOUN", "ADJ"} or doc[k].lower_ in W.conj_and) and not (
            doc[k].pos_ == "NOUN" and doc[k].text[:1].isupper() and k + 1 < end and doc[k + 1].pos_ == "PROPN"):
        k += 1
    return k < end and (doc[k].pos_ == "PROPN" or doc[k].text[:1].isupper())


def _apposition_name(doc: Doc, j: int, end: int) -> bool:
    """``X, Y,`` where Y is a capitalised name: 'de woordvoerder, Dmitri Peskov,'."""
    k = j + 1
    while k < end and k < j + 4 and doc[k].text[:1].isupper() and doc[k].is_alpha:
        k += 1
    return k > j + 1 and k < end and doc[k].text == ","



_NAME_PARTICLES = frozenset(W.name_particles)


_CUE_FORMS = lexicon().form_to_row


def _looks_verbal(tok: Token) -> bool:
    low = tok.lower_
    if tok.text[:1].isupper():
        return False
    return low in _CUE_FORMS or low in W.finite_auxiliaries


def np_before(doc: Doc, seg_start: int, i: int) -> tuple[int, int] | None:
    """Token range of the noun phrase that ends just before ``i`` and opens the clause."""
    if i <= seg_start:
        return None
    start = seg_start
    for k in range(i - 1, seg_start - 1, -1):
        t = doc[k]
        if t.text in {",", ":", ";", "(", "—", "–"} or t.text in BEFORE_SUBJECT_MARKS:
            start = k + 1
            break
    span = np_after(doc, start, i)
    if span is None or span[1] != i:
        return None
    return span


def _antecedent_by_order(doc: Doc, rel: int, seg: Segment) -> tuple[int, int] | None:
    """The noun phrase right before a relative pronoun at ``rel`` ("ook chatbots die …" → "chatbots")."""
    k = rel
    while k > seg.start and doc[k - 1].pos_ in {"NOUN", "PROPN", "ADJ", "DET", "NUM"} and not doc[k - 1].is_punct:
        k -= 1
    if k == rel or not any(t.pos_ in {"NOUN", "PROPN"} or t.pos_ == "ADJ" and t.i == rel - 1 for t in doc[k:rel]):
        return None
    return k, rel


def subject_of(doc: Doc, verb: Token, seg: Segment, end: int | None = None) -> tuple[int, int] | None:
    """Token range of the subject of ``verb``: nsubj from the parse, else word order. With ``end``,
    only tokens before it are considered (never inside the quote a cue introduces)."""
    if end is not None and end < seg.end:
        seg = Segment(seg.start, end, seg.start_char, doc[end - 1].idx + len(doc[end - 1].text))
    if verb.i > seg.start + 1 and doc[verb.i - 1].lower_ in W.relative_subjects and doc[verb.i - 2].text == ",":
        # "de Japanse premier Abe, die zei dat …": the antecedent before the comma
        ante = np_before(doc, seg.start, verb.i - 2)
        if ante is not None:
            return ante
    inverted = _inverted_name(doc, verb, seg)
    if inverted is not None:
        return inverted
    own = _subject_after_coordinator(doc, verb, seg)
    if own is not None:
        return own
    if has_dep(doc):
        heads = [verb]
        if verb.dep_ in {"xcomp", "aux", "ccomp"} and verb.head is not verb:
            heads.append(verb.head)
        elif verb.dep_ == "conj" and verb.head is not verb and not any(
                c.dep_ in {"nsubj", "nsubj:pass"} for c in verb.children):
            heads.append(coordinated_clause_head(doc, verb))  # "Het hof wees … af en oordeelde dat …": the shared subject
        heads += [c for c in verb.children if c.dep_ in {"aux", "aux:pass"}]
        found = []
        for head in heads:
            for child in head.children:
                if child.dep_ in {"nsubj", "nsubj:pass"} and seg.start <= child.i < seg.end:
                    if child.lower_ in W.relative_pronouns and head.dep_ == "acl:relcl":
                        if head.head.pos_ in {"VERB", "AUX"}:  # the parse hangs the clause on a verb
                            ante = _antecedent_by_order(doc, child.i, seg)  # "Er zijn chatbots die claimen …"
                            if ante is not None:
                                return ante
                        return _subject_range(doc, head.head, seg)  # "Abe, die zei dat …": the antecedent
                    if child.lower_ in W.backref_last and any(c.lower_ in W.backref_pronouns for c in child.children):
                        continue  # "Dat laatste ontkent X": a fronted object pointing back, never the source
                    if (child.lower_ in STOP_AFTER_SOURCE or child.pos_ in {"ADV", "ADP", "SCONJ", "VERB", "AUX"}) and not (
                            is_known_name(doc, child) or is_acronym(child) or name_by_usage(doc, child)
                            or _nominalised(child)):
                        continue
                    if child.lower_ in W.weekdays:
                        continue  # "Dinsdag vond zij …": a fronted time word, never the source
                    found.append((child, head.i))
        if found:
            # A parser may give a clause two subjects: names and pronouns beat nouns, then the
            # phrase before the verb (V2) beats the one after it (the verb whose subject the
            # parse makes it: a shared subject stands around the first conjunct's verb); on the
            # same side of the verb the first phrase is the subject, the object follows it in the
            # middle field ("Zelensky heeft Poetin ervan beschuldigd …", "Gisteren noemde X Y …").
            def rank(pair: tuple[Token, int]) -> tuple[int, int, int, int]:
                tok, at = pair
                has_name = tok.pos_ in {"PROPN", "PRON"} or any(
                    (c.pos_ == "PROPN" or c.text[:1].isupper()) and c.dep_ in {"flat", "appos", "compound"}
                    for c in tok.children)
                # a person or body beats a thing ("Het plan vindt de wethouder te duur": a fronted object)
                return (0 if has_name else 1, 0 if has_name or is_agent_noun(tok) else 1, 0 if tok.i < at else 1, tok.i)

            return _subject_range(doc, min(found, key=rank)[0], seg)
    if has_dep(doc) and ((verb.pos_ == "VERB" and verb.morph.get("VerbForm") and ("Fin" not in verb.morph.get("VerbForm") or (
            verb.dep_ == "xcomp" and verb.head.i < verb.i and "Fin" in verb.head.morph.get("VerbForm")))) or (
            verb.pos_ == "NOUN" and verb.lower_.endswith(_INFINITIVE_ENDINGS) and not any(
                c.dep_ in {"det", "amod", "case"} for c in verb.children))):
        # (also an infinitive the tagger took for a plural present or a noun: "Intussen wil het kabinet
        # wijzen op …", "Schoof wil pleiten voor …")
        # an infinitive or participle closing the clause ("wil … klein noemen", "heeft … gevonden")
        # the parse hung on a noun: its subject stands around the clause's finite verb
        by_order = _subject_of_verb_cluster(doc, verb, seg)
        if by_order is not None:
            return by_order
    # Word order: V2 with the subject first, or inverted with the subject after the finite verb.
    before = np_before(doc, seg.start, verb.i)
    if before is not None and not _is_adverbial(doc, before):
        return before
    if has_dep(doc) and verb.dep_ == "cop" and verb.head is not verb:
        # "omdat Brouwer van mening is": the subject hangs on the copula's predicate
        subj = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubj:pass"} and seg.start <= c.i < seg.end
                     and c.lower_ not in W.relative_pronouns), None)
        if subj is None and verb.head.dep_ == "conj" and verb.i > seg.start and doc[verb.i - 1].lower_ in W.coordinators:
            # "Die partijen hebben bedenkingen, maar zijn bang dat …": a coordinated predicate shares
            # the subject of the clause it is coordinated with
            head = verb.head.head
            while not _clause_head(head) and head.head.i != head.i:
                head = head.head
            subj = next((c for c in head.children if c.dep_ in {"nsubj", "nsubj:pass"} and seg.start <= c.i < verb.i
                         and c.lower_ not in W.relative_pronouns), None)
        if subj is not None:
            return _subject_range(doc, subj, seg)
    sub = _subject_after_subordinator(doc, verb, seg)
    if sub is not None:
        return sub
    k = verb.i + 1
    while k < seg.end and doc[k].lower_ in W.skip_before_inverted_subject:
        k += 1
    after = np_after(doc, k, seg.end)
    if after is not None and doc[after[0]].lower_ not in W.not_inverted_subject:
        return after
    return None


def speaking_subject(doc: Doc, src: tuple[int, int] | None) -> bool:
    """A subject that can speak: a phrase headed by a name, or what :func:`agent_phrase` accepts
    (a person or organisation noun, a personal pronoun)."""
    if src is None:
        return False
    head = next((t for t in doc[src[0] : src[1]] if t.pos_ in {"NOUN", "PROPN"}), None)
    return (head is not None and head.pos_ == "PROPN") or agent_phrase(doc, src)


def _nominalised(tok: Token) -> bool:
    """A participle or adjective used as a noun: a determiner before it and no noun after it in
    its phrase ("de verdachte", "de gedupeerden", "een betrokkene")."""
    return (tok.pos_ in {"VERB", "ADJ"} and any(c.dep_ == "det" and c.i < tok.i for c in tok.children)
            and not any(c.dep_ in {"aux", "aux:pass", "cop", "obj", "mark"} for c in tok.children))
def _subject_after_coordinator(doc: Doc, verb: Token, seg: Segment) -> tuple[int, int] | None:
    """A coordinated main clause with its own subject before its finite verb ("Jansen sprak over A
    en Visser noemde B"), whatever the parse made of it (a conjunct of the first subject): that
    subject, not the first clause's. None when the verb follows the coordinator directly (the
    subject is shared) or what stands between is no subject (see :func:`own_subject`)."""
    if not has_dep(doc) or verb.dep_ == "ROOT" or "Fin" not in verb.morph.get("VerbForm") or any(
            c.dep_ in {"nsubj", "nsubj:pass"} for c in verb.children):
        return None
    k = verb.i - 1
    while k > seg.start and k > verb.i - 8 and doc[k].lower_ not in W.coordinators and doc[k].text != ",":
        k -= 1
    if k <= seg.start or k == verb.i - 1 or not (doc[k].lower_ in W.coordinators or doc[k].text == ","):
        return None
    return own_subject(doc, k + 1, verb)


def own_subject(doc: Doc, i: int, verb: Token) -> tuple[int, int] | None:
    """The phrase from ``i`` up to the finite ``verb`` when it is that verb's own subject (V2 after
    a coordinator or comma): a name, a person or organisation noun or a personal pronoun that
    agrees with the verb in number ("… en Visser noemde", not "… en de Iraanse boten sommeerde",
    an object of a verb-final clause; the number of a name is not read: "Kuipers")."""
    rng = np_after(doc, i, verb.i, allow_conj=False)
    if rng is None or rng != (i, verb.i) or _is_adverbial(doc, rng):
        return None
    toks = doc[rng[0] : rng[1]]
    if not (any(t.pos_ == "PROPN" for t in toks) or agent_phrase(doc, rng)):
        return None
    head = next((t for t in reversed(toks) if t.pos_ in {"NOUN", "PROPN", "PRON"}), None)
    if head is not None and head.pos_ != "PROPN" and head.morph.get("Number") and verb.morph.get("Number") and (
            head.morph.get("Number") != verb.morph.get("Number")):
        return None
    return rng


# Relations of a clause that depends on another one (a conjunct's head inside one of these may
# not be the clause the conjunct continues).
_DEPENDENT_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "csubj", "xcomp"})


def _clause_head(tok: Token) -> bool:
    """A token that heads a clause: a verb, or a predicate with its copula."""
    return tok.pos_ in {"VERB", "AUX"} or any(c.dep_ == "cop" for c in tok.children)


def coordinated_clause_head(doc: Doc, verb: Token) -> Token:
    """The clause whose subject a coordinated verb without a subject of its own shares.

    Usually the conjunct's head. A finite verb cannot be coordinated with a noun or a bare
    adjective, so a parse that attaches it there is read up to the clause holding them. A finite
    verb right after the coordinator ("…, dat A onbekend is en vindt het kwalijk dat …") is a main
    clause (a conjunct of a subordinate clause would end in its verb): its subject is the main
    clause's, whichever subordinate clause the parse hung it on."""
    head = verb.head
    finite = "Fin" in verb.morph.get("VerbForm")
    if not finite and head.pos_ in {"NOUN", "PROPN", "PRON"}:
        return head  # a bare infinitive may be a noun itself: "Lezen en schrijven kan hij nauwelijks"
    while not _clause_head(head) and head.head.i != head.i:
        head = head.head
    prev = doc[verb.i - 1] if verb.i > 0 else None
    v2 = finite and prev is not None and prev.lower_ in W.coordinators
    if v2:
        while head.head.i != head.i and (head.dep_ in _DEPENDENT_CLAUSE_DEPS or any(
                c.dep_ == "mark" and c.lower_ in W.complementisers | W.subordinators for c in head.children)):
            head = head.head
            while not _clause_head(head) and head.head.i != head.i:
                head = head.head
    return head


def _subject_of_verb_cluster(doc: Doc, verb: Token, seg: Segment) -> tuple[int, int] | None:
    """The subject of an infinitive or participle by word order, when it closes the clause of the
    finite verb before it: no comma or subordinator between them, a te-infinitive only in an
    om-clause (whose subject is the main clause's: "klopte aan om te melden dat"), and not a
    passive participle ("wordt … genoemd": its subject is what is named, not who names it)."""
    fin = next((t for t in reversed(doc[seg.start : verb.i]) if t.pos_ in {"AUX", "VERB"}
                and "Fin" in t.morph.get("VerbForm")), None)
    if fin is None:
        return None
    between = doc[fin.i + 1 : verb.i]
    if any(t.text in {",", ";", ":"} or t.text in ALL_MARKS or t.pos_ == "SCONJ" for t in between):
        return None
    if verb.i > 0 and doc[verb.i - 1].lower_ in W.te and not any(t.lower_ in W.om for t in between):
        return None  # "kreeg een boodschap te zien"
    if "Part" in verb.morph.get("VerbForm") and fin.lower_ in W.passive_auxiliaries:
        return None
    return subject_by_order(doc, verb, seg)


def _subject_after_subordinator(doc: Doc, verb: Token, seg: Segment) -> tuple[int, int] | None:
    """Word order in a subordinate clause: the phrase right after its subordinator ("toen
    Kamervoorzitter Arib hem vroeg …"), when the verb ends the clause's middle field."""
    if not has_pos(doc):
        return None
    for k in range(verb.i - 1, max(seg.start, verb.i - 12) - 1, -1):
        t = doc[k]
        if t.text in {",", ";", ":"} or t.text in ALL_MARKS or (
                t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm")):
            return None
        if t.lower_ in W.subordinators and k + 1 < verb.i:
            sub = np_after(doc, k + 1, verb.i, allow_conj=False)
            if sub is None or _is_adverbial(doc, sub) or doc[sub[0]].lower_ in W.not_inverted_subject:
                return None
            return sub
    return None


# Surname particles inside a name right after a verb; without the prepositions of
# _NAME_PARTICLES, which there would swallow "zegt Rutte in Brussel dat".
# Particles that are prepositions when a capitalised word follows them directly.
_PREPOSITION_PARTICLES = frozenset(W.preposition_particles)
_INVERTED_NAME_PARTICLES = (_NAME_PARTICLES - _PREPOSITION_PARTICLES) | W.foreign_name_particles
_AFTER_INVERTED_NAME = frozenset(W.after_inverted_name)


def _inverted_name(doc: Doc, verb: Token, seg: Segment) -> tuple[int, int] | None:
    """The capitalised name right after a cue verb in second position when a clause or quote
    follows it: "Over de kritiek … zegt Heinen dat …", "… , meldt Defensie." (parse-independent)."""
    k = verb.i + 1
    if verb.i == seg.start or k >= seg.end:
        return None
    # a lower-case role word before the name belongs to it: "zegt minister Heinen dat"
    role = k + 1 < seg.end and doc[k].text[:1].islower() and doc[k].text.replace("-", "").isalpha() and (
        doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha and doc[k].lower_ not in STOP_AFTER_SOURCE)
    name_start = k + 1 if role else k
    if not doc[name_start].text[:1].isupper() or not doc[name_start].is_alpha:
        return None
    # only when the first position is not itself the subject ("Schoof vertelde RTL dat …"):
    # a clause or quote ending in a comma, or a phrase opened by a preposition or adverb
    first = doc[seg.start]
    if not (doc[verb.i - 1].text in {","} | CLOSING_MARKS or first.lower_ in STOP_AFTER_SOURCE
            or (has_pos(doc) and first.pos_ in {"ADV", "ADP", "SCONJ"})):
        return None
    if doc[k].lower_ in W.not_inverted_name_start:
        return None
    end = name_start + 1
    while end < seg.end:
        if doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1
            continue
        m = end  # surname particles, also in a chain: "Anouk ter Horst", "Sanne van 't Hof"
        while m < seg.end and m < end + 3 and doc[m].lower_ in _INVERTED_NAME_PARTICLES:
            m += 1
        if m > end and m < seg.end and doc[m].text[:1].isupper() and doc[m].is_alpha:
            end = m + 1
            continue
        break
    if end == seg.end:
        return (k, end)
    # the name may be followed by middle-field words before the clause: "… Ter Horst dinsdag of …"
    for m in range(end, min(seg.end, end + 6)):
        if doc[m].lower_ in _AFTER_INVERTED_NAME or (m == end and has_pos(doc) and doc[m].pos_ == "ADP"):
            return (k, end)  # "… Ter Horst dinsdag of", "vraagt Van den Heuvel om uitstel"
        if m > end and (doc[m].is_punct or (has_pos(doc) and doc[m].pos_ in {"VERB", "AUX"})):
            break
        if m == end and not (has_pos(doc) and doc[m].pos_ in {"ADV", "ADP", "NOUN", "DET"}):
            break
    return None


def is_known_name(doc: Doc, tok: Token) -> bool:
    """Whether the speaker tagger found a registry name on this token (whatever its POS tag)."""
    return tok.i in view(doc).known_name_tokens


def name_by_usage(doc: Doc, tok: Token) -> bool:
    """A capitalised word the article writes with a capital inside a sentence too: a name, whatever
    the tagger made of it at the start of a sentence ("Daan merkte …" with "Daan" as an adverb)."""
    return tok.text[:1].isupper() and tok.is_alpha and tok.lower_ not in STOP_AFTER_SOURCE and (
        tok.lower_ not in W.weekdays) and tok.lower_ in view(doc).capitalised_mid_sentence


def _is_adverbial(doc: Doc, rng: tuple[int, int]) -> bool:
    first = doc[rng[0]]
    if is_known_name(doc, first) or is_acronym(first) or name_by_usage(doc, first):
        return False
    if doc[rng[1] - 1].lower_ in W.time_units and not any(t.pos_ == "PROPN" for t in doc[rng[0] : rng[1]]):
        return True  # "Vorige week was X …", "Afgelopen jaar noemde X …": a fronted time phrase
    return first.lower_ in PREPOSITIONS or first.lower_ in STOP_AFTER_SOURCE or first.lower_ in W.weekdays or (
        has_pos(doc) and first.pos_ in {"ADV", "ADP", "SCONJ"})


# Nouns that take a bare noun after them: "een groep vrouwen", "een aantal klanten".
_MEASURE_NOUNS = frozenset(W.measure_nouns)


def _subject_range(doc: Doc, head: Token, seg: Segment) -> tuple[int, int]:
    """The subject's phrase: its left part and name/apposition parts, not relative clauses."""
    keep = {"det", "amod", "flat", "compound", "nmod", "case", "appos", "conj", "cc", "nummod", "punct", "fixed", "nmod:poss"}
    lo, hi = head.i, head.i
    stack = [head]
    while stack:
        t = stack.pop()
        for c in t.children:
            # (a name right after a noun is its apposition whatever the relation: "vakbond FNV")
            if (c.dep_ in keep or (c.pos_ == "PROPN" and t.pos_ in {"NOUN", "PROPN"} and c.i == t.i + 1)) and (
                    seg.start <= c.i < seg.end) and not (c.dep_ == "punct" and c.i > head.i and c.i >= hi):
                if c.dep_ == "nmod" and c.i > head.i + 8:
                    continue
                if c.dep_ in {"nmod", "appos"} and c.i == t.i + 1 and c.pos_ == "NOUN" and c.text[:1].islower() and not any(
                        g.dep_ == "case" for g in c.children) and t.lower_ not in _MEASURE_NOUNS and any(
                        g.dep_ == "det" for g in t.children):
                    continue  # "riep de gemeente supporters op": a second noun phrase, not part of the subject
                lo, hi = min(lo, c.i), max(hi, c.i)
                stack.append(c)
    while hi > lo and doc[hi].is_punct:
        hi -= 1
    if seg.start < lo <= seg.start + 2 and doc[lo].is_sent_start and all(
            doc[k].like_num or doc[k].pos_ in {"NUM", "PROPN"} for k in range(seg.start, lo)):
        lo = seg.start  # a parser sentence break inside a name opening the sentence: "113 Zelfmoordpreventie"
    while lo < hi and (doc[lo].is_punct or doc[lo].lower_ in W.conj_and or (
            doc[lo].pos_ == "ADV" and lo < head.i and not name_by_usage(doc, doc[lo]))):
        lo += 1  # (a degree adverb on the quantifier, "vrijwel alle leden", is no part of who speaks)
    return _trim_phrase(doc, lo, hi + 1, head.i)


def preverbal_subject(doc: Doc, verb: Token, seg: Segment) -> tuple[int, int] | None:
    """The phrase in first position when the parse makes it a subject of ``verb`` ("Bewoners riepen
    premier Rutte op …"), else None."""
    if not has_dep(doc):
        return None
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubj:pass"} and seg.start <= child.i < verb.i and child.pos_ in {"NOUN", "PROPN"}:
            rng = _subject_range(doc, child, seg)
            if rng[0] == seg.start or all(doc[k].is_punct or doc[k].pos_ in {"CCONJ", "ADV"} for k in range(seg.start, rng[0])):
                return rng
    return None


def content_end(doc: Doc, seg: Segment) -> int:
    """Token index where a clause's content ends: before the final punctuation of the segment."""
    j = seg.end
    while j > seg.start and (doc[j - 1].is_punct and doc[j - 1].text not in "”’\"'" or doc[j - 1].is_space):
        j -= 1
    return j


def sentence_stop(doc: Doc, start: int, end: int) -> int:
    """First sentence-final punctuation token in ``[start, end)`` that ends a sentence, else ``end``.

    Guards against sentence splits the base pipeline missed."""
    for k in range(start + 1, end):
        if doc[k].text in {".", "!", "?"}:
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            if nxt is None or k + 1 >= end or nxt.text[:1].isupper() or nxt.text[:1] in NEXT_SENTENCE_CHARS or nxt.is_space:
                return k
        elif _initial_ends_sentence(doc, k, end):
            return k + 1  # "… van Michael P. Uit rapporten blijkt …": the initial keeps its full stop
    return end


def _initial_ends_sentence(doc: Doc, k: int, end: int) -> bool:
    """An initial with its full stop ("P.") that closes a sentence: a capitalised word follows that
    cannot go on a name (an article, preposition, pronoun, conjunction or verb), where an initial
    inside a name is followed by the rest of the name ("J. Smit")."""
    t = doc[k]
    if not (len(t.text) == 2 and t.text[0].isupper() and t.text[1] == "." and k > 0 and k + 1 < end):
        return False
    nxt = doc[k + 1]
    if not (has_pos(doc) and nxt.text[:1].isupper() and nxt.pos_ in {"DET", "ADP", "PRON", "SCONJ", "CCONJ", "AUX", "VERB"}):
        return False
    if doc[k - 1].text[:1].isupper():
        return True  # "Michael P. De FvD'er …"
    # "van P. Uit rapporten blijkt …"; but "door A. De Vries": a name particle before the surname
    return k + 2 < end and not doc[k + 2].text[:1].isupper()


_RELATIVE_WORDS = frozenset(W.relative_words)


def _trim_phrase(doc: Doc, lo: int, hi: int, head: int) -> tuple[int, int]:
    """A subject phrase without a relative clause after its head ("boeren die buiten hun
    schuld …") or a relative word before it ("wat minister Wiersma betreft")."""
    for k in range(head + 1, hi):
        if doc[k].lower_ in _RELATIVE_WORDS:
            hi = k
            break
    while lo < head and doc[lo].lower_ in _RELATIVE_WORDS:
        lo += 1
    return lo, hi


def find_subject_phrases(doc: Doc) -> list[tuple[int, int, bool, bool]]:
    """Character spans of noun-phrase subjects in the doc (names and nouns, not pronouns), with
    whether each is plural and whether it is a name: the candidates a later pronoun can refer to."""
    if not has_dep(doc):
        return []
    out = []
    for tok in doc:
        if tok.dep_ not in {"nsubj", "nsubj:pass"} or tok.lower_ in W.weekdays:
            continue  # (a fronted "Dinsdag" the parse makes a subject is a time, not a referent)
        # a name the tagger took for an adjective or adverb ("Schoof was duidelijk") is a name
        mistagged_name = tok.pos_ not in {"PROPN", "NOUN"} and (is_known_name(doc, tok) or name_by_usage(doc, tok))
        if tok.pos_ not in {"PROPN", "NOUN"} and not mistagged_name:
            continue
        if tok.pos_ == "NOUN" and not is_agent_noun(tok):
            continue
        lo, hi = tok.i, tok.i + 1
        name = tok.pos_ == "PROPN" or mistagged_name
        for c in tok.subtree:
            if c.dep_ in {"flat", "compound", "det", "amod", "conj", "cc", "appos"} and abs(c.i - tok.i) <= 6:
                lo, hi = min(lo, c.i), max(hi, c.i + 1)
                name = name or (c.dep_ in {"flat", "appos", "compound"} and (
                    c.pos_ == "PROPN" or (c.text[:1].isupper() and c.is_alpha and not c.is_sent_start)))
        lo, hi = _trim_phrase(doc, lo, hi, tok.i)
        plural = "Number=Plur" in str(tok.morph) or any(c.dep_ == "conj" for c in tok.children)
        out.append((doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text), plural, name))
    return out


_AGENT_SUFFIXES = W.tuple("agent_suffixes")
_INFINITIVE_ENDINGS = W.tuple("infinitive_ending")
ORG_NOUNS = W.tuple("organisation_nouns")
_ORG_PLURAL_ENDINGS = W.tuple("organisation_plural_endings")


def is_agent_noun(tok: Token) -> bool:
    """A noun that can name a source: a person (minister, econoom, boeren) or an organisation."""
    word = (tok.lemma_ or tok.text).lower() if tok.lemma_ else tok.lower_
    low = tok.lower_
    if low.endswith(_AGENT_SUFFIXES) or word.endswith(_AGENT_SUFFIXES) or low.endswith(ORG_NOUNS) and len(low) > 3:
        return True
    # the plural of an organisation noun ("veiligheidsorganisaties", "regeringsfracties", "diensten")
    return tok.morph.get("Number") == ["Plur"] and any(
        low.endswith(end) and len(low) - len(end) > 3 and low[: -len(end)].endswith(ORG_NOUNS) for end in _ORG_PLURAL_ENDINGS)


def agent_phrase(doc: Doc, rng: tuple[int, int]) -> bool:
    """Whether a subject phrase names a person who can make a claim: a person or organisation
    noun or a personal pronoun (not "de cijfers", "dat"); names are ``verbs.named_subject``."""
    toks = doc[rng[0] : rng[1]]
    if any(t.lower_ in W.subject_pronouns for t in toks):
        return True
    head = next((t for t in toks if t.pos_ == "NOUN" and not (t.i + 1 < rng[1] and doc[t.i + 1].pos_ == "NOUN")), None)
    return head is not None and is_agent_noun(head) and head.lower_ not in W.thing_nouns_like_agents


def subject_phrases(doc: Doc) -> list[tuple[int, int, bool, bool]]:
    """Character spans of noun-phrase subjects (see :func:`find_subject_phrases`), once per doc."""
    return view(doc).subject_phrases


# -- clause edges ------------------------------------------------------------------------------------


def has_verb(doc: Doc, lo: int, hi: int) -> bool:
    if has_pos(doc):
        return any(t.pos_ in {"VERB", "AUX"} for t in doc[lo:hi])
    return any(t.lower_ not in PREPOSITIONS and t.text[:1].islower() and t.lower_ not in W.articles
               for t in doc[lo:hi])


def clause_start(doc: Doc, seg: Segment, i: int, openers: set[str]) -> int:
    """First token of the clause holding token ``i``: after the nearest ", maar/want/…" before it."""
    for j in range(i - 1, seg.start, -1):
        if doc[j].text == "," and doc[j + 1].lower_ in openers:
            return j + 1
    return seg.start


def runs_on(doc: Doc, tail: int, end: int) -> bool:
    """After an inverted cue and its source, whether ", …" continues the content (a clause or an
    adverbial: ", dankzij de handelsoorlog", ", omdat …") rather than an apposition (", hoogleraar …")
    or a new clause with "maar"."""
    if not (tail < end and doc[tail].text == "," and tail + 1 < end):
        return False
    nxt = doc[tail + 1]
    after = doc[tail + 2] if tail + 2 < end else None
    if nxt.lower_ in W.coordinators:
        # ", maar is dat zo?" starts a new clause; ", maar 'een strijdbare keuze'" goes on
        return nxt.lower_ in W.but and after is not None and has_pos(doc) and after.pos_ not in {"VERB", "AUX", "PRON"}
    if has_pos(doc):
        if nxt.pos_ in {"ADP", "SCONJ", "ADV", "VERB", "AUX"} or nxt.lower_ in PREPOSITIONS:
            return True
        return False  # a noun phrase: an apposition describing the source
    return nxt.lower_ in PREPOSITIONS or nxt.lower_ in W.runs_on_conjunctions


def v2_clause(doc: Doc, i: int, end: int) -> bool:
    """A main clause at ``i``: a subject phrase, the finite verb right after it and more words after
    that (a subordinate clause would end in its verb)."""
    if not has_pos(doc):
        return False
    j = i
    if doc[j].pos_ == "PRON" and doc[j].lower_ in W.v2_pronoun_subjects:
        j += 1
    elif doc[j].pos_ == "PROPN":
        while j < end and doc[j].pos_ == "PROPN":
            j += 1
    elif doc[j].pos_ == "DET":
        j += 1
        while j < end and doc[j].pos_ == "ADJ":
            j += 1
        if j >= end or doc[j].pos_ != "NOUN":
            return False
        j += 1
    else:
        return False
    if j >= end or doc[j].pos_ not in {"VERB", "AUX"} or "Fin" not in doc[j].morph.get("VerbForm"):
        return False
    return any(not t.is_punct for t in doc[j + 1 : end])


def author_of_document(doc: Doc, src: tuple[int, int], also: frozenset[str] = frozenset()) -> tuple[int, int]:
    """'cijfers van het CBS' → 'het CBS'; 'de regels van de EU' → 'de EU'; other phrases unchanged."""
    lo, hi = src
    nouns = _DOCUMENT_NOUNS | also
    if doc[lo].lower_ in nouns or (lo + 1 < hi and doc[lo + 1].lower_ in nouns):
        for k in range(lo, hi):
            if doc[k].lower_ in W.of_preposition and k + 1 < hi:
                return k + 1, hi
    return src


def te_infinitive(doc: Doc, lo: int, hi: int) -> bool:
    """Whether "te" + verb follows in ``[lo, hi)`` before a comma: "kondigde aan de troepen terug te trekken"."""
    for k in range(lo, hi - 1):
        if doc[k].text in {",", ";", ":"}:
            return False
        if doc[k].lower_ in W.te and doc[k + 1].pos_ in {"VERB", "AUX"}:
            return True
    return False


def name_with_apposition(doc: Doc, lo: int, hi: int) -> bool:
    """``Name, description`` with no verb: a subject with its apposition ("Thomas Mischke,
    vakbondsbestuurder bij de BDK")."""
    if not has_pos(doc) or hi - lo < 3:
        return False
    if doc[lo].pos_ == "NOUN" and lo + 1 < hi and doc[lo + 1].pos_ == "PROPN":
        lo += 1  # a role before the name: "Minister Jansen, de opvolger van Bakker, …"
    elif doc[lo].pos_ == "DET" and lo + 2 < hi and doc[lo + 1].pos_ == "NOUN" and is_agent_noun(doc[lo + 1]) and (
            doc[lo + 2].text == ","):
        lo += 1  # a body: "De politie, de grootste werkgever van de stad, …"
        return not any(t.pos_ in {"VERB", "AUX"} or t.text in ALL_MARKS for t in doc[lo:hi])
    if doc[lo].pos_ != "PROPN":
        return False
    toks = doc[lo:hi]
    comma = next((t.i for t in toks if t.text == ","), None)
    if comma is None or comma == lo or comma + 1 >= hi:
        return False
    head = doc[lo:comma]
    return all(t.pos_ == "PROPN" or t.lower_ in NAME_WORDS for t in head) and not any(
        t.pos_ in {"VERB", "AUX"} or t.text in ALL_MARKS for t in toks)


NAME_WORDS = frozenset(W.name_words)


def subject_by_order(doc: Doc, verb: Token, seg: Segment) -> tuple[int, int] | None:
    """For a participle or infinitive cue ("heeft beweerd", "wil ontkennen"): the subject by word
    order around the finite verb of its clause, the phrase before it or, after a fronted adverbial,
    the one right after it (the parse may take the content's first noun for the subject)."""
    fin = next((t for t in reversed(doc[seg.start : verb.i]) if t.pos_ in {"AUX", "VERB"}
                and "Fin" in t.morph.get("VerbForm")), None)
    if fin is None:
        return None
    before = np_before(doc, seg.start, fin.i)
    if before is not None and not _is_adverbial(doc, before):
        return before
    if fin.i >= seg.start + 2 and doc[seg.start].lower_ in W.subordinators and (not has_pos(doc) or doc[seg.start].pos_ == "SCONJ") and not any(
            t.text in {",", ";", ":"} for t in doc[fin.i : verb.i]):
        sub = np_after(doc, seg.start + 1, fin.i)  # verb-final: "Omdat de overheid heeft beloofd …"
        if sub is not None and sub[1] == fin.i and not _is_adverbial(doc, sub):
            return sub
    after = np_after(doc, fin.i + 1, verb.i)
    if after is not None and (doc[after[0]].lower_ not in W.not_inverted_subject or (
            after[1] - after[0] > 1 and has_pos(doc) and doc[after[0]].pos_ == "DET")):
        return after  # (an article opens a subject: "Intussen wil het kabinet wijzen op …"; "het" alone is an object)
    return None
