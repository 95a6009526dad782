"""Reading geoparsing gold corpora and peer outputs (every snippet is invented, in each corpus's format)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from frontlines.evaluation.geo_corpora import (
    GoldDoc,
    GoldToponym,
    PredToponym,
    align,
    geometry_point,
    read_geovirus,
    read_gold,
    read_lgl,
    read_peer_output,
    read_trconll,
    read_wotr_json,
    summarize,
)
from frontlines.model import Span

LGL = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="101">
    <title>Flood in Millbrook</title>
    <text><![CDATA[Flood in Millbrook. Water rose in Millbrook and Hart County overnight.]]></text>
    <toponyms count="3">
      <toponym>
        <start>9</start><end>18</end><phrase>Millbrook</phrase>
        <gaztag geonameid="111"><name>Millbrook</name><lat>32.48</lat><lon>-86.36</lon></gaztag>
      </toponym>
      <toponym>
        <start>34</start><end>43</end><phrase>Millbrook</phrase>
        <gaztag geonameid="111"><name>Millbrook</name><lat>32.48</lat><lon>-86.36</lon></gaztag>
      </toponym>
      <toponym>
        <start>48</start><end>59</end><phrase>Hart County</phrase>
      </toponym>
    </toponyms>
  </article>
</articles>
"""

# TR-News-like drift: the text lost two characters before "Dunmore", so its offsets point 2 too far.
TRNEWS = """<articles>
  <article docid="9">
    <text><![CDATA[Rain in Ashby -- later in Dunmore.]]></text>
    <toponyms>
      <toponym><start>8</start><end>13</end><phrase>Ashby</phrase>
        <gaztag geonameid="5"><lat>10.0</lat><lon>20.0</lon></gaztag></toponym>
      <toponym><start>28</start><end>35</end><phrase>Dunmore</phrase>
        <gaztag geonameid="6"><lat>11.0</lat><lon>21.0</lon></gaztag></toponym>
      <toponym><start>2</start><end>8</end><phrase>Zenith</phrase>
        <gaztag geonameid="7"><lat>12.0</lat><lon>22.0</lon></gaztag></toponym>
    </toponyms>
  </article>
</articles>
"""

# GeoVirus's offsets are one past the phrase; it has no ids and no docids.
GEOVIRUS = """<articles>
  <article>
    <source>https://en.wikinews.org/wiki/Example</source>
    <text>Cases rose in Pandora, Velta on Monday.</text>
    <locations>
      <location><name>Pandora</name><start>15</start><end>22</end><lat>14.87</lat><lon>120.95</lon>
        <page>https://en.wikipedia.org/wiki/Pandora</page></location>
      <location><name>Velta</name><start>24</start><end>29</end><lat>15</lat><lon>121.08</lon>
        <page>https://en.wikipedia.org/wiki/Velta</page></location>
    </locations>
  </article>
</articles>
"""

TRCONLL = """<?xml version="1.0" encoding="utf-8"?>
<doc id="1-2" title="1" domain="wotr">
<s id="s1">
<w tok="Marched"/>
<w tok="to"/>
<toponym term="Fort Adler">
<candidates><cand lat="35.5" long="-105.9" selected="yes"/></candidates>
</toponym>
<w tok=","/>
<toponym term=" Red River">
<candidates></candidates>
</toponym>
<w tok="."/>
</s>
<s id="s2">
<toponym term="Dover">
<candidates><cand lat="36.48" long="-87.84" selected="yes"/></candidates>
</toponym>
</s>
</doc>
"""


def write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_lgl_article_becomes_a_gold_doc_with_offsets_into_its_text(tmp_path: Path) -> None:
    (doc,) = read_lgl(write(tmp_path, "lgl.xml", LGL))
    assert doc.id == "101"
    assert doc.toponyms[0] == GoldToponym(9, 18, "Millbrook", 32.48, -86.36, 111)
    assert all(doc.text[t.start : t.end] == t.text for t in doc.toponyms)


