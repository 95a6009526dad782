"""Temporal expressions: rule-based recognition and TIMEX3 normalisation, no spaCy needed."""

from frontlines.timex.anchor import tag_timexes
from frontlines.timex.docdate import infer_document_date

__all__ = ["infer_document_date", "tag_timexes"]
