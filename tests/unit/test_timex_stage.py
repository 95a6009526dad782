"""The timex stage on whole documents: segments, publication dates, idempotence."""

from __future__ import annotations

from typing import ClassVar

import pytest

from frontlines.model import Document, Segment, SegmentKind
from frontlines.pipeline import PipelineError, check_contracts
from frontlines.stage import Stage
from frontlines.stages.timex import TimexTagger

BODY = "On March 3, a delegation met commanders. A day earlier, an assault was repelled."
CAPTION = "Soldiers at a base near Hama, on June 12, 2016. A day later they left."
POST = "We stand firm #Idlib yesterday - Some_Account (@handle) March 2, 2020"


def document(published: str | None = "2020-03-05") -> Document:
    text = f"{BODY}\n{CAPTION}\n{POST}"
    caption_start = len(BODY) + 1
    post_start = caption_start + len(CAPTION) + 1
    return Document(
        id="d1",
        text=text,
        published=published,
        segments=[
            Segment("body", 0, len(BODY)),
            Segment("caption", caption_start, post_start - 1, published="2016-06-12"),
            Segment("embedded_post", post_start, len(text), handle="@handle", published="2020-03-02"),
        ],
    )


def test_stage_declares_its_contract() -> None:
    stage = TimexTagger()
    assert stage.name == "timex"
    assert stage.requires == frozenset({"text", "segments"})
    assert stage.provides == frozenset({"timexes", "published"})


class Segmenter(Stage):
    """A stand-in for the segment stage: only its contract matters here."""

    name: ClassVar[str] = "segment"
    requires: ClassVar[frozenset[str]] = frozenset({"text"})
    provides: ClassVar[frozenset[str]] = frozenset({"segments"})


def test_stage_fits_after_a_segmenter_and_needs_one() -> None:
    check_contracts([Segmenter(), TimexTagger()])
    with pytest.raises(PipelineError, match="segments"):
        check_contracts([TimexTagger()])


def test_every_timex_points_at_its_words() -> None:
    doc = TimexTagger()(document())
    assert doc.timexes
    assert all(doc.text[t.start : t.end] == t.text for t in doc.timexes)


def test_caption_dated_years_earlier_anchors_to_its_own_date() -> None:
    doc = TimexTagger()(document())
    caption = doc.segments[1]
    inside = [t for t in doc.timexes if caption.start <= t.start < caption.end]
    assert [(t.text, t.value) for t in inside] == [
        ("June 12, 2016", "2016-06-12"),
        ("A day later", "2016-06-13"),
    ]


def test_embedded_post_counts_deictic_words_from_its_own_date() -> None:
    doc = TimexTagger()(document())
    yesterday = next(t for t in doc.timexes if t.text == "yesterday")
    assert (yesterday.value, yesterday.anchor) == ("2020-03-01", "segment")


def test_body_story_anchoring_survives_the_other_segments() -> None:
    doc = TimexTagger()(document())
    earlier = next(t for t in doc.timexes if t.text == "A day earlier")
    assert (earlier.value, earlier.anchor) == ("2020-03-02", f"timex:{BODY.index('March 3')}")


def test_running_twice_gives_the_same_timexes() -> None:
    stage = TimexTagger()
    doc = stage(document())
    first = list(doc.timexes)
    assert stage(doc).timexes == first


def test_undated_document_gets_its_date_from_the_dateline_before_normalising() -> None:
    text = "KABUL, Aug 25, 2021 (Reuters) - Taliban fighters entered the city yesterday."
    doc = TimexTagger()(Document(id="d2", text=text, segments=[Segment("body", 0, len(text))]))
    assert (doc.published, doc.published_source) == ("2021-08-25", "inferred:dateline")
    assert next(t for t in doc.timexes if t.text == "yesterday").value == "2021-08-24"


def test_undated_document_without_any_date_stays_underspecified() -> None:
    text = "Fighters entered the city on Tuesday after talks failed yesterday."
    doc = TimexTagger()(Document(id="d3", text=text, segments=[Segment("body", 0, len(text))]))
    assert doc.published is None and doc.published_source is None
    assert {t.text: t.value for t in doc.timexes} == {"Tuesday": "XXXX-WXX-2", "yesterday": "XXXX-XX-XX"}


def test_a_given_publication_date_is_never_replaced() -> None:
    text = "KABUL, Aug 25, 2021 (Reuters) - Fighters entered the city."
    doc = Document(id="d4", text=text, published="2021-08-26", published_source="input")
    doc = TimexTagger()(doc)
    assert (doc.published, doc.published_source) == ("2021-08-26", "input")


def segmented(paragraphs: list[tuple[SegmentKind, str]], published: str = "2020-03-05") -> Document:
    """A document of one segment a paragraph, given as (kind, text) pairs."""
    text, segments = "", []
    for kind, words in paragraphs:
        start = len(text) + (2 if text else 0)
        text = f"{text}\n\n{words}" if text else words
        segments.append(
            Segment(kind, start, len(text), published="2016-06-12" if kind == "caption" else None)
        )
    return Document(id="d2", text=text, published=published, segments=segments)


def test_a_body_date_carries_over_to_the_next_body_paragraphs() -> None:
    doc = TimexTagger()(
        segmented([("body", "Gunmen attacked on Tuesday."), ("body", "A day earlier, a bomb hit.")])
    )
    earlier = next(t for t in doc.timexes if t.text == "A day earlier")
    assert (earlier.value, earlier.anchor) == ("2020-03-02", f"timex:{doc.text.index('Tuesday')}")


def test_a_caption_date_never_carries_over_to_the_body() -> None:
    doc = TimexTagger()(
        segmented(
            [("caption", "Soldiers near Hama on June 10, 2016."), ("body", "A day earlier, a bomb hit.")]
        )
    )
    earlier = next(t for t in doc.timexes if t.text == "A day earlier")
    assert (earlier.value, earlier.anchor) == ("2020-03-04", "dct")


def test_a_body_date_never_carries_over_to_a_caption() -> None:
    doc = TimexTagger()(
        segmented([("body", "Gunmen attacked on March 1."), ("caption", "A day later, soldiers left.")])
    )
    later = next(t for t in doc.timexes if t.text == "A day later")
    assert (later.value, later.anchor) == ("2016-06-13", "segment")