def test_lgl_toponym_without_gaztag_is_kept_apart_as_unlocated(tmp_path: Path) -> None:
    (doc,) = read_lgl(write(tmp_path, "lgl.xml", LGL))
    assert [t.text for t in doc.toponyms] == ["Millbrook", "Millbrook"]
    assert doc.unlocated == [Span(48, 59)]


def test_drifting_offsets_are_moved_onto_the_phrase_and_counted(tmp_path: Path) -> None:
    (doc,) = read_gold(write(tmp_path, "TR-News.xml", TRNEWS), "trnews")
    ashby, dunmore = doc.toponyms[:2]
    assert (ashby.start, ashby.end) == (8, 13)
    assert (dunmore.start, dunmore.end) == (26, 33) and doc.text[26:33] == "Dunmore"
    assert doc.realigned == 1


def test_phrase_absent_near_its_offsets_keeps_them_and_counts_as_misaligned(tmp_path: Path) -> None:
    (doc,) = read_gold(write(tmp_path, "TR-News.xml", TRNEWS), "trnews")
    zenith = doc.toponyms[2]
    assert (zenith.start, zenith.end, zenith.text) == (2, 8, "Zenith")
    assert doc.misaligned == 1


def test_geovirus_off_by_one_offsets_are_repaired(tmp_path: Path) -> None:
    (doc,) = read_geovirus(write(tmp_path, "GeoVirus.xml", GEOVIRUS))
    assert doc.id == "0"
    assert [(t.start, t.end) for t in doc.toponyms] == [(14, 21), (23, 28)]
    assert all(doc.text[t.start : t.end] == t.text for t in doc.toponyms)
    assert doc.toponyms[1].geonameid is None and doc.toponyms[1].lat == 15.0
    assert doc.realigned == 2


def entity(start: int, end: int, text: str, kind: str = "place", geo: str = "") -> dict[str, object]:
    return {"char_start": start, "char_end": end, "entity_string": text, "entity_type": kind, "geo": geo}


def test_wotr_json_reads_places_only_and_reduces_geometries_to_points(tmp_path: Path) -> None:
    square = '{"type":"MultiPolygon","coordinates":[[[[0,0],[2,0],[2,2],[0,2],[0,0]]]]}'
    record = {
        "vol": "77",
        "docid": 3,
        "text": "Colonel Hart reached Dover, Tenn., and Pine Ridge.",
        "named_entities": [
            entity(8, 12, "Hart", kind="person"),
            entity(21, 26, "Dover", geo='{"type":"Point","coordinates":[ -87.84\t,36.48]}'),
            entity(28, 33, "Tenn.", geo=square),
            entity(39, 49, "Pine Ridge"),  # a place the annotators could not locate
        ],
    }
    (doc,) = read_wotr_json(write(tmp_path, "wotr.json", json.dumps([record])))
    assert doc.id == "77-3"
    assert [(t.text, t.lat, t.lon) for t in doc.toponyms] == [("Dover", 36.48, -87.84), ("Tenn.", 1.0, 1.0)]
    assert doc.unlocated == [Span(39, 49)]


def test_several_geometries_joined_by_at_signs_are_averaged() -> None:
    geo = '{"type":"Point","coordinates":[10,40]}@@{"type":"Point","coordinates":[12,42]}'
    assert geometry_point(geo) == pytest.approx((41.0, 11.0))


def test_polygon_centroid_is_weighted_by_area() -> None:
    small = [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]
    big = [[[10, 0], [13, 0], [13, 3], [10, 3], [10, 0]]]  # nine times the area
    lat, lon = geometry_point(json.dumps({"type": "MultiPolygon", "coordinates": [small, big]})) or (0, 0)
    assert lon == pytest.approx((0.5 * 1 + 11.5 * 9) / 10)
    assert lat == pytest.approx((0.5 * 1 + 1.5 * 9) / 10)


