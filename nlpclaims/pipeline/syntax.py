"""Small syntactic helpers shared by the claim components: clause-aware segments, noun phrases
before and after a token, and subject lookup that uses the parse when there is one and word
order when there is not."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

DETERMINERS = frozenset({"de", "het", "een", "deze", "die", "dit", "zijn", "haar", "hun", "'t", "diens"})
PREPOSITIONS = frozenset({
    "in", "op", "aan", "bij", "met", "na", "naar", "om", "over", "tegen", "tijdens", "tot", "uit",
    "voor", "door", "zonder", "vanuit", "volgens", "namens", "onder", "binnen", "sinds", "via",
    "tussen", "rond", "rondom", "achter", "naast", "vanaf", "per", "wegens", "ondanks", "jegens",
})
STOP_AFTER_SOURCE = PREPOSITIONS | frozenset({
    "dat", "of", "om", "ook", "nog", "al", "wel", "niet", "eerder", "later", "vandaag", "gisteren",
    "zaterdag", "zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "donderdagavond",
    "afgelopen", "vanochtend", "vanavond", "vanmiddag", "toen", "daarna", "dan", "nu", "zelf",
    "er", "eraan", "erop", "ervan", "daarover", "daarop", "hierover", "onder", "meer", "verder",
    "inmiddels", "eveneens", "opnieuw", "daarbij", "bovendien", "vervolgens", "echter", "zo",
    "tegenover", "maar", "want", "omdat", "terwijl", "als", "waarin", "die", "dat", "wie", "wat",
    "begin", "eind", "medio",  # "vertelde deze vrouw begin dit jaar"
})
PRONOUNS = frozenset({"hij", "zij", "ze", "hem", "haar", "men", "ik", "wij", "we", "jij", "je", "u", "jullie", "het"})
CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "DET", "X", "SYM"})
_SENT_END = frozenset(".!?")


@dataclass(frozen=True)
class Segment:
    """A sentence, cut at line breaks: the unit attribution works on."""

    start: int  # token index
    end: int  # token index (exclusive)
    start_char: int
    end_char: int

    def span(self, doc: Doc) -> Span:
        return doc[self.start : self.end]


def segments(doc: Doc) -> list[Segment]:
    """The doc's sentences, also split at line breaks, without whitespace-only pieces."""
    sents = _rule_sentences(doc)
    out: list[Segment] = []
    for start, end in sents:
        piece_start = start
        for i in range(start, end):
            if "\n" in doc[i].text or (doc[i].is_space and "\n" in doc[i].whitespace_ + doc[i].text):
                _add_segment(doc, piece_start, i, out)
                piece_start = i + 1
            elif "\n" in doc[i].whitespace_:
                _add_segment(doc, piece_start, i + 1, out)
                piece_start = i + 1
        _add_segment(doc, piece_start, end, out)
    return out


def _add_segment(doc: Doc, start: int, end: int, out: list[Segment]) -> None:
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    if end > start:
        out.append(Segment(start, end, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)))


_CLOSERS = frozenset({"”", "’", "'", "''", '"', "»", "“"})
_OPENERS = frozenset({"„", "“", "‘", "'", '"', ",,", "«", "‚"})


def _rule_sentences(doc: Doc) -> list[tuple[int, int]]:
    """Sentence boundaries of Dutch news from punctuation and quote marks.

    A sentence ends at . ! ? or … (with a closing quote mark written against it) when the next
    word starts with a capital, a digit or an opening quote mark. The platform name in
    "schrijft hij op X." ends a sentence too (the tokenizer keeps "X." together as an initial)."""
    out, start, n = [], 0, len(doc)
    i = 0
    while i < n:
        tok = doc[i]
        if _is_platform_end(doc, i) or tok.text in {".", "!", "?", "…", "?!", "..."} or (
                tok.text.endswith(("!", "?")) and tok.is_punct):
            end = i + 1
            while end < n and doc[end].text in _CLOSERS and doc[end - 1].whitespace_ == "":
                end += 1
            nxt = doc[end] if end < n else None
            if nxt is None or nxt.is_space or nxt.text[:1].isupper() or nxt.text[:1].isdigit() or (
                    nxt.text in _OPENERS or nxt.text[:1] in "„“‘«"):
                out.append((start, end))
                start = end
                i = end
                continue
        i += 1
    if start < n:
        out.append((start, n))
    return out


