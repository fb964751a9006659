"""A real library in a tmp dir (ledger, Qdrant Edge index, the offline embedder) with a few memories."""
from __future__ import annotations

from pathlib import Path

import pytest

from liblitz_app.store.library import MemoryLibrary
from tests.unit.conversation.diary import DIARY
from tests.helpers.library import library_in



@pytest.fixture
def library(tmp_path: Path, embedder) -> MemoryLibrary:
    opened = library_in(tmp_path / "data", embedder)
    for new in DIARY:
        opened.add(new)
    yield opened
    opened.close()
