"""Real components in a tmp dir: the ledger, the memories' Qdrant Edge index, the offline embedder;
the documents' shelf opens its own index beside them."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from liblitz_app.documents import close_shelf
from liblitz_app.store.library import MemoryLibrary
from tests.helpers.library import library_in



@pytest.fixture
def library(tmp_path: Path, embedder) -> Iterator[MemoryLibrary]:
    opened = library_in(tmp_path / "data", embedder)
    yield opened
    close_shelf(opened)
    opened.close()
