"""The form to add a memory by hand or edit its fields (the original text never changes)."""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSlider, QSpinBox, QVBoxLayout, QWidget,
)

from ...errors import describe
from ...i18n import language, short_day, tr
from ...memory import STYLES, Emotion, EventTime, InvalidMemory, Memory, MemoryFields, check_text, label
from ..store_thread import Store
from .form_hints import FormHints


def emotion_icon(emotion: Emotion) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(STYLES[emotion].colour))
    return QIcon(pixmap)


class EmotionPicker(QComboBox):
    """The taxonomy as a list with its colours; the first entry means "not said"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem("—", None)
        for emotion in Emotion:
            self.addItem(emotion_icon(emotion), label(emotion, language()), emotion.value)

    def emotion(self) -> Emotion | None:
        value = self.currentData()
        return Emotion(value) if value else None

    def set_emotion(self, emotion: Emotion | None) -> None:
        self.setCurrentIndex(max(0, self.findData(emotion.value if emotion else None)))


class IntensityInput(QWidget):
    """A slider 0–10 with a box; "—" (the box at its minimum) means not rated."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(-1, 10)
        self.box = QSpinBox()
        self.box.setRange(-1, 10)
        self.box.setSpecialValueText("—")
        self.slider.valueChanged.connect(self.box.setValue)
        self.box.valueChanged.connect(self.slider.setValue)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.slider, 1)
        row.addWidget(self.box)
        self.set_intensity(None)

    def intensity(self) -> int | None:
        return None if self.box.value() < 0 else self.box.value()

    def set_intensity(self, value: int | None) -> None:
        self.box.setValue(-1 if value is None else value)


