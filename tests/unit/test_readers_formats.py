"""Each input format: what a reader makes of good input, and the reason it gives for bad input."""

from __future__ import annotations

import hashlib
from pathlib import Path

from frontlines.model import Document
from frontlines.readers import InputError, read_file, read_inputs
from frontlines.readers.feeds import html_to_text

FIXTURES = Path(__file__).parents[1] / "fixtures" / "inputs"


def read(path: Path, **options: bool) -> list[Document | InputError]:
    return list(read_file(path, **options))


def documents(results: list[Document | InputError]) -> list[Document]:
    assert all(isinstance(r, Document) for r in results), results
    return [r for r in results if isinstance(r, Document)]


def errors(results: list[Document | InputError]) -> list[str]:
    return [r.reason for r in results if isinstance(r, InputError)]


# --- plain text


def test_text_file_is_kept_exactly_as_decoded() -> None:
    (doc,) = documents(read(FIXTURES / "article.txt"))
    assert doc.text == (FIXTURES / "article.txt").read_text(encoding="utf-8")
    assert doc.text.endswith("activists.\n")  # no stripping: offsets are offsets into the file


def test_document_identity_is_the_hash_of_its_text() -> None:
    (doc,) = documents(read(FIXTURES / "article.txt"))
    assert doc.content_hash == hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    assert doc.id == doc.content_hash[:16]
    assert doc.source_path == str(FIXTURES / "article.txt")


