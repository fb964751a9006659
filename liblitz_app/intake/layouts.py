"""Known export layouts, and the column mapping that says which column holds what.

Nothing about a file is assumed: a known layout only pre-fills the mapping, which the user may
change; a mapping chosen for an unknown layout is remembered by its signature (its column names).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from enum import Enum
from typing import Any

from ..memory.folding import fold as fold_words
from .errors import InvalidMapping, MissingTextColumn


class Layout(str, Enum):
    CHAT_BACKUP = "chat_backup"  # Timestamp,From,Text,Reaction,ID — From is "Me" or "Rep"
    FACT_LIST = "fact_list"  # text, creation_timestamp; JSON customer_facts / robot_facts
    DIARY = "diary"  # JSON entries[].text
    CUSTOM = "custom"  # anything else: the user maps the columns


LAYOUT_NOTES: dict[Layout, tuple[str, str]] = {
    Layout.CHAT_BACKUP: (
        "Sauvegarde de conversation : vos messages (« Me ») deviennent des souvenirs à relire ; ceux du "
        "compagnon (« Rep ») sont gardés à part, comme contexte et exemples de sa voix, jamais comme vos souvenirs.",
        "Chat backup: your messages (\"Me\") become memories to review; the companion's (\"Rep\") are kept "
        "apart, as context and samples of its voice, never as your memories."),
    Layout.FACT_LIST: (
        "Liste de faits : les faits sur vous deviennent des souvenirs à relire ; ceux sur le compagnon "
        "(« robot_facts ») vont dans sa fiche de personnalité.",
        "Fact list: facts about you become memories to review; facts about the companion (\"robot_facts\") "
        "go to its persona material."),
    Layout.DIARY: (
        "Journal : chaque entrée devient un souvenir à relire.",
        "Diary: each entry becomes a memory to review."),
    Layout.CUSTOM: (
        "Format inconnu : indiquez quelle colonne contient le texte (et, si vous voulez, la date, les personnes…).",
        "Unknown layout: say which column holds the text (and, if you like, the date, the people…)."),
}

# Words a column name may use for each field (folded: lower case, no accents).
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "text": ("text", "texte", "souvenir", "memory", "memoire", "contenu", "content", "message", "fact", "fait",
             "note", "entry", "entree", "description"),
    "date": ("date", "quand", "when", "timestamp", "creation_timestamp", "created_at", "created", "jour", "day",
             "datetime", "time", "heure"),
    "person": ("person", "persons", "people", "personne", "personnes", "qui", "who", "avec", "with"),
    "place": ("place", "lieu", "location", "ou", "where", "endroit", "ville", "city"),
    "emotion": ("emotion", "emotions", "feeling", "sentiment", "humeur", "mood"),
    "intensity": ("intensity", "intensite", "force", "strength", "score"),
    "category": ("category", "categorie", "type", "tag", "tags", "theme"),
}


@dataclass(frozen=True)
class ColumnMapping:
    """Which column of the file holds each field. Only `text` is required."""

    text: str
    date: str | None = None
    person: str | None = None
    place: str | None = None
    emotion: str | None = None
    intensity: str | None = None
    category: str | None = None
    speaker: str | None = None  # chat backups: who spoke
    companion_speakers: tuple[str, ...] = ()  # values of `speaker` that are the companion ("Rep")

    def columns(self) -> dict[str, str]:
        """{field: column} for every mapped field."""
        return {f.name: getattr(self, f.name) for f in fields(self)
                if f.name != "companion_speakers" and getattr(self, f.name)}

    def resolved(self, columns: list[str]) -> ColumnMapping:
        """The same mapping with each column spelled as in the file; raises if one is missing."""
        by_fold = {fold(c): c for c in columns}
        changes: dict[str, str] = {}
        for name, column in self.columns().items():
            actual = column if column in columns else by_fold.get(fold(column))
            if actual is None:
                raise _missing(name, column, columns)
            changes[name] = actual
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["companion_speakers"] = list(self.companion_speakers)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ColumnMapping:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["companion_speakers"] = tuple(values.get("companion_speakers") or ())
        if not values.get("text"):
            raise InvalidMapping("Le choix des colonnes doit dire laquelle contient le texte (text=…).")
        return cls(**values)


@dataclass(frozen=True)
class DetectedLayout:
    layout: Layout
    mapping: ColumnMapping | None  # None: the user must at least choose the text column
    signature: str
    remembered: bool = False  # the mapping is the one the user chose last time for these columns

    def note(self, language: str = "fr") -> str:
        fr, en = LAYOUT_NOTES[self.layout]
        return fr if language == "fr" else en

    def effect(self, language: str = "fr") -> str:
        """The note without the layout's name before it, for a screen that shows the name already."""
        return self.note(language).split(":", 1)[-1].strip()


