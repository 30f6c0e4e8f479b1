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
from ..lang.numbers import is_number_word
from ..lang.persons import persons
from ..lang.words import W
from ..registry import fold, slugify
from ..schema import UNKNOWN_SPEAKER_ID, Claim, Quantity, Speaker
from .attribution import RawClaim
from .identity import ArticleSpeakers
from .speakers import SourceSpan
from .attribution.clauses import is_agent_noun, is_known_name, name_by_usage
from .attribution.segments import _TOKENS_KEY
from .attribution.view import _KEY as _VIEW_KEY, view
from .syntax import PREPOSITIONS, doc_text, subject_phrases

_SUBJECTS_KEY = "_nlpclaims_subjects"
_NAMES_KEY = "_nlpclaims_person_names"
_NAMED_SUBJECTS_KEY = "_nlpclaims_named_subjects"
_HOLDERS_KEY = "_nlpclaims_role_holders"


def _drop_working_caches(doc: Doc) -> None:
    """Free the per-document views and the token table the components built while reading ``doc``:
    the views point back at the Doc, so left in ``doc.user_data`` they would keep every processed
    Doc alive until a full garbage collection (a batch worker's memory would grow with each article)."""
    for key in (_VIEW_KEY, _TOKENS_KEY, _SUBJECTS_KEY, _NAMES_KEY, _NAMED_SUBJECTS_KEY, _VERBLESS_KEY, _HOLDERS_KEY):
        doc.user_data.pop(key, None)

_MAX_NAME_WORDS = 9
_PLURAL_ENDINGS = W.tuple("plural_endings")
_ORG_NAME_HEADS = tuple(sorted(W.org_name_heads | W.english_name_heads))
_FINITE_PLURAL_ENDING = W.tuple("finite_plural_ending")
_SURNAME_ARTICLES = frozenset(w.capitalize() for w in W.common_article)  # "De Vries", "De Jong"


def _alternation(words) -> str:
    """A regex alternation of the listed words."""
    return "|".join(re.escape(w) for w in sorted(words))
