"""Her emotional response and her card, in the real window over the loopback Ollama: the model reads each
message after her reply, the reading is kept with the turn and sets the next reply's tone; a reading that
fails or makes no sense changes nothing; a note for her card accepted in review is on her card and in the
next request."""
from __future__ import annotations

from PySide6.QtCore import Qt

from liblitz_app.store import conversations as kept
from liblitz_app.store.conversations import MODEL, READER
from liblitz_app.store.ledger import Ledger
from tests.gui.test_chat import TIMEOUT, open_window, send, shown_turns  # noqa: F401 - open_window: a fixture
from tests.helpers.fake_ollama import FakeOllama, Reply


def _turn(window, turn_id: int):
    ledger = Ledger(window.data.ledger)
    try:
        return kept.turn(ledger, turn_id)
    finally:
        ledger.close()


def test_the_models_reading_is_kept_with_the_turn_and_sets_the_next_replys_tone(qtbot, open_window,
                                                                                fake: FakeOllama) -> None:
    fake.script(Reply.text("Raconte-moi."), Reply.text("Je suis là."))
    fake.feelings.put(Reply.json({"emotion": "sadness", "intensity": 8}))
    window = open_window(fake.url)
    pane = window.chat
    with qtbot.waitSignal(pane.feelings.read, timeout=TIMEOUT) as read:
        send(qtbot, pane, "Bof, une drôle de journée.")
    turn = read.args[0]
    assert (turn.emotion.value, turn.intensity, turn.emotion_source) == ("sadness", 8, MODEL)
    assert _turn(window, turn.id).emotion_source == MODEL  # kept in the ledger, beside the turn
    [asked] = fake.feeling_requests
    assert asked["format"]["required"] == ["emotion", "intensity"] and asked["options"]["temperature"] == 0
    assert "Bof, une drôle de journée." in asked["messages"][-1]["content"]
    send(qtbot, pane, "Et toi, ça va ?")
    shown_turns(qtbot, pane, 4)
    system = fake.bodies("/api/chat")[1]["messages"][0]["content"]
    assert "Son message semble exprimer : tristesse. Réponds avec douceur" in system


def test_a_reading_that_fails_or_makes_no_sense_falls_back_to_the_reader_silently(qtbot, open_window,
                                                                                  fake: FakeOllama) -> None:
    fake.script(Reply.text("Oh !"), Reply.text("Encore ?"), Reply.text("Toujours là."))
    fake.feelings.put(Reply.text("Je dirais plutôt mélancolique."))  # garbled; the next one: a server failure
    window = open_window(fake.url)
    pane = window.chat
    send(qtbot, pane, "J'ai perdu mes clés.")
    first = shown_turns(qtbot, pane, 2).turns[0]
    qtbot.waitUntil(lambda: len(fake.feeling_requests) == 1 and pane.feelings.asking is None, timeout=TIMEOUT)
    send(qtbot, pane, "Et mon téléphone aussi.")
    second = shown_turns(qtbot, pane, 4).turns[2]
    qtbot.waitUntil(lambda: len(fake.feeling_requests) == 2 and pane.feelings.asking is None, timeout=TIMEOUT)
    send(qtbot, pane, "Bon, tant pis.")
    shown_turns(qtbot, pane, 6)
    assert _turn(window, first.id).emotion_source == READER and _turn(window, second.id).emotion_source == READER
    assert not pane.problem.isVisible() and pane.send_button.isEnabled()  # the chat never heard of it
    assert len(fake.bodies("/api/chat")) == 3


def test_a_note_for_her_card_accepted_in_review_is_on_her_card_and_in_the_next_request(qtbot, open_window,
                                                                                      fake: FakeOllama) -> None:
    note = "Elle dit « mon cœur » pour consoler la personne."
    fake.script(Reply.text("Je suis là, mon cœur."), Reply.json({"memories": [], "persona_note": note}))
    window = open_window(fake.url)
    pane = window.chat
    send(qtbot, pane, "Merci, j'aime quand tu dis « mon cœur ».")
    shown_turns(qtbot, pane, 2)
    with qtbot.waitSignal(pane.proposed, timeout=TIMEOUT):
        qtbot.mouseClick(pane.propose_button, Qt.MouseButton.LeftButton)
    review = window.review
    window.tabs.setCurrentWidget(review)
    qtbot.waitUntil(lambda: review.item is not None and note in review.item.memory.text, timeout=TIMEOUT)
    with qtbot.waitSignal(review.committed, timeout=TIMEOUT):
        review.accept()
    window.tabs.setCurrentWidget(pane)
    dialog = pane.open_persona()
    qtbot.waitUntil(lambda: dialog.notes.toPlainText() == note, timeout=TIMEOUT)
    dialog.reject()
    fake.script(Reply.text("Oui, mon cœur ?"))
    send(qtbot, pane, "Tu es là ?")
    shown_turns(qtbot, pane, 4)
    assert "- " + note in fake.bodies("/api/chat")[-1]["messages"][0]["content"]
