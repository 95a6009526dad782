"""Score predicted events against gold ACLED records, field by field."""

from __future__ import annotations

import math
import re
import statistics
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from frontlines.evaluation.acled_io import AcledRecord
from frontlines.evaluation.acled_taxonomy import (
    LEGACY_EVENT_TYPES,
    canonical_event_type,
    canonical_sub_event_type,
)
from frontlines.evaluation.label_scores import LabelReport, score_labels
from frontlines.exporters.countries import resolve_country
from frontlines.model import Event, Location

__all__ = ["NEAR_KM", "NO_EVENT", "AdminAreas", "EvalReport", "FieldScore", "actor_key", "admin_key",
           "haversine_km", "in_gold_admin1", "near_gold", "same_admin1", "score_events"]

NO_EVENT = "no event"  # the label of a document the coder found no event in
NEAR_KM = 25.0

_REGIME_YEARS = re.compile(r"\(\s*\d{4}\s*-\s*(?:\d{4})?\s*\)")
_ACRONYM = re.compile(r"^[^:]{1,20}:\s+")
_TRAILING_PARENS = re.compile(r"\(([^()]*)\)\s*$")
_ADMIN_WORDS = frozenset({
    "province", "state", "region", "division", "governorate", "district", "oblast", "county",
    "department", "prefecture", "territory", "muhafazah", "wilayah",
})
Pair = tuple[AcledRecord, Event | None]
# (ISO2 country, admin1 name) -> ids of that country's first-level areas known by the name (any of
# their names, in any spelling the gazetteer holds): "Sachsen" and "Saxony" name the same Land.
AdminAreas = Callable[[str, str], frozenset[str]]


@dataclass(frozen=True, slots=True)
class FieldScore:
    """How often one field matched gold, over the records whose gold value is known."""

    name: str
    correct: int
    total: int

    @property
    def accuracy(self) -> float | None:
        """Share correct, or None when no record could be scored."""
        return self.correct / self.total if self.total else None


@dataclass(frozen=True, slots=True)
class EvalReport:
    """The scores of one evaluation run; a record with no predicted event misses every field."""

    records: int
    predicted: int
    fields: tuple[FieldScore, ...]
    median_km: float | None
    event_type: LabelReport
    sub_event_type: LabelReport
    # The reach of the places found in the notes: the share of records with a gold point (gold
    # admin1) for which some gazetteer reading of some place found lies within NEAR_KM of it (in it),
    # the best any choice among the readings could score; None where not measured.
    ceiling_25km: float | None = None
    ceiling_admin1: float | None = None
    # The same for every gazetteer entry some words of the notes name: the gazetteer's ceiling,
    # whatever a recogniser finds and chooses.
    ceiling_names_25km: float | None = None
    ceiling_names_admin1: float | None = None

    def field(self, name: str) -> FieldScore:
        """The score of one field by name ("actor1", "within_25km", ...)."""
        return next(f for f in self.fields if f.name == name)

    def to_dict(self) -> dict[str, object]:
        """Plain JSON-ready dict (for `--json`)."""
        return {
            "records": self.records, "predicted": self.predicted, "median_km": self.median_km,
            "fields": {f.name: {"correct": f.correct, "total": f.total, "accuracy": f.accuracy}
                       for f in self.fields},
            "event_type": self.event_type.to_dict(), "sub_event_type": self.sub_event_type.to_dict(),
            **{name: value for name, value in (
                ("ceiling_25km", self.ceiling_25km), ("ceiling_admin1", self.ceiling_admin1),
                ("ceiling_names_25km", self.ceiling_names_25km),
                ("ceiling_names_admin1", self.ceiling_names_admin1)) if value is not None},
        }

    def format_table(self) -> str:
        """Human-readable summary: field accuracies, then the sub-event type table, weakest first."""
        share = self.predicted / self.records if self.records else 0.0
        lines = [f"{self.records} gold events, {self.predicted} with a predicted event ({share:.1%})",
                 f"  {'field':<16}  {'accuracy':>8}  {'correct':>7} / total"]
        for f in self.fields:
            accuracy = "-" if f.accuracy is None else f"{f.accuracy:.1%}"
            lines.append(f"  {f.name:<16}  {accuracy:>8}  {f.correct:>7} / {f.total}")
        median = "-" if self.median_km is None else f"{self.median_km:.1f} km"
        lines.append(f"  median distance to gold: {median}")
        if self.ceiling_25km is not None or self.ceiling_admin1 is not None:
            near, inside = _percent(self.ceiling_25km), _percent(self.ceiling_admin1)
            lines += [f"  reach: {near} of records have a reading within {NEAR_KM:g} km of the gold point, "
                      f"{inside} one in the gold admin1",
                      "  (some gazetteer reading of some place found: the best any choice could do)"]
        if self.ceiling_names_25km is not None or self.ceiling_names_admin1 is not None:
            near, inside = _percent(self.ceiling_names_25km), _percent(self.ceiling_names_admin1)
            lines += [f"  any name: {near} within {NEAR_KM:g} km, {inside} in the gold admin1",
                      "  (some entry that some words of the notes name: the gazetteer's ceiling)"]
        lines.append("")
        lines.append(self.sub_event_type.format_table("sub_event_type"))
        return "\n".join(lines)


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}"