def fold(text: str) -> str:
    """A column name as a key: "Émotion principale" → "emotion_principale"."""
    return fold_words(str(text).strip()).replace(" ", "_")


def signature(columns: list[str]) -> str:
    """A layout's identity: its set of column names, folded and sorted."""
    return "|".join(sorted({fold(c) for c in columns}))


def detect_layout(columns: list[str], sections: list[str] | None = None,
                  remembered: ColumnMapping | None = None) -> DetectedLayout:
    """Recognise a known layout and pre-fill its mapping; a remembered mapping wins when it fits."""
    layout, mapping = _known(columns, sections or [])
    sig = signature(columns)
    if remembered is not None:
        try:
            return DetectedLayout(layout, remembered.resolved(columns), sig, remembered=True)
        except (MissingTextColumn, InvalidMapping):
            pass  # the file changed shape since: fall back to the layout's own guess
    return DetectedLayout(layout, mapping, sig)


def parse_mapping(spec: str) -> ColumnMapping:
    """`"text=Texte,date=Quand,person=Avec"` → a mapping (the CLI's --mapping)."""
    values: dict[str, Any] = {}
    allowed = {f.name for f in fields(ColumnMapping)}
    for part in filter(None, (p.strip() for p in spec.split(","))):
        name, sep, column = part.partition("=")
        name = name.strip().lower()
        if not sep or not column.strip():
            raise InvalidMapping("« {part} » n'est pas de la forme champ=Colonne (par exemple text=Texte).", part=part)
        if name not in allowed:
            raise InvalidMapping("« {name} » n'est pas un champ connu ; champs possibles : {allowed}.",
                                 name=name, allowed=", ".join(sorted(allowed)))
        values[name] = column.strip() if name != "companion_speakers" else tuple(column.split("|"))
    return ColumnMapping.from_dict(values)


def _known(columns: list[str], sections: list[str]) -> tuple[Layout, ColumnMapping | None]:
    by_fold = {fold(c): c for c in columns}
    if {"timestamp", "from", "text"} <= by_fold.keys():
        return Layout.CHAT_BACKUP, ColumnMapping(text=by_fold["text"], date=by_fold["timestamp"],
                                                 speaker=by_fold["from"], companion_speakers=("Rep",))
    guessed = _guess(columns)
    if "entries" in sections:
        return Layout.DIARY, guessed
    if {"customer_facts", "robot_facts"} & set(sections) or {"text", "creation_timestamp"} <= by_fold.keys():
        return Layout.FACT_LIST, guessed
    return Layout.CUSTOM, guessed


def _guess(columns: list[str]) -> ColumnMapping | None:
    chosen: dict[str, str] = {}
    for name, words in _SYNONYMS.items():
        for word in words:  # the earlier a synonym, the stronger
            column = next((c for c in columns if fold(c) == word and c not in chosen.values()), None)
            if column:
                chosen[name] = column
                break
    return ColumnMapping(**chosen) if "text" in chosen else None


def _missing(name: str, column: str, columns: list[str]) -> Exception:
    listed = ", ".join(f"« {c} »" for c in columns[:12])
    if name == "text":
        return MissingTextColumn("La colonne de texte « {column} » n'existe pas dans ce fichier. "
                                 "Colonnes présentes : {listed}.", column=column, listed=listed)
    return InvalidMapping("La colonne « {column} » choisie pour « {name} » n'existe pas dans ce fichier. "
                          "Colonnes présentes : {listed}.", column=column, name=name, listed=listed)
