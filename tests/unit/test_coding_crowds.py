"""Crowd rules on real parses: grievances, symbolic burning, self-dispersal and crowd violence."""

from __future__ import annotations

import pytest

from frontlines.coding.crowds import (
    blockade_by_sea,
    crowd_violence,
    dispersed_itself,
    folded_triggers,
    in_grievance,
    protest_mode,
    symbolic_burning,
)
from frontlines.coding.lexicon import Trigger, cues_in, find_triggers
from frontlines.model import Document, Sentence, Token
from frontlines.stages.analyze import Analyze

pytestmark = pytest.mark.slow


def parsed(text: str) -> tuple[list[Token], Sentence]:
    doc = Analyze()(Document("c", text))
    assert doc.analysis is not None and len(doc.analysis.sentences) == 1
    return doc.analysis.tokens, doc.analysis.sentences[0]


def trigger(tokens: list[Token], sent: Sentence, frame: str) -> Trigger:
    return next(t for t in find_triggers(tokens, sent) if t.frame == frame)


def test_a_killing_a_protest_is_against_lies_in_its_grievance() -> None:
    text = "Hundreds of students marched in Kano against the killing of six farmers."
    tokens, sent = parsed(text)
    assert in_grievance(tokens, sent, text, trigger(tokens, sent, "KILL"))
    assert not in_grievance(tokens, sent, text, trigger(tokens, sent, "PROTEST"))


def test_a_crowd_dispersing_of_itself_is_told_apart_from_one_dispersed_by_police() -> None:
    tokens, sent = parsed("The crowd dispersed after officials promised an inquiry.")
    assert dispersed_itself(tokens, sent, trigger(tokens, sent, "DISPERSE"))
    tokens, sent = parsed("Police dispersed the crowd with batons.")
    assert not dispersed_itself(tokens, sent, trigger(tokens, sent, "DISPERSE"))
    tokens, sent = parsed("The crowd was dispersed by police.")
    assert not dispersed_itself(tokens, sent, trigger(tokens, sent, "DISPERSE"))


def test_burning_an_effigy_is_a_protest_but_burning_shops_is_not() -> None:
    burning = Trigger("LOOT", 1, 2)
    assert symbolic_burning(burning, cues_in("an effigy of the governor")).frame == "PROTEST"
    assert symbolic_burning(burning, cues_in("shops and cars")).frame == "LOOT"
    assert symbolic_burning(Trigger("ATTACK", 1, 2), cues_in("a flag")).frame == "ATTACK"


def test_only_real_violence_is_folded_into_a_crowd_event() -> None:
    tokens, sent = parsed("Protesters marched in Dhaka demanding the arrest of the mayor.")
    folded = folded_triggers(tokens, sent, find_triggers(tokens, sent), crowd=True)
    assert [t.frame for t in folded] == ["PROTEST"]
    assert folded_triggers(tokens, sent, find_triggers(tokens, sent), crowd=False) == []


def test_demonstrators_assaulting_passers_by_is_the_crowds_own_violence() -> None:
    text = "Lawyers assaulted passers-by during a demonstration in Bhopal."
    tokens, sent = parsed(text)
    folded = folded_triggers(tokens, sent, find_triggers(tokens, sent), crowd=True)
    assert crowd_violence(tokens, sent, [], folded, cues_in(text))
    text = "Lawyers said police attacks on their demonstrations are frequent."
    tokens, sent = parsed(text)
    folded = [t for t in find_triggers(tokens, sent) if t.frame == "ATTACK"]
    assert not crowd_violence(tokens, sent, [], folded, cues_in(text))


def test_a_naval_blockade_is_no_crowd_but_a_road_blockade_is() -> None:
    blocking = Trigger("PROTEST", 3, 4)
    naval = cues_in("The alliance will tighten the naval blockade of the port")
    assert blockade_by_sea(blocking, naval).frame == "COERCE"
    road = cues_in("Farmers kept up their blockade of the highway")
    assert blockade_by_sea(blocking, road).frame == "PROTEST"


def test_a_protest_mode_follows_its_words() -> None:
    assert protest_mode("hunger strike") == "hunger"
    assert protest_mode("general strike") == "strike"
    assert protest_mode("boycott") == "boycott"
    assert protest_mode("blocked") == "obstruct"
    assert protest_mode("marched rally") == "demo"
