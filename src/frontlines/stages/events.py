"""The events stage: event mentions per sentence, coded to ACLED and PLOVER with their arguments.

Rules worth knowing:
- Captions: a photo caption dated more than `caption_max_age_days` (30) before the document
  (by its segment date, else a date in the caption) describes an old scene, not news: nothing
  is coded from it.
- Dates and places: see `frontlines.coding.when_where`.
- Counts are read from the trigger's clause when a sentence holds several events.
- A mention with no date of its own takes the date (and, if it names none, the place) of the
  nearest earlier mention of the same kind: "... claimed responsibility for the attack".
- A crowd of plain people that demands something, or acts to demand, denounce or support something
  (told in its sentence or the next), protests (`crowd_claim`, `protest_claimed_next`).
- A place taken is a battle won only when the report tells of fighting somewhere; taken with none
  told, it changed hands without a fight (`how_taken`). A name told with its region ("Kellvar,
  Orvasta") is a place that can be taken (`placed_in`).
- Later sentences about an event's victims recode it: captives or people robbed who are hurt make an
  attack (`harmed_captives`, `hurt_next`); a victim who was one of a gang or an armed group makes an
  armed clash (`armed_target_later`).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import takewhile
from typing import ClassVar

from frontlines.coding.arguments import Roles, find_roles, trigger_head
from frontlines.coding.classify import (
    ANSWERABLE,
    ARMED_INTER,
    BATTLES,
    CROWD,
    FIXED,
    GOVERNMENT_REGAINS,
    MOB,
    NON_STATE_OVERTAKES,
    PROTESTS,
    REMOTE,
    RIOTS,
    VAC,
    VIOLENT,
    WEAPON_CUES,
    Coding,
    classify,
)
from frontlines.coding.countries import document_country, sport_results
from frontlines.coding.crowds import (
    blockade_by_sea,
    blocked_by_forces,
    crowd_coding,
    dispersed_itself,
    folded_triggers,
    labour_strike,
    protest_mode,
    symbolic_burning,
    thwarted,
    without_grievance_triggers,
)
from frontlines.coding.dates import days_between, parse_day
from frontlines.coding.lexicon import Trigger, cues_in, find_triggers, grievance_spans, without_grievances
from frontlines.coding.locations import locate
from frontlines.coding.modality import attributions, modality
from frontlines.coding.notes import acled_note
from frontlines.coding.numbers import find_counts, unknown_losses
from frontlines.coding.roles import EXTERNAL, as_event_actor, crowd_roles, foreign_forces, state_country
from frontlines.coding.speech import SpeechAct, governing_act
from frontlines.coding.syntax import ancestors, children, is_passive, parse_memo, subtree
from frontlines.coding.tolls import attach_tolls, has_toll
from frontlines.coding.when_where import dateline_end, event_date, event_place
from frontlines.model import (
    ActorMention,
    Attribution,
    Document,
    Event,
    EventActor,
    Place,
    Segment,
    Sentence,
    Size,
    Span,
    Timex,
    Token,
)
from frontlines.stage import Stage
from frontlines.stages.merge import unique_spans

CAPTION_MAX_AGE_DAYS = 30
CIVILIANS = 7  # ACLED's inter code for civilians
# How far after a trigger its object is looked for ("retook the villages of ...").
AFTER_CHARS = 80
CLAUSE_DEPS = frozenset({"advcl", "conj", "ccomp", "relcl", "parataxis"})
# A definite reference to a violent event already told: "in the clash", "during the violence".
BACK_TO_EVENT = re.compile(
    r"\b(?:in|during|by|from|after)\s+the\s+(?:ensuing\s+|same\s+)?(?:clash(?:es)?|violence|fighting|"
    r"incident|confrontation|riots?|rioting|unrest|skirmish(?:es)?|melee|scuffle)\b",
    re.IGNORECASE,
)
# Words that tell an event as the circumstance of another; its mention ranks below that other's.
BEFOREHAND = frozenset({"following", "after", "amid", "amidst"})
CIRCUMSTANCE_PENALTY = 0.15
# Nouns whose complement is a past event remembered ("the anniversary of the massacre").
REMEMBERING = frozenset({"anniversary", "commemoration", "memory", "remembrance", "memorial"})
# Words that make one clause tell the time of another: "beat him while arresting him".
MEANWHILE = frozenset({"while", "as", "when"})
# Plain people as the doers of a deed: a crowd, no organised group ("hundreds of people torched a bus").
PLAIN_PEOPLE = frozenset(
    {"people", "resident", "villager", "youth", "local", "inhabitant", "crowd", "person"}
)
# A party's or a candidate's supporters: a crowd even when only suspected of backing a side.
SUPPORTERS = frozenset({"supporter"})  # not "cadre": "Maoist cadres" are rebels
# Words that make doers unknown ones: "unidentified people set fire to a house" may be an armed group.
UNKNOWN = frozenset({"unidentified", "unknown", "suspected", "armed"})
# Inter codes of militias and armed groups a catalogue knows by name, and how it names those not known.
NAMED_GROUPS = frozenset({3, 4})
UNKNOWN_DOERS = "Unidentified"
# Aircraft whose name alone does not say they struck (they are often what is fired at).
ROTORCRAFT = frozenset({"helicopter", "gunship"})
# Words that tell a toll of another occasion than the sentence before ("In a separate incident, ...").
ELSEWHERE = re.compile(
    r"\b(?:separate|another|earlier|previous|accident|crash|last (?:week|month|year)|in (?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# The last words of the triggers of a military exercise (triggers.tsv, MOBILIZE).
DRILLS = frozenset({"exercise", "drill"})
# Military operations, and the words that tell what one involved ("an operation involving airstrikes").
OPERATIONS = frozenset({"operation", "offensive", "sweep"})
INCLUDING = frozenset({"involve", "include", "with"})
# Groups of plain people named by who they are or what they do: a crowd of them that demands something, or
# acts to demand or to show support, is protesting ("supporters of the jailed mayor demanded his release",
# "dozens of nurses walked to the ministry to demand back pay"). Officials, members of a body and armed
# men are not among them: their demands are statements or threats. Protesters need no such rule: what they
# do is their protest already (`classify`).
PEOPLE_GROUPS = PLAIN_PEOPLE | SUPPORTERS | frozenset({
    "citizen", "worker", "employee", "staff", "teacher", "student", "pupil", "parent", "mother", "woman",
    "family", "relative", "farmer", "peasant", "herder", "fisherman", "trader", "vendor", "merchant",
    "shopkeeper", "driver", "motorist", "miner", "doctor", "nurse", "lawyer", "pensioner", "retiree",
    "veteran", "activist", "graduate", "unionist", "laborer", "labourer", "tenant", "passenger",
})  # fmt: skip
# Frames of what a protesting crowd asks for or stands for: told of such a crowd, or as the purpose of its
# act, they are its protest.
CLAIMS = frozenset({"REQUEST", "ACCUSE", "SUPPORT"})
# Verbs of a claim a crowd makes itself: "residents demanded", not "residents said" or "welcomed".
DEMANDING = frozenset({"demand"})
# Verbs of what a crowd asks for or stands against, told right after what it did: "They denounced ...".
CLAIMING = frozenset({"demand", "denounce", "condemn", "protest", "oppose", "decry", "reject", "complain"})
# Prepositions of a stance an act is done in ("drove through the town in support of the troops").
STANCE = frozenset({"in"})
# Verbs of taking a place that, done by unarmed people to a building, are a sit-in.
OCCUPYING = frozenset({"occupy"})
# Verbs of harm done to a body: done to captives, they make their abduction an attack (ACLED).
HARMING = frozenset({"beat", "torture", "stab", "shoot", "assault", "hack"})
ABDUCTION = "Abduction/forced disappearance"
# Takings of people or goods: with people hurt beside them, ACLED codes an attack.
TAKINGS = frozenset({ABDUCTION, "Looting/property destruction"})
# Violence that is how forces come for someone: joined to an arrest, the arrest is the event.
RAIDING = frozenset({"raid", "storm"})
# Prepositions that name what an act was done with.
INSTRUMENTAL = frozenset({"with", "via", "using"})
# Adjectives that put an event in the past ("a mine left from previous clashes").
PAST = frozenset({"previous", "past", "earlier", "prior"})
# Restrictions ACLED codes as security measures (a change to the activity of the state imposing them);
# "ban" only as a noun ("a ban on rallies"; "banned the newspaper" is censorship).
MEASURES = frozenset(
    {"curfew", "impose curfew", "lockdown", "state of emergency", "martial law", "emergency rule", "ban"}
)
# What a ban must forbid to be a security measure: gatherings, parties or their activity ("a ban on
# rallies"), not goods or habits ("a ban on plastic bags", "the smoking ban", "a travel ban").
BANNED_ACTIVITY = frozenset({
    "gathering", "rally", "protest", "demonstration", "march", "meeting", "assembly", "party", "activity",
    "strike", "procession", "sit", "movement",
})  # fmt: skip
# Verbs that end a measure or tell it still holds: "lifted the curfew", "the ban remains in force".
ENDING = frozenset({"lift", "end", "scrap", "ease", "relax", "remain", "uphold"})
# Verbs that start a trigger telling a body found ("found a corpse in a ditch"): their subject found it.
FINDING = frozenset({"find"})
# Cues that a body found was killed ("with stab wounds", "bullet-riddled"): a drowned boy or a hiker
# lost on a mountain, found dead, was killed by no one.
FOUL_PLAY = frozenset({"foul_play", "firearms"})
# Frames of deeds a sentence tells beside someone's violent past ("burned the hut of a herder who had
# knifed a boy", "arrested three men who had robbed a bus"): the past is background.
TOLD_DEEDS = VIOLENT | {"LOOT", "ARREST"}
# Frames whose coding turns on how control changed hands.
TERRITORY = frozenset({"CAPTURE", "RETAKE"})
# Named-entity labels of a place: one named as what a capture takes is territory ("overtook Kibumba").
PLACE_ENTITIES = frozenset({"GPE", "LOC"})
# Verbs of taking whose object can only be a place or a position, never a person ("overtook Kalumbe").
OVERRUNNING = frozenset({"overtake", "overtook", "overrun", "overran"})
# Nouns that name a share or a measure of what follows them: "parts of the town" is taken as the town
# is, "18 tons of cannabis" and "a large number of weapons" as the cannabis and the weapons are.
PARTITIVE = frozenset(
    {"part", "most", "rest", "half", "outskirt", "control", "remainder", "section", "all", "number", "ton",
     "tonne", "quantity", "amount", "kilogram", "kg", "lot", "cache", "stockpile", "batch", "load",
     "consignment", "shipment", "haul", "bag", "box", "crate", "package", "dozen", "hundred", "thousand",
     "piece", "stock", "supply", "round", "pair", "set", "unit", "gram", "litre", "liter", "gallon", "barrel"}
)  # fmt: skip
# The crowd of the sentence before, as the active subject of the next: "They set cars on fire."
CROWD_SUBJECT = re.compile(
    r"(?:They|(?:Some|Several|Many|A group|A few|Dozens|Hundreds)(?: of)?(?: the)? "
    r"(?:demonstrators|protesters|protestors|participants|marchers|strikers)|"
    r"The (?:demonstrators|protesters|protestors|crowd|participants|marchers|strikers)|"
    r"(?:Demonstrators|Protesters|Protestors|Participants))(?!\s+(?:were|was|had been)\b)\b"
)
# Deeds that, done by such a crowd, make its protest violent.
CROWD_DEEDS_TOLD_NEXT = frozenset({"RIOT", "LOOT", "ATTACK", "ABDUCT", "CLASH", "KILL", "WOUND"})
# Verbs that tell what a crowd said, asked for or feared, not what it did ("They fear clashes").
SAYING = frozenset(
    {"say", "claim", "accuse", "demand", "call", "denounce", "condemn", "allege", "urge", "ask", "complain",
     "blame", "criticize", "criticise", "express", "chant", "want", "fear", "worry", "warn"}
)  # fmt: skip
# Words that tell what someone is accused of or held over: "accusing him of carrying out explosions",
# "arrested in connection with the blast".
ACCUSING = frozenset({"accuse", "allege", "suspect", "charge", "accusation", "allegation", "suspicion",
                      "connection", "relation", "involvement", "link"})
# Nouns that name the victim of an attack told again ("The victim was ..."), and the verbs that say what
# he was ("was a member of", "was involved in").
VICTIM_NOUNS = frozenset({"victim", "target"})
BEING = frozenset({"be", "involve"})
# Deeds someone may be accused of (`charged_with`): "a man suspected of rape was beaten" tells a beating.
CHARGES = VIOLENT | {"ABDUCT", "SEXUAL"}
# Forces as the subject of the next sentence: "Police fired tear gas to disperse them."
FORCE_SUBJECT = re.compile(r"(?:The )?(?:police|security forces|riot police|officers|soldiers|troops)\b",
                           re.IGNORECASE)
# The people of a protest named in a later sentence: "Three protesters were arrested".
CROWD_NOUN = re.compile(r"\b(?:protesters|protestors|demonstrators|marchers|strikers|participants)\b",
                        re.IGNORECASE)
# Where a passive verb's agent starts: "was killed by gunmen".
AGENT = re.compile(r"\s*\bby\b", re.IGNORECASE)
# Words that give a displacement its cause: "fled due to the raid", "displaced by fighting", "fled in response
# to the shelling".
CAUSE = re.compile(
    r"\b(?:by|due to|because of|owing to|following|amid|fearing|from|in response to|as a result of)\b",
    re.IGNORECASE,
)


@dataclass(slots=True)
class _Sentence:
    """One sentence and what its events draw on."""

    sent: Sentence
    text: str
    segment: Segment | None
    actors: list[ActorMention]
    attributions: list[Attribution]
    cues: frozenset[str]
    objects: dict[Trigger, frozenset[str]] = field(default_factory=dict)  # `object_cues` of each trigger
    # Token ranges of clauses told as the doers' past (`without_background`): no counts of the day.
    background: list[tuple[int, int]] = field(default_factory=list)
    # The text cues are read from: `text` without the clauses that tell someone's violent past
    # (`without_background`).
    cue_text: str = ""
    # Those who found a body (`FINDING`): they tell of a killing and did not do it.
    finders: list[ActorMention] = field(default_factory=list)


@dataclass(slots=True)
class _Group:
    """Triggers coded as one event: the main one gives the arguments, all give evidence."""

    main: Trigger
    coding: Coding
    roles: Roles
    triggers: list[Trigger] = field(default_factory=list)
    circumstance: bool = False  # told as what came before another event ("following clashes, ...")


class EventCoder(Stage):
    """Detect and code events sentence by sentence (see the module docstring for the rules)."""

    name: ClassVar[str] = "events"
    requires: ClassVar[frozenset[str]] = frozenset(
        {"text", "analysis", "segments", "timexes", "places", "actors"}
    )
    provides: ClassVar[frozenset[str]] = frozenset({"event_mentions"})

    def __init__(self, caption_max_age_days: int = CAPTION_MAX_AGE_DAYS) -> None:
        self.caption_max_age_days = caption_max_age_days

    def __call__(self, doc: Document) -> Document:
        with parse_memo(doc.analysis.tokens if doc.analysis else []):
            return self._code(doc)

    def _code(self, doc: Document) -> Document:
        mentions: list[Event] = []
        quiet: list[Sentence] = []  # sentences without events of their own may still give a toll
        told: list[tuple[Sentence, list[Event]]] = []
        for sent in doc.analysis.sentences if doc.analysis else []:
            for line in split_lines(doc, sent):
                coded = self.code_line(doc, line)
                found = [event for event, _ in coded]
                if found and mentions and tells_toll(doc.text[line.start : line.end], found):
                    found = []  # "2 people were killed in the clash": the toll of the clash told before
                else:
                    said_as([act for _, act in coded], found)
                mentions += found
                told.append((line, found))
                if not found:
                    quiet.append(line)
        for (line, found), (after, later) in zip(told, told[1:], strict=False):
            if same_paragraph(doc, line, after):
                crowd_told_next(doc, (line, found), after)
                fire_returned_next(doc, (line, found), after)
                armed_dead_next(doc, found, (after, later))
                hurt_next(doc, found, after)
        for n, (_, found) in enumerate(told):
            armed_target_later(doc, found, [after for after, _ in told[n + 1 :]])
        attach_tolls(doc.text, quiet, mentions)
        inherit_from_antecedents(doc, mentions)
        for n, mention in enumerate(mentions, 1):
            mention.id = f"{doc.id}-m{n}"
        doc.event_mentions = mentions
        return doc

    def code_sentence(self, doc: Document, sent: Sentence) -> list[Event]:
        """The event mentions of one sentence, PLOVER-coded as the speech acts they are told in."""
        coded = self.code_line(doc, sent)
        events = [event for event, _ in coded]
        said_as([act for _, act in coded], events)
        return events

    def code_line(self, doc: Document, sent: Sentence) -> list[tuple[Event, SpeechAct | None]]:
        """The event mentions of one sentence as coded from their triggers, each with the speech act
        that governs it (`said_as` applies it)."""
        assert doc.analysis is not None
        segment = doc.segment_at(sent.start)
        if self.stale_caption(doc, sent, segment):
            return []  # an archive photo
        tokens = doc.analysis.tokens
        text = doc.text[sent.start : sent.end]
        triggers = without_match_results(find_triggers(tokens, sent), tokens, sent.start, text)
        triggers += protest_claimed_next(doc, sent, triggers)
        if not triggers:
            return []
        ctx = _Sentence(
            sent,
            text,
            segment,
            [a for a in doc.actors if sent.start <= a.start and a.end <= sent.end],
            attributions(doc.text, tokens, sent),
            cues_in(text),
            cue_text=text,
        )
        groups = group_triggers(doc, ctx, triggers)
        events = [build_event(doc, ctx, g, clause_text(doc, ctx, g, groups)) for g in groups]
        pairs = zip(groups, events, strict=True)
        return [(event, speech_act(tokens, sent, group, event)) for group, event in pairs]

    def stale_caption(self, doc: Document, sent: Sentence, segment: Segment | None) -> bool:
        """A caption whose date lies well before the document's: an archive photo."""
        if segment is None or segment.kind != "caption" or not doc.published:
            return False
        shown = segment.published or next(
            (t.value for t in doc.timexes if sent.start <= t.start < sent.end and parse_day(t.value)), None
        )
        age = days_between(shown, doc.published)
        return age is not None and age > self.caption_max_age_days


