"""The segment stage: which parts of a text are title, body, caption, embedded post or quote."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontlines.model import Document, Segment
from frontlines.pipeline import check_contracts
from frontlines.readers import read_file
from frontlines.stages.segment import Segmenter, segment_text

DESIGN_EXAMPLE = (
    "Government forces retake villages\n\n"
    "On March 3, a delegation of 25 tribal elders met commanders of the rebel coalition in the "
    "Jabal al-Zawiya area. Government forces retook the villages of Hazarin and Kafr Uwayd in the "
    'last few days. ... "We stand firm #Idlib pic.twitter.com/x — Some_Account (@handle) March 2, 2020". '
    'Photo caption: "Soldiers at a base near Hama, on June 12, 2016. NAME/AGENCY".\n'
)


def texts(text: str, segments: list[Segment], kind: str) -> list[str]:
    return [text[s.start : s.end] for s in segments if s.kind == kind]


def only(segments: list[Segment], kind: str) -> Segment:
    (segment,) = [s for s in segments if s.kind == kind]
    return segment


def assert_tiles_the_text(text: str, segments: list[Segment]) -> None:
    """Every non-whitespace character is in exactly one segment other than a quote."""
    owners = [0] * len(text)
    for segment in segments:
        assert 0 <= segment.start < segment.end <= len(text)
        assert text[segment.start : segment.end] == text[segment.start : segment.end].strip()
        if segment.kind != "quote":
            for offset in range(segment.start, segment.end):
                owners[offset] += 1
    assert all(owners[i] == 1 for i, char in enumerate(text) if not char.isspace())
    assert all(owners[i] <= 1 for i in range(len(text)))


def test_stage_declares_its_contract() -> None:
    stage = Segmenter()
    assert (stage.name, stage.requires, stage.provides) == (
        "segment",
        frozenset({"text"}),
        frozenset({"segments"}),
    )
    check_contracts([stage])


def test_design_example_keeps_post_and_caption_apart_from_the_news() -> None:
    segments = segment_text(DESIGN_EXAMPLE, "Government forces retake villages")
    assert texts(DESIGN_EXAMPLE, segments, "title") == ["Government forces retake villages"]
    post = only(segments, "embedded_post")
    assert DESIGN_EXAMPLE[post.start : post.end] == (
        '"We stand firm #Idlib pic.twitter.com/x — Some_Account (@handle) March 2, 2020".'
    )
    assert (post.author, post.handle, post.published) == ("Some_Account", "handle", "2020-03-02")
    caption = only(segments, "caption")
    assert DESIGN_EXAMPLE[caption.start : caption.end].startswith('Photo caption: "Soldiers at a base')
    assert caption.published == "2016-06-12"
    assert texts(DESIGN_EXAMPLE, segments, "body")[0].startswith("On March 3, a delegation")
    assert_tiles_the_text(DESIGN_EXAMPLE, segments)


def test_post_signature_on_its_own_line_takes_the_line_above_as_the_post() -> None:
    post_text = "We stand firm #Idlib pic.twitter.com/x\n— Some_Account (@handle) March 2, 2020"
    text = f"Shelling resumed.\n{post_text}\nMore."
    post = only(segment_text(text), "embedded_post")
    assert text[post.start : post.end] == post_text
    assert texts(text, segment_text(text), "body") == ["Shelling resumed.", "More."]


@pytest.mark.parametrize(
    ("signature", "author", "handle", "published"),
    [
        (
            "- Kyiv Independent (@KyivIndependent) August 24, 2021",
            "Kyiv Independent",
            "KyivIndependent",
            "2021-08-24",
        ),
        ("– UN Geneva (@UNGeneva) 2 March 2020", "UN Geneva", "UNGeneva", "2020-03-02"),
        ("— U.S. Army (@USArmy) Mar. 2, 2020", "U.S. Army", "USArmy", "2020-03-02"),
        ("Some_Account (@handle) August 24, 2021", "Some_Account", "handle", "2021-08-24"),
        ("— Some_Account (@handle)", "Some_Account", "handle", None),
    ],
)
def test_post_signature_variants_give_author_handle_and_date(
    signature: str, author: str, handle: str, published: str | None
) -> None:
    text = f"Troops crossed the river at dawn #breaking\n{signature}\n"
    post = only(segment_text(text), "embedded_post")
    assert (post.author, post.handle, post.published) == (author, handle, published)
    assert text[post.start : post.end] == text.strip()


def test_tweet_embed_as_trafilatura_extracts_it_is_one_post() -> None:
    (doc,) = read_file(Path(__file__).parents[1] / "fixtures" / "inputs" / "article.html")
    assert isinstance(doc, Document)
    Segmenter()(doc)
    post = only(doc.segments, "embedded_post")
    assert doc.text[post.start : post.end].startswith("We stand firm #Idlib")
    assert (post.author, post.handle, post.published) == ("Some_Account", "handle", "2020-03-02")
    assert texts(doc.text, doc.segments, "title") == [doc.title]
    assert_tiles_the_text(doc.text, doc.segments)


def test_instagram_post_is_signed_by_a_post_shared_by_line() -> None:
    text = (
        "Body paragraph.\n\nAftermath of the strike on our street\n"
        "A post shared by Jane Doe (@jane.doe) on Mar 4, 2020 at 5:10pm PST\n"
    )
    post = only(segment_text(text), "embedded_post")
    assert (post.author, post.handle, post.published) == ("Jane Doe", "jane.doe", "2020-03-04")
    assert text[post.start : post.end].startswith("Aftermath of the strike")
    assert text[post.start : post.end].endswith("5:10pm PST")


def test_handle_in_prose_without_a_signature_is_not_a_post() -> None:
    text = "The ministry (@MoD_Ukraine) said on Tuesday that the al-Zawiya front - the northern one - held."
    segments = segment_text(text)
    assert [s.kind for s in segments] == ["body"]


def test_dash_in_an_earlier_sentence_does_not_sign_a_post() -> None:
    text = "Clashes — heavy ones. Then a statement came from Name (@handle) March 2, 2020."
    assert not [s for s in segment_text(text) if s.kind == "embedded_post"]


@pytest.mark.parametrize(
    "line",
    [
        "Caption: Displaced families queue for water in Marib.",
        "(Photo: Displaced families queue for water in Marib)",
        "Displaced families queue for water in Marib. Photo: AFP",
        "Displaced families queue for water in Marib. (AP Photo/Nariman El-Mofty)",
        "Smoke rises over Aleppo. Aris Messinis/AFP via Getty Images",
        "Smoke rises over Aleppo. Jane Doe/The Example Times",
        "FILE PHOTO: Smoke rises over the city of Aleppo, Syria.",
        "FILE - Smoke rises over the city of Aleppo, Syria, on Dec. 4, 2016.",
    ],
)
def test_photo_caption_lines_are_captions(line: str) -> None:
    text = f"Fighting continued on Tuesday.\n\n{line}\n\nMore fighting on Wednesday."
    segments = segment_text(text)
    assert texts(text, segments, "caption") == [line]
    assert texts(text, segments, "body") == ["Fighting continued on Tuesday.", "More fighting on Wednesday."]


def test_caption_with_an_old_date_carries_that_date() -> None:
    text = "Soldiers at a base near Hama, on June 12, 2016. NAME/AGENCY\nTroops advanced on Monday."
    caption = only(segment_text(text), "caption")
    assert caption.published == "2016-06-12"


def test_long_paragraph_ending_in_a_slash_pair_is_not_a_caption() -> None:
    text = "Fighting continued across the province for a third day, officials said. " * 8 + "Reuters/Ipsos"
    assert [s.kind for s in segment_text(text)] == ["body"]


@pytest.mark.parametrize(
    "line",
    [
        "Clinics in the province are short of drugs to treat HIV/AIDS",
        "The report was written with the help of an NGO/UN",
    ],
)
def test_short_line_ending_in_a_term_with_a_slash_is_not_a_caption(line: str) -> None:
    assert [s.kind for s in segment_text(line)] == ["body"]


@pytest.mark.parametrize("credit", ["MOHAMMED ABED/AFP", "Stringer/Reuters", "NAME/AGENCY", "EPA/EFE"])
def test_one_word_credits_with_an_agency_or_capitals_make_a_caption(credit: str) -> None:
    line = f"Smoke rises over the city. {credit}"
    assert [s.kind for s in segment_text(line)] == ["caption"]


def test_quotes_of_six_words_or_more_nest_inside_the_body() -> None:
    text = 'A commander said “we will never surrender the town” and added "no comment" later.'
    segments = segment_text(text)
    body, quote = segments
    assert (body.kind, quote.kind) == ("body", "quote")
    assert text[quote.start : quote.end] == "“we will never surrender the town”"
    assert body.start <= quote.start and quote.end <= body.end


def test_straight_quote_spanning_a_wrapped_line_is_one_quote() -> None:
    text = 'He said "the convoy was hit twice\nbefore it reached the border" on Friday.\n\nNext paragraph.'
    assert texts(text, segment_text(text), "quote") == [
        '"the convoy was hit twice\nbefore it reached the border"'
    ]


def test_title_is_marked_only_when_the_text_begins_with_it() -> None:
    text = "Clashes near Hama\n\nFighting continued."
    assert texts(text, segment_text(text, "Clashes near Hama"), "title") == ["Clashes near Hama"]
    assert texts(text, segment_text(text, "Another headline"), "title") == []


def test_title_that_is_only_the_start_of_the_first_line_is_not_marked() -> None:
    text = "Clashes erupted in Gao on Monday."
    assert [s.kind for s in segment_text(text, "Clashes")] == ["body"]


def test_paragraphs_split_at_blank_lines_or_at_lines_when_there_are_none() -> None:
    wrapped = "First paragraph wraps\nonto a second line.\n\n  Second paragraph.  \n"
    assert texts(wrapped, segment_text(wrapped), "body") == [
        "First paragraph wraps\nonto a second line.",
        "Second paragraph.",
    ]
    extracted = "One paragraph per line.\r\nAnother one.\n"
    assert texts(extracted, segment_text(extracted), "body") == ["One paragraph per line.", "Another one."]


def test_extracted_html_after_its_title_has_one_paragraph_per_line() -> None:
    text = "Headline\n\nFirst paragraph.\nSecond paragraph.\n"
    assert texts(text, segment_text(text, "Headline"), "body") == ["First paragraph.", "Second paragraph."]


@pytest.mark.parametrize(
    "line",
    [
        "Pick-Up/Drop-Off Catering",
        "34. Human/Technology Interaction",
        "Key Services: Ads, A/B Testing",
        "Cost Comparison: Custom Development vs. Low-Code/No-Code",
    ],
)
def test_headings_with_a_slash_are_not_captions(line: str) -> None:
    assert [s.kind for s in segment_text(f"{line}\nBody.")] == ["body", "body"]


def test_stage_assigns_segments_and_rerunning_gives_the_same_result() -> None:
    doc = Document(id="d", text=DESIGN_EXAMPLE, title="Government forces retake villages")
    first = list(Segmenter()(doc).segments)
    assert Segmenter()(doc).segments == first
    assert_tiles_the_text(doc.text, doc.segments)


def test_empty_or_blank_text_has_no_segments() -> None:
    assert segment_text("") == []
    assert segment_text(" \n\n\t") == []


def test_every_segment_of_a_mixed_text_points_at_its_own_words() -> None:
    text = "\n".join(
        [
            "Headline here",
            "",
            'Body with "a quotation that has more than six words" inside.',
            "Post text #tag",
            "— Name (@name) June 1, 2022",
            "Caption: crowd in the square. Photo: Reuters",
            "Last body line.",
        ]
    )
    segments = segment_text(text, "Headline here")
    assert [s.kind for s in segments] == ["title", "body", "quote", "embedded_post", "caption", "body"]
    assert_tiles_the_text(text, segments)
