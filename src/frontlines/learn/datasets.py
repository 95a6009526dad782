"""Training examples (text, label) from ACLED CSV, CASE TSV, PLOVER JSON and the project's own JSONL."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from frontlines.evaluation.acled_io import read_acled_csv, read_case_tsv
from frontlines.evaluation.acled_taxonomy import SUB_EVENT_TYPES, canonical_sub_event_type

__all__ = [
    "FORMATS",
    "NO_EVENT",
    "PLOVER_EVENTS",
    "PLOVER_LEGACY",
    "Example",
    "Target",
    "acled_label",
    "plover_label",
    "read_examples",
]

Target = Literal["acled", "plover"]
FORMATS = ("acled", "case", "plover", "jsonl")
NO_EVENT = "NONE"  # the label of a text that reports no event of the target scheme

# The 16 PLOVER event types (PLOVER 2021 manual; NGEC 2025 codebook).
PLOVER_EVENTS: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
# PLOVER 0.5 categories (used by the 2016 gold records) that the current scheme folded into others,
# following the CAMEO -> PLOVER 2021 table: CAMEO 10 "demand" is REQUEST, 11 "disapprove" and
# 09 "investigate" are ACCUSE (modes disapprove / investigate), 19 "fight" is ASSAULT.
PLOVER_LEGACY: dict[str, str] = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}
_PLOVER_SKIP = {"DOCUMENT"}  # PLOVER 0.5 pseudo-event carrying file documentation, not an event


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled text and where it came from (`path:line` or `path#id`)."""

    text: str
    label: str
    origin: str


def acled_label(label: str) -> str:
    """ACLED sub-event type in ACLED's spelling, or NONE; anything else is an error."""
    if label.strip().upper() in {NO_EVENT, "NO EVENT"}:
        return NO_EVENT
    name = canonical_sub_event_type(label)
    if name not in SUB_EVENT_TYPES:
        raise ValueError(f"not an ACLED sub-event type: {label!r}")
    return name


def plover_label(label: str) -> str:
    """Current PLOVER event (PLOVER 0.5 names mapped), or NONE; anything else is an error."""
    name = label.strip().upper().replace(" ", "_")
    if name in {NO_EVENT, "NO_EVENT"}:
        return NO_EVENT
    name = PLOVER_LEGACY.get(name, name)
    if name not in PLOVER_EVENTS:
        raise ValueError(f"not a PLOVER event type: {label!r}")
    return name


def read_examples(paths: Iterable[str | Path], fmt: str, target: Target) -> list[Example]:
    """Examples of all `paths` in format `fmt` (acled, case, plover or jsonl) labelled for `target`."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown training format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if target not in ("acled", "plover"):
        raise ValueError(f"unknown target {target!r}; expected acled or plover")
    if target == "plover" and fmt in ("acled", "case"):
        raise ValueError(f"{fmt} files carry ACLED sub-event types, not PLOVER events")
    if target == "acled" and fmt == "plover":
        raise ValueError("PLOVER records carry PLOVER events, not ACLED sub-event types")
    reader = {"acled": _acled, "case": _case, "plover": _plover, "jsonl": _jsonl}[fmt]
    examples: list[Example] = []
    for path in paths:
        examples += reader(Path(path), target)
    return examples


def _acled(path: Path, _target: Target) -> list[Example]:
    """ACLED export: each event's notes labelled with its sub-event type."""
    examples = []
    for record in read_acled_csv(path):
        if record.legacy:
            raise ValueError(f"{path}: a pre-2019 export has no sub-event types to learn from")
        if record.notes:
            examples.append(Example(record.notes, acled_label(record.sub_event_type),
                                    f"{path}#{record.event_id}"))
    return examples


def _case(path: Path, _target: Target) -> list[Example]:
    """CASE 2021 task 2 TSV with the label on each row (`id<TAB>text<TAB>label` or `text<TAB>label`)."""
    return [Example(text, label, f"{path}:{number}")
            for number, (text, label) in enumerate(read_case_tsv(path), start=1)]


def _plover(path: Path, _target: Target) -> list[Example]:
    """PLOVER records (a JSON array, or one record per line): `text` labelled with `event`."""
    raw = path.read_text(encoding="utf-8-sig")
    records: list[Any] = (json.loads(raw) if raw.lstrip().startswith("[") else
                          [json.loads(line) for line in raw.splitlines() if line.strip()])
    examples = []
    for number, record in enumerate(records, start=1):
        event = str(record.get("event") or "").strip().upper()
        text = str(record.get("text") or "").strip()
        if event in _PLOVER_SKIP or not text:
            continue
        try:
            label = plover_label(event) if event else NO_EVENT
        except ValueError as err:
            raise ValueError(f"{path}: record {record.get('id', number)}: {err}") from None
        examples.append(Example(text, label, f"{path}#{record.get('id', number)}"))
    return examples


def _jsonl(path: Path, target: Target) -> list[Example]:
    """The project's own examples: `{text, acled_sub_event_type?, plover_event?}`; lines without the
    target's key are not examples for that target, and the value "NONE" marks a text with no event."""
    key, normalise = (("acled_sub_event_type", acled_label) if target == "acled"
                      else ("plover_event", plover_label))
    examples = []
    for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if key in record:
                examples.append(Example(str(record["text"]), normalise(str(record[key])), f"{path}:{number}"))
        except (ValueError, KeyError) as err:
            raise ValueError(f"{path}:{number}: {err}") from None
    return examples
