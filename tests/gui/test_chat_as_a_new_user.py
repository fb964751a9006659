"""What a new user met in the chat (second walk-through), on the real window over a real store and the loopback
Ollama: quitting during a reply keeps what came; « Proposer des souvenirs » says what it found, in the pane and
on the « À relire » tab; her new name is said everywhere in the chat; « Réessayer » works in one click once
Ollama is back; an old problem line goes when the same kind of thing next goes well or a new conversation
starts; « Nouvelle conversation » moves the highlight; Ctrl+D opens the shared documents from the message box."""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt, QUrl

from liblitz_app.store import conversations as kept
from liblitz_app.store.conversation_notes import Note
from liblitz_app.store.conversations import Role
from liblitz_app.store.ledger import Ledger
from liblitz_app.ui.chat import ChatPane
from liblitz_app.ui.chat.shared_lines import note_line
from liblitz_app.ui.main_window import MainWindow
from tests.gui.test_chat import TIMEOUT, OpenWindow, open_window, send, shown_turns  # noqa: F401 — a fixture
from tests.gui.test_chat_documents import allow_web, web  # noqa: F401 — a fixture
from tests.helpers.fake_ollama import FakeOllama, Reply, closed_port_url
from tests.unit.documents.web_server import WebServer


def rename(qtbot, pane: ChatPane, name: str) -> None:
    dialog = pane.open_persona()
    qtbot.waitUntil(lambda: dialog.name.text() == "Liblitz", timeout=TIMEOUT)
    dialog.name.setText(name)
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        dialog.save()
    dialog.close()


def share_unreadable(qtbot, pane: ChatPane, tmp_path: Path) -> None:
    letter = tmp_path / "lettre.odt"
    letter.write_bytes(b"PK\x03\x04 not a kind she reads")
    [task] = pane.sharing.share([str(letter)])
    with qtbot.waitSignal(task.ended, timeout=TIMEOUT):
        pass
    qtbot.waitUntil(pane.sharing.reading.isVisible, timeout=TIMEOUT)


def test_quitting_during_a_reply_keeps_what_came_marked_as_cut_short(qtbot, open_window: OpenWindow,
                                                                      fake: FakeOllama) -> None:
    release = threading.Event()
    fake.script(Reply.stalled("Il était une fois un petit jardin au bord de la mer.", release, 2))
    window = open_window(fake.url)
    pane = window.chat
    send(qtbot, pane, "Raconte-moi une longue histoire.")
    qtbot.waitUntil(lambda: len(pane.pieces) == 2, timeout=TIMEOUT)
    window.close()  # File ▸ Quit
    release.set()
    ledger = Ledger(window.data.ledger)
    try:
        [listed] = kept.listing(ledger)
        turns = kept.conversation(ledger, listed.id).turns
    finally:
        ledger.close()
    assert [t.role for t in turns] == [Role.USER, Role.COMPANION]
    assert turns[1].partial and turns[1].text == "Il était une fois un pet"  # two pieces of 12


def test_a_message_left_without_a_reply_offers_to_retry_it_at_the_next_start(qtbot, open_window: OpenWindow,
                                                                             fake: FakeOllama) -> None:
    release = threading.Event()
    fake.script(Reply.slow("Trop tard.", release))
    window = open_window(fake.url)
    send(qtbot, window.chat, "Tu es là ?")
    qtbot.waitUntil(lambda: window.chat.busy and len(fake.bodies("/api/chat")) == 1, timeout=TIMEOUT)  # asked
    window.close()  # before her first word
    release.set()
    pane = open_window(fake.url).chat
    qtbot.waitUntil(lambda: pane.conversation is not None and "Réessayer" in pane.view.toPlainText(), timeout=TIMEOUT)
    assert "Tu es là ?\n(pas de réponse) · Réessayer" in pane.view.toPlainText()
    fake.script(Reply.text("Oui, je suis là."))
    pane.view.anchorClicked.emit(QUrl("retry:"))
    conversation = shown_turns(qtbot, pane, 2)
    assert conversation.turns[1].text == "Oui, je suis là." and "Réessayer" not in pane.view.toPlainText()


