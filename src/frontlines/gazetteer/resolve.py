"""Toponym resolution in context: pick a gazetteer entry per mention, or none, with a score.

Evidence, in rough order of weight: a stated container ("X, Y", "X in Y province"), a feature
cue ("X district" wants an ADM2), the document's focus countries, where the document's other names
can lie (coherence: a local story's towns pull together), places resolved nearby, the name being
the entry's own, and a population prior. Two passes: the first settles the easy mentions the
second uses as context.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from frontlines.gazetteer.index import Gazetteer
from frontlines.gazetteer.normalize import name_key
from frontlines.gazetteer.store import GazEntry

MAX_CANDIDATES = 40
MIN_SCORE = 0.55  # below this the best candidate is a guess; the mention stays unresolved
GUESS = 0.0  # with spans known to be places (gold or pre-marked), a best guess beats no answer
NEAR_KM = 150.0
AGREE_KM = 50.0
# Admin populations are sums over their places, which overstates how often a bare name means
# the area rather than a town of it: districts pay for that, provinces get no bonus.
FEATURE_BONUS = {"PCLI": 0.5, "PPLC": 0.25, "ADM2": -0.1}
TERRAIN_BONUS = 0.7  # curated terrain has no population, but was written in because news names it
W_FOCUS, W_CUE, W_CONTAINER, W_NEAR, W_NAMESAKE, W_COHERE = 1.0, 1.0, 1.2, 0.3, 0.3, 0.8
W_NAME = 0.3  # the name as written is the entry's own name, not an alternate or "X County" for "X"
CELL_DEG = 1.0  # grid cell for the coherence vote: neighbouring cells reach ~110-300 km


@dataclass(slots=True)
class Mention:
    """A place name found in the text, with what its wording says about it."""

    start: int
    end: int
    text: str
    query: str  # the name to look up ("Helmand" for "Helmand province")
    cue: str | None = None  # "ADM1", "ADM2", "PPL" from "X province", "the district of X" ...
    container: int | None = None  # index of the mention it lies in ("X, Y", "X in Y")
    fallback: str | None = None  # a shorter name to look up when `query` finds nothing
    terrain: str | None = None  # feature code of a terrain word ("X Valley": VAL) the wording names
    candidates: list[GazEntry] = field(default_factory=list)
    key: str = ""  # name key of `query`, set by `resolve`
    stated: list[GazEntry] = field(default_factory=list)  # "Paris, Illinois" with "Illinois" unmarked


@dataclass(frozen=True, slots=True)
class Resolution:
    """The chosen entry (None when unresolved) and how sure the choice is (0-1)."""

    entry: GazEntry | None
    score: float


def resolve(
    mentions: Sequence[Mention], gazetteer: Gazetteer, min_score: float = MIN_SCORE
) -> list[Resolution]:
    """Resolve every mention against the gazetteer, using the others as context; a best candidate
    scoring below `min_score` leaves its mention unresolved (`GUESS` never does)."""
    for mention in mentions:
        mention.key = name_key(mention.query)
        # A demonym reaches here only as a pre-marked place ("American" marked by a gold set):
        # then it stands for its country.
        country = gazetteer.demonym_country(mention.query) or gazetteer.abbreviation(mention.text)
        found = gazetteer.lookup(mention.query)
        if not found and mention.fallback:
            found = gazetteer.lookup(mention.fallback)
        mention.candidates = [country] if country else found[:MAX_CANDIDATES]
    votes = _coherence_votes(mentions)
    # A name repeated in a story has the same readings each time: their fit is computed once.
    by_name: dict[tuple[str, tuple[int, ...]], list[float]] = {}
    cohere = []
    for m in mentions:
        name = (m.key, tuple(c.geonameid for c in m.candidates))
        if name not in by_name:
            by_name[name] = [coherence(c, m.key, votes) for c in m.candidates]
        cohere.append(by_name[name])
    first = [_choose(m, mentions, {}, [], cohere[i], min_score) for i, m in enumerate(mentions)]
    focus = focus_countries(mentions, first)
    return [_choose(m, mentions, focus, first, cohere[i], min_score) for i, m in enumerate(mentions)]


def focus_countries(mentions: Sequence[Mention], chosen: Sequence[Resolution]) -> dict[str, float]:
    """Share of the document's attention per country: named countries count double."""
    votes: Counter[str] = Counter()
    for mention, res in zip(mentions, chosen, strict=True):
        if res.entry is not None:
            votes[res.entry.country_code] += 2 if res.entry.is_country else 1
        elif mention.candidates and mention.candidates[0].is_country:
            votes[mention.candidates[0].country_code] += 2
    total = sum(votes.values())
    return {cc: n / total for cc, n in votes.items()} if total else {}


