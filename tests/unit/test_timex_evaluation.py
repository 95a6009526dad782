"""TimeML reading and TempEval-3 scoring, and the floors the tagger keeps on TimeBank/AQUAINT."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontlines.evaluation.timeml import evaluate_files, read_timeml, score_timexes
from frontlines.model import Timex

TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2020-03-05">2020-03-05</TIMEX3></DCT>
<TEXT>
Rebels <EVENT eid="e1">attacked</EVENT> <TIMEX3 tid="t1" type="DATE" value="2020-03-03">Tuesday</TIMEX3> \
&amp; held out for <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.
</TEXT>
</TimeML>
"""
TBAQ = Path(__file__).resolve().parents[3] / "shared" / "data" / "time" / "TBAQ-cleaned"


def test_read_timeml_gives_text_dct_and_gold_offsets_into_that_text(tmp_path: Path) -> None:
    path = tmp_path / "doc.tml"
    path.write_text(TIMEML, encoding="utf-8")
    text, dct, gold = read_timeml(path)
    assert dct == "2020-03-05"
    assert [(g.text, g.type, g.value) for g in gold] == [
        ("Tuesday", "DATE", "2020-03-03"),
        ("three days", "DURATION", "P3D"),
    ]
    assert all(text[g.start : g.end] == g.text for g in gold)
    assert "&" in text and "<EVENT" not in text


def test_scores_separate_strict_relaxed_value_and_type() -> None:
    gold = [Timex(0, 7, "Tuesday", "DATE", "2020-03-03"), Timex(20, 35, "the three days", "DURATION", "P3D")]
    predicted = [
        Timex(0, 7, "Tuesday", "DATE", "2020-03-10"),  # right extent, wrong value
        Timex(24, 35, "three days", "DURATION", "P3D"),  # overlapping extent, right value
        Timex(40, 45, "today", "DATE", "2020-03-05"),  # not in the gold
    ]
    scores = score_timexes([gold], [predicted])
    assert scores["strict"] == {"p": round(1 / 3, 4), "r": 0.5, "f1": 0.4}
    assert scores["relaxed"] == {"p": round(2 / 3, 4), "r": 1.0, "f1": 0.8}
    assert scores["value"] == {"p": round(1 / 3, 4), "r": 0.5, "f1": 0.4}
    assert scores["type"] == scores["relaxed"]


def test_one_prediction_matches_at_most_one_gold_timex() -> None:
    gold = [Timex(0, 5, "March", "DATE", "2020-03"), Timex(6, 7, "3", "DATE", "2020-03-03")]
    scores = score_timexes([gold], [[Timex(0, 7, "March 3", "DATE", "2020-03-03")]])
    assert scores["relaxed"] == {"p": 1.0, "r": 0.5, "f1": round(2 / 3, 4)}


@pytest.mark.shared
@pytest.mark.skipif(not TBAQ.is_dir(), reason="../shared/data/time/TBAQ-cleaned is not present")
def test_tagger_keeps_its_floors_on_timebank_and_aquaint() -> None:
    scores = evaluate_files(sorted(TBAQ.rglob("*.tml")))
    assert scores["gold"] == 1822  # the corpus these floors were measured on
    assert scores["relaxed"]["f1"] >= 0.89  # type: ignore[index]
    assert scores["strict"]["f1"] >= 0.82  # type: ignore[index]
    assert scores["value"]["f1"] >= 0.74  # type: ignore[index]
