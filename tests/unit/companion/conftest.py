from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from liblitz_app.store.ledger import Ledger


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[Ledger]:
    opened = Ledger(tmp_path / "ledger.sqlite3")
    yield opened
    opened.close()


@pytest.fixture(autouse=True)
def no_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    """The user's own environment must not decide what the ledger seems to hold."""
    for name in ("LIBLITZ_OLLAMA_URL", "LIBLITZ_QDRANT_URL", "LIBLITZ_QDRANT_API_KEY"):
        monkeypatch.delenv(name, raising=False)
