"""Every command, option and output field is documented (sqlite-utils' rule)."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from frontlines.cli import main

REPO = Path(__file__).resolve().parents[2]
README = (REPO / "README.md").read_text(encoding="utf-8")
OUTPUT_DOC = (REPO / "docs" / "output.md").read_text(encoding="utf-8")


def commands(group: click.Group, prefix: str = "frontlines") -> list[tuple[str, click.Command]]:
    found: list[tuple[str, click.Command]] = []
    for name, command in group.commands.items():
        path = f"{prefix} {name}"
        if isinstance(command, click.Group):
            found.extend(commands(command, path))
        else:
            found.append((path, command))
    return found


@pytest.mark.parametrize("path,command", commands(main), ids=lambda x: x if isinstance(x, str) else "")
def test_each_command_and_its_options_are_in_the_readme(path: str, command: click.Command) -> None:
    assert f"`{path}" in README, f"{path} has no section in README.md"
    for param in command.params:
        for opt in getattr(param, "opts", []):
            if opt.startswith("--") and opt != "--help":
                assert opt in README, f"{path} {opt} is not documented in README.md"


def test_each_command_has_a_help_text() -> None:
    for path, command in commands(main):
        assert command.help, f"{path} has no help text"


def test_the_readme_opens_with_the_two_commands_and_ci_runs_the_test_one() -> None:
    assert "make demo" in README and "make test" in README
    assert "make test" in (REPO / ".ci" / "run").read_text(encoding="utf-8")


def test_every_native_jsonl_field_is_documented() -> None:
    from frontlines.model import Document, Event, EventActor, Location, Place, Segment, Timex
    from frontlines.serialize import document_to_dict

    doc = Document(
        id="d",
        text="x",
        segments=[Segment("body", 0, 1)],
        timexes=[Timex(0, 1, "x", "DATE", "X")],
        places=[Place(0, 1, "x", "x")],
        events=[Event("e", "", "", "CONSULT")],
    )
    event = Event(
        "e", "Battles", "Armed clash", "ASSAULT", actor1=EventActor("A", "a"), location=Location("L")
    )
    doc.events.append(event)
    for key, value in document_to_dict(doc).items():
        assert documented(key), f"document field {key} not in docs/output.md"
        for item in value if isinstance(value, list) else []:
            for sub, inner in item.items() if isinstance(item, dict) else []:
                assert documented(sub), f"{key}.{sub} not in docs/output.md"
                for leaf in inner if isinstance(inner, dict) else []:
                    assert re.search(rf"\b{leaf}\b", OUTPUT_DOC), f"{key}.{sub}.{leaf} not in docs/output.md"


def documented(name: str) -> bool:
    return f"`{name}`" in OUTPUT_DOC or f"`{name}[]`" in OUTPUT_DOC