_PRONOUN_LOOKBACK = 1500
_NOMINAL_RULE = "nominal"  # rule ids of nominal cues ("het advies van X om …")


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
            if not ids and not raw.unknown and raw.source is None and claims and _shares_subject(text, raw, claims[-1]):
                ids = [claims[-1].speaker]  # "X is van mening dat … en eist dat …": one subject, two verbs
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
        ratio = _RATIO_AFTER.match(text, e) if len(phrase.split()) == 1 and is_number_word(fold(phrase)) else None
        noun = doc.char_span(ratio.start(2), ratio.end(2)) if ratio is not None else None
        if ratio is not None and is_number_word(fold(ratio.group(1).split()[-1])) and noun is not None \
                and noun[0].pos_ == "NOUN":
            e = ratio.end()  # "Zes op de tien patiënten zeggen …": the ratio and its noun
            phrase = text[s:e]
        first = phrase.split(" ", 1)
        if len(first) == 2 and first[0].islower() and first[0] in PREPOSITIONS and \
                first[0] not in persons().surname_particle_phrases:
            # a prepositional phrase is never a source: "… een meerderheid achter zijn motie die …"
            s += len(first[0]) + 1
            phrase = text[s:e]
        if persons().is_time_or_interjection(phrase) or _is_cue_object(doc, raw) or _fronted_adverbial(doc, s, e, raw):
            # "Vanavond vertelt hij", "Kalm, zegt ze", "De verklaringen noemde de rechter …":
            # a fronted adverbial or object is never the source; the cue's subject is
            subject = _cue_subject(doc, raw)
            if subject is None or subject == raw.source:
                return [], None
            return self._resolve(doc, _with_source(raw, subject), sources, registry, free, history)
        other = _subject_of_another_clause(doc, s, e, raw) or _main_subject_of_coordinated_cue(doc, s, e, raw) \
            or _fronted_subject_before_object(doc, s, e, raw) or _relative_clause_subject(doc, s, e, raw)
        if other is not None and other != (s, e):  # "Premier Schoof wist van niets en de Ugandese minister ontkende dat …"
            return self._resolve(doc, _with_source(raw, other), sources, registry, free, history)
        mention = (phrase, s, e)
        appos = _name_apposition(phrase)
        if appos is not None:  # "De adviseur van het Witte Huis, legerofficier Alexander Vindman"
            s, phrase = s + appos, phrase[appos:]
        words = phrase.split()
        low = fold(phrase)
        part_of = _PART_OF_PRONOUN.match(low)
        partitive = bool(part_of) and all(
            w in persons().quantity_nouns | persons().number_words | persons().quantifiers | W.articles
            | W.size_adjectives | W.pronominal_quantifiers or is_number_word(w) for w in part_of.group(1).split())
        if partitive:
            low = part_of.group(2)  # "een deel van hen", "velen van hen": the group "hen" refers to
        if len(words) > 1 and set(fold(phrase).split()) & SECOND_PERSON:
            return [], mention  # "Vergis je niet, …": the reader is addressed, nobody is named
        if low in FIRST_SECOND_PERSON:
            # "ik"/"we" in a quote's cue: the quoted speaker talks about themself — unknown here
            return [], mention
        if low in SUBJECT_PRONOUNS or low in W.group_pronouns:
            # The antecedent is never inside the claim, except for back-references ("A. Dat zei hij.").
            exclude = (0, 0) if raw.how.startswith(("backref", "evidential-backref")) else (raw.start, raw.end)
            return self._pronoun(doc, low, s, sources, registry, free, history, exclude=exclude,
                                 own_words=raw.kind == "direct", group_only=partitive), mention
        owner = _possessive_owner(doc, phrase, s, e)
        if owner is not None:
            # "zijn motie", "haar rapport": a thing of someone's speaks for its owner
            ids = self._pronoun(doc, owner, s, sources, registry, free, history, exclude=(raw.start, raw.end))
            if ids:
                return ids, mention
        description = _description(phrase)
        if description is not None:
            # "de Oekraïner", "de 47-jarige schaatser": the person the article was talking about
            exclude = (0, 0) if raw.how.startswith(("backref", "evidential-backref")) else (raw.start, raw.end)
            ids = self._described(doc, description, s, sources, registry, free, history, exclude)
            if ids:
                return ids, mention
        held = self._role_holder(doc, raw, phrase, s, sources, registry, free, history)
        if held:
            return held, mention  # "PSV-trainer Mark van Bommel … zei de trainer": the one introduced so
        listed = _LIST_AFTER.match(text[e:e + 120])  # the reader may stop the phrase at the list's first comma
        each = _distributive_roles(phrase + (listed.group(0) if listed else ""))
        if each:  # "de ministers van Buitenlandse Zaken van het VK, Frankrijk en Duitsland": one each
            ids = [sid for sid in (self._free_speaker(name, free, history, registry) for name in each) if sid]
            return list(dict.fromkeys(ids)), mention
        if _role_then_acronym(phrase):
            phrase = phrase.rsplit(" ", 1)[0]  # "verbood de rechter XTAL …": the acronym is the object
        parts = _split_joint(phrase, s) if self.split_joint_sources else [(phrase, s)]
        if self.split_joint_sources and len(parts) == 1:
            parts = _correlative(text, phrase, s) or parts
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
        ids = self._verbless_person(doc, raw, sources, registry, free, history) or \
            self._stance_holder(doc, raw, sources, registry, free, history)
        if ids:
            return ids  # "Zo ook Daan. \"…\"", "Op Robben, die … inviel. \"…\"": the person turned to
        if last is not None and last[0] >= prev_start - 1:
            return list(last[1])  # the sentence before was a claim: its speaker goes on
        subject = raw.extra.get("lead_subject")
        if subject is not None and not _genitive_modifier(doc, *subject):
            lead_raw = RawClaim("direct", raw.start, raw.end, None, None, None, tuple(subject), raw.sentence, "lead")
            ids, _ = self._resolve(doc, lead_raw, sources, registry, free, history)
            speaker = self._speaker(ids[0], registry, free) if len(ids) == 1 else None
            lead_words = fold(doc_text(doc)[subject[0]:subject[1]])
            pronoun = lead_words in SUBJECT_PRONOUNS or lead_words in W.group_pronouns
            if ids and not (pronoun and (speaker is None or speaker.kind == "group")
                            and not any(set(ids) <= set(spoken) for _, spoken in history)):
                return ids  # not "Ze krijgen last van de ogen": a group that never spoke
        prev = raw.extra.get("prev_sentence")
        if prev is not None and (last is None or last[0] < prev[0]):
            # a person introduced as a subject in the sentence before the quote ("…, legt Ester
            # Barendrecht, hoofd van het onderzoeksbureau, uit."): the quote is theirs
            quotes = view(doc)
            # a name inside the quote before is a word of that quote, not a person introduced
            named = [(a, b) for a, b, plural, name in _subjects(doc) + _named_subjects(doc)
                     if name and not plural and prev[0] <= a < prev[1] and not _genitive_modifier(doc, a, b)
                     and not quotes.inside_quote(a)]
            fronted = _fronted_name(doc, *prev)
            if fronted is not None and fronted not in named and not quotes.inside_quote(fronted[0]):
                named.append(fronted)
            for a, b in sorted(named):
                lead_raw = RawClaim("direct", raw.start, raw.end, None, None, None, (a, b), raw.sentence, "lead")
                ids, _ = self._resolve(doc, lead_raw, sources, registry, free, history)
                speaker = self._speaker(ids[0], registry, free) if len(ids) == 1 else None
                if speaker is not None and speaker.kind == "person":
                    return ids
            # one person introduced there with a role, in whatever phrase ("Hoog op de lijst van Jan
            # Smit, directeur van het circuit, staat …"): the quote is theirs
            introduced = [(a, b) for a, b in _introduced_names(doc) if prev[0] <= a < prev[1] and not quotes.inside_quote(a)]
            if len(introduced) == 1:
                lead_raw = RawClaim("direct", raw.start, raw.end, None, None, None, introduced[0], raw.sentence, "lead")
                ids, _ = self._resolve(doc, lead_raw, sources, registry, free, history)
                speaker = self._speaker(ids[0], registry, free) if len(ids) == 1 else None
                if speaker is not None and speaker.kind == "person":
                    return ids
        ids = self._paragraph_person(doc, raw, sources, registry, free, history, last)
        if ids:
            return ids
        if last is not None and raw.start - last[0] < 1200:
            return list(last[1])
        if lead:
            speaker = registry.get(lead[0].speaker)
            if speaker is not None and speaker.kind == "person":
                return [lead[0].speaker]
        if last is None and raw.extra.get("next_subject") is not None:
            # an article's opening quote, its speaker introduced in the paragraph after it
            lead_raw = RawClaim("direct", raw.start, raw.end, None, None, None, tuple(raw.extra["next_subject"]),
                                raw.sentence, "lead")
            ids, _ = self._resolve(doc, lead_raw, sources, registry, free, history)
            return ids
        return list(last[1]) if last else []

    def _role_holder(self, doc: Doc, raw: RawClaim, phrase: str, pos: int, sources, registry, free,
                     history) -> list[str]:
        """The person a definite role alone ('de trainer', 'de PSV-trainer') refers back to: the
        person introduced before with that role ('PSV-trainer Mark van Bommel', 'Mark van Bommel,
        trainer van PSV,') whose name was written last; a role of the same post ('coach' for 'trainer') only when all
        earlier holders are one person. Empty when nobody was introduced so."""
        words = phrase.split()
        if len(words) != 2 or fold(words[0]) not in W.definite_articles or not _singular_role(words[1].lower()):
            return []
        body, role = _role_parts(words[1])
        same = W.map("same_role_nouns")
        canon = same.get(role, role)
        exclude = (0, 0) if raw.how.startswith(("backref", "evidential-backref")) else (raw.start, raw.end)
        holders = [h for h in _role_holders(doc) if h[0] < pos and not exclude[0] <= h[0] < exclude[1]
                   and same.get(h[1], h[1]) == canon and (not body or h[2] == body)]
        if not holders:
            return []

        def ids_of(holder) -> list[str]:
            lead = RawClaim("direct", raw.start, raw.end, None, None, None, holder[3], raw.sentence, "lead")
            ids, _ = self._resolve(doc, lead, sources, registry, free, history)
            return ids if len(ids) == 1 else []

        text = doc_text(doc)

        def last_named(holder) -> int:  # where the holder's surname was last written before the role
            surname = text[holder[3][0]:holder[3][1]].split()[-1]
            return max((m.start() for m in re.finditer(rf"(?<!\w){re.escape(surname)}(?!\w)", text[:pos])
                        if not exclude[0] <= m.start() < exclude[1]), default=holder[0])

        nearest = max(holders, key=lambda h: (last_named(h), h[0]))
        if _someone_else_with_role(doc, last_named(nearest), pos, canon, same):
            return []  # "Een andere woordvoerder zegt …": a newly introduced holder, not the named one
        if nearest[1] == role:
            return ids_of(nearest)
        found = {tuple(ids_of(h)) for h in holders}
        return list(found.pop()) if len(found) == 1 else []

    def _stance_holder(self, doc: Doc, raw: RawClaim, sources, registry, free, history) -> list[str]:
        """The person who is the subject of the sentence before a cue-less quote when that sentence's
        only claims are nominal ones of others inside it ('X is het eens met het advies van Y om …
        "…"'): the quote is the subject's, not Y's."""
        prev, lead = raw.extra.get("prev_sentence"), raw.extra.get("lead_subject")
        if not prev or not lead:
            return []
        inside = [r for r in doc._.get(ext.RAW_CLAIMS) if prev[0] <= r.start < prev[1] and r.end <= raw.start]
        if not inside or not all(r.how.startswith(_NOMINAL_RULE) and r.source is not None for r in inside) or any(
                r.source[0] < lead[1] and lead[0] < r.source[1] for r in inside):
            return []
        if fold(doc_text(doc)[lead[0]:lead[1]]) in SUBJECT_PRONOUNS or _genitive_modifier(doc, *lead):
            return []
        lead_raw = RawClaim("direct", raw.start, raw.end, None, None, None, tuple(lead), raw.sentence, "lead")
        ids, _ = self._resolve(doc, lead_raw, sources, registry, free, history)
        speaker = self._speaker(ids[0], registry, free) if len(ids) == 1 else None
        return ids if speaker is not None and speaker.kind == "person" else []

    def _verbless_person(self, doc: Doc, raw: RawClaim, sources, registry, free, history) -> list[str]:
        """The person named by a verbless sentence right before a cue-less quote, if any."""
        text = doc_text(doc)
        for a, b in _verbless_names(doc):
            if not a < raw.start <= a + 400:
                continue
            span = doc.char_span(a, b, alignment_mode="expand")
            if span is None or text[span.sent.end_char:raw.start].strip(" \n\"'„“”‘’,,"):
                continue  # only a sentence right before the quote
            lead_raw = RawClaim("direct", raw.start, raw.end, None, None, None, (a, b), raw.sentence, "lead")
            ids, _ = self._resolve(doc, lead_raw, sources, registry, free, history)
            speaker = self._speaker(ids[0], registry, free) if len(ids) == 1 else None
            if speaker is not None and speaker.kind == "person":
                return ids
        return []

    def _paragraph_person(self, doc: Doc, raw: RawClaim, sources, registry, free, history, last) -> list[str]:
        """A person introduced as a subject earlier in the quote's paragraph (or in the paragraph
        before, when the quote opens one), after the last claim: the quote is theirs ("Uroloog
        Anna Bakker opereert … Bijvoorbeeld om het klimaat. \"…\"")."""
        text = doc_text(doc)
        prev = raw.extra.get("prev_sentence")
        anchor = prev[0] if prev and prev[1] > prev[0] else raw.start
        para = max(text.rfind("\n", 0, anchor) + 1, 0)
        if last is not None and last[0] >= para:
            return []  # a claim in the paragraph already: its speaker goes on (decided before)
        named = [(a, b) for a, b, plural, name in _subjects(doc) + _named_subjects(doc)
                 if name and not plural and para <= a < raw.start and a not in _subordinate_subject_starts(doc)
                 and not any(x <= a < y for x, y in _quoted_ranges(doc))
                 and not _genitive_modifier(doc, a, b)]
        for a, b in sorted(named, reverse=True):
            lead_raw = RawClaim("direct", raw.start, raw.end, None, None, None, (a, b), raw.sentence, "lead")
            ids, _ = self._resolve(doc, lead_raw, sources, registry, free, history)
            phrase = text[a:b].split()
            described = fold(phrase[0]) in W.articles and not (len(phrase) == 2 and phrase[0] in _SURNAME_ARTICLES)
            if len(ids) == 1 and (registry.get(ids[0]) is not None or free.is_named_person(ids[0], surname=not described)
                                  or any(ids[0] in spoken for _, spoken in history)):
                return ids  # a name ("Vettel", "Anna Bakker"), not a description ("de 52-jarige Amersfoorter")
        return []

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
        # a description after the reported words may name their subject ("Quintana is terug aan het
        # front, zo liet de Colombiaan weten"): names inside the claim count, the nearest first
        return self._pronoun(doc, f"_person{gender or ''}", pos, sources, registry, free, history, exclude=exclude,
                             named_inside=True)

    def _pronoun(self, doc: Doc, pron: str, pos: int, sources: list[SourceSpan], registry, free, history,
                 exclude: tuple[int, int] = (0, 0), depth: int = 0, own_words: bool = False,
                 named_inside: bool = False, group_only: bool = False) -> list[str]:
        """The nearest earlier speaker or subject that fits the pronoun (hij: a man; ze: a group,
        an organisation or a woman); a main clause's pronoun subject before it passes on whom it
        refers to ('Yasemin … Ze zocht steun. Ze kreeg …')."""
        plural_pron = pron in W.plural_pronouns
        number = _verb_number(doc, pos) if pron in W.she_or_they else None
        singular_verb = number == "Sing"
        plural_verb = number == "Plur"  # "Zij vroegen …": a group or several people, never one
        if singular_verb:
            plural_pron = False  # "Zij wil …": one woman, not a group
        if plural_verb:
            plural_pron = True
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
        if plural_pron:
            # "onderbroken door Kamerleden en Kamervoorzitter Arib. Zij vroegen …": a coordination of
            # sources, whatever its role in the sentence, ranked behind subjects like names
            joint = [(s, e) for s, e in _coordinated_sources(doc) if s < pos and not any(a <= s < b for a, b, _, _ in subjects)]
            cands += [(s, (s, e), True) for s, e in joint]
            names += joint
        if plural_verb or (plural_pron and pron not in W.she_or_they):
            # "Uit de regeringsfracties komen reacties: zij benadrukken …": a plural group of people
            # or bodies in any role of an earlier clause, ranked behind subjects like names
            groups = [(s, e) for s, e in _plural_groups(doc) if s < pos and not any(a <= s < b for a, b, _, _ in subjects)
                      and (s, e) not in names]
            cands += [(s, (s, e), True) for s, e in groups]
            names += groups
        # a person a verbless sentence turns to ("Zo ook Daan. Hij koos …"), ranked like a subject
        cands += [(s, (s, e), False) for s, e in _verbless_names(doc) if s < pos]
        name_starts = {s for s, _ in names}
        named_subject_starts = {s for s, _, _, name in subjects if name}
        if depth < 2 and not pron.startswith("_"):
            cands += [(t.idx, ("pronoun", fold(t.text)), False) for t in _main_pronoun_subjects(doc, pron, pos)]
        # Never inside its own claim, except the name opening reported words: "Heinen is tevreden,
        # zegt hij" (a quote's first word is the speaker's own: „Debat hoort erbij”, zei hij).
        cands = [c for c in cands if not exclude[0] <= c[0] < exclude[1]
                 or (not own_words and c[0] - exclude[0] <= 3 and isinstance(c[1], tuple))
                 or (named_inside and isinstance(c[1], tuple) and c[1][0] != "pronoun" and c[0] in named_subject_starts)]
        # Words inside a quotation are the quoted speaker's, not the narration's: a subject there
        # ('"Vergunningstrajecten zijn lang." Hij benadrukt …') is nobody a later pronoun means.
        quoted = _quoted_ranges(doc)
        cands = [c for c in cands if not isinstance(c[1], tuple) or not any(a <= c[0] < b for a, b in quoted)]
        subject_ranges = sorted((s, e) for s, e, _, _ in subjects)
        subject_starts = [s for s, _ in subject_ranges]
        subject_reach = list(accumulate((e for _, e in subject_ranges), max))  # furthest end so far
        claimed = [(c, ids) for c, ids in history]

        def in_subject(char: int) -> bool:
            k = bisect_right(subject_starts, char)  # the subjects starting at or before char
            return k > 0 and subject_reach[k - 1] > char

        # Someone named inside what another source said ("Volgens hem heeft de president …") is
        # talked about; the one who said it is the nearer referent.
        reported = [(r.start, r.end) for r in doc._.get(ext.RAW_CLAIMS)
                    if r.end <= pos and not (r.start <= exclude[0] < r.end)]
        subordinate = _subordinate_subject_starts(doc)  # "Ze merkte hoe ChatGPT …": ChatGPT ranks behind

        def score(cand) -> float:
            char, ref, _ = cand
            spoken = (char, ref) in claimed
            is_subject = (isinstance(ref, tuple) and char not in name_starts) or in_subject(char) or spoken
            inside = not spoken and any(a <= char < b for a, b in reported)
            return (pos - char) + (0 if is_subject else 120) + (120 if inside or char in subordinate else 0)

        cands.sort(key=score)
        for char, ref, plural in cands:
            if pos - char > _PRONOUN_LOOKBACK:
                continue
            if isinstance(ref, tuple) and ref[0] == "pronoun":
                ids = self._pronoun(doc, ref[1], char, sources, registry, free, history, depth=depth + 1)
                if not ids:
                    continue
            elif isinstance(ref, tuple):
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
            if group_only and not (plural or speaker.kind == "group"):
                continue  # "een deel van hen": a part of a group of people, not of one body or person
            if pron in W.plural_pronouns and pron not in W.she_or_they \
                    and not (plural or speaker.kind in {"group", "organisation", "country"}):
                continue  # "volgens hen": a group or several people, never one person
            if plural_verb and not (plural or speaker.kind in {"group", "organisation"}):
                continue  # ("zij stellen dat" of a company or team is common)
            if plural or speaker.kind in {"organisation", "group", "country"} or speaker.gender == "f" or (
                    speaker.kind == "person" and speaker.gender is None):
                return ids
        return []

    def _free_speaker(self, phrase: str, free: ArticleSpeakers, history, registry, *,
                      descriptive_first: bool = False, plural_noun: bool = False) -> str | None:
        """An id for a source outside the registry; the same id for later forms of its name."""
        indefinite = bool(phrase.split()) and phrase.split()[0].lower() in W.indefinite_article
        return free.resolve(_clean_name(phrase), descriptive_first=descriptive_first, plural_noun=plural_noun,
                            indefinite=indefinite)

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




