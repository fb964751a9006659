"""Which language a text is written in, French or English, and when it cannot be told.

langid's character n-gram model (py3langid), asked to choose between French and English only,
reads short texts far better than counting stopwords: "Morning Nova. Slept badly." has one English
stopword, but its letters are English. It abstains under a confidence ("Ok.", "Liblitz !", a lone
brand). The stopword lists below serve the guards (a word of either language is not a name).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from .folding import words

LANGUAGES = ("fr", "en")
# « on » as the French subject, before its verb (« on a mangé »), not English "on a bench", "on Tuesday".
FRENCH_ON = r"(?<![\w'’])on(?=\s+(?:a|avait|est|[ée]tait|va|s['’]|se|n['’]|y|en|[a-zà-ÿ]+ait)\b)"
CONFIDENCE = 0.9  # measured: every text of the guard sets is told right above it; "Ok" is 0.64

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


@lru_cache(maxsize=2)
def _identifier(only: tuple[str, ...] | None = LANGUAGES) -> Any:
    """Loaded on first use (a few MB), choosing among `only` (None: every language it knows); two threads
    racing to it would only load it twice."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    if only is not None:
        identifier.set_languages(list(only))
    return identifier


def likeliest_language(text: str) -> tuple[str, float]:
    """The likeliest of every language langid knows, with its confidence ("es", 0.98): what a text neither
    French nor English is written in."""
    language, confidence = _identifier(None).classify(text)
    return str(language), float(confidence)


@lru_cache(maxsize=4096)
def detect_language(text: str, minimum: int = 2) -> str | None:
    """"fr", "en", or None when the text is too short or too mixed to tell."""
    if len(words(text)) < minimum:
        return None
    language, confidence = _identifier().classify(text)
    return str(language) if confidence >= CONFIDENCE else None
