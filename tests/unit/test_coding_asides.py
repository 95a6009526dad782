"""Mentions that are not events of their own: background, denials, sources, protest details, claims."""

from __future__ import annotations

from functools import partial

from builders import event_mention

from frontlines.coding.asides import drop_asides, is_background, refers_back, trigger_in_source
from frontlines.model import (
    Analysis,
    Attribution,
    Document,
    Event,
    EventActor,
    Location,
    Sentence,
    Size,
    Span,
)
from frontlines.stages.merge import EventMerger

TOWN = Location("Kurdu", geonameid=880001, geo_precision=1)
VILLAGE = Location("Balta", geonameid=880002, geo_precision=1)


mention = partial(event_mention, date="2023-04-10", location=TOWN)


def document(text: str, mentions: list[Event], published: str = "2023-04-11") -> Document:
    """A document whose sentences end at each full stop."""
    sentences, start = [], 0
    for n, piece in enumerate(text.split(". ")):
        end = start + len(piece) + 1
        sentences.append(Sentence(start, min(end, len(text)), n, n + 1))
        start = end + 1
    return Document("d1", text, published=published, event_mentions=mentions,
                    analysis=Analysis(sentences=sentences))  # fmt: skip


def test_an_event_months_before_publication_is_background() -> None:
    doc = document("x" * 50, [])
    assert is_background(doc, mention(0, date="2022-11-20"))
    assert not is_background(doc, mention(0, date="2023-04-02"))
    assert not is_background(doc, mention(0, date=None))
    assert not is_background(document("x", [], published=""), mention(0, date="2001-01-01"))


def test_a_denial_with_no_place_is_not_an_event() -> None:
    denied = mention(0, modality="denied", location=None)
    placed = mention(10, modality="denied")
    assert drop_asides(document("x" * 50, []), [denied, placed]) == [placed]


def test_a_trigger_inside_the_claims_source_is_not_an_event() -> None:
    # "Hundreds of families fled to the hills, relief workers said."
    actor = EventActor("Civilians", "families", start=13, end=21)
    source = Attribution("relief workers", "relief workers said", 38, 57)
    fake = mention(13, evidence=[Span(13, 21), Span(38, 44)], actor1=actor, attribution=[source])
    real = mention(13, evidence=[Span(13, 21), Span(22, 26)], actor1=actor, attribution=[source])
    assert trigger_in_source(fake)
    assert not trigger_in_source(real)


def test_injuries_with_no_place_beside_a_protest_are_the_protests() -> None:
    protest = mention(0, acled_event_type="Protests", acled_sub_event_type="Peaceful protest",
                      plover_event="PROTEST")  # fmt: skip
    hurt = mention(60, location=None, modality="claimed")
    deadly = mention(90, location=None, size=Size(dead=2))
    other_day = mention(120, location=None, date="2023-03-30")
    kept = drop_asides(document("x" * 200, []), [protest, hurt, deadly, other_day])
    assert kept == [protest, deadly, other_day]


def test_a_claim_about_the_attack_refers_back() -> None:
    text = "Gunmen raided a depot in Kurdu. A rebel leader claimed the raid, saying nine guards died."
    claim = mention(34, modality="claimed")
    assert refers_back(document(text, []), claim)
    assert not refers_back(document(text, []), mention(34, modality="asserted"))
    assert not refers_back(document(text, []), mention(0, modality="claimed"))


def test_a_claim_joins_the_event_it_refers_to_with_the_lowest_toll() -> None:
    text = (
        "Gunmen raided a depot in Kurdu, killing four guards. "
        "A rebel leader claimed the raid, saying nine died."
    )
    raid = mention(0, size=Size(dead=4), fatalities=4)
    claim = mention(80, modality="claimed", location=VILLAGE, date="2023-04-11", size=Size(dead=9),
                    attribution=[Attribution("rebel leader", "A rebel leader claimed", 53, 75)])  # fmt: skip
    events = EventMerger()(document(text, [raid, claim])).events
    assert len(events) == 1
    assert events[0].location == TOWN and events[0].fatalities == 4
    assert [a.source for a in events[0].attribution] == ["rebel leader"]
