"""Country names and demonyms in text."""

from __future__ import annotations

from frontlines.coding.countries import countries_in, document_country
from frontlines.model import Document, Place


def test_countries_are_whole_names_longest_first() -> None:
    text = "South Sudanese troops crossed from Sudan; Afghans fled."
    assert countries_in(text) == [(0, 14, "SS"), (35, 40, "SD"), (42, 49, "AF")]
    assert countries_in("Sudanesey Afghanistanis") == []


def test_short_codes_count_only_in_capitals() -> None:
    assert [code for _, _, code in countries_in("US forces said to us")] == ["US"]


def test_each_call_gets_its_own_list() -> None:
    countries_in("Kenya").clear()
    assert countries_in("Kenya") == [(0, 5, "KE")]


def test_a_report_is_in_the_country_of_its_towns_not_of_a_country_it_names() -> None:
    text = "A US patrol drove through Raqqa; US officials said so."
    places = [Place(2, 4, "US", "United States", geonameid=1, country_code="US", feature_code="PCLI"),
              Place(26, 31, "Raqqa", "Raqqa", geonameid=2, country_code="SY", feature_code="PPLA"),
              Place(33, 35, "US", "United States", geonameid=1, country_code="US", feature_code="PCLI")]
    assert document_country(Document("d", text, places=places)) == "SY"


def test_a_report_naming_only_countries_is_in_the_one_named_most() -> None:
    text = "Kenya and Uganda met; Uganda agreed."
    places = [Place(0, 5, "Kenya", "Kenya", geonameid=1, country_code="KE", feature_code="PCLI"),
              Place(10, 16, "Uganda", "Uganda", geonameid=2, country_code="UG", feature_code="PCLI"),
              Place(22, 28, "Uganda", "Uganda", geonameid=2, country_code="UG", feature_code="PCLI")]
    assert document_country(Document("d", text, places=places)) == "UG"
