"""Frames plus context to ACLED types/sub-types and PLOVER events."""

from __future__ import annotations

from frontlines.coding.classify import classify, crowd_event
from frontlines.coding.lexicon import cues_in


def codes(
    frame: str, text: str, actor1: int | None = None, actor2: int | None = None
) -> tuple[str, str, str]:
    coding = classify(frame, cues_in(text), actor1, actor2)
    assert coding is not None
    return coding.acled_type, coding.acled_sub_type, coding.plover


def test_a_killing_by_a_suicide_bomber_is_a_suicide_bomb() -> None:
    text = "A suicide bomber blew himself up, and at least 12 people were killed."
    assert codes("KILL", text) == ("Explosions/Remote violence", "Suicide bomb", "ASSAULT")


def test_an_airstrike_is_remote_violence_even_on_civilians() -> None:
    assert codes("AIRSTRIKE", "An airstrike hit the village.", None, 7)[1] == "Air/drone strike"


def test_shelling_and_roadside_bombs_have_their_own_sub_types() -> None:
    assert codes("SHELL", "Artillery shelled the town.")[1] == "Shelling/artillery/missile attack"
    assert codes("BOMB", "A roadside bomb exploded.")[1] == "Remote explosive/landmine/IED"


def test_fighting_between_armed_actors_is_an_armed_clash() -> None:
    assert codes("ATTACK", "Taliban fighters attacked a checkpoint.", 2, 1)[:2] == ("Battles", "Armed clash")


def test_killing_civilians_is_violence_against_civilians() -> None:
    assert codes("KILL", "Gunmen killed five villagers.", 3, 7)[:2] == (
        "Violence against civilians",
        "Attack",
    )


def test_abduction_and_arrest_have_fixed_codes() -> None:
    assert codes("ABDUCT", "Gunmen kidnapped a teacher.")[1] == "Abduction/forced disappearance"
    assert codes("ARREST", "Police arrested 20 people.")[:3] == (
        "Strategic developments",
        "Arrests",
        "COERCE",
    )


def test_state_forces_retaking_villages_regain_territory() -> None:
    assert codes("RETAKE", "Government forces retook the villages after a battle.", 1)[1] == (
        "Government regains territory"
    )
    taken = codes("CAPTURE", "Rebels captured the town after clashes.", 2)[1]
    assert taken == "Non-state actor overtakes territory"


def test_capturing_a_person_is_no_change_of_territory() -> None:
    assert classify("CAPTURE", cues_in("Rebels captured a commander."), 2, None) is None


def test_meetings_are_plover_consult_without_an_acled_type() -> None:
    assert codes("MEET", "Elders met commanders.") == ("", "", "CONSULT")


def test_a_protest_met_with_tear_gas_is_a_protest_with_intervention() -> None:
    coding = crowd_event(frozenset({"PROTEST"}), cues_in("Police fired tear gas at the protest."), 6)
    assert (coding.acled_type, coding.acled_sub_type) == ("Protests", "Protest with intervention")


def test_a_crowd_throwing_stones_is_a_riot() -> None:
    coding = crowd_event(frozenset({"PROTEST"}), cues_in("Protesters threw stones at police."), 6)
    assert coding.acled_sub_type == "Violent demonstration"


def test_protesters_shot_dead_by_police_is_excessive_force() -> None:
    coding = crowd_event(frozenset({"PROTEST", "KILL"}), cues_in("Police shot dead two protesters."), 1)
    assert coding.acled_sub_type == "Excessive force against protesters"


def test_a_mob_lynching_is_mob_violence() -> None:
    coding = crowd_event(frozenset({"RIOT", "KILL"}), cues_in("A mob lynched a man."), 5)
    assert (coding.acled_type, coding.acled_sub_type) == ("Riots", "Mob violence")


def test_troop_deployments_are_plover_mobilize() -> None:
    assert codes("MOBILIZE", "Russia deployed 2,000 troops.")[2] == "MOBILIZE"


