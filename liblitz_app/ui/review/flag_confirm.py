"""Accepting a flagged proposal as it stands: each flag the user did not fix is confirmed, one box
each, or the user goes back to fix it. A rename or an invented person is not kept by one click."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ...enrichment import Flag
from ...i18n import language, tr
from ...memory import MemoryFields


def unresolved(flags: Sequence[Flag], proposed: MemoryFields, kept: MemoryFields) -> list[Flag]:
    """The flags whose field the user left as proposed (a field they changed counts as fixed)."""
    return [f for f in flags if getattr(kept, f.field, None) == getattr(proposed, f.field, None)]


class FlagConfirmDialog(QDialog):
    def __init__(self, flags: Sequence[Flag], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Retenir malgré les signalements ?"))
        self.boxes = [QCheckBox(flag.message(language())) for flag in flags]
        self.buttons = QDialogButtonBox()
        self.keep = self.buttons.addButton(tr("Retenir tel quel"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(tr("Corriger"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        said = QLabel(tr("Ces points ont été signalés et n'ont pas été corrigés. Cochez chacun pour le confirmer "
                         "tel quel, ou revenez le corriger."))
        said.setWordWrap(True)
        layout.addWidget(said)
        for box in self.boxes:
            box.toggled.connect(self._update)
            layout.addWidget(box)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        self.keep.setEnabled(all(box.isChecked() for box in self.boxes))