def test_proposing_memories_says_how_many_in_the_pane_and_on_the_review_tab(qtbot, open_window: OpenWindow,
                                                                           fake: FakeOllama) -> None:
    fake.script(Reply.dropped("Un chat roux, quelle", after_chunks=1))
    window = open_window(fake.url)
    pane = window.chat
    send(qtbot, pane, "Samedi j'ai adopté un chat roux. Dimanche, Léa est venue le voir.")
    turn = shown_turns(qtbot, pane, 2).turns[0]
    assert pane.problem.isVisible()  # the connection was cut
    fake.script(Reply.json({"memories": [{"turn": turn.id, "quote": "j'ai adopté un chat roux"},
                                         {"turn": turn.id, "quote": "Léa est venue le voir"}], "persona_note": ""}))
    qtbot.mouseClick(pane.propose_button, Qt.MouseButton.LeftButton)
    assert not pane.propose_button.isEnabled() and pane.propose_button.text() == "Relecture en cours…"
    with qtbot.waitSignal(pane.proposed, timeout=TIMEOUT):
        pass
    assert pane.notice.isVisible()
    assert pane.notice.text() == "2 souvenirs proposés d'après la conversation, à relire dans « À relire »."
    assert pane.propose_button.isEnabled() and pane.propose_button.text() == "Proposer des souvenirs"
    assert not pane.problem.isVisible()  # the model answered: the cut connection is old news
    review_tab = window.tabs.indexOf(window.review)
    assert window.tabs.tabText(review_tab) == "À relire (2)"
    window.tabs.setCurrentWidget(window.review)
    assert window.tabs.tabText(review_tab) == "À relire"
    fake.script(Reply.json({"memories": [], "persona_note": ""}))
    window.tabs.setCurrentWidget(pane)
    with qtbot.waitSignal(pane.proposed, timeout=TIMEOUT):
        qtbot.mouseClick(pane.propose_button, Qt.MouseButton.LeftButton)
    assert pane.notice.text() == "Le modèle n'a trouvé dans cette conversation aucun souvenir à garder."
    assert window.tabs.tabText(review_tab) == "À relire"


def test_her_new_name_is_said_everywhere_in_the_chat(qtbot, open_window: OpenWindow, fake: FakeOllama,
                                                      tmp_path: Path) -> None:
    window = open_window(fake.url)
    pane = window.chat
    assert "Écrivez à Liblitz…" in pane.input.placeholderText()
    rename(qtbot, pane, "Lili")
    assert pane.input.placeholderText() == "Écrivez à Lili… (Ctrl+Entrée pour envoyer)"
    assert pane.empty_hint.text().startswith("Ici, vous parlez avec Lili.")
    assert "Lili lit le document" in pane.sharing.share_button.toolTip()
    assert "que Lili relit" in pane.summary_button.toolTip()
    share_unreadable(qtbot, pane, tmp_path)
    assert pane.sharing.reading.text().startswith("Lili ne sait pas lire « lettre.odt »")
    refused = Note("fetch", "http://127.0.0.1:1/data.bin", "failed", "L'adresse http://127.0.0.1:1/data.bin ne "
                   "donne pas une page de texte (application/octet-stream) : Liblitz ne la lit pas.")
    assert note_line(refused, "Lili").endswith(": Lili ne la lit pas.*")
    titled = Note("fetch", "http://127.0.0.1:1/", "done", "Liblitz, le site")  # a page's title is the page's
    assert "Liblitz, le site" in note_line(titled, "Lili")


