"""Typed settings groups over the ledger's `settings` table: each field names its key, an optional
environment override and whether it is a secret (never copied into the journal).

The groups the store needs to open itself (where the index is, which embedder) live here; the
companion's own groups (Ollama, pace) are built the same way in `liblitz_app.companion.settings`."""
from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any, Self, TypeVar

from ..i18n import tr
from .ledger import Ledger, LedgerReader

G = TypeVar("G")

EMBEDDING_KEY = "embedding.model"
QDRANT_URL_KEY = "qdrant.url"
QDRANT_API_KEY_KEY = "qdrant.api_key"
ENV_QDRANT_URL = "LIBLITZ_QDRANT_URL"
ENV_QDRANT_KEY = "LIBLITZ_QDRANT_API_KEY"


def setting(key: str, default: Any, *, env: str = "", secret: bool = False,
            load: Callable[[Any], Any] | None = None, dump: Callable[[Any], Any] | None = None) -> Any:
    """A settings-group field stored under `key`; `env`, when set in the environment, wins over the ledger.
    `load`/`dump` convert a value that is not plain JSON (a dataclass) to and from what is stored."""
    return field(default=default, metadata={"key": key, "env": env, "secret": secret, "load": load, "dump": dump})


def read_group(group: type[G], reader: LedgerReader) -> G:
    values = {}
    for f in fields(group):  # type: ignore[arg-type]
        meta = f.metadata
        stored = reader.setting(meta["key"])
        value = f.default if stored in (None, "") else (meta["load"] or _same)(stored)
        override = os.environ.get(meta["env"]) if meta["env"] else None
        if isinstance(value, str):
            value = value.strip()
        values[f.name] = override.strip() if override else value
    return group(**values)


def save_group(ledger: Ledger, before: G, after: G) -> list[str]:
    """Write the fields that changed between `before` and `after` (one journal line each, a secret's
    value never in it); the keys written, in field order. An unchanged field is not rewritten, so an
    environment override shown in `before` never ends up stored."""
    written = []
    for f in fields(after):  # type: ignore[arg-type]
        value = getattr(after, f.name)
        if value == getattr(before, f.name):
            continue
        meta = f.metadata
        ledger.set_setting(meta["key"], (meta["dump"] or _same)(value), secret=meta["secret"])
        written.append(meta["key"])
    return written


def secret_keys(*groups: type) -> set[str]:
    return {f.metadata["key"] for group in groups for f in fields(group) if f.metadata["secret"]}


def _same(value: Any) -> Any:
    return value


class SettingsGroup:
    """Base of a frozen dataclass whose fields are `setting(...)`s."""

    @classmethod
    def read(cls, ledger: LedgerReader) -> Self:
        return read_group(cls, ledger)


@dataclass(frozen=True)
class IndexSettings(SettingsGroup):
    """Qdrant Edge in the data folder, unless the user gave a server URL (and its API key)."""

    url: str = setting(QDRANT_URL_KEY, "", env=ENV_QDRANT_URL)
    api_key: str = setting(QDRANT_API_KEY_KEY, "", env=ENV_QDRANT_KEY, secret=True)

    @property
    def mode(self) -> str:
        return tr("serveur Qdrant ({url})", url=self.url) if self.url else tr("Qdrant Edge (embarqué)")

    def __repr__(self) -> str:  # the API key never reaches a log line
        return f"IndexSettings(url={self.url!r}, api_key={'***' if self.api_key else ''!r})"


@dataclass(frozen=True)
class EmbeddingSettings(SettingsGroup):
    """Which embedding model makes the vectors ("default": the offline one that ships with Liblitz)."""

    model: str = setting(EMBEDDING_KEY, "default")
