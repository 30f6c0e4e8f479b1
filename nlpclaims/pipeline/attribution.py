"""``nlpclaims_attribution``: find quotations and reported speech and the phrase naming their source.

Surface patterns (quote marks, the cue lexicon, Dutch word order) find the claim and its cue;
the parse, where the base pipeline has one, picks the subject of the cue verb. A wrong arc
therefore costs a speaker at most, never the claim. Sources are resolved to speakers by
``nlpclaims_claims``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from .. import extensions as ext
from ..lang import cues
from ..lang.quotes import QuoteSpan, find_quotes
from .syntax import (
    ORG_NOUNS,
    PREPOSITIONS,
    is_agent_noun,
    Segment,
    content_end,
    doc_text,
    has_dep,
    preverbal_subject,
    has_pos,
    np_after,
    segments,
    sentence_stop,
    subject_of,
)


@dataclass
class RawClaim:
    """A claim before its source is resolved to a speaker."""

    kind: str  # "direct" | "indirect"
    start: int  # content, characters
    end: int
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    source: tuple[int, int] | None  # characters of the source phrase
    sentence: tuple[int, int]
    how: str  # which pattern found it
    confidence: float = 0.8
    inherit: bool = False  # speaker continues the previous claim's
    unknown: bool = False  # the text names no source (er wordt gezegd dat …)
    extra: dict = field(default_factory=dict)


_QUOTE_CHARS = set("„“”‘’‚«»\"'‹›")
_AFTER_QUOTE_SKIP = {",", "zo"}


class Attribution:
    """Finds direct and reported claims with their cue and source phrase."""

    def __init__(self, nlp: Language, name: str = "nlpclaims_attribution", *, max_backref_chars: int = 600,
                 min_scare_words: int = 4) -> None:
        self.name = name
        self.max_backref_chars = max_backref_chars
        self.min_scare_words = min_scare_words
        # Words that mark attribution by themselves, and the reader of each (outside quotes,
        # except "volgens" and "aldus", which also work inside one).
        self._word_cues = {
            "volgens": self._volgens, "aldus": self._aldus, "wat": self._wat_betreft,
            "verluidt": self._naar_verluidt, "luidt": self._zo_luidt, "luidde": self._zo_luidt,
            **{form: self._pp_object for form in _PP_CUES},
        }

    def __call__(self, doc: Doc) -> Doc:
        segs = segments(doc)
        quotes = doc_quotes(doc)
        claims: list[RawClaim] = []
        indirect: list[RawClaim] = []
        self._claimed = {seg.start_char for seg in segs if _quoted_fraction(doc_text(doc), seg.start_char, seg.end_char, quotes) > 0.6}
        self._quotes = quotes
        self._reported_segments: set[int] = set()
        for si, seg in enumerate(segs):
            found = self._reported(doc, seg, segs, si, quotes)
            if found:
                self._claimed.add(seg.start_char)
                self._reported_segments.add(seg.start_char)
            indirect.extend(found)
        # Content entirely inside quote marks is a direct quote, handled below.
        indirect = [c for c in indirect if c.kind == "direct" or (
            not _fully_quoted(doc_text(doc), c.start, c.end, quotes) and not _inside_quote(c.cue_start, quotes))]
        direct = self._direct(doc, segs, quotes, indirect)
        claims = _merge(direct, indirect)
        doc._.set(ext.RAW_CLAIMS, claims)
        return doc

    # -- direct quotes -------------------------------------------------------------------------
    def _direct(self, doc: Doc, segs: list[Segment], quotes: list[QuoteSpan], indirect: list[RawClaim]) -> list[RawClaim]:
        out: list[RawClaim] = []
        text = doc_text(doc)
        for q in quotes:
            cs, ce = q.content_start, q.content_end
            while ce > cs and text[ce - 1] in " \n":
                ce -= 1
            if ce <= cs:
                continue
            if any(c.start <= cs and ce <= c.end + 1 for c in indirect):
                continue  # part of reported speech: one indirect claim
            seg_open = _segment_at(segs, q.open_start)
            seg_close = _segment_at(segs, max(q.close_end - 1, q.open_start))
            if seg_open is None or seg_close is None:
                continue
            sentence = (seg_open.start_char, seg_close.end_char)
            after = self._cue_after(doc, seg_close, q)
            if after is not None:
                cue_rng, src = after
                out.append(self._make(doc, "direct", cs, ce, cue_rng, src, sentence, "quote-cue-after", 0.95))
                continue
            before = self._cue_before(doc, seg_open, q)
            if before is not None:
                cue_rng, src, how = before[:3]
                if how == "quote-embedded":
                    out.append(self._make(doc, "indirect", before[3][0], before[3][1], cue_rng, src, sentence, how, 0.75))
                else:
                    out.append(self._make(doc, "direct", cs, ce, cue_rng, src, sentence, how, 0.9))
                continue
            # No cue of its own: a whole-sentence quote continues the current speaker's quotes.
            lead = _sentence_lead(text, seg_open.start_char, q.open_start)
            tail = text[q.close_end : seg_close.end_char].strip()
            words = len(text[cs:ce].split())
            standalone = lead == "" and _ends_sentence(text[cs:ce], tail)
            if not standalone or words < 2:
                continue
            line_start = text.rfind("\n", 0, q.open_start) + 1
            line_end = text.find("\n", q.close_end)
            line_end = len(text) if line_end < 0 else line_end
            whole_line = text[line_start:line_end].strip() == text[q.open_start : q.close_end].strip() + tail
            is_title = line_start == 0 or text[max(0, line_start - 2) : line_start] == "\n\n" and (
                line_end + 1 < len(text) and text[line_end : line_end + 2] == "\n\n")
            if whole_line and (words < 8 or is_title) and text[cs:ce].rstrip()[-1:] not in ".!?…":
                continue  # a quoted title or subheading repeats a quote from the body
            prev = _previous_segment(segs, seg_open)
            if prev is not None and prev.end_char <= q.open_start and lead == "" and seg_open.start_char < q.open_start - 2:
                prev = seg_open  # the quote shares a segment with the sentence before it
            # The subject of a sentence that is itself quoted belongs to the quoted speech
            # ("… Het geeft ze toegang." "Het is …"): it is not whom the next quote is by.
            prev_quoted = prev is not None and _quoted_fraction(text, prev.start_char, prev.end_char, quotes) > 0.5
            lead_subject = _chars(doc, _lead_subject(doc, prev)) if prev and not prev_quoted else None
            out.append(RawClaim("direct", cs, ce, None, None, None, None, sentence, "quote-continued", 0.7,
                                inherit=True,
                                extra={"prev_sentence": (prev.start_char, prev.end_char) if prev else (0, 0),
                                       "lead_subject": lead_subject}))
        return out

    def _cue_after(self, doc: Doc, seg: Segment, q: QuoteSpan) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
        """„…”, zei hij / „…”, aldus X / „…”, liet het Kremlin weten."""
        i = _token_at_or_after(doc, q.close_end, seg)
        if i is None:
            return None
        j = i
        while j < seg.end and (doc[j].text in {",", "”", "’", "\"", "'"} or doc[j].lower_ == "zo"):
            j += 1
        if j == i and doc[i].text not in {"zei", "zegt"}:
            if not (j < seg.end and doc[j].lower_ in {"aldus", "zegt", "zei", "schrijft", "meldt"}):
                return None
        if j >= seg.end:
            return None
        return _inverted_cue(doc, j, seg, direct=True)

    def _cue_before(self, doc: Doc, seg: Segment, q: QuoteSpan):
        """X zei: „…” / Zelensky: „…” / X zei „…”."""
        text = doc_text(doc)
        k = _token_before(doc, q.open_start, seg)
        while k is not None and k >= seg.start and doc[k].is_space:
            k = k - 1 if k > seg.start else None
        if k is None or "\n" in doc_text(doc)[_end_char(doc, k) : q.open_start]:
            return self._colon_line_before(doc, q)
        colon = doc[k].text == ":"
        end_tok = k if colon else k + 1
        # A cue verb in the lead-in: its subject is the source.
        for t in range(end_tok - 1, max(seg.start, end_tok - 40) - 1, -1):
            tok = doc[t]
            cue = _cue_at(doc, t, seg)
            lemma = cue[0] if cue is not None else None
            if lemma is None or tok.text[:1].isupper() and t != seg.start or lemma in {"willen", "hopen", "weten"}:
                continue
            if not colon and t < end_tok - (5 if doc[k].text == "," else 3):
                break  # "X zei „…”" / "Maar, zegt de vereniging, '…'"
            if any(doc[x].lower_ in {"dat", "of"} for x in range(t + 1, end_tok)):
                break
            subj = self._subject_outside_quotes(doc, tok, seg, end_tok if end_tok > t + 1 else None)
            if not colon and not _ends_sentence(doc_text(doc)[q.content_start:q.content_end],
                                                doc_text(doc)[q.close_end:seg.end_char]):
                # "riep op tot een „volledige stopzetting” van de steun": one indirect claim
                start = t + 1
                if subj is not None and subj[0] >= start:
                    start = subj[1]
                while start < seg.end and (doc[start].lower_ in {"tot", "op", "van", "over", "om", "ook", "nog"}):
                    start += 1
                stop = content_end(doc, seg)
                if start < stop:
                    return (t, t + 1), _chars(doc, subj), "quote-embedded", (doc[start].idx, _end_char(doc, stop - 1))
                return None
            return (t, t + 1), _chars(doc, subj), "quote-cue-before"
        if colon:
            lead = np_after(doc, seg.start, k)
            whole = lead is not None and lead[1] == k and (
                doc[lead[0]].lower_ in {"de", "het"} or is_agent_noun(doc[lead[1] - 1]))
            if lead is not None and lead[1] >= k - 3 and lead[0] == seg.start and (
                    whole or _is_registry_like(doc, lead[0], lead[1])
                    or (_is_name(doc, lead) or doc[lead[1] - 1].text[:1].isupper())
                    and doc_text(doc).count(doc[lead[1] - 1].text) >= 2):
                # "Trump over Poetin: …" – the first noun phrase is the speaker.
                return (k, k + 1), _chars(doc, lead), "quote-colon"
            lead = np_after(doc, seg.start, k)
            about_lead = doc_text(doc)[q.content_start : q.content_start + 4].lower().startswith(("hij ", "zij ", "ze "))
            if lead is not None and lead[0] == seg.start and k - seg.start <= 14 and _is_name(doc, lead) and not about_lead:
                # "Wiegman tevreden met selectie: '…'" – a headline led by a name.
                return (k, k + 1), _chars(doc, lead), "quote-colon"
        del text
        return None

    def _subject_outside_quotes(self, doc: Doc, verb: Token, seg: Segment, end: int | None = None):
        """The cue's subject, but never words inside a quotation: then the phrase after the verb."""
        subj = subject_of(doc, verb, seg, end=end)
        if subj is not None and _inside_quote(doc[subj[0]].idx, self._quotes):
            k = verb.i + 1
            subj = np_after(doc, k, end or seg.end)
        return subj

    def _colon_line_before(self, doc: Doc, q: QuoteSpan):
        """'Politiek verslaggever Jorn Jonker:' on its own line, then the quote."""
        text = doc_text(doc)
        before = text[: q.open_start].rstrip()
        if not before.endswith(":"):
            return None
        line_start = text.rfind("\n", 0, len(before) - 1) + 1
        span = doc.char_span(line_start, len(before) - 1, alignment_mode="expand")
        if span is None or len(span) == 0 or len(span) > 12:
            return None
        lead = np_after(doc, span.start, span.end)
        if lead is None or lead[0] != span.start:
            return None
        colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
        cue = (colon.start, colon.end) if colon is not None else None
        return cue, _chars(doc, lead), "quote-colon-line"

    # -- reported speech -----------------------------------------------------------------------
    def _reported(self, doc: Doc, seg: Segment, segs: list[Segment], si: int, quotes: list[QuoteSpan]) -> list[RawClaim]:
        found: list[RawClaim] = []
        sentence = (seg.start_char, seg.end_char)
        end = content_end(doc, seg)
        for tok in doc[seg.start : seg.end]:
            reader = self._word_cues.get(tok.lower_)
            if reader is None or (tok.lower_ not in {"volgens", "aldus"} and _inside_quote(tok.idx, quotes)):
                continue
            claim = reader(doc, seg, tok, end, sentence)
            if claim:
                found.append(claim)
        found.extend(self._evidential(doc, seg, segs, si, end, sentence))
        found.extend(self._verb_cues(doc, seg, segs, si, end, sentence))
        found.extend(self._colon_headline(doc, seg, sentence))
        found.extend(self._eigen_zeggen(doc, seg, end, sentence))
        return found

    def _evidential(self, doc: Doc, seg: Segment, segs: list[Segment], si: int, end: int, sentence) -> list[RawClaim]:
        """Uit cijfers van het CBS blijkt dat … / Dat blijkt uit een rapport van de commissie /
        …, zo blijkt uit de verklaring van de VS. The source is the author of the document;
        a finding with no named source ("uit onderzoek blijkt") is not a claim."""
        for tok in doc[seg.start : seg.end]:
            if tok.lower_ in {"staat", "stond"} and tok.i > seg.start + 2 and doc[tok.i - 1].text == "," and any(
                    t.lower_ == "in" for t in doc[tok.i + 1 : tok.i + 4]):
                inn = next(t.i for t in doc[tok.i + 1 : tok.i + 4] if t.lower_ == "in")
                doc_np = np_after(doc, inn + 1, seg.end)
                if doc_np is not None and doc[doc_np[0] + (1 if doc[doc_np[0]].lower_ in {"de", "het", "een"} else 0)].lower_ in cues.DOCUMENT_NOUNS:
                    src = _author_of_document(doc, doc_np)
                    return [self._make(doc, "indirect", doc[seg.start].idx, _end_char(doc, tok.i - 2), (tok.i, inn + 1),
                                       src, sentence, "evidential", 0.8)]
            if tok.lower_ not in cues.EVIDENTIAL_FORMS:
                continue
            uit = next((t.i for t in doc[max(seg.start, tok.i - 10) : min(seg.end, tok.i + 4)] if t.lower_ == "uit"), None)
            if uit is None:
                return []
            doc_np = np_after(doc, uit + 1, seg.end)
            if doc_np is None:
                return []
            src = _author_of_document(doc, doc_np)
            if src == doc_np and not any(t.text[:1].isupper() for t in doc[src[0] : src[1]] if t.i != seg.start):
                return []  # "uit onderzoek blijkt": no named source
            cue = (tok.i, tok.i + 1)
            after = max(tok.i, doc_np[1])
            dat = next((t.i for t in doc[after : min(end, after + 3)] if t.lower_ == "dat"), None)
            if dat is not None and dat + 1 < end:
                stop = sentence_stop(doc, dat + 1, end)
                return [self._make(doc, "indirect", doc[dat + 1].idx, _end_char(doc, stop - 1), cue, src, sentence,
                                   "evidential", 0.8)]
            if doc[seg.start].lower_ in cues.BACKREF_PRONOUNS and si > 0 and tok.i == seg.start + 1:
                refs = self._referenced_sentences(doc, segs, si)
                return [self._make(doc, "indirect", r.start_char, _end_char(doc, content_end(doc, r) - 1), cue, src,
                                   (r.start_char, seg.end_char), "evidential-backref", 0.8) for r in refs]
            k = tok.i - 1
            while k > seg.start and doc[k].lower_ in {"zo", ","}:
                k -= 1
            if k > seg.start and doc[tok.i - 1].lower_ == "zo":
                return [self._make(doc, "indirect", doc[seg.start].idx, _end_char(doc, k), cue, src, sentence,
                                   "evidential", 0.75)]
            return []
        return []

    def _pp_object(self, doc: Doc, seg: Segment, tok: Token, end: int, sentence) -> RawClaim | None:
        """"De oppositie pleit voor een parlementaire enquête" / "De bonden dringen aan op hogere
        lonen": a plea or demand whose prepositional object says what is asked for."""
        lemma, prep, particle = _PP_CUES[tok.lower_]
        k = tok.i + 1
        if particle:  # "dringen (er bij het kabinet) aan op"
            while k < min(end, tok.i + 6) and doc[k].lower_ != particle:
                k += 1
            if k >= end or doc[k].lower_ != particle:
                return None
            k += 1
        while k < end and doc[k].lower_ in {"nu", "al", "ook", "nog", "opnieuw", "daarom", "dan", "wel"}:
            k += 1
        if k >= end or doc[k].lower_ != prep:
            return None
        start = k + 1
        stop = _stop_before_inverted_cue(doc, start, sentence_stop(doc, start, end), seg)
        stop = next((j for j in range(start, stop) if doc[j].text == ":"), stop)  # a quote follows the colon
        if stop <= start or not has_pos(doc) or doc[start].pos_ not in {"DET", "NOUN", "ADJ", "NUM", "PROPN"} or (
                stop - start == 1 and doc[start].pos_ not in {"NOUN", "PROPN"}):
            return None  # "pleit voor kernenergie" is a plea, "pleit voor hem" is not
        src, unknown = self._verb_source(doc, seg, tok)
        if src is None:
            return None
        return self._make(doc, "indirect", doc[start].idx, _end_char(doc, stop - 1), (tok.i, k + 1), src,
                          sentence, "pp-object", 0.7, unknown=unknown)

    def _wat_betreft(self, doc: Doc, seg: Segment, tok: Token, end: int, sentence) -> RawClaim | None:
        """"Zo ver mag het wat minister Wiersma betreft niet komen" / "Wat hem betreft, …": the
        opinion of a person or organisation (not "wat dat betreft", "wat de kosten betreft")."""
        i = tok.i
        k = next((t.i for t in doc[i + 2 : min(seg.end, i + 8)] if t.lower_ == "betreft"), None)
        if k is None or any(t.is_punct for t in doc[i + 1 : k]):
            return None
        words = list(doc[i + 1 : k])
        if any(t.text.islower() and t.lower_ in _PHRASE_PREPOSITIONS for t in words):
            return None  # "wat het succes van de Spurs betreft": about a thing, not by a source
        head = [t for t in words if t.lower_ not in {"de", "het", "een"}]
        pronoun = len(words) == 1 and words[0].lower_ in _OBJECT_PRONOUNS
        named = bool(head) and head[-1].text[:1].isupper() and head[-1].is_alpha  # "minister Wiersma", "de VVD"
        agent = len(head) < len(words) and bool(head) and is_agent_noun(head[0])  # "wat de minister betreft"
        if not (pronoun or named or agent):
            return None
        if i == seg.start:  # fronted: the claim is what follows
            rest = k + 1
            while rest < end and doc[rest].text == ",":
                rest += 1
            if rest >= end:
                return None
            start_c = doc[rest].idx
        else:  # the clause it stands in: after ", maar …" when it is a second main clause
            start_c = doc[_clause_start(doc, seg, i, {"maar", "want", "en"})].idx
        if end <= seg.start or _end_char(doc, end - 1) <= start_c:
            return None
        return self._make(doc, "indirect", start_c, _end_char(doc, end - 1), (i, k + 1), (i + 1, k), sentence,
                          "wat-betreft", 0.8)

    def _volgens(self, doc: Doc, seg: Segment, tok: Token, end: int, sentence) -> RawClaim | None:
        i = tok.i
        src = np_after(doc, i + 1, seg.end)
        if src is None:
            return None
        src = _author_of_document(doc, src, also=cues.VOLGENS_NOT_SOURCE)
        words = {t.lower_ for t in doc[src[0] : src[1]]}
        head = next((t.lower_ for t in doc[src[0] : src[1]] if t.lower_ not in {"de", "het", "een"}), "")
        if head in cues.VOLGENS_NOT_SOURCE or words & cues.FIRST_SECOND_PERSON or (
            src[1] - src[0] <= 2 and doc[src[1] - 1].lower_ in cues.VOLGENS_NOT_SOURCE
        ):
            return None
        # The document noun points at its author: "volgens cijfers van het CBS".
        src = _author_of_document(doc, src)
        if i == seg.start or (i == seg.start + 1 and doc[seg.start].lower_ in {"en", "maar", "ook"}):
            k = src[1]
            if k < end and doc[k].text == "," and has_pos(doc):
                # "Volgens Bart Remes, onderzoeker aan de TU, geeft …": past the apposition
                close = next((m for m in range(k + 1, min(end - 1, k + 12)) if doc[m].text == ","), None)
                if close is not None and doc[close + 1].pos_ in {"VERB", "AUX"} and not _has_verb(doc, k + 1, close):
                    k = close
            while k < end and doc[k].text in {","}:
                k += 1
            if k >= end:
                return None
            start_c, end_c = doc[k].idx, _end_char(doc, sentence_stop(doc, k, end) - 1)
        else:
            before_end = i
            while before_end > seg.start and doc[before_end - 1].text in {",", "(", "—", "–"}:
                before_end -= 1
            rest = src[1]
            while rest < end and doc[rest].text in {",", ")", "—", "–"}:
                rest += 1
            comma_before = before_end < i
            relative = rest > src[1] and rest < end and doc[rest].lower_ in {"die", "dat", "wat", "waar", "dat"}
            if rest < end and not relative and (_has_verb(doc, rest, end) or not comma_before):  # mid-clause
                clause = _clause_start(doc, seg, i, {"maar", "want", "omdat", "terwijl", "doordat", "zodat"})
                start_c, end_c = doc[clause].idx, _end_char(doc, end - 1)
            elif before_end > seg.start:
                start_c, end_c = doc[seg.start].idx, _end_char(doc, before_end - 1)
            else:
                return None
        return self._make(doc, "indirect", start_c, end_c, (i, i + 1), src, sentence, "volgens", 0.85)

    def _aldus(self, doc: Doc, seg: Segment, tok: Token, end: int, sentence) -> RawClaim | None:
        """"…, aldus Zelensky": the clause before is the claim (and what runs on after the source)."""
        if tok.i <= seg.start + 1 or doc[tok.i - 1].text != ",":
            return None
        src = np_after(doc, tok.i + 1, seg.end)
        if src is None:
            return None
        end_c = _end_char(doc, tok.i - 2)
        if _runs_on(doc, src[1], end):
            end_c = _end_char(doc, sentence_stop(doc, src[1], end) - 1)
        return self._make(doc, "indirect", doc[seg.start].idx, end_c, (tok.i, tok.i + 1), src, sentence, "aldus", 0.9)

    def _zo_luidt(self, doc: Doc, seg: Segment, tok: Token, end: int, sentence) -> RawClaim | None:
        """"…, zo luidt de beschuldiging van Trump" / "…, luidt het oordeel van de commissie": what
        the clause before says is the accusation, verdict or conclusion of the one named after "van"."""
        i = tok.i
        k = i - 1
        if k > seg.start and doc[k].lower_ == "zo":
            k -= 1
        if k <= seg.start + 1 or doc[k].text != ",":
            return None
        src = np_after(doc, i + 1, seg.end)
        if src is None or not any(doc[m].lower_ == "van" for m in range(src[0], src[1])):
            return None
        author = _author_of_document(doc, src, also=_VERDICT_NOUNS)
        if author == src:
            return None
        return self._make(doc, "indirect", doc[seg.start].idx, _end_char(doc, k - 1), (k + 1 if doc[k + 1].lower_ == "zo" else i, i + 1),
                          author, sentence, "zo-luidt", 0.75)

    def _naar_verluidt(self, doc: Doc, seg: Segment, tok: Token, end: int, sentence) -> RawClaim | None:
        """"Naar verluidt wil Shell verhuizen" / "Shell wil naar verluidt verhuizen": hearsay that
        names no source (speaker unknown)."""
        i = tok.i
        if i == seg.start or doc[i - 1].lower_ != "naar":
            return None
        lo = i - 1
        if lo == seg.start or (lo == seg.start + 1 and doc[seg.start].lower_ in {"en", "maar", "ook"}):
            k = i + 1
            while k < end and doc[k].text == ",":
                k += 1
            stop = sentence_stop(doc, k, end) if k < end else k
        else:
            k = _clause_start(doc, seg, lo, {"maar", "want", "omdat", "terwijl", "doordat", "zodat"})
            stop = end
        if k >= stop or not _has_verb(doc, k, stop):
            return None
        return self._make(doc, "indirect", doc[k].idx, _end_char(doc, stop - 1), (lo, i + 1), None, sentence,
                          "naar-verluidt", 0.6, unknown=True)

    def _verb_cues(self, doc: Doc, seg: Segment, segs: list[Segment], si: int, end: int, sentence) -> list[RawClaim]:
        out: list[RawClaim] = []
        i = seg.start
        while i < seg.end:
            cue = _cue_at(doc, i, seg)
            if cue is None:
                i += 1
                continue
            lemma, cue_lo, cue_hi, verb = cue
            if _under_modal(doc, verb, seg):
                i += 1
                continue  # "moet beloven dat", "kan zeggen dat": an obligation or a possibility
            claim = (
                self._backref(doc, seg, segs, si, verb, lemma, cue_lo, cue_hi, sentence)
                or self._dat_clause(doc, seg, verb, lemma, cue_lo, cue_hi, end, sentence)
                or self._cue_colon(doc, seg, verb, lemma, cue_lo, cue_hi, end, sentence)
                or self._inverted(doc, seg, verb, lemma, cue_lo, cue_hi, end, sentence)
                or self._infinitive(doc, seg, verb, lemma, cue_lo, cue_hi, end, sentence)
                or self._object(doc, seg, verb, lemma, cue_lo, cue_hi, end, sentence)
            )
            if claim is not None:
                out.append(claim)
                out.extend(claim.extra.pop("more", []))
                # Cues inside the content are nested attribution: the outermost source keeps it.
                after = doc.char_span(claim.end - 1, claim.end, alignment_mode="expand") if claim.end > claim.start else None
                i = max(i + 1, cue_hi, after.end if after is not None and claim.start >= seg.start_char else 0)
            else:
                i += 1
        return out

    def _cue_colon(self, doc, seg, verb, lemma, cue_lo, cue_hi, end, sentence) -> RawClaim | None:
        """X legt uit: … / X zei: … (no quote marks around the content)."""
        j = cue_hi
        while j < min(end, cue_hi + 6) and doc[j].text != ":":
            if doc[j].text in {",", ".", ";"} or doc[j].lower_ in {"dat", "of"}:
                return None
            j += 1
        if j >= end or doc[j].text != ":" or j + 1 >= end or doc[j + 1].text[:1] in _QUOTE_CHARS | {",,"}:
            return None
        src, unknown = self._verb_source(doc, seg, verb)
        stop = sentence_stop(doc, j + 1, end)
        return self._make(doc, "indirect", doc[j + 1].idx, _end_char(doc, stop - 1), (cue_lo, cue_hi), src,
                          sentence, "cue-colon", 0.75, unknown=unknown)

    def _object(self, doc, seg, verb, lemma, cue_lo, cue_hi, end, sentence) -> RawClaim | None:
        """X noemt de deal een teken van hoop / Rusland ontkent iedere betrokkenheid."""
        if lemma not in cues.OBJECT_LEMMAS or not has_pos(doc):
            return None
        if verb.pos_ != "VERB" and verb.pos_ != "AUX":
            return None
        src, unknown = self._verb_source(doc, seg, verb)
        if src is None:
            return None
        s_lo, s_hi = _tokens(doc, src)
        start = s_hi if s_lo >= cue_hi else cue_hi
        while start < end and (doc[start].lower_ in {"ook", "nog", "wel", "opnieuw", "eerder", "er", "daarbij", "zelf", "niet"}
                               or doc[start].pos_ == "ADV"):
            start += 1
        stop = _stop_before_inverted_cue(doc, start, sentence_stop(doc, start, end), seg)
        if stop - start < 2:
            return None
        first = doc[start]
        # "noemt dat een goede zaak": a demonstrative object, whatever its tag
        demonstrative = lemma in {"noemen", "vinden"} and first.lower_ in {"dat", "dit"} and (
            doc[start + 1].lower_ == "een" or (doc[start + 1].pos_ in {"ADJ", "ADV", "NOUN"} and not _has_verb(doc, start + 1, stop)))
        if not (first.pos_ in {"DET", "NOUN", "PRON", "ADJ", "NUM", "PROPN"} or first.text in _QUOTE_CHARS or demonstrative):
            return None
        if first.lower_ in {"dat", "of", "te", "om", "zich", "zichzelf", "er"} and not demonstrative:
            return None
        if s_lo > cue_lo and cue_lo > seg.start + 2 and lemma in {"noemen", "vinden"}:
            start = seg.start  # "Ook de keuze om … noemt Heinen een politieke keuze": the whole sentence
        elif lemma == "noemen" and not _object_with_predicate(doc, start, stop):
            return None  # "noemt het voorbeeld van haar vader": naming something, not calling it something
        return self._make(doc, "indirect", doc[start].idx, _end_char(doc, stop - 1), (cue_lo, cue_hi), src,
                          sentence, "object", 0.65, unknown=unknown)

    def _backref(self, doc, seg, segs, si, verb, lemma, cue_lo, cue_hi, sentence) -> RawClaim | None:
        """Dat stelde Zelensky. / Dat heeft minister X aan de Kamer laten weten. The content is the
        sentences before: the rest of the paragraph, or the paragraph before when "Dat …" opens one.
        One claim per sentence; the first is returned with the others in ``extra["more"]``."""
        first = doc[seg.start]
        if first.lower_ not in cues.BACKREF_PRONOUNS or si == 0 or seg.start + 1 >= seg.end:
            return None
        second = doc[seg.start + 1]
        if not (second.i == cue_lo or second.lower_ in {
                "heeft", "hebben", "had", "hadden", "is", "was", "wordt", "werd", "zal", "zou", "liet", "laat"}):
            return None  # "Dat" must be followed by the cue or its auxiliary (V2): "Dat heeft X gezegd"
        if lemma in cues.STANCE_LEMMAS or lemma in {"willen", "noemen", "vragen", "verzoeken"}:
            return None
        src = subject_of(doc, verb, seg)
        if src is None or src[0] == seg.start:
            k = seg.start + 1
            while k < seg.end and (doc[k].lower_ in {"heeft", "hebben", "had", "hadden", "zegt", "zei", "schrijft", "meldt"} or k == cue_lo):
                k += 1
            src = np_after(doc, k, seg.end)
        if src is None:
            return None
        refs = [r for r in self._referenced_sentences(doc, segs, si)]
        if not refs:
            return None
        claims = []
        for prev in refs:
            pend = content_end(doc, prev)
            claims.append(self._make(doc, "indirect", prev.start_char, _end_char(doc, pend - 1), (cue_lo, cue_hi),
                                     src, (prev.start_char, seg.end_char), "backref", 0.85))
        claims[0].extra["more"] = claims[1:]
        return claims[0]

    def _has_own_claim(self, doc: Doc, seg: Segment) -> bool:
        """A sentence with reported speech of its own, or a quote with a cue beside it."""
        if seg.start_char in self._reported_segments:
            return True
        if not _quotes_around(self._quotes, seg.start_char, seg.end_char):
            return False
        text = doc_text(doc)
        outside = text[seg.start_char : seg.end_char]
        for q in _quotes_around(self._quotes, seg.start_char, seg.end_char):
            lo, hi = max(q.open_start, seg.start_char) - seg.start_char, min(q.close_end, seg.end_char) - seg.start_char
            outside = outside[:lo] + " " * (hi - lo) + outside[hi:]
        return any(ch.isalpha() for ch in outside)

    def _referenced_sentences(self, doc: Doc, segs: list[Segment], si: int, limit: int = 4) -> list[Segment]:
        """The sentences a back-reference at ``segs[si]`` points to."""
        text = doc_text(doc)
        opens_paragraph = "\n" in text[segs[si - 1].end_char : segs[si].start_char]
        refs: list[Segment] = []
        k = si - 1
        if self._has_own_claim(doc, segs[k]):
            return []  # "„…”, zei Zelensky. Dat zei hij in Kyiv.": the sentence before is already a claim
        while k >= 0 and len(refs) < limit:
            cur = segs[k]
            if _is_headline(text, cur) or cur.end_char - cur.start_char > self.max_backref_chars:
                break  # never the headline; never a whole wall of text
            if refs and cur.start_char in self._claimed:
                break  # a sentence with its own claim is not part of what "Dat" points back to
            refs.append(cur)
            if k == 0 or "\n" in text[segs[k - 1].end_char : cur.start_char]:
                break  # the paragraph starts here
            k -= 1
        del opens_paragraph
        return list(reversed(refs))

    def _dat_clause(self, doc, seg, verb, lemma, cue_lo, cue_hi, end, sentence) -> RawClaim | None:
        """X zegt dat … / X liet weten dat … / X zei tegen de NOS dat …"""
        j = cue_hi
        limit = min(end, cue_hi + 10)
        while j < limit:
            t = doc[j]
            det_ok = lemma not in cues.STANCE_LEMMAS  # "wil dat programma verlengen": a determiner
            if t.lower_ == "dat" and (not has_pos(doc) or t.pos_ in {"SCONJ", "PRON"} or (t.pos_ == "DET" and det_ok)) and j + 1 < end:
                nxt = doc[j + 1]
                if nxt.is_punct and nxt.text not in "„“\"'‘":
                    return None
                if has_pos(doc) and t.pos_ == "PRON" and nxt.pos_ in {"AUX", "VERB"}:
                    return None  # "dat" as a relative or demonstrative pronoun
                break
            if t.lower_ in {"of", "wat", "hoe", "waarom", "wie", "wanneer", "welke"}:
                return None  # indirect questions are not claims
            if t.text == "," and not (j + 1 < end and doc[j + 1].lower_ == "dat"):
                return None
            if t.text in {".", "?", "!", ";"} or t.lower_ in {"om", "maar", "want", "omdat", "terwijl", "als", "te",
                                                            "wanneer", "nadat", "toen", "zodat"}:
                return None
            j += 1
        else:
            return None
        if lemma in {"noemen", "roepen"}:
            return None
        src, unknown = self._verb_source(doc, seg, verb)
        if lemma in cues.UNATTRIBUTED_LEMMAS:
            src, unknown = None, True  # "Vorige week lekte uit dat …": news with no source
        if unknown and lemma in cues.STANCE_LEMMAS:
            return None  # "Verwacht wordt dat …": an expectation nobody states
        start_c = doc[j + 1].idx
        stop = _stop_before_inverted_cue(doc, j + 1, sentence_stop(doc, j + 1, end), seg)
        if has_pos(doc) and stop - (j + 1) <= 3 and not _has_verb(doc, j + 1, stop):
            return None  # "en willen dat ook niet, zegt …": "dat" is an object, not a clause
        return self._make(doc, "indirect", start_c, _end_char(doc, stop - 1), (cue_lo, cue_hi), src, sentence,
                          "dat-clause", 0.85, unknown=unknown)

    def _inverted(self, doc, seg, verb, lemma, cue_lo, cue_hi, end, sentence) -> RawClaim | None:
        """…, zei hij. / …, meldt het Kremlin. / …, laat het ministerie weten."""
        if lemma not in cues.INVERTED_OK:
            return None
        k = cue_lo - 1
        while k > seg.start and doc[k].lower_ == "zo":
            k -= 1
        if k <= seg.start or doc[k].text not in {",", "”", "’", "\"", "'"}:
            return None
        res = _inverted_cue(doc, cue_lo, seg, direct=False)
        if res is None:
            return None
        cue_rng, src = res
        content_stop = k
        while content_stop > seg.start and doc[content_stop - 1].text in {",", "”", "’", "\"", "'"}:
            content_stop -= 1
        if content_stop <= seg.start or (content_stop - seg.start == 1 and not doc[seg.start].is_alpha) or (
                content_stop - seg.start == 1 and doc[seg.start].lower_ in {"maar", "en", "want", "dus", "toch", "ook"}):
            return None
        start_c = doc[seg.start].idx
        end_c = _end_char(doc, content_stop - 1)
        if doc_text(doc)[start_c] in _QUOTE_CHARS and doc_text(doc)[end_c:end_c + 1] in _QUOTE_CHARS:
            return None  # a fully quoted content is a direct quote
        if _name_with_apposition(doc, seg.start, content_stop):
            return None  # "Thomas Mischke, vakbondsbestuurder bij de BDK, vindt …": the subject, not the content
        if doc_text(doc)[start_c:end_c].lower().startswith(("op de vraag", "gevraagd naar", "desgevraagd")):
            return None  # "Op de vraag of … antwoordt de gemeente: …": the question, not the answer
        if doc[seg.start].lower_ == "volgens" and not _has_verb(doc, seg.start, content_stop):
            return None  # "Volgens Bart Remes, onderzoeker aan de TU, geeft …": a phrase, not a statement
        s_lo, s_hi = _tokens(doc, src) if src is not None else (cue_hi, cue_hi)
        tail = max(s_hi, cue_hi)
        if _runs_on(doc, tail, end):
            # "X, zegt Trump, dankzij Y." – the content runs on after the cue
            end_c = _end_char(doc, sentence_stop(doc, tail, end) - 1)
        return self._make(doc, "indirect", start_c, end_c, cue_rng, src, sentence, "inverted", 0.85)

    def _infinitive(self, doc, seg, verb, lemma, cue_lo, cue_hi, end, sentence) -> RawClaim | None:
        """X zei bereid te zijn … / X beloofde te stoppen / Duitsland verwijt Poetin … te spelen."""
        if lemma not in cues.INFINITIVE_LEMMAS:
            return None
        if lemma == "dreigen" and not _named_subject(doc, verb, seg):
            return None  # "medicijnen dreigen te verdwijnen": a risk, not a threat someone made
        if lemma == "dreigen" and not _named_subject(doc, verb, seg, names_only=True) and not any(
                t.pos_ in {"DET", "NOUN", "PROPN", "PRON"} for t in doc[cue_hi : min(end, cue_hi + 12)]
                if t.i < next((m for m in range(cue_hi, end) if doc[m].lower_ == "te"), end)):
            return None  # "het bedrijf dreigt failliet te gaan": a risk; a threat has an object
        te = None
        om = None
        for j in range(cue_hi, min(end, cue_hi + 12)):
            t = doc[j]
            if t.lower_ == "te" and j + 1 < seg.end and (not has_pos(doc) or doc[j + 1].pos_ in {"VERB", "AUX"}):
                te = j
                break
            if t.lower_ == "om" and lemma in {"vragen", "verzoeken", "oproepen", "adviseren", "eisen"}:
                om = j
                continue
            if t.text in {",", ";", ":"} or t.lower_ in {"dat", "of", "en", "om", "maar"}:
                break
        if te is None:
            return None
        src, unknown = self._verb_source(doc, seg, verb)
        if lemma in cues.ADDRESSEE_LEMMAS and src is not None and _tokens(doc, src)[0] > verb.i:
            # "Bewoners riepen premier Rutte op om …": the phrase after the verb is the one addressed
            first = preverbal_subject(doc, verb, seg)
            if first is not None:
                src = first
        start = cue_hi
        if src is not None:
            s_lo, s_hi = _tokens(doc, src)
            if s_lo >= cue_hi:
                start = s_hi
        if om is not None:
            start = om + 1  # "vroegen de provincie om in te grijpen": the request itself
        while start < end and doc[start].lower_ in {"ook", "nog", "wel", "opnieuw", "eerder", "er", "immers"}:
            start += 1
        if start > te:
            return None
        stop = _stop_before_inverted_cue(doc, start, sentence_stop(doc, start, end), seg)
        if src is None and not unknown and stop - start < 4:
            return None  # "vroeg … te verdubbelen" with no source and hardly any content
        return self._make(doc, "indirect", doc[start].idx, _end_char(doc, stop - 1), (cue_lo, cue_hi), src,
                          sentence, "infinitive", 0.75, unknown=unknown)

    def _verb_source(self, doc: Doc, seg: Segment, verb: Token) -> tuple[tuple[int, int] | None, bool]:
        """The subject range of a cue verb, and whether the clause is impersonal (er wordt gezegd)."""
        if verb.i == seg.start and verb.lower_ in {"verwacht", "gevreesd", "gehoopt", "gedacht"}:
            return None, True  # "Verwacht wordt dat …"
        window = {t.lower_ for t in doc[max(seg.start, verb.i - 3) : verb.i]}
        if window & {"wordt", "werd", "worden", "werden"} and not any(
                t.lower_ == "door" for t in doc[verb.i : min(seg.end, verb.i + 6)]):
            return None, True  # "Er wordt gezegd dat …", "Ook wordt bevestigd dat …": no named source
        subj = subject_of(doc, verb, seg)
        if subj is None:
            return None, False
        return subj, False

    def _colon_headline(self, doc: Doc, seg: Segment, sentence) -> list[RawClaim]:
        """Zelensky: we geven niet op (no quote marks)."""
        for k in range(seg.start + 1, min(seg.end, seg.start + 5)):
            if doc[k].text != ":":
                continue
            src = (seg.start, k)
            lead = doc[seg.start:k]
            if seg.start_char != 0 and not _is_registry_like(doc, seg.start, k):
                return []  # an unquoted colon claim is a title: "Minister Heinen: …"
            if not lead[0].text[:1].isupper() or not all(
                    t.text[:1].isupper() or t.lower_ in {"de", "het", "van", "en"} or is_agent_noun(t) for t in lead):
                return []
            last = doc[k - 1]
            registry_like = _is_registry_like(doc, seg.start, k)
            # a capitalised word after the first is a name even when the tagger calls it a noun
            name_like = last.pos_ == "PROPN" or (last.i > seg.start and last.text[:1].isupper() and last.is_alpha)
            if not (registry_like or (has_pos(doc) and name_like) or is_agent_noun(last)
                    or not has_pos(doc)) or (has_pos(doc) and any(t.pos_ in {"ADJ", "VERB"} for t in lead)):
                return []
            if not registry_like and doc_text(doc).lower().count(last.lower_) < 2:
                return []  # a colon headline names a speaker the article speaks of again
            rest = k + 1
            end = content_end(doc, seg)
            if rest >= end or doc[rest].text in _QUOTE_CHARS:
                return []
            return [self._make(doc, "indirect", doc[rest].idx, _end_char(doc, end - 1), (k, k + 1), src, sentence,
                               "colon", 0.7)]
        return []

    def _eigen_zeggen(self, doc: Doc, seg: Segment, end: int, sentence) -> list[RawClaim]:
        """… naar eigen zeggen … : the sentence's subject says so."""
        for k in range(seg.start, seg.end - 2):
            if doc[k].lower_ == "naar" and doc[k + 1].lower_ == "eigen" and doc[k + 2].lower_ == "zeggen" and (
                    k + 3 < seg.end and doc[k + 3].text in _QUOTE_CHARS | {",,"}):
                subj = np_after(doc, seg.start, seg.end)
                q = next((q for q in self._quotes if q.open_start == doc[k + 3].idx), None)
                if subj is None or q is None:
                    return []
                return [self._make(doc, "direct", q.content_start, q.content_end, (k, k + 3), subj, sentence,
                                   "eigen-zeggen-quote", 0.7)]
            if doc[k].lower_ == "naar" and doc[k + 1].lower_ == "eigen" and doc[k + 2].lower_ == "zeggen":
                subj = np_after(doc, seg.start, seg.end)
                if subj is None:
                    return []
                return [self._make(doc, "indirect", doc[seg.start].idx, _end_char(doc, end - 1), (k, k + 3), subj,
                                   sentence, "eigen-zeggen", 0.7)]
        return []

    def _make(self, doc: Doc, kind: str, start_c: int, end_c: int, cue_rng, src, sentence, how: str,
              confidence: float, unknown: bool = False) -> RawClaim:
        cue_text = cue_s = cue_e = None
        if cue_rng is not None:
            lo, hi = cue_rng
            cue_s, cue_e = doc[lo].idx, _end_char(doc, hi - 1)
            cue_text = " ".join(t.text for t in doc[lo:hi])
        src_c = src if src is None or isinstance(src, tuple) and len(src) == 2 and src[1] > len(doc) else src
        if src is not None and not _is_char_range(doc, src):
            src_c = (doc[src[0]].idx, _end_char(doc, src[1] - 1))
        return RawClaim(kind, start_c, end_c, cue_text, cue_s, cue_e, src_c, sentence, how, confidence,
                        unknown=unknown)

    # -- serialisation (no data) ----------------------------------------------------------------
    def to_disk(self, path, *, exclude: Iterable[str] = ()) -> None:
        return None

    def from_disk(self, path, *, exclude: Iterable[str] = ()) -> "Attribution":
        return self


