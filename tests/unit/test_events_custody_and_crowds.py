"""Event types told by ACLED's conventions (issue 6): a death in custody is an attack, an arrest made
with violence or held over an explosion, forces who detain people abroad abduct them, a crowd named
again in the next sentence riots, barricades and rampages make a demonstration violent (a protest said
to stay peaceful does not riot), protesters arrested next met intervention, heavy machine guns and tank
fire are shelling, party supporters who beat people are a mob, clans and ethnic groups that clash fight
a battle, unarmed people who occupy a building stage a sit-in, "engaged in" names no fight itself,
helicopters that attack strike from the air."""

from __future__ import annotations

import pytest
from builders import sub_types
from test_events import code

from frontlines.coding.classify import VAC, Coding, classify
from frontlines.stages.events import held_abroad

pytestmark = pytest.mark.slow


def test_a_death_in_police_custody_is_an_attack_not_an_arrest() -> None:
    events = code("A farmer, detained over a land quarrel, died in police custody after being beaten by "
                  "officers.")
    assert sub_types(events)[0] == "Attack"
    assert events[0].acled_event_type == VAC


def test_a_detainee_who_dies_during_interrogation_was_attacked() -> None:
    events = code("A young trader held by soldiers at the army camp died during interrogation on Monday.")
    assert sub_types(events) == ["Attack"]


def test_a_beating_while_arresting_is_the_event() -> None:
    events = code("Police officers beat a shopkeeper while arresting him in the market.")
    assert sub_types(events)[0] in ("Attack", "Mob violence")
    assert "Arrests" not in sub_types(events)


def test_an_arrest_after_an_attack_by_others_stays_an_arrest() -> None:
    """ "after they were attacked": what came before, by other hands, not violence in the arrest."""
    events = code("Soldiers arrested two farmers after they were attacked by rebels near the bridge.")
    assert sub_types(events)[0] == "Arrests"


def test_an_arrest_in_connection_with_a_blast_is_the_news() -> None:
    events = code("Police arrested four men in connection with the explosion of a bomb at the bus station.")
    assert sub_types(events) == ["Arrests"]


def test_forces_that_detain_people_abroad_abduct_them() -> None:
    arrest = classify("ARREST", frozenset(), 1, 7)
    assert arrest is not None and arrest.acled_sub_type == "Arrests"
    assert held_abroad(arrest, 8).acled_sub_type == "Abduction/forced disappearance"
    assert held_abroad(arrest, 1) is arrest  # a state's forces at home arrest
    shelling = Coding("Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", None, 0.7)
    assert held_abroad(shelling, 8) is shelling


def test_the_crowd_named_again_with_stones_makes_the_protest_violent() -> None:
    events = code("Fishermen blocked the harbour road to protest against a new tax. "
                  "The fishermen threw stones at passing cars.")
    assert sub_types(events)[0] == "Violent demonstration"


def test_a_crowd_named_again_still_striking_is_no_riot() -> None:
    """ "The nurses had been striking": a walkout told after a protest, nothing struck."""
    events = code("Nurses protested over unpaid wages in the capital. "
                  "The nurses had been striking for a month.")
    assert sub_types(events)[0] == "Peaceful protest"


def test_a_road_barricaded_in_protest_is_a_violent_demonstration() -> None:
    events = code("Market traders barricaded the main highway to protest against new taxes.")
    assert sub_types(events) == ["Violent demonstration"]


def test_students_on_the_rampage_riot() -> None:
    events = code("Students went on the rampage to protest against a rise in fees.")
    assert sub_types(events) == ["Violent demonstration"]


def test_a_protest_called_violent_is_a_violent_demonstration() -> None:
    events = code("Dockers staged a violent protest over unpaid wages at the port.")
    assert sub_types(events) == ["Violent demonstration"]


def test_heavy_machine_gun_fire_at_positions_is_shelling() -> None:
    events = code("Rebel forces fired heavy machine guns at army positions near the river.")
    assert sub_types(events) == ["Shelling/artillery/missile attack"]


def test_tank_fire_on_a_bus_is_shelling() -> None:
    events = code("Enemy tanks fired on a bus carrying villagers out of the valley.")
    assert sub_types(events) == ["Shelling/artillery/missile attack"]


def test_party_supporters_who_beat_a_candidate_are_a_mob() -> None:
    coded = classify("ATTACK", frozenset({"partisans", "civilian"}), 3, 7)
    assert coded is not None and coded.acled_sub_type == "Mob violence"
    armed = classify("ATTACK", frozenset({"partisans", "firearms", "civilian"}), 3, 7)
    assert armed is not None and armed.acled_sub_type == "Attack"  # gunmen of a party attack civilians