class DateInput(QWidget):
    """An optional day: a box to tick, then a calendar."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = QCheckBox(caption)
        self.edit = QDateEdit(QDate.currentDate())
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setEnabled(False)
        self.known.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.known)
        row.addWidget(self.edit, 1)

    def day(self):  # -> date | None
        return self.edit.date().toPython() if self.known.isChecked() else None

    def set_day(self, day) -> None:  # day: date | None
        self.known.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(QDate(day.year, day.month, day.day))


class MemoryForm(QDialog):
    """Add (text editable) or edit (text shown, locked) a memory. `result_text`/`result_fields` after accept.

    Adding, the text suggests an emotion and intensity as `liblitz add` reads them (with the store's
    embedder when `store` is given); what the user picks themselves is never overwritten by one."""

    def __init__(self, memory: Memory | None = None, parent: QWidget | None = None,
                 store: Store | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Modifier le souvenir") if memory else tr("Ajouter un souvenir"))
        self.setMinimumWidth(560)
        self._build(memory is not None)
        if memory:
            self._fill(memory)
        self._picked: set[str] = set()  # "emotion", "intensity": set by the user, not by a suggestion
        self._suggesting = False
        self.hints = FormHints(self, store)  # connected after _fill: only what the user types is looked at
        self.said.textChanged.connect(self.hints.said_changed)
        self.hints.time_found.connect(self._show_time)
        if memory is None:  # an edited memory's emotion was chosen already
            self.text.textChanged.connect(self._ask_emotion)
            self.emotion.currentIndexChanged.connect(lambda: self._user_picked("emotion"))
            self.intensity.box.valueChanged.connect(lambda: self._user_picked("intensity"))
            self.hints.emotion_found.connect(self._suggest_emotion)
        self.result_text = ""
        self.result_fields = MemoryFields()

    def _build(self, editing: bool) -> None:
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(tr("Ce qui s'est passé, avec vos mots. Ce texte sera gardé tel quel, pour toujours."))
        self.text.setReadOnly(editing)
        self.emotion, self.secondary = EmotionPicker(), EmotionPicker()
        self.intensity = IntensityInput()
        self.place, self.persons, self.said = QLineEdit(), QLineEdit(), QLineEdit()
        self.persons.setPlaceholderText(tr("Séparées par des virgules : Marc, Léa"))
        self.said.setPlaceholderText(tr("Comme vous le diriez : « hier soir », « l'été 2019 »"))
        self.start, self.end = DateInput(tr("Le")), DateInput(tr("jusqu'au"))
        self.resolved, self.emotion_hint = QLabel(), QLabel()
        for hint in (self.resolved, self.emotion_hint):
            hint.setStyleSheet("color: #616161")
        self.reflection = QPlainTextEdit()
        self.reflection.setPlaceholderText(tr("Ce que le compagnon en pense, à la première personne."))
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(tr("Souvenir"), self.text)
        if editing:
            form.addRow("", QLabel(tr("Le texte d'origine ne change jamais ; seuls les champs ont des versions.")))
        for caption, widget in ((tr("Émotion"), self.emotion), ("", self.emotion_hint),
                                (tr("Émotion secondaire"), self.secondary),
                                (tr("Intensité"), self.intensity), (tr("Lieu"), self.place),
                                (tr("Personnes"), self.persons), (tr("Quand (tel que dit)"), self.said),
                                ("", self.resolved), (tr("Date"), self.start), ("", self.end),
                                (tr("Réflexion"), self.reflection)):
            form.addRow(caption, widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuler"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _fill(self, memory: Memory) -> None:
        fields = memory.fields
        self.text.setPlainText(memory.text)
        self.emotion.set_emotion(fields.emotion)
        self.secondary.set_emotion(fields.secondary_emotion)
        self.intensity.set_intensity(fields.intensity)
        self.place.setText(fields.place)
        self.persons.setText(", ".join(fields.persons))
        self.said.setText(fields.time.said)
        self.start.set_day(fields.time.start)
        self.end.set_day(fields.time.end if fields.time.end != fields.time.start else None)
        self.reflection.setPlainText(fields.reflection)

    def _show_time(self, time: EventTime | None) -> None:
        """The day the phrase means fills the dates, and is said under it; a phrase with no day leaves them."""
        if time is None:
            self.resolved.setText(tr("Aucune date reconnue dans cette expression.") if self.said.text().strip() else "")
            return
        self.start.set_day(time.start)
        self.end.set_day(time.end if time.end and time.end != time.start else None)
        when = [short_day(d) for d in (time.start, time.end) if d]
        self.resolved.setText(tr("Compris : le {day}", day=when[0]) if len(set(when)) == 1
                              else tr("Compris : du {start} au {end}", start=when[0], end=when[1]))

    def _ask_emotion(self) -> None:
        """What the user picked is given as `liblitz add --emotion/--intensity` gives it: kept, and the
        intensity read follows the emotion picked."""
        given = MemoryFields(emotion=self.emotion.emotion() if "emotion" in self._picked else None,
                             intensity=self.intensity.intensity() if "intensity" in self._picked else None)
        self.hints.text_changed(self.text.toPlainText(), given)

    def _user_picked(self, field: str) -> None:
        if self._suggesting:
            return
        self._picked.add(field)
        if field == "emotion":
            self.emotion_hint.setText("")
            self._ask_emotion()  # the intensity suggested now follows the user's emotion

    def _suggest_emotion(self, read: MemoryFields) -> None:
        """The text's emotion and intensity, each unless the user picked it, even while this was read."""
        if "emotion" in self._picked and read.emotion != self.emotion.emotion():
            return  # read before the user's pick: its intensity is another emotion's, a newer look is coming
        self._suggesting = True
        try:
            if "emotion" not in self._picked:
                self.emotion.set_emotion(read.emotion)
                self.emotion_hint.setText(tr("Suggérée d'après le texte : vous pouvez la changer.")
                                          if read.emotion else "")
            if "intensity" not in self._picked:
                self.intensity.set_intensity(read.intensity)
        finally:
            self._suggesting = False

    def done(self, result: int) -> None:
        self.hints.stop()  # its thread ends with the form
        super().done(result)

    def fields(self) -> MemoryFields:
        start = self.start.day()
        end = self.end.day() if start else None
        return MemoryFields(
            emotion=self.emotion.emotion(), secondary_emotion=self.secondary.emotion(),
            intensity=self.intensity.intensity(), place=self.place.text(),
            persons=tuple(p for p in self.persons.text().split(",")),
            time=EventTime(self.said.text().strip(), start, end),
            reflection=self.reflection.toPlainText(),
        ).validated()

    def accept(self) -> None:
        try:
            self.result_text = check_text(self.text.toPlainText())
            self.result_fields = self.fields()
        except InvalidMemory as problem:
            self.error.setText(describe(problem))
            self.error.show()
            return
        super().accept()
