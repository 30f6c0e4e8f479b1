"""nlpclaims report / write_report / report_html: one page for a batch output."""

from __future__ import annotations

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from nlpclaims.cli import main
from nlpclaims.schema import ArticleClaims
from nlpclaims.views.report import ReportError, read_results, report_html, write_report

sys.path.insert(0, str(Path(__file__).parent))
from synth_claims import synth_articles, write_output  # noqa: E402


def embedded(markup: str) -> dict:
    """The claims table's data as embedded in the page."""
    m = re.search(r'<script type="application/json" class="r-data">(.*?)</script>', markup, re.S)
    return json.loads(m.group(1).replace("<\\/", "</"))


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("script", "style")

    def handle_endtag(self, tag):
        self.skip -= tag in ("script", "style")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible(markup: str) -> str:
    p = _Text()
    p.feed(markup)
    return " ".join(" ".join(p.parts).split())


def test_counts_and_sections(tmp_path: Path) -> None:
    pairs = synth_articles(120)
    results = [r for r, _ in pairs]
    claims = write_output(tmp_path, 120)
    done = write_report(claims, tmp_path / "out" / "report.html")
    markup = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    n = sum(len(r.claims) for r in results)
    direct = sum(c.kind == "direct" for r in results for c in r.claims)
    assert (done.articles, done.claims, done.skipped_lines) == (120, n, [])
    text = visible(markup)
    assert f"120 articles · {n} claims · {direct} direct" in text
    for heading in ("Claims per speaker", "Over time", "Per article", "Numbers per speaker", "All claims"):
        assert heading in text
    data = embedded(markup)
    assert len(data["claims"]["t"]) == n and len(data["articles"]) == 120
    assert sorted(data["claims"]["t"]) == sorted(c.text for r in results for c in r.claims)
    # tracked speakers first in the data (and so in the chart and the speaker filter)
    tracked = [s[2] for s in data["speakers"]]
    assert tracked == sorted(tracked, reverse=True)
    # per speaker: the chart's count is the number of claims
    trump = sum(c.speaker == "trump" for r in results for c in r.claims)
    assert re.search(rf"Donald Trump</button><span class=\"r-star\"[^>]*>★</span></th><td class=\"r-num\">{trump}</td>", markup)
    assert "http://" not in markup and "https://" not in markup


def test_report_html_takes_results_dicts_and_docs() -> None:
    import nlpclaims

    result = nlpclaims.extract("„We gaan door”, zei Zelensky. Poetin zei dat 57 drones zijn neergehaald.")
    result.id = "een.txt"
    nlp = nlpclaims.load()
    doc = nlp("Volgens Trump komt er snel een akkoord.")
    markup = report_html([result, json.loads(result.model_dump_json()), doc])
    data = embedded(markup)
    assert len(data["articles"]) == 3
    assert {s[1] for s in data["speakers"]} >= {"Volodymyr Zelensky", "Vladimir Poetin", "Donald Trump"}
    with pytest.raises(TypeError):
        report_html([42])


def test_bad_lines_are_left_out_and_named(tmp_path: Path) -> None:
    good = [r.model_dump_json() for r, _ in synth_articles(3)]
    claims = tmp_path / "claims.jsonl"
    claims.write_text(good[0] + "\n\n" + '{"id": "x"}\n' + good[1] + "\n" + good[2][:40] + "\n", encoding="utf-8")
    done = write_report(claims, tmp_path / "r.html")
    assert done.articles == 2 and done.skipped_lines == [3, 5]
    assert "2 lines of the input were not results and are left out: 3, 5" in visible((tmp_path / "r.html").read_text("utf-8"))
    with pytest.raises(ReportError, match=":3: not an nlpclaims result"):
        list(read_results(claims))
    junk = tmp_path / "junk.jsonl"
    junk.write_text("not json\n", encoding="utf-8")
    with pytest.raises(ReportError, match="no line is an nlpclaims result"):
        write_report(junk, tmp_path / "j.html")
    assert not (tmp_path / "j.html").exists()


def test_article_pages_only_for_unchanged_texts(tmp_path: Path) -> None:
    claims = write_output(tmp_path, 12, texts=True)
    changed = sorted((tmp_path / "articles").iterdir())[3]
    changed.write_text(changed.read_text(encoding="utf-8") + " Nog een zin.", encoding="utf-8")
    done = write_report(claims, tmp_path / "report.html", articles=[tmp_path / "articles"])
    assert done.rendered == 11 and done.missing_texts == [changed.name]
    data = embedded((tmp_path / "report.html").read_text(encoding="utf-8"))
    links = {a[0]: a[2] for a in data["articles"]}
    assert links[changed.name] == ""
    for art_id, link in links.items():
        if link:
            page = (tmp_path / link).read_text(encoding="utf-8")
            assert page.startswith("<!DOCTYPE html>") and art_id in page and "nlpclaims-view" in page
    assert all(link.startswith("report-articles/") for link in links.values() if link)


def test_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    claims = write_output(tmp_path, 10, texts=True)
    out = tmp_path / "r" / "report.html"
    assert main(["report", str(claims), "-o", str(out), "--articles", str(tmp_path / "articles"),
                 "--renders", str(tmp_path / "pages"), "--title", "Tien artikelen"]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == str(out)
    assert "10 articles" in captured.err and "10 article pages" in captured.err
    assert len(list((tmp_path / "pages").glob("*.html"))) == 10
    assert "<title>Tien artikelen</title>" in out.read_text(encoding="utf-8")
    assert main(["report", str(tmp_path / "missing.jsonl"), "-o", str(out)]) == 2
    assert "missing.jsonl" in capsys.readouterr().err
    with claims.open("a", encoding="utf-8") as fh:
        fh.write("{broken\n")
    assert main(["report", str(claims), "-o", str(out)]) == 1
    assert "1 lines are not results" in capsys.readouterr().err


def test_empty_output(tmp_path: Path) -> None:
    claims = tmp_path / "claims.jsonl"
    claims.write_text("", encoding="utf-8")
    done = write_report(claims, tmp_path / "r.html")
    assert done.articles == 0
    assert "0 articles" in visible((tmp_path / "r.html").read_text("utf-8"))


def test_articles_without_dates_or_claims() -> None:
    results = [ArticleClaims(id=f"a{i}", text_length=0) for i in range(3)]
    text = visible(report_html(results))
    assert "The articles have no dates." in text and "3 articles without a claim" in text
