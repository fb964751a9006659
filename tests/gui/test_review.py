"""The review queue as a user drives it: prepare released memories, read the flags, edit, decide."""
from __future__ import annotations

import json
from datetime import timedelta
from collections.abc import Callable, Iterator
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from liblitz_app.companion.identity import load_people, save_people
from liblitz_app.enrichment import KnownPerson, WhoIsWho
from liblitz_app.memory import Emotion, MemoryFields, Status
from liblitz_app.paths import DataDir
from liblitz_app.review import ReviewBook
from liblitz_app.store.ledger import Ledger, LedgerReader, NewMemory
from liblitz_app.store.library import MemoryLibrary
from liblitz_app.store.opening import open_library
from liblitz_app.ui.main_window import MainWindow
from liblitz_app.ui.review.review_pane import ReviewPane
from liblitz_app.ui.store_thread import Store
from tests.helpers.fake_ollama import FakeOllama, Reply, closed_port_url

TIMEOUT = 30000
T = TypeVar("T")
LIBLITZ = "Hier soir, j'ai parlé à Liblitz de ma journée avec Marc à Lyon."
RENAMED = {"emotion": "joy", "intensity": 6, "place": "Lyon", "persons": ["Marc"], "time_said": "Hier soir",
           "reflection": "L'IA est contente que tu aies passé la journée avec Marc."}
GOOD = {**RENAMED, "reflection": "Je suis contente que tu m'aies raconté ta journée avec Marc."}
FIXED = "Je suis heureuse que tu m'aies parlé de ta journée avec Marc."




OpenWindow = Callable[[str, list[str | NewMemory]], MainWindow]


@pytest.fixture
def open_window(qtbot, tmp_path, monkeypatch) -> Iterator[OpenWindow]:
    """The real main window over a real store, Ollama at `url`, these memories already released."""
    opened: list[MainWindow] = []

    def open_(url: str, texts: list[str | NewMemory]) -> MainWindow:
        monkeypatch.setenv("LIBLITZ_OLLAMA_URL", url)
        data = DataDir.open(tmp_path / "data")
        ledger = Ledger(data.ledger)
        ledger.add_many(t if isinstance(t, NewMemory) else NewMemory(t, status=Status.RELEASED) for t in texts)
        ledger.close()
        store = Store(lambda: open_library(data))
        main = MainWindow(store, data)
        qtbot.addWidget(main)
        with qtbot.waitSignals([store.ready, main.llm.status_changed, main.review.queue_changed], timeout=TIMEOUT):
            store.start()
        main.show()
        main.tabs.setCurrentWidget(main.review)
        opened.append(main)
        return main

    yield open_
    for main in opened:
        main.close()
        # No thread left: the autouse fixture in tests/conftest.py checks the store's and the models'.


def prepare(qtbot, pane: ReviewPane) -> None:
    """Click « Préparer les souvenirs libérés » and wait until the proposals are kept and shown."""
    with qtbot.waitSignal(pane.prepared, timeout=TIMEOUT):
        qtbot.mouseClick(pane.prepare_button, Qt.MouseButton.LeftButton)
    settle(qtbot, pane)


def settle(qtbot, pane: ReviewPane) -> None:
    """The store thread runs jobs in order: a refresh queued now shows everything written before."""
    with qtbot.waitSignal(pane.queue_changed, timeout=TIMEOUT):
        pane.refresh()


def ask_store(qtbot, window: MainWindow, job: Callable[[MemoryLibrary], T]) -> T:
    """Read on the store thread (the review book lives there), and wait for the answer."""
    task = window.store.run(job, changes=False)
    with qtbot.waitSignal(task.succeeded, timeout=TIMEOUT) as answer:
        pass
    return answer.args[0]


def reader(window: MainWindow) -> LedgerReader:
    return LedgerReader(window.data.ledger)