Votes = dict[object, dict[str, float]]  # grid cell or (country, admin1) -> name key -> vote


def _cell(entry: GazEntry) -> tuple[int, int] | None:
    """The entry's grid cell (None without a point)."""
    if entry.lat is None or entry.lon is None:
        return None
    return math.floor(entry.lat / CELL_DEG), math.floor(entry.lon / CELL_DEG)


def _spots(entry: GazEntry, around: bool) -> list[list[object]]:
    """The places an entry is "at", coarse to fine: its country, its province, its grid cell(s)."""
    levels: list[list[object]] = [[("c", entry.country_code)]]
    if entry.is_country or entry.feature_code == "CONT":
        return levels
    levels.append([("a", entry.country_code, entry.admin1_code)])
    cell = _cell(entry)
    if entry.feature_code != "ADM1" and cell is not None:
        steps = (-1, 0, 1) if around else (0,)
        levels.append([(cell[0] + i, cell[1] + j) for i in steps for j in steps])
    return levels


def _coherence_votes(mentions: Sequence[Mention]) -> Votes:
    """Where each name's readings lie: a name with few readings votes firmly, a common one
    ("Washington", 40 readings) thinly, so local stories pull their towns together."""
    votes: Votes = {}
    for mention in mentions:
        key = mention.key
        if not mention.candidates:
            continue
        weight = 1.0 / math.sqrt(len(mention.candidates))
        for c in mention.candidates:
            for level in _spots(c, around=False):
                for spot in level:
                    table = votes.setdefault(spot, {})
                    table[key] = max(table.get(key, 0.0), weight)
    return votes


def coherence(entry: GazEntry, key: str, votes: Votes) -> float:
    """How firmly the document's other names have readings in the entry's country, province and
    neighbourhood (0-1: each level saturates, levels are averaged)."""
    levels = _spots(entry, around=True)
    total = 0.0
    for level in levels:
        found: dict[str, float] = {}
        for spot in level:
            for other, weight in votes.get(spot, {}).items():
                if other != key and weight > found.get(other, 0.0):
                    found[other] = weight
        total += 1.0 - math.exp(-sum(found.values()))
    return total / len(levels)


def _choose(
    mention: Mention,
    mentions: Sequence[Mention],
    focus: dict[str, float],
    context: Sequence[Resolution],
    cohere: Sequence[float],
    min_score: float,
) -> Resolution:
    if not mention.candidates:
        return Resolution(None, 0.0)
    container = mentions[mention.container].candidates if mention.container is not None else mention.stated
    contained = [m.candidates for m in mentions if m.container is not None
                 and mentions[m.container] is mention]
    # Other mentions of the same name are no evidence for one reading of it (they would vote for
    # whatever the first pass chose).
    pairs = zip(mentions, context, strict=True) if context else iter(())
    resolved = {r.entry.geonameid: r.entry for m, r in pairs if r.entry is not None and m.key != mention.key}
    others = list(resolved.values())
    towns = [c for c in mention.candidates if c.feature_code.startswith("PPL")]
    # The name as written being an entry's main name only ranks readings; it is no evidence alone.
    named = [name_fit(c, mention.key) for c in mention.candidates]
    w_name = W_NAME if len(set(named)) > 1 else 0.0
    scores = [
        prior(c) + W_FOCUS * focus.get(c.country_code, 0.0) + W_CUE * cue_fit(c, mention.cue)
        + W_CONTAINER * max(_container_fit(c, container), _holds_fit(c, contained))
        + W_NEAR * near_fit(c, others) - W_NAMESAKE * _holds_namesake(c, towns)
        + W_COHERE * fit + w_name * own
        for c, fit, own in zip(mention.candidates, cohere, named, strict=True)
    ]
    best = max(range(len(scores)), key=scores.__getitem__)
    if scores[best] < min_score:
        return Resolution(None, 0.0)
    return Resolution(mention.candidates[best], round(_confidence(mention.candidates, scores, best), 3))


