"""Exporting the whole companion: one snapshot of the ledger, without secrets, into a zip (format.py)."""
from __future__ import annotations

import os
import zipfile
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

from ..store import archive as rows
from ..store.ledger import LedgerReader
from ..store.rows import now_iso
from ..store.settings import EmbeddingSettings
from .errors import ExportCancelled
from .format import LEFT_OUT_SETTINGS, MANIFEST, Manifest, add_entry, jsonl_bytes, sha256

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def export_archive(reader: LedgerReader, path: Path, progress: Progress | None = None,
                   cancelled: Cancelled | None = None) -> Manifest:
    """Write the archive to `path` (through a temporary file: a cancel or a failure leaves no half archive)."""
    progress, cancelled = progress or (lambda done, total: None), cancelled or (lambda: False)
    path = Path(path)
    manifest = Manifest(created_at=now_iso(), app_version=app_version(), ledger_schema=reader.schema_version(),
                        embedding_model=EmbeddingSettings.read(reader).model)
    partial = path.with_name(path.name + ".part")
    try:
        with zipfile.ZipFile(partial, "w") as archive:
            tables = list(rows.read_tables(reader, LEFT_OUT_SETTINGS))
            for done, (table, found) in enumerate(tables, start=1):
                if cancelled():
                    raise ExportCancelled()
                data = jsonl_bytes(found)
                add_entry(archive, f"{table}.jsonl", data)
                manifest.files[f"{table}.jsonl"] = {"rows": len(found), "sha256": sha256(data)}
                progress(done, len(tables) + 1)
            add_entry(archive, MANIFEST, manifest.to_json().encode("utf-8"))
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    progress(len(tables) + 1, len(tables) + 1)
    return manifest


def app_version() -> str:
    try:
        return metadata.version("liblitz")
    except metadata.PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"