def test_review_an_item_end_to_end(qtbot, open_window: OpenWindow, fake: FakeOllama) -> None:
    fake.script(Reply.json(RENAMED))
    window = open_window(fake.url, [LIBLITZ])
    pane = window.review
    assert "Ollama 0.6.0-fake répond" in pane.status_line.sentence.text()
    assert pane.counter.text() == "0 à relire · 1 libéré à préparer"
    said = pane.empty_label.text()
    assert "1 souvenir libéré attend" in said and "Rien à relire" not in said  # one thing to do, said once
    prepare(qtbot, pane)
    assert fake.bodies("/api/chat")[0]["model"] == "gemma3:4b"
    assert pane.flags.isVisible() and "nomme « L'IA »" in pane.flags.text()
    assert ">L'IA</b>" in pane.flags.text()  # the exact words, highlighted
    marks = {s.cursor.selectedText(): s.format.fontWeight() for s in pane.editor.reflection.extraSelections()}
    assert marks["L'IA"] == 700  # and highlighted in the editor too, where the user fixes it
    assert "Ctrl+Return" in pane.actions.accept_button.toolTip()

    pane.editor.emotion.set_emotion(Emotion.TRUST)
    pane.editor.reflection.setPlainText(FIXED)
    memory_id = pane.item.memory_id
    with qtbot.waitSignals([pane.committed, window.store.changed], timeout=TIMEOUT):
        qtbot.mouseClick(pane.actions.accept_button, Qt.MouseButton.LeftButton)

    ledger = reader(window)
    memory = ledger.get(memory_id)
    assert memory.status is Status.COMMITTED and memory.fields.emotion is Emotion.TRUST
    assert memory.fields.reflection == FIXED and memory.fields.persons == ("Marc",)
    # « Hier soir », said without a date by the model, is dated from the day the memory was written.
    assert memory.fields.time.start == memory.created_at.date() - timedelta(days=1)
    provenance = ledger.history(memory_id)[-1].provenance
    assert provenance["model"] == "gemma3:4b" and provenance["edited"] == ["emotion", "reflection"]
    assert "companion_renamed" in provenance["flags_acknowledged"]
    ledger.close()
    # The browser re-reads on the reader thread: wait until it shows the committed memory.
    qtbot.waitUntil(lambda: window.browser.model.total == 1, timeout=TIMEOUT)
    assert window.browser.model.memory_at(0).id == memory_id
    # On the timeline too, at its day, once it has re-read on the store thread.
    qtbot.waitUntil(lambda: window.timeline.highlight(memory_id), timeout=TIMEOUT)
    assert window.timeline.undated.list.count() == 0
    settle(qtbot, pane)
    assert pane.item is None and pane.empty_label.isVisible()


