"""A name as written is a reading's own name when it is the reading's main name, or the head of a
main name that adds the town's river ("Newcastle" for "Newcastle upon Tyne"): news writes the head
alone, so the big town is not beaten by a village that bears the short name as its main one."""

from __future__ import annotations

from builders import marked

from frontlines.gazetteer import GazEntry, Gazetteer
from frontlines.stages.places import PlaceResolver

ENTRIES = [
    GazEntry(9301, "United Kingdom", "PCLI", "GB", 54.0, -2.0, 66_000_000, alternate_names=("UK",)),
    # A big town named with its river; a village and a city abroad bear the head as their main name.
    GazEntry(9302, "Ashcastle upon Wey", "PPL", "GB", 54.97, -1.61, 300_000, "ENG", "England",
             alternate_names=("Ashcastle",)),
    GazEntry(9303, "Ashcastle", "PPL", "GB", 54.22, -5.89, 7_000, "NIR", "Northern Ireland"),
    GazEntry(9304, "Ashcastle", "PPL", "AU", -32.9, 151.7, 500_000, "02", "New South Wales"),
]


def test_a_town_named_with_its_river_is_read_for_its_head_alone() -> None:
    text = "The UK's biggest bus maker will cut 200 jobs at its plant in Ashcastle."
    town = marked(PlaceResolver(Gazetteer.from_entries(ENTRIES)), text, "UK", "Ashcastle")["Ashcastle"]
    assert town.name == "Ashcastle upon Wey"
