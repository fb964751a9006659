"""Draws a memory's text with the searched words in bold, so the table shows why it matched."""
from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...store.query import fold
from .memory_table import MEMORY_ID_ROLE


def highlighted_html(text: str, words: list[str]) -> str:
    """`text` as HTML with every word starting with one of `words` (folded) in bold."""
    if not words:
        return escape(text)
    pieces, last = [], 0
    for match in re.finditer(r"\w+", text):
        if any(fold(match.group()).startswith(word) for word in words):
            pieces.append(escape(text[last:match.start()]))
            pieces.append(f"<b>{escape(match.group())}</b>")
            last = match.end()
    pieces.append(escape(text[last:]))
    return "".join(pieces)


class HighlightDelegate(QStyledItemDelegate):
    """For the memory column: `words(memory id)` gives the folded words to embolden in that row."""

    def __init__(self, words, parent=None) -> None:  # words: Callable[[int | None], list[str]]
        super().__init__(parent)
        self._words = words

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        words = self._words(index.data(MEMORY_ID_ROLE))
        if not words:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        text, option.text = option.text, ""
        style = option.widget.style() if option.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(2)
        document.setHtml(highlighted_html(text, words))
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        rect = option.rect
        painter.translate(rect.left(), rect.top() + max(0, (rect.height() - document.size().height()) / 2))
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