def test_reject_with_a_reason_is_kept(qtbot, open_window: OpenWindow, fake: FakeOllama) -> None:
    fake.script(Reply.json(GOOD))
    window = open_window(fake.url, [LIBLITZ])
    pane = window.review
    prepare(qtbot, pane)
    memory_id = pane.item.memory_id
    qtbot.mouseClick(pane.actions.reject_button, Qt.MouseButton.LeftButton)
    dialog = pane.reject_dialog
    assert dialog.isVisible()
    dialog.reason.setText("Ce n'était pas de la joie.")
    with qtbot.waitSignal(pane.rejected, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    ledger = reader(window)
    assert ledger.get(memory_id).status is Status.REJECTED
    assert ledger.journal(memory_id)[0]["detail"]["reason"] == "Ce n'était pas de la joie."
    ledger.close()
    stored = ask_store(qtbot, window, lambda library: ReviewBook(library.ledger).all_for(memory_id))
    assert stored[0].reason == "Ce n'était pas de la joie." and stored[0].state.value == "rejected"


def test_answering_a_question_stores_it_and_redoes_the_proposal(qtbot, open_window: OpenWindow,
                                                                 fake: FakeOllama) -> None:
    fake.script(Reply.json({"question": "Qui est Mimi ?"}), Reply.json({**GOOD, "persons": ["Marie Dupont"]}))
    window = open_window(fake.url, ["J'ai vu Mimi hier, on a ri comme avant."])
    pane = window.review
    prepare(qtbot, pane)
    box = pane.question
    assert box.isVisible() and "Qui est Mimi ?" in box.question.text()
    box.answer.setText("Mimi, c'est ma sœur Marie Dupont.")
    box.person_name.setText("Marie Dupont")
    box.person_relation.setText("ma sœur")
    box.person_alias.setText("Mimi")
    with qtbot.waitSignal(pane.prepared, timeout=TIMEOUT):
        qtbot.mouseClick(box.send, Qt.MouseButton.LeftButton)
    settle(qtbot, pane)
    assert not box.isVisible() and pane.editor.persons.persons() == ("Marie Dupont",)
    system = fake.bodies("/api/chat")[1]["messages"][0]["content"]
    assert "Qui est Mimi ?" in system and "Mimi, c'est ma sœur Marie Dupont." in system
    memory_id = pane.item.memory_id
    kept = ask_store(qtbot, window, lambda library: ReviewBook(library.ledger).clarifications(memory_id))
    assert kept[0].answer == "Mimi, c'est ma sœur Marie Dupont."
    ledger = reader(window)
    assert json.loads(json.dumps(ledger.setting("persona.who_is_who")))[0]["aliases"] == ["Mimi"]
    ledger.close()


def test_accept_all_skips_flagged_items(qtbot, open_window: OpenWindow, fake: FakeOllama) -> None:
    fake.script(Reply.json(RENAMED), Reply.json(GOOD))
    window = open_window(fake.url, [LIBLITZ, "Hier soir, j'ai raconté ma journée avec Marc à Lyon."])
    pane = window.review
    prepare(qtbot, pane)
    assert pane.counts.waiting == 2 and pane.counts.clean == 1
    assert pane.accept_all_button.isEnabled()
    qtbot.mouseClick(pane.accept_all_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignals([pane.committed, window.store.changed], timeout=TIMEOUT):
        qtbot.mouseClick(pane.confirm.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    settle(qtbot, pane)
    ledger = reader(window)
    statuses = [m.status for m in (ledger.get(1), ledger.get(2))]
    ledger.close()
    assert statuses == [Status.IN_REVIEW, Status.COMMITTED]
    assert pane.counts.waiting == 1 and pane.item.memory_id == 1 and pane.flags.isVisible()


def test_without_ollama_the_extractor_proposes_and_the_status_says_how_to_start_it(
        qtbot, open_window: OpenWindow) -> None:
    url = closed_port_url()
    window = open_window(url, [LIBLITZ])
    pane = window.review
    sentence = pane.status_line.sentence.text()
    assert f"Ollama ne répond pas à {url}" in sentence and "« ollama serve »" in sentence
    assert "extracteur hors ligne" in sentence
    prepare(qtbot, pane)
    assert pane.item is not None and pane.item.proposal.from_extractor
    assert "extracteur hors ligne" in pane.origin.text()
    assert "Ollama ne répond pas" not in pane.origin.text()  # said once, by the status line
    assert pane.editor.persons.persons() == ("Marc",) and pane.editor.place.text() == "Lyon"


def test_skip_shows_the_next_item_and_the_empty_queue_says_what_it_is(qtbot, open_window: OpenWindow) -> None:
    window = open_window(closed_port_url(), [LIBLITZ, "Un dimanche de pluie, j'étais triste."])
    pane = window.review
    prepare(qtbot, pane)
    first = pane.item.memory_id
    with qtbot.waitSignal(window.store.changed, timeout=TIMEOUT):
        qtbot.mouseClick(pane.actions.skip_button, Qt.MouseButton.LeftButton)
    settle(qtbot, pane)
    assert pane.item.memory_id != first and pane.counts.waiting == 2


def test_the_user_points_liblitz_at_ollama_and_it_is_found_and_remembered(
        qtbot, open_window: OpenWindow, fake: FakeOllama, monkeypatch) -> None:
    window = open_window(closed_port_url(), [LIBLITZ])
    pane = window.review
    assert "ne répond pas" in pane.status_line.sentence.text()
    monkeypatch.delenv("LIBLITZ_OLLAMA_URL")  # set, it would grey the dialog's address (the fixture's way in)
    dialog = pane.ask_ollama_address()
    dialog.address.setText("pas une adresse")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and "n'est pas une adresse" in dialog.problem.text()
    dialog.address.setText(fake.url + "/")
    with qtbot.waitSignal(window.llm.status_changed, timeout=TIMEOUT,
                          check_params_cb=lambda status: status.ok):
        dialog.buttons.accepted.emit()  # it closes once the address is kept
    assert f"répond à {fake.url}" in pane.status_line.sentence.text()
    assert ask_store(qtbot, window, lambda library: library.ledger.setting("ollama.url")) == fake.url


def test_without_ollama_released_memories_are_prepared_as_they_arrive(qtbot, open_window: OpenWindow) -> None:
    window = open_window(closed_port_url(), [LIBLITZ])
    pane = window.review
    if pane.counts.released:  # not prepared yet: it is on its way, with no click
        with qtbot.waitSignal(pane.prepared, timeout=TIMEOUT):
            pass
    settle(qtbot, pane)
    assert pane.counts.released == 0 and pane.item is not None and pane.item.proposal.from_extractor


def test_a_flagged_field_left_as_proposed_is_confirmed_before_it_is_kept(qtbot, open_window: OpenWindow,
                                                                          fake: FakeOllama) -> None:
    fake.script(Reply.json(RENAMED))
    window = open_window(fake.url, [LIBLITZ])
    pane = window.review
    prepare(qtbot, pane)
    assert pane.item.flags
    qtbot.mouseClick(pane.actions.accept_button, Qt.MouseButton.LeftButton)
    dialog = pane.flag_confirm
    assert dialog is not None and dialog.isVisible() and not dialog.keep.isEnabled()  # not one click
    assert any("L'IA" in box.text() for box in dialog.boxes)
    for box in dialog.boxes:
        box.setChecked(True)
    assert dialog.keep.isEnabled()
    with qtbot.waitSignals([pane.committed, window.store.changed], timeout=TIMEOUT):
        qtbot.mouseClick(dialog.keep, Qt.MouseButton.LeftButton)


def test_accept_all_runs_in_steps_with_progress_and_can_be_cancelled(qtbot, open_window: OpenWindow) -> None:
    from liblitz_app.ui.review import accept_all
    texts = [f"Un dimanche de pluie n°{i}, j'étais triste." for i in range(accept_all.STEP + 5)]
    window = open_window(closed_port_url(), texts)  # offline: prepared as they arrive
    pane = window.review
    while pane.counts.clean < len(texts):
        with qtbot.waitSignal(pane.queue_changed, timeout=TIMEOUT):
            pass
    steps: list[tuple[int, int]] = []
    pane.accept_all_clean()
    assert pane.accepting is not None and pane.cancel_button.isVisible() and not pane.accept_all_button.isEnabled()

    def stop_after_a_step(done: int, total: int) -> None:
        steps.append((done, total))
        if done:
            pane.cancel_preparation()  # the « Annuler » button beside the bar
    pane.accepting.progress.connect(stop_after_a_step)
    with qtbot.waitSignal(pane.accepting.finished, timeout=TIMEOUT) as ended:
        pass
    assert ended.args == [accept_all.STEP] and steps[-1] == (accept_all.STEP, len(texts))  # one step, then stop
    settle(qtbot, pane)
    assert pane.accepting is None and pane.counts.clean == 5 and pane.accept_all_button.isEnabled()


def test_keeping_the_new_one_through_the_flag_dialog_bins_the_earlier_memory(qtbot, open_window: OpenWindow,
                                                                             tmp_path, monkeypatch) -> None:
    from liblitz_app.conversation import proposals
    from liblitz_app.conversation.proposals import ConversationProposals, ProposedMemory
    from liblitz_app.enrichment import Flag, FlagKind
    from liblitz_app.store import conversations as kept
    from liblitz_app.store.conversations import NewTurn, Role
    # Another flag beside the contradiction: accepting asks to confirm it in the flag dialog.
    renamed = Flag(FlagKind.COMPANION_RENAMED, "La réflexion nomme « L'IA ».", "The reflection says “L'IA”.",
                   "reflection")
    monkeypatch.setattr(proposals, "check_proposal", lambda *args: [renamed])
    ledger = Ledger(DataDir.open(tmp_path / "data").ledger)
    earlier = ledger.add(NewMemory("Marc est mon frère, il vit à Nantes.", status=Status.COMMITTED)).id
    conversation = kept.start(ledger)
    turn = kept.add_turn(ledger, conversation, NewTurn(Role.USER, "En fait Marc est mon cousin."))
    proposals.record(ledger, conversation, ConversationProposals(
        (ProposedMemory(turn, "Marc est mon cousin"),), "", None, "{}", "test"))
    ledger.close()
    window = open_window(closed_port_url(), [])
    pane = window.review
    qtbot.waitUntil(lambda: pane.item is not None and pane.contradiction.isVisible(), timeout=TIMEOUT)
    assert pane.contradiction.earlier.id == earlier
    qtbot.mouseClick(pane.contradiction.buttons["new"], Qt.MouseButton.LeftButton)
    dialog = pane.flag_confirm
    assert dialog is not None and dialog.isVisible() and [b.text() for b in dialog.boxes] == [renamed.message_fr]
    dialog.boxes[0].setChecked(True)
    committed: list[int] = []
    pane.committed.connect(committed.append)
    with qtbot.waitSignals([pane.committed, window.store.changed], timeout=TIMEOUT):
        qtbot.mouseClick(dialog.keep, Qt.MouseButton.LeftButton)
    look = reader(window)
    try:
        new = look.get(committed[0])
        old = look.get(earlier)
        assert new.status is Status.COMMITTED and new.text == "Marc est mon cousin"
        assert old.forgotten and old.text == "Marc est mon frère, il vit à Nantes."
        assert look.history(earlier)  # binned, its versions kept (the bin can give it back)
    finally:
        look.close()


def test_a_note_for_her_card_is_shown_as_a_note_and_goes_on_her_card_as_corrected(
        qtbot, open_window: OpenWindow, tmp_path) -> None:
    from liblitz_app.companion import load_persona
    from liblitz_app.conversation import read_proposals, record
    from liblitz_app.store import conversations as kept
    from liblitz_app.store.conversations import NewTurn, Role
    ledger = Ledger(DataDir.open(tmp_path / "data").ledger)
    talk = kept.start(ledger)
    kept.add_turn(ledger, talk, NewTurn(Role.USER, "Tu dis « mon cœur » et j'adore ça."))
    answer = json.dumps({"memories": [], "persona_note": "Elle dit « mon cœur » pour consoler."})
    record(ledger, talk, read_proposals(answer, kept.conversation(ledger, talk), "gemma3:4b"))
    ledger.close()
    window = open_window(closed_port_url(), [])
    pane = window.review
    qtbot.waitUntil(lambda: pane.item is not None, timeout=TIMEOUT)
    assert pane.body.currentWidget() is pane.note_view  # no memory form, no « Souvenir n°… »
    assert pane.note_view.caption.text() == "Note pour la fiche de Liblitz"
    assert pane.origin.text() == f"Proposé par gemma3:4b d'après la conversation n°{talk}."
    assert pane.note_view.note() == "Elle dit « mon cœur » pour consoler."
    assert pane.actions.accept_button.text() == "Ajouter à sa fiche" and pane.actions.ask_again_button.isHidden()
    pane.note_view.text.setPlainText("   ")
    with qtbot.waitSignal(pane.message, timeout=TIMEOUT) as said:
        qtbot.mouseClick(pane.actions.accept_button, Qt.MouseButton.LeftButton)
    assert said.args[0] == "Écrivez la note avant de l'ajouter à sa fiche, ou rejetez-la."
    assert pane.item is not None and pane.actions.isEnabled()  # nothing lost: still there to fix
    pane.note_view.text.setPlainText("Elle dit « mon cœur » quand elle console.")
    with qtbot.waitSignals([pane.committed, window.store.changed], timeout=TIMEOUT):
        qtbot.mouseClick(pane.actions.accept_button, Qt.MouseButton.LeftButton)
    assert ask_store(qtbot, window, lambda library: load_persona(library.ledger).notes) == (
        "Elle dit « mon cœur » quand elle console.",)
    settle(qtbot, pane)
    assert pane.item is None and pane.actions.accept_button.text() == "Accepter"


def test_the_first_preparation_says_the_reading_tools_load_before_its_first_step(
        qtbot, open_window: OpenWindow, fake: FakeOllama) -> None:
    fake.script(Reply.json(GOOD), Reply.json(GOOD))
    window = open_window(fake.url, [LIBLITZ, "Un dimanche de pluie, j'étais triste."])
    pane = window.review
    assert not window.llm.readers_loaded  # this window has not loaded them yet
    shown: list[tuple[str, str, bool]] = []  # the sentence, the status bar's, the busy bar shown
    pane.message.connect(lambda sentence: shown.append(
        (sentence, window.statusBar().currentMessage(), pane.progress.isVisible() and pane.progress.maximum() == 0)))
    meanwhile: list[tuple[bool, str]] = []  # no "click Prepare" while it prepares
    pane.message.connect(lambda _: meanwhile.append((pane.prepare_button.isEnabled(), pane.empty_label.text())))
    prepare(qtbot, pane)
    loading = "Chargement des outils de lecture…"
    assert shown[0] == (loading, loading, True)
    assert meanwhile[0] == (False, "Préparation en cours : les propositions arrivent ici une à une.")
    assert [sentence for sentence, _, _ in shown[1:4]] == [
        "Préparation : 0 sur 2…", "Préparation : 1 sur 2…", "Préparation : 2 sur 2…"]
    assert window.llm.readers_loaded and not pane.progress.isVisible()


NARRATED = {**GOOD, "time_said": "", "reflection": "Elle a passé la soirée à raconter sa journée avec Marc. Quelle belle"
                                                  " journée pour elle."}


def test_a_reflection_told_as_a_story_shows_the_voice_readers_sentence(qtbot, open_window: OpenWindow,
                                                                      fake: FakeOllama) -> None:
    """No rule names this one; the learned reader does, and the user reads which sentence it means."""
    fake.script(Reply.json(NARRATED))
    window = open_window(fake.url, ["Journée à Lyon avec Marc, on a marché des heures le long du Rhône."])
    pane = window.review
    prepare(qtbot, pane)
    assert pane.flags.isVisible()
    said = pane.flags.text()
    assert "se lit comme un récit sur quelqu'un (« Elle a passé la soirée à… »)" in said
    assert ">Elle</b> a passé" in said and ">Marc</b>" not in said  # the pronoun it tells with, highlighted


def test_a_place_that_leaves_out_the_one_the_memory_came_with_is_flagged_with_both(
        qtbot, open_window: OpenWindow, fake: FakeOllama) -> None:
    """An imported row filed in Chamonix; the model proposes « Argentière »: the user is told to keep both."""
    fake.script(Reply.json({"emotion": "joy", "intensity": 6, "place": "Argentière", "persons": ["Lucie"],
                            "time_said": "", "reflection": "Je suis contente de ce matin-là avec Lucie."}))
    filed = NewMemory("Première sortie en crampons avec Lucie, le glacier craquait sous nos pieds.",
                      MemoryFields(place="Chamonix"), status=Status.RELEASED)
    window = open_window(fake.url, [filed])
    pane = window.review
    prepare(qtbot, pane)
    assert pane.flags.isVisible()
    assert "venu avec le lieu « Chamonix »" in pane.flags.text()
    assert "« Argentière, Chamonix »" in pane.flags.text()


WALKS = ["Hier soir, balade au lac avec Inès et Vasco, il faisait doux.",
         "Hier soir, pique-nique au parc avec Inès et Vasco."]
WALKED = {"emotion": "joy", "intensity": 5, "place": "", "persons": ["Inès"], "time_said": "Hier soir",
          "reflection": "Je suis contente que tu aies passé ce moment avec Inès."}


def test_a_name_said_to_be_an_animal_clears_its_flags_on_the_whole_queue(qtbot, open_window: OpenWindow,
                                                                         fake: FakeOllama) -> None:
    fake.script(Reply.json(WALKED), Reply.json(WALKED))
    window = open_window(fake.url, WALKS)
    pane = window.review
    prepare(qtbot, pane)
    assert pane.counts.waiting == 2 and pane.counts.clean == 0  # the guards took Vasco for someone, twice
    assert "« Vasco » est un animal, pas une personne" in pane.flags.text()
    pane.editor.reflection.setPlainText(FIXED)  # the user was editing: the answer must not lose it
    with qtbot.waitSignals([window.store.changed, pane.queue_changed], timeout=TIMEOUT), \
            qtbot.waitSignal(pane.message, timeout=TIMEOUT) as said:
        pane.flags.linkActivated.emit("animal:0")  # the link under the flag, clicked
    assert "« Vasco » est noté comme un animal" in said.args[0]
    settle(qtbot, pane)
    assert not pane.flags.isVisible() and pane.editor.reflection.toPlainText() == FIXED
    assert pane.counts.clean == 2 and pane.accept_all_button.isEnabled()
    people = ask_store(qtbot, window, lambda library: load_people(library.ledger))
    vasco = people.find("Vasco")
    assert vasco is not None and vasco.an_animal


def test_a_person_recorded_in_who_is_who_is_not_made_an_animal_from_a_flag(qtbot, open_window: OpenWindow,
                                                                             fake: FakeOllama) -> None:
    fake.script(Reply.json(WALKED))
    window = open_window(fake.url, WALKS[:1])
    pane = window.review
    prepare(qtbot, pane)
    ask_store(qtbot, window, lambda library: save_people(library.ledger, WhoIsWho((KnownPerson("Vasco", "cousin"),))))
    with qtbot.waitSignal(pane.message, timeout=TIMEOUT) as said:
        pane.flags.linkActivated.emit("animal:0")
    assert said.args[0] == ("« Vasco » est noté comme une personne : pour en faire un animal, changez sa relation dans"
                            " « Sa fiche ».")
    settle(qtbot, pane)
    assert pane.flags.isVisible() and "Vasco" in pane.flags.text()
