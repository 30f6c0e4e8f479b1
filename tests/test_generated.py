"""Generated Dutch articles whose claims are known by construction.

Each template puts a content clause and a source into a common Dutch attribution pattern; the
expected claim (kind, speaker id, content span) follows from where the pieces were placed.
Templates the pipeline does not yet handle for some source are marked ``xfail(strict=True)``
with the reason, so that a fix shows up as an XPASS failure and the mark can go.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

import nlpclaims

from test_properties import check_no_overlap_per_speaker, check_offsets

# source as written -> expected speaker id
SOURCES = {
    "Zelensky": "zelensky",
    "Poetin": "poetin",
    "Trump": "trump",
    "Schoof": "schoof",
    "Pistorius": "pistorius",
    "Macron": "macron",  # in the registry, not tracked
    "het Kremlin": "kremlin",  # in the registry as an organisation
    "de Oekraïense luchtmacht": "oekraiense-luchtmacht",  # not in the registry
    "Kaja Kallas": "kaja-kallas",  # not in the registry
}

# the same statement as a subordinate clause (dat …), a main clause and a verb-first clause
CONTENTS = [
    {
        "sub": "het kabinet volgend jaar 300 miljoen euro extra uittrekt voor de zorg",
        "main": "Het kabinet trekt volgend jaar 300 miljoen euro extra uit voor de zorg",
        "v1": "trekt het kabinet volgend jaar 300 miljoen euro extra uit voor de zorg",
    },
    {
        "sub": "de oorlog nog lang niet voorbij is",
        "main": "De oorlog is nog lang niet voorbij",
        "v1": "is de oorlog nog lang niet voorbij",
    },
    {
        "sub": "er vannacht 72 drones zijn neergehaald boven Kyiv",
        "main": "Er zijn vannacht 72 drones neergehaald boven Kyiv",
        "v1": "zijn er vannacht 72 drones neergehaald boven Kyiv",
    },
]

LEAD = "De onderhandelingen in Genève duurden de hele nacht. "
TAIL = " Een woordvoerder wilde daar niets over kwijt."


@dataclass(frozen=True)
class Case:
    text: str
    claims: tuple[tuple[str, str, int, int], ...]  # (kind, speaker id, start, end)

    def shifted(self, prefix: str, suffix: str = "") -> "Case":
        k = len(prefix)
        return Case(prefix + self.text + suffix, tuple((c[0], c[1], c[2] + k, c[3] + k) for c in self.claims))


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def build_core(template: str, source: str, content: dict[str, str]) -> Case:
    """The sentence(s) for ``template`` with the expected claim's offsets."""
    if template == "zei-dat":
        before, body, after, kind = f"{_cap(source)} zei dat ", content["sub"], ".", "indirect"
    elif template == "quote-zei":
        before, body, after, kind = "„", content["main"], f"”, zei {source}.", "direct"
    elif template == "volgens":
        before, body, after, kind = f"Volgens {source} ", content["v1"], ".", "indirect"
    elif template == "aldus":
        before, body, after, kind = "", content["main"], f", aldus {source}.", "indirect"
    elif template == "colon-quote":
        before, body, after, kind = f"{_cap(source)}: „", content["main"], "”", "direct"
    elif template in ("dat-stelde", "dat-stelde-para"):
        before, body, after, kind = "", content["main"], f". Dat stelde {source}.", "indirect"
    elif template == "liet-weten":
        before, body, after, kind = f"{_cap(source)} liet weten dat ", content["sub"], ".", "indirect"
    elif template == "zegt-inverted":
        before, body, after, kind = "", content["main"], f", zegt {source}.", "indirect"
    elif template == "zegt-colon-quote":
        before, body, after, kind = f"{_cap(source)} zegt: „", content["main"] + ".", "”", "direct"
    elif template == "quote-aldus":
        before, body, after, kind = "„", content["main"], f"”, aldus {source}.", "direct"
    elif template == "benadrukte":
        before, body, after, kind = f"{_cap(source)} benadrukte dat ", content["sub"], ".", "indirect"
    elif template == "main-volgens":
        before, body, after, kind = "", content["main"], f", volgens {source}.", "indirect"
    elif template == "pronoun-hij":
        before, body, after, kind = f"{_cap(source)} was duidelijk. „", content["main"], "”, zei hij.", "direct"
    elif template == "interrupted":
        first, second = "Dat is de afspraak", content["main"][:1].lower() + content["main"][1:]
        text = f"„{first}”, zei {source}, „en {second}.”"
        a = 1
        b = text.index("„en ") + 1
        return Case(text, (("direct", SOURCES[source], a, a + len(first)),
                           ("direct", SOURCES[source], b, b + len("en ") + len(second) + 1)))
    else:  # pragma: no cover
        raise ValueError(template)
    return Case(before + body + after, ((kind, SOURCES[source], len(before), len(before) + len(body)),))


def build(template: str, source: str, content: dict[str, str]) -> Case:
    """The core sentence(s) between a lead sentence and a closing sentence (a colon lead-in
    stands on a line of its own)."""
    core = build_core(template, source, content)
    if template in ("colon-quote", "dat-stelde-para"):
        return core.shifted(LEAD + "\n\n", "\n\n" + TAIL.strip())
    return core.shifted(LEAD, TAIL)


