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
    assert codes("RETAKE", "Government forces retook the villages.", 1)[1] == "Government regains territory"
    assert codes("CAPTURE", "Rebels captured the town.", 2)[1] == "Non-state actor overtakes territory"


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
