"""PLOVER events on real parses: complaints, lawsuits and inquiries; suspensions; riots; what came before."""

from __future__ import annotations

import pytest
from test_events import code

from frontlines.model import Event

pytestmark = pytest.mark.slow


def plover(events: list[Event]) -> list[str]:
    return [e.plover_event for e in events if e.plover_event]


def most_confident(events: list[Event]) -> str:
    return max(events, key=lambda e: e.confidence).plover_event


def test_summoning_an_ambassador_to_complain_is_an_accusation() -> None:
    events = code("The minister summoned the ambassador to complain of inaction over the gangs.")
    assert "ACCUSE" in plover(events)


def test_suing_a_government_is_an_accusation() -> None:
    events = code("A Saudi businessman is suing the United States for damages to his plant.")
    assert plover(events) == ["ACCUSE"]


def test_a_judge_who_opens_investigations_accuses() -> None:
    events = code("Judge Alejandro Rivera opened fraud investigations against 28 government officials.")
    assert plover(events) == ["ACCUSE"]


def test_a_suspension_of_air_links_is_a_sanction() -> None:
    events = code("Italy announced a suspension of air links with Serbia on Wednesday.")
    assert plover(events) == ["SANCTION"]


def test_prisoners_who_riot_protest_for_plover() -> None:
    events = code("Prisoners rioted at a jail in Dili on Monday.")
    assert [(e.plover_event, e.plover_mode) for e in events] == [("PROTEST", "riot")]


def test_gunfire_told_as_what_came_before_ranks_below_the_news() -> None:
    events = code("Red Cross officials suspended aid deliveries in Baghdad after two of their vehicles "
                  "were hit by gunfire.")
    assert most_confident(events) == "SANCTION"


def test_truce_monitors_make_no_agreement() -> None:
    events = code("Italy announced a suspension of air links after a jet shot down a helicopter "
                  "carrying truce monitors.")
    assert "AGREE" not in plover(events)


def test_a_truce_agreed_is_an_agreement() -> None:
    events = code("The two sides agreed a truce in the town on Monday.")
    assert plover(events)[:1] == ["AGREE"]


def test_clashes_told_as_the_backdrop_amidst_which_a_curfew_came_rank_lower() -> None:
    def clash_confidence(text: str) -> float:
        return next(e.confidence for e in code(text) if e.plover_event == "ASSAULT")

    backdrop = clash_confidence("Authorities imposed a curfew in the town amidst clashes between rivals.")
    during = clash_confidence("Authorities imposed a curfew in the town during clashes between rivals.")
    assert backdrop < during