def test_violence_by_civilians_or_party_supporters_is_mob_violence() -> None:
    assert codes("ATTACK", "Villagers beat a suspected thief.", 7)[:2] == ("Riots", "Mob violence")
    assert codes("CLASH", "Supporters of two candidates clashed.")[:2] == ("Riots", "Mob violence")


def test_party_supporters_do_not_turn_an_armed_clash_into_a_riot() -> None:
    assert codes("CLASH", "Rebels and supporters of the army clashed.", 2, 1)[1] == "Armed clash"


def test_a_crowd_with_rioters_is_never_a_peaceful_protest() -> None:
    coding = crowd_event(frozenset({"WOUND"}), cues_in("Soldiers injured a rioter."), 1, rioters=True)
    assert coding.acled_sub_type == "Violent demonstration"


def test_deaths_mentioned_at_a_protest_without_forces_are_no_excessive_force() -> None:
    cues = cues_in("Families marched to demand justice for relatives who were killed last year.")
    assert crowd_event(frozenset({"PROTEST", "KILL"}), cues, 6).acled_sub_type == "Peaceful protest"


def test_an_arrest_recalled_by_protesters_is_no_intervention() -> None:
    cues = cues_in("Teachers protested over the arrest of a colleague.")
    assert crowd_event(frozenset({"PROTEST"}), cues, 6).acled_sub_type == "Peaceful protest"
    cues = cues_in("Police arrested ten protesters at the rally.")
    coding = crowd_event(frozenset({"PROTEST", "ARREST"}), cues, 6)
    assert coding.acled_sub_type == "Protest with intervention"


def test_rioting_with_no_demonstration_is_mob_violence() -> None:
    coding = crowd_event(frozenset({"RIOT"}), cues_in("Riots broke out after a driver was killed."), None)
    assert (coding.acled_type, coding.acled_sub_type) == ("Riots", "Mob violence")


def test_a_fight_between_unarmed_groups_is_mob_violence() -> None:
    fight = "Youths of two villages clashed over a football match."
    assert codes("CLASH", fight)[:2] == ("Riots", "Mob violence")
    assert codes("CLASH", "Youths and soldiers clashed.", None, 1)[:2] == ("Battles", "Armed clash")


def test_shooting_an_unarmed_target_is_an_attack_on_civilians() -> None:
    assert codes("ATTACK", "Gunmen shot at the director of the hospital.", 3)[:2] == (
        "Violence against civilians",
        "Attack",
    )
    assert codes("ATTACK", "Gunmen shot at a military post.", 3)[:2] == ("Battles", "Armed clash")


def test_troop_movements_are_a_change_to_group_activity() -> None:
    assert codes("MOBILIZE", "A convoy of troops reached the front.")[:2] == (
        "Strategic developments",
        "Change to group/activity",
    )


def test_seizing_goods_is_looting_and_state_forces_seizing_weapons_disrupt_them() -> None:
    looted = classify("CAPTURE", cues_in("seized the cattle of the village"), 2, None, cues_in("the cattle"))
    assert looted is not None and looted.acled_sub_type == "Looting/property destruction"
    seized = classify("CAPTURE", cues_in("seized rifles"), 1, None, cues_in("rifles and ammunition"))
    assert seized is not None and seized.acled_sub_type == "Disrupted weapons use"


def test_a_place_taken_without_a_fight_is_a_non_violent_transfer() -> None:
    cues = cues_in("Rebels took control of the town peacefully after the army left the area.")
    coding = classify("CAPTURE", cues, 2, None, cues_in("control of the town"))
    assert coding is not None and coding.acled_sub_type == "Non-violent transfer of territory"


def test_a_rebel_group_detaining_people_abducts_them() -> None:
    assert codes("ARREST", "The rebels detained three villagers.", 2)[1] == "Abduction/forced disappearance"
    assert codes("ARREST", "Police detained three villagers.", 1)[1] == "Arrests"


