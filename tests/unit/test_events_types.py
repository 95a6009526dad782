"""ACLED event types and sub-types on real parses: the rules added for issue 6, one case each;
battles fought with more than one kind of weapon, who is the target of a shooting, and protests
that a rule once missed."""

from __future__ import annotations

import pytest
from test_events import code

from frontlines.model import Event

pytestmark = pytest.mark.slow


def sub_types(events: list[Event]) -> list[str]:
    return [e.acled_sub_event_type for e in events if e.acled_event_type]


def test_a_detainee_beaten_at_a_police_station_is_an_attack_on_a_civilian() -> None:
    # The object is the detainee; the police station after it is only where it happened.
    events = code("Police officers assaulted a detainee while in custody at the district police station.")
    assert sub_types(events) == ["Attack"]


def test_a_town_taken_with_no_clashes_told_next_is_a_non_violent_transfer() -> None:
    events = code("The rebels took control of the town of Kansafra. No clashes were reported.")
    assert sub_types(events)[0] == "Non-violent transfer of territory"


def test_a_town_taken_is_still_a_takeover_when_the_next_sentence_tells_nothing_of_how() -> None:
    events = code("The rebels took control of the town of Kansafra. Residents stayed indoors.")
    assert sub_types(events)[0] == "Non-state actor overtakes territory"


def test_fighters_who_surrender_make_an_agreement() -> None:
    events = code("Around 40 militiamen surrendered to the army near Beni, laying down their weapons.")
    assert [(e.acled_sub_event_type, e.plover_event) for e in events][:1] == [("Agreement", "RETREAT")]


def test_an_ambushed_convoy_is_the_target_not_a_deployment() -> None:
    events = code("Militants ambushed an army convoy near the town.")
    assert sub_types(events) == ["Armed clash"]


def test_lethal_ammunition_fired_to_disperse_a_protest_is_excessive_force() -> None:
    events = code("Security forces fired tear gas and live bullets to disperse the protesters in the city.")
    assert sub_types(events) == ["Excessive force against protesters"]


def test_tear_gas_alone_is_an_intervention() -> None:
    events = code("Security forces fired tear gas to disperse the protesters in the capital.")
    assert sub_types(events) == ["Protest with intervention"]


def test_a_man_killed_after_a_list_of_place_names_is_the_victim_not_a_mob() -> None:
    # The parse takes "a man" for another name of the place; word order must not make him the killer.
    events = code("Around 24 May (as reported), in Morelia, Michoacan, a man was killed and his body "
                  "was found with signs of violence.")
    assert sub_types(events) == ["Attack"]
    assert events[0].actor2 is not None and events[0].actor2.inter == 7


def test_no_clashes_told_after_a_bracketed_note_still_make_the_transfer_non_violent() -> None:
    events = code("The militia took control of several villages along the river [coded as Galay]. "
                  "Clashes were not reported.")  # fmt: skip
    assert sub_types(events)[0] == "Non-violent transfer of territory"


def test_a_detainee_tortured_in_custody_is_an_attack_not_an_arrest() -> None:
    events = code("Policemen detained a young man at his home and later tortured him in custody.")
    assert sub_types(events) == ["Attack"]


def test_a_clash_told_as_what_came_before_ranks_below_the_shelling_it_led_to() -> None:
    text = "Following an armed clash with local defense forces, the military fired artillery at the town."
    events = code(text)
    clash = next(e for e in events if e.acled_sub_event_type == "Armed clash")
    shelling = next(e for e in events if e.acled_sub_event_type == "Shelling/artillery/missile attack")
    assert clash.confidence < shelling.confidence


def test_a_shooting_after_clashes_is_the_news_not_swallowed_by_the_clashes() -> None:
    text = ("A man was shot in the leg by a soldier when he was going home after armed clashes had taken "
            "place in the area.")  # fmt: skip
    events = code(text)
    assert "Attack" in sub_types(events)


def test_a_protest_named_only_as_what_soldiers_meant_to_obstruct_is_not_the_event() -> None:
    events = code("Soldiers razed farmland and closed roads leading to the village to obstruct the weekly "
                  "demonstration.")
    assert sub_types(events) == ["Looting/property destruction"]


def test_a_march_the_police_stopped_with_tear_gas_is_a_protest_with_intervention() -> None:
    events = code("Police fired tear gas to stop the march in the capital.")
    assert sub_types(events) == ["Protest with intervention"]


