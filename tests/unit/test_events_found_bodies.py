"""A body found is a killing reported: ACLED codes it as an attack on a civilian by whoever did it."""

from __future__ import annotations

import pytest
from builders import sub_types
from test_events import code

pytestmark = pytest.mark.slow


def test_a_body_found_is_an_attack() -> None:
    events = code("On Monday farmers found a corpse with stab wounds beside a canal near Irapuato.")
    assert sub_types(events)[0] == "Attack"


def test_bodies_found_after_a_clash_leave_it_a_clash() -> None:
    events = code("On Monday soldiers clashed with militiamen near Mambasa and later found the corpses of "
                  "three fighters.")
    assert sub_types(events)[0] == "Armed clash"
