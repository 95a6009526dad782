"""ACLED event types and sub-types on real parses: the rules added for issue 6, one case each;
battles fought with more than one kind of weapon, who is the target of a shooting, and protests
that a rule once missed."""

from __future__ import annotations

import pytest
from builders import sub_types
from test_events import code

pytestmark = pytest.mark.slow


def test_a_detainee_beaten_at_a_police_station_is_an_attack_on_a_civilian() -> None:
    # The object is the detainee; the police station after it is only where it happened.
    events = code("Police officers assaulted a detainee while in custody at the district police station.")
    assert sub_types(events) == ["Attack"]


def test_a_town_taken_with_no_clashes_told_next_is_a_non_violent_transfer() -> None:
    events = code("The rebels took control of the town of Kansafra. No clashes were reported.")
    assert sub_types(events)[0] == "Non-violent transfer of territory"


def test_a_town_taken_is_a_takeover_when_the_report_tells_of_fighting() -> None:
    events = code("The rebels took control of the town of Kansafra. Residents hid as fighting went on.")
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


def test_a_verb_that_a_grievance_hangs_from_is_the_protest_itself() -> None:
    events = code("Protesters against the invasion of Ukraine rallied and marched in Athens.")
    assert sub_types(events) == ["Peaceful protest"]


def test_what_protesters_claim_happened_is_their_grievance() -> None:
    events = code("Taxi drivers staged a protest in the city, claiming that a politician's relatives beat "
                  "a driver.")
    assert sub_types(events) == ["Peaceful protest"]


def test_a_flash_mob_is_a_peaceful_protest() -> None:
    events = code("Participants took part in a flash mob in the main square to protest violence against "
                  "women.")
    assert sub_types(events) == ["Peaceful protest"]


def test_a_human_barricade_is_a_peaceful_protest() -> None:
    events = code("Supporters of the pastor formed a human barricade at the entrance to the prison.")
    assert sub_types(events) == ["Peaceful protest"]


def test_workers_who_begin_a_strike_protest() -> None:
    events = code("Nurses began a strike outside the hospital to call for better wages.")
    assert sub_types(events) == ["Peaceful protest"]


def test_demonstrators_who_beat_a_driver_make_a_violent_demonstration() -> None:
    events = code("A group of demonstrators beat a driver and broke his windshield.")
    assert sub_types(events) == ["Violent demonstration"]


def test_a_crowd_that_turns_violent_in_the_next_sentence_makes_a_violent_demonstration() -> None:
    events = code("Around 500 people demonstrated in Rennes. They broke windows of a restaurant and set "
                  "cars on fire.")
    assert sub_types(events)[0] == "Violent demonstration"
    rioters = events[0].actor1
    assert rioters is not None and rioters.name.startswith("Rioters") and rioters.inter == 5


def test_what_the_crowd_denounces_in_the_next_sentence_is_no_deed_of_theirs() -> None:
    events = code("Around 500 people demonstrated in Rennes. They denounced the killing of a student.")
    assert sub_types(events)[0] == "Peaceful protest"


def test_forces_that_fire_tear_gas_in_the_next_sentence_intervene_in_the_protest() -> None:
    events = code("Around 500 people demonstrated in Rennes. Police fired tear gas to disperse them.")
    assert sub_types(events)[0] == "Protest with intervention"
    police = events[0].actor2
    assert police is not None and police.name.startswith("Police Forces") and police.inter == 1
    assert any(s.start == police.start for s in events[0].evidence)


def test_a_ban_on_protests_holds_no_protest() -> None:
    events = code("The governor's office issued a ban on all marches, protests and sit-ins in the province.")
    assert "Peaceful protest" not in sub_types(events)


def test_a_beating_by_a_group_of_people_is_mob_violence() -> None:
    events = code("A group of individuals attacked and injured a man in the market.")
    assert sub_types(events) == ["Mob violence"]


def test_a_seized_cache_of_weapons_is_disrupted_weapons_use() -> None:
    events = code("Police seized a cache of weapons which included three pistols and one hand grenade.")
    assert sub_types(events) == ["Disrupted weapons use"]


def test_an_assault_rifle_in_a_seized_cache_is_no_attack() -> None:
    events = code("Soldiers recovered a cache of arms which included an assault rifle and 136 rounds of "
                  "ammunition.")
    assert sub_types(events) == ["Disrupted weapons use"]


def test_helicopters_shot_down_were_hit_by_air_defence() -> None:
    events = code("Russian forces shot down two Ukrainian helicopters near the village.")
    assert sub_types(events) == ["Shelling/artillery/missile attack"]


def test_projectiles_fired_are_shelling() -> None:
    events = code("Monitors observed two projectiles fired near the village.")
    assert sub_types(events) == ["Shelling/artillery/missile attack"]


