"""An offline GeoNames gazetteer (PyPI packages plus shipped tables) with transliteration-tolerant lookup."""

from frontlines.gazetteer.imports import import_geonames
from frontlines.gazetteer.index import Gazetteer, cache_dir
from frontlines.gazetteer.normalize import name_key
from frontlines.gazetteer.store import GazEntry

__all__ = ["GazEntry", "Gazetteer", "cache_dir", "import_geonames", "name_key"]