def test_rioters_who_start_a_clash_with_no_demonstration_are_a_mob() -> None:
    cues = cues_in("Rioters clashed with soldiers near the checkpoint.")
    assert crowd_event(frozenset({"CLASH"}), cues, 5, rioters=True).acled_sub_type == "Mob violence"
    cues = cues_in("Demonstrators clashed with police during the march.")
    assert crowd_event(frozenset({"PROTEST", "CLASH"}), cues, 6).acled_sub_type == "Violent demonstration"


def test_a_group_beating_someone_with_sticks_is_mob_violence() -> None:
    beating = "A group of men attacked two labourers with sticks."
    assert codes("ATTACK", beating)[:2] == ("Riots", "Mob violence")
    shooting = "Gunmen attacked two labourers with rifles."
    assert codes("ATTACK", shooting, 3)[:2] == ("Violence against civilians", "Attack")


def test_demonstrators_who_burn_property_riot() -> None:
    cues = cues_in("Lawyers burned a truck during a demonstration on the highway.")
    assert crowd_event(frozenset({"PROTEST", "LOOT"}), cues, 6).acled_sub_type == "Violent demonstration"


def test_a_clash_at_a_protest_is_a_riot_whoever_the_parse_makes_its_actor() -> None:
    cues = cues_in("Villagers clashed with police during a demonstration over land.")
    assert crowd_event(frozenset({"PROTEST", "CLASH"}), cues, 1).acled_sub_type == "Violent demonstration"


def test_riot_police_at_a_protest_make_no_riot() -> None:
    cues = cues_in("Riot police stood by as farmers marched to the ministry.")
    assert crowd_event(frozenset({"PROTEST"}), cues, 6).acled_sub_type == "Peaceful protest"


def test_a_crowd_that_attacks_during_a_protest_riots() -> None:
    cues = cues_in("Students assaulted passers-by during the march.")
    coding = crowd_event(frozenset({"PROTEST", "ATTACK"}), cues, None, attacked=True)
    assert coding.acled_sub_type == "Violent demonstration"


def test_excessive_force_needs_violence_in_the_scene_not_just_a_death_in_the_words() -> None:
    cues = cues_in("Police watched as mourners marched for the man killed last week.")
    assert crowd_event(frozenset({"PROTEST"}), cues, 6).acled_sub_type == "Peaceful protest"


def test_people_displaced_are_a_strategic_development_of_sub_type_other() -> None:
    assert codes("DISPLACE", "Some 300 families fled the village.") == (
        "Strategic developments",
        "Other",
        "RETREAT",
    )


def test_killing_a_former_or_off_duty_soldier_is_an_attack_on_a_civilian() -> None:
    text = "Gunmen killed a former army officer at his home."
    coding = classify("KILL", cues_in(text), 3, None, cues_in("a former army officer at his home"))
    assert coding is not None and coding.acled_sub_type == "Attack"
    coding = classify("KILL", cues_in("Gunmen killed an army officer."), 3, None, cues_in("an army officer"))
    assert coding is not None and coding.acled_sub_type == "Armed clash"


def test_gunfire_that_erupted_between_two_sides_is_a_clash() -> None:
    text = "Heavy gunfire erupted between the rebels and the army near the market."
    coding = classify("ATTACK", cues_in(text), None, None, cues_in("near the market"))
    assert coding is not None and coding.acled_sub_type == "Armed clash"


def test_houses_wrecked_by_unnamed_people_in_a_wave_of_unrest_are_mob_violence() -> None:
    text = "Unidentified persons vandalised a shop amid the outbreak of violence after the election."
    assert codes("LOOT", text, 3)[:2] == ("Riots", "Mob violence")
    hacked = "Unidentified persons hacked a trader to death amid the unrest."
    assert codes("KILL", hacked, 3)[1] == "Mob violence"
    assert codes("LOOT", "Militants burned a school in the village.", 2)[1] == "Looting/property destruction"
    assert codes("KILL", "Gunmen shot a trader dead amid the unrest.", 3)[1] == "Attack"


