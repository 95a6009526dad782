"""Hard cases for event dates, pinned by small hand-written TimeML files (tests/fixtures/timeml).

Each file goes the way `frontlines eval timeml` takes it: read the gold file, run the
segment and timex stages on its text with its DCT (or none), score against the gold tags.
The gold values are what a TimeML annotator writes; the tagger has to earn them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from frontlines.cli import main
from frontlines.evaluation.timeml import read_gold, run_timex_stage, score_timexes
from frontlines.model import Document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "timeml"


def tagged(name: str) -> tuple[Document, dict[str, object]]:
    """The fixture `name` through the timex stage, and its TempEval-3 scores against its gold."""
    text, dct, gold = read_gold(FIXTURES / f"{name}.tml")
    doc = run_timex_stage(text, dct)
    return doc, score_timexes([gold], [doc.timexes])


def values(doc: Document) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in doc.timexes]


def test_year_less_date_just_after_new_year_is_next_years() -> None:
    doc, scores = tagged("new_year_ahead")  # written on 2021-12-30
    assert values(doc) == [
        ("January 2", "2022-01-02"),
        ("Thursday", "2021-12-30"),
        ("December 21", "2021-12-21"),
        ("next week", "2022-W01"),
    ]
    assert scores["value"] == {"p": 1.0, "r": 1.0, "f1": 1.0}


def test_year_less_date_just_before_new_year_is_last_years() -> None:
    doc, scores = tagged("new_year_behind")  # written on 2022-01-03
    assert values(doc) == [
        ("Monday", "2022-01-03"),
        ("December 28", "2021-12-28"),
        ("two days later", "2021-12-30"),  # counted from December 28, across the new year
        ("Sunday", "2022-01-02"),
    ]
    assert scores["value"] == {"p": 1.0, "r": 1.0, "f1": 1.0}


def test_a_day_earlier_counts_from_the_date_just_named_not_from_the_dct() -> None:
    doc, scores = tagged("day_earlier")  # written on 2020-03-05
    assert values(doc) == [
        ("March 3", "2020-03-03"),
        ("A day earlier", "2020-03-02"),
        ("Monday", "2020-03-02"),
        ("next week", "2020-W11"),
    ]
    earlier = doc.timexes[1]
    assert earlier.anchor == f"timex:{doc.timexes[0].start}"
    assert scores["value"] == {"p": 1.0, "r": 1.0, "f1": 1.0}


def test_the_date_of_a_coming_event_named_as_a_modifier_does_not_move_the_story() -> None:
    doc, scores = tagged("coming_event_modifier")  # written on 2022-04-20
    assert values(doc) == [
        ("Tuesday", "2022-04-19"),
        ("the 9 May 2022", "2022-05-09"),  # a TIMEX all the same
        ("A day later", "2022-04-20"),  # the day after the postponing, not after the elections
        ("next month", "2022-05"),
    ]
    assert scores["value"] == {"p": 1.0, "r": 1.0, "f1": 1.0}


def test_an_old_photo_caption_keeps_its_year_and_anchors_nothing_in_the_story() -> None:
    doc, scores = tagged("photo_caption")  # written on 2020-03-05
    assert values(doc) == [
        ("Tuesday", "2020-03-03"),
        ("three weeks", "P3W"),
        ("June 12, 2016", "2016-06-12"),
        ("The next day", "2020-03-04"),  # the day after Tuesday, not after the 2016 photo
        ("next month", "2020-04"),
    ]
    assert [s.kind for s in doc.segments].count("caption") == 1
    assert scores["value"] == {"p": 1.0, "r": 1.0, "f1": 1.0}


def test_an_embedded_post_counts_its_relative_words_from_its_own_date() -> None:
    doc, scores = tagged("embedded_post")  # written on 2021-08-27; the post on 2021-08-24
    assert [(t.text, t.type, t.value, t.anchor) for t in doc.timexes] == [
        ("Tuesday", "DATE", "2021-08-24", "dct"),
        ("last night", "TIME", "2021-08-23TNI", "segment"),
        ("yesterday", "DATE", "2021-08-23", "segment"),
        ("August 24, 2021", "DATE", "2021-08-24", None),
        ("Thursday", "DATE", "2021-08-26", "dct"),
    ]
    assert scores["value"] == {"p": 1.0, "r": 1.0, "f1": 1.0}


def test_a_document_without_dct_is_dated_by_its_dateline_under_a_headline() -> None:
    doc, scores = tagged("undated_dateline")
    assert (doc.published, doc.published_source) == ("2021-08-13", "inferred:dateline")
    assert values(doc) == [
        ("Aug. 13, 2021", "2021-08-13"),
        ("Thursday", "2021-08-12"),
        ("two days", "P2D"),
        ("yesterday", "2021-08-12"),
    ]
    assert scores["value"] == {"p": 1.0, "r": 1.0, "f1": 1.0}


def test_a_document_without_dct_or_dateline_is_dated_by_its_latest_full_date() -> None:
    doc, scores = tagged("undated_latest_date")
    assert (doc.published, doc.published_source) == ("2022-04-03", "inferred:body")
    assert values(doc) == [
        ("Sunday, April 3, 2022", "2022-04-03"),
        ("March 28, 2022", "2022-03-28"),
        ("Friday", "2022-04-01"),
        ("yesterday", "2022-04-02"),
        ("Tuesday", "2022-04-05"),  # "is expected to cross": the coming one
    ]
    assert scores["value"] == {"p": 1.0, "r": 1.0, "f1": 1.0}


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.tml")), ids=lambda p: p.stem)
def test_every_hard_case_file_scores_full_marks(path: Path) -> None:
    text, dct, gold = read_gold(path)
    scores = score_timexes([gold], [run_timex_stage(text, dct).timexes])
    assert len(gold) >= 4
    assert (scores["strict"], scores["value"], scores["type"]) == ({"p": 1.0, "r": 1.0, "f1": 1.0},) * 3


def test_eval_command_scores_the_hard_cases_with_full_marks() -> None:
    result = CliRunner().invoke(main, ["eval", "timeml", str(FIXTURES), "--json"], catch_exceptions=False)
    assert result.exit_code == 0
    scores = json.loads(result.output)["corpora"]["timeml"]
    assert scores["documents"] == len(list(FIXTURES.glob("*.tml")))
    assert scores["value"]["f1"] == scores["relaxed"]["f1"] == 1.0
