"""Shared fixtures: paths to the bundled examples and to ../shared/data when present."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture
def shared_data() -> Path:
    """../shared/data, or skip: a fresh clone has no shared gold data."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"gold data not present at {SHARED_DATA} (only in the project's workspace)")
    return SHARED_DATA


@pytest.fixture
def examples() -> Path:
    """The example articles bundled with the package."""
    from frontlines.api import examples_dir

    return examples_dir()
