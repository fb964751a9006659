"""The world's towns and countries by name: GeoNames' towns of 15,000 people or more, shipped in
resources/places/towns.txt (made by scripts/make_places.py), read once on first use (~30 ms)."""
from __future__ import annotations

from functools import lru_cache

from ..resources import resource_path
from .folding import fold_str
from .well_known import listed

TOWNS_FILE = resource_path("places", "towns.txt")


@lru_cache(maxsize=1)
def _towns() -> frozenset[str]:
    return frozenset(fold_str(name) for name in listed(TOWNS_FILE))  # none: the guards' own short list serves


def a_town(words: str) -> bool:
    """"Quimper", "Oran", "Dayton": a town's or a country's name (also, for some, a given name)."""
    return fold_str(words) in _towns()


def a_route(words: str) -> bool:
    """"Paris-Bordeaux", "Lyon–Genève": two towns joined, a train's or a road's way."""
    parts = [p for p in words.replace("–", "-").split("-") if p]
    return len(parts) > 1 and all(a_town(p) for p in parts)
