"""The flags on top of an item: one clear sentence each, with the exact words highlighted."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ...enrichment import Flag
from .highlight import flag_html


class FlagList(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewFlags")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet("#reviewFlags { background: #fff4e5; border: 1px solid #f0b25a; "
                           "border-radius: 4px; padding: 8px; color: #3d2600; }")
        self.flags: tuple[Flag, ...] = ()
        self.hide()

    def show_flags(self, flags: Sequence[Flag], values: dict[str, str]) -> None:
        """`values`: the text each span target points at ("original", "reflection", "persons[0]", …)."""
        self.flags = tuple(flags)
        self.setText("<br><br>".join(flag_html(f, values) for f in flags))
        self.setVisible(bool(flags))
