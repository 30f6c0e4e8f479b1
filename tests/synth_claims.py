"""Written articles with their claims as ``nlpclaims extract`` would output them, in any number.

Each article is built sentence by sentence from written templates (direct quotes and reported
speech, some with numbers), so every claim, cue, quantity and mention carries exact character
offsets into the article text. Used by the report tests and ``benchmarks/bench_report.py``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from pathlib import Path

from nlpclaims.schema import ArticleClaims, Claim, Mention, Quantity, Speaker

TRACKED = [("trump", "Donald Trump"), ("poetin", "Vladimir Poetin"), ("zelensky", "Volodymyr Zelensky"),
           ("pistorius", "Boris Pistorius"), ("schoof", "Dick Schoof")]
OTHERS = [(f"spreker-{i}", name) for i, name in enumerate([
    "Anna de Vries", "Bram Jansen", "Carla Bakker", "Daan Visser", "Eva Smit", "Femke Meijer", "Gijs de Boer",
    "Hanna Mulder", "Ivo de Groot", "Joke Bos", "Kees Vos", "Lotte Peters", "Mark Hendriks", "Nina van Dijk",
    "Olaf Dekker", "Petra Brouwer", "Ruud de Wit", "Sanne Dijkstra", "Tom Smits", "Ulla de Graaf",
    "het ministerie van Defensie", "de gemeente Utrecht", "de vakbond", "het RIVM", "de NAVO",
])]
CONTENTS = [
    "We gaan door met de gesprekken", "Dit is een belangrijke stap", "Er is nog veel werk te doen",
    "De situatie is ernstig", "We zijn tevreden met het resultaat", "Dat voorstel gaat te ver",
    "Er zijn {n} drones neergehaald", "De kosten stijgen met {n} procent", "Er komen {n} extra agenten",
    "Het gaat om {n} miljoen euro", "We wachten op een antwoord", "Niemand wil een nieuwe crisis",
]
REPORTED = ["het overleg goed is verlopen", "er {n} mensen zijn geëvacueerd", "de maatregel werkt",
            "het budget met {n} procent omhooggaat", "er geen akkoord is", "de regels strenger worden"]
CUES = ["zei", "zegt", "meldt", "benadrukte", "liet weten"]


def _article(rng: random.Random, index: int, start: dt.date) -> tuple[ArticleClaims, str]:
    speakers = rng.sample(TRACKED, rng.randint(0, 2)) + rng.sample(OTHERS, rng.randint(1, 4))
    parts: list[str] = []
    pos = 0
    claims: list[Claim] = []
    quantities: list[Quantity] = []
    mentions: list[Mention] = []

    def add(s: str) -> int:
        nonlocal pos
        at = pos
        parts.append(s)
        pos += len(s)
        return at

    add(f"Bericht {index}: het nieuws van de dag\n")
    for k in range(rng.choice([0, 1, 2, 3, 4, 6, 8, 10, 12, 16, 24])):
        sid, name = rng.choice(speakers)
        cue = rng.choice(CUES)
        n = rng.randint(2, 5000)
        cid = f"c{k}"
        direct = rng.random() < 0.4
        template = rng.choice(CONTENTS if direct else REPORTED)
        content = template.format(n=n)
        if direct:
            c0 = add("„") + 1
            add(content)
            add(f"”, {cue} ")
        else:
            ms = add(name)
            add(f" {cue} dat ")
            c0 = pos
            add(content)
        cue_start = "".join(parts).rindex(cue, 0, pos if not direct else None)
        if direct:
            ms = add(name)
        add(". ")
        claim_q = []
        if "{n}" in template:
            num = str(n)
            qs = c0 + content.index(num)
            rest = content[content.index(num):].split(" ")
            qtext = " ".join(rest[:2])
            unit = rest[1] if len(rest) > 1 else None
            q = Quantity(text=qtext, start=qs, end=qs + len(qtext), value=float(n), unit=unit, speaker=sid, claim=cid)
            quantities.append(q)
            claim_q.append(q)
        claims.append(Claim(
            id=cid, kind="direct" if direct else "indirect", text=content, start=c0, end=c0 + len(content),
            speaker=sid, speaker_name=name, speaker_mention=name, speaker_mention_start=ms,
            speaker_mention_end=ms + len(name), cue=cue, cue_start=cue_start, cue_end=cue_start + len(cue),
            sentence_start=c0 - 1, sentence_end=pos - 1, quantities=claim_q))
        if sid in dict(TRACKED):
            mentions.append(Mention(text=name, start=ms, end=ms + len(name), speaker=sid))
        if rng.random() < 0.3:
            add("\n")
    text = "".join(parts)
    used = {c.speaker for c in claims}
    result = ArticleClaims(
        id=f"nos-{index:05d}.txt", date=start + dt.timedelta(days=rng.randint(0, 6 * 365)),
        text_length=len(text), sha1=hashlib.sha1(text.encode("utf-8")).hexdigest(),
        speakers={sid: Speaker(id=sid, name=name, tracked=(sid, name) in TRACKED) for sid, name in speakers if sid in used},
        claims=claims, quantities=quantities, mentions=mentions)
    return result, text


def synth_articles(n: int, seed: int = 19) -> list[tuple[ArticleClaims, str]]:
    """``n`` written articles and their results (deterministic for a seed)."""
    rng = random.Random(seed)
    start = dt.date(2019, 1, 1)
    return [_article(rng, i, start) for i in range(n)]


def write_output(folder: Path, n: int, *, texts: bool = False, seed: int = 19) -> Path:
    """``folder/claims.jsonl`` with ``n`` results (and the article files in ``folder/articles`` with ``texts``)."""
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / "claims.jsonl"
    arts = folder / "articles"
    if texts:
        arts.mkdir(exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for result, text in synth_articles(n, seed):
            fh.write(result.model_dump_json() + "\n")
            if texts:
                (arts / result.id).write_text(text, encoding="utf-8")
    return out


if __name__ == "__main__":
    import sys

    print(write_output(Path(sys.argv[1]), int(sys.argv[2]), texts=len(sys.argv) > 3))