def protest_claimed_next(doc: Document, sent: Sentence, triggers: list[Trigger]) -> list[Trigger]:
    """A crowd of plain people who do something, told in the next sentence of the paragraph to demand or
    denounce something ("Over 100 drivers slowed the traffic on the ring road. They denounced the rise in
    fuel prices.", "Dozens of graduates closed the town hall. Demanding jobs."): what they did was their
    protest, told by its main verb. A verb that tells an event of another kind ("hundreds of villagers
    fled") keeps its own."""
    assert doc.analysis is not None
    tokens = doc.analysis.tokens
    root = next((i for i in range(sent.token_start, sent.token_end) if tokens[i].dep == "ROOT"), None)
    actors = [a for a in doc.actors if sent.start <= a.start and a.end <= sent.end]
    if root is None or tokens[root].pos != "VERB" or not people_crowd(tokens, sent, root, actors):
        return []
    if any(t.first <= root < t.last and t.frame not in CROWD for t in triggers):
        return []
    after = next((s for s in doc.analysis.sentences if s.start >= sent.end), None)
    if after is None or not same_paragraph(doc, sent, after) or not claim_opening(tokens, after):
        return []
    return [Trigger("PROTEST", root, root + 1)]


def claim_opening(tokens: list[Token], sent: Sentence) -> bool:
    """Whether a sentence opens with what a crowd told before demanded or denounced: "They denounced
    ...", "Demanding ..."."""
    first = tokens[sent.token_start]
    if first.tag == "VBG":
        return first.lemma.lower() in CLAIMING
    verb = tokens[first.head]
    return first.lemma.lower() == "they" and first.dep == "nsubj" and verb.lemma.lower() in CLAIMING


def same_paragraph(doc: Document, sent: Sentence, after: Sentence) -> bool:
    """Whether `after` goes on in `sent`'s paragraph: no line break between them (what the next sentence
    tells of an event is read only there)."""
    return "\n" not in doc.text[sent.end : after.start]


