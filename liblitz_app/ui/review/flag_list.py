"""The flags on top of an item: one clear sentence each, with the exact words highlighted; under a flag that takes a
name for someone to keep, a link to say it is an animal's (review/animals.py)."""
from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QWidget

from ...enrichment import Flag
from ...i18n import tr
from ...review.animals import named_by
from .highlight import flag_html

_ANIMAL = "animal:"


class FlagList(QLabel):
    """Signals:
        animal_named(str): the user says this name, taken for someone, is an animal's.
    """

    animal_named = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewFlags")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.setStyleSheet("#reviewFlags { background: #fff4e5; border: 1px solid #f0b25a; "
                           "border-radius: 4px; padding: 8px; color: #3d2600; }")
        self.flags: tuple[Flag, ...] = ()
        self.names: tuple[str, ...] = ()  # the name each animal link stands for, by its number
        self.linkActivated.connect(self._on_link)
        self.hide()

    def show_flags(self, flags: Sequence[Flag], values: dict[str, str]) -> None:
        """`values`: the text each span target points at ("original", "reflection", "persons[0]", …)."""
        self.flags = tuple(flags)
        names: list[str] = []
        parts = []
        for flag in flags:
            html = flag_html(flag, values)
            if name := named_by(flag, values):
                names.append(name)
                html += (f"<br><a href='{_ANIMAL}{len(names) - 1}'>"
                         f"{escape(tr('« {name} » est un animal, pas une personne', name=name), quote=False)}</a>")
            parts.append(html)
        self.names = tuple(names)
        self.setText("<br><br>".join(parts))
        self.setVisible(bool(flags))

    @Slot(str)
    def _on_link(self, link: str) -> None:
        number = link.removeprefix(_ANIMAL)
        if link.startswith(_ANIMAL) and number.isdigit() and int(number) < len(self.names):
            self.animal_named.emit(self.names[int(number)])
