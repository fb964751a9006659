"""Comings and goings a memory tells beside what happened: someone else leaving for a place, the user's way back
home after it, an event one got ready for. Each names a place the memory did not happen at; `elsewhere` asks them
for every time the place is named."""
from __future__ import annotations

import re

from ..folding import fold_str
from ..mentions import find_places

# Someone else leaving, and where to: « elle part rejoindre sa sœur à Nice », "he's flying to see his brother in
# Greece", "Grandpa flies to Athens". (Not "we're flying", « on part »: the user's own trip; not "Sinead's leaving
# do", "a day off": the verb goes somewhere.)
_THEY_LEAVE = re.compile(
    r"(?<![\w'’])(?:il|elle|ils|elles|(?-i:[A-ZÀ-Ý][\w-]+))\s+(?:(?:s['’]en\s+va|s['’]envole|repart|part|partent"
    r"|retourne|retournent|prend (?:son|l['’]|le) (?:avion|train|vol))\s+(?:à|a|au|aux|en|pour|vers|chez|rejoindre"
    r"|retrouver|vivre|voir|s['’]installer)\b)"
    r"|(?<![\w'’])(?:he|she|they|(?-i:[A-Z][\w-]+))(?:['’]s|['’]re|\s+is|\s+are)?\s+"
    # (round 66: "She's driving on to Brussels to see her sister", after dropping the user off)
    r"(?:flying|flies|leaving|leaves|heading|heads|moving|moves|off|driving|drives)\s+(?:back\s+|on\s+)?"
    r"(?:to|for|out to|home to)\b",
    re.IGNORECASE)
# …unless the user goes along: « elle part avec moi », "she's flying with us".
_WITH_THE_USER = re.compile(r"\b(?:avec (?:moi|nous)|with (?:me|us)|on part|we['’]re)\b", re.IGNORECASE)


def someone_elses_leaving(clause: str) -> bool:
    """The place is where someone else is leaving for, in the clause that names it."""
    leavings = list(_THEY_LEAVE.finditer(clause))
    return bool(leavings) and not _WITH_THE_USER.search(clause[leavings[-1].start():])


# The way back after it: « Revenue à Paris avec un sac plein », « puis retour à Rennes en covoit », "Flew home to
# Chicago this morning": the end of the trip home, told after the place where the memory's event was. (A memory that
# opens on it, « Retour à Dieppe, chez Tante Mireille », "Home from Mercy Hospital", happened there.)
_WAY_BACK = re.compile(
    r"\b(?:retour|revenue?s?|rentr[ée]e?s?|back|home)\s+(?:en\s+\w+\s+)?(?:à|a|au|aux|en|to)\s*"
    r"(?:the\s+|la\s+|le\s+|l['’])?$", re.IGNORECASE)


def a_way_back(text: str, start: int, end: int) -> bool:
    """The place is the end of the user's way back, and the memory named, before it, another place where it
    happened ("Dimanche chez ma sœur à Lille… Revenue à Paris"). Alone, the way back is the memory's place."""
    if not _WAY_BACK.search(re.split(r"[.!?;,\n]", text[:start])[-1]):
        return False
    named = fold_str(text[start:end])
    return any(fold_str(m.words) != named and m.span[1] <= start for m in find_places(text))


# An event one got ready for: « je me suis entraîné à mon discours pour le mariage de Clara », "Rehearsed my talk
# for Hannah's conference in the car park": it is to come; where one got ready is the memory's place.
_GOT_READY = re.compile(
    r"\b(?:r[ée]p[ée]t\w*|entra[îi]n\w*|pr[ée]par\w*|rehears\w*|practi[sc]\w*|prepar\w*|trained|training|got ready)\b"
    r"[^.!?;]*\b(?:pour|for)\s+(?:(?:le|la|les|l['’]|the|my|mon|ma|mes|son|sa|ses|his|her|their)\s*)?$", re.IGNORECASE)


def got_ready_for(sentence: str) -> bool:
    return _GOT_READY.search(sentence) is not None
