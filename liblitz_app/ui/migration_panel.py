"""The model dialog's part about a change of embedding model: the new index's progress, pause,
resume, cancel, and the old indexes kept on disk until the user drops them. Shows what QtMigration
says; asks it for everything."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QProgressBar, QPushButton, QVBoxLayout, QWidget,
)

from ..i18n import tr
from ..store.index_migration import KeptIndex
from .model_migration import BUILDING, IDLE, PAUSED, STOPPING, SWITCHING, QtMigration


class MigrationPanel(QWidget):
    def __init__(self, migration: QtMigration, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.migration = migration
        self._last_state = IDLE
        self.building = QGroupBox(tr("Nouvel index de recherche"))
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.progress = QProgressBar()
        self.pause_button = QPushButton(tr("Mettre en pause"))
        self.resume_button = QPushButton(tr("Reprendre"))
        self.cancel_button = QPushButton(tr("Annuler le changement"))
        self.kept = QGroupBox(tr("Anciens index gardés sur le disque"))
        self.kept_list = QListWidget()
        self.kept_list.setMaximumHeight(70)
        self.drop_button = QPushButton(tr("Supprimer l'ancien index"))
        self._lay_out()
        self.pause_button.clicked.connect(migration.pause)
        self.resume_button.clicked.connect(migration.resume)
        self.cancel_button.clicked.connect(migration.cancel)
        self.drop_button.clicked.connect(self._drop)
        self.kept_list.currentItemChanged.connect(lambda *_: self.drop_button.setEnabled(self._chosen() is not None))
        migration.state_changed.connect(self.show_state)
        migration.progress.connect(self.show_progress)
        migration.kept_changed.connect(self.show_kept)
        self.show_state(migration.state)
        self.show_kept([])
        migration.refresh_kept()

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.pause_button, self.resume_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        building = QVBoxLayout(self.building)
        building.addWidget(self.state)
        building.addWidget(self.progress)
        building.addLayout(buttons)
        kept = QHBoxLayout(self.kept)
        kept.addWidget(self.kept_list, 1, Qt.AlignmentFlag.AlignTop)
        kept.addWidget(self.drop_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.building)
        layout.addWidget(self.kept)
        layout.addStretch(1)

    def show_state(self, state: str) -> None:
        target = self.migration.target
        model = target.model.model_id if target else ""
        sentences = {
            BUILDING: tr("Construction de l'index pour {model}. La recherche continue avec l'ancien modèle ; "
                         "vous pouvez fermer cette fenêtre.", model=model),
            STOPPING: tr("Arrêt après le lot en cours…"),
            PAUSED: tr("Construction en pause ({model}). La recherche continue avec l'ancien modèle.", model=model),
            SWITCHING: tr("Dernières mises à jour, puis passage au nouveau modèle…"),
        }
        if state == BUILDING and self._last_state != BUILDING:
            self.progress.setRange(0, 0)  # busy until the first batch says how far it is
        self._last_state = state
        self.building.setVisible(state != IDLE)
        self.state.setText(sentences.get(state, ""))
        self.pause_button.setVisible(state in (BUILDING, STOPPING))
        self.pause_button.setEnabled(state == BUILDING)
        self.resume_button.setVisible(state == PAUSED)
        self.cancel_button.setEnabled(state in (BUILDING, PAUSED))

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.migration.progress_text(done, total))

    def show_kept(self, kept: list[KeptIndex]) -> None:
        self.kept_list.clear()
        for index in kept:
            item = QListWidgetItem(tr("{model} — {size} Mo", model=index.model.model_id,
                                      size=f"{index.size / 2**20:.1f}"))
            item.setData(Qt.ItemDataRole.UserRole, index.model)
            self.kept_list.addItem(item)
        self.kept.setVisible(bool(kept))
        if kept:
            self.kept_list.setCurrentRow(0)
        self.drop_button.setEnabled(self._chosen() is not None)

    def _chosen(self) -> object | None:
        item = self.kept_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _drop(self) -> None:
        model = self._chosen()
        if model is not None:
            self.drop_button.setEnabled(False)
            self.migration.drop(model)
