"""The built-in scorer follows the gold format's matching rules."""

from __future__ import annotations

import json

from nlpclaims.scoring import score_dirs, speaker_ids

GOLD = {
    "doc": "a.txt",
    "speakers": {"luchtmacht": {"name": "Oekraïense luchtmacht", "aliases": ["luchtmacht"]},
                 "poetin": {"name": "Vladimir Poetin", "aliases": ["Poetin"], "tracked": True}},
    "claims": [{"kind": "indirect", "speaker": "luchtmacht", "start": 10, "end": 40, "text": "x" * 30},
               {"kind": "direct", "speaker": "poetin", "start": 50, "end": 60, "text": "y" * 10}],
    "quantities": [{"start": 12, "end": 21, "text": "72 drones", "value": 72, "unit": "drones",
                    "approximate": False, "speaker": "luchtmacht"}],
    "mentions": [{"start": 0, "end": 6, "text": "Poetin", "speaker": "poetin"}],
}


def test_speaker_names_match_by_whole_words():
    assert speaker_ids("de Oekraïense luchtmacht", GOLD["speakers"]) == {"luchtmacht"}
    assert speaker_ids("Oekraiense Luchtmacht", GOLD["speakers"]) == {"luchtmacht"}
    assert speaker_ids("luchtmachtbasis", GOLD["speakers"]) == set()


def test_scores(tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "pred").mkdir()
    (tmp_path / "gold" / "a.json").write_text(json.dumps(GOLD))
    pred = {
        "claims": [{"kind": "indirect", "speaker": "de luchtmacht", "start": 12, "end": 40},  # IoU 0.93
                   {"kind": "direct", "speaker": "Zelensky", "start": 50, "end": 58}],  # wrong speaker
        "quantities": [{"start": 12, "end": 21, "value": 72.0, "unit": "drones"}],
        "mentions": [{"start": 0, "end": 6, "speaker": "Poetin"}],
    }
    (tmp_path / "pred" / "a.json").write_text(json.dumps(pred))
    tallies, missing = score_dirs(tmp_path / "gold", tmp_path / "pred")
    assert missing == []
    assert (tallies["claims.span"].tp, tallies["claims.attributed"].tp) == (2, 1)
    assert tallies["claims.attributed"].f1 == 0.5
    assert tallies["quantities.value+unit"].f1 == 1.0
    assert tallies["mentions"].f1 == 1.0


def test_gold_value_writes_endless_fractions_to_four_decimals() -> None:
    from nlpclaims.claimgold import gold_value

    assert gold_value(1 / 3) == 0.3333
    assert gold_value(2 / 3) == 0.6667
    assert gold_value(2 / 7) == 0.2857
    assert gold_value(0.5) == 0.5
    assert gold_value(0.125) == 0.125
    assert gold_value(2.5e6) == 2.5e6
    assert gold_value(0.12345) == 0.12345  # a decimal as written stays whole
    assert gold_value(None) is None
