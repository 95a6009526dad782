"""Crowd rules: what a protest or riot folds in, and what in its sentence is no event of its own.

- Grievances: what a protest is about ("marched against the killing of a student") is no event
  of the day; its triggers are dropped and its words give no cues.
- Symbolic burning: burning a flag, an effigy or a portrait is a protest, not property destruction.
- Self-dispersal: "the crowd dispersed after talks" met no intervention; "police dispersed the
  crowd" and "the crowd was dispersed" did.
- Naval blockades restrict movement (PLOVER COERCE restrict); they are no crowd's.
- A protest's PLOVER mode follows its words: hunger strike, strike, boycott, blockade; else demo.
- Folding: violence, arrests, looting and seizures told beside a crowd (and that happened) are
  coded with the crowd as one event, which the crowd's own real trigger gives its arguments.
- Crowd violence: the crowd itself attacked when its members are the attackers, or no forces are
  there to be them ("lawyers assaulted passers-by during a protest").
"""

from __future__ import annotations

import re

from frontlines.coding.arguments import Roles, actor_at, find_roles, trigger_head
from frontlines.coding.classify import CROWD, DEMONSTRATING, STRATEGIC, VIOLENT, Coding, crowd_event
from frontlines.coding.lexicon import Trigger, cues_in, grievance_spans, without_grievances
from frontlines.coding.modality import modality
from frontlines.coding.syntax import ancestors, children, is_passive
from frontlines.model import ActorMention, Sentence, Token

# Frames that are folded into a crowd event when the sentence is about a protest or riot.
CROWD_FOLDED = VIOLENT | {"ARREST", "LOOT", "CAPTURE"}
# Violence a crowd may commit itself ("protesters attacked passers-by"), not just suffer.
CROWD_DEEDS = frozenset({"ATTACK"})
# Trigger words that name a protest's PLOVER mode, most specific first.
PROTEST_MODES = (
    (re.compile(r"\bhunger\b", re.IGNORECASE), "hunger"),
    (re.compile(r"\b(?:strike|strikes|walkout|stopp?(?:ed|ing)? work)\b", re.IGNORECASE), "strike"),
    (re.compile(r"\bboycott", re.IGNORECASE), "boycott"),
    (re.compile(r"\b(?:blockade|block(?:ed|ing|s)?|barricade)", re.IGNORECASE), "obstruct"),
)
# Verbs of a purpose clause that keep a protest from happening ("closed roads to obstruct the march").
THWARTING = frozenset(
    {"prevent", "obstruct", "stop", "block", "disrupt", "foil", "thwart", "prohibit", "ban", "hinder",
     "delay", "deter"}
)  # fmt: skip
# Words that forbid what they govern: a protest banned is no protest held.
FORBIDDING = frozenset({"ban", "prohibit", "outlaw", "forbid", "prohibition"})
# Prepositions that aim a strike at a target ("struck at the base"): an attack, not a walkout.
AIMED_AT = frozenset({"at", "on", "against", "toward", "towards", "upon"})
# Words that tell of a crowd, though no trigger names its protest ("police dispersed the crowd").
CROWD_WORDS = frozenset(
    {"crowd", "protester", "protestor", "demonstrator", "rally", "gathering", "mob", "rioter", "march",
     "marcher", "participant", "student", "supporter"}
)  # fmt: skip
# Nouns that name people by their demonstrating: with no protest told, other crowd nouns ("activists",
# "supporters") that fight name a mob, not demonstrators.
DEMONSTRATORS = frozenset({"protester", "protestor", "demonstrator", "marcher", "striker", "picketer"})
# Crowd-control weapons fired at people who form no crowd (ACLED: a strategic development, Other;
# PLOVER: a coercion).
KEEP_AWAY = Coding(STRATEGIC, "Other", "COERCE", None, 0.5)
# Words of blocking a way: done by the forces, a measure of theirs.
BLOCKING = frozenset({"block", "barricade"})
# Dependents that show someone else dispersed the crowd ("police dispersed it", "it was dispersed").
DISPERSED_BY_OTHERS = frozenset({"dobj", "nsubjpass", "auxpass", "agent"})


