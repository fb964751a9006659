"""Tabs tall enough for French capitals: Fusion's unselected tabs clip the accent of "À" or "É"."""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

EXTRA_HEIGHT = 4


class RoomyTabs(QProxyStyle):
    def sizeFromContents(self, kind: QStyle.ContentsType, option: QStyleOption, size: QSize,
                         widget: QWidget | None = None) -> QSize:
        result = super().sizeFromContents(kind, option, size, widget)
        if kind == QStyle.ContentsType.CT_TabBarTab:
            result.setHeight(result.height() + EXTRA_HEIGHT)
        return result
