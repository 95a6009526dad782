"""Country names after "of" in state actors' names take "the" where English gives them one."""

from __future__ import annotations

from frontlines.coding.catalogue import fill_country
from frontlines.coding.countries import country_after_of


def test_plural_and_descriptive_country_names_take_the_article_after_of() -> None:
    assert fill_country("Police Forces of {country}", "US") == "Police Forces of the United States"
    assert fill_country("Military Forces of {country}", "PH") == "Military Forces of the Philippines"
    congo = fill_country("Military Forces of {country}", "CD")
    assert congo == "Military Forces of the Democratic Republic of Congo"
    assert country_after_of("GB") == "the United Kingdom"


def test_other_names_and_names_in_brackets_take_none() -> None:
    assert fill_country("Police Forces of {country}", "KE") == "Police Forces of Kenya"
    assert fill_country("Protesters ({country})", "US") == "Protesters (United States)"
    assert fill_country("Police Forces of {country}", None) == "Police Forces"
