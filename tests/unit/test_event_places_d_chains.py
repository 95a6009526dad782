"""Which place of a sentence an event happened at (`choose_place`, `with_province`): a bracketed
chain goes from small to large, a camp or a village "in" an area lies there, a city's countryside
is an area, a march is reported where it went, and a town the gazetteer knows without its
province takes the one the report names (invented sentences and places)."""

from __future__ import annotations

from frontlines.coding.locations import choose_place, with_province
from frontlines.model import Place


def places_in(text: str, *named: tuple[str, str | None, str]) -> list[Place]:
    """Places at the first occurrence (after the previous one) of each (words, country, feature
    code); a country of None leaves the place unresolved."""
    found, start = [], 0
    for words, country, code in named:
        start = text.index(words, start)
        resolved = country is not None
        found.append(Place(start, start + len(words), words, words, geonameid=start + 1 if resolved else None,
                           country_code=country, feature_code=code if resolved else None))
        start += len(words)
    return found


def test_in_a_bracketed_chain_the_first_known_town_holds_the_unknown_village() -> None:
    text = "Gunmen killed a farmer in Kalo village (Miren, Tosta, Valdor)."
    places = places_in(text, ("Kalo", None, ""), ("Miren", "CD", "PPL"), ("Tosta", "CD", "PPL"),
                       ("Valdor", "CD", "ADM1"))
    chosen = choose_place(text, places, "CD")
    assert chosen is not None and chosen.text == "Miren"


def test_a_list_in_brackets_is_still_a_list() -> None:
    text = "Clashes hit three towns (Miren, Tosta and Orvo) on Monday."
    places = places_in(text, ("Miren", "CD", "PPL"), ("Tosta", "CD", "PPL"), ("Orvo", "CD", "PPL"))
    chosen = choose_place(text, places, "CD")
    assert chosen is not None and chosen.text == "Miren"


def test_a_camp_with_a_word_before_it_lies_in_the_district_named_after_it() -> None:
    text = "Families protested at Nubo migrant camp in Kera district."
    places = places_in(text, ("Nubo", "CD", "PPL"), ("Kera", "IN", "ADM2"))
    places[1].admin1 = "Dorath"
    chosen = choose_place(text, places)
    assert chosen is not None and chosen.text == "Kera"


def test_a_town_read_abroad_in_a_citys_countryside_gives_way_to_the_city() -> None:
    text = "Gunmen killed two soldiers near Sela town in Varo countryside."
    places = places_in(text, ("Sela", "PS", "PPL"), ("Varo", "SY", "PPL"))
    places[0].admin1, places[1].admin1 = "West Bank", "Hawran"
    chosen = choose_place(text, places)
    assert chosen is not None and chosen.text == "Varo"


def test_a_march_is_placed_where_it_went_not_where_it_set_out_from() -> None:
    text = "Hundreds of farmers marched from Alba to Breda on Sunday."
    places = places_in(text, ("Alba", "NL", "PPL"), ("Breda", "NL", "PPL"))
    chosen = choose_place(text, places, "NL")
    assert chosen is not None and chosen.text == "Breda"


def test_people_coming_from_a_town_with_nowhere_to_go_named_leave_it_the_place() -> None:
    text = "A convoy set out from Alba on Sunday."
    places = places_in(text, ("Alba", "NL", "PPL"))
    assert choose_place(text, places, "NL") is places[0]


def test_a_town_known_without_its_province_takes_the_one_the_report_names() -> None:
    text = "Traders protested in Sorrel city (Wenda province) over taxes."
    places = places_in(text, ("Sorrel", "ID", "PPL"), ("Wenda", "ID", "ADM1"))
    places[1].admin1 = "Wenda"
    chosen = choose_place(text, places, "ID")
    assert chosen is places[0]
    assert with_province(text, places, chosen).admin1 == "Wenda"


def test_a_town_with_a_province_keeps_it() -> None:
    text = "Traders protested in Sorrel city (Wenda province) over taxes."
    places = places_in(text, ("Sorrel", "ID", "PPL"), ("Wenda", "ID", "ADM1"))
    places[0].admin1, places[1].admin1 = "Halen", "Wenda"
    assert with_province(text, places, places[0]) is places[0]
