"""Comparing words the way people read them: case and accents ignored ("Soirée" = "soiree")."""
from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower case without accents."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