def _is_platform_end(doc: Doc, i: int) -> bool:
    """``X.`` after ``op``/``via`` (the social network), where an initial cannot stand."""
    tok = doc[i]
    return (len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == "." and i > 0
            and doc[i - 1].lower_ in {"op", "via"})


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per doc (spaCy joins every token on each access)."""
    cached = doc.user_data.get("_nlpclaims_text")
    if cached is None or cached[0] != len(doc):
        cached = (len(doc), doc.text)
        doc.user_data["_nlpclaims_text"] = cached
    return cached[1]


def _has_annotation(doc: Doc, attr: str) -> bool:
    """``doc.has_annotation(attr)``, computed once per doc (it walks every token)."""
    key = f"_nlpclaims_has_{attr}"
    cached = doc.user_data.get(key)
    if cached is None or cached[0] != len(doc):
        cached = (len(doc), doc.has_annotation(attr))
        doc.user_data[key] = cached
    return cached[1]


def has_pos(doc: Doc) -> bool:
    return _has_annotation(doc, "POS")


def has_dep(doc: Doc) -> bool:
    return _has_annotation(doc, "DEP")


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
                    k == j + 1 and low == "van" and doc[k].lower_ in {"de", "het"}) and not (
                    k == j + 1 and low in _PREPOSITION_PARTICLES):
                # "in 't Veld", "Op den Brouw" are names; "op Twitter", "in Brussel" are not
                j = k + 1
                continue
        if low == "van" and saw_content and j + 1 < end:
            nxt = doc[j + 1]
            if nxt.text[:1].isupper() or (nxt.lower_ in {"de", "het"} and j + 2 < end and (doc[j + 2].text[:1].isupper() or not pos or doc[j + 2].pos_ in {"NOUN", "PROPN", "ADJ"})):
                j += 1
                continue
            break
        if low == "voor" and saw_content and doc[j - 1].lower_ in _ORG_HEADS and j + 1 < end and (
                doc[j + 1].text[:1].isupper() or (doc[j + 1].lower_ in {"de", "het"} and j + 2 < end
                                                  and doc[j + 2].text[:1].isupper())):
            j += 1  # inside an organisation's name: "Forum voor Democratie", "Partij voor de Dieren"
            continue
        if low in {"en", "&"} and saw_content:
            if allow_conj and j + 1 < end and (doc[j + 1].text[:1].isupper() or doc[j + 1].lower_ in DETERMINERS):
                j += 1
                continue
            break
        if low in STOP_AFTER_SOURCE and not (tok.text[:1].isupper() and j > i and not pos) and not is_acronym(tok):
            if not (j == i and low in {"die", "dit", "deze"}):
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
        if j - 1 == i and doc[j - 1].lower_ in PRONOUNS and doc[j - 1].lower_ != "het":
            break
    while j > i and doc[j - 1].lower_ in DETERMINERS | {"van", "en", ","}:
        j -= 1
    return (i, j) if j > i else None


# Heads of organisation names with "voor": "Forum voor Democratie", "Raad voor de Rechtspraak".
_ORG_HEADS = frozenset({
    "forum", "partij", "bureau", "raad", "college", "instituut", "stichting", "vereniging", "centrum", "fonds",
    "comité", "commissie", "autoriteit", "agentschap", "dienst", "federatie", "bond", "unie", "platform",
    "genootschap", "academie", "kamer", "bank", "organisatie", "beweging", "alliantie", "front",
})


def _title_before_name(doc: Doc, k: int, end: int) -> bool:
    """Nouns and adjectives from ``k`` up to a name: the rest of a title ("… koninklijk huis Kysia")."""
    stop = min(end, k + 6)
    while k < stop and (doc[k].pos_ in {"NOUN", "ADJ"} or doc[k].lower_ == "en") and not (
            doc[k].pos_ == "NOUN" and doc[k].text[:1].isupper() and k + 1 < end and doc[k + 1].pos_ == "PROPN"):
        k += 1
    return k < end and (doc[k].pos_ == "PROPN" or doc[k].text[:1].isupper())


def _apposition_name(doc: Doc, j: int, end: int) -> bool:
    """``X, Y,`` where Y is a capitalised name: 'de woordvoerder, Dmitri Peskov,'."""
    k = j + 1
    while k < end and k < j + 4 and doc[k].text[:1].isupper() and doc[k].is_alpha:
        k += 1
    return k > j + 1 and k < end and doc[k].text == ","


from ..lang.cues import DOCUMENT_NOUNS as _DOCUMENT_NOUNS  # noqa: E402

_NAME_PARTICLES = frozenset({"van", "der", "den", "de", "ter", "ten", "te", "in", "'t", "op"})


def _looks_verbal(tok: Token) -> bool:
    low = tok.lower_
    if tok.text[:1].isupper():
        return False
    from ..lang.cues import FORM_TO_LEMMA

    return low in FORM_TO_LEMMA or low in {"is", "was", "zijn", "waren", "heeft", "had", "hebben", "wordt", "werd", "zal", "zou", "kan", "moet"}


def np_before(doc: Doc, seg_start: int, i: int) -> tuple[int, int] | None:
    """Token range of the noun phrase that ends just before ``i`` and opens the clause."""
    if i <= seg_start:
        return None
    start = seg_start
    for k in range(i - 1, seg_start - 1, -1):
        t = doc[k]
        if t.text in {",", ":", ";", "(", "—", "–"} or t.text in "„“”\"'‘’":
            start = k + 1
            break
    span = np_after(doc, start, i)
    if span is None or span[1] != i:
        return None
    return span


def subject_of(doc: Doc, verb: Token, seg: Segment, end: int | None = None) -> tuple[int, int] | None:
    """Token range of the subject of ``verb``: nsubj from the parse, else word order. With ``end``,
    only tokens before it are considered (never inside the quote a cue introduces)."""
    if end is not None and end < seg.end:
        seg = Segment(seg.start, end, seg.start_char, doc[end - 1].idx + len(doc[end - 1].text))
    if verb.i > seg.start + 1 and doc[verb.i - 1].lower_ in {"die", "wie"} and doc[verb.i - 2].text == ",":
        # "de Japanse premier Abe, die zei dat …": the antecedent before the comma
        ante = np_before(doc, seg.start, verb.i - 2)
        if ante is not None:
            return ante
    inverted = _inverted_name(doc, verb, seg)
    if inverted is not None:
        return inverted
    if has_dep(doc):
        heads = [verb]
        if verb.dep_ in {"xcomp", "aux", "ccomp"} and verb.head is not verb:
            heads.append(verb.head)
        elif verb.dep_ == "conj" and verb.head is not verb and not any(
                c.dep_ in {"nsubj", "nsubj:pass"} for c in verb.children):
            heads.append(verb.head)  # "Het hof wees … af en oordeelde dat …": the shared subject
        heads += [c for c in verb.children if c.dep_ in {"aux", "aux:pass"}]
        found = []
        for head in heads:
            for child in head.children:
                if child.dep_ in {"nsubj", "nsubj:pass"} and seg.start <= child.i < seg.end:
                    if child.lower_ in {"die", "dat", "wie", "welke"} and head.dep_ == "acl:relcl":
                        return _subject_range(doc, head.head, seg)  # "Abe, die zei dat …": the antecedent
                    if (child.lower_ in STOP_AFTER_SOURCE or child.pos_ in {"ADV", "ADP", "SCONJ", "VERB", "AUX"}) and not (
                            is_known_name(doc, child) or is_acronym(child)):
                        continue
                    found.append(child)
        if found:
            # A parser may give a clause two subjects: names and pronouns beat nouns, then the
            # phrase before the verb (V2) beats the one after it.
            def rank(tok: Token) -> tuple[int, int, int]:
                has_name = tok.pos_ in {"PROPN", "PRON"} or any(
                    (c.pos_ == "PROPN" or c.text[:1].isupper()) and c.dep_ in {"flat", "appos", "compound"}
                    for c in tok.children)
                return (0 if has_name else 1, 0 if tok.i < verb.i else 1, abs(tok.i - verb.i))

            return _subject_range(doc, min(found, key=rank), seg)
    # Word order: V2 with the subject first, or inverted with the subject after the finite verb.
    before = np_before(doc, seg.start, verb.i)
    if before is not None and not _is_adverbial(doc, before):
        return before
    k = verb.i + 1
    while k < seg.end and doc[k].lower_ in {"ook", "nog", "wel", "daarom", "echter", "eerder", "al", "er"}:
        k += 1
    after = np_after(doc, k, seg.end)
    if after is not None and doc[after[0]].lower_ not in {"dat", "het", "er"}:
        return after
    return None


# Surname particles inside a name right after a verb; without the prepositions of
# _NAME_PARTICLES, which there would swallow "zegt Rutte in Brussel dat".
# Particles that are prepositions when a capitalised word follows them directly.
_PREPOSITION_PARTICLES = frozenset({"in", "op", "te"})
_INVERTED_NAME_PARTICLES = (_NAME_PARTICLES - _PREPOSITION_PARTICLES) | {"von", "le", "la", "di", "da"}
_AFTER_INVERTED_NAME = frozenset({"dat", "of", ",", ".", ":"})


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
    if not (doc[verb.i - 1].text in {","} | _CLOSERS or first.lower_ in STOP_AFTER_SOURCE
            or (has_pos(doc) and first.pos_ in {"ADV", "ADP", "SCONJ"})):
        return None
    if doc[k].lower_ in {"hij", "zij", "ze", "het", "de", "een", "die", "dat", "er", "ik", "wij", "we"}:
        return None
    end = name_start + 1
    while end < seg.end and (doc[end].text[:1].isupper() and doc[end].is_alpha or (
            doc[end].lower_ in _INVERTED_NAME_PARTICLES and end + 1 < seg.end and doc[end + 1].text[:1].isupper())):
        end += 1
    if end < seg.end and doc[end].lower_ in _AFTER_INVERTED_NAME:
        return (k, end)
    if end == seg.end:
        return (k, end)
    return None


def is_known_name(doc: Doc, tok: Token) -> bool:
    """Whether the speaker tagger found a registry name on this token (whatever its POS tag)."""
    key = "_nlpclaims_known_name_tokens"
    cached = doc.user_data.get(key)
    if cached is None:
        from .. import extensions as ext

        cached = set()
        for src in doc._.get(ext.SOURCES):
            for t in doc.char_span(src.start, src.end, alignment_mode="expand") or []:
                cached.add(t.i)
        doc.user_data[key] = cached
    return tok.i in cached


def _is_adverbial(doc: Doc, rng: tuple[int, int]) -> bool:
    first = doc[rng[0]]
    if is_known_name(doc, first) or is_acronym(first):
        return False
    return first.lower_ in PREPOSITIONS or first.lower_ in STOP_AFTER_SOURCE or (has_pos(doc) and first.pos_ in {"ADV", "ADP", "SCONJ"})


# Nouns that take a bare noun after them: "een groep vrouwen", "een aantal klanten".
_MEASURE_NOUNS = frozenset({
    "groep", "groepje", "aantal", "paar", "reeks", "deel", "meerderheid", "minderheid", "handvol", "rij", "stel",
    "hoop", "massa", "menigte", "schare", "delegatie", "team", "ploeg", "soort", "type", "tal", "kwart", "helft",
    "dozijn", "honderden", "duizenden", "tientallen", "miljoenen", "tienduizenden", "honderdduizenden",
})


def _subject_range(doc: Doc, head: Token, seg: Segment) -> tuple[int, int]:
    """The subject's phrase: its left part and name/apposition parts, not relative clauses."""
    keep = {"det", "amod", "flat", "compound", "nmod", "case", "appos", "conj", "cc", "nummod", "punct", "fixed", "nmod:poss"}
    lo, hi = head.i, head.i
    stack = [head]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in keep and seg.start <= c.i < seg.end and not (c.dep_ == "punct" and c.i > head.i and c.i >= hi):
                if c.dep_ == "nmod" and c.i > head.i + 8:
                    continue
                if c.dep_ == "nmod" and c.i == t.i + 1 and c.pos_ == "NOUN" and c.text[:1].islower() and not any(
                        g.dep_ == "case" for g in c.children) and t.lower_ not in _MEASURE_NOUNS and any(
                        g.dep_ == "det" for g in t.children):
                    continue  # "riep de gemeente supporters op": a second noun phrase, not part of the subject
                lo, hi = min(lo, c.i), max(hi, c.i)
                stack.append(c)
    while hi > lo and doc[hi].is_punct:
        hi -= 1
    while lo < hi and (doc[lo].is_punct or doc[lo].lower_ in {"en"}):
        lo += 1
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
            if nxt is None or k + 1 >= end or nxt.text[:1].isupper() or nxt.text[:1] in "„“\"'‘«" or nxt.is_space:
                return k
    return end


