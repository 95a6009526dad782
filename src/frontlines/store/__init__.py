"""Stores keep documents and their events; DuckDB (one embedded file) is the default."""

from __future__ import annotations

import os
from pathlib import Path

from frontlines.store.base import AddResult, EventFilter, Store, StoreError
from frontlines.store.duckdb_store import DuckDBStore
from frontlines.store.memory import MemoryStore

__all__ = [
    "AddResult",
    "DEFAULT_PATH",
    "DuckDBStore",
    "EventFilter",
    "MemoryStore",
    "Store",
    "StoreError",
    "open_store",
]

DEFAULT_PATH = "frontlines.duckdb"
ENV_VAR = "FRONTLINES_DB"


def open_store(path: str | Path | None = None) -> Store:
    """The store at `path`: None means $FRONTLINES_DB or ./frontlines.duckdb; ":memory:" a MemoryStore."""
    if path is None:
        path = os.environ.get(ENV_VAR) or DEFAULT_PATH
    if str(path) == ":memory:":
        return MemoryStore()
    return DuckDBStore(path)
