"""The actors stage: actor mentions with canonical ACLED-style names and inter codes."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import ClassVar

from frontlines.coding.catalogue import (
    MEMBER_WORDS,
    AliasMatch,
    AliasMatcher,
    CatalogueEntry,
    fill_country,
    load_catalogue,
    people_home,
    people_lands,
    people_reach,
)
from frontlines.coding.countries import (
    countries_in,
    country_name,
    country_of_word,
    document_country,
    tells_of_sport,
)
from frontlines.coding.dates import parse_day
from frontlines.model import ActorMention, Document, Entity, Token
from frontlines.stage import Stage

# Outlets are sources of claims, not actors in events.
MEDIA = frozenset({
    "reuters", "afp", "ap", "associated press", "the associated press", "bbc", "al jazeera", "cnn", "xinhua",
    "anadolu", "tass", "ria novosti", "tolo news", "tolonews", "pajhwok", "twitter", "telegram", "facebook",
    "whatsapp", "youtube", "x",
})  # fmt: skip
ENTITY_LABELS = frozenset({"ORG", "PERSON"})
# The word before an alias; an abbreviation with its dots ("U.S. forces") is one word.
_LAST_WORD = re.compile(r"([A-Za-z][\w'-]*(?:\.[A-Za-z]+)+\.?|[A-Za-z][\w'-]*)\s+$")
# "the Russian and Ukrainian forces": a demonym joined to the one before the alias.
_PAIRED_DEMONYM = re.compile(r"([A-Z][\w'-]*)\s+(?:and|,)\s+$")
# "a suicide bomber from Al Shabaab", "fighters of the ADF".
_AFFILIATION = re.compile(
    r"\s+(?:from|of|belonging to|affiliated (?:to|with)|linked to|(?:comprised|composed|made up) of)"
    r"\s+(?:the\s+)?"
)
COMMUNAL = "Unidentified Communal Militia ({country})"
# Capitalised words before a named force that name no area of it: "the Local PDF", "Two PDF columns".
_NOT_AREAS = frozenset(
    {"The", "A", "An", "Local", "Joint", "Combined", "Township", "District", "Region", "Division", "Regional",
     "Several", "Some", "Other", "Another", "One", "Two", "Three", "Four", "Five"}
)
# A capitalised word before a communal militia's description that names no place is the community
# (people) the militia is of: "Pokot raiders" are the "Pokot Ethnic Militia"; not these words, which
# only describe the militia or begin a sentence, nor those of `_NOT_AREAS`.
ETHNIC = "{} Ethnic Militia ({{country}})"
ETHNIC_INTER = 4  # communal militias, ethnic ones among them
UNNAMED = "Unidentified Armed Group ({country})"
_NOT_PEOPLES = _NOT_AREAS | frozenset({
    "Armed", "Suspected", "Alleged", "Unknown", "Unidentified", "Rival", "Heavily", "Allied", "Ethnic",
    "Tribal", "Communal", "Clan", "Village", "Community", "Youth", "State", "Government", "Police",
    "Christian", "Muslim", "Islamist", "Islamic", "Militia", "Cattle", "Many", "Hundreds", "Dozens",
    "Scores", "Suspect", "Notorious", "Gun",
})  # fmt: skip
# Clan and tribal militias are named after their clan or tribe, in up to three capitalised words
# before their description: "Marehan Clan Militia (Somalia)", "Habar Gedir Clan Militia (Somalia)".
KIN_MILITIAS = {
    "Unidentified Clan Militia ({country})": "{} Clan Militia ({{country}})",
    "Unidentified Tribal Militia ({country})": "{} Tribal Militia ({{country}})",
}
_NAMES_BEFORE = re.compile(r"((?:[A-Z][\w'-]*\s+){1,3})$")
# "military forces of Russia", "refugees from Ukraine": a country named after the alias.
_OF = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")
# "Taliban fighters", "ISWAP (Lake Chad) militants".
_MEMBER_TAIL = re.compile(rf"\s+(?:\([^()]{{1,30}}\)\s+)?(?:{MEMBER_WORDS})\b", re.IGNORECASE)
# "Turkish artillery", "Iraqi airstrikes", "Syrian regime artillery", "Russian tanks", "Russian air defence
# systems": a state's arms named by its demonym stand for its forces, and so do its positions ("shelled
# Ukrainian positions").
_STATE_ARMS = re.compile(
    r"(?:\s+and\s+[a-z][\w-]+)?\s+(?:army\s+|military\s+|regime\s+)?"
    r"(?:artillery|helicopters?|air ?strikes?|air-strikes?|warplanes?|fighter jets?|jets|"
    r"military aircraft|drones?|"
    r"helicopter gunships?|gunships?|missiles?|shelling|warships?|navy|positions|(?:land)?mines?|tanks?|"
    r"air[- ]defen[cs]es?(?: systems?)?)\b",
    re.IGNORECASE,
)
# "JWS which operates under OPS", "raiders operating under the operations room": a faction fighting under
# an operation's or an alliance's command is that operation or alliance; so is one just "under" a group the
# words after call an alliance ("raiders under the Global Coalition umbrella", "raiders under the umbrella of
# the Kellin coalition").
_UNDER = re.compile(
    r"\s*,?\s*(?:(?:which|who|that)\s+(?:operates?|fights?)|operating|fighting)\s+under\s+(?:the\s+)?",
    re.IGNORECASE,
)
_UNDER_ALLIANCE = (
    re.compile(r"\s+under\s+(?:the\s+)?(?:umbrella\s+of\s+(?:the\s+)?)?"),
    re.compile(r"\s+(?:coalition|alliance|umbrella)\b"),
)
# "armed men (assumed Darfur communal militia)", "gunmen (suspected Al Shabaab)", also after a few
# words on them ("gunmen on motorbikes (assumed ...)"), but not after another side joined to them
# ("forces and local tribes (suspected ...)"): what the report says an actor is taken to be names it.
# (ACLED's own "(coded as X)" remark is not read: it tells ACLED's coding, and news never has it.)
_TAKEN_AS = re.compile(
    r"(?-i:(?:\s+(?!and\b|or\b)[a-z0-9][\w-]*){0,4})\s*\(\s*"
    r"(?:assumed(?: to be)?|presumed(?: to be)?|suspected(?: to be)?)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# "gunmen believed to be Al Shabaab", "armed individuals presumed to be Bassa ethnic militiamen",
# "people suspected to be members of the ADF": what the report takes unnamed attackers for names them,
# as `_TAKEN_AS` does in brackets.
_TAKEN_FOR = re.compile(
    r"\s*,?\s*(?:(?:who|that)\s+(?:are|were|is|was)\s+)?(?:suspected|presumed|believed|thought|assumed|alleged)"
    r"\s+to\s+be\s+(?:(?:members|fighters|militants|elements)\s+(?:of|from)\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
# Descriptions of a group's members that a name after them ("joint forces of the X Front") owns.
_MEMBERS_OF = re.compile(
    r"(?:(?:joint|combined|allied)\s+forces|fighters|members|militants|militiamen|combatants)$", re.IGNORECASE
)
# Groups ACLED names after their faction or home area, with the name they take then:
# "Mai-Mai Kidjangala" is "Mayi Mayi Militia (Kidjangala)", "Katha PDF" is "People's Defense
# Force - Katha" (a local defence force, which ACLED codes as a militia, inter 3).
_NAME_AFTER = re.compile(r"[ -]+((?:[A-Z][\w'-]+)(?:[ -][A-Z][\w'-]+){0,2})")
# Words after a group's name that say what of it acted, not which branch: "PDF fighters", "PDF Battalion 5";
# nor a title before a person's name ("PDF Commander Bo Aung", "CDF Chairman Salai") nor a day ("the PDF
# Tuesday").
_NO_FACTION = re.compile(
    rf"(?:{MEMBER_WORDS}|battalions?|brigades?|company|companies|columns?|units?|command|division|regiment|"
    r"commander|chairman|chairperson|chief|leaders?|general|colonel|captain|lieutenant|deputy|head|secretary|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)
_NAME_IN_PARENS = re.compile(r"\s*\(((?:[A-Z][\w'-]+)(?:[ -][A-Z][\w'-]+){0,2})\)")
# "ISWAP (Lake Chad)" is "Islamic State (West Africa) - Lake Chad Faction".
_ISWAP_FACTION = ("Islamic State (West Africa) - {} Faction", 2, _NAME_IN_PARENS)
FACTION_AFTER = {
    "Mayi Mayi Militia": ("Mayi Mayi Militia ({})", 3, _NAME_AFTER),
    "Nyatura Militia": ("Nyatura Militia Group ({})", 4, _NAME_AFTER),
    "Islamic State (West Africa)": _ISWAP_FACTION,
    "Islamic State (West Africa) - Lake Chad Faction": _ISWAP_FACTION,
    # "the People's Defense Force - Taze", "PDF-Taze", "the People's Defense Force Taze": a local
    # defence force named after its area (see AREA_BEFORE); so are the Chinland Defense Force's.
    "PDF: People's Defense Force": ("People's Defense Force - {}", 3, _NAME_AFTER),
    "Chinland Defense Force": ("Chinland Defense Force - {}", 3, _NAME_AFTER),
}
AREA_BEFORE = {"PDF: People's Defense Force": ("People's Defense Force - {}", 3)}
# "a local PDF" names no area's force, only that there is one: an unnamed local defence force, which in
# Myanmar since the coup is an anti-coup armed group (the catalogue's entry, whose country and dates
# bound it: a "local PDF" elsewhere or before is no such group).
UNNAMED_LOCAL_FORCE = ("Unidentified Anti-Coup Armed Group", 3)
_LOCAL_BEFORE = re.compile(r"\blocal\s+$", re.IGNORECASE)
# The African Union's missions in Somalia are national contingents, each holding a sector of its own
# (Wikipedia: "African Union Transition Mission in Somalia"). A report names one by its army ("ATMIS
# UPDF", "AMISOM KDF troops") or nationality ("Burundian ATMIS troops"), and the contingent is the
# mission with the contributing country: "ATMIS: African Union Transition Mission in Somalia (Uganda)".
_HOST = "SO"  # the missions' host: its own forces beside them are no contingent ("ATMIS SNA troops")
CONTINGENT_MISSIONS = frozenset({
    "AMISOM: African Union Mission in Somalia", "ATMIS: African Union Transition Mission in Somalia",
})
# The area a local force is named after, with the kind of area if the report gives it: "Yinmarbin" in
# "the Yinmarbin PDF", "Saw Township" in "the Saw Township PDF".
_NAME_BEFORE = re.compile(r"\b([A-Z][a-z][\w'-]*(?:\s+(?:Township|District|Region))?)\s+$")
# Plain words for people: what violence fell on is civilians ("a man was shot", "wounding a girl"),
# but people who act are not named by them: "two men opened fire" are the attackers (see `people`).
PEOPLE = CatalogueEntry("generic", "Civilians ({country})", 7, None, ())
_PEOPLE = re.compile(
    r"(?<![\w-])(?:man|men|woman|women|boys?|girls?|child|teenagers?|minors?|persons?|people|famil(?:y|ies)|"
    r"drivers?|businessm[ae]n|relatives|motorists?|pedestrians?)(?![\w-])(?!'s)",
    re.IGNORECASE,
)
_AGENT_DEPS = frozenset({"nsubj", "csubj"})
# A name after a preposition of place is a place the gazetteer did not know, not an actor:
# "a man was shot near Barangay Mambaling", "clashed in Wunrok".
_PLACE_BEFORE = re.compile(
    r"\b(?:in|near|around|outside|inside|towards?|across)\s+(?:the\s+)?$", re.IGNORECASE
)
# A name before a word for arms is a weapon's make, not an actor: "fired Grad missiles",
# "BM-21 Grad rockets", "a Bayraktar drone".
_WEAPON_AFTER = re.compile(
    r"\s+(?:multiple\s+)?(?:missiles?|rockets?|launchers?|MLRS|mortars?|howitzers?|shells?|drones?|"
    r"aircraft|jets?|helicopters?|systems?)\b",
    re.IGNORECASE,
)
# Words for a general strike the parser takes for an organisation ("Hartal backers blocked a road"): what
# happened, not who did it.
_STRIKE_NAME = re.compile(r"(?:hartals?|bandhs?|general strikes?)", re.IGNORECASE)
# Arms the parser takes for organisations, by acronym ("a Moroccan army UAV airstrike") or spelled out
# in capitals ("an Improvised Explosive Device was defused").
_ARMS_NAME = re.compile(
    r"(?:UAVs?|UCAVs?|IEDs?|VBIEDs?|RPGs?|MLRS|MANPADS|(?:vehicle-borne\s+)?improvised\s+explosive\s+devices?|"
    r"rocket-propelled\s+grenades?)",
    re.IGNORECASE,
)
# A name before a word for a kind of place is that place, one the gazetteer did not know: "in
# Yinmarbin township", "near Kyunhla town" (lower case: "Islamic State" is a name).
_PLACE_AFTER = re.compile(
    r"\s+(?:township|district|village|villages|region|state|province|county|town|city|municipality|"
    r"sub-district|subdistrict|division|commune|tehsil|upazila)\b"
)
# The last word of the name of an armed group, a movement or a party: one named after its area ("the Kellin
# Special Task Force", "the Orvasta Liberation Movement") is no place, though a place's name begins it (but
# "the Kellin County Council" is the area's own government, no group of its own).
_ORGANISATION_HEAD = re.compile(
    r"(?:Forces?|Army|Front|Movement|Brigades?|Militias?|Guards?|Battalions?|Regiment|Corps|Alliance|Coalition|"
    r"Organi[sz]ation|League|Party|Union)"
)
# Words for a unit of a force or group: "the Kellin Brigade", "Battalion 12", "the 3rd Regiment", "a police
# team".
_UNITS = r"(?:brigades?|battalions?|regiments?|divisions?|units?|compan(?:y|ies)|squads?|teams?|detachments?)"
_UNIT_HEAD = re.compile(_UNITS, re.IGNORECASE)
# A heading before the text proper: a few words without digits, then a colon.
_HEADING = re.compile(r"\s*[A-Z][A-Za-z' /-]{0,40}:\s")
# A generic word used as a modifier ("police station", "civilian casualties") names no actor, unless
# members follow it, directly ("army soldiers") or after a second description joined to it: "the
# military and police forces arrested six" are military forces and police forces.
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# Nouns of acts of force: the description that modifies one did it ("a police assault").
_ACTS = frozenset({
    "assault", "attack", "raid", "strike", "airstrike", "offensive", "crackdown", "shelling", "shooting",
    "ambush", "bombardment", "bombing",
})  # fmt: skip
# So does a unit of the force, of whatever kind: "army units", "the military police bomb squad".
_MEMBERS_NEXT = re.compile(
    rf"\s*(?:(?:and|or)\s+[a-z][\w-]*\s+)?(?:(?:{MEMBER_WORDS})\b|(?:[a-z]+\s+)?{_UNITS}\b)", re.IGNORECASE
)


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    name: str
    inter: int | None
    rank: int  # lower wins an overlap at equal length: catalogue 0, entity 1
    named: bool = False  # a named group of the catalogue (not a generic description)


class ActorTagger(Stage):
    """Find actors from the catalogue (named groups, generic descriptions) and ORG/PERSON entities."""

    name: ClassVar[str] = "actors"
    requires: ClassVar[frozenset[str]] = frozenset({"text", "analysis"})
    provides: ClassVar[frozenset[str]] = frozenset({"actors"})

    def __init__(self, extra_catalogue: Path | None = None) -> None:
        catalogue = load_catalogue(extra_catalogue)
        self.matcher = AliasMatcher(catalogue, frozenset(FACTION_AFTER))
        # The catalogue's unnamed local force, whose home country and dates bound `UNNAMED_LOCAL_FORCE`.
        self.local_force = next(e for e in catalogue if e.name == UNNAMED_LOCAL_FORCE[0])

    def __call__(self, doc: Document) -> Document:
        context = document_country(doc)
        tokens = {t.end: t for t in doc.analysis.tokens} if doc.analysis else {}
        day = doc.published[:10] if doc.published and parse_day(doc.published) else None
        matches = self.matcher.find(doc.text, day, context)
        candidates = [c for m in matches for c in self._from_alias(doc, m, context, tokens, day)]
        candidates += people(doc, context)
        candidates = join_adjacent(doc.text, candidates)
        candidates = affiliated(doc.text, without_entities_over_named(candidates + entity_candidates(doc)))
        candidates = without_entities_over_named(candidates)
        candidates += state_candidates(doc) + arms_candidates(doc.text)
        doc.actors = [
            ActorMention(c.start, c.end, doc.text[c.start : c.end], c.name, c.inter)
            for c in resolve_overlaps(candidates)
        ]
        return doc

    def _from_alias(
        self, doc: Document, match: AliasMatch, context: str | None, tokens: dict[int, Token], day: str | None
    ) -> list[_Candidate]:
        """The actor an alias names: a named group with its member words ("Taliban fighters"), or a
        description placed by `generic_candidates`."""
        entry = match.entry
        if entry.kind == "generic":
            if is_modifier(doc, match.end, tokens) or match.start < heading_end(doc.text):
                return []
            return generic_candidates(doc, match, context)
        start, end = match.start, match.end
        name, inter = fill_country(entry.name, entry.country or context), entry.inter
        after = FACTION_AFTER.get(entry.name)
        faction = after[2].match(doc.text, end) if after is not None else None
        by_area = entry.name in AREA_BEFORE
        area = _NAME_BEFORE.search(doc.text, max(0, start - 30), start) if by_area else None
        area = area if area is not None and area.group(1).split()[0] not in _NOT_AREAS else None
        local_force = by_area and self.local_force.applies(day, context)
        local = _LOCAL_BEFORE.search(doc.text, max(0, start - 8), start) if local_force else None
        if faction is not None and not _NO_FACTION.match(faction.group(1)):
            template, inter, _ = FACTION_AFTER[entry.name]
            name, end = template.format(faction.group(1)), faction.end()
        elif area is not None and not country_of_word(area.group(1)):
            template, inter = AREA_BEFORE[entry.name]
            name, start = template.format(area.group(1)), area.start(1)
        elif local is not None:
            (name, inter), start = UNNAMED_LOCAL_FORCE, local.start()
        elif entry.name in CONTINGENT_MISSIONS and (code := nation_before(doc.text, start)):
            name, start = contingent(name, code[1]), code[0]
        tail = _MEMBER_TAIL.match(doc.text, end)
        end = tail.end() if tail else end
        return [_Candidate(start, end, name, inter, 0, named=True)]


def heading_end(text: str) -> int:
    """End of a heading the text opens with ("Movement of forces: On 3 May, ..."), else 0: a
    description in a heading names a topic, not an actor."""
    match = _HEADING.match(text)
    return match.end() if match else 0


def generic_candidates(doc: Document, match: AliasMatch, context: str | None) -> list[_Candidate]:
    """A description with its country: from a demonym before it ("Afghan police"; "the Russian and
    Ukrainian forces" are two), a country after it ("military forces of Russia"), else the
    document's; a communal militia named after its home area ("Katsina militiamen") keeps it."""
    entry, start, end = match.entry, match.start, match.end
    found = []
    country = entry.country
    before = _LAST_WORD.search(doc.text, max(0, start - 40), start)
    # A country's name that the places stage read as an area of another is that area, here or where the
    # report names the area elsewhere: the Nigerian state in "Niger militiamen attacked Mashegu (Mashegu,
    # Niger)".
    area_word = before is not None and (
        _area_at(doc, before.start(1), before.end(1)) or _home_area(doc, before.group(1), context)
    )
    if before and not area_word and (nation := nation_before(doc.text, start)):
        start, country = nation
        other = _PAIRED_DEMONYM.search(doc.text, max(0, start - 40), start)
        if other and (paired := country_of_word(other.group(1))) and paired != country:
            name = fill_country(entry.name, paired)
            found.append(_Candidate(other.start(1), other.end(1), name, entry.inter, 0))
    elif after := country_after(doc.text, end):
        end, country = after
    elif before and entry.name == COMMUNAL and (area := _area_named(doc, before.group(1))):
        # "Katsina militiamen" are of an area, but "Bassa ethnic militiamen" of a people named alike.
        start, country = before.start(1), context
        ethnic = "ethnic" in doc.text[match.start : match.end].lower()
        entry = replace(entry, name=ETHNIC.format(area) if ethnic else COMMUNAL.replace("Unidentified", area))
    elif before and entry.name == COMMUNAL and is_people(word := before.group(1)) and at_home(word, context):
        # "Darfur communal militia" says what kind it is; "Pokot raiders" are of a people (of its home
        # country when the report names no place, as `people_home` knows it).
        start, country = before.start(1), context or people_home(word)
        communal = "communal" in doc.text[match.start : match.end].lower()
        name = COMMUNAL.replace("Unidentified", word) if communal else ETHNIC.format(word)
        entry = replace(entry, name=name)
    elif before and entry.name == UNNAMED and not area_word and of_people(before.group(1), context):
        # "suspected Pokot bandits", "Murle gunmen": the armed men of a people are its ethnic militia,
        # of the country the report is from, else of the people's own.
        start, country = before.start(1), context or people_home(before.group(1))
        entry = replace(entry, name=ETHNIC.format(before.group(1)), inter=ETHNIC_INTER)
    elif entry.name in KIN_MILITIAS and (kin := kin_before(doc.text, start)):
        start, country = kin[0], context
        entry = replace(entry, name=KIN_MILITIAS[entry.name].format(kin[1]))
    found.append(_Candidate(start, end, fill_country(entry.name, country or context), entry.inter, 0))
    return found


def at_home(word: str, context: str | None) -> bool:
    """Whether a name before a militia's description may be its community's in the document's
    country: a people `peoples.tsv` does not know may live anywhere; one it knows, in its lands."""
    return not people_lands(word) or of_people(word, context)


def of_people(word: str, context: str | None) -> bool:
    """Whether a word before armed men names a people of `peoples.tsv` whose reach (`people_reach`:
    its lands and their neighbours) takes in the document's country (`context`; any, when unknown):
    "Massa gunmen" are herders' militia in Chad or Cameroon, but the name means something else in a
    report from Italy."""
    reach = people_reach(word)
    return bool(reach) and (context is None or context in reach)


def kin_before(text: str, start: int) -> tuple[int, str] | None:
    """Start and name of the clan or tribe named right before a militia's description, in up to three
    capitalised words without those that only describe it: "Habar Gedir" in "suspected Habar Gedir
    clan militia"."""
    run = _NAMES_BEFORE.search(text, max(0, start - 60), start)
    if run is None:
        return None
    words = list(re.finditer(r"\S+", text[run.start(1) : start]))
    while words and not is_people(words[0].group()):
        words.pop(0)
    if not words or not all(is_people(w.group()) for w in words):
        return None
    return run.start(1) + words[0].start(), " ".join(w.group() for w in words)


def is_people(word: str) -> bool:
    """Whether a word before a militia's description may name its community: a capitalised name
    ("Pokot", "Kipsigis"), not an acronym, a number or a word of `_NOT_PEOPLES`."""
    return word[:1].isupper() and word[1:].islower() and word not in _NOT_PEOPLES


def people(doc: Document, context: str | None) -> list[_Candidate]:
    """Plain words for people (`PEOPLE`) as civilians, with their country as `generic_candidates`
    gives it ("a Ukrainian woman"), unless they are the subject of an active verb, directly or
    as what a subject counts ("two men opened fire", "a group of men attacked")."""
    if doc.analysis is None:
        return []
    tokens = doc.analysis.tokens
    at_end = {t.end: i for i, t in enumerate(tokens)}
    found = []
    for match in _PEOPLE.finditer(doc.text):
        i = at_end.get(match.end())
        if i is None or _acting(tokens, i):
            continue
        found += generic_candidates(doc, AliasMatch(match.start(), match.end(), PEOPLE), context)
    return found


def _acting(tokens: list[Token], i: int) -> bool:
    """Whether token `i` is the subject of a verb, or the object of "of" in one ("dozens of men")."""
    token = tokens[i]
    if token.dep in _AGENT_DEPS:
        return True
    if token.dep != "pobj" or tokens[token.head].lemma.lower() != "of":
        return False
    return tokens[tokens[token.head].head].dep in _AGENT_DEPS


def _area_at(doc: Document, start: int, end: int) -> bool:
    """Whether the places stage resolved text[start:end] to a place below the level of a country."""
    return any(
        (p.start, p.end) == (start, end) and p.geonameid is not None
        and not (p.feature_code or "").startswith("PCL")
        for p in doc.places
    )


def _home_area(doc: Document, word: str, context: str | None) -> bool:
    """Whether the report resolves `word` somewhere as an area of its own country (`context`), below
    the level of a country: "Niger" in a Nigerian report that names the state ("Shiroro, Niger")."""
    return context is not None and any(
        _area_at(doc, p.start, p.end) and p.text == word and p.country_code == context for p in doc.places
    )


def _area_named(doc: Document, word: str) -> str | None:
    """`word` when the document resolved it as a province, district or town, else None."""
    return word if any(p.text == word and p.geonameid is not None for p in doc.places) else None


def affiliated(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """A description followed by the group it belongs to is that group: "a suicide bomber from
    Al Shabaab", "fighters of the ADF"; so are members of an organisation the catalogue does not
    know ("joint forces of the Myaing Villages Revolution Front")."""
    kept: list[_Candidate] = []
    named_at = {c.start for c in candidates if c.named}
    for cand in sorted(candidates, key=lambda c: (c.start, -c.rank)):
        # The nearest candidate ending before this one (an entity over the same words is skipped).
        at = next((i for i in range(len(kept) - 1, -1, -1) if kept[i].end <= cand.start), None)
        last = kept[at] if at is not None else None
        if at is None or last is None:
            kept.append(cand)
            continue
        joined = _AFFILIATION.fullmatch(text[last.end : cand.start]) is not None
        entity = cand.rank == 1 and cand.start not in named_at  # a name the catalogue does not know
        # "an armed group comprised of Fulani pastoralists": an unknown group whose members are known
        known = cand.rank == 0 and cand.inter in (2, 3, 4) and last.name.startswith("Unidentified")
        known = known and not cand.name.startswith("Unidentified")
        owner = cand.named or known or entity and members_word(text, last.start, last.end)
        # "the Kellin Brigade of the PMF": a unit the catalogue does not know, of a group it knows, is
        # that group.
        unit = cand.named and last.rank == 1 and last.start not in named_at and unit_name(last.name)
        # "JWS which operates under OPS", "Zemba raiders operating under the operations room": armed
        # men under a group's command are that group's.
        armed = last.named or last.inter in (2, 3, 4)
        under = armed and cand.named and under_command(text, last, cand)
        taken = _TAKEN_AS.fullmatch(text[last.end : cand.start]) is not None or taken_for(text, last, cand)
        # "the Dark Wolves guerrilla forces", "Kalo militiamen": a name the catalogue does not know
        # right before a description of armed men is their group's, of the description's kind.
        described = last.rank == 1 and last.start not in named_at and not cand.named and cand.rank == 0
        described = described and cand.inter in (2, 3, 4) and last.name[:1].isupper()
        described = described and not text[last.end : cand.start].strip()
        # A people's name there is no group's: away from its lands it is a town's or a person's (see
        # `of_people`): "Massa gunmen" in Italy are unidentified.
        described = described and not people_lands(last.name)
        if described:
            kept[at] = _Candidate(last.start, cand.end, last.name, cand.inter, 0, named=True)
        elif taken:
            # "forces (presumed Giants Brigade forces)": the member words after the name are its too.
            tail = _MEMBER_TAIL.match(text, cand.end)
            end = tail.end() if tail else cand.end
            kept[at] = _Candidate(last.start, end, cand.name, cand.inter, 0, named=cand.named)
        elif under or joined and (owner and not last.named and last.rank == 0 or unit):
            kept[at] = _Candidate(last.start, cand.end, cand.name, cand.inter, 0, named=True)
        else:
            kept.append(cand)
    return kept


def unit_name(name: str) -> bool:
    """Whether a name is a unit's, by its last word (`_UNIT_HEAD`): "the Kellin Brigade", "Battalion 12"."""
    return any(_UNIT_HEAD.fullmatch(word) for word in name.split()[-2:])


def under_command(text: str, faction: _Candidate, command: _Candidate) -> bool:
    """Whether the words between a faction and a group say it fights under that group's command
    (`_UNDER`, `_UNDER_ALLIANCE`)."""
    between = text[faction.end : command.start]
    if _UNDER.fullmatch(between):
        return True
    under, alliance = _UNDER_ALLIANCE
    return under.fullmatch(between) is not None and alliance.match(text, command.end) is not None


def taken_for(text: str, unnamed: _Candidate, group: _Candidate) -> bool:
    """Whether unnamed people or attackers are said to be an armed group (`_TAKEN_FOR`): "gunmen
    believed to be Al Shabaab"; a group the catalogue knows or one named by its community, not
    another unnamed description ("gunmen suspected to be robbers")."""
    unknown = unnamed.name.startswith("Unidentified") or unnamed.inter == 7
    unknown = unknown and unnamed.rank == 0 and not unnamed.named
    known = group.rank == 0 and group.inter in (2, 3, 4) and not group.name.startswith("Unidentified")
    return unknown and known and _TAKEN_FOR.fullmatch(text[unnamed.end : group.start]) is not None


def without_entities_over_named(candidates: list[_Candidate]) -> list[_Candidate]:
    """Drop entities that overlap a named catalogue group: in "attacked ATMIS UPDF" spaCy's one
    ORG is the known groups side by side, and the catalogue names them."""
    named = [c for c in candidates if c.named]
    return [c for c in candidates if c.rank != 1 or all(c.end <= n.start or c.start >= n.end for n in named)]


def members_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] (with the word before it) names a group's members: "joint forces"."""
    return _MEMBERS_OF.search(text, max(0, start - 12), end) is not None


def arms_candidates(text: str) -> list[_Candidate]:
    """A state's arms named by its demonym are its armed forces: "Turkish artillery and airstrikes
    targeted PKK positions", "Iraqi airstrikes killed 4 militants"."""
    found = []
    for start, end, code in countries_in(text):
        arms = _STATE_ARMS.match(text, end)
        if arms is not None:
            name = fill_country("Military Forces of {country}", code)
            found.append(_Candidate(start, arms.end(), name, 1, 0))
    return found


def country_after(text: str, end: int) -> tuple[int, str] | None:
    """(end, ISO2) of a country named right after an alias: "military forces of Russia",
    "refugees from Ukraine"."""
    of = _OF.match(text, end)
    if of is None:
        return None
    found = countries_in(text[of.end() : of.end() + 60])
    if not found or found[0][0] != 0:
        return None
    return of.end() + found[0][1], found[0][2]


def join_adjacent(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """One actor from two catalogue matches of the same name side by side: "Turkish army" and
    "forces" in "Turkish army forces" (the first, which carries the demonym, names it); and from a
    named group and the description of armed men or their means, or another group, right after it
    ("a QSD military vehicle"; "ATMIS UPDF", the mission's Ugandan contingent), which is the first's;
    a mission of `CONTINGENT_MISSIONS` takes the country of the army after it."""
    joined: list[_Candidate] = []
    for cand in sorted(candidates, key=lambda c: c.start):
        last = joined[-1] if joined else None
        touching = last is not None and last.end <= cand.start and not text[last.end : cand.start].strip()
        same = last is not None and _base(last.name) == _base(cand.name) and not last.named
        # "a QSD military vehicle", "Houthi army positions": a group's forces described after its name.
        owned = last is not None and last.named and cand.inter in (1, 2, 3, 8)
        if last is not None and touching and (same or owned):
            last.end = cand.end
            code = force_country(text, cand) if last.name in CONTINGENT_MISSIONS else None
            last.name = contingent(last.name, code) if code else last.name
        else:
            joined.append(cand)
    return joined


def nation_before(text: str, start: int) -> tuple[int, str] | None:
    """Start and ISO2 code of a country's name or demonym right before `start` ("Burundian ATMIS"), of
    however many words it has: "South Sudanese troops" are not Sudan's, nor "Papua New Guinea police"
    Guinea's (but "pro-Russian forces" are no nation's)."""
    window = max(0, start - 40)
    before = _LAST_WORD.search(text, window, start)
    if before is None:
        return None
    for at, end, found in countries_in(text[window : before.end(1)]):
        at, end = window + at, window + end
        if end == before.end(1) and at < before.start(1) and text[at - 1 : at] != "-":
            return at, found
    code = country_of_word(before.group(1))
    return (before.start(1), code) if code else None


def contingent(mission: str, code: str) -> str:
    """A mission's national contingent (see `CONTINGENT_MISSIONS`): "AMISOM: ... (Kenya)"; the host's
    own forces beside it ("Somali ATMIS troops", "ATMIS SNA troops") are no contingent: the mission."""
    return mission if code == _HOST else f"{mission} ({country_name(code)})"


def force_country(text: str, cand: _Candidate) -> str | None:
    """The country (ISO2) of a state's forces that a named army ("UPDF") or a demonym ("Kenyan
    troops") makes known; not that of a description the document's country was put in ("troops")."""
    if not cand.name.startswith(("Military Forces of ", "Police Forces of ")):
        return None
    if not cand.named and not countries_in(text[cand.start : cand.end]):
        return None
    found = countries_in(cand.name)
    return found[-1][2] if found else None


def _base(name: str) -> str:
    """A description's name without its country: "Military Forces of Iraq" -> "Military Forces"."""
    return re.sub(r" of .*$| \(.*\)$", "", name)


def is_modifier(doc: Document, end: int, tokens: dict[int, Token]) -> bool:
    """Whether the last word of a match only modifies a following noun (needs the parse), which is
    no act of theirs: "a police assault", "an army attack" were the force's own.

    `tokens` maps each token's end offset to the token.
    """
    last = tokens.get(end)
    if last is None or last.dep not in _MODIFIER_DEPS or doc.analysis is None:
        return False
    if doc.analysis.tokens[last.head].lemma.lower() in _ACTS:
        return False
    return not _MEMBERS_NEXT.match(doc.text, end)


def entity_candidates(doc: Document) -> list[_Candidate]:
    """ORG and PERSON entities (not outlets, not places but organisations named after one
    (`named_after_place`), nor names after "in" or "near" or before "township": places the gazetteer
    missed, nor makes of weapons: "Grad missiles", nor arms
    themselves ("UAV"), nor a strike ("Hartal"), nor a heading's topic: "Defusal: ...", nor teams
    and players in a sentence of `sport`, nor words without a capital letter, which name no one:
    "a shot to the head (tiro de gracia)") as actors of unknown inter code."""
    if doc.analysis is None:
        return []
    places = [(p.start, p.end) for p in doc.places]
    heading = heading_end(doc.text)
    return [
        _Candidate(e.start + (skip := _leading_article(e.text)), e.end, e.text[skip:].strip(), None, 1)
        for e in doc.analysis.entities
        if e.label in ENTITY_LABELS and e.start >= heading
        and e.text.strip().lower() not in MEDIA
        and (all(e.end <= lo or e.start >= hi for lo, hi in places) or named_after_place(e, places))
        and not _PLACE_BEFORE.search(doc.text, max(0, e.start - 20), e.start)
        and not _WEAPON_AFTER.match(doc.text, e.end)
        and not _ARMS_NAME.fullmatch(e.text.strip())
        and not _STRIKE_NAME.fullmatch(e.text.strip())
        and any(char.isupper() for char in e.text)
        and not _PLACE_AFTER.match(doc.text, e.end)
        and not sport(doc, e.start)
    ]


def named_after_place(entity: Entity, places: list[tuple[int, int]]) -> bool:
    """Whether an organisation's name holds the places it overlaps and ends in a word for an organisation
    (`_ORGANISATION_HEAD`): "the Kellin District Defense Force" is a group named after Kellin."""
    head = entity.text.split()[-1] if entity.text.split() else ""
    overlapping = [(lo, hi) for lo, hi in places if lo < entity.end and hi > entity.start]
    inside = all(entity.start <= lo and hi < entity.end for lo, hi in overlapping)
    return entity.label == "ORG" and inside and _ORGANISATION_HEAD.fullmatch(head) is not None


def _leading_article(text: str) -> int:
    """Length of a leading "the " (spaCy often puts it in an ORG): "the Ukrainian Forces" is
    the catalogue's "Ukrainian Forces", which wins the tie."""
    match = re.match(r"\s*the\s+", text, re.IGNORECASE)
    return match.end() if match else 0


def state_candidates(doc: Document) -> list[_Candidate]:
    """A country that is the subject of a verb acts through its state: "Russia deployed troops"."""
    if doc.analysis is None:
        return []
    # A name's last word heads it: "Africa" in "South Africa recalled its envoy".
    subjects = {t.end for t in doc.analysis.tokens if t.dep in ("nsubj", "nsubjpass")}
    found = []
    for start, end, code in countries_in(doc.text):
        name = country_name(code)
        if end in subjects and name and doc.text[start:end].lower() == name.lower() and not sport(doc, start):
            found.append(_Candidate(start, end, fill_country("Government of {country}", code), 1, 0))
    return found


def sport(doc: Document, offset: int) -> bool:
    """Whether the sentence at `offset` tells of sport (`tells_of_sport`), where a country's name is
    its team and other names are teams and players: "Ghana beat Togo 2-1" is a match, no act of a state."""
    sent = doc.analysis.sentence_at(offset) if doc.analysis else None
    return sent is not None and tells_of_sport(doc.text[sent.start : sent.end])


def resolve_overlaps(candidates: list[_Candidate]) -> list[_Candidate]:
    """Keep the longest of overlapping candidates (catalogue before entity on ties), in text order."""
    kept: list[_Candidate] = []
    for cand in sorted(candidates, key=lambda c: (-(c.end - c.start), c.rank, c.start)):
        if all(cand.end <= k.start or cand.start >= k.end for k in kept):
            kept.append(cand)
    return sorted(kept, key=lambda c: c.start)


__all__ = ["ActorTagger", "document_country", "fill_country"]