_RATIO_AFTER = re.compile(rf"\s+(?:{_alternation(W.ratio_prepositions)})\s+((?:(?:{_alternation(W.definite_articles)})\s+)?\w+)"
                          rf"\s+([a-zà-ÿ][\w\-]*)")


def _possessive_owner(doc: Doc, phrase: str, start: int, end: int) -> str | None:
    """The pronoun that stands for the owner when a source phrase is a possessive and a noun for a
    thing ('zijn motie' → 'hem', 'hun voorstel' → 'hen'); None for a person or body ('zijn
    woordvoerder', 'haar advocaat') and any other phrase."""
    words = phrase.split()
    if len(words) != 2 or words[0].lower() not in _POSSESSIVE_OWNER or not words[1].islower():
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    noun = span[-1] if span is not None and len(span) else None
    if noun is None or noun.pos_ != "NOUN":
        return None
    document = words[1] in DOCUMENT_SOURCES or words[1] in W.document_nouns
    thing = noun.morph.get("Number") == ["Sing"] and not is_agent_noun(noun) and not persons().is_role(noun.text) \
        and _kind(words[1]) != "organisation"  # not "zijn partij", "haar ouders", "hun woordvoerder"
    return _POSSESSIVE_OWNER[words[0].lower()] if document or thing else None


