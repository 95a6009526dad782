"""Communal militias named after their community, cattle raiders, and Kenyan groups and police branches."""

from __future__ import annotations

from frontlines.model import Analysis, Document, Place
from frontlines.stages.actors import ActorTagger, is_people

TOWN = Place(0, 6, "Lomuru", "Lomuru", geonameid=11, country_code="KE", feature_code="PPL")


def tag(text: str, published: str | None = None) -> list[tuple[str, str]]:
    doc = Document("d", text, published=published, analysis=Analysis(), places=[TOWN])
    return [(a.text, a.name) for a in ActorTagger()(doc).actors]


def test_raiders_of_a_named_community_are_its_ethnic_militia() -> None:
    assert tag("Lomuru: Zamba raiders drove off 40 cows.") == [
        ("Zamba raiders", "Zamba Ethnic Militia (Kenya)")
    ]
    assert tag("Lomuru: Zamba warriors killed a herdsman.")[0] == (
        "Zamba warriors", "Zamba Ethnic Militia (Kenya)"
    )


def test_words_that_only_describe_a_militia_name_no_community() -> None:
    assert tag("Lomuru: Armed raiders drove off 40 cows.") == [
        ("raiders", "Unidentified Communal Militia (Kenya)")
    ]
    assert not is_people("Suspected") and not is_people("KDF") and is_people("Kipsigis")


def test_a_militia_the_report_calls_communal_keeps_that_kind() -> None:
    assert tag("Lomuru: Zamba communal militia burned huts.")[0] == (
        "Zamba communal militia", "Zamba Communal Militia (Kenya)"
    )


def test_cattle_rustlers_are_a_communal_militia() -> None:
    assert tag("Lomuru: cattle rustlers shot a boy.")[0] == (
        "cattle rustlers", "Unidentified Communal Militia (Kenya)"
    )


def test_kenyan_groups_have_their_names() -> None:
    assert tag("Lomuru: Mungiki sect members extorted drivers.")[0] == (
        "Mungiki sect members", "Mungiki Militia"
    )
    assert tag("Lomuru: SLDF militiamen burned a house.")[0][1] == "SLDF: Sabaot Land Defence Force"


def test_the_general_service_unit_is_a_police_branch() -> None:
    assert tag("Lomuru: GSU officers dispersed a crowd.", "2015-03-01")[0][1] == (
        "Police Forces of Kenya General Service Unit"
    )


def test_a_clan_or_tribal_militia_is_named_after_its_clan_or_tribe() -> None:
    assert tag("Lomuru: suspected Habar Tolo clan militia shot a driver.")[0] == (
        "Habar Tolo clan militia", "Habar Tolo Clan Militia (Kenya)"
    )
    assert tag("Lomuru: Bani Zaid tribesmen blocked a road.")[0][1] == "Bani Zaid Tribal Militia (Kenya)"
    assert tag("Lomuru: clan militias clashed.")[0][1] == "Unidentified Clan Militia (Kenya)"