def crowd_told_next(doc: Document, told: tuple[Sentence, list[Event]], after: Sentence) -> None:
    """A protest whose crowd turns violent in the next sentence of its paragraph (`after`: "About 500
    people demonstrated. They broke windows and set cars on fire.") is a violent demonstration; a
    peaceful one the forces break up there ("Police fired tear gas.") met intervention."""
    line, found = told
    text = doc.text[after.start : after.end]
    if CROWD_SUBJECT.match(text) or not FORCE_SUBJECT.match(text) and named_again(doc, line, after):
        protests = [e for e in found if e.acled_event_type == PROTESTS]
        if protests and crowd_deed(doc, after):
            coding = Coding(RIOTS, "Violent demonstration", "PROTEST", "riot", 1.0)
            for event in protests:
                recast_crowd(doc, event, coding, (line, after))
        return
    peaceful = [e for e in found if e.acled_sub_event_type == "Peaceful protest"]
    if peaceful and broken_up(doc, after):
        coding = forces_reply(text)
        for event in peaceful:
            recast_crowd(doc, event, coding, (line, after))


def forces_reply(text: str) -> Coding:
    """How the forces who break up a protest in the sentence after it (`text`) met it: with deaths
    ("Police dispersed them with water cannon, resulting in the death of a cyclist") excessive force, else
    intervention. Deaths the protest was about ("protesters denouncing the killing of ...") are none."""
    if "lethal" in cues_in(without_grievances(text)):
        return Coding(PROTESTS, "Excessive force against protesters", "ASSAULT", "crowd-control", 1.0)
    return Coding(PROTESTS, "Protest with intervention", "PROTEST", "demo", 1.0)


def broken_up(doc: Document, sent: Sentence) -> bool:
    """Whether a sentence tells the forces acting against a crowd: as its subject ("Police fired tear gas",
    "Police prevented them from marching") or by arresting or dispersing protesters ("Three protesters
    were arrested")."""
    assert doc.analysis is not None
    text = doc.text[sent.start : sent.end]
    cues = cues_in(text)
    held = any(t.frame in ("ARREST", "DISPERSE") for t in find_triggers(doc.analysis.tokens, sent))
    if FORCE_SUBJECT.match(text):
        return held or bool(cues & {"crowd_control", "intervention"})
    return bool(CROWD_NOUN.search(text)) and (held or "crowd_control" in cues)


def named_again(doc: Document, line: Sentence, after: Sentence) -> bool:
    """Whether the subject of `after`'s main verb is a noun `line` used too: the crowd named again
    ("Traders blocked the road in protest. The traders hurled stones at motorists."). A noun of what the
    protest was about names no one of the crowd ("marched against the beating of a pupil by a guard. The
    guard had slapped him.")."""
    assert doc.analysis is not None
    tokens = doc.analysis.tokens
    grievances = grievance_spans(doc.text[line.start : line.end])
    span = (i for i in range(line.token_start, line.token_end)
            if not any(lo <= tokens[i].start - line.start < hi for lo, hi in grievances))
    earlier = {tokens[i].lemma.lower() for i in span if tokens[i].pos == "NOUN"}
    return any(
        tokens[i].dep == "nsubj" and tokens[i].pos == "NOUN" and tokens[tokens[i].head].dep == "ROOT"
        and tokens[i].lemma.lower() in earlier
        for i in range(after.token_start, after.token_end)
    )


def recast_crowd(doc: Document, event: Event, coding: Coding, sentences: tuple[Sentence, ...]) -> None:
    """Give a crowd event a new coding and the sides that coding names, found in `sentences`
    (rioters rather than protesters; the force that broke up the protest), with their words as
    evidence. The mode of a protest coded anew stays the one its own words gave."""
    actors = [a for a in doc.actors if any(s.start <= a.start and a.end <= s.end for s in sentences)]
    actor1, actor2 = crowd_roles(doc, coding, Roles(), actors)
    where = event.location
    country = where.country_code if where and where.country_code else document_country(doc)
    event.actor1, event.actor2 = foreign_forces(actor1, country), foreign_forces(actor2, country)
    event.acled_event_type, event.acled_sub_event_type = coding.acled_type, coding.acled_sub_type
    event.plover_event = coding.plover
    event.plover_mode = event.plover_mode if coding.mode == "demo" else coding.mode
    sides = [Span(a.start, a.end) for a in (event.actor1, event.actor2)
             if a is not None and a.start is not None and a.end is not None]
    event.evidence = unique_spans([*event.evidence, *sides])


def fire_returned_next(doc: Document, told: tuple[Sentence, list[Event]], after: Sentence) -> None:
    """Shelling, a grenade or a bomb answered with fire in the next sentence of its paragraph ("Militants
    fired mortar shells at the base. The troops fired back.") is a battle: fire went both ways."""
    _, found = told
    answered = "reciprocal" in cues_in(doc.text[after.start : after.end])
    firing = firers(doc, after) if not answered else set()
    for event in (e for e in found if e.acled_sub_event_type in ANSWERABLE):
        if answered or event.actor2 is not None and event.actor2.name in firing:
            event.acled_event_type, event.acled_sub_event_type = BATTLES, "Armed clash"


def armed_dead_next(doc: Document, found: list[Event], told: tuple[Sentence, list[Event]]) -> None:
    """An attack whose dead or wounded, told in the passive in the next sentence of its paragraph (`told`,
    with its events), include armed men ("Gunmen raided the hamlet. Two gendarmes and a trader were
    killed.") met armed defenders: ACLED codes a battle, not an attack on civilians, and those armed men
    are the other side."""
    after, later = told
    attacks = [e for e in found if e.acled_sub_event_type == "Attack"]
    if not attacks or not armed_victims(doc, after):
        return
    armed = (e.actor2 for e in later if e.actor2 is not None and e.actor2.inter in ARMED_INTER)
    named = (as_event_actor(a) for a in doc.actors
             if after.start <= a.start and a.end <= after.end and a.inter in ARMED_INTER)
    defenders = next(armed, None) or next(named, None)
    for event in attacks:
        event.acled_event_type, event.acled_sub_event_type = BATTLES, "Armed clash"
        if defenders is not None and (event.actor2 is None or event.actor2.inter == CIVILIANS):
            event.actor2 = copy.copy(defenders)


def armed_victims(doc: Document, sent: Sentence) -> bool:
    """Whether a sentence tells armed men killed or wounded, in the passive and by no one named ("Two
    police officers were wounded"): the toll of an attack told before. "The relatives of two soldiers
    were killed" names none armed."""
    killed = passive_victims(doc, sent, lambda t: t.frame in ("KILL", "WOUND"))
    return any("armed" in cues_in(words) for words in killed)


def passive_victims(doc: Document, sent: Sentence, harm: Callable[[Trigger], bool]) -> list[str]:
    """The words naming whom a sentence tells harmed (`harm`: which triggers tell it) in the passive and
    by no one named ("Two police officers were wounded"), told of the event before it. The victims are
    the subject of the verb and its conjuncts, each up to its head noun; a sentence that tells another
    occasion ("In a separate incident, ...", "in a road accident") names none."""
    assert doc.analysis is not None
    tokens = doc.analysis.tokens
    if ELSEWHERE.search(doc.text[sent.start : sent.end]):
        return []
    victims = []
    for trigger in (t for t in find_triggers(tokens, sent) if harm(t)):
        verb = clause_verb(tokens, sent, trigger_head(tokens, trigger))
        kids = children(tokens, sent, verb)
        if not is_passive(tokens, sent, verb) or any(tokens[k].dep == "agent" for k in kids):
            continue
        subjects = [k for k in kids if tokens[k].dep == "nsubjpass"]
        joined = (c for k in subjects for c in children(tokens, sent, k) if tokens[c].dep == "conj")
        heads = [*subjects, *joined]
        victims += [doc.text[tokens[subtree(tokens, sent, j)[0]].start : tokens[j].end] for j in heads]
    return victims


def hurt_next(doc: Document, found: list[Event], after: Sentence) -> None:
    """An abduction or a looting whose victims the next sentence of its paragraph (`after`) tells killed,
    wounded or beaten in the passive ("Gunmen abducted five women in Orvasta. One was killed and two were
    wounded.", "Bandits looted the market. Four traders were injured.") was an attack: ACLED codes a taking
    of people or goods as such only when no violence beyond the taking is reported. Armed men among the
    victims fought back: that is no attack on civilians."""
    assert doc.analysis is not None
    tokens = doc.analysis.tokens
    takings = [e for e in found if e.acled_sub_event_type in TAKINGS]
    if not takings:
        return
    victims = passive_victims(doc, after, lambda t: bodily_harm(tokens, t))
    if any("armed" in cues_in(words) for words in victims):
        return  # "Many militants were killed": the forces who destroyed their camp fought them
    if victims or people_hurt(doc, after):
        for event in takings:
            event.acled_event_type, event.acled_sub_event_type = VAC, "Attack"


def armed_target_later(doc: Document, found: list[Event], later: list[Sentence]) -> None:
    """An attack whose victim a later sentence of its paragraph (`later`: the sentences after it) tells to
    have been one of a gang, a cartel or an armed group ("A man was shot dead by two gunmen in Orvasta.
    The victim was involved in drug trafficking.") was a fight between armed groups: ACLED codes an armed
    clash even when one side only suffers. "The victim had been arrested for drug trafficking" tells
    his past, not what he was."""
    attacks = [e for e in found if e.acled_sub_event_type == "Attack" and e.evidence]
    if not attacks:
        return
    start = attacks[0].evidence[0].start
    paragraph = takewhile(lambda s: "\n" not in doc.text[start : s.start], later)
    if any(armed_victim(doc, sent) for sent in paragraph):
        for event in attacks:
            event.acled_event_type, event.acled_sub_event_type = BATTLES, "Armed clash"


def armed_victim(doc: Document, sent: Sentence) -> bool:
    """Whether a sentence says what the victim or target was ("The victim was involved in organised
    crime", "The target of the attack was the leader of a gang"): one of a gang or an armed group."""
    assert doc.analysis is not None
    tokens = doc.analysis.tokens
    for k in range(sent.token_start, sent.token_end):
        verb = tokens[k].head
        told = tokens[k].dep in ("nsubj", "nsubjpass") and tokens[verb].lemma.lower() in BEING
        if told and tokens[k].lemma.lower() in VICTIM_NOUNS:
            first, last = subtree(tokens, sent, verb)
            words = doc.text[tokens[first].start : tokens[last - 1].end]
            return bool(cues_in(words) & {"underworld"}) and "former" not in cues_in(words)
    return False


