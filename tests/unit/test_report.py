"""The terminal event table: one line per event, aligned, long cells clipped."""

from __future__ import annotations

from frontlines.model import Document, Event, EventActor, Location
from frontlines.report import event_table


def test_each_event_is_a_row_with_date_type_place_deaths_and_actor() -> None:
    event = Event(
        "d-1",
        "Battles",
        "Armed clash",
        "ASSAULT",
        date="2020-03-02",
        fatalities=4,
        actor1=EventActor("Military Forces of Syria", "government forces", 1),
        location=Location("Kansafra", admin1="Idlib", country_code="SY"),
    )
    lines = event_table([Document(id="d", text="", events=[event])]).splitlines()
    assert lines[0].split() == ["date", "type", "location", "deaths", "actor1", "modality"]
    assert set(lines[1]) <= {"-", " "}
    assert "2020-03-02" in lines[2] and "Armed clash" in lines[2] and "Kansafra, Idlib, SY" in lines[2]


def test_an_event_acled_does_not_code_shows_its_plover_type_and_long_cells_are_clipped() -> None:
    event = Event("d-1", "", "", "CONSULT", actor1=EventActor("A" * 80, "elders"))
    row = event_table([Document(id="d", text="", events=[event])], width=20).splitlines()[2]
    assert "PLOVER CONSULT" in row
    assert "A" * 19 + "…" in row and "A" * 20 not in row


def test_the_table_stops_at_the_limit() -> None:
    events = [Event(f"d-{i}", "Protests", "Peaceful protest", "PROTEST") for i in range(10)]
    assert len(event_table([Document(id="d", text="", events=events)], limit=3).splitlines()) == 5
