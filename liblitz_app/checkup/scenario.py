"""Check-up scenarios: data files (JSON), shipped in resources/checkups/ and added by the user in the
`checkups/` folder of their data folder. The format is documented in docs/checkups.md.

A scenario sets up a throwaway companion (her card, who is who, committed memories, turns already
said), sends one message or several, and says what her replies must and must not do; or gives a few
memories for her to enrich, whose proposals the guards must find clean.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..enrichment import KnownPerson, Persona, WhoIsWho
from ..memory import EventTime, MemoryFields, parse_emotion
from ..resources import resource_path
from .errors import ScenarioError

SHIPPED = resource_path("checkups")
USER_FOLDER = "checkups"  # inside the data folder
LANGUAGES = ("fr", "en")
KINDS = ("identity", "recall", "contradiction", "painful", "enrichment")
ROLES = {"user": "user", "companion": "companion", "assistant": "companion"}
# An English scenario's card, where it says nothing else: the default card's words are French.
ENGLISH_CARD = {"voice": "warm, attentive, curious",
                "relationship": "a trusted companion who keeps the memories the person chooses",
                "boundaries": ["never rewrite a memory", "never invent a person, a place or a date"]}


@dataclass(frozen=True)
class SampleMemory:
    """A memory of the throwaway companion (committed), or one given to enrich (released)."""

    text: str
    fields: MemoryFields = MemoryFields()


@dataclass(frozen=True)
class Expectation:
    """What her replies must do. Words are compared without case or accents; "{name}" is her name."""

    mentions_all: tuple[str, ...] = ()  # every one, in her last reply
    mentions_any: tuple[str, ...] = ()  # at least one, in her last reply
    mentions_none: tuple[str, ...] = ()  # none, in any of her replies
    asks_question: bool = False  # her last reply asks the user something
    contradiction_to_review: bool = False  # the proposals read from the talk put a contradicted memory in review
    guards_clean: bool = False  # the guards flag nothing on her proposals for the memories to enrich

    @property
    def empty(self) -> bool:
        return self == Expectation()


@dataclass(frozen=True)
class Scenario:
    id: str  # the file's name without its extension
    kind: str
    language: str
    title: str
    expect: Expectation
    persona: Persona = field(default_factory=Persona)
    people: WhoIsWho = field(default_factory=WhoIsWho)
    memories: tuple[SampleMemory, ...] = ()
    turns: tuple[tuple[str, str], ...] = ()  # (role, text) said before
    messages: tuple[str, ...] = ()
    enrich: tuple[SampleMemory, ...] = ()
    today: date | None = None  # the day the talk happens (relative dates); None: today


@dataclass(frozen=True)
class ScenarioBook:
    """The scenarios found, and a sentence for each file that could not be read (the others still run)."""

    scenarios: tuple[Scenario, ...]
    problems: tuple[str, ...] = ()


def load_scenarios(folders: Iterable[Path], languages: Sequence[str] = LANGUAGES) -> ScenarioBook:
    """Every *.json scenario of these folders in `languages`, by id; a later folder's file replaces an
    earlier one of the same name (the user's own version of a shipped scenario)."""
    found: dict[str, Scenario] = {}
    problems: list[str] = []
    for folder in folders:
        for path in sorted(folder.glob("*.json")) if folder.is_dir() else ():
            try:
                scenario = read_scenario(path)
            except ScenarioError as error:
                problems.append(error.describe())
                continue
            found[scenario.id] = scenario
    chosen = tuple(s for s in found.values() if s.language in languages)
    return ScenarioBook(tuple(sorted(chosen, key=_order)), tuple(problems))


def _order(scenario: Scenario) -> tuple[int, str]:
    """The shipped kinds first, in the order of the relationship; a language's twin beside it."""
    return (KINDS.index(scenario.kind) if scenario.kind in KINDS else len(KINDS), scenario.id)


def scenario_folders(data_root: Path | None) -> list[Path]:
    """The shipped scenarios, then the user's (which may replace some)."""
    return [SHIPPED] + ([data_root / USER_FOLDER] if data_root is not None else [])


def read_scenario(path: Path) -> Scenario:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise ScenarioError("Le scénario « {file} » n'a pas pu être lu : {detail}.", file=path.name,
                            detail=str(error)) from None
    if not isinstance(data, dict):
        raise ScenarioError("Le scénario « {file} » doit être un objet JSON.", file=path.name)
    try:
        return _scenario(path, data)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ScenarioError("Le scénario « {file} » a une valeur invalide ({detail}).", file=path.name,
                            detail=str(error)) from None


def _scenario(path: Path, data: dict[str, Any]) -> Scenario:
    language = data.get("language")
    if language not in LANGUAGES:
        raise ScenarioError("Le scénario « {file} » doit dire sa langue : \"language\": \"fr\" ou \"en\".",
                            file=path.name)
    messages = tuple(str(m) for m in data.get("messages") or ([data["message"]] if data.get("message") else []))
    enrich = tuple(_memory(m) for m in data.get("enrich") or ())
    expect = _expectation(data.get("expect") or {})
    if not messages and not enrich:
        raise ScenarioError("Le scénario « {file} » n'a ni message à envoyer ni souvenir à enrichir.",
                            file=path.name)
    if expect.empty:
        raise ScenarioError("Le scénario « {file} » n'attend rien : écrivez ses critères dans \"expect\".",
                            file=path.name)
    card = ENGLISH_CARD if language == "en" else {}
    persona = Persona.from_dict({**card, "language": language, **(data.get("persona") or {})})
    people = WhoIsWho(tuple(KnownPerson.from_dict(p) for p in data.get("people") or ()))
    turns = tuple((ROLES[t["role"]], str(t["text"])) for t in data.get("turns") or ())
    today = date.fromisoformat(data["today"]) if data.get("today") else None
    return Scenario(path.stem, str(data.get("kind") or "other"), language, str(data.get("title") or path.stem),
                    expect, persona, people, tuple(_memory(m) for m in data.get("memories") or ()), turns, messages,
                    enrich, today)


def _memory(item: Any) -> SampleMemory:
    if isinstance(item, str):
        return SampleMemory(item)
    day = date.fromisoformat(item["date"]) if item.get("date") else None
    fields = MemoryFields(emotion=parse_emotion(item.get("emotion")), intensity=item.get("intensity"),
                          place=item.get("place") or "", persons=tuple(item.get("persons") or ()),
                          time=EventTime(item.get("said") or "", day, None))
    return SampleMemory(str(item["text"]), fields.validated())


def _expectation(data: dict[str, Any]) -> Expectation:
    def words(key: str) -> tuple[str, ...]:
        value = data.get(key) or ()
        return (value,) if isinstance(value, str) else tuple(str(v) for v in value)
    return Expectation(words("mentions_all"), words("mentions_any"), words("mentions_none"),
                       bool(data.get("asks_question")), bool(data.get("contradiction_to_review")),
                       bool(data.get("guards_clean")))