def people_hurt(doc: Document, sent: Sentence) -> bool:
    """Whether a sentence tells people hurt by an active verb of harm whose object names civilians ("The
    gunmen assaulted the passengers"), and no other occasion."""
    assert doc.analysis is not None
    tokens = doc.analysis.tokens
    if ELSEWHERE.search(doc.text[sent.start : sent.end]):
        return False
    for trigger in (t for t in find_triggers(tokens, sent) if bodily_harm(tokens, t)):
        head = trigger_head(tokens, trigger)
        objects = [subtree(tokens, sent, k) for k in children(tokens, sent, head) if tokens[k].dep == "dobj"]
        named = cues_in(" ".join(doc.text[tokens[lo].start : tokens[hi - 1].end] for lo, hi in objects))
        if "civilian" in named and "armed" not in named:
            return True
    return False


def firers(doc: Document, sent: Sentence) -> set[str]:
    """Names of the armed actors a sentence tells firing or attacking: the target of an attack told just
    before who fires in the next sentence ("Militants detonated a roadside bomb against an army convoy.
    The army fired into the surroundings with machine guns.") fired back."""
    assert doc.analysis is not None
    tokens = doc.analysis.tokens
    actors = [a for a in doc.actors if sent.start <= a.start and a.end <= sent.end]
    # Told in an active clause: "the missiles were shot down by air defence" is no fire at the attackers.
    fired = (t for t in find_triggers(tokens, sent)
             if t.frame in VIOLENT and not passive_clause(tokens, sent, t))
    agents = (find_roles(tokens, sent, t, actors) for t in fired)
    return {r.actor1.name for r in agents
            if r.actor1 is not None and not r.fallback and r.actor1.inter in ARMED_INTER}


def passive_clause(tokens: list[Token], sent: Sentence, trigger: Trigger) -> bool:
    """Whether the verb a trigger is told in is passive."""
    return is_passive(tokens, sent, clause_verb(tokens, sent, trigger_head(tokens, trigger)))


def clause_verb(tokens: list[Token], sent: Sentence, head: int) -> int:
    """The verb a word is told in: its own, or the nearest verb it hangs from (else the word itself)."""
    return next((j for j in [head, *ancestors(tokens, sent, head)] if tokens[j].pos in ("VERB", "AUX")), head)


def crowd_deed(doc: Document, sent: Sentence) -> bool:
    """Whether a sentence tells of violence as its main verb (or one joined to it): "They pelted stones",
    "They broke windows and set cars on fire". What they said, demanded or denounced is no deed of theirs
    ("They denounced the killing of a student"), nor is a picture set on fire, nor clashes said to be none."""
    assert doc.analysis is not None
    tokens = doc.analysis.tokens
    main = [i for i in range(sent.token_start, sent.token_end) if tokens[i].dep == "ROOT"]
    told = set(main) | {i for i in range(sent.token_start, sent.token_end)
                        if tokens[i].dep == "conj" and tokens[i].head in main}
    calm = "calm" in cues_in(doc.text[sent.start : sent.end])  # "..., but the protest remained peaceful"
    if calm or any(tokens[i].lemma.lower() in SAYING for i in main):
        return False
    # Told after a protest, "they had been striking" with nothing struck is their walkout; what they
    # burned as a gesture ("the farmers burned a copy of the bill") is no wrecking.
    found = (labour_strike(tokens, sent, t, frozenset({"PROTEST"})) for t in find_triggers(tokens, sent))
    cues = cues_in(without_grievances(doc.text[sent.start : sent.end]))
    gesture = "symbolic" in cues and "goods" not in cues
    deeds = (t for t in found if t.frame in CROWD_DEEDS_TOLD_NEXT and not (gesture and t.frame == "LOOT"))
    if any(trigger_head(tokens, t) in told for t in deeds):
        return True
    # "with no clashes reported" tells of none.
    return "riot" in cues and not cues & {"symbolic", "peaceful_transfer"}


def tells_toll(text: str, found: list[Event]) -> bool:
    """A sentence that gives the dead or injured of an event told before, naming it ("2 people were
    killed in the clash", "12 officers were injured during the violence"), and tells nothing else."""
    if not BACK_TO_EVENT.search(text) or any(m.plover_event != "ASSAULT" for m in found):
        return False
    counts = find_counts(text)
    return bool(counts.dead or counts.injured)


def inherit_from_antecedents(doc: Document, mentions: list[Event]) -> None:
    """A later mention with no date of its own ("claimed responsibility for the attack") is the
    earlier event of its kind: it takes that event's date, and its place if it names none."""
    dated = {(t.start, t.end) for t in doc.timexes}
    for n, mention in enumerate(mentions):
        if mention.segment_kind != "body" or any((s.start, s.end) in dated for s in mention.evidence):
            continue
        kind = mention.acled_sub_event_type or mention.plover_event
        earlier = [m for m in mentions[:n] if (m.acled_sub_event_type or m.plover_event) == kind]
        if not earlier:
            continue
        antecedent = earlier[-1]
        if mention.location is not None and antecedent.location != mention.location:
            continue
        mention.date, mention.time_precision = antecedent.date, antecedent.time_precision
        mention.location = copy.copy(antecedent.location)  # every field is immutable


def split_lines(doc: Document, sent: Sentence) -> list[Sentence]:
    """Cut a sentence at line breaks: a title or caption line is never one sentence with the body."""
    assert doc.analysis is not None
    tokens = doc.analysis.tokens
    pieces: list[Sentence] = []
    first = sent.token_start
    for i in range(sent.token_start + 1, sent.token_end):
        if "\n" in doc.text[tokens[i - 1].end : tokens[i].start] or not tokens[i - 1].text.strip():
            pieces.append(_piece(tokens, first, i))
            first = i
    pieces.append(_piece(tokens, first, sent.token_end))
    return [p for p in pieces if doc.text[p.start : p.end].strip()]


def _piece(tokens: list[Token], first: int, last: int) -> Sentence:
    return Sentence(tokens[first].start, tokens[last - 1].end, first, last)


def group_triggers(doc: Document, ctx: _Sentence, triggers: list[Trigger]) -> list[_Group]:
    """Code each trigger, folding a crowd's triggers into one event and merging equal codings."""
    assert doc.analysis is not None
    tokens = doc.analysis.tokens
    kept_up = [t for t in triggers if not told_aside(tokens, ctx.sent, t)]
    triggers = [blockade_by_sea(symbolic_burning(t, object_cues(doc, ctx, t)), ctx.cues) for t in kept_up]
    # A blockade by the forces is dropped first: it is no protest beside which a "strike" is a walkout.
    triggers = [t for t in triggers if not blocked_by_forces(tokens, ctx.sent, t, ctx.actors)]
    triggers = without_background(doc, ctx, triggers)
    frames = frozenset(t.frame for t in triggers)
    triggers = [crowd_claim(doc, ctx, labour_strike(tokens, ctx.sent, t, frames), frames) for t in triggers]
    triggers = [sit_in(doc, ctx, t) for t in triggers]
    triggers = [security_measure(tokens, ctx.sent, in_operation(tokens, ctx.sent, t)) for t in triggers]
    frames = frozenset(t.frame for t in triggers)
    crowd_cues = ctx.cues
    if frames & CROWD:
        # What a protest is about is no event of the day: "marched against the killing of a student".
        triggers, crowd_cues = without_grievance_triggers(tokens, ctx.sent, ctx.cue_text, triggers)
        frames = frozenset(t.frame for t in triggers)
    crowd_actor = any(a.inter in (5, 6) for a in ctx.actors)
    state_actor = any(a.inter == 1 for a in ctx.actors)
    # Violence told as what came before ("after clashes had taken place, a soldier shot a man") does not
    # explain away the sentence's own news.
    before = [t for t in triggers if t.frame in VIOLENT and circumstance(tokens, ctx.sent, t)]
    # A raid joined to an arrest or to burning is how forces came for someone or something.
    raids = [t for t in triggers if raid_to_arrest(tokens, t, triggers)]
    news = frozenset(t.frame for t in triggers if t not in before and t not in raids)
    kept = [
        t for t in triggers
        if keep_trigger(t.frame, frames if t in before else news, ctx.cues, crowd_actor, state_actor)
    ]  # fmt: skip
    kept = [t for t in kept if not displaced_by(doc, ctx, t, kept) and not toll_of_clash(doc, ctx, t, kept)]
    kept = [t for t in kept if not attacked_unit(tokens, t, frames)]
    kept = [t for t in kept if not arrest_and_violence(tokens, ctx.sent, t, kept, raids)]
    kept = [t for t in kept if not harmed_captives(tokens, ctx.sent, t, kept)]
    kept = [t for t in kept if not (instrument(tokens, t, kept) or t in raids)]
    kept = [t for t in kept if not charged_with(tokens, ctx.sent, t, kept)]
    kept = [t for t in kept if not downed_before(tokens, ctx.sent, t, kept)]
    if frames & CROWD:
        kept = [t for t in kept if not told_of_the_crowd(tokens, ctx.sent, t, kept)]
    frames = frozenset(t.frame for t in kept)
    crowd = bool(frames & CROWD) or crowd_actor and bool(frames & (VIOLENT | {"ARREST"}))
    folded = folded_triggers(tokens, ctx.sent, kept, crowd)
    groups: list[_Group] = []
    if folded:
        main, coding, roles = crowd_coding(tokens, ctx.sent, ctx.actors, folded, crowd_cues)
        groups.append(_Group(main, coding, roles, folded))
    for trigger in (t for t in kept if t not in folded and not (crowd and t.frame == "REQUEST")):
        found = find_roles(tokens, ctx.sent, trigger, ctx.actors)
        roles = victim_by_word_order(tokens, ctx.sent, trigger, found)
        if tokens[trigger.first].lemma.lower() in FINDING:
            if not ctx.cues & FOUL_PLAY:
                continue  # "found the body of a drowned boy": a death, no killing
            # "police found a corpse": those told before the finding killed no one
            ctx.finders.extend(a for a in ctx.actors if a.end <= tokens[trigger.first].start)
            roles.actor1 = None
        named = roles.actor1 is not None and named_group(doc.text, ctx.sent, roles.actor1)
        inter1 = roles.actor1.inter if roles.actor1 and not named else None
        inter2 = roles.actor2.inter if roles.actor2 and not same_actor(roles) else None
        told = how_taken(doc, ctx) if trigger.frame in TERRITORY else flown(tokens, ctx.sent, trigger)
        cues = ctx.cues | told | wrecked_by_crowd(tokens, ctx.sent, trigger) | organised_doer(roles.actor1)
        coded = classify(trigger.frame, cues, inter1, inter2, object_cues(doc, ctx, trigger))
        if coded is not None:
            _add(groups, _Group(trigger, coded, roles, [trigger], circumstance(tokens, ctx.sent, trigger)))
    groups = one_mob(tokens, groups)
    if all(g.circumstance for g in groups):
        for group in groups:
            group.circumstance = False  # the sentence tells nothing else: what came before is its news
    return groups


