"""Readers for geoparsing gold corpora (LGL, TR-News, GeoVirus, WoTR) and published peer outputs.

Every reader returns `GoldDoc`s whose toponym offsets index `GoldDoc.text` exactly. Where a
corpus's offsets drift from its own phrases (TR-News, GeoVirus), each toponym is moved onto the
nearest occurrence of its phrase and counted in `realigned`; one whose phrase is nowhere near
keeps its offsets and is counted in `misaligned`. Toponyms a corpus marks without coordinates
are kept apart in `unlocated`: they cannot be scored for resolution.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal, NamedTuple

from frontlines.evaluation.gold_files import GoldFileError, parse_xml, read_text
from frontlines.model import Span

GoldFormat = Literal["lgl", "trnews", "geovirus", "wotr"]
GOLD_FORMATS: tuple[GoldFormat, ...] = ("lgl", "trnews", "geovirus", "wotr")

# TR-News drifts by up to 10 characters within a document; 25 leaves room without reaching
# the next mention of a name that recurs in the same sentence.
MAX_DRIFT = 25


@dataclass(frozen=True, slots=True)
class GoldToponym:
    """A gold toponym: its span in the document text and where it is."""

    start: int
    end: int
    text: str
    lat: float
    lon: float
    geonameid: int | None = None


@dataclass(frozen=True, slots=True)
class PredToponym:
    """A predicted toponym; `lat`/`lon` are None when the system found it but did not resolve it."""

    start: int
    end: int
    text: str
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    name: str = ""  # the gazetteer name a system chose, where it says


@dataclass(slots=True)
class GoldDoc:
    """A gold document: its text, located toponyms, and spans marked as toponyms without a location."""

    id: str
    text: str
    toponyms: list[GoldToponym]
    unlocated: list[Span] = field(default_factory=list)
    realigned: int = 0  # toponyms moved onto their phrase because the given offsets missed it
    misaligned: int = 0  # toponyms whose phrase was not found near the given offsets


@dataclass(frozen=True, slots=True)
class CorpusSummary:
    """Counts over a read corpus, to check a reader against the corpus's documentation."""

    documents: int
    toponyms: int
    unlocated: int
    with_geonameid: int
    realigned: int
    misaligned: int

    def to_dict(self) -> dict[str, int]:
        """The counts as a plain dict."""
        return asdict(self)


class RawToponym(NamedTuple):
    """A toponym as a corpus states it, before its offsets are checked against the text."""

    start: int
    end: int
    phrase: str
    lat: float | None
    lon: float | None
    geonameid: int | None = None


def summarize(docs: Sequence[GoldDoc]) -> CorpusSummary:
    """Documents, toponyms and offset repairs over `docs`."""
    return CorpusSummary(
        documents=len(docs),
        toponyms=sum(len(d.toponyms) for d in docs),
        unlocated=sum(len(d.unlocated) for d in docs),
        with_geonameid=sum(t.geonameid is not None for d in docs for t in d.toponyms),
        realigned=sum(d.realigned for d in docs),
        misaligned=sum(d.misaligned for d in docs),
    )


def read_gold(path: str | Path, fmt: GoldFormat) -> list[GoldDoc]:
    """Read a gold corpus in one of `GOLD_FORMATS` (wotr: the test JSON, or TR-CoNLL XML file/folder)."""
    if fmt not in GOLD_FORMATS:
        raise ValueError(f"unknown gold format {fmt!r}; expected one of {', '.join(GOLD_FORMATS)}")
    try:
        return _read_format(path, fmt)
    except GoldFileError:
        raise
    except (ValueError, KeyError, TypeError) as exc:  # a missing element or field, a number that is not one
        raise GoldFileError(f"{path}: not {fmt} gold ({exc})") from exc


def _read_format(path: str | Path, fmt: GoldFormat) -> list[GoldDoc]:
    if fmt == "geovirus":
        return read_geovirus(path)
    if fmt == "wotr":
        is_json = Path(path).suffix.lower() == ".json"
        return read_wotr_json(path) if is_json else read_trconll(path)
    return read_lgl(path)  # TR-News uses the LGL schema


def read_lgl(path: str | Path) -> list[GoldDoc]:
    """LGL or TR-News XML: `<article docid><text>` with `<toponym><start><end><phrase><gaztag>`."""
    docs: list[GoldDoc] = []
    for i, article in enumerate(parse_xml(path).iter("article")):
        raw = [_lgl_toponym(node) for node in article.iterfind("toponyms/toponym")]
        docs.append(make_doc(article.get("docid") or str(i), _child_text(article, "text"), raw))
    return docs