def test_trconll_text_is_rebuilt_from_tokens_and_toponym_terms(tmp_path: Path) -> None:
    (doc,) = read_trconll(write(tmp_path, "wotr-topo-test-1-2.xml", TRCONLL))
    assert doc.id == "1-2"
    assert doc.text == "Marched to Fort Adler , Red River .\nDover"
    assert doc.toponyms == [
        GoldToponym(11, 21, "Fort Adler", 35.5, -105.9),
        GoldToponym(36, 41, "Dover", 36.48, -87.84),
    ]
    assert doc.unlocated == [Span(24, 33)]  # no candidate selected: no location


def test_trconll_folder_reads_every_file_and_wotr_format_dispatches_on_suffix(tmp_path: Path) -> None:
    folder = tmp_path / "test"
    folder.mkdir()
    write(folder, "a.xml", TRCONLL)
    write(folder, "b.xml", TRCONLL.replace('id="1-2"', 'id="1-3"'))
    assert [d.id for d in read_gold(folder, "wotr")] == ["1-2", "1-3"]


def test_summary_counts_documents_toponyms_and_repairs(tmp_path: Path) -> None:
    docs = read_lgl(write(tmp_path, "lgl.xml", LGL)) + read_lgl(write(tmp_path, "tr.xml", TRNEWS))
    summary = summarize(docs)
    assert summary.to_dict() == {
        "documents": 2,
        "toponyms": 5,
        "unlocated": 1,
        "with_geonameid": 5,
        "realigned": 1,
        "misaligned": 1,
    }


def test_align_prefers_the_nearest_occurrence_of_the_phrase() -> None:
    text = "Avon, then Avon again"
    assert align(text, 9, 13, "Avon") == (11, 15)
    assert align(text, 1, 5, "Avon") == (0, 4)
    assert align(text, 0, 4, "Kent") is None


def test_unknown_gold_format_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown gold format"):
        read_gold(tmp_path / "x.xml", "conll")  # type: ignore[arg-type]


PEER = (
    "Millbrook,,Millbrook,,32.48,,-86.36,,9,,18||Millbrook, AL,,Millbrook,,32.5,,-86.4,,34,,43||\n"
    "\n"
    "No Gaz,,Dunmore,,11.0,,21.0,,26,,33,,7041.8||\n"
)


def test_peer_output_has_one_list_per_gold_document_in_order(tmp_path: Path) -> None:
    docs = read_peer_output(write(tmp_path, "lgl_sys.txt", PEER))
    assert [len(d) for d in docs] == [2, 0, 1]  # the blank line is a document with no toponyms
    assert docs[0][1] == PredToponym(34, 43, "Millbrook", 32.5, -86.4, name="Millbrook, AL")


def test_peer_output_no_gaz_means_no_gazetteer_name_and_extra_fields_are_ignored(tmp_path: Path) -> None:
    docs = read_peer_output(write(tmp_path, "lgl_sys.txt", PEER))
    assert docs[2] == [PredToponym(26, 33, "Dunmore", 11.0, 21.0, name="")]


def test_peer_output_without_offsets_is_reported_with_its_line(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"lgl_bad.txt:2"):
        read_peer_output(write(tmp_path, "lgl_bad.txt", "\nAvon,,Avon,,1.0,,2.0||\n"))


@pytest.mark.shared
@pytest.mark.parametrize(
    "relpath,fmt,documents,toponyms,unlocated",
    [
        ("lgl.xml", "lgl", 588, 4462, 626),
        ("TR-News.xml", "trnews", 118, 1275, 44),
        ("GeoVirus.xml", "geovirus", 229, 2167, 0),
        ("wotr/Toponym/json/wotr-topo-test.json", "wotr", 322, 1919, 295),
    ],
)
def test_shared_gold_corpora_read_whole_with_exact_offsets(
    shared_data: Path, relpath: str, fmt: str, documents: int, toponyms: int, unlocated: int
) -> None:
    docs: list[GoldDoc] = read_gold(shared_data / "geo" / "gold" / relpath, fmt)  # type: ignore[arg-type]
    summary = summarize(docs)
    assert (summary.documents, summary.toponyms, summary.unlocated) == (documents, toponyms, unlocated)
    assert summary.misaligned == 0
    assert all(d.text[t.start : t.end] == t.text for d in docs for t in d.toponyms)
