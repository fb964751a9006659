"""What the add/edit form works out from what the user types, off the GUI thread: the day a phrase
such as « hier soir » means (the importer's own time-phrase rules), and the emotion and intensity the
text suggests, read as `liblitz add` reads them (`extractor.with_emotion`: the emotion reader of the
store's embedder, on the store thread where that embedder lives; the lexicon until the store is open)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from ...enrichment.extractor import with_emotion
from ...enrichment.time_phrases import find_time
from ...memory import EventTime, MemoryFields
from ..store_thread import Store
from ..tasks import Lane, Task

PAUSE_MS = 400  # after the last keystroke: one look per pause, not per letter


def resolve_phrase(said: str, today: date) -> EventTime | None:
    """The day or range `said` means, when the whole phrase is a time one can resolve."""
    found = find_time(said, today) if said.strip() else None
    return found if found is not None and found.resolved else None


class FormHints(QObject):
    """`time_pause` / `text_pause`: the single-shot timers after which the « Quand » phrase / the text
    is looked at.

    Signals:
        time_found(object): an EventTime for the « Quand » phrase, or None when it names no day.
        emotion_found(object): the MemoryFields asked about, with the emotion and intensity they left out
            read from the text (both None for an empty text).
    """

    time_found = Signal(object)
    emotion_found = Signal(object)

    def __init__(self, parent: QObject | None = None, store: Store | None = None) -> None:
        super().__init__(parent)
        self.lane = Lane("liblitz-form-hints")
        self.store = store
        self._said, self._text, self._given = "", "", MemoryFields()
        self.time_pause = self._pause(self._look_at_time)
        self.text_pause = self._pause(self._look_at_text)

    def _pause(self, then) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(PAUSE_MS)
        timer.timeout.connect(then)
        return timer

    def said_changed(self, said: str) -> None:
        self._said = said
        self.time_pause.start()

    def text_changed(self, text: str, given: MemoryFields) -> None:
        """`given`: what the user chose themselves (kept as is, as `liblitz add --emotion` keeps it)."""
        self._text, self._given = text, given
        self.text_pause.start()

    def _look_at_time(self) -> None:
        said, today = self._said, date.today()
        task = self.lane.submit(lambda _task: resolve_phrase(said, today), owner=self, key="time")
        task.succeeded.connect(self.time_found)

    def _look_at_text(self) -> None:
        task = self._read_emotion(self._text, self._given)
        task.succeeded.connect(self.emotion_found)

    def _read_emotion(self, text: str, given: MemoryFields) -> Task:
        """A newer look overtakes an older one (same owner and key), wherever each runs."""
        if not text.strip():  # nothing to read, but a look at the earlier text must still be overtaken
            return self.lane.submit(lambda _task: given, owner=self, key="emotion")
        if self.store is not None and self.store.is_ready:
            return self.store.run(lambda library: with_emotion(text, given, library.embedder), changes=False,
                                  owner=self, key="emotion")
        return self.lane.submit(lambda _task: with_emotion(text, given, None), owner=self, key="emotion")

    def stop(self) -> None:
        self.time_pause.stop()
        self.text_pause.stop()
        self.lane.stop()
