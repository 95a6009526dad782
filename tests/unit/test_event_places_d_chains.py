"""Which place of a sentence an event happened at (`choose_place`, `with_province`): a bracketed
chain goes from small to large, a market or a village "in" an area lies there (but "X and district
of Y" is a list), a city's countryside is an area, a march is reported where it went (but not a
spot some distance "from" a town, nor a town "close to" another), and a town the gazetteer knows
without its province takes the one the report names (invented sentences and places)."""

from __future__ import annotations

from builders import places_in

from frontlines.coding.locations import choose_place, containers, set_out_from, with_province


def test_in_a_bracketed_chain_the_first_known_town_holds_the_unknown_village() -> None:
    text = "Two herders were shot near Tepla village (Orsan, Vilde, Karrow) overnight."
    places = places_in(text, ("Tepla", None, ""), ("Orsan", "CD", "PPL"), ("Vilde", "CD", "PPL"),
                       ("Karrow", "CD", "ADM1"))
    chosen = choose_place(text, places, "CD")
    assert chosen is not None and chosen.text == "Orsan"


def test_a_list_in_brackets_is_still_a_list() -> None:
    text = "Clashes hit three towns (Miren, Tosta and Orvo) on Monday."
    places = places_in(text, ("Miren", "CD", "PPL"), ("Tosta", "CD", "PPL"), ("Orvo", "CD", "PPL"))
    assert containers(text, places) == {0: [], 1: [], 2: []}


def test_a_market_with_a_word_before_it_lies_in_the_district_named_after_it() -> None:
    text = "Workers rallied outside Nubo cement market in Kera district."
    places = places_in(text, ("Nubo", "BR", "PPL"), ("Kera", "GH", "ADM2"))
    places[1].admin1 = "Dorath"
    chosen = choose_place(text, places)
    assert chosen is not None and chosen.text == "Kera"


def test_a_town_and_a_district_are_a_list_not_a_town_in_the_district() -> None:
    text = "Soldiers searched Vintar and district of Oskel on Monday."
    places = places_in(text, ("Vintar", "GH", "PPL"), ("Oskel", "GH", "ADM2"))
    assert containers(text, places) == {0: [], 1: []}


def test_a_town_read_abroad_in_a_citys_countryside_gives_way_to_the_city() -> None:
    text = "A drone struck a truck by Sela town in Varo countryside."
    places = places_in(text, ("Sela", "GT", "PPL"), ("Varo", "HN", "PPL"))
    places[0].admin1, places[1].admin1 = "Halen", "Dorath"
    chosen = choose_place(text, places)
    assert chosen is not None and chosen.text == "Varo"


def test_a_march_is_placed_where_it_went_not_where_it_set_out_from() -> None:
    text = "Hundreds of nurses walked from Olvet to Marrin on Sunday."
    places = places_in(text, ("Olvet", "NZ", "PPL"), ("Marrin", "NZ", "PPL"))
    chosen = choose_place(text, places, "NZ")
    assert chosen is not None and chosen.text == "Marrin"


def test_people_coming_from_a_town_with_nowhere_to_go_named_leave_it_the_place() -> None:
    text = "A convoy set out from Olvet on Sunday and was ambushed near Marrin."
    places = places_in(text, ("Olvet", "NZ", "PPL"), ("Marrin", "NZ", "PPL"))
    assert not set_out_from(text, places[0], places)


def test_a_distance_from_a_town_places_the_event_there_not_on_the_road_beyond() -> None:
    text = "Militants ambushed a convoy 20 km from Olvet on the road to Marrin."
    places = places_in(text, ("Olvet", "NZ", "PPL"), ("Marrin", "NZ", "PPL"))
    chosen = choose_place(text, places, "NZ")
    assert chosen is not None and chosen.text == "Olvet"


def test_a_town_close_to_another_is_no_march_from_one_to_the_other() -> None:
    text = "Rebels fired mortars from Olvet, close to Marrin, at dawn."
    places = places_in(text, ("Olvet", "NZ", "PPL"), ("Marrin", "NZ", "PPL"))
    assert not set_out_from(text, places[0], places)


def test_a_town_known_without_its_province_takes_the_one_the_report_names() -> None:
    text = "Fishermen rallied in Sorrel city (Wenda province) against a port ban."
    places = places_in(text, ("Sorrel", "PH", "PPL"), ("Wenda", "PH", "ADM1"))
    places[1].admin1 = "Wenda"
    chosen = choose_place(text, places, "PH")
    assert chosen is places[0]
    assert with_province(text, places, chosen).admin1 == "Wenda"


def test_a_town_with_a_province_keeps_it() -> None:
    text = "Fishermen rallied in Sorrel city (Wenda province) against a port ban."
    places = places_in(text, ("Sorrel", "PH", "PPL"), ("Wenda", "PH", "ADM1"))
    places[0].admin1, places[1].admin1 = "Halen", "Wenda"
    assert with_province(text, places, places[0]) is places[0]
