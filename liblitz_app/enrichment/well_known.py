"""Names everyone knows that are no one the user was with: characters of books, films and tales ("Gandalf",
"Jane Eyre"), shops, brands, apps and bands ("Leroy Merlin", "Spotify", "Coldplay"), teams ("PSG"), stars
(« Stromae »), landmarks ("Big Ben"), pets' names (« Biscotte »), shipped in resources/names/.

A single name that is also a given name or a word ("Alice", "Orange", "Adele") is left out when a list is read:
only the sentence can say whether it is the character, the shop, or a friend.
"""
from __future__ import annotations

import importlib
import re
from functools import lru_cache
from pathlib import Path

from ..resources import resource_path
from .folding import fold, fold_str
from .names import is_english_word, is_first_name, is_french_word

CHARACTERS_FILE = resource_path("names", "characters.txt")
BRANDS_FILE = resource_path("names", "brands.txt")
STARS_FILE = resource_path("names", "stars.txt")
LANDMARKS_FILE = resource_path("names", "landmarks.txt")
TEAMS_FILE = resource_path("names", "teams.txt")
PETS_FILE = resource_path("names", "pets.txt")


def listed(path: Path) -> list[str]:
    """The names a shipped list holds, a line each ("#" lines say what the list is); none without the file (a
    checkout without the lists: the sentence alone decides)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=8)
def _names(path: Path, words_too: bool = False) -> frozenset[str]:
    """The list's names, folded. A single name that is also a given name is left out; one that is also a word
    too, unless `words_too` (a shop called "Decathlon" is written with its capital, listed or named)."""
    return frozenset(fold_str(n) for n in listed(path) if " " in n or not _ambiguous(n, words_too))


def _ambiguous(name: str, words_too: bool) -> bool:
    return is_first_name(name) or not words_too and (is_french_word(name) or is_english_word(name))


def a_character(words: str) -> bool:
    """"Harry Potter", "Gandalf", « Astérix »: a character, whatever the sentence does with the name."""
    return fold_str(words) in _names(CHARACTERS_FILE)


def inside_a_listed_title(text: str, start: int, end: int) -> bool:
    """The name at text[start:end] lies inside a listed title the text gives whole ("la Lettre à Élise", "Waltzing
    Matilda"), whose small words the capitalised span leaves out (not Harry in "Harry loves Harry Potter")."""
    if not set(fold_str(text[start:end]).split()) & _titles_words():
        return False  # (most names are no title's word: no need to look for titles in the text)
    return any(a <= start and end <= b for a, b in _listed_titles_in(text))


@lru_cache(maxsize=64)
def _listed_titles_in(text: str) -> tuple[tuple[int, int], ...]:
    folded = fold(text)
    return tuple(folded.span(m.start(), m.end()) for m in _titles_pattern().finditer(folded.folded))


def _titles() -> list[str]:
    """The listed names of more than one word (folded): the titles a name may stand inside."""
    return [name for name in _names(CHARACTERS_FILE) if " " in name]


@lru_cache(maxsize=1)
def _titles_words() -> frozenset[str]:
    return frozenset(word for title in _titles() for word in title.split())


@lru_cache(maxsize=1)
def _titles_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, sorted(_titles(), key=len, reverse=True)))})(?!\w)")


def a_firms_name(words: str) -> bool:
    """"Hartwell Insurance", "Clif Bars", "Park Tool": a firm's or a product's name by its last word, which ends no
    one's name (round 53)."""
    named = fold_str(words).split()
    return len(named) > 1 and named[-1] in _FIRMS_LAST_WORDS


_FIRMS_LAST_WORDS = frozenset(
    "insurance bank bars foods motors tools tool group partners press records studios books media services systems"
    " airlines airways brewery bakery pharmacy nursery nurseries alliance association council society trust foundation"
    " ltd inc plc llc corp company supermarket hardware cycles bikes clinic surgery vets energy railways transport"
    " taxis cabs realty homes estates singers players choir orchestra club"
    # (round 71: "Lloyd's Register surveyor came aboard", "a stall from Mama Rosa's Kitchen")
    " register kitchen diner deli grill pantry emporium tearooms".split())


def a_brand(words: str) -> bool:
    """"Leroy Merlin", "Ben & Jerry's", "Spotify", "PSG", "Coldplay": a shop, a brand, an app, a team, a band; also
    "Nando" of "Nando's", a shop's branch ("Decathlon Villeneuve", « Leclerc de Landerneau »)."""
    brands = _brands_and_teams()
    folded = fold_str(words)
    head = folded.split()[0] if folded.split() else ""
    leading = folded.split()[:-1]  # a listed brand's channel or branch: "France Bleu Poitou" (round 70)
    return folded in brands or f"{folded}'s" in brands or head in brands and words[:1].isupper() \
        and not is_first_name(head) or _camel_cased(words.strip()) \
        or any(" ".join(leading[:n]) in brands for n in range(2, len(leading) + 1))


# One word with a capital inside, as apps and brands are written: "SkySafari", "GarageBand", "FaceTimed",
# "AuroraWatch", "RideLondon" (not "McKenzie", "DeShawn", "LaToya": a name's particle; nor "JoAnn", "MaryBeth",
# "JaMarcus": a given name after the capital, and a name or a short syllable before it, round 51).
_CAMEL_CASE = re.compile(r"(?P<head>[A-Z][a-z]+)(?P<tail>[A-Z][A-Za-z]*)")
_PARTICLES = frozenset("mc mac de di da du la le van von del della".split())


