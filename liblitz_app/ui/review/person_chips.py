"""Persons as removable chips, plus a box to add one."""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QToolButton, QWidget

from ...i18n import tr

CHIP_STYLE = "QToolButton { border: 1px solid #9aa7b8; border-radius: 10px; padding: 2px 8px; background: #eef3f8; }"
FLAGGED_STYLE = "QToolButton { border: 1px solid #d9822b; border-radius: 10px; padding: 2px 8px; background: #ffe08a; }"


class PersonChips(QWidget):
    """Signals:
        changed(): a person was added or removed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names: list[str] = []
        self._chips: list[QToolButton] = []
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(tr("Ajouter une personne"))
        self.add_button = QPushButton(tr("Ajouter"))
        self.entry.returnPressed.connect(self._add_typed)
        self.add_button.clicked.connect(self._add_typed)
        self.row.addStretch(1)
        self.row.addWidget(self.entry)
        self.row.addWidget(self.add_button)

    def persons(self) -> tuple[str, ...]:
        return tuple(self._names)

    def set_persons(self, names: Iterable[str], flagged: Iterable[int] = ()) -> None:
        self._names = [n for n in dict.fromkeys(names) if n.strip()]
        self._rebuild(set(flagged))

    def add(self, name: str) -> None:
        name = name.strip()
        if name and name not in self._names:
            self._names.append(name)
            self._rebuild(set())
            self.changed.emit()

    def remove(self, name: str) -> None:
        if name in self._names:
            self._names.remove(name)
            self._rebuild(set())
            self.changed.emit()

    def chip(self, name: str) -> QToolButton:
        return next(c for c in self._chips if c.property("person") == name)

    def _add_typed(self) -> None:
        self.add(self.entry.text())
        self.entry.clear()

    def _rebuild(self, flagged: set[int]) -> None:
        for chip in self._chips:
            self.row.removeWidget(chip)
            chip.deleteLater()
        self._chips = []
        for position, name in enumerate(self._names):
            chip = QToolButton()
            chip.setText(f"{name}  ✕")
            chip.setProperty("person", name)
            chip.setToolTip(tr("Retirer {name}", name=name))
            chip.setStyleSheet(FLAGGED_STYLE if position in flagged else CHIP_STYLE)
            chip.clicked.connect(lambda _=False, n=name: self.remove(n))
            self.row.insertWidget(position, chip)
            self._chips.append(chip)
