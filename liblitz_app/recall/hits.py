"""What recall answers: a memory, its score, and why it was found."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..i18n import tr
from ..memory import Memory


@dataclass(frozen=True)
class Why:
    """The signals that brought a memory up. Empty everywhere: it is only a weak neighbour by meaning."""

    words: tuple[str, ...] = ()  # its own words that share a stem with the query's (folded)
    meaning: bool = False  # closer to the query than sentences about nothing in particular
    persons: tuple[str, ...] = ()  # persons of the memory the query names (aliases too)
    time: str = ""  # the query's words naming a time the memory falls in
    neighbour: int | None = None  # the turn (row) beside it whose words matched
    turn_before: bool = False  # the turn before it (maybe the companion's) holds the query's words
    session: bool = False  # its session or day holds other strong matches
    feeling: bool = False  # felt the way the query names ("le plus en colère")

    @property
    def signals(self) -> tuple[str, ...]:
        named = (("words", bool(self.words)), ("meaning", self.meaning), ("person", bool(self.persons)),
                 ("time", bool(self.time)), ("neighbours", self.neighbour is not None or self.turn_before),
                 ("session", self.session), ("emotion", self.feeling))
        return tuple(name for name, present in named if present)

    @property
    def found(self) -> bool:
        """Whether anything but being the least far by meaning speaks for it (what the browser lists)."""
        return bool(self.words or self.meaning or self.persons or self.time or self.neighbour is not None
                    or self.turn_before or self.feeling)

    def describe(self) -> str:
        """One short line in the user's language: "mots : lyon, lea · sens · personne : Léa"."""
        parts = []
        if self.words:
            parts.append(tr("mots : {words}", words=", ".join(self.words)))
        if self.meaning:
            parts.append(tr("par le sens"))
        if self.persons:
            parts.append(tr("personne : {names}", names=", ".join(self.persons)))
        if self.time:
            parts.append(tr("moment : {said}", said=self.time))
        if self.neighbour is not None:
            parts.append(tr("voisin du n°{id}", id=self.neighbour))
        if self.turn_before:
            parts.append(tr("mots du tour précédent"))
        if self.session:
            parts.append(tr("même séance"))
        if self.feeling:
            parts.append(tr("émotion"))
        return " · ".join(parts)


@dataclass(frozen=True)
class RecallHit:
    memory: Memory
    score: float  # higher is better; comparable within one answer only
    why: Why = field(default_factory=Why)
    painful: bool = False  # high-intensity sadness, fear, anger or disgust: bring it up with care
    parts: dict[str, float] = field(default_factory=dict, compare=False)  # each signal's share of the score
