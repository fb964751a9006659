"""Fixtures for the intake tests: a fresh ledger, file writers, a ledger checksum, a toy embedder."""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest

from liblitz_app.intake.duplicates import normalise_text
from liblitz_app.store.ledger import Ledger

TABLES = ("memories", "memory_versions", "journal", "settings", "index_outbox", "import_batches",
          "import_rows", "layout_mappings", "persona_material", "feed_order")


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[Ledger]:
    (tmp_path / "data").mkdir()
    ledger = Ledger(tmp_path / "data" / "ledger.sqlite3")
    yield ledger
    ledger.close()


@pytest.fixture
def write(tmp_path: Path) -> Callable[..., Path]:
    def write_file(name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
        return path
    return write_file


def checksum(ledger: Ledger) -> str:
    """Every row of every table, hashed: equal before and after means the ledger is unchanged."""
    digest = hashlib.sha256()
    for table in TABLES:  # read straight from the tables: the test checks the store itself
        for row in ledger._conn.execute(f"SELECT * FROM {table} ORDER BY rowid"):
            digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def toy_embed(texts: list[str]) -> np.ndarray:
    """A bag-of-words embedder (hashed words, L2-normalised): near-identical sentences score ~0.9+."""
    vectors = np.zeros((len(texts), 256), dtype=np.float32)
    for i, text in enumerate(texts):
        for word in re.findall(r"\w+", normalise_text(text)):
            vectors[i, int(hashlib.md5(word.encode()).hexdigest(), 16) % 256] += 1.0
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1, norms)


CHAT = (
    "Timestamp,From,Text,Reaction,ID\n"
    "2021-03-04T10:00:00Z,Me,\"Hier soir j'ai dîné avec Marc à Lyon\",,1\n"
    "2021-03-04T10:00:05Z,Rep,\"Ça a l'air super !\",Love,2\n"
    "2021-03-05T09:00:00Z,Me,\"Ma sœur Léa m'a appelée, j'étais si contente\",,3\n"
)
