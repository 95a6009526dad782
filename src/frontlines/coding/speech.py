"""Speech acts that govern another event: for PLOVER the act said is the event, not what it is about.

"Iran threatened to launch an offensive" is a threat, "rejected a call for troops to be deployed" a
rejection, "blamed Israel for the bombing" an accusation, "offered to send troops" an agreement
(PLOVER files an expressed intent to cooperate under AGREE). The governed event keeps its ACLED
coding: a bombing asserted as having happened is still an ACLED event; only its PLOVER code is the
speech act's. Rules, on the dependency parse (the governed event's trigger lies below the verb):

- threaten, warn, vow, swear, ultimatum -> THREATEN, when the act is planned or hypothetical; its
  mode comes from the threatened act (violence, restrict, sanction). A warning that someone else
  could attack ("warned that militants could attack") is no threat.
- say, announce, confirm ... that someone will or would do something hostile (attack, restrict,
  protest, sanction), or withdraw, refuse or deploy under a condition ("unless", "if") -> THREATEN.
- reject, refuse, veto, rebuff, dismiss, decline, oppose -> REJECT; "will not accept the demands",
  "failed to reach agreement" -> REJECT.
- accuse, blame, allege, charge, indict, or claim that someone named did something hostile -> ACCUSE
  allege; complain, condemn, denounce, criticize ->
  ACCUSE disapprove; investigate, probe, "put under investigation" -> ACCUSE investigate.
- endorse, ratify, welcome, praise, back an agreement -> SUPPORT.
- halt, suspend, stop, end, cut, freeze, withhold, cancel, reduce aid, talks or cooperation -> SANCTION.
- lift, ease, cancel, end, call off ... a curfew, a ban, sanctions or a strike -> CONCEDE.
- urge, ask, want, order ... someone else to act -> REQUEST ("wants the allies to strike"); saying
  (declaring, reiterating ...) that someone else must do something -> REQUEST;
  wanting to do something hostile oneself -> THREATEN.
- cooperation told as refused ("would not provide support") -> REJECT.
- offer, promise, pledge, willing, ready, commit, or say ... will, of a cooperative act (aid, a
  visit, talks, support, a withdrawal or a release) -> AGREE.

What a threat or refusal is about must be inside its complement: a cause ("in retaliation for an air
raid", "after the killing") or a relative clause ("the bombing, which killed 5") is not governed.
"""

from __future__ import annotations

from dataclasses import dataclass

from frontlines.coding.modality import obliged
from frontlines.coding.syntax import ancestors, children
from frontlines.model import UNREAL, Modality, Sentence, Token

THREAT = frozenset({"threaten", "threat", "warn", "warning", "vow", "swear", "ultimatum"})
WARNING = frozenset({"warn", "warning"})
REJECTION = frozenset({"reject", "refuse", "veto", "rebuff", "dismiss", "decline", "oppose", "rejection"})
# Cooperation whose negation is a refusal ("would not provide support").
REFUSABLE = frozenset({"AGREE", "SUPPORT", "AID", "COOPERATE"})
# Verbs that end or ease a restriction, a sanction or a strike: a concession.
REVERSAL = frozenset({"lift", "ease", "cancel", "end", "relax", "shorten", "rescind", "revoke", "remove"})
EASED = frozenset({"COERCE", "SANCTION", "PROTEST"})
# Verbs that stop what they act on; stopping aid, talks or cooperation is a sanction.
HALTING = frozenset({"halt", "suspend", "stop", "end", "cut", "freeze", "withhold", "cancel", "reduce"})
WITHDRAWN = frozenset({"AID", "CONSULT", "COOPERATE", "SUPPORT"})
# Verbs that ask another to act ("urged the army to attack", "wants the allies to strike").
REQUESTING = frozenset({"urge", "ask", "want", "press", "order", "appeal", "demand", "call"})
# Verbs whose negation refuses what they govern ("will not accept", "would not meet the demands").
ACCEPTANCE = frozenset({"accept", "meet", "heed", "comply", "agree"})
ALLEGE = frozenset({"accuse", "blame", "allege", "charge", "indict", "accusation", "allegation"})
DISAPPROVE = frozenset(
    {"complain", "condemn", "denounce", "criticize", "criticise", "complaint", "condemnation"}
)
# Verbs that back an agreement made ("endorsed the accord", "ratified the treaty"): PLOVER SUPPORT.
ENDORSING = frozenset({"endorse", "ratify", "welcome", "praise", "back"})
INVESTIGATE = frozenset({"investigate", "investigation", "probe", "inquiry"})
INTENT = frozenset({"offer", "promise", "pledge", "willing", "ready", "commit"})
ANNOUNCING = frozenset({"say", "announce", "confirm", "state", "declare", "tell"})
# A verb that puts someone under what a noun names: "put under investigation", "lodged a complaint".
LIGHT_VERBS = frozenset({"put", "place", "open", "launch", "lodge", "file", "issue", "register"})
# PLOVER events that are hostile when announced for the future ("said they would boycott").
HOSTILE = frozenset({"ASSAULT", "COERCE", "PROTEST", "SANCTION"})
# Events that are a threat when made conditional ("will withdraw its force unless ...").
HOSTILE_IF = HOSTILE | {"RETREAT", "REJECT", "MOBILIZE"}
# Events an expressed intent turns into an agreement ("will visit", "offered to send aid").
COOPERATIVE = frozenset({"AID", "CONSULT", "SUPPORT", "COOPERATE", "RETREAT", "MOBILIZE", "CONCEDE"})
# The mode of a threat from the PLOVER event threatened.
THREAT_MODES = {"ASSAULT": "violence", "COERCE": "restrict", "SANCTION": "sanction"}
# Dependencies that take an event out of what is said: a cause, a time clause or a relative clause.
OUTSIDE = frozenset({"relcl", "advcl", "appos", "conj", "parataxis"})
CAUSES = frozenset({"after", "following", "since", "because", "despite", "amid", "during"})
CAUSE_NOUNS = frozenset({"retaliation", "revenge", "response", "reprisal", "wake"})


