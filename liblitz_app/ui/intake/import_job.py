"""The import as a store job: `run_import` on the store thread, its phases reported to the GUI."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ...intake import ImportOptions, ImportReport, run_import
from ...store.library import MemoryLibrary
from ..store_thread import TrackedJob
from ..tasks import Task
from .choices import MEANING_THRESHOLD, ImportChoices

SCALE = 1000  # progress in thousandths: a file's byte counts may not fit a Qt int


class PhaseReporter(QObject):
    """Created on the GUI thread, called from the store thread: the signal crosses back queued.

    Signals:
        progress(int, int, str): done, total (in thousandths), phase key (see `intake.PHASES`).
    """

    progress = Signal(int, int, str)

    def __call__(self, done: int, total: int, phase: str) -> None:
        scaled = SCALE if total <= 0 else round(SCALE * min(done, total) / total)
        self.progress.emit(scaled, SCALE, phase)


def import_job(choices: ImportChoices, reporter: PhaseReporter) -> TrackedJob:
    """A long job for `Store.track` (it reports progress and stops when cancelled): everything it needs is copied now, so later wizard edits cannot leak in."""
    path: Path = choices.path  # type: ignore[assignment]  # the file page completes only with a path
    mapping, policy = choices.mapping, choices.duplicates
    by_meaning, persona = choices.by_meaning, frozenset(choices.persona_rows)
    delimiter, skip_malformed = choices.delimiter, choices.skip_malformed

    def job(library: MemoryLibrary, task: Task) -> ImportReport:
        # The embedder belongs to the store thread: near-duplicate search runs here, never on the GUI.
        embed = library.embedder.embed_passages if by_meaning else None
        options = ImportOptions(mapping=mapping, duplicates=policy, embed=embed, threshold=MEANING_THRESHOLD,
                                persona_rows=persona, delimiter=delimiter, skip_malformed=skip_malformed)
        return run_import(library.ledger, path, options, progress=reporter, is_cancelled=task.cancelled)
    return job
