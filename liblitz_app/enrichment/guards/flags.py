"""What a guard says: the kind of fault, the words at fault (spans), and what every guard may look at."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from functools import cached_property

from liblitz_app.memory import MemoryFields

from ..language import detect_language
from ..mentions import Mention, person_mentions
from ..persona import Persona, WhoIsWho
from ..proposal import Proposal


class FlagKind(str, Enum):
    COMPANION_RENAMED = "companion_renamed"
    PERSON_DROPPED = "person_dropped"
    PERSON_INVENTED = "person_invented"
    TIME_CHANGED = "time_changed"
    TIME_INVENTED = "time_invented"
    PLACE_CHANGED = "place_changed"
    PLACE_INVENTED = "place_invented"
    NOT_FIRST_PERSON = "not_first_person"
    WRONG_LANGUAGE = "wrong_language"
    EMOTION_UNKNOWN = "emotion_unknown"
    EMOTION_CONTRADICTED = "emotion_contradicted"
    INTENSITY_OUT_OF_RANGE = "intensity_out_of_range"
    TEXT_REWRITTEN = "text_rewritten"
    REFLECTION_RESTATES_TEXT = "reflection_restates_text"
    CONTRADICTS = "contradicts"  # a memory proposed from a conversation contradicts a committed one


@dataclass(frozen=True)
class Span:
    target: str  # "original" or a proposal field: "reflection", "place", "persons[0]", …
    start: int
    end: int


@dataclass(frozen=True)
class Flag:
    kind: FlagKind
    message_fr: str
    message_en: str
    field: str  # the proposal field at fault
    spans: tuple[Span, ...] = ()

    def message(self, language: str = "fr") -> str:
        return self.message_en if language == "en" else self.message_fr


@dataclass(frozen=True)
class GuardContext:
    """What every guard may look at."""

    original: str
    memory_date: date
    persona: Persona = field(default_factory=Persona)
    people: WhoIsWho = field(default_factory=WhoIsWho)
    # What the memory already knew before any proposal (an imported row's date): not the model's doing.
    known: MemoryFields = field(default_factory=MemoryFields)

    @property
    def day(self) -> date:
        """The day relative phrases ("hier soir") count from: the day the memory came with, else its date."""
        return self.known.time.start or self.memory_date

    @property
    def language(self) -> str:
        return detect_language(self.original) or self.persona.language

    @cached_property
    def persons_named(self) -> tuple[Mention, ...]:
        """Whom the memory names, recorded people first: read once for all the guards that ask (the slow part of
        many readers)."""
        return tuple(person_mentions(self.original, self.people))


Guard = Callable[[GuardContext, Proposal], list[Flag]]
