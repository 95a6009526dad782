"""Actor mentions: catalogue names, generic descriptions with a country, entities; offsets exact."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontlines.model import ActorMention, Analysis, Document, Entity, Place
from frontlines.stages.actors import ActorTagger


def tag(
    text: str, places: list[Place] | None = None, entities: list[Entity] | None = None
) -> list[ActorMention]:
    doc = Document("d", text, analysis=Analysis(entities=entities or []), places=places or [])
    ActorTagger()(doc)
    for actor in doc.actors:
        assert doc.text[actor.start : actor.end] == actor.text
    return doc.actors


def names(actors: list[ActorMention]) -> list[tuple[str, str, int | None]]:
    return [(a.text, a.name, a.inter) for a in actors]


def test_a_demonym_in_the_phrase_gives_the_country() -> None:
    found = names(tag("Afghan security forces repelled the attack."))
    assert found == [("Afghan security forces", "Military Forces of Afghanistan", 1)]


def test_named_groups_take_their_member_words() -> None:
    assert names(tag("Taliban fighters stormed the post."))[0] == ("Taliban fighters", "Taliban", 2)


def test_aliases_map_to_one_canonical_name() -> None:
    found = tag("ISKP and ISIS-K are one group; al-Shabaab and the Houthis are others.")
    assert [a.name for a in found] == [
        "Islamic State (Afghanistan)", "Islamic State (Afghanistan)", "Al Shabaab", "Houthi Movement",
    ]  # fmt: skip


def test_generic_actors_take_the_most_frequent_place_country() -> None:
    kenya = Place(0, 7, "Nairobi", "Nairobi", geonameid=184745, country_code="KE")
    found = names(tag("Nairobi: police dispersed protesters and rioters.", places=[kenya]))
    assert found == [
        ("police", "Police Forces of Kenya", 1),
        ("protesters", "Protesters (Kenya)", 6),
        ("rioters", "Rioters (Kenya)", 5),
    ]


def test_without_places_a_country_named_in_the_text_is_used() -> None:
    found = tag("In Syria, unidentified gunmen killed two civilians.")
    assert [a.name for a in found] == ["Unidentified Armed Group (Syria)", "Civilians (Syria)"]


def test_without_any_country_the_name_has_none() -> None:
    assert [a.name for a in tag("The army arrived.")] == ["Military Forces"]


def test_named_groups_with_a_country_slot_take_the_context_country() -> None:
    found = tag("Islamic State attacked a village in Syria.")
    assert found[0].name == "Islamic State (Syria)"


def test_person_and_org_entities_are_actors_but_outlets_and_places_are_not() -> None:
    text = "Zabihullah Mujahid told Reuters that Kansafra fell."
    entities = [Entity(0, 18, "PERSON", "Zabihullah Mujahid"), Entity(24, 31, "ORG", "Reuters"),
                Entity(37, 45, "ORG", "Kansafra")]  # fmt: skip
    place = Place(37, 45, "Kansafra", "Kansafra", geonameid=1, country_code="SY")
    assert names(tag(text, places=[place], entities=entities)) == [
        ("Zabihullah Mujahid", "Zabihullah Mujahid", None)
    ]


def test_acronyms_match_only_in_capitals() -> None:
    assert tag("the ana river") == []


def test_rerunning_the_stage_replaces_its_output() -> None:
    doc = Document("d", "Police arrived.", analysis=Analysis())
    tagger = ActorTagger()
    tagger(doc)
    tagger(doc)
    assert len(doc.actors) == 1


def test_users_can_extend_the_catalogue(tmp_path: Path) -> None:
    extra = tmp_path / "mine.tsv"
    extra.write_text("named\tZone Defence Brigade\t3\tLY\tZone Brigade|ZDB\n", encoding="utf-8")
    doc = Document("d", "The ZDB took the port.", analysis=Analysis())
    ActorTagger(extra_catalogue=extra)(doc)
    assert names(doc.actors) == [("ZDB", "Zone Defence Brigade", 3)]


def test_a_malformed_catalogue_row_is_refused(tmp_path: Path) -> None:
    extra = tmp_path / "bad.tsv"
    extra.write_text("named\tNo Inter\tx\t\tNo Inter\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad catalogue row"):
        ActorTagger(extra_catalogue=extra)


def test_a_leading_article_does_not_let_an_entity_hide_a_catalogue_actor() -> None:
    text = "On Monday the Ukrainian Forces fired mortars."
    start = text.index("the Ukrainian")
    entity = Entity(start, start + len("the Ukrainian Forces"), "ORG", "the Ukrainian Forces")
    assert names(tag(text, entities=[entity])) == [("Ukrainian Forces", "Military Forces of Ukraine", 1)]


def test_militias_coalitions_and_gangs_have_acled_names() -> None:
    found = tag("The Saudi-led coalition struck, and the Luhansk People's Militia fired back.")
    assert [(a.name, a.inter) for a in found] == [
        ("Operation Restoring Hope", 8), ("NAF: United Armed Forces of Novorossiya", 2),
    ]  # fmt: skip
    assert names(tag("Drug traffickers fought over the route.")) == [
        ("Drug traffickers", "Unidentified Gang", 3),
    ]