TEMPLATES = ["zei-dat", "quote-zei", "volgens", "aldus", "colon-quote", "dat-stelde", "dat-stelde-para", "liet-weten",
             "zegt-inverted", "zegt-colon-quote", "quote-aldus", "benadrukte", "main-volgens", "pronoun-hij",
             "interrupted"]
# "hij" needs a person
NOT_APPLICABLE = {("pronoun-hij", s) for s in ("het Kremlin", "de Oekraïense luchtmacht")}

# (template, source, content index) -> why it fails today. Filled from the runs of this file;
# the attribution component is being reworked, so these are reported, not fixed here.
KNOWN_FAILURES: dict[tuple[str, str, int], str] = {}
KNOWN_FAILURE_TEMPLATES: dict[str, str] = {
    "dat-stelde": (
        "back-reference takes every earlier sentence of the paragraph: 'A. B. Dat stelde X.' gives claims "
        "A and B for X, where GOLD-FORMAT points 'Dat stelde X' back at B only"
    ),
}


def _params():
    for template in TEMPLATES:
        for source in SOURCES:
            if (template, source) in NOT_APPLICABLE:
                continue
            for ci in range(len(CONTENTS)):
                reason = KNOWN_FAILURES.get((template, source, ci)) or KNOWN_FAILURE_TEMPLATES.get(template)
                marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                yield pytest.param(template, source, ci, id=f"{template}-{SOURCES[source]}-{ci}", marks=marks)


def found(result) -> set[tuple[str, str, int, int]]:
    return {(c.kind, c.speaker, c.start, c.end) for c in result.claims}


@pytest.mark.parametrize("template, source, ci", list(_params()))
def test_template(nlp, template: str, source: str, ci: int) -> None:
    case = build(template, source, CONTENTS[ci])
    result = nlpclaims.extract(case.text, nlp=nlp, date="2025-06-01")
    check_offsets(case.text, result)
    assert found(result) == set(case.claims), (
        f"\ntext:     {case.text!r}\nexpected: {[(*c, case.text[c[2]:c[3]]) for c in case.claims]}\n"
        f"found:    {[(c.kind, c.speaker, c.start, c.end, c.text) for c in result.claims]}"
    )


# -- whole articles of several generated paragraphs -----------------------------------------

FILLERS = [
    "De vergadering begon om negen uur.",
    "Het regende de hele dag in de hoofdstad.",
    "De delegatie vertrok naar het vliegveld.",
]


_ADV = ("the embedded tagger tags a paragraph-initial 'Zelensky' ADV after an earlier paragraph (still nsubj of the "
        "cue) and the cue's source is dropped: speaker 'unknown'")


@pytest.mark.parametrize("cue", ["zei", "benadrukte"])
def test_source_tagged_adv(nlp, cue: str) -> None:
    text = ("De delegatie vertrok naar het vliegveld.\n\n"
            f"Zelensky {cue} dat het kabinet volgend jaar 300 miljoen euro extra uittrekt voor de zorg.")
    start = text.index("het kabinet")
    result = nlpclaims.extract(text, nlp=nlp)
    assert found(result) == {("indirect", "zelensky", start, len(text) - 1)}


# Left out of the article property because of the failure above (11 of 1,089 filler + case pairs).
PARAGRAPH_START_FAILURES = {("zei-dat", "Zelensky"), ("benadrukte", "Zelensky")}


def _robust(template: str, source: str, ci: int) -> bool:
    return (template, source, ci) not in KNOWN_FAILURES and template not in KNOWN_FAILURE_TEMPLATES


ROBUST = [(t, s, c) for t in TEMPLATES for s in SOURCES for c in range(len(CONTENTS))
          if _robust(t, s, c) and (t, s) not in NOT_APPLICABLE | PARAGRAPH_START_FAILURES]


@given(parts=st.lists(st.one_of(st.sampled_from(ROBUST), st.sampled_from(FILLERS)), min_size=1, max_size=6))
def test_generated_article(nlp, parts) -> None:
    """Paragraphs of passing templates and filler sentences: every claim is recovered, in place."""
    text = ""
    expected = set()
    for part in parts:
        if text:
            text += "\n\n"
        if isinstance(part, str):
            text += part
            continue
        case = build_core(*part[:2], CONTENTS[part[2]]).shifted(text)
        expected.update(case.claims)
        text = case.text
    result = nlpclaims.extract(text, nlp=nlp, date="2025-06-01")
    check_offsets(text, result)
    check_no_overlap_per_speaker(result)
    assert found(result) == expected, f"\ntext: {text!r}\nfound: {[(c.kind, c.speaker, c.text) for c in result.claims]}"


def test_pronoun_after_an_earlier_speakers_claim(nlp) -> None:
    """Found by the long profile with the run1 pipeline ('hij' went to Zelensky, the earlier
    claim's speaker, not to Trump, named in the sentence before); right with the embedded one."""
    text = ("Zelensky zei dat het kabinet volgend jaar 300 miljoen euro extra uittrekt voor de zorg.\n\n"
            "Trump was duidelijk. „Het kabinet trekt volgend jaar 300 miljoen euro extra uit voor de zorg”, zei hij.")
    result = nlpclaims.extract(text, nlp=nlp)
    assert [(c.kind, c.speaker) for c in result.claims] == [("indirect", "zelensky"), ("direct", "trump")]
