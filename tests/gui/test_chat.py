"""The chat pane in the real window, over a real store and the loopback Ollama: a streamed reply, stop,
what the model was sent, a dropped connection, Ollama away, a model not installed."""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt

from liblitz_app.enrichment.persona import KnownPerson
from liblitz_app.memory import Emotion, EventTime, MemoryFields, Source, Status
from liblitz_app.paths import DataDir
from liblitz_app.store import conversations as kept
from liblitz_app.store.conversations import Conversation, Role
from liblitz_app.store.ledger import Ledger, NewMemory
from liblitz_app.store.opening import open_library
from liblitz_app.ui.chat import ChatPane
from liblitz_app.ui.main_window import MainWindow
from liblitz_app.ui.store_thread import Store
from tests.helpers.fake_ollama import FakeOllama, Reply, closed_port_url

TIMEOUT = 30000
POTTERY = "On a fait de la poterie avec Léa, j'ai raté mon bol mais on a beaucoup ri."
REPLY = "Oui ! Ton bol raté avec **Léa**, et vos fous rires. Tu veux en refaire ?"




OpenWindow = Callable[..., MainWindow]


@pytest.fixture
def open_window(qtbot, tmp_path, monkeypatch) -> Iterator[OpenWindow]:
    opened: list[MainWindow] = []

    def open_(url: str, chat_model: str = "") -> MainWindow:
        monkeypatch.setenv("LIBLITZ_OLLAMA_URL", url)
        data = DataDir.open(tmp_path / "data")
        ledger = Ledger(data.ledger)
        ledger.add(NewMemory(POTTERY, MemoryFields(emotion=Emotion.JOY, intensity=6, persons=("Léa",),
                                                   time=EventTime("", date(2025, 9, 2))), Source(),
                             status=Status.COMMITTED))
        if chat_model:
            ledger.set_setting("ollama.model.chat", chat_model)
        ledger.close()
        store = Store(lambda: open_library(data))
        main = MainWindow(store, data)
        qtbot.addWidget(main)
        with qtbot.waitSignals([store.ready, main.llm.status_changed], timeout=TIMEOUT):
            store.start()
        main.show()
        opened.append(main)
        return main

    yield open_
    for main in opened:
        main.close()


def send(qtbot, pane: ChatPane, text: str) -> None:
    pane.input.setPlainText(text)
    qtbot.mouseClick(pane.send_button, Qt.MouseButton.LeftButton)


def shown_turns(qtbot, pane: ChatPane, count: int) -> Conversation:
    """Wait until the pane shows a conversation of `count` turns and is no longer streaming."""
    qtbot.waitUntil(lambda: not pane.busy and pane.conversation is not None
                    and len(pane.conversation.turns) == count and pane.send_button.isEnabled(), timeout=TIMEOUT)
    return pane.conversation


def test_the_chat_is_the_first_tab(open_window, fake: FakeOllama) -> None:
    window = open_window(fake.url)
    assert window.tabs.widget(0) is window.chat and window.tabs.currentWidget() is window.chat


def test_a_reply_streams_into_the_pane_with_the_memories_it_was_given(qtbot, open_window, fake: FakeOllama) -> None:
    fake.script(Reply(content=REPLY, chunk_size=5))
    window = open_window(fake.url)
    pane = window.chat
    assert pane.empty_hint.isVisible() and "Mémoire ▸ Ollama…" in pane.empty_hint.text()  # a first start
    send(qtbot, pane, "Tu te souviens de la poterie avec Léa ?")
    conversation = shown_turns(qtbot, pane, 2)
    assert not pane.empty_hint.isVisible()
    assert "".join(pane.pieces) == REPLY and len(pane.pieces) > 1  # token by token, not at once
    reply = conversation.turns[1]
    assert reply.role is Role.COMPANION and reply.text == REPLY and not reply.partial
    assert reply.model == "gemma3:4b" and len(reply.memory_ids) == 1
    shown = pane.view.toPlainText()
    assert "Ton bol raté avec Léa" in shown and "n°1 · On a fait de la poterie" in shown
    system = fake.bodies("/api/chat")[0]["messages"][0]
    assert system["role"] == "system" and system["content"].startswith("Tu es Liblitz.")
    assert '"text": "' + POTTERY + '"' in system["content"]  # quoted, inside the data block


