"""How a text message is written: often all in lower case, with its own short words ("jai", "tkt", "im").

A writer who capitalises nothing writes names in lower case too ("coffee with oluwaseun", "tell mrs
kowalski", "merci a karim"): there, a word that belongs to neither language may be someone, and the
words around it (a title, "with", a verb it does) say whether it is.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .folding import fold_str
from .names import is_english_word, is_first_name, is_french_word

# Short words of text messages that name lists also hold ("Jai") or that no dictionary knows.
TEXTING = frozenset(
    "jai jsuis jsui jss jsp jpp jte jtm jvais jme jle jla jpense jcrois jveux jsais jreviens cc slt bjr dac tkt"
    " ptn mdr ptdr lol stp svp bcp pk pcq pr ds tt tte ki koi kan oklm wsh bg bb omg idk tbh ngl rn ur im hes"
    " shes ive cant dont wont didnt isnt wasnt sry pls plz thx tmrw tmr bday btw lmao imo irl brb gonna wanna"
    " gotta ya yeah nah haha hahaha xd xo xx cuz coz tho msg msgs txt rdv aprem ajd auj chui chuis"
    " tjrs tjs qd qqn qqch mtn vrmt jen jy jlai jtai".split())  # (« jen avais » is « j'en avais »)
_TITLES = frozenset("mrs mr ms dr mme mlle".split())
# A title before a surname: "mrs kowalski", "maître lefebvre", "dr liang", « mme haddad ».
_TITLED = re.compile(
    r"(?<![\w'’])(?:mrs|mr|ms|dr|mme|mlle|monsieur|madame|mademoiselle|ma[iî]tre|docteur|docteure)"
    r"\.?\s+(?P<name>[a-zà-ÿ][a-zà-ÿ-]{2,})(?![\w'’-])")
_WORD = re.compile(r"(?<![\w'’-])[a-zà-ÿ][a-zà-ÿ-]{2,}(?![\w'’-])")
# What a person did to the writer, in a text message's spelling: "ma apellé" (m'a appelé), "ta dit", "la ramenée".
_DONE_TO_ME = re.compile(r"\s+(?:ma|ta|la|m['’]a|t['’]a|l['’]a|ns a|nous a|a)\s+[a-zà-ÿ]+(?:é|ée|és|ées|i|is|ie|it|u|ue)\b")


# An imported row someone else wrote: "[Messenger, 12/09/2025] Inès : …", "[2025-07-04 23:11] Jake: …".
_SOMEONE_ELSES_ROW = re.compile(r"\s*\[[^\]\n]{1,60}\]\s*[^:\n]{1,40}\s*:")


def someone_elses_row(text: str) -> bool:
    """A chat row with its sender: its "je", "here", "I arrived" are the sender's, not the user's."""
    return _SOMEONE_ELSES_ROW.match(text) is not None


@lru_cache(maxsize=1024)  # asked of the same memory for each word that might be a name
def in_lower_case(text: str) -> bool:
    """Written without capitals: its first word, and all but one other ("chez Decathlon"), in lower case."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    capitals = [w for w in words if w[:1].isupper() and w != "I"]
    return len(words) >= 4 and words[0][:1].islower() and len(capitals) <= 1


def a_texting_word(word: str) -> bool:
    return fold_str(word).replace("'", "").replace("’", "") in TEXTING or _elided_without_its_apostrophe(word)


def _elided_without_its_apostrophe(word: str) -> bool:
    """« léquipe », « dabord », « jarrive »: an elided article or pronoun typed without its apostrophe, before a
    French word that opens with a vowel (round 58: « repas partagé avec léquipe »)."""
    lowered = word.lower()
    return len(lowered) >= 6 and lowered[0] in "ldjmtsn" and lowered[1] in "aeiouéèêàâîôûyh" \
        and is_french_word(lowered[1:]) and not is_first_name(lowered)  # (« morgane » is no « m'organe »)


def unknown_word(word: str) -> bool:
    """No French or English word, no text-message word, no title: in a lower-case text, perhaps a name
    ("oluwaseun")."""
    return not (a_texting_word(word) or fold_str(word) in _TITLES or is_french_word(word) or is_english_word(word))


def titled_in_lower_case(text: str) -> list[tuple[str, tuple[int, int]]]:
    """"mrs kowalski", "maître lefebvre": a title, then a surname that is no word of either language."""
    return [(m.group(), m.span()) for m in _TITLED.finditer(text)
            if (unknown_word(m["name"]) or is_first_name(m["name"])) and not AN_ARTICLE.search(text[:m.start()])]


# « un monsieur qui arrêtait la poterie », « ce monsieur nous a… »: after an article, a man, no title (round 44).
AN_ARTICLE = re.compile(r"(?:\b(?:un|une|le|la|ce|cet|cette|du|au|des|les|a|an|the|this|that)\s+|\bl['’])$",
                         re.IGNORECASE)


def unknown_words(text: str) -> list[tuple[str, tuple[int, int]]]:
    """In a text written without capitals, words no dictionary knows where a name goes: after "with",
    "avec", "merci a" ("coffee with oluwaseun"), or beside a given name ("sam and ade")."""
    if not in_lower_case(text):
        return []
    found = []
    for m in _WORD.finditer(text):
        word = m.group()
        if not unknown_word(word) or len(word) < 3:
            continue
        if _WITH.search(text[max(0, m.start() - 12):m.start()]) and len(word) > 3 or _beside_a_name(text, *m.span()):
            found.append((word, m.span()))
    return found


_WITH = re.compile(r"(?:\bwith|\bw/|\bavec|\bavc|\bchez|\bmerci a|\bmerci à|\bdis a)\s+$")
_AND = r"\s+(?:and|et|n|&)\s+"


def beside_a_name(text: str, start: int, end: int) -> bool:
    """In a text written without capitals, a word joined by "and" to a given name: "dev and ana", "fatou et olek"."""
    return in_lower_case(text) and _beside_a_name(text, start, end)


def _beside_a_name(text: str, start: int, end: int) -> bool:
    before = re.search(rf"([a-zà-ÿ-]+){_AND}$", text[max(0, start - 25):start])
    after = re.compile(rf"{_AND}([a-zà-ÿ-]+)").match(text, end)
    return any(m is not None and (is_first_name(m.group(1)) or _FAMILY.fullmatch(m.group(1)) is not None)
               and not a_texting_word(m.group(1)) for m in (before, after))


# "grand-mère et jacqueline", "me and dad": a relative's word beside a name.
_FAMILY = re.compile(r"(?:grand-)?m[èe]re|(?:grand-)?p[èe]re|mamie|papi|papy|maman|papa|mum|mom|dad|nan|nana|grandma"
                     r"|grandpa|tata|tonton|m[ée]m[ée]|p[ée]p[ée]")


def done_to_me(text: str, end: int) -> bool:
    """"mehdi ma apellé", "karine ma emmené": a text message's "m'a" and a past participle after a name."""
    return bool(_DONE_TO_ME.match(text, end))
