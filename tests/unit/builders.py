"""Hand-built objects shared by unit tests (imported as `builders`; pytest puts this folder on sys.path)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from frontlines.model import Analysis, Document, Entity, Event, Location, Place, Sentence, Span, Timex, Token


def event_mention(start: int, *, date: str, location: Location, **fields: object) -> Event:
    """An armed-clash mention with five characters of evidence at `start`; `fields` override."""
    base: dict[str, object] = {
        "id": "",
        "acled_event_type": "Battles",
        "acled_sub_event_type": "Armed clash",
        "plover_event": "ASSAULT",
        "date": date,
        "location": location,
        "evidence": [Span(start, start + 5)],
        "confidence": 0.5,
    }
    base.update(fields)
    return Event(**base)  # type: ignore[arg-type]


def proper_when_capitalised(word: str) -> str:
    """The part of speech `analysed_doc` gives a word by default: PROPN when capitalised, else X."""
    return "PROPN" if word[0].isupper() else "X"


def analysed_doc(text: str, entities: Sequence[tuple[str, str]] = (),
                 part_of_speech: Callable[[str], str] = proper_when_capitalised) -> Document:
    """A document with a hand-made analysis: word and punctuation tokens (tagged by `part_of_speech`)
    and the (text, label) entities given, each at the first occurrence of its text."""
    tokens = [
        Token(m.start(), m.end(), m.group(), m.group(), part_of_speech(m.group()), "", "", 0)
        for m in re.finditer(r"\w+|[^\w\s]", text)
    ]
    ents = [Entity(text.index(s), text.index(s) + len(s), label, s) for s, label in entities]
    return Document(id="d", text=text, analysis=Analysis(tokens=tokens, entities=ents))


def marked(resolver: Callable[[Document], Document], text: str, *names: str) -> dict[str, Place]:
    """Resolve the given names as pre-marked spans (first occurrence of each), by their text."""
    spans = [Span(text.index(n), text.index(n) + len(n)) for n in names]
    return {p.text: p for p in resolver(Document(id="d", text=text, marked_places=spans)).places}


def timexes_by_text(text: str, dct: str | None) -> dict[str, Timex]:
    """The timex stage's expressions in `text`, written on `dct`, by their words."""
    from frontlines.timex import tag_timexes

    return {t.text: t for t in tag_timexes(text, dct)}


def sub_types(events: Sequence[Event]) -> list[str]:
    """The ACLED sub-types of the events that have an ACLED type, in order."""
    return [e.acled_sub_event_type for e in events if e.acled_event_type]


def places_in(text: str, *named: tuple[str, str | None, str]) -> list[Place]:
    """Places at the first occurrence (after the previous one) of each (words, country, feature code);
    a country of None leaves the place unresolved."""
    found, start = [], 0
    for words, country, code in named:
        start = text.index(words, start)
        resolved = country is not None
        found.append(Place(start, start + len(words), words, words, geonameid=start + 1 if resolved else None,
                           country_code=country, feature_code=code if resolved else None))
        start += len(words)
    return found


def actors_in_town(text: str, code: str, day: str = "2022-05-01") -> list[tuple[str, str, int | None]]:
    """Actors of `text` (name, ACLED name, inter), reported on `day` from its last word, a town in
    country `code`."""
    from frontlines.stages.actors import ActorTagger

    town = text.rsplit(" ", 1)[1].rstrip(".")
    where = text.rindex(town)
    place = Place(where, where + len(town), town, town, geonameid=1, country_code=code, feature_code="PPL")
    doc = Document("d", text, published=day, places=[place], analysis=Analysis())
    return [(a.text, a.name, a.inter) for a in ActorTagger()(doc).actors]


def parsed(text: str, words: list[tuple[str, str, int]], *, one_sentence: bool = False) -> Document:
    """`text` with a hand-made parse of its words in order: (word, dependency, head index); with
    `one_sentence`, the analysis also holds the whole text as one sentence."""
    tokens, at = [], 0
    for word, dep, head in words:
        start = text.index(word, at)
        at = start + len(word)
        tokens.append(Token(start, at, word, word.lower(), "", "", dep, head))
    sentences = [Sentence(0, len(text), 0, len(tokens))] if one_sentence else []
    return Document("d", text, analysis=Analysis(tokens=tokens, sentences=sentences))
