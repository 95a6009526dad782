"""The default store: one embedded DuckDB file holding documents, events and input failures.

Whole documents are kept as JSON (the native contract, events apart); the columns beside
the JSON are the ones queries filter on. Every write is a transaction, so a crash loses at
most the call in progress.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from frontlines.model import Document, Event
from frontlines.serialize import document_from_dict, document_to_dict, event_from_dict, event_to_dict
from frontlines.store.base import AddResult, EventFilter, Store, StoreError, failure_reason, store_key

__all__ = ["DuckDBStore", "SCHEMA_VERSION"]

STORE_FORMAT = "frontlines"
SCHEMA_VERSION = 1
PAGE_SIZE = 256  # documents fetched per query while streaming, so a large store is never loaded whole
CHUNK_SIZE = 512  # documents written per bulk statement: DuckDB pays per statement, not per row
_ID_CLASH = "document id {!r} is already stored with different content"

Columns = tuple[tuple[str, str], ...]  # (name, DuckDB type) in insert order

_DOCUMENT_COLUMNS: Columns = (
    ("id", "VARCHAR"), ("content_hash", "VARCHAR"), ("url", "VARCHAR"), ("title", "VARCHAR"),
    ("outlet", "VARCHAR"), ("published", "VARCHAR"), ("source_path", "VARCHAR"), ("data", "JSON"),
    ("ingested_at", "TIMESTAMP"), ("seq", "BIGINT"),
)  # fmt: skip
_EVENT_COLUMNS: Columns = (
    ("id", "VARCHAR"), ("document_id", "VARCHAR"), ("position", "INTEGER"), ("event_date", "VARCHAR"),
    ("country_code", "VARCHAR"), ("event_type", "VARCHAR"), ("sub_event_type", "VARCHAR"),
    ("plover_event", "VARCHAR"), ("data", "JSON"),
)  # fmt: skip
_FAILURE_COLUMNS: Columns = (("source", "VARCHAR"), ("reason", "VARCHAR"), ('"at"', "TIMESTAMP"))

_SCHEMA = """
CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
CREATE TABLE documents (
    id VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL UNIQUE,
    url VARCHAR,
    title VARCHAR,
    outlet VARCHAR,
    published VARCHAR,
    source_path VARCHAR,
    data JSON NOT NULL,
    ingested_at TIMESTAMP NOT NULL,  -- UTC
    seq BIGINT NOT NULL UNIQUE       -- insertion order
);
CREATE TABLE events (
    id VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL,
    position INTEGER NOT NULL,       -- order within the document, most salient first
    event_date VARCHAR,
    country_code VARCHAR,
    event_type VARCHAR,
    sub_event_type VARCHAR,
    plover_event VARCHAR,
    data JSON NOT NULL,
    PRIMARY KEY (document_id, position)
);
CREATE TABLE failures (source VARCHAR NOT NULL, reason VARCHAR NOT NULL, "at" TIMESTAMP NOT NULL);
"""


class DuckDBStore(Store):
    """A frontlines store in the DuckDB file at `path` (created if it does not exist)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self._conn = duckdb.connect(str(self.path))
        except duckdb.Error as exc:
            raise StoreError(f"cannot open {self.path} as a frontlines store: {exc}") from exc
        try:
            self._prepare()
        except BaseException:
            self._conn.close()
            raise
        self._closed = False

    def add(self, docs: Iterable[Document]) -> AddResult:
        self._check_open()
        total = AddResult()
        self._conn.begin()
        try:
            for chunk in _chunks(docs, CHUNK_SIZE):
                done = self._add_chunk(chunk)
                total = AddResult(
                    total.added + done.added,
                    total.skipped_duplicates + done.skipped_duplicates,
                    total.failed + done.failed,
                )
            self._conn.commit()
        except BaseException:
            self._conn.rollback()
            raise
        return total

    def record_failure(self, source: str, reason: str) -> None:
        self._check_open()
        self._conn.execute("INSERT INTO failures VALUES (?, ?, ?)", [source, reason, _now()])

    def has(self, content_hash: str) -> bool:
        self._check_open()
        found = self._conn.execute("SELECT 1 FROM documents WHERE content_hash = ?", [content_hash])
        return found.fetchone() is not None

    def documents(self, filters: EventFilter | None = None) -> Iterator[Document]:
        self._check_open()
        where, params = _event_conditions(filters)
        after = -1
        while True:
            page = self._document_page(after, where, params)
            if not page:
                return
            events = self._events_of([data["id"] for _, data in page], where, params)
            for seq, data in page:
                doc = document_from_dict(data)
                doc.events = events.get(doc.id, [])
                yield doc
                after = seq

    def stats(self) -> dict[str, int]:
        self._check_open()
        counts = {}
        for table in ("documents", "events", "failures"):
            row = self._conn.execute(f"SELECT count(*) FROM {table}").fetchone()
            counts[table] = int(row[0]) if row else 0
        return counts

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._conn.close()

    # -- writing ---------------------------------------------------------------------------

    def _add_chunk(self, chunk: list[Document]) -> AddResult:
        """Sort a chunk into new documents, duplicates and failures, then write each kind in bulk."""
        hashes = self._existing("content_hash", [store_key(doc) for doc in chunk])
        ids = self._existing("id", [doc.id for doc in chunk])
        new: list[tuple[Document, str]] = []
        failures: list[tuple[str, str]] = []
        duplicates = 0
        for doc in chunk:
            key = store_key(doc)
            if doc.errors:
                failures.append((doc.source_path or doc.id, failure_reason(doc)))
            elif key in hashes:
                duplicates += 1
            elif doc.id in ids:
                failures.append((doc.source_path or doc.id, _ID_CLASH.format(doc.id)))
            else:
                new.append((doc, key))
                hashes.add(key)
                ids.add(doc.id)
        self._insert_documents(new)
        now = _now()
        self._insert_rows("failures", _FAILURE_COLUMNS, [(*failure, now) for failure in failures])
        return AddResult(added=len(new), skipped_duplicates=duplicates, failed=len(failures))

    def _existing(self, column: str, values: list[str]) -> set[str]:
        query = f"SELECT {column} FROM documents WHERE {column} IN (SELECT unnest(?::VARCHAR[]))"
        return {row[0] for row in self._conn.execute(query, [values]).fetchall()}

    def _insert_documents(self, new: list[tuple[Document, str]]) -> None:
        row = self._conn.execute("SELECT coalesce(max(seq), 0) FROM documents").fetchone()
        last = int(row[0]) if row else 0
        now = _now()
        documents: list[tuple[Any, ...]] = []
        events: list[tuple[Any, ...]] = []
        for offset, (doc, key) in enumerate(new, start=1):
            data = document_to_dict(doc)
            data.pop("events")
            documents.append((doc.id, key, doc.url, doc.title, doc.outlet, doc.published, doc.source_path,
                              json.dumps(data, ensure_ascii=False), now, last + offset))  # fmt: skip
            events += [_event_row(doc.id, position, event) for position, event in enumerate(doc.events)]
        self._insert_rows("documents", _DOCUMENT_COLUMNS, documents)
        self._insert_rows("events", _EVENT_COLUMNS, events)

    def _insert_rows(self, table: str, columns: Columns, rows: list[tuple[Any, ...]]) -> None:
        """Insert many rows with one statement: each column goes in as one typed list."""
        if not rows:
            return
        names = ", ".join(name for name, _ in columns)
        lists = ", ".join(f"unnest(?::{kind}[])" for _, kind in columns)
        values = [list(column) for column in zip(*rows, strict=True)]
        self._conn.execute(f"INSERT INTO {table} ({names}) SELECT {lists}", values)

    # -- reading ---------------------------------------------------------------------------

    def _document_page(self, after: int, where: str, params: list[Any]) -> list[tuple[int, dict[str, Any]]]:
        query = "SELECT seq, data FROM documents WHERE seq > ?"
        if where:
            query += f" AND id IN (SELECT document_id FROM events WHERE {where})"
        rows = self._conn.execute(query + " ORDER BY seq LIMIT ?", [after, *params, PAGE_SIZE]).fetchall()
        return [(int(seq), json.loads(data)) for seq, data in rows]

    def _events_of(self, document_ids: list[str], where: str, params: list[Any]) -> dict[str, list[Event]]:
        query = "SELECT document_id, data FROM events WHERE document_id IN (SELECT unnest(?::VARCHAR[]))"
        if where:
            query += f" AND {where}"
        rows = self._conn.execute(query + " ORDER BY document_id, position", [document_ids, *params])
        events: dict[str, list[Event]] = {}
        for document_id, data in rows.fetchall():
            events.setdefault(document_id, []).append(event_from_dict(json.loads(data)))
        return events

    # -- schema ----------------------------------------------------------------------------

    def _prepare(self) -> None:
        """Create the schema in an empty database; refuse any database that is not ours."""
        query = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
        tables = {row[0] for row in self._conn.execute(query).fetchall()}
        if not tables:
            self._create_schema()
        elif "meta" not in tables:
            raise self._not_a_store()
        else:
            self._check_meta()

    def _create_schema(self) -> None:
        self._conn.begin()
        self._conn.execute(_SCHEMA)
        meta = [["format", STORE_FORMAT], ["schema_version", str(SCHEMA_VERSION)]]
        self._conn.executemany("INSERT INTO meta VALUES (?, ?)", meta)
        self._conn.commit()

    def _check_meta(self) -> None:
        try:
            meta = dict(self._conn.execute("SELECT key, value FROM meta").fetchall())
        except duckdb.Error as exc:
            raise StoreError(f"{self.path} is not a frontlines store (unreadable meta table: {exc})") from exc
        if meta.get("format") != STORE_FORMAT:
            raise self._not_a_store()
        version = int(meta.get("schema_version", "0"))
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has store schema version {version}; this frontlines reads up to "
                f"{SCHEMA_VERSION}: upgrade frontlines"
            )

    def _not_a_store(self) -> StoreError:
        return StoreError(f"{self.path} is a DuckDB database but not a frontlines store (left untouched)")

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError(f"the store {self.path} is closed")


