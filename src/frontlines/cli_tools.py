"""`frontlines gazetteer ...` and `frontlines eval ...`: thin wrappers over library functions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from frontlines import api
from frontlines.engines import PipelineFactory

GEO_FORMATS = ("lgl", "trnews", "geovirus", "wotr")


def _pipeline_factory(_ctx: click.Context, _param: click.Parameter, value: Path | None) -> PipelineFactory:
    """`--actors FILE` becomes the factory of the pipelines the command runs; a bad row is a usage
    error naming the file and line before any document is read."""
    try:
        return api.pipeline_factory(value)
    except api.CatalogueError as exc:
        raise click.BadParameter(str(exc)) from None


ACTORS = click.option(
    "--actors",
    "factory",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    callback=_pipeline_factory,
    help="Your own actor catalogue (TSV: kind, name, inter, country, aliases; see docs/actors.md), "
    "read before the packaged one.",
)


def _emit(report: Any, as_json: bool) -> None:
    """Print a report's table, or its dict as JSON for scripts."""
    click.echo(json.dumps(report.to_dict(), indent=1) if as_json else report.format_table())


@click.group()
def gazetteer() -> None:
    """Build or extend the offline gazetteer."""


@gazetteer.command("build")
@click.option("--force", is_flag=True, help="Rebuild even when an up-to-date cache exists.")
@click.option("--quiet", is_flag=True, help="Print nothing but errors.")
def gazetteer_build(force: bool, quiet: bool) -> None:
    """Build the gazetteer cache from the packaged sources (no network).

    \b
    Example:
      frontlines gazetteer build --force
    """
    from frontlines.gazetteer.build import build, cache_path, ensure_built
    from frontlines.gazetteer.index import cache_dir

    path = cache_path(cache_dir())
    if force or not path.exists():
        stats = build(path)
        if not quiet:
            click.echo(json.dumps(stats, indent=1))
    else:
        ensure_built(cache_dir())
    if not quiet:
        click.echo(f"gazetteer: {path}")


@gazetteer.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def gazetteer_import(path: Path) -> None:
    """Extend the gazetteer with a GeoNames dump (allCountries.txt, XX.txt, their .zip, alternateNamesV2.txt).

    Imported places are kept apart from the built index and merged into every later build.

    \b
    Example:
      frontlines gazetteer import AF.zip
    """
    from frontlines.gazetteer import import_geonames

    counts = import_geonames(path)
    click.echo(", ".join(f"{count} {what}" for what, count in counts.items()))