_POSSESSIVE_OWNER = W.map("possessive_owner_pronoun")


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
    # right: a broadcaster's channel after its acronym ("NOS op 3 maakte"), not a date ("de EU op 31
    # oktober") or an amount ("op 2 procent")
    last = doc[b - 1]
    if b == span.end and b + 1 < len(doc) and len(last.text) >= 2 and last.text.isalpha() and last.text.isupper() and \
            doc[b].lower_ in W.channel_linker and doc[b + 1].text.isdigit() and len(doc[b + 1].text) == 1 and \
            (b + 2 >= len(doc) or doc[b + 2].pos_ not in {"NOUN", "NUM", "PROPN", "ADJ"}):
        b += 2
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
    if name_by_usage(doc, first) or is_known_name(doc, first):
        return False  # "Daan merkte …", "Schoof wil …": a name the tagger took for an adverb or adjective
    if _particle_name_subject(doc, span):
        return False  # "Van Helvert kreeg …", "Ter Horst zei …": a surname with its particle
    if len(span) == 1 and first.pos_ in {"ADJ", "ADV"} and first.is_sent_start:
        return True  # "Aanvankelijk zeiden de bedrijven …"
    if len(span) > 1 and first.is_sent_start and fold(first.text).endswith(W.tuple("present_participle_endings")) and span[1].pos_ == "ADP" \
            and fold(span[1].text) not in words.particles:
        return True  # "Voorafgaand aan de demonstratie ging …": a participle with its preposition
    return (first.pos_ in {"ADV", "ADP", "SCONJ"} or fold(first.text) in PREPOSITIONS) and \
        first.text[:1].isupper() and first.is_sent_start and \
        fold(first.text) not in words.not_fronted_adverbials


def _particle_name_subject(doc: Doc, span) -> bool:
    """Whether a span opening a sentence is a surname with its particle right before the finite
    verb ('Van Helvert kreeg …', 'Ter Horst zei …'), not a place ('Te Enkhuizen werd …',
    'Van Rotterdam tot …')."""
    first = span[0]
    if len(span) < 2 or not first.is_sent_start or fold(first.text) not in persons().surname_particle_phrases \
            or fold(first.text) in _PLACE_PREPOSITIONS:
        return False
    k = span.start + 1
    while k < len(doc) and doc[k].text[:1].islower() and fold(doc[k].text) in persons().particles:
        k += 1  # "Van der Berg"
    # one capitalised word: a particle opens a surname, never a first name ("Van Valtteri Bottas mag het
    # droog blijven" is "as for Bottas")
    if not (k < len(doc) and doc[k].text[:1].isupper() and doc[k].pos_ in {"PROPN", "X", "NOUN"}):
        return False
    k += 1
    return k < len(doc) and doc[k].pos_ in {"VERB", "AUX"} and "Fin" in doc[k].morph.get("VerbForm")


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


def _main_subject_of_coordinated_cue(doc: Doc, start: int, end: int, raw: RawClaim) -> tuple[int, int] | None:
    """The main clause's subject when the cue verb follows 'en'/'maar' with no subject of its own and
    the source phrase stands inside a subordinate clause before it ('Zij hamert erop dat de oorzaak
    onbekend is en vindt het kwalijk dat …' → Zij, not 'de oorzaak')."""
    cue = _cue_token(doc, raw)
    span = doc.char_span(start, end, alignment_mode="expand")
    if cue is None or span is None or not len(span) or cue.i < 1 or span.end > cue.i:
        return None
    if doc[cue.i - 1].pos_ != "CCONJ" or fold(doc[cue.i - 1].text) not in persons().coordinators:
        return None
    sent = cue.sent
    marks = [t for t in doc[sent.start:span.start] if t.pos_ == "SCONJ"]
    if not marks or any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") for t in doc[span.start:span.end]):
        return None
    head = next((t for t in doc[sent.start:marks[0].i] if t.dep_ in {"nsubj", "nsubj:pass"} and t.head == sent.root
                 and t.pos_ in _SUBJECT_HEADS and "Rel" not in t.morph.get("PronType")), None)
    if head is not None:
        lo = min([head.i] + [c.i for c in head.children if c.dep_ in {"det", "amod", "flat", "compound", "appos"}
                             and c.i < marks[0].i])
        hi = max([head.i] + [c.i for c in head.children if c.dep_ in {"flat", "compound", "appos"} and c.i < marks[0].i])
    else:
        # the noun phrase opening the sentence, whatever the parse ("De partijen die … zijn van mening dat …")
        k = sent.start
        while k < marks[0].i and doc[k].pos_ in {"DET", "ADJ"}:
            k += 1
        lo, hi = sent.start, k
        while hi + 1 < marks[0].i and doc[hi + 1].pos_ == "PROPN":
            hi += 1
        if k >= marks[0].i or not (doc[k].pos_ == "PROPN" or (doc[k].pos_ == "NOUN" and (
                is_agent_noun(doc[k]) or persons().is_role(doc[k].text)))):
            return None
        head = doc[k]
    if head.morph.get("Number") and cue.morph.get("Number") and head.morph.get("Number") != cue.morph.get("Number") \
            and head.pos_ != "PRON":
        return None  # the cue verb does not agree with that subject
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


