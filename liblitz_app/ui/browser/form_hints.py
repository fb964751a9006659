"""What the add/edit form works out from what the user types, off the GUI thread: the day a phrase
such as « hier soir » means (the importer's own time-phrase rules), and an emotion the text suggests
(the offline lexicon)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from ...enrichment.emotion_lexicon import guess_emotion
from ...enrichment.time_phrases import find_time
from ...memory import EventTime
from ..tasks import Lane

PAUSE_MS = 400  # after the last keystroke: one look per pause, not per letter


def resolve_phrase(said: str, today: date) -> EventTime | None:
    """The day or range `said` means, when the whole phrase is a time one can resolve."""
    found = find_time(said, today) if said.strip() else None
    return found if found is not None and found.resolved else None


class FormHints(QObject):
    """Signals:
        time_found(object): an EventTime for the « Quand » phrase, or None when it names no day.
        emotion_found(object): the Emotion the text suggests, or None.
    """

    time_found = Signal(object)
    emotion_found = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lane = Lane("liblitz-form-hints")
        self._said, self._text = "", ""
        self._time_timer = self._pause(self._look_at_time)
        self._text_timer = self._pause(self._look_at_text)

    def _pause(self, then) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(PAUSE_MS)
        timer.timeout.connect(then)
        return timer

    def said_changed(self, said: str) -> None:
        self._said = said
        self._time_timer.start()

    def text_changed(self, text: str) -> None:
        self._text = text
        self._text_timer.start()

    def _look_at_time(self) -> None:
        said, today = self._said, date.today()
        task = self.lane.submit(lambda _task: resolve_phrase(said, today), owner=self, key="time")
        task.succeeded.connect(self.time_found)

    def _look_at_text(self) -> None:
        text = self._text
        task = self.lane.submit(lambda _task: guess_emotion(text) if text.strip() else None, owner=self,
                                key="emotion")
        task.succeeded.connect(self.emotion_found)

    def stop(self) -> None:
        self._time_timer.stop()
        self._text_timer.stop()
        self.lane.stop()
