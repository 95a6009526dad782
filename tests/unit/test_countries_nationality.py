"""Words for a nation's people: demonyms and their plurals, not the country's name."""

from __future__ import annotations

from frontlines.coding.countries import names_nation, nationality_of


def test_a_demonym_or_its_plural_names_a_nations_people() -> None:
    words = ("Sudanese", "Ukrainians", "German", "Germans")
    assert [nationality_of(w) for w in words] == ["SD", "UA", "DE", "DE"]


def test_a_countrys_name_a_code_or_a_lower_case_word_names_no_people() -> None:
    assert [nationality_of(w) for w in ("Sudan", "US", "german", "Students")] == [None, None, None, None]


def test_words_name_a_nation_by_its_country_or_its_people() -> None:
    assert names_nation("refugees from Syria") and names_nation("Syrians living abroad")
    assert not names_nation("students from the university")