def without_background(doc: Document, ctx: _Sentence, triggers: list[Trigger]) -> list[Trigger]:
    """Violence told in a relative clause that says who someone is ("thrashed a burglar who had stabbed
    a guard"), beside a deed the sentence tells itself (`TOLD_DEEDS`), is that person's past: its
    trigger is dropped and its words give the sentence no cues (the guns of the robber are not the
    crowd's). A clause about the doers told before the deed ("militants who killed five villagers last
    year attacked a post") gives it no dead either; one after it may end in the deed's own toll as the
    parser hangs it ("attacked gunmen who were robbing travellers, killing two"), and one opened by
    "which" may tell it ("shelled the port, which left a dock worker dead")."""
    assert doc.analysis is not None
    tokens, sent = doc.analysis.tokens, ctx.sent
    violent = (t for t in triggers if t.frame in VIOLENT)
    clauses = {t: c for t in violent if (c := relative_clause(tokens, sent, t)) is not None}
    deeds = [t for t in triggers if t.frame in TOLD_DEEDS and relative_clause(tokens, sent, t) is None]
    if not clauses or not deeds:
        return triggers
    spans = [subtree(tokens, sent, clause) for clause in clauses.values()]
    ctx.cue_text = blanked(tokens, sent, ctx.cue_text, spans)
    ctx.cues = cues_in(ctx.cue_text)
    ctx.background = [
        (first, last) for first, last in spans
        if last <= deeds[0].first and any(relativizer(tokens[k]) for k in range(first, last))
    ]  # fmt: skip
    return [t for t in triggers if t not in clauses]


def relativizer(token: Token) -> bool:
    """Whether a token opens a clause that says who someone is: "who", "whose", or a "that" ("militants
    that killed five villagers"); not "which", whose clause may tell the deed's own toll."""
    return token.tag in ("WP", "WP$") or token.tag == "WDT" and token.text.lower() == "that"


def blanked(tokens: list[Token], sent: Sentence, text: str, spans: list[tuple[int, int]]) -> str:
    """The sentence's `text` with the token ranges `spans` blanked out, offsets kept."""
    for first, last in spans:
        start, end = tokens[first].start - sent.start, tokens[last - 1].end - sent.start
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def relative_clause(tokens: list[Token], sent: Sentence, trigger: Trigger) -> int | None:
    """The verb of the relative clause ("who had shot a driver") a trigger is told in, if any."""
    head = trigger_head(tokens, trigger)
    return next((j for j in [head, *ancestors(tokens, sent, head)] if tokens[j].dep == "relcl"), None)


def sit_in(doc: Document, ctx: _Sentence, trigger: Trigger) -> Trigger:
    """People no armed side is named for who occupy a building ("students occupied the rectorate",
    "activists occupied a shopping centre") stage a sit-in: a protest (ACLED), not a takeover. A place
    occupied ("occupied the town") or armed occupiers keep it a capture."""
    assert doc.analysis is not None
    if trigger.frame != "CAPTURE" or doc.analysis.tokens[trigger.first].lemma.lower() not in OCCUPYING:
        return trigger
    armed = any(a.inter in ARMED_INTER for a in ctx.actors) or bool(ctx.cues & {"armed", "firearms"})
    # "clashed with people who had occupied a plot": a clause that says who someone is, no sit-in.
    told_of = in_relative_clause(doc.analysis.tokens, ctx.sent, trigger)
    if armed or told_of or "territory" in object_cues(doc, ctx, trigger):
        return trigger
    return Trigger("PROTEST", trigger.first, trigger.last)


def crowd_claim(doc: Document, ctx: _Sentence, trigger: Trigger, frames: frozenset[str]) -> Trigger:
    """A crowd of plain people (`PEOPLE_GROUPS`) that demands something ("supporters of the jailed mayor
    demanded his release in Orvasta") or acts to demand, denounce or support something ("dozens of nurses
    walked to the ministry to demand back pay", "teachers drove through the town in support of the
    strike") protests (ACLED: a protest), told by the act. "The minister demanded", "armed men demanded a
    ransom" and "residents said they support the plan" tell no protest; nor does a demand told beside
    violence (`frames`: the sentence's), which is the news it answers ("residents demanded justice after
    gunmen killed five villagers")."""
    assert doc.analysis is not None
    tokens, sent = doc.analysis.tokens, ctx.sent
    if trigger.frame not in CLAIMS or frames & VIOLENT:
        return trigger
    head = trigger_head(tokens, trigger)
    own = tokens[head].lemma.lower() in DEMANDING and tokens[head].pos == "VERB"
    verb = purpose_of(tokens, sent, head)
    if verb is None and own and tokens[head].dep not in ("relcl", "acl"):
        verb = head
    if verb is None or not people_crowd(tokens, sent, verb, ctx.actors):
        return trigger
    # The act is the protest; the claim is what it is about (see `without_grievance_triggers`).
    first, last = (verb, verb + 1) if verb != head else (trigger.first, trigger.last)
    return Trigger("PROTEST", first, last)


def purpose_of(tokens: list[Token], sent: Sentence, head: int) -> int | None:
    """The verb of the act a claim is the purpose or the stance of: "walked ... to demand" (an infinitive
    of purpose), "to show support" (the claim the object of that infinitive), "drove ... in support of"."""
    word = tokens[head].head if tokens[head].dep == "dobj" else head
    if tokens[word].dep in ("advcl", "xcomp") and any(
        tokens[k].dep == "aux" and tokens[k].text.lower() == "to" for k in children(tokens, sent, word)
    ):
        return tokens[word].head
    prep = tokens[head].head
    stance = tokens[head].dep == "pobj" and tokens[prep].lemma.lower() in STANCE
    if stance and tokens[tokens[prep].head].pos == "VERB":
        return tokens[prep].head
    return None


def people_crowd(tokens: list[Token], sent: Sentence, verb: int, actors: list[ActorMention]) -> bool:
    """Whether the subject of `verb` (or of the verb it is joined to) is a crowd of plain people: a plural
    noun of `PEOPLE_GROUPS` or a count of them ("dozens of graduates"), not unknown or armed men."""
    subject_of = tokens[verb].head if tokens[verb].dep == "conj" else verb
    for k in (k for j in (verb, subject_of) for k in children(tokens, sent, j) if tokens[k].dep == "nsubj"):
        noun = counted(tokens, sent, k)
        plural = tokens[noun].tag == "NNS" or noun != k
        unknown = any(tokens[j].lemma.lower() in UNKNOWN for j in children(tokens, sent, noun))
        first, last = subtree(tokens, sent, k)
        span = range(tokens[first].start, tokens[last - 1].end)
        armed = any(a.inter in ARMED_INTER and a.start in span for a in actors)
        return tokens[noun].lemma.lower() in PEOPLE_GROUPS and plural and not unknown and not armed
    return False


def security_measure(tokens: list[Token], sent: Sentence, trigger: Trigger) -> Trigger:
    """A restriction that is a security measure (`MEASURES`: "imposed a curfew", "a ban on rallies") is
    coded as one (frame MEASURE); jailing, deporting or censoring stay restrictions of PLOVER alone, as
    do a ban on no activity of people (`BANNED_ACTIVITY`) and a measure lifted or kept (`ENDING`)."""
    lemmas = " ".join(t.lemma.lower() for t in tokens[trigger.first : trigger.last])
    noun = tokens[trigger.first].pos == "NOUN" or trigger.last - trigger.first > 1
    if trigger.frame != "COERCE" or lemmas not in MEASURES or not noun:
        return trigger
    after = range(trigger.last, min(trigger.last + 6, sent.token_end))
    if lemmas == "ban" and not any(tokens[k].lemma.lower() in BANNED_ACTIVITY for k in after):
        return trigger
    if tokens[tokens[trigger_head(tokens, trigger)].head].lemma.lower() in ENDING:
        return trigger
    return Trigger("MEASURE", trigger.first, trigger.last)


def in_operation(tokens: list[Token], sent: Sentence, trigger: Trigger) -> Trigger:
    """Air strikes or shelling told as part of a military operation ("an offensive including helicopter
    air strikes on rebel camps", "an operation involving artillery fire") support
    troops fighting on the ground: ACLED codes the operation, an armed clash."""
    if trigger.frame not in REMOTE:
        return trigger
    head = trigger_head(tokens, trigger)
    above = [tokens[j].lemma.lower() for j in ancestors(tokens, sent, head)][:3]
    if len(above) >= 2 and above[0] in INCLUDING and above[1] in OPERATIONS:
        return Trigger("CLASH", trigger.first, trigger.last)
    return trigger


def wrecked_by_crowd(tokens: list[Token], sent: Sentence, trigger: Trigger) -> frozenset[str]:
    """The unrest cue when plain people or a side's supporters wreck property ("around 800 people damaged
    the company's building", "an unknown number of people torched a bus", "supporters of the losing mayor
    smashed a councillor's car"): a crowd's violence (ACLED: mob violence), not an armed group's
    destruction. People not known ("unidentified people set fire to a school") may be one."""
    if trigger.frame != "LOOT":
        return frozenset()
    verb = clause_verb(tokens, sent, trigger_head(tokens, trigger))
    for k in (k for k in children(tokens, sent, verb) if tokens[k].dep == "nsubj"):
        noun = counted(tokens, sent, k)
        unknown = any(tokens[j].lemma.lower() in UNKNOWN for j in children(tokens, sent, noun))
        lemma = tokens[noun].lemma.lower()
        if lemma in PLAIN_PEOPLE and not unknown or lemma in SUPPORTERS:
            return frozenset({"unrest"})
    return frozenset()