def without_grievance_triggers(
    tokens: list[Token], sent: Sentence, text: str, triggers: list[Trigger]
) -> tuple[list[Trigger], frozenset[str]]:
    """The triggers of a crowd sentence outside what the protest is about, and the cues of its
    words without the grievance. `text` is the sentence's text."""
    kept = [t for t in triggers if not in_grievance(tokens, sent, text, t)]
    return kept, cues_in(without_grievances(text))


def in_grievance(tokens: list[Token], sent: Sentence, text: str, trigger: Trigger) -> bool:
    """Whether the trigger lies in what a protest is about ("demanding the release of ..."). A verb the
    grievance hangs from is the protest itself: "protesters against the war rallied in Athens"."""
    start = tokens[trigger.first].start - sent.start
    head = trigger_head(tokens, trigger)
    return any(
        lo <= start < hi and head not in ancestors(tokens, sent, _word_before(tokens, sent, lo))
        for lo, hi in grievance_spans(text)
    )


def _word_before(tokens: list[Token], sent: Sentence, offset: int) -> int:
    """The token that ends at or just before `offset` (relative to the sentence): a grievance's word."""
    absolute = sent.start + offset
    return max((i for i in range(sent.token_start, sent.token_end) if tokens[i].end <= absolute),
               default=sent.token_start)


def thwarted(tokens: list[Token], sent: Sentence, trigger: Trigger) -> bool:
    """A protest named only as what another act was meant to prevent ("closed the roads to obstruct the
    weekly demonstration", "set up checkpoints to prevent people joining the march"): the act is the
    event; the protest, if it happened, is told elsewhere."""
    if trigger.frame not in ("PROTEST", "GATHER"):
        return False
    head = trigger_head(tokens, trigger)
    if any(tokens[j].lemma.lower() in FORBIDDING for j in ancestors(tokens, sent, head)):
        return True  # "issued a ban on all marches and protests", "protests were prohibited"
    for j in ancestors(tokens, sent, head):  # "continued to block a site" is the protest itself
        if tokens[j].lemma.lower() in THWARTING and any(
            tokens[k].dep == "aux" and tokens[k].text.lower() == "to" for k in children(tokens, sent, j)
        ):
            return True
    return False


def dispersed_itself(tokens: list[Token], sent: Sentence, trigger: Trigger) -> bool:
    """ "The crowd dispersed after talks": a crowd that disperses of itself met no intervention
    (police who disperse it act on an object, or the crowd "was dispersed")."""
    head = trigger_head(tokens, trigger)
    if trigger.frame != "DISPERSE" or tokens[head].lemma.lower() != "disperse" or tokens[head].pos != "VERB":
        return False
    deps = {tokens[k].dep for k in children(tokens, sent, head)}
    made = tokens[head].dep == "xcomp"  # "forcing the protesters to disperse"
    return not deps & DISPERSED_BY_OTHERS and tokens[head].dep != "amod" and not made


def symbolic_burning(trigger: Trigger, object_cues: frozenset[str]) -> Trigger:
    """Burning a flag, an effigy or a portrait (cues of what is burnt) is a protest."""
    if trigger.frame != "LOOT" or "symbolic" not in object_cues or "goods" in object_cues:
        return trigger
    return Trigger("PROTEST", trigger.first, trigger.last)