def score_events(pairs: Sequence[Pair], admin_areas: AdminAreas | None = None) -> EvalReport:
    """Score each gold record against the main event predicted from its notes (None: nothing found).

    `admin_areas` lets admin1 names that differ in spelling or language count as the same area
    (see `same_admin1`); without it they are compared by `admin_key` alone.
    """
    checks = _FIELD_CHECKS | {"admin1": partial(_admin1, admin_areas=admin_areas)}
    fields = [_field(name, pairs, check) for name, check in checks.items()]
    distances = [d for gold, event in pairs
                 if event is not None and (d := _distance(gold, event.location)) is not None]
    event_types = score_labels([_gold_event_type(g, e) for g, e in pairs], [_event_type(e) for _, e in pairs])
    with_sub_type = [(g, e) for g, e in pairs if _gold_sub_type(g)]
    sub_types = score_labels([_gold_sub_type(g) for g, _ in with_sub_type],
                             [_sub_type(e) for _, e in with_sub_type])
    fields[:0] = [FieldScore("event_type", event_types.correct, event_types.total),
                  FieldScore("sub_event_type", sub_types.correct, sub_types.total)]
    return EvalReport(
        records=len(pairs), predicted=sum(e is not None for _, e in pairs), fields=tuple(fields),
        median_km=statistics.median(distances) if distances else None,
        event_type=event_types, sub_event_type=sub_types,
    )


# A check returns None when the gold value is unknown (the record is not scored on that field).
Check = Callable[[AcledRecord, Event], bool | None]


def _field(name: str, pairs: Sequence[Pair], check: Check) -> FieldScore:
    correct = total = 0
    for gold, event in pairs:
        # A missing prediction is scored as a miss wherever the gold value is known.
        verdict = check(gold, event or _EMPTY)
        if event is None and verdict:
            verdict = False
        if verdict is not None:
            total += 1
            correct += verdict
    return FieldScore(name, correct, total)


_EMPTY = Event(id="", acled_event_type="", acled_sub_event_type="", plover_event="")


def _actor1(gold: AcledRecord, event: Event) -> bool | None:
    if not gold.actor1:
        return None
    return event.actor1 is not None and actor_key(event.actor1.name) == actor_key(gold.actor1)


def _actor2(gold: AcledRecord, event: Event) -> bool | None:
    # An empty gold actor2 is a fact (a one-sided event), so predicting none there is right.
    return actor_key(event.actor2.name if event.actor2 else "") == actor_key(gold.actor2)


def _inter1(gold: AcledRecord, event: Event) -> bool | None:
    if gold.inter1 is None:
        return None
    return event.actor1 is not None and event.actor1.inter == gold.inter1


def _inter2(gold: AcledRecord, event: Event) -> bool | None:
    return (event.actor2.inter if event.actor2 else None) == gold.inter2


def _country(gold: AcledRecord, event: Event) -> bool | None:
    code = resolve_country(gold.country) if gold.country else None
    if code is None:
        return None
    return event.location is not None and (event.location.country_code or "").upper() == code


def _admin1(gold: AcledRecord, event: Event, admin_areas: AdminAreas | None = None) -> bool | None:
    return in_gold_admin1(gold, event.location, admin_areas)


def in_gold_admin1(gold: AcledRecord, location: Location | None,
                   admin_areas: AdminAreas | None) -> bool | None:
    """Whether `location` lies in the record's admin1 (`same_admin1`); None when the gold has none.
    A location in another country lies in no admin1 of the gold one, whatever its area is called."""
    if not gold.admin1:
        return None
    if location is None or not location.admin1:
        return False
    country = resolve_country(gold.country) if gold.country else None
    if country and location.country_code and location.country_code.upper() != country:
        return False
    return same_admin1(gold.admin1, location.admin1, country, admin_areas)


