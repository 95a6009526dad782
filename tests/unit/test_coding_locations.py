"""Where an event happened: the place of a sentence that `choose_place` takes (invented sentences)."""

from __future__ import annotations

from builders import places_in

from frontlines.coding.locations import choose_place, containers, home_country


def test_a_place_in_parentheses_after_another_only_contains_it() -> None:
    text = "Gunmen raided Sirwah district (Marib) at dawn."
    places = places_in(text, ("Sirwah", "YE", "ADM2"), ("Marib", "YE", "PPL"))
    places[1].admin1 = "Ma’rib"  # the town that names the governorate stands for the governorate
    chosen = choose_place(text, places, "YE")
    assert chosen is not None and chosen.text == "Sirwah"


def test_a_province_after_a_comma_contains_the_town_before_it() -> None:
    text = "Shells fell on Dolynka, Zarechna region."
    places = places_in(text, ("Dolynka", "UA", "PPL"), ("Zarechna", "UA", "ADM1"))
    assert containers(text, places)[0] == [places[1]]


def test_a_list_of_towns_is_no_chain_of_containers() -> None:
    text = "Protests were held in Alba, Breda and Corte."
    places = places_in(text, ("Alba", "IT", "PPL"), ("Breda", "NL", "PPL"), ("Corte", "FR", "PPL"))
    assert containers(text, places)[0] == []


def test_the_containers_of_an_unknown_place_are_where_it_happened() -> None:
    text = "Students marched in Tharkone township (Lower Ayar district, Ayar region) on Monday in Nomaland."
    places = places_in(text, ("Tharkone", None, ""), ("Ayar region", "MM", "ADM1"),
                       ("Nomaland", "MM", "PCLI"))
    chosen = choose_place(text, places, "MM")
    assert chosen is not None and chosen.text == "Ayar region"


def test_a_country_holds_no_containers_and_a_container_is_never_more_specific() -> None:
    text = "He was seized near the border of Nomaland (Kitu, Lara) and Lara state (coded to Barton, Lara)."
    places = places_in(text, ("Nomaland", "BI", "PCLI"), ("Kitu", "BI", "PPL"), ("Lara", "BI", "ADM1"),
                       ("Lara", "BI", "ADM1"), ("Barton", "BI", "PPL"))
    chains = containers(text, places)
    assert chains[0] == [] and chains[3] == []


def test_of_two_readings_the_one_in_the_documents_country_wins() -> None:
    text = "Troops burned houses in Thit Pyin village near Mawlu town."
    places = places_in(text, ("Thit Pyin", "US", "PPL"), ("Mawlu", "MM", "PPL"))
    chosen = choose_place(text, places, home="MM")
    assert chosen is not None and chosen.text == "Mawlu"


def test_a_place_read_abroad_gives_way_to_its_container_at_home() -> None:
    text = "Troops burned Kone Pin village (Kutlo township, Shan state)."
    places = places_in(text, ("Kone Pin", "TH", "PPL"), ("Kutlo", "MM", "ADM2"), ("Shan", "MM", "ADM1"))
    chosen = choose_place(text, places, home="MM")
    assert chosen is not None and chosen.text == "Kutlo"


def test_the_home_country_is_where_most_places_lie_and_none_on_a_tie() -> None:
    berlin_rally = places_in("Rally in Berlin and Hamburg against the war in Ukraine.",
                             ("Berlin", "DE", "PPLC"), ("Hamburg", "DE", "PPL"), ("Ukraine", "UA", "PCLI"))
    assert home_country(berlin_rally) == "DE"
    tie = places_in("Teachers marched in Orvasta and Free.", ("Orvasta", "TN", "PPL"), ("Free", "ZA", "ADM1"))
    assert home_country(tie) is None
    assert home_country([]) is None


def test_a_name_repeated_does_not_outvote_the_others() -> None:
    text = "Doctors of the Roosevelt Hospital protested in Guatemala City, Guatemala; Roosevelt staff joined."
    places = places_in(text, ("Roosevelt", "US", "PPL"), ("Guatemala City", "GT", "PPLC"),
                       ("Guatemala", "GT", "PCLI"), ("Roosevelt", "US", "PPL"))
    assert home_country(places) == "GT"


def test_of_two_towns_the_one_its_named_province_confirms_wins() -> None:
    text = "Protesters rallied at Bedlow Square and marched in Westmoor (Corland)."
    places = places_in(text, ("Bedlow", "US", "PPL"), ("Westmoor", "US", "PPL"), ("Corland", "US", "ADM1"))
    places[0].admin1, places[1].admin1, places[2].admin1 = "Texas", "Corland", "Corland"
    chosen = choose_place(text, places, "US")
    assert chosen is not None and chosen.text == "Westmoor"


