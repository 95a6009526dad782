"""ACLED conventions for event types and tolls: a foreign army's gains are a non-state actor's, an attack
whose dead are armed men is a battle, deaths caused by the forces that break up a protest are excessive
force (deaths a protest is about, or that describe its people, are not), roads barricaded with logs or
tyres make a demonstration violent, a peaceful protest has no dead, new words of sexual violence, and
victims named before a passive verb of death add up."""

from __future__ import annotations

import pytest
from builders import sub_types
from test_events import code, place

from frontlines.coding.classify import BATTLES, GOVERNMENT_REGAINS, NON_STATE_OVERTAKES, Coding
from frontlines.coding.numbers import find_counts
from frontlines.coding.tolls import has_toll
from frontlines.stages.events import held_abroad


def test_a_foreign_army_that_takes_a_place_overtakes_it_as_a_non_state_actor() -> None:
    taken = Coding(BATTLES, GOVERNMENT_REGAINS, "COERCE", "seize", 0.75)
    assert held_abroad(taken, 8).acled_sub_type == NON_STATE_OVERTAKES
    assert held_abroad(taken, 8).acled_type == BATTLES
    assert held_abroad(taken, 1) is taken  # a government's own forces regain their territory


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sub_type"), [
    ("Foreign troops and Malian soldiers retook the town of Kona after clashes.", GOVERNMENT_REGAINS),
    ("French troops and Malian soldiers retook the town of Kona after clashes.", GOVERNMENT_REGAINS),
    ("French troops captured the town of Kona from Malian soldiers after clashes.", NON_STATE_OVERTAKES),
])  # fmt: skip
def test_foreign_forces_fighting_beside_the_host_army_regain_its_territory(text: str, sub_type: str) -> None:
    assert sub_types(code(text, places=[place(text, "Kona", country="ML")]))[0] == sub_type


@pytest.mark.parametrize(("text", "dead"), [
    ("Two soldiers and three herders were killed.", 5),
    ("Four guards and a driver were killed in the ambush.", 5),
    ("Three militiamen (local defence) and a nurse were killed.", 4),
    ("Two soldiers were killed and three herders were injured.", 2),
])  # fmt: skip
def test_victims_named_before_a_passive_verb_of_death_add_up(text: str, dead: int) -> None:
    assert find_counts(text).dead == dead


@pytest.mark.parametrize("text", [
    "In 2019 soldiers and a teacher were killed.",
    "On 12 May soldiers and a teacher were killed.",
    "Five people, among them two soldiers and a teacher were killed.",
])  # fmt: skip
def test_a_year_a_day_or_a_part_of_a_toll_told_before_is_no_sum_of_victims(text: str) -> None:
    """2019 + 1 soldiers is no toll; "two soldiers and a teacher" among five are not three more."""
    assert find_counts(text).dead in (None, 5)


def test_a_peaceful_protest_has_no_toll_of_its_own() -> None:
    assert not has_toll("Peaceful protest")
    assert has_toll("Excessive force against protesters")
    assert has_toll("Attack")


@pytest.mark.slow
def test_the_dead_a_peaceful_march_mourns_are_not_its_fatalities() -> None:
    events = code("Hundreds of mourners marched peacefully through the town for the nine miners killed in "
                  "the collapse.")
    assert sub_types(events)[0] == "Peaceful protest"
    assert events[0].fatalities == 0


@pytest.mark.slow
def test_an_attack_on_a_village_whose_dead_are_soldiers_is_a_battle() -> None:
    events = code("Gunmen raided the hamlet of Tulo at dawn. Two gendarmes and a trader were killed.")
    assert events[0].acled_event_type == "Battles"
    assert events[0].acled_sub_event_type == "Armed clash"


@pytest.mark.slow
def test_an_attack_on_a_village_whose_dead_are_villagers_stays_an_attack_on_civilians() -> None:
    events = code("Gunmen raided the hamlet of Tulo at dawn. Near the gendarmerie post, two traders were "
                  "killed.")
    assert sub_types(events)[0] == "Attack"


@pytest.mark.slow
@pytest.mark.parametrize("after", [
    "In a separate incident, two soldiers were killed.",
    "Two soldiers were wounded in a road accident.",
    "The relatives of two soldiers were also killed.",
])  # fmt: skip
def test_soldiers_dead_of_another_occasion_or_only_named_leave_an_attack_on_civilians(after: str) -> None:
    events = code("Gunmen attacked the village of Tulo on Sunday, killing five civilians. " + after)
    assert sub_types(events)[0] == "Attack"


