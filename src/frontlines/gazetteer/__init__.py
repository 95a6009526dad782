"""An offline GeoNames gazetteer (PyPI packages plus shipped tables) with transliteration-tolerant lookup."""

from frontlines.gazetteer.index import Gazetteer, cache_dir
from frontlines.gazetteer.normalize import name_key
from frontlines.gazetteer.store import GazEntry

__all__ = ["GazEntry", "Gazetteer", "cache_dir", "name_key"]
