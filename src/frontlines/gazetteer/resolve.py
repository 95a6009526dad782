"""Toponym resolution in context: pick a gazetteer entry per mention, or none, with a score.

Evidence, in rough order of weight: a stated container ("X, Y", "X in Y province"), a feature
cue ("X district" wants an ADM2), the document's focus countries, places resolved nearby, and a
population prior. Two passes: the first settles the easy mentions the second uses as context.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from frontlines.gazetteer.index import Gazetteer
from frontlines.gazetteer.normalize import name_key
from frontlines.gazetteer.store import GazEntry

MAX_CANDIDATES = 40
MIN_SCORE = 0.55  # below this the best candidate is a guess; the mention stays unresolved
NEAR_KM = 150.0
AGREE_KM = 50.0
# Admin populations are sums over their places, which overstates how often a bare name means
# the area rather than a town of it: districts pay for that, provinces get no bonus.
FEATURE_BONUS = {"PCLI": 0.5, "PPLC": 0.25, "ADM2": -0.1}
W_FOCUS, W_CUE, W_CONTAINER, W_NEAR, W_NAMESAKE = 1.0, 1.0, 1.2, 0.3, 0.3


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
    candidates: list[GazEntry] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Resolution:
    """The chosen entry (None when unresolved) and how sure the choice is (0-1)."""

    entry: GazEntry | None
    score: float


def resolve(mentions: Sequence[Mention], gazetteer: Gazetteer) -> list[Resolution]:
    """Resolve every mention against the gazetteer, using the others as context."""
    for mention in mentions:
        # A demonym reaches here only as a pre-marked place ("American" marked by a gold set):
        # then it stands for its country.
        country = gazetteer.demonym_country(mention.query)
        found = gazetteer.lookup(mention.query)
        if not found and mention.fallback:
            found = gazetteer.lookup(mention.fallback)
        mention.candidates = [country] if country else found[:MAX_CANDIDATES]
    first = [_choose(m, mentions, {}, []) for m in mentions]
    focus = focus_countries(mentions, first)
    return [_choose(m, mentions, focus, first) for m in mentions]


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


def _choose(
    mention: Mention, mentions: Sequence[Mention], focus: dict[str, float], context: Sequence[Resolution]
) -> Resolution:
    if not mention.candidates:
        return Resolution(None, 0.0)
    container = mentions[mention.container].candidates if mention.container is not None else []
    contained = [m.candidates for m in mentions if m.container is not None
                 and mentions[m.container] is mention]
    # Other mentions of the same name are no evidence for one reading of it (they would vote for
    # whatever the first pass chose).
    key = name_key(mention.query)
    pairs = zip(mentions, context, strict=True) if context else iter(())
    others = [r.entry for m, r in pairs if r.entry is not None and name_key(m.query) != key]
    towns = [c for c in mention.candidates if c.feature_code.startswith("PPL")]
    scores = [
        prior(c) + W_FOCUS * focus.get(c.country_code, 0.0) + W_CUE * cue_fit(c, mention.cue)
        + W_CONTAINER * max(_container_fit(c, container), _holds_fit(c, contained))
        + W_NEAR * near_fit(c, others) - W_NAMESAKE * _holds_namesake(c, towns)
        for c in mention.candidates
    ]
    best = max(range(len(scores)), key=scores.__getitem__)
    if scores[best] < MIN_SCORE:
        return Resolution(None, 0.0)
    return Resolution(mention.candidates[best], round(_confidence(mention.candidates, scores, best), 3))


def prior(entry: GazEntry) -> float:
    """How likely a name means this entry before context: population (log) and feature kind."""
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
        same_admin1 = (other.country_code, other.admin1_code) == (entry.country_code, entry.admin1_code)
        if same_admin1 or distance_km(entry, other) <= NEAR_KM:
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
