"""Evaluate event coding against ACLED gold events and CASE 2021 task 2 labels.

Each gold record's `notes` becomes one document; the coder (any function from documents to coded
documents, normally the pipeline) codes them in batches, and its most salient event, `events[0]`,
is scored against the record.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from difflib import SequenceMatcher
from pathlib import Path

from frontlines.evaluation.acled_io import AcledRecord, parse_acled_date, read_acled_csv, read_case_tsv
from frontlines.evaluation.acled_taxonomy import CASE_CODES, SUB_EVENT_TYPES, canonical_sub_event_type
from frontlines.evaluation.batches import BATCH_SIZE, Coder, code_in_batches
from frontlines.evaluation.event_scores import (
    NO_EVENT,
    AdminAreas,
    EvalReport,
    FieldScore,
    actor_key,
    admin_key,
    haversine_km,
    in_gold_admin1,
    near_gold,
    score_events,
)
from frontlines.evaluation.label_scores import LabelReport, LabelScore, score_labels
from frontlines.gazetteer.index import Gazetteer
from frontlines.gazetteer.normalize import key_of
from frontlines.gazetteer.resolve import readings
from frontlines.model import Document, Event, Location
from frontlines.stages.places import locate, mention_for_span, to_place

# How alike two admin1 names must be spelled, as `admin_key`s, to name one area: "Idleb" / "Idlib"
# 0.80, "Thi Qar" / "Dhi Qar" 0.83, "Zaporizhia" / "Zaporizhzhya Oblast" 0.91.
SPELLED_ALIKE = 0.8

__all__ = [
    "BATCH_SIZE", "CASE_CODES", "NO_EVENT", "SUB_EVENT_TYPES", "AcledRecord", "AdminAreas", "Coder",
    "EvalReport", "FieldScore", "GazetteerAdminAreas", "LabelReport", "LabelScore", "actor_key", "admin_key",
    "evaluate_acled", "evaluate_case", "haversine_km", "main_event", "name_readings", "parse_acled_date",
    "place_readings", "reach", "read_acled_csv", "read_case_tsv", "record_document", "score_events",
    "score_labels",
]


def record_document(record: AcledRecord) -> Document:
    """The document a gold record is coded from: its notes, published on the event date."""
    return Document(id=record.event_id, text=record.notes, published=record.event_date,
                    published_source="input")


def main_event(doc: Document) -> Event | None:
    """The prediction for a document: its most salient event that ACLED codes, or None."""
    return next((event for event in doc.events if event.acled_event_type), None)


class GazetteerAdminAreas:
    """`AdminAreas` from the gazetteer: the first-level areas of a country that go by a name.

    ACLED writes admin1 names its own way ("Sachsen", "Yangon", "Centre-Val de Loire", "Idleb") and
    the gazetteer another ("Saxony", "Rangoon", "Centre", "Idlib"); both name one GeoNames area, so
    the scorer compares the areas, not the spellings. A name no area of the country goes by is taken
    for the one area whose name is spelled alike (`SPELLED_ALIKE`), when exactly one is: "Baja
    California Sur" is an area of its own and never taken for "Baja California". The gazetteer is
    loaded on first need.
    """

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._gazetteer = gazetteer
        self._memo: dict[tuple[str, str], frozenset[str]] = {}

    def __call__(self, country: str, name: str) -> frozenset[str]:
        key = (country.upper(), name)
        if key not in self._memo:
            if self._gazetteer is None:
                self._gazetteer = Gazetteer.load()
            self._memo[key] = frozenset(
                f"{e.country_code}.{e.admin1_code}" for e in self._gazetteer.lookup(name)
                if e.feature_code == "ADM1" and e.country_code == key[0] and e.admin1_code
            ) or self._spelled_alike(key[0], name)
        return self._memo[key]

    def _spelled_alike(self, country: str, name: str) -> frozenset[str]:
        assert self._gazetteer is not None
        wanted = admin_key(name)
        alike = {f"{country}.{code}" for code, area in self._gazetteer.admin1_names(country).items()
                 if SequenceMatcher(None, wanted, admin_key(area)).ratio() >= SPELLED_ALIKE}
        return frozenset(alike) if len(alike) == 1 else frozenset()


def evaluate_acled(path: str | Path, coder: Coder, limit: int | None = None, progress: bool = False,
                   batch_size: int = BATCH_SIZE, admin_areas: AdminAreas | None = None,
                   gazetteer: Gazetteer | None = None) -> EvalReport:
    """Code the notes of each ACLED record and score the main events (records without notes are
    skipped), with the reach of the places found and of every name in the notes (`reach`).

    Admin1 names are compared through `admin_areas`, by default those of `gazetteer`
    (`GazetteerAdminAreas`); the gazetteer, by default the installed one, is opened once, after the
    coding, for both.
    """
    records = list(itertools.islice((r for r in read_acled_csv(path) if r.notes), limit))
    coded = code_in_batches(coder, [record_document(r) for r in records], progress, batch_size)
    pairs = [(record, main_event(doc)) for record, doc in zip(records, coded, strict=True)]
    gazetteer = gazetteer if gazetteer is not None else Gazetteer.load()
    areas = admin_areas or GazetteerAdminAreas(gazetteer)
    both = list(zip(records, coded, strict=True))
    near, inside = reach(both, lambda doc: place_readings(doc, gazetteer), areas)
    named_near, named_inside = reach(both, lambda doc: name_readings(doc.text, gazetteer), areas)
    return replace(score_events(pairs, areas), ceiling_25km=near, ceiling_admin1=inside,
                   ceiling_names_25km=named_near, ceiling_names_admin1=named_inside)


def place_readings(doc: Document, gazetteer: Gazetteer) -> list[Location]:
    """Where an event would be placed by each gazetteer reading of each place found in the coded
    document (`resolve.readings` of the place's span, as the resolver looks it up, placed by
    `locate` as the chosen reading is: a province at its seat), one per reading."""
    found: dict[int, Location] = {}
    for place in doc.places:
        mention = mention_for_span(doc.text, place.start, place.end)
        for entry in readings(mention, gazetteer, loose=bool(doc.marked_places))[0]:
            if entry.geonameid not in found:
                found[entry.geonameid] = locate(to_place(mention, entry, 0.0))
    return list(found.values())


# Runs of up to this many words are tried as names by `name_readings` ("Dera Ismail Khan", "San
# Juan de los Morros" is five, but its four-word runs are no other place's name).
NAME_WORDS = 4
_WORD = re.compile(r"\w[\w'’-]*")


def name_readings(text: str, gazetteer: Gazetteer) -> list[Location]:
    """Where an event would be placed by each gazetteer entry that some run of up to NAME_WORDS
    words of `text` names exactly (same name key), placed by `locate` as a chosen reading is;
    whatever a recogniser finds, its places are among these, bar looser spellings."""
    words = [m.span() for m in _WORD.finditer(text)]
    runs: dict[str, tuple[int, int]] = {}
    for i, (start, _) in enumerate(words):
        for _, end in words[i : i + NAME_WORDS]:
            runs.setdefault(key_of(text[start:end]), (start, end))
    runs.pop("", None)
    found: dict[int, Location] = {}
    for key, entries in gazetteer.entries_by_key(runs).items():
        mention = mention_for_span(text, *runs[key])
        for entry in entries:
            if entry.geonameid not in found:
                found[entry.geonameid] = locate(to_place(mention, entry, 0.0))
    return list(found.values())


def reach(coded: Sequence[tuple[AcledRecord, Document]], spots: Callable[[Document], list[Location]],
          admin_areas: AdminAreas) -> tuple[float | None, float | None]:
    """The shares of records with a gold point, and with a gold admin1, for which some of the
    document's `spots` lies within NEAR_KM of the point, or in the admin1, compared as the scorer
    compares the main event's location: what a perfect choice among them would score.

    With the readings of the places found (`place_readings`): below it the choice is at fault;
    above it the notes name no place near the gold one, the recogniser missed it, or the gazetteer
    lacks it. With every name the words spell (`name_readings`): above it the gazetteer lacks the
    place, or the notes do not name it."""
    near: list[bool] = []
    inside: list[bool] = []
    for record, doc in coded:
        found = spots(doc)
        if near_gold(record, None) is not None:
            near.append(any(near_gold(record, spot) for spot in found))
        if in_gold_admin1(record, None, admin_areas) is not None:
            inside.append(any(in_gold_admin1(record, spot, admin_areas) for spot in found))
    return _share(near), _share(inside)


def _share(verdicts: list[bool]) -> float | None:
    return sum(verdicts) / len(verdicts) if verdicts else None


def evaluate_case(path: str | Path, coder: Coder, labels_path: str | Path | None = None,
                  limit: int | None = None, progress: bool = False,
                  batch_size: int = BATCH_SIZE) -> LabelReport:
    """Code each CASE 2021 task 2 text and score the main event's sub-type ("no event" when none)."""
    items = read_case_tsv(path, labels_path)[:limit]
    docs = [Document(id=f"case-{n}", text=text) for n, (text, _) in enumerate(items, start=1)]
    coded = code_in_batches(coder, docs, progress, batch_size)
    predicted = [_sub_type_label(main_event(doc)) for doc in coded]
    return score_labels([label for _, label in items], predicted)


def _sub_type_label(event: Event | None) -> str:
    return canonical_sub_event_type(event.acled_sub_event_type) if event is not None else NO_EVENT
