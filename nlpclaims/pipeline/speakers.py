"""``nlpclaims_speakers``: find every mention of a registry speaker, by name, alias, spelling
variant (rapidfuzz) or dated role description, and report mentions of tracked speakers."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from .. import extensions as ext
from ..lang.persons import persons
from ..lang.words import W
from ..registry import SpeakerRegistry, fold
from ..schema import Mention, Speaker
from .attribution.segments import doc_tokens

REGISTRY_FILE = "speakers.json"
_WORD = "[\\w\u00C0-\u024F]"


def _either_case(words) -> str:
    """A regex alternation of the words, each in lower case and capitalised."""
    return "|".join(f"{w}|{w.capitalize()}" for w in sorted(words))


@dataclass(frozen=True)
class SourceSpan:
    """A stretch of text that names a registry speaker."""

    start: int
    end: int
    speaker: str
    how: str  # "name", "fuzzy", "role", "bare-role"

    def text(self, doc: Doc) -> str:
        return doc.text[self.start : self.end]


class SpeakerTagger:
    """Tags mentions of registry speakers (see module docstring)."""

    def __init__(
        self,
        nlp: Language,
        name: str = "nlpclaims_speakers",
        *,
        fuzzy_threshold: float = 88.0,
        min_fuzzy_length: int = 5,
    ) -> None:
        self.name = name
        self.fuzzy_threshold = fuzzy_threshold
        self.min_fuzzy_length = min_fuzzy_length
        self.set_registry(SpeakerRegistry.default())

    # -- data ---------------------------------------------------------------------------------
    def set_registry(self, registry: SpeakerRegistry) -> None:
        """Use ``registry`` from now on."""
        self.registry = registry
        forms: list[tuple[str, str]] = []
        for speaker in registry:
            for form in registry.names(speaker):
                forms.append((form, speaker.id))
        forms.sort(key=lambda f: len(f[0]), reverse=True)
        self._name_ids: dict[str, list[str]] = {}
        for form, sid in forms:
            self._name_ids.setdefault(form, []).append(sid)
        alternatives = "|".join(re.escape(f) for f in self._name_ids)
        self._name_re = re.compile(rf"(?<![\w\-])({alternatives})(s)?(?![\w\-])") if alternatives else None
        self._fuzzy_choices = {
            form: ids[0]
            for form, ids in self._name_ids.items()
            if " " not in form and len(form) >= self.min_fuzzy_length and form[:1].isupper()
            and registry.get(ids[0]) is not None and registry.get(ids[0]).kind == "person"  # type: ignore[union-attr]
        }
        self._name_words = {
            speaker.id: {fold(w) for form in registry.names(speaker) for w in form.replace(".", " ").split()}
            for speaker in registry
        }
        self._first_names = {
            speaker.id: {fold(form.split()[0]) for form in registry.names(speaker) if len(form.split()) > 1}
            for speaker in registry
        }
        self._all_name_words = {w for words in self._name_words.values() for w in words}
        self._title_words = {fold(w) for t in registry.role_titles() for w in t.split()}
        titles = sorted(registry.role_titles(), key=len, reverse=True)
        role_alts = "|".join(re.escape(t) for t in titles)
        self._role_re = (
            re.compile(rf"(?<![\w\-])(?:(?:{_either_case(W.definite_articles)})\s+)?({role_alts})(?![\w\-])", re.IGNORECASE)
            if role_alts else None
        )
        self._bare_re = re.compile(
            rf"(?<![\w\-])(?:{_either_case(W.common_article)})\s+({'|'.join(persons().bare_roles)})(?![\w\-])"
        )

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]] | None = None,
        *,
        nlp: Language | None = None,
        speakers: str | Path | SpeakerRegistry | list[dict[str, Any]] | None = None,
        extend: bool = True,
    ) -> None:
        """Load the speaker registry: the default, or a file / data extending or replacing it."""
        if isinstance(speakers, list):
            speakers = SpeakerRegistry.from_data({"speakers": speakers})
        self.set_registry(SpeakerRegistry.load(speakers, extend=extend))

    # -- processing ---------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        day = doc._.get(ext.ARTICLE_DATE)
        if day is None:  # a plain nlp(text): the article is taken to be of today, and says so
            day = dt.date.today()
            doc._.set(ext.ARTICLE_DATE, day)
        text = doc_tokens(doc).text
        spans = self._names(doc) + self._fuzzy(doc)
        spans = _without_overlaps(spans)
        named_ids = {s.speaker for s in spans}
        spans = _without_overlaps(spans + self._roles(text, day, spans, named_ids))
        spans = _without_overlaps(spans + self._bare_roles(text, spans))
        doc._.set(ext.SOURCES, spans)
        mentions = []
        speakers: dict[str, Speaker] = dict(doc._.get(ext.SPEAKERS))
        for span in spans:
            speaker = self.registry.get(span.speaker)
            if speaker is None:
                continue
            if speaker.tracked:
                mentions.append(Mention(text=text[span.start : span.end], start=span.start, end=span.end,
                                        speaker=speaker.id))
                speakers.setdefault(speaker.id, speaker)
        doc._.set(ext.MENTIONS, mentions)
        doc._.set(ext.SPEAKERS, speakers)
        return doc

    def _names(self, doc: Doc) -> list[SourceSpan]:
        if self._name_re is None:
            return []
        text = doc_tokens(doc).text
        found = []
        for m in self._name_re.finditer(text):
            form = m.group(1)
            start, end = m.start(1), m.end(0)
            sid = self._name_ids[form][0]
            if m.group(2) and not self._genitive(doc, end):
                continue  # "Mike Schoofs van TomTom": a longer surname, not Schoof's
            if not self._same_person(doc, start, end, sid):
                continue
            # Leading lower-case titles (premier Schoof) are not part of the mention.
            words = form.split(" ")
            skip = 0
            while skip < len(words) - 1 and words[skip][:1].islower():
                start += len(words[skip]) + 1
                skip += 1
            found.append(SourceSpan(start, end, sid, "name"))
        return found

    def _genitive(self, doc: Doc, end: int) -> bool:
        """Whether a name + s ending at ``end`` is a genitive before a noun ('Trumps beleid')."""
        after = doc.char_span(end, len(doc_tokens(doc).text), alignment_mode="expand")
        nxt = next((t for t in after if not t.is_space), None) if after is not None else None
        if nxt is None or not nxt.text[:1].islower():
            return False
        return nxt.pos_ in {"NOUN", "ADJ", "NUM"} if nxt.pos_ else True

    def _same_person(self, doc: Doc, start: int, end: int, sid: str) -> bool:
        """False when the words around a name make it someone else's: another first name before
        the surname ('Mike Schoof', 'M. Schoof', 'Ivanka Trump') or a suffix after it ('Trump Jr.')."""
        speaker = self.registry.get(sid)
        if speaker is None or speaker.kind != "person":
            return True
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return True
        known = self._name_words.get(sid, set())
        if span.end < len(doc) and fold(doc[span.end].text).rstrip(".") in persons().name_suffixes:
            return False
        if span.start == 0 or span[0].is_sent_start:
            return True
        prev = doc[span.start - 1]
        k = span.start - 1
        while k > 0 and fold(doc[k].text) in persons().surname_particles and doc[k].text[:1].islower():
            k -= 1  # "Jan van der Trump": particles after a first name open a longer surname
        if k < span.start - 1:
            first = doc[k]
            if not first.text[:1].isupper():
                return True  # "het beleid van Trump"
            if first.pos_:
                return first.pos_ != "PROPN"
            return persons().is_role(first.text, initial=True) or fold(first.text) in persons().leading_words
        word = prev.text
        if prev.whitespace_ != " " or not word[:1].isupper():
            return True
        key = fold(word)
        if key in known or key.rstrip("s") in self._all_name_words:
            return True  # "dat Trump Zelensky onder druk zette": two registry names side by side
        if len(word) == 2 and word.endswith("."):  # an initial, unless it ends a sentence ("op X. Schoof zei")
            if span.start >= 2 and doc[span.start - 2].pos_ == "ADP":
                return True
            return any(k[:1] == key[:1] for k in self._first_names.get(sid, set()))
        words = persons()
        if words.is_role(word, initial=True) or key in words.leading_words or key in words.time_words \
                or key in self._title_words:
            return True
        if prev.pos_:
            return prev.pos_ != "PROPN" and not (prev.pos_ == "X" and word.isalpha())
        return False

    def _fuzzy(self, doc: Doc) -> list[SourceSpan]:
        if not self._fuzzy_choices:
            return []
        found = []
        table = doc_tokens(doc)
        for word, idx in zip(table.words, table.starts):
            if len(word) < self.min_fuzzy_length or not word[:1].isupper() or not word.isalpha():
                continue
            if word in self._name_ids or (word.endswith("s") and word[:-1] in self._name_ids):
                continue
            base = word[:-1] if word.endswith("s") and len(word) > self.min_fuzzy_length else word
            best = process.extractOne(base, self._fuzzy_choices.keys(), scorer=fuzz.ratio,
                                      score_cutoff=self.fuzzy_threshold)
            if best is None:
                continue
            form = best[0]
            if fold(form[:1]) != fold(base[:1]):
                continue
            if any(_longer_name(fold(word), fold(f)) or fold(f).startswith(fold(base)) for f in self._fuzzy_choices):
                continue  # a longer or shorter surname ("Schoofs", "Schoofsma"): another person
            sid = self._fuzzy_choices[form]
            if not self._same_person(doc, idx, idx + len(word), sid):
                continue
            found.append(SourceSpan(idx, idx + len(word), sid, "fuzzy"))
        return found

    def _roles(self, text: str, day: dt.date, named: list[SourceSpan], named_ids: set[str]) -> list[SourceSpan]:
        if self._role_re is None:
            return []
        found = []
        named_by: dict[str, bool] = {}  # title -> whether its last holder named in the text is a registry speaker
        for m in self._role_re.finditer(text):
            title = m.group(1)
            start, end = m.start(1), m.end(1)
            # "de Russische president Vladimir Poetin": the name is the mention.
            rest = text[end : end + 40]
            name = re.match(r"\s+([A-Z][\w\-]*)", rest)
            if name:
                run = re.match(r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*", rest[name.start(1):])  # "Benjamin Netanyahu"
                named_by[fold(title)] = any(fold(w) in self._all_name_words for w in (run.group(0) if run else "").split())
            if name or re.match(r"\s*,\s+[A-Z][\w\-]+(\s+[A-Z][\w\-]+)?\s*,", rest):
                continue
            if named_by.get(fold(title)) is False:
                continue  # "Premier Netanyahu … zei de premier": the one named so, not a registry speaker
            if _former_before(text, m.start()):
                continue  # "de vorige premier", "de voormalige president": not who holds the role
            if title[:1].isupper() and not any(c.isupper() for c in self._title_case(title)):
                continue
            current = {sid for sid in named_ids if not all(_former_before(text, x.start) for x in named if x.speaker == sid)}
            sid = self._role_holder(title, day, start, named, current)
            if sid is not None:
                found.append(SourceSpan(start, end, sid, "role"))
        return found

    def _title_case(self, title: str) -> str:
        for known in self.registry.role_titles():
            if fold(known) == fold(title):
                return known
        return title

    def _role_holder(self, title: str, day: dt.date, pos: int, named: list[SourceSpan],
                     named_ids: set[str]) -> str | None:
        ever = self.registry.role_holders(title, None)
        now = [s.id for s in self.registry.role_holders(title, day)]
        in_article = [s.id for s in ever if s.id in named_ids]
        if len(in_article) == 1:
            return in_article[0]
        if len(in_article) > 1:
            before = [s for s in named if s.start < pos and s.speaker in in_article]
            if before:
                return before[-1].speaker
            return next((sid for sid in in_article if sid in now), in_article[0])
        return now[0] if now else None

    def _bare_roles(self, text: str, spans: list[SourceSpan]) -> list[SourceSpan]:
        found = []
        for m in self._bare_re.finditer(text):
            noun = m.group(1)
            start, end = m.start(1), m.end(1)
            if re.match(r"\s+[A-Z]", text[end : end + 3]):
                continue
            for prev in reversed([s for s in spans if s.end <= start]):
                speaker = self.registry.get(prev.speaker)
                if speaker and any(_title_has_noun(r.title, noun) for r in speaker.roles):
                    found.append(SourceSpan(start, end, speaker.id, "bare-role"))
                    break
        return found

    # -- serialisation ------------------------------------------------------------------------
    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / REGISTRY_FILE).write_text(self.registry.to_json(), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "SpeakerTagger":
        self.set_registry(SpeakerRegistry.from_file(Path(path) / REGISTRY_FILE))
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return self.registry.to_json().encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> "SpeakerTagger":
        self.set_registry(SpeakerRegistry.from_json(data.decode("utf-8"), source="<bytes>"))
        return self


_FORMER = re.compile(rf"(?:(?<![\w\-])(?:{_either_case(W.former_role_words)})(?:\s+|-)[\w\-]+\s+|(?<![\w\-])(?:{_either_case(W.former_role_words)})\s+)$")


def _former_before(text: str, start: int) -> bool:
    """Whether a word marking a former holder stands right before ``start`` or before the role
    word there ('Oud-premier Rutte', 'de vorige premier', 'voormalig president Biden')."""
    m = _FORMER.search(text[max(0, start - 40):start])
    words = m.group(0).replace("-", " ").split() if m else []
    return bool(m) and not (len(words) > 1 and fold(words[1]) in persons().time_words)  # not "vorige week de premier"


def _title_has_noun(title: str, noun: str) -> bool:
    """Whether a role title is a ``noun`` ('Russische president', 'VS-president' for 'president'); not
    a compound of two roles ('minister-president' is no president)."""
    words = title.split()
    if noun in (fold(w) for w in words):
        return True
    head, _, last = words[-1].rpartition("-") if words else ("", "", "")
    return fold(last).endswith(noun) and (not head or head[:1].isupper())  # "bondskanselier", "VS-president"


def _longer_name(word: str, form: str) -> bool:
    """Whether ``word`` is ``form`` plus an -s or a syllable ('schoofs', 'schoofsma' for 'schoof'),
    rather than a spelling of it ('zelenskiyy' for 'zelenskiy')."""
    if not word.startswith(form) or word == form:
        return False
    extra = word[len(form):]
    return extra == "s" or (len(extra) >= 2 and any(c in "aeiou" for c in extra)
                            and any(c.isalpha() and c not in "aeiouyj" for c in extra))


def _without_overlaps(spans: list[SourceSpan]) -> list[SourceSpan]:
    """Longest first, then earliest; names beat fuzzy matches beat roles."""
    rank = {"name": 0, "fuzzy": 1, "role": 2, "bare-role": 3}
    chosen: list[SourceSpan] = []
    taken: list[tuple[int, int]] = []
    for span in sorted(spans, key=lambda s: (rank[s.how], -(s.end - s.start), s.start)):
        if any(span.start < e and s < span.end for s, e in taken):
            continue
        chosen.append(span)
        taken.append((span.start, span.end))
    return sorted(chosen, key=lambda s: s.start)


@Language.factory(
    "nlpclaims_speakers",
    assigns=["doc._.mentions", "doc._.speakers", "doc._.nlpclaims_sources"],
    default_config={"fuzzy_threshold": 88.0, "min_fuzzy_length": 5},
)
def make_speaker_tagger(nlp: Language, name: str, fuzzy_threshold: float, min_fuzzy_length: int) -> SpeakerTagger:
    """Create the speaker tagger (registry loaded at ``initialize``; default registry until then)."""
    return SpeakerTagger(nlp, name, fuzzy_threshold=fuzzy_threshold, min_fuzzy_length=min_fuzzy_length)
