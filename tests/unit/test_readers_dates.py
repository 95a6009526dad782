"""Date normalisation: ISO out, yyyy-mm-dd when only the day is known, None for non-dates."""

from __future__ import annotations

import pytest

from frontlines.readers.dates import find_written_date, normalise_date


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2020-03-04", "2020-03-04"),
        ("2020/3/4", "2020-03-04"),
        ("March 4, 2020", "2020-03-04"),
        ("4 March 2020", "2020-03-04"),
        ("Sept. 4 2020", "2020-09-04"),
        ("Wed, 4 March 2020", "2020-03-04"),
        ("2020-03-04T10:00:00Z", "2020-03-04T10:00:00+00:00"),
        ("Mon, 02 Mar 2020 18:30:00 +0200", "2020-03-02T18:30:00+02:00"),
    ],
)
def test_dates_are_normalised_to_iso(given: str, expected: str) -> None:
    assert normalise_date(given) == expected


@pytest.mark.parametrize("given", ["", "last week", "2020-02-30", "Smarch 4, 2020", "4/3/2020"])
def test_non_dates_and_impossible_days_give_none(given: str) -> None:
    assert normalise_date(given) is None


def test_first_real_written_date_in_a_passage_is_found() -> None:
    assert find_written_date("Soldiers near Hama, on June 31, 2016, and on June 12, 2016.") == "2016-06-12"
    assert find_written_date("No date here, only 2016.") is None
