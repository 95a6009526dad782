"""A report whose places all stay unresolved is in the country their gazetteer readings agree on.
Places and names here are invented."""

from __future__ import annotations

from frontlines.coding.countries import document_country, readings_country
from frontlines.gazetteer import GazEntry, Gazetteer
from frontlines.model import Document, Place

# Orvasta: one small village, in Sweden. Kellin: towns in Sweden, Peru and Chile. Darrowmere: a
# hamlet in Italy. Velmarsk: a village in Sweden. Tobbeck: a town in Peru.
GAZETTEER = Gazetteer.from_entries([
    GazEntry(9101, "Orvasta", "PPL", "SE", 60.1, 15.2, 900),
    GazEntry(9102, "Kellin", "PPL", "SE", 59.0, 16.0, 3_000),
    GazEntry(9103, "Kellin", "PPL", "PE", -12.0, -77.0, 5_000),
    GazEntry(9104, "Kellin", "PPL", "CL", -33.0, -70.0, 1_000),
    GazEntry(9105, "Darrowmere", "PPL", "IT", 45.0, 9.0, 300),
    GazEntry(9106, "Velmarsk", "PPL", "SE", 61.0, 14.0, 700),
    GazEntry(9107, "Tobbeck", "PPL", "PE", -13.0, -76.0, 2_000),
])


def unresolved(text: str, *names: str) -> Document:
    """A document whose named places the resolver left without a reading."""
    places = [Place(text.index(n), text.index(n) + len(n), n, n) for n in names]
    return Document("d", text, places=places)


def test_the_one_country_of_a_lone_village_is_the_reports() -> None:
    doc = unresolved("About 40 people protested in Orvasta against a wind farm.", "Orvasta")
    assert document_country(doc, GAZETTEER) == "SE"
    assert readings_country(["Velmarsk"], GAZETTEER) == "SE"


def test_names_each_ambiguous_or_abroad_agree_on_a_country() -> None:
    # Kellin alone could be in three countries; with Orvasta and Velmarsk the report is in Sweden,
    # though one of its names also has a reading in Italy.
    assert readings_country(["Kellin", "Orvasta"], GAZETTEER) == "SE"
    assert readings_country(["Darrowmere", "Orvasta", "Velmarsk"], GAZETTEER) == "SE"
    assert readings_country(["Kellin", "Tobbeck"], GAZETTEER) == "PE"


def test_names_that_disagree_or_a_name_of_many_countries_decide_nothing() -> None:
    assert readings_country(["Darrowmere", "Orvasta"], GAZETTEER) is None  # one vote each
    assert readings_country(["Kellin"], GAZETTEER) is None  # a third of a vote to each country
    assert readings_country(["Kellin", "Tobbeck", "Orvasta"], GAZETTEER) is None  # Peru ties Sweden
    assert readings_country(["Quindarra"], GAZETTEER) is None  # no reading at all


def test_a_country_or_a_unit_of_one_country_the_report_names_comes_before_the_readings() -> None:
    doc = unresolved("Kenyan police fired tear gas at traders in Darrowmere.", "Darrowmere")
    assert document_country(doc, GAZETTEER) == "KE"
    doc = unresolved("Students clashed with police in Darrowmere upazila.", "Darrowmere")
    assert document_country(doc, GAZETTEER) == "BD"
