"""The review queue, one item at a time: the original beside the proposal, flags on top, and the
decision. Ledger work runs on the store thread, model calls on the model worker; the GUI only shows."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QMessageBox, QProgressBar, QPushButton, QScrollArea, QSplitter,
    QStackedWidget, QVBoxLayout, QWidget,
)

from ...companion import OllamaSettings, load_persona
from ...enrichment import FlagKind, KnownPerson
from ...errors import describe
from ...i18n import tr, tr_n
from ...review import (
    QueueCounts, ReviewItem, accept, accept_note, answer, counts, first_item, reject, skip, to_prepare,
)
from ...memory import Memory, MemoryFields
from ...store.library import MemoryLibrary
from ...review.animals import record_an_animal
from ...conversation.proposals import contradicted
from ..companion_settings import QtCompanionSettings
from ..llm_worker import LlmWorker, OllamaStatus
from ..ollama_dialog import OllamaDialog
from ..store_thread import Store
from ..tasks import Task
from .action_bar import ReviewActions
from .clarification_box import ClarificationBox
from .contradiction_box import ContradictionBox
from .accept_all import AcceptAll
from .flag_confirm import FlagConfirmDialog, unresolved
from .flag_list import FlagList
from .note_view import NoteView
from .ollama_status import OllamaStatusLine
from .original_view import OriginalView
from .preparation import Preparation
from .proposal_editor import ProposalEditor
from .reject_dialog import RejectDialog
from .wording import counter_sentence, origin_sentence, span_values

EMPTY = ("Rien à relire pour l'instant. Ici arrivent, un par un, les souvenirs que le rythme d'arrivée a "
         "libérés : Liblitz (ou l'extracteur hors ligne) propose une émotion, des personnes, un lieu, une date "
         "et une réflexion, et c'est vous qui décidez. Importez un export et réglez le rythme d'arrivée, puis "
         "cliquez « Préparer les souvenirs libérés ».")
PREPARING = "Préparation en cours : les propositions arrivent ici une à une."


class ReviewPane(QWidget):
    """Signals:
        message(str): a sentence for the status bar (errors included).
        shown(int): the memory now shown (0 when the queue is empty).
        queue_changed(object): the QueueCounts now shown.
        committed(int): an accepted memory is committed and durable (id).
        rejected(int): a rejected memory is durable as rejected (id).
        recorded(object): a new proposal (ReviewItem) is kept in the ledger.
        prepared(int): a preparation run ended; how many memories it prepared.
    """

    message = Signal(str)
    shown = Signal(int)
    queue_changed = Signal(object)
    committed = Signal(int)
    rejected = Signal(int)
    recorded = Signal(object)
    prepared = Signal(int)

    def __init__(self, store: Store, llm: LlmWorker, settings: QtCompanionSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.llm, self.settings = store, llm, settings  # the window configures the worker
        self.item: ReviewItem | None = None
        self.companion = "Liblitz"  # the persona's name, read with the queue
        self.counts = QueueCounts()
        self.preparation: Preparation | None = None
        self.accepting: AcceptAll | None = None  # « Tout accepter », step by step
        self._released_seen = 0  # released memories already prepared unasked (or tried): not again
        self.reject_dialog: RejectDialog | None = None
        self.confirm: QMessageBox | None = None
        self.flag_confirm: FlagConfirmDialog | None = None
        self._init_widgets()
        self._init_layout()
        self._connect_signals()
        self.setEnabled(False)

    # --- construction -------------------------------------------------------------------------

    def _init_widgets(self) -> None:
        self.status_line = OllamaStatusLine()
        self.prepare_button = QPushButton(tr("Préparer les souvenirs libérés"))
        self.prepare_button.setToolTip(tr("Demander une proposition pour chaque souvenir que le rythme d'arrivée a libéré"))
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(tr("Annuler"))
        self.counter = QLabel()
        self.accept_all_button = QPushButton(tr("Tout accepter sans signalement…"))
        self.empty_label = QLabel(tr(EMPTY))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #555; font-size: 11pt; padding: 40px;")
        self.flags = FlagList()
        self.origin = QLabel()
        self.origin.setWordWrap(True)
        self.origin.setStyleSheet("color: #555;")
        self.question = ClarificationBox()
        self.contradiction = ContradictionBox()  # a memory from a conversation against a committed one
        self.original = OriginalView()
        self.editor = ProposalEditor()
        self.note_view = NoteView()  # a note for her card, in place of the memory and its form
        self.actions = ReviewActions(self)

    def _init_layout(self) -> None:
        tools = QHBoxLayout()
        for widget in (self.prepare_button, self.progress, self.cancel_button):
            tools.addWidget(widget)
        tools.addWidget(self.counter, 1)
        tools.addWidget(self.accept_all_button)
        self.progress.hide()
        self.cancel_button.hide()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.original)
        self.splitter.addWidget(scroll)
        self.splitter.setSizes([420, 560])
        self.body = QStackedWidget()
        self.body.addWidget(self.splitter)
        self.body.addWidget(self.note_view)
        item_page = QWidget()
        column = QVBoxLayout(item_page)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.flags, self.origin, self.question, self.contradiction):
            column.addWidget(widget)
        column.addWidget(self.body, 1)
        column.addWidget(self.actions)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty_label)
        self.pages.addWidget(item_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_line)
        layout.addLayout(tools)
        layout.addWidget(self.pages, 1)

    def _connect_signals(self) -> None:
        # The store and the model worker
        self.store.changed.connect(self.refresh)
        self.llm.status_changed.connect(self._on_status)
        self.status_line.model_chosen.connect(self.choose_model)
        self.status_line.recheck_requested.connect(self.llm.check)
        self.status_line.address_requested.connect(self.ask_ollama_address)
        # The toolbar
        self.prepare_button.clicked.connect(self.prepare_released)
        self.cancel_button.clicked.connect(self.cancel_preparation)
        self.accept_all_button.clicked.connect(self.ask_accept_all)
        # Decisions
        self.actions.accept_clicked.connect(self.accept)
        self.actions.reject_clicked.connect(self.ask_reject)
        self.actions.skip_clicked.connect(self.skip)
        self.actions.ask_again.connect(self.ask_again)
        self.question.answered.connect(self.answer)
        self.flags.animal_named.connect(self.record_animal)
        self.contradiction.chosen.connect(self.resolve_contradiction)

    # --- the queue ----------------------------------------------------------------------------

    def attach(self) -> None:
        """The store is ready: show the queue (the window has given the model worker its settings)."""
        self.setEnabled(True)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        # The counts are read on the store thread; a newer refresh overtakes this one (ui/tasks.py).
        task = self.store.run(lambda library: (counts(library.ledger), first_item(library.ledger),
                                                    load_persona(library.ledger).name), changes=False,
                              owner=self, key="queue")
        task.succeeded.connect(lambda result: self._show(*result))
        task.failed.connect(self.message)

    def _show(self, queue: QueueCounts, item: ReviewItem | None, companion: str = "Liblitz") -> None:
        self.companion = companion
        same = item is not None and self.item is not None and item.memory_id == self.item.memory_id and \
            item.proposal == self.item.proposal
        # The same proposal read with other flags (a name told to be an animal's): its marks change, not the fields.
        reflagged = not same and item is not None and self.item is not None and item.proposal is not None \
            and self.item.proposal is not None and item.proposal.id == self.item.proposal.id
        self.counts, self.item = queue, item
        self._show_counts(queue)
        self.pages.setCurrentIndex(0 if item is None else 1)
        if item is not None and reflagged:
            self._show_flags(item)
        elif item is not None and not same:  # never reset what the user is editing
            self._show_item(item)
        elif item is None:
            self.actions.for_note(False)
        self.shown.emit(item.memory_id if item else 0)
        self.queue_changed.emit(queue)

    def _show_counts(self, queue: QueueCounts) -> None:
        self.counter.setText(counter_sentence(queue))
        running = self.preparation is not None or self.accepting is not None
        # Memories waiting for a proposal are the one thing to say then: not also "nothing to review, import".
        self.empty_label.setText(tr(PREPARING) if self.preparation is not None else tr_n(
            "{n} souvenir libéré attend une proposition : cliquez « Préparer les souvenirs libérés ».",
            "{n} souvenirs libérés attendent une proposition : cliquez « Préparer les souvenirs libérés ».",
            queue.released) if queue.released else tr(EMPTY))
        known = self.llm.status is not None  # which model proposes is known once Ollama was asked
        self.prepare_button.setEnabled(queue.released > 0 and not running and known)
        if known and not running:
            self._prepare_offline(queue.released)
        self.accept_all_button.setEnabled(queue.clean > 0 and not running)
        self.accept_all_button.setText(tr("Tout accepter sans signalement ({n})…", n=queue.clean))

    def _show_item(self, item: ReviewItem) -> None:
        proposal = item.proposal
        fields = proposal.proposal.fields if proposal else item.memory.fields
        self.flags.show_flags(item.flags, span_values(item))
        down = self.llm.status is not None and not self.llm.status.ok
        # Ollama being down is said once, by the status line above, not again under each proposal.
        self.origin.setText(tr("Proposé par l'extracteur hors ligne.") if down and proposal and proposal.from_extractor
                            else origin_sentence(proposal))
        self.actions.for_note(item.card_note)
        if item.card_note:
            self.note_view.show_note(item.memory, self.companion)
            self.body.setCurrentWidget(self.note_view)
            self.contradiction.show_earlier(None)
            self.question.hide()
            return
        self.body.setCurrentWidget(self.splitter)
        self.original.show_memory(item.memory, item.flags)
        self._read_contradiction(item.memory_id)
        self.editor.set_fields(fields, item.flags, proposal.proposal.emotion_confidence if proposal else None)
        question = item.question
        if question is not None:
            self.question.ask(question.id, question.question, self.companion)
        else:
            self.question.hide()

    def _show_flags(self, item: ReviewItem) -> None:
        self.flags.show_flags(item.flags, span_values(item))
        self.original.show_memory(item.memory, item.flags)
        self.editor.mark(item.flags)

    @Slot(str)
    def record_animal(self, name: str) -> Task:
        """Who-is-who learns `name` is an animal's; the flags that took it for someone go, here and on every proposal
        waiting (the store's change refreshes the queue)."""
        task = self.store.run(lambda library: record_an_animal(library.ledger, name), owner=self)
        task.succeeded.connect(lambda _: self.message.emit(
            tr("« {name} » est noté comme un animal dans « Sa fiche » : ce nom n'est plus pris pour quelqu'un.",
               name=name)))
        task.failed.connect(self.message)
        return task

    # --- Ollama -------------------------------------------------------------------------------

    @Slot(object)
    def _on_status(self, status: OllamaStatus) -> None:
        self.status_line.show_status(status, self.llm.model_for("enrich"))
        self.actions.set_models([m.name for m in status.models] if status.ok else [])
        self._show_counts(self.counts)

    @Slot(str)
    def choose_model(self, model: str) -> Task:
        """Through the shared settings: the window gives the worker the model once it is kept."""
        self.status_line.show_status(self.llm.status, model)
        return self.settings.change(OllamaSettings, enrich_model=model)

    @Slot()
    def ask_ollama_address(self) -> OllamaDialog:
        dialog = OllamaDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- preparing ----------------------------------------------------------------------------

    @Slot()
    def prepare_released(self) -> None:
        task = self.store.run(lambda library: to_prepare(library.ledger), changes=False)
        task.succeeded.connect(lambda ids: self._prepare(ids, self.llm.model_for("enrich")))
        task.failed.connect(self.message)

    def _prepare_offline(self, released: int) -> None:
        """Without Ollama the offline extractor proposes in a moment, and there is nothing to choose:
        newly released memories are prepared as they arrive, no click asked."""
        status = self.llm.status
        offline = status is not None and (not status.ok or not self.llm.model_for("enrich"))
        if offline and released > self._released_seen:
            self.prepare_released()
        self._released_seen = released

    def _prepare(self, memory_ids: Sequence[int], model: str) -> None:
        if self.preparation is not None or not memory_ids:
            return
        run = Preparation(self.store, self.llm, list(memory_ids), model, self)
        run.loading.connect(self._on_loading)
        run.progress.connect(self._on_progress)
        run.recorded.connect(self.recorded)
        run.failed.connect(self.message)
        run.finished.connect(self._on_prepared)
        self.preparation = run
        self.actions.setEnabled(False)
        self.prepare_button.setEnabled(False)  # and no "click Prepare" while it prepares
        self.empty_label.setText(tr(PREPARING))
        self.cancel_button.show()
        run.start()

    def _on_loading(self) -> None:
        self.progress.setRange(0, 0)  # busy: no step to count yet, even for one memory
        self.progress.show()
        self.message.emit(tr("Chargement des outils de lecture…"))

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setVisible(total > 1)
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.message.emit(tr("Préparation : {done} sur {total}…", done=done, total=total))

    @Slot()
    def cancel_preparation(self) -> None:
        if self.preparation is not None:
            self.preparation.cancel()
        if self.accepting is not None:
            self.accepting.cancel()

    def _on_prepared(self, done: int) -> None:
        self.preparation = None
        self.progress.hide()
        self.cancel_button.hide()
        self.actions.setEnabled(True)
        self.message.emit(tr_n("{n} souvenir préparé : il attend votre relecture.",
                               "{n} souvenirs préparés : ils attendent votre relecture.", done))
        self.refresh()
        self.prepared.emit(done)

    # --- decisions ----------------------------------------------------------------------------

    @Slot()
    def accept(self) -> None:
        self._accept_confirmed()

    def _accept_confirmed(self, settled: frozenset[FlagKind] = frozenset(), forget: int | None = None) -> None:
        """Accept what the editor holds; a flag left unfixed is confirmed first (those of a `settled`
        kind were answered already, e.g. a contradiction by the box beside it). `forget`: the memory to
        bin once this one is kept (the earlier one of a contradiction), whichever way it is confirmed."""
        if self.item is None:
            return
        if self.item.card_note:
            self._accept_note(self.item)
            return
        try:
            fields = self.editor.fields()
        except ValueError as problem:
            self.message.emit(describe(problem))
            return
        item = self.item
        proposed = item.proposal.proposal.fields if item.proposal else item.memory.fields
        left = [f for f in unresolved(item.flags, proposed, fields) if f.kind not in settled]
        if not left:
            self._accept(item, fields, forget)
            return
        self.flag_confirm = FlagConfirmDialog(left, self)
        self.flag_confirm.accepted.connect(lambda: self._accept(item, fields, forget))
        self.flag_confirm.open()

    def _accept(self, item: ReviewItem, fields: MemoryFields, forget: int | None = None) -> None:
        memory_id, proposal_id = item.memory_id, item.proposal.id if item.proposal else None
        self.actions.setEnabled(False)
        task = self.store.run(lambda library: then_forget(library, accept(library, memory_id, fields, proposal_id),
                                                          forget))
        task.succeeded.connect(lambda memory: self._decided(tr("Souvenir retenu."), self.committed, memory.id))
        task.failed.connect(self._decision_failed)

    def _accept_note(self, item: ReviewItem) -> None:
        """A note goes on her card as the user left it, not among the memories."""
        memory_id, note = item.memory_id, self.note_view.note()
        proposal_id = item.proposal.id if item.proposal else None
        self.actions.setEnabled(False)
        task = self.store.run(lambda library: accept_note(library.ledger, memory_id, note, proposal_id))
        task.succeeded.connect(lambda memory: self._decided(tr("Note ajoutée à sa fiche."), self.committed, memory.id))
        task.failed.connect(self._decision_failed)

    @Slot()
    def ask_reject(self) -> None:
        if self.item is None:
            return
        self.reject_dialog = RejectDialog(self)
        self.reject_dialog.accepted.connect(lambda: self.reject(self.reject_dialog.reason.text()))
        self.reject_dialog.open()

    def reject(self, reason: str = "", forget: int | None = None) -> None:
        if self.item is None:
            return
        memory_id, proposal_id = self.item.memory_id, self.item.proposal.id if self.item.proposal else None
        self.actions.setEnabled(False)
        task = self.store.run(lambda library: then_forget(library, reject(library.ledger, memory_id, reason,
                                                                          proposal_id), forget))
        task.succeeded.connect(lambda memory: self._decided(tr("Souvenir rejeté ; il est gardé, avec votre raison."),
                                                            self.rejected, memory.id))
        task.failed.connect(self._decision_failed)

    @Slot()
    def skip(self) -> None:
        if self.item is not None:
            memory_id = self.item.memory_id
            self.item = None  # the next one shows even if it is this one again
            self.store.run(lambda library: skip(library.ledger, memory_id))

    @Slot(str)
    def ask_again(self, model: str = ReviewActions.SAME) -> None:
        if self.item is None or self.item.card_note:  # a note is not a memory to propose fields for
            return
        if model == ReviewActions.SAME:
            model = self.item.proposal.model if self.item.proposal and self.item.proposal.model \
                else self.llm.model_for("enrich")
        self._prepare([self.item.memory_id], model)

    @Slot(int, str, object)
    def answer(self, clarification_id: int, text: str, persons: tuple[KnownPerson, ...]) -> None:
        if self.item is None:
            return
        memory_id = self.item.memory_id
        model = self.item.proposal.model if self.item.proposal else self.llm.model_for("enrich")
        task = self.store.run(lambda library: answer(library.ledger, clarification_id, text, persons))
        task.succeeded.connect(lambda _: self._prepare([memory_id], model))
        task.failed.connect(self.message)

    @Slot()
    def ask_accept_all(self) -> None:
        self.confirm = QMessageBox(QMessageBox.Icon.Question, tr("Tout accepter"), tr_n(
            "Retenir tel quel le souvenir sans signalement ni question ? Les souvenirs signalés "
            "restent à relire un par un.",
            "Retenir tels quels les {n} souvenirs sans signalement ni question ? Les souvenirs signalés "
            "restent à relire un par un.", self.counts.clean),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        self.confirm.button(QMessageBox.StandardButton.Yes).setText(tr("Tout accepter"))
        self.confirm.button(QMessageBox.StandardButton.No).setText(tr("Annuler"))
        self.confirm.accepted.connect(self.accept_all_clean)
        self.confirm.open()

    @Slot()
    def accept_all_clean(self) -> None:
        if self.accepting is not None or self.preparation is not None:
            return
        run = AcceptAll(self.store, self)
        run.progress.connect(self._on_accept_progress)
        run.committed.connect(self.committed)  # each step writes: store.changed keeps the counter live
        run.failed.connect(self._decision_failed)
        run.finished.connect(self._all_accepted)
        self.accepting = run
        self.accept_all_button.setEnabled(False)
        self.prepare_button.setEnabled(False)
        self.progress.show()
        self.cancel_button.show()
        run.start()

    def _on_accept_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _all_accepted(self, done: int) -> None:
        self.accepting = None
        self.progress.hide()
        self.cancel_button.hide()
        self.message.emit(tr_n("{n} souvenir retenu tel quel.", "{n} souvenirs retenus tels quels.", n=done))
        self.refresh()

    def _read_contradiction(self, memory_id: int) -> None:
        self.contradiction.show_earlier(None)
        self.store.run(lambda library: contradicted(library.ledger, memory_id),
                       lambda earlier, error: self.contradiction.show_earlier(earlier), changes=False,
                       owner=self.contradiction, key="earlier")

    @Slot(str)
    def resolve_contradiction(self, choice: str) -> None:
        """Both: accept (a change over time); new: accept, the earlier one to the bin; old: reject; neither:
        reject, the earlier one to the bin (the bin can give it back)."""
        earlier = self.contradiction.earlier
        if earlier is None:
            return
        forget = earlier.id if choice in ("new", "neither") else None  # binned only once the decision is kept
        if choice in ("both", "new"):
            self._accept_confirmed(frozenset({FlagKind.CONTRADICTS}), forget)
        else:
            self.reject(tr("Contredit le souvenir n°{id}.", id=earlier.id), forget)

    def _decided(self, sentence: str, signal: Signal, memory_id: int) -> None:
        """The decision is durable: only now does the item leave the queue (store.changed refreshes)."""
        self.item = None
        self.actions.setEnabled(True)
        self.message.emit(sentence)
        signal.emit(memory_id)

    def _decision_failed(self, sentence: str) -> None:
        self.actions.setEnabled(True)
        self.message.emit(sentence)


def then_forget(library: MemoryLibrary, decided: Memory, earlier: int | None) -> Memory:
    """After a decision is kept (store thread), bin the memory it replaces; the bin keeps its history."""
    if earlier is not None:
        library.forget(earlier)
    return decided