class _CharRange(tuple):
    """A (start, end) range in characters (as opposed to tokens)."""


def _chars(doc: Doc, rng: tuple[int, int] | None) -> _CharRange | None:
    if rng is None:
        return None
    return _CharRange((doc[rng[0]].idx, _end_char(doc, rng[1] - 1)))


def _is_char_range(doc: Doc, rng) -> bool:
    return isinstance(rng, _CharRange)


def _tokens(doc: Doc, rng) -> tuple[int, int]:
    if isinstance(rng, _CharRange):
        span = doc.char_span(rng[0], rng[1], alignment_mode="expand")
        return (span.start, span.end) if span is not None else (0, 0)
    return rng


_MODALS = frozenset({"moet", "moeten", "moest", "moesten", "kan", "kunnen", "kon", "konden", "mag", "mogen",
                     "mocht", "mochten", "zou", "zouden"})


def _under_modal(doc: Doc, verb: Token, seg: Segment) -> bool:
    """A cue verb in the infinitive governed by a modal: "moet beloven", "zou kunnen zeggen"."""
    if not verb.lower_.endswith("en") or verb.lower_ != (verb.lemma_ or verb.lower_).lower():
        return False
    return any(t.lower_ in _MODALS for t in doc[max(seg.start, verb.i - 4) : verb.i])


