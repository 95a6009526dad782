"""`frontlines eval plover`: gold readers, the mapping to current PLOVER, scoring and the command.

Every record here is invented for the test, in the two gold formats; a keyword coder stands in for
the pipeline so no model loads.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from frontlines import api
from frontlines.cli import main
from frontlines.evaluation.plover import evaluate_plover, find_cameo_table, main_plover_event, read_gold
from frontlines.evaluation.plover_io import read_petrarch_xml, read_plover_json
from frontlines.evaluation.plover_mapping import (
    LEGACY_EVENTS,
    CameoTable,
    Coding,
    legacy_coding,
    read_cameo_table,
)
from frontlines.model import Document, Event, EventActor, Span

TABLE = """\
# CAMEO to PLOVER conversion table (a few rows, invented layout check)
04: CONSULT
042: CONSULT, visit,   # Make a visit
14: PROTEST
141: PROTEST, demo,    # Demonstrate or rally
1711: COERCE, seize, human_security   # Confiscate property
19: ASSAULT
190: ASSAULT, , military # Use conventional military force
195: ASSAULT, heavy-weapons, military # Employ aerial weapons
~~~~~
999: AID, , # after the end marker: ignored
"""

PLOVER_RECORDS = [
    {"id": "DOC-0001", "event": "DOCUMENT", "eventText": "file documentation, not an event"},
    {"id": "T-0001", "date": "2001-02-03", "event": "FIGHT", "mode": "heavy-weapons",
     "source": [{"actorText": "Northern army", "code": "XXX"}], "target": [{"actorText": "Riverton"}],
     "text": "The Northern army shelled Riverton on Tuesday."},
    {"id": "T-0002", "date": "2001-02-03", "event": "DEMAND", "source": [{"actorText": "Farmers"}],
     "target": "", "text": "Farmers demanded lower fuel prices."},
    {"id": "T-0002", "date": "2001-02-03", "event": "PROTEST", "mode": "strike-hun",
     "text": "Two prisoners began a hunger strike."},
]

PETRARCH_XML = """\
<?xml version='1.0' encoding='utf-8'?>
<Validation>
# comment lines start with a hash and may say <EventCoding...> in passing
<Sentences>
<Sentence category="T" date="20100405" id="X_1" evaluate="true"/>
<EventCoding eventcode="195" sourcecode="AAA" targetcode="BBB" />
<Text>
Jets of the Northern army bombed
Riverton.
</Text>
<Parse>
1	Jets	jet	NOUN	NNS	_	0	root	_	_
</Parse>
</Sentence>
<Sentence category="T" date="121108" id="X_2" evaluate="true">
<EventCoding noevents="True" />
<Text>
The weather was mild in Riverton.
</Text>
</Sentence>
<Sentence category="T" date="20100405" id="X_3" evaluate="true"/>
<EventCoding eventcode="042" sourcecode="AAA" targetcode="BBB" />
<EventCoding eventcode="042" sourcecode="BBB" targetcode="AAA" />
<Text>
The envoy visited Riverton.
</Text>
</Sentence>
<Sentence category="T" date="20100405" id="X_4" evaluate="true"/>
<EventCoding eventcode="015" sourcecode="AAA" targetcode="---" />
<Text>
The group claimed responsibility.
</Text>
</Sentence>
</Sentences>
</Validation>
"""

_KEYWORDS = {"shell": ("ASSAULT", "heavy-weapons"), "bomb": ("ASSAULT", "heavy-weapons"),
             "visit": ("CONSULT", "visit"), "hunger": ("PROTEST", None)}


def keyword_coder(docs: list[Document]) -> list[Document]:
    """One PLOVER event per keyword found (in the order of `_KEYWORDS`), the army as actor1."""
    for doc in docs:
        doc.events = [
            Event(f"{doc.id}-{n}", "", "", plover, plover_mode=mode,
                  actor1=EventActor("Military Forces", "Northern army") if "army" in doc.text else None)
            for n, (word, (plover, mode)) in enumerate(_KEYWORDS.items()) if re.search(word, doc.text)
        ]
    return docs


@pytest.fixture
def gold_files(tmp_path: Path) -> tuple[Path, Path, Path]:
    json_path = tmp_path / "plover" / "records.json"
    xml_path = tmp_path / "petrarch" / "validation.xml"
    table_path = tmp_path / "plover" / "CAMEO2PLOVER-test.txt"
    json_path.parent.mkdir()
    xml_path.parent.mkdir()
    json_path.write_text(json.dumps(PLOVER_RECORDS), encoding="utf-8")
    xml_path.write_text(PETRARCH_XML, encoding="utf-8")
    table_path.write_text(TABLE, encoding="utf-8")
    return json_path, xml_path, table_path


def test_the_cameo_table_is_read_up_to_its_end_marker(gold_files: tuple[Path, Path, Path]) -> None:
    table = read_cameo_table(gold_files[2])
    assert table.coding("195") == Coding("ASSAULT", "heavy-weapons")
    assert table.coding("1711") == Coding("COERCE", "seize")
    assert table.coding("999") is None


def test_a_cameo_code_falls_back_to_its_parent_and_statements_have_no_plover_event() -> None:
    table = CameoTable({"19": Coding("ASSAULT"), "141": Coding("PROTEST", "demo")})
    assert table.coding("1411") == Coding("PROTEST", "demo")
    assert table.coding("193") == Coding("ASSAULT")
    assert table.coding("021") == Coding("REQUEST")  # appeals: a request, though the table omits 02
    assert table.coding("015") is None  # 01x "make statement": PLOVER dropped it


@pytest.mark.parametrize(
    "old,mode,new",
    [
        ("FIGHT", "firearms", Coding("ASSAULT", "firearms")),
        ("FIGHT", "deport", Coding("COERCE", "deport")),
        ("FIGHT", "other", Coding("ASSAULT", None)),
        ("DEMAND", None, Coding("REQUEST")),
        ("DISAPPROVE", "", Coding("ACCUSE")),
        ("INVESTIGATE", "", Coding("ACCUSE", "investigate")),
        ("PROTEST", "demo-spon", Coding("PROTEST", "demo")),
        ("CONSULT", "host", Coding("CONSULT", "visit")),
        ("THREATEN", "curfew", Coding("THREATEN", "restrict")),
        ("COERCE", "curfew", Coding("COERCE", "curfew")),
        ("COERCE", "destroy", Coding("ASSAULT", "destroy")),
        ("AGREE", None, Coding("AGREE")),
    ],
)
def test_plover_0_5_codings_are_renamed_to_current_ones(old: str, mode: str | None, new: Coding) -> None:
    assert legacy_coding(old, mode) == new


def test_legacy_renames_agree_with_the_real_cameo_table(shared_data: Path) -> None:
    table = read_cameo_table(shared_data / "events" / "plover" / "CAMEO2PLOVER-2021.txt")
    roots = {"INVESTIGATE": "09", "DEMAND": "10", "DISAPPROVE": "11", "FIGHT": "19"}
    for old, root in roots.items():
        assert table.coding(root) == Coding(LEGACY_EVENTS[old].event), old
    assert table.coding("174") == Coding("COERCE", "deport")


GoldFiles = tuple[Path, Path, Path]


def test_plover_json_records_carry_text_date_gold_and_actor_words(gold_files: GoldFiles) -> None:
    fight, demand, strike = read_plover_json(gold_files[0])  # the DOCUMENT record is dropped
    assert (fight.id, fight.date, fight.text) == ("T-0001", "2001-02-03", PLOVER_RECORDS[1]["text"])
    (coding,) = fight.codings
    assert (coding.event, coding.mode, coding.original) == ("ASSAULT", "heavy-weapons", "FIGHT/heavy-weapons")
    assert (coding.source, coding.target) == (("Northern army",), ("Riverton",))
    assert demand.codings[0].target == ()  # "target": "" in the file
    assert strike.id == "T-0002#2"  # a repeated id is kept apart
    assert strike.codings[0].mode == "hunger"


def test_petrarch_sentences_map_cameo_codes_and_keep_no_event_records(gold_files: GoldFiles) -> None:
    bombing, weather, visit, claim = read_petrarch_xml(gold_files[1], read_cameo_table(gold_files[2]))
    assert bombing.text == "Jets of the Northern army bombed Riverton."
    assert bombing.date == "2010-04-05"
    assert [(c.event, c.mode, c.original) for c in bombing.codings] == [
        ("ASSAULT", "heavy-weapons", "CAMEO 195")]
    assert (weather.codings, weather.date, weather.scorable) == ((), None, True)
    assert len(visit.codings) == 1  # A visits B and B hosts A: one event
    assert (claim.codings, claim.skipped, claim.scorable) == ((), ("CAMEO 015",), False)


def test_the_cameo_table_is_found_in_a_sibling_folder(gold_files: tuple[Path, Path, Path]) -> None:
    assert find_cameo_table(gold_files[1]) == gold_files[2].resolve()
    assert len(read_gold(gold_files[1])) == 4


def test_an_unknown_gold_format_is_refused(tmp_path: Path) -> None:
    (tmp_path / "gold.csv").write_text("x", encoding="utf-8")
    with pytest.raises(ValueError, match="expected PLOVER records"):
        read_gold(tmp_path / "gold.csv")


def test_scores_count_no_event_as_a_class_and_modes_where_gold_has_one(
    gold_files: tuple[Path, Path, Path],
) -> None:
    report = evaluate_plover(gold_files[1], keyword_coder)
    assert (report.records, report.skipped, report.predicted) == (3, 1, 2)
    assert (report.event.correct, report.event.total) == (3, 3)  # bombing, visit, and "no event"
    assert {s.label for s in report.event.labels} == {"ASSAULT", "CONSULT", "no event"}
    assert (report.mode.correct, report.mode.total) == (2, 2)
    assert report.source.total == 0  # CAMEO records name actors by code only


def test_wrong_events_modes_and_actor_overlap_are_counted(gold_files: tuple[Path, Path, Path]) -> None:
    report = evaluate_plover(gold_files[0], keyword_coder)
    assert report.records == 3
    assert report.event.correct == 2  # the fight and the hunger strike; the demand is missed
    assert report.errors == (("T-0002", "REQUEST", "no event"),)
    assert (report.mode.correct, report.mode.total) == (1, 2)  # the strike is coded without its mode
    assert (report.mode_given_event.correct, report.mode_given_event.total) == (1, 2)
    assert (report.source.correct, report.source.total) == (1, 2)  # "Northern army"; no actor for farmers
    assert (report.target.correct, report.target.total) == (0, 1)
    weakest = report.event.labels[0]
    assert weakest.label in {"REQUEST", "no event"} and weakest.f1 == 0.0


def test_the_limit_applies_to_each_file(gold_files: tuple[Path, Path, Path]) -> None:
    assert evaluate_plover(gold_files[0], keyword_coder, limit=1).records == 1


def test_the_eval_plover_command_prints_a_table_per_file_or_json(
    gold_files: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(api, "pipeline_coder", lambda workers=1, factory=None: keyword_coder)
    json_path, xml_path, table_path = (str(p) for p in gold_files)
    runner = CliRunner()
    table = runner.invoke(main, ["eval", "plover", json_path, xml_path, "--cameo-table", table_path])
    assert table.exit_code == 0, table.output
    assert "records.json: 3 sentences scored" in table.output
    assert "validation.xml: 3 sentences scored (1 skipped" in table.output
    assert "event: accuracy 66.7%" in table.output
    out = runner.invoke(main, ["eval", "plover", xml_path, "--limit", "2", "--json"])
    assert out.exit_code == 0, out.output
    (corpus,) = json.loads(out.output)["corpora"]
    assert (corpus["records"], corpus["event"]["accuracy"]) == (2, 1.0)
    assert corpus["fields"]["mode"] == {"correct": 1, "total": 1, "accuracy": 1.0}


def test_the_main_plover_event_is_the_most_salient_not_the_first_with_an_acled_type() -> None:
    text = "Fighters clashed near the border. Both sides agreed to a ceasefire."
    clash = Event("d-0", "Battles", "Armed clash", "ASSAULT", evidence=[Span(0, 16)], confidence=0.5)
    truce = Event("d-1", "", "", "AGREE", evidence=[Span(45, 51)], confidence=0.8)
    doc = Document(id="d", text=text, events=[clash, truce])
    assert main_plover_event(doc) is truce
    truce.confidence = 0.5
    assert main_plover_event(doc) is clash  # a tie goes to the event told first


def test_a_document_without_plover_events_has_no_main_plover_event() -> None:
    doc = Document(id="d", text="Police arrested two men.",
                   events=[Event("d-0", "Strategic developments", "Arrests", "")])
    assert main_plover_event(doc) is None