def _fronted_subject_before_object(doc: Doc, start: int, end: int, raw: RawClaim) -> tuple[int, int] | None:
    """A name opening the sentence right before the cue verb when the source phrase after the verb
    is a thing, not a source ('GL-PvdA noemt de verklaring … ongeloofwaardig' → GL-PvdA)."""
    cue = _cue_token(doc, raw)
    span = doc.char_span(start, end, alignment_mode="expand")
    if cue is None or span is None or not len(span) or span.start <= cue.i or "Fin" not in cue.morph.get("VerbForm"):
        return None
    head = span.root
    if head.pos_ != "NOUN" or head.text[:1].isupper() or is_agent_noun(head) or persons().is_role(head.text) \
            or _kind(span.text) != "person" or head.morph.get("Number") == ["Plur"]:
        return None  # "de minister", "het ministerie", "boeren": a source after the verb
    sent = cue.sent
    fronted = _fronted_name(doc, sent.start_char, sent.end_char)
    if fronted is None or doc.char_span(*fronted, alignment_mode="expand").end != cue.i:
        return None
    return fronted


def _relative_clause_subject(doc: Doc, start: int, end: int, raw: RawClaim) -> tuple[int, int] | None:
    """The subject of a relative clause whose verb is the cue, when the source phrase is the noun
    the clause is on ('Andere reden die Nicolai ziet: …', 'Het probleem dat minister Smit noemt: …'):
    the noun is the verb's object, the name in the clause says it."""
    cue = _cue_token(doc, raw)
    span = doc.char_span(start, end, alignment_mode="expand")
    if cue is None or span is None or not len(span) or cue.dep_ != "acl:relcl" or not span.start <= cue.head.i < span.end:
        return None
    if span.root.pos_ != "NOUN" or is_agent_noun(span.root) or persons().is_role(span.root.text):
        return None  # "De minister die zei dat …": the noun itself is the subject
    # (with a thing noun before it the relative pronoun is the object, whatever the parse made of it)
    subject = next((c for c in cue.children if c.dep_ in {"nsubj", "nsubj:pass", "obj"} and c.pos_ in {"PROPN", "NOUN"}
                    and not span.start <= c.i < span.end and c.i < cue.i), None)
    if subject is None or (subject.pos_ == "NOUN" and not (is_agent_noun(subject) or persons().is_role(subject.text))):
        return None
    parts = [subject] + [c for c in subject.children if c.dep_ in {"flat", "compound", "det", "amod", "appos"}
                         and c.i < cue.i]
    lo, hi = min(t.i for t in parts), max(t.i for t in parts)
    while lo > span.end and doc[lo - 1].text[:1].islower() and persons().is_role(doc[lo - 1].text):
        lo -= 1  # "dat minister Smit noemt"
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


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
    if len(words) == 2 and words[1][:1].isupper() and _AGE_DESCRIPTION.match(fold(words[0])):
        words = words[1:]  # "de 26-jarige Brit": the nationality says who
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


_SUBORDINATE = frozenset({"ccomp", "csubj"})  # complement clauses ("merkte hoe X …"), not "Toen X …, zag hij"


def _subordinate_subject_starts(doc: Doc) -> set[int]:
    """Start characters of subject phrases of complement clauses ('… hoe ChatGPT het aanbeveelt')."""
    out = set()
    for s, e, _, _ in _subjects(doc) + _named_subjects(doc):
        span = doc.char_span(s, e, alignment_mode="expand")
        clause = span.root.head if span is not None and len(span) else None
        if clause is not None and (clause.dep_ in _SUBORDINATE or (
                clause.dep_ in {"advcl", "acl", "xcomp"} and clause.i > clause.head.i)):
            out.add(s)  # a clause after its verb; not a fronted one ("Toen Pascal wakker werd, zag hij …")
    return out


def _main_pronoun_subjects(doc: Doc, pron: str, pos: int) -> list:
    """Pronoun subjects of main clauses before ``pos`` that can refer to whom ``pron`` refers to
    (hij after hij; ze/zij after ze/zij with a verb of the same number)."""
    span = doc.char_span(pos, pos + len(pron), alignment_mode="expand")
    sent_start = span.sent.start if span is not None and len(span) else 0
    masculine = pron in W.masculine_pronouns
    feminine = pron in W.she_or_they
    if not masculine and not feminine:
        return []
    number = _verb_number(doc, pos)
    out = []
    for t in doc[max(0, sent_start - 80):]:
        if t.idx >= pos:
            break
        word = fold(t.text)
        if t.pos_ != "PRON" or t.dep_ not in {"nsubj", "nsubj:pass"} or t.head != t.sent.root:
            continue
        if (masculine and word in W.masculine_pronouns) or (
                feminine and word in W.she_or_they and _verb_number(doc, t.idx) == number):
            out.append(t)
    return out


def _coordinated_sources(doc: Doc) -> list[tuple[int, int]]:
    """Characters of coordinations of people or bodies that are no subject ('door Kamerleden en
    Kamervoorzitter Arib'): a noun or name with a 'conj' sibling that can name a source."""
    out = []
    for tok in doc:
        if tok.pos_ not in {"NOUN", "PROPN"} or tok.dep_ in {"nsubj", "nsubj:pass", "conj"}:
            continue
        conjs = [c for c in tok.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]
        if not conjs:
            continue
        parts = [tok] + conjs
        if not all(t.pos_ == "PROPN" or is_agent_noun(t) or persons().is_role(t.text, initial=True) for t in parts):
            continue
        lo = min(t.i for t in tok.subtree if t.dep_ in {"det", "amod", "compound", "flat"} or t == tok)
        last = conjs[-1]
        hi = max([last.i] + [c.i for c in last.children if c.dep_ in {"flat", "compound"}])
        out.append((doc[lo].idx, doc[hi].idx + len(doc[hi].text)))
    return out


_VERBLESS_KEY = "_nlpclaims_verbless_names"
_VERBLESS_MAX_TOKENS = 30


