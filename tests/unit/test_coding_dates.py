"""Event dates from TIMEX3 values with ACLED time precision."""

from __future__ import annotations

from frontlines.coding.dates import EventDate, days_between, from_timex, long_date
from frontlines.coding.when_where import event_date
from frontlines.model import Analysis, Document, Sentence, Timex, Token


def test_an_exact_day_has_precision_one() -> None:
    assert from_timex("2020-03-02", None) == EventDate("2020-03-02", 1)


def test_a_datetime_keeps_its_day() -> None:
    assert from_timex("2020-03-02T14:30", None) == EventDate("2020-03-02", 1)


def test_a_week_is_dated_to_its_middle_with_precision_two() -> None:
    assert from_timex("2020-W10", None) == EventDate("2020-03-05", 2)


def test_a_month_is_dated_to_its_middle_with_precision_three() -> None:
    assert from_timex("2020-03", None) == EventDate("2020-03-15", 3)


def test_the_last_few_days_lie_just_before_the_reference_with_precision_two() -> None:
    assert from_timex("PXD", "2020-03-04") == EventDate("2020-03-02", 2)
    assert from_timex("PAST_REF", "2020-03-04") == EventDate("2020-03-02", 2)


def test_relative_values_need_a_reference() -> None:
    assert from_timex("PXD", None) is None


def test_unresolved_or_year_only_values_give_no_date() -> None:
    assert from_timex("XXXX-WXX-2", "2020-03-04") is None
    assert from_timex("2020", "2020-03-04") is None


def test_days_between_counts_whole_days() -> None:
    assert days_between("2016-06-12", "2020-03-04") == 1361
    assert days_between(None, "2020-03-04") is None


def test_long_dates_read_as_in_acled_notes() -> None:
    assert long_date("2020-03-02") == "2 March 2020"


def parsed(words: list[tuple[str, str, str, int]]) -> Document:
    """A one-sentence document from (word, part of speech, dependency, head index) tuples."""
    text, tokens = "", []
    for i, (word, pos, dep, head) in enumerate(words):
        start = len(text) + (1 if text else 0)
        text = f"{text} {word}" if text else word
        root = head if head >= 0 else i
        tokens.append(Token(start, start + len(word), word, word.lower(), pos, "", dep, root))
    sentence = Sentence(0, len(text), 0, len(tokens))
    return Document("d", text, published="2022-05-04", analysis=Analysis(tokens=tokens, sentences=[sentence]))


def dated(doc: Document, *spans: tuple[str, str]) -> Document:
    doc.timexes = [Timex(doc.text.index(words), doc.text.index(words) + len(words), words, "DATE", value)
                   for words, value in spans]
    return doc


def test_a_calendar_date_beats_a_vaguer_time_of_the_same_clause() -> None:
    doc = dated(parsed([("On", "ADP", "prep", 5), ("3", "NUM", "nummod", 2), ("May", "PROPN", "pobj", 0),
                        ("2022", "NUM", "nummod", 2), ("overnight", "ADV", "advmod", 5),
                        ("gunmen", "NOUN", "nsubj", 6), ("attacked", "VERB", "ROOT", -1)]),
                ("3 May 2022", "2022-05-03"), ("overnight", "2022-05-02TNI"))
    assert doc.analysis is not None
    when, _ = event_date(doc, doc.analysis.sentences[0], None, head=6)
    assert when == EventDate("2022-05-03", 1)


def test_a_date_of_another_verbs_clause_does_not_date_the_event() -> None:
    # "On 3 May 2022 relatives of a man who died the previous day protested"
    words = [("On", "ADP", "prep", 12), ("3", "NUM", "nummod", 2), ("May", "PROPN", "pobj", 0),
             ("2022", "NUM", "nummod", 2), ("relatives", "NOUN", "nsubj", 12), ("of", "ADP", "prep", 4),
             ("a", "DET", "det", 7), ("man", "NOUN", "pobj", 5), ("who", "PRON", "nsubj", 9),
             ("died", "VERB", "relcl", 7), ("the", "DET", "det", 11), ("previous day", "NOUN", "npadvmod", 9),
             ("protested", "VERB", "ROOT", -1)]
    doc = dated(parsed(words), ("3 May 2022", "2022-05-03"), ("the previous day", "2022-05-02"))
    assert doc.analysis is not None
    when, _ = event_date(doc, doc.analysis.sentences[0], None, head=12)
    assert when == EventDate("2022-05-03", 1)


def test_a_participle_used_as_a_preposition_heads_no_clause_of_its_own() -> None:
    # "Gunmen abducted villagers including women on Sunday night officials said on Tuesday"
    words = [("Gunmen", "NOUN", "nsubj", 1), ("abducted", "VERB", "ccomp", 10),
             ("villagers", "NOUN", "dobj", 1), ("including", "VERB", "prep", 2), ("women", "NOUN", "pobj", 3),
             ("on", "ADP", "prep", 4), ("Sunday", "PROPN", "compound", 7), ("night", "NOUN", "pobj", 5),
             ("officials", "NOUN", "nsubj", 10), ("x", "X", "dep", 10), ("said", "VERB", "ROOT", -1),
             ("on", "ADP", "prep", 10), ("Tuesday", "PROPN", "pobj", 11)]
    doc = dated(parsed(words), ("Sunday night", "2022-03-06TNI"), ("Tuesday", "2022-03-08"))
    assert doc.analysis is not None
    when, _ = event_date(doc, doc.analysis.sentences[0], None, head=1)
    assert when == EventDate("2022-03-06", 1)
