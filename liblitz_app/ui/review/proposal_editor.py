"""Every proposed field, editable; the words a guard flagged are highlighted where they stand."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from ...enrichment import Flag, Span
from ...i18n import tr
from ...memory import EventTime, MemoryFields
from ..browser.memory_form import DateInput, EmotionPicker, IntensityInput
from .person_chips import PersonChips

FLAGGED_LINE = "QLineEdit { border: 2px solid #d9822b; background: #fff8e6; }"


class ProposalEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.emotion, self.secondary = EmotionPicker(), EmotionPicker()
        self.confidence = QLabel()  # the emotion reader's confidence in the emotion it proposed
        self.emotion.currentIndexChanged.connect(lambda _index: self.confidence.hide())
        self.intensity = IntensityInput()
        self.persons = PersonChips()
        self.place, self.said = QLineEdit(), QLineEdit()
        self.said.setPlaceholderText(tr("Comme vous le diriez : « hier soir », « l'été 2019 »"))
        self.start, self.end = DateInput(tr("Le")), DateInput(tr("jusqu'au"))
        self.reflection = QPlainTextEdit()
        self.reflection.setPlaceholderText(tr("Ce que le compagnon en pense, à la première personne."))
        self.reflection.setMinimumHeight(80)
        form = QFormLayout(self)
        for caption, widget in ((tr("Émotion"), self._beside(self.emotion, self.confidence)),
                                (tr("Émotion secondaire"), self.secondary),
                                (tr("Intensité"), self.intensity), (tr("Personnes"), self.persons),
                                (tr("Lieu"), self.place), (tr("Quand (tel que dit)"), self.said),
                                (tr("Date"), self.start), ("", self.end), (tr("Réflexion"), self.reflection)):
            form.addRow(caption, widget)

    @staticmethod
    def _beside(widget: QWidget, note: QLabel) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(widget, 1)
        layout.addWidget(note)
        return row

    def set_fields(self, fields: MemoryFields, flags: Sequence[Flag] = (),
                   emotion_confidence: float | None = None) -> None:
        spans = [s for f in flags for s in f.spans]
        self.emotion.set_emotion(fields.emotion)
        self.confidence.setText(tr("confiance {percent} %", percent=round(100 * (emotion_confidence or 0))))
        self.confidence.setVisible(emotion_confidence is not None and fields.emotion is not None)
        self.secondary.set_emotion(fields.secondary_emotion)
        self.intensity.set_intensity(fields.intensity)
        self.persons.set_persons(fields.persons, _flagged_persons(spans))
        self.place.setText(fields.place)
        self.said.setText(fields.time.said)
        self.start.set_day(fields.time.start)
        self.end.set_day(fields.time.end if fields.time.end != fields.time.start else None)
        self.reflection.setPlainText(fields.reflection)
        self._mark(spans, {f.field for f in flags})

    def mark(self, flags: Sequence[Flag]) -> None:
        """Other flags on the fields as the user left them (a name told to be an animal's): only the marks change."""
        spans = [s for f in flags for s in f.spans]
        self.persons.set_persons(self.persons.persons(), _flagged_persons(spans))
        self._mark(spans, {f.field for f in flags})

    def fields(self) -> MemoryFields:
        start = self.start.day()
        return MemoryFields(
            emotion=self.emotion.emotion(), secondary_emotion=self.secondary.emotion(),
            intensity=self.intensity.intensity(), place=self.place.text(), persons=self.persons.persons(),
            time=EventTime(self.said.text().strip(), start, self.end.day() if start else None),
            reflection=self.reflection.toPlainText(),
        ).validated()

    def _mark(self, spans: Sequence[Span], flagged_fields: set[str]) -> None:
        self.place.setStyleSheet(FLAGGED_LINE if "place" in flagged_fields else "")
        self.said.setStyleSheet(FLAGGED_LINE if {"time", "time.said"} & flagged_fields else "")
        # Widest first: exact words (drawn last) stand out from a flag about the whole reflection.
        ours = sorted((s for s in spans if s.target == "reflection"), key=lambda s: s.start - s.end)
        self.reflection.setExtraSelections([self._selection(s) for s in ours])

    def _selection(self, span: Span) -> QTextEdit.ExtraSelection:
        """A highlight that follows the words while the user edits around them."""
        length = len(self.reflection.toPlainText())
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.reflection.document())
        cursor.setPosition(min(span.start, length))
        cursor.setPosition(min(span.end, length), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor, selection.format = cursor, _mark_format(whole=span.end - span.start >= 0.8 * length)
        return selection


def _flagged_persons(spans: Sequence[Span]) -> list[int]:
    return [int(s.target[8:-1]) for s in spans if s.target.startswith("persons[")]


def _mark_format(whole: bool) -> QTextCharFormat:
    """Exact words: bold, dark red on yellow; a flag about the whole text: a light wash only."""
    text_format = QTextCharFormat()
    text_format.setBackground(QColor("#fff4d6" if whole else "#ffd75e"))
    if not whole:
        text_format.setForeground(QColor("#8a1c00"))
        text_format.setFontWeight(700)
    return text_format
