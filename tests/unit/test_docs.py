"""Every command, option and output field is documented (sqlite-utils' rule)."""

from __future__ import annotations

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
    from frontlines.model import Document, Event, Place, Segment, Timex
    from frontlines.serialize import document_to_dict

    doc = Document(id="d", text="x", segments=[Segment("body", 0, 1)], timexes=[Timex(0, 1, "x", "DATE", "X")],
                   places=[Place(0, 1, "x", "x")], events=[Event("e", "", "", "CONSULT")])
    record = document_to_dict(doc)
    for key, value in record.items():
        assert f"`{key}" in OUTPUT_DOC, f"document field {key} not in docs/output.md"
        if isinstance(value, list) and value and isinstance(value[0], dict):
            for sub in value[0]:
                assert f"`{sub}`" in OUTPUT_DOC, f"{key}.{sub} not in docs/output.md"
