"""The persona card, the who-is-who and the Ollama settings, kept as JSON in the ledger's settings."""
from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass

from ..enrichment import KnownPerson, Persona, WhoIsWho
from ..llm import DEFAULT_URL
from ..store.ledger import Ledger, LedgerReader

PERSONA_KEY = "persona.card"
PEOPLE_KEY = "persona.who_is_who"
OLLAMA_URL_KEY = "ollama.url"
ENV_OLLAMA_URL = "LIBLITZ_OLLAMA_URL"
DEFAULT_OLLAMA_URL = DEFAULT_URL
TASKS = ("enrich", "chat")


def load_persona(ledger: LedgerReader) -> Persona:
    return Persona.from_dict(ledger.setting(PERSONA_KEY))


def save_persona(ledger: Ledger, persona: Persona) -> None:
    ledger.set_setting(PERSONA_KEY, persona.to_dict())


def load_people(ledger: LedgerReader) -> WhoIsWho:
    return WhoIsWho.from_dict(ledger.setting(PEOPLE_KEY))


def add_people(ledger: Ledger, people: Iterable[KnownPerson]) -> WhoIsWho:
    """Record people; someone already recorded (by name or nickname) gains the new nicknames."""
    known = load_people(ledger)
    for person in people:
        known = _with(known, person)
    ledger.set_setting(PEOPLE_KEY, known.to_dict())
    return known


def _with(known: WhoIsWho, person: KnownPerson) -> WhoIsWho:
    same = known.find(person.name) or next((known.find(a) for a in person.aliases if known.find(a)), None)
    if same is None:
        return WhoIsWho((*known.people, person))
    aliases = tuple(dict.fromkeys((*same.aliases, *(n for n in person.names if n != same.name))))
    merged = KnownPerson(same.name, same.relation or person.relation, aliases)
    return WhoIsWho(tuple(merged if p is same else p for p in known.people))


@dataclass(frozen=True)
class OllamaSettings:
    """Where Ollama is and which local model does what ("" = none chosen: the offline extractor)."""

    url: str = DEFAULT_OLLAMA_URL
    enrich_model: str = ""
    chat_model: str = ""

    @classmethod
    def read(cls, ledger: LedgerReader) -> OllamaSettings:
        url = os.environ.get(ENV_OLLAMA_URL) or ledger.setting(OLLAMA_URL_KEY, "") or DEFAULT_OLLAMA_URL
        return cls(url.strip(), ledger.setting(model_key("enrich"), "") or "",
                   ledger.setting(model_key("chat"), "") or "")

    def model_for(self, task: str) -> str:
        return self.enrich_model if task == "enrich" else self.chat_model


def model_key(task: str) -> str:
    if task not in TASKS:
        raise ValueError(f"Tâche inconnue : {task}")
    return f"ollama.model.{task}"


def choose_model(ledger: Ledger, task: str, model: str) -> None:
    ledger.set_setting(model_key(task), model)