def _event_row(document_id: str, position: int, event: Event) -> tuple[Any, ...]:
    country = event.location.country_code if event.location else None
    return (
        event.id, document_id, position, event.date or None, country.upper() if country else None,
        event.acled_event_type, event.acled_sub_event_type, event.plover_event,
        json.dumps(event_to_dict(event), ensure_ascii=False),
    )  # fmt: skip


def _event_conditions(filters: EventFilter | None) -> tuple[str, list[Any]]:
    """SQL over the events table equivalent to `EventFilter.matches`, with its parameters."""
    if filters is None or filters.is_empty:
        return "", []
    clauses: list[str] = []
    params: list[Any] = []
    if filters.since:
        clauses.append("substr(event_date, 1, ?) >= ?")
        params += [len(filters.since), filters.since]
    if filters.until:
        clauses.append("substr(event_date, 1, ?) <= ?")
        params += [len(filters.until), filters.until]
    if filters.country:
        clauses.append("country_code = ?")
        params.append(filters.country_code())
    if filters.event_type:
        clauses.append("? IN (lower(event_type), lower(sub_event_type), lower(plover_event))")
        params.append(filters.event_type.strip().lower())
    return " AND ".join(clauses), params


def _chunks(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for doc in docs:
        chunk.append(doc)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
