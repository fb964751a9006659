"""A few grey lines over an empty transcript: what the chat is and what she needs to answer. QTextBrowser's own
placeholder shows only its first line, so this is a label on the view's viewport, shown while it is empty."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtWidgets import QLabel, QTextBrowser


class EmptyHint(QLabel):
    def __init__(self, text: str, view: QTextBrowser) -> None:
        super().__init__(text, view.viewport())
        self.view = view
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setStyleSheet("color: palette(placeholder-text); padding: 8px;")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)
        view.textChanged.connect(self.follow)
        self.follow()

    @Slot()
    def follow(self) -> None:
        """Shown exactly while the transcript is empty."""
        self.setVisible(self.view.document().isEmpty())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self.view.viewport().rect())
        return False
