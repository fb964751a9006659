"""The four decisions, each with its keyboard shortcut (shown in its tooltip)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QToolButton, QWidget

from ...i18n import tr

ACCEPT_KEYS, REJECT_KEYS, ASK_AGAIN_KEYS, SKIP_KEYS = "Ctrl+Return", "Ctrl+R", "Ctrl+Shift+A", "Ctrl+S"


def _shown(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class ReviewActions(QWidget):
    """Signals:
        accept_clicked(), reject_clicked(), skip_clicked(): a decision, by button or shortcut.
        ask_again(str): ask again with this model ("" = the offline extractor; None-like "=" = the same).
    """

    accept_clicked = Signal()
    reject_clicked = Signal()
    skip_clicked = Signal()
    ask_again = Signal(str)
    SAME = "="  # ask_again's argument for "the model in use"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accept_button = QPushButton(tr("Accepter"))
        self.accept_button.setStyleSheet("QPushButton { font-weight: bold; padding: 4px 14px; }")
        self.reject_button = QPushButton(tr("Rejeter…"))
        self.skip_button = QPushButton(tr("Passer"))
        self.ask_again_button = QToolButton()
        self.ask_again_button.setText(tr("Redemander"))
        self.ask_again_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.models_menu = QMenu(self)
        self.ask_again_button.setMenu(self.models_menu)
        self._describe()
        self._connect(parent or self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.accept_button)
        row.addWidget(self.reject_button)
        row.addWidget(self.ask_again_button)
        row.addWidget(self.skip_button)
        row.addStretch(1)

    def for_note(self, note: bool) -> None:
        """A note for her card is added to the card, and no model is asked again for it."""
        self.accept_button.setText(tr("Ajouter à sa fiche") if note else tr("Accepter"))
        self.accept_button.setToolTip(tr("Ajouter cette note à sa fiche ({keys})", keys=_shown(ACCEPT_KEYS)) if note
                                      else tr("Retenir ce souvenir avec ces champs ({keys})", keys=_shown(ACCEPT_KEYS)))
        self.ask_again_button.setVisible(not note)

    def _describe(self) -> None:
        self.for_note(False)
        self.reject_button.setToolTip(tr("Rejeter, avec une raison si vous voulez ({keys})", keys=_shown(REJECT_KEYS)))
        self.ask_again_button.setToolTip(
            tr("Redemander une proposition, au même modèle ou à un autre ({keys})", keys=_shown(ASK_AGAIN_KEYS)))
        self.skip_button.setToolTip(tr("Passer : il attendra derrière les autres ({keys})", keys=_shown(SKIP_KEYS)))

    def _connect(self, scope: QWidget) -> None:
        self.accept_button.clicked.connect(self.accept_clicked)
        self.reject_button.clicked.connect(self.reject_clicked)
        self.skip_button.clicked.connect(self.skip_clicked)
        self.ask_again_button.clicked.connect(lambda: self.ask_again.emit(self.SAME))
        self.shortcuts: list[QShortcut] = []
        for keys, slot in ((ACCEPT_KEYS, self.accept_clicked.emit), ("Ctrl+Enter", self.accept_clicked.emit),
                           (REJECT_KEYS, self.reject_clicked.emit), (SKIP_KEYS, self.skip_clicked.emit),
                           (ASK_AGAIN_KEYS, lambda: self.ask_again.emit(self.SAME))):
            self.shortcuts.append(self._shortcut(scope, keys, slot))

    def _shortcut(self, scope: QWidget, keys: str, slot: Callable[[], None]) -> QShortcut:
        shortcut = QShortcut(QKeySequence(keys), scope)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: self.isEnabled() and slot())
        return shortcut

    def set_models(self, models: list[str]) -> None:
        self.models_menu.clear()
        for name in ["", *models]:
            action = QAction(name or tr("Extracteur hors ligne"), self.models_menu)
            action.triggered.connect(lambda _=False, n=name: self.ask_again.emit(n))
            self.models_menu.addAction(action)
