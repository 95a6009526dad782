"""A body found is a killing reported: ACLED codes it as an attack on a civilian by whoever did it."""

from __future__ import annotations

import pytest
from builders import sub_types
from test_events import code

pytestmark = pytest.mark.slow


def test_a_body_found_is_an_attack() -> None:
    events = code("On Monday goatherds found a corpse with stab wounds in a gully outside Garissa.")
    assert sub_types(events)[0] == "Attack"


def test_bodies_found_after_a_clash_leave_it_a_clash() -> None:
    events = code("On Monday soldiers clashed with militiamen near Mambasa and later found the corpses of "
                  "three fighters.")
    assert sub_types(events)[0] == "Armed clash"


def test_a_body_found_without_marks_of_a_killing_is_no_event() -> None:
    assert code("On Monday divers found the body of a swimmer who went missing in the dam at Kariba.") == []


def test_those_who_find_a_body_are_not_its_killers() -> None:
    events = code("On Monday police found the body of a trader with gunshot wounds in a field near Kitale.")
    assert events[0].actor1 is None or events[0].actor1.inter != 1
