"""French first, English too. UI strings are written in French; English comes from a catalogue
keyed by the French sentence (resources/i18n/en.json), so a missing translation shows French,
never a blank."""
from __future__ import annotations

import json
import os
from datetime import date
from functools import lru_cache

from .resources import resource_path

LANGUAGES = ("fr", "en")
ENV_LANGUAGE = "LIBLITZ_LANG"
_current = "fr"


def set_language(language: str) -> None:
    global _current
    _current = language if language in LANGUAGES else "fr"


def language() -> str:
    return _current


def startup_language(explicit: str | None, saved: str | None) -> str:
    """The language of this run: --lang, else $LIBLITZ_LANG, else the saved preference, else French.
    Every text is built in it: a change applies at the next start."""
    for code in (explicit, os.environ.get(ENV_LANGUAGE), saved):
        if code in LANGUAGES:
            return code
    return "fr"


def translate_argparse() -> None:
    """argparse's own words ("usage:", "error:", "the following arguments are required…") come from
    gettext, which has no French catalogue here: in French they come from resources/i18n/argparse.fr.json
    (English sentence → French); in English they stay argparse's."""
    import argparse
    table = _catalogue("argparse.fr") if _current == "fr" else {}

    def plural(one: str, many: str, n: int) -> str:
        text = one if n == 1 else many
        return table.get(text, text)
    argparse._ = lambda text: table.get(text, text)  # argparse looks both names up at each call
    argparse.ngettext = plural


@lru_cache(maxsize=None)
def _catalogue(language: str) -> dict[str, str]:
    path = resource_path("i18n", f"{language}.json")
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def tr(french: str, **values: object) -> str:
    """The sentence in the current language, its {placeholders} filled with `values`."""
    return translate(_current, french, **values)


def short_day(day: date) -> str:
    """A day as the interface writes it: 02/03/2024 in French, 2024-03-02 in English (neither the American
    nor the British order, which read each other's days as months)."""
    return day.strftime("%d/%m/%Y" if _current == "fr" else "%Y-%m-%d")


def tr_n(one: str, many: str, n: int, **values: object) -> str:
    """The sentence for a count `n` (filled in as {n}), singular or plural by the current language's rule:
    French says "0 souvenir, 1 souvenir, 2 souvenirs", English "0 memories, 1 memory, 2 memories".
    Both forms are French catalogue keys, each with its English form."""
    return translate(_current, one if _singular(_current, n) else many, n=count(n), **values)


def count(n: int) -> str:
    """A count as each language writes it: 99 995 in French (a narrow no-break space), 99,995 in English;
    under 10,000 as it is (French leaves four digits whole)."""
    if abs(n) < 10_000:
        return str(n)
    return f"{n:,}".replace(",", "\u202f" if _current == "fr" else ",")


def _singular(code: str, n: int) -> bool:
    return abs(n) < 2 if code == "fr" else abs(n) == 1


def translate(code: str, french: str, **values: object) -> str:
    """The sentence in language `code`, whatever the current one (a domain error's English, kept data)."""
    text = french if code == "fr" else _catalogue(code).get(french, french)
    return text.format(**values) if values else text