def _verbless_names(doc: Doc) -> list[tuple[int, int]]:
    """Characters of a name that ends a sentence without a verb in a paragraph ('Zo ook Daan.',
    'Op Robben, die een kwartier voor tijd inviel.'): an elliptical sentence that turns to a person,
    whom the next sentence's pronoun or quote is about. Only adverbs, conjunctions and a preposition
    that is not one of place or direction may come before the name ('En nu naar Leeuwarden.' is a
    place, 'de Tour.' and 'Op Yates ruim twee minuten.' are no such sentences); cached."""
    cached = doc.user_data.get(_VERBLESS_KEY)
    if cached is not None:
        return cached
    out = []
    text = doc_text(doc)
    for sent in doc.sents:
        line_start = text.rfind("\n", 0, sent.start_char) + 1
        line_end = text.find("\n", sent.end_char)
        line_end = len(text) if line_end < 0 else line_end
        if sent[-1].text != "." or not (text[line_start:sent.start_char].strip() or text[sent.end_char:line_end].strip()):
            continue  # a heading or a caption on a line of its own, not a sentence of a paragraph
        # the main part: up to the end, or to a comma that opens a relative clause ("Op Robben, die …")
        end = sent.end - 1
        for k in range(sent.start, sent.end - 2):
            if doc[k].text == "," and "Rel" in doc[k + 1].morph.get("PronType"):
                end = k
                break
        main = doc[sent.start:end]
        if end < sent.end - 1 and (sent.root.pos_ in {"VERB", "AUX"} or any(
                c.dep_ in {"cop", "aux", "aux:pass"} for c in sent.root.children)):
            continue  # the main clause goes on after the relative clause ("Voor X, die …, kon er …")
        if not len(main) or len(main) > _VERBLESS_MAX_TOKENS or any(t.pos_ in {"VERB", "AUX"} for t in main):
            continue
        lo = hi = end - 1
        while lo - 1 >= sent.start and doc[lo - 1].text[:1].isupper() and not doc[lo - 1].is_sent_start and \
                doc[lo - 1].pos_ in {"PROPN", "X", "ADV", "ADJ"}:
            lo -= 1  # "Op Arjen Robben"
        name = doc[lo:hi + 1]
        if lo == sent.start or not all(t.text[:1].isupper() and t.is_alpha for t in name) or persons().never_source(name.text):
            continue
        if not any(t.pos_ == "PROPN" or is_known_name(doc, t) or name_by_usage(doc, t) for t in name):
            continue
        before = doc[sent.start:lo]
        if not all(t.pos_ in {"ADV", "ADP", "CCONJ"} for t in before) or fold(before[-1].text) in _PLACE_PREPOSITIONS \
                or fold(before[-1].text) in persons().surname_particle_phrases:
            continue  # not a place ("naar Leeuwarden"), nor a particle of the name ("Van Haersma Buma")
        out.append((name[0].idx, name[-1].idx + len(name[-1].text)))
    doc.user_data[_VERBLESS_KEY] = out
    return out


_PLACE_PREPOSITIONS = frozenset(W.place_prepositions)
_WHOLE_AGENT_WORDS = frozenset(w for w in W.agent_suffixes if len(w) <= 4)  # "boer", "arts", "lid"
_CLAUSE_ARGUMENTS = frozenset({"nsubj", "obj", "iobj", "obl"})


def _plural_groups(doc: Doc) -> list[tuple[int, int]]:
    """Characters of plural noun phrases that name people or bodies ('de regeringsfracties', 'deze
    veiligheidsorganisaties'), whatever their role in the clause (subject, object, adverbial): a
    plural agent noun with its determiner and adjectives."""
    out = []
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.morph.get("Number") != ["Plur"] or tok.text[:1].isupper() or not is_agent_noun(tok):
            continue
        lemma = tok.lemma_.lower() if tok.lemma_ else tok.lower_
        if len(lemma) <= 4 and lemma not in _WHOLE_AGENT_WORDS:
            continue  # "deuren" (deur), not a person noun in -eur; "boeren", "artsen" are
        argument = tok.dep_.split(":")[0] in _CLAUSE_ARGUMENTS or (
            tok.dep_.startswith("nmod") and any(c.dep_ == "case" for c in tok.children))  # "steun van de gemeenten"
        if not argument or any(c.dep_ == "conj" for c in tok.children):
            continue  # a noun inside another noun phrase ("een groep extremisten"), or a coordination (_coordinated_sources)
        lo = min([tok.i] + [c.i for c in tok.children if c.dep_ in {"det", "amod", "compound"} and c.i < tok.i])
        out.append((doc[lo].idx, tok.idx + len(tok.text)))
    return out


def _quoted_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Characters inside the quotation marks of the doc's direct quotes and of quoted lines
    (a subheading "'Werk per zaak neemt toe'" on a line of its own)."""
    ranges = [(r.start, r.end) for r in doc._.get(ext.RAW_CLAIMS) if r.kind == "direct"]
    ranges += [(m.start(), m.end()) for m in _QUOTED_LINE.finditer(doc_text(doc))]
    return ranges


_QUOTED_LINE = re.compile(r"^[ \t]*['‘’\"„“”‚][^\n]+['‘’\"“”][ \t]*$", re.MULTILINE)


def _verb_number(doc: Doc, pos: int) -> str | None:
    """'Sing' or 'Plur': the number of the finite verb whose subject is the pronoun at ``pos``."""
    span = doc.char_span(pos, pos + 3, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span[0]
    if tok.dep_ not in {"nsubj", "nsubj:pass"}:
        return None
    verb = tok.head
    if verb.pos_ not in {"VERB", "AUX"} or "Fin" not in verb.morph.get("VerbForm"):
        # "zij zijn blij", "zij zullen beamen": the finite copula or auxiliary carries the number
        verb = next((c for c in verb.children if c.dep_ in {"cop", "aux", "aux:pass"}
                     and "Fin" in c.morph.get("VerbForm")), verb)
    number = verb.morph.get("Number")
    if not number and verb.morph.get("VerbForm") == ["Inf"] and verb.pos_ == "VERB" and abs(verb.i - tok.i) <= 2 \
            and verb.lower_.endswith(_FINITE_PLURAL_ENDING) and not any(c.dep_.startswith("aux") for c in verb.children):
        return "Plur"  # "zij beamen" tagged an infinitive: next to its subject, with no auxiliary, it is finite
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
            elif j > k and k > 1 and doc[k - 1].pos_ == "NOUN" and doc[k - 1].text.islower() and \
                    persons().is_role(doc[k - 2].text):
                out.append((doc[k].idx, doc[j].idx + len(doc[j].text)))  # "hoogleraar geopolitiek Anna Berg"
            k = j + 1
        else:
            k += 1
    doc.user_data[_NAMES_KEY] = out
    return out


def _someone_else_with_role(doc: Doc, start: int, end: int, canon: str, same: dict[str, str]) -> bool:
    """Whether a person of the role is introduced without a name between ``start`` and ``end``: an
    indefinite role ('een (andere) woordvoerder') or a role after 'ander(e)'."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    for t in span:
        if t.idx < start or not t.text[:1].islower() or not persons().is_role(t.text) or any(
                h[0] == t.idx for h in _role_holders(doc)):  # the role of a named holder itself
            continue
        body, role = _role_parts(t.text)
        if same.get(role, role) != canon:
            continue
        k = t.i - 1
        while k >= span.start and doc[k].pos_ == "ADJ":
            k -= 1
        if k >= span.start and (fold(doc[k].text) in W.indefinite_article or any(
                fold(doc[a].text) in W.other_adjectives for a in range(k + 1, t.i))):
            return True
    return False


def _name_run_end(doc: Doc, k: int) -> int:
    """End token of a personal name starting at token ``k`` ('Mark van Bommel'), or ``k`` when none:
    capitalised words, and lower-case particles between them."""
    particles = persons().particles
    j = k
    while j < len(doc) and doc[j].text[:1].isupper() and doc[j].text[:1].isalpha():
        j += 1
        p = j
        while p < len(doc) and fold(doc[p].text) in particles and doc[p].text[:1].islower():
            p += 1
        if p > j and p < len(doc) and doc[p].text[:1].isupper():
            j = p
    return j