def test_a_scuffle_at_a_protest_said_to_stay_peaceful_is_no_riot() -> None:
    events = code("Teachers rallied outside the ministry. They scuffled briefly with guards at the gate, "
                  "but the protest remained peaceful.")
    assert "Violent demonstration" not in sub_types(events)
    assert sub_types(events)[0] in ("Peaceful protest", "Protest with intervention")


def test_a_peaceful_march_that_turned_into_clashes_is_a_violent_demonstration() -> None:
    # "peaceful march" names how it began, not how it stayed.
    events = code("The peaceful march descended into chaos as protesters clashed with police and "
                  "threw stones at their vehicles.")
    assert sub_types(events)[0] == "Violent demonstration"


def test_villagers_who_stone_a_suspect_to_death_are_a_mob() -> None:
    events = code("Villagers stoned a suspected cattle thief to death near the market.")
    assert sub_types(events)[0] == "Mob violence"


def test_students_who_smash_windows_riot() -> None:
    events = code("Students smashed the windows of their dormitory over the quality of food.")
    assert events and events[0].acled_event_type == "Riots"


def test_passengers_hijacked_by_gunmen_are_abducted() -> None:
    events = code("Gunmen hijacked a minibus carrying nine passengers on the coastal highway.")
    assert sub_types(events)[0] == "Abduction/forced disappearance"


def test_a_clash_between_clans_is_a_battle_of_communal_militias() -> None:
    events = code("Two people were killed in ethnic clashes over grazing land near the lake.")
    assert sub_types(events)[0] == "Armed clash"
    coded = classify("CLASH", frozenset({"kin_groups", "civilian"}), None, None)
    assert coded is not None and coded.acled_type == "Battles"
    villagers = classify("CLASH", frozenset({"civilian"}), None, None)
    assert villagers is not None and villagers.acled_sub_type == "Mob violence"  # no clan or tribe named


def test_traders_in_running_battles_with_the_police_are_a_mob_not_a_battle() -> None:
    events = code("Evicted market traders fought running battles with the police in the town centre.")
    assert events and events[0].acled_event_type == "Riots"
    coded = classify("CLASH", frozenset({"crowd_weapons", "force"}), 1, 7)
    assert coded is not None and coded.acled_sub_type == "Mob violence"


def test_protesters_arrested_in_the_next_sentence_met_intervention() -> None:
    events = code("Climate activists protested outside the parliament against new coal mines. "
                  "Four protesters were arrested for blocking the entrance.")
    assert sub_types(events)[0] == "Protest with intervention"


def test_police_who_stop_a_march_in_the_next_sentence_intervened() -> None:
    events = code("Nurses marched through the capital to demand higher pay. "
                  "Police stopped the marchers before they reached the ministry.")
    assert sub_types(events)[0] == "Protest with intervention"


def test_police_who_only_watch_leave_the_protest_peaceful() -> None:
    events = code("Nurses marched through the capital to demand higher pay. "
                  "Police said the march was orderly.")
    assert sub_types(events)[0] == "Peaceful protest"


def test_unions_engaged_in_the_protests_took_part_and_did_not_clash() -> None:
    events = code("Farmers' unions held protests in the district against the new law. "
                  "Members of two teachers' unions were also engaged in the protests.")
    assert sub_types(events) and set(sub_types(events)) == {"Peaceful protest"}


def test_engaged_in_fighting_is_still_a_fight() -> None:
    events = code("Soldiers engaged in heavy fighting with rebels near the border town.")
    assert sub_types(events)[0] == "Armed clash"


def test_students_who_occupy_their_faculty_stage_a_sit_in() -> None:
    events = code("Law students occupied the faculty building to denounce the closure of the library.")
    assert sub_types(events) == ["Peaceful protest"]


def test_rebels_who_occupy_a_town_take_territory() -> None:
    events = code("Rebels occupied the town after government troops withdrew.")
    assert "Peaceful protest" not in sub_types(events)


def test_people_said_to_have_occupied_land_stage_no_sit_in() -> None:
    events = code("Farmers clashed with families who had occupied a plot of land near the river.")
    assert "Peaceful protest" not in sub_types(events)


def test_helicopters_that_attack_carry_out_an_air_strike() -> None:
    events = code("Two army helicopters carried out attacks against rebel fighters in the mountains.")
    assert sub_types(events)[0] == "Air/drone strike"


def test_rebels_who_fire_at_a_helicopter_make_no_air_strike() -> None:
    events = code("Rebel fighters opened fire at an army helicopter over the mountains.")
    assert "Air/drone strike" not in sub_types(events)
