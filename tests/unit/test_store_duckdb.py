"""The DuckDB store on disk: what survives reopening and crashes, and what it refuses to open."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from frontlines.model import Document, Event, Location
from frontlines.store import DuckDBStore, MemoryStore, StoreError, open_store


def protest(doc_id: str) -> Document:
    event = Event(
        id=f"{doc_id}-e1",
        acled_event_type="Protests",
        acled_sub_event_type="Peaceful protest",
        plover_event="PROTEST",
        date="2022-06-08",
        location=Location("La Paz", 3911925, -16.5, -68.15, "BO", "La Paz", geo_precision=1),
    )
    text = f"Teachers marched ({doc_id})."
    return Document(id=doc_id, text=text, content_hash=f"h-{doc_id}", events=[event])


def test_reopening_the_file_keeps_documents_events_and_failures(tmp_path: Path) -> None:
    path = tmp_path / "events.duckdb"
    with DuckDBStore(path) as store:
        store.add([protest("a"), protest("b")])
        store.record_failure("feed.xml", "not a feed")
    with DuckDBStore(path) as store:
        assert store.stats() == {"documents": 2, "events": 2, "failures": 1}
        assert [doc for doc in store.documents()] == [protest("a"), protest("b")]
        assert store.add([protest("a")]).skipped_duplicates == 1


def test_a_process_killed_mid_batch_loses_only_that_batch(tmp_path: Path) -> None:
    path = tmp_path / "crash.duckdb"
    script = textwrap.dedent(
        f"""
        import os
        from frontlines.model import Document
        from frontlines.store import DuckDBStore
        store = DuckDBStore({str(path)!r})
        store.add([Document(id="kept", text="committed", content_hash="h-kept")])
        def batch():
            yield Document(id="lost", text="in flight", content_hash="h-lost")
            os._exit(3)  # die without closing or committing anything
        store.add(batch())
        """
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    finished = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
    assert finished.returncode == 3, finished.stderr
    with DuckDBStore(path) as store:
        assert [doc.id for doc in store.documents()] == ["kept"]


def test_the_tables_hold_the_queryable_columns(tmp_path: Path) -> None:
    path = tmp_path / "schema.duckdb"
    with DuckDBStore(path) as store:
        store.add([protest("a")])
    with duckdb.connect(str(path), read_only=True) as conn:
        columns = "document_id, event_date, country_code, event_type, plover_event"
        events = conn.execute(f"SELECT {columns} FROM events")
        assert events.fetchall() == [("a", "2022-06-08", "BO", "Protests", "PROTEST")]
        doc = conn.execute("SELECT id, content_hash, ingested_at IS NOT NULL, data->>'text' FROM documents")
        assert doc.fetchall() == [("a", "h-a", True, "Teachers marched (a).")]
        assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == ("1",)


def test_a_file_that_is_not_a_database_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("my precious notes\n")
    with pytest.raises(StoreError, match="cannot open .*notes.txt as a frontlines store"):
        DuckDBStore(path)
    assert path.read_text() == "my precious notes\n"


def test_another_duckdb_database_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    with duckdb.connect(str(path)) as conn:
        conn.execute("CREATE TABLE sales (amount INTEGER)")
        conn.execute("INSERT INTO sales VALUES (42)")
    with pytest.raises(StoreError, match="not a frontlines store"):
        DuckDBStore(path)
    with duckdb.connect(str(path)) as conn:
        assert conn.execute("SELECT table_name FROM information_schema.tables").fetchall() == [("sales",)]
        assert conn.execute("SELECT amount FROM sales").fetchall() == [(42,)]


def test_a_store_written_by_a_newer_frontlines_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.duckdb"
    DuckDBStore(path).close()
    with duckdb.connect(str(path)) as conn:
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="schema version 99"):
        DuckDBStore(path)


def test_open_store_defaults_to_a_file_in_the_current_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FRONTLINES_DB", raising=False)
    with open_store(None) as store:
        assert isinstance(store, DuckDBStore)
    assert (tmp_path / "frontlines.duckdb").exists()


def test_open_store_follows_the_environment_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FRONTLINES_DB", str(tmp_path / "from-env.duckdb"))
    open_store(None).close()
    assert (tmp_path / "from-env.duckdb").exists()
    assert not (tmp_path / "frontlines.duckdb").exists()


def test_open_store_gives_a_memory_store_for_memory() -> None:
    with open_store(":memory:") as store:
        assert isinstance(store, MemoryStore)
