"""Deaths told in a relative clause that says who the doers are ("militants who killed five villagers
last year") are their past, not the toll of the event the sentence tells."""

from __future__ import annotations

import pytest
from test_events import code

pytestmark = pytest.mark.slow


def test_dead_of_a_relative_clause_are_not_the_attacks_toll() -> None:
    events = code("Militants who killed five villagers last year raided a police outpost on Monday.")
    assert events[0].acled_sub_event_type == "Armed clash"
    assert events[0].size.dead is None and events[0].fatalities == 0


def test_the_attacks_own_dead_are_still_counted_beside_such_a_clause() -> None:
    events = code("Rebels who had shot three herders in April ambushed an army convoy near Moyale on Friday, "
                  "killing two soldiers.")
    assert [(e.acled_sub_event_type, e.fatalities) for e in events] == [("Armed clash", 2)]


def test_a_clause_that_tells_the_toll_of_the_attack_still_counts() -> None:
    events = code("Gunmen ambushed a minibus on the Garsen road, which left four passengers dead.")
    assert events[0].fatalities == 4


def test_an_arrest_takes_no_dead_the_killing_it_follows_is_another_event() -> None:
    events = code("On Monday police detained the bandits who killed three herders near Lodwar last week.")
    assert [(e.acled_sub_event_type, e.fatalities) for e in events] == [("Arrests", 0)]
    events = code("Bandits killed three farmers near Lodwar on Monday. Police later detained two suspects.")
    assert events[0].fatalities == 3
    assert [(e.acled_sub_event_type, e.fatalities) for e in events[1:]] == [("Arrests", 0)]
