"""The `frontlines` command: thin wrappers that parse arguments and call `frontlines.api`."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

import click

from frontlines import __version__, api
from frontlines.cli_tools import ACTORS, evaluate, gazetteer, train
from frontlines.engines import PipelineFactory
from frontlines.exporters import FORMATS
from frontlines.store import EventFilter, StoreError

DB = click.option(
    "--db",
    type=click.Path(dir_okay=False),
    help="DuckDB store [default: ./frontlines.duckdb, or $FRONTLINES_DB].",
)
WORKERS = click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Worker processes (each loads its own model; 2 on a 2-core machine).",
)


def _iso_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


@contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    if path is None or path == "-":
        yield sys.stdout
        return
    with Path(path).open("w", encoding="utf-8", newline="") as fp:
        yield fp


@contextmanager
def _store_errors() -> Iterator[None]:
    """A store that cannot be opened (not a frontlines store, newer schema) is a one-line error."""
    try:
        yield
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None


def _finish(summary: api.RunSummary, quiet: bool) -> None:
    for failure in summary.failures:
        click.echo(f"frontlines: error: {failure}", err=True)
    if not quiet:
        click.echo(summary.line(), err=True)
    sys.exit(0 if summary.ok else 1)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="frontlines")
def main() -> None:
    """Turn conflict news into a coded, geocoded, dated, source-attributed event dataset."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True, help="Output format."
)
@click.option("--out", type=click.Path(dir_okay=False, writable=True), help="Write here instead of stdout.")
@click.option("--published", callback=_iso_date, help="Publication date (YYYY-MM-DD) for inputs without one.")
@WORKERS
@ACTORS
@click.option("--quiet", is_flag=True, help="No progress bar and no summary line.")
def extract(
    inputs: tuple[str, ...],
    fmt: str,
    out: str | None,
    published: str | None,
    workers: int,
    factory: PipelineFactory,
    quiet: bool,
) -> None:
    """Extract events from INPUTS and write them out; nothing is stored.

    \b
    Example:
      frontlines extract article.txt --format acled --out events.csv
    """
    with _output(out) as fp:
        summary = api.extract(
            list(inputs), fp, fmt, published=published, workers=workers, factory=factory, progress=not quiet
        )
    _finish(summary, quiet)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@DB
@click.option("--published", callback=_iso_date, help="Publication date (YYYY-MM-DD) for inputs without one.")
@WORKERS
@ACTORS
@click.option("--quiet", is_flag=True, help="No progress bar and no summary line.")
def ingest(
    inputs: tuple[str, ...],
    db: str | None,
    published: str | None,
    workers: int,
    factory: PipelineFactory,
    quiet: bool,
) -> None:
    """Extract events from INPUTS and keep documents and events in the store.

    A document already stored (same content hash) is not added twice; a document
    that fails is recorded with its error and the rest of the batch goes on.

    \b
    Example:
      frontlines ingest articles/ --db conflict.duckdb
    """
    with _store_errors():
        summary = api.ingest(
            list(inputs), db=db, published=published, workers=workers, factory=factory, progress=not quiet
        )
    _finish(summary, quiet)


@main.command()
@DB
@click.option(
    "--format", "fmt", type=click.Choice(FORMATS), default="acled", show_default=True, help="Output format."
)
@click.option("--out", type=click.Path(dir_okay=False, writable=True), help="Write here instead of stdout.")
@click.option("--since", callback=_iso_date, help="Only events on or after this date (YYYY-MM-DD).")
@click.option("--until", callback=_iso_date, help="Only events on or before this date (YYYY-MM-DD).")
@click.option("--country", help="Only events in this country (ISO code or name).")
@click.option("--type", "event_type", help="Only events of this ACLED type or sub-type, or PLOVER event.")
def export(
    db: str | None,
    fmt: str,
    out: str | None,
    since: str | None,
    until: str | None,
    country: str | None,
    event_type: str | None,
) -> None:
    """Write the stored events out, optionally filtered.

    \b
    Example:
      frontlines export --format geojson --country AF --since 2021-08-01 --out afg.geojson
    """
    filters = EventFilter(since=since, until=until, country=country, event_type=event_type)
    with _store_errors(), _output(out) as fp:
        records = api.export(fp, fmt, db=db, filters=filters)
    click.echo(f"{records} records written", err=True)


@main.command()
@DB
@click.option(
    "--out",
    type=click.Path(dir_okay=False, writable=True),
    default="frontlines-events.csv",
    show_default=True,
    help="Where to write the ACLED CSV.",
)
def demo(db: str | None, out: str) -> None:
    """Run the main job on the bundled example articles: ingest, then export an ACLED CSV.

    \b
    Example:
      frontlines demo --out events.csv
    """
    with _store_errors():
        result = api.demo(db=db, csv_path=out)
    for failure in result.summary.failures:
        click.echo(f"frontlines: error: {failure}", err=True)
    click.echo(result.table)
    click.echo(result.summary.line())
    click.echo(f"{result.rows} ACLED rows written to {result.csv_path}")
    sys.exit(0 if result.summary.ok else 1)


main.add_command(gazetteer)
main.add_command(evaluate)
main.add_command(train)
