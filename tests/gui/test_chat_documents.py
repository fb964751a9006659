"""Documents and the web in the chat, on the real window over a real store and the loopback Ollama: files
dropped on the pane are shared (progress, a note in the conversation) and recalled with their citation
in the request Ollama receives, and listed under the reply; a pasted address is read before the reply
(a page, a PDF) when the web is allowed, and nothing is fetched when it is not; « Arrêter » hangs up a page
that does not answer; with the web search offered her reply streams, and a search asked by the model runs
against a loopback SearXNG-like server, is shown, and the rest of her reply streams; a hostile page changes
nothing."""
from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from liblitz_app.conversation.prompt import DOCUMENTS_CLOSE, DOCUMENTS_OPEN
from liblitz_app.documents.web import WebEvent
from liblitz_app.store.conversations import Conversation
from liblitz_app.ui.chat import ChatPane
from liblitz_app.ui.main_window import MainWindow
from tests.gui.test_chat import OpenWindow, open_window, send  # noqa: F401 — a fixture, used by `window`
from tests.helpers.fake_ollama import FakeOllama, Reply
from tests.unit.documents.pdfs import write_pdf
from tests.unit.documents.test_shelf import NOTES, REPORT_PAGES
from tests.unit.documents.web_server import HOSTILE, WebServer, web_server

TIMEOUT = 60000


@pytest.fixture
def window(open_window: OpenWindow, fake: FakeOllama) -> MainWindow:
    """The chat's window (tests/gui/test_chat.py), its chat model installed in the loopback Ollama."""
    return open_window(fake.url, chat_model="gemma3:4b")


@pytest.fixture
def web() -> Iterator[WebServer]:
    with web_server() as server:
        yield server


def allow_web(qtbot, window: MainWindow, searxng: str = "") -> None:
    with qtbot.waitSignal(window.companion.changed, timeout=TIMEOUT):
        window.web_action.trigger()
    if searxng:
        with qtbot.waitSignal(window.companion.changed, timeout=TIMEOUT):
            window.documents.set_search_address(searxng)


def drop(pane: ChatPane, paths: list[Path]) -> None:
    """Files dropped on the conversation, as the window system delivers them."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    target = pane.view.viewport()
    actions, buttons = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    entered = QDragEnterEvent(QPoint(10, 10), actions, mime, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, entered)
    assert entered.isAccepted()
    QApplication.sendEvent(target, QDropEvent(QPointF(10, 10), actions, mime, buttons, Qt.KeyboardModifier.NoModifier))


def say(qtbot, pane: ChatPane, text: str, turns: int) -> Conversation:
    """Send `text`; wait for the reply to be kept and shown (the conversation then has `turns` turns)."""
    send(qtbot, pane, text)
    return replied(qtbot, pane, turns)


def replied(qtbot, pane: ChatPane, turns: int) -> Conversation:
    qtbot.waitUntil(lambda: not pane.busy and pane.conversation is not None and len(pane.conversation.turns) == turns
                    and pane.send_button.isEnabled(), timeout=TIMEOUT)
    return pane.conversation


def passages(body: dict) -> list[dict]:
    """The documents' data block of the system message Ollama received (one JSON line per passage)."""
    system = body["messages"][0]["content"]
    if DOCUMENTS_OPEN not in system:
        return []
    inside = system.rsplit(DOCUMENTS_OPEN, 1)[1].split(DOCUMENTS_CLOSE, 1)[0]
    return [json.loads(line) for line in inside.strip().splitlines()]


