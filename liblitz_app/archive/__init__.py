"""The portable archive: the whole companion in one zip of JSON Lines and a manifest (docs/archive.md).

    manifest = export_archive(reader, path, progress, cancelled)   # a consistent snapshot, no secret
    report = restore_archive(ledger, path, progress, cancelled)     # verified first, then one transaction
    rebuild_after_restore(library, progress, cancelled)              # vectors are rebuilt, never archived
"""
from .errors import ArchiveRefused, RestoreCancelled
from .export import export_archive
from .format import FORMAT, FORMAT_VERSION, Manifest, read_archive
from .restore import rebuild_after_restore, restore_archive

__all__ = ["ArchiveRefused", "FORMAT", "FORMAT_VERSION", "Manifest", "RestoreCancelled", "export_archive",
           "read_archive", "rebuild_after_restore", "restore_archive"]
