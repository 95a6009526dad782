"""ACLED conventions for event types and tolls: a foreign army's gains are a non-state actor's, an attack
whose dead are armed men is a battle, deaths caused by the forces that break up a protest are excessive
force (deaths a protest is about, or that describe its people, are not), roads barricaded with logs or
tyres make a demonstration violent, a peaceful protest has no dead, new words of sexual violence, and
victims named before a passive verb of death add up."""

from __future__ import annotations

import pytest
from builders import sub_types
from test_events import code

from frontlines.coding.classify import BATTLES, GOVERNMENT_REGAINS, NON_STATE_OVERTAKES, Coding
from frontlines.coding.numbers import find_counts
from frontlines.coding.tolls import has_toll
from frontlines.stages.events import held_abroad


def test_a_foreign_army_that_takes_a_place_overtakes_it_as_a_non_state_actor() -> None:
    taken = Coding(BATTLES, GOVERNMENT_REGAINS, "COERCE", "seize", 0.75)
    assert held_abroad(taken, 8).acled_sub_type == NON_STATE_OVERTAKES
    assert held_abroad(taken, 8).acled_type == BATTLES
    assert held_abroad(taken, 1) is taken  # a government's own forces regain their territory


@pytest.mark.parametrize(("text", "dead"), [
    ("Two soldiers and three herders were killed.", 5),
    ("Four guards and a driver were killed in the ambush.", 5),
    ("Three militiamen (local defence) and a nurse were killed.", 4),
    ("Two soldiers were killed and three herders were injured.", 2),
])  # fmt: skip
def test_victims_named_before_a_passive_verb_of_death_add_up(text: str, dead: int) -> None:
    assert find_counts(text).dead == dead


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
    events = code("Gunmen stormed the village of Dara on Sunday. Three soldiers and a shepherd were killed.")
    assert events[0].acled_event_type == "Battles"
    assert events[0].acled_sub_event_type == "Armed clash"


@pytest.mark.slow
def test_an_attack_on_a_village_whose_dead_are_villagers_stays_an_attack_on_civilians() -> None:
    events = code("Gunmen stormed the village of Dara on Sunday. Near the army post, three shepherds were "
                  "killed.")
    assert sub_types(events)[0] == "Attack"


@pytest.mark.slow
def test_a_death_caused_by_forces_dispersing_a_protest_told_next_is_excessive_force() -> None:
    events = code("Traders demonstrated in the main market of Tanga. Police fired tear gas to disperse them, "
                  "causing the death of an elderly vendor.")
    assert sub_types(events)[0] == "Excessive force against protesters"


@pytest.mark.slow
def test_deaths_a_dispersed_protest_denounced_are_no_excessive_force() -> None:
    events = code("Traders demonstrated in the main market of Tanga. Police fired tear gas to disperse the "
                  "crowd, which denounced the killing of a vendor.")
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
    events = code("The army carried out a joint air-ground operation involving airstrikes against the rebels "
                  "near the river.")
    assert sub_types(events)[0] == "Armed clash"


@pytest.mark.slow
def test_airstrikes_of_their_own_stay_air_strikes() -> None:
    events = code("The air force carried out airstrikes against the rebels near the river.")
    assert sub_types(events)[0] == "Air/drone strike"


@pytest.mark.slow
def test_an_arrest_that_only_says_who_the_protest_is_for_is_no_intervention() -> None:
    """ "a detained teacher" says whom the crowd stands up for; no one is arrested at the protest."""
    events = code("Colleagues of a detained teacher staged a sit-in outside the court to demand his release.")
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
def test_flyers_left_at_homes_by_a_group_are_a_strategic_development() -> None:
    events = code("Members of a white supremacist group left hundreds of racist flyers at homes in the "
                  "suburb.")
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
    """ "who had shot a driver" says who the robber is: the crowd that beat him is a mob."""
    events = code("Residents caught and beat up a robber who had shot a bus driver.")
    assert sub_types(events) == ["Mob violence"]


@pytest.mark.slow
def test_explosions_involving_small_arms_are_still_told_by_their_weapons() -> None:
    """ "involving small arms" is no relative clause of someone's past: the small arms stay cues."""
    events = code("Monitors recorded 8 explosions and shots involving small arms near the village.")
    assert sub_types(events)[0] != "Shelling/artillery/missile attack"


@pytest.mark.slow
def test_a_bomb_that_goes_off_prematurely_disrupts_its_own_sides_weapons_use() -> None:
    events = code("Two militants were killed when the bomb they were planting exploded prematurely near the "
                  "bridge.")
    assert sub_types(events)[0] == "Disrupted weapons use"
    assert events[0].acled_event_type == "Strategic developments"


@pytest.mark.slow
def test_a_roadside_bomb_that_hits_a_patrol_is_an_ied_attack() -> None:
    events = code("A roadside bomb exploded near an army patrol, killing two soldiers.")
    assert sub_types(events)[0] == "Remote explosive/landmine/IED"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sub_type"), [
    ("Soldiers found and seized a depot in the forest with 300 kg of explosives.", "Disrupted weapons use"),
    ("Police seized two suspects with weapons at the market.", "Arrests"),
])  # fmt: skip
def test_weapons_named_beside_a_seizure_of_no_one_are_what_was_seized(text: str, sub_type: str) -> None:
    assert sub_types(code(text))[0] == sub_type


@pytest.mark.slow
def test_a_crowd_chanting_slogans_against_a_leader_protests() -> None:
    events = code("Pilgrims chanted slogans against the prime minister outside the shrine. Police "
                  "arrested 20 of them.")
    assert sub_types(events)[0] == "Protest with intervention"


@pytest.mark.slow
def test_fans_chanting_at_a_match_stage_no_protest() -> None:
    assert sub_types(code("Fans chanted loudly during the match.")) == []



@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Government forces recaptured the rebel camp near the river.",
    "Soldiers regained control of several localities along the river.",
])  # fmt: skip
def test_camps_and_localities_taken_back_are_territory_not_arrests(text: str) -> None:
    assert sub_types(code(text))[0] == "Government regains territory"


@pytest.mark.slow
def test_a_shirt_burned_as_a_gesture_told_after_a_protest_keeps_it_peaceful() -> None:
    events = code("Pupils staged a demonstration outside the school against racism. The pupils burned a "
                  "school uniform shirt.")
    assert sub_types(events)[0] == "Peaceful protest"


@pytest.mark.slow
def test_buses_burned_by_the_crowd_told_after_a_protest_make_it_violent() -> None:
    events = code("Pupils staged a demonstration outside the school against racism. The pupils burned two "
                  "cars.")
    assert sub_types(events)[0] == "Violent demonstration"


@pytest.mark.slow
def test_a_shops_security_guard_shot_by_gunmen_is_a_civilian_attacked() -> None:
    events = code("Two armed men on a motorcycle shot and wounded the security guard of a bakery.")
    assert sub_types(events)[0] == "Attack"