def _named_subject(doc: Doc, verb: Token, seg: Segment, *, names_only: bool = False) -> bool:
    """Whether the verb's subject is a name (or, unless ``names_only``, an organisation noun)."""
    subj = subject_of(doc, verb, seg)
    if subj is None:
        return False
    toks = doc[subj[0] : subj[1]]
    if any(t.pos_ == "PROPN" for t in toks) or _is_registry_like(doc, subj[0], subj[1]):
        return True
    if names_only:
        return False
    # an organisation threatens ("Gemeenten dreigen het kabinet voor de rechter te slepen");
    # people and things may merely be at risk ("boeren dreigen failliet te gaan")
    head = next((t for t in reversed(toks) if t.pos_ == "NOUN"), None)
    return head is not None and head.lower_.endswith(ORG_NOUNS)


def _is_registry_like(doc: Doc, lo: int, hi: int) -> bool:
    """A phrase that names a source the registry knows (the speaker tagger marked it)."""
    from .. import extensions as ext_

    start, end = doc[lo].idx, _end_char(doc, hi - 1)
    return any(src.start >= start and src.end <= end for src in doc._.get(ext_.SOURCES))


def _runs_on(doc: Doc, tail: int, end: int) -> bool:
    """After an inverted cue and its source, whether ", …" continues the content (a clause or an
    adverbial: ", dankzij de handelsoorlog", ", omdat …") rather than an apposition (", hoogleraar …")
    or a new clause with "maar"."""
    if not (tail < end and doc[tail].text == "," and tail + 1 < end):
        return False
    nxt = doc[tail + 1]
    after = doc[tail + 2] if tail + 2 < end else None
    if nxt.lower_ in {"maar", "en", "want", "of"}:
        # ", maar is dat zo?" starts a new clause; ", maar 'een strijdbare keuze'" goes on
        return nxt.lower_ == "maar" and after is not None and has_pos(doc) and after.pos_ not in {"VERB", "AUX", "PRON"}
    if has_pos(doc):
        if nxt.pos_ in {"ADP", "SCONJ", "ADV", "VERB", "AUX"} or nxt.lower_ in PREPOSITIONS:
            return True
        return False  # a noun phrase: an apposition describing the source
    return nxt.lower_ in PREPOSITIONS or nxt.lower_ in {"omdat", "doordat", "zodat", "als", "nadat", "terwijl"}


