"""``nlpclaims_claims``: resolve each claim's source phrase to a speaker (registry names, roles,
pronouns, descriptions, other named sources), split joint sources, link quantities, and set the
typed ``doc._.claims``, ``doc._.quantities`` and ``doc._.speakers``."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache
from itertools import accumulate

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions as ext
from ..lang.cues import DOCUMENT_SOURCES, FIRST_SECOND_PERSON, SECOND_PERSON, SUBJECT_PRONOUNS
from ..lang.persons import persons
from ..lang.words import W
from ..registry import fold, slugify
from ..schema import UNKNOWN_SPEAKER_ID, Claim, Quantity, Speaker
from .attribution import RawClaim
from .identity import ArticleSpeakers
from .speakers import SourceSpan
from .attribution.segments import _TOKENS_KEY
from .attribution.view import _KEY as _VIEW_KEY
from .syntax import PREPOSITIONS, doc_text, subject_phrases

_SUBJECTS_KEY = "_nlpclaims_subjects"
_NAMES_KEY = "_nlpclaims_person_names"
_NAMED_SUBJECTS_KEY = "_nlpclaims_named_subjects"


def _drop_working_caches(doc: Doc) -> None:
    """Free the per-document views and the token table the components built while reading ``doc``:
    the views point back at the Doc, so left in ``doc.user_data`` they would keep every processed
    Doc alive until a full garbage collection (a batch worker's memory would grow with each article)."""
    for key in (_VIEW_KEY, _TOKENS_KEY, _SUBJECTS_KEY, _NAMES_KEY, _NAMED_SUBJECTS_KEY):
        doc.user_data.pop(key, None)

_MAX_NAME_WORDS = 9
_PLURAL_ENDINGS = W.tuple("plural_endings")
_SURNAME_ARTICLES = frozenset(w.capitalize() for w in W.common_article)  # "De Vries", "De Jong"


def _alternation(words) -> str:
    """A regex alternation of the listed words."""
    return "|".join(re.escape(w) for w in sorted(words))
_PRONOUN_LOOKBACK = 1500


class ClaimAssembler:
    """Builds the typed claims of a doc from the attribution and quantity components' output."""

    def __init__(self, nlp: Language, name: str = "nlpclaims_claims", *, split_joint_sources: bool = True) -> None:
        self.name = name
        self.split_joint_sources = split_joint_sources
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        registry = self._registry()
        text = doc_text(doc)
        sources: list[SourceSpan] = list(doc._.get(ext.SOURCES))
        speakers: dict[str, Speaker] = dict(doc._.get(ext.SPEAKERS))
        free = ArticleSpeakers(registry, _kind)
        history: list[tuple[int, list[str]]] = []  # (char, speaker ids) of resolved claims
        claims: list[Claim] = []
        for raw in doc._.get(ext.RAW_CLAIMS):
            ids, mention = self._resolve(doc, raw, sources, registry, free, history)
            if mention is not None and raw.kind == "indirect" and fold(mention[0]) in SECOND_PERSON:
                continue  # "Hier vind je het overzicht": the reader is addressed, nobody claims anything
            if raw.unknown and claims and _continues(doc_text(doc), raw, claims[-1]):
                ids = [claims[-1].speaker]  # "Het Witte Huis verklaart … Ook wordt bevestigd dat …"
            if not ids and raw.inherit:
                continue  # a quote with no cue and no speaker before it: a title or a lead quote
            if not ids:
                ids = [UNKNOWN_SPEAKER_ID]
            for sid in ids:
                speaker = self._speaker(sid, registry, free)
                if speaker is not None:
                    speakers.setdefault(sid, speaker)
                claims.append(self._claim(doc, raw, len(claims), sid, speaker, mention))
            if ids != [UNKNOWN_SPEAKER_ID] and not (mention is not None and _is_document(mention[0])):
                # a document ("volgens de aanklacht") speaks only where it is cited: no quote or
                # pronoun after it refers back to it
                history.append((raw.source[0] if raw.source else raw.start, ids))
        claims, speakers = _final_ids(claims, speakers, free)
        quantities = self._link_quantities(list(doc._.get(ext.QUANTITIES)), claims)
        doc._.set(ext.CLAIMS, claims)
        doc._.set(ext.QUANTITIES, quantities)
        doc._.set(ext.SPEAKERS, speakers)
        del text
        _drop_working_caches(doc)
        return doc

    # -- speakers ------------------------------------------------------------------------------
    def _registry(self):
        if "nlpclaims_speakers" in self.nlp.pipe_names:
            return self.nlp.get_pipe("nlpclaims_speakers").registry
        from ..registry import SpeakerRegistry

        return SpeakerRegistry.default()

    def _speaker(self, sid: str, registry, free: ArticleSpeakers) -> Speaker | None:
        if sid == UNKNOWN_SPEAKER_ID:
            return Speaker(id=UNKNOWN_SPEAKER_ID, name="onbekend", kind="unknown")
        return registry.get(sid) or free.get(sid)

    def _resolve(self, doc: Doc, raw: RawClaim, sources: list[SourceSpan], registry, free, history):
        """Speaker ids for a claim and the (text, start, end) of the words they came from."""
        text = doc_text(doc)
        if raw.unknown:
            return [], None
        if raw.source is None:
            if raw.inherit:
                return self._continued(doc, raw, sources, history, registry, free), None
            subject = _cue_subject(doc, raw)
            if subject is not None:  # "Donderdag concludeert het ministerie dat …"
                return self._resolve(doc, _with_source(raw, subject), sources, registry, free, history)
            return [], None
        s, e = _whole_name(doc, *raw.source, raw)
        phrase = text[s:e]
        if persons().is_time_or_interjection(phrase) or _is_cue_object(doc, raw) or _fronted_adverbial(doc, s, e, raw):
            # "Vanavond vertelt hij", "Kalm, zegt ze", "De verklaringen noemde de rechter …":
            # a fronted adverbial or object is never the source; the cue's subject is
            subject = _cue_subject(doc, raw)
            if subject is None or subject == raw.source:
                return [], None
            return self._resolve(doc, _with_source(raw, subject), sources, registry, free, history)
        other = _subject_of_another_clause(doc, s, e, raw)
        if other is not None and other != (s, e):  # "Premier Schoof wist van niets en de Ugandese minister ontkende dat …"
            return self._resolve(doc, _with_source(raw, other), sources, registry, free, history)
        mention = (phrase, s, e)
        appos = _name_apposition(phrase)
        if appos is not None:  # "De adviseur van het Witte Huis, legerofficier Alexander Vindman"
            s, phrase = s + appos, phrase[appos:]
        words = phrase.split()
        low = fold(phrase)
        part_of = _PART_OF_PRONOUN.match(low)
        if part_of and all(w in persons().quantity_nouns | persons().number_words | persons().quantifiers
                           | W.articles | W.size_adjectives for w in part_of.group(1).split()):
            low = part_of.group(2)  # "een deel van hen", "velen van hen": the group "hen" refers to
        if len(words) > 1 and set(fold(phrase).split()) & SECOND_PERSON:
            return [], mention  # "Vergis je niet, …": the reader is addressed, nobody is named
        if low in FIRST_SECOND_PERSON:
            # "ik"/"we" in a quote's cue: the quoted speaker talks about themself — unknown here
            return [], mention
        if low in SUBJECT_PRONOUNS or low in W.group_pronouns:
            # The antecedent is never inside the claim, except for back-references ("A. Dat zei hij.").
            exclude = (0, 0) if raw.how.startswith(("backref", "evidential-backref")) else (raw.start, raw.end)
            return self._pronoun(doc, low, s, sources, registry, free, history, exclude=exclude), mention
        description = _description(phrase)
        if description is not None:
            # "de Oekraïner", "de 47-jarige schaatser": the person the article was talking about
            exclude = (0, 0) if raw.how.startswith(("backref", "evidential-backref")) else (raw.start, raw.end)
            ids = self._described(doc, description, s, sources, registry, free, history, exclude)
            if ids:
                return ids, mention
        parts = _split_joint(phrase, s) if self.split_joint_sources else [(phrase, s)]
        ids: list[str] = []
        for part, ps in parts:
            pe = ps + len(part)
            inside = [src for src in sources if src.start >= ps and src.end <= pe
                      and not _dependent_mention(text, src, ps, pe, registry)]
            if inside:
                # The phrase names a registry speaker: the first named one is the source.
                ids.append(inside[0].speaker)
                continue
            sid = self._free_speaker(part, free, history, registry, descriptive_first=_adjective_first(doc, ps, pe),
                                     plural_noun=_plural_noun(doc, ps, pe))
            if sid:
                ids.append(sid)
        # de-duplicate, keep order
        seen: list[str] = []
        for sid in ids:
            if sid not in seen:
                seen.append(sid)
        if len(words) > 1 and len(seen) > 1 and len(parts) == 1:
            seen = seen[:1]
        return seen, mention

    def _continued(self, doc: Doc, raw: RawClaim, sources: list[SourceSpan], history, registry, free) -> list[str]:
        """A cue-less quote: the person the previous sentence is about, else the last speaker."""
        lead = [s for s in sources if raw.extra.get("prev_sentence", (0, 0))[0] <= s.start < raw.sentence[0]
                and s.start < raw.extra.get("prev_sentence", (0, 0))[1]]
        last = history[-1] if history and raw.start - history[-1][0] < _PRONOUN_LOOKBACK else None
        prev_start = raw.extra.get("prev_sentence", (0, 0))[0]
        if last is not None and last[0] >= prev_start - 1:
            return list(last[1])  # the sentence before was a claim: its speaker goes on
        subject = raw.extra.get("lead_subject")
        if subject is not None and not _genitive_modifier(doc, *subject):
            lead_raw = RawClaim("direct", raw.start, raw.end, None, None, None, tuple(subject), raw.sentence, "lead")
            ids, _ = self._resolve(doc, lead_raw, sources, registry, free, history)
            if ids:
                return ids
        prev = raw.extra.get("prev_sentence")
        if prev is not None and (last is None or last[0] < prev[0]):
            # a person introduced as a subject in the sentence before the quote ("…, legt Ester
            # Barendrecht, hoofd van het onderzoeksbureau, uit."): the quote is theirs
            named = [(a, b) for a, b, plural, name in _subjects(doc) + _named_subjects(doc)
                     if name and not plural and prev[0] <= a < prev[1] and not _genitive_modifier(doc, a, b)]
            fronted = _fronted_name(doc, *prev)
            if fronted is not None and fronted not in named:
                named.append(fronted)
            for a, b in sorted(named):
                lead_raw = RawClaim("direct", raw.start, raw.end, None, None, None, (a, b), raw.sentence, "lead")
                ids, _ = self._resolve(doc, lead_raw, sources, registry, free, history)
                speaker = self._speaker(ids[0], registry, free) if len(ids) == 1 else None
                if speaker is not None and speaker.kind == "person":
                    return ids
        if last is not None and raw.start - last[0] < 1200:
            return list(last[1])
        if lead:
            speaker = registry.get(lead[0].speaker)
            if speaker is not None and speaker.kind == "person":
                return [lead[0].speaker]
        return list(last[1]) if last else []

    def _described(self, doc: Doc, description: tuple[str, str | None, str | None], pos: int,
                   sources: list[SourceSpan], registry, free, history, exclude: tuple[int, int]) -> list[str]:
        """The person a description refers back to: a nationality noun to the last registry speaker
        with that nationality in a role, else (and for an age) the nearest person of that gender."""
        kind, adjective, gender = description
        if adjective:
            for src in sorted((x for x in sources if x.start < pos and not exclude[0] <= x.start < exclude[1]),
                              key=lambda x: -x.start):
                speaker = registry.get(src.speaker)
                if speaker is not None and speaker.kind == "person" and any(
                        adjective in fold(role.title).split() for role in speaker.roles):
                    return [speaker.id]
        return self._pronoun(doc, f"_person{gender or ''}", pos, sources, registry, free, history, exclude=exclude)

    def _pronoun(self, doc: Doc, pron: str, pos: int, sources: list[SourceSpan], registry, free, history,
                 exclude: tuple[int, int] = (0, 0)) -> list[str]:
        """The nearest earlier speaker or subject that fits the pronoun (hij: a man; ze: a group,
        an organisation or a woman)."""
        plural_pron = pron in W.plural_pronouns
        singular_verb = pron in W.she_or_they and _verb_number(doc, pos) == "Sing"
        if singular_verb:
            plural_pron = False  # "Zij wil …": one woman, not a group
        cands: list[tuple[int, list[str] | tuple[int, int], bool]] = []
        cands += [(c, list(ids), len(ids) > 1) for c, ids in history if c < pos]
        cands += [(src.start, [src.speaker], False) for src in sources if src.start < pos]
        subjects = _subjects(doc) + _named_subjects(doc)
        cands += [(s, (s, e), plural) for s, e, plural, name in subjects
                  if s < pos and (name or (plural and plural_pron))]
        # personal names that are no subject ("de nota van Kamerlid Songül Mutluer. Zij wil …"),
        # ranked behind subjects
        names = [(s, e) for s, e in _person_names(doc) if s < pos and not any(a <= s < b for a, b, _, _ in subjects)]
        cands += [(s, (s, e), False) for s, e in names]
        name_starts = {s for s, _ in names}
        # Never inside its own claim, except the name opening it: "Heinen is tevreden, zegt hij".
        cands = [c for c in cands if not exclude[0] <= c[0] < exclude[1]
                 or (c[0] - exclude[0] <= 3 and isinstance(c[1], tuple))]
        subject_ranges = sorted((s, e) for s, e, _, _ in subjects)
        subject_starts = [s for s, _ in subject_ranges]
        subject_reach = list(accumulate((e for _, e in subject_ranges), max))  # furthest end so far
        claimed = [(c, ids) for c, ids in history]

        def in_subject(char: int) -> bool:
            k = bisect_right(subject_starts, char)  # the subjects starting at or before char
            return k > 0 and subject_reach[k - 1] > char

        def score(cand) -> float:
            char, ref, _ = cand
            is_subject = (isinstance(ref, tuple) and char not in name_starts) or in_subject(char) or (
                (char, ref) in claimed)
            return (pos - char) + (0 if is_subject else 120)

        cands.sort(key=score)
        for char, ref, plural in cands:
            if pos - char > _PRONOUN_LOOKBACK:
                continue
            if isinstance(ref, tuple):
                phrase = doc_text(doc)[ref[0] : ref[1]]
                if fold(phrase) in SUBJECT_PRONOUNS:
                    continue
                as_source = RawClaim("indirect", ref[0], ref[1], None, None, None, ref, (ref[0], ref[1]), "antecedent")
                ids, _ = self._resolve(doc, as_source, sources, registry, free, [])
                if not ids:
                    continue
            else:
                ids = ref
            if len(ids) > 1:
                if plural_pron:
                    return list(ids)
                continue
            speaker = registry.get(ids[0]) or free.get(ids[0])
            if speaker is None:
                continue
            if pron in W.masculine_pronouns or pron.startswith("_person"):
                wrong = {**dict.fromkeys(W.masculine_pronouns, "f"), "_personm": "f", "_personf": "m"}.get(pron)
                if speaker.kind == "person" and (wrong is None or speaker.gender != wrong) and not plural:
                    return ids
                continue
            # ze / zij / haar / hen
            if singular_verb and (plural or speaker.kind == "group"):
                continue
            if plural or speaker.kind in {"organisation", "group", "country"} or speaker.gender == "f" or (
                    speaker.kind == "person" and speaker.gender is None):
                return ids
        return []

    def _free_speaker(self, phrase: str, free: ArticleSpeakers, history, registry, *,
                      descriptive_first: bool = False, plural_noun: bool = False) -> str | None:
        """An id for a source outside the registry; the same id for later forms of its name."""
        return free.resolve(_clean_name(phrase), descriptive_first=descriptive_first, plural_noun=plural_noun)

    # -- output --------------------------------------------------------------------------------
    def _claim(self, doc: Doc, raw: RawClaim, index: int, sid: str, speaker: Speaker | None, mention) -> Claim:
        text = doc_text(doc)
        return Claim(
            id=f"c{index}", kind=raw.kind, text=text[raw.start : raw.end], start=raw.start, end=raw.end,
            speaker=sid, speaker_name=speaker.name if speaker else sid,
            speaker_mention=mention[0] if mention else None,
            speaker_mention_start=mention[1] if mention else None,
            speaker_mention_end=mention[2] if mention else None,
            cue=raw.cue, cue_start=raw.cue_start, cue_end=raw.cue_end,
            sentence_start=min(raw.sentence[0], raw.start), sentence_end=max(raw.sentence[1], raw.end),
            confidence=raw.confidence if sid != UNKNOWN_SPEAKER_ID else min(raw.confidence, 0.5),
            rule=raw.rule,
        )

    def _link_quantities(self, quantities: list[Quantity], claims: list[Claim]) -> list[Quantity]:
        out = []
        for q in quantities:
            owner = next((c for c in claims if c.start <= q.start and q.end <= c.end), None)
            if owner is None:
                owner = next((c for c in claims if c.kind == "indirect" and c.cue in W.volgens
                              and c.sentence_start <= q.start < c.sentence_end), None)
            if owner is not None:
                q = q.model_copy(update=dict(speaker=owner.speaker if owner.speaker != UNKNOWN_SPEAKER_ID else None,
                                         claim=owner.id))
                owner.quantities.append(q)
            out.append(q)
        return out

    def to_disk(self, path, *, exclude: Iterable[str] = ()) -> None:
        return None

    def from_disk(self, path, *, exclude: Iterable[str] = ()) -> "ClaimAssembler":
        return self


_PART_OF_PRONOUN = re.compile(rf"^(.+?)\s+(?:{_alternation(W.of_preposition)})\s+({_alternation(W.group_pronouns)})$")
_SUBJECT_HEADS = frozenset({"NOUN", "PROPN", "PRON"})




def _whole_name(doc: Doc, start: int, end: int, raw: RawClaim) -> tuple[int, int]:
    """The source phrase grown to the whole name it cuts: 'de Vries' in 'Peter de Vries, die zei',
    'Marieke' in 'Marieke de Vries', 'Scholten' in 'Scholten op Reimer'."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return start, end
    a, b = span.start, span.end
    # left: "de Vries" after "Peter"
    if span[0].text[:1].islower() and fold(span[0].text) in persons().surname_particles and a > 0 and \
            doc[a - 1].pos_ == "PROPN" and doc[a - 1].text[:1].isupper():
        a -= 1
        while a > 0 and doc[a - 1].pos_ == "PROPN" and doc[a - 1].text[:1].isupper() and not doc[a].is_sent_start:
            a -= 1
    if doc[a].pos_ == "PROPN" and a > 0 and doc[a - 1].text[:1].islower() and persons().is_role(doc[a - 1].text):
        a -= 1  # "met topman Peter de Vries, die zei": the role says who (and which gender)
    # right: "Marieke" before "de Vries"
    if doc[b - 1].pos_ == "PROPN" and doc[b - 1].text[:1].isupper():
        k = b
        while k < len(doc) and doc[k].text[:1].islower() and fold(doc[k].text) in persons().particles and k - b < 3:
            k += 1
        particle = " ".join(fold(t.text) for t in doc[b:k])
        if k > b and k < len(doc) and particle in persons().surname_particle_phrases and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and \
                not raw.start <= doc[k].idx < raw.end and (raw.cue_start is None or doc[k].idx < raw.cue_start
                                                           or doc[k].idx >= (raw.cue_end or 0)):
            b = k + 1
    if a == span.start and b == span.end:
        return start, end
    if raw.start < doc[b - 1].idx + len(doc[b - 1].text) and doc[a].idx < raw.end:
        return start, end  # never into the claim's content
    return doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)


_GOVERNING_PREPOSITIONS = re.compile(
    rf"\b({_alternation(W.governing_prepositions)})\s+((?:{_alternation(W.definite_articles)})\s+)?$")


def _dependent_mention(text: str, src: SourceSpan, start: int, end: int, registry) -> bool:
    """Whether a registry name inside a source phrase only modifies its head: a genitive before
    more words ('president Trumps adviseur Peter Navarro') or the complement of a noun ('een
    woordvoerder van Poetin'). The source is then the head, not the registry speaker."""
    name = text[src.start:src.end]
    after = text[src.end:end]
    speaker = registry.get(src.speaker)
    forms = {fold(f) for f in registry.names(speaker)} if speaker is not None else set()
    if after.startswith(("'s ", "’s ")) and after[3:].strip():
        return True
    genitive = name.endswith("s") and fold(name) not in forms and fold(name[:-1]) in {f.split()[-1] for f in forms}
    if genitive and after[:1] == " " and after.strip()[:1].isalpha():
        return True
    before = text[start:src.start]
    return bool(_GOVERNING_PREPOSITIONS.search(before)) and any(
        w.isalpha() and w.islower() and w not in W.articles and not w in persons().leading_words
        for w in before.split()[:-1])


def _fronted_adverbial(doc: Doc, start: int, end: int, raw: RawClaim) -> bool:
    """Whether the source phrase before the cue verb opens with an adverb or preposition
    ('Desondanks', 'Dankzij de techniek …'): a fronted adverbial, never the source."""
    if raw.cue_start is not None and end > raw.cue_start:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    first = span[0]
    words = persons()
    if len(span) == 1 and fold(first.text) in words.leading_words and fold(first.text) not in words.particles:
        return True  # "Desondanks vond …", "Uiteindelijk vreest …" (whatever the tagger says)
    if len(span) == 1 and first.pos_ in {"ADJ", "ADV"} and first.is_sent_start:
        return True  # "Aanvankelijk zeiden de bedrijven …"
    return (first.pos_ in {"ADV", "ADP", "SCONJ"} or fold(first.text) in PREPOSITIONS) and \
        first.text[:1].isupper() and first.is_sent_start and \
        fold(first.text) not in words.not_fronted_adverbials


def _subject_of_another_clause(doc: Doc, start: int, end: int, raw: RawClaim) -> tuple[int, int] | None:
    """The subject of a later coordinated clause whose finite verb stands right before the claim
    ('Premier Schoof wist van niets en de Ugandese minister ontkende dat …'): the claim is that
    clause's, and so is its subject."""
    if raw.cue_end is None or raw.kind != "indirect" or raw.cue_end > raw.start:
        return None
    between = doc.char_span(raw.cue_end, raw.start, alignment_mode="expand")
    if between is None:
        return None
    toks = list(between)
    for k, tok in enumerate(toks):
        if tok.pos_ != "CCONJ" or fold(tok.text) not in persons().coordinators:
            continue
        j = k + 1
        while j < len(toks) and toks[j].pos_ in {"DET", "ADJ", "NOUN", "PROPN", "NUM"}:
            j += 1
        if j > k + 1 and j < len(toks) and toks[j - 1].pos_ in {"NOUN", "PROPN"} and toks[j].pos_ in {"VERB", "AUX"} \
                and "Fin" in toks[j].morph.get("VerbForm"):
            return toks[k + 1].idx, toks[j - 1].idx + len(toks[j - 1].text)
    return None


def _cue_token(doc: Doc, raw: RawClaim):
    if raw.cue_start is None or raw.cue_end is None:
        return None
    span = doc.char_span(raw.cue_start, raw.cue_end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span[0] if span[0].pos_ in {"VERB", "AUX"} or len(span) == 1 else span.root


def _cue_subject(doc: Doc, raw: RawClaim) -> tuple[int, int] | None:
    """Characters of the noun phrase right after a finite cue verb (V2: with an adverbial or an
    object fronted, the subject follows the verb: "Donderdag concludeert het ministerie dat …"),
    or None."""
    cue = _cue_token(doc, raw)
    if cue is None or cue.pos_ in {"ADP", "SCONJ", "ADV"} or (
            cue.morph.get("VerbForm") and "Fin" not in cue.morph.get("VerbForm")):
        return None  # the cue is a speech verb (whatever the tagger says), but no participle or 'volgens'
    k = cue.i + 1
    words = persons()
    tokens = []
    while k < len(doc) and not raw.start <= doc[k].idx < raw.end:
        t = doc[k]
        if t.pos_ in {"DET", "ADJ", "NOUN", "PROPN", "NUM"} or (t.pos_ == "PRON" and not tokens) or (
                tokens and fold(t.text) in words.particles and k + 1 < len(doc) and doc[k + 1].text[:1].isupper()):
            tokens.append(t)
            k += 1
            continue
        break
    if not tokens or tokens[-1].pos_ not in _SUBJECT_HEADS:
        return None
    if tokens[0].pos_ == "PRON" and (len(tokens) > 1 or fold(tokens[0].text) not in SUBJECT_PRONOUNS):
        return None
    if len(tokens) == 1 and words.never_source(tokens[0].text) and fold(tokens[0].text) not in SUBJECT_PRONOUNS:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _is_cue_object(doc: Doc, raw: RawClaim) -> bool:
    """Whether a fronted source phrase cannot be the subject of its cue verb: plural before a
    singular verb ('De verklaringen van X noemde de rechter …') with a singular phrase after it."""
    if raw.source is None or raw.cue_start is None or raw.source[1] > raw.cue_start:
        return False
    cue = _cue_token(doc, raw)
    span = doc.char_span(raw.source[0], raw.source[1], alignment_mode="expand")
    if cue is None or span is None or "Fin" not in cue.morph.get("VerbForm"):
        return False
    verb_number = cue.morph.get("Number")
    head = next((t for t in reversed(list(span)) if t.pos_ in {"NOUN", "PROPN"} and t.head.i not in range(
        span.start, span.end)), span.root)
    return verb_number == ["Sing"] and head.morph.get("Number") == ["Plur"] and _cue_subject(doc, raw) is not None


def _with_source(raw: RawClaim, source: tuple[int, int]) -> RawClaim:
    return RawClaim(raw.kind, raw.start, raw.end, raw.cue, raw.cue_start, raw.cue_end, source, raw.sentence,
                    raw.how, raw.confidence, raw.inherit, False, raw.extra)


def _adjective_first(doc: Doc, start: int, end: int) -> bool:
    """Whether the phrase at ``start:end`` opens with an adjective before a proper name ('Blije Nuis')."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 1 and span[0].pos_ == "ADJ" and span[1].pos_ == "PROPN"


def _plural_noun(doc: Doc, start: int, end: int) -> bool:
    """Whether the phrase at ``start:end`` is headed by a plural common noun ('Boeren', 'de experts')."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.root.pos_ != "NOUN" or span.root.morph.get("Number") != ["Plur"]:
        return False
    return not (span.root.text[:1].isupper() and not span.root.is_sent_start)  # "Verkooijen" is a name


def _final_ids(claims: list[Claim], speakers: dict[str, Speaker], free: ArticleSpeakers
               ) -> tuple[list[Claim], dict[str, Speaker]]:
    """Claims and speakers with the article's final ids and names (see :meth:`ArticleSpeakers.finish`)."""
    remap = free.finish()
    out: dict[str, Speaker] = {}
    for sid, speaker in speakers.items():
        new = remap.get(sid, sid)
        out[new] = free.get(new) or speaker
    if not remap and not free.speakers:
        return claims, out
    fixed = []
    for claim in claims:
        new = remap.get(claim.speaker, claim.speaker)
        speaker = free.get(new)
        if new != claim.speaker or speaker is not None:
            claim = claim.model_copy(update={"speaker": new, "speaker_name": speaker.name if speaker else claim.speaker_name})
        fixed.append(claim)
    return fixed, out


def _name_apposition(phrase: str) -> int | None:
    """Offset of a name in apposition to a role ("de woordvoerder van het ministerie, Anna
    Bakker"): the person, not the organisation in the role, is the source. None when the part
    before the comma is itself a name ("De Hoop Scheffer, oud-minister van …") or a list."""
    head, comma, appos = phrase.rpartition(",")
    if not comma or not appos.strip():
        return None
    if head.count("(") > head.count(")"):
        return None  # the comma is inside brackets: "minister X (Justitie, CDA)"
    hw = head.split()
    if not any(w.isalpha() and w.islower() and len(w) >= 4 and w not in W.van_particles for w in hw):
        return None  # no role word before the comma
    in_org = False  # inside a name that a role word governs: "adviseur van het Witte Huis"
    for k, w in enumerate(hw[1:], start=1):
        if not _is_name_word(w):
            in_org = False
            continue
        in_org = in_org or hw[k - 1].lower() in W.of_preposition | W.definite_articles
        if not in_org:
            return None  # the part before the comma already names someone
    words = appos.split()
    if set(words) & _APPOS_STOP or not words[-1][:1].isupper():
        return None  # "Het bedrijf, met belangen in China": a description, not a name
    if _is_name_word(hw[-1]) and len(words) < 2:
        return None  # "minister van Digitale Zaken, Cultuur, …": a list of names, not a person
    return len(head) + 1 + (len(appos) - len(appos.lstrip()))


def _is_document(phrase: str) -> bool:
    """Whether a source phrase names a document rather than who wrote it ("de aanklacht", "het rapport")."""
    words = fold(phrase).split()
    return bool(words) and words[-1] in DOCUMENT_SOURCES


# Words that make the part after a comma a description or a list rather than a person's name.
_APPOS_STOP = PREPOSITIONS | W.apposition_stop


def _is_name_word(word: str) -> bool:
    """A capitalised word that is not a compound with a capitalised first part ("Oekraïne-adviseur")."""
    return word[:1].isupper() and not ("-" in word and word.rsplit("-", 1)[-1].islower())


def _subjects(doc: Doc) -> list[tuple[int, int, bool, bool]]:
    """The doc's subject phrases (see :func:`subject_phrases`), computed once per doc."""
    cached = doc.user_data.get(_SUBJECTS_KEY)
    if cached is None:
        cached = subject_phrases(doc)
        doc.user_data[_SUBJECTS_KEY] = cached
    return cached


_AGE_DESCRIPTION = re.compile(  # "de 47-jarige (schaatsster)"
    rf"^(?:{_alternation(W.articles)})?\s*(?:\d+|[a-z]+)-?(?:{_alternation(W.inflected_age_adjective)})"
    rf"(?:\s+([a-z\-]+))?$")


def _description(phrase: str) -> tuple[str, str | None, str | None] | None:
    """('demonym', adjective, gender) for 'de Oekraïner', ('age', None, gender) for 'de 47-jarige
    (schaatsster)', else None."""
    words = phrase.split()
    if words and words[0].lower() in W.articles:
        words = words[1:]
    db = persons()
    if len(words) == 1 and words[0][:1].isupper():
        key = fold(words[0])
        if key in db.demonyms:
            return "demonym", db.demonyms[key], "f" if key in db.demonyms_female else None
    age = _AGE_DESCRIPTION.match(fold(" ".join(phrase.split())))
    if age and not age.group(1):
        return "age", None, None  # "de 47-jarige"; with a noun ("de 19-jarige toeriste") the noun names who
    return None


def _fronted_name(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """A name that opens a sentence right before its finite verb ('De Vreese ziet …'): in V2 the
    subject, whatever the parser made of it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 3:
        return None
    k = span.start
    particles = persons().particles
    while k < span.end and (doc[k].text[:1].isupper() or (fold(doc[k].text) in particles and k > span.start)):
        k += 1
    run = doc[span.start:k]
    if k == span.start or k >= span.end or not (any(t.pos_ == "PROPN" for t in run) or len(run) >= 2):
        return None  # one capitalised word is a name only when tagged so ("Trump ziet …", not "Vanavond")
    if len(run) == 1 and persons().never_source(run[0].text):
        return None
    verb = doc[k]
    if verb.pos_ not in {"VERB", "AUX"} or "Fin" not in verb.morph.get("VerbForm"):
        return None
    return doc[span.start].idx, doc[k - 1].idx + len(doc[k - 1].text)


def _genitive_modifier(doc: Doc, start: int, end: int) -> bool:
    """Whether the phrase is a name in -s or -'s before a noun ('Bidens bekende naam')."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span) or span.end >= len(doc):
        return False
    last, nxt = span[-1], doc[span.end]
    return (last.text.endswith("s") or nxt.text in {"'s", "’s"}) and last.text[:1].isupper() and (
        nxt.pos_ in {"NOUN", "ADJ"} or nxt.text in {"'s", "’s"})


def _verb_number(doc: Doc, pos: int) -> str | None:
    """'Sing' or 'Plur': the number of the finite verb whose subject is the pronoun at ``pos``."""
    span = doc.char_span(pos, pos + 3, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span[0]
    if tok.dep_ not in {"nsubj", "nsubj:pass"}:
        return None
    verb = tok.head
    if verb.pos_ not in {"VERB", "AUX"}:
        verb = next((c for c in verb.children if c.dep_ in {"cop", "aux", "aux:pass"}
                     and "Fin" in c.morph.get("VerbForm")), verb)
    number = verb.morph.get("Number")
    return number[0] if number and "Fin" in verb.morph.get("VerbForm") else None


def _person_names(doc: Doc) -> list[tuple[int, int]]:
    """Runs of two or more capitalised proper-name tokens ('Songül Mutluer'), with a role word
    just before them; cached."""
    cached = doc.user_data.get(_NAMES_KEY)
    if cached is not None:
        return cached
    out = []
    k = 0
    while k < len(doc):
        if doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and not doc[k].is_sent_start:
            j = k
            while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN" and doc[j + 1].text[:1].isupper():
                j += 1
            if j > k and k > 0 and persons().is_role(doc[k - 1].text):
                out.append((doc[k - 1].idx, doc[j].idx + len(doc[j].text)))
            k = j + 1
        else:
            k += 1
    doc.user_data[_NAMES_KEY] = out
    return out


def _named_subjects(doc: Doc) -> list[tuple[int, int, bool, bool]]:
    """Subjects that are a role or description with a name ('PVV-leider Wilders is teleurgesteld'):
    the role noun and the name, as (start, end, plural, name) like :func:`_subjects`; cached."""
    cached = doc.user_data.get(_NAMED_SUBJECTS_KEY)
    if cached is not None:
        return cached
    known = [(s, e) for s, e, _, _ in _subjects(doc)]
    out = []
    for tok in doc:
        if tok.dep_ not in {"nsubj", "nsubj:pass"} or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        parts = [tok] + [c for c in tok.children if c.dep_ in {"appos", "flat", "compound"} and c.pos_ == "PROPN"
                         and abs(c.i - tok.i) <= 3]
        if not any(t.pos_ == "PROPN" for t in parts) and not (
                tok.text[:1].isupper() and not tok.is_sent_start and tok.text.isalpha()):
            continue  # a capitalised subject inside a sentence is a name, whatever its tag
        lo = min(t.i for t in parts)
        hi = max(t.i for t in parts)
        for t in doc[hi + 1:hi + 4]:
            if t.pos_ == "PROPN" and t.head.i in range(lo, hi + 1):
                hi = t.i
            else:
                break
        start, end = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
        if any(s < end and start < e for s, e in known):
            continue
        plural = "Number=Plur" in str(tok.morph) and not tok.text[:1].isupper()  # "Verkooijen" is no plural
        out.append((start, end, plural, True))
    for sent in doc.sents:
        # V2 with a fronted adverbial: the name right after the finite verb is the subject
        # ("In een interview ontweek Verkooijen de vraag", whatever the parser made of it)
        first = sent[0]
        if first.pos_ not in {"ADP", "ADV", "SCONJ"} and fold(first.text) not in persons().time_words:
            continue
        verb = next((t for t in sent if t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm")), None)
        if verb is None or verb.i + 1 >= sent.end:
            continue
        k = verb.i + 1
        j = k
        while j < sent.end and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
            j += 1
        if j > k:
            start, end = doc[k].idx, doc[j - 1].idx + len(doc[j - 1].text)
            if not any(s < end and start < e for s, e in known) and not any(s < end and start < e for s, e, _, _ in out):
                out.append((start, end, False, True))
    doc.user_data[_NAMED_SUBJECTS_KEY] = out
    return out


def _continues(text: str, raw: RawClaim, last: Claim) -> bool:
    """An impersonal claim opening with "Ook"/"Daarnaast"/… right after the previous claim's sentence."""
    opener = text[raw.sentence[0] : raw.sentence[0] + 12].split(" ")[0].lower()
    gap = text[last.sentence_end : raw.sentence[0]]
    return opener in persons().continuation_openers and len(gap.strip(" .!?”’\"'\n")) == 0 and (
        last.speaker != UNKNOWN_SPEAKER_ID)


_BRACKETS = re.compile(r"\([^()]*\)")
_LIST_SEP = re.compile(r",\s+|\sen\s+")


def _split_joint(phrase: str, start: int) -> list[tuple[str, int]]:
    """'Macron en Scholz' → two sources; 'de Verenigde Staten en Rusland' and
    'Van Dam (CDA), Den Boer (D66) en Van Nispen (SP)' too; one source otherwise.

    Bracketed additions (party, age, country) stay with their name and are not split on;
    commas only separate sources in a list that ends in 'en'; '&' joins the words of one
    name ('Natuur & Milieu')."""
    masked = _BRACKETS.sub(lambda m: " " * len(m.group()), phrase)
    seps = list(_LIST_SEP.finditer(masked))
    if not seps or seps[-1].group().strip(", ") not in W.conj_and:
        return [(phrase, start)]
    if any(m.group().strip() not in {",", ""} for m in seps[:-1]):
        return [(phrase, start)]  # "A en B, C en D": not one list
    bounds, prev = [], 0
    for m in seps:
        bounds.append((prev, m.start()))
        prev = m.end()
    bounds.append((prev, len(phrase)))
    if any(phrase[a:b].rstrip().endswith("-") for a, b in bounds):
        return [(phrase, start)]  # "de Immigratie- en Naturalisatiedienst": one name
    parts = []
    for a, b in bounds:
        part = phrase[a:b]
        core = _BRACKETS.sub("", part).strip()
        if not core or not (core[:1].isupper() or core.split()[0].lower() in W.definite_articles or (
                len(core.split()) == 1 and core.lower().endswith(_PLURAL_ENDINGS))):
            return [(phrase, start)]
        parts.append((part.strip(), start + a + (len(part) - len(part.lstrip()))))
    first = _BRACKETS.sub("", parts[0][0]).split()
    if _title_with_van(first) or (len(parts) == 2 and len(first) > 2 and first[-2].lower() in W.of_preposition and not (
            len(first) == 3 and first[0][:1].isupper() and first[0].lower() not in W.articles)):
        # "minister van Justitie en Veiligheid", "het Ministerie van Infrastructuur en Waterstaat",
        # "Directeur Wim Pijbes van Droom en Daad": one source ("Chris van Dam en Monica den Boer" are two)
        return [(phrase, start)]
    if len(parts) == 2 and len(first) >= 5 and len(parts[1][0].split()) == 1 and (W.of_preposition | W.org_name_linker) & {
            w.lower() for w in first[1:]}:
        return [(phrase, start)]  # "El Khal van de Vereniging voor Rechten en Rechtvaardigheid": the end of a name
    return parts


def _title_with_van(words: list[str]) -> bool:
    """'minister van Justitie', 'Leden van de Kamer': a role 'van' something, not a surname with 'van'."""
    if len(words) < 3 or words[-2].lower() not in W.of_preposition and not (len(words) > 3 and words[-3].lower() in W.of_preposition):
        return False
    k = len(words) - 2 if words[-2].lower() in W.of_preposition else len(words) - 3
    before = words[k - 1]
    return before[:1].islower() or (k == 1 and before.lower().endswith(persons().source_role_heads + W.tuple("group_role_endings")))


def _clean_name(phrase: str) -> str:
    phrase = phrase.strip(" ,.:;\"'„“”‘’()")
    parts = [p.strip() for p in phrase.split(",") if p.strip()]
    if len(parts) > 1:
        # "een van de initiatiefnemers, D66'er Kees Verhoeven": the part with the full name
        named = [p for p in parts if sum(w[:1].isupper() for w in p.split()) >= 2]
        if named:
            phrase = named[0]
    words = phrase.split()
    while words and words[0].lower() in W.name_leading_words:
        if len(words) == 2 and words[0] in _SURNAME_ARTICLES and words[1][:1].isupper():
            break  # "De Vries", "De Jong": the particle is part of the surname
        words = words[1:]
    return " ".join(words)






@lru_cache(maxsize=1 << 12)
def _kind(name: str) -> str:
    """A guess at what sort of source a free-text name is (each distinct name read once)."""
    key = fold(name)
    words = key.split()
    db = persons()
    if key in db.countries:
        return "country"
    letters = name.replace("-", "").replace("&", "").replace(" ", "")
    if len(letters) >= 2 and letters.isalpha() and letters.isupper():
        return "organisation"  # an acronym: "GCA", "FNV", "NOS"
    head = words[0] if words else ""
    of_at = next((k for k in range(1, len(words)) if words[k] in W.of_preposition), None)
    if of_at is not None:
        head = words[of_at - 1]
    if any(w.endswith(db.document_suffixes) for w in words):
        return "organisation"  # a law, treaty or report ("de Aanpassingswet AVG") is nobody's "hij"
    if any(head.endswith(role) for role in db.source_role_heads):
        return "person"
    if any(w in words or (len(w) >= 4 and key.endswith(w)) for w in db.organisation_words):
        return "organisation"
    if name[:1].isupper() or any(w[:1].isupper() for w in name.split()[1:]):
        return "person"
    return "group" if key.endswith(_PLURAL_ENDINGS) else "person"


@Language.factory(
    "nlpclaims_claims",
    assigns=[f"doc._.{ext.CLAIMS}", f"doc._.{ext.QUANTITIES}", f"doc._.{ext.SPEAKERS}"],
    requires=[f"doc._.{ext.RAW_CLAIMS}", f"doc._.{ext.SOURCES}"],
    default_config={"split_joint_sources": True},
)
def make_assembler(nlp: Language, name: str, split_joint_sources: bool) -> ClaimAssembler:
    """Create the claims assembler."""
    return ClaimAssembler(nlp, name, split_joint_sources=split_joint_sources)
