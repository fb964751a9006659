"""A small, dependable French/English detector: it counts stopwords and knows when to abstain."""
from __future__ import annotations

import re

from .folding import words

_ACCENTED = re.compile(r"\w*[àâçéèêëîïôûùœ]\w*")

FRENCH = frozenset(
    "le la les un une des du de et est je j tu il elle nous vous ils elles que qui ne pas pour avec"
    " dans sur au aux ce cette ces mon ma mes ton ta tes sa ses c etait ete ai avait tres mais ou"
    " donc suis es sommes etes sont te se y en lui leur moi toi etre avoir fait bien aussi comme"
    " quand chez hier aujourd qu l d n m t s soir matin j'ai ca cela tout rien jamais toujours"
    " avons avez ont sera serait peu trop encore deja apres avant".split()
)
ENGLISH = frozenset(
    "the an and is are was were i you he she it we they that which not for with in at to of my"
    " your his her our their him us them this these those be been have has had do did but or so"
    " because very really too when what yesterday today don didn t m ve ll just about from"
    " will would could should there here all never always much after before".split()
)
# "a", "on", "me", "as", "son", "car", "plus" belong to both languages: they count for neither.


def language_scores(text: str) -> tuple[int, int]:
    tokens = words(text)
    french = sum(t in FRENCH for t in tokens)
    english = sum(t in ENGLISH for t in tokens)
    french += len(_ACCENTED.findall(text.lower()))
    return french, english


def detect_language(text: str, minimum: int = 2) -> str | None:
    """"fr", "en", or None when the text is too short or too mixed to tell."""
    french, english = language_scores(text)
    if french >= minimum and french > 1.5 * english:
        return "fr"
    if english >= minimum and english > 1.5 * french:
        return "en"
    return None
