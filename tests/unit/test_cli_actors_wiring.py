"""`--actors FILE` reaches the pipeline of every command that codes text: the factory each one
hands on is the default pipeline with the user's catalogue. Nothing is coded here."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from frontlines import api
from frontlines.cli import main

HERONS = "named\tRed Heron Brigade\t3\tKE\tRed Heron Brigade|RHB\n"


@pytest.mark.parametrize("command", [["extract"], ["ingest"], ["eval", "acled"], ["eval", "case"],
                                     ["eval", "plover"]], ids=" ".join)
def test_every_coding_command_hands_on_a_factory_with_the_users_catalogue(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    mine = tmp_path / "mine.tsv"
    mine.write_text(HERONS, encoding="utf-8")
    seen: list[Any] = []

    class Stop(Exception):
        pass

    def capture(*_args: Any, factory: Any = None, **_kwargs: Any) -> Any:
        seen.append(factory if factory is not None else _args[1])
        raise Stop

    monkeypatch.setattr(api, "extract", capture)
    monkeypatch.setattr(api, "ingest", capture)
    monkeypatch.setattr(api, "pipeline_coder", capture)
    monkeypatch.setattr("frontlines.evaluation.plover.read_gold", lambda *_args: [])
    gold = tmp_path / "gold.json"
    gold.write_text("[]", encoding="utf-8")
    args = [*command, str(gold), "--actors", str(mine)]

    CliRunner().invoke(main, args)

    assert seen, f"{' '.join(command)} never built a coder"
    (factory,) = seen
    assert isinstance(factory, partial) and factory.func is api.default_pipeline
    assert factory.keywords == {"actor_catalogue": mine}
