"""Modality (asserted, claimed, denied, negated, planned, hypothetical) and attribution of a claim."""

from __future__ import annotations

import re
from collections.abc import Iterable

from frontlines.coding.syntax import ancestors, children, span_text, subtree
from frontlines.model import Attribution, Modality, Sentence, Token

REPORTING = frozenset(
    {"say", "tell", "claim", "report", "announce", "state", "confirm", "allege", "add", "deny", "insist",
     "write", "post", "tweet", "quote"}
)  # fmt: skip
DENIAL = frozenset({"deny", "refute", "dismiss", "reject"})
PLANNING = frozenset(
    {"plan", "intend", "vow", "prepare", "schedule", "threaten", "aim", "call", "urge", "pledge", "promise",
     "expect", "want", "seek", "demand"}
)  # fmt: skip
ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "xcomp"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "would"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
# Channels named with a reporting verb belong to the attribution ("said in a statement", "on Twitter").
CHANNELS = frozenset(
    {"statement", "twitter", "telegram", "facebook", "interview", "conference", "briefing", "television",
     "radio", "channel", "post", "video", "message", "x"}
)  # fmt: skip
# Sources that report rather than take part: what they say stays "asserted".
NEUTRAL = re.compile(
    r"\b(?:reuters|afp|associated press|ap|bbc|al jazeera|xinhua|anadolu|witness(?:es)?|residents?|"
    r"journalists?|correspondents?|reporters?|media|hospital|doctors?|medics?|medical|observatory|monitors?|"
    r"united nations|un|ocha|icrc|red cross|human rights watch|amnesty)\b",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.IGNORECASE)


def attributions(text: str, tokens: list[Token], sent: Sentence) -> list[Attribution]:
    """Who a sentence's claims come from: "according to X", "X said (in a statement)", "X told Reuters"."""
    found = []
    for i in range(sent.token_start, sent.token_end):
        token = tokens[i]
        if token.lemma.lower() == "accord" and token.text.lower() == "according":
            found += _according(text, tokens, sent, i)
        elif token.lemma.lower() in REPORTING and token.pos in ("VERB", "AUX"):
            found += _reported(text, tokens, sent, i)
    return found


def _according(text: str, tokens: list[Token], sent: Sentence, i: int) -> list[Attribution]:
    for prep in children(tokens, sent, i):
        for obj in children(tokens, sent, prep):
            if tokens[obj].dep == "pobj":
                first, last = subtree(tokens, sent, obj)
                start, end, _ = span_text(text, tokens, i, last)
                return [Attribution(_source(text, tokens, first, last), text[start:end], start, end)]
    return []


def _reported(text: str, tokens: list[Token], sent: Sentence, verb: int) -> list[Attribution]:
    deps = children(tokens, sent, verb)
    subjects = [j for j in deps if tokens[j].dep in ("nsubj", "nsubjpass") and tokens[j].pos != "PRON"]
    if not subjects:
        return []
    first, last = subtree(tokens, sent, subjects[0])
    source = _source(text, tokens, first, last)
    lo, hi = min(first, verb), max(last, verb + 1)
    for j in deps:  # "told Reuters", "said in a statement", "wrote on Twitter"
        j_first, j_last = subtree(tokens, sent, j)
        told = tokens[j].dep == "dobj" and tokens[verb].lemma == "tell"
        if j_first == hi and (told or _is_channel(tokens, sent, j)):
            hi = j_last
    start, end, words = span_text(text, tokens, lo, hi)
    return [Attribution(source, words, start, end)]


def _is_channel(tokens: list[Token], sent: Sentence, j: int) -> bool:
    if tokens[j].dep != "prep":
        return False
    return any(tokens[k].lemma.lower() in CHANNELS for k in children(tokens, sent, j))


def _source(text: str, tokens: list[Token], first: int, last: int) -> str:
    _, _, words = span_text(text, tokens, first, last)
    return _ARTICLE.sub("", words.strip(" ,;:"))


def modality(tokens: list[Token], sent: Sentence, trigger: int, found: list[Attribution]) -> Modality:
    """How the text presents the event at `trigger`, from its own and its heads' dependents."""
    chain = [trigger, *ancestors(tokens, sent, trigger)]
    lemmas = {tokens[j].lemma.lower() for j in chain[1:]}
    # The clause the trigger belongs to: the trigger itself, and the verb it is an argument of
    # ("did not hold a protest"), but not a verb it merely hangs off ("did not arrest anyone at
    # the rally" denies the arrest, not the rally).
    verb = trigger
    if tokens[trigger].pos not in ("VERB", "AUX") and tokens[trigger].dep in ARGUMENT_DEPS and len(chain) > 1:
        verb = chain[1]
    heads = {trigger, verb}
    kids = [(tokens[k].dep, tokens[k].lemma.lower()) for j in heads for k in children(tokens, sent, j)]
    if lemmas & DENIAL:
        return "denied"
    if any(dep == "neg" for dep, _ in kids):
        return "negated"
    if any(
        dep == "aux" and lemma in HYPOTHETICAL_AUX or dep == "mark" and lemma in ("if", "unless")
        for dep, lemma in kids
    ):
        return "hypothetical"
    auxiliaries = [lemma for dep, lemma in kids if dep == "aux"]
    future = any(lemma in FUTURE_AUX for lemma in auxiliaries)
    if future or obliged(auxiliaries) or planning(tokens, sent, chain):
        return "planned"
    if any(not NEUTRAL.search(a.source) for a in found):
        return "claimed"
    return "asserted"


def planning(tokens: list[Token], sent: Sentence, chain: list[int]) -> bool:
    """Whether a head above the trigger (`chain[1:]`) plans or asks for it. "Call" does so only with
    "for" or "on" ("called for a strike", "called on the army to withdraw"): a boy "called names and
    assaulted" was assaulted."""
    return any(
        tokens[j].lemma.lower() in PLANNING
        and (tokens[j].lemma.lower() != "call"
             or any(tokens[k].lemma.lower() in ("for", "on", "upon") for k in children(tokens, sent, j)))
        for j in chain[1:]
    )


def obliged(auxiliaries: Iterable[str]) -> bool:
    """Whether a verb's auxiliaries (lemmas) lay a duty on its subject, not yet done: "the army must
    withdraw". "Must have" is an inference about the past ("the gunmen must have fled"), not a duty."""
    lemmas = set(auxiliaries)
    return "must" in lemmas and "have" not in lemmas
