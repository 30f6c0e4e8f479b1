"""The training-data check of models/train.sh: no held-out sentence may be training data."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

REPO = Path(__file__).resolve().parents[1]
CHECK = REPO / "models" / "scripts" / "check_data.py"

HELD_OUT = {
    "UD_Dutch-Alpino/nl_alpino-ud-test.conllu": ["De minister zei dat het kabinet de wet intrekt ."],
    "UD_Dutch-Alpino/nl_alpino-ud-dev.conllu": ["Volgens de burgemeester gaat de brug morgen weer open ."],
    "UD_Dutch-LassySmall/nl_lassysmall-ud-test.conllu": ['Het dorp heet " De Hoeve " en ligt aan een rivier .'],
    "UD_Dutch-LassySmall/nl_lassysmall-ud-dev.conllu": ["De kerk werd in de zestiende eeuw gebouwd ."],
}


def _conllu(sentence: str, sent_id: str) -> str:
    words = sentence.split()
    rows = [f"{i}\t{w}\t{w.lower()}\tX\t_\t_\t{0 if i == 1 else 1}\t{'root' if i == 1 else 'dep'}\t_\t_"
            for i, w in enumerate(words, 1)]
    return f"# sent_id = {sent_id}\n# text = {sentence}\n" + "\n".join(rows) + "\n\n"


def _write_ud(root: Path) -> None:
    for name, sents in HELD_OUT.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(_conllu(s, f"{path.stem}-{i}") for i, s in enumerate(sents)), encoding="utf8")


def _docbin(path: Path, sentences: list[list[str]]) -> None:
    vocab = spacy.blank("nl").vocab
    docs = [Doc(vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1)) for words in sentences]
    DocBin(docs=docs).to_disk(path)


def _run(corpus: Path, ud: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(CHECK), str(corpus), "--ud-dir", str(ud)],
                          capture_output=True, text=True, cwd=REPO)


def _setup(tmp_path: Path, train: list[list[str]]) -> tuple[Path, Path]:
    ud, corpus = tmp_path / "ud", tmp_path / "corpus"
    _write_ud(ud)
    corpus.mkdir()
    _docbin(corpus / "dev.spacy", [HELD_OUT["UD_Dutch-Alpino/nl_alpino-ud-dev.conllu"][0].split()])
    _docbin(corpus / "train.spacy", train)
    return corpus, ud


def test_clean_training_data_passes(tmp_path: Path) -> None:
    # A UD dev sentence outside the dev slice may be trained on; new sentences always.
    corpus, ud = _setup(tmp_path, [
        "De trein naar Groningen had een uur vertraging .".split(),
        HELD_OUT["UD_Dutch-LassySmall/nl_lassysmall-ud-dev.conllu"][0].split(),
    ])
    result = _run(corpus, ud)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "data check: ok" in result.stdout


def test_test_sentence_in_another_quote_style_and_without_full_stop_fails(tmp_path: Path) -> None:
    # prepare_data.py rewrites quotes and drops final full stops; the check undoes both.
    leaked = "Het dorp heet „ De Hoeve ” en ligt aan een rivier".split()
    corpus, ud = _setup(tmp_path, ["De trein naar Groningen had een uur vertraging .".split(), leaked])
    result = _run(corpus, ud)
    assert result.returncode == 1
    assert "FAILED" in result.stdout
    assert "nl_lassysmall-ud-test.conllu" in result.stdout


def test_dev_slice_sentence_in_training_fails(tmp_path: Path) -> None:
    corpus, ud = _setup(tmp_path, [HELD_OUT["UD_Dutch-Alpino/nl_alpino-ud-dev.conllu"][0].split()])
    result = _run(corpus, ud)
    assert result.returncode == 1
    assert "1 in dev.spacy" in result.stdout