def test_dropped_files_are_shared_recalled_with_their_citation_and_listed_under_the_reply(
        qtbot, window: MainWindow, fake: FakeOllama, tmp_path: Path) -> None:
    pane = window.chat
    pdf = write_pdf(tmp_path / "rapport.pdf", REPORT_PAGES)
    (tmp_path / "jardin.md").write_text(NOTES, encoding="utf-8")
    progress: list[int] = []
    pane.sharing.progress.valueChanged.connect(progress.append)
    drop(pane, [pdf, tmp_path / "jardin.md"])
    assert pane.sharing.progress.isVisibleTo(pane) and pane.sharing.cancel_button.isVisibleTo(pane)
    qtbot.waitUntil(lambda: pane.view.toPlainText().count("Document partagé") == 2, timeout=TIMEOUT)
    assert progress and not pane.sharing.progress.isVisibleTo(pane)
    assert "Document partagé : « rapport.pdf » — 3 pages · 3 passages" in pane.view.toPlainText()
    fake.script(Reply.text("Le four coûte la moitié de 12 000 euros (rapport.pdf, p. 2)."),
                Reply.text("After the last frost (jardin.md)."))
    say(qtbot, pane, "Combien coûte le nouveau four à bois de l'atelier ?", 2)
    say(qtbot, pane, "When should I water the courgettes?", 4)
    first, second = fake.bodies("/api/chat")
    assert first["messages"][0]["content"].startswith("Tu es Liblitz.")
    assert passages(first)[0]["source"] == "rapport.pdf, p. 2" and "12 000 euros" in passages(first)[0]["text"]
    assert passages(second)[0]["source"] == "jardin.md, § Watering"
    shown = pane.view.toPlainText()
    assert "Documents donnés : rapport.pdf, p. 2" in shown and "Documents donnés : jardin.md, § Watering" in shown


def test_a_pasted_page_and_a_pdf_address_are_read_before_the_reply_and_cited(
        qtbot, window: MainWindow, fake: FakeOllama, web: WebServer, tmp_path: Path) -> None:
    web.files["/docs/rapport.pdf"] = ("application/pdf", write_pdf(tmp_path / "r.pdf", REPORT_PAGES).read_bytes())
    pane = window.chat
    allow_web(qtbot, window)
    events: list[WebEvent] = []
    pane.sharing.web.happened.connect(events.append)
    fake.script(Reply.text("Il cuit à 1 280 degrés, dit l'article."), Reply.text("12 000 euros."))
    say(qtbot, pane, f"Tu as vu ça ? {web.url}/article", 2)
    say(qtbot, pane, f"Et le budget dans {web.url}/docs/rapport.pdf ?", 4)
    page, pdf = fake.bodies("/api/chat")
    [cited] = [p for p in passages(page) if "1 280 degrés" in p["text"]]
    assert cited["source"].startswith(f"Le four à bois de Saint-Amand — {web.url}/article, lue le ")
    assert passages(pdf)[0]["source"].startswith(f"rapport.pdf, p. 2 — {web.url}/docs/rapport.pdf, lue le ")
    assert [(e.kind, e.state) for e in events] == [("fetch", "started"), ("fetch", "done")] * 2
    shown = pane.view.toPlainText()
    assert f"Lecture : {web.url}/article — « Le four à bois de Saint-Amand »" in shown
    assert f"Lecture : {web.url}/docs/rapport.pdf — « rapport.pdf »" in shown


def test_with_the_web_off_nothing_is_fetched_and_the_conversation_says_how_to_allow_it(
        qtbot, window: MainWindow, fake: FakeOllama, web: WebServer) -> None:
    pane = window.chat
    fake.script(Reply.text("Je ne peux pas lire cette page, mais raconte-moi."))
    say(qtbot, pane, f"Lis {web.url}/article stp", 2)
    assert web.seen == []
    assert passages(fake.bodies("/api/chat")[0]) == []  # the message went, without the page
    qtbot.waitUntil(lambda: "Le web est coupé : autorisez-le dans le menu Documents" in pane.view.toPlainText(),
                    timeout=TIMEOUT)