def organised_doer(actor: ActorMention | None) -> frozenset[str]:
    """The armed cue when the doer is a militia or an armed group told by its proper name ("an Imbonerakure
    beat a man"): an organised side, whose beatings are its attacks (ACLED), no crowd's. Doers told by what
    they are ("Israeli settlers", "unidentified men") may be a crowd."""
    if actor is None or actor.inter not in NAMED_GROUPS or actor.name.startswith(UNKNOWN_DOERS):
        return frozenset()
    return frozenset({"armed"}) if actor.text.split()[-1][:1].isupper() else frozenset()


def counted(tokens: list[Token], sent: Sentence, noun: int) -> int:
    """The noun a measure or a share stands for ("a number of people", "hundreds of youths"), else the
    noun itself."""
    if tokens[noun].lemma.lower() not in PARTITIVE:
        return noun
    kids = children(tokens, sent, noun)
    of = (k for k in kids if tokens[k].dep == "prep" and tokens[k].lemma.lower() == "of")
    return next((j for k in of for j in children(tokens, sent, k) if tokens[j].dep == "pobj"), noun)


def flown(tokens: list[Token], sent: Sentence, trigger: Trigger) -> frozenset[str]:
    """The air cue when helicopters do the violence ("two helicopters targeted rebel positions"): it comes
    from the air. A helicopter fired at is no air strike, so the word counts only as the subject."""
    verb = clause_verb(tokens, sent, trigger_head(tokens, trigger))
    subjects = (k for k in children(tokens, sent, verb) if tokens[k].dep == "nsubj")
    return frozenset({"air"}) if any(tokens[k].lemma.lower() in ROTORCRAFT for k in subjects) else frozenset()


def named_group(text: str, sent: Sentence, actor: ActorMention) -> bool:
    """Civilians told with a capital inside the sentence ("The Children of Fire carried out an arson
    attack") are a group's name, not a crowd of residents or youths ("Residents" opening a sentence)."""
    return actor.inter == 7 and actor.text[:1].isupper() and bool(text[sent.start : actor.start].strip())


def one_mob(tokens: list[Token], groups: list[_Group]) -> list[_Group]:
    """Violence against civilians joined in one coordination to a mob's ("villagers beat a woman and
    killed her", "kidnapped and beat suspected thieves") is done by the same hands: one mob violence
    event, not an attack or abduction by someone else."""
    mobs = [g for g in groups if g.coding.acled_sub_type == MOB]
    kept = []
    for group in groups:
        mob = next((m for m in mobs if group.coding.acled_type == VAC
                    and any(joined(tokens, t, u) for t in group.triggers for u in m.triggers)), None)
        if mob is None:
            kept.append(group)
        else:
            mob.triggers += group.triggers
    return kept


def speech_act(tokens: list[Token], sent: Sentence, group: _Group, event: Event) -> SpeechAct | None:
    """The threat, refusal, accusation or pledge the event is told in (`frontlines.coding.speech`)."""
    if not event.plover_event:
        return None
    return governing_act(tokens, sent, trigger_head(tokens, group.main), event.plover_event, event.modality)


def said_as(acts: list[SpeechAct | None], events: list[Event]) -> None:
    """For PLOVER an event told inside a speech act is that act; its ACLED coding stays as it is."""
    for act, event in zip(acts, events, strict=True):
        if act is not None:
            event.plover_event, event.plover_mode = act.plover, act.mode


def victim_by_word_order(tokens: list[Token], sent: Sentence, trigger: Trigger, roles: Roles) -> Roles:
    """A passive trigger with no agent ("Michoacan, a man was killed") befell the actor word order
    put before it: that actor is its victim, not its agent, even when the parse missed the subject."""
    if not roles.fallback or roles.actor1 is None or roles.actor2 is not None:
        return roles
    head = trigger_head(tokens, trigger)
    if not is_passive(tokens, sent, head):
        return roles
    return Roles(actor1=None, actor2=roles.actor1, fallback=False, passive=True, told_at=roles.told_at)


def told_aside(tokens: list[Token], sent: Sentence, trigger: Trigger) -> bool:
    """A trigger that names no event of the day: a crowd that dispersed itself, a protest an act was
    meant to prevent, a past event remembered, an agreement that only qualifies a noun."""
    checks = (dispersed_itself, thwarted, remembered, agreement_named)
    return any(check(tokens, sent, trigger) for check in checks)


def agreement_named(tokens: list[Token], sent: Sentence, trigger: Trigger) -> bool:
    """An agreement named as what another noun is about ("truce monitors", "ceasefire violations"): no
    agreement is made."""
    return trigger.frame == "AGREE" and tokens[trigger_head(tokens, trigger)].dep == "compound"


def remembered(tokens: list[Token], sent: Sentence, trigger: Trigger) -> bool:
    """A past event named as what a day marks ("the anniversary of the signing of the peace accords",
    "in memory of those killed in the massacre") or said to be past ("previous clashes"): history, not
    news."""
    head = trigger_head(tokens, trigger)
    if any(tokens[k].dep == "amod" and tokens[k].lemma.lower() in PAST for k in children(tokens, sent, head)):
        return True  # "a landmine from previous clashes exploded": the clashes are not the day's news
    return any(tokens[j].lemma.lower() in REMEMBERING for j in ancestors(tokens, sent, head))


def how_taken(doc: Document, ctx: _Sentence) -> frozenset[str]:
    """How a change of control went: "X took the town. No clashes were reported." (the cue of a peaceful
    transfer, if the next sentence has it), and whether the report tells of fighting anywhere ("Fighting
    continues in the province. The army retook two villages."; the cue `combat`): a place taken where
    no fighting is told changed hands without a fight."""
    assert doc.analysis is not None
    fought = cues_in(doc.text) & {"combat"}
    # A bracketed aside in between ("[coded as X].") is no sentence of the story.
    later = (s for s in doc.analysis.sentences if s.start >= ctx.sent.end)
    following = next((s for s in later if not doc.text[s.start : s.end].startswith(("[", "("))), None)
    if following is None or not same_paragraph(doc, ctx.sent, following):
        return fought
    return fought | cues_in(doc.text[following.start : following.end]) & {"peaceful_transfer"}


def raid_to_arrest(tokens: list[Token], trigger: Trigger, triggers: list[Trigger]) -> bool:
    """A raid joined to an arrest ("raided a grocery store and arrested a woman") or to destruction
    ("raided the village and burned down four houses"): the raid is how the arrest was made or the
    houses reached (ACLED codes the arrest, the destruction). So is an attack joined to burning or
    seizing ("attacked and set ablaze a dormitory", "attacked a community and seized livestock")."""
    lemma = tokens[trigger.first].lemma.lower()
    if trigger.frame != "ATTACK" or lemma not in RAIDING and lemma != "attack":
        return False
    means = ("ARREST", "LOOT") if lemma in RAIDING else ("LOOT", "CAPTURE")
    return any(t.frame in means and joined(tokens, trigger, t) for t in triggers)


def charged_with(tokens: list[Token], sent: Sentence, trigger: Trigger, triggers: list[Trigger]) -> bool:
    """Violence, an abduction or a sexual offence told as what someone is accused of, beside a deed of the
    day done to them ("arrested a man, accusing him of carrying out explosions", "police beat a man over
    allegations of his part in a kidnapping", "a man suspected of rape was beaten up"), or told in a clause
    about an arrested person ("arrested the owner of the
    land where a tower was bombed"): the arrest or the deed done to them is the news."""
    if trigger.frame not in CHARGES:
        return False
    deeds = [t for t in triggers if t.frame in TOLD_DEEDS and not accused_of(tokens, sent, t)]
    if accused_of(tokens, sent, trigger) and deeds:
        return True
    arrests = [t for t in deeds if t.frame == "ARREST" and not in_relative_clause(tokens, sent, t)]
    return trigger.frame in VIOLENT and bool(arrests) and in_relative_clause(tokens, sent, trigger)


def accused_of(tokens: list[Token], sent: Sentence, trigger: Trigger) -> bool:
    """Whether a trigger is told under a word of accusing ("accusing him of", "in connection with")."""
    head = trigger_head(tokens, trigger)
    return any(tokens[j].lemma.lower() in ACCUSING for j in [head, *ancestors(tokens, sent, head)])


def downed_before(tokens: list[Token], sent: Sentence, trigger: Trigger, triggers: list[Trigger]) -> bool:
    """Something shot down told as what came before the sentence's news ("announced a suspension of air
    links, one day after a jet shot down a helicopter"): background to that news."""
    others = any(t.frame != "DEFUSE" for t in triggers)
    return trigger.frame == "DEFUSE" and others and circumstance(tokens, sent, trigger)


def joined(tokens: list[Token], one: Trigger, other: Trigger) -> bool:
    """Whether two triggers are verbs of one coordination ("detained a man and later tortured him")."""
    first, second = trigger_head(tokens, one), trigger_head(tokens, other)
    return tokens[second].dep == "conj" and tokens[second].head == first or (
        tokens[first].dep == "conj" and tokens[first].head == second
    )


def told_of_the_crowd(tokens: list[Token], sent: Sentence, trigger: Trigger, triggers: list[Trigger]) -> bool:
    """An event in a relative clause of a protest sentence says who the protesters are ("families who
    claim their children have been kidnapped staged a protest"): the protest is the news."""
    if trigger.frame in CROWD or not any(t.frame in CROWD for t in triggers):
        return False
    head = trigger_head(tokens, trigger)
    if tokens[head].dep in ("acl", "amod") and tokens[head].tag == "VBN":
        # "owners of buildings demolished in 2019 protested", "relatives of killed policemen rallied": a
        # participle that describes a noun says who the protesters are.
        return True
    if not any(t.frame in CROWD and not in_relative_clause(tokens, sent, t) for t in triggers):
        return False
    return in_relative_clause(tokens, sent, trigger)


def in_relative_clause(tokens: list[Token], sent: Sentence, trigger: Trigger) -> bool:
    """Whether the trigger is told in a clause that qualifies a noun ("families who claim ...")."""
    head = trigger_head(tokens, trigger)
    return any(tokens[j].dep in ("relcl", "acl") for j in [head, *ancestors(tokens, sent, head)])