def _has_verb(doc: Doc, lo: int, hi: int) -> bool:
    if has_pos(doc):
        return any(t.pos_ in {"VERB", "AUX"} for t in doc[lo:hi])
    return any(t.lower_ not in PREPOSITIONS and t.text[:1].islower() and t.lower_ not in {"de", "het", "een"}
               for t in doc[lo:hi])


def _end_char(doc: Doc, i: int) -> int:
    return doc[i].idx + len(doc[i].text)


def _segment_at(segs: list[Segment], char: int) -> Segment | None:
    """The segment holding ``char``, else the last one starting before it."""
    starts = [seg.start_char for seg in segs]
    k = bisect.bisect_right(starts, char) - 1
    return segs[k] if k >= 0 else None


def _is_headline(text: str, seg: Segment) -> bool:
    """The article's title: the first line, without closing punctuation, followed by a line break."""
    if seg.start_char != 0:
        return False
    line_end = text.find("\n")
    return line_end >= 0 and seg.end_char <= line_end and text[:line_end].rstrip()[-1:] not in ".!?"


def _is_name(doc: Doc, rng: tuple[int, int]) -> bool:
    """A phrase headed by a capitalised name (not a sentence-initial common word)."""
    toks = [t for t in doc[rng[0] : rng[1]] if t.is_alpha]
    if not toks:
        return False
    if has_pos(doc):
        return any(t.pos_ == "PROPN" for t in toks)
    return all(t.text[:1].isupper() for t in toks)