def test_stop_keeps_what_came_marked_as_cut_short(qtbot, open_window, fake: FakeOllama) -> None:
    release = threading.Event()
    fake.script(Reply.stalled("Je me souviens très bien de ce jour-là, tu riais tellement.", release, 1))
    window = open_window(fake.url)
    pane = window.chat
    send(qtbot, pane, "Tu te souviens de la poterie ?")
    qtbot.waitUntil(lambda: bool(pane.pieces), timeout=TIMEOUT)
    assert pane.stop_button.isEnabled()
    qtbot.mouseClick(pane.stop_button, Qt.MouseButton.LeftButton)
    conversation = shown_turns(qtbot, pane, 2)
    release.set()
    assert conversation.turns[1].partial and conversation.turns[1].text == "Je me souvie"
    assert "(réponse interrompue)" in pane.view.toPlainText()


def test_a_dropped_connection_keeps_the_partial_reply_and_it_can_be_retried(qtbot, open_window,
                                                                            fake: FakeOllama) -> None:
    fake.script(Reply.dropped("Je me souviens de ce bol, il penchait.", after_chunks=2), Reply.text("Il penchait !"))
    window = open_window(fake.url)
    pane = window.chat
    send(qtbot, pane, "Et mon bol ?")
    conversation = shown_turns(qtbot, pane, 2)
    assert conversation.turns[1].partial and conversation.turns[1].text == "Je me souviens de ce bol"
    assert pane.problem.isVisible() and "coupée" in pane.problem.text()
    pane.retry()
    conversation = shown_turns(qtbot, pane, 3)
    assert conversation.turns[2].text == "Il penchait !" and not conversation.turns[2].partial
    retried = fake.bodies("/api/chat")[1]["messages"]
    assert [m["content"] for m in retried[1:]] == ["Et mon bol ?"]  # the cut reply is not sent back


def test_without_ollama_the_chat_says_how_to_start_it_and_keeps_the_message(qtbot, open_window) -> None:
    window = open_window(closed_port_url(), chat_model="gemma3:4b")
    pane = window.chat
    send(qtbot, pane, "Tu es là ?")
    qtbot.waitUntil(lambda: pane.problem.isVisible() and pane.send_button.isEnabled(), timeout=TIMEOUT)
    assert "ollama serve" in pane.problem.text() and "Mémoire ▸ Ollama…" in pane.problem.text()
    assert pane.input.toPlainText() == "Tu es là ?"
    ledger = Ledger(window.data.ledger)
    try:
        [listed] = kept.listing(ledger)
        assert [t.text for t in kept.conversation(ledger, listed.id).turns] == ["Tu es là ?"]  # durable all the same
    finally:
        ledger.close()


def test_a_model_not_installed_offers_the_installed_ones(qtbot, open_window, fake: FakeOllama) -> None:
    window = open_window(fake.url, chat_model="llama9:70b")
    pane = window.chat
    qtbot.waitUntil(pane.problem.isVisible, timeout=TIMEOUT)
    assert "llama9:70b" in pane.problem.text() and "gemma3:4b" in pane.problem.text()
    installed = [pane.model_box.itemData(i) for i in range(pane.model_box.count())]
    assert {"gemma3:4b", "mistral:7b"} <= set(installed)
    fake.script(Reply.text("Me voilà."))
    pane.model_box.setCurrentIndex(installed.index("mistral:7b"))
    pane.model_box.activated.emit(installed.index("mistral:7b"))
    send(qtbot, pane, "Bonjour")
    conversation = shown_turns(qtbot, pane, 2)
    assert conversation.turns[1].model == "mistral:7b"