def test_utf8_byte_order_mark_is_not_part_of_the_text(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffKyiv shelled.".encode())
    assert documents(read(path))[0].text == "Kyiv shelled."


def test_utf16_with_byte_order_mark_is_text_not_binary(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("Shelling in Kharkiv.\n".encode("utf-16"))
    assert documents(read(path))[0].text == "Shelling in Kharkiv.\n"


def test_text_that_is_not_utf8_falls_back_to_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Protest in Bogotá – police said".encode("cp1252"))
    assert documents(read(path))[0].text == "Protest in Bogotá – police said"


def test_bytes_no_encoding_can_decode_are_an_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(b"Clashes \xe9\x81 in \x8d the north")
    (reason,) = errors(read(path))
    assert reason.startswith("cannot decode: not UTF-8 (byte 0xe9 at offset 8)")


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert errors(read(path)) == ["binary data, not text"]


def test_whitespace_only_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(" \n\n \t\n")
    assert errors(read(path)) == ["no text (the file holds only whitespace)"]


# --- HTML


def test_html_text_starts_with_its_title_and_keeps_metadata() -> None:
    (doc,) = documents(read(FIXTURES / "article.html"))
    assert doc.title == "Government forces retake villages in Idlib"
    assert doc.text.startswith(doc.title + "\n\nOn March 3, a delegation")
    assert doc.text.count(doc.title) == 1  # the headline repeated in the body is dropped
    assert doc.url == "https://news.example.com/2020/03/04/idlib-villages"
    assert doc.outlet == "Example News"
    assert (doc.published, doc.published_source) == ("2020-03-04", "htmldate")
    assert "<" not in doc.text and "Copyright" not in doc.text


def test_html_footer_year_is_not_taken_for_a_publication_date(tmp_path: Path) -> None:
    path = tmp_path / "undated.html"
    body = "<p>Fighting continued near Hama on Tuesday as government forces shelled positions.</p>" * 3
    path.write_text(f"<html><body><article>{body}</article><footer>Copyright 2020</footer></body></html>")
    (doc,) = documents(read(path))
    assert doc.published is None


def test_html_charset_from_meta_is_used_when_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "cyrillic.html"
    sentence = "Обстрел Харькова продолжился в среду, сообщили местные власти города."
    page = f'<html><head><meta charset="windows-1251"></head><body><article><p>{sentence}</p>'
    path.write_bytes((page + f"<p>{sentence}</p></article></body></html>").encode("cp1251"))
    (doc,) = documents(read(path))
    assert sentence in doc.text


def test_html_without_main_text_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "nav.htm"
    path.write_text(
        "<html><head><title>Gallery</title></head><body><script>var a;</script><img src=a.jpg></body></html>"
    )
    assert errors(read(path)) == ["no main text found in the HTML"]


# --- JSONL


def test_jsonl_lines_become_documents_with_their_metadata() -> None:
    first, second, third = documents(read(FIXTURES / "corpus.jsonl"))
    assert (first.id, first.url, first.title, first.outlet) == (
        "a1",
        "https://example.org/a1",
        "Shelling in Idlib",
        "Example Wire",
    )
    assert (first.published, first.published_source) == ("2020-03-04", "input")
    assert first.source_path == f"{FIXTURES / 'corpus.jsonl'}:1"
    assert second.id == second.content_hash[:16]
    assert third.text.startswith("Troops deployed\n\nTroops were deployed")  # from its html
    assert third.published == "2020-03-05"  # "5 March 2020" normalised


def test_jsonl_text_is_exact_and_marked_places_point_into_it() -> None:
    first = documents(read(FIXTURES / "corpus.jsonl"))[0]
    assert first.text == "Shelling hit Kafr Uwayd in Idlib province on Tuesday."
    assert [first.text[s.start : s.end] for s in first.marked_places] == ["Kafr Uwayd", "Idlib"]


def test_malformed_jsonl_line_is_reported_and_the_others_are_read(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"text": "One."}\n{"text": "Two."}\n{"text": oops}\n{"text": "Four."}\n')
    results = read(path)
    assert [r.text for r in results if isinstance(r, Document)] == ["One.", "Two.", "Four."]
    (reason,) = errors(results)
    assert reason.startswith("line 3: invalid JSON: ")
    assert str(results[2]) == f"{path}: {reason}"


def test_jsonl_object_without_text_or_html_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text('{"title": "Only a title"}\n[1, 2]\n{"text": 5}\n')
    assert errors(read(path)) == [
        "line 1: no text: the object needs a non-empty 'text' or 'html' string",
        "line 2: expected a JSON object, got list",
        "line 3: 'text' must be a string, got int",
    ]


def test_jsonl_places_outside_the_text_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(
        '{"text": "Raid in Gao.", "places": [{"start": 8, "end": 40}]}\n'
        '{"text": "Raid in Gao.", "places": [{"start": "8", "end": 11}]}\n'
    )
    assert errors(read(path)) == [
        "line 1: place 1: span 8-40 is outside the text (12 characters)",
        "line 2: place 1: needs integer 'start' and 'end'",
    ]


def test_jsonl_line_with_bad_utf8_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(b'{"text": "Good."}\n{"text": "Bad \xff."}\n')
    results = read(path)
    assert isinstance(results[0], Document)
    assert errors(results) == ["line 2: not valid UTF-8 (byte 0xff at offset 14)"]


def test_binary_jsonl_is_one_error_not_one_per_line(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(b"\x00\x01\x02\n" * 50)
    assert errors(read(path)) == ["binary data, not text"]


def test_jsonl_lines_that_json_itself_rejects_are_errors(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": "\\ud800 lone surrogate"}\n' + "[" * 100_000 + "\n" + '{"text": "Fine."}\n')
    results = read(path)
    assert errors(results) == [
        "line 1: text is not valid Unicode (surrogates not allowed at character 0)",
        "line 2: invalid JSON: nested too deeply",
    ]
    assert isinstance(results[-1], Document)


def test_jsonl_raw_is_the_line_itself(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": "One."}\n')
    assert documents(read(path, keep_raw=True))[0].raw == b'{"text": "One."}'


# --- feeds


def test_rss_items_become_documents_from_the_feed() -> None:
    first, second = documents(read(FIXTURES / "feed.rss"))
    assert first.title == "Rebels repel assault near Kansafra"
    assert first.text == (
        "Rebels repel assault near Kansafra\n\n"
        "An assault on the hills near Kansafra was repelled, a rebel spokesman said.\n\n"
        "The attackers suffered heavy losses."
    )
    assert first.url == "https://wire.example.org/2020/03/02/kansafra"
    assert first.outlet == "Example Conflict Wire"
    assert (first.published, first.published_source) == ("2020-03-02T18:30:00+02:00", "feed")
    assert first.source_path == f"{FIXTURES / 'feed.rss'}#1"
    assert second.published is None


def test_atom_entry_uses_its_content_and_published_date() -> None:
    (entry,) = documents(read(FIXTURES / "feed.atom"))
    assert (
        entry.text == "Airstrike reported in Marib\n\nAn airstrike hit a checkpoint in Marib, witnesses said."
    )
    assert entry.published == "2021-08-24T09:15:00+03:00"
    assert entry.url == "https://atom.example.org/marib"


def test_feed_html_is_reduced_to_paragraphs_without_scripts() -> None:
    markup = "<div><p>Shelling&nbsp;hit   <b>Gao</b>.</p><script>track()</script><p>Two died.</p></div>"
    assert html_to_text(markup) == "Shelling hit Gao.\n\nTwo died."


def test_xml_that_is_not_a_feed_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "data.xml"
    path.write_text('<?xml version="1.0"?><inventory><item>bolts</item></inventory>')
    (reason,) = errors(read(path))
    assert reason == "not an RSS/Atom feed"


def test_every_reader_gives_exact_offsets_for_its_own_text() -> None:
    for doc in read_inputs([str(FIXTURES)]):
        assert isinstance(doc, Document)
        assert doc.content_hash == hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
        for span in doc.marked_places:
            assert 0 <= span.start < span.end <= len(doc.text)
