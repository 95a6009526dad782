"""Event arguments from the parse: who acted (actor1) and on whom (actor2)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from frontlines.coding.lexicon import Trigger
from frontlines.coding.syntax import ancestors, children, subtree
from frontlines.model import ActorMention, Sentence, Token

AGENT_PREPS = frozenset({"by"})
TARGET_PREPS = frozenset({"on", "against", "at", "with", "upon", "targeting", "into"})
# Verbs of a clause that name the target of the event it hangs off: "a bomb detonated, targeting
# soldiers", "used grenades to attack a police station".
TARGET_VERBS = frozenset({"target", "attack"})
TARGET_CLAUSES = frozenset({"acl", "advcl", "xcomp"})
# Verbs whose object names the event: "launched an attack", "staged a protest", "held talks".
LIGHT_VERBS = frozenset(
    {"launch", "carry", "conduct", "stage", "hold", "mount", "claim", "organize", "organise", "unleash",
     "perpetrate", "commit", "lead", "begin", "start", "continue", "join", "suffer", "repel", "foil",
     "fire", "use", "drop", "throw", "hurl", "plant", "detonate", "initiate"}
)  # fmt: skip
# Relations through which a trigger takes its head's subject ("launched an attack", "killing five").
# "compound": a trigger that modifies the event noun ("a grenade attack by X") is that noun's.
INHERITING_DEPS = frozenset(
    {"dobj", "xcomp", "advcl", "conj", "pobj", "prep", "nsubjpass", "acomp", "attr", "compound", "amod"}
)
# What joins actors listed together: "X and Y", "X, Y and Z", "X and the Y", "X and local Y".
_LISTED = re.compile(r"\s*(?:,|,?\s*and|&)\s*(?:the\s+)?(?:local\s+|allied\s+)?")
# Frames whose two sides act together: "X and Y clashed", "talks between X and Y".
SYMMETRIC = frozenset({"CLASH", "MEET", "AGREE", "COOPERATE"})


@dataclass(slots=True)
class Roles:
    """Actor mentions in the two roles; `fallback` says actor1 came from word order, not the parse;
    `passive` that actor2 is what the event befell with no agent named ("3 soldiers were killed");
    `told_at` where the sentence telling the event starts (a character offset of the document)."""

    actor1: ActorMention | None = None
    actor2: ActorMention | None = None
    fallback: bool = False
    passive: bool = False
    told_at: int | None = None


def trigger_head(tokens: list[Token], trigger: Trigger) -> int:
    """The token of a (multi-word) trigger whose head lies outside it."""
    for i in range(trigger.first, trigger.last):
        if not trigger.first <= tokens[i].head < trigger.last or tokens[i].head == i:
            return i
    return trigger.first


def actor_at(tokens: list[Token], sent: Sentence, i: int, actors: list[ActorMention]) -> ActorMention | None:
    """The actor mention that token `i` (or, failing that, the phrase it heads) refers to."""
    token = tokens[i]
    for actor in actors:
        if actor.start <= token.start < actor.end:
            return actor
    first, last = subtree(tokens, sent, i)
    lo, hi = tokens[first].start, tokens[last - 1].end
    return next((a for a in actors if lo <= a.start and a.end <= hi), None)


def find_roles(tokens: list[Token], sent: Sentence, trigger: Trigger, actors: list[ActorMention]) -> Roles:
    """actor1 = subject or "by" agent, actor2 = object or "on/against/with" target, else word order."""
    head = trigger_head(tokens, trigger)
    roles = Roles(told_at=sent.start)
    governors = _governors(tokens, sent, head)
    for i in governors:
        _fill_from(tokens, sent, i, trigger.frame, actors, roles, head)
        if roles.actor1 is not None:
            break
    if roles.actor1 is None and frame_is_subject(tokens, head, trigger.frame):
        # "fighting broke out between X and Y": the sides hang off the verb the clash is subject of.
        _fill_from(tokens, sent, tokens[head].head, trigger.frame, actors, roles)
    if roles.actor2 is None:  # "shot and injured two civilians": the object of a joined verb
        for k in children(tokens, sent, head):
            if tokens[k].dep == "conj":
                obj = next((j for j in children(tokens, sent, k) if tokens[j].dep == "dobj"), None)
                roles.actor2 = actor_at(tokens, sent, obj, actors) if obj is not None else None
                break
    if roles.actor2 is None and tokens[head].dep in ("nsubj", "nsubjpass") and tokens[head].head != head:
        # "an IED exploded, targeting a QSD vehicle": the clause hangs off the trigger's verb.
        roles.actor2 = _targeted(tokens, sent, tokens[head].head, actors)
    if roles.actor2 is None:
        roles.actor2 = misread_object(tokens, sent, head, actors)
    if roles.actor2 is None:
        roles.actor2 = passive_victim(tokens, sent, head, actors, roles.actor1)
    if roles.actor1 is None:
        roles.actor1 = clause_agent(tokens, sent, head, actors)
    if roles.actor1 is None:
        first, _ = subtree(tokens, sent, governors[-1])
        clause = [a for a in actors if a.start >= tokens[first].start]
        # The clause's nearest actor before the trigger, else the sentence's ("Russian forces
        # fired artillery at X": the parse does not join the noun "artillery" to its firer).
        offset = tokens[trigger.first].start
        # What a verb before the trigger acted on is no agent of it: in "PKK militants attacked
        # Turkish soldiers via heavy guns (artillery)" the soldiers fired nothing.
        agents = [a for a in actors if not _acted_on(tokens, sent, a)]
        clause = [a for a in clause if a in agents]
        roles.actor1 = _before(offset, clause, roles.actor2) or _before(offset, agents, roles.actor2)
        roles.fallback = roles.actor1 is not None
    roles.actor1 = first_named(text_of(tokens, sent), sent.start, roles.actor1, actors, roles.actor2)
    return roles


def clause_agent(
    tokens: list[Token], sent: Sentence, head: int, actors: list[ActorMention]
) -> ActorMention | None:
    """The agent of an event noun with no argument of its own, named as the subject of the clause that
    tells it: the clause the noun heads ("Mine clearance: the army found and removed two mines") or the
    verb it is parsed a second subject of ("Demining: the army destroyed three mines"); not a clause
    that only tells of it ("the attack, which police blamed on rebels")."""
    if tokens[head].pos != "NOUN":
        return None
    clauses = [k for k in children(tokens, sent, head) if tokens[k].dep == "acl"]
    if tokens[head].dep == "nsubj" and tokens[head].head != head:
        clauses.append(tokens[head].head)
    for verb in clauses:
        subjects = [j for j in children(tokens, sent, verb) if tokens[j].dep == "nsubj" and j != head]
        found = actor_at(tokens, sent, subjects[0], actors) if subjects else None
        if found is not None and found.inter is not None:
            return found
    return None


def first_named(
    text: str, offset: int, actor: ActorMention | None, actors: list[ActorMention], other: ActorMention | None
) -> ActorMention | None:
    """The first of the actors listed together with `actor` ("the military and Pyu Saw Htee
    members", "RR, CRPF and SoG"): ACLED makes the first-named side actor1 and the others its
    associates. `text` is the sentence's, starting at character `offset` of the document."""
    while actor is not None:
        earlier = next((a for a in actors if a.end <= actor.start and a.inter is not None and a is not other
                        and _LISTED.fullmatch(text[a.end - offset : actor.start - offset])), None)
        if earlier is None:
            return actor
        actor = earlier
    return actor


def text_of(tokens: list[Token], sent: Sentence) -> str:
    """The sentence's text, rebuilt from its tokens' offsets (spaces where the text had any)."""
    chars = [" "] * (sent.end - sent.start)
    for token in tokens[sent.token_start : sent.token_end]:
        chars[token.start - sent.start : token.end - sent.start] = token.text
    return "".join(chars)


def misread_object(
    tokens: list[Token], sent: Sentence, head: int, actors: list[ActorMention]
) -> ActorMention | None:
    """The object the parse took for the subject of a following clause: in "PKK shelled Turkish
    forces killing 1", "forces" hangs off "killing" as its subject, right after "shelled"."""
    for k in children(tokens, sent, head):
        if tokens[k].dep not in ("advcl", "ccomp", "xcomp") or k < head:
            continue
        subject = next((j for j in children(tokens, sent, k) if tokens[j].dep == "nsubj"), None)
        if subject is not None and subtree(tokens, sent, subject)[0] == head + 1:
            return actor_at(tokens, sent, subject, actors)
    return None


def passive_victim(
    tokens: list[Token], sent: Sentence, i: int, actors: list[ActorMention], taken: ActorMention | None
) -> ActorMention | None:
    """The passive subject of the clause an event noun hangs off: in "2 soldiers were killed
    following an attack by gunmen" the soldiers are what the attack fell on."""
    for up in ancestors(tokens, sent, i):
        kids = children(tokens, sent, up)
        if any(tokens[k].dep == "nsubj" for k in kids):
            return None  # an active clause: its subject acts, it is no victim
        subjects = [k for k in kids if tokens[k].dep == "nsubjpass"]
        if tokens[up].dep == "conj":
            # "were killed and 2 were wounded following ...": the first of the joined verbs too
            subjects += [k for k in children(tokens, sent, tokens[up].head) if tokens[k].dep == "nsubjpass"]
        if subjects:
            found = [actor_at(tokens, sent, k, actors) for k in subjects]
            return next((a for a in found if a is not None and a is not taken and a.inter is not None), None)
    return None


def frame_is_subject(tokens: list[Token], head: int, frame: str) -> bool:
    """Whether a two-sided trigger is the subject of its verb ("clashes erupted", "talks took place")."""
    return frame in SYMMETRIC and tokens[head].dep in ("nsubj", "nsubjpass") and tokens[head].head != head


def _governors(tokens: list[Token], sent: Sentence, head: int) -> list[int]:
    """The trigger, then heads that share its subject: light verbs, and verbs it hangs off."""
    chain = [head]
    for up in ancestors(tokens, sent, chain[-1]):
        below = chain[-1]
        if any(tokens[k].dep in ("nsubj", "nsubjpass") for k in children(tokens, sent, below)):
            break  # a clause with its own subject does not borrow its head's
        dep = tokens[below].dep
        shares = dep in INHERITING_DEPS and (dep != "dobj" or tokens[up].lemma.lower() in LIGHT_VERBS)
        if not shares:
            break
        chain.append(up)
    return chain


# Relations of a word that owns or modifies a noun.
MODIFIER_DEPS = frozenset({"compound", "poss", "amod"})
# The relations of a noun that something was done to: "targeted an ISWAP training camp with artillery".
OBJECT_DEPS = frozenset({"dobj", "pobj", "nsubjpass"})


def _fill_from(
    tokens: list[Token], sent: Sentence, i: int, frame: str, actors: list[ActorMention], roles: Roles,
    head: int | None = None,
) -> None:
    """Fill the roles from the dependents of token `i`, a governor of the trigger `head`. The owner
    or modifier of the trigger ("a Taliban attack") did it, but that of a noun above the trigger in
    an object's place owns what was hit: in "troops targeted an ISWAP camp with artillery fire" the
    camp hangs between the trigger and the verb, and ISWAP fired nothing."""
    owner_acts = i == head or head is None or tokens[i].dep not in OBJECT_DEPS
    for k in children(tokens, sent, i):
        dep, word = tokens[k].dep, tokens[k].lemma.lower()
        if dep in MODIFIER_DEPS and not owner_acts:
            continue
        if dep in ("nsubj", "compound", "poss", "amod", "agent"):
            # spaCy hangs the passive "by" on the verb as `agent`, its noun below it.
            found = (_pobj_actor if dep == "agent" else actor_at)(tokens, sent, k, actors)
            roles.actor1 = roles.actor1 or found
            if dep == "nsubj" and frame in SYMMETRIC:
                roles.actor2 = roles.actor2 or _conj_actor(tokens, sent, k, actors)
        elif dep in ("dobj", "nsubjpass"):
            if roles.actor2 is None and dep == "nsubjpass":
                roles.passive = not any(tokens[j].dep == "agent" for j in children(tokens, sent, i))
            roles.actor2 = roles.actor2 or actor_at(tokens, sent, k, actors)
        elif dep == "prep" and word in AGENT_PREPS:
            roles.actor1 = roles.actor1 or _pobj_actor(tokens, sent, k, actors)
        elif dep == "prep" and word in TARGET_PREPS:
            roles.actor2 = roles.actor2 or _pobj_actor(tokens, sent, k, actors)
        elif dep in TARGET_CLAUSES and word in TARGET_VERBS:
            roles.actor2 = roles.actor2 or _targeted(tokens, sent, i, actors)
        elif dep == "prep" and word == "between" and frame in SYMMETRIC:
            # Only the two sides of a clash or a meeting: "killed two civilians between the
            # villages of X and Y" names places, not sides.
            pobj = _pobj(tokens, sent, k)
            if pobj is not None:
                roles.actor1 = roles.actor1 or actor_at(tokens, sent, pobj, actors)
                roles.actor2 = roles.actor2 or _conj_actor(tokens, sent, pobj, actors)


def _targeted(tokens: list[Token], sent: Sentence, i: int, actors: list[ActorMention]) -> ActorMention | None:
    """The object of a clause of token `i` whose verb names a target (`TARGET_VERBS`)."""
    for k in children(tokens, sent, i):
        if tokens[k].dep in TARGET_CLAUSES and tokens[k].lemma.lower() in TARGET_VERBS:
            obj = next((j for j in children(tokens, sent, k) if tokens[j].dep == "dobj"), None)
            if obj is not None:
                return actor_at(tokens, sent, obj, actors)
    return None


def _pobj(tokens: list[Token], sent: Sentence, prep: int) -> int | None:
    return next((k for k in children(tokens, sent, prep) if tokens[k].dep in ("pobj", "pcomp")), None)


def _pobj_actor(
    tokens: list[Token], sent: Sentence, prep: int, actors: list[ActorMention]
) -> ActorMention | None:
    pobj = _pobj(tokens, sent, prep)
    return None if pobj is None else actor_at(tokens, sent, pobj, actors)


def _conj_actor(
    tokens: list[Token], sent: Sentence, i: int, actors: list[ActorMention]
) -> ActorMention | None:
    conj = next((k for k in children(tokens, sent, i) if tokens[k].dep == "conj"), None)
    return None if conj is None else actor_at(tokens, sent, conj, actors)


def _acted_on(tokens: list[Token], sent: Sentence, actor: ActorMention) -> bool:
    """Whether the phrase of an actor mention is the direct object of a verb in the sentence, or
    owns or modifies one: "targeted an ISWAP training camp" acted on ISWAP too."""
    def within(i: int) -> bool:
        return actor.start <= tokens[i].start < actor.end

    inside = [i for i in range(sent.token_start, sent.token_end) if within(i)]
    owned = [_owned(tokens, i) for i in inside]
    return any(tokens[j].dep == "dobj" and not within(tokens[j].head) for j in owned)


def _owned(tokens: list[Token], i: int) -> int:
    """The noun that token `i` owns or modifies, through a chain of modifiers ("ISWAP" in "an ISWAP
    training camp" -> "camp"), else `i` itself."""
    seen = {i}
    while tokens[i].dep in MODIFIER_DEPS and tokens[i].head not in seen:
        i = tokens[i].head
        seen.add(i)
    return i


def _before(offset: int, actors: list[ActorMention], taken: ActorMention | None) -> ActorMention | None:
    """The nearest coded actor before the trigger, when the parse gave no subject."""
    earlier = [a for a in actors if a.end <= offset and a.inter is not None and a is not taken]
    return earlier[-1] if earlier else None
