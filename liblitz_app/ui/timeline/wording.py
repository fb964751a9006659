"""The timeline's words: dates in the user's language (not the system locale), tooltips, counts."""
from __future__ import annotations

from datetime import date

from ...i18n import language, tr
from ...memory import Emotion, label

MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}
SHORT_MONTHS = {
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def month_name(month: int, short: bool = False) -> str:
    names = SHORT_MONTHS if short else MONTHS
    return names.get(language(), names["fr"])[month - 1]


def format_day(day: date) -> str:
    """"14 mars 2026" in French, "14 March 2026" in English."""
    return f"{day.day} {month_name(day.month)} {day.year}"


def emotion_name(emotion: Emotion | None) -> str:
    return label(emotion, language()) if emotion is not None else tr("sans émotion")


def intensity_text(intensity: int | None) -> str:
    return tr("intensité {n}/10", n=intensity) if intensity is not None else tr("intensité non notée")


def describe_memory(day: date | None, emotion: Emotion | None, intensity: int | None, snippet: str) -> str:
    """A hover text: "14 mars 2026 · colère · intensité 8/10" and the first words."""
    head = " · ".join(part for part in (format_day(day) if day else "", emotion_name(emotion),
                                        intensity_text(intensity)) if part)
    return f"{head}\n{first_words(snippet)}"


def first_words(snippet: str, limit: int = 80) -> str:
    flat = " ".join(snippet.split())
    return flat if len(flat) <= limit else flat[:limit].rsplit(" ", 1)[0] + "…"


def undated_count(n: int) -> str:
    if n == 0:
        return tr("Aucun souvenir sans date")
    return tr("1 souvenir sans date") if n == 1 else tr("{n} souvenirs sans date", n=n)


def others(n: int) -> str:
    return tr("… et 1 autre") if n == 1 else tr("… et {n} autres", n=n)


SHORT_WEEKDAYS = {
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}


def weekday_name(weekday: int) -> str:
    """Short name of a weekday, Monday = 0."""
    return SHORT_WEEKDAYS.get(language(), SHORT_WEEKDAYS["fr"])[weekday]