_VERBAL_DEPS = frozenset({"obj", "iobj", "compound:prt", "nsubj", "nsubj:pass", "aux", "xcomp", "ccomp"})


def _heads_clause(doc: Doc, rng: tuple[int, int]) -> bool:
    """Whether a capitalised opener governs an object, particle or subject: a verb read as a
    name ("Zit alles mee, dan …", a conditional with the verb first), not a name."""
    return has_dep(doc) and any(c.dep_ in _VERBAL_DEPS for t in doc[rng[0] : rng[1]] for c in t.children)


def _lead_subject(doc: Doc, seg: Segment) -> tuple[int, int] | None:
    """The subject of the main verb of ``seg`` when it is a name or a personal pronoun."""
    first = np_after(doc, seg.start, seg.end)
    if first is not None and first[0] == seg.start and _is_name(doc, first) and doc[first[0]].lower_ not in {
            "volgens", "in", "op", "met", "na", "voor"} and not _heads_clause(doc, first):
        return first  # the sentence opens with a name: "Advocaat Mischa Wladimiroff, …, wijst op …"
    if not has_dep(doc):
        return None
    roots = [t for t in doc[seg.start : seg.end] if t.dep_ == "ROOT"]
    for root in roots[:1]:
        for child in root.children:
            if child.dep_ in {"nsubj", "nsubj:pass"} and seg.start <= child.i < seg.end:
                if child.pos_ == "PROPN" or child.lower_ in {"hij", "zij", "ze"} or any(
                        c.pos_ == "PROPN" for c in child.children if c.dep_ in {"flat", "appos", "compound"}):
                    lo, hi = child.i, child.i + 1
                    for c in child.subtree:
                        if c.dep_ in {"flat", "compound", "det", "amod", "appos"} or c.i == child.i:
                            lo, hi = min(lo, c.i), max(hi, c.i + 1)
                    return lo, min(hi, seg.end)
    return None


