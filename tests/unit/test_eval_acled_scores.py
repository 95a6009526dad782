"""Scoring predicted events against gold ACLED records, and label scoring for CASE."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from frontlines.evaluation.acled_io import AcledRecord
from frontlines.evaluation.event_scores import actor_key, admin_key, haversine_km, score_events
from frontlines.evaluation.label_scores import score_labels
from frontlines.model import Event, EventActor, Location

GOLD = AcledRecord(
    event_id="TST1", event_date="2022-03-04", time_precision=1, event_type="Battles",
    sub_event_type="Armed clash", actor1="Military Forces of Chad (2021-)", actor2="Rebel Group X",
    inter1=1, inter2=2, country="Chad", iso=148, iso3="TCD", admin1="Lac", admin2="", admin3="",
    location="Bol", latitude=13.4586, longitude=14.7147, geo_precision=1, fatalities=3,
    notes="On 4 March 2022, soldiers clashed with rebels near Bol.", source="Radio Y",
)


def event_like(gold: AcledRecord) -> Event:
    """A prediction that agrees with `gold` on every scored field."""
    return Event(
        id="e1", acled_event_type=gold.event_type, acled_sub_event_type=gold.sub_event_type,
        plover_event="FIGHT", date=gold.event_date, time_precision=gold.time_precision or 1,
        actor1=EventActor(gold.actor1, "soldiers", gold.inter1),
        actor2=EventActor(gold.actor2, "rebels", gold.inter2) if gold.actor2 else None,
        location=Location(gold.location, lat=gold.latitude, lon=gold.longitude, country_code="TD",
                          admin1=gold.admin1, geo_precision=gold.geo_precision or 3),
        fatalities=gold.fatalities,
    )


def accuracies(pairs: list[tuple[AcledRecord, Event | None]]) -> dict[str, float | None]:
    return {f.name: f.accuracy for f in score_events(pairs).fields}


def test_a_perfect_prediction_scores_one_on_every_field() -> None:
    report = score_events([(GOLD, event_like(GOLD))])
    assert set(accuracies([(GOLD, event_like(GOLD))]).values()) == {1.0}
    assert (report.records, report.predicted, report.median_km) == (1, 1, 0.0)


def test_no_prediction_misses_every_field_but_still_counts() -> None:
    report = score_events([(GOLD, None)])
    assert report.predicted == 0
    assert all(f.total == 1 and f.correct == 0 for f in report.fields)
    assert report.median_km is None
    assert [s.label for s in report.sub_event_type.labels if s.predicted] == ["no event"]


def test_actor_names_match_despite_regime_years_case_and_punctuation() -> None:
    event = event_like(GOLD)
    event.actor1 = EventActor("military forces of chad", "troops", 1)
    event.actor2 = EventActor("Rebel-Group X", "rebels", 2)
    scores = accuracies([(GOLD, event)])
    assert scores["actor1"] == scores["actor2"] == 1.0


def test_an_empty_gold_actor2_wants_no_predicted_actor2() -> None:
    one_sided = replace(GOLD, actor2="", inter2=None)
    right = event_like(one_sided)
    wrong = event_like(one_sided)
    wrong.actor2 = EventActor("Civilians (Chad)", "villagers", 7)
    assert accuracies([(one_sided, right)])["actor2"] == 1.0
    assert accuracies([(one_sided, wrong)])["inter2"] == 0.0


@pytest.mark.parametrize("a,b,same", [
    ("Military Forces of Russia (2000-)", "Military Forces of Russia", True),
    ("Police Forces of Kenya (2002-2013)", "police forces of kenya (2013-)", True),
    ("Protesters (Kenya)", "PROTESTERS (Kenya)", True),
    ("Protesters (Kenya)", "Protesters (Uganda)", False),
    ("Civilians (Syria)", "Civilians (Syrian Arab Republic)", True),
    ("Protesters (Kenya)", "Protesters", False),
    ("AL: Bangladesh Awami League", "Bangladesh Awami League", True),
    ("Al-Shabaab", "Al Shabaab", True),
    ("Rioters (Kenya)", "Protesters (Kenya)", False),
    ("People's Protection Units", "Peoples Protection Units", True),
    ("Sudan People’s Liberation Army", "Sudan Peoples Liberation Army", True),
])
def test_actor_key_rule(a: str, b: str, same: bool) -> None:
    assert (actor_key(a) == actor_key(b)) is same


@pytest.mark.parametrize("a,b,same", [
    ("Balochistan", "Balochistan Province", True),
    ("Dhaka", "Dhaka Division", True),
    ("Córdoba", "Cordoba", True),
    ("Ciudad Autónoma de Buenos Aires", "Ciudad Autonoma de Buenos Aires", True),
    ("Sindh", "Punjab", False),
])
def test_admin1_names_compare_without_diacritics_or_generic_words(a: str, b: str, same: bool) -> None:
    assert (admin_key(a) == admin_key(b)) is same


def test_haversine_gives_about_111_km_per_degree_of_latitude() -> None:
    assert haversine_km(0.0, 30.0, 1.0, 30.0) == pytest.approx(111.19, abs=0.01)
    assert haversine_km(10.0, 10.0, 10.0, 10.0) == 0.0


def test_within_25km_and_median_distance() -> None:
    near, far = event_like(GOLD), event_like(GOLD)
    assert near.location is not None and far.location is not None
    near.location.lat = 13.4586 + 0.1  # about 11 km north of gold
    far.location.lat = 13.4586 + 0.3  # about 33 km north
    report = score_events([(GOLD, near), (GOLD, far), (GOLD, None)])
    assert (report.field("within_25km").correct, report.field("within_25km").total) == (1, 3)
    assert report.median_km == pytest.approx(22.2, abs=0.1)  # the two located predictions only


def test_unknown_gold_values_are_left_out_of_a_field() -> None:
    vague = replace(GOLD, admin1="", latitude=None, longitude=None, time_precision=None)
    report = score_events([(vague, event_like(vague)), (GOLD, event_like(GOLD))])
    assert report.field("admin1").total == report.field("within_25km").total == 1
    assert report.field("time_precision").total == 1 and report.field("date").total == 2


def test_wrong_date_precision_and_fatalities_each_count_against_their_field() -> None:
    event = event_like(GOLD)
    event.date, event.time_precision, event.fatalities = "2022-03-03", 2, 4
    scores = accuracies([(GOLD, event)])
    assert scores["date"] == scores["time_precision"] == scores["fatalities"] == 0.0
    assert scores["event_type"] == scores["actor1"] == 1.0


def test_a_pre_2019_type_accepts_any_of_its_successors() -> None:
    old = replace(GOLD, event_type="Riots/Protests", sub_event_type="", legacy=True)
    protest = replace(event_like(GOLD), acled_event_type="Protests", acled_sub_event_type="Peaceful protest")
    battle = event_like(GOLD)
    report = score_events([(old, protest), (old, battle)])
    assert (report.field("event_type").correct, report.field("event_type").total) == (1, 2)
    assert report.field("sub_event_type").total == 0  # the old type implies no sub-type


def test_a_pre_2019_battle_type_implies_its_sub_type() -> None:
    old = replace(GOLD, event_type="Battle-No change of territory", sub_event_type="", legacy=True)
    report = score_events([(old, event_like(GOLD))])
    assert report.field("sub_event_type").accuracy == report.field("event_type").accuracy == 1.0


def test_report_dict_is_json_and_table_lists_weakest_label_first() -> None:
    protest = replace(GOLD, event_type="Protests", sub_event_type="Peaceful protest")
    pairs: list[tuple[AcledRecord, Event | None]] = [(GOLD, event_like(GOLD)), (protest, event_like(GOLD))]
    report = score_events(pairs)
    data = json.loads(json.dumps(report.to_dict()))
    assert data["fields"]["sub_event_type"] == {"correct": 1, "total": 2, "accuracy": 0.5}
    table = report.format_table()
    assert table.index("Peaceful protest") < table.index("Armed clash")
    assert "median distance to gold" in table


def test_score_labels_worked_example() -> None:
    gold = ["Attack", "Attack", "Attack", "Arrests", "Grenade"]
    predicted = ["Attack", "Attack", "Arrests", "Arrests", "no event"]
    report = score_labels(gold, predicted)
    by_label = {s.label: s for s in report.labels}
    assert report.accuracy == pytest.approx(0.6)
    assert by_label["Attack"].precision == 1.0 and by_label["Attack"].recall == pytest.approx(2 / 3)
    assert by_label["Arrests"].f1 == pytest.approx(2 / 3)  # P 0.5, R 1.0
    assert (by_label["no event"].support, by_label["no event"].predicted) == (0, 1)
    # Macro over the three gold labels: (0.8 + 2/3 + 0) / 3; weighted by support: (3*0.8 + 2/3) / 5.
    assert report.macro_f1 == pytest.approx((0.8 + 2 / 3) / 3)
    assert report.weighted_f1 == pytest.approx((3 * 0.8 + 2 / 3) / 5)
    assert report.labels[0].label == "Grenade"  # weakest with the most support first


def test_score_labels_needs_one_prediction_per_gold_label() -> None:
    with pytest.raises(ValueError):
        score_labels(["Attack"], [])


def saxony_areas(country: str, name: str) -> frozenset[str]:
    """A stand-in gazetteer: the Land of Saxony goes by three names, a district by a fourth."""
    names = {("DE", "Saxony"): "DE.13", ("DE", "Sachsen"): "DE.13", ("DE", "Freistaat Sachsen"): "DE.13"}
    return frozenset({names[(country, name)]}) if (country, name) in names else frozenset()


def test_admin1_in_another_spelling_of_the_same_area_matches_through_the_gazetteer() -> None:
    gold = replace(GOLD, country="Germany", admin1="Sachsen")
    ours = event_like(gold)
    assert ours.location is not None
    ours.location.admin1, ours.location.country_code = "Saxony", "DE"
    assert score_events([(gold, ours)]).field("admin1").correct == 0  # names alone differ
    assert score_events([(gold, ours)], saxony_areas).field("admin1").correct == 1


def test_admin1_of_another_area_or_country_does_not_match_through_the_gazetteer() -> None:
    def predicted(gold: AcledRecord, admin1: str) -> Event:
        event = event_like(gold)
        assert event.location is not None
        event.location.admin1 = admin1
        return event

    in_germany = replace(GOLD, country="Germany", admin1="Sachsen")
    in_austria = replace(GOLD, country="Austria", admin1="Sachsen")
    pairs = [(in_germany, predicted(in_germany, "Bavaria")), (in_austria, predicted(in_austria, "Saxony"))]
    assert score_events(pairs, saxony_areas).field("admin1").correct == 0


def test_a_closed_regime_period_is_the_same_actor_but_a_branch_is_another() -> None:
    assert actor_key("Police Forces of Chad (2021-)") == actor_key("Police Forces of Chad (2021-2022)")
    air_force = actor_key("Military Forces of Chad (2021-) Air Force")
    assert air_force == actor_key("Military Forces of Chad Air Force")
    assert air_force != actor_key("Military Forces of Chad (2021-)")
