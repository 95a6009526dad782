"""Country names and demonyms in text."""

from __future__ import annotations

from frontlines.coding.countries import countries_in


def test_countries_are_whole_names_longest_first() -> None:
    text = "South Sudanese troops crossed from Sudan; Afghans fled."
    assert countries_in(text) == [(0, 14, "SS"), (35, 40, "SD"), (42, 49, "AF")]
    assert countries_in("Sudanesey Afghanistanis") == []


def test_short_codes_count_only_in_capitals() -> None:
    assert [code for _, _, code in countries_in("US forces said to us")] == ["US"]


def test_each_call_gets_its_own_list() -> None:
    countries_in("Kenya").clear()
    assert countries_in("Kenya") == [(0, 5, "KE")]
