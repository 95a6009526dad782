"""`--actors FILE`: a user's own actor catalogue on the command line. Its groups are named and
coded as the user wrote them, in worker processes too, and a bad file stops the command before any
work with the file and line named. The groups and sentences here are invented."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
from click.testing import CliRunner

from frontlines import api
from frontlines.cli import main
from frontlines.stages.actors import ActorTagger

DOCS = Path(__file__).resolve().parents[2] / "docs"
HERONS = "named\tRed Heron Brigade\t3\tKE\tRed Heron Brigade|RHB\n"
STORY = "On 4 May 2023 fighters of the Red Heron Brigade burned a grain store near Nakuru, police said.\n"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def catalogue(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mine.tsv"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.slow
def test_extract_names_a_group_from_the_users_catalogue_with_its_inter_code(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")

    code, out, _ = run("extract", str(story), "--actors", str(catalogue(tmp_path, HERONS)), "--quiet")

    assert code == 0
    actors = json.loads(out)["actors"]
    assert {"text": "Red Heron Brigade", "name": "Red Heron Brigade", "inter": 3}.items() <= actors[0].items()


def test_the_factory_sent_to_workers_builds_a_pipeline_that_knows_the_users_groups(tmp_path: Path) -> None:
    # --workers N sends the factory to each worker process, which builds its own pipeline from it.
    factory = pickle.loads(pickle.dumps(api.pipeline_factory(catalogue(tmp_path, HERONS))))

    (tagger,) = [stage for stage in factory().stages if isinstance(stage, ActorTagger)]

    assert [m.entry.name for m in tagger.matcher.find("The RHB withdrew.")] == ["Red Heron Brigade"]


def test_without_actors_the_packaged_catalogue_alone_is_used() -> None:
    assert api.pipeline_factory(None) is api.default_pipeline


def test_the_example_catalogue_in_the_docs_is_valid() -> None:
    api.check_actor_catalogue(DOCS / "actors-example.tsv")


@pytest.mark.parametrize("command", [["extract", "story.txt"], ["ingest", "story.txt"],
                                     ["eval", "acled", "gold.csv"], ["eval", "case", "gold.txt"],
                                     ["eval", "plover", "gold.json"]], ids=lambda c: " ".join(c[:-1]))
def test_a_bad_row_stops_every_coding_command_before_work_naming_file_and_line(
    tmp_path: Path, command: list[str]
) -> None:
    for name in ("story.txt", "gold.csv", "gold.txt", "gold.json"):
        (tmp_path / name).write_text("not read\n", encoding="utf-8")
    bad = catalogue(tmp_path, "# my groups\n" + HERONS + "\nnamed Blue Kite Front 3 KE Blue Kite Front\n")

    code, _, err = run(*command[:-1], str(tmp_path / command[-1]), "--actors", str(bad))

    assert code == 2
    assert f"{bad}, line 4: bad catalogue row" in err


def test_a_missing_catalogue_is_named(tmp_path: Path) -> None:
    code, _, err = run("extract", "-", "--actors", str(tmp_path / "absent.tsv"))

    assert code == 2 and "absent.tsv" in err and "does not exist" in err


def test_a_file_that_is_not_utf8_text_is_named(tmp_path: Path) -> None:
    path = tmp_path / "latin1.tsv"
    path.write_bytes("named\tBrigade Sécurité\t3\tKE\tBS\n".encode("latin-1"))

    with pytest.raises(api.CatalogueError, match="latin1.tsv: cannot be read as UTF-8"):
        api.check_actor_catalogue(path)


@pytest.mark.parametrize("row,problem", [
    ("named\tRed Heron Brigade\t3\n", "3 tab-separated columns"),
    ("named\tRed Heron Brigade\t9\tKE\tRHB\n", "inter code '9'"),
    ("named\tRed Heron Brigade\t3\tKE\t\n", "a named group needs at least one alias"),
])
def test_a_row_with_too_few_columns_a_bad_inter_code_or_no_alias_is_refused(
    tmp_path: Path, row: str, problem: str
) -> None:
    with pytest.raises(api.CatalogueError, match=f"line 1: bad catalogue row \\({problem}"):
        api.check_actor_catalogue(catalogue(tmp_path, row))


def test_a_catalogue_saved_with_a_byte_order_mark_and_crlf_line_ends_is_read(tmp_path: Path) -> None:
    path = tmp_path / "excel.tsv"
    path.write_bytes(("\ufeff# my groups\r\n" + HERONS.replace("\n", "\r\n")).encode("utf-8"))

    api.check_actor_catalogue(path)
    (tagger,) = [s for s in api.pipeline_factory(path)().stages if isinstance(s, ActorTagger)]

    assert [m.entry.name for m in tagger.matcher.find("The RHB withdrew.")] == ["Red Heron Brigade"]


def test_tabs_a_spreadsheet_leaves_after_the_last_column_are_not_a_bad_row(tmp_path: Path) -> None:
    api.check_actor_catalogue(catalogue(tmp_path, "named\tRed Heron Brigade\t3\tKE\tRHB\t\t\t\t\n"))