def arrest_and_violence(
    tokens: list[Token], sent: Sentence, trigger: Trigger, triggers: list[Trigger], raids: list[Trigger]
) -> bool:
    """An arrest joined to violence by the same hands ("detained a man and later tortured him",
    "killed three militants and arrested five") or made with it ("beat a driver while arresting him"),
    and an arrest that only says who a victim is: ACLED codes the violence. A raid (`raids`, see
    `raid_to_arrest`) is how the arrest was made, no violence beside it."""
    if trigger.frame != "ARREST":
        return False
    harm = VIOLENT | {"CUSTODY"}  # "was arrested and died in custody"
    violence = [t for t in triggers if t.frame in harm and t not in raids]
    head = trigger_head(tokens, trigger)
    if violence and tokens[head].dep == "acl" and tokens[head].tag == "VBN":
        return True  # "a villager, arrested last week, died after being beaten": it says who he is
    return any(joined(tokens, trigger, other) or during(tokens, sent, trigger, other) for other in violence)


def harmed_captives(tokens: list[Token], sent: Sentence, trigger: Trigger, triggers: list[Trigger]) -> bool:
    """People abducted and, by a verb joined to the abduction, killed, wounded, beaten or tortured ("a man
    was abducted by two gunmen, beaten up and injured", "kidnapped a trader and shot him"): ACLED codes an
    attack, an abduction being a taking with no violence beyond it. Others hurt beside the taking
    ("abducted a woman and wounded three men": the harm has an object of its own) leave it an abduction."""
    if trigger.frame != "ABDUCT":
        return False
    hurt = (t for t in triggers if bodily_harm(tokens, t))
    return any(joined(tokens, trigger, t) and not own_object(tokens, sent, t) for t in hurt)


def bodily_harm(tokens: list[Token], trigger: Trigger) -> bool:
    """Whether a trigger tells harm done to someone's body: a killing, a wound, a beating, torture."""
    return trigger.frame in ("KILL", "WOUND") or (
        trigger.frame == "ATTACK" and tokens[trigger_head(tokens, trigger)].lemma.lower() in HARMING
    )


def own_object(tokens: list[Token], sent: Sentence, trigger: Trigger) -> bool:
    """Whether a trigger's verb has an object of its own that is no pronoun ("wounded three men"; not
    "shot him")."""
    head = trigger_head(tokens, trigger)
    return any(tokens[k].dep == "dobj" and tokens[k].pos != "PRON" for k in children(tokens, sent, head))


def during(tokens: list[Token], sent: Sentence, one: Trigger, other: Trigger) -> bool:
    """Whether one trigger's verb tells the time the other's was done in ("beat a driver while arresting
    him", "shot him as they detained him"); "arrested them after they were attacked" tells what came
    before, perhaps by other hands."""
    first, second = trigger_head(tokens, one), trigger_head(tokens, other)
    for clause, main in ((first, second), (second, first)):
        if tokens[clause].dep == "advcl" and tokens[clause].head == main:
            return any(tokens[k].dep == "mark" and tokens[k].lemma.lower() in MEANWHILE
                       for k in children(tokens, sent, clause))
    return False


def same_actor(roles: Roles) -> bool:
    """Both roles filled by one mention ("was shot by armed men": the agent is no target too)."""
    first, second = roles.actor1, roles.actor2
    return first is not None and second is not None and (first.start, first.end) == (second.start, second.end)


def instrument(tokens: list[Token], trigger: Trigger, triggers: list[Trigger]) -> bool:
    """A gun named as what another violent act was done with ("attacked a police post with small arms",
    "killed via machine gun fire"): the weapon of that act, not an attack of its own."""
    if trigger.frame != "ATTACK" or not any(t.frame in VIOLENT for t in triggers if t != trigger):
        return False
    head = trigger_head(tokens, trigger)
    return tokens[head].dep == "pobj" and tokens[tokens[head].head].lemma.lower() in INSTRUMENTAL


def attacked_unit(tokens: list[Token], trigger: Trigger, frames: frozenset[str]) -> bool:
    """A unit on the move named beside violence ("ambushed an army convoy") is its target or its
    side, and an exercise ("during a military exercise, a shell hit a house") its setting: not a
    deployment of its own."""
    one_noun = trigger.last - trigger.first == 1 and tokens[trigger.first].pos == "NOUN"
    drill = tokens[trigger.last - 1].lemma.lower() in DRILLS
    return trigger.frame == "MOBILIZE" and bool(frames & VIOLENT) and (one_noun or drill)


def toll_of_clash(doc: Document, ctx: _Sentence, trigger: Trigger, triggers: list[Trigger]) -> bool:
    """Deaths told in the passive beside a clash are the clash's: "a guard was killed during a shootout"."""
    if trigger.frame not in ("KILL", "WOUND") or not any(t.frame == "CLASH" for t in triggers):
        return False
    assert doc.analysis is not None
    tokens = doc.analysis.tokens
    head = trigger_head(tokens, trigger)
    return is_passive(tokens, ctx.sent, head)


def displaced_by(doc: Document, ctx: _Sentence, trigger: Trigger, triggers: list[Trigger]) -> bool:
    """Violence told as the cause of a displacement ("1,500 people were displaced by fighting"):
    the displacement is the event reported, its cause is background."""
    if trigger.frame not in VIOLENT:
        return False
    assert doc.analysis is not None
    tokens = doc.analysis.tokens
    for other in (t for t in triggers if t.frame == "DISPLACE" and t.last <= trigger.first):
        between = doc.text[tokens[other.last - 1].end : tokens[trigger.first].start]
        if CAUSE.search(between):
            return True
    return False


def object_cues(doc: Document, ctx: _Sentence, trigger: Trigger) -> frozenset[str]:
    """Cues of what the trigger acts on: its object or passive subject ("a man was killed"), and
    the words right after it ("retook the villages of ..."). What is captured is its object alone
    when it has one: "captured the rector of the church in the town" takes a man, not a town.
    Worked out once per trigger of the sentence (a trigger is looked at before and while coding)."""
    if trigger not in ctx.objects:
        ctx.objects[trigger] = _object_cues(doc, ctx, trigger)
    return ctx.objects[trigger]


def _object_cues(doc: Document, ctx: _Sentence, trigger: Trigger) -> frozenset[str]:
    assert doc.analysis is not None
    tokens = doc.analysis.tokens
    end = tokens[trigger.last - 1].end
    objects = []
    head = trigger_head(tokens, trigger)
    for k in children(tokens, ctx.sent, head):
        if tokens[k].dep in ("dobj", "nsubjpass"):
            first, last = subtree(tokens, ctx.sent, k)
            objects.append(doc.text[tokens[first].start : tokens[last - 1].end])
    if trigger.frame in TERRITORY and (taken := what_is_taken(tokens, ctx.sent, head)) is not None:
        first, last = taken
        start, end = tokens[first].start, tokens[last - 1].end
        # "overtook Kibati": a place named as what is taken is territory, as "the town" is.
        place = tokens[last - 1].ent_type in PLACE_ENTITIES or any(
            start <= p.start and p.end == end for p in doc.places
        )
        # "overran Kalumbe": what is overrun is a place, whatever the tagger took the name for.
        place = place or tokens[head].lemma.lower() in OVERRUNNING and tokens[last - 1].pos == "PROPN"
        place = place or placed_in(doc, ctx.sent, last - 1)
        return cues_in(doc.text[start:end]) | ({"territory"} if place else frozenset())
    if cues_in(" | ".join(objects)) & {"civilian", "armed"}:
        # "a man was shot by a soldier": the words after a passive trigger name its agent; "assaulted a
        # detainee at the police station": the words after the object name where it happened.
        return cues_in(" | ".join(objects))
    after = doc.text[end : min(ctx.sent.end, end + AFTER_CHARS)]
    if is_passive(tokens, ctx.sent, head) or tokens[head].tag == "VBN" and AGENT.match(after):
        # "was shot by armed men", "was shot and killed by armed men": the agent is no target.
        after = AGENT.split(after, maxsplit=1)[0]
    return cues_in(" | ".join([after, *objects]))


def placed_in(doc: Document, sent: Sentence, noun: int) -> bool:
    """A name told with the region it lies in ("retook Kellvar, Orvasta", "Kellvar (Orvasta)"): the
    apposed place makes the name a place too, whatever the tagger took it for."""
    assert doc.analysis is not None
    tokens = doc.analysis.tokens
    apposed = [k for k in children(tokens, sent, noun) if tokens[k].dep == "appos"]
    return tokens[noun].pos == "PROPN" and any(
        tokens[k].ent_type in PLACE_ENTITIES or any(p.start <= tokens[k].start < p.end for p in doc.places)
        for k in apposed
    )


def what_is_taken(tokens: list[Token], sent: Sentence, head: int) -> tuple[int, int] | None:
    """The token range of what a capture takes: its object, or the object of the verb joined to it
    ("captured and killed four men"), as far as the object's own noun ("the rector of the church in
    the town" takes a man; "parts of the town" takes the town). None when it has no object."""
    verbs = [head, *(k for k in children(tokens, sent, head) if tokens[k].dep == "conj")]
    for verb in verbs:
        obj = next((k for k in children(tokens, sent, verb) if tokens[k].dep in ("dobj", "nsubjpass")), None)
        if obj is not None:
            first, last = subtree(tokens, sent, obj)
            return (first, last) if tokens[obj].lemma.lower() in PARTITIVE else (first, obj + 1)
    return None


