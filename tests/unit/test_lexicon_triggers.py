"""Trigger words added or narrowed for issue 6, on hand-made tokens."""

from __future__ import annotations

from test_coding_lexicon import frames


def test_located_with_a_preposition_says_where_something_is() -> None:
    found = frames(("station", "station", "NOUN"), ("located", "locate", "VERB"), ("in", "in", "ADP"),
                   ("Ward", "ward", "PROPN"))  # fmt: skip
    assert found == []


def test_located_with_an_object_finds_it() -> None:
    found = frames(("Troops", "troop", "NOUN"), ("located", "locate", "VERB"), ("a", "a", "DET"),
                   ("mine", "mine", "NOUN"))  # fmt: skip
    assert ("DEFUSE", "located") in found


def test_a_remote_explosive_is_a_bomb() -> None:
    found = frames(("a", "a", "DET"), ("remote", "remote", "ADJ"), ("explosive", "explosive", "ADJ"),
                   ("attack", "attack", "NOUN"))  # fmt: skip
    assert found[0] == ("BOMB", "remote explosive")


def test_laying_down_arms_is_a_surrender() -> None:
    found = frames(("fighters", "fighter", "NOUN"), ("laid", "lay", "VERB"), ("down", "down", "ADP"),
                   ("their", "their", "PRON"), ("arms", "arm", "NOUN"))  # fmt: skip
    assert found == [("SURRENDER", "laid down their arms")]


def test_announcing_the_formation_of_a_group_is_a_change_to_it() -> None:
    found = frames(("soldiers", "soldier", "NOUN"), ("announced", "announce", "VERB"), ("the", "the", "DET"),
                   ("formation", "formation", "NOUN"))  # fmt: skip
    assert found == [("CHANGE", "announced the formation")]
