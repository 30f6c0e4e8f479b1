"""Cue verbs in a clause: where a verb of the cue lexicon stands (with its particle or cluster),
whether a modal governs it, the inverted cue after a content, and the cue verb's source."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ... import extensions as ext
from ...lang.cues import CueRow, lexicon
from ...lang.words import W
from .clauses import (
    ORG_NOUNS,
    PREPOSITIONS,
    author_of_document,
    np_after,
    subject_of,
    te_infinitive,
    v2_clause,
)
from .segments import Segment
from .view import end_char, has_pos, view

LEX = lexicon()
Cue = tuple[CueRow | None, int, int, Token]
"""(cue row, first token, token after the cue, verb token); the row is None for a verb outside
the lexicon that follows a direct quote ('„…”, klonk het')."""

# "erop", "ertoe": the particle with a pronominal prefix
_ER_PARTICLES = {p: frozenset(pre + p for pre in W.pronominal_prefix) for p in LEX.particle_forms}
_NOT_AFTER_SOURCE_HET = frozenset(W.not_after_source_het)


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
    if low not in LEX.any_form:
        return None  # the common case: no cue verb form at all
    tok = doc[i]
    # particle verbs: "liet … weten", "maakte … bekend", "voegde … toe"
    for particle, table in LEX.particle_forms.items():
        row = table.get(low)
        if row is None:
            continue
        for j in range(i + 1, min(seg.end, i + 9)):
            t = doc[j]
            if t.lower_ == particle and has_pos(doc) and j + 1 < seg.end and doc[j + 1].pos_ in {"DET", "NOUN", "PROPN", "NUM"} and (
                    particle in W.prepositional_particles) and not te_infinitive(doc, j + 1, seg.end):
                continue  # "geeft een commando aan alle drones": a preposition, not the particle
            before_particle = t.lower_ in row.particle_after and j + 1 < seg.end and doc[j + 1].lower_ == particle
            if t.lower_ == particle or t.lower_ in _ER_PARTICLES[particle] or before_particle:
                if t.lower_ in W.adverb_before_particle:
                    j += 1  # "voegde eraan toe"
                return row, i, j + 1, tok
            if t.text in {",", ".", ":", ";"} or t.lower_ in W.particle_barriers:
                break
    row = LEX.row(low)
    if row is None:
        return None
    prev = doc[i - 1].lower_ if i > seg.start else ""
    if prev in W.noun_determiners:
        return None  # "het bericht", "naar eigen zeggen": a noun, not a speech verb
    if has_pos(doc) and tok.pos_ in {"NOUN", "PROPN", "ADP", "DET"} and low in W.noun_homographs:
        return None
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
    return row, i, i + 1, tok


_MODALS = frozenset(W.modals)
_INFINITIVE_ENDINGS = W.tuple("infinitive_ending")


def under_modal(doc: Doc, verb: Token, seg: Segment) -> bool:
    """A cue verb in the infinitive governed by a modal: "moet beloven", "zou kunnen zeggen"."""
    if not verb.lower_.endswith(_INFINITIVE_ENDINGS) or verb.lower_ != (verb.lemma_ or verb.lower_).lower():
        return False
    return any(t.lower_ in _MODALS for t in doc[max(seg.start, verb.i - 4) : verb.i])


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
    k = j + 1
    while k < seg.end and doc[k].lower_ in W.skip_after_inverted_verb:
        k += 1
    src = np_after(doc, k, seg.end)
    if src is None:
        return None
    first = doc[src[0]].lower_
    if first in W.not_source_start | PREPOSITIONS or (first in W.neuter_pronoun and src[1] - src[0] == 1):
        return None
    if first in W.neuter_pronoun and doc[src[0] + 1].lower_ in _NOT_AFTER_SOURCE_HET:
        return None  # "…, vindt het een gevoelige kwestie": "het" is the object, not a source
    # the subject's phrase after a particle verb stops before the particle
    if hi > src[0] and src[1] >= hi:
        src = (src[0], min(src[1], hi - 1))
    return (lo, hi), src


def stop_before_inverted_cue(doc: Doc, start: int, end: int, seg: Segment) -> int:
    """End of a content clause: before ', zei hij' / ', aldus X' if the sentence has one."""
    ctx = view(doc)
    for k in range(start + 1, end):
        if doc[k].text == "," and k + 2 < end and doc[k + 1].lower_ in W.contrast_conjunctions and has_pos(doc) and (
                doc[k + 2].pos_ in {"VERB", "AUX"}):
            return k
        if doc[k].text == "," and k + 3 < end and doc[k + 1].lower_ in W.but and v2_clause(doc, k + 2, end) and not (
                ctx.opens_quote(start, k)):
            return k  # "…, maar Scholz wees dat idee van de hand": the writer's own main clause
        if doc[k].text == "," and k + 1 < end:
            nxt = doc[k + 1]
            if nxt.lower_ in W.aldus or nxt.lower_ in W.luiden_forms or (
                    nxt.lower_ in W.zo and k + 2 < end and doc[k + 2].lower_ in W.luiden_forms) or (
                    cue_at(doc, k + 1, seg) is not None and _inverted_form(nxt.text) and k + 2 < end and (
                    doc[k + 2].lower_ in W.inverted_subject_starts or (
                        doc[k + 2].pos_ in {"PROPN", "NOUN"} and not ctx.opens_quote(seg.start, start)))):
                return k
    return end


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
    if any(t.pos_ == "PROPN" for t in toks) or is_registry_like(doc, subj[0], subj[1]):
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
    if window & W.passive_auxiliaries and not any(
            t.lower_ in W.passive_agent for t in doc[verb.i : min(seg.end, verb.i + 6)]):
        return None, True  # "Er wordt gezegd dat …", "Ook wordt bevestigd dat …": no named source
    subj = subject_of(doc, verb, seg)
    if subj is None:
        return None, False
    return subj, False