def _camel_cased(word: str) -> bool:
    m = _CAMEL_CASE.fullmatch(word)
    return m is not None and m["head"].lower() not in _PARTICLES \
        and not (is_first_name(m["tail"]) and (len(m["head"]) <= 3 or is_first_name(m["head"])))


@lru_cache(maxsize=1)
def _brands_and_teams() -> frozenset[str]:
    return _names(BRANDS_FILE, words_too=True) | _names(TEAMS_FILE, words_too=True)


def a_landmark(words: str) -> bool:
    """"Big Ben", "Ben Nevis", « le Mont-Saint-Michel », "Wembley": a place everyone knows, never someone."""
    return fold_str(words) in _names(LANDMARKS_FILE, words_too=True)


def a_pets_name(words: str) -> bool:
    """« Biscotte », "Pickles", "Mochi": a name people give their animals, no given name (a word too, often)."""
    return fold_str(words) in _names(PETS_FILE, words_too=True)


def a_star(words: str) -> bool:
    """"Charli XCX", « Stromae », "Mozart": a singer, an artist, a figure of history; or a listed one's surname
    alone, when it is neither a given name nor a word (« une partition de Brel », "Gabin au régulateur", round 74)."""
    folded = fold_str(words)
    return folded in _names(STARS_FILE) or folded in _surnames(STARS_FILE)


@lru_cache(maxsize=4)
def _surnames(path: Path) -> frozenset[str]:
    """The last word of the list's names of two or more words, said alone ("Brel" of "Jacques Brel"), when no one
    could be called so: not a given name, not a word, not short."""
    return frozenset(fold_str(last) for n in listed(path) if " " in n and len(last := n.split()[-1]) > 3
                     and last[:1].isupper() and not _ambiguous(last, words_too=False))


# What a team does, said in a memory about a match: "Chelsea lost again", « l'OM a gagné », "beat Leeds".
# (Round 71: or the score it had, "Port Vale were 2-0 up", "Vale 2-1 Stoke".)
_TEAM_DID = re.compile(r"\s+(?:(?:a|ont)\s+)?(?:\w+\s+)?(?:lost|won|beat|drew|perdu|gagn[ée]|battu|fait match nul)\b"
                       r"|\s+(?:(?:were|was|are|is|went|menait|m[èe]ne)\s+)?\d{1,2}\s?[-–]\s?\d{1,2}\b"
                       r"(?!\s?(?:ans|years))", re.IGNORECASE)
_A_MATCH = re.compile(r"\b(?:match|matchs|game|final|finale|derby|league|ligue|cup|coupe|score|goals?|buts?|telly"
                      r"|stade|stadium|supporters?|fans?"
                      # (round 71: "Raj rang at half time… He doesn't even like football", "Albion won… half the crowd")
                      r"|football|foot|rugby|cricket|half[- ]time|mi-temps|kick-off|crowd)\b", re.IGNORECASE)


def a_team_playing(text: str, name: str) -> bool:
    """A listed team ("Chelsea", "PSG") or a name that is no given name said to win or lose, in a memory about a
    match; or a side of a fixture against a country or a listed team ("like it's Trinidad v Jamaica at the cricket",
    round 69: not "Sam vs Tom at ping-pong")."""
    if _a_side_of_a_fixture(text, name):
        return True
    if not _A_MATCH.search(text):
        return False
    # (A player scores and may win too: only a name that is no given name is a team by what it did, except the
    # list's teams, "Chelsea" among them.)
    folded = fold_str(name)
    return folded in _teams() or not is_first_name(folded.split()[0] if folded.split() else "") and any(
        _TEAM_DID.match(text, m.end()) for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))


def _a_side_of_a_fixture(text: str, name: str) -> bool:
    said = re.escape(name)
    for m in re.finditer(rf"(?<![\w-])(?:{said}\s+v(?:s)?\.?\s+(?P<after>[A-ZÀ-Ý][\w'’-]*)"
                         rf"|(?P<before>[A-ZÀ-Ý][\w'’-]*)\s+v(?:s)?\.?\s+{said}(?![\w-]))", text):
        sides = {fold_str(name), fold_str(m["after"] or m["before"])}
        if sides & (_countries() | _teams()) or not any(is_first_name(side.split()[0]) for side in sides):
            return True  # (round 71: or two sides neither of which is a given name, "Stoke v Sunderland")
    return False


@lru_cache(maxsize=1)
def _teams() -> frozenset[str]:
    """The teams, given names kept: in a memory about a match, "Chelsea" is the club."""
    return frozenset(fold_str(n) for n in listed(TEAMS_FILE))


def a_match_of_countries(words: str) -> bool:
    """"France-Irlande", "England–Wales": two countries joined, a match or a route, no one."""
    parts = [p for p in re.split(r"\s*[-–—]\s*|\s+v(?:s)?\.?\s+", words) if p]
    return len(parts) == 2 and all(fold_str(p) in _countries() for p in parts)


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Country names in French and English, folded (Faker's address lists)."""
    found: set[str] = set()
    for locale in ("fr_FR", "en_US", "en_GB"):
        try:
            provider = importlib.import_module(f"faker.providers.address.{locale}").Provider
        except ImportError:
            continue
        found |= {fold_str(c) for c in getattr(provider, "countries", ())}
    return frozenset(found | {"angleterre", "ecosse", "pays de galles", "england", "scotland", "wales"})