def name_fit(entry: GazEntry, key: str) -> float:
    """1 when `key` is the entry's main name ("Delaware" the state, not "Delaware County")."""
    return 1.0 if key in _main_keys(entry.name, entry.asciiname) else 0.0


@lru_cache(maxsize=200_000)
def _main_keys(name: str, asciiname: str) -> tuple[str, str]:
    return name_key(name), name_key(asciiname)


def prior(entry: GazEntry) -> float:
    """How likely a name means this entry before context: population (log) and feature kind."""
    if entry.is_terrain:
        return TERRAIN_BONUS
    return min(math.log10(entry.population + 1) / 8.0, 1.0) + FEATURE_BONUS.get(entry.feature_code, 0.0)


def cue_fit(entry: GazEntry, cue: str | None) -> float:
    """1 when the wording's feature cue fits the entry's kind, 0 without a cue or a fit."""
    if cue is None:
        return 0.0
    if cue == "PPL":
        return 0.5 if entry.feature_code.startswith("PPL") else 0.0
    if cue == "ADM1" and entry.feature_code == "ADM2":
        return 0.3  # what news calls a province is sometimes a second-level area
    return 1.0 if entry.feature_code == cue else 0.0


def contains(outer: GazEntry, inner: GazEntry) -> bool:
    """True when `inner` lies in `outer` by the admin hierarchy."""
    if outer.geonameid == inner.geonameid or outer.country_code != inner.country_code:
        return False
    if outer.is_country:
        return True
    if outer.feature_code == "ADM1":
        return inner.admin1_code == outer.admin1_code and inner.feature_code != "ADM1"
    if outer.feature_code == "ADM2":
        return inner.admin2_name == outer.name and inner.feature_code.startswith("PPL")
    return False


def _holds_namesake(entry: GazEntry, towns: list[GazEntry]) -> float:
    # A bare "Mombasa" or "Herat" names the town more often than the area named after it.
    return 1.0 if entry.is_admin and any(contains(entry, town) for town in towns) else 0.0


def _container_fit(entry: GazEntry, container: list[GazEntry]) -> float:
    return 1.0 if any(contains(outer, entry) for outer in container) else 0.0


def _holds_fit(entry: GazEntry, contained: list[list[GazEntry]]) -> float:
    # The container side of "X, Y": Y is more likely the Y that has some X inside it.
    return 0.5 if any(contains(entry, inner) for group in contained for inner in group) else 0.0


def near_fit(entry: GazEntry, others: Sequence[GazEntry]) -> float:
    """1 when another resolved place of the document shares the entry's province or lies near it."""
    for other in others:
        if other.is_country:
            continue
        if (other.country_code, other.admin1_code) == (entry.country_code, entry.admin1_code):
            return 1.0
        # A degree of latitude is ~111 km: most pairs are ruled out without a haversine.
        far = entry.lat is None or other.lat is None or abs(entry.lat - other.lat) * 111.0 > NEAR_KM
        if not far and distance_km(entry, other) <= NEAR_KM:
            return 1.0
    return 0.0


def distance_km(a: GazEntry, b: GazEntry) -> float:
    """Great-circle distance between two entries' points (infinite when one has none)."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return math.inf
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _confidence(candidates: list[GazEntry], scores: list[float], best: int) -> float:
    # Softmax mass of the candidates that put the place where the best one does (a town and
    # the district named after it agree); near 1 when the choice stands out, 1/n when all tie.
    top = scores[best]
    weights = [math.exp((s - top) / 0.25) for s in scores]
    chosen = candidates[best]
    agree = sum(w for c, w in zip(candidates, weights, strict=True) if distance_km(c, chosen) <= AGREE_KM)
    return max(agree, weights[best]) / sum(weights)
