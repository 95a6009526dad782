"""Event locations: which place of a sentence an event happened at, as a `Location` with ACLED geo precision.

The choice (`choose_place`), in order:
- A place named as what the event is about ("against the war in Ukraine", "in support of
  Ukraine", "refugees from Ukraine"), as where its people came from ("bandits from Tiaty") or as
  the seat of an office ("Dunmar Senator") or an end of a road ("on the Olvet-Marrin road") is not
  where it happened, when the sentence names another;
  nor is where a march set out from, when the sentence names where it went ("from Olvet to Marrin");
  nor a city's district read far from the city named with it ("Orvasta - Kellin", "Kellin
  district in Orvasta", Kellin read as a village abroad): the city is where it happened.
- A place named only as the container of another ("Nam Lwe village (Kutkai township, Muse
  district)", "Borivka, Kharkiv region", "Banin town in Idleb countryside") is not where the
  event happened; the place it contains is, when that was found (at home). Places that go on
  with "and", or with a comma and a place of their level, are a list, not a chain ("in Hajjah,
  Marib, and Sadah"); the containers of an unknown township hold the village named before it.
  In a bracketed chain each place lies in the next, towns too ("Tepla village (Orsan, Vilde,
  Karrow)": Orsan); a city named for its countryside is an area ("Sela town in Varo
  countryside").
- Of the places left, those in the document's own country (`home_country`) come first: "Thit Kyar"
  read as a town in the United States does not beat a district of Myanmar in a Myanmar report.
- Of those, the places the sentence tells its event at come before those it names in the
  background (`behind`, found from the parse by `when_where.in_background`): "marched in Velmar
  to denounce the shooting in Oskara", "rallied in Tessa against cuts that closed a mill in
  Kellin"; but a country alone does not ("Nomaland's troops raided camps to drive rebels from
  Kellin": a country is named for whose troops they were more than for where).
- Then the most specific (towns, districts, provinces, countries); of equals, one its named
  container confirms ("march in Westport (Connecticut)" over a "Bedford" read in Texas) or that
  contains an unknown place ("near Ngara (Starehe, Nairobi)"), then one given with a container,
  then one read by its own name rather than another ("Molotov" read as Perm), then the first.
- A place whose reading lies outside its named container (another country or province) was
  probably read wrongly: the container, which the report itself gives, is taken instead; with
  no home country, only when the container is an area (an admin area or a town naming its province).
A place the gazetteer knows without its province takes the one its sentence names around it
(`with_province`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import replace
from difflib import SequenceMatcher

from frontlines.gazetteer.nesting import haversine_km
from frontlines.gazetteer.normalize import key_of, strip_generic
from frontlines.gazetteer.spans import OFFICE_TITLES, PLACE_PEOPLE, ROAD_WORDS
from frontlines.gazetteer.store import AROUND_CODE
from frontlines.model import Location, Place


def _fallback_locate(place: Place) -> Location:
    """Place -> Location when the places stage offers none: towns 1, districts 2, provinces/countries 3."""
    code = place.feature_code or ""
    precision = 1 if code.startswith("PPL") else 2 if code in ("ADM2", "ADM3", "ADM4") else 3
    if not code and place.geonameid is None:
        precision = 2
    return Location(
        name=place.name or place.text,
        geonameid=place.geonameid,
        lat=place.lat,
        lon=place.lon,
        country_code=place.country_code,
        admin1=place.admin1,
        admin2=place.admin2,
        geo_precision=precision,
    )


try:  # the places stage exports the real converter (gazetteer-aware); use it when present
    from frontlines.stages.places import locate as _locate  # type: ignore[attr-defined,unused-ignore]
except ImportError:
    _locate = _fallback_locate

locate: Callable[[Place], Location] = _locate

# What may stand between a place and a container that follows it: a bracketed part of its name
# ("Sone Kone (Middle) village"), a generic word or two, then an opening parenthesis ("Ho Nar
# village (Namhkan township, ...") ...
_INTO_PARENS = re.compile(r"(?:\s*\([A-Za-z]+(?:\s[A-Za-z]+)?\))?(?:\s+[\w'’-]+){0,3}\s*\([^()]{0,60}")
# ... or a comma ("Borivka, Kharkiv"; inside parentheses "Kutkai township, Muse district").
_AFTER_COMMA = re.compile(r"(?:\s+[\w'’-]+){0,2}\s*,\s*")
# ... but not one an "and" follows ("in Kisumu, Migori and Homa Bay counties"), nor one a comma
# follows before another place of its level ("in Hajjah, Marib, Sadah"): those are lists.
_AND_FOLLOWS = re.compile(r"\s*,?\s*(?:and\b|&)", re.IGNORECASE)
_COMMA = re.compile(r"\s*,\s*")
# ... or a settlement word, perhaps after one lowercase word, and "in"/"of" ("Sela town in Varo
# countryside", "Tepla village of Karrow", "Nubo migrant camp in Kera district"): the place after
# is where the town lies. That word is no function word: "Vintar and district of Oskel" is a list.
_SETTLEMENT_IN = re.compile(
    r"\s+(?:(?!(?:to|into|from|and|or|the|of|in)\s)(?-i:[a-z]+)\s+)?"
    r"(?:town|village|city|township|district|sub-district|neighbou?rhood|area|camp|market)"
    r"\s+(?:in|of)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# ... or a bare "in" before an admin area ("the village of Gamba in Lara County").
_IN = re.compile(r"\s+in\s+(?:the\s+)?", re.IGNORECASE)
ADMIN_CODES = frozenset({"ADM1", "ADM2", "ADM3", "ADM4"})


def specificity(place: Place) -> int:
    """Lower is more specific: towns (and their surroundings), then districts, then provinces, then
    countries, unresolved last."""
    code = place.feature_code or ""
    if place.geonameid is None:
        return 5
    if code.startswith("PPL") or code == AROUND_CODE:
        return 0
    if code in ("ADM3", "ADM4", "ADM2"):
        return 1
    if code == "ADM1":
        return 2
    return 3 if code.startswith("PCL") else 1


def most_specific(places: list[Place]) -> Place | None:
    """The most specific of `places`, the first one winning ties."""
    return min(places, key=specificity) if places else None


def home_country(places: list[Place], text: str = "", behind: Collection[int] = ()) -> str | None:
    """The country most of a document's resolved place names lie in, each name counted once per
    level of place (a town and its district, both "Muse", are two; a town and its surroundings
    one), a country named as such half (a protest in Berlin against the war in Ukraine is
    German), and so a place read by another name (`read_by_another_name`) or named only in the
    background (starting at one of `behind`: "marched in Velmar to denounce a shooting in
    Oskara"); a name written with its kind ("Lara County", "Kitu district") one and a half: it is
    no namesake town abroad. A tie goes to the country with more capitals and places named as
    containers in `text`; None when that ties too."""
    votes: dict[str, float] = {}
    seen: set[tuple[str, int]] = set()
    for place in sorted(places, key=lambda p: p.start in behind):  # a name told in the foreground first
        key = (place.text.casefold(), specificity(place))
        if place.country_code and place.geonameid is not None and key not in seen:
            seen.add(key)
            weight = 1.0 if specificity(place) < 3 else 0.5
            if read_by_another_name(place) or place.start in behind:
                weight /= 2
            elif written_with_its_kind(place):
                weight *= 1.5
            votes[place.country_code] = votes.get(place.country_code, 0.0) + weight
    # On a tie, the country of a national capital or of a place named as another's container
    # (`text` given): a capital's name is seldom a town's abroad, and a container is how the
    # report itself says where its places lie ("Tarvo, Lappa region" beats a "Kellin" read abroad).
    framing = {id(c) for chain in containers(text, places).values() for c in chain} if text else set()
    frames: dict[str, int] = {}
    for place in places:
        if place.country_code in votes and (place.feature_code == "PPLC" or id(place) in framing):
            frames[place.country_code] = frames.get(place.country_code, 0) + 1
    ranked = sorted(((votes[code], frames.get(code, 0)) for code in votes), reverse=True)
    if not ranked or len(ranked) > 1 and ranked[0] == ranked[1]:
        return None
    return max(votes, key=lambda code: (votes[code], frames.get(code, 0)))


def read_by_another_name(place: Place) -> bool:
    """True when the gazetteer read the words as a place whose name is unlike them ("Tolbiac" as
    Zülpich, "Molotov" as Perm): an old or alternate name, weaker evidence than a place's own
    name, a spelling or a part of it ("Idleb" as Idlib, "Leon" as León de los Aldama)."""
    written, name = key_of(strip_generic(place.text)), key_of(strip_generic(place.name))
    if place.geonameid is None or written in name or name in written:  # "Leon" for León de los Aldama
        return False
    return SequenceMatcher(None, written, name).ratio() < 0.5


def written_with_its_kind(place: Place) -> bool:
    """True for a place's own name written with a generic word ("Lara County", "Kitu district"),
    not a loose reading of such words ("Sub County" read as a province named Subu)."""
    stem = strip_generic(place.text)
    return stem != place.text and key_of(stem) == key_of(strip_generic(place.name))


def containers(text: str, places: list[Place]) -> dict[int, list[Place]]:
    """For each place (by index in `places`, which are in text order), the places named right
    after it as its containers: in parentheses, after a comma or after "town in" / "village of"
    when they are admin areas or towns that name their province ("Borivka, Kharkiv", "Banin
    town in Idleb countryside"), after a bare "in" when they are admin areas ("Gamba in Lara
    County"). A country has none, and a container is never more specific than what it holds
    ("Lara state (Barquisimeto)") unless it is a town that names its province ("Sirwah
    district (Marib)")."""
    found: dict[int, list[Place]] = {}
    for i, place in enumerate(places):
        chain: list[Place] = []
        last, in_parens = place, False
        # A place that itself opens a bracketed chain ("Tepla village (Orsan, Vilde, Karrow)")
        # lies in each place after it there, towns too: such a chain goes from small to large.
        nested = _opens_bracket(text, place.start)
        for j, later in enumerate(places[i + 1 :] if specificity(place) != 3 else [], i + 1):
            gap = text[last.end : later.start]
            if _INTO_PARENS.fullmatch(gap) and not in_parens:
                in_parens = True
            elif not in_parens and (_SETTLEMENT_IN.fullmatch(gap) and _names_an_area(later, text)
                                    or _IN.fullmatch(gap) and later.feature_code in ADMIN_CODES):
                pass
            elif (not (_AFTER_COMMA.fullmatch(gap) and (in_parens or nested or _names_an_area(later, text)))
                  or not in_parens and _list_goes_on(text, later, places[j + 1 : j + 2])):
                break
            if specificity(later) < specificity(place) and not _names_an_area(later, text):
                break
            chain.append(later)
            last = later
        found[i] = chain
    return found


_BRACKET_OPENING = re.compile(r"\(\s*$")


def _opens_bracket(text: str, start: int) -> bool:
    """True when the name at `start` comes right after an opening parenthesis ("(Orsan, ...")."""
    return bool(_BRACKET_OPENING.search(text, max(0, start - 3), start))


def _list_goes_on(text: str, place: Place, following: list[Place]) -> bool:
    """True when `place` is followed by "and", or by a comma and another place no larger than it: a
    list ("in Hajjah, Marib, and Sadah governorates"), not a place and its container. A comma that
    goes on to other words ("Troitske, Donetsk, which ...") or to a larger area ("Dolynka, Donetsk,
    Ukraine") ends no list."""
    if _AND_FOLLOWS.match(text, place.end):
        return True
    return any(_COMMA.fullmatch(text, place.end, later.start) and specificity(later) <= specificity(place)
               for later in following)


# "in Varo countryside": a city's countryside is the province around it.
_COUNTRYSIDE = re.compile(r"\s+countryside\b", re.IGNORECASE)


def _names_an_area(place: Place, text: str) -> bool:
    """True for an admin area or a country, a town named as its province, and a city `text`
    names for its countryside ("Sela town in Varo countryside")."""
    code = place.feature_code or ""
    return (code in ADMIN_CODES or code.startswith("PCL") or names_its_province(place)
            or bool(_COUNTRYSIDE.match(text, place.end)))


def names_its_province(place: Place) -> bool:
    """True for a town whose name, as read or as written, is its province's ("Kharkiv" in Kharkiv;
    "Dnipropetrovsk" for the city Dnipro in Dnipropetrovsk Oblast)."""
    if not place.admin1:
        return False
    province = key_of(strip_generic(place.admin1))
    return province in (key_of(place.name), key_of(strip_generic(place.text)))


# A place named as what an event is about, not where it happened: "against the war in Ukraine",
# "in support of Ukraine", "solidarity with Gaza", "refugees from Ukraine arrived in Slovakia"; or
# as where people come from ("bandits from Tiaty raided Kamoi", "said to be from Lara"); or as the
# namesake of someone's university ("graduates of the University of Lonn rallied in Tessa").
_TOPIC = re.compile(
    r"\b(?:(?:war|invasion|occupation|aggression|conflict)\s+(?:in|on|of|against)|"
    r"(?:governor|mayor|senator|commissioner|administrator|universit(?:y|ies))s?\s+of|"
    r"support(?:ing)?|support\s+(?:of|for)|solidarity\s+with|(?:refugees|evacuees|fleeing|fled)\s+from|"
    r"(?:to\s+be|who\s+came|hailing|originally|(?:man|woman|men|women|youths?|residents|herders|raiders|"
    r"bandits|militants|fighters|attackers|gunmen|traders|villagers|people|clan|community)\s+(?:\w+\s+)?)from)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# A place naming the seat of an office, not where the event was: "a Baringo chief was found dead
# in Laikipia", "Siaya Senator James Orengo led supporters into Nairobi", "Lara district MP".
# The office's own abbreviation ("Kisumu ODM chairman") is matched in capitals only: "and"/"as" is no office.
_OFFICE = re.compile(
    r"(?:\s+(?:district|county|state|province|city|(?-i:[A-Z]{2,6})))?\s+"
    rf"(?:{OFFICE_TITLES}|chiefs?|chairman|chairperson|commissioners?|aspirants?)\b",
    re.IGNORECASE,
)


# The people a place's name qualifies ("Dovra residents") live there, which a sentence that names
# another place ("Dovra residents marched in Kelso") does not say the event was at.
_PEOPLE_AFTER = re.compile(rf"\s+(?:{PLACE_PEOPLE})\b", re.IGNORECASE)


def is_topic(text: str, place: Place) -> bool:
    """True when the wording names the place as the subject of the event, where its people came
    from or live, or the seat of someone's office (see `_TOPIC`, `_OFFICE`, `PLACE_PEOPLE`)."""
    return bool(_TOPIC.search(text, max(0, place.start - 40), place.start) or _OFFICE.match(text, place.end)
                or _PEOPLE_AFTER.match(text, place.end))


# "marched from Olvet to Marrin", "a motorcade from Olvet until Marrin": where a march set out
# from, and where it went, the place it is reported at. The two are joined by the preposition
# alone: in "ambushed 20 km from Olvet on the road to Marrin" Olvet is where it happened.
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_FROM_TO = re.compile(r"\s+(?:(?:village|town|city)\s+)?(?:to|until|towards?|into)\s+(?:the\s+)?",
                      re.IGNORECASE)


def set_out_from(text: str, place: Place, places: list[Place]) -> bool:
    """True when the place is where something set out "from" and the sentence's next place is
    where it went "to": a march or a convoy is reported where it went."""
    if not _FROM.search(text, max(0, place.start - 10), place.start):
        return False
    following = next((p for p in places if p.start >= place.end), None)
    return following is not None and bool(_FROM_TO.fullmatch(text, place.end, following.start))


# "Orvasta - Kellin": a city, a spaced dash, then a district of it (ACLED's "City - District") ...
_CITY_DASH = re.compile(r"\s+[-–—]\s+")
# ... or a district, then the city it is in ("Kellin district in Orvasta", "the Kellin quarter of Orvasta").
_IN_CITY = re.compile(
    r"\s+(?:district|neighbou?rhood|quarter|suburb)\s+(?:in|of)\s+(?:the\s+)?(?:city\s+of\s+)?", re.IGNORECASE
)
# Capitals of countries and provinces: the cities that have districts (the bundled gazetteer marks
# only national capitals; imported GeoNames dumps add provincial seats).
CITY_CODES = frozenset({"PPLC", "PPLA", "PPLA2"})
DISTRICT_KM = 30.0  # a city's district lies this close to the city's point


def misread_district(text: str, place: Place, places: list[Place]) -> bool:
    """True for a district named with its city ("Orvasta - Kellin", "Kellin district in Orvasta")
    but read far from it (Kellin read as a village abroad): the city, which the gazetteer knows,
    says where it was. Two villages joined by a dash ("pushed toward Tomka - Vilde") are no
    city and its district."""
    city = next((p for p in places if p.end <= place.start and _CITY_DASH.fullmatch(text, p.end, place.start)
                 or place.end <= p.start and _IN_CITY.fullmatch(text, place.end, p.start)), None)
    if city is None or city.feature_code not in CITY_CODES or city.lat is None or city.lon is None:
        return False
    # "Qarabagh district in Kabul": a city that names its province stands for the province too,
    # and a district read inside that province is read right, however far from the city.
    if names_its_province(city) and (place.country_code, place.admin1) == (city.country_code, city.admin1):
        return False
    return place.lat is not None and place.lon is not None and haversine_km(
        city.lat, city.lon, place.lat, place.lon) > DISTRICT_KM


# "on the Dovra-Kelso road", "the Quessa-Vell border": the places a road or a border joins are
# where it leads, not where on it the event was.
_ROAD_AFTER = re.compile(rf"\s?[-–]\s?[A-Z][\w’']+\s+{ROAD_WORDS}\b")
_ROAD_WORD = re.compile(rf"\s+{ROAD_WORDS}\b")
_END_BEFORE = re.compile(r"[A-Z][\w’']+\s?[-–]\s?$")


def is_road_end(text: str, place: Place) -> bool:
    """True when the place names an end of a road or border ("the Dovra-Kelso road")."""
    return bool(_ROAD_AFTER.match(text, place.end) or _ROAD_WORD.match(text, place.end)
                and _END_BEFORE.search(text, max(0, place.start - 40), place.start))


def choose_place(
    text: str, places: list[Place], home: str | None = None, behind: Collection[int] = ()
) -> Place | None:
    """The place among `places` (one sentence's, in text order) that an event happened at, the
    places starting at `behind` being named in the sentence's background; see the module
    docstring for the rules."""
    places = [p for p in places if not is_topic(text, p) and not set_out_from(text, p, places)
              and not misread_district(text, p, places) and not is_road_end(text, p)] or places
    chains = containers(text, places)
    # Only a place that was itself found (at home, when the document has one) makes its containers
    # mere containers: "South Okkalapa township (Yangon region)" with South Okkalapa unknown, or
    # "Kom, Lara County" with Kom read abroad, happened in that region or county, and such
    # containers are where the report places its event ("a school near Ngara (Starehe, Nairobi)").
    found = [p.geonameid is not None and home in (None, p.country_code) for p in places]
    held = {id(c) for i, chain in chains.items() if found[i] for c in chain}
    vouched = {id(c) for i, chain in chains.items() if not found[i] for c in chain}
    named = [(i, p) for i, p in enumerate(places) if id(p) not in held and p.geonameid is not None]
    pool = [(i, p) for i, p in named if p.country_code == home] or named
    told = [(i, p) for i, p in pool if p.start not in behind]
    if any(specificity(p) < 3 for _, p in told):
        pool = told
    if not pool:
        return _at_home(places, home)

    def rank(item: tuple[int, Place]) -> tuple[int, bool, bool, bool, int]:
        index, place = item
        confirmed = id(place) in vouched or any(_fits(text, place, c) for c in chains[index])
        # A place given with its container ("Sanzharivka, Donetsk") is how a report states where
        # its event was, more than a place named in passing.
        return specificity(place), not confirmed, not chains[index], read_by_another_name(place), index

    index, best = min(pool, key=rank)
    held_by = _held_by(text, places, chains, index)
    given = [c for c in held_by if c.geonameid is not None]
    at_home = [c for c in given if c.country_code == home]
    if at_home and any(_fits(text, best, c) is False for c in given):
        # "Thit Kyar village (Ayadaw township, Sagaing region)" read as a town abroad, or "Kan Beit
        # village (Pakokku district, Magway region)" read in Yangon: the report's own container
        # is the better reading.
        return most_specific(at_home)
    abroad = [c for c in given if _names_an_area(c, text) and specificity(c) != 3
              and c.country_code != best.country_code and key_of(c.text) != key_of(best.text)]
    if home is None and abroad:
        # "Xinyi, Keelung City" with Xinyi read in China, "Oleksandropil, Donetsk" with the
        # village read by an old name in Armenia: an area the report names as the container
        # outweighs a reading of the place in another country (but "Karak city (Karak, KPK)"
        # read once as a town and once as a province abroad is no evidence either way).
        return most_specific(abroad)
    return best


def with_province(text: str, places: list[Place], place: Place) -> Place:
    """A place the gazetteer knows without its province, as one of `places` (its sentence's, in
    text order) names it, takes the province the sentence names around it ("Sorrel city (Wenda
    province)"): the report says where the town lies."""
    if place.admin1 or place.country_code is None or place not in places:
        return place
    index = places.index(place)
    held_by = _held_by(text, places, containers(text, places), index)
    area = next((c for c in held_by if c.feature_code == "ADM1" and c.country_code == place.country_code
                 and c.admin1), None)
    return replace(place, admin1=area.admin1) if area is not None else place


def _held_by(text: str, places: list[Place], chains: dict[int, list[Place]], index: int) -> list[Place]:
    """The places that hold place `index`: its own containers, else those of the unknown place
    that directly holds it (`_through_unknown`)."""
    return chains[index] or _through_unknown(text, places, chains, index)


def _through_unknown(
    text: str, places: list[Place], chains: dict[int, list[Place]], index: int
) -> list[Place]:
    """The containers of the unknown place that directly holds place `index`: in "Kyauk Pin village
    of Moda township (Lara district, Ayar region)" with Moda unknown, Lara and Ayar hold the village
    too."""
    if index + 1 >= len(places) or places[index + 1].geonameid is not None:
        return []
    gap = text[places[index].end : places[index + 1].start]
    holds = _SETTLEMENT_IN.fullmatch(gap) or _INTO_PARENS.fullmatch(gap) or _AFTER_COMMA.fullmatch(gap)
    return chains[index + 1] if holds else []


def lies_within(place: Place, area: Place) -> bool:
    """True when a known place lies in a country or province (`area`, by its reading)."""
    if place.geonameid is None or place.country_code != area.country_code:
        return False
    if specificity(area) == 3:
        return True
    return bool(place.admin1 and area.admin1 and key_of(place.admin1) == key_of(area.admin1))


def _fits(text: str, place: Place, container: Place) -> bool | None:
    """Whether a place lies in the area named as its container (None: cannot tell)."""
    if container.country_code and place.country_code and container.country_code != place.country_code:
        return False
    if not _names_an_area(container, text) or specificity(container) == 3:
        return None
    if not container.admin1 or not place.admin1:
        return None
    return key_of(container.admin1) == key_of(place.admin1)


def _at_home(places: list[Place], home: str | None) -> Place | None:
    """The most specific of `places`, those in the home country first."""
    return most_specific([p for p in places if p.country_code == home]) or most_specific(places)
