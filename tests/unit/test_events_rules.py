"""The events stage's date, place and caption rules, on hand-built documents (no model)."""

from __future__ import annotations

from frontlines.coding.lexicon import cues_in
from frontlines.model import Analysis, Document, Place, Segment, Sentence, Timex, Token
from frontlines.stages.events import (
    EventCoder,
    dateline_end,
    event_date,
    event_place,
    keep_trigger,
    split_lines,
)

TEXT = "Fighting in Idlib.\nOn Monday rebels attacked Kansafra. Losses were heavy.\nLater, talks began."


def sentences(text: str) -> list[Sentence]:
    """One sentence per '. '-separated piece (token ranges unused here)."""
    found, start = [], 0
    for piece in text.replace("\n", " ").split(". "):
        found.append(Sentence(start, start + len(piece) + 1, 0, 0))
        start += len(piece) + 2
    return found


def doc(**parts: object) -> Document:
    return Document("d", TEXT, published="2020-03-04", analysis=Analysis(sentences=sentences(TEXT)), **parts)  # type: ignore[arg-type]


def at(words: str) -> int:
    return TEXT.index(words)


def timex_at(words: str, value: str) -> Timex:
    return Timex(at(words), at(words) + len(words), words, "DATE", value)


def place_at(words: str, code: str) -> Place:
    return Place(at(words), at(words) + len(words), words, words, geonameid=len(words), feature_code=code)


def sentence_of(d: Document, words: str) -> Sentence:
    found = d.analysis.sentence_at(at(words)) if d.analysis else None
    assert found is not None
    return found


def test_a_date_in_the_sentence_is_used_with_its_precision() -> None:
    d = doc(timexes=[timex_at("On Monday", "2020-03-02")])
    when, source = event_date(d, sentence_of(d, "rebels"), None)
    assert when is not None and (when.day, when.precision) == ("2020-03-02", 1)
    assert source is not None and source.text == "On Monday"


def test_a_later_sentence_of_the_paragraph_inherits_the_date() -> None:
    d = doc(timexes=[timex_at("On Monday", "2020-03-02")])
    when, _ = event_date(d, sentence_of(d, "Losses"), None)
    assert when is not None and when.day == "2020-03-02"


def test_dates_do_not_cross_paragraphs_and_fall_back_to_publication_with_precision_two() -> None:
    d = doc(timexes=[timex_at("On Monday", "2020-03-02")])
    when, source = event_date(d, sentence_of(d, "talks"), None)
    assert when is not None and (when.day, when.precision) == ("2020-03-04", 2) and source is None


def test_an_embedded_post_is_dated_by_its_own_date() -> None:
    d = doc()
    post = Segment("embedded_post", at("Later"), len(TEXT), published="2020-03-01")
    when, _ = event_date(d, sentence_of(d, "talks"), post)
    assert when is not None and (when.day, when.precision) == ("2020-03-01", 1)


def test_the_most_specific_place_of_the_sentence_wins() -> None:
    d = doc(places=[place_at("Idlib", "ADM1"), place_at("Kansafra", "PPL")])
    found = event_place(d, sentence_of(d, "rebels"))
    assert found is not None and found.text == "Kansafra"


def test_a_sentence_without_a_place_takes_the_nearest_earlier_one_in_its_paragraph() -> None:
    d = doc(places=[place_at("Idlib", "ADM1"), place_at("Kansafra", "PPL")])
    found = event_place(d, sentence_of(d, "Losses"))
    assert found is not None and found.text == "Kansafra"
    assert event_place(d, sentence_of(d, "talks")) is None


def test_captions_older_than_thirty_days_are_stale_recent_ones_are_not() -> None:
    d = doc()
    sent = sentence_of(d, "rebels")
    old = Segment("caption", 0, len(TEXT), published="2016-06-12")
    recent = Segment("caption", 0, len(TEXT), published="2020-03-01")
    coder = EventCoder()
    assert coder.stale_caption(d, sent, old)
    assert not coder.stale_caption(d, sent, recent)
    assert not coder.stale_caption(d, sent, Segment("body", 0, len(TEXT), published="2016-06-12"))