_RELATIVE_WORDS = frozenset({"die", "dat", "wie", "wat", "welke", "waarvan", "waarin", "waarop", "waarmee"})


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


def subject_phrases(doc: Doc) -> list[tuple[int, int, bool, bool]]:
    """Character spans of noun-phrase subjects in the doc (names and nouns, not pronouns), with
    whether each is plural and whether it is a name: the candidates a later pronoun can refer to."""
    if not has_dep(doc):
        return []
    out = []
    for tok in doc:
        if tok.dep_ not in {"nsubj", "nsubj:pass"} or tok.pos_ not in {"PROPN", "NOUN"}:
            continue
        if tok.pos_ == "NOUN" and not is_agent_noun(tok):
            continue
        lo, hi = tok.i, tok.i + 1
        name = tok.pos_ == "PROPN"
        for c in tok.subtree:
            if c.dep_ in {"flat", "compound", "det", "amod", "conj", "cc", "appos"} and abs(c.i - tok.i) <= 6:
                lo, hi = min(lo, c.i), max(hi, c.i + 1)
                name = name or (c.dep_ in {"flat", "appos", "compound"} and (
                    c.pos_ == "PROPN" or (c.text[:1].isupper() and c.is_alpha and not c.is_sent_start)))
        lo, hi = _trim_phrase(doc, lo, hi, tok.i)
        plural = "Number=Plur" in str(tok.morph) or any(c.dep_ == "conj" for c in tok.children)
        out.append((doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text), plural, name))
    return out


