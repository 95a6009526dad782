"""Event coding on real parses: the hard cases of ACLED/PLOVER coding, pinned."""

from __future__ import annotations

import pytest

from frontlines.model import Document, Event, Place, Segment, Timex, TimexType
from frontlines.stages.actors import ActorTagger
from frontlines.stages.analyze import Analyze
from frontlines.stages.events import EventCoder
from frontlines.stages.merge import EventMerger

pytestmark = pytest.mark.slow


def timex(text: str, words: str, value: str, kind: TimexType = "DATE") -> Timex:
    start = text.index(words)
    return Timex(start, start + len(words), words, kind, value)


def place(text: str, words: str, code: str = "PPL", country: str = "SY") -> Place:
    start = text.index(words)
    return Place(start, start + len(words), words, words, geonameid=abs(hash(words)) % 10**6, lat=35.0,
                 lon=36.0, country_code=country, admin1="Idlib", feature_code=code)  # fmt: skip


def code(text: str, published: str = "2020-03-04", **parts: object) -> list[Event]:
    """Run analyze -> actors -> events on a hand-made document; check every span against the text."""
    doc = Document("t", text, published=published, **parts)  # type: ignore[arg-type]
    Analyze()(doc)
    ActorTagger()(doc)
    EventCoder()(doc)
    for event in doc.event_mentions:
        assert all(0 <= s.start < s.end <= len(text) for s in event.evidence)
        for said in event.attribution:
            assert text[said.start : said.end] == said.text
        for actor in (event.actor1, event.actor2):
            if actor is not None and actor.start is not None:
                assert text[actor.start : actor.end] == actor.text
    return doc.event_mentions


def only(events: list[Event]) -> Event:
    assert len(events) == 1, [(e.acled_sub_event_type, e.plover_event) for e in events]
    return events[0]


def test_a_repelled_assault_with_heavy_losses_has_no_fatality_figure() -> None:
    text = ("A day earlier, an assault on the hills near Kansafra was repelled and the attackers suffered "
            "heavy losses, according to a rebel spokesman.")  # fmt: skip
    event = only(
        code(text, timexes=[timex(text, "A day earlier", "2020-03-02")], places=[place(text, "Kansafra")])
    )
    assert (event.acled_event_type, event.acled_sub_event_type) == ("Battles", "Armed clash")
    assert event.fatalities == 0 and event.size.dead is None
    assert (event.date, event.time_precision) == ("2020-03-02", 1)
    assert event.location is not None and event.location.name == "Kansafra"
    assert event.modality == "claimed"
    assert [(a.source, a.text) for a in event.attribution] == [
        ("rebel spokesman", "according to a rebel spokesman")
    ]
    assert event.notes.startswith("On 2 March 2020, ")
    assert "Heavy losses reported; fatalities unknown." in event.notes


def test_a_denial_of_responsibility_is_coded_denied() -> None:
    text = "The Syrian army denied that its forces were responsible for the shelling of the market in Idlib."
    event = only(code(text))
    assert event.acled_sub_event_type == "Shelling/artillery/missile attack"
    assert event.modality == "denied"
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Syria"


def test_a_claim_by_a_named_person_is_attributed_to_them_with_offsets() -> None:
    text = "The Taliban attacked the district headquarters, spokesman Zabihullah Mujahid said on Twitter."
    event = only(code(text))
    assert event.modality == "claimed"
    said = event.attribution[0]
    assert said.source == "spokesman Zabihullah Mujahid"
    assert text[said.start : said.end] == said.text == "spokesman Zabihullah Mujahid said on Twitter"


def test_nothing_is_coded_from_a_caption_dated_years_earlier() -> None:
    body = "Rebels attacked an army post near Hama on Monday."
    caption = "Soldiers fire at rebels near Hama, on June 12, 2016."
    text = f"{body}\n{caption}"
    segments = [
        Segment("body", 0, len(body)),
        Segment("caption", len(body) + 1, len(text), published="2016-06-12"),
    ]
    events = code(text, segments=segments, timexes=[timex(text, "June 12, 2016", "2016-06-12")])
    assert events and all(e.segment_kind == "body" for e in events)
    assert all(e.date != "2016-06-12" for e in events)


