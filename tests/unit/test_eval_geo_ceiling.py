"""The reading ceiling of a gold-span run: how much of the gold any choice among the gazetteer's
readings could get right, which tells a wrong choice apart from a gazetteer that lacks the place
(or puts an area's point elsewhere than the gold set does)."""

from __future__ import annotations

from frontlines.evaluation.geo import evaluate_docs, reading_ceiling
from frontlines.evaluation.geo_corpora import GoldDoc, GoldToponym
from frontlines.gazetteer import GazEntry, Gazetteer
from frontlines.stages.places import PlaceResolver

GAZETTEER = Gazetteer.from_entries([
    GazEntry(2988507, "Paris", "PPLC", "FR", 48.85, 2.35, 2_138_551, "11", "Île-de-France"),
    GazEntry(4647963, "Paris", "PPL", "US", 36.30, -88.33, 10_156, "TN", "Tennessee"),
    GazEntry(6251999, "Canada", "PCLI", "CA", 60.0, -95.0, 38_000_000),
])


def gold(text: str, name: str, lat: float, lon: float) -> GoldToponym:
    start = text.index(name)
    return GoldToponym(start, start + len(name), name, lat, lon)


def test_a_place_whose_right_reading_was_not_chosen_is_within_the_ceiling() -> None:
    # The Tennessee town is a reading of "Paris" even where the resolver picks the capital.
    text = "Paris held a fair on Saturday."
    doc = GoldDoc("d1", text, [gold(text, "Paris", 36.30, -88.33)])

    assert reading_ceiling([doc], GAZETTEER) == 1.0
    report = evaluate_docs([doc], PlaceResolver(GAZETTEER))
    assert report.resolution_strict.accuracy_161 == 0.0
    assert report.ceiling_161 == 1.0


def test_a_point_no_reading_comes_near_and_a_missing_name_are_beyond_it() -> None:
    # The gold set's point for Canada lies 1,000 km from the gazetteer's; Moose Jaw is not in it.
    text = "Canada sent aid to Moose Jaw."
    doc = GoldDoc("d2", text, [gold(text, "Canada", 60.1, -113.6), gold(text, "Moose Jaw", 50.4, -105.5)])

    assert reading_ceiling([doc], GAZETTEER) == 0.0


def test_the_ceiling_is_printed_under_the_gold_span_table() -> None:
    text = "Paris held a fair on Saturday."
    doc = GoldDoc("d1", text, [gold(text, "Paris", 48.85, 2.35)])

    table = evaluate_docs([doc], PlaceResolver(GAZETTEER)).format_table()

    assert "ceiling acc@161km" in table.splitlines()[-1]
    assert "1.000" in table.splitlines()[-1]


def test_no_gold_toponyms_leave_the_ceiling_undefined() -> None:
    assert reading_ceiling([GoldDoc("d3", "Nothing here.", [])], GAZETTEER) is None
