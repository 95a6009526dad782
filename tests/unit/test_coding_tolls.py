"""Death tolls told in a sentence after the event's own."""

from __future__ import annotations

from frontlines.coding.tolls import attach_tolls, has_toll
from frontlines.model import Event, Sentence, Span

TEXT = "Soldiers shelled the village. Three civilians died.\nTalks were held. Two people died."


def event(kind: str, at: int) -> Event:
    return Event("e", kind, "", "ASSAULT", evidence=[Span(at, at + 5)])


def sentence(words: str) -> Sentence:
    start = TEXT.index(words)
    return Sentence(start, start + len(words), 0, 0)


def test_a_toll_in_a_quiet_sentence_belongs_to_the_lethal_event_before_it() -> None:
    shelling = event("Explosions/Remote violence", 0)
    attach_tolls(TEXT, [sentence("Three civilians died.")], [shelling])
    assert (shelling.fatalities, shelling.size.dead) == (3, 3)


def test_a_toll_crosses_no_paragraph_and_goes_to_no_meeting() -> None:
    shelling, talks = event("Explosions/Remote violence", 0), event("", TEXT.index("Talks"))
    attach_tolls(TEXT, [sentence("Two people died.")], [shelling, talks])
    assert shelling.size.dead is None and talks.size.dead is None


def test_only_violent_sub_types_have_dead_of_their_own() -> None:
    assert has_toll("Attack") and has_toll("Mob violence") and has_toll("Disrupted weapons use")
    assert not has_toll("Peaceful protest")
    assert not has_toll("Arrests") and not has_toll("Agreement") and not has_toll("Change to group/activity")
