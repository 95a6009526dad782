"""Read PLOVER gold records: the PLOVER gold-standard JSON and UniversalPetrarch validation XML.

Both become `PloverGold` records coded in current PLOVER (see `plover_mapping`): the JSON's
PLOVER 0.5 categories and modes are renamed; the XML's CAMEO codes go through the CAMEO -> PLOVER
table. The XML is not well-formed (self-closed `<Sentence/>` followed by `</Sentence>`, `#` comment
lines), so it is read line by line rather than with an XML parser.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from frontlines.evaluation.gold_files import GoldFileError, read_text
from frontlines.evaluation.plover_mapping import CameoTable, current_coding, legacy_coding

__all__ = ["GoldCoding", "PloverGold", "read_petrarch_xml", "read_plover_json"]


@dataclass(frozen=True, slots=True)
class GoldCoding:
    """One gold event: current PLOVER event and mode, the actors' words, and the code as given."""

    event: str
    mode: str | None
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    original: str = ""  # "FIGHT/heavy-weapons" or "CAMEO 195": what the gold file said


@dataclass(frozen=True, slots=True)
class PloverGold:
    """One gold sentence; no codings means the sentence reports no event.

    `skipped` holds the codes that have no current PLOVER event (CAMEO 01x statements); a record
    with only such codes is not scored.
    """

    id: str
    text: str
    date: str | None
    codings: tuple[GoldCoding, ...]
    skipped: tuple[str, ...] = ()

    @property
    def scorable(self) -> bool:
        """False when every gold code was one PLOVER has no event for."""
        return bool(self.codings) or not self.skipped


def read_plover_json(path: str | Path) -> list[PloverGold]:
    """The PLOVER gold-standard records (a JSON list); the DOCUMENT pseudo-record is dropped.

    Repeated ids get a `#2`, `#3` suffix so every record stays apart.
    """
    try:
        items = json.loads(read_text(path))
    except json.JSONDecodeError as exc:
        raise GoldFileError(f"{path}: not JSON ({exc})") from None
    if not isinstance(items, list):
        raise GoldFileError(f"{path}: expected a JSON list of PLOVER records")
    records = [_plover_record(item) for item in items if isinstance(item, dict) and item.get("text")]
    return _unique_ids(records)


def _plover_record(item: dict[str, Any]) -> PloverGold:
    event, mode = str(item.get("event", "")), item.get("mode")
    coding = legacy_coding(event, mode if isinstance(mode, str) else None)
    original = f"{event}/{mode}" if mode else event
    gold = GoldCoding(coding.event, coding.mode, _actor_texts(item.get("source")),
                      _actor_texts(item.get("target")), original)
    return PloverGold(str(item.get("id", "")), str(item["text"]), _iso_date(item.get("date")), (gold,))


def _actor_texts(value: object) -> tuple[str, ...]:
    """`[{"actorText": ...}, ...]` -> the texts; the records also hold "" or a stray string there."""
    if not isinstance(value, list):
        return ()
    return tuple(str(a["actorText"]) for a in value if isinstance(a, dict) and a.get("actorText"))


def _unique_ids(records: list[PloverGold]) -> list[PloverGold]:
    seen: dict[str, int] = {}
    unique: list[PloverGold] = []
    for record in records:
        seen[record.id] = seen.get(record.id, 0) + 1
        if seen[record.id] > 1:
            record = PloverGold(f"{record.id}#{seen[record.id]}", record.text, record.date, record.codings,
                                record.skipped)
        unique.append(record)
    return unique


_SENTENCE = re.compile(r"<Sentence\b([^>]*)>")
_CODING = re.compile(r"<EventCoding\b([^>]*)/?>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def read_petrarch_xml(path: str | Path, table: CameoTable) -> list[PloverGold]:
    """UniversalPetrarch validation records: `<Sentence id date>`, `<EventCoding eventcode sourcecode
    targetcode/>` (or `noevents="True"`), `<Text>`. Actors are given as codes only, so no actor text."""
    lines = read_text(path).splitlines()
    return _unique_ids([_petrarch_record(block, table) for block in _sentence_blocks(lines)])


def _sentence_blocks(lines: list[str]) -> Iterator[list[str]]:
    block: list[str] = []
    for line in lines:
        if _SENTENCE.search(line):
            if block:
                yield block
            block = [line]
        elif block:
            block.append(line)
    if block:
        yield block


def _petrarch_record(block: list[str], table: CameoTable) -> PloverGold:
    head = dict(_ATTR.findall(_SENTENCE.search(block[0]).group(1)))  # type: ignore[union-attr]
    codings: list[GoldCoding] = []
    skipped: list[str] = []
    for line in block:
        match = _CODING.search(line)
        code = dict(_ATTR.findall(match.group(1))).get("eventcode") if match else None
        if code is None:
            continue
        coding = current_coding(code, table)
        if coding is None:
            skipped.append(f"CAMEO {code}")
        elif all(c.event != coding.event for c in codings):  # a symmetric pair (A->B, B->A) is one event
            codings.append(GoldCoding(coding.event, coding.mode, original=f"CAMEO {code}"))
    return PloverGold(head.get("id", ""), _text(block), _compact_date(head.get("date", "")), tuple(codings),
                      tuple(skipped))


def _text(block: list[str]) -> str:
    """The `<Text>` element's lines joined with spaces (the file wraps sentences at ~100 columns)."""
    joined = "\n".join(block)
    match = re.search(r"<Text>(.*?)</Text>", joined, re.DOTALL)
    return " ".join(match.group(1).split()) if match else ""


def _compact_date(value: str) -> str | None:
    """`20080804` -> `2008-08-04`; anything else (the file has a `121108`) -> None."""
    if not re.fullmatch(r"(19|20)\d{6}", value):
        return None
    return _iso_date(f"{value[:4]}-{value[4:6]}-{value[6:]}")


def _iso_date(value: object) -> str | None:
    """A valid ISO calendar date as given, else None."""
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        return None

