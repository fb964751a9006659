"""Where the memory says the user was, in their own words: « depuis ma cuisine à Rotterdam », "from my balcony in
Austin", « je suis à Lyon », « moi coincé à Lille », "woke up alone in my bedsit". A proposed place that the memory
names elsewhere as a town (the sister's Nouméa, the friend's Bordeaux) is then not where it happened. (A venue may
be inside the user's town, "I'm in Paris; lunch at Café de Flore": only towns are judged.)"""
from __future__ import annotations

import re

from ..folding import fold_str, words
from ..texting import someone_elses_row
from ..towns import a_town

# The user's own spot, with the town it may stand in: "from my kitchen in Copenhagen", « depuis mon balcon à Angers ».
_MY_SPOT = re.compile(
    r"\b(?:depuis|dans|sur|from|in|on|at)\s+(?:mon|ma|notre|my|our)\s+(?:(?:petite?|little|tiny|new|nouvel(?:le)?)\s+)?"
    r"(?P<spot>cuisine|kitchen|balcon|balcony|bureau|desk|office|lit|bed|chambre|bedroom|bedsit|salon|living room"
    r"|lounge|canape|sofa|couch|appart|appartement|flat|apartment|studio|terrasse|terrace|jardin|garden|porch|dorm"
    r"|fenetre|window|chez-moi)"
    r"(?:\s+(?:a|au|en|in|at)\s+(?P<town>[a-z][\w'-]*(?:[ -](?!(?:a|au|en|in|at|chez|for|with|pour|avec)\b)[a-z][\w'-]*)?))?")
# Saying where one is: « je suis à Lyon », « moi coincé à Lille », "I'm in Leeds", "I was stuck at Preston".
_I_AM_AT = re.compile(
    r"(?:\bje suis|\bj'etais|\bchui|\bjsuis|\bmoi,?(?:\s+(?:coincee?|bloquee?|restee?|seule?))?|\bi'm|\bi am|\bi was"
    r"|\bwoke up(?:\s+alone)?)(?:\s+(?:coincee?|bloquee?|stuck|alone|seule?|still|encore))?\s+"
    r"(?:a|au|en|dans|chez|in|at)\s+(?:la\s+|le\s+|l'|the\s+|my\s+|mon\s+|ma\s+)?"
    r"(?P<spot>[a-z][\w'-]*(?:[ -](?!(?:a|au|en|in|at|chez|for|with|pour|avec)\b)[a-z][\w'-]*)?)")
# "here in Zurich", « ici à Vancouver »: where the writer is. (Not "back in Chicago after a week in Milwaukee": the
# week is the memory as often.)
_HERE_IN = re.compile(r"\b(?:ici|here)\s+(?:a|au|en|in|at)\s+"
                      r"(?P<spot>[a-z][\w'-]*(?:[ -](?!(?:a|au|en|in|at|chez|for|with|pour|avec|apres|after)\b)[a-z][\w'-]*)?)")
# The town the spot is in, said after it: « je suis dans son fauteuil, à Quimper », « j'étais dans mes rangs de
# haricots à Villeurbanne » (round 47).
_ITS_TOWN_AFTER = re.compile(
    r"(?:\s+(?:de|du|des|d'|of)\s*[a-z][\w'-]*)?\s*,?\s+(?:a|au|en|in|at)\s+"
    r"(?P<town>[a-z][\w'-]*(?:[ -](?!(?:a|au|en|in|at|chez|for|with|pour|avec)\b)[a-z][\w'-]*)?)")
_NOT_A_SPOT = frozenset(
    "vie life tete head coeur heart avis opinion temps time mind way facon travail work job car voiture train bus"
    " phone telephone message messages bras arms".split())


def where_i_said_i_was(original: str) -> list[tuple[str, str]]:
    """The memory's own words for where the user was: (the words as written, the spot and its town folded)."""
    text = fold_str(original)
    same_length = len(text) == len(original)  # fold_str keeps positions unless a letter became two (« œ »)
    found = []
    here = () if someone_elses_row(original) else _HERE_IN.finditer(text)
    for match in (*_MY_SPOT.finditer(text), *_I_AM_AT.finditer(text), *here):
        spot = match["spot"]
        if spot.split()[0] in _NOT_A_SPOT:
            continue
        said = original[match.start():match.end()] if same_length else match.group()
        town = match.groupdict().get("town") or (after["town"] if (after := _ITS_TOWN_AFTER.match(text, match.end()))
                                                 else "")
        found.append((said.strip(), f"{spot} {town}".strip()))
    return found


def borrowed_from_elsewhere(original: str, place: str) -> str | None:
    """The user's own words for where they were, when the proposed place is a town the memory names apart from
    them (its words said in the memory, none in the user's spot); else None."""
    said = where_i_said_i_was(original)
    proposed = {w for w in words(place) if len(w) > 2}
    if not said or not a_town(place) or not proposed <= set(words(original)):
        return None
    if any(proposed & set(words(spot)) for _, spot in said):
        return None
    return said[0][0]
