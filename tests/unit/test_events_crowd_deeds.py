"""Who a crowd's deeds belong to, and when a crowd is no crowd: mobs that beat and kill, walkouts told
with "strike", forces' barricades, fears and long lists of demands (issue 6, round on riots)."""

from __future__ import annotations

import pytest
from builders import sub_types
from test_events import code

pytestmark = pytest.mark.slow


def test_residents_who_burn_a_police_post_riot() -> None:
    events = code("Residents set fire to the police post after a man died in custody.")
    assert sub_types(events)[0] == "Mob violence"


def test_a_mob_that_beats_and_kills_a_man_is_one_mob_violence_event() -> None:
    events = code("Villagers beat a suspected thief and killed him in the market.")
    assert sub_types(events) == ["Mob violence"]


def test_a_mob_that_kidnaps_and_beats_is_no_abduction_by_an_armed_group() -> None:
    events = code("Youths kidnapped and beat two suspected thieves in the village.")
    assert sub_types(events)[0] == "Mob violence"


def test_staff_who_gather_to_strike_walk_out_peacefully() -> None:
    events = code("Dozens of teachers gathered to strike in protest at unpaid salaries.")
    assert sub_types(events) == ["Peaceful protest"]


def test_barricades_put_up_by_the_police_are_no_riot() -> None:
    events = code("Traders protested against new taxes in the market. "
                  "Police erected barricades to stop the march.")
    assert sub_types(events) == ["Peaceful protest"]


def test_a_clash_named_in_a_list_of_demands_is_no_riot() -> None:
    events = code("Activists gathered to demand the release of a detainee, request the return of a "
                  "missing girl, and justice for two people killed in a clash.")
    assert sub_types(events) == ["Peaceful protest"]


def test_clashes_the_protesters_fear_do_not_make_their_protest_violent() -> None:
    events = code("Residents protested against the deployment in the town. "
                  "They fear the troops will trigger clashes.")
    assert sub_types(events)[0] == "Peaceful protest"


def test_a_boy_called_names_and_assaulted_was_assaulted() -> None:
    events = code("A boy was called names and assaulted by a gang of youths.")
    assert [e.modality for e in events] == ["asserted"]


def test_a_strike_called_for_is_planned() -> None:
    assert [e.modality for e in code("The union called for a general strike on Monday.")] == ["planned"]


def test_a_bomb_attack_the_target_answers_with_gunfire_next_is_a_battle() -> None:
    events = code("Militants detonated a roadside bomb against an army convoy near the village. "
                  "The army fired into the surroundings with machine guns.")
    assert sub_types(events)[0] == "Armed clash"


def test_a_bomb_attack_the_target_does_not_answer_stays_an_explosion() -> None:
    events = code("Militants detonated a roadside bomb against an army convoy near the village. "
                  "The army closed the road.")
    assert sub_types(events)[0] == "Remote explosive/landmine/IED"


def test_missiles_shot_down_by_the_target_are_not_return_fire() -> None:
    events = code("Russian forces launched a rocket attack on the town. "
                  "Most of the missiles were shot down by Ukrainian air defence forces.")
    assert sub_types(events)[0] == "Shelling/artillery/missile attack"


def test_tear_gas_fired_at_people_who_form_no_crowd_keeps_them_away() -> None:
    events = code("Soldiers fired tear gas toward farmers near the fence.")
    assert [(e.acled_event_type, e.acled_sub_event_type, e.plover_event) for e in events] == [
        ("Strategic developments", "Other", "COERCE")
    ]


def test_tear_gas_fired_at_protesters_told_before_is_an_intervention() -> None:
    events = code("Traders protested against new taxes in the market. Police fired tear gas at them.")
    assert sub_types(events)[0] == "Protest with intervention"


def test_buildings_described_as_demolished_are_no_deed_of_the_protesters() -> None:
    events = code("Owners of shops demolished by the council protested in the town to demand compensation.")
    assert sub_types(events) == ["Peaceful protest"]


def test_who_a_commemorated_person_was_belongs_to_the_grievance() -> None:
    events = code("Activists marched in the city to commemorate the death of Ali, a young student who set "
                  "himself on fire in 2011.")
    assert sub_types(events) == ["Peaceful protest"]


def test_a_man_captured_in_a_town_is_taken_not_the_town() -> None:
    events = code("Soldiers captured the leader of the gang in the town of Kalo.")
    assert sub_types(events) == ["Arrests"]


def test_people_captured_and_killed_in_a_village_were_attacked() -> None:
    events = code("Militants captured and killed four farmers in the village of Kalo.")
    assert sub_types(events) == ["Attack"]


def test_parts_of_a_town_captured_are_territory() -> None:
    events = code("Rebels captured parts of the town of Kalo after clashes.")
    assert sub_types(events)[0] == "Non-state actor overtakes territory"


def test_a_number_of_weapons_seized_is_disrupted_weapons_use() -> None:
    events = code("The army seized a large number of weapons belonging to the rebels near the town.")
    assert sub_types(events) == ["Disrupted weapons use"]


def test_a_building_attacked_and_set_ablaze_is_property_destruction() -> None:
    events = code("Unknown men attacked and set ablaze a school dormitory in the town.")
    assert sub_types(events) == ["Looting/property destruction"]


def test_a_village_attacked_for_its_livestock_is_looted() -> None:
    events = code("Militants attacked a village and seized livestock near the town.")
    assert sub_types(events) == ["Looting/property destruction"]


def test_a_strike_beside_a_police_blockade_is_still_an_attack() -> None:
    events = code("Police blocked the roads after militants struck overnight near the town.")
    assert sub_types(events) == ["Attack"]