def keep_trigger(
    frame: str,
    frames: frozenset[str],
    cues: frozenset[str],
    crowd_actor: bool = False,
    state_actor: bool = False,
) -> bool:
    """Drop triggers another frame in the sentence explains better, or their context rules out."""
    if frame == "DISPLACE":
        return "uprooted" in cues  # "residents fled", not "the gunmen fled the scene"
    if frame == "PROPAGANDA":
        # leaflets handed out at a protest, slogans sprayed in a raid, flyers someone is arrested for
        return not frames & (CROWD | VIOLENT | {"ARREST"})
    if frame == "REFUGEES":
        return "arrival" in cues and not frames & VIOLENT  # "refugees arrived in Poland"
    if frame == "ABDUCT" and "KILL" in frames:
        return False  # "killed a merchant and abducted his son": ACLED codes the attack
    if frame == "GATHER":
        # A gathering or blockade is a protest when it is for or against something, held in front of
        # a building ("gathered outside the court"), made by protesters, or blocks a road without
        # forces doing the blocking.
        return bool(cues & {"purpose", "venue"}) or crowd_actor or "road" in cues and not state_actor
    if frame == "CLASH" and "peaceful_transfer" in cues and frames & {"CAPTURE", "RETAKE"}:
        return False  # "seized the town; no clashes were reported"
    if frame == "DEFUSE":
        # "intercepted eight women" disrupts no weapon; a seized cache of arms and a downed helicopter do.
        return bool(cues & (WEAPON_CUES | {"weapons", "aircraft"}))
    if frame in REMOTE and "DEFUSE" in frames and cues & WEAPON_CUES:
        return False  # an intercepted missile is disrupted weapons use
    if frame in VIOLENT and "CUSTODY" in frames:
        return False  # "died in custody after being beaten": the beating is how the death came
    if frame == "LOOT" and frames & VIOLENT:
        return False  # houses destroyed by a strike belong to the strike
    ground = "CLASH" in frames or "ATTACK" in frames and "small_arms" in cues
    if frame in REMOTE - {"CHEMICAL"} and ground:
        # "fired artillery and clashed with the army", "attacked soldiers via firearms and remote
        # explosives": shells and bombs in support of a fight on the ground.
        return False
    if frame == "ATTACK" and "small_arms" in cues and "CLASH" not in frames:
        return True
    if frame == "ATTACK" and frames & (REMOTE | {"CLASH"}):
        return False  # "fired mortars at positions", "an assault was repelled": shelling, a clash
    if frame in ("KILL", "WOUND") and frames & REMOTE:
        return False  # "the bombing, which killed 22": the deaths are the explosion's
    return not (frame == "WOUND" and frames & (VIOLENT - {"WOUND"}))


def _add(groups: list[_Group], new: _Group) -> None:
    """Merge `new` into a group with the same codes, else append it."""
    key = (new.coding.acled_sub_type, new.coding.plover)
    for group in groups:
        if (group.coding.acled_sub_type, group.coding.plover) == key:
            group.triggers += new.triggers
            group.roles.actor1 = group.roles.actor1 or new.roles.actor1
            group.roles.actor2 = group.roles.actor2 or new.roles.actor2
            group.circumstance = group.circumstance and new.circumstance
            return
    groups.append(new)


def clause_text(doc: Document, ctx: _Sentence, group: _Group, groups: list[_Group]) -> str:
    """The words counts are read from: the sentence, or the group's own clause when there are several;
    either without the clauses told as the doers' past (`_Sentence.background`)."""
    assert doc.analysis is not None
    tokens, sent = doc.analysis.tokens, ctx.sent
    if len(groups) == 1:
        return blanked(tokens, sent, ctx.text, ctx.background)
    head = trigger_head(tokens, group.main)
    verb = clause_verb(tokens, sent, head)
    others = {trigger_head(tokens, g.main) for g in groups if g is not group}
    first, last = subtree(tokens, sent, verb)
    dropped = {i for lo, hi in ctx.background for i in range(lo, hi)}
    for k in children(tokens, sent, verb):
        lo, hi = subtree(tokens, sent, k)
        if tokens[k].dep in CLAUSE_DEPS and any(lo <= o < hi for o in others):
            dropped |= set(range(lo, hi))
    # Keep the original spacing inside each run of kept tokens ("twenty-two", "2,000").
    runs: list[list[int]] = []
    for i in range(first, last):
        if i in dropped:
            continue
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return " ".join(doc.text[tokens[run[0]].start : tokens[run[-1]].end] for run in runs)


def build_event(doc: Document, ctx: _Sentence, group: _Group, clause: str) -> Event:
    """An event mention with its arguments, date, place, counts, modality and note."""
    assert doc.analysis is not None
    coding = group.coding
    # No finder of a body is its killer, as the parse ("police found a body with gunshot wounds":
    # the wounds' shooter) or as the armed side the sentence names.
    roles = group.roles
    if roles.actor1 is not None and roles.actor1 in ctx.finders:
        roles = replace(roles, actor1=None)
    actors = [a for a in ctx.actors if a not in ctx.finders]
    actor1, actor2 = crowd_roles(doc, coding, roles, actors)
    when, timex = event_date(doc, ctx.sent, ctx.segment, trigger_head(doc.analysis.tokens, group.main))
    place = event_place(doc, ctx.sent)
    counts = find_counts(clause, with_participants=coding.plover in ("PROTEST", "MOBILIZE"))
    dead = counts.dead if has_toll(coding.acled_sub_type) else None
    head = trigger_head(doc.analysis.tokens, group.main)
    mood = modality(doc.analysis.tokens, ctx.sent, head, ctx.attributions)
    location = locate(place) if place else None
    country = location.country_code if location and location.country_code else document_country(doc)
    actor1, actor2 = foreign_forces(actor1, country), foreign_forces(actor2, country)
    coding = held_abroad(coding, actor1.inter if actor1 else None, for_host(ctx.actors, actor2, country))
    event = Event(
        id="",
        acled_event_type=coding.acled_type,
        acled_sub_event_type=coding.acled_sub_type,
        plover_event=coding.plover,
        plover_mode=protest_mode(trigger_words(doc, group)) if coding.mode == "demo" else coding.mode,
        date=when.day if when else None,
        time_precision=when.precision if when else 3,
        actor1=actor1,
        actor2=actor2,
        location=location,
        fatalities=dead or 0,
        size=Size(dead, counts.injured, counts.arrested, counts.participants),
        modality=mood,
        attribution=list(ctx.attributions),
        evidence=evidence(doc, group, actor1, actor2, place, timex),
        segment_kind=ctx.segment.kind if ctx.segment else "body",
    )
    event.confidence = confidence(event, group, timex)
    losses_unknown = counts.dead is None and unknown_losses(clause)
    event.notes = acled_note(event, statement(doc, ctx, timex), losses_unknown)
    return event


def held_abroad(coding: Coding, actor1: int | None, host_side: bool = False) -> Coding:
    """An arrest made by a state's forces outside their own country (inter 8, "Russian forces detained a
    priest in Ukraine") takes people from where no law of that state runs: ACLED codes an abduction.
    A place they take there ("Russian forces captured the village") is no government regaining its own
    territory: ACLED codes a foreign force's gains as a non-state actor's, unless they fight on the
    host government's side (`host_side`: "French and Malian troops retook the town")."""
    if actor1 != EXTERNAL:
        return coding
    if coding.acled_sub_type == "Arrests":
        return Coding(*FIXED["ABDUCT"])
    if coding.acled_sub_type == GOVERNMENT_REGAINS and not host_side:
        return Coding(BATTLES, NON_STATE_OVERTAKES, coding.plover, coding.mode, coding.weight)
    return coding


def for_host(actors: list[ActorMention], actor2: EventActor | None, country: str | None) -> bool:
    """Whether foreign forces fight on the side of the government of `country`: its own forces are
    named in the sentence beside them, not as the other side, or what they take is taken from rebels or
    militias."""
    if actor2 is not None and actor2.inter in (2, 3):
        return True
    host = (country or "").upper()
    against = (actor2.start, actor2.end) if actor2 is not None else None
    return any(a.inter == 1 and state_country(a.name) == host and (a.start, a.end) != against for a in actors)


def trigger_words(doc: Document, group: _Group) -> str:
    """The words of a group's triggers."""
    assert doc.analysis is not None
    tokens = doc.analysis.tokens
    return " ".join(doc.text[tokens[t.first].start : tokens[t.last - 1].end] for t in group.triggers)


def evidence(
    doc: Document,
    group: _Group,
    actor1: EventActor | None,
    actor2: EventActor | None,
    place: Place | None,
    timex: Timex | None,
) -> list[Span]:
    """Spans of the trigger words and of each argument taken from the text, in text order."""
    assert doc.analysis is not None
    tokens = doc.analysis.tokens
    spans = [Span(tokens[t.first].start, tokens[t.last - 1].end) for t in group.triggers]
    for actor in (actor1, actor2):
        if actor is not None and actor.start is not None and actor.end is not None:
            spans.append(Span(actor.start, actor.end))
    spans += [Span(x.start, x.end) for x in (place, timex) if x is not None]
    unique = {(s.start, s.end): s for s in spans}
    return [unique[key] for key in sorted(unique)]


def confidence(event: Event, group: _Group, timex: Timex | None) -> float:
    """Rule weight, raised by arguments the parse found, lowered for unreal or uncertain mentions."""
    score = group.coding.weight
    score += 0.1 if event.actor1 and not group.roles.fallback else 0.03 if event.actor1 else 0.0
    score += 0.05 if event.location else 0.0
    score += 0.05 if timex else 0.0
    score -= {"negated": 0.3, "hypothetical": 0.25, "planned": 0.15, "denied": 0.2}.get(event.modality, 0.0)
    score -= CIRCUMSTANCE_PENALTY if group.circumstance else 0.0
    return round(min(0.99, max(0.05, score)), 2)


def circumstance(tokens: list[Token], sent: Sentence, trigger: Trigger) -> bool:
    """A trigger told as what came before the sentence's news: "following an armed clash, the army
    shelled the town", "he was shot after clashes had taken place in the area"."""
    head = trigger_head(tokens, trigger)
    governor = tokens[head].head
    if tokens[head].dep == "pobj" and tokens[governor].text.lower() in BEFOREHAND:
        return True
    # The clause the trigger is told in: its own verb, or the verb above it ("after two vehicles were
    # hit by gunfire").
    verb = clause_verb(tokens, sent, head)
    return tokens[verb].dep == "advcl" and any(
        tokens[k].dep == "mark" and tokens[k].text.lower() in BEFOREHAND for k in children(tokens, sent, verb)
    )


def statement(doc: Document, ctx: _Sentence, timex: Timex | None) -> str:
    """The sentence for the note, without a leading date ("On March 3, ...") the note restates."""
    text = ctx.text
    if timex is not None and ctx.sent.start <= timex.start < ctx.sent.start + 5:
        text = doc.text[timex.end : ctx.sent.end].lstrip(" ,")
    return text


def without_match_results(
    triggers: list[Trigger], tokens: list[Token], offset: int, text: str
) -> list[Trigger]:
    """The triggers outside the sentence's match results (`sport_results`): the "beat" of "Ghana
    beat Togo 2-1" is a score, while fans attacking a referee after it are still violence."""
    results = [(offset + lo, offset + hi) for lo, hi in sport_results(text)]
    if not results:
        return triggers
    return [t for t in triggers
            if not any(lo <= tokens[t.first].start < hi for lo, hi in results)]


__all__ = [
    "CAPTION_MAX_AGE_DAYS", "EventCoder", "dateline_end", "event_date", "event_place", "keep_trigger",
    "split_lines",
]
