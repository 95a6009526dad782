"""read_inputs: files, folders and stdin in, Documents or InputErrors out, never an exception."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

import frontlines.readers as readers
from frontlines.model import Document
from frontlines.readers import MAX_INPUT_BYTES, InputError, read_inputs, sniff_format

FIXTURES = Path(__file__).parents[1] / "fixtures" / "inputs"


def read_all(*inputs: str | Path, **options: object) -> list[Document | InputError]:
    return list(read_inputs([str(item) for item in inputs], **options))  # type: ignore[arg-type]


def only_error(results: list[Document | InputError]) -> InputError:
    assert len(results) == 1 and isinstance(results[0], InputError), results
    return results[0]


def test_public_names_are_all_importable() -> None:
    for name in readers.__all__:
        assert hasattr(readers, name), name


def test_input_error_prints_as_one_line_naming_the_source() -> None:
    assert str(InputError("news/a.html", "empty file")) == "news/a.html: empty file"


def test_nonexistent_path_is_an_error_not_an_exception(tmp_path: Path) -> None:
    error = only_error(read_all(tmp_path / "missing.txt"))
    assert error.source == str(tmp_path / "missing.txt")
    assert "no such file" in error.reason


def test_unknown_extension_names_the_supported_formats(tmp_path: Path) -> None:
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF-1.4")
    error = only_error(read_all(report))
    assert error.reason == "unsupported format '.pdf' (expected .txt, .html, .htm, .jsonl, .xml, .rss, .atom)"


def test_empty_file_is_reported(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert only_error(read_all(empty)).reason == "empty file"


def test_file_over_the_limit_is_refused_with_its_size(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("x" * 250)
    assert only_error(read_all(big, max_bytes=100)).reason == "file is 250 bytes, over the 100 bytes limit"


def test_huge_page_fails_on_its_size_without_being_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "huge.html"
    with page.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MiB on paper, nothing on disk

    def refuse(self: Path) -> bytes:
        raise AssertionError("an oversized file must not be read")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert only_error(read_all(page)).reason == "file is 52.4 MB, over the 20 MB limit"
    assert MAX_INPUT_BYTES == 20 * 1024 * 1024


def test_reading_goes_on_after_a_bad_input(tmp_path: Path) -> None:
    results = read_all(tmp_path / "missing.txt", FIXTURES / "article.txt")
    assert isinstance(results[0], InputError)
    assert isinstance(results[1], Document)


def test_directory_is_walked_sorted_skipping_hidden_and_unknown_files(tmp_path: Path) -> None:
    (tmp_path / "nested").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b.txt").write_text("Second by name.")
    (tmp_path / "nested" / "a.txt").write_text("Third by path.")
    (tmp_path / "a.txt").write_text("First by name.")
    (tmp_path / ".secret.txt").write_text("Hidden file.")
    (tmp_path / ".hidden" / "c.txt").write_text("In a hidden folder.")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    docs = read_all(tmp_path)
    assert [d.text for d in docs if isinstance(d, Document)] == [
        "First by name.",
        "Second by name.",
        "Third by path.",
    ]
    assert len(docs) == 3


def test_cli_date_fills_only_documents_without_one(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        '{"text": "Dated by the input.", "published": "2020-03-04"}\n{"text": "Undated in the input."}\n'
    )
    dated, undated = read_all(corpus, published="2021-01-02")
    assert isinstance(dated, Document) and isinstance(undated, Document)
    assert (dated.published, dated.published_source) == ("2020-03-04", "input")
    assert (undated.published, undated.published_source) == ("2021-01-02", "cli")


def test_cli_date_that_is_not_a_date_is_a_usage_error_raised_at_once() -> None:
    with pytest.raises(ValueError, match="not a date"):
        read_inputs([str(FIXTURES / "article.txt")], published="last week")


def test_directory_without_readable_files_is_reported(tmp_path: Path) -> None:
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    assert only_error(read_all(tmp_path)).reason.startswith("no .txt, .html")


def test_raw_bytes_are_kept_only_when_asked() -> None:
    (without,) = read_all(FIXTURES / "article.txt")
    (with_raw,) = read_all(FIXTURES / "article.txt", keep_raw=True)
    assert isinstance(without, Document) and isinstance(with_raw, Document)
    assert without.raw is None
    assert with_raw.raw == (FIXTURES / "article.txt").read_bytes()


def test_stdin_jsonl_is_detected_and_lines_are_numbered(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b'{"text": "First line."}\n\n{"text": "Third line."}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    docs = read_all("-")
    assert [(d.text, d.source_path) for d in docs if isinstance(d, Document)] == [
        ("First line.", "-:1"),
        ("Third line.", "-:3"),
    ]


def test_stdin_plain_text_keeps_the_text_exactly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("  Shelling resumed.\n\nMore later.\n"))
    (doc,) = read_all("-")
    assert isinstance(doc, Document)
    assert doc.text == "  Shelling resumed.\n\nMore later.\n"
    assert doc.source_path == "-"


def test_stdin_over_the_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("x" * 50))
    assert "over the 10 bytes limit" in only_error(read_all("-", max_bytes=10)).reason


@pytest.mark.parametrize(
    ("data", "extension"),
    [
        (b'{"text": "a"}\n{"html": "<p>b</p>"}\n', ".jsonl"),
        (b'<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>', ".xml"),
        (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>', ".xml"),
        (b"<!DOCTYPE html><html><body><p>x</p></body></html>", ".html"),
        (b"Plain words, with a {brace} inside.\n", ".txt"),
        (b'{"text": "a"}\nnot json\n', ".txt"),
    ],
)
def test_stdin_format_is_sniffed_from_content(data: bytes, extension: str) -> None:
    assert sniff_format(data) == extension
