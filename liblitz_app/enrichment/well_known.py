"""Names everyone knows that are no one the user was with: characters of books, films and tales ("Gandalf",
"Jane Eyre"), shops, brands, apps, teams and bands ("Leroy Merlin", "Spotify", "Coldplay"), stars (« Stromae »), landmarks
("Big Ben"),
shipped in resources/names/.

A single name that is also a given name or a word ("Alice", "Orange", "Adele") is left out when a list is read:
only the sentence can say whether it is the character, the shop, or a friend.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..resources import resource_path
from .folding import fold_str
from .names import is_english_word, is_first_name, is_french_word

CHARACTERS_FILE = resource_path("names", "characters.txt")
BRANDS_FILE = resource_path("names", "brands.txt")
STARS_FILE = resource_path("names", "stars.txt")
LANDMARKS_FILE = resource_path("names", "landmarks.txt")


@lru_cache(maxsize=8)
def _names(path: Path, words_too: bool = False) -> frozenset[str]:
    """The list's names, folded. A single name that is also a given name is left out; one that is also a word
    too, unless `words_too` (a shop called "Decathlon" is written with its capital, listed or named)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()  # a checkout without the lists: the sentence alone decides
    names = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    return frozenset(fold_str(n) for n in names if " " in n or not _ambiguous(n, words_too))


def _ambiguous(name: str, words_too: bool) -> bool:
    return is_first_name(name) or not words_too and (is_french_word(name) or is_english_word(name))


def a_character(words: str) -> bool:
    """"Harry Potter", "Gandalf", « Astérix »: a character, whatever the sentence does with the name."""
    return fold_str(words) in _names(CHARACTERS_FILE)


def a_brand(words: str) -> bool:
    """"Leroy Merlin", "Ben & Jerry's", "Spotify", "PSG", "Coldplay": a shop, a brand, an app, a team, a band; also
    "Nando" of "Nando's", a shop's branch ("Decathlon Villeneuve", « Leclerc de Landerneau »)."""
    brands = _names(BRANDS_FILE, words_too=True)
    folded = fold_str(words)
    head = folded.split()[0] if folded.split() else ""
    return folded in brands or f"{folded}'s" in brands or head in brands and words[:1].isupper() \
        and not is_first_name(head)


def a_landmark(words: str) -> bool:
    """"Big Ben", "Ben Nevis", « le Mont-Saint-Michel », "Wembley": a place everyone knows, never someone."""
    return fold_str(words) in _names(LANDMARKS_FILE, words_too=True)


def a_star(words: str) -> bool:
    """"Coldplay", "Charli XCX", « Stromae »: a band, a star, a figure of history."""
    return fold_str(words) in _names(STARS_FILE)