def test_a_recent_caption_is_coded_as_a_caption() -> None:
    caption = "Protesters rally in Nairobi on March 3, 2020."
    events = code(caption, segments=[Segment("caption", 0, len(caption), published="2020-03-03")])
    assert only(events).segment_kind == "caption"


def test_a_troop_deployment_is_mobilize_with_its_size() -> None:
    event = only(code("Russia deployed 2,000 troops to the border with Ukraine."))
    assert (event.plover_event, event.plover_mode) == ("MOBILIZE", "troops")
    assert event.size.participants == 2000
    assert event.actor1 is not None and event.actor1.inter == 1


def test_talks_between_two_armed_groups_are_consult_with_both_sides() -> None:
    event = only(code("Taliban commanders held talks with Islamic State fighters in Nangarhar."))
    assert (event.acled_event_type, event.plover_event) == ("", "CONSULT")
    assert event.actor1 is not None and event.actor2 is not None
    assert {event.actor1.name, event.actor2.name} == {"Taliban", "Islamic State"}


def test_two_events_in_one_sentence_are_coded_apart_with_their_own_counts() -> None:
    text = "Police arrested 20 people in Kabul, while an airstrike killed five civilians in Helmand."
    events = code(text)
    by_type = {e.acled_sub_event_type: e for e in events}
    assert set(by_type) == {"Arrests", "Air/drone strike"}
    assert by_type["Arrests"].size.arrested == 20 and by_type["Arrests"].fatalities == 0
    assert by_type["Air/drone strike"].fatalities == 5


def test_a_suicide_bombing_with_at_least_twelve_killed() -> None:
    event = only(
        code("A suicide bomber blew himself up at a mosque in Kabul, and at least 12 people were killed.")
    )
    assert (event.acled_event_type, event.acled_sub_event_type) == (
        "Explosions/Remote violence",
        "Suicide bomb",
    )
    assert event.fatalities == 12


def test_police_firing_tear_gas_at_a_protest_is_a_protest_with_intervention() -> None:
    text = "Hundreds of students protested in Nairobi on Monday, and police fired tear gas to disperse them."
    event = only(code(text, places=[place(text, "Nairobi", country="KE")]))
    assert (event.acled_event_type, event.acled_sub_event_type) == ("Protests", "Protest with intervention")
    assert event.actor1 is not None and event.actor1.name == "Protesters (Kenya)"
    assert event.actor2 is not None and event.actor2.name == "Police Forces of Kenya"
    assert event.size.participants == 100


def test_dozens_killed_counts_twelve() -> None:
    event = only(
        code("Dozens were killed when Taliban fighters attacked a checkpoint of Afghan security forces.")
    )
    assert event.fatalities == 12
    assert event.actor1 is not None and event.actor1.name == "Taliban"
    assert event.actor2 is not None and event.actor2.name == "Military Forces of Afghanistan"


def test_the_last_few_days_give_week_precision_and_an_earlier_paragraph_place() -> None:
    text = ("Fighting continues in Idlib province.\nGovernment forces retook the villages of Hazarin and "
            "Kafr Uwayd in the last few days.")  # fmt: skip
    places = [place(text, "Idlib", "ADM1"), place(text, "Hazarin"), place(text, "Kafr Uwayd")]
    events = code(text, places=places, timexes=[timex(text, "in the last few days", "PXD", "DURATION")])
    retake = next(e for e in events if e.acled_sub_event_type == "Government regains territory")
    assert (retake.date, retake.time_precision) == ("2020-03-02", 2)
    assert retake.location is not None and retake.location.name == "Hazarin"
    assert retake.location.geo_precision == 1


