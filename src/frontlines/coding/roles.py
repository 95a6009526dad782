"""Final event actors: mentions to `EventActor`, with ACLED's fixed roles for protests and riots."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from frontlines.coding.arguments import AGENT_PREPS, MODIFIER_DEPS, Roles
from frontlines.coding.catalogue import fill_country, load_catalogue
from frontlines.coding.classify import ARMED_INTER, MOB, NON_STATE, PROTESTS, RIOTS, Coding
from frontlines.coding.countries import (
    countries_in,
    country_after_of,
    document_country,
    names_nation,
    nationality_of,
)
from frontlines.coding.syntax import children
from frontlines.coding.when_where import ELSEWHERE, paragraph_start
from frontlines.model import ActorMention, Document, EventActor, Token

MILITARY_TYPES = frozenset({"Battles", "Explosions/Remote violence"})
TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
# Who ACLED names when a report leaves a side unnamed: an unknown perpetrator of violence is an
# unidentified armed group, arrests are made by the police, and what violence, looting or arrests
# fall on when no armed side is named is civilians.
UNNAMED = ("Unidentified Armed Group ({country})", 3)
DEFAULT_ACTOR1 = {
    "Violence against civilians": UNNAMED, "Battles": UNNAMED, "Explosions/Remote violence": UNNAMED,
    "Arrests": ("Police Forces of {country}", 1), "Looting/property destruction": UNNAMED,
    # Aircraft are a state's: an air strike by no one named is its armed forces'.
    "Air/drone strike": ("Military Forces of {country}", 1),
}  # fmt: skip
# Words that name a force by what of it can be hit: its vehicles, posts and positions.
TARGET_ONLY = re.compile(r"\b(?:vehicles?|convoy|patrol|base|camp|post|checkpoint|positions?|station)$", re.I)
ARMED_TYPES = MILITARY_TYPES | {"Violence against civilians"}
# Words that name a force by what it carried out: its operations and raids.
OPERATION = re.compile(r"\b(?:operations?|raids?|offensive|crackdown)$", re.IGNORECASE)
# Violence, and the destruction of property, which armed groups also commit and claim ("militants
# set a bus ablaze"; "X claimed the arson attack").
DESTRUCTION = "Looting/property destruction"
CIVILIAN_TARGETS = frozenset({
    "Violence against civilians", "Arrests", "Looting/property destruction", MOB,
})  # fmt: skip
STATE_PREFIXES = ("Military Forces of ", "Police Forces of ", "Government of ")
# One-sided violence and destruction, whose target is no armed side: a name the catalogue does not
# know in that role is a victim (a person, a family, a village the gazetteer missed), a civilian.
ONE_SIDED = frozenset({
    "Violence against civilians", "Explosions/Remote violence", "Looting/property destruction",
})  # fmt: skip
# State forces, at home or abroad: never a crowd, whatever they do (settlers who riot are rioters).
FORCES = frozenset({1, 8})
EXTERNAL = 8  # ACLED's inter code for state forces acting outside their own country
UNNAMED_GROUP, GANG = "Unidentified Armed Group ({country})", "Unidentified Gang ({country})"
# Guatemala and El Salvador, where organised armed violence is overwhelmingly the street gangs'
# (maras): ACLED attributes unclaimed killings there to an unidentified gang. (Honduras is not
# among them: ACLED's coverage of it names unclaimed gunmen an unidentified armed group unless the
# report ties them to crime, as elsewhere.)
GANG_COUNTRIES = frozenset({"GT", "SV"})
# Colombia, where organised crime is waged by armed groups (dissidents, the Gulf Clan), which ACLED
# codes as such: an unidentified perpetrator there stays an unidentified armed group.
ARMED_GROUP_COUNTRIES = frozenset({"CO"})
# Brazil, where police militias and drug factions both kill unclaimed: ACLED's Brazil coverage
# names a perpetrator the report does not describe at all (a body found, a man shot dead)
# "Unidentified Gang and/or Police Militia" (no country); "armed individuals" stay unidentified.
BRAZIL_UNNAMED = "Unidentified Gang and/or Police Militia"
# Rio de Janeiro state, where police militias (milícias) contest the drug factions' territory
# (Wikipedia: "Milícia"): a criminal armed group a report there leaves unnamed may be either, so even
# one it calls drug traffickers is `BRAZIL_UNNAMED`, not an unidentified gang.
MILITIA_AREAS = frozenset({("BR", "Rio de Janeiro")})
# ACLED names a state's air arm as an actor of its own in the air wars it codes: Russia's and
# Ukraine's in their war (reports from either country), the Syrian regime's in Syria. There a
# state force's air or drone strike, or a force the report calls an air force, is that arm;
# elsewhere (Russia's strikes in Syria, Burkina Faso's or Myanmar's at home) ACLED names the
# military as a whole. By state: the countries of the war's reports, and the arm's name.
_UKRAINE_WAR = frozenset({"UA", "RU"})
AIR_ARMS = {
    "RU": (_UKRAINE_WAR, "Air Force"), "UA": (_UKRAINE_WAR, "Air Force"),
    "SY": (frozenset({"SY"}), "Syrian Arab Air Force"),
}  # fmt: skip
AIR_STRIKE = "Air/drone strike"
# "Russian air forces", and the first of two: "Russian and Ukrainian air forces".
AIR_FORCE = re.compile(r"\bair\s?forces?\b", re.IGNORECASE)
PAIRED_AIR_FORCE = re.compile(r"\s+and\s+[A-Z][\w'-]*\s+air\s?forces?\b", re.IGNORECASE)
# A force joined by others ("and", "supported by") and, in the same phrase, a command they act under.
JOINED = re.compile(r"\s*,?\s*(?:and|supported by|backed by|alongside|(?:together )?with)\s+(?:the\s+)?")
JOINED_UNDER = re.compile(
    r"\s*,?\s*(?:and|supported by|backed by|alongside|(?:together )?with)\s+[^.;]{0,60}?\bunder\s+(?:the\s+)?"
)
UNDER = re.compile(r"\bunder\b")
# A protest met by another crowd: "met by counter-protesters", "a counter-demonstration was staged".
COUNTER = re.compile(r"\bcounter-?\s?(?:demonstrat|protest|rall|march)\w*", re.IGNORECASE)
# Two sides fighting each other: "clashed", "a clash between", "fought".
FIGHTING = re.compile(r"\b(?:clash\w*|fight\w*|fought|brawl\w*|scuffle\w*)\b", re.IGNORECASE)
# An exchange of fire: both sides fired, so the grammar does not tell who started it.
EXCHANGE = re.compile(r"\b(?:exchang\w* (?:of )?fire|shoot-?outs?|gunfights?|firefights?)\b", re.IGNORECASE)
# A side that fought off the other's attack: "police repelled an attack by gunmen", "repulsed
# rebel attacks", also with a partner named between ("the army and the Kellin Guard repelled"); the
# attackers are the side that began the battle.
REPELLED = re.compile(
    r"(?:\s+and\s+(?:the\s+)?(?-i:[A-Z][\w'-]*)(?:\s+(?-i:[A-Z][\w'-]*)){0,3})?"
    r",?\s+(?:\w+\s+)?(?:repel\w*|repuls\w*|fought off|beat back|thwart\w*|foil\w*)\b",
    re.IGNORECASE,
)
# "X thwarted and clashed with Y", "X thwarted infiltration attempts and clashed with Y": what X
# thwarted was Y's attack.
AND_FOUGHT = re.compile(
    r"(?:\s+[^.;,]{1,40}?)?\s+and\s+(?:clash\w*|fought|engag\w*)\s+(?:with\s+)?(?:the\s+)?", re.IGNORECASE
)
# The same told as a passive after the attackers: "bandits raided a farm but were beaten back by soldiers".
REPELLED_BY = re.compile(
    r"\b(?:were|was)\s+(?!not\b|never\b)(?:\w+\s+)?"
    r"(?:repel\w*|repuls\w*|fought off|beaten back|pushed back)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Words after a side that say it pushed to take ground: "attempted to advance", "tried to storm the town".
ADVANCING = re.compile(
    r"\s+(?:\w+\s+)?(?:attempted|tried|sought)\s+to\s+(?:advance|storm|break through|capture|seize|take)\b",
    re.IGNORECASE,
)
# "an attack on the station by gunmen", "an attack by members of a militia".
ATTACK_BY = re.compile(
    r"\battacks?\b[^.;]{0,40}\bby\s+(?:(?:members|fighters|militants|elements)\s+of\s+)?(?:the\s+|an?\s+)?$",
    re.IGNORECASE,
)
ATTACKS = re.compile(r"\s*(?:'s\s+)?(?:attacks?|assaults?|offensive)\b", re.IGNORECASE)
# The agent of a passive: "fired by the military", "planted by militants".
BY_AGENT = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
# Dependencies of an actor's last word that make it the owner of what an act fell on (`hit_by_grammar`):
# those of a modifier but an adjective's ("a Taliban member's home", not "Afghan police").
OWNER_DEPS = MODIFIER_DEPS - {"amod"}
# Prepositions that introduce who acted: "fired by the army", "shelling from Russian forces", "killed
# during a police raid" (the force whose operation it was).
ACTING_PREPS = AGENT_PREPS | {"from", "during"}
# Words that count a crowd its description follows ("dozens of Palestinian youths"), and the
# relations of words before a noun that may give its nationality (`subject_nationality`).
COUNTING = frozenset({
    "dozens", "hundreds", "thousands", "scores", "tens", "group", "groups", "crowd", "crowds", "number",
})  # fmt: skip
MODIFIERS = frozenset({"amod", "compound", "nmod"})
# Words that tie people to a country without making it theirs (see `of_nationality`).
FROM_PLACE = re.compile(r"\b(?:from|including|in)\b", re.IGNORECASE)
# Words that tie violence to organised crime.
CRIME = re.compile(
    r"\b(?:drug[- ]traffick\w*|drug[- ]deal\w*|drug debts?|criminal (?:groups?|gangs?|organi[sz]ations?)|"
    r"cartels?|gangs?|organi[sz]ed crime)\b",
    re.IGNORECASE,
)
# Latin America and the Caribbean, where organised crime does most of the killing no one claims.
LATIN_AMERICA = frozenset({
    "MX", "GT", "BZ", "SV", "HN", "NI", "CR", "PA", "CU", "HT", "DO", "JM", "TT", "PR", "BS", "BB",
    "CO", "VE", "EC", "PE", "BO", "BR", "PY", "UY", "AR", "CL", "GY", "SR",
})  # fmt: skip
# How cartels and gangs leave the bodies of those they kill, as a warning: dismembered or beheaded,
# burned, with a message beside them ("narco-messages"). In Latin America (`LATIN_AMERICA`) such a
# body marks a gang killing as `EXECUTION` does; elsewhere insurgents and militias behead and burn too.
CARTEL_MARKS = re.compile(
    r"\b(?:dismember\w*|decapitat\w*|behead\w*|mutilat\w*|"
    r"(?:heads?|legs?|hands?|limbs|torsos?)\s+(?:was|were)\s+found|"
    r"bod(?:y|ies)\b[^.]{0,60}\b(?:burn(?:ed|t)|on fire)|(?:burn(?:ed|t)|on fire)\b[^.]{0,40}\bbod(?:y|ies)|"
    r"bod(?:y|ies)\b[^.]{0,60}\b(?:with|and)\s+a\s+(?:threatening\s+)?message)\b",
    re.IGNORECASE,
)
# The marks of an organised-crime killing: a drive-by shooting, a coup de grace ("tiro de gracia"),
# a bound or gagged victim, a message left with the body, an "execution". ACLED attributes such
# killings by an unnamed perpetrator to a gang (in Brazil, `BRAZIL_UNNAMED`), as it does where the
# report ties them to crime (`CRIME`).
EXECUTION = re.compile(
    r"\b(?:drive[- ]by|tiro de gracia|coup de gr[aâ]ce|execution(?:-style)?|executed|handcuffed|gagged|"
    r"(?:hands|feet)(?: and feet)? (?:were |was )?(?:tied|bound)|narco-?(?:messages?|mantas?|blocks?)|"
    r"left a message)\b",
    re.IGNORECASE,
)
# "IS claimed responsibility for the attack": the claimant is the attacker ACLED names; so is
# the first of claimants listed together ("X and Special Task Force Y claimed") and one described
# in between ("The X, affiliated with the Y, claimed").
CLAIM = re.compile(
    r"(?:\s*,[^,.;]{1,60},)?(?:\s*(?:,|and)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,5})*"
    r"\s*(?:\([^()]{1,30}\)\s*)?(?i:(?:later\s+|also\s+)?(?:has\s+|have\s+)?claimed\s+(?:the\s+)?responsibility)"
)
# A claim told the other way round: "the attack was claimed by X"; "X said its fighters ambushed a convoy".
CLAIMED_BY = re.compile(r"\bclaimed\s+by\s+(?:the\s+)?$", re.IGNORECASE)
# Who laid the device is who set it off, however the report tells whom it hit first: "soldiers died
# when a mine planted by the rebels went off".
PLANTED_BY = re.compile(
    r"\b(?:planted|laid|buried|placed|hidden)\s+by\s+(?:the\s+)?(?:suspected\s+|alleged\s+)?$", re.IGNORECASE
)
SAID_ITS = re.compile(
    r"\s+(?:later\s+|also\s+)?(?:said|says|stated|announced)\s+(?:that\s+)?(?:its|their)\s+"
    r"(?:fighters|members|militants|forces|men|gunmen|troops)\b",
    re.IGNORECASE,
)
# What a report blames on a group without its claim: "X are believed to be behind the attack", "X
# believed responsible", "police blamed X for the killing", "authorities suspect X", "the attackers
# are suspected to be X".
BEHIND = re.compile(
    r"\s+(?:is|are|was|were)\s+(?:(?:believed|suspected|thought|said|alleged)\s+to\s+(?:be|have\s+been)\s+)?behind\b"
    r"|\s+(?:(?:is|are|was|were)\s+)?(?:believed|suspected|presumed)\s+(?:to\s+be\s+)?responsible\b"
    r"|\s+(?:is|are|was|were)\s+(?:thought|held)\s+(?:to\s+be\s+)?responsible\b",
    re.IGNORECASE,
)
BLAMED = re.compile(r"\bblamed\s+(?:the\s+)?$", re.IGNORECASE)
SUSPECTED_BY = re.compile(
    r"\b(?:authorities|police|officials|security forces|the army|the military)\s+"
    r"suspect(?:ed)?\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# What may follow the group the authorities suspect, for the suspicion to be of the attack: the end of
# the clause ("police suspect X.") or the attack itself ("suspect X of the killing"), not another deed.
SUSPECTED_OF = re.compile(
    r"\s*(?:[.;]|$|\s*(?:members|militants|fighters)?\s*(?:[.;]|of\s+(?:the\s+|carrying\s+out\s+the\s+)?"
    r"(?:attack|killing|raid|ambush|shooting|abduction)))",
    re.IGNORECASE,
)
PERPETRATORS_ARE = re.compile(
    r"\b(?:perpetrators?|attackers?|assailants?|gunmen|killers?|abductors?)\s+(?:are|were|is|was)\s+"
    r"(?:believed|suspected|thought|presumed)\s+to\s+be\s+(?:members\s+of\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


def military(actor: EventActor | None) -> EventActor | None:
    """A state that fights does so through its armed forces (ACLED names them so)."""
    if actor is not None and actor.name.startswith("Government of "):
        actor.name = "Military Forces of " + actor.name.removeprefix("Government of ")
    return actor


def as_event_actor(mention: ActorMention | None) -> EventActor | None:
    """An actor mention in an event role."""
    if mention is None:
        return None
    return EventActor(mention.name, mention.text, mention.inter, mention.start, mention.end)


def crowd_actor(
    doc: Document, template: str, inter: int, mention: ActorMention | None, told_at: int | None = None
) -> EventActor:
    """ "Protesters (Kenya)" / "Rioters (Kenya)" for a crowd, keeping the words that named it if any;
    a nationality in those words is the crowd's ("Belarusian activists" rallying in Poland), and
    so is one the subject of the sentence at `told_at` names (`subject_nationality`: "Ukrainian
    citizens gathered in Milan") when the crowd's own words name none. Words that name several
    nations ("Greek and Turkish Cypriots marched in Nicosia") make a crowd of no one nation,
    which ACLED names after where it gathered, as any other crowd."""
    nation = subject_nationality(doc, told_at)
    nations = crowd_nations(mention.text) if mention is not None else set()
    if nation is not None and not nations:
        start, end, code = nation
        return EventActor(fill_country(template, code), doc.text[start:end], inter, start, end)
    if mention is None:
        return EventActor(fill_country(template, document_country(doc)), "", inter)
    name = fill_country(template, nations.pop() if len(nations) == 1 else document_country(doc))
    return EventActor(name, mention.text, inter, mention.start, mention.end)


def crowd_nations(text: str) -> set[str]:
    """The nations (ISO2) the words naming a crowd give it, but not a country after a hyphen, which
    tells what the crowd is for or against ("pro-Russian protesters") or is part of a longer name
    ("the Trans-Kenya pipeline committee")."""
    return {code for start, _, code in countries_in(text) if not text[:start].endswith("-")}


def crowd_roles(
    doc: Document, coding: Coding, roles: Roles, actors: list[ActorMention]
) -> tuple[EventActor | None, EventActor | None]:
    """actor1/actor2 for the event: as parsed, except crowds, which ACLED always names, and
    unnamed sides, which ACLED names by convention (`default_actor`, `default_target`).

    Protests: actor1 the protesters, actor2 the intervening forces, even when the forces used
    excessive force (a protest event is the protesters'); riots: actor1 the rioters (protesters
    turned violent), actor2 whoever they faced.
    """
    if coding.plover == "MOBILIZE" and roles.actor2 is not None and roles.actor2.inter in ARMED_INTER:
        # What is deployed is the force that moves: "Russia deployed troops" -> troops act; a force
        # that deploys its own means moves itself: "Houthi forces deployed military vehicles".
        mover = roles.actor1 if roles.actor1 is not None and roles.actor1.inter in ARMED_INTER else None
        if mover is not None and not mover.name.startswith("Government of "):
            return military(as_event_actor(mover)), None
        deployed = military(as_event_actor(roles.actor2))
        home = state_country(mover.name) if mover is not None else None
        if deployed is not None and home and deployed.text[:1].islower() and not names_nation(deployed.text):
            # "Russia deployed troops near Kharkiv": a state's troops are its own, not those of the
            # country they were sent to (which the description's country was filled from); a force
            # the report names ("Kenya deployed Jubaland forces") is its own.
            deployed.name = of_state(deployed.name, home)
        return deployed, None
    first, second = _named_roles(doc, coding, roles, actors)
    if coding.acled_type in (PROTESTS, RIOTS) and coding.acled_sub_type != MOB:
        return first, second
    if coding.acled_type in ARMED_TYPES and first is not None and first.inter == 7:
        # "a child was killed in a bomb explosion": civilians are what violence falls on, never its agent.
        first, second = None, first
    # "army bulldozers razed the farm" did it; "a Russian military patrol took place" moved.
    vehicle_hit = coding.acled_type in ARMED_TYPES
    if first is not None and second is None and TARGET_ONLY.search(first.text) and vehicle_hit:
        # "An army vehicle struck an IED": the force's vehicle is what was hit, not who struck.
        first, second = None, first
    if first is not None and first.inter is None and (fallback := default_actor(doc, coding)):
        # A group the catalogue does not know ("Al Fath Al Mubeen Operation Room") keeps its name
        # and takes the inter code of the side ACLED would name in its place.
        first.inter = fallback.inter
    if coding.acled_sub_type == "Other" and only_a_cause(doc, first, actors):
        first = None  # "civilians were displaced by fighting between the army and rebels"
    if first is None and coding.acled_sub_type == "Other":
        # Displacement and other civilian-borne developments: "212 villagers fled", "refugees arrived".
        first = as_event_actor(next((a for a in actors if a.inter == 7), None))
        if same_mention(first, second):
            second = None  # "3544 people were evacuated": the displaced are the one side
    armed_event = coding.acled_type in ARMED_TYPES or coding.acled_sub_type == DESTRUCTION
    if first is None and armed_event and second is not None and by_agent(doc.text, second):
        # "a mine planted by Russian forces", "shells fired by the military killed two": the agent.
        first, second = (military(second) if coding.acled_type in MILITARY_TYPES else second), None
    if first is None and armed_event:
        first, second = armed_side(doc, coding, actors, second, roles.passive)
    if first is None and coding.plover == "MOBILIZE" and second is None:
        # "Movement of forces: 90 Burundian soldiers crossed the river": the force the sentence names moves.
        first = as_event_actor(next((a for a in actors if a.inter in ARMED_INTER), None))
    told_at = roles.told_at if roles.told_at is not None else min((a.start for a in actors), default=0)
    claimant = claimed_by(doc, doc.actors or actors, told_at) if armed_event else None
    if claimant is not None and (first is None or first.name != claimant.name):
        # The attacker named only in a claim of responsibility; the side it hit stays actor2.
        if unnamed(second) and not unnamed(first):
            second = first
        first = claimant
    if armed_event and unnamed(first) and (blamed := blamed_on(doc, doc.actors or actors, told_at)):
        # "Gunmen killed a chief. Police blamed X for the attack.": whom the report blames names the
        # attackers it left unnamed, not a side it named.
        first = blamed
    if first is None and armed_event and coding.acled_type != "Battles" and roles.told_at:
        # "Armed men attacked a bus. One passenger was killed.": the attackers told of before (a
        # battle's sentence before names both sides, and `other_side` would not find the second).
        first = earlier_attacker(doc, roles.told_at, second)
    first = first or default_actor(doc, coding)
    if armed_event and first is not None and first.name.startswith("Unidentified Armed Group"):
        first = as_gang(doc, first)
    first = joint_operation(doc, first, actors)
    if coding.acled_sub_type == "Armed clash" and own_post(first, second):
        second = None  # "police repelled an attack on a police station by gunmen": their post is no side
    if coding.acled_sub_type == "Armed clash" and second is None and first is not None:
        # A clash has two sides; one named alone most often fought its own kind: "two clan militias
        # clashed", "a shoot-out between unknown shooters", "two groups of police forces clashed";
        # unless the sentence names another armed side ("police officers and armed men clashed").
        second = other_side(first, actors) or replace(first)
    second = struck(coding, first, second, actors) or default_target(doc, coding, first)
    if second is None and first is not None and coding.acled_type == "Explosions/Remote violence":
        second = remote_target(doc, roles, first, actors)
    first, second = state_first(doc, coding, first, second)
    if coding.acled_sub_type == MOB and first is not None and first.inter == 5:
        second = rival_crowd(doc, roles, first, second)
    first = air_arm(doc, first, coding.acled_sub_type == AIR_STRIKE)
    second = air_arm(doc, second, False)
    first, second = militia_area_gang(doc, first), militia_area_gang(doc, second)
    if document_country(doc) is None and (code := actors_country(actors)) is not None:
        # No place resolved and no country named: "an FARDC soldier raped a woman" is in Congo.
        first, second = placed(first, code), placed(second, code)
    return first, second


def own_post(first: EventActor | None, second: EventActor | None) -> bool:
    """Whether the second side of a battle is the first's own post or vehicle (`TARGET_ONLY`), where
    it was attacked, not a side it fought: "soldiers defended their base", "police repelled an
    attack on a police station"."""
    return first is not None and second is not None and second.name == first.name and bool(
        TARGET_ONLY.search(second.text)
    )


def only_a_cause(doc: Document, first: EventActor | None, actors: list[ActorMention]) -> bool:
    """Whether an armed side of a development that civilians bore is named only in what drove them
    ("displaced by fighting between the army and the rebels", "fled in response to Turkish
    shelling"), not as who did it to them ("militants evicted the villagers"): the displaced are
    the actor of their displacement, as ACLED codes it."""
    if first is None or first.inter not in ARMED_INTER or not any(a.inter == 7 for a in actors):
        return False
    mention = next((a for a in actors if (a.start, a.end) == (first.start, first.end)), None)
    return mention is not None and hit_by_grammar(doc, mention)


def earlier_attacker(doc: Document, told_at: int, target: EventActor | None) -> EventActor | None:
    """The armed side the sentence before the one at `told_at` names, when this one tells what
    violence befell without naming who did it ("Gunmen stormed the village. Two men were killed."):
    the report goes on about the same attack. Not the side it hit, nor one only hit there, nor
    one of another paragraph or before a "Separately, ..." (another attack, by someone unnamed)."""
    if doc.analysis is None or (sent := doc.analysis.sentence_at(told_at)) is None:
        return None
    before = next((s for s in reversed(doc.analysis.sentences) if s.end <= sent.start), None)
    # Not across a paragraph, nor into a sentence that opens another scene ("Separately, ...").
    if before is None or before.start < paragraph_start(doc.text, sent.start):
        return None
    if ELSEWHERE.match(doc.text, sent.start):
        return None
    sides = [a for a in doc.actors if before.start <= a.start < before.end and a.inter in NON_STATE]
    taken = target.name if target is not None else None
    found = next((a for a in sides if a.name != taken and not hit_by_grammar(doc, a)), None)
    # Without its offsets: the words are the earlier event's evidence, not this one's (which would
    # take the salience of the sentence they stand in).
    return EventActor(found.name, found.text, found.inter) if found is not None else None


def as_gang(doc: Document, actor: EventActor) -> EventActor:
    """An unnamed attacker of a report that ties the violence to organised crime ("the attack is
    linked to drug trafficking", "the perpetrators are believed to be members of a criminal
    group") or tells a killing with its marks (`EXECUTION`: "shot dead in a drive-by shooting") is
    an unidentified gang, as ACLED names criminal armed groups, and so is one of a Latin American
    report that leaves a body as gangs do (`latin_marks`: "found dismembered"); in Brazil one that
    killed so is `BRAZIL_UNNAMED`, since police militias kill that way too; in
    `ARMED_GROUP_COUNTRIES` it stays an armed group."""
    country = document_country(doc)
    if country in ARMED_GROUP_COUNTRIES:
        return actor
    brazil = country == "BR"
    execution = EXECUTION.search(doc.text) is not None or latin_marks(doc.text, country)
    if brazil and execution:
        return replace(actor, name=BRAZIL_UNNAMED)
    undescribed_in_brazil = brazil and not actor.text  # see `BRAZIL_UNNAMED`
    if (not execution and CRIME.search(doc.text) is None) or undescribed_in_brazil:
        return actor
    return replace(actor, name=actor.name.replace("Unidentified Armed Group", "Unidentified Gang"))


def air_arm(doc: Document, actor: EventActor | None, striking: bool) -> EventActor | None:
    """A state's military as its air arm where ACLED names that arm (`AIR_ARMS`): when it carries
    out the air or drone strike (`striking`: "Russian forces launched an airstrike near X") or the
    report calls it an air force ("Ukrainian air forces"); not a branch the name already has."""
    if actor is None or not actor.name.startswith(STATE_PREFIXES[0]):
        return actor
    state = state_country(actor.name)
    wars, arm = AIR_ARMS.get(state or "", (frozenset(), ""))
    whole = fill_country(STATE_PREFIXES[0] + "{country}", state)
    if document_country(doc) not in wars or actor.name != whole:
        return actor
    paired = actor.end is not None and PAIRED_AIR_FORCE.match(doc.text, actor.end) is not None
    if not striking and AIR_FORCE.search(actor.text) is None and not paired:
        return actor
    return replace(actor, name=f"{whole} {arm}")


def militia_area_gang(doc: Document, actor: EventActor | None) -> EventActor | None:
    """An unidentified gang of a report from an area of `MILITIA_AREAS` as `BRAZIL_UNNAMED`."""
    if actor is None or not actor.name.startswith("Unidentified Gang ("):
        return actor
    if not any((p.country_code, p.admin1) in MILITIA_AREAS for p in doc.places):
        return actor
    return replace(actor, name=BRAZIL_UNNAMED)


def latin_marks(text: str, country: str | None) -> bool:
    """Whether a report from Latin America tells of a body left as gangs leave them (`CARTEL_MARKS`)."""
    return country in LATIN_AMERICA and CARTEL_MARKS.search(text) is not None


def state_first(
    doc: Document, coding: Coding, first: EventActor | None, second: EventActor | None
) -> tuple[EventActor | None, EventActor | None]:
    """In a battle whose first side repelled the second's attack, the attackers first, as ACLED
    lists the side that began it ("police repelled an attack by gunmen", "raiders were repulsed by
    the police"); in an exchange of fire an armed group or gang (inter 3) had with state forces,
    the state forces first, as ACLED lists them: "two gang members exchanged fire with military
    police" (the same convention as `armed_side`'s for an unnamed side); rebels, and sides the
    report lists before it tells of the exchange, keep the order it gives."""
    if coding.acled_type != "Battles" or first is None or second is None:
        return first, second
    if first.end is None or second.start is None or second.end is None:
        return first, second
    if repelled(doc.text, first.end, second.start, second.end):
        return second, first
    if repelled_by(doc.text, second.end, first.start):
        return second, first
    if tried_to_advance(doc, second, first):
        return second, first
    if first.inter != 3 or second.inter != 1:
        return first, second
    # "fighting broke out between X and the army ... the two sides exchanged fire" keeps its order.
    if EXCHANGE.search(doc.text, first.end, second.start):
        return second, first
    return first, second


def tried_to_advance(doc: Document, side: EventActor, other: EventActor) -> bool:
    """Whether the report says `side`, named after the clash, tried to advance or to take ground
    there while `other` is said no such thing ("clashes between Ukrainian and Russian forces as
    Russian forces attempted to advance"): the side that pushed began the battle."""
    after = side.end or 0
    return side.name != other.name and pushed(doc, side.name, after) and not pushed(doc, other.name, after)


def pushed(doc: Document, name: str, after: int) -> bool:
    """Whether a mention of the side `name` from character `after` on tried to advance (`ADVANCING`)."""
    return any(a.name == name and a.start >= after and ADVANCING.match(doc.text, a.end) for a in doc.actors)


def repelled_by(text: str, second_end: int, first_start: int | None) -> bool:
    """Whether the side ending at `second_end` was repelled by the one starting at `first_start`, told
    as a passive after it: "raiders stormed the village but were repulsed by the police"."""
    if first_start is None or first_start < second_end:
        return False
    return REPELLED_BY.search(text, max(second_end, first_start - 120), first_start) is not None


def repelled(text: str, first_end: int, second_start: int, second_end: int) -> bool:
    """Whether the side ending at `first_end` repelled an attack of the one at `second_start`:
    "police repelled an attack on the station by gunmen", "the army repulsed rebel attacks", "the
    army thwarted and clashed with rebels"."""
    verb = REPELLED.match(text, first_end, second_start)
    if verb is None:
        return False
    by = ATTACK_BY.search(text, verb.end(), second_start) is not None
    fought = AND_FOUGHT.fullmatch(text, verb.end(), second_start) is not None
    return by or fought or ATTACKS.match(text, second_end) is not None and second_start - verb.end() < 12


def by_agent(text: str, actor: EventActor) -> bool:
    """Whether an armed actor is named as the agent of a passive: "planted by Russian forces"."""
    if actor.start is None or actor.inter not in ARMED_INTER:
        return False
    return BY_AGENT.search(text, max(0, actor.start - 12), actor.start) is not None


def other_side(
    first: EventActor, actors: list[ActorMention], text: str | None = None
) -> EventActor | None:
    """The first armed actor of the sentence other than `first` and not of its name: the side a clash
    told with one side in the parse had ("clashes between the Russian and Ukrainian forces"). Given
    the `text`, not one joined to `first` as its ally (one-sided violence has no second attacker):
    not "opposition rebels" in "Turkish forces supported by opposition rebels shelled X"."""
    for actor in actors:
        mine = (actor.start, actor.end) == (first.start, first.end) or actor.name == first.name
        ally = text is not None and allied(text, first, actor)
        if actor.inter in ARMED_INTER and not mine and not ally:
            found = military(as_event_actor(actor))
            if found is not None and found.name != first.name:
                return found
    return None


def allied(text: str, first: EventActor, actor: ActorMention) -> bool:
    """Whether `actor` is joined to `first` as a partner: "X and Y", "X supported by Y", "Y and groups
    operating under X"."""
    if first.start is None or first.end is None:
        return False
    between = text[first.end : actor.start] if actor.start >= first.end else text[actor.end : first.start]
    return JOINED.fullmatch(between) is not None or JOINED_UNDER.fullmatch(between) is not None


def remote_target(
    doc: Document, roles: Roles, first: EventActor, actors: list[ActorMention]
) -> EventActor | None:
    """What shelling, a strike or a bomb the parse found no target for fell on: another armed side of
    the sentence ("the PDF attacked a police convoy with explosives, killing four policemen"), else
    civilians or another armed side told of in a later sentence ("Civilians were killed")."""
    found = other_side(first, actors, doc.text)
    if found is not None or roles.told_at is None:
        return found
    later = [a for a in doc.actors if a.start >= roles.told_at and a not in actors]
    victims = [a for a in later if a.inter == 7 or a.inter in ARMED_INTER and a.name != first.name]
    return military(as_event_actor(victims[0])) if victims else None


def rival_crowd(
    doc: Document, roles: Roles, rioters: EventActor, second: EventActor | None
) -> EventActor | None:
    """Mob violence told as a fight between crowds ("two groups of students clashed", "a clash between
    supporters of rival candidates") has rioters on both sides; a force or named target stays."""
    if second is not None and second.inter != 7 or doc.analysis is None or roles.told_at is None:
        return second
    sentence = doc.analysis.sentence_at(roles.told_at)
    if sentence is None or not FIGHTING.search(doc.text, sentence.start, sentence.end):
        return second
    return replace(rioters)


def joint_operation(doc: Document, first: EventActor | None, actors: list[ActorMention]) -> EventActor | None:
    """A state force acting with groups under a named operation's command acts as that operation:
    in "Turkish forces and Turkey-backed groups operating under OPS shelled X" and "Turkish forces
    supported by JWS, which operates under OPS, shelled X" the attacker is Operation Peace Spring."""
    if first is None or first.inter != 1 or first.end is None:
        return first
    for actor in actors:
        if actor.start < first.end or not actor.name.startswith("Operation "):
            continue
        between = doc.text[first.end : actor.start]
        if JOINED_UNDER.fullmatch(between) or JOINED.fullmatch(between) and UNDER.search(actor.text):
            return as_event_actor(actor)
    return first


def same_mention(one: EventActor | None, other: EventActor | None) -> bool:
    """Whether two event actors come from the same words of the text."""
    return one is not None and other is not None and (one.start, one.end) == (other.start, other.end)


def struck(
    coding: Coding, first: EventActor | None, second: EventActor | None, actors: list[ActorMention]
) -> EventActor | None:
    """actor2 of one-sided violence (`ONE_SIDED`): a side the parse found, unless it is a name the
    catalogue does not know, which stands for a victim ("shot at the director Nasser Al Munassari",
    "shelled Zarvinka"); then, or when no side was found, the civilians the sentence names
    ("the shelling wounded 2 civilians"). ACLED names the civilians harmed, not the people or places."""
    if coding.acled_type not in ONE_SIDED and coding.acled_sub_type not in ONE_SIDED:
        return second
    if second is not None and second.inter is not None:
        return second
    taken = (first.start, first.end) if first is not None else None
    civilians = next((a for a in actors if a.inter == 7 and (a.start, a.end) != taken), None)
    return as_event_actor(civilians)


def actors_country(actors: list[ActorMention]) -> str | None:
    """The home country of the first actor the catalogue places in one ("FARDC" -> "CD")."""
    homes = _homes()
    for actor in actors:
        code = homes.get(actor.name) or state_country(actor.name)
        if code:
            return code
    return None


@lru_cache(maxsize=1)
def _homes() -> dict[str, str]:
    """Named catalogue groups by canonical name, with their home country: only groups every entry
    of which has that one country (the coalition, filed under Syria and Iraq and none, has no home)."""
    countries: dict[str, set[str | None]] = {}
    for entry in load_catalogue():
        if entry.kind == "named":
            countries.setdefault(entry.name, set()).add(entry.country)
    return {name: home for name, found in countries.items()
            if len(found) == 1 and (home := next(iter(found)))}


def claimed_by(doc: Document, actors: list[ActorMention], after: int = 0) -> EventActor | None:
    """An armed actor, or a name the catalogue does not know, that the report says claimed
    responsibility ("Later IS claimed responsibility", "the attack was claimed by IS", "IS said its
    fighters ..."), in any of its sentences from character `after` on: a claim follows the attack it
    claims, it does not name the attacker of a later one."""
    return _attributed(doc, actors, after, _claims)


def blamed_on(doc: Document, actors: list[ActorMention], after: int = 0) -> EventActor | None:
    """An armed actor, or a name the catalogue does not know, that the report blames for the attack
    (`BEHIND`, `BLAMED`, `PERPETRATORS_ARE`), from character `after` on, as `claimed_by`."""
    return _attributed(doc, actors, after, _blamed)


def _claims(text: str, actor: ActorMention) -> bool:
    """Whether the text says `actor` claimed the attack (`CLAIM`, `SAID_ITS`, `CLAIMED_BY`) or laid
    the device that made it (`PLANTED_BY`)."""
    start = actor.start
    return bool(CLAIM.match(text, actor.end) or SAID_ITS.match(text, actor.end) or
                CLAIMED_BY.search(text, max(0, start - 20), start) or
                PLANTED_BY.search(text, max(0, start - 30), start))


def _blamed(text: str, actor: ActorMention) -> bool:
    """Whether the text blames the attack on `actor`: "X was behind it", "X believed responsible",
    "blamed X for it", "authorities suspect X"."""
    start = actor.start
    blamed = BLAMED.search(text, max(0, start - 20), start) and text.startswith(" for", actor.end)
    taken = PERPETRATORS_ARE.search(text, max(0, start - 80), start)
    suspected = SUSPECTED_BY.search(text, max(0, start - 40), start) and SUSPECTED_OF.match(text, actor.end)
    return bool(BEHIND.match(text, actor.end) or blamed or taken or suspected)


def _attributed(
    doc: Document, actors: list[ActorMention], after: int, told: Callable[[str, ActorMention], bool]
) -> EventActor | None:
    """The first armed actor, or name the catalogue does not know, from character `after` on of
    which the text tells what `told` tests."""
    for actor in actors:
        if actor.start >= after and actor.inter in (2, 3, 4, None) and told(doc.text, actor):
            # A name the catalogue does not know that claims an attack is an armed group's.
            return EventActor(actor.name, actor.text, actor.inter or UNNAMED[1], actor.start, actor.end)
    return None


def unnamed(actor: EventActor | None) -> bool:
    """Whether an actor is missing or one of ACLED's names for an unknown side."""
    return actor is None or actor.name.startswith("Unidentified")


def armed_side(
    doc: Document,
    coding: Coding,
    actors: list[ActorMention],
    second: EventActor | None,
    passive: bool = False,
) -> tuple[EventActor | None, EventActor | None]:
    """actor1 of violence the parse found no agent for: an armed actor the sentence names
    elsewhere ("shells fired by the Myanmar military hit two houses"), unless named by its post or
    vehicle, which were hit (`TARGET_ONLY`), making it actor2; in a clash with state
    forces and someone unnamed, the state forces ("a trafficker exchanged fire with military
    police"), who ACLED lists first, the unnamed side becoming actor2; forces that were only hit
    ("3 soldiers were killed", `passive`) stay actor2."""
    taken = (second.start, second.end) if second is not None else None
    sides = [a for a in actors if a.inter in ARMED_INTER and (a.start, a.end) != taken]
    # In a battle the side a preposition names fought ("clashes with Turkish forces"); elsewhere it was hit.
    one_sided = coding.acled_type != "Battles"
    hit = [a for a in sides if TARGET_ONLY.search(a.text) or one_sided and hit_by_grammar(doc, a)]
    armed = next((a for a in sides if a not in hit), None)
    if second is None and armed is None:
        # "a bomb exploded at a police checkpoint": the force's post is what was hit.
        second = as_event_actor(next(iter(sides), None))
    if armed is not None:
        found = as_event_actor(armed)
        return (military(found) if coding.acled_type in MILITARY_TYPES else found), second
    if coding.acled_type == "Battles" and second is not None and second.inter in (1, 8) and not passive:
        return second, default_actor(doc, coding)
    return None, second


def hit_by_grammar(doc: Document, actor: ActorMention) -> bool:
    """Whether the parse makes an armed actor what was hit, not who acted: an object ("targeting the
    army"), the object of a preposition other than "by", "from" or "during" ("an explosion at a base
    of the Taliban"), or the owner or modifier of a noun ("a Taliban member's home", "a Taliban
    security base"); a force named by its operation acted, whatever the grammar ("killed in a
    military operation")."""
    if doc.analysis is None or OPERATION.search(actor.text):
        return False
    tokens = doc.analysis.tokens
    last = next((i for i, t in enumerate(tokens) if t.end == actor.end), None)
    if last is None:
        return False
    token = tokens[last]
    if token.dep in OWNER_DEPS:
        # "by the Taliban chief of court": the owner of the agent is the agent.
        head = tokens[token.head]
        return not (head.dep == "pobj" and _agent_preposition(tokens[head.head]))
    if token.dep == "dobj":
        return True
    return token.dep == "pobj" and not _agent_preposition(tokens[token.head])


def _agent_preposition(token: Token) -> bool:
    """Whether a preposition introduces who acted (`ACTING_PREPS`)."""
    return token.text.lower() in ACTING_PREPS


def default_actor(doc: Document, coding: Coding) -> EventActor | None:
    """The actor ACLED names when the report names none (see `DEFAULT_ACTOR1`)."""
    template = DEFAULT_ACTOR1.get(coding.acled_sub_type) or DEFAULT_ACTOR1.get(coding.acled_type)
    if template is None:
        return None
    return EventActor(fill_country(template[0], document_country(doc)), "", template[1])


def default_target(doc: Document, coding: Coding, actor1: EventActor | None) -> EventActor | None:
    """Civilians as the unnamed target of one-sided violence, looting or arrests."""
    if coding.acled_sub_type not in CIVILIAN_TARGETS and coding.acled_type not in CIVILIAN_TARGETS:
        return None
    if actor1 is not None and actor1.inter == 7:
        return None
    return EventActor(fill_country("Civilians ({country})", document_country(doc)), "", 7)


def foreign_forces(actor: EventActor | None, country_code: str | None) -> EventActor | None:
    """Fit an actor to the event's country (`placed`); state forces acting outside their own
    country take ACLED's external inter code (8)."""
    actor = placed(actor, country_code)
    if actor is None or actor.inter != 1 or not country_code:
        return actor
    code = state_country(actor.name)
    if code is not None and code != country_code.upper():
        actor.inter = EXTERNAL
    return actor


def of_state(name: str, code: str) -> str:
    """A state force's name with the country `code` in place of its own: "Military Forces of Ukraine"
    of "RU" is "Military Forces of Russia" (a branch after the country stays)."""
    own = state_country(name)
    old, new = country_after_of(own), country_after_of(code)
    return name.replace(f" of {old}", f" of {new}", 1) if old and new else name


def state_country(name: str) -> str | None:
    """The country of a state actor's name: "Military Forces of Russia Air Force" -> "RU"."""
    rest = next((name.removeprefix(p) for p in STATE_PREFIXES if name.startswith(p)), None)
    rest = rest.removeprefix("the ") if rest else rest
    found = countries_in(rest) if rest else []
    return found[0][2] if found and found[0][0] == 0 else None


def _named_roles(
    doc: Document, coding: Coding, roles: Roles, actors: list[ActorMention]
) -> tuple[EventActor | None, EventActor | None]:
    """actor1/actor2 from the parse, with ACLED's fixed crowd roles."""
    if coding.acled_type not in (PROTESTS, RIOTS):
        second_mention = roles.actor2
        if coding.acled_sub_type in TERRITORY and second_mention is not None and second_mention.inter is None:
            second_mention = None  # "retook Kafr Uwayd": a place read as a name is no side
        first, second = as_event_actor(roles.actor1), as_event_actor(second_mention)
        if coding.acled_type in MILITARY_TYPES:
            return military(first), military(second)
        return first, second
    crowd = next((a for a in actors if a.inter in (5, 6)), None)
    subject = roles.actor1
    unarmed = subject is not None and subject.inter not in FORCES
    if crowd is None and subject is not None and unarmed and of_nationality(subject.text):
        # "Senegalese youths demonstrated in Mali", "Israeli settlers hurled stones": the subject the sentence
        # names, with its nationality (not "Russian police dispersed ...": a force is never the crowd).
        crowd = subject
    others = [a for a in (roles.actor1, roles.actor2, *actors) if a is not None and a is not crowd]
    force = next((a for a in others if a.inter == 1), None)
    if coding.acled_type == RIOTS:
        target = force or next((a for a in others if a.inter == 7), None)
        if crowd is None and armed_group(subject) and not roles.fallback:
            # "an Imbonerakure beat a CNL member": violence a named armed group did is its own, not a mob's.
            return as_event_actor(subject), as_event_actor(force or roles.actor2 or target)
        return crowd_actor(doc, "Rioters ({country})", 5, crowd, roles.told_at), as_event_actor(target)
    protesters = crowd_actor(doc, "Protesters ({country})", 6, crowd, roles.told_at)
    if coding.acled_sub_type == "Peaceful protest":
        # "A counter-demonstration was staged": the other side of a peaceful protest is protesters too.
        return protesters, (replace(protesters) if COUNTER.search(doc.text) else None)
    return protesters, as_event_actor(force)


def armed_group(actor: ActorMention | None) -> bool:
    """Whether an actor is a non-state armed group the report names ("the Imbonerakure", "Al Shabaab"),
    not armed men it leaves unidentified ("a group of assailants"), who may be a mob."""
    return actor is not None and actor.inter in NON_STATE and not actor.name.startswith("Unidentified")


def subject_nationality(doc: Document, told_at: int | None) -> tuple[int, int, str] | None:
    """(start, end, ISO2) of the nationality of the people the sentence at `told_at` is first about:
    a demonym before its subject ("German workers demonstrated in Paris"; "dozens of Palestinian
    female youths held a protest") or the subject itself ("Ukrainians living in Korea rallied"),
    unless the subject is an armed force, or joined by others, who may be of other nations, or
    only for a nation ("pro-Russian rioters"). The words run from the demonym to the subject's noun,
    so they keep the nationality."""
    if doc.analysis is None or told_at is None or (sent := doc.analysis.sentence_at(told_at)) is None:
        return None
    tokens = doc.analysis.tokens
    subject = next((i for i in range(sent.token_start, sent.token_end) if tokens[i].dep == "nsubj"), None)
    head = subject
    if head is not None and tokens[head].text.lower() in COUNTING:
        of = next((j for j in children(tokens, sent, head) if tokens[j].text.lower() == "of"), None)
        head = next((j for j in children(tokens, sent, of) if tokens[j].dep == "pobj"), None) if of else None
    if subject is None or head is None or _armed_at(doc, tokens[head].start):
        return None  # "Russian police dispersed the protesters": the subject is no crowd
    below = children(tokens, sent, head)
    if any(tokens[j].dep == "conj" for j in (*below, *children(tokens, sent, subject))):
        return None  # "Ukrainians and their supporters gathered": a crowd of more than one nation
    words = [j for j in below if j < head and tokens[j].dep in MODIFIERS]
    for j in (head, *words):  # "Ukrainian Americans" are American
        prefixed = doc.text[max(0, tokens[j].start - 1) : tokens[j].start] == "-"  # "pro-Russian"
        if not prefixed and (code := nationality_of(tokens[j].text)):
            return min(tokens[j].start, tokens[head].start), tokens[head].end, code
    return None


def _armed_at(doc: Document, offset: int) -> bool:
    """Whether a state force's mention covers character `offset` (`FORCES`)."""
    return any(a.start <= offset < a.end and a.inter in FORCES for a in doc.actors)


def of_nationality(text: str) -> bool:
    """Whether words for people name their nationality ("Senegalese youths"), not where some of them
    come from ("citizens, including people from Ukraine")."""
    return bool(countries_in(text)) and FROM_PLACE.search(text) is None


def placed(actor: EventActor | None, country_code: str | None) -> EventActor | None:
    """A crowd, civilians or an unnamed armed group belong to the country the event happened in.

    ACLED names "Protesters (Germany)" after where they protested, whatever the report is about
    (a rally in Berlin against the war in Ukraine), so an actor named from a catalogue template
    takes the event's country, not the document's, unless its own words name one ("Afghan
    refugees", "Palestinian rioters"). State forces keep their country: "the army" of a report is
    its state's, wherever one of its strikes landed; they only gain one when they had none.
    An unnamed armed group in a country of `GANG_COUNTRIES` is a gang; in Brazil, one not
    described at all is `BRAZIL_UNNAMED`.
    """
    if actor is None or not country_code or (actor.text and names_nation(actor.text)):
        return actor
    if actor.name in _fixed_names():
        return actor  # "Islamic State (Sahel)" is a group of its own, not "Islamic State ({country})"
    for template, pattern in _templates():
        if pattern.fullmatch(actor.name):
            state = template.startswith(STATE_PREFIXES[:2])
            if template == UNNAMED_GROUP and country_code.upper() in GANG_COUNTRIES:
                template = GANG
            elif template == UNNAMED_GROUP and country_code.upper() == "BR" and not actor.text:
                template = BRAZIL_UNNAMED
            if not state or actor.name == fill_country(template, None):
                actor.name = fill_country(template, country_code)
            break
    return actor


@lru_cache(maxsize=1)
def _fixed_names() -> frozenset[str]:
    """Names of catalogue groups that carry no country slot."""
    return frozenset(e.name for e in load_catalogue() if e.kind == "named" and "{country}" not in e.name)


@lru_cache(maxsize=1)
def _templates() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Catalogue names with a country slot, each with a pattern matching it filled or emptied."""
    names = dict.fromkeys(e.name for e in load_catalogue() if "{country}" in e.name)
    found = []
    for name in names:
        body = re.escape(name).replace(re.escape(" of {country}"), r"(?: of .+)?")
        body = body.replace(re.escape(" ({country})"), r"(?: \(.+\))?")
        found.append((name, re.compile(body)))
    return tuple(found)