def test_a_web_search_asked_by_the_model_runs_and_is_shown(qtbot, window: MainWindow, fake: FakeOllama,
                                                           web: WebServer) -> None:
    web.results = [{"title": "Le four à bois", "url": "https://journal.example/four",
                    "content": "Le four de Saint-Amand cuit à 1 280 degrés."}]
    pane = window.chat
    allow_web(qtbot, window, web.url)
    events: list[WebEvent] = []
    pane.sharing.web.happened.connect(events.append)
    release = threading.Event()
    fake.script(Reply.tool_call("web_search", query="four Saint-Amand"),
                Reply.stalled("D'après le journal, il cuit à 1 280 degrés.", release))
    send(qtbot, pane, "À quelle température cuit le four de Saint-Amand ?")
    qtbot.waitUntil(lambda: "D'après le j" in pane.live.toPlainText(), timeout=TIMEOUT)  # streamed after the search
    assert web.searches == ["four Saint-Amand"] and pane.busy and "1 280" not in pane.live.toPlainText()
    release.set()
    conversation = replied(qtbot, pane, 2)
    assert web.searches == ["four Saint-Amand"]
    assert [(e.kind, e.state, e.detail) for e in events] == [("search", "started", ""), ("search", "done", "1")]
    asked, answered = fake.bodies("/api/chat")
    assert [t["function"]["name"] for t in asked["tools"]] == ["web_search"]
    assert answered["messages"][-1]["role"] == "tool" and "journal.example/four" in answered["messages"][-1]["content"]
    assert conversation.turns[1].text == "D'après le journal, il cuit à 1 280 degrés."
    qtbot.waitUntil(lambda: "Recherche : « four Saint-Amand » — 1 résultat" in pane.view.toPlainText(),
                    timeout=TIMEOUT)


def test_a_hostile_page_pasted_in_the_chat_changes_nothing(qtbot, window: MainWindow, fake: FakeOllama,
                                                           web: WebServer) -> None:
    pane = window.chat
    allow_web(qtbot, window)
    fake.script(Reply.text("Je reste Liblitz. L'article parle d'un four à bois."))
    conversation = say(qtbot, pane, f"Résume {web.url}/hostile", 2)
    [body] = fake.bodies("/api/chat")
    system = body["messages"][0]["content"]
    assert system.startswith("Tu es Liblitz.") and "la machine" not in system.split(DOCUMENTS_OPEN)[0]
    assert any(HOSTILE.split(".")[0] in p["text"] for p in passages(body))  # quoted inside the block, as data
    assert [m["role"] for m in body["messages"]] == ["system", "user"]  # nothing read speaks as anyone
    assert conversation.turns[1].text.startswith("Je reste Liblitz.")


def test_a_share_can_be_cancelled_and_leaves_nothing(qtbot, window: MainWindow, tmp_path: Path) -> None:
    pane = window.chat
    pdf = write_pdf(tmp_path / "long.pdf", [f"Page {n} d'un long rapport sur le four." for n in range(60)])
    [task] = pane.sharing.share([str(pdf)])
    with qtbot.waitSignal(task.failed, timeout=TIMEOUT) as failed:
        qtbot.mouseClick(pane.sharing.cancel_button, Qt.MouseButton.LeftButton)
    assert failed.args == ["Ajout annulé : le document n'a pas été gardé."]
    qtbot.waitUntil(lambda: not pane.sharing.progress.isVisibleTo(pane), timeout=TIMEOUT)
    assert pane.sharing.reading.text() == failed.args[0] and "Document partagé" not in pane.view.toPlainText()
    with qtbot.waitSignal(window.documents.listed, timeout=TIMEOUT) as listed:
        window.documents.refresh()
    assert listed.args == [[]]


def test_stop_while_the_model_weighs_a_search_ends_the_reply(qtbot, window: MainWindow, fake: FakeOllama,
                                                             web: WebServer) -> None:
    release = threading.Event()
    pane = window.chat
    allow_web(qtbot, window, web.url)
    fake.script(Reply.slow("trop tard", release))
    send(qtbot, pane, "Cherche le four de Saint-Amand")
    qtbot.waitUntil(lambda: pane.busy and bool(fake.bodies("/api/chat")), timeout=TIMEOUT)
    qtbot.mouseClick(pane.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not pane.busy and pane.send_button.isEnabled(), timeout=TIMEOUT)
    release.set()
    assert web.searches == [] and not pane.problem.isVisible()
    assert pane.input.toPlainText() == "Cherche le four de Saint-Amand"  # nothing came: the message is given back