def test_an_embedded_post_keeps_its_kind_and_its_own_date() -> None:
    body = "Clashes were reported overnight."
    post = "Our fighters repelled an attack on Kansafra."
    text = f"{body}\n{post}"
    segments = [
        Segment("body", 0, len(body)),
        Segment("embedded_post", len(body) + 1, len(text), published="2020-03-02"),
    ]
    events = code(text, segments=segments)
    posted = [e for e in events if e.segment_kind == "embedded_post"]
    assert posted and all((e.date, e.time_precision) == ("2020-03-02", 1) for e in posted)


def test_planned_and_hypothetical_events_are_marked() -> None:
    assert only(code("Teachers will hold a protest in Dhaka next week.")).modality == "planned"
    warned = code("Officials warned that militants could attack the city.")
    assert next(e for e in warned if e.plover_event == "ASSAULT").modality == "hypothetical"


def test_coding_twice_gives_the_same_mentions_and_merging_numbers_them() -> None:
    doc = Document("t", "Gunmen killed five villagers in Zamfara.", published="2020-03-04")
    Analyze()(doc)
    ActorTagger()(doc)
    EventCoder()(doc)
    first = [(e.id, e.acled_sub_event_type) for e in doc.event_mentions]
    EventCoder()(doc)
    assert [(e.id, e.acled_sub_event_type) for e in doc.event_mentions] == first == [("t-m1", "Attack")]
    assert [e.id for e in EventMerger()(doc).events] == ["t-1"]


def sub_types(text: str) -> list[str]:
    return [e.acled_sub_event_type for e in code(text) if e.acled_event_type]


def test_what_a_protest_is_against_is_no_event_of_its_own() -> None:
    assert sub_types("Hundreds of students marched in Kano against the kidnapping of six farmers.") == [
        "Peaceful protest"
    ]
    text = "Hundreds of students marched in Kano against the airstrike that killed six farmers."
    assert sub_types(text) == ["Peaceful protest"]


def test_burning_a_flag_at_a_rally_is_a_peaceful_protest() -> None:
    assert sub_types("Activists burned an effigy of the governor outside the assembly in Lagos.") == [
        "Peaceful protest"
    ]


def test_demonstrators_fighting_the_police_riot() -> None:
    text = "Demonstrators fought with police on the main road of Dakar during a rally against the government."
    assert "Violent demonstration" in sub_types(text)


def test_fighting_that_displaced_families_is_the_cause_of_the_displacement() -> None:
    text = "About 400 families were displaced by fighting between the army and rebels near Kiwanja."
    assert sub_types(text) == ["Other"]


def test_displaced_people_named_as_such_are_no_new_displacement() -> None:
    assert sub_types("Displaced families waited for food at the camp.") == []


def test_a_killing_and_an_abduction_together_are_coded_as_the_attack() -> None:
    text = "Gunmen killed a trader and abducted his son in the village of Gidan Bawa."
    assert sub_types(text) == ["Attack"]


def test_the_agent_of_a_passive_killing_does_not_arm_its_victim() -> None:
    assert sub_types("A farmer was shot dead by soldiers in the village of Kalo.") == ["Attack"]


def test_a_crowd_that_disperses_of_itself_met_no_intervention() -> None:
    text = "Villagers protested in Savar. The crowd dispersed after officials promised an inquiry."
    assert set(sub_types(text)) == {"Peaceful protest"}
    text = "Villagers protested in Savar. Police dispersed the crowd."
    assert "Protest with intervention" in sub_types(text)


def test_the_toll_of_a_clash_told_after_it_is_no_new_event() -> None:
    text = "Students clashed with police at a demonstration in Uttara. Two people were killed in the clash."
    events = code(text)
    assert [e.acled_sub_event_type for e in events] == ["Violent demonstration"]
    assert events[0].fatalities == 2


def test_a_death_told_in_the_passive_beside_a_clash_is_the_clash() -> None:
    text = "A driver of the mayor was killed in a shootout between his escorts and the police in Pilar."
    assert sub_types(text) == ["Armed clash"]


def test_demonstrators_who_assault_passers_by_riot() -> None:
    text = "Lawyers assaulted and injured passers-by during a demonstration in Bhopal."
    assert sub_types(text) == ["Violent demonstration"]
