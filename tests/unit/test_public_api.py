"""The package root's `__all__` is honest: complete for the data model, nothing missing or extra."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

import frontlines
from frontlines import model


def test_every_name_in_all_exists() -> None:
    assert all(hasattr(frontlines, name) for name in frontlines.__all__)


def test_every_model_dataclass_is_exported() -> None:
    classes = {name for name, obj in vars(model).items() if dataclasses.is_dataclass(obj)}
    assert classes <= set(frontlines.__all__)


def test_all_has_no_duplicates() -> None:
    assert len(frontlines.__all__) == len(set(frontlines.__all__))


def test_importing_the_package_loads_no_heavy_dependency() -> None:
    code = "import sys, frontlines; print(any(m in sys.modules for m in ('spacy', 'duckdb', 'trafilatura')))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
