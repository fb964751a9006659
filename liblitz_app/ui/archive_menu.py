"""File ▸ "Exporter Liblitz…" and "Restaurer une archive…": a file dialog, then a store job with progress
and cancel (the archive's work runs on the store's lane, where the ledger writer lives)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..archive import export_archive, rebuild_after_restore, restore_archive
from ..i18n import tr, tr_n
from .store_thread import Store
from .tasks import Task

Track = Callable[[Task, str], object]  # the window's progress dialog for a task
Say = Callable[[str], None]

ZIP_FILTER = "Archive Liblitz (*.zip)"


def ask_export_path(parent: QWidget) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, tr("Exporter Liblitz…"), str(Path.home() / "liblitz.zip"),
                                          tr(ZIP_FILTER))
    return Path(path) if path else None


def ask_restore_path(parent: QWidget) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, tr("Restaurer une archive…"), str(Path.home()), tr(ZIP_FILTER))
    return Path(path) if path else None


def export_to(store: Store, path: Path, track: Track, say: Say) -> Task:
    task = store.track(lambda library, t: export_archive(library.ledger, path, t.report, t.cancelled), changes=False)
    track(task, tr("Export de Liblitz…"))
    # Every memory goes, whatever its state: the status bar's count is of the kept ones only, so say it.
    task.succeeded.connect(lambda manifest: say(tr_n("Liblitz exportée dans {file} : {n} souvenir, tous états "
                                                     "confondus (retenus, à relire, en attente).",
                                                     "Liblitz exportée dans {file} : {n} souvenirs, tous états "
                                                     "confondus (retenus, à relire, en attente).",
                                                     manifest.counts.get("memories", 0), file=path.name)))
    return task


def restore_from(store: Store, path: Path, track: Track, say: Say, parent: QWidget | None = None) -> Task:
    """Restore (one transaction: a cancel or a bad file writes nothing), then rebuild the vectors."""
    def work(library, task):  # noqa: ANN001, ANN202 - a store job
        report = restore_archive(library.ledger, path, task.report, task.cancelled)
        return report, rebuild_after_restore(library, task.report, task.cancelled)
    task = store.track(work)
    track(task, tr("Restauration de l'archive…"))
    task.succeeded.connect(lambda outcome: _tell(outcome, say, parent))
    return task


def _tell(outcome: tuple, say: Say, parent: QWidget | None) -> None:
    report, indexed = outcome
    say(tr_n("Archive restaurée : {n} souvenir ajouté ; index reconstruit ({indexed}).",
             "Archive restaurée : {n} souvenirs ajoutés ; index reconstruit ({indexed}).",
             report.added.get("memories", 0), indexed=indexed))
    if report.conflicts and parent is not None:
        lines = [tr("{table} : gardé {kept}, l'archive avait {archived}", table=c["table"], kept=c["kept"],
                    archived=c["archived"]) for c in report.conflicts[:20]]
        QMessageBox.information(parent, "Liblitz", tr("Conflits (ce qui était ici est gardé) :") + "\n" + "\n".join(lines))