def test_a_town_read_in_another_province_than_its_named_one_gives_way_to_the_container() -> None:
    text = "Troops burned Kan Pyin village (Pakko district, Magwe region)."
    places = places_in(text, ("Kan Pyin", "MM", "PPL"), ("Pakko", "MM", "ADM2"), ("Magwe", "MM", "ADM1"))
    places[0].admin1, places[1].admin1, places[2].admin1 = "Rangoon", "Magwe", "Magwe"
    chosen = choose_place(text, places, "MM")
    assert chosen is not None and chosen.text == "Pakko"
    places[0].admin1 = None  # a town without a known province is not contradicted
    assert choose_place(text, places, "MM") is places[0]


def test_a_list_of_provinces_is_no_chain_of_containers() -> None:
    text = "Air strikes hit Hajra, Mariba, and Sada governorates."
    places = places_in(text, ("Hajra", "YE", "PPL"), ("Mariba", "YE", "PPL"), ("Sada", "YE", "PPL"))
    for place in places:
        place.admin1 = place.name  # each town names its governorate
    assert containers(text, places)[0] == []


def test_without_a_home_country_a_container_abroad_does_not_replace_the_place() -> None:
    text = "Gunmen shot a man in Marsa town (Saku, Marsa county)."
    places = places_in(text, ("Marsa", "KE", "PPL"), ("Saku", "JP", "PPL"))
    chosen = choose_place(text, places, home=None)
    assert chosen is not None and chosen.text == "Marsa"


def test_a_town_and_its_district_of_one_name_are_two_votes() -> None:
    text = "Fighting near Tar Pin village (Mosa township, Mosa district) between LIB 24 and rebels."
    places = places_in(text, ("Tar Pin", "ID", "PPL"), ("Mosa", "MM", "PPL"), ("Mosa", "MM", "ADM2"),
                       ("LIB", "MH", "PPL"))
    assert home_country(places) == "MM"


def test_a_place_the_event_is_about_is_not_where_it_happened() -> None:
    text = "Around 30 people demonstrated in Geltow against the war in Ukraine."
    places = places_in(text, ("Geltow", "DE", "PPL"), ("Ukraine", "UA", "PCLI"))
    chosen = choose_place(text, places, None)
    assert chosen is not None and chosen.text == "Geltow"
    text = "About 3,000 refugees from Ukraine arrived in Slovakia."
    places = places_in(text, ("Ukraine", "UA", "PCLI"), ("Slovakia", "SK", "PCLI"))
    chosen = choose_place(text, places, None)
    assert chosen is not None and chosen.text == "Slovakia"
    text = "Activists rallied in Porto Alegre in support of Ukraine."
    places = places_in(text, ("Porto Alegre", None, "PPL"), ("Ukraine", "UA", "PCLI"))
    chosen = choose_place(text, places, None)
    assert chosen is not None and chosen.text == "Porto Alegre"


def test_a_place_the_event_is_about_stays_when_it_is_the_only_one() -> None:
    text = "Activists rallied in support of Ukraine."
    chosen = choose_place(text, places_in(text, ("Ukraine", "UA", "PCLI")), None)
    assert chosen is not None and chosen.text == "Ukraine"


def test_without_a_home_country_an_admin_area_named_as_container_outweighs_a_reading_abroad() -> None:
    text = "Candidates protested in Xinzhi, Keeling City on Friday."
    places = places_in(text, ("Xinzhi", "CN", "PPL"), ("Keeling City", "TW", "ADM2"))
    chosen = choose_place(text, places, home=None)
    assert chosen is not None and chosen.text == "Keeling City"


def test_a_city_named_as_written_after_its_province_is_a_container() -> None:
    text = "Russian forces fired at Kalynivka, Dnipropetrovia. Casualties unknown."
    places = places_in(text, ("Kalynivka", "UA", "PPL"), ("Dnipropetrovia", "UA", "PPL"))
    places[0].admin1 = "Khersonia Oblast"
    places[1].name, places[1].admin1 = "Dnipria", "Dnipropetrovia Oblast"
    chosen = choose_place(text, places, "UA")
    assert chosen is not None and chosen.text == "Dnipropetrovia"


def test_a_container_of_the_same_name_read_abroad_does_not_replace_the_place() -> None:
    text = "Activists protested in Karag city (Karag, KPK) on Sunday."
    places = places_in(text, ("Karag", "PK", "PPL"), ("Karag", "JO", "ADM1"))
    chosen = choose_place(text, places, home=None)
    assert chosen is not None and chosen.country_code == "PK"


def test_a_curated_area_is_less_specific_than_a_town_in_it() -> None:
    text = "Israeli strikes hit the Gaza Strip, killing five in Rafah."
    places = places_in(text, ("Gaza Strip", "PS", "AREA"), ("Rafah", "PS", "PPL"))
    chosen = choose_place(text, places, home="PS")
    assert chosen is not None and chosen.text == "Rafah"
