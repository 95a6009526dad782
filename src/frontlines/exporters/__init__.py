"""Write documents in the output formats: native JSONL, ACLED CSV, PLOVER JSON, GeoJSON."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

from frontlines.exporters.acled import ACLED_COLUMNS, acled_rows
from frontlines.exporters.geojson import geojson_features
from frontlines.exporters.plover import plover_records
from frontlines.model import Document
from frontlines.serialize import document_to_dict

__all__ = ["FORMATS", "write_documents", "ACLED_COLUMNS"]

FORMATS: tuple[str, ...] = ("jsonl", "acled", "plover", "geojson")


def write_documents(docs: Iterable[Document], fp: TextIO, fmt: str) -> int:
    """Write `docs` to `fp` in format `fmt`, one document at a time; return the records written."""
    writers: dict[str, Callable[[Iterable[Document], TextIO], int]] = {
        "jsonl": _write_jsonl,
        "acled": _write_acled,
        "plover": _write_plover,
        "geojson": _write_geojson,
    }
    writer = writers.get(fmt.lower())
    if writer is None:
        raise ValueError(f"unknown output format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    return writer(docs, fp)


def _write_jsonl(docs: Iterable[Document], fp: TextIO) -> int:
    count = 0
    for doc in docs:
        fp.write(json.dumps(document_to_dict(doc), ensure_ascii=False) + "\n")
        count += 1
    return count


def _write_acled(docs: Iterable[Document], fp: TextIO) -> int:
    writer = csv.DictWriter(fp, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for doc in docs:
        for row in acled_rows(doc):
            writer.writerow(row)
            count += 1
    return count


def _write_plover(docs: Iterable[Document], fp: TextIO) -> int:
    return _write_json_array(fp, "[\n", (record for doc in docs for record in plover_records(doc)), "\n]\n")


def _write_geojson(docs: Iterable[Document], fp: TextIO) -> int:
    features = (feature for doc in docs for feature in geojson_features(doc))
    return _write_json_array(fp, '{"type": "FeatureCollection", "features": [\n', features, "\n]}\n")


def _write_json_array(fp: TextIO, head: str, items: Iterator[dict[str, Any]], tail: str) -> int:
    """Stream a JSON array one item per line, so large exports need not fit in memory."""
    fp.write(head)
    count = 0
    for item in items:
        fp.write((",\n" if count else "") + json.dumps(item, ensure_ascii=False))
        count += 1
    fp.write(tail)
    return count