def test_past_conversations_are_searched_and_reopened(qtbot, open_window, fake: FakeOllama) -> None:
    # Leaving a conversation asks the model for the memories it holds (the empty answer in between).
    fake.script(Reply.text("Bonjour à toi."), Reply.json({"memories": []}), Reply.text("Le train, encore ?"))
    window = open_window(fake.url)
    pane = window.chat
    send(qtbot, pane, "Bonjour Liblitz")
    first = shown_turns(qtbot, pane, 2)
    with qtbot.waitSignal(pane.proposed, timeout=TIMEOUT):
        qtbot.mouseClick(pane.new_button, Qt.MouseButton.LeftButton)
    send(qtbot, pane, "Mon train était en retard")
    shown_turns(qtbot, pane, 2)
    assert "<conversation>" in fake.bodies("/api/chat")[1]["messages"][1]["content"]
    pane.search.setText("bonjour")
    qtbot.waitUntil(lambda: pane.listing.count() == 1, timeout=TIMEOUT)
    pane.listing.itemClicked.emit(pane.listing.item(0))
    qtbot.waitUntil(lambda: pane.conversation.id == first.id, timeout=TIMEOUT)
    assert "Bonjour à toi." in pane.view.toPlainText()


def test_a_memory_under_a_reply_opens_in_the_browser(qtbot, open_window, fake: FakeOllama) -> None:
    fake.script(Reply.text("Ton bol !"))
    window = open_window(fake.url)
    pane = window.chat
    send(qtbot, pane, "Tu te souviens de la poterie avec Léa ?")
    reply = shown_turns(qtbot, pane, 2).turns[1]
    qtbot.waitUntil(lambda: window.browser.select_memory(reply.memory_ids[0]), timeout=TIMEOUT)
    window.tabs.setCurrentWidget(pane)
    from PySide6.QtCore import QUrl
    pane.view.anchorClicked.emit(QUrl(f"memory:{reply.memory_ids[0]}"))
    assert window.tabs.currentWidget() is window.memories
    assert window.browser.selected_id() == reply.memory_ids[0]


def test_proposals_from_the_conversation_land_in_review_with_their_turn(qtbot, open_window, fake: FakeOllama) -> None:
    fake.script(Reply.text("Un chat roux, quelle joie !"))
    window = open_window(fake.url)
    pane = window.chat
    send(qtbot, pane, "Samedi j'ai adopté un chat roux, il s'appelle Caramel !")
    turn = shown_turns(qtbot, pane, 2).turns[0]
    fake.script(Reply.json({"memories": [{"turn": turn.id, "quote": "j'ai adopté un chat roux", "emotion": "joie"}],
                            "persona_note": ""}))
    with qtbot.waitSignal(pane.proposed, timeout=TIMEOUT) as proposed:
        qtbot.mouseClick(pane.propose_button, Qt.MouseButton.LeftButton)
    assert proposed.args == [1]
    assert "<conversation>" in fake.bodies("/api/chat")[-1]["messages"][1]["content"]
    ledger = Ledger(window.data.ledger)
    try:
        [memory_id] = [p.memory_id for p in kept.proposals_from(ledger, [turn.id])]
        assert ledger.get(memory_id).text == "j'ai adopté un chat roux"
        assert ledger.get(memory_id).status is Status.IN_REVIEW
    finally:
        ledger.close()


def test_a_conversation_with_nothing_to_keep_says_so_rather_than_zero_proposed(qtbot, open_window,
                                                                              fake: FakeOllama) -> None:
    fake.script(Reply.text("Bonne soirée !"))
    window = open_window(fake.url)
    pane = window.chat
    send(qtbot, pane, "Bonne soirée, à demain.")
    shown_turns(qtbot, pane, 2)
    fake.script(Reply.json({"memories": [], "persona_note": ""}))
    with qtbot.waitSignal(pane.proposals.message, timeout=TIMEOUT) as said:
        qtbot.mouseClick(pane.propose_button, Qt.MouseButton.LeftButton)
    assert said.args == ["Le modèle n'a trouvé dans cette conversation aucun souvenir à garder."]

