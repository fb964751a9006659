"""The rolling summary in the real window: in a long conversation the model is asked to fold older turns
ahead of need, its summary is kept, and the next request carries it (turns it covers may then give way)."""
from __future__ import annotations

from liblitz_app.conversation.prompt import Budget, estimate_tokens
from liblitz_app.store import conversations as kept
from liblitz_app.store.conversations import NewTurn, Role
from liblitz_app.store.ledger import Ledger
from tests.gui.test_chat import TIMEOUT, open_window, send, shown_turns  # noqa: F401 - open_window: a fixture
from tests.helpers.fake_ollama import FakeOllama, Reply

SUMMARY = "Elle a raconté son déménagement à Lyon, carton par carton."


def _long_conversation(library) -> int:
    conversation_id = kept.start(library.ledger)
    for n in range(80):
        role = Role.USER if n % 2 == 0 else Role.COMPANION
        kept.add_turn(library.ledger, conversation_id, NewTurn(role, f"Carton {n} : " + "des livres et des assiettes, "
                                                               * 12))
    return conversation_id


def test_a_long_conversation_is_folded_into_the_summary_which_the_next_reply_is_given(qtbot, open_window,
                                                                                     fake: FakeOllama) -> None:
    fake.script(Reply.text("Encore des cartons !"), Reply.text(SUMMARY), Reply.text("Bienvenue à Lyon."))
    window = open_window(fake.url)
    pane = window.chat
    with qtbot.waitSignal(window.store.run(_long_conversation).succeeded, timeout=TIMEOUT) as made:
        pass  # the answer comes back through the GUI's event loop, which waitSignal runs
    conversation_id = made.args[0]
    pane.open_conversation(conversation_id)
    qtbot.waitUntil(lambda: pane.conversation is not None and len(pane.conversation.turns) == 80, timeout=TIMEOUT)
    send(qtbot, pane, "Et le dernier carton ?")
    shown_turns(qtbot, pane, 82)
    asked = pane.request.prompt.fold_upto
    assert asked and pane.request.prompt.folded_upto  # the oldest no longer fit whole: time to fold
    ledger = Ledger(window.data.ledger)
    try:
        qtbot.waitUntil(lambda: kept.conversation(ledger, conversation_id).summary == SUMMARY, timeout=TIMEOUT)
        # Never more asked at once than the model's context holds: the summary covers what it was given.
        assert 0 < kept.conversation(ledger, conversation_id).summary_upto <= asked
    finally:
        ledger.close()
    fold = fake.bodies("/api/chat")[1]["messages"]
    assert "<conversation>" in fold[1]["content"] and "Carton 0 :" in fold[1]["content"]
    assert sum(estimate_tokens(m["content"]) for m in fold) <= Budget().prompt
    send(qtbot, pane, "Merci !")
    shown_turns(qtbot, pane, 84)
    assert SUMMARY in fake.bodies("/api/chat")[2]["messages"][0]["content"]