def test_a_caption_without_its_own_date_is_judged_by_a_date_it_mentions() -> None:
    d = doc(timexes=[timex_at("On Monday", "2019-01-07")])
    assert EventCoder().stale_caption(d, sentence_of(d, "rebels"), Segment("caption", 0, len(TEXT)))


def test_a_document_without_analysis_gets_no_mentions() -> None:
    d = Document("d", "Rebels attacked.", event_mentions=[])
    assert EventCoder()(d).event_mentions == []


def test_a_sentence_running_over_a_line_break_is_cut_there() -> None:
    text = "Rebels hold Idlib\nPolice arrested five"
    words = [(0, 6), (7, 11), (12, 17), (18, 24), (25, 33), (34, 38)]
    toks = [Token(a, b, text[a:b], text[a:b].lower(), "NOUN", "", "dep", i) for i, (a, b) in enumerate(words)]
    d = Document("d", text, analysis=Analysis(tokens=toks, sentences=[Sentence(0, len(text), 0, len(toks))]))
    pieces = split_lines(d, d.analysis.sentences[0])  # type: ignore[union-attr]
    assert [text[p.start : p.end] for p in pieces] == ["Rebels hold Idlib", "Police arrested five"]
    assert [(p.token_start, p.token_end) for p in pieces] == [(0, 3), (3, 6)]


def test_a_wire_dateline_place_is_not_an_event_place() -> None:
    text = "KABUL, Afghanistan, May 3 (Wire) - Rebels attacked Kunduz."
    d = Document("d", text, analysis=Analysis(sentences=[Sentence(0, len(text), 0, 0)]))
    d.places = [
        Place(0, 5, "KABUL", "Kabul", geonameid=1, feature_code="PPLC"),
        Place(51, 57, "Kunduz", "Kunduz", geonameid=2, feature_code="PPLA"),
    ]
    found = event_place(d, d.analysis.sentences[0])  # type: ignore[union-attr]
    assert found is not None and found.name == "Kunduz"
    assert dateline_end("Rebels attacked Kunduz on Monday - officials said.") == 0


def test_an_attack_fought_back_is_the_clash_and_fire_with_shells_the_shelling() -> None:
    assert not keep_trigger("ATTACK", frozenset({"ATTACK", "CLASH"}), frozenset())
    assert not keep_trigger("ATTACK", frozenset({"ATTACK", "SHELL"}), frozenset({"shelling"}))
    assert keep_trigger("ATTACK", frozenset({"ATTACK", "KILL"}), frozenset())


def test_a_place_taken_with_no_clashes_reported_has_no_clash() -> None:
    cues = cues_in("Forces took control of the town; no clashes were reported.")
    assert not keep_trigger("CLASH", frozenset({"CAPTURE", "CLASH"}), cues)
    fought = cues_in("Forces took the town after clashes.")
    assert keep_trigger("CLASH", frozenset({"CAPTURE", "CLASH"}), fought)


def test_people_fleeing_is_displacement_but_attackers_fleeing_the_scene_is_not() -> None:
    fled = frozenset({"DISPLACE"})
    assert keep_trigger("DISPLACE", fled, cues_in("Hundreds of villagers fled to the town."))
    assert not keep_trigger("DISPLACE", fled, cues_in("The gunmen fled on motorbikes."))


def test_refugees_are_displacement_only_when_told_arriving() -> None:
    arriving = cues_in("About 3,000 refugees arrived in Poland.")
    assert keep_trigger("REFUGEES", frozenset({"REFUGEES"}), arriving)
    shelled = cues_in("Shells hit a refugee camp.")
    assert not keep_trigger("REFUGEES", frozenset({"REFUGEES", "SHELL"}), shelled)
