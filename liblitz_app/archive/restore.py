"""Restoring an archive: verified whole first (format.py), then written in one transaction; an empty
ledger gets the same companion back, a non-empty one gains what it lacks (conflicts are reported, the
rows already there are kept as they are). Vectors are rebuilt afterwards from the ledger."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..documents import shelf_of
from ..store import archive as rows
from ..store.ledger import Ledger
from ..store.library import MemoryLibrary
from ..store.schema import LATEST
from .errors import ArchiveRefused, RestoreCancelled
from .format import LEFT_OUT_SETTINGS, read_archive

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
RestoreReport = rows.RestoreReport


def restore_archive(ledger: Ledger, path: Path, progress: Progress | None = None,
                    cancelled: Cancelled | None = None) -> RestoreReport:
    """Raises ArchiveRefused (nothing written) or RestoreCancelled (rolled back, nothing written)."""
    progress, cancelled = progress or (lambda done, total: None), cancelled or (lambda: False)
    manifest, tables = read_archive(Path(path))
    if manifest.ledger_schema > LATEST:
        raise ArchiveRefused("L'archive « {name} » vient d'une version plus récente de Liblitz (schéma {found}) : "
                             "mettez Liblitz à jour ; rien n'a été modifié.", name=Path(path).name,
                             found=manifest.ledger_schema)
    if cancelled():
        raise RestoreCancelled()
    try:
        return rows.write_tables(ledger, tables, progress, cancelled, LEFT_OUT_SETTINGS)
    except rows.Cancel as error:
        raise RestoreCancelled() from error


def rebuild_after_restore(library: MemoryLibrary, progress: Progress | None = None,
                          cancelled: Cancelled | None = None) -> int:
    """The memories' index rebuilt from the ledger (the number indexed), then the shared documents'
    chunks put in theirs (the shelf reconciles on opening). Cancelled, the next start finishes it."""
    memories = library.rebuild(progress, cancelled)
    shelf_of(library)
    return memories
