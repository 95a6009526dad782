"""Scoring against gold data: readers for gold formats and the metrics the field reports."""
