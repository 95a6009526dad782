"""Death tolls told after the event: "Russian forces shelled the town. Three civilians were killed."."""

from __future__ import annotations

from frontlines.coding.numbers import find_counts
from frontlines.model import Event, Sentence

# Types whose events can have a death toll of their own.
LETHAL_TYPES = frozenset({
    "Battles", "Explosions/Remote violence", "Violence against civilians", "Riots", "Protests",
})  # fmt: skip
# A peaceful protest has no dead: deaths told of it are what it is about ("mourners marched for three
# men killed by police"), or they make it another sub-type (ACLED codes a peaceful protest's
# fatalities as 0).
PEACEFUL = "Peaceful protest"
# Nor do strategic developments without violence: deaths told beside an arrest, a deal, a base set up
# or a group's change are those of another event ("police arrested the gunmen who killed three"),
# which ACLED codes apart; disrupted weapons use and "Other" may still have dead of their own.
UNHARMING = frozenset({
    "Arrests", "Agreement", "Change to group/activity", "Headquarters or base established",
    "Non-violent transfer of territory", "Looting/property destruction",
})  # fmt: skip


def has_toll(sub_type: str) -> bool:
    """Whether an event of this ACLED sub-type can have dead of its own: not a peaceful protest,
    nor a strategic development without violence (`UNHARMING`)."""
    return sub_type != PEACEFUL and sub_type not in UNHARMING


def attach_tolls(text: str, quiet: list[Sentence], mentions: list[Event]) -> None:
    """Give a toll from a sentence with no event of its own ("1 fatality.") to the nearest earlier
    lethal mention of its paragraph that reports none."""
    for sent in quiet:
        dead = find_counts(text[sent.start : sent.end]).dead
        if not dead:
            continue
        paragraph = text.rfind("\n", 0, sent.start) + 1
        earlier = [m for m in mentions if paragraph <= _start(m) < sent.start]
        target = next((m for m in reversed(earlier) if m.acled_event_type in LETHAL_TYPES), None)
        # The dead told after a peaceful protest are none of an event told before it either.
        if target is not None and has_toll(target.acled_sub_event_type) and target.size.dead is None:
            target.size.dead = target.fatalities = dead


def _start(mention: Event) -> int:
    return min((s.start for s in mention.evidence), default=-1)
