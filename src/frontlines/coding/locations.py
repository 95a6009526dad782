"""Event locations: the most specific place, converted to a `Location` with ACLED geo precision."""

from __future__ import annotations

from collections.abc import Callable

from frontlines.model import Location, Place


def _fallback_locate(place: Place) -> Location:
    """Place -> Location when the places stage offers none: towns 1, districts 2, provinces/countries 3."""
    code = place.feature_code or ""
    precision = 1 if code.startswith("PPL") else 2 if code in ("ADM2", "ADM3", "ADM4") else 3
    if not code and place.geonameid is None:
        precision = 2
    return Location(
        name=place.name or place.text,
        geonameid=place.geonameid,
        lat=place.lat,
        lon=place.lon,
        country_code=place.country_code,
        admin1=place.admin1,
        admin2=place.admin2,
        geo_precision=precision,
    )


try:  # the places stage exports the real converter (gazetteer-aware); use it when present
    from frontlines.stages.places import locate as _locate  # type: ignore[attr-defined,unused-ignore]
except ImportError:
    _locate = _fallback_locate

locate: Callable[[Place], Location] = _locate


def specificity(place: Place) -> int:
    """Lower is more specific: towns, then districts, then provinces, then countries, unresolved last."""
    code = place.feature_code or ""
    if place.geonameid is None:
        return 5
    if code.startswith("PPL"):
        return 0
    if code in ("ADM3", "ADM4", "ADM2"):
        return 1
    if code == "ADM1":
        return 2
    return 3 if code.startswith("PCL") else 1


def most_specific(places: list[Place]) -> Place | None:
    """The most specific of `places`, the first one winning ties."""
    return min(places, key=specificity) if places else None
