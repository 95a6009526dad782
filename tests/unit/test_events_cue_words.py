"""Cue words of issue 6's round on riots and fire seen from afar: blasts and shots observed by monitors,
gatherings in front of a building, groups of assailants, armed individuals."""

from __future__ import annotations

import pytest
from builders import sub_types
from test_events import code

from frontlines.coding.lexicon import cues_in

pytestmark = pytest.mark.slow


def test_blasts_observed_from_afar_are_shelling() -> None:
    events = code("Monitors observed 12 explosions near Kalo.")
    assert sub_types(events) == ["Shelling/artillery/missile attack"]


def test_shots_observed_from_afar_are_an_exchange_of_fire() -> None:
    assert sub_types(code("Monitors observed 25 shots involving small arms near Kalo.")) == ["Armed clash"]


def test_people_gathered_outside_a_court_protest() -> None:
    assert sub_types(code("Dozens of people gathered outside the court in the city.")) == ["Peaceful protest"]


def test_a_group_of_assailants_who_beat_an_official_is_a_mob() -> None:
    events = code("A group of assailants attacked and injured an official at a polling booth.")
    assert sub_types(events) == ["Mob violence"]


def test_armed_individuals_are_armed() -> None:
    assert "armed" in cues_in("Two armed individuals abducted a man in the town.")
