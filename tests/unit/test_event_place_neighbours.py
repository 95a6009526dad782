"""Event places that other words of the report settle: a comma after a place's container ends no
list, and a province or country a sentence names is narrowed to the town a neighbouring sentence
names inside it (invented sentences and places)."""

from __future__ import annotations

from frontlines.coding.locations import choose_place, containers
from frontlines.coding.when_where import event_place
from frontlines.model import Analysis, Document, Place, Sentence


def place(text: str, words: str, country: str | None = None, code: str = "PPL", admin1: str | None = None,
          after: int = 0) -> Place:
    """A place at the first occurrence of `words` from `after`; no country leaves it unresolved."""
    start = text.index(words, after)
    return Place(start, start + len(words), words, words, geonameid=start + 1 if country else None,
                 country_code=country, feature_code=code if country else None, admin1=admin1)


def document(text: str, *places: Place) -> Document:
    """A one-paragraph document whose sentences end at each full stop followed by a space."""
    sentences, start = [], 0
    while (stop := text.find(". ", start)) >= 0:
        sentences.append(Sentence(start, stop + 1, 0, 0))
        start = stop + 2
    sentences.append(Sentence(start, len(text), 0, 0))
    return Document("d", text, analysis=Analysis(sentences=sentences), places=list(places))


def first_event_place(doc: Document) -> Place | None:
    assert doc.analysis is not None
    return event_place(doc, doc.analysis.sentences[0])


def test_a_container_followed_by_a_comma_and_other_words_still_contains() -> None:
    text = "Troops shelled Dovzhyk, Zarechna, which was held by rebels."
    places = [place(text, "Dovzhyk", "UA", admin1="Kovel"), place(text, "Zarechna", "UA", "ADM1", "Zarechna")]
    assert containers(text, places)[0] == [places[1]]
    chosen = choose_place(text, places, "UA")
    assert chosen is not None and chosen.text == "Zarechna"  # the village was read in another province


def test_a_comma_before_a_larger_area_goes_on_with_the_chain() -> None:
    text = "Troops shelled Dovzhyk, Zarechna, Ukraine."
    places = [place(text, "Dovzhyk", "UA", admin1="Zarechna"),
              place(text, "Zarechna", "UA", "ADM1", "Zarechna"), place(text, "Ukraine", "UA", "PCLI")]
    assert containers(text, places)[0] == places[1:]


def test_places_that_go_on_with_and_or_a_comma_and_a_like_place_are_a_list() -> None:
    text = "Officials were attacked in Kitu, Lara and Ombera counties."
    places = [place(text, "Kitu", "KE", "ADM1", "Kitu"), place(text, "Lara", "KE", "ADM1", "Lara")]
    assert containers(text, places)[0] == []  # "Ombera counties" need not be read for "and" to list
    text = "Officials were attacked in Kitu, Lara, Ombera."
    places = [place(text, "Kitu", "KE", "ADM1", "Kitu"), place(text, "Lara", "KE", "ADM1", "Lara"),
              place(text, "Ombera", "KE", "ADM1", "Ombera")]
    assert containers(text, places)[0] == []


def test_a_province_is_narrowed_to_the_town_a_neighbouring_sentence_names_in_it() -> None:
    text = "Clashes broke out across Lara province. Two herders died near Kome. Talks were held in Ombera."
    doc = document(text, place(text, "Lara", "KE", "ADM1", "Lara"), place(text, "Kome", "KE", admin1="Lara"),
                   place(text, "Ombera", "KE", admin1="Kitu"))
    found = first_event_place(doc)
    assert found is not None and found.text == "Kome"


def test_a_province_is_not_narrowed_to_a_town_outside_it() -> None:
    text = "Clashes broke out across Lara province. Talks were later held in Ombera."
    doc = document(text, place(text, "Lara", "KE", "ADM1", "Lara"),
                   place(text, "Ombera", "KE", admin1="Kitu"))
    found = first_event_place(doc)
    assert found is not None and found.text == "Lara"


def test_a_country_is_narrowed_to_a_town_of_that_country_only() -> None:
    text = "Police broke up a protest in Kenya. Similar protests took place in Arusha."
    doc = document(text, place(text, "Kenya", "KE", "PCLI"), place(text, "Arusha", "TZ", admin1="Arusha"))
    found = first_event_place(doc)
    assert found is not None and found.text == "Kenya"
    text = "Police broke up a protest in Kenya. It began in Kome."
    doc = document(text, place(text, "Kenya", "KE", "PCLI"), place(text, "Kome", "KE", admin1="Lara"))
    found = first_event_place(doc)
    assert found is not None and found.text == "Kome"


def test_an_office_seat_in_the_next_sentence_does_not_narrow_a_province() -> None:
    text = "Gunmen shot a trader in Lara County. A campaigner for Kome Governor Ann Obi was also shot."
    doc = document(text, place(text, "Lara County", "KE", "ADM1", "Lara"),
                   place(text, "Kome", "KE", admin1="Lara"))
    found = first_event_place(doc)
    assert found is not None and found.text == "Lara County"


def test_the_containers_of_an_unknown_township_also_hold_its_village() -> None:
    text = "In Kyauk Pin village of Moda township (Lara district, Ayar region), troops burned houses."
    places = [place(text, "Kyauk Pin", "MM", admin1="Yangon"), place(text, "Moda"),
              place(text, "Lara", "MM", "ADM2", "Ayar"), place(text, "Ayar", "MM", "ADM1", "Ayar")]
    chosen = choose_place(text, places, "MM")
    assert chosen is not None and chosen.text == "Lara"  # the village was read in another region
    places[0].admin1 = "Ayar"
    assert choose_place(text, places, "MM") is places[0]


def test_a_bracketed_part_of_a_name_does_not_hide_its_containers() -> None:
    text = "In Sone Kone (Middle) village (Moda township, Ayar region), locals marched."
    places = [place(text, "Sone Kone", "MM", admin1="Yangon"), place(text, "Moda", "MM", "ADM2", "Ayar"),
              place(text, "Ayar", "MM", "ADM1", "Ayar")]
    assert containers(text, places)[0] == places[1:]


def test_a_separate_incident_or_a_far_sentence_does_not_narrow_a_province() -> None:
    text = ("Fighting erupted in Lara province on Monday. Separately, a bomb killed two in Kome. "
            "Kome was calm.")
    doc = document(text, place(text, "Lara", "KE", "ADM1", "Lara"), place(text, "Kome", "KE", admin1="Lara"),
                   place(text, "Kome", "KE", admin1="Lara", after=text.index("Kome was")))
    found = first_event_place(doc)
    assert found is not None and found.text == "Lara"
    text = "Fighting erupted in Lara province. Officials met. Later, two died in Kome."
    doc = document(text, place(text, "Lara", "KE", "ADM1", "Lara"), place(text, "Kome", "KE", admin1="Lara"))
    found = first_event_place(doc)
    assert found is not None and found.text == "Lara"