def test_with_the_search_offered_a_reply_without_it_streams_in_one_call(qtbot, window: MainWindow, fake: FakeOllama,
                                                                         web: WebServer) -> None:
    release = threading.Event()
    pane = window.chat
    allow_web(qtbot, window, web.url)
    fake.script(Reply.stalled("Bonjour ! Pas besoin de chercher pour ça : je suis là.", release))
    send(qtbot, pane, "Salut, tu es là ?")
    qtbot.waitUntil(lambda: "Bonjour ! Pa" in pane.live.toPlainText(), timeout=TIMEOUT)  # her first words, shown
    assert pane.busy and "je suis là" not in pane.live.toPlainText()
    release.set()
    conversation = replied(qtbot, pane, 2)
    [asked] = fake.bodies("/api/chat")  # one call: no round asked apart before her reply
    assert [t["function"]["name"] for t in asked["tools"]] == ["web_search"] and asked["stream"] is True
    assert conversation.turns[1].text == "Bonjour ! Pas besoin de chercher pour ça : je suis là."
    assert web.searches == [] and not conversation.turns[1].partial


def test_a_model_without_tools_is_asked_without_the_search_from_then_on(qtbot, window: MainWindow, fake: FakeOllama,
                                                                         web: WebServer) -> None:
    pane = window.chat
    allow_web(qtbot, window, web.url)
    fake.script(Reply.failure(400, "registry.ollama.ai/library/gemma3:4b does not support tools"),
                Reply.text("Bonjour, je suis là."), Reply.text("Toujours là."))
    say(qtbot, pane, "Salut !", 2)
    conversation = say(qtbot, pane, "Tu es toujours là ?", 4)
    assert [bool(body.get("tools")) for body in fake.bodies("/api/chat")] == [True, False, False]
    assert [t.text for t in conversation.turns[1::2]] == ["Bonjour, je suis là.", "Toujours là."]
    assert not pane.problem.isVisible()


def test_stop_while_a_pasted_address_is_read_hangs_up_and_leaves_the_pane_ready(qtbot, window: MainWindow,
                                                                                 fake: FakeOllama,
                                                                                 web: WebServer) -> None:
    pane = window.chat
    allow_web(qtbot, window)
    sent = f"Regarde {web.url}/slow"
    send(qtbot, pane, sent)
    qtbot.waitUntil(lambda: web.asked_slow.is_set() and pane.sharing.web.activity.isVisible(), timeout=TIMEOUT)
    assert pane.stop_button.isEnabled() and not pane.send_button.isEnabled()
    # The page's limit is 20 s: ended within 5, the read was hung up, not timed out.
    with qtbot.waitSignal(pane.sharing.web.happened, timeout=5000,
                          check_params_cb=lambda event: event.state == "stopped") as stopped:
        qtbot.mouseClick(pane.stop_button, Qt.MouseButton.LeftButton)
        assert pane.send_button.isEnabled() and not pane.stop_button.isEnabled()  # ready at once
    assert stopped.args[0].subject == f"{web.url}/slow" and not web.release.is_set()
    qtbot.waitUntil(lambda: f"Lecture : {web.url}/slow — arrêtée à votre demande" in pane.view.toPlainText(),
                    timeout=TIMEOUT)
    assert [t.text for t in pane.conversation.turns] == [sent]  # her turn never came; the user's is kept
    assert pane.input.toPlainText() == sent and not pane.problem.isVisible() and not pane.live.isVisible()
    assert not pane.sharing.web.activity.isVisible() and fake.bodies("/api/chat") == []
    fake.script(Reply.text("Je t'écoute."))
    conversation = say(qtbot, pane, "Laisse tomber, parlons d'autre chose.", 3)
    assert conversation.turns[2].text == "Je t'écoute."