@pytest.mark.slow
def test_a_death_caused_by_forces_dispersing_a_protest_told_next_is_excessive_force() -> None:
    events = code("Taxi drivers rallied at a roundabout in Tulo. Police dispersed them with water cannon, "
                  "resulting in the death of a cyclist.")
    assert sub_types(events)[0] == "Excessive force against protesters"


@pytest.mark.slow
def test_deaths_a_dispersed_protest_denounced_are_no_excessive_force() -> None:
    events = code("Taxi drivers rallied at a roundabout in Tulo. Police dispersed the drivers, who "
                  "denounced the killing of a colleague, with water cannon.")
    assert sub_types(events)[0] == "Protest with intervention"


@pytest.mark.slow
def test_relatives_of_killed_officers_who_protest_met_no_force() -> None:
    """ "killed officers" says who the protesters are; no one is killed at the protest."""
    events = code("Widows of killed police officers protested outside the interior ministry to demand their "
                  "pensions.")
    assert sub_types(events)[0] == "Peaceful protest"


@pytest.mark.slow
def test_a_road_barricaded_with_logs_makes_a_violent_demonstration() -> None:
    events = code("Villagers blocked the highway with logs and old tyres to protest against power cuts.")
    assert sub_types(events)[0] == "Violent demonstration"


@pytest.mark.slow
def test_a_road_blocked_with_trucks_stays_a_peaceful_protest() -> None:
    events = code("Truck drivers blocked the highway with their lorries to protest against fuel prices.")
    assert sub_types(events)[0] == "Peaceful protest"


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "A teacher was arrested for defiling a pupil at the school.",
    "Two soldiers sodomized a detainee at the camp.",
    "Militiamen stripped them naked at the checkpoint.",
])  # fmt: skip
def test_more_words_of_sexual_violence(text: str) -> None:
    assert "Sexual violence" in sub_types(code(text))


@pytest.mark.slow
def test_airstrikes_told_as_part_of_a_ground_operation_are_an_armed_clash() -> None:
    events = code("Troops began an offensive including helicopter air strikes on rebel camps in the hills.")
    assert sub_types(events)[0] == "Armed clash"


@pytest.mark.slow
def test_airstrikes_of_their_own_stay_air_strikes() -> None:
    events = code("The air force carried out airstrikes against the rebels near the river.")
    assert sub_types(events)[0] == "Air/drone strike"


@pytest.mark.slow
def test_an_arrest_that_only_says_who_the_protest_is_for_is_no_intervention() -> None:
    """ "a detained student" says whom the crowd stands up for; no one is arrested at the protest."""
    events = code("Classmates of a detained student held a sit-in at the campus gate to demand his release.")
    assert sub_types(events)[0] == "Peaceful protest"


@pytest.mark.slow
def test_police_who_arrest_protesters_told_next_intervened() -> None:
    events = code("Nurses marched to the health ministry over unpaid wages. Police arrested six of them.")
    assert sub_types(events)[0] == "Protest with intervention"


@pytest.mark.slow
def test_a_military_patrol_is_a_movement_of_forces() -> None:
    events = code("A military patrol was seen near the border village on Tuesday.")
    assert sub_types(events) == ["Change to group/activity"]


@pytest.mark.slow
def test_a_patrol_that_is_ambushed_is_the_target_not_a_deployment() -> None:
    events = code("Gunmen ambushed a police patrol near the market, killing two officers.")
    assert "Change to group/activity" not in sub_types(events)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sub_type"), [
    ("Two men on a motorbike threw an explosive device at the home of a councillor.", "Grenade"),
    ("Unknown men hurled a bomb into the courtyard of a mosque.", "Grenade"),
    ("A bomb planted under a car exploded near the courthouse.", "Remote explosive/landmine/IED"),
])  # fmt: skip
def test_a_bomb_thrown_by_hand_is_a_grenade(text: str, sub_type: str) -> None:
    assert sub_types(code(text))[0] == sub_type


@pytest.mark.slow
def test_stickers_put_up_by_a_group_are_a_strategic_development() -> None:
    events = code("A neo-fascist group stuck stickers on lamp posts across the old town overnight.")
    assert sub_types(events) == ["Other"]
    assert events[0].acled_event_type == "Strategic developments"
    assert events[0].plover_event == ""  # PLOVER has no event for spreading propaganda


@pytest.mark.slow
def test_leaflets_handed_out_at_a_march_are_part_of_the_protest() -> None:
    events = code("Students handed out leaflets and marched through the old town against the war.")
    assert sub_types(events) == ["Peaceful protest"]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The army began military exercises near the northern border on Monday.",
    "The navy held live-fire drills off the coast.",
])  # fmt: skip
def test_military_exercises_are_a_change_to_the_forces_activity(text: str) -> None:
    events = code(text)
    assert sub_types(events) == ["Change to group/activity"]
    assert events[0].plover_event == "MOBILIZE"


