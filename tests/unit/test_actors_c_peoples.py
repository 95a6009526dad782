"""Armed men a report names after their people are that people's ethnic militia."""

from __future__ import annotations

from frontlines.coding.catalogue import people_home
from frontlines.model import Analysis, Document, Place
from frontlines.stages.actors import ActorTagger


def tagged(text: str, code: str | None) -> list[tuple[str, str, int | None]]:
    """Actors of `text`, reported from its last word, a town in country `code` (None: no place known)."""
    places = []
    if code is not None:
        town = text.rsplit(" ", 1)[1].rstrip(".")
        where = text.rindex(town)
        places = [Place(where, where + len(town), town, town, geonameid=1, country_code=code,
                        feature_code="PPL")]
    doc = Document("d", text, published="2019-05-01", places=places, analysis=Analysis())
    return [(a.text, a.name, a.inter) for a in ActorTagger()(doc).actors]


def test_bandits_or_gunmen_of_a_people_are_its_ethnic_militia() -> None:
    assert tagged("Suspected Turkana bandits shot a herder near Lodwar.", "KE")[0] == (
        "Turkana bandits", "Turkana Ethnic Militia (Kenya)", 4)
    assert tagged("Armed Murle gunmen abducted two children near Pibor.", "SS")[0][1:] == (
        "Murle Ethnic Militia (South Sudan)", 4)
    assert tagged("Tiv-Jukun gunmen torched huts near Wukari.", "NG")[0][1] == (
        "Tiv-Jukun Ethnic Militia (Nigeria)")


def test_a_word_that_names_no_people_leaves_the_attackers_unidentified() -> None:
    assert tagged("Suspected Maoist militants shot a trader near Gaya.", "IN")[0][1:] == (
        "Unidentified Armed Group (India)", 3)


def test_without_a_place_the_militia_is_of_the_peoples_own_country() -> None:
    assert tagged("Pokot militants shot a boy at dawn.", None)[0][1] == "Pokot Ethnic Militia (Kenya)"
    assert tagged("Pokot raiders drove off goats at dawn.", None)[0][1] == "Pokot Ethnic Militia (Kenya)"


def test_the_peoples_list_knows_hyphenated_names_part_by_part() -> None:
    assert people_home("Pokot") == "KE" and people_home("Tiv-Jukun") == "NG"
    assert people_home("Tugen-Smith") is None and people_home("pokot") is None



def test_gunmen_named_after_a_place_of_the_report_are_not_a_peoples() -> None:
    text = "Meru gunmen shot a trader."
    meru = Place(0, 4, "Meru", "Meru", geonameid=1, country_code="KE", feature_code="ADM1")
    doc = Document("d", text, published="2019-05-01", places=[meru], analysis=Analysis())
    assert [a.name for a in ActorTagger()(doc).actors] == ["Unidentified Armed Group (Kenya)"]