def _role_parts(word: str) -> tuple[str, str]:
    """(body, role) of a role noun: ('psv', 'trainer') for 'PSV-trainer'; a lower-case first part
    is no body but part of the role ('oud-trainer', 'assistent-trainer')."""
    body, _, role = word.rpartition("-")
    if body and (not body[:1].isupper() or fold(body) in W.role_modifier_prefixes):
        return "", fold(word)
    return fold(body), fold(role)


def _role_holders(doc: Doc) -> list[tuple[int, str, str | None, tuple[int, int]]]:
    """Persons introduced with a role, in text order: (char of the role word, folded role, folded
    body or None, name span) for 'PSV-trainer Mark van Bommel', 'Trainer Mark van Bommel (van
    PSV)' and 'Mark van Bommel, trainer van PSV,'; cached."""
    cached = doc.user_data.get(_HOLDERS_KEY)
    if cached is not None:
        return cached
    db = persons()
    out = []

    def body_after(k: int) -> str | None:  # "van PSV", "van de Europese Centrale Bank"
        if k < len(doc) and fold(doc[k].text) in W.of_preposition:
            k += 1 + (k + 1 < len(doc) and fold(doc[k + 1].text) in W.definite_articles)
            if k < len(doc) and doc[k].text[:1].isupper():
                return fold(doc[k].text)
        return None

    for t in doc:
        if t.text[:1].isupper() and "-" not in t.text and not t.is_sent_start:
            continue
        if not db.is_role(t.text, initial=t.is_sent_start) or not _singular_role(fold(t.text)):
            continue
        body, role = _role_parts(t.text)
        end = _name_run_end(doc, t.i + 1)
        if end == t.i + 1 or (end == t.i + 2 and doc[t.i + 1].pos_ != "PROPN") or db.is_role(doc[t.i + 1].text, initial=True):
            continue
        out.append((t.idx, role, body or body_after(end), (doc[t.i + 1].idx, doc[end - 1].idx + len(doc[end - 1].text))))
    for t in doc:  # "Mark van Bommel is de nieuwe trainer van PSV": a role as the predicate of a name
        if not t.text[:1].islower() or not any(c.dep_ == "cop" for c in t.children) or not _singular_role(fold(t.text)) \
                or not db.is_role(t.text):
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
        if subj is None:
            continue
        k = subj.left_edge.i
        end = _name_run_end(doc, k)
        if end - k >= 2 and end > subj.i:
            body, role = _role_parts(t.text)
            out.append((t.idx, role, body or body_after(t.i + 1), (doc[k].idx, doc[end - 1].idx + len(doc[end - 1].text))))
    k = 0
    while k < len(doc):
        end = _name_run_end(doc, k)
        if end - k >= 2 and end + 1 < len(doc) and doc[end].text == ",":
            r = end + 1 + (fold(doc[end + 1].text) in W.definite_articles)
            if r < len(doc) and doc[r].text[:1].islower() and db.is_role(doc[r].text) and _singular_role(fold(doc[r].text)):
                body, role = _role_parts(doc[r].text)
                out.append((doc[k].idx, role, body or body_after(r + 1), (doc[k].idx, doc[end - 1].idx + len(doc[end - 1].text))))
        k = max(end, k + 1)
    out.sort()
    doc.user_data[_HOLDERS_KEY] = out
    return out


def _introduced_names(doc: Doc) -> list[tuple[int, int]]:
    """First mentions of a personal name (two or more capitalised proper-name tokens) that come with
    a role: before it ('directeur Jan Smit') or as an apposition after it ('Jan Smit, directeur van
    het circuit,')."""
    seen: set[str] = set()
    out = []
    k = 0
    while k < len(doc):
        if doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
            j = k
            while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN" and doc[j + 1].text[:1].isupper():
                j += 1
            surname = doc[j].text
            if j > k and surname not in seen:
                before = k > 0 and persons().is_role(doc[k - 1].text)
                after = j + 2 < len(doc) and doc[j + 1].text == "," and any(
                    persons().is_role(t.text) for t in doc[j + 2 : j + 4] if t.text[:1].islower())
                if before or after:
                    out.append((doc[k].idx, doc[j].idx + len(doc[j].text)))
            seen.update(t.text for t in doc[k : j + 1])
            k = j + 1
        else:
            k += 1
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
        # a name opening the sentence right before its finite verb ("Van Helvert kreeg …"), whatever the parse
        fronted = _fronted_name(doc, sent.start_char, sent.end_char)
        run = doc.char_span(*fronted, alignment_mode="expand") if fronted is not None else None
        if run is not None and not any(s < fronted[1] and fronted[0] < e for s, e in known) and \
                not any(s < fronted[1] and fronted[0] < e for s, e, _, _ in out) and (
                all(t.pos_ == "PROPN" for t in run) or _particle_name_subject(doc, run)):
            out.append((fronted[0], fronted[1], False, True))
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


def _shares_subject(text: str, raw: RawClaim, last: Claim) -> bool:
    """A cue verb right after a coordinator, in the sentence of the claim before it and after that
    claim, with no subject of its own: the coordinated verb shares the earlier verb's subject."""
    if raw.cue_start is None or last.speaker == UNKNOWN_SPEAKER_ID or not raw.sentence[0] <= last.start < raw.cue_start:
        return False
    before = text[last.end : raw.cue_start].split()
    return bool(before) and fold(before[-1]) in W.coordinators


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
                len(core.split()) == 1 and core.lower().endswith(_PLURAL_ENDINGS)) or _role_and_name(core)
                or _kin_and_name(core)):
            return [(phrase, start)]
        at = start + a + (len(part) - len(part.lstrip()))
        part = part.strip()
        if _kin_and_name(part):  # "haar man Jan": the person is Jan
            cut = len(" ".join(part.split()[:2])) + 1
            part, at = part[cut:], at + cut
        parts.append((part, at))
    if _role_and_name(parts[-1][0]) and all(len(p.split()) == 1 and persons().is_role(p, initial=True)
                                            for p, _ in parts[:-1]):
        return [(phrase, start)]  # "Historicus en slavernij-deskundige Piet Emmer": one person, two roles
    first = _BRACKETS.sub("", parts[0][0]).split()
    if _title_with_van(first) or (len(parts) == 2 and len(first) > 2 and first[-2].lower() in W.of_preposition and not (
            len(first) == 3 and first[0][:1].isupper() and first[0].lower() not in W.articles)):
        # "minister van Justitie en Veiligheid", "het Ministerie van Infrastructuur en Waterstaat",
        # "Directeur Wim Pijbes van Droom en Daad": one source ("Chris van Dam en Monica den Boer" are two)
        return [(phrase, start)]
    if len(parts) == 2 and len(first) >= 5 and len(parts[1][0].split()) == 1 and (W.of_preposition | W.org_name_linker) & {
            w.lower() for w in first[1:]}:
        return [(phrase, start)]  # "El Khal van de Vereniging voor Rechten en Rechtvaardigheid": the end of a name
    if len(parts) == 2 and len(parts[1][0].split()) == 1 and any(
            first[k].lower() in W.org_name_linker | W.english_name_linkers and fold(first[k - 1]).endswith(_ORG_NAME_HEADS)
            for k in range(1, len(first) - 1)):
        return [(phrase, start)]  # "het Rijksinstituut voor Volksgezondheid en Milieu": one body's name
    bare = first[1:] if first and first[0].lower() in W.definite_articles else first
    last = parts[1][0].split()
    if len(parts) == 2 and len(bare) >= 2 and fold(bare[0]).endswith(_ORG_NAME_HEADS) and all(
            _is_name_word(w) and w[1:].islower() for w in bare + last) and len(last) == 1 and _kind(last[0]) != "country":
        return [(phrase, start)]  # "de Autoriteit Consument en Markt", "Stichting Natuur en Milieu": one body's name
    if len(parts) == 2 and len(first) >= 6 and persons().is_role(first[0], initial=True) and \
            _is_name_word(first[1]) and _is_name_word(first[2]) and first[3].lower() in W.of_preposition and \
            any(len(o) >= 4 and fold(parts[1][0].split()[0]).endswith(o) for o in persons().organisation_words):
        # "directeur Piet Hagedoorn van de Natuur en Milieufederatie Utrecht": a role, a whole name and
        # the body it belongs to, whose own name holds the "en"
        return [(phrase, start)]
    return parts