@dataclass(frozen=True, slots=True)
class SpeechAct:
    """The speech act that governs an event: the token that says it and its PLOVER code."""

    token: int
    plover: str
    mode: str | None = None


def governing_act(
    tokens: list[Token], sent: Sentence, head: int, plover: str, mood: Modality
) -> SpeechAct | None:
    """The speech act that the event with trigger `head`, PLOVER code `plover` and modality `mood`
    is said in, or None when it is told as an event of its own."""
    own = _own_act(tokens, sent, head, plover, mood)
    if own is not None:
        return own
    below = head
    for j in ancestors(tokens, sent, head):
        if not _governed_through(tokens, sent, below, j):
            return None
        act = _act(tokens, sent, j, below, plover, mood) or _light_verb_act(tokens, sent, j)
        if act is not None:
            return _refused(tokens, sent, act)
        below = j
    return None


def _refused(tokens: list[Token], sent: Sentence, act: SpeechAct) -> SpeechAct:
    """An act itself refused is a rejection: "refusing to lift the curfew", "declined to offer aid"."""
    head = tokens[act.token].head
    if tokens[act.token].dep == "xcomp" and tokens[head].lemma.lower() in REJECTION:
        return SpeechAct(head, "REJECT")
    return act


def _own_act(tokens: list[Token], sent: Sentence, head: int, plover: str, mood: Modality) -> SpeechAct | None:
    """Cooperation told as refused is a rejection: "will not accept", "would not provide support",
    "failed to agree"."""
    if plover not in REFUSABLE:
        return None
    chain = [head, *ancestors(tokens, sent, head)][:3]
    failed = plover == "AGREE" and any(tokens[j].lemma.lower() == "fail" for j in chain)
    if mood == "negated" or failed:
        return SpeechAct(head, "REJECT")
    return None


def _governed_through(tokens: list[Token], sent: Sentence, below: int, j: int) -> bool:
    """Whether the step from `below` up to its head `j` keeps it inside what `j` says. A "relative"
    clause in the infinitive is a complement: "a call for troops to be deployed"."""
    infinitive = any(tokens[k].lemma.lower() == "to" for k in children(tokens, sent, below))
    if tokens[below].dep in OUTSIDE and not (tokens[below].dep == "relcl" and infinitive):
        return False
    lemma = tokens[j].lemma.lower()
    return not (tokens[j].dep == "prep" and lemma in CAUSES or lemma in CAUSE_NOUNS)


