"""The memory's own words, verbatim, with what a guard pointed at in them highlighted."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from ...enrichment import Flag
from ...i18n import short_day, tr
from ...memory import Memory
from .highlight import marked

SOURCES = {"manual": "écrit à la main", "import": "importé", "chat": "conversation", "document": "document"}


class OriginalView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(tr("Le souvenir, tel quel"))
        self.caption.setStyleSheet("font-weight: bold;")
        self.text = QTextBrowser()
        self.text.setStyleSheet("QTextBrowser { font-size: 11pt; background: #fbfaf7; }")
        self.meta = QLabel()
        self.meta.setStyleSheet("color: #666;")
        self.meta.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.meta)

    def show_memory(self, memory: Memory, flags: Sequence[Flag] = ()) -> None:
        spans = [s for f in flags for s in f.spans if s.target == "original"]
        self.text.setHtml(marked(memory.text, spans))
        source = tr(SOURCES.get(memory.source.kind, memory.source.kind))
        if memory.source.name:
            source += f" ({memory.source.name})"
        arrived = short_day(memory.created_at.astimezone())
        own = memory.fields.time  # the memory's own date (an import's timestamp), shown so a change is seen
        if own.start is not None:
            self.meta.setText(tr("Souvenir n°{id} · daté du {when} · arrivé le {day} · {source}", id=memory.id,
                                 when=short_day(own.start), day=arrived, source=source))
        else:
            self.meta.setText(tr("Souvenir n°{id} · arrivé le {day} · {source}", id=memory.id, day=arrived,
                                 source=source))
