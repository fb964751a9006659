"""Every proposed field, editable; the words a guard flagged are highlighted where they stand."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

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
        self.intensity = IntensityInput()
        self.persons = PersonChips()
        self.place, self.said = QLineEdit(), QLineEdit()
        self.said.setPlaceholderText(tr("Comme vous le diriez : « hier soir », « l'été 2019 »"))
        self.start, self.end = DateInput(tr("Le")), DateInput(tr("jusqu'au"))
        self.reflection = QPlainTextEdit()
        self.reflection.setPlaceholderText(tr("Ce que le compagnon en pense, à la première personne."))
        self.reflection.setMinimumHeight(80)
        form = QFormLayout(self)
        for caption, widget in ((tr("Émotion"), self.emotion), (tr("Émotion secondaire"), self.secondary),
                                (tr("Intensité"), self.intensity), (tr("Personnes"), self.persons),
                                (tr("Lieu"), self.place), (tr("Quand (tel que dit)"), self.said),
                                (tr("Date"), self.start), ("", self.end), (tr("Réflexion"), self.reflection)):
            form.addRow(caption, widget)

    def set_fields(self, fields: MemoryFields, flags: Sequence[Flag] = ()) -> None:
        spans = [s for f in flags for s in f.spans]
        self.emotion.set_emotion(fields.emotion)
        self.secondary.set_emotion(fields.secondary_emotion)
        self.intensity.set_intensity(fields.intensity)
        flagged_persons = [int(s.target[8:-1]) for s in spans if s.target.startswith("persons[")]
        self.persons.set_persons(fields.persons, flagged_persons)
        self.place.setText(fields.place)
        self.said.setText(fields.time.said)
        self.start.set_day(fields.time.start)
        self.end.set_day(fields.time.end if fields.time.end != fields.time.start else None)
        self.reflection.setPlainText(fields.reflection)
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
        self.reflection.setExtraSelections([self._selection(s) for s in spans if s.target == "reflection"])

    def _selection(self, span: Span) -> QTextEdit.ExtraSelection:
        """A highlight that follows the words while the user edits around them."""
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.reflection.document())
        cursor.setPosition(span.start)
        cursor.setPosition(min(span.end, len(self.reflection.toPlainText())), QTextCursor.MoveMode.KeepAnchor)
        text_format = QTextCharFormat()
        text_format.setBackground(QColor("#ffe08a"))
        text_format.setForeground(QColor("#8a1c00"))
        text_format.setFontWeight(700)
        selection.cursor, selection.format = cursor, text_format
        return selection
