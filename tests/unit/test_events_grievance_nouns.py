"""What a protest is about stays out of what the crowd did: a bracketed short name inside the
grievance does not end it, and the person the grievance names, told acting in the next sentence, is
not the crowd turning violent."""

from __future__ import annotations

import pytest
from builders import sub_types
from test_events import code

from frontlines.coding.lexicon import grievance_spans

pytestmark = pytest.mark.slow


def test_a_bracketed_short_name_does_not_end_the_grievance() -> None:
    text = "Traders rallied against the killing of a market union (BMU) leader in a brawl, police said."
    ((start, end),) = grievance_spans(text)
    assert text[start:end].strip() == "the killing of a market union (BMU) leader in a brawl"


def test_a_clash_named_after_a_bracketed_short_name_is_still_the_grievance() -> None:
    events = code("On Monday traders staged a protest in Narail town, against the killing of a market union "
                  "(BMU) leader in a clash earlier that week.")
    assert sub_types(events)[0] == "Peaceful protest"


def test_the_wrongdoer_of_the_grievance_acting_next_is_not_the_crowd() -> None:
    events = code("On Monday pupils staged a protest in Narail town (Narail Sadar, Khulna), against the "
                  "beating of a pupil by a guard. The guard had beaten him with a stick.")
    assert sub_types(events)[0] == "Peaceful protest"


def test_the_crowd_named_again_and_turning_violent_is_still_a_riot() -> None:
    events = code("On Monday traders staged a protest in Narail town against a new levy. The traders later "
                  "pelted stones at the council office.")
    assert sub_types(events)[0] == "Violent demonstration"
