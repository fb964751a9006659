"""Everything about the selected memory: its words, its fields, where it came from, its versions."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from ...i18n import tr
from ...memory import Memory, MemoryVersion
from .history_dialog import action_label, author_label, describe_fields

_SOURCES = {"manual": "écrit à la main", "import": "importé", "chat": "conversation", "document": "document",
            "persona": "fiche du compagnon"}


def provenance(memory: Memory) -> str:
    source = memory.source
    text = tr(_SOURCES.get(source.kind, source.kind))
    if source.name:
        text += f" — {source.name}"
    if source.row is not None:
        text += tr(", ligne {n}", n=source.row)
    return text + tr(" — entré le {when}", when=memory.created_at.astimezone().strftime("%Y-%m-%d %H:%M"))


VERSION_LINES = 3


class DetailPanel(QWidget):
    """Signals: edit_requested(), forget_requested(), restore_requested(int) — the version wanted back."""

    edit_requested = Signal()
    forget_requested = Signal()
    restore_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QTextBrowser()
        self.versions = QListWidget()
        # A narrow panel cuts the middle of a version's line (whole in its tooltip); a horizontal scroll
        # bar would hide the second version behind it.
        self.versions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.versions.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.edit_button = QPushButton(tr("Modifier"))
        self.forget_button = QPushButton(tr("Oublier"))
        self.restore_button = QPushButton(tr("Restaurer la version choisie"))
        self._memory: Memory | None = None
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.forget_button):
            buttons.addWidget(button)
        versions_title = QHBoxLayout()  # restore beside its list: the panel stays narrow, the table wide
        versions_title.addWidget(QLabel(tr("Versions")), 1)
        versions_title.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Most memories have one or two versions: the list is as tall as they are (three lines at most),
        # the memory gets the rest (at 1024×700 the pane is short: a list of fixed height left it 2 lines).
        self._line = self.versions.fontMetrics().lineSpacing() + 2
        self.view.setMinimumHeight(self.view.fontMetrics().lineSpacing() * 4)
        layout.addWidget(self.view, 1)
        layout.addLayout(versions_title)
        layout.addWidget(self.versions)
        layout.addLayout(buttons)
        self.edit_button.clicked.connect(self.edit_requested)
        self.forget_button.clicked.connect(self.forget_requested)
        self.restore_button.clicked.connect(self._restore)
        self.versions.currentItemChanged.connect(self._update_buttons)
        self.show_memory(None, [])

    def show_memory(self, memory: Memory | None, versions: list[MemoryVersion]) -> None:
        self._memory = memory
        self.versions.clear()
        if memory is None:
            self.view.setHtml(f"<p>{escape(tr('Choisissez un souvenir pour le lire ici.'))}</p>")
        else:
            # No heading, no empty field: the panel is short (a few lines at 1024×700), the words come first.
            fields = escape(describe_fields(memory.fields, known_only=True)).replace("\n", "<br>")
            self.view.setHtml(f"<p><b>{escape(memory.text)}</b></p>"
                              f"<p>{fields}</p><p><i>{escape(provenance(memory))}</i></p>")
            for version in reversed(versions):
                item = QListWidgetItem(tr("v{n} · {action} · {author} · {when}", n=version.version,
                                          action=action_label(version.action), author=author_label(version.author),
                                          when=version.created_at.astimezone().strftime("%Y-%m-%d %H:%M")))
                item.setData(Qt.ItemDataRole.UserRole, version.version)
                item.setToolTip(item.text())
                self.versions.addItem(item)
        self._fit_versions()
        self._update_buttons()

    def _fit_versions(self) -> None:
        """As many lines as versions, up to three (then it scrolls): one version takes one line, not three."""
        row = self.versions.sizeHintForRow(0) if self.versions.count() else self._line
        lines = min(max(self.versions.count(), 1), VERSION_LINES)
        self.versions.setFixedHeight(row * lines + 2 * self.versions.frameWidth())

    def _update_buttons(self) -> None:
        alive = self._memory is not None and not self._memory.forgotten
        self.edit_button.setEnabled(alive)
        self.forget_button.setEnabled(alive)
        item = self.versions.currentItem()
        chosen = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.restore_button.setEnabled(alive and chosen is not None and chosen != self._memory.version)

    def _restore(self) -> None:
        item = self.versions.currentItem()
        if item is not None:
            self.restore_requested.emit(item.data(Qt.ItemDataRole.UserRole))
