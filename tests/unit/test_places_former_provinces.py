"""Former provinces still named in news (Kenya's, 1963-2013) are curated areas of their country: a
Kenyan story's "Nyanza" is the province, not the Rwandan town of that name."""

from __future__ import annotations

from builders import analysed_doc

from frontlines.gazetteer import GazEntry, Gazetteer
from frontlines.gazetteer.build import terrain_entries
from frontlines.gazetteer.sources import read_terrain
from frontlines.stages.places import PlaceResolver


def test_kenyas_former_provinces_are_curated_with_a_source() -> None:
    rows = {r.name: r for r in read_terrain()}
    for name in ("Nyanza Province", "Rift Valley Province", "Western Province", "North Eastern Province",
                 "Coast Province", "Central Province", "Eastern Province"):
        assert rows[name].country_code == "KE" and rows[name].source.startswith("Wikipedia: "), name
    assert "Nyanza" in rows["Nyanza Province"].alternate_names
    assert "Rift Valley" in rows["Rift Valley Province"].alternate_names


def test_a_kenyan_storys_nyanza_is_the_former_province() -> None:
    nyanza = next(e for e in terrain_entries() if e.name == "Nyanza Province")
    entries = [
        nyanza,
        GazEntry(201463, "Nyanza", "PPL", "RW", -2.35, 29.75, 225_000, "14", "Southern Province"),
        GazEntry(184745, "Nairobi", "PPLC", "KE", -1.28, 36.82, 2_750_000, "30", "Nairobi"),
        GazEntry(178443, "Kisumu", "PPL", "KE", -0.1, 34.75, 400_000, "17", "Kisumu"),
    ]
    resolver = PlaceResolver(Gazetteer.from_entries(entries))
    text = "Cholera cases rose in Nyanza, the health ministry in Nairobi said, with most near Kisumu."
    doc = analysed_doc(text, [("Nyanza", "GPE"), ("Nairobi", "GPE"), ("Kisumu", "GPE")])
    place = next(p for p in resolver(doc).places if p.text == "Nyanza")
    assert place.country_code == "KE"