@pytest.mark.slow
def test_the_guns_of_a_robber_a_crowd_beat_up_do_not_arm_the_crowd() -> None:
    """ "who had stabbed a guard" says who the burglar is: the crowd that thrashed him is a mob."""
    events = code("Shopkeepers chased and thrashed a burglar who had stabbed a guard.")
    assert sub_types(events) == ["Mob violence"]


@pytest.mark.slow
def test_explosions_involving_small_arms_are_still_told_by_their_weapons() -> None:
    """ "involving small arms" is no relative clause of someone's past: the small arms stay cues."""
    events = code("Residents reported blasts and bursts of fire involving rifles near the village.")
    assert sub_types(events)[0] != "Shelling/artillery/missile attack"


@pytest.mark.slow
def test_a_bomb_that_goes_off_prematurely_disrupts_its_own_sides_weapons_use() -> None:
    events = code("A bomb exploded prematurely in a shed, killing the two insurgents who were assembling it.")
    assert sub_types(events)[0] == "Disrupted weapons use"
    assert events[0].acled_event_type == "Strategic developments"


@pytest.mark.slow
def test_a_roadside_bomb_that_hits_a_patrol_is_an_ied_attack() -> None:
    events = code("A roadside bomb exploded near an army patrol, killing two soldiers.")
    assert sub_types(events)[0] == "Remote explosive/landmine/IED"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sub_type"), [
    ("Police seized a warehouse on the edge of town with ten boxes of ammunition.", "Disrupted weapons use"),
    ("Police seized two suspects with weapons at the market.", "Arrests"),
])  # fmt: skip
def test_weapons_named_beside_a_seizure_of_no_one_are_what_was_seized(text: str, sub_type: str) -> None:
    assert sub_types(code(text))[0] == sub_type


@pytest.mark.slow
def test_a_crowd_chanting_slogans_against_a_leader_protests() -> None:
    events = code("Fishermen chanted slogans against the governor at the harbour. Police detained 14 of "
                  "them.")
    assert sub_types(events)[0] == "Protest with intervention"


@pytest.mark.slow
def test_fans_chanting_at_a_match_stage_no_protest() -> None:
    assert sub_types(code("Fans chanted loudly during the match.")) == []



@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Government forces recaptured the rebel camp near the river after heavy fighting.",
    "Soldiers regained control of several localities along the river after heavy fighting.",
])  # fmt: skip
def test_camps_and_localities_taken_back_are_territory_not_arrests(text: str) -> None:
    assert sub_types(code(text))[0] == "Government regains territory"


@pytest.mark.slow
def test_a_copy_of_a_bill_burned_as_a_gesture_told_after_a_protest_keeps_it_peaceful() -> None:
    events = code("Farmers rallied in front of the town hall against a new land tax. The farmers burned a "
                  "copy of the tax bill.")
    assert sub_types(events)[0] == "Peaceful protest"


@pytest.mark.slow
def test_cars_burned_by_the_crowd_told_after_a_protest_make_it_violent() -> None:
    events = code("Farmers rallied in front of the town hall against a new land tax. The farmers burned two "
                  "cars.")
    assert sub_types(events)[0] == "Violent demonstration"


@pytest.mark.slow
def test_a_shops_security_guard_shot_by_gunmen_is_a_civilian_attacked() -> None:
    events = code("Armed men on a scooter shot and wounded a security guard outside a pharmacy.")
    assert sub_types(events)[0] == "Attack"


@pytest.mark.slow
def test_a_shooting_told_beside_an_accident_word_is_no_mishap_of_a_bomb() -> None:
    events = code("Militants accidentally shot a porter and then detonated a bomb near the market, "
                  "killing four people.")
    assert "Disrupted weapons use" not in sub_types(events)


@pytest.mark.slow
def test_a_shell_fired_in_an_exercise_is_the_event_not_the_exercise() -> None:
    events = code("During a military exercise, a shell hit a house in Tulo, killing two children.")
    assert "Change to group/activity" not in sub_types(events)


@pytest.mark.slow
def test_leaflets_someone_is_arrested_for_are_the_reason_of_the_arrest() -> None:
    events = code("Police arrested two men for distributing leaflets of a banned party in Tulo.")
    assert "Other" not in sub_types(events)


@pytest.mark.slow
def test_dead_told_after_a_peaceful_march_are_not_given_to_an_attack_told_before_it() -> None:
    events = code("Gunmen attacked a bus near Tulo on Monday. On Tuesday, hundreds of residents marched "
                  "peacefully through Tulo. Two people died.")
    assert [e.fatalities for e in events] == [0, 0]
