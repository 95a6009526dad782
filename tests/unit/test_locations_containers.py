"""Event places from notes that name a place with its container, or elsewhere in the paragraph;
places read by a name unlike their own count for less (invented sentences and places)."""

from __future__ import annotations

from frontlines.coding.locations import choose_place, containers, home_country, is_topic, read_by_another_name
from frontlines.coding.when_where import event_place
from frontlines.gazetteer.build import admin1_variants, part_names
from frontlines.model import Analysis, Document, Place, Sentence


def place(text: str, words: str, name: str | None = None, country: str | None = None, code: str = "PPL",
          admin1: str | None = None, after: int = 0) -> Place:
    """A place at the first occurrence of `words` from `after`; no country leaves it unresolved."""
    start = text.index(words, after)
    return Place(start, start + len(words), words, name or words, geonameid=start + 1 if country else None,
                 country_code=country, feature_code=code if country else None, admin1=admin1)


def test_a_town_in_a_named_province_is_held_by_it() -> None:
    text = "Artillery hit Kefr Ruma town in Lara countryside."
    places = [place(text, "Kefr Ruma", country="SY"), place(text, "Lara", country="SY", admin1="Lara")]
    assert containers(text, places)[0] == [places[1]]


def test_a_village_of_a_township_is_held_by_it() -> None:
    text = "Troops raided Zin Pyin village of Kantha township."
    places = [place(text, "Zin Pyin"), place(text, "Kantha township", "Kantha", "MM", "ADM2")]
    assert containers(text, places)[0] == [places[1]]


def test_a_town_merely_followed_by_in_is_not_held() -> None:
    text = "Students from Alba marched in Breda."
    places = [place(text, "Alba", country="IT"), place(text, "Breda", country="NL", admin1="Breda")]
    assert containers(text, places)[0] == []


def test_a_village_read_abroad_gives_way_to_its_named_province_without_a_home_country() -> None:
    text = "Shells fell on Pervomaisk, Zarechna."
    places = [place(text, "Pervomaisk", "Gorodok", "AM"),
              place(text, "Zarechna", country="UA", admin1="Zarechna Oblast")]
    chosen = choose_place(text, places, None)
    assert chosen is not None and chosen.text == "Zarechna"


def test_a_place_read_by_an_unlike_name_is_another_name() -> None:
    text = "Students met at Tolbiac and in Leon."
    assert read_by_another_name(place(text, "Tolbiac", "Zuelpich", "DE"))
    assert not read_by_another_name(place(text, "Leon", "Leon de los Aldama", "MX"))  # part of its name
    assert not read_by_another_name(place(text, "Tolbiac"))  # unresolved: no reading at all


def test_a_place_read_by_another_name_votes_half_for_the_home_country() -> None:
    text = "Students gathered at Tolbiac university in Varenne."
    places = [place(text, "Tolbiac", "Zuelpich", "DE"), place(text, "Varenne", country="FR")]
    assert home_country(places) == "FR"


def test_of_two_towns_the_one_read_by_its_own_name_wins() -> None:
    text = "Arsonists threw Molotov cocktails at an office in Ordinsk."
    places = [place(text, "Molotov", "Permsk", "RU"), place(text, "Ordinsk", country="RU")]
    chosen = choose_place(text, places, "RU")
    assert chosen is not None and chosen.text == "Ordinsk"


def test_the_containers_of_an_unknown_village_outrank_an_earlier_town() -> None:
    text = "Parents blocked Kitale road near Ngomeni (Westlands)."
    places = [place(text, "Kitale", country="KE"), place(text, "Ngomeni"),
              place(text, "Westlands", country="KE", admin1="Westlands County")]
    chosen = choose_place(text, places, "KE")
    assert chosen is not None and chosen.text == "Westlands"


TEXT = "Rioters torched a bus. Police later dispersed them in Kisoro.\nLater, talks began in Marsa."


def paragraph_doc(*places: Place) -> Document:
    first, second = TEXT.index("Police"), TEXT.index("Later")
    sentences = [Sentence(0, first - 1, 0, 0), Sentence(first, second - 1, 0, 0),
                 Sentence(second, len(TEXT), 0, 0)]
    return Document("d", TEXT, analysis=Analysis(sentences=sentences), places=list(places))


def test_a_sentence_without_a_place_takes_a_later_one_in_its_paragraph() -> None:
    doc = paragraph_doc(place(TEXT, "Kisoro", country="UG"), place(TEXT, "Marsa", country="MT"))
    assert doc.analysis is not None
    found = event_place(doc, doc.analysis.sentences[0])
    assert found is not None and found.text == "Kisoro"


def test_an_unknown_place_gives_way_to_a_known_one_of_the_paragraph() -> None:
    text = "Police fired at Kisoro. Mobs then burned Nyakabande market."
    sentences = [Sentence(0, 23, 0, 0), Sentence(24, len(text), 0, 0)]
    doc = Document("d", text, analysis=Analysis(sentences=sentences),
                   places=[place(text, "Kisoro", country="UG"), place(text, "Nyakabande")])
    assert doc.analysis is not None
    found = event_place(doc, doc.analysis.sentences[1])
    assert found is not None and found.text == "Kisoro"
    doc.places = doc.places[1:]
    alone = event_place(doc, doc.analysis.sentences[1])
    assert alone is not None and alone.text == "Nyakabande"


def test_first_level_areas_get_their_english_style_names() -> None:
    assert admin1_variants(["Norrmarks län"]) == ["Norrmarks"]
    assert admin1_variants(["Kalmykia Republic"]) == ["Kalmykia", "Republic of Kalmykia"]
    assert admin1_variants(["Gyeongsangbuk-do", "Incheon-gwangyeoksi"]) == [
        "North Gyeongsang", "Incheon Metropolitan City"]
    assert admin1_variants(["Lara", "Upper Nile"]) == []


def test_a_province_is_also_read_from_its_compass_named_parts() -> None:
    parts = ["Lara North", "Lara South", "Lara East", "Lara West", "Lara Central"]
    assert part_names("Lara Province") == parts


def test_the_seat_of_an_office_is_not_where_the_event_was() -> None:
    text = "A Kitu chief was found shot near Ombera, and Lara Senator Ann Obi led marchers."
    places = [place(text, "Kitu", country="KE"), place(text, "Ombera", country="KE"),
              place(text, "Lara", country="KE")]
    chosen = choose_place(text, places, "KE")
    assert chosen is not None and chosen.text == "Ombera"


def test_a_word_between_a_place_and_an_office_is_no_office_unless_it_is_an_abbreviation() -> None:
    text = "Police clashed with traders in Ombera and chiefs said two were hurt."
    assert not is_topic(text, place(text, "Ombera", country="KE"))
    text = "The Ombera ODM chairman led marchers through Kitu."
    assert is_topic(text, place(text, "Ombera", country="KE"))


def test_a_name_written_with_its_kind_outvotes_a_namesake_abroad() -> None:
    text = "Supporters of Jubilee party were hit by a car in Lara county."
    places = [place(text, "Jubilee", country="CA"), place(text, "Lara county", "Lara", "KE", "ADM1")]
    assert home_country(places) == "KE"


def test_generic_words_read_loosely_as_a_place_do_not_count_as_its_kind() -> None:
    text = "Pupils in Lara West Sub County rioted."
    places = [place(text, "Lara", country="KE", code="ADM1"), place(text, "Sub County", "Subu", "RO", "ADM1")]
    assert home_country(places) is None
