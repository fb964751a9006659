"""The companion's settings, in typed groups read from and written to the ledger's settings:
where Ollama is and which local model does what, the embedding model, the vector index, the pace
at which imported memories arrive. No Qt: `ui/companion_settings.py` wraps this for the window."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any, Union

from ..intake.feeder import DEFAULT_PACE, PACE_KEY, Pace
from ..llm import DEFAULT_URL
from ..llm.service import DEFAULT_TIMEOUT
from ..store.ledger import Ledger, LedgerReader
from ..store.settings import EmbeddingSettings, IndexSettings, SettingsGroup, save_group, secret_keys, setting
from .errors import CompanionError

ENV_OLLAMA_URL = "LIBLITZ_OLLAMA_URL"
OLLAMA_URL_KEY = "ollama.url"
OLLAMA_TIMEOUT_KEY = "ollama.timeout"
TASKS = ("enrich", "chat")
# A host (or a bracketed IPv6 address), a port, a path; "http//…" made "http://http//…" is refused as a typo.
_ADDRESS = re.compile(r"https?://(\[[0-9a-fA-F:.]+\]|[^\s/:\[\]]+)(:\d{1,5})?(/(?!/)\S*)?")


def model_key(task: str) -> str:
    if task not in TASKS:
        raise ValueError(f"unknown model task: {task!r}")  # a programming error, not the user's
    return f"ollama.model.{task}"


@dataclass(frozen=True)
class OllamaSettings(SettingsGroup):
    """Where Ollama is, which local model does what ("" = none chosen: the offline extractor), and
    how long a request may take before the user is told (seconds)."""

    url: str = setting(OLLAMA_URL_KEY, DEFAULT_URL, env=ENV_OLLAMA_URL)
    enrich_model: str = setting(model_key("enrich"), "")
    chat_model: str = setting(model_key("chat"), "")
    timeout: float = setting(OLLAMA_TIMEOUT_KEY, DEFAULT_TIMEOUT, load=float)

    def model_for(self, task: str) -> str:
        model_key(task)
        return self.enrich_model if task == "enrich" else self.chat_model


def ollama_address(typed: str) -> str:
    """The address as the user typed it, checked; raises CompanionError when it is not one."""
    url = typed.strip().rstrip("/")
    if url and "://" not in url:  # "localhost:11434", as Ollama's own OLLAMA_HOST is written
        url = "http://" + url
    if not _ADDRESS.fullmatch(url):
        raise CompanionError("« {url} » n'est pas une adresse : écrivez par exemple http://localhost:11434.",
                             url=typed.strip())  # what the user wrote, not what it was read as
    return url


def ollama_timeout(seconds: float) -> float:
    """A request delay the user chose, checked; raises CompanionError when it is not a positive number."""
    if not seconds > 0:
        raise CompanionError("Le délai d'attente d'Ollama doit être un nombre de secondes positif.")
    return float(seconds)


@dataclass(frozen=True)
class PaceSettings(SettingsGroup):
    """How fast imported memories arrive (the feeder reads the same key: `Feeder.pace`)."""

    pace: Pace = setting(PACE_KEY, DEFAULT_PACE, load=Pace.from_dict, dump=Pace.to_dict)


@dataclass(frozen=True)
class WebSettings(SettingsGroup):
    """The web, off by default: when on, Liblitz reads the addresses the user pastes and, if a SearXNG
    address is set, may search through it (liblitz_app/documents/web.py, search.py)."""

    enabled: bool = setting("web.enabled", False, load=bool)
    searxng_url: str = setting("web.searxng_url", "")

    @property
    def can_search(self) -> bool:
        return self.enabled and bool(self.searxng_url)


Group = Union[OllamaSettings, EmbeddingSettings, IndexSettings, PaceSettings, WebSettings]
GROUPS: dict[type, str] = {OllamaSettings: "ollama", EmbeddingSettings: "embedding", IndexSettings: "index",
                           PaceSettings: "pace", WebSettings: "web"}
SECRET_KEYS = secret_keys(*GROUPS)  # never copied into the journal


@dataclass(frozen=True)
class CompanionSettings:
    """Every group at once, as read at one moment."""

    ollama: OllamaSettings = OllamaSettings()
    embedding: EmbeddingSettings = EmbeddingSettings()
    index: IndexSettings = IndexSettings()
    pace: PaceSettings = PaceSettings()
    web: WebSettings = WebSettings()

    @classmethod
    def read(cls, ledger: LedgerReader) -> CompanionSettings:
        return cls(*(group.read(ledger) for group in GROUPS))

    def with_group(self, group: Group) -> CompanionSettings:
        return replace(self, **{GROUPS[type(group)]: group})

    def group(self, kind: type[Any]) -> Any:
        return getattr(self, GROUPS[kind])


def save(ledger: Ledger, kind: type[Group], **changes: Any) -> CompanionSettings:
    """Change some fields of one group, as the ledger has it now (a pane's copy may be older): only
    what changes is written, one journaled setting each (a secret's value is never journaled).
    Returns the settings now in force."""
    before = CompanionSettings.read(ledger)
    group = replace(before.group(kind), **changes)
    save_group(ledger, before.group(kind), group)
    return before.with_group(group)


def choose_model(ledger: Ledger, task: str, model: str) -> OllamaSettings:
    """Remember which local model does `task` ("" = the offline extractor)."""
    model_key(task)
    return save(ledger, OllamaSettings, **{f"{task}_model": model}).ollama