def test_gangs_that_exchange_heavy_fire_fight_a_battle() -> None:
    events = code("Rival drug traffickers exchanged heavy fire in the northern neighborhoods.")
    assert sub_types(events) == ["Armed clash"]


def test_a_group_that_announces_its_formation_changes_its_activity() -> None:
    events = code("A new armed group announced its formation in Herat.")
    assert sub_types(events) == ["Change to group/activity"]


def test_a_checkpoint_erected_by_a_militia_is_a_base_established() -> None:
    events = code("Clan militiamen erected a checkpoint near the village.")
    assert sub_types(events) == ["Headquarters or base established"]


def test_a_picture_set_on_fire_in_the_next_sentence_keeps_the_protest_peaceful() -> None:
    events = code("Locals held a protest against the military. They set a picture of the prime minister "
                  "on fire.")
    assert sub_types(events)[0] == "Peaceful protest"


def test_mortars_answered_with_fire_in_the_next_sentence_make_a_battle() -> None:
    events = code("Militants fired mortar shells at the army base. The soldiers fired back with machine "
                  "guns.")
    assert sub_types(events)[0] == "Armed clash"


def test_a_grenade_answered_with_gunfire_makes_a_battle() -> None:
    events = code("Militants threw a hand grenade at soldiers at a checkpoint, and the soldiers returned "
                  "fire.")
    assert sub_types(events)[0] == "Armed clash"


def test_projectiles_fired_in_both_directions_make_a_battle() -> None:
    events = code("Monitors observed 16 projectiles in both directions of the frontline near the village.")
    assert sub_types(events) == ["Armed clash"]


def test_a_raid_joined_to_burning_houses_is_property_destruction() -> None:
    events = code("Soldiers and police raided the village and burned down four houses.")
    assert sub_types(events) == ["Looting/property destruction"]


def test_houses_set_on_fire_are_property_destruction() -> None:
    events = code("Militiamen set houses on fire in the village.")
    assert sub_types(events) == ["Looting/property destruction"]


def test_explosions_a_man_is_accused_of_are_no_event_beside_his_arrest() -> None:
    events = code("Soldiers arrested a man at a studio, accusing him of carrying out explosions.")
    assert sub_types(events) == ["Arrests"]


def test_a_bombing_told_in_a_clause_about_the_arrested_man_is_no_event() -> None:
    events = code("Soldiers arrested the landowner who owned the land where a telecom tower was bombed.")
    assert sub_types(events) == ["Arrests"]


def test_people_evicted_by_force_are_displaced() -> None:
    events = code("Militants forcibly evicted fishermen from several hamlets along the river.")
    assert sub_types(events) == ["Other"]


def test_militants_who_run_a_checkpoint_hold_a_post() -> None:
    events = code("Militants ran a checkpoint near the village.")
    assert sub_types(events) == ["Headquarters or base established"]


def test_a_gathering_to_call_on_the_courts_is_a_protest() -> None:
    events = code("Hundreds of people gathered outside the court to call on judges to deny bail to two men.")
    assert sub_types(events) == ["Peaceful protest"]


@pytest.mark.parametrize("verb", ["began", "staged", "held"])
def test_workers_who_begin_stage_or_hold_a_strike_protest(verb: str) -> None:
    events = code(f"Dock workers {verb} a strike at the port over unpaid wages.")
    assert sub_types(events) == ["Peaceful protest"]


def test_a_seized_stockpile_of_arms_is_disrupted_weapons_use() -> None:
    events = code("Police seized a stockpile of weapons and hand grenades in a warehouse.")
    assert sub_types(events) == ["Disrupted weapons use"]


def test_fighters_who_man_a_checkpoint_hold_a_post() -> None:
    assert sub_types(code("Rebel fighters manned a checkpoint on the main road.")) == [
        "Headquarters or base established"
    ]


def test_a_crowd_kept_out_with_no_clashes_in_the_next_sentence_stays_peaceful() -> None:
    events = code("Parents protested in front of the ministry. Demonstrators tried to enter the building "
                  "but were prevented by security forces, with no clashes or violence reported.")
    assert sub_types(events)[0] == "Peaceful protest"


def test_a_killing_after_an_exchange_of_fire_with_a_group_stays_the_killing() -> None:
    events = code("The military killed a villager after exchanging fire with the local militia.")
    assert sub_types(events)[0] == "Attack"


def test_police_who_retaliate_by_exchanging_fire_make_a_battle_of_rockets() -> None:
    events = code("Militants fired two rockets at a police post. Police personnel retaliated by exchanging "
                  "fire.")
    assert sub_types(events)[0] == "Armed clash"


def test_a_helicopter_shot_down_the_day_before_is_background_to_a_suspension() -> None:
    events = code("Italy announced a suspension of air links with Serbia, one day after a Serbian army jet "
                  "shot down a helicopter carrying truce monitors.")
    assert "Shelling/artillery/missile attack" not in sub_types(events)