def _ends_sentence(content: str, tail: str) -> bool:
    """Whether a quote closes its sentence: nothing but punctuation, then a new sentence or nothing."""
    rest = tail.lstrip(".!?;:…)")
    if rest == tail and tail and content.rstrip()[-1:] not in ".!?…":
        return False
    rest = rest.lstrip()
    return rest == "" or rest[0].isupper() or rest[0] in "„“\"'‘«"


def _sentence_lead(text: str, seg_start: int, pos: int) -> str:
    """The text between the start of the sentence holding ``pos`` and ``pos``."""
    lead = text[seg_start:pos]
    cut = max(lead.rfind(". "), lead.rfind("? "), lead.rfind("! "), lead.rfind(".” "), lead.rfind('." '))
    if cut >= 0:
        lead = lead[cut + 2 :]
    return lead.strip(" \n\"”’'")


def _quotes_around(quotes: list[QuoteSpan], start: int, end: int) -> list[QuoteSpan]:
    """The quotes (sorted, non-overlapping) that overlap ``[start, end)``."""
    opens = [q.open_start for q in quotes]
    k = max(bisect.bisect_right(opens, start) - 1, 0)
    out = []
    while k < len(quotes) and quotes[k].open_start < end:
        if quotes[k].close_end > start:
            out.append(quotes[k])
        k += 1
    return out


