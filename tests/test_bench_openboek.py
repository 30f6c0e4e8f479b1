"""The OpenBoek benchmark's reader: tokenized sentences back into running text, quote spans."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("bench_openboek", ROOT / "benchmarks" / "bench_openboek.py")
bench = importlib.util.module_from_spec(_spec)
sys.modules["bench_openboek"] = bench  # dataclasses look their module up
_spec.loader.exec_module(bench)

XML = """<?xml version='1.0' encoding='UTF-8'?>
<doc><characters /><text>HOOFDSTUK I .
 <quote speaker="Piet" id="s1">" Het regent al dagen , "</quote> zei <mention speaker="Piet">Piet</mention> , <quote speaker="Piet" id="s2">" en de dijk houdt het niet . "
</quote> Hij keek naar buiten ( zonder hoop ) .
 <quote speaker="Jan" id="s3">- Wat nu ?</quote> vroeg Jan .
 <quote speaker="Jan" id="s4">" Wie noemt dat " mooi weer " ? "</quote></text></doc>
"""
TOK = "1-1|HOOFDSTUK I .\n2-1|x\n2-2|x\n3-1|x\n4-1|x\n"


def test_reader_rebuilds_text_and_quote_spans(tmp_path):
    (tmp_path / "n.xml").write_text(XML, encoding="utf-8")
    (tmp_path / "n.tok").write_text(TOK, encoding="utf-8")
    novel = bench.read_novel(tmp_path / "n.xml", tmp_path / "n.tok")
    assert novel.text == ('HOOFDSTUK I.\n\n"Het regent al dagen," zei Piet, "en de dijk houdt het niet." '
                          'Hij keek naar buiten (zonder hoop).\n\n- Wat nu? vroeg Jan.\n\n'
                          '"Wie noemt dat "mooi weer"?"')
    spans = [novel.text[q.start:q.end] for q in novel.quotes]
    assert spans == ["Het regent al dagen,", "en de dijk houdt het niet.", 'Wie noemt dat "mooi weer"?']
    assert [q.closing for q in novel.quotes] == [",", ".", "?"]
    assert [novel.text[s:e] for s, e in novel.set_aside] == ["- Wat nu?"]  # dialogue dash


def test_scoring_counts_direct_claims_one_to_one(tmp_path):
    (tmp_path / "n.xml").write_text(XML, encoding="utf-8")
    (tmp_path / "n.tok").write_text(TOK, encoding="utf-8")
    novel = bench.read_novel(tmp_path / "n.xml", tmp_path / "n.tok")
    q0, q1 = novel.quotes[0], novel.quotes[1]
    claims = [SimpleNamespace(kind="direct", start=q1.start, end=q1.end),
              SimpleNamespace(kind="direct", start=q1.start + 1, end=q1.end),  # a second match: spurious
              SimpleNamespace(kind="indirect", start=q0.start - 1, end=q0.end - 1),
              SimpleNamespace(kind="direct", start=novel.set_aside[0][0], end=novel.set_aside[0][1])]
    s = bench.score_novel(novel, claims)
    assert (s["gold"], s["pred"], s["tp"]) == (3, 2, 1)  # the dash quote is neither gold nor counted
    assert s["as_indirect"] == {0}