def same_admin1(gold: str, predicted: str, country: str | None, admin_areas: AdminAreas | None) -> bool:
    """Whether two admin1 names name one area: equal `admin_key`s, else (given the gold country and
    `admin_areas`) names of one of that country's first-level areas ("Sachsen" / "Saxony",
    "Yangon" / "Rangoon"). A name of an area in another country, or of a district, never counts."""
    if admin_key(gold) == admin_key(predicted):
        return True
    if admin_areas is None or not country:
        return False
    return bool(admin_areas(country, gold) & admin_areas(country, predicted))


def _near(gold: AcledRecord, event: Event) -> bool | None:
    return near_gold(gold, event.location)


def near_gold(gold: AcledRecord, location: Location | None) -> bool | None:
    """Whether `location` lies within NEAR_KM of the record's point; None when the gold has none."""
    if gold.latitude is None or gold.longitude is None:
        return None
    distance = _distance(gold, location)
    return distance is not None and distance <= NEAR_KM


def _geo_precision(gold: AcledRecord, event: Event) -> bool | None:
    if gold.geo_precision is None:
        return None
    return event.location is not None and event.location.geo_precision == gold.geo_precision


def _time_precision(gold: AcledRecord, event: Event) -> bool | None:
    return None if gold.time_precision is None else event.time_precision == gold.time_precision


_FIELD_CHECKS: dict[str, Check] = {
    "actor1": _actor1,
    "actor2": _actor2,
    "inter1": _inter1,
    "inter2": _inter2,
    "country": _country,
    "admin1": _admin1,
    "within_25km": _near,
    "geo_precision": _geo_precision,
    "date": lambda gold, event: event.date == gold.event_date,
    "time_precision": _time_precision,
    "fatalities": lambda gold, event: event.fatalities == gold.fatalities,
}


def _distance(gold: AcledRecord, location: Location | None) -> float | None:
    if location is None or location.lat is None or location.lon is None:
        return None
    if gold.latitude is None or gold.longitude is None:
        return None
    return haversine_km(gold.latitude, gold.longitude, location.lat, location.lon)


def _event_type(event: Event | None) -> str:
    return canonical_event_type(event.acled_event_type) if event is not None else NO_EVENT


def _sub_type(event: Event | None) -> str:
    return canonical_sub_event_type(event.acled_sub_event_type) if event is not None else NO_EVENT


def _gold_event_type(gold: AcledRecord, event: Event | None) -> str:
    """The gold type; a pre-2019 type counts as the prediction when that is one of its successors."""
    legacy = LEGACY_EVENT_TYPES.get(gold.event_type.casefold()) if gold.legacy else None
    if legacy is not None and _event_type(event) in legacy.event_types:
        return _event_type(event)
    return gold.event_type


def _gold_sub_type(gold: AcledRecord) -> str:
    """The gold sub-type; for pre-2019 records only where the old type implies one (else "")."""
    if not gold.legacy:
        return gold.sub_event_type
    legacy = LEGACY_EVENT_TYPES.get(gold.event_type.casefold())
    return legacy.sub_event_type if legacy is not None else ""


def actor_key(name: str) -> tuple[str, str]:
    """(name, country) to compare actor names by.

    Regime years ("(2021-)", "(2002-2013)") and an acronym prefix ("AL: ") are dropped; case,
    diacritics and punctuation are ignored; a trailing "(Country)" must name the same country,
    compared as an ISO code so "(Syria)" equals "(Syrian Arab Republic)".

    Why years go: ACLED's years date the government a state force served, and ACLED itself
    rewrites "(2021-)" as "(2021-2022)" once that government ends, so they do not tell actors
    apart within a period, and a report gives no way to know them. A branch after the years
    ("Military Forces of Russia (2000-) Air Force") is kept: ACLED names it as an actor of its own.
    """
    name = _ACRONYM.sub("", _REGIME_YEARS.sub(" ", name).strip())
    country = ""
    match = _TRAILING_PARENS.search(name)
    if match:
        country = resolve_country(match[1]) or _fold(match[1])
        name = name[: match.start()]
    return _fold(name), country


def admin_key(name: str) -> str:
    """Admin area name to compare by: folded, with generic words ("Province", "Division") dropped."""
    words = [w for w in _fold(name).split() if w not in _ADMIN_WORDS]
    return " ".join(words) or _fold(name)


def _fold(text: str) -> str:
    """Lower-case, strip diacritics and apostrophes ("People's" = "Peoples"), other punctuation to
    spaces, squeeze spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[\W_]+", " ", re.sub(r"['’`]", "", plain)).split())


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (mean Earth radius 6371 km)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))
