"""The legend: one toggle per emotion (and one for memories without), with its colour and count."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QStyle, QToolButton, QWidget

from ...i18n import tr
from ...memory import Emotion
from ...timeline import EMOTION_ORDER
from .point_style import swatch
from .wording import emotion_name

# None stands for "no emotion" in every set this legend handles.
ALL_KINDS: tuple[Emotion | None, ...] = (*EMOTION_ORDER, None)
COLUMNS = 2


class EmotionLegend(QWidget):
    """Signals:
        visible_changed(object): the frozenset of emotions now shown (None = memories without one).
    """

    visible_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[Emotion | None, QToolButton] = {kind: self._make_button(kind) for kind in ALL_KINDS}
        # Two columns: half the height of a list, so the undated memories below keep room to show
        # (one column of nine chips was squashed as soon as that list appeared).
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        title = QLabel(tr("Émotions (cliquez pour masquer)"))  # one line: a wrapping label let the chips squash
        layout.addWidget(title, 0, 0, 1, COLUMNS)
        for i, button in enumerate(self.buttons.values()):
            layout.addWidget(button, 1 + i // COLUMNS, i % COLUMNS)

    def _make_button(self, kind: Emotion | None) -> QToolButton:
        button = QToolButton()
        button.setCheckable(True)
        button.setChecked(True)
        button.setAutoRaise(True)
        button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # never squashed in height
        button.setIcon(swatch(kind))
        button.setText(emotion_name(kind))
        button.setToolButtonStyle(button.toolButtonStyle().ToolButtonTextBesideIcon)
        button.setToolTip(tr("Afficher ou masquer « {name} »", name=emotion_name(kind)))
        button.toggled.connect(self._on_toggled)
        return button

    def preferred_width(self) -> int:
        """Two columns of the widest chip with a four-digit count: the side column does not jump as counts
        change, and no name is cut ("sans émotion (127)" was), in either language."""
        button = self.buttons[None]
        widest = max(button.fontMetrics().horizontalAdvance(f"{emotion_name(kind)} (9999)") for kind in ALL_KINDS)
        chip = widest + button.iconSize().width() + 3 * button.style().pixelMetric(
            QStyle.PixelMetric.PM_ButtonMargin, None, button)
        return COLUMNS * chip + (COLUMNS - 1) * self.layout().horizontalSpacing()

    def visible(self) -> frozenset[Emotion | None]:
        return frozenset(kind for kind, button in self.buttons.items() if button.isChecked())

    def set_visible(self, kind: Emotion | None, shown: bool) -> None:
        self.buttons[kind].setChecked(shown)

    def set_counts(self, counts: dict[Emotion | None, int]) -> None:
        """Show how many memories each entry stands for; entries with none are dimmed."""
        for kind, button in self.buttons.items():
            n = counts.get(kind, 0)
            button.setText(f"{emotion_name(kind)} ({n})")
            button.setEnabled(n > 0 or not button.isChecked())  # a hidden entry can always come back

    def _on_toggled(self, _checked: bool) -> None:
        for button in self.buttons.values():  # a hidden emotion reads as struck out
            font = button.font()
            font.setStrikeOut(not button.isChecked())
            button.setFont(font)
        self.visible_changed.emit(self.visible())