class _GoldFileErrors(click.Group):
    """A gold file that cannot be read (wrong format, malformed JSON or XML, bad encoding) ends the
    command with one line naming the file and the problem, not a traceback. Any other exception is
    a bug and keeps its traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        from frontlines.evaluation.gold_files import GoldFileError

        try:
            return super().invoke(ctx)
        except (GoldFileError, OSError) as exc:
            raise click.ClickException(str(exc)) from None


@click.group("eval", cls=_GoldFileErrors)
def evaluate() -> None:
    """Score frontlines against gold data (the data itself is not shipped)."""


@evaluate.command("timeml")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the full result as JSON.")
def eval_timeml(paths: tuple[Path, ...], as_json: bool) -> None:
    """Score the timex stage on TimeML (.tml) files or folders of them; a file without <DCT> has its
    date inferred, as for any undated document.

    Prints strict and relaxed extent F1, value F1 and type F1 (TempEval-3), per corpus.

    \b
    Example:
      frontlines eval timeml ../shared/data/time/TBAQ-cleaned --json
    """
    from frontlines.evaluation.timeml import evaluate_paths, format_table

    result = evaluate_paths(list(paths))
    click.echo(json.dumps(result, indent=1) if as_json else format_table(result["corpora"]))  # type: ignore[arg-type]


@evaluate.command("geo")
@click.argument("path", type=click.Path(exists=True))
@click.option("--format", "fmt", type=click.Choice(GEO_FORMATS), required=True, help="Gold corpus format.")
@click.option("--gold-spans", is_flag=True, help="Resolve the gold toponym spans instead of recognising.")
@click.option("--json", "as_json", is_flag=True, help="Print the full result as JSON.")
def eval_geo(path: str, fmt: str, gold_spans: bool, as_json: bool) -> None:
    """Score place recognition and resolution: accuracy within 161 km, errors, P/R/F1.

    \b
    Example:
      frontlines eval geo ../shared/data/geo/gold/lgl.xml --format lgl --gold-spans
    """
    from frontlines.evaluation.geo import evaluate as evaluate_geo
    from frontlines.evaluation.geo import evaluate_end_to_end

    if gold_spans:
        _emit(evaluate_geo(path, fmt), as_json)  # type: ignore[arg-type]
        return
    report, speed = evaluate_end_to_end(path, fmt)  # type: ignore[arg-type]
    if as_json:
        click.echo(json.dumps({**report.to_dict(), "speed": speed}, indent=1))
    else:
        click.echo(report.format_table())
        click.echo(" ".join(f"{k}={v}" for k, v in speed.items()))


@evaluate.command("acled")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--limit", type=click.IntRange(1), help="Score only the first N records.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True, help="Worker processes.")
@ACTORS
@click.option("--json", "as_json", is_flag=True, help="Print the full result as JSON.")
def eval_acled(path: str, limit: int | None, workers: int, factory: PipelineFactory, as_json: bool) -> None:
    """Code each ACLED record's notes (dated by its event date) and score against the record.

    Type and sub-type accuracy and F1 (per label, weakest first), actors, inter codes,
    admin1, distance, date and fatalities; and the reach of the places found: how many records
    have some reading of some place within 25 km of the gold point, and in the gold admin1.

    \b
    Example:
      frontlines eval acled acled_export.csv --limit 2000
    """
    from frontlines.evaluation.acled import evaluate_acled

    coder = api.pipeline_coder(workers, factory)
    _emit(evaluate_acled(path, coder, limit=limit, progress=not as_json), as_json)


@evaluate.command("case")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--labels", type=click.Path(exists=True, dir_okay=False), help="Gold labels file (id<TAB>CODE)."
)
@click.option("--limit", type=click.IntRange(1), help="Score only the first N texts.")
@ACTORS
@click.option("--json", "as_json", is_flag=True, help="Print the full result as JSON.")
def eval_case(
    path: str, labels: str | None, limit: int | None, factory: PipelineFactory, as_json: bool
) -> None:
    """Score ACLED sub-types on CASE 2021 task 2 texts.

    \b
    Example:
      frontlines eval case sample_input.txt --labels sample_output.txt
    """
    from frontlines.evaluation.acled import evaluate_case

    report = evaluate_case(path, api.pipeline_coder(factory=factory), labels_path=labels, limit=limit,
                           progress=not as_json)
    click.echo(json.dumps(report.to_dict(), indent=1) if as_json else report.format_table("CASE 2021"))


@evaluate.command("plover")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--limit", type=click.IntRange(1), help="Score only the first N sentences of each file.")
@click.option(
    "--cameo-table",
    type=click.Path(exists=True, dir_okay=False),
    help="CAMEO -> PLOVER table for CAMEO-coded (.xml) files [default: one found beside them].",
)
@ACTORS
@click.option("--json", "as_json", is_flag=True, help="Print the full result as JSON.")
def eval_plover(
    paths: tuple[str, ...],
    limit: int | None,
    cameo_table: str | None,
    factory: PipelineFactory,
    as_json: bool,
) -> None:
    """Score PLOVER events on PLOVER gold records (.json) and UniversalPetrarch validation (.xml).

    Event accuracy ("no event" counts as a class), per event P/R/F1 weakest first, mode accuracy
    where the gold has a mode, and actor word overlap with the gold source and target.

    \b
    Example:
      frontlines eval plover PLOVER_GSR_CAMEO.json PETR2_GSR_validation.xml
    """
    from frontlines.evaluation.plover import evaluate_records, read_gold

    # Every file is read before any is coded: a bad second file fails in a second, not after the first.
    golds = [(Path(path).name, read_gold(path, cameo_table)[:limit]) for path in paths]
    coder = api.pipeline_coder(factory=factory)
    reports = [evaluate_records(name, records, coder, progress=not as_json) for name, records in golds]
    if as_json:
        click.echo(json.dumps({"corpora": [report.to_dict() for report in reports]}, indent=1))
    else:
        click.echo("\n\n".join(report.format_table() for report in reports))


@click.command("train")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("acled", "case", "plover", "jsonl")),
    required=True,
    help="Format of the labelled inputs.",
)
@click.option(
    "--target",
    type=click.Choice(("acled", "plover")),
    default="acled",
    show_default=True,
    help="Learn ACLED sub-event types or PLOVER events.",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, writable=True),
    required=True,
    help="Where to write the model (JSON).",
)
@click.option(
    "--heldout",
    type=click.FloatRange(0.0, 0.9),
    default=0.2,
    show_default=True,
    help="Fraction of examples scored before the model is refitted on all of them.",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the split and the training.")
def train(inputs: tuple[str, ...], fmt: str, target: str, out: str, heldout: float, seed: int) -> None:
    """Train a text classifier on labelled data you hold (e.g. your licensed ACLED export).

    Prints held-out accuracy and weighted/macro F1 per label, and writes a readable JSON
    model with the data's fingerprint in its header.

    \b
    Example:
      frontlines train my_acled_export.csv --format acled --target acled --out acled_model.json
    """
    from frontlines.learn import train as train_model

    report = train_model(list(inputs), fmt, target, out, heldout_fraction=heldout, seed=seed)  # type: ignore[arg-type]
    click.echo(report.summary())