read_trnews = read_lgl  # TR-News uses the LGL schema


def _lgl_toponym(node: ET.Element) -> RawToponym:
    """One LGL `<toponym>`; without a `<gaztag>` it has no location."""
    start, end = int(_child_text(node, "start")), int(_child_text(node, "end"))
    phrase = _child_text(node, "phrase")
    tag = node.find("gaztag")
    if tag is None:
        return RawToponym(start, end, phrase, None, None)
    geonameid = tag.get("geonameid")
    lat, lon = float(_child_text(tag, "lat")), float(_child_text(tag, "lon"))
    return RawToponym(start, end, phrase, lat, lon, int(geonameid) if geonameid else None)


def read_geovirus(path: str | Path) -> list[GoldDoc]:
    """GeoVirus XML: `<article><text><locations><location><name><start><end><lat><lon>` (no ids)."""
    docs: list[GoldDoc] = []
    for i, article in enumerate(parse_xml(path).iter("article")):
        raw = [
            RawToponym(
                int(_child_text(loc, "start")),
                int(_child_text(loc, "end")),
                _child_text(loc, "name"),
                float(_child_text(loc, "lat")),
                float(_child_text(loc, "lon")),
            )
            for loc in article.iterfind("locations/location")
        ]
        docs.append(make_doc(str(i), _child_text(article, "text"), raw))
    return docs


def read_wotr_json(path: str | Path) -> list[GoldDoc]:
    """WoTR-Topo JSON: `place` entities with GeoJSON geometries, reduced to one point each."""
    docs: list[GoldDoc] = []
    for record in json.loads(read_text(path)):
        raw: list[RawToponym] = []
        for ent in record["named_entities"]:
            if ent["entity_type"] != "place":
                continue
            point = geometry_point(ent["geo"]) if ent["geo"] else None
            lat, lon = point if point else (None, None)
            raw.append(RawToponym(ent["char_start"], ent["char_end"], ent["entity_string"], lat, lon))
        docs.append(make_doc(f"{record['vol']}-{record['docid']}", record["text"], raw))
    return docs


def read_trconll(path: str | Path) -> list[GoldDoc]:
    """TR-CoNLL classic XML (a file or a folder of them); the text is rebuilt from the tokens.

    The format keeps tokens, not the original text, so tokens are joined by single spaces and
    sentences by newlines; offsets index that rebuilt text.
    """
    root = Path(path)
    files = sorted(root.rglob("*.xml")) if root.is_dir() else [root]
    return [_trconll_doc(f) for f in files]


def _trconll_doc(path: Path) -> GoldDoc:
    """One TR-CoNLL `<doc>`: `<w tok>` words and `<toponym term>` with a selected candidate."""
    root = parse_xml(path)
    sentences: list[str] = []
    raw: list[RawToponym] = []
    cursor = 0  # where the next word starts in the rebuilt text
    for sentence in root.iter("s"):
        words: list[str] = []
        for node in sentence:
            word = ((node.get("tok") if node.tag == "w" else node.get("term")) or "").strip()
            if not word:
                continue
            if node.tag == "toponym":
                raw.append(_trconll_toponym(node, cursor, word))
            words.append(word)
            cursor += len(word) + 1  # the space (or, after a sentence's last word, the newline)
        sentences.append(" ".join(words))
        if not words:  # an empty sentence still takes its newline
            cursor += 1
    return make_doc(root.get("id") or path.stem, "\n".join(sentences), raw)


def _trconll_toponym(node: ET.Element, start: int, term: str) -> RawToponym:
    """A TR-CoNLL toponym at `start`, located at its selected candidate (none: unlocated)."""
    end = start + len(term)
    for cand in node.iterfind("candidates/cand"):
        if cand.get("selected") == "yes":
            return RawToponym(start, end, term, float(cand.get("lat", "")), float(cand.get("long", "")))
    return RawToponym(start, end, term, None, None)


def geometry_point(geo: str) -> tuple[float, float] | None:
    """(lat, lon) for a WoTR `geo` value: one or more GeoJSON geometries joined by `@@`.

    Points are taken as they are, polygons by their area-weighted centroid; several geometries
    (a river traced by points, a toponym drawn twice) are averaged, which is fair at the scale
    of one region and is what WoTR's own centroids do.
    """
    centroids = [_geometry_centroid(json.loads(part)) for part in geo.split("@@") if part.strip()]
    points = [p for p in centroids if p is not None]
    if not points:
        return None
    lon = sum(p[0] for p in points) / len(points)
    lat = sum(p[1] for p in points) / len(points)
    return lat, lon


