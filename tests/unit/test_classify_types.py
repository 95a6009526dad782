"""Frames plus context to ACLED sub-types: the rules added for issue 6."""

from __future__ import annotations

from test_coding_classify import codes

from frontlines.coding.classify import crowd_event
from frontlines.coding.lexicon import cues_in


def test_a_missile_test_fired_into_the_sea_is_a_change_of_activity() -> None:
    text = "The country test-fired a ballistic missile into the sea off its east coast."
    assert codes("SHELL", text) == ("Strategic developments", "Change to group/activity", "MOBILIZE")


def test_a_missile_fired_at_a_town_is_still_shelling() -> None:
    text = "The army fired a ballistic missile at the town."
    assert codes("SHELL", text, 1)[1] == "Shelling/artillery/missile attack"


def test_a_surrender_is_an_agreement_and_a_retreat() -> None:
    assert codes("SURRENDER", "Forty militiamen surrendered to the army.", 3, 1) == (
        "Strategic developments", "Agreement", "RETREAT"
    )


def test_a_remote_explosive_is_an_ied() -> None:
    text = "Militants set off a remote-controlled device under an army vehicle."
    assert "ied" in cues_in(text)


def test_live_bullets_fired_to_disperse_a_crowd_are_excessive_force() -> None:
    cues = cues_in("Police fired live bullets to disperse the crowd.")
    coding = crowd_event(frozenset({"DISPERSE"}), cues, 1)
    assert coding.acled_sub_type == "Excessive force against protesters"


def test_a_body_found_beaten_with_no_one_named_is_an_attack_not_a_mob() -> None:
    text = "A woman was killed and her body was found with signs of having been beaten."
    assert codes("KILL", text)[1] == "Attack"


def test_villagers_who_beat_a_man_are_a_mob() -> None:
    assert codes("ATTACK", "Villagers beat up a man they accused of theft.", 7)[1] == "Mob violence"


def test_a_clash_with_soldiers_who_fire_tear_gas_is_a_mob_when_no_demonstration_is_told() -> None:
    cues = cues_in("Clashes erupted between villagers and soldiers who fired tear gas at them.")
    assert crowd_event(frozenset({"CLASH", "DISPERSE"}), cues, None).acled_sub_type == "Mob violence"


def test_a_clash_at_a_demonstration_dispersed_with_tear_gas_is_a_violent_demonstration() -> None:
    cues = cues_in("Demonstrators clashed with soldiers who fired tear gas at them.")
    coding = crowd_event(frozenset({"PROTEST", "CLASH", "DISPERSE"}), cues, 6)
    assert coding.acled_sub_type == "Violent demonstration"


def test_a_quarrel_between_families_that_turns_violent_is_mob_violence() -> None:
    text = "Four were wounded after an altercation over a land dispute between two families turned violent."
    assert codes("WOUND", text)[1] == "Mob violence"


def test_an_armed_clash_between_gang_suspects_is_a_battle_not_a_mob() -> None:
    text = "There was an armed clash between gang suspects in the neighbourhood."
    assert codes("CLASH", text)[1] == "Armed clash"


def test_a_mine_left_over_from_an_old_war_is_a_strategic_development() -> None:
    text = "A mine left over from the war exploded in a field, injuring three porters."
    assert codes("BOMB", text)[:2] == ("Strategic developments", "Other")


def test_a_mine_laid_by_rebels_is_still_an_ied() -> None:
    text = "A mine planted by rebels exploded under a bus."
    assert codes("BOMB", text, 2)[1] == "Remote explosive/landmine/IED"


def test_militants_who_attack_protesters_attack_civilians() -> None:
    cues = cues_in("Militants attacked protesters in the market.")
    coding = crowd_event(frozenset({"ATTACK"}), cues, 2)
    assert (coding.acled_type, coding.acled_sub_type) == ("Violence against civilians", "Attack")


def test_police_who_beat_protesters_intervene_in_their_protest() -> None:
    cues = cues_in("Police beat protesters in the market.")
    assert crowd_event(frozenset({"ATTACK"}), cues, 1).acled_sub_type == "Protest with intervention"


def test_security_agents_who_end_a_sit_in_intervene_in_it() -> None:
    cues = cues_in("Security agents intervened and ended the sit-in.")
    assert crowd_event(frozenset({"PROTEST"}), cues, None).acled_sub_type == "Protest with intervention"
