"""French first, English too. UI strings are written in French; English comes from a catalogue
keyed by the French sentence (resources/i18n/en.json), so a missing translation shows French,
never a blank."""
from __future__ import annotations

import json
from functools import lru_cache

from .resources import resource_path

LANGUAGES = ("fr", "en")
_current = "fr"


def set_language(language: str) -> None:
    global _current
    _current = language if language in LANGUAGES else "fr"


def language() -> str:
    return _current


@lru_cache(maxsize=None)
def _catalogue(language: str) -> dict[str, str]:
    path = resource_path("i18n", f"{language}.json")
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def tr(french: str, **values: object) -> str:
    text = french if _current == "fr" else _catalogue(_current).get(french, french)
    return text.format(**values) if values else text