def test_her_card_is_edited_with_its_history_kept_and_given_to_the_next_reply(qtbot, open_window,
                                                                             fake: FakeOllama) -> None:
    window = open_window(fake.url)
    pane = window.chat
    dialog = pane.open_persona()
    qtbot.waitUntil(lambda: dialog.name.text() == "Liblitz", timeout=TIMEOUT)
    dialog.name.setText("Litzi")
    dialog.pronoun.setText("elle")
    dialog._add_row(KnownPerson("Marc", "frère", ("Marco",)))
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        dialog.save()
    fake.script(Reply.text("Coucou !"))
    send(qtbot, pane, "Salut Marco")
    shown_turns(qtbot, pane, 2)
    system = fake.bodies("/api/chat")[0]["messages"][0]["content"]
    assert system.startswith("Tu es Litzi.") and "Pronom : elle" in system and "- Marc (frère) — Marco" in system
    assert "**Litzi**" in pane._markdown
    ledger = Ledger(window.data.ledger)
    try:
        assert any(j["detail"].get("key") == "persona.card" for j in ledger.journal() if j["action"] == "setting")
    finally:
        ledger.close()


def test_the_days_conversations_are_their_own_points_on_the_timeline_and_can_be_hidden(qtbot, open_window,
                                                                                      fake: FakeOllama) -> None:
    fake.script(Reply.text("Quelle joie !"))
    window = open_window(fake.url)
    send(qtbot, window.chat, "Je suis tellement heureuse aujourd'hui, j'ai eu mon diplôme !")
    shown_turns(qtbot, window.chat, 2)
    timeline = window.timeline
    qtbot.waitUntil(lambda: len(timeline.talks) == 1, timeout=TIMEOUT)
    assert timeline.talks.turns == (1,) and timeline.talks.emotions == (Emotion.JOY,)
    assert len(timeline.plot.talks.data) == 1 and timeline.plot.talks.isVisible()
    timeline.talks_box.setChecked(False)
    assert not timeline.plot.talks.isVisible()


def test_a_contradiction_is_shown_beside_the_memory_it_contradicts_in_review(qtbot, open_window,
                                                                             fake: FakeOllama) -> None:
    window = open_window(fake.url)
    with qtbot.waitSignal(window.store.changed, timeout=TIMEOUT):
        window.store.run(lambda library: library.add(NewMemory("Marc est mon frère, il vit à Nantes.",
                                                               status=Status.COMMITTED)))
    fake.script(Reply.text("Ah, ton cousin !"))
    send(qtbot, window.chat, "En fait Marc est mon cousin.")
    turn = shown_turns(qtbot, window.chat, 2).turns[0]
    fake.script(Reply.json({"memories": [{"turn": turn.id, "quote": "Marc est mon cousin"}]}))
    with qtbot.waitSignal(window.chat.proposed, timeout=TIMEOUT):
        window.chat.propose_memories()
    review = window.review
    window.tabs.setCurrentWidget(review)
    qtbot.waitUntil(lambda: review.item is not None and review.item.memory.text == "Marc est mon cousin"
                    and review.contradiction.isVisible(), timeout=TIMEOUT)
    assert "Marc est mon frère" in review.contradiction.label.text()
    earlier = review.contradiction.earlier
    with qtbot.waitSignal(review.committed, timeout=TIMEOUT):
        qtbot.mouseClick(review.contradiction.buttons["new"], Qt.MouseButton.LeftButton)
    ledger = Ledger(window.data.ledger)
    try:
        qtbot.waitUntil(lambda: ledger.get(earlier.id).forgotten, timeout=TIMEOUT)
    finally:
        ledger.close()
