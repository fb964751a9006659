"""The versions of one memory, any of which can be brought back as a new version."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QTextBrowser,
    QVBoxLayout, QWidget,
)

from ...i18n import language, tr
from ...memory import Memory, MemoryFields, MemoryVersion, Status, label

# A version made by a status move is named after the status (see Ledger.set_status).
_ACTIONS = {"create": "création", "edit": "modification", "restore": "restauration",
            Status.COMMITTED.value: "validation", Status.IN_REVIEW.value: "revue"}


# Who made a version, in the user's words: the ledger keeps the short internal name.
_AUTHORS = {"user": "vous", "review": "relecture", "import": "import", "conversation": "conversation",
            "model": "modèle", "feeder": "arrivée"}


def action_label(action: str) -> str:
    return tr(_ACTIONS[action]) if action in _ACTIONS else action


def author_label(author: str) -> str:
    return tr(_AUTHORS[author]) if author in _AUTHORS else author


def describe_fields(fields: MemoryFields, known_only: bool = False) -> str:
    """One line per field; `known_only` leaves out those with no value (the detail panel is short)."""
    time = fields.time
    day = time.start.isoformat() if time.start else ""
    if time.end and time.end != time.start:
        day += f" → {time.end.isoformat()}"
    rows = [
        (tr("Émotion"), label(fields.emotion, language()) if fields.emotion else "—"),
        (tr("Émotion secondaire"), label(fields.secondary_emotion, language()) if fields.secondary_emotion else "—"),
        (tr("Intensité"), "—" if fields.intensity is None else str(fields.intensity)),
        (tr("Lieu"), fields.place or "—"),
        (tr("Personnes"), ", ".join(fields.persons) or "—"),
        (tr("Quand (tel que dit)"), time.said or "—"),
        (tr("Date"), day or "—"),
        (tr("Réflexion"), fields.reflection or "—"),
    ]
    return "\n".join(tr("{name} : {value}", name=name, value=value) for name, value in rows
                     if not known_only or value != "—")


class HistoryDialog(QDialog):
    """Signals: restore_requested(int): the version the user wants back."""

    restore_requested = Signal(int)

    def __init__(self, memory: Memory, versions: list[MemoryVersion], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Historique du souvenir"))
        self.resize(720, 420)
        self._memory = memory
        self.versions = QListWidget()
        for version in reversed(versions):
            text = tr("Version {n} — {when} — {action} ({author})", n=version.version,
                      when=version.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                      action=action_label(version.action), author=author_label(version.author))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, version)
            self.versions.addItem(item)
        self.details = QTextBrowser()
        self.restore = QPushButton(tr("Restaurer cette version"))
        self.restore.setEnabled(False)
        self.versions.currentItemChanged.connect(self._show)
        self.restore.clicked.connect(self._restore)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Fermer"))
        buttons.rejected.connect(self.reject)
        panes = QHBoxLayout()
        panes.addWidget(self.versions, 1)
        panes.addWidget(self.details, 1)
        layout = QVBoxLayout(self)
        text = QLabel(memory.text)
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addLayout(panes)
        row = QHBoxLayout()
        row.addWidget(self.restore)
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
        if self.versions.count():
            self.versions.setCurrentRow(0)

    def selected_version(self) -> MemoryVersion | None:
        item = self.versions.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select_version(self, number: int) -> None:
        for row in range(self.versions.count()):
            if self.versions.item(row).data(Qt.ItemDataRole.UserRole).version == number:
                self.versions.setCurrentRow(row)

    def _show(self) -> None:
        version = self.selected_version()
        self.details.setPlainText(describe_fields(version.fields) if version else "")
        self.restore.setEnabled(version is not None and version.version != self._memory.version)

    def _restore(self) -> None:
        version = self.selected_version()
        if version is not None:
            self.restore_requested.emit(version.version)
            self.accept()
