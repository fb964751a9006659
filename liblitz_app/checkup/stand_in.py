"""A throwaway companion built from a scenario: her card, who is who and the scenario's memories, in a
folder of its own that is removed afterwards. The check-up talks to her through the real chat code
(conversation.talk), so a model is judged on the prompts it would really get, and the user's own
memories are never read nor touched.
"""
from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..companion import save_people, save_persona
from ..embedding.base import Embedder
from ..index import IndexedModel, open_index
from ..memory import Source, Status
from ..store import conversations as kept
from ..store.conversations import NewTurn, Role
from ..store.ledger import Ledger, NewMemory
from ..store.library import MemoryLibrary
from .scenario import SampleMemory, Scenario

AUTHOR = "checkup"
PREFIX = "checkup-"
LEFTOVER_AFTER_S = 3600.0  # no run keeps a folder unchanged this long: one left by a check-up that was killed


def sweep_leftovers(scratch: Path, now: float | None = None) -> int:
    """Remove the folders of check-ups killed mid-run (their exit never came); how many were removed."""
    now = time.time() if now is None else now
    swept = 0
    for folder in scratch.glob(PREFIX + "*") if scratch.is_dir() else ():
        if folder.is_dir() and now - folder.stat().st_mtime > LEFTOVER_AFTER_S:
            shutil.rmtree(folder, ignore_errors=True)
            swept += 1
    return swept


@contextmanager
def stand_in(scenario: Scenario, embedder: Embedder, scratch: Path) -> Iterator[MemoryLibrary]:
    """The scenario's companion, in a new folder under `scratch` (inside the data folder: never the
    system's temporary folder), removed on exit whatever happens."""
    scratch.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=PREFIX, dir=scratch) as folder:
        ledger = Ledger(Path(folder) / "ledger.sqlite3")
        try:
            index = open_index(IndexedModel(embedder.model_id, embedder.dim), folder=Path(folder) / "index")
        except BaseException:
            ledger.close()
            raise
        library = MemoryLibrary(ledger, index, embedder)
        try:
            save_persona(ledger, scenario.persona)
            save_people(ledger, scenario.people)
            for memory in scenario.memories:
                library.add(_new(scenario, memory, Status.COMMITTED))
            library.sync_index()
            yield library
        finally:
            library.close()


def begin_talk(library: MemoryLibrary, scenario: Scenario) -> int:
    """A conversation holding the scenario's turns already said; its id."""
    conversation_id = kept.start(library.ledger, scenario.title)
    for role, text in scenario.turns:
        kept.add_turn(library.ledger, conversation_id, NewTurn(Role(role), text))
    return conversation_id


def add_to_enrich(library: MemoryLibrary, scenario: Scenario, memory: SampleMemory) -> int:
    """A memory released for enrichment (not yet reviewed), as the gradual arrival lets one through."""
    return library.ledger.add(_new(scenario, memory, Status.RELEASED)).id


def _new(scenario: Scenario, memory: SampleMemory, status: Status) -> NewMemory:
    return NewMemory(memory.text, memory.fields, Source("checkup", scenario.id), status=status, author=AUTHOR)
