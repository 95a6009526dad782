"""frontlines: conflict news in, a coded, geocoded, dated, source-attributed event dataset out."""

__version__ = "0.1.0"
