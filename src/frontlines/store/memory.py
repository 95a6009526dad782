"""An in-memory store with the same behaviour as the DuckDB one, for tests and `:memory:`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from frontlines.model import Document
from frontlines.serialize import document_from_dict, document_to_dict
from frontlines.store.base import AddResult, EventFilter, Store, StoreError, failure_reason, store_key

__all__ = ["MemoryStore"]


class MemoryStore(Store):
    """Documents kept as serialised dicts, so stored data is a copy, as in a real database."""

    def __init__(self) -> None:
        self._docs: dict[str, dict[str, Any]] = {}  # content hash -> document dict, insertion order
        self._ids: set[str] = set()
        self._failures: list[tuple[str, str, datetime]] = []
        self._closed = False

    def add(self, docs: Iterable[Document]) -> AddResult:
        self._check_open()
        staged: dict[str, dict[str, Any]] = {}
        staged_ids: set[str] = set()
        failures: list[tuple[str, str, datetime]] = []
        duplicates = 0
        for doc in docs:  # an exception here leaves the store untouched: nothing is committed yet
            key = store_key(doc)
            if doc.errors:
                failures.append((doc.source_path or doc.id, failure_reason(doc), _now()))
            elif key in self._docs or key in staged:
                duplicates += 1
            elif doc.id in self._ids or doc.id in staged_ids:
                failures.append((doc.source_path or doc.id, _id_clash(doc), _now()))
            else:
                staged[key] = document_to_dict(doc)
                staged_ids.add(doc.id)
        self._docs.update(staged)
        self._ids.update(staged_ids)
        self._failures.extend(failures)
        return AddResult(added=len(staged), skipped_duplicates=duplicates, failed=len(failures))

    def record_failure(self, source: str, reason: str) -> None:
        self._check_open()
        self._failures.append((source, reason, _now()))

    def has(self, content_hash: str) -> bool:
        self._check_open()
        return content_hash in self._docs

    def documents(self, filters: EventFilter | None = None) -> Iterator[Document]:
        self._check_open()
        if filters is not None and filters.country:
            filters.country_code()  # fail on an unknown country before yielding anything
        for data in list(self._docs.values()):
            doc = document_from_dict(data)
            if filters is None or filters.is_empty:
                yield doc
                continue
            doc.events = [event for event in doc.events if filters.matches(event)]
            if doc.events:
                yield doc

    def stats(self) -> dict[str, int]:
        self._check_open()
        events = sum(len(data["events"]) for data in self._docs.values())
        return {"documents": len(self._docs), "events": events, "failures": len(self._failures)}

    def close(self) -> None:
        self._closed = True

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError("the store is closed")


def _now() -> datetime:
    return datetime.now(UTC)


def _id_clash(doc: Document) -> str:
    return f"document id {doc.id!r} is already stored with different content"
