"""Fire seen or heard from afar, and property wrecked by residents: classify on cue sets (the cue words
themselves are the lexicon's)."""

from __future__ import annotations

from frontlines.coding.classify import classify


def sub_type(frame: str, cues: set[str], actor1: int | None = None, actor2: int | None = None) -> str:
    coding = classify(frame, frozenset(cues), actor1, actor2)
    assert coding is not None
    return coding.acled_sub_type


def test_blasts_observed_with_no_weapon_named_are_shelling() -> None:
    # "Monitors observed 12 explosions near the village."
    assert sub_type("BOMB", {"observed", "territory"}) == "Shelling/artillery/missile attack"


def test_a_blast_nobody_observed_from_afar_is_still_an_ied() -> None:
    # "An explosion went off near the village."
    assert sub_type("BOMB", {"territory"}) == "Remote explosive/landmine/IED"


def test_a_bomb_named_beside_the_observed_blasts_keeps_its_kind() -> None:
    # "Witnesses heard a car bomb explode near the market."
    assert sub_type("BOMB", {"observed", "ied", "civilian"}) == "Remote explosive/landmine/IED"


def test_shots_observed_with_no_target_named_are_an_exchange_of_fire() -> None:
    # "Monitors recorded 25 bursts of small-arms fire near the front line."
    assert sub_type("ATTACK", {"observed", "firearms", "small_arms"}) == "Armed clash"


def test_shots_heard_before_a_body_was_found_are_no_exchange_of_fire() -> None:
    # "Residents heard gunshots, and a body was found in the morning."
    assert sub_type("ATTACK", {"observed", "firearms", "civilian"}) == "Attack"


def test_property_wrecked_by_residents_is_mob_violence() -> None:
    # "Residents set fire to the police post."
    assert sub_type("LOOT", {"armed"}, 7) == "Mob violence"


def test_property_wrecked_by_unknown_people_is_property_destruction() -> None:
    # "Unknown people set fire to a school."
    assert sub_type("LOOT", {"civilian"}) == "Looting/property destruction"
