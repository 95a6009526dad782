"""The store interface every backend shares, and the event filter they all apply."""

from __future__ import annotations

import hashlib
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import Self

from frontlines.exporters.countries import resolve_country
from frontlines.model import Document, Event

__all__ = ["AddResult", "EventFilter", "Store", "StoreError", "store_key", "failure_reason"]


class StoreError(Exception):
    """The store cannot be opened or used as asked (not a frontlines store, bad filter...)."""


@dataclass(frozen=True, slots=True)
class AddResult:
    """What one `Store.add` call did."""

    added: int = 0
    skipped_duplicates: int = 0
    failed: int = 0


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to keep; unset fields match everything, set fields must all match.

    `since` / `until` are inclusive ISO dates and may be partial ("2020-03" for all of March);
    `country` is an ISO alpha-2 or alpha-3 code or a name; `event_type` an ACLED event type or
    sub-type, or a PLOVER event, compared case-insensitively.
    """

    since: str | None = None
    until: str | None = None
    country: str | None = None
    event_type: str | None = None

    @property
    def is_empty(self) -> bool:
        """True if the filter keeps every event."""
        return not (self.since or self.until or self.country or self.event_type)

    def country_code(self) -> str | None:
        """The ISO alpha-2 code of `country`; StoreError if it names no known country."""
        if not self.country:
            return None
        code = resolve_country(self.country)
        if code is None:
            raise StoreError(f"unknown country {self.country!r}: give an ISO code or a country name")
        return code

    def matches(self, event: Event) -> bool:
        """True if `event` passes every set condition."""
        date = event.date or ""
        if self.since and (not date or date[: len(self.since)] < self.since):
            return False
        if self.until and (not date or date[: len(self.until)] > self.until):
            return False
        if self.country:
            code = event.location.country_code if event.location else None
            if (code or "").upper() != self.country_code():
                return False
        if self.event_type:
            wanted = self.event_type.strip().lower()
            kinds = (event.acled_event_type, event.acled_sub_event_type, event.plover_event)
            return any(kind.lower() == wanted for kind in kinds)
        return True


class Store(ABC):
    """Where documents and their events are kept; use as a context manager.

    `add` is one transaction: either every document of the call is kept or none is.
    A document is identified by its content hash; adding it again adds nothing.
    A document whose `errors` are set is recorded as a failure, not kept.
    """

    @abstractmethod
    def add(self, docs: Iterable[Document]) -> AddResult:
        """Keep `docs` (all or nothing) and say how many were added, duplicates or failures."""

    @abstractmethod
    def record_failure(self, source: str, reason: str) -> None:
        """Remember that the input at `source` could not be processed, and why."""

    @abstractmethod
    def has(self, content_hash: str) -> bool:
        """True if a document with this content hash is stored."""

    @abstractmethod
    def documents(self, filters: EventFilter | None = None) -> Iterator[Document]:
        """Stored documents in insertion order; with a filter, only matching events (and their docs)."""

    @abstractmethod
    def stats(self) -> dict[str, int]:
        """Counts of stored documents, events and failures."""

    @abstractmethod
    def close(self) -> None:
        """Release the store; it cannot be used afterwards."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def store_key(doc: Document) -> str:
    """The hash a document is stored under: its content hash, else the readers' hash of its text."""
    if doc.content_hash:
        return doc.content_hash
    return hashlib.sha256(doc.text.encode("utf-8")).hexdigest()  # as frontlines.readers computes it


def failure_reason(doc: Document) -> str:
    """One line for the failures table from a document's errors."""
    return "; ".join(doc.errors)