def _geometry_centroid(geometry: dict[str, Any]) -> tuple[float, float] | None:
    """(lon, lat) of a GeoJSON Point, Polygon or MultiPolygon (other types: None)."""
    kind, coords = geometry.get("type"), geometry.get("coordinates") or []
    if kind == "Point":
        return float(coords[0]), float(coords[1])
    polygons: list[Any] = [coords] if kind == "Polygon" else coords if kind == "MultiPolygon" else []
    return _area_weighted([_ring_centroid(p[0]) for p in polygons if p and p[0]])


def _ring_centroid(ring: Sequence[Sequence[float]]) -> tuple[float, float, float]:
    """(lon, lat, area) of a closed ring by the shoelace formula, in degrees (holes ignored)."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-12:  # degenerate ring: fall back to the mean vertex
        return sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring), 0.0
    return cx / (3 * area), cy / (3 * area), abs(area) / 2


def _area_weighted(parts: Sequence[tuple[float, float, float]]) -> tuple[float, float] | None:
    """Combine (lon, lat, area) centroids into one, weighting by area (equal weights if all zero)."""
    if not parts:
        return None
    total = sum(a for _, _, a in parts)
    weights = [a / total for _, _, a in parts] if total > 0 else [1 / len(parts)] * len(parts)
    lon = sum(w * x for w, (x, _, _) in zip(weights, parts, strict=True))
    lat = sum(w * y for w, (_, y, _) in zip(weights, parts, strict=True))
    return lon, lat


def make_doc(doc_id: str, text: str, raw: Iterable[RawToponym]) -> GoldDoc:
    """A `GoldDoc` from stated toponyms, with offsets checked against `text` and repaired where they drift."""
    doc = GoldDoc(doc_id, text, [])
    for top in raw:
        span = align(text, top.start, top.end, top.phrase)
        if span is None:
            doc.misaligned += 1
            span = (top.start, top.end)
        elif span != (top.start, top.end):
            doc.realigned += 1
        if top.lat is None or top.lon is None:
            doc.unlocated.append(Span(*span))
        else:
            doc.toponyms.append(GoldToponym(span[0], span[1], top.phrase, top.lat, top.lon, top.geonameid))
    return doc


def align(text: str, start: int, end: int, phrase: str, max_drift: int = MAX_DRIFT) -> tuple[int, int] | None:
    """The span of `phrase` in `text` nearest to `start` (within `max_drift`), or None if absent."""
    if text[start:end] == phrase:
        return start, end
    if not phrase:
        return None
    best: int | None = None
    pos = text.find(phrase, max(0, start - max_drift))
    while pos != -1 and pos <= start + max_drift:
        if best is None or abs(pos - start) < abs(best - start):
            best = pos
        pos = text.find(phrase, pos + 1)
    return None if best is None else (best, best + len(phrase))


def read_peer_output(path: str | Path) -> list[list[PredToponym]]:
    """Read the one-line-per-document format of published geoparser outputs (and `*_gold.txt`).

    Line i holds the toponyms of gold document i, each ending in `||`, fields split by `,,`:
    `gazetteer name,,surface,,lat,,lon,,start,,end[,,extra]` (`No Gaz` when a system names none).
    """
    lines = read_text(path).split("\n")
    if lines and lines[-1] == "":  # a final newline ends the last document, it does not add one
        lines.pop()
    docs: list[list[PredToponym]] = []
    for line_no, line in enumerate(lines, start=1):
        entries = line.rstrip("\r").split("||")
        docs.append([_peer_toponym(entry, path, line_no) for entry in entries if entry.strip()])
    return docs


def _peer_toponym(entry: str, path: str | Path, line_no: int) -> PredToponym:
    """One `name,,surface,,lat,,lon,,start,,end` entry."""
    fields = entry.split(",,")
    if len(fields) < 6:
        raise GoldFileError(f"{path}:{line_no}: expected name,,surface,,lat,,lon,,start,,end, got {entry!r}")
    name = "" if fields[0] == "No Gaz" else fields[0]
    start, end = int(fields[4]), int(fields[5])
    return PredToponym(start, end, fields[1], float(fields[2]), float(fields[3]), name=name)


def _child_text(node: ET.Element, tag: str) -> str:
    """The text of `node`'s child `tag` ("" when empty); a missing child is a format error."""
    child = node.find(tag)
    if child is None:
        raise ValueError(f"<{node.tag}> has no <{tag}>")
    return child.text or ""
