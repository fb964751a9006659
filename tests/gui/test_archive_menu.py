"""File ▸ Exporter Liblitz… / Restaurer une archive… on the real window: the work runs on the store's
lane with a progress dialog; a bad archive is told as a sentence and changes nothing."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from liblitz_app.memory import Status
from liblitz_app.store.ledger import NewMemory


def test_export_then_restore_through_the_file_menu(qtbot, window, tmp_path: Path) -> None:
    assert window.export_action.isEnabled() and window.restore_action.isEnabled()
    with qtbot.waitSignal(window.store.run(lambda library: library.add(
            NewMemory("Le premier souvenir exporté.", status=Status.COMMITTED))).ended, timeout=30000):
        pass
    task = window.export_companion(tmp_path / "a.zip")
    with qtbot.waitSignal(task.succeeded, timeout=30000) as exported:
        pass
    assert exported.args[0].counts["memories"] == 1 and (tmp_path / "a.zip").exists()
    task = window.restore_companion(tmp_path / "a.zip")  # the same memory: merged, nothing added
    with qtbot.waitSignal(task.succeeded, timeout=60000) as restored:
        pass
    report, indexed = restored.args[0]
    assert not report.added.get("memories") and indexed == 1


def test_a_bad_archive_is_told_and_refused(qtbot, window, tmp_path: Path) -> None:
    (tmp_path / "bad.zip").write_bytes(b"not a zip at all")
    task = window.restore_companion(tmp_path / "bad.zip")
    with qtbot.waitSignal(task.failed, timeout=30000) as failed:
        pass
    assert "n'est pas une archive Liblitz lisible" in failed.args[0]
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())  # not only the status bar
    assert box.text() == failed.args[0]
    box.close()