# What a "…, zo luidt de X van Y" frame can name: an accusation, verdict or conclusion of Y.
_VERDICT_NOUNS = frozenset({
    "beschuldiging", "beschuldigingen", "conclusie", "conclusies", "oordeel", "kritiek", "verwijt", "verwijten",
    "boodschap", "advies", "redenering", "stelling", "analyse", "argument", "uitleg", "verklaring", "eis", "eisen",
    "verdediging", "lezing", "standpunt", "reactie", "waarschuwing", "belofte", "claim",
})

# Prepositions inside "wat … betreft" that make it about a thing ("wat het succes van X betreft");
# PREPOSITIONS leaves out "van" because it opens surnames.
_PHRASE_PREPOSITIONS = PREPOSITIONS | {"van"}

# Pleas and demands with a prepositional object: form -> (lemma, preposition, particle before it).
_PP_CUES = {form: (row.lemma, prep, particle) for form, (row, prep, particle) in cues.lexicon().pp.items()}

# Words that cannot follow the article of a source phrase "het X" after an inverted verb.
_NOT_AFTER_SOURCE_HET = frozenset({"een", "de", "het", "geen", "niet", "wel", "ook", "nog", "al", "dus"})

# Third-person object pronouns that can stand for a source ("wat hem betreft").
_OBJECT_PRONOUNS = frozenset({"hem", "haar", "hen", "hun"})


def _name_with_apposition(doc: Doc, lo: int, hi: int) -> bool:
    """``Name, description`` with no verb: a subject with its apposition ("Thomas Mischke,
    vakbondsbestuurder bij de BDK")."""
    if not has_pos(doc) or hi - lo < 3 or doc[lo].pos_ != "PROPN":
        return False
    toks = doc[lo:hi]
    comma = next((t.i for t in toks if t.text == ","), None)
    if comma is None or comma == lo or comma + 1 >= hi:
        return False
    head = doc[lo:comma]
    return all(t.pos_ == "PROPN" or t.lower_ in _NAME_WORDS for t in head) and not any(
        t.pos_ in {"VERB", "AUX"} or t.text in _QUOTE_CHARS for t in toks)


_NAME_WORDS = frozenset({"van", "de", "der", "den", "ter", "ten", "von", "le", "la", "el", "al", "bin"})


def _clause_start(doc: Doc, seg: Segment, i: int, openers: set[str]) -> int:
    """First token of the clause holding token ``i``: after the nearest ", maar/want/…" before it."""
    for j in range(i - 1, seg.start, -1):
        if doc[j].text == "," and doc[j + 1].lower_ in openers:
            return j + 1
    return seg.start


def _inside_quote(pos: int | None, quotes: list[QuoteSpan]) -> bool:
    if pos is None:
        return False
    return any(q.content_start <= pos < q.content_end for q in _quotes_around(quotes, pos, pos + 1))


def _fully_quoted(text: str, start: int, end: int, quotes: list[QuoteSpan]) -> bool:
    """Whether ``[start, end)`` is one quotation, marks and punctuation aside."""
    strip = " \n\t,.;:!?…"
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    return any(q.open_start <= start < q.content_end and q.content_end <= end <= q.close_end
               for q in _quotes_around(quotes, start, end))


def _quoted_fraction(text: str, start: int, end: int, quotes: list[QuoteSpan]) -> float:
    """Share of the non-space, non-punctuation characters of ``[start, end)`` inside quote marks."""
    inside = total = 0
    around = _quotes_around(quotes, start, end)
    qi = 0
    for pos in range(start, end):
        ch = text[pos]
        if ch.isspace() or ch in ",.;:!?…\"'„“”‘’«»":
            continue
        total += 1
        while qi < len(around) and around[qi].close_end <= pos:
            qi += 1
        if qi < len(around) and around[qi].open_start <= pos < around[qi].close_end:
            inside += 1
    return inside / total if total else 0.0


def _previous_segment(segs: list[Segment], seg: Segment) -> Segment | None:
    index = segs.index(seg)
    return segs[index - 1] if index > 0 else None


def _token_index(doc: Doc, char: int) -> int:
    """Index of the first token that starts at or after ``char`` (``len(doc)`` if none)."""
    starts = doc.user_data.get("_nlpclaims_token_starts")
    if starts is None or len(starts) != len(doc):
        starts = [t.idx for t in doc]
        doc.user_data["_nlpclaims_token_starts"] = starts
    return bisect.bisect_left(starts, char)


def _token_at_or_after(doc: Doc, char: int, seg: Segment) -> int | None:
    """The first token of ``seg`` starting at or after ``char``."""
    i = max(_token_index(doc, char), seg.start)
    return i if i < seg.end else None


def _token_before(doc: Doc, char: int, seg: Segment) -> int | None:
    """The last token of ``seg`` that ends at or before ``char``."""
    i = min(_token_index(doc, char), seg.end) - 1
    while i >= seg.start and doc[i].idx + len(doc[i].text) > char:
        i -= 1
    return i if i >= seg.start else None


def _cue_at(doc: Doc, i: int, seg: Segment) -> tuple[str, int, int, Token] | None:
    """The cue starting at token ``i``: (lemma, first token, token after the cue, verb token)."""
    tok = doc[i]
    low = tok.lower_
    if tok.text[:1].isupper() and i != seg.start:
        return None
    # "heeft laten weten", "bekend gemaakt"
    if i + 1 < seg.end:
        pair = (low, doc[i + 1].lower_)
        if pair in cues.CLUSTER_CUES:
            return cues.CLUSTER_CUES[pair], i, i + 2, tok
    # particle verbs: "liet … weten", "maakte … bekend", "voegde … toe"
    for particle, forms in cues.PARTICLE_FORMS.items():
        if low in forms:
            for j in range(i + 1, min(seg.end, i + 9)):
                t = doc[j]
                if t.lower_ == particle and has_pos(doc) and j + 1 < seg.end and doc[j + 1].pos_ in {"DET", "NOUN", "PROPN", "NUM"} and (
                        particle in {"aan", "op", "toe", "uit", "mee", "af"}) and not _te_infinitive(doc, j + 1, seg.end):
                    continue  # "geeft een commando aan alle drones": a preposition, not the particle
                if t.lower_ in {particle, "er" + particle} or t.lower_.endswith("aan") and particle == "toe" and t.lower_ == "eraan" and j + 1 < seg.end and doc[j + 1].lower_ == "toe":
                    if t.lower_ == "eraan":
                        j += 1
                    return cues.PARTICLE_FORM_LEMMA.get((particle, low), cues.PARTICLE_LEMMA[particle]), i, j + 1, tok
                if t.text in {",", ".", ":", ";"} or t.lower_ in {"dat", "om"}:
                    break
    lemma = cues.speech_lemma(tok.text)
    if lemma is None:
        return None
    prev = doc[i - 1].lower_ if i > seg.start else ""
    if prev in {"de", "het", "een", "eigen", "zijn", "haar", "hun"}:
        return None  # "het bericht", "naar eigen zeggen": a noun, not a speech verb
    if has_pos(doc) and tok.pos_ in {"NOUN", "PROPN", "ADP", "DET"} and low in cues.NOUN_HOMOGRAPHS:
        return None
    if lemma == "zien" and prev in {"laten", "laat", "liet", "lieten"}:
        return None  # "laten zien dat": to show, not to state
    if lemma in cues.REQUIRED_NEXT:
        before = cues.REQUIRED_BEFORE.get(lemma, frozenset())
        if not (i + 1 < seg.end and doc[i + 1].lower_ in cues.REQUIRED_NEXT[lemma]) and not any(
                doc[m].lower_ in before for m in range(max(seg.start, i - 4), i)):
            return None
        if lemma == "spreken":
            return "spreken van", i, i + 2, tok
    if lemma in {"stellen", "aangeven", "geven"} and i + 1 < seg.end and doc[i + 1].lower_ in {"voor", "vast", "aan"}:
        return None
    return lemma, i, i + 1, tok


