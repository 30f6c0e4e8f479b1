"""Dutch words around source names: pronouns with gender and number, titles and roles, name
particles, time words, interjections and words of quantity (data in ``lang/data/persons.json``).

The tables are validated when first loaded; a bad file raises a :class:`ValueError` naming it.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

DATA_FILE = "persons.json"


class Pronoun(BaseModel):
    """Gender (m, f or either) and number (sg, pl or either) a pronoun can refer to."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    gender: Literal["m", "f"] | None = None
    number: Literal["sg", "pl", "any"] = "any"


def _lower_words(values: list[str]) -> list[str]:
    for value in values:
        if not value.strip() or value != value.strip() or value != value.lower():
            raise ValueError(f"{value!r}: entries are lower-case words without surrounding spaces")
    return values


class PersonWords(BaseModel):
    """The word tables of ``persons.json``."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    description: str = ""
    pronouns: dict[str, Pronoun]
    not_sources: list[str] = Field(description="Words that never name a source: other pronouns, quantifiers.")
    number_words: list[str] = Field(description="Numbers and number nouns ('miljoenen').")
    quantity_nouns: list[str] = Field(description="Common nouns of quantity ('de helft', 'een deel').")
    quantifiers: list[str] = Field(description="Words of amount before a noun ('veel', 'enkele').")
    time_words: list[str] = Field(description="Time adverbs and nouns ('vanavond', 'zondag').")
    interjections: list[str] = Field(description="Interjections and one-word exclamations ('ach', 'kalm').")
    leading_words: list[str] = Field(description="Articles, conjunctions and adverbs before a source's name.")
    name_particles: list[str] = Field(description="Particles inside names ('van der', 'in 't', 'op').")
    surname_particles: list[str] = Field(description="Particles that only open a surname ('van der', 'ter').")
    person_roles: list[str] = Field(description="Titles and role nouns before a person's name.")
    person_role_suffixes: list[str] = Field(description="Endings of compound role nouns ('politicoloog').")
    demonyms: dict[str, str] = Field(description="Nationality nouns with their adjective ('oekraïner': 'oekraïense').")
    demonyms_female: list[str] = Field(description="The demonyms used of women ('russin').")
    organisation_words: list[str] = Field(description="Words that make a name an organisation ('ministerie').")
    countries: list[str] = Field(description="Countries and capitals that speak as a country.")
    source_role_heads: list[str] = Field(description="Head nouns that make a description a person ('minister').")
    document_suffixes: list[str] = Field(description="Endings of documents that are nobody's 'hij' ('akkoord').")
    continuation_openers: list[str] = Field(description="Sentence openers that continue the last claim ('ook').")
    bare_roles: list[str] = Field(description="Role nouns that alone refer back to a holder ('de premier').")
    name_suffixes: list[str] = Field(description="Words after a name that make it another person ('jr').")
    not_fronted_adverbials: list[str] = Field(description="Sentence-initial words that may open a source phrase.")
    coordinators: list[str] = Field(description="Conjunctions that join two clauses ('en', 'maar').")
    surname_particles_after_role: list[str] = Field(
        description="Lower-case particles that open a surname right after a role ('voorzitter van der Weerden').")
    possessives: list[str] = Field(description="Possessive determiners before a source ('zijn collega').")
    trailing_adverbs: list[str] = Field(description="Adverbs after a source's name ('Jansen ook').")
    female_roles: list[str] = Field(description="Role nouns only used of women ('woordvoerster').")
    male_roles: list[str] = Field(description="Role nouns only used of men ('koning').")

    _check = field_validator(
        "not_sources", "number_words", "quantity_nouns", "quantifiers", "time_words", "interjections",
        "leading_words", "name_particles", "surname_particles", "person_roles", "person_role_suffixes", "female_roles", "male_roles", "demonyms_female", "organisation_words", "countries", "source_role_heads",
        "document_suffixes", "continuation_openers", "bare_roles", "name_suffixes", "not_fronted_adverbials",
        "coordinators", "surname_particles_after_role", "possessives", "trailing_adverbs",
    )(_lower_words)


class Persons:
    """Look-ups over :class:`PersonWords` (all keys case- and accent-folded)."""

    def __init__(self, words: PersonWords) -> None:
        from ..registry import fold

        self.words = words
        self.pronouns = {fold(k): v for k, v in words.pronouns.items()}
        self.not_sources = frozenset(fold(w) for w in words.not_sources)
        self.number_words = frozenset(fold(w) for w in words.number_words)
        self.quantity_nouns = frozenset(fold(w) for w in words.quantity_nouns)
        self.quantifiers = frozenset(fold(w) for w in words.quantifiers)
        self.time_words = frozenset(fold(w) for w in words.time_words)
        self.interjections = frozenset(fold(w) for w in words.interjections)
        self.leading_words = frozenset(fold(w) for w in words.leading_words)
        self.particles = frozenset(fold(w) for p in words.name_particles for w in p.split())
        self.particle_phrases = frozenset(fold(p) for p in words.name_particles)
        self.surname_particles = frozenset(fold(w) for p in words.surname_particles for w in p.split())
        self.surname_particle_phrases = frozenset(fold(p) for p in words.surname_particles)
        self.person_roles = frozenset(fold(w) for w in words.person_roles)
        self.demonyms = {fold(k): fold(v) for k, v in words.demonyms.items()}
        self.demonyms_female = frozenset(fold(w) for w in words.demonyms_female)
        self.organisation_words = tuple(fold(w) for w in words.organisation_words)
        self.countries = frozenset(fold(w) for w in words.countries)
        self.source_role_heads = tuple(fold(w) for w in words.source_role_heads)
        self.document_suffixes = tuple(fold(w) for w in words.document_suffixes)
        self.continuation_openers = frozenset(fold(w) for w in words.continuation_openers)
        self.bare_roles = tuple(words.bare_roles)
        self.name_suffixes = frozenset(fold(w) for w in words.name_suffixes)
        self.not_fronted_adverbials = frozenset(fold(w) for w in words.not_fronted_adverbials)
        self.coordinators = frozenset(fold(w) for w in words.coordinators)
        self.surname_particles_after_role = frozenset(fold(w) for w in words.surname_particles_after_role)
        self.possessives = frozenset(fold(w) for w in words.possessives)
        self.trailing_adverbs = frozenset(fold(w) for w in words.trailing_adverbs)
        self.female_roles = frozenset(fold(w) for w in words.female_roles)
        self.male_roles = frozenset(fold(w) for w in words.male_roles)
        self.role_suffixes = tuple(sorted({fold(w) for w in words.person_role_suffixes}, key=len, reverse=True))

    def is_role(self, word: str, *, initial: bool = False) -> bool:
        """Whether a lower-case word (or, ``initial``, a sentence's capitalised first word) is a
        person's title or role ('minister', 'Rusland-kenner', 'Rechter')."""
        from ..registry import fold

        key = fold(word).strip(".,")
        if not key or not key.rsplit("-", 1)[-1][:1].isalpha() or word[:1].isupper() and "-" not in word and not initial:
            return False
        last = key.rsplit("-", 1)[-1]
        if key in self.person_roles or last in self.person_roles:
            return True
        if "-" in key and len(last) >= 4 and last in self.role_suffixes:
            return True  # "AIVD-baas", "NAVO-chef": a role noun after a hyphen
        # compounds by their ending ("politicoloog", "Songfestivalwinnaar"); a capitalised word
        # only by an ending of five letters or more, so that a name ("Clement") is not a role
        if word.rsplit("-", 1)[-1][:1].isupper():
            return initial and len(last) >= 7 and any(last.endswith(x) and len(x) >= 5 and last != x
                                                     for x in self.role_suffixes)
        return len(last) > 5 and last.endswith(self.role_suffixes)

    def gender_of_role(self, role: str) -> str | None:
        """'f' for a role noun only used of women ('Amnesty-onderzoekster'), 'm' for one only used
        of men ('koning'), else None."""
        from ..registry import fold

        last = fold(role).rsplit("-", 1)[-1]
        if last in self.female_roles or any(last.endswith(r) for r in self.female_roles if len(r) >= 6) or (
                len(last) > 6 and last.endswith(("iste", "trice"))):
            return "f"
        if last in self.male_roles or any(last.endswith(r) for r in self.male_roles if len(r) >= 6):
            return "m"
        return None

    def is_time_or_interjection(self, phrase: str) -> bool:
        """Whether a phrase is only a time word or an interjection ('Vanavond', 'Ach')."""
        from ..registry import fold

        key = fold(phrase).strip(" ,.!?:;")
        return key in self.time_words or key in self.interjections

    def never_source(self, phrase: str) -> bool:
        """A pronoun, reflexive, number word, quantity noun, time word or interjection: never an id."""
        from ..registry import fold

        key = " ".join(fold(phrase).strip(" ,.!?:;'\"").split())
        words = key.split()
        while words and words[0] in {"de", "het", "een"}:
            words = words[1:]
        key = " ".join(words)
        if not key:
            return True
        return (key in self.pronouns or key in self.not_sources or key in self.number_words
                or key in self.quantity_nouns or key in self.time_words or key in self.interjections
                or all(w in self.number_words or w.isdigit() for w in words))


@lru_cache(maxsize=1)
def persons() -> Persons:
    """The shipped person-word tables (validated once)."""
    source = f"nlpclaims/lang/data/{DATA_FILE}"
    text = resources.files("nlpclaims.lang").joinpath("data", DATA_FILE).read_text("utf-8")
    try:
        return Persons(PersonWords.model_validate(json.loads(text)))
    except (json.JSONDecodeError, ValidationError) as err:
        raise ValueError(f"{source}: {err}") from err
