"""File ▸ Jeu d'affinage… on the real window over a real ledger: the counts and the preview follow the choice
(built on the reader's lane), "Écrire" writes chat-format JSON Lines and a Modelfile, and a set past TOO_MANY
is warned about."""
from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import pytest

from liblitz_app.finetune import examples
from liblitz_app.memory import Emotion, MemoryFields, Status
from liblitz_app.store.ledger import NewMemory
from liblitz_app.ui.finetune_dialog import FinetuneDialog

MEMORIES = [
    NewMemory("On a ri toute la soirée au bord du lac.", MemoryFields(
        emotion=Emotion.JOY, intensity=8, persons=("Léa",), place="Annecy", reflection="Une soirée légère."),
        status=Status.COMMITTED),
    NewMemory("Léa m'a offert un carnet pour mon anniversaire.", MemoryFields(
        emotion=Emotion.JOY, intensity=5, persons=("Léa",)), status=Status.COMMITTED),
    NewMemory("Le jour où le chat est parti.", MemoryFields(emotion=Emotion.SADNESS, intensity=9),
              status=Status.COMMITTED),
    NewMemory("Une idée pas encore relue.", MemoryFields(emotion=Emotion.JOY, persons=("Léa",)),
              status=Status.STAGED),  # never in a set: not committed
]


@pytest.fixture
def dialog(qtbot, window) -> FinetuneDialog:
    for memory in MEMORIES:
        with qtbot.waitSignal(window.store.run(lambda library, m=memory: library.add(m)).ended, timeout=30000):
            pass
    assert window.finetune_action.isEnabled()
    window.finetune_action.trigger()  # the menu entry: makes the dialog and starts its first preview
    dialog = window.finetune_dialog
    with qtbot.waitSignal(dialog.previewed, timeout=30000):  # delivered by the event loop: not missed
        pass
    return dialog


def test_counts_and_preview_follow_the_choice(qtbot, dialog: FinetuneDialog) -> None:
    with qtbot.waitSignal(dialog.previewed, timeout=30000) as every:
        dialog.refresh()
    assert every.args[0].counts["memories"] == 3  # the staged one is never taken
    with qtbot.waitSignal(dialog.previewed, timeout=30000) as joyful:
        dialog.emotions.buttons[Emotion.JOY].setChecked(True)
    assert joyful.args[0].counts["memories"] == 2
    with qtbot.waitSignal(dialog.previewed, timeout=30000) as intense:
        dialog.intensity_min.setValue(7)
    assert intense.args[0].counts["memories"] == 1
    with qtbot.waitSignal(dialog.previewed, timeout=30000) as capped:
        dialog.cap.setValue(1)
    assert capped.args[0].counts == {"memories": 1, "memory_examples": 1, "conversation_examples": 0, "examples": 1}
    assert dialog.counts.text().startswith("1 exemple (souvenirs choisis : 1")
    assert "au bord du lac" in dialog.preview.toPlainText() and "Liblitz : " in dialog.preview.toPlainText()
    assert dialog.warning.isHidden()


def test_writing_gives_chat_format_json_lines_and_a_modelfile(qtbot, dialog: FinetuneDialog, tmp_path: Path) -> None:
    dialog.person.setText("Léa")
    with qtbot.waitSignal(dialog.previewed, timeout=30000):
        dialog.person.editingFinished.emit()
    dialog.base.setText("llama3.2:3b")
    out = tmp_path / "out" / "set.jsonl"
    out.parent.mkdir()
    with qtbot.waitSignal(dialog.written, timeout=30000) as written:
        dialog.write_to(out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert written.args[0] == len(lines) > 0
    for line in lines:
        messages = json.loads(line)["messages"]
        assert messages[0]["role"] == "system" and messages[0]["content"]
        roles = [m["role"] for m in messages[1:]]
        assert roles[0] == "user" and roles[-1] == "assistant"
        assert all(a != b for a, b in pairwise(roles))  # turns alternate
        assert all(isinstance(m["content"], str) and m["content"] for m in messages)
    assert all("chat est parti" not in line for line in lines)  # not about Léa
    assert (out.parent / "Modelfile").read_text(encoding="utf-8").startswith("FROM llama3.2:3b\nSYSTEM ")
    assert "set.jsonl" in dialog.outcome.text()


def test_a_set_past_too_many_is_warned_about(qtbot, dialog: FinetuneDialog, monkeypatch) -> None:
    assert dialog.warning.isHidden()
    monkeypatch.setattr(examples, "TOO_MANY", 2)
    with qtbot.waitSignal(dialog.previewed, timeout=30000) as previewed:
        dialog.refresh()
    assert previewed.args[0].counts["examples"] > 2
    qtbot.waitUntil(lambda: not dialog.warning.isHidden())
    assert "plus de 2 exemples d'un coup" in dialog.warning.text()
    with qtbot.waitSignal(dialog.previewed, timeout=30000):
        dialog.cap.setValue(1)  # three memories, one example each: past 2 still
    with qtbot.waitSignal(dialog.previewed, timeout=30000):
        dialog.emotions.buttons[Emotion.SADNESS].setChecked(True)  # one memory: under it
    assert dialog.warning.isHidden()


def test_a_file_that_cannot_be_written_is_told(qtbot, dialog: FinetuneDialog, tmp_path: Path) -> None:
    written: list[int] = []
    dialog.written.connect(written.append)
    task = dialog.write_to(tmp_path / "no such folder" / "set.jsonl")
    with qtbot.waitSignal(task.ended, timeout=30000):
        pass
    assert not written and "Le disque a refusé l'opération" in dialog.outcome.text()
    assert dialog.write_button.isEnabled()  # the user may choose another place