def _inverted_cue(doc: Doc, j: int, seg: Segment, *, direct: bool):
    """At token ``j`` an inverted cue: a speech verb then its subject, or ``aldus``/``volgens`` X."""
    tok = doc[j]
    if tok.lower_ in {"aldus", "volgens"}:
        src = np_after(doc, j + 1, seg.end)
        if src is None:
            return None
        return (j, j + 1), _author_of_document(doc, src)
    cue = _cue_at(doc, j, seg)
    if cue is None:
        if direct and tok.lower_ in {"vroeg", "vraagt", "riep", "roept", "klonk", "zegt", "zei"}:
            cue = (tok.lower_, j, j + 1, tok)
        else:
            return None
    lemma, lo, hi, verb = cue
    if not direct and lemma not in cues.INVERTED_OK:
        return None
    k = j + 1
    while k < seg.end and doc[k].lower_ in {"ook", "nog", "dan", "toen", "later", "eerder", "vervolgens", "daarop"}:
        k += 1
    src = np_after(doc, k, seg.end)
    if src is None:
        return None
    first = doc[src[0]].lower_
    if first in {"dat", "er", "te", "om"} | PREPOSITIONS or (first == "het" and src[1] - src[0] == 1):
        return None
    if first == "het" and doc[src[0] + 1].lower_ in _NOT_AFTER_SOURCE_HET:
        return None  # "…, vindt het een gevoelige kwestie": "het" is the object, not a source
    # the subject's phrase after a particle verb stops before the particle
    if hi > src[0] and src[1] >= hi:
        src = (src[0], min(src[1], hi - 1))
    return (lo, hi), src


def _author_of_document(doc: Doc, src: tuple[int, int], also: frozenset[str] = frozenset()) -> tuple[int, int]:
    """'cijfers van het CBS' → 'het CBS'; 'de regels van de EU' → 'de EU'; other phrases unchanged."""
    lo, hi = src
    nouns = cues.DOCUMENT_NOUNS | also
    if doc[lo].lower_ in nouns or (lo + 1 < hi and doc[lo + 1].lower_ in nouns):
        for k in range(lo, hi):
            if doc[k].lower_ == "van" and k + 1 < hi:
                return k + 1, hi
    return src


def _stop_before_inverted_cue(doc: Doc, start: int, end: int, seg: Segment) -> int:
    """End of a content clause: before ', zei hij' / ', aldus X' if the sentence has one."""
    for k in range(start + 1, end):
        if doc[k].text == "," and k + 2 < end and doc[k + 1].lower_ in {"maar", "terwijl"} and has_pos(doc) and (
                doc[k + 2].pos_ in {"VERB", "AUX"}):
            return k
        if doc[k].text == "," and k + 3 < end and doc[k + 1].lower_ == "maar" and _v2_clause(doc, k + 2, end) and not (
                _opens_quote(doc, start, k)):
            return k  # "…, maar Scholz wees dat idee van de hand": the writer's own main clause
        if doc[k].text == "," and k + 1 < end:
            nxt = doc[k + 1]
            if nxt.lower_ == "aldus" or nxt.lower_ in {"luidt", "luidde"} or (
                    nxt.lower_ == "zo" and k + 2 < end and doc[k + 2].lower_ in {"luidt", "luidde"}) or (_cue_at(doc, k + 1, seg) is not None and cues.speech_lemma(nxt.text) in cues.INVERTED_OK and k + 2 < end and (
                    doc[k + 2].lower_ in {"hij", "zij", "ze", "de", "het"} or (
                        doc[k + 2].pos_ in {"PROPN", "NOUN"} and not _opens_quote(doc, seg.start, start)))):
                return k
    return end


def _te_infinitive(doc: Doc, lo: int, hi: int) -> bool:
    """Whether "te" + verb follows in ``[lo, hi)`` before a comma: "kondigde aan de troepen terug te trekken"."""
    for k in range(lo, hi - 1):
        if doc[k].text in {",", ";", ":"}:
            return False
        if doc[k].lower_ == "te" and doc[k + 1].pos_ in {"VERB", "AUX"}:
            return True
    return False


def _object_with_predicate(doc: Doc, start: int, stop: int) -> bool:
    """``noemt X Y`` rather than only ``noemt X``: the content is more than one noun phrase
    ("noemt het voorbeeld van haar vader" and "noemde geen namen" name something; "noemt de
    deal een teken van hoop", "noemt het een stap", "noemt het onacceptabel" call it something)."""
    first = doc[start]
    if first.pos_ == "PRON" or (first.lower_ in {"het", "dit", "dat"} and doc[start + 1].lower_ == "een"):
        return True  # a pronoun object: what follows is what it is called
    if any(t.text in _QUOTE_CHARS for t in doc[start:stop]):
        return True
    nominal = {"DET", "PRON", "ADJ", "NOUN", "PROPN", "NUM"}
    k = start
    while k < stop and doc[k].pos_ in nominal and not (k > start and doc[k].lower_ == "een"):
        k += 1
    while k < stop and doc[k].pos_ == "ADP" and doc[k].lower_ != "als":  # "… van haar vader"
        k += 1
        while k < stop and doc[k].pos_ in nominal and not (doc[k].lower_ == "een" and doc[k - 1].pos_ in {"NOUN", "PROPN"}):
            k += 1
    if k < stop:
        return True
    head = max((t.i for t in doc[start:stop] if t.pos_ in {"NOUN", "PROPN"}), default=None)
    return head is None or any(t.pos_ == "ADJ" for t in doc[head + 1 : stop])


def _opens_quote(doc: Doc, lo: int, hi: int) -> bool:
    """Whether a quotation opened in tokens ``[lo, hi)`` is still open at ``hi`` (the quotes the
    component paired for this doc)."""
    lo_c, hi_c = doc[lo].idx, doc[hi].idx
    return any(lo_c <= q.open_start and q.content_start <= hi_c < q.content_end
               for q in _quotes_around(doc_quotes(doc), hi_c, hi_c + 1))


def doc_quotes(doc: Doc) -> list[QuoteSpan]:
    """The doc's quotations (:func:`find_quotes`), paired once per doc."""
    cached = doc.user_data.get("_nlpclaims_quotes")
    if cached is None or cached[0] != len(doc):
        cached = (len(doc), find_quotes(doc_text(doc)))
        doc.user_data["_nlpclaims_quotes"] = cached
    return cached[1]


def _v2_clause(doc: Doc, i: int, end: int) -> bool:
    """A main clause at ``i``: a subject phrase, the finite verb right after it and more words after
    that (a subordinate clause would end in its verb)."""
    if not has_pos(doc):
        return False
    j = i
    if doc[j].pos_ == "PRON" and doc[j].lower_ in {"hij", "zij", "ze", "het"}:
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


def _merge(direct: list[RawClaim], indirect: list[RawClaim]) -> list[RawClaim]:
    """All claims in text order; of overlapping claims the longer, better-cued one stays."""
    out: list[RawClaim] = []
    for claim in sorted(direct + indirect, key=lambda c: (c.start, -(c.end - c.start))):
        clash = None
        for other in out:
            inter = min(other.end, claim.end) - max(other.start, claim.start)
            if inter <= 0:
                continue
            union = max(other.end, claim.end) - min(other.start, claim.start)
            if inter / union >= 0.5 or (claim.start >= other.start and claim.end <= other.end):
                clash = other
                break
        if clash is None:
            out.append(claim)
            continue
        if clash.kind == "direct" and claim.kind == "indirect" and clash.inherit and claim.source is not None:
            # "„…” Dat zei X." – the cue-less quote gets the back-reference's source.
            out[out.index(clash)] = replace(clash, source=claim.source, cue=claim.cue, cue_start=claim.cue_start,
                                            cue_end=claim.cue_end, inherit=False, how="quote-backref")
        elif claim.confidence > clash.confidence and claim.kind == clash.kind:
            out[out.index(clash)] = claim
    return sorted(out, key=lambda c: c.start)


@Language.factory(
    "nlpclaims_attribution",
    assigns=["doc._.nlpclaims_raw_claims"],
    default_config={"max_backref_chars": 600, "min_scare_words": 4},
)
def make_attribution(nlp: Language, name: str, max_backref_chars: int, min_scare_words: int) -> Attribution:
    """Create the quotation and attribution component."""
    return Attribution(nlp, name, max_backref_chars=max_backref_chars, min_scare_words=min_scare_words)