def test_students_who_clash_with_police_during_a_demonstration_riot() -> None:
    events = code("Students clashed with police during a demonstration in Nairobi on Monday.")
    assert [(e.acled_event_type, e.acled_sub_event_type) for e in events] == [
        ("Riots", "Violent demonstration")
    ]


def test_peace_accords_whose_anniversary_a_day_marks_are_history_not_an_agreement() -> None:
    events = code("The government set up checkpoints on the anniversary of the signing of the peace accords.")
    assert "Agreement" not in sub_types(events)


# Battles fought with more than one kind of weapon; targets of shootings; protests.
def test_artillery_fired_in_a_clash_is_part_of_the_battle() -> None:
    events = code("Russian forces fired artillery and clashed with the Ukrainian Army near Kamyanka.")
    assert sub_types(events) == ["Armed clash"]


def test_shelling_on_its_own_stays_remote_violence() -> None:
    events = code("Russian forces fired artillery at Kamyanka.")
    assert sub_types(events) == ["Shelling/artillery/missile attack"]


def test_the_guns_an_attack_is_made_with_are_no_attack_of_their_own() -> None:
    events = code("IS militants attacked an Iraqi police position with small arms near Kirkuk.")
    assert sub_types(events) == ["Armed clash"]


def test_the_armed_men_who_shot_a_man_are_the_agents_not_the_targets() -> None:
    events = code("In Tlaxco, the director of public works was shot and killed by armed men in a car.")
    assert sub_types(events) == ["Attack"]


def test_a_soldier_shot_by_militants_is_still_a_battle() -> None:
    events = code("A soldier was shot by militants near the base.")
    assert sub_types(events) == ["Armed clash"]


def test_an_offensive_is_a_battle_even_with_no_enemy_named() -> None:
    events = code("Russian forces attempted an offensive towards Troitske, which was unsuccessful.")
    assert sub_types(events) == ["Armed clash"]


def test_a_landmine_left_from_previous_clashes_is_an_explosion_not_a_battle() -> None:
    events = code("A landmine from previous clashes exploded in the town, killing a little girl.")
    assert sub_types(events) == ["Remote explosive/landmine/IED"]


def test_activists_who_continue_to_block_a_site_are_protesting() -> None:
    # "to block" names the protest itself here, not an act meant to stop one.
    events = code("Activists continued to block a construction site near Forde to oppose the works.")
    assert sub_types(events) == ["Peaceful protest"]


def test_a_sit_in_by_nurses_from_all_over_the_province_is_a_protest() -> None:
    events = code("Nurses from all over the province staged a sit-in, demanding a service structure.")
    assert sub_types(events) == ["Peaceful protest"]


def test_a_raid_in_which_soldiers_arrest_a_woman_is_an_arrest() -> None:
    events = code("Soldiers raided a grocery store and arrested a 22-year-old woman in the ward.")
    assert sub_types(events) == ["Arrests"]


def test_soldiers_who_storm_a_village_and_kill_men_attack_civilians() -> None:
    events = code("Soldiers stormed the village and killed three men.")
    assert sub_types(events) == ["Attack"]


def test_an_arson_attack_is_property_destruction() -> None:
    events = code("The Children of Fire carried out an arson attack in Bolu, damaging a metal workshop.")
    assert sub_types(events) == ["Looting/property destruction"]


def test_an_attack_with_firearms_backed_by_shelling_and_airstrikes_is_a_battle() -> None:
    events = code("PKK militants attacked Turkish army soldiers via firearms in the Zap region, in "
                  "conjunction with Turkish army shelling and airstrikes targeting the same areas.")
    assert sub_types(events) == ["Armed clash"]


def test_attacks_via_firearms_and_remote_explosives_on_soldiers_are_a_battle() -> None:
    events = code("PKK militants carried out several attacks targeting Turkish army soldiers via firearms, "
                  "remote explosives and heavy guns in the Sikefta area.")
    assert sub_types(events) == ["Armed clash"]


def test_mortars_fired_at_a_base_stay_shelling() -> None:
    events = code("Militants fired mortars at the army base.")
    assert sub_types(events) == ["Shelling/artillery/missile attack"]


def test_a_killing_that_says_who_the_marchers_are_is_no_event_of_the_day() -> None:
    events = code("Relatives of a man who was killed by police last year marched through the town.")
    assert sub_types(events) == ["Peaceful protest"]