def labour_strike(tokens: list[Token], sent: Sentence, trigger: Trigger, frames: frozenset[str]) -> Trigger:
    """ "Staff gathered to strike in protest at pension cuts": the verb "strike" with nothing struck,
    told beside a protest, is a walkout (PROTEST), not an attack. "Struck a police post" and "struck at
    the base" name a target and stay attacks."""
    head = trigger_head(tokens, trigger)
    if trigger.frame != "ATTACK" or tokens[head].lemma.lower() != "strike" or not frames & DEMONSTRATING:
        return trigger
    aimed = any(
        tokens[k].dep in ("dobj", "nsubjpass")
        or tokens[k].dep == "prep" and tokens[k].lemma.lower() in AIMED_AT
        for k in children(tokens, sent, head)
    )
    return trigger if aimed else Trigger("PROTEST", trigger.first, trigger.last)


def blocked_by_forces(
    tokens: list[Token], sent: Sentence, trigger: Trigger, actors: list[ActorMention]
) -> bool:
    """Roads blocked or barricades put up by the police or the army ("police erected barricades to stop
    the march") are the forces' measure, not a crowd's blockade."""
    if trigger.frame != "GATHER" or tokens[trigger.first].lemma.lower() not in BLOCKING:
        return False  # forces who gather ("officers gathered to demand their pay") are protesting
    # Only the subject of the blocking verb ("police blocked", "police erected barricades"): "police
    # stopped the protesters from blocking a road" tells of a crowd's blockade, whatever word order says.
    head = trigger_head(tokens, trigger)
    verb = head if tokens[head].pos == "VERB" else tokens[head].head if tokens[head].dep == "dobj" else None
    kids = children(tokens, sent, verb) if verb is not None else []
    subjects = [k for k in kids if tokens[k].dep == "nsubj"]
    agent = actor_at(tokens, sent, subjects[0], actors) if subjects else None
    return agent is not None and agent.inter == 1


def blockade_by_sea(trigger: Trigger, cues: frozenset[str]) -> Trigger:
    """A naval blockade restricts movement (PLOVER COERCE restrict): no crowd blocks the sea."""
    if trigger.frame not in ("GATHER", "PROTEST") or "naval" not in cues:
        return trigger
    return Trigger("COERCE", trigger.first, trigger.last)


def protest_mode(words: str) -> str:
    """The PLOVER mode of a peaceful protest from its trigger words: a hunger strike, a strike, a
    boycott or a blockade; any other is a demonstration."""
    return next((named for pattern, named in PROTEST_MODES if pattern.search(words)), "demo")


def real(tokens: list[Token], sent: Sentence, trigger: Trigger) -> bool:
    """Whether the trigger reports something that happened ("demanding the arrest" does not)."""
    head = trigger_head(tokens, trigger)
    return modality(tokens, sent, head, []) in ("asserted", "claimed")


def folded_triggers(
    tokens: list[Token], sent: Sentence, triggers: list[Trigger], crowd: bool
) -> list[Trigger]:
    """The triggers coded as the crowd's one event: its own, and real violence, arrests and seizures."""
    if not crowd:
        return []
    return [t for t in triggers if t.frame in CROWD or t.frame in CROWD_FOLDED and real(tokens, sent, t)]


def crowd_coding(
    tokens: list[Token],
    sent: Sentence,
    actors: list[ActorMention],
    folded: list[Trigger],
    cues: frozenset[str],
) -> tuple[Trigger, Coding, Roles]:
    """The main trigger, coding and roles of a crowd event. The crowd's own trigger that reports
    something that happened gives its actors and modality ("clashed ... during their 'March to
    Dhaka' demonstration")."""
    real_ones = [t for t in folded if real(tokens, sent, t)] or folded
    main = next((t for t in real_ones if t.frame in CROWD), real_ones[0])
    roles = find_roles(tokens, sent, main, actors)
    inter = roles.actor1.inter if roles.actor1 else None
    if roles.actor1 is not None and inter == 5 and named_by_protest(tokens, roles.actor1, folded):
        inter = 6
    elif roles.actor1 is not None and inter == 6 and fighting_crowd(tokens, sent, roles.actor1, folded):
        inter = 5
    rioters = any(a.inter == 5 and not named_by_protest(tokens, a, folded) for a in actors)
    attacked = crowd_violence(tokens, sent, actors, folded, cues)
    frames = frozenset(t.frame for t in folded)
    if frames == {"DISPERSE"} and no_crowd(tokens, sent, actors, cues):
        return main, KEEP_AWAY, roles
    return main, crowd_event(frames, cues, inter, rioters, attacked), roles


