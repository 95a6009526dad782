"""Gold files that cannot be read raise GoldFileError naming the file, whatever the format."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontlines.evaluation.acled_io import read_case_tsv
from frontlines.evaluation.geo_corpora import read_gold, read_peer_output
from frontlines.evaluation.gold_files import GoldFileError, parse_xml, read_text
from frontlines.evaluation.plover import read_gold as read_plover_gold
from frontlines.evaluation.timeml import evaluate_paths, read_timeml, read_timex2


def test_malformed_xml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_text("<articles><article>", encoding="utf-8")
    with pytest.raises(GoldFileError, match=r"broken\.xml: not well-formed XML"):
        parse_xml(path)


def test_repaired_xml_text_is_parsed_and_its_errors_still_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "repaired.xml"
    assert parse_xml(path, "<a><b/></a>").tag == "a"
    with pytest.raises(GoldFileError, match=r"repaired\.xml"):
        parse_xml(path, "<a>")


def test_text_in_another_encoding_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "latin.tsv"
    path.write_bytes("Bogotá\tPROTEST\n".encode("latin-1"))
    with pytest.raises(GoldFileError, match=r"latin\.tsv: not utf-8 text"):
        read_text(path)


def test_a_gold_file_error_is_still_a_value_error() -> None:
    assert issubclass(GoldFileError, ValueError)


def test_an_lgl_article_without_text_is_a_gold_file_error(tmp_path: Path) -> None:
    path = tmp_path / "lgl.xml"
    path.write_text("<articles><article docid='1'><toponyms/></article></articles>", encoding="utf-8")
    with pytest.raises(GoldFileError, match=r"lgl\.xml: not lgl gold .*has no <text>"):
        read_gold(path, "lgl")


def test_a_geovirus_coordinate_that_is_not_a_number_is_a_gold_file_error(tmp_path: Path) -> None:
    path = tmp_path / "gv.xml"
    path.write_text(
        "<articles><article><text>In Lyon.</text><locations><location><name>Lyon</name>"
        "<start>3</start><end>7</end><lat>north</lat><lon>4.8</lon></location></locations>"
        "</article></articles>",
        encoding="utf-8",
    )
    with pytest.raises(GoldFileError, match=r"gv\.xml: not geovirus gold"):
        read_gold(path, "geovirus")


def test_an_unknown_format_is_a_caller_error_not_a_file_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown gold format") as caught:
        read_gold(tmp_path / "x.xml", "kml")  # type: ignore[arg-type]
    assert not isinstance(caught.value, GoldFileError)


def test_a_peer_output_line_with_too_few_fields_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "peer.txt"
    path.write_text("Paris,,Paris,,48.8,,2.3,,0,,5||\nParis,,Paris||\n", encoding="utf-8")
    with pytest.raises(GoldFileError, match=r"peer\.txt:2"):
        read_peer_output(path)


def test_an_unknown_case_label_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "case.tsv"
    path.write_text("Police fired on marchers.\tPICNIC\n", encoding="utf-8")
    with pytest.raises(GoldFileError, match=r"case\.tsv: unknown CASE label 'PICNIC'"):
        read_case_tsv(path)


def test_plover_gold_of_an_unknown_kind_is_a_gold_file_error(tmp_path: Path) -> None:
    with pytest.raises(GoldFileError, match=r"gold\.csv: expected PLOVER records"):
        read_plover_gold(tmp_path / "gold.csv")


def test_a_timeml_file_without_text_is_a_gold_file_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.tml"
    path.write_text("<TimeML><DCT><TIMEX3 tid='t0' value='2020-01-01'/></DCT></TimeML>", encoding="utf-8")
    with pytest.raises(GoldFileError, match=r"empty\.tml: no <TEXT>"):
        read_timeml(path)


def test_a_folder_without_timeml_files_is_a_gold_file_error(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not TimeML", encoding="utf-8")
    with pytest.raises(GoldFileError, match="no TimeML"):
        evaluate_paths([tmp_path], tagger=lambda text, dct: [])


def test_an_empty_timex2_document_date_is_no_date(tmp_path: Path) -> None:
    path = tmp_path / "war.key.xml"
    path.write_text("<DOC><DATETIME><TIMEX2 val=''></TIMEX2></DATETIME><TEXT>In 1915.</TEXT></DOC>",
                    encoding="utf-8")
    assert read_timex2(path)[1] is None  # so its date is inferred, as for any undated file


def test_plover_gold_without_sentences_is_a_gold_file_error(tmp_path: Path) -> None:
    path = tmp_path / "gold.json"
    path.write_text("[]", encoding="utf-8")
    with pytest.raises(GoldFileError, match=r"gold\.json: no gold sentences"):
        read_plover_gold(path)
