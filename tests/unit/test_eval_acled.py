"""The evaluation drivers: gold notes in, a fake coder's main events scored (rows here are invented)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

import frontlines.evaluation.acled as acled
from frontlines.evaluation.acled import GazetteerAdminAreas, evaluate_acled, evaluate_case
from frontlines.gazetteer.index import Gazetteer
from frontlines.gazetteer.store import GazEntry
from frontlines.model import Document, Event, EventActor

HEADER = ["event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1",
          "inter1", "actor2", "inter2", "country", "admin1", "location", "latitude", "longitude",
          "geo_precision", "notes", "fatalities"]


def protest_row(n: int, notes: str = "Teachers protested in Lodwar.") -> list[str]:
    return [f"KEN{n}", "2019-05-02", "2019", "1", "Protests", "Peaceful protest", "Protesters (Kenya)", "6",
            "", "0", "Kenya", "Turkana", "Lodwar", "3.12", "35.6", "1", notes, "0"]


def write_acled(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def protest_event(doc: Document) -> Event:
    actor = EventActor("Protesters (Kenya)", "teachers", 6)
    return Event(id=f"{doc.id}-e1", acled_event_type="Protests", acled_sub_event_type="Peaceful protest",
                 plover_event="PROTEST", date=doc.published, actor1=actor)


def keyword_coder(docs: list[Document]) -> list[Document]:
    """Codes a peaceful protest wherever the text says "protest", and nothing elsewhere."""
    for doc in docs:
        doc.events = [protest_event(doc)] if re.search(r"protest", doc.text) else []
    return docs


def test_each_record_becomes_a_document_from_its_notes(tmp_path: Path) -> None:
    seen: list[Document] = []

    def spy(docs: list[Document]) -> list[Document]:
        seen.extend(docs)
        return docs

    evaluate_acled(write_acled(tmp_path / "g.csv", [protest_row(1)]), spy)
    (doc,) = seen
    assert (doc.id, doc.text, doc.published, doc.published_source) == (
        "KEN1", "Teachers protested in Lodwar.", "2019-05-02", "input")


def test_the_main_event_is_scored_and_an_empty_document_is_a_miss(tmp_path: Path) -> None:
    path = write_acled(tmp_path / "g.csv", [protest_row(1), protest_row(2, "Teachers marched in Lodwar.")])
    report = evaluate_acled(path, keyword_coder)
    assert (report.records, report.predicted) == (2, 1)
    assert report.field("sub_event_type").correct == 1 and report.field("actor1").correct == 1
    assert report.field("date").correct == 1


def test_only_the_first_event_counts(tmp_path: Path) -> None:
    def two_events(docs: list[Document]) -> list[Document]:
        for doc in docs:
            riot = Event("r", acled_event_type="Riots", acled_sub_event_type="Mob violence", plover_event="")
            doc.events = [riot, protest_event(doc)]
        return docs

    report = evaluate_acled(write_acled(tmp_path / "g.csv", [protest_row(1)]), two_events)
    assert report.field("event_type").correct == 0


def test_records_are_coded_in_batches_of_64_and_limit_stops_early(tmp_path: Path) -> None:
    path = write_acled(tmp_path / "g.csv", [protest_row(n) for n in range(1, 131)])
    sizes: list[int] = []

    def counting(docs: list[Document]) -> list[Document]:
        sizes.append(len(docs))
        return keyword_coder(docs)

    assert evaluate_acled(path, counting).records == 130
    assert sizes == [64, 64, 2] and acled.BATCH_SIZE == 64
    assert evaluate_acled(path, counting, limit=5).records == 5


def test_records_without_notes_are_not_coded(tmp_path: Path) -> None:
    path = write_acled(tmp_path / "g.csv", [protest_row(1), protest_row(2, "")])
    assert evaluate_acled(path, keyword_coder).records == 1


def test_a_coder_that_drops_or_reorders_documents_is_an_error(tmp_path: Path) -> None:
    path = write_acled(tmp_path / "g.csv", [protest_row(1), protest_row(2)])
    with pytest.raises(ValueError, match="one document per input"):
        evaluate_acled(path, lambda docs: docs[::-1])


def test_case_scores_the_main_event_sub_type_with_no_event_for_nothing(tmp_path: Path) -> None:
    path = tmp_path / "case.tsv"
    path.write_text("1\tNurses protest low pay.\tPEACE_PROTEST\n"
                    "2\tA mob lynched a thief.\tMOB_VIOL\n"
                    "3\tStudents protest fees.\tPEACE_PROTEST\n")
    report = evaluate_case(path, keyword_coder)
    by_label = {s.label: s for s in report.labels}
    assert report.total == 3 and report.accuracy == pytest.approx(2 / 3)
    assert by_label["Mob violence"].recall == 0.0 and by_label["no event"].predicted == 1
    assert by_label["Peaceful protest"].f1 == 1.0
    assert evaluate_case(path, keyword_coder, limit=1).total == 1


def test_public_names_are_exported() -> None:
    for name in acled.__all__:
        assert hasattr(acled, name), name


def test_the_prediction_is_the_first_event_acled_codes_not_a_plover_only_one() -> None:
    meeting = Event("d-1", "", "", "CONSULT")
    clash = Event("d-2", "Battles", "Armed clash", "ASSAULT")
    assert acled.main_event(Document(id="d", text="", events=[meeting, clash])) is clash
    assert acled.main_event(Document(id="d", text="", events=[meeting])) is None


def test_gazetteer_admin_areas_know_an_area_by_any_of_its_names() -> None:
    saxony = GazEntry(2842566, "Saxony", "ADM1", "DE", 51.0, 13.25, 4_000_000, admin1_code="13",
                      alternate_names=("Sachsen", "Freistaat Sachsen"))
    leipzig = GazEntry(2879139, "Leipzig", "PPLA2", "DE", 51.34, 12.37, 500_000, admin1_code="13")
    areas = GazetteerAdminAreas(Gazetteer.from_entries([saxony, leipzig]))
    assert areas("DE", "Sachsen") == areas("DE", "Saxony") == frozenset({"DE.13"})
    assert areas("DE", "Leipzig") == frozenset()  # a town is no first-level area
    assert areas("AT", "Sachsen") == frozenset()


def test_an_admin1_name_no_area_goes_by_is_the_one_area_spelled_alike() -> None:
    def area(gid: int, name: str, code: str) -> GazEntry:
        return GazEntry(gid, name, "ADM1", "MX", 25.0, -110.0, 1_000_000, admin1_code=code)

    areas = GazetteerAdminAreas(Gazetteer.from_entries([
        area(1, "Baja California", "02"), area(2, "Baja California Sur", "03"), area(3, "Zacatecas", "32"),
        area(4, "Sonora", "26"), area(5, "Sinaloa", "25"),
    ]))
    assert areas("MX", "Zacatekas") == areas("MX", "Zacatecas") == frozenset({"MX.32"})
    assert areas("MX", "Baja California Sur") == frozenset({"MX.03"})  # its own name comes first
    assert areas("MX", "Baja Kalifornia") == frozenset()  # alike two areas: neither
    assert areas("MX", "Durango") == frozenset()  # alike none