def no_crowd(tokens: list[Token], sent: Sentence, actors: list[ActorMention], cues: frozenset[str]) -> bool:
    """Whether a sentence tells of no crowd: no protesters or rioters, no word of a crowd or of stones
    thrown, nothing demanded. Tear gas fired at such people ("fired tear gas toward shepherds near the
    fence") keeps them away; it breaks up no protest."""
    crowd_words = any(tokens[i].lemma.lower() in CROWD_WORDS for i in range(sent.token_start, sent.token_end))
    return not crowd_words and not cues & {"riot", "purpose"} and all(a.inter not in (5, 6) for a in actors)


def fighting_crowd(tokens: list[Token], sent: Sentence, actor: ActorMention, folded: list[Trigger]) -> bool:
    """Whether a crowd fights with no protest told and is not named by its protest: activists of two
    factions who clash at a university are rioters (ACLED: mob violence); "protesters clashed with
    police" and activists who clash at their rally demonstrate. Activists arrested fight no one."""
    frames = {t.frame for t in folded}
    if frames & DEMONSTRATING or not frames & (VIOLENT | {"RIOT"}):
        return False
    words = (tokens[i] for i in range(sent.token_start, sent.token_end))
    return not any(t.lemma.lower() in DEMONSTRATORS for t in words if actor.start <= t.start <= actor.end)


def named_by_protest(tokens: list[Token], actor: ActorMention, folded: list[Trigger]) -> bool:
    """An actor read off a protest's own words ("the mob" of "a flash mob"): the protesters, no rioters."""
    spans = [(tokens[t.first].start, tokens[t.last - 1].end) for t in folded if t.frame == "PROTEST"]
    return any(lo <= actor.start and actor.end <= hi for lo, hi in spans)


def crowd_violence(
    tokens: list[Token],
    sent: Sentence,
    actors: list[ActorMention],
    folded: list[Trigger],
    cues: frozenset[str],
) -> bool:
    """Whether the crowd itself attacked or killed: its own members (rioters, protesters) are the
    attackers, or no forces are there to be them ("lawyers assaulted passers-by during a protest").
    Without a protest in the sentence only named members will do: "demonstrators beat a driver" (but
    "protesters said police raids are frequent" tells of no protest here)."""
    demonstrating = any(t.frame in DEMONSTRATING for t in folded)
    for trigger in (t for t in folded if t.frame in CROWD_DEEDS and told_as_deed(tokens, sent, t)):
        roles = find_roles(tokens, sent, trigger, actors)
        inter = roles.actor1.inter if roles.actor1 else None
        if inter in (5, 6) or demonstrating and inter is None and "force" not in cues:
            return True
    return False


def told_as_deed(tokens: list[Token], sent: Sentence, trigger: Trigger) -> bool:
    """An active verb of the sentence's own story: not "a driver who was stabbed", not "the attacks"."""
    head = trigger_head(tokens, trigger)
    told = tokens[head].pos == "VERB" and tokens[head].dep not in ("relcl", "acl", "amod")
    return told and not is_passive(tokens, sent, head)


__all__ = [
    "CROWD_DEEDS", "CROWD_FOLDED", "blockade_by_sea", "blocked_by_forces", "crowd_coding", "crowd_violence",
    "dispersed_itself", "folded_triggers", "in_grievance", "labour_strike", "protest_mode", "real",
    "symbolic_burning", "thwarted", "told_as_deed", "without_grievance_triggers",
]