def test_retry_resends_in_one_click_once_ollama_is_back(qtbot, open_window: OpenWindow, fake: FakeOllama) -> None:
    fake.script(Reply.dropped("Je me souviens de ce bol, il penchait.", after_chunks=2))
    window = open_window(fake.url)
    pane, llm = window.chat, window.llm
    send(qtbot, pane, "Et mon bol ?")
    shown_turns(qtbot, pane, 2)
    llm.set_url(closed_port_url())  # the server stops
    with qtbot.waitSignal(llm.status_changed, timeout=TIMEOUT):
        llm.check()
    assert pane.model_box.itemText(0) == "aucun modèle"
    pane.retry()  # clicked while it is down
    qtbot.waitUntil(lambda: pane.problem.isVisible() and pane.send_button.isEnabled(), timeout=TIMEOUT)
    assert "Ollama ne répond pas" in pane.problem.text()
    llm.url = fake.url  # it starts again where it was; the window has not looked yet
    llm._lane.submit(lambda task: llm._models.set_url(fake.url))
    fake.script(Reply.text("Il penchait !"))
    pane.retry()  # one click
    conversation = shown_turns(qtbot, pane, 3)
    assert conversation.turns[2].text == "Il penchait !" and not conversation.turns[2].partial
    assert not pane.problem.isVisible()
    assert pane.model_box.currentData() == "gemma3:4b"


def test_a_new_conversation_moves_the_highlight_and_clears_old_lines_but_keeps_the_draft(
        qtbot, open_window: OpenWindow, fake: FakeOllama, tmp_path: Path) -> None:
    fake.script(Reply.text("Bonjour à toi."))
    window = open_window(fake.url)
    pane = window.chat
    send(qtbot, pane, "Bonjour")
    shown_turns(qtbot, pane, 2)
    qtbot.waitUntil(lambda: pane.listing.count() == 1 and pane.listing.currentRow() == 0, timeout=TIMEOUT)
    share_unreadable(qtbot, pane, tmp_path)
    pane.input.setPlainText("Une autre idée")
    fake.script(Reply.json({"memories": []}))  # leaving it: the model rereads it
    with qtbot.waitSignal(pane.proposed, timeout=TIMEOUT):
        qtbot.mouseClick(pane.new_button, Qt.MouseButton.LeftButton)
    assert pane.listing.currentRow() == -1 and not pane.listing.selectedItems()
    assert not pane.sharing.reading.isVisible() and not pane.problem.isVisible()
    assert pane.input.toPlainText() == "Une autre idée"


def test_ctrl_d_opens_the_shared_documents_from_the_message_box(qtbot, open_window: OpenWindow,
                                                               fake: FakeOllama) -> None:
    window: MainWindow = open_window(fake.url)
    pane = window.chat
    assert window.documents_action.shortcut().toString() == "Ctrl+D"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT)
    pane.input.setPlainText("abc")
    pane.input.setFocus()
    qtbot.waitUntil(pane.input.hasFocus, timeout=TIMEOUT)
    cursor = pane.input.textCursor()
    cursor.setPosition(0)
    pane.input.setTextCursor(cursor)
    with qtbot.waitSignal(window.documents_action.triggered, timeout=TIMEOUT):
        qtbot.keyClick(pane.input, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert pane.input.toPlainText() == "abc"
    assert window.documents_dialog is not None and window.documents_dialog.isVisible()
    window.documents_dialog.close()


def test_a_page_read_in_her_new_name_and_a_good_read_clears_a_failed_share(qtbot, open_window: OpenWindow,
                                                                           fake: FakeOllama, web: WebServer,
                                                                           tmp_path: Path) -> None:
    window = open_window(fake.url, chat_model="gemma3:4b")
    pane = window.chat
    rename(qtbot, pane, "Lili")
    share_unreadable(qtbot, pane, tmp_path)
    allow_web(qtbot, window)
    fake.script(Reply.text("Un four à bois !"))
    send(qtbot, pane, f"Regarde {web.url}/binary et {web.url}/article")
    shown_turns(qtbot, pane, 2)
    qtbot.waitUntil(lambda: "Lili ne la lit pas." in pane.view.toPlainText(), timeout=TIMEOUT)
    assert "Liblitz" not in pane.view.toPlainText()
    assert not pane.sharing.reading.isVisible()  # the page was read: the failed share is old news
