"""Conversations in the ledger: turns kept and never altered, the summary editable with its history,
search by words, and a user turn that survives the app being killed right after it was kept."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from liblitz_app.store import conversations as kept
from liblitz_app.store.conversations import NewTurn, Role
from liblitz_app.store.ledger import Ledger


@pytest.fixture
def ledger(tmp_path: Path) -> Ledger:
    opened = Ledger(tmp_path / "ledger.sqlite3")
    yield opened
    opened.close()


def test_turns_come_back_in_order_with_what_was_read_and_given(ledger: Ledger) -> None:
    conversation_id = kept.start(ledger)
    kept.add_turn(ledger, conversation_id, NewTurn(Role.USER, "Je suis allée voir Léa à Lyon."))
    kept.add_turn(ledger, conversation_id, NewTurn(Role.COMPANION, "Comment va-t-elle ?", memory_ids=(3, 7),
                                                   model="gemma3:4b"))
    kept.add_turn(ledger, conversation_id, NewTurn(Role.COMPANION, "Elle va", partial=True))
    conversation = kept.conversation(ledger, conversation_id)
    assert [t.role for t in conversation.turns] == [Role.USER, Role.COMPANION, Role.COMPANION]
    assert conversation.turns[1].memory_ids == (3, 7) and conversation.turns[1].model == "gemma3:4b"
    assert conversation.turns[2].partial and not conversation.turns[1].partial
    assert conversation.title == "Je suis allée voir Léa à Lyon."


def test_a_turn_is_never_altered_nor_deleted(ledger: Ledger) -> None:
    conversation_id = kept.start(ledger)
    turn = kept.add_turn(ledger, conversation_id, NewTurn(Role.USER, "Bonjour"))
    with pytest.raises(sqlite3.IntegrityError):
        ledger._conn.execute("UPDATE turns SET text = 'Au revoir' WHERE id = ?", (turn.id,))
    with pytest.raises(sqlite3.IntegrityError):
        ledger._conn.execute("DELETE FROM turns WHERE id = ?", (turn.id,))


def test_the_summary_is_editable_and_its_earlier_text_journaled(ledger: Ledger) -> None:
    conversation_id = kept.start(ledger)
    kept.set_summary(ledger, conversation_id, "On a parlé de Léa.", upto=4, author="model")
    kept.set_summary(ledger, conversation_id, "On a parlé de Léa et de sa librairie.", upto=4)
    assert kept.conversation(ledger, conversation_id).summary == "On a parlé de Léa et de sa librairie."
    lines = [j for j in ledger.journal() if j["action"] == "conversation_summary"]
    assert lines[0]["detail"]["before"] == "On a parlé de Léa."


def test_conversations_are_listed_latest_first_and_searched_by_words_any_accent(ledger: Ledger) -> None:
    first, second = kept.start(ledger), kept.start(ledger)
    kept.add_turn(ledger, first, NewTurn(Role.USER, "La poterie du mardi avec Élodie"))
    kept.add_turn(ledger, second, NewTurn(Role.USER, "Le train était en retard"))
    assert [c.id for c in kept.listing(ledger)] == [second, first]
    assert [c.id for c in kept.listing(ledger, "elodie POTERIE")] == [first]
    assert kept.listing(ledger, "elodie train") == []


SAVE_THEN_WAIT = """
import sys, time
from pathlib import Path
from liblitz_app.store import conversations as kept
from liblitz_app.store.conversations import NewTurn, Role
from liblitz_app.store.ledger import Ledger
ledger = Ledger(Path(sys.argv[1]))
conversation_id = kept.start(ledger)
kept.add_turn(ledger, conversation_id, NewTurn(Role.USER, "Ne m'oublie pas, c'est important."))
print("saved", flush=True)
time.sleep(60)  # killed here, as the app would be while the message is on its way to the model
"""


@pytest.mark.slow
def test_a_user_turn_survives_a_kill_right_after_it_was_kept(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    process = subprocess.Popen([sys.executable, "-c", SAVE_THEN_WAIT, str(path)], stdout=subprocess.PIPE, text=True,
                               cwd=Path(__file__).parents[3])
    try:
        assert process.stdout.readline().strip() == "saved"
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=30)
        process.stdout.close()
    assert process.returncode == -signal.SIGKILL
    ledger = Ledger(path)
    try:
        [listed] = kept.listing(ledger)
        [turn] = kept.conversation(ledger, listed.id).turns
        assert turn.text == "Ne m'oublie pas, c'est important." and turn.role is Role.USER
    finally:
        ledger.close()