def _correlative(text: str, phrase: str, start: int) -> list[tuple[str, int]]:
    """'(zowel) Macron als Scholz' → two sources: a correlative coordination, its first word before
    the phrase or opening it; [] for any other phrase ('Macron als president')."""
    pairs = W.map("correlative_and")
    words = phrase.split()
    before = text[max(0, start - 20):start].split()
    opener = fold(words[0]) if words and fold(words[0]) in pairs else (fold(before[-1]) if before else "")
    joiner = pairs.get(opener)
    if joiner is None:
        return []
    if fold(words[0]) == opener:
        skip = len(phrase) - len(phrase[len(words[0]):].lstrip())
        phrase, start = phrase[skip:], start + skip
    m = re.search(rf"\s+{re.escape(joiner)}\s+", phrase)
    if m is None or not phrase[:1].isupper() and fold(phrase.split()[0]) not in W.definite_articles:
        return []
    first, second = phrase[:m.start()], phrase[m.end():]
    if not second[:1].isupper() and fold(second.split()[0]) not in W.definite_articles:
        return []
    return [(first, start), (second, start + m.end())]


_NAME = rf"(?:(?:{_alternation(W.definite_articles)})\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?"
_AND = _alternation(W.conj_and)
_LIST_AFTER = re.compile(rf"(?:,\s*{_NAME})*\s+(?:{_AND})\s+{_NAME}")
_LIST_SPLIT = re.compile(rf",\s*|\s+(?:{_AND})\s+")
_LEADING_ARTICLE = re.compile(rf"^(?:{_alternation(W.definite_articles)})\s+", re.IGNORECASE)


def _distributive_roles(phrase: str) -> list[str]:
    """'de ministers van Buitenlandse Zaken van het VK, Frankrijk en Duitsland' → the minister of each
    country; [] for any other phrase."""
    words = phrase.split()
    if words and words[0].lower() in W.definite_articles:
        words = words[1:]
    if len(words) < 5 or not words[0].islower():
        return []
    singular = next((words[0][: -len(end)] for end in sorted(_PLURAL_ENDINGS, key=len) if words[0].endswith(end)
                     and persons().is_role(words[0][: -len(end)])), None)
    if singular is None:
        return []
    # the last "van" opens the listed countries; what stands between is the role's own complement
    of_at = max((k for k, w in enumerate(words) if w.lower() in W.of_preposition), default=0)
    if of_at == 0:
        return []
    middle_words, countries = words[1:of_at], " ".join(words[of_at + 1:])
    items = [x.strip() for x in _LIST_SPLIT.split(countries) if x.strip()]
    if len(items) < 2 or not any(w.lower() in W.conj_and for w in words[of_at + 1:]) or (
            middle_words and middle_words[0].lower() not in W.of_preposition):
        return []
    if not all(_kind(_LEADING_ARTICLE.sub("", x)) in {"country", "organisation"} and x.split()[-1][:1].isupper()
               for x in items):
        return []
    if not any(_kind(x.split()[-1]) == "country" for x in items):
        return []
    of = words[of_at]
    return [" ".join([singular, *middle_words, of, x]) for x in items]


def _role_then_acronym(phrase: str) -> bool:
    """'de rechter XTAL': a definite role noun, then an acronym — a body that is not this person's name."""
    words = phrase.split()
    return len(words) == 3 and words[0].lower() in W.definite_articles and persons().is_role(words[1]) and \
        words[2].isalpha() and words[2].isupper() and len(words[2]) > 1


def _role_and_name(phrase: str) -> bool:
    """'minister Keijzer', 'burgemeester Femke Halsema': a role word and a capitalised name."""
    words = phrase.split()
    return len(words) > 1 and persons().is_role(words[0]) and words[1][:1].isupper()


def _kin_and_name(phrase: str) -> bool:
    """'haar man Jan', 'zijn dochter Eva': a possessive, a lower-case noun of a person and a name."""
    words = phrase.split()
    return len(words) >= 3 and fold(words[0]) in persons().possessives and words[1].islower() and \
        all(_is_name_word(w) or fold(w) in persons().particles for w in words[2:]) and words[-1][:1].isupper()


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
        if len(words) > 1 and words[1].lower() in W.ratio_prepositions:
            break  # "een op de vijf artsen": a number, read with its ratio
        words = words[1:]
    return " ".join(words)






@lru_cache(maxsize=1 << 12)
def _singular_role(word: str) -> bool:
    """Whether a lower-case word is a role noun in the singular ('politicus', not 'woordvoerders')."""
    db = persons()
    return db.is_role(word) and not any(word.endswith(e) and db.is_role(word[: -len(e)]) for e in _PLURAL_ENDINGS)


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
    parts = name.split("-")
    if len(words) == 1 and len(parts) > 1 and all(p[:1].isupper() for p in parts) and any(
            p.isupper() and len(p) > 1 for p in parts):
        return "organisation"  # an acronym compound: "MKB-Nederland", "GL-PvdA"
    head = words[0] if words else ""
    of_at = next((k for k in range(1, len(words)) if words[k] in W.of_preposition), None)
    if of_at is not None:
        head = words[of_at - 1]
    if any(key == w or key.startswith(w + " ") for w in W.ministry_portfolios):
        return "organisation"  # "Financiën", "Buitenlandse Zaken": a ministry by its portfolio
    if any(w.endswith(db.document_suffixes) for w in words):
        return "organisation"  # a law, treaty or report ("de Aanpassingswet AVG") is nobody's "hij"
    if any(head.endswith(role) for role in db.source_role_heads):
        return "person"
    if of_at is None and len(words) > 1 and name[:1].islower() and _singular_role(words[-1]):
        return "person"  # "lokale politicus", "Amerikaanse diplomaat": a singular role noun heads the phrase
    if any(w in words or (len(w) >= 4 and (key.endswith(w) or (head.endswith(w) and head[:1].islower())))
           for w in db.organisation_words):
        return "organisation"  # "belangenvereniging Den Dolder", "hulpinstantie 113"
    if len(words) > 1 and name.split()[0][:1].islower() and head == words[0] and head.endswith(_PLURAL_ENDINGS) \
            and of_at == 1:
        return "group"  # "inwoners van Den Dolder": a plural noun with what they belong to
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
