"""Who a free-text source phrase names, and one id per person or body in an article.

A source phrase such as "de 85-jarige politicoloog Annemarie Walter van de Universiteit" is
reduced to the name of its source ("Annemarie Walter") with the kind of source and the role
words it carried ("politicoloog"); later forms of the same source ("Walter", "de politicoloog",
"onderzoeker Walter") get the same id. Phrases that never name a source (pronouns, reflexives,
numbers, nouns of quantity, time words, interjections) give no name at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..lang.numbers import is_number_word
from ..lang.persons import persons
from ..lang.words import W
from ..registry import fold, slugify
from ..schema import Speaker

_MAX_NAME_WORDS = 9
_BRACKETS = re.compile(r"\s*\([^()]*\)")
_OPEN_BRACKET = re.compile(r"\s*\([^()]*$")  # "(CDA" when the phrase was cut before its ")"
_LINE_BREAK_HYPHEN = re.compile(r"(\w)-\s*\n\s*(\w)")
_GENITIVE = re.compile(r"(\w)['’]s$")
_ABBREVIATION = re.compile(r"\(([A-Z][A-Za-z]{1,8})\)")
_AGE = re.compile(rf"^(\d+|[a-z]+)-?(?:{'|'.join(map(re.escape, sorted(W.inflected_age_adjective)))})$")
_OF_THE = frozenset(f"{of} {the}" for of in W.of_preposition for the in W.definite_articles)  # "van de"
_OF_OR_OF_THE = _OF_THE | W.of_preposition
_INITIAL = re.compile(r"^[A-Z]\.$")
_INNER_CAPITAL = re.compile(r"^[A-Z][a-z]+[A-Z]")  # a brand's inner capital: "TomTom", "PostNL", "GroenLinks"


@dataclass(frozen=True)
class SourceName:
    """The name left from a source phrase, with its kind and the role words before it."""

    name: str
    kind: str  # person, organisation, country, group
    roles: tuple[str, ...] = ()
    person_name: bool = False  # a personal name (a capitalised name after a role or first + last name)

    @property
    def gender(self) -> str | None:
        """'f' or 'm' when a role word says so ('woordvoerster', 'koning'), else None."""
        genders = {persons().gender_of_role(r) for r in self.roles} - {None}
        return genders.pop() if len(genders) == 1 else None

    @property
    def surname(self) -> str | None:
        """The folded last name word of a personal name ('Lineke van Hal' → 'hal')."""
        if not self.person_name:
            return None
        return fold(self.name.split()[-1]).split("-")[0] if self.name.split() else None


def _is_cap(word: str) -> bool:
    return word[:1].isupper() or (word[:1] in "'’" and word[1:2].isupper())


def join_broken_words(text: str) -> str:
    """Undo a hyphen at a line end inside a word ('Wal-\\nter' → 'Walter', 'Verheij-\\nde' kept)."""
    return _LINE_BREAK_HYPHEN.sub(lambda m: m.group(1) + ("" if m.group(2).islower() and not _particle_next(m) else "-") + m.group(2), text)


def _particle_next(m: re.Match) -> bool:
    rest = m.string[m.start(2):].split()
    return len(rest) > 1 and fold(rest[0]) in persons().particles and _is_cap(rest[1])


def clean_source(phrase: str, kind_guess) -> SourceName | None:
    """The source a phrase names, or None when it names none (see module docstring).

    ``kind_guess`` maps a name without role to a kind (organisation, country, group, person)."""
    words_db = persons()
    phrase = join_broken_words(phrase)
    phrase = _OPEN_BRACKET.sub("", _BRACKETS.sub("", phrase))
    phrase = " ".join(phrase.split()).strip(" ,.:;\"'„“”‘’()")
    if not phrase or words_db.never_source(phrase):
        return None
    words = _split_role_compounds(phrase.split())
    roles: list[str] = []

    def low(k: int) -> str:
        return fold(words[k]).strip(",.:;")

    # leading conjunctions, adverbs, articles, possessives, numbers, ages, quantities, time words
    changed = True
    while words and changed:
        changed = False
        w = low(0)
        if len(words) > 3 and _number_word(w) and low(1) in W.ratio_prepositions and _number_word(low(len(words) - 2)) \
                and all(low(k) in W.definite_articles for k in range(2, len(words) - 2)):
            words = words[-1:]  # "zes op de tien patiënten", "een op de vijf artsen"
            changed = True
        elif len(words) > 1 and (w in words_db.leading_words or w in words_db.possessives or w in words_db.quantifiers
                               or w in words_db.time_words or w in words_db.interjections
                               or _AGE.match(w)):
            rest = next((x for x in words[1:] if fold(x) not in words_db.particles), "")
            if w in words_db.particles and w not in W.definite_articles and _is_cap(rest) and \
                    all(fold(x) in words_db.particles for x in words[1:words.index(rest)]):
                break  # "van der Weerden", "Van der Garde": a name with its particle
            if w in W.common_article and _is_cap(words[1]) and len(words) > 1 and words[0][:1].isupper() and \
                    _looks_like_surname_after_particle(words):
                break  # "De Jong", "De Breij"
            words = words[1:]
            changed = True
        elif len(words) > 2 and (w.isdigit() or w in words_db.number_words) and low(1) in words_db.time_words:
            words = words[2:]  # "60 jaar Studio Sport": an anniversary, then the name
            changed = True
        elif len(words) > 2 and (w in words_db.quantity_nouns or _number_word(w)) and low(1) in W.of_preposition:
            words = words[2:]  # "de helft van de Britten"
            changed = True
        elif len(words) > 1 and _number_word(w) and low(1) in words_db.quantity_nouns:
            if len(words) == 2:
                return None  # "17 procent": an amount, not a source
            if len(words) > 3 and low(2) in W.of_preposition:
                words = words[3:]  # "43 procent van de kiezers"
                changed = True
    if not words:
        return None
    # trailing time words and adverbs ("Verheij-de Haas dinsdag")
    while len(words) > 1 and (low(len(words) - 1) in words_db.time_words
                              or low(len(words) - 1) in words_db.trailing_adverbs):
        words = words[:-1]
    words[-1] = _GENITIVE.sub(r"\1", words[-1].rstrip(",.:;"))
    text = " ".join(words)
    if words_db.never_source(text):
        return None
    # a personal name after role words: "Japanse keizer Akihito", "Italië-correspondent Mustafa Marghadi"
    person = False
    role_at = None
    for r in _roles_before_name(words):
        run = _name_run(words[r + 1:], kind_guess)
        rest = words[r + 1 + len(run):]
        if not rest or _is_cap(rest[0]) or fold(rest[0]) in words_db.particles:
            role_at = r  # not "Topman Europese bank" (an adjective after the role), nor "president
            break        # Trumps adviseur Peter Navarro" (a genitive: the adviser is named after it)
    if role_at is not None:
        roles = [fold(w) for k, w in enumerate(words[: role_at + 1]) if words_db.is_role(w, initial=k == 0)]
        words = _name_run(words[role_at + 1:], kind_guess)
        person = True
    elif (tail := _name_after_affiliation(words)) is not None:
        # "voorzitter van ZZP-Nederland Maarten Post": a role, its body, then the person's name
        roles = [fold(words[0])]
        words = words[tail:]
        person = True
    elif _is_cap(words[0]):
        run = _name_run(words, kind_guess)
        if len(run) >= 2 and len(run) < len(words) and _is_personal(run) and fold(words[len(run)]) in W.of_preposition:
            words = run  # "Hans Heerkens van de Universiteit Twente": the person, not the affiliation
            person = True
        elif len(run) == len(words) and _is_personal(run) and not words_db.is_role(words[0], initial=True):
            person = True
        elif len(run) == 1 and len(words) > 2 and fold(words[1]) in W.of_preposition and kind_guess(run[0]) == "person" \
                and not words_db.is_role(run[0], initial=True) and (
                kind_guess(" ".join(words[2:])) in {"organisation", "country"}
                or (fold(words[2]) in W.definite_articles and len(words) > 4)):
            words = run  # "Pors van het Haga Lyceum": a surname and an affiliation
    if len(words) > _MAX_NAME_WORDS:
        words = words[:_MAX_NAME_WORDS]
    name = " ".join(words).strip(" ,.:;")
    if not name or words_db.never_source(name):
        return None
    kind = "person" if person else kind_guess(name)
    if person and kind_guess(name) in {"country", "organisation"} and not roles:
        kind = kind_guess(name)
        person = False
    return SourceName(name=name, kind=kind, roles=tuple(roles), person_name=person and kind == "person")


def _number_word(word: str) -> bool:
    """A number in digits or words ('60', 'zestig', 'miljoenen')."""
    return is_number_word(word) or word in persons().number_words


def _roles_before_name(words: list[str]) -> list[int]:
    """Indexes of role words right before a personal name ('Japanse keizer Akihito' → [1],
    'fanclubvoorzitter van der Weerden' → [0], 'minister van Defensie' → [])."""
    db = persons()
    found = []
    for r, w in enumerate(words[:-1]):
        if not db.is_role(w, initial=r == 0) or (r > 0 and _is_cap(w.rsplit("-", 1)[-1])):
            continue
        j = r + 1
        while j < len(words) and fold(words[j]) in db.particles and not _is_cap(words[j]):
            j += 1
        if j >= len(words) or not _is_cap(words[j]):
            continue
        if j > r + 1 and " ".join(fold(x) for x in words[r + 1:j]) not in db.surname_particles_after_role:
            continue  # "minister van Defensie", "woordvoerder van de Volkskrant": an affiliation
        found.append(r)
    return found


def _name_after_affiliation(words: list[str]) -> int | None:
    """Index of a personal name that ends a role with its body ('voorzitter van ZZP-Nederland
    Maarten Post', 'directeur van de NVWA Jan de Boer'): at least one capitalised word of the body
    before a first and a last name; else None ('minister van Defensie', 'voorzitter van Dam')."""
    db = persons()
    if len(words) < 5 or not db.is_role(words[0], initial=True) or fold(words[1]) not in W.of_preposition:
        return None
    body = 2 + (fold(words[2]) in W.definite_articles)
    if not all(_is_cap(w) or fold(w) in db.particles for w in words[body:]):
        return None
    for start in range(body + 1, len(words) - 1):
        tail = words[start:]
        if _is_cap(tail[0]) and fold(tail[0]) not in db.particles and _is_personal(tail) and len(_name_parts(tail)) == 2 \
                and not any(fold(w) in db.countries for w in tail) and fold(tail[0]) not in db.organisation_words \
                and not (start > body and _is_cap(words[start - 1]) and fold(words[start - 1]).endswith(W.tuple("adjective_ending"))):
            return start  # not "het Rode Kruis Nederland", "Economische Zaken Keijzer" (an adjective before)
    return None


def _looks_like_surname_after_particle(words: list[str]) -> bool:
    """'De Vries', 'De Jong': a capitalised particle opening a surname (two words in all); not a
    noun of a group of people at a sentence start ('De Kamerleden', 'De CDA-bewindspersonen')."""
    if len(words) != 2:
        return False
    tail = words[1].rsplit("-", 1)[-1]
    compound = "-" in words[1] and tail[:1].islower() and fold(tail) not in persons().particles  # "CDA-fractie"
    return not (compound or fold(words[1]).endswith(W.tuple("plural_person_endings")))


def _name_run(words: list[str], kind_guess=None) -> list[str]:
    """The longest run of name words from the start: capitalised words and particles inside a name,
    ending before an affiliation ('van Shell') once a first and a last name are complete."""
    db = persons()
    run: list[str] = []
    k = 0
    while k < len(words):
        w = words[k]
        if _is_cap(w) and not (run and fold(w) in W.conj_and):
            initial = len(w) == 2 and w.endswith(".")
            run.append(w if initial else w.rstrip(",.:;"))
            if w.endswith((",", ".", ":", ";")) and not initial:
                break
            k += 1
            continue
        # particles: take them only when a capitalised word follows ("van der Weerden")
        j = k
        while j < len(words) and fold(words[j]) in db.particles and not _is_cap(words[j]):
            j += 1
        if j > k and j < len(words) and _is_cap(words[j]):
            caps = len(_name_parts(run))
            particle = " ".join(fold(x) for x in words[k:j])
            after = fold(words[j + 1]) if j + 1 < len(words) else ""
            rest_kind = kind_guess(" ".join(words[j:])) if kind_guess is not None else None
            if any(part.isupper() and len(part) > 1 for part in words[j].split("-")) or _INNER_CAPITAL.search(words[j]):
                # "Wilfred Beens van FNV", "Jacco Vonhof van MKB-Nederland", "Mike Schoofs van TomTom"
                rest_kind = "organisation"
            if any(fold(x) in db.particles and not _is_cap(x) for x in run) or (
                    caps >= 1 and particle in _OF_OR_OF_THE and rest_kind in {"organisation", "country"}) or (
                    caps >= 1 and particle in _OF_THE and len(words) - j >= 2) or (
                    caps >= 2 and particle in _OF_THE) or (
                    after and not _is_cap(words[j + 1]) and after not in db.particles) or (
                    caps >= 2 and after and _is_cap(words[j + 1])):
                # a complete name, then an affiliation: "Hans Heerkens van de Universiteit Twente",
                # "Marjan van Loon van Shell", "Grapperhaus van Justitie en Veiligheid"
                break
            run.extend(words[k:j])
            k = j
            continue
        break
    return run


def _split_role_compounds(words: list[str]) -> list[str]:
    """'fanclubvoorzitter-Van der Weerden' → 'fanclubvoorzitter', 'Van', …: a role joined to a name."""
    out = []
    for w in words:
        head, dash, tail = w.partition("-")
        if dash and tail[:1].isupper() and not head[:1].isupper() and persons().is_role(head):
            out += [head, tail]
        else:
            out.append(w)
    return out


def _name_parts(words: list[str]) -> list[str]:
    """The capitalised words of a name that are not particles ('Van Hal' → ['Hal'])."""
    db = persons()
    return [w for w in words if _is_cap(w) and fold(w) not in db.particles]


def _is_personal(run: list[str]) -> bool:
    """A first and a last name ('Lineke van Hal', 'Kjeld Nuis'): two to five words, no all-caps."""
    caps = [w for w in run if _is_cap(w)]
    return 2 <= len(caps) <= 4 and len(run) <= 6 and not any(
        w.isupper() and len(w) > 1 and not _INITIAL.match(w) for w in caps)  # "Peter R. de Vries", not "NOS Sport"


def _without_of_the(key: str) -> str:
    """A folded name without its prepositions 'van' and articles ('advocaat familie fortuyn')."""
    return " ".join(w for w in key.split() if w not in W.of_preposition and w not in W.definite_articles)


def _new_id(source: SourceName) -> str:
    """'annemarie-walter', 'de-vries' (a person's particle stays), 'britse-regering'."""
    if source.person_name:
        return "-".join(re.findall(r"[a-z0-9]+", fold(source.name)))[:60] or "unknown"
    return slugify(source.name)


@dataclass
class _Entity:
    sid: str
    source: SourceName
    forms: list[str] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)  # folded abbreviations: "bdd"
    indefinite: bool = False  # once introduced with "een" ("een woordvoerder")


class ArticleSpeakers:
    """The sources of one article outside the registry: one id per person or body."""

    def __init__(self, registry, kind_guess) -> None:
        self.registry = registry
        self.kind_guess = kind_guess
        self.entities: dict[str, _Entity] = {}
        self.speakers: dict[str, Speaker] = {}

    def resolve(self, phrase: str, *, descriptive_first: bool = False, plural_noun: bool = False,
                indefinite: bool = False) -> str | None:
        """The id of the source ``phrase`` names (a new id for a new source), or None.

        ``descriptive_first``: the phrase's first word is an adjective ('Blije Nuis'); it is
        dropped when the rest names a person already in the article. ``plural_noun``: the phrase's
        head is a plural common noun ('Boeren'): a group unless a role made it a person.
        ``indefinite``: the phrase opened with 'een' ('een woordvoerder'): a person not named elsewhere."""
        source = clean_source(phrase, self.kind_guess)
        if source is None:
            return None
        if plural_noun and not source.person_name and source.kind == "person":
            source = SourceName(source.name, "group", source.roles, False)
        if descriptive_first and len(source.name.split()) > 1 and source.name.split()[0] == phrase.split()[0]:
            rest = clean_source(" ".join(phrase.split()[1:]), self.kind_guess)
            if rest is not None and self._find(rest) is not None:
                source = rest
        abbreviation = _ABBREVIATION.search(phrase)
        abbr = fold(abbreviation.group(1)) if abbreviation else None
        # "een woordvoerder", "een andere woordvoerder": someone not named before, unless named so before
        found = self._find(source) if not (indefinite and not source.person_name and len(source.name.split()) == 1
                                           and source.name not in {e.source.name for e in self.entities.values()}) else None
        if found is not None:
            entity = self.entities[found]
            form = " ".join(phrase.split())
            if abbr:
                entity.keys.add(abbr)
            if form not in entity.forms:
                entity.forms.append(form)
            entity.indefinite = entity.indefinite or indefinite
            if source.roles:
                entity.source = SourceName(entity.source.name, entity.source.kind,
                                           tuple(dict.fromkeys(entity.source.roles + source.roles)),
                                           entity.source.person_name)
            self.speakers[found] = self._speaker(found)
            return found
        sid = _new_id(source)
        if self.registry.get(sid) is not None:
            return sid  # a registry speaker named by a form the speaker tagger did not see
        while sid in self.entities:
            sid = sid + "-2" if not sid[-1].isdigit() else sid[:-1] + str(int(sid[-1]) + 1)
        self.entities[sid] = _Entity(sid, source, [" ".join(phrase.split())], {abbr} if abbr else set(), indefinite)
        self.speakers[sid] = self._speaker(sid)
        return sid

    def _find(self, source: SourceName, abbreviation: str | None = None) -> str | None:
        db = persons()
        key = fold(source.name)
        entities = list(self.entities.values())[::-1]  # most recent first
        for e in entities:
            if fold(e.source.name) == key or key in e.keys:
                return e.sid
        if not source.person_name and len(source.name.split()) > 2:
            # "advocaat van de familie Fortuyn" and "advocaat familie Fortuyn": one source
            bare = _without_of_the(key)
            for e in entities:
                if not e.source.person_name and e.source.kind == source.kind and _without_of_the(fold(e.source.name)) == bare:
                    return e.sid
        words = source.name.split()
        parts = _name_parts(words)
        if parts and len(words) < 6 and all(_is_cap(w) or fold(w) in db.particles for w in words):
            # a surname alone ("Walter", "Van Hal", "Verheij-de Haas"): the person whose name ends so
            for e in entities:
                if e.source.person_name and fold(e.source.name).endswith(" " + key):
                    return e.sid
        if len(words) == 1:
            # a role or head noun alone ("de onderzoeker", "de regering", "Haarlemmermeer"): the
            # last source introduced with it
            for e in entities:
                ewords = fold(e.source.name).split()
                if key in e.source.roles or (not e.source.person_name and ewords and (
                        ewords[-1] == key or (ewords[0] == key and not _is_cap(words[0])))):
                    return e.sid
        if len(words) > 1 and not source.person_name:
            # "de Duitse aanklagers" after "aanklagers": the head noun alone was this source
            for e in entities:
                if not e.source.person_name and " " not in e.source.name and fold(e.source.name) == fold(words[-1]):
                    e.source = SourceName(source.name, e.source.kind, e.source.roles, False)
                    return e.sid
            if source.kind == "group":
                # "drie vrouwelijke rechters" after "Italiaanse rechters": one group, unless the
                # proper adjectives differ ("Russische troepen", "Oekraïense troepen")
                mine = {fold(w) for w in words[:-1] if _is_cap(w)}
                for e in entities:
                    ewords = e.source.name.split()
                    theirs = {fold(w) for w in ewords[:-1] if _is_cap(w)}
                    if e.source.kind == "group" and len(ewords) > 1 and fold(ewords[-1]) == fold(words[-1]) and (
                            not mine or not theirs or mine == theirs):
                        return e.sid
        if source.person_name and len(parts) >= 2:
            # a full name after its surname alone: the surname-only source becomes this person
            for e in entities:
                if e.source.kind == "person" and not e.source.person_name or len(_name_parts(e.source.name.split())) == 1:
                    if e.source.kind == "person" and key.endswith(" " + fold(e.source.name)):
                        e.source = SourceName(source.name, "person",
                                              tuple(dict.fromkeys(e.source.roles + source.roles)), True)
                        return e.sid
        return None

    def is_named_person(self, sid: str, *, surname: bool = False) -> bool:
        """Whether this article's source ``sid`` is a person named by a personal name (``surname``:
        or by one capitalised name, 'Vettel')."""
        entity = self.entities.get(sid)
        if entity is None or entity.source.kind != "person":
            return False
        words = entity.source.name.split()
        return entity.source.person_name or (surname and not entity.source.roles and len(words) <= 3
                                             and _is_cap(words[-1]) and not any(w.isupper() for w in words))

    def get(self, sid: str) -> Speaker | None:
        """The speaker with this id, if this article introduced it."""
        return self.speakers.get(sid)

    def _speaker(self, sid: str) -> Speaker:
        e = self.entities[sid]
        return Speaker(id=sid, name=e.source.name, kind=e.source.kind,  # type: ignore[arg-type]
                       gender=e.source.gender if e.source.kind == "person" else None)  # type: ignore[arg-type]

    def finish(self) -> dict[str, str]:
        """Final ids: a source first named by surname and later by full name gets the full name's
        id; the speakers table gets the final names, with the article's other forms as aliases.
        Returns the ids that changed (old → new)."""
        remap: dict[str, str] = {}
        final: dict[str, Speaker] = {}
        merged = self._roles_of_one_person()
        for sid, e in self.entities.items():
            if sid in merged:
                continue
            new = _new_id(e.source)
            if new != sid and (new in self.entities or new in final or self.registry.get(new) is not None):
                new = sid
            if new != sid:
                remap[sid] = new
            aliases = [f for f in dict.fromkeys(e.forms) if f != e.source.name]
            final[new] = Speaker(id=new, name=e.source.name, kind=e.source.kind,  # type: ignore[arg-type]
                                 aliases=aliases, gender=e.source.gender if e.source.kind == "person" else None)  # type: ignore[arg-type]
        for sid, target in merged.items():
            new = remap.get(target, target)
            remap[sid] = new
            final[new].aliases.extend(f for f in self.entities[sid].forms if f not in final[new].aliases)
        self.speakers = final
        return remap

    def _roles_of_one_person(self) -> dict[str, str]:
        """Sources named by a role alone ('Topman' in a headline) that belong to the one named person
        of the article holding that role ('topman Yves Mersch'): role id → person id."""
        db = persons()
        out = {}
        for sid, e in self.entities.items():
            words = e.source.name.split()
            if e.source.person_name or e.source.kind != "person" or not words:
                continue
            # the role word, after adjectives ("politiek commentator") that the named form must share
            at = next((k for k, w in enumerate(words[:3]) if db.is_role(w, initial=k == 0)), None)
            if at is None or any(_is_cap(w) and k > 0 for k, w in enumerate(words[:at])):
                continue
            if e.indefinite:
                continue  # "een woordvoerder": someone else than the named one
            role = fold(words[at])
            adjectives = [fold(w) for w in words[:at]]
            rest = _without_of_the(fold(" ".join(words[at + 1:])))  # "Topman Europese bank": the body it leads
            holders = [x for x in self.entities.values() if x.source.person_name
                       and any(r == role or r.rsplit("-", 1)[-1] == role for r in x.source.roles)]  # "ECB-topman"
            # the body described, not named ("Europese bank", "grote bond"): the one holder of the role
            body = words[at + 1:]
            generic = bool(body) and not _is_cap(body[-1]) and not any(fold(w) in db.coordinators for w in body) and all(
                not _is_cap(w) or fold(w).endswith(W.tuple("adjective_ending")) for w in body[:-1])
            if len(holders) == 1 and (not rest or generic or any(rest in _without_of_the(fold(f)) for f in holders[0].forms)) \
                    and all(any(a in fold(f).split() for f in holders[0].forms) for a in adjectives):
                out[sid] = holders[0].sid
        return out