def test_a_beating_by_unarmed_people_is_mob_violence_and_by_police_an_attack() -> None:
    assert codes("ATTACK", "Motorists cornered and beat up two suspected robbers.")[1] == "Mob violence"
    assert codes("ATTACK", "Police officers beat a detainee in custody.", 1, 7)[1] == "Attack"


def test_an_explosion_takes_the_weapon_named_and_is_an_ied_when_none_is() -> None:
    assert codes("BOMB", "Monitors heard explosions involving artillery near the town.")[1] == (
        "Shelling/artillery/missile attack"
    )
    assert codes("BOMB", "An explosion hit the market.")[1] == "Remote explosive/landmine/IED"


def test_hacking_into_computers_is_cyber_coercion_not_an_attack() -> None:
    text = "Hackers tried to hack into the computers of army officers."
    coding = classify("ATTACK", cues_in(text), None, None)
    assert coding is not None and (coding.acled_type, coding.plover, coding.mode) == ("", "COERCE", "cyber")
    coding = classify("ATTACK", cues_in("Militants hacked a farmer to death with machetes."), None, None)
    assert coding is not None and coding.plover == "ASSAULT"


def test_an_offer_or_acceptance_is_a_plover_agreement_only() -> None:
    coding = classify("PLEDGE", cues_in("The republic offered its troops."), 1, None)
    assert coding is not None and (coding.acled_type, coding.plover) == ("", "AGREE")


def test_leaving_office_or_demobilising_is_a_plover_retreat_only() -> None:
    coding = classify("STEPDOWN", frozenset(), 1, None)
    assert coding is not None and (coding.acled_type, coding.plover) == ("", "RETREAT")


def test_prisoners_who_riot_are_a_mob_for_acled_and_a_riot_for_plover() -> None:
    # PLOVER files riots under PROTEST (mode riot) even when ACLED sees no demonstration behind them.
    coding = crowd_event(frozenset({"RIOT"}), cues_in("Prisoners rioted at the jail, smashing furniture."), 5)
    assert (coding.acled_sub_type, coding.plover, coding.mode) == ("Mob violence", "PROTEST", "riot")


def test_a_crowd_that_clashes_without_rioting_is_still_an_assault_for_plover() -> None:
    coding = crowd_event(frozenset({"CLASH"}), cues_in("Youths clashed with soldiers in the market."), 5)
    assert (coding.acled_sub_type, coding.plover) == ("Mob violence", "ASSAULT")


def test_a_suspected_thief_shot_dead_by_gunmen_is_an_attack_not_mob_justice() -> None:
    text = "A suspected thief was shot and killed by members of a drug trafficking group."
    assert codes("KILL", text, 3)[:2] == ("Violence against civilians", "Attack")


def test_a_suspected_thief_beaten_to_death_is_mob_justice() -> None:
    text = "A suspected thief was beaten to death in the market."
    assert codes("KILL", text)[:2] == ("Riots", "Mob violence")


def test_a_fighter_jet_shot_down_is_a_missile_attack() -> None:
    coding = classify("DEFUSE", cues_in("Ukrainian forces shot down a Russian Su-25 aircraft."), 1, None,
                      cues_in("a Russian Su-25 aircraft"))
    assert coding is not None and coding.acled_sub_type == "Shelling/artillery/missile attack"


def test_a_drone_shot_down_is_disrupted_weapons_use() -> None:
    coding = classify("DEFUSE", cues_in("Air defence shot down a drone."), 1, None, cues_in("a drone"))
    assert coding is not None and coding.acled_sub_type == "Disrupted weapons use"


def test_a_man_found_with_gunshot_wounds_and_called_a_thief_was_shot_not_lynched() -> None:
    text = "A man was killed and his body was found with gunshot wounds and a message calling him a thief."
    assert codes("KILL", text)[:2] == ("Violence against civilians", "Attack")
