"""Resolve recognised expressions in running text: pick each one's reference date and value.

Deictic expressions ("yesterday", "last week") count from the reference date (the
publication date, or a caption's or embedded post's own date). Story-relative ones ("a day
earlier", "the next day", "two days later") count from the last date the same paragraph
named; wire copy writes a sentence or two a paragraph, so without one they count from the last
date of one of the few paragraphs before it in the same thread (body text, not a caption, post
or title), and else from the reference date. A document that tells a
history (its written years lie mostly far from its reference date, as in an encyclopedia
article) dates year-less words from the last year it wrote ("In 1940 ... In August").
Business news about a quarter reads "a year earlier" as that quarter a year before.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field, replace
from datetime import date

from frontlines.model import Timex
from frontlines.timex.normalize import needs_reference, parse_reference, resolve
from frontlines.timex.recognise import find_mentions
from frontlines.timex.spec import REPORTING_QUARTER, Mention, Spec

# Words that make a sentence look ahead, so "Tuesday" means the coming one.
FUTURE_CUES = re.compile(
    r"\b(?:will|would|won't|shall|scheduled|due\s+to|expected\s+to|plan(?:s|ned|ning)?\s+to|set\s+to|going\s+to"
    r"|upcoming|to\s+be\s+held|as\s+(?:soon|early)\s+as|until)\b|'ll\b",
    re.IGNORECASE,
)
# A past-tense verb right before the day names when it happened, whatever the sentence says next.
REPORTED_PAST = re.compile(
    r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bwill\s)"
    r"\b(?:said|told|met|was|were|did|began|took|made|came|went|held|gave|left|won|lost|fell|rose|\w{3,}ed)"
    r"\s+(?:(?:on|late|early|last)\s+)?$",
    re.IGNORECASE,
)
# A verb in the present right before a day says what is scheduled for it: "The council meets
# Monday", "the two leaders meet separately on Tuesday" (news writes what happened in the past).
SCHEDULED_PRESENT = re.compile(
    r"(?<!\bdid\s)(?<!n't\s)(?<!\bnot\s)(?<!\bto\s)\b(?:meets?|begins|starts|opens|resumes|leaves|arrives"
    r"|travels|returns|reconvenes|convenes|ends|closes)\s+(?:[a-z]+ly\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
# Words right before a year-less date that put it behind the reference: "since March", "ended Sept. 30".
LOOKS_BACK = re.compile(
    r"\b(?:since|ended)\s+(?:(?:early|late|mid)[\s-]+)?$|(?<![\w-])(?:was|were|had)\s+(?:on|in)\s+$",
    re.IGNORECASE,
)
# "Wednesday's ruling": a weekday named by an outcome that happened on it (a ruling, an attack,
# not a meeting still to hold) is behind the reference, whatever the sentence plans ("ways to get
# around Wednesday's ruling"; but "talks will resume at Monday's meeting").
OUTCOME_AFTER = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+)?(?:ruling|decision|verdict|attacks?|bombings?|killings?|shootings?|blasts?|explosions?"
    r"|raids?|crash|arrests?|announcement|statement|remarks|massacre|assault|ambush|clashes|violence)\b"
)
# A clause told in the past between a future cue and the date: "it will take him from the relatives
# who have cared for him since he was rescued in November" (the date belongs to the past clause).
PAST_CLAUSE = re.compile(
    r"\b(?:who|which|that|since|after|when|because|where|before)\s+(?:[a-z]+\s+){0,3}?"
    r"(?:was|were|had|did|(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeing\s)(?<!\bbeen\s)[a-z]{2,}[^e\W]ed)"
    r"\b[^,;:()]*$",
    re.IGNORECASE,
)
# "had been due to expire Friday": a plan seen from the past, so the day is past too.
PLUPERFECT = re.compile(r"\bhad\s+(?:been\s+)?$", re.IGNORECASE)
# "Until Thursday, they had not called him a suspect": a sentence in the pluperfect looks back.
PLUPERFECT_CLAUSE = re.compile(r"\bhad(?:n't|\s+not)?\s+(?:been\s+)?[a-z]+(?:ed|en|t)\b", re.IGNORECASE)
# A date written as a modifier, between a determiner and its noun: "the 9 May 2022 elections".
DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their|this|next|upcoming)\s+$", re.IGNORECASE)
NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|but|to|in|on|at|of|for|by|with|from|was|were|is|are|will|would|when|as|after|before"
    r"|until|that|which|who|the|a|an|had|has|have|said)\b)[a-z]{3,}\b"
)
# How far past a day the sentence's tense is read: a clause, or a whole opening sentence.
CLAUSE_REACH, OPENING_REACH = 40, 100
OPENS_SENTENCE = re.compile(r"\s*(?:(?:on|by|until|from|since|late|early|and|but)\s+)?", re.IGNORECASE)
LINE_BREAK = re.compile(r"\n")
PARAGRAPH_START = re.compile(r"^[ \t]*\S", re.MULTILINE)
SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s|\n")
# Precision a story anchor needs for each shift unit: 3 day, 2 month, 1 year.
NEEDED_PRECISION = {"D": 3, "W": 3, "WE": 3, "M": 2, "Q": 2, "Y": 1, "DE": 1, "CE": 1}
# A year-less date takes its year from a written date of at least this precision in its
# paragraph ("On June 12, 2016, ... On June 14, ..."); a bare year there is often background.
YEAR_ANCHOR_PRECISION = 3
# A document whose written years mostly lie further than this from its reference date tells a
# history (WikiWars-style narrative): year-less dates then count from its last year, in any paragraph.
HISTORICAL_DISTANCE = 1
# A bare year this far from the last month or day a history named is said in passing (a later
# discovery, an old precedent) unless the text goes on in it: "the largest battle since 1813".
PASSING_GAP = 20
# A day named from now ("Tuesday", "yesterday") says more than a written year that the text is
# news told from its reference date: it counts as this many near years.
DEICTIC_WEIGHT = 3
# A story-relative expression with no date in its own paragraph looks back this many paragraphs
# of its thread for one ("Tuesday ... [two paragraphs] ... A day earlier"), no further.
CARRY_WINDOW = 3
# "The fiscal first quarter ended Sept. 30": the day only tells when the story's quarter closed.
QUARTER_ENDED = re.compile(r"\bquarter\s+end(?:ed|ing)\s+$", re.IGNORECASE)
# Spans a company reports on besides its quarter: "for the nine months", "the first six months";
# "a year earlier" after them compares with the same months of last year, a year's date.
REPORTING_SPAN = re.compile(r"P[69]M")
# "After a flat second quarter, ...": a quarter named as what came before.
BACKGROUND = re.compile(r"\b(?:after|following)\s+(?:(?:a|an|the|its|their)\s+)?(?:[a-z]+\s+)?$", re.I)
QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])")
CALENDAR_VALUE = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?![\d])")


@dataclass(frozen=True, slots=True)
class Reference:
    """The date deictic expressions count from, and how to name it in `Timex.anchor`."""

    date: date | None
    label: str = "dct"


@dataclass(frozen=True, slots=True)
class Paragraph:
    """Where a mention stands: the scope whose dates its story keeps, and how that scope runs on.

    Paragraphs of one `thread` pass their dates on to the next few (`number` counts the text's
    paragraphs); a paragraph with no thread keeps its dates to itself.
    """

    scope: Hashable
    thread: Hashable | None = None
    number: int = 0


@dataclass(frozen=True, slots=True)
class Anchor:
    """A date the story named: the date, its precision (1 year, 2 month, 3 day) and its offset."""

    date: date
    precision: int
    start: int


@dataclass(slots=True)
class StoryDates:
    """The last date of each precision a stretch of text has named, and its last written one."""

    latest: dict[int, Anchor] = field(default_factory=dict)
    written: Anchor | None = None  # the last date whose year the words themselves gave
    written_precise: Anchor | None = None  # the last of a month or a day ("March 1975", not "1976")
    quarter: Anchor | None = None  # the last quarter named ("third-quarter profit"), dated by its first day
    span: int = -1  # where the last longer reporting span was named ("for the nine months")

    def note(self, timex: Timex, year_written: bool, current: bool = True) -> None:
        """Remember `timex` as the story's current date if its value is a calendar date.

        A date named only for comparison ("the year-ago quarter") is not `current`: the story
        stays in its own quarter.
        """
        m = CALENDAR_VALUE.match(timex.value) if timex.type in {"DATE", "TIME"} else None
        if not current:
            return
        if timex.type == "DURATION" and REPORTING_SPAN.fullmatch(timex.value):
            self.span = timex.start
        if q := QUARTER_VALUE.fullmatch(timex.value):
            self.quarter = Anchor(date(int(q[1]), int(q[2]) * 3 - 2, 1), 2, timex.start)
        if m is None:
            return
        year, month, day = int(m[1]), int(m[2] or 1), int(m[3] or 1)
        precision = 1 + (m[2] is not None) + (m[3] is not None)
        try:
            anchor = Anchor(date(year, month, day), precision, timex.start)
        except ValueError:
            return
        for level in range(1, precision + 1):
            self.latest[level] = anchor
        if year_written:
            self.written = anchor
            if precision >= 2:
                self.written_precise = anchor

    def anchor_for(self, unit: str) -> Anchor | None:
        """The last date precise enough to count `unit`s from."""
        return self.latest.get(NEEDED_PRECISION.get(unit, 3))

    def reporting_quarter(self) -> Anchor | None:
        """The quarter a financial story is about, when it is the last date the story named and no
        longer span ("for the nine months") has taken over the report since."""
        latest = self.latest.get(1)
        if self.quarter is None or latest is None or latest.start != self.quarter.start:
            return None
        return self.quarter if self.span < self.quarter.start else None

    def year_anchor(self, precision: int) -> Anchor | None:
        """The last written date if it is at least `precision` precise."""
        return self.written if self.written and self.written.precision >= precision else None


def takes_story_year(spec: Spec) -> bool:
    """True for a date or season written without its year and without "last"/"next" ("On June 14")."""
    if spec.kind not in {"calendar", "period"} or spec.year is not None or spec.direction:
        return False
    return not spec.unit and not spec.amount and not spec.value.startswith(("Q", "H"))


def narrates_history(mentions: list[Mention], reference_for: Callable[[Mention], Reference]) -> bool:
    """True when a document tells a history: its written years lie mostly years away from its
    reference date, and it seldom speaks of days relative to now ("yesterday", "on Tuesday").

    One far year alone ("joined in July 1997") makes no history.
    """
    far = near = 0
    for mention in mentions:
        spec, ref = mention.spec, reference_for(mention).date
        if spec.kind == "weekday" or (spec.kind == "shift" and not spec.narrative):
            near += DEICTIC_WEIGHT
        elif year_written(spec) and (year := written_year(spec)) is not None:
            if ref is None or abs(year - ref.year) > HISTORICAL_DISTANCE:
                far += 1
            else:
                near += 1
    return far > max(near, 1)


def written_year(spec: Spec) -> int | None:
    """The year the words of a spec give, if they give one."""
    if spec.kind == "fixed":
        return int(spec.value[:4]) if spec.value[:4].isdigit() else None
    return spec.year


def story_anchor(spec: Spec, paragraph: StoryDates, document: StoryDates | None) -> Anchor | None:
    """The story date `spec` counts from, if any: its paragraph's, else (in a history) the document's."""
    if spec.narrative:
        found = paragraph.anchor_for(spec.unit)
        if found is None and document is not None:
            found = document.anchor_for(spec.unit)
        return found
    if not takes_story_year(spec):
        return None
    found = paragraph.year_anchor(YEAR_ANCHOR_PRECISION) if spec.day is not None else None
    if found is None and document is not None:
        found = document.year_anchor(1)
    return found


@dataclass(slots=True)
class Thread:
    """The story dates of a thread's paragraphs so far, in text order, with each paragraph's number."""

    paragraphs: list[tuple[int, StoryDates]] = field(default_factory=list)

    def add(self, number: int, story: StoryDates) -> None:
        """Record the paragraph numbered `number` (once, when its first mention comes)."""
        self.paragraphs.append((number, story))

    def carried(self, spec: Spec, number: int) -> Anchor | None:
        """The last date, precise enough for `spec`, of the paragraphs within the window before `number`."""
        for earlier, story in reversed(self.paragraphs):
            if earlier >= number:
                continue
            if number - earlier > CARRY_WINDOW:
                return None
            if (found := story.anchor_for(spec.unit)) is not None:
                return found
        return None


def quarter_reading(spec: Spec, document: StoryDates, ref: date | None) -> tuple[Spec, date, Anchor] | None:
    """For a story about a quarter: the reporting period, the date it is read from, and the quarter.

    "The year-ago quarter" and, after "third-quarter profit", "a year earlier" mean that
    quarter a year before (TimeBank's business news); "the quarter" alone, that quarter,
    unless the story's quarter is not over yet by the reference date (a forecast). A year-ago
    comparison is over whatever the story's quarter ("expects fourth-quarter profit to fall
    from a year earlier" still compares with last year's fourth quarter).
    """
    is_year_ago = spec.kind == "shift" and spec.value == REPORTING_QUARTER
    if not (is_year_ago or (spec.kind == "period" and spec.value == REPORTING_QUARTER)):
        return None
    quarter = document.reporting_quarter() if is_year_ago else document.quarter
    if quarter is None:
        return None
    if (spec.amount or spec.year is not None) and document.span > quarter.start:
        # "For the nine months ... the year-ago results": those months a year before, a year's date.
        year = quarter.date.year + spec.amount if spec.year is None else spec.year
        return Spec("fixed", value=f"{year:04d}"), quarter.date, quarter
    month = quarter.date.month + 3  # read from the day after the quarter ends, when it is "the last one over"
    after = date(quarter.date.year + (month > 12), (month - 1) % 12 + 1, 1)
    if ref is not None and after > ref and not is_year_ago:
        return None
    return replace(spec, kind="period", value=REPORTING_QUARTER, unit=""), after, quarter


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
    # Only a short way past the expression: later clauses often speak of other times. An
    # expression opening its sentence ("On Tuesday, the league plans to ...") waits for the verb.
    reach = OPENING_REACH if OPENS_SENTENCE.fullmatch(text, sentence_start, start) else CLAUSE_REACH
    after = SENTENCE_END.search(text, end, min(len(text), end + reach))
    sentence_end = after.start() if after else min(len(text), end + reach)
    if SCHEDULED_PRESENT.search(text, max(sentence_start, start - 40), start):
        return True  # "Arafat meets Albright Monday" is still to come
    if REPORTED_PAST.search(text, max(sentence_start, start - 40), start):
        return False  # "Cuba predicted Wednesday", "the decision was announced Wednesday"
    if PLUPERFECT_CLAUSE.search(text, sentence_start, sentence_end):
        return False
    cues = FUTURE_CUES.finditer(text, sentence_start, sentence_end)
    return any(
        not PLUPERFECT.search(text, max(0, cue.start() - 12), cue.start())
        # "planned to leave on Thursday" looks ahead; "On Friday, it planned to pay" was a past plan.
        and not (cue.group().lower().startswith("planned") and cue.start() > start)
        and not (cue.end() <= start and PAST_CLAUSE.search(text, cue.end(), start))
        for cue in cues
    )


def looks_back(text: str, start: int) -> bool:
    """True when the words just before a date put it in the past ("since March", "ended Sept. 30")."""
    return LOOKS_BACK.search(text, max(0, start - 20), start) is not None


def named_by_past_event(text: str, mention: Mention) -> bool:
    """True for a bare weekday owning an outcome ("Wednesday's ruling", "Friday's attack"): news
    names a day by its outcome once it has happened."""
    spec = mention.spec
    return (
        spec.kind == "weekday" and not spec.direction and OUTCOME_AFTER.match(text, mention.end) is not None
    )


def next_written_years(mentions: list[Mention]) -> list[int | None]:
    """For each mention, the year the text writes next after it (None when it writes no more)."""
    years: list[int | None] = []
    coming: int | None = None
    for mention in reversed(mentions):
        years.append(coming)
        if year_written(mention.spec) and (year := written_year(mention.spec)) is not None:
            coming = year
    return years[::-1]


def steadier_anchor(last: Anchor | None, precise: Anchor | None, coming: int | None) -> Anchor | None:
    """The story's year for a year-less date in a history: the last year named, unless a bare
    year said in passing ("documents found in 2004", "the largest battle since 1813") broke off
    from the last month or day named, and the next year the text writes (if any) is that day's
    again, or is not the bare year's while the bare year lies generations from the story's."""
    if last is None or precise is None or last.date.year == precise.date.year:
        return last
    far = abs(last.date.year - precise.date.year) > PASSING_GAP
    return precise if coming == precise.date.year or (far and coming != last.date.year) else last


def resolve_mentions(
    text: str,
    mentions: list[Mention],
    reference_for: Callable[[Mention], Reference],
    paragraph_for: Callable[[Mention], Paragraph],
) -> list[Timex]:
    """Timexes for `mentions`, each resolved against its reference or its story's date."""
    stories: dict[Hashable, StoryDates] = {}
    threads: dict[Hashable, Thread] = {}
    document = StoryDates()
    history = narrates_history(mentions, reference_for)
    coming_years = next_written_years(mentions) if history else []
    timexes: list[Timex] = []
    for index, mention in enumerate(mentions):
        paragraph = paragraph_for(mention)
        story = stories.get(paragraph.scope)
        if story is None:
            story = stories[paragraph.scope] = StoryDates()
            if paragraph.thread is not None:
                threads.setdefault(paragraph.thread, Thread()).add(paragraph.number, story)
        spec, ref = mention.spec, reference_for(mention)
        when, anchor = ref.date, (ref.label if ref.date else None)
        # "since March" is behind the reference whatever the rest of the sentence plans.
        behind = looks_back(text, mention.start) or named_by_past_event(text, mention)
        dated = spec.kind in {"weekday", "calendar"}
        future = dated and not behind and looks_ahead(text, mention.start, mention.end)
        found = story_anchor(spec, story, None)
        if found is None and spec.narrative and paragraph.thread is not None:
            found = threads[paragraph.thread].carried(spec, paragraph.number)
            if found is not None and found.precision == 3 and found.date == ref.date:
                found = None  # a dateline's date (or the day of writing) adds nothing to the reference
        if found is None and history:
            found = story_anchor(spec, StoryDates(), document)
            found = steadier_anchor(found, document.written_precise, coming_years[index])
        if (reading := quarter_reading(spec, document, ref.date)) is not None:
            spec, when, anchor = reading[0], reading[1], f"timex:{reading[2].start}"
        elif found is not None:
            when, anchor = found.date, f"timex:{found.start}"
            if not spec.narrative and found.precision == 1:
                spec = replace(spec, year=found.date.year)  # "In 1940 ... in August": that year's
            elif not spec.narrative:
                future = True  # a story moves forward: "December 1941 ... In January" is 1942's
        timex = Timex(
            start=mention.start,
            end=mention.end,
            text=text[mention.start : mention.end],
            type=spec.type,
            value=resolve(spec, when, future, past=not future and behind),
            anchor=anchor if needs_reference(mention.spec) else None,
        )
        # A date named for comparison ("the year-ago quarter", "a year ago") does not move the story,
        # nor does the date of a coming event named in passing ("postponed the 9 May 2022 elections").
        current = not (spec.value == REPORTING_QUARTER and (spec.amount or spec.year is not None))
        current = current and not names_coming_event(text, timex, ref.date)
        current = current and not aside_from_report(text, timex)
        story.note(timex, year_written(spec), current)
        document.note(timex, year_written(spec), current)
        timexes.append(timex)
    return timexes


def aside_from_report(text: str, timex: Timex) -> bool:
    """True for a date that does not move a company report off its quarter, so "a year earlier"
    still compares with that quarter: the day the quarter closed ("the first quarter ended
    Sept. 30"), or a quarter named as background ("after a flat second quarter")."""
    before = text[max(0, timex.start - 30) : timex.start]
    if QUARTER_ENDED.search(before):
        return True
    return QUARTER_VALUE.fullmatch(timex.value) is not None and BACKGROUND.search(before) is not None


def names_coming_event(text: str, timex: Timex, reference: date | None) -> bool:
    """True when `timex` is the date of an event still to come, written as a modifier of its noun
    ("postponed the 9 May 2022 elections"): the story is about the postponing, not that day, so
    "a day later" or "the next day" in later sentences does not count from it."""
    before = DETERMINER_BEFORE.search(text, max(0, timex.start - 12), timex.start)
    if not (timex.text[:4].lower() == "the " or before) or NOUN_AFTER.match(text, timex.end) is None:
        return False
    m = CALENDAR_VALUE.fullmatch(timex.value) if timex.type == "DATE" else None
    if m is None or reference is None:
        return False
    try:
        return date(int(m[1]), int(m[2] or 1), int(m[3] or 1)) > reference  # it begins after the reference
    except ValueError:
        return False


def paragraph_scope(text: str) -> Callable[[Mention], Hashable]:
    """A scope function numbering the line-separated paragraphs of `text`."""
    breaks = [m.start() for m in LINE_BREAK.finditer(text)]
    return lambda mention: bisect.bisect_left(breaks, mention.start)


def paragraph_number(text: str) -> Callable[[Mention], int]:
    """A function giving the number of the non-blank line (paragraph) a mention stands in, from 0."""
    starts = [m.start() for m in PARAGRAPH_START.finditer(text)]
    return lambda mention: max(0, bisect.bisect_right(starts, mention.start) - 1)


def tag_timexes(text: str, dct: str | None) -> list[Timex]:
    """Recognise and normalise the temporal expressions of raw `text` against the creation time `dct`.

    With no `dct`, relative expressions stay underspecified in TimeML style ("XXXX-03-03").
    All of the text's paragraphs are one thread.
    """
    reference = Reference(parse_reference(dct))
    scope, number = paragraph_scope(text), paragraph_number(text)

    def paragraph_for(mention: Mention) -> Paragraph:
        return Paragraph(scope(mention), "text", number(mention))

    return resolve_mentions(text, find_mentions(text), lambda _: reference, paragraph_for)
