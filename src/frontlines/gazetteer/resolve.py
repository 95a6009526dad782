"""Toponym resolution in context: pick a gazetteer entry per mention, or none, with a score.

Evidence, in rough order of weight: a stated container ("X, Y", "X in Y province"), a feature
cue ("X district" wants an ADM2, "X city" a town of a city's size), the document's focus
countries (a name's own first guesses left out), where the document's other names can lie
(coherence: a local story's towns pull together; nesting: a county that holds a town the story
names, a state that holds a county), places resolved nearby, readings of two names a town or two
apart, the name being the entry's own, and a population prior; a bare "X" in a story that names
"X County" is that county. Two passes: the first settles the easy mentions the second uses as
context (again, when a name first read as a country turns out a place in one: "Varnia" the
state); then one name keeps one sense in the story (but "Dellin (Dellin)" is a town and then its
province). "X (Y)" places X in Y: it is no list.
A name that mostly means a country, a province or a world city ("Oregon", "Mexico", "Moscow") is
read as a small town of that name only on local evidence: not because the story lists other areas
of its rank (or other world cities), nor because it is set in the town's country; and listed beside
areas of its rank ("Oregon, Washington and Idaho") it is read at that rank; a world city in a
country the story names is the city. A name found only by a looser spelling, read in a country
none of the story's other names lie in, stays unresolved unless the spans are known to be places;
a name the gazetteer reads only one way is that place from a smaller size on. A guess (no context
for or against) is taken from a town's size on; a reading in a country none of the story's other
names lie in needs more.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from frontlines.gazetteer.index import Gazetteer, entry_name_keys
from frontlines.gazetteer.nesting import (
    Name,
    Nearby,
    Nesting,
    distinct_names,
    haversine_km,
    name_of,
    reading_ids,
)
from frontlines.gazetteer.normalize import key_of, strip_generic
from frontlines.gazetteer.store import COUNTRY_CODES, GazEntry
from frontlines.gazetteer.variants import area_by_stem, loose_lookup

MAX_CANDIDATES = 25
MAX_CONTAINERS = 5  # readings of a container searched for, and readings past the cut it brings back
SURE, SURE_POPULATION = 0.9, 5_000  # a lone reading this sure and this big is taken below MIN_SCORE
# ... or this big, when it is the name's only reading in the gazetteer. That is no proof that no
# other place bears the name (the gazetteer lists towns of 500 people or more), so a floor stays;
# 1,000 did no worse than 5,000 on the LGL corpus and on ACLED notes.
LONE_POPULATION = 1_000
# Below this the best candidate is a guess; the mention stays unresolved. A town's prior is
# log10(population) / 8: the likeliest reading of a name is taken without context from a town of
# some 4,000 people ("protested in Nieuwmark", 10,000, its namesake abroad a village); at 0.55,
# some 25,000 people, most such towns stayed unread.
MIN_SCORE = 0.45
# ... and this much more for a reading in a country none of the story's other names lie in (see
# `_abroad`): "Kampar" beside two towns of Indonesia is more likely a place the gazetteer lacks
# than a town of that name in Malaysia.
ABROAD_MARGIN = 0.1
GUESS = 0.0  # with spans known to be places (gold or pre-marked), a best guess beats no answer
AGREE_KM = 50.0
# Admin populations are sums over their places, which overstates how often a bare name means
# the area rather than a town of it: districts pay for that, provinces get no bonus.
FEATURE_BONUS = {"PCLI": 0.5, "PPLC": 0.25, "ADM2": -0.1}
WIDE_BONUS = 1.0  # a sea, a region or a continent (no country) outranks a town, as a big city would
TERRAIN_BONUS = 0.7  # curated terrain has no population, but was written in because news names it
W_FOCUS, W_CUE, W_CONTAINER, W_NEAR, W_NAMESAKE, W_COHERE = 1.0, 1.0, 1.2, 0.3, 0.3, 0.8
W_NEST = 0.5  # a reading that holds, or lies in, a reading of another name of the story
MIN_VOTERS = 2  # other names placed in countries before a loose spelling read elsewhere is dropped
W_COUNTY = 1.0  # a bare "X" read as the "X County" the story names (see `named_counties`)
W_LIST = 0.5  # in a list of areas of its rank ("Oregon, Washington and Idaho"), a reading of that rank
CITY_POPULATION = 100_000  # a reading this big is a city in its own right, not a namesake town
WORLD_CITY_POPULATION = 1_000_000  # a city this big is known abroad by an English name of its own
W_NAME = 0.3  # the name as written is the entry's own name, not an alternate or "X County" for "X"
# How widely a place is known, by the names other languages give it (see `renown`): from more than
# KNOWN_NAMES (a few are spellings and typos, known to no one abroad) up to RENOWN_NAMES; at most
# 0.078, about what four times the population adds: it tells namesakes of like size apart.
W_RENOWN, KNOWN_NAMES, RENOWN_NAMES = 0.1, 5, 30
W_HOME = 1.0  # a city of a world city's name, in a country the story names (see `in_named_country`)
CELL_DEG = 1.0  # grid cell for the coherence vote: neighbouring cells reach ~110-300 km
# Two names with readings a town or two apart ("Richmond" and "Kingston", both in south-west London) seldom
# are by chance: such readings fit each other more than sharing a country or a wide cell says.
W_CLOSE, CLOSE_DEG = 0.3, 0.3  # neighbouring close cells reach ~30-100 km
# "X city" cues a town, and one of a city's size more than a village: "Pellow city" is the city
# known in English as Pellow, not a village that bears the name.
CITY_CUE = "CITY"
TOWN_CUES = frozenset({"PPL", CITY_CUE})
# The kind words of places and the feature code each cues ("Wenda province": ADM1). A
# municipality or a commune is named after its seat, the town news means ("in the Kestel
# municipality"), and a countryside after its city ("in the Varo countryside"). An "LGA" is a
# local government area, Nigeria's second level, as its news writes it ("in Dovra LGA").
CUES: dict[str, str] = {
    "province": "ADM1", "governorate": "ADM1", "state": "ADM1", "region": "ADM1", "oblast": "ADM1",
    "district": "ADM2", "county": "ADM2", "raion": "ADM2", "rayon": "ADM2", "subdistrict": "ADM2",
    "lga": "ADM2",
    "city": CITY_CUE, "town": "PPL", "village": "PPL", "municipality": "PPL", "commune": "PPL",
    "countryside": "PPL",
}


@dataclass(slots=True)
class Mention:
    """A place name found in the text, with what its wording says about it."""

    start: int
    end: int
    text: str
    query: str  # the name to look up ("Helmand" for "Helmand province")
    cue: str | None = None  # "ADM1", "ADM2", "PPL" from "X province", "the district of X" ...
    container: int | None = None  # index of the mention it lies in ("X, Y", "X in Y")
    bracketed: bool = False  # its container is written in brackets ("X (Y)"): never a list
    fallback: str | None = None  # a shorter name to look up when `query` finds nothing
    terrain: str | None = None  # feature code of a terrain word ("X Valley": VAL) the wording names
    candidates: list[GazEntry] = field(default_factory=list)
    key: str = ""  # name key of `query`, set by `resolve`
    stated: list[GazEntry] = field(default_factory=list)  # "Paris, Illinois" with "Illinois" unmarked
    peers: frozenset[str] = frozenset()  # names its own, and areas of its rank (see `area_peers`)
    rank: int = 2  # the area rank of what the name mostly means (see `name_rank`)
    fuzzy: bool = False  # no reading bears the name as written: all were found by a looser spelling
    listed_with: frozenset[str] = frozenset()  # name keys of its neighbours in a list ("X, Y and Z")
    famous: bool = False  # it mostly means a country, a province or a world city (see `area_peers`)
    cities: tuple[tuple[str, str], ...] = ()  # a world city's name: the story's such names, their countries
    county: str = ""  # name key of "X County" when the story names it and this is a bare "X"
    holds: frozenset[str] = frozenset()  # name keys of the names stated to lie in it ("X, Y": Y holds X)


@dataclass(frozen=True, slots=True)
class Resolution:
    """The chosen entry (None when unresolved) and how sure the choice is (0-1)."""

    entry: GazEntry | None
    score: float


def resolve(
    mentions: Sequence[Mention], gazetteer: Gazetteer, min_score: float = MIN_SCORE, loose: bool = False
) -> list[Resolution]:
    """Resolve every mention against the gazetteer, using the others as context; a best candidate
    scoring below `min_score` leaves its mention unresolved (`GUESS` never does). With `loose`
    (spans known to be places), a name the gazetteer lacks is read more loosely ("Ontarians")."""
    beyond: list[list[GazEntry]] = []  # each mention's readings past the first MAX_CANDIDATES
    for mention in mentions:
        mention.key = key_of(mention.query)
        found, is_country = readings(mention, gazetteer, loose)
        mention.candidates = found[:MAX_CANDIDATES]
        mention.fuzzy = not is_country and spelled_loosely(mention, mention.candidates)
        beyond.append(found[MAX_CANDIDATES:])
    for mention, rest in zip(mentions, beyond, strict=True):
        mention.candidates += _inside_container(mention, mentions, rest)
    area_peers(mentions)
    named_counties(mentions)
    stated_holdings(mentions)
    cohere = story_fits(mentions)
    fixed: dict[int, list[Fixed]] = {}  # each mention's fixed score terms, computed in the first pass
    first = _pass(mentions, {}, Nearby(()), cohere, fixed, min_score)
    second = _context_pass(mentions, first, cohere, fixed, min_score)
    # A name first read as a country and then, in the story's context, as a place in one
    # ("Georgia" beside "Macon" and "Florida": the state) placed none of the story's towns for the
    # second pass: what it was read as in that pass is the context the towns are read in again.
    settled = [late if left_country(early, late) else early
               for early, late in zip(first, second, strict=True)]
    if settled != first:
        second = _context_pass(mentions, settled, cohere, fixed, min_score)
    return nest_pairs(mentions, one_sense(mentions, second))


def nest_pairs(mentions: Sequence[Mention], chosen: Sequence[Resolution]) -> list[Resolution]:
    """A place and the area stated as its container ("Alvera (Alvera)", "Tosk, Varo") read apart
    may land in two countries, each reading about as likely as a namesake's: the report says one
    lies in the other, so when they do not nest, the place takes its likeliest reading inside the
    area's (an area has fewer namesakes than a town). The area is a province or a country, or a
    district named like the place ("Alvera town (Alvera district)": the district's seat). Readings
    that nest, a place with no reading inside the area's, and an area read outside its own
    container ("Tarno city (Tarno, Velm)" with the middle Tarno read abroad) stay as they are."""
    result = list(chosen)
    for i, mention in enumerate(mentions):
        j = container_index(mention, mentions)
        inner, outer = chosen[i].entry, chosen[j].entry if j is not None else None
        if inner is None or outer is None or j is None or contains(outer, inner):
            continue
        if not (is_area(outer) or outer.feature_code == "ADM2" and mentions[j].key == mention.key):
            continue
        k = mentions[j].container
        beyond = chosen[k].entry if k is not None else None
        if is_list(mention, mentions[j]) or beyond is not None and not contains(beyond, outer):
            continue
        inside = [c for c in mention.candidates if contains(outer, c)]
        if inside:
            result[i] = Resolution(max(inside, key=prior), chosen[i].score)
    return result


def is_area(entry: GazEntry) -> bool:
    """True for a first-level area or a country: what a report names as a place's container."""
    return entry.is_country or entry.feature_code == "ADM1"


def readings(mention: Mention, gazetteer: Gazetteer, loose: bool = False) -> tuple[list[GazEntry], bool]:
    """Every gazetteer entry the mention's name may stand for, and whether the name is a country's
    demonym or abbreviation (then that country is its one reading). With `loose` (spans known to
    be places) a name the gazetteer lacks is read more loosely ("Ontarians")."""
    # A demonym reaches here only as a pre-marked place ("American" marked by a gold set):
    # then it stands for its country.
    country = gazetteer.demonym_country(mention.query) or gazetteer.abbreviation(mention.text)
    if country:
        return [country], True
    found = gazetteer.lookup(mention.query)
    if not found and mention.fallback:
        found = gazetteer.lookup(mention.fallback)
    if not found:  # "South Ossetian", "Ohioans": the area the name is made from
        found = area_by_stem(mention.query, gazetteer, prefix=loose)
    if not found and loose:
        found = loose_lookup(mention.query, gazetteer)
    if not found and (loose or mention.cue in ("ADM1", "ADM2")):
        found = gazetteer.lookup_similar(mention.query)  # "Ferrinn region": Ferrin
    return found, False


def left_country(early: Resolution, late: Resolution) -> bool:
    """True when a mention first read as a country is read later as a place in a country."""
    was, now = early.entry, late.entry
    return was is not None and was.is_country and now is not None and not now.is_country


def _context_pass(
    mentions: Sequence[Mention], earlier: Sequence[Resolution], cohere: Sequence[Sequence[float]],
    fixed: dict[int, list[Fixed]], min_score: float,
) -> list[Resolution]:
    """A pass in the context of an earlier one's readings: the countries they lie in (the story's
    focus, see `Focus`) and the places they resolved (see `Nearby`)."""
    countries = country_votes(mentions, earlier)
    whole, peers = focus_countries(countries), {m.key: m.peers for m in mentions}
    placed = {key for key, table in countries.items() if table}
    focus = {}
    for key, ours in peers.items():
        others = focus_countries(countries, {key})
        local = others if ours == {key} else focus_countries(countries, {key}, ours)
        focus[key] = Focus(others, whole, local, len(placed - {key}))
    nearby = Nearby((m.key, r.entry) for m, r in zip(mentions, earlier, strict=True) if r.entry is not None)
    return _pass(mentions, focus, nearby, cohere, fixed, min_score)


def spelled_loosely(mention: Mention, found: Sequence[GazEntry]) -> bool:
    """True when readings were found but none bears the name (or its fallback) as written, nor
    without its kind word: "Vestfold" found as "Westfield", "Menoufia" as a name abroad."""
    names = (mention.query, strip_generic(mention.query), mention.fallback or "")
    keys = {key_of(n) for n in names if n} - {""}
    # The main names first: most readings bear the name as written there, and an entry's other
    # names are many (a country has hundreds), their keys not worth making for this.
    return bool(found) and not any(
        not keys.isdisjoint(_main_keys(e.name, e.asciiname)) or not keys.isdisjoint(entry_name_keys(e))
        for e in found
    )


def _inside_container(mention: Mention, mentions: Sequence[Mention], rest: list[GazEntry]) -> list[GazEntry]:
    """The readings cut off from a common name ("Concepcion", dozens of towns) that lie in its
    stated container ("Vinemont (Tarlan)"): the small town there must stay a candidate."""
    if not rest:
        return []
    known = known_container(mention, mentions)
    outer = mention.stated if known is None else known.candidates
    areas = [o for o in outer[:MAX_CONTAINERS] if o.is_country or o.feature_code in ("ADM1", "ADM2")]
    return [c for c in rest if any(contains(area, c) for area in areas)][:MAX_CONTAINERS]


def known_container(mention: Mention, mentions: Sequence[Mention]) -> Mention | None:
    """The mention's stated container or, when the gazetteer has no reading of that, the one
    stated after it: in "Vessa town (Orrin, Kald)" with no Orrin known, Kald holds the town too."""
    j = container_index(mention, mentions)
    return None if j is None else mentions[j]


def container_index(mention: Mention, mentions: Sequence[Mention]) -> int | None:
    """The index of `known_container`."""
    j = mention.container
    while j is not None and not mentions[j].candidates and mentions[j].container is not None:
        j = mentions[j].container
    return j


def area_peers(mentions: Sequence[Mention]) -> None:
    """Set each mention's `peers`: its own name and, when the name mostly means a country or a
    province, the story's other names that mostly mean an area of that rank. A list of states
    ("Ohio, Oregon, Indiana") or of countries ("Egypt, Lebanon") is no evidence that one of them
    means a town in another ("Oregon, Ohio"): only other names may pull an area's name to a town.
    So for world cities (`cities`): "Toronto, Cairo and Moscow" do not make one another towns of Ohio."""
    ranks = {m.key: name_rank(m) for m in mentions if m.candidates}
    by_rank: dict[int, frozenset[str]] = {
        rank: frozenset(k for k, r in ranks.items() if r == rank) for rank in set(ranks.values())
    }
    named = {m.key: m for m in mentions if ranks.get(m.key) == 2}  # a repeated name is asked once
    cities = dict(home for m in named.values() if (home := world_city(m)) is not None)
    for m in mentions:
        m.rank = ranks.get(m.key, 2)
        m.famous = m.rank <= 1 or m.key in cities
        m.cities = tuple(cities.items()) if m.key in cities else ()
        m.peers = by_rank[m.rank] if m.rank <= 1 else frozenset({m.key})


def named_counties(mentions: Sequence[Mention]) -> None:
    """Set the `county` of each bare "X" of a story that also names "X County": local news, having
    named "DeKalb County", goes on to write "DeKalb" for it ("DeKalb commissioners voted")."""
    counties = {m.key for m in mentions if m.cue == "ADM2"}
    for m in mentions:
        if m.cue is None and m.key + "county" in counties:
            m.county = m.key + "county"


def stated_holdings(mentions: Sequence[Mention]) -> None:
    """Set each mention's `holds`: the names written as lying in it ("Tosk, Varo", "Tosk (Varo)";
    not a list, "Ohio, Oregon")."""
    for m in mentions:
        outer = known_container(m, mentions)
        if outer is not None and not is_list(m, outer):
            outer.holds |= {m.key} - {outer.key}


def world_city(mention: Mention) -> tuple[str, str] | None:
    """The name's key and its country's code when its biggest town is a city known abroad
    ("Cairo": Egypt, not "Cairo, Illinois"), else None."""
    biggest = max(namesake_towns(mention), key=lambda c: c.population, default=None)
    if biggest is None or biggest.population < WORLD_CITY_POPULATION:
        return None
    return mention.key, biggest.country_code


def name_rank(mention: Mention) -> int:
    """The area rank of what the name mostly means: its main reading's, but a town's for a
    province named after its city ("Alexandria", "Moscow": the city is what news means)."""
    main = mention.candidates[0]
    return 2 if _holds_namesake(main, namesake_towns(mention)) else area_rank(main)


def namesake_towns(mention: Mention) -> list[GazEntry]:
    """The town readings that bear the name ("Herat"; "Antwerp" for "Antwerpen"), but not a city
    named "X City" for "X": "Oklahoma City" does not make "Oklahoma" mean a town."""
    city = mention.key + "city"
    return [c for c in mention.candidates
            if c.feature_code.startswith("PPL") and city not in _main_keys(c.name, c.asciiname)]


def ignored(mention: Mention, entry: GazEntry) -> Collection[str]:
    """The names whose readings are no evidence for `entry` as the mention's reading: its own,
    and for a town below a city's size, the name's peers; for a world city's name, the story's
    other world cities that lie in another country than the town ("Dallas" still pulls "Paris"
    to Texas, but "Moscow" does not pull "Cairo" to Ohio). For a town's reading, nor are the names
    the mention is stated to hold ("Tosk, Varo"): a town holds no town, and that a village called
    Varo lies beside a Tosk says nothing of what "Varo" means there; an area Varo that holds a Tosk
    keeps their evidence."""
    held = mention.holds if entry.feature_code.startswith("PPL") else frozenset()
    if not is_small_town(entry):
        return (mention.key, *held)
    if mention.cities:
        return frozenset([mention.key, *held, *(k for k, cc in mention.cities if cc != entry.country_code)])
    return mention.peers | held


def is_small_town(entry: GazEntry) -> bool:
    """True for a place below an area's rank and a city's size: what a famous name's namesakes are."""
    return area_rank(entry) == 2 and entry.population < CITY_POPULATION


def story_fits(mentions: Sequence[Mention]) -> list[list[float]]:
    """Per mention and reading, how well the reading fits the story's other names: coherence
    (their readings lie in its country, province, neighbourhood) and nesting (one holds it)."""
    votes = _coherence_votes(mentions)
    # Readings of a name mostly share their country and often their province: the share of one is
    # computed once per ignored names (the same inputs give the same float).
    shares: dict[tuple[tuple[object, ...], Collection[str]], float] = {}
    nesting = Nesting(mentions)
    provinces = named_provinces(mentions)
    # A name repeated in a story has the same readings each time: their fit is computed once.
    countries = named_countries(mentions)
    by_name: dict[Name, list[float]] = {}
    for m in distinct_names(mentions):
        # A name that mostly means a province or a country ("California") is not pulled to a
        # town of that name by the county it lies in.
        w_nest = W_NEST if m.candidates and area_rank(m.candidates[0]) > 1 else 0.0
        by_name[name_of(m)] = [W_COHERE * coherence(c, ignore, votes, shares)
                               + w_nest * max(nesting.fit(c, ignore), in_named_province(c, provinces, ignore))
                               + W_CLOSE * level_share(_close_spots(c, around=True), ignore, votes)
                               + W_HOME * in_named_country(m, c, countries)
                               for c, ignore in ((c, ignored(m, c)) for c in m.candidates)]
    return [by_name[name_of(m)] for m in mentions]


def named_countries(mentions: Sequence[Mention]) -> frozenset[str]:
    """The countries the story names: what its names mostly mean ("Egypt", "U.S.")."""
    mains = (m.candidates[0] for m in mentions if m.candidates)
    return frozenset(main.country_code for main in mains if main.is_country)


def in_named_country(mention: Mention, entry: GazEntry, countries: Collection[str]) -> float:
    """1 for a city reading of a world city's name lying in a country the story names ("Cairo ...
    Egypt"): a story naming the city's country means the city, even where it lists the state of a
    namesake town ("Cairo" beside "Illinois" in a story of flu cases around the world)."""
    return 1.0 if mention.cities and not is_small_town(entry) and entry.country_code in countries else 0.0


def named_provinces(mentions: Sequence[Mention]) -> dict[tuple[str, str | None], set[str]]:
    """The provinces the story's names can mean, each with the names that can mean it."""
    found: dict[tuple[str, str | None], set[str]] = {}
    for m in mentions:
        for c in m.candidates:
            if c.feature_code == "ADM1":
                found.setdefault((c.country_code, c.admin1_code), set()).add(m.key)
    return found


def in_named_province(
    entry: GazEntry, provinces: dict[tuple[str, str | None], set[str]], ignore: Collection[str]
) -> float:
    """1 for a county that lies in a province another name of the story can mean ("Madison
    County ... Kentucky"): towns get this from `Nesting`, counties only from the towns they hold."""
    if entry.feature_code != "ADM2":
        return 0.0
    return 1.0 if provinces.get((entry.country_code, entry.admin1_code), set()).difference(ignore) else 0.0


def _pass(
    mentions: Sequence[Mention], focus: dict[str, Focus], nearby: Nearby, cohere: Sequence[Sequence[float]],
    fixed: dict[int, list[Fixed]], min_score: float,
) -> list[Resolution]:
    """One resolution pass; a repeated name outside any "X, Y" pair is scored once. `fixed` keeps
    each mention's score terms that no pass changes (filled by the first pass, read by the second)."""
    paired = {m.container for m in mentions if m.container is not None}
    memo: dict[tuple[str, str | None, tuple[int, ...]], Resolution] = {}
    chosen = []
    for i, m in enumerate(mentions):
        plain = m.container is None and i not in paired and not m.stated
        name = (m.key, m.cue, reading_ids(m)) if plain else ("", None, ())
        if not plain or name not in memo:
            if i not in fixed:
                fixed[i] = fixed_terms(m, mentions)
            res = _choose(m, fixed[i], focus.get(m.key, NO_FOCUS), nearby, cohere[i], min_score)
            if not plain:
                chosen.append(res)
                continue
            memo[name] = res
        chosen.append(memo[name])
    return chosen


def one_sense(mentions: Sequence[Mention], chosen: Sequence[Resolution]) -> list[Resolution]:
    """One name keeps one sense in a story: every mention of a name takes the reading of its
    surest mention ("Hays city ... (Hays, Al Hudaydah)": both in Yemen). A name with a kind word
    ("Varo province") is a different name from the bare one ("Varo", the town), and so is one
    written as its own container (`own_container`)."""
    own = own_container(mentions)
    best: dict[tuple[str, str | None], Resolution] = {}
    for i, (mention, res) in enumerate(zip(mentions, chosen, strict=True)):
        name = (mention.key, mention.cue)
        if res.entry is not None and i not in own and (name not in best or res.score > best[name].score):
            best[name] = res
    return [best.get(_sense_name(m, r), r) if r.entry is not None and i not in own else r
            for i, (m, r) in enumerate(zip(mentions, chosen, strict=True))]


def own_container(mentions: Sequence[Mention]) -> set[int]:
    """The mentions (by index) of a name written as its own container, and those containers: in
    "Dellin (Dellin)" the name means a town and then the area named after it, two senses."""
    pairs = [(i, m.container) for i, m in enumerate(mentions)
             if m.container is not None and mentions[m.container].key == m.key]
    return {i for pair in pairs for i in pair}


def _sense_name(mention: Mention, res: Resolution) -> tuple[str, str | None]:
    """The name whose sense a resolved mention takes: a bare "X" read as the "X County" the story
    names takes that county's mention's sense ("Jasper" beside "Jasper County"), else its own."""
    if res.entry is not None and is_county(res.entry, mention.county):
        return mention.county, "ADM2"
    return mention.key, mention.cue


@dataclass(frozen=True, slots=True)
class Focus:
    """The story's attention per country as one name's readings see it: a town reading sees it
    without that name's own first guesses ("Paris" three times would vote France for itself); a
    country reading sees it whole (a country the story names is part of its focus)."""

    others: dict[str, float]
    whole: dict[str, float]
    local: dict[str, float]  # without the name's peers (see `area_peers`): for its small readings
    voters: int = 0  # how many other names of the story were placed in some country

    def of(self, entry: GazEntry) -> float:
        """The focus share of the entry's country; a country-less sea or region gets the largest
        (the story's countries say nothing against it)."""
        if not entry.country_code:
            return max(self.others.values(), default=0.0)
        if entry.is_country:
            return self.whole.get(entry.country_code, 0.0)
        return (self.local if is_small_town(entry) else self.others).get(entry.country_code, 0.0)


NO_FOCUS = Focus({}, {}, {})


def country_votes(mentions: Sequence[Mention], chosen: Sequence[Resolution]) -> dict[str, Counter[str]]:
    """Per name key, the countries its mentions were first resolved to: named countries count double."""
    votes: dict[str, Counter[str]] = {}
    for mention, res in zip(mentions, chosen, strict=True):
        table = votes.setdefault(mention.key, Counter())
        if res.entry is not None:
            table[res.entry.country_code] += 2 if res.entry.is_country else 1
        elif mention.candidates and mention.candidates[0].is_country:
            table[mention.candidates[0].country_code] += 2
    return votes


def focus_countries(
    votes: dict[str, Counter[str]], leave_out: Collection[str] = (), unheard: Collection[str] = ()
) -> dict[str, float]:
    """Share of the document's attention per country, leaving out the mentions of names
    `leave_out`: a name's own first guesses ("Paris" three times: France) are no evidence for
    reading it. The mentions of names `unheard` count towards the whole but vote for no country."""
    total: Counter[str] = Counter()
    count = 0
    for other, table in votes.items():
        if other not in leave_out:
            count += sum(table.values())
            if other not in unheard:
                total.update(table)
    return {cc: n / count for cc, n in total.items()} if count else {}


Votes = dict[object, dict[str, float]]  # grid cell, close cell or (country, admin1) -> name key -> vote


Spots = tuple[tuple[object, ...], ...]  # levels of spots, coarse to fine (see `_spots`)


def _spots(entry: GazEntry, around: bool) -> Spots:
    """The places an entry is "at", coarse to fine: its country, its province, its grid cell(s)."""
    return _spots_at(entry.country_code, entry.admin1_code, entry.feature_code, entry.lat, entry.lon, around)


# Memoised on the few fields the spots depend on (not on the entry: hashing an entry hashes all its
# alternate names): every reading's spots are asked for in each story that names it.
@lru_cache(maxsize=100_000)
def _spots_at(
    country_code: str, admin1_code: str | None, feature_code: str, lat: float | None, lon: float | None,
    around: bool,
) -> Spots:
    country: tuple[object, ...] = (("c", country_code),)
    if feature_code in COUNTRY_CODES or not country_code:  # a continent, a region or a sea lies in no country
        return (country,)
    province: tuple[object, ...] = (("a", country_code, admin1_code),)
    if feature_code == "ADM1" or lat is None or lon is None:
        return country, province
    cell = math.floor(lat / CELL_DEG), math.floor(lon / CELL_DEG)
    steps = (-1, 0, 1) if around else (0,)
    return country, province, tuple([(cell[0] + i, cell[1] + j) for i in steps for j in steps])


def _close_spots(entry: GazEntry, around: bool) -> tuple[object, ...]:
    """The fine grid cell of a place's point (with `around`, and its eight neighbours); none for a
    country, a province (its point is no place of the story, see `Nearby`) or a sea."""
    if entry.is_country or not entry.country_code or entry.feature_code == "ADM1":
        return ()
    return _close_cells(entry.lat, entry.lon, around)


@lru_cache(maxsize=100_000)
def _close_cells(lat: float | None, lon: float | None, around: bool) -> tuple[object, ...]:
    if lat is None or lon is None:
        return ()
    cell = math.floor(lat / CLOSE_DEG), math.floor(lon / CLOSE_DEG)
    steps = (-1, 0, 1) if around else (0,)
    return tuple([("n", cell[0] + i, cell[1] + j) for i in steps for j in steps])


def _coherence_votes(mentions: Sequence[Mention]) -> Votes:
    """Where each name's readings lie: a name with few readings votes firmly, a common one
    ("Washington", 40 readings) thinly, so local stories pull their towns together."""
    votes: Votes = {}
    for mention in distinct_names(mentions):  # a repeated name would vote as it already did
        key = mention.key
        if not mention.candidates:
            continue
        weight = 1.0 / math.sqrt(len(mention.candidates))
        for c in mention.candidates:
            for level in (*_spots(c, around=False), _close_spots(c, around=False)):
                for spot in level:
                    table = votes.get(spot)
                    if table is None:
                        table = votes[spot] = {}
                    if weight > table.get(key, 0.0):
                        table[key] = weight
    return votes


def coherence(
    entry: GazEntry, ignore: Collection[str], votes: Votes,
    shares: dict[tuple[tuple[object, ...], Collection[str]], float] | None = None,
) -> float:
    """How firmly the document's names (but those in `ignore`) have readings in the entry's
    country, province and neighbourhood (0-1: each level saturates, levels are averaged).
    `shares` memoises the country's and the province's parts for the same `votes` (the readings of
    a name share them; their neighbourhoods seldom)."""
    levels = _spots(entry, around=True)
    total = 0.0
    for level in levels:
        if shares is None or len(level) > 1:
            total += level_share(level, ignore, votes)
            continue
        share = shares.get((level, ignore))
        if share is None:
            share = shares[level, ignore] = level_share(level, ignore, votes)
        total += share
    return total / len(levels)


def level_share(level: tuple[object, ...], ignore: Collection[str], votes: Votes) -> float:
    """How firmly the names (but those in `ignore`) have readings at one of the spots of a
    level (0-1, saturating): each name counts once, with its firmest vote."""
    found: dict[str, float] = {}
    for spot in level:
        table = votes.get(spot)
        if table is None:
            continue
        for other, weight in table.items():
            if other not in ignore and weight > found.get(other, 0.0):
                found[other] = weight
    return 1.0 - math.exp(-sum(found.values())) if found else 0.0  # most cells hold no other name


class Fixed(NamedTuple):
    """A reading's score terms that only the mention's wording and the story's names decide, not a
    pass's focus and nearby places (see `_choose`), each already weighted."""

    prior: float
    cue: float
    container: float  # a stated container holds it, or it holds the name it contains
    namesake: float  # a penalty
    name: float
    listed: float
    county: float  # a bare "X" read as the "X County" the story names
    stated: float  # `_container_fit` alone: a stated container holds it
    ignore: Collection[str]  # see `ignored`


def fixed_terms(mention: Mention, mentions: Sequence[Mention]) -> list[Fixed]:
    """The fixed score terms of each of the mention's readings (the same in both passes)."""
    outer = known_container(mention, mentions)
    container = mention.stated if outer is None else [] if is_list(mention, outer) else outer.candidates
    contained = [m.candidates for m in mentions
                 if known_container(m, mentions) is mention and not is_list(m, mention)]
    towns = namesake_towns(mention)
    # Listed beside names that mostly mean areas of its rank: "Washington" among states is the state.
    listed = mention.rank <= 1 and bool(mention.listed_with & (mention.peers - {mention.key}))
    # The name as written being an entry's main name only ranks readings; it is no evidence alone.
    named = [name_fit(c, mention.key) for c in mention.candidates]
    w_name = W_NAME if len(set(named)) > 1 else 0.0
    fixed = []
    cues = kind_fits(mention, towns)
    # Renown ranks the readings that bear the name as their own; measured from the best known of
    # them, it makes no reading likelier than its size alone would, so no threshold is passed by it.
    fame = [renown(c) * own for c, own in zip(mention.candidates, named, strict=True)]
    top = max(fame, default=0.0)
    for c, own, cue, known in zip(mention.candidates, named, cues, fame, strict=True):
        stated = _container_fit(c, container)
        fixed.append(Fixed(
            prior(c) + known - top, W_CUE * cue, W_CONTAINER * max(stated, _holds_fit(c, contained)),
            W_NAMESAKE * _holds_namesake(c, towns, mention.cue), w_name * own,
            W_LIST * (listed and area_rank(c) == mention.rank), W_COUNTY * is_county(c, mention.county),
            stated, ignored(mention, c),
        ))
    return fixed


def _choose(
    mention: Mention,
    fixed: Sequence[Fixed],
    focus: Focus,
    nearby: Nearby,
    cohere: Sequence[float],
    min_score: float,
) -> Resolution:
    if not mention.candidates:
        return Resolution(None, 0.0)
    scores = _scores(mention, fixed, focus, nearby, cohere)
    best = max(range(len(scores)), key=scores.__getitem__)
    entry = mention.candidates[best]
    confidence = _confidence(mention.candidates, scores, best)
    if min_score > GUESS and mention.fuzzy and not fixed[best].stated and _abroad(entry, focus):
        # A loose spelling read in a country the story is not about ("Menoufia" in an Egyptian
        # story found in Cameroon) is more often wrong than right; a guess is wanted only on
        # spans known to be places.
        return Resolution(None, 0.0)
    bar = min_score + ABROAD_MARGIN if min_score > GUESS and _abroad(entry, focus) else min_score
    if scores[best] < bar and not _unmistakable(entry, confidence, focus, len(mention.candidates)):
        return Resolution(None, 0.0)
    return Resolution(entry, round(confidence, 3))


def _scores(
    mention: Mention, fixed: Sequence[Fixed], focus: Focus, nearby: Nearby, cohere: Sequence[float]
) -> list[float]:
    """Each reading's score. The terms are summed in a fixed order: in another, the floating-point
    sums may differ."""
    if focus is NO_FOCUS and not nearby:
        # The first pass: no focus and no place resolved make both their terms 0.0, and adding
        # 0.0 changes no sum (no partial sum is -0.0).
        return [f.prior + f.cue + f.container - f.namesake + fit + f.name + f.listed + f.county
                for f, fit in zip(fixed, cohere, strict=True)]
    near = [nearby.fit(c, f.ignore) for c, f in zip(mention.candidates, fixed, strict=True)]
    return [
        f.prior + W_FOCUS * focus.of(c) * _heeds_focus(mention, c, close) + f.cue + f.container
        + W_NEAR * close - f.namesake + fit + f.name + f.listed + f.county
        for c, f, fit, close in zip(mention.candidates, fixed, cohere, near, strict=True)
    ]


def _heeds_focus(mention: Mention, entry: GazEntry, near: float) -> float:
    """1 when the story's countries count for the reading. A story set in one country names
    others ("a native of Mexico", "flights to Moscow"): that it is set in the United States makes
    a country's, a province's or a world city's name mean a town there only when the town has the
    story's other places near it."""
    return near if mention.famous and is_small_town(entry) else 1.0


def _abroad(entry: GazEntry, focus: Focus) -> bool:
    """True when two or more other names of the story lie in countries, none of them the entry's
    (one other name, itself perhaps misread, is too little to overrule a reading)."""
    if focus.voters < MIN_VOTERS or not entry.country_code:
        return False
    return focus.others.get(entry.country_code, 0.0) == 0.0


def _unmistakable(entry: GazEntry, confidence: float, focus: Focus, readings: int) -> bool:
    """A name whose readings all put it in one spot, a town of some size or an admin area, in a
    story that names no other country ("Kestel" in a two-line report), needs no more evidence; a
    name the gazetteer reads only one way ("protested in Porvik") needs less size: no namesake
    the gazetteer knows competes for it (though a hamlet it does not list may bear it too)."""
    floor = LONE_POPULATION if readings == 1 else SURE_POPULATION
    sized = entry.is_admin or entry.population >= floor
    return confidence >= SURE and sized and (not focus.whole or focus.whole.get(entry.country_code, 0.0) > 0)


def is_county(entry: GazEntry, county: str) -> bool:
    """True when the entry is a second-level area called `county` (a name key: "dekalbcounty")."""
    return bool(county) and entry.feature_code == "ADM2" and county in _main_keys(entry.name, entry.asciiname)


def is_list(inner: Mention, outer: Mention) -> bool:
    """True when "X, Y" lists areas rather than placing X in Y: X most often names an area of Y's
    rank or higher ("China, Japan", "Ohio, Oregon"; but "Kandahar, Afghanistan" is a containment),
    or both are cued as areas of one kind ("Miren, Tosta and Orvo counties"). "X (Y)" places X
    in Y whatever X mostly means: "Quarrow (Tessaly)" is the Quarrow of Tessaly, not the
    province of that name in another country and a town."""
    if inner.bracketed:
        return False
    if inner.cue in ("ADM1", "ADM2") and inner.cue == outer.cue:
        return True
    if not inner.candidates or not outer.candidates:
        return False
    rank = area_rank(inner.candidates[0])
    return rank <= 1 and rank <= area_rank(outer.candidates[0])


def area_rank(entry: GazEntry) -> int:
    """0: a country or an area beyond countries, 1: a province, 2: anything smaller."""
    if entry.is_country or not entry.country_code:
        return 0
    return 1 if entry.feature_code == "ADM1" else 2


def name_fit(entry: GazEntry, key: str) -> float:
    """1 when `key` is the entry's main name ("Delaware" the state, not "Delaware County"). A
    country's or a big city's main name is often its local one ("North Macedonia", "Makkah"):
    the English name news uses ("Macedonia", "Mecca") is as much its own; but a city's longer
    name that holds it ("New York City") is not its main name."""
    main = _main_keys(entry.name, entry.asciiname)
    if key in main:
        return 1.0
    big_city = entry.feature_code.startswith("PPL") and entry.population >= WORLD_CITY_POPULATION
    return 1.0 if entry.is_country or (big_city and not any(key in k for k in main)) else 0.0


@lru_cache(maxsize=200_000)
def _main_keys(name: str, asciiname: str) -> tuple[str, ...]:
    """The keys of an entry's main names, and of the head of one named by its river ("Stratford" of
    "Stratford-upon-Avon", "Frankfurt" of "Frankfurt am Main"): news writes the head alone."""
    head = _RIVER_NAMED.match(name)
    main = key_of(name), key_of(asciiname)
    return (*main, key_of(head.group(1))) if head else main


# A town's name qualified by its river: "X upon Y", "X-on-Y", "X-under-Y", "X am Y", "X an der Y".
# Lower-case linking words only: "Ma'arrat an Nu'man", "Ma On Shan" are no town and its river.
_RIVER_NAMED = re.compile(r"(.+?)[ -](?:upon|on|under|am|an der|sur)[ -]\S")


def prior(entry: GazEntry) -> float:
    """How likely a name means this entry before context: population (log) and feature kind."""
    if entry.is_terrain:  # no population to go by
        return TERRAIN_BONUS if entry.country_code else WIDE_BONUS
    return min(math.log10(entry.population + 1) / 8.0, 1.0) + FEATURE_BONUS.get(entry.feature_code, 0.0)


def renown(entry: GazEntry) -> float:
    """How widely a place is known, by how many names other languages give it (up to `RENOWN_NAMES`):
    between namesakes of like size that bear the name as their own, the one known abroad is what a
    bare name means in news ("York", "Orleans" in a story that names nothing else). It counts only
    for a reading's own name (see `fixed_terms`): a city's many names make none of them more its
    own ("Valence" is also Valencia's French name)."""
    names = min(len(entry.alternate_names), RENOWN_NAMES)
    return W_RENOWN * math.log10(names / KNOWN_NAMES) if names > KNOWN_NAMES else 0.0


def cue_fit(entry: GazEntry, cue: str | None) -> float:
    """1 when the wording's feature cue fits the entry's kind, 0 without a cue or a fit."""
    if cue is None:
        return 0.0
    if cue in TOWN_CUES:
        town = 0.5 if entry.feature_code.startswith("PPL") else 0.0
        return 2 * town if cue == CITY_CUE and entry.population >= CITY_POPULATION else town
    if cue == "ADM1" and entry.feature_code == "ADM2":
        return 0.3  # what news calls a province is sometimes a second-level area
    if cue == "ADM2" and entry.feature_code == "ADM1":
        return 0.5  # a county or a district is the first level in some countries (Kenya's counties)
    return 1.0 if entry.feature_code == cue else 0.0


def kind_fits(mention: Mention, towns: list[GazEntry]) -> list[float]:
    """Each reading's fit to the wording's kind word. An area called by the name and a kind word
    of the cue's level ("Meru County") fits it fully, whatever its level: counties are Kenya's
    first-level areas and the United States' second. Where the kind word is not the level's own
    ("Garissa county" for a first-level area), a town the area holds and is named after fits as
    the area does: news names such areas after their capitals, and the event is placed around the
    town, as "Garissa" alone would be; "Herat province" stays the province."""
    cue = mention.cue
    if cue is None:
        return [0.0] * len(mention.candidates)
    own = {key_of(f"{mention.query} {word}") for word, code in CUES.items()
           if code == cue and code not in TOWN_CUES}
    fits = [1.0 if own and c.is_admin and not own.isdisjoint(entry_name_keys(c)) else cue_fit(c, cue)
            for c in mention.candidates]
    areas = [(a, fit) for a, fit in zip(mention.candidates, fits, strict=True)
             if fit > 0.0 and a.is_admin and a.feature_code != cue]
    if not areas:
        return fits
    return [max([fit, *(f for a, f in areas if c in towns and contains(a, c))])
            for c, fit in zip(mention.candidates, fits, strict=True)]


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


def _holds_namesake(entry: GazEntry, towns: list[GazEntry], cue: str | None = None) -> float:
    """1 for an area that holds a town of its name: a bare "Mombasa" or "Herat" names the town more
    often than the area named after it; but "Herat province" names the province, an area of the
    level its kind word cues."""
    if cue == entry.feature_code:
        return 0.0
    return 1.0 if entry.is_admin and any(contains(entry, town) for town in towns) else 0.0


def _container_fit(entry: GazEntry, container: list[GazEntry]) -> float:
    return 1.0 if container and any(contains(outer, entry) for outer in container) else 0.0


def _holds_fit(entry: GazEntry, contained: list[list[GazEntry]]) -> float:
    # The container side of "X, Y": Y is more likely the Y that has some X inside it.
    return 0.5 if contained and any(contains(entry, inner) for group in contained for inner in group) else 0.0


def distance_km(a: GazEntry, b: GazEntry) -> float:
    """Great-circle distance between two entries' points (infinite when one has none)."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return math.inf
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def _confidence(candidates: list[GazEntry], scores: list[float], best: int) -> float:
    # Softmax mass of the candidates that put the place where the best one does (a town and
    # the district named after it agree); near 1 when the choice stands out, 1/n when all tie.
    top = scores[best]
    weights = [math.exp((s - top) / 0.25) for s in scores]
    chosen = candidates[best]
    # Readings with a negligible weight cannot change the sum: their distances are not worth computing.
    agree = sum(w for c, w in zip(candidates, weights, strict=True) if w > 1e-6 and agrees(c, chosen))
    return max(agree, weights[best]) / sum(weights)


AGREE_DEGREES = AGREE_KM / 111.0  # a degree of latitude is 111.2 km: points this far apart are too far


def agrees(a: GazEntry, b: GazEntry) -> bool:
    """True when two entries' points lie within `AGREE_KM` (False when one has none); points
    further apart in latitude alone are ruled out without a haversine."""
    if a.lat is None or b.lat is None or abs(a.lat - b.lat) > AGREE_DEGREES:
        return False
    return distance_km(a, b) <= AGREE_KM
