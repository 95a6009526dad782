"""Resolve recognised expressions in running text: pick each one's reference date and value.

Deictic expressions ("yesterday", "last week") count from the reference date (the
publication date, or a caption's or embedded post's own date). Story-relative ones ("a day
earlier", "the next day", "two days later") count from the last date the same paragraph
named, and fall back to the reference date when it named none.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import date

from frontlines.model import Timex
from frontlines.timex.normalize import needs_reference, parse_reference, resolve
from frontlines.timex.recognise import find_mentions
from frontlines.timex.spec import Mention, Spec

# Words that make a sentence look ahead, so "Tuesday" means the coming one.
FUTURE_CUES = re.compile(
    r"\b(?:will|won't|shall|scheduled|due\s+to|expected\s+to|plan(?:s|ned|ning)?\s+to|set\s+to|going\s+to"
    r"|upcoming|to\s+be\s+held|as\s+(?:soon|early)\s+as|until|deadline)\b|'ll\b",
    re.IGNORECASE,
)
LINE_BREAK = re.compile(r"\n")
SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s|\n")
# Precision a story anchor needs for each shift unit: 3 day, 2 month, 1 year.
NEEDED_PRECISION = {"D": 3, "W": 3, "WE": 3, "M": 2, "Q": 2, "Y": 1, "DE": 1, "CE": 1}
# A year-less date takes its year from a written date of at least this precision in its
# paragraph ("On June 12, 2016, ... On June 14, ...").
YEAR_ANCHOR_PRECISION = 2
CALENDAR_VALUE = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?![\d])")


@dataclass(frozen=True, slots=True)
class Reference:
    """The date deictic expressions count from, and how to name it in `Timex.anchor`."""

    date: date | None
    label: str = "dct"


@dataclass(slots=True)
class StoryDates:
    """The last date of each precision a paragraph has named, and where it was named."""

    latest: dict[int, tuple[date, int]] = field(default_factory=dict)
    written: dict[int, tuple[date, int]] = field(default_factory=dict)  # dates whose year was written

    def note(self, timex: Timex, year_written: bool) -> None:
        """Remember `timex` as the story's current date if its value is a calendar date."""
        m = CALENDAR_VALUE.match(timex.value) if timex.type in {"DATE", "TIME"} else None
        if m is None:
            return
        year, month, day = int(m[1]), int(m[2] or 1), int(m[3] or 1)
        precision = 1 + (m[2] is not None) + (m[3] is not None)
        try:
            when = date(year, month, day)
        except ValueError:
            return
        for level in range(1, precision + 1):
            self.latest[level] = (when, timex.start)
            if year_written:
                self.written[level] = (when, timex.start)

    def anchor_for(self, unit: str) -> tuple[date, int] | None:
        """The last date precise enough to count `unit`s from, with its start offset."""
        return self.latest.get(NEEDED_PRECISION.get(unit, 3))

    def year_for(self, spec: Spec) -> tuple[date, int] | None:
        """The paragraph's last written date, for a date written without its year ("On June 14")."""
        if spec.kind != "calendar" or spec.year is not None or spec.unit or spec.direction:
            return None
        return self.written.get(YEAR_ANCHOR_PRECISION)


def year_written(spec: Spec) -> bool:
    """True when the words themselves give the year ("March 3, 2020", "2020-03-03", "1990")."""
    if spec.kind == "fixed":
        return spec.value[:4].isdigit()
    return spec.kind in {"calendar", "period"} and spec.year is not None


def looks_ahead(text: str, start: int, end: int) -> bool:
    """True when the sentence around [start, end) speaks of the future ("will meet on Tuesday")."""
    left = max(0, start - 200)
    ends = [m.end() for m in SENTENCE_END.finditer(text, left, start)]
    sentence_start = ends[-1] if ends else left
    # Only a short way past the expression: later clauses often speak of other times.
    after = SENTENCE_END.search(text, end, min(len(text), end + 40))
    sentence_end = after.start() if after else min(len(text), end + 40)
    return bool(FUTURE_CUES.search(text, sentence_start, sentence_end))


def resolve_mentions(
    text: str,
    mentions: list[Mention],
    reference_for: Callable[[Mention], Reference],
    scope_for: Callable[[Mention], Hashable],
) -> list[Timex]:
    """Timexes for `mentions`, each resolved against its reference or its paragraph's story date."""
    stories: dict[Hashable, StoryDates] = {}
    timexes: list[Timex] = []
    for mention in mentions:
        story = stories.setdefault(scope_for(mention), StoryDates())
        spec, ref = mention.spec, reference_for(mention)
        when, anchor = ref.date, (ref.label if ref.date else None)
        found = story.anchor_for(spec.unit) if spec.narrative else story.year_for(spec)
        if found is not None:
            when, anchor = found[0], f"timex:{found[1]}"
        future = spec.kind in {"weekday", "calendar"} and looks_ahead(text, mention.start, mention.end)
        timex = Timex(
            start=mention.start,
            end=mention.end,
            text=text[mention.start : mention.end],
            type=spec.type,
            value=resolve(spec, when, future),
            anchor=anchor if needs_reference(spec) else None,
        )
        story.note(timex, year_written(spec))
        timexes.append(timex)
    return timexes


def paragraph_scope(text: str) -> Callable[[Mention], Hashable]:
    """A scope function numbering the line-separated paragraphs of `text`."""
    breaks = [m.start() for m in LINE_BREAK.finditer(text)]
    return lambda mention: bisect.bisect_left(breaks, mention.start)


def tag_timexes(text: str, dct: str | None) -> list[Timex]:
    """Recognise and normalise the temporal expressions of raw `text` against the creation time `dct`.

    With no `dct`, relative expressions stay underspecified in TimeML style ("XXXX-03-03").
    """
    reference = Reference(parse_reference(dct))
    return resolve_mentions(text, find_mentions(text), lambda _: reference, paragraph_scope(text))