_AGENT_SUFFIXES = (
    "ers", "aar", "aars", "ist", "isten", "ent", "enten", "eur", "eurs", "ant", "anten", "man", "mannen",
    "lieden", "leden", "lid", "vrouw", "vrouwen", "oloog", "ologen", "icus", "ici", "ier", "iers", "ster", "sters",
    "baas", "bazen", "chef", "chefs", "econoom", "economen", "genaam", "genamen", "trix", "ees", "ezen",
    "voorzitter", "woordvoerder", "minister", "ministers", "premier", "president", "kanselier", "koning",
    "koningin", "burgemeester", "wethouder", "rechter", "advocaat", "advocaten", "officier", "agent", "agenten",
    "boer", "boeren", "arts", "artsen", "expert", "experts", "coach", "trainer", "speler", "speelster",
)
ORG_NOUNS = (
    "kabinet", "regering", "ministerie", "partij", "bond", "commissie", "raad", "bank", "luchtmacht", "leger",
    "politie", "rechtbank", "hof", "krant", "persbureau", "agentschap", "dienst", "organisatie", "unie",
    "vereniging", "stichting", "inspectie", "gemeente", "provincie", "universiteit", "instituut", "fractie",
    "coalitie", "oppositie", "kremlin", "huis", "bedrijf", "museum", "loterij", "omroep", "bank", "fonds",
    "corporaties", "provincies", "gemeenten", "bonden", "partijen", "bedrijven", "landen",
)


def is_agent_noun(tok: Token) -> bool:
    """A noun that can name a source: a person (minister, econoom, boeren) or an organisation."""
    word = (tok.lemma_ or tok.text).lower() if tok.lemma_ else tok.lower_
    low = tok.lower_
    return low.endswith(_AGENT_SUFFIXES) or word.endswith(_AGENT_SUFFIXES) or low.endswith(ORG_NOUNS) and len(low) > 3