def _act(
    tokens: list[Token], sent: Sentence, j: int, below: int, plover: str, mood: Modality
) -> SpeechAct | None:
    """The speech act verb or noun `j` makes of the event below it (`below`: its child on the way)."""
    lemma = tokens[j].lemma.lower()
    negated = any(tokens[k].dep == "neg" for k in children(tokens, sent, j))
    conditional = _conditional(tokens, sent, j)
    if lemma in THREAT and (mood in UNREAL or tokens[j].pos == "NOUN"):
        if lemma in WARNING and plover == "ASSAULT" and _third_party(tokens, sent, below):
            return None  # "warned that militants could attack": a warning, no threat
        return SpeechAct(j, "THREATEN", THREAT_MODES.get(plover))
    if lemma in REJECTION or lemma in ACCEPTANCE and negated:
        return SpeechAct(j, "REJECT")
    if lemma in ALLEGE or _claimed_of_another(tokens, sent, j, below, plover):
        return SpeechAct(j, "ACCUSE", "allege")
    if lemma in ENDORSING and plover == "AGREE" and tokens[below].dep == "dobj":
        return SpeechAct(j, "SUPPORT")  # "endorsed an association agreement": backing it
    if lemma in DISAPPROVE:
        return SpeechAct(j, "ACCUSE", "disapprove")
    if lemma in INVESTIGATE:
        return SpeechAct(j, "ACCUSE", "investigate")
    if _reverses(tokens, sent, j) and plover in EASED and tokens[below].dep in ("dobj", "nsubjpass"):
        asker = tokens[j].head
        asked_of = any(tokens[k].dep == "dobj" for k in children(tokens, sent, asker))
        asked = asked_of or _third_party(tokens, sent, j)
        if mood in UNREAL and tokens[asker].lemma.lower() in REQUESTING and asked:
            return SpeechAct(asker, "REQUEST")  # "demanded that Israel ease restrictions": asked of another
        return SpeechAct(j, "CONCEDE")  # "lifted the curfew", "called off the strike"
    if lemma in HALTING and tokens[j].pos == "VERB" and plover in WITHDRAWN and tokens[below].dep == "dobj":
        if mood in UNREAL and conditional:
            return SpeechAct(j, "THREATEN", "sanction")  # "may halt mediation if cooperation founders"
        return SpeechAct(j, "SANCTION")  # "halted economic aid", "ended mediation efforts"
    if lemma in REQUESTING and mood in UNREAL and tokens[below].pos in ("VERB", "AUX"):
        if _third_party(tokens, sent, below):
            return SpeechAct(j, "REQUEST")  # "wants Putin to attack": asks another to act
        if lemma == "want" and plover in HOSTILE:
            return SpeechAct(j, "THREATEN", THREAT_MODES.get(plover))  # "wants to attack"
    if lemma in INTENT and plover in COOPERATIVE | {"AGREE"}:
        return SpeechAct(j, "AGREE")
    if mood == "planned" and tokens[below].dep == "ccomp" and _obliged(tokens, sent, below):
        return SpeechAct(j, "REQUEST")  # "said the rebels must hand over their weapons": a demand
    if lemma in ANNOUNCING and mood in ("planned", "hypothetical"):
        if plover in HOSTILE or conditional and plover in HOSTILE_IF:
            return SpeechAct(j, "THREATEN", THREAT_MODES.get(plover))
        if plover in COOPERATIVE:
            return SpeechAct(j, "AGREE")
    return None


def _claimed_of_another(tokens: list[Token], sent: Sentence, j: int, below: int, plover: str) -> bool:
    """ "The US claimed that ISIL had attacked Iraq": hostility claimed of someone named is an
    allegation ("claimed responsibility for the attack" and "claimed they shot it down" are not)."""
    if tokens[j].lemma.lower() != "claim" or plover not in HOSTILE or tokens[below].dep != "ccomp":
        return False
    return _third_party(tokens, sent, below)


def _reverses(tokens: list[Token], sent: Sentence, j: int) -> bool:
    """A verb that ends or eases what it acts on: "lifted", "eased", "called off"."""
    lemma = tokens[j].lemma.lower()
    called_off = lemma == "call" and any(
        tokens[k].dep == "prt" and tokens[k].lemma.lower() == "off" for k in children(tokens, sent, j)
    )
    return lemma in REVERSAL and tokens[j].pos == "VERB" or called_off


def _third_party(tokens: list[Token], sent: Sentence, clause: int) -> bool:
    """Whether the clause warned of has a subject of its own that is no pronoun: "militants could
    attack" (someone else's act), not "they would attack" (the speaker's side)."""
    subjects = [k for k in children(tokens, sent, clause) if tokens[k].dep in ("nsubj", "nsubjpass")]
    return any(tokens[k].pos != "PRON" for k in subjects)


def _obliged(tokens: list[Token], sent: Sentence, clause: int) -> bool:
    """Whether the clause said lays a duty on someone named ("the army must withdraw"): a demand."""
    kids = children(tokens, sent, clause)
    auxiliaries = [tokens[k].lemma.lower() for k in kids if tokens[k].dep == "aux"]
    return obliged(auxiliaries) and _third_party(tokens, sent, clause)


def _light_verb_act(tokens: list[Token], sent: Sentence, j: int) -> SpeechAct | None:
    """ "Put under investigation for rioting", "lodged a complaint over the raids"."""
    if tokens[j].lemma.lower() not in LIGHT_VERBS:
        return None
    nouns = [k for k in children(tokens, sent, j) if tokens[k].dep == "dobj"]
    for prep in (k for k in children(tokens, sent, j) if tokens[k].dep == "prep"):
        nouns += [k for k in children(tokens, sent, prep) if tokens[k].dep == "pobj"]
    for k in nouns:
        lemma = tokens[k].lemma.lower()
        if lemma in INVESTIGATE:
            return SpeechAct(k, "ACCUSE", "investigate")
        if lemma in DISAPPROVE or lemma == "protest":
            return SpeechAct(k, "ACCUSE", "disapprove")
    return None


def _conditional(tokens: list[Token], sent: Sentence, j: int) -> bool:
    """Whether a clause below `j` (or two levels down) sets a condition: "unless ...", "if ..."."""
    frontier = [j]
    for _ in range(3):
        frontier = [k for f in frontier for k in children(tokens, sent, f)]
        if any(tokens[k].dep == "mark" and tokens[k].lemma.lower() in ("if", "unless") for k in frontier):
            return True
    return False


__all__ = ["SpeechAct", "governing_act"]
