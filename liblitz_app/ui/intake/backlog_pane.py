"""The « Arrivée » tab: imported memories waiting to arrive, the pace they arrive at, and "release
N now". At start, once the store is ready, the feeder runs once (a few memories, never a burst)."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...i18n import language, tr, tr_n
from ...intake import Pace, describe_pace
from ...intake.feeder import Clock
from ..store_thread import Store
from ..tasks import Task
from .arrival_counts import ArrivalCounts
from .choose_first import ChooseFirstBox
from .feeder_jobs import NEXT_UP, ArrivalSnapshot, FeederJobs
from .pace_controls import PaceControls
from .wording import arrived_sentence, estimate_sentence

TICK_MS = 60 * 60 * 1000  # hourly: a daily pace notices the new day without waiting for a restart
RELEASE_DEFAULT = 10
EXCERPT = 110


class BacklogPane(QWidget):
    """Signals:
        released(int): this many memories just arrived (staged → released); the review pane may listen.
        refreshed(object): the ArrivalSnapshot now shown.
        import_requested(): the user asked to import an export from here.
        message(str): a sentence for the status bar (errors included).
    """

    released = Signal(int)
    refreshed = Signal(object)
    import_requested = Signal()
    message = Signal(str)

    def __init__(self, store: Store, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.jobs = FeederJobs(clock)
        self.snapshot: ArrivalSnapshot | None = None
        self._init_widgets()
        self._init_layout()
        self._connect_signals()
        self.setEnabled(False)  # until the store is ready

    # --- construction -------------------------------------------------------------------------

    def _init_widgets(self) -> None:
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.counts = ArrivalCounts()
        self.estimate = QLabel()
        self.estimate.setWordWrap(True)
        self.estimate.setStyleSheet("font-size: 11pt;")
        self.pace = PaceControls()
        self.release_count = QSpinBox()
        self.release_count.setRange(1, 1000)
        self.release_count.setValue(RELEASE_DEFAULT)
        self.release_button = QPushButton()
        self.choose_first = ChooseFirstBox()
        self.next_list = QListWidget()
        self.next_list.setWordWrap(True)
        self.empty = QLabel(tr("Rien n'attend pour l'instant. Importez un export : ses souvenirs arriveront "
                               "ici, quelques-uns à la fois, pour que vous les relisiez sans être submergé."))
        self.empty.setWordWrap(True)
        self.import_button = QPushButton(tr("Importer un export…"))
        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(TICK_MS)
        self._update_release_label()

    def _init_layout(self) -> None:
        pace_box = QGroupBox(tr("Rythme d'arrivée"))
        pace_layout = QVBoxLayout(pace_box)
        pace_layout.addWidget(self.pace)
        pace_layout.addWidget(self.explanation)
        now_box = QGroupBox(tr("Sans attendre"))
        now_layout = QHBoxLayout(now_box)
        now_layout.addWidget(self.release_count)
        now_layout.addWidget(self.release_button)
        now_layout.addStretch(1)
        next_box = QGroupBox(tr("Les prochains à arriver"))
        QVBoxLayout(next_box).addWidget(self.next_list)
        self.next_list.setMaximumHeight(self.next_list.fontMetrics().lineSpacing() * (NEXT_UP + 2))
        empty_row = QHBoxLayout()
        empty_row.addWidget(self.empty, 1)
        empty_row.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.estimate)
        layout.addLayout(empty_row)
        controls = QHBoxLayout()
        controls.addWidget(pace_box, 3)
        controls.addWidget(now_box, 2, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(controls)
        layout.addWidget(next_box)
        layout.addWidget(self.choose_first, 1)

    def _connect_signals(self) -> None:
        self.store.changed.connect(self.refresh)
        self.pace.pace_chosen.connect(self.set_pace)
        self.release_count.valueChanged.connect(self._update_release_label)
        self.choose_first.search_requested.connect(self.find_waiting)
        self.choose_first.put_first_requested.connect(self.put_first)
        self.release_button.clicked.connect(self.release_now)
        self.import_button.clicked.connect(self.import_requested)
        self.tick_timer.timeout.connect(self.tick)

    # --- the store ----------------------------------------------------------------------------

    def start_session(self) -> Task:
        """Once, when the store is ready: this session's few arrivals, then an hourly check."""
        self.setEnabled(True)
        self.tick_timer.start()
        return self._release(self.store.run(self.jobs.start_session), quiet_when_none=True)

    @Slot()
    def tick(self) -> Task:
        return self._release(self.store.run(self.jobs.tick), quiet_when_none=True)

    @Slot()
    def release_now(self) -> Task:
        return self._release(self.store.run(self.jobs.release_now(self.release_count.value())))

    def _release(self, task: Task, quiet_when_none: bool = False) -> Task:
        def done(ids: list[int]) -> None:
            if ids or not quiet_when_none:
                self.message.emit(arrived_sentence(len(ids)))
            self.released.emit(len(ids))
        task.succeeded.connect(done)
        task.failed.connect(self.message)
        return task

    @Slot(str)
    def find_waiting(self, words: str) -> Task:
        task = self.store.run(self.jobs.waiting(words), changes=False)
        task.succeeded.connect(self.choose_first.show_results)
        task.failed.connect(self.message)
        return task

    @Slot(object)
    def put_first(self, memory_ids: list[int]) -> Task:
        task = self.store.run(self.jobs.put_first(memory_ids))
        task.succeeded.connect(lambda _: self.message.emit(
            tr_n("{n} souvenir arrivera en premier.",
                 "{n} souvenirs arriveront en premier.", n=len(memory_ids))))
        task.failed.connect(self.message)
        return task

    @Slot(object)
    def set_pace(self, pace: Pace) -> Task:
        task = self.store.run(self.jobs.set_pace(pace), changes=False)  # no memory changes: only this pane
        task.failed.connect(self.message)
        task.ended.connect(self.refresh)
        return task

    @Slot()
    def refresh(self) -> Task:
        task = self.store.run(self.jobs.snapshot, changes=False)
        task.succeeded.connect(self._show)
        task.failed.connect(self.message)
        if self.isEnabled():
            self.find_waiting(self.choose_first.search.text())
        return task

    # --- showing ------------------------------------------------------------------------------

    def _show(self, snapshot: ArrivalSnapshot) -> None:
        self.snapshot = snapshot
        backlog = snapshot.backlog
        self.counts.show_backlog(backlog)
        self.estimate.setText(estimate_sentence(backlog, snapshot.pace, snapshot.today))
        self.pace.show_pace(snapshot.pace)
        self.explanation.setText(describe_pace(snapshot.pace, language()))
        nothing = backlog.waiting == 0 and backlog.released == 0 and backlog.in_review == 0
        self.empty.setVisible(nothing)
        self.import_button.setVisible(nothing)
        self.release_button.setEnabled(backlog.waiting > 0)
        self.next_list.clear()
        for _, text in snapshot.next_up:
            flat = " ".join(text.split())
            self.next_list.addItem(flat if len(flat) <= EXCERPT else flat[:EXCERPT - 1] + "…")
        self.refreshed.emit(snapshot)

    @Slot()
    def _update_release_label(self) -> None:
        self.release_button.setText(tr("Libérer {n} maintenant", n=self.release_count.value()))
