"""Training examples from the four input formats, and the label vocabularies they are checked against."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from frontlines.learn import NO_EVENT, PLOVER_EVENTS, acled_label, plover_label, read_examples

ACLED_HEADER = ["event_id_cnty", "event_date", "year", "event_type", "sub_event_type", "actor1", "inter1",
                "country", "notes", "fatalities"]


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_acled_labels_are_the_25_sub_types_in_acleds_spelling_or_none() -> None:
    assert acled_label("armed CLASH") == "Armed clash"
    assert acled_label("Excessive force against protestors") == "Excessive force against protesters"
    assert acled_label("none") == NO_EVENT
    with pytest.raises(ValueError, match="not an ACLED sub-event type"):
        acled_label("Battles")  # an event type, not a sub-type


@pytest.mark.parametrize("old,new", [
    ("DEMAND", "REQUEST"), ("DISAPPROVE", "ACCUSE"), ("INVESTIGATE", "ACCUSE"), ("FIGHT", "ASSAULT"),
    ("assault", "ASSAULT"), ("no event", NO_EVENT),
])
def test_plover_05_categories_map_to_the_current_16(old: str, new: str) -> None:
    assert plover_label(old) == new


def test_there_are_sixteen_plover_events_and_unknown_names_are_errors() -> None:
    assert len(PLOVER_EVENTS) == len(set(PLOVER_EVENTS)) == 16
    with pytest.raises(ValueError, match="not a PLOVER event type"):
        plover_label("BOMBARD")


def test_project_jsonl_gives_examples_per_target_and_skips_lines_without_that_target(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "own.jsonl", [
        json.dumps({"text": "Police arrested two men.", "acled_sub_event_type": "Arrests",
                    "plover_event": "COERCE"}),
        json.dumps({"text": "The envoy met the minister.", "plover_event": "CONSULT"}),
        "",
        json.dumps({"text": "Rain is expected.", "acled_sub_event_type": "NONE", "plover_event": "NONE"}),
    ])
    acled = read_examples([path], "jsonl", "acled")
    assert [(e.text, e.label) for e in acled] == [
        ("Police arrested two men.", "Arrests"), ("Rain is expected.", "NONE")]
    assert acled[0].origin == f"{path}:1"
    assert [e.label for e in read_examples([path], "jsonl", "plover")] == ["COERCE", "CONSULT", "NONE"]


def test_a_bad_jsonl_label_names_the_file_and_line(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "bad.jsonl", [json.dumps({"text": "x", "plover_event": "BOMBARD"})])
    with pytest.raises(ValueError, match="bad.jsonl:1"):
        read_examples([path], "jsonl", "plover")


def test_plover_records_give_sentence_and_mapped_event_and_skip_documentation(tmp_path: Path) -> None:
    records = [
        {"id": "DOC-1", "event": "DOCUMENT", "eventText": "documentation"},
        {"id": "R-1", "event": "DEMAND", "text": "The union demanded higher wages.", "language": "en"},
        {"id": "R-2", "event": "AGREE", "text": "The two sides agreed to a truce."},
    ]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    examples = read_examples([path], "plover", "plover")
    assert [(e.label, e.origin.split("#")[1]) for e in examples] == [("REQUEST", "R-1"), ("AGREE", "R-2")]


def test_acled_exports_give_notes_labelled_with_the_sub_event_type(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(ACLED_HEADER)
        writer.writerow(["XYZ1", "2022-03-01", "2022", "Protests", "Peaceful protest", "Protesters (X)", "6",
                         "X", "On 1 March 2022, teachers protested in the town. [size=no report]", "0"])
        writer.writerow(["XYZ2", "2022-03-02", "2022", "Battles", "Armed clash", "Military Forces of X", "1",
                         "X", "", "0"])  # no notes: nothing to learn from
    examples = read_examples([path], "acled", "acled")
    assert [(e.label, e.origin.endswith("#XYZ1")) for e in examples] == [("Peaceful protest", True)]


def test_case_files_give_sub_types_from_task_codes(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "case.tsv", [
        "1\tA crowd beat a thief.\tMOB_VIOL", "2\tTroops fired on rebels.\tARMED_CLASH"])
    assert [e.label for e in read_examples([path], "case", "acled")] == ["Mob violence", "Armed clash"]


@pytest.mark.parametrize("fmt,target", [("acled", "plover"), ("case", "plover"), ("plover", "acled")])
def test_a_format_without_labels_for_the_target_is_refused(fmt: str, target: str, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="carry"):
        read_examples([tmp_path / "unused"], fmt, target)  # type: ignore[arg-type]


def test_an_unknown_format_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown training format"):
        read_examples([tmp_path / "unused"], "xml", "acled")
