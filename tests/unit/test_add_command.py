"""`liblitz add "texte" [--when …]`: a memory typed in a terminal, committed as the window commits it."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from liblitz_app.cli import main
from liblitz_app.enrichment.emotion_reader import read_emotion
from liblitz_app.enrichment.extractor import extract
from liblitz_app.memory import Emotion, Status
from liblitz_app.paths import DataDir
from liblitz_app.store.opening import open_library


def test_a_memory_with_its_day_and_emotion_is_committed_and_searchable(tmp_path: Path, capsys) -> None:
    text = "Pique-nique avec Léa au bord du lac : on a ri tout l'après-midi."
    assert main(["add", text, "--when", "hier soir", "--emotion", "joie", "--intensity", "7",
                 "--data-dir", str(tmp_path)]) == 0
    assert "Souvenir n°1 enregistré." in capsys.readouterr().out
    library = open_library(DataDir.open(tmp_path))
    try:
        memory = library.ledger.get(1)
        hits = library.search("un pique-nique au lac", limit=1)
    finally:
        library.close()
    assert memory.text == text and memory.status is Status.COMMITTED
    assert memory.fields.emotion is Emotion.JOY and memory.fields.intensity == 7
    assert memory.fields.time.said == "hier soir"
    assert memory.fields.time.start == date.today() - timedelta(days=1)
    assert [hit.memory.id for hit in hits] == [1]  # embedded and indexed, not only written


ANGRY = "J'étais furieux : il m'a encore menti devant tout le monde !"


def test_an_emotion_left_out_is_read_from_the_text_as_the_review_reads_it(tmp_path: Path, capsys) -> None:
    assert main(["add", ANGRY, "--data-dir", str(tmp_path)]) == 0
    assert "Émotion lue dans le texte : colère, intensité" in capsys.readouterr().out
    library = open_library(DataDir.open(tmp_path))
    try:
        memory = library.ledger.get(1)
        offline = extract(ANGRY, date.today(), reading=read_emotion(ANGRY, library.embedder)).fields
    finally:
        library.close()
    assert memory.text == ANGRY  # verbatim
    assert memory.fields.emotion is Emotion.ANGER and memory.fields.intensity is not None
    assert (memory.fields.emotion, memory.fields.intensity) == (offline.emotion, offline.intensity)


def test_an_emotion_given_on_the_command_line_is_kept(tmp_path: Path, capsys) -> None:
    assert main(["add", ANGRY, "--emotion", "tristesse", "--intensity", "2", "--data-dir", str(tmp_path)]) == 0
    assert "Émotion lue" not in capsys.readouterr().out
    library = open_library(DataDir.open(tmp_path))
    try:
        memory = library.ledger.get(1)
    finally:
        library.close()
    assert memory.text == ANGRY
    assert memory.fields.emotion is Emotion.SADNESS and memory.fields.intensity == 2


@pytest.mark.parametrize(("arguments", "sentence"), [
    (["Un soir", "--emotion", "bof"], "« bof » n'est pas une émotion connue ; au choix : joie, confiance"),
    (["Un soir", "--intensity", "12"], "L'intensité doit être entre 0 et 10."),
    (["  "], "Un souvenir a besoin d'un texte."),
])
def test_a_wrong_field_is_one_sentence_and_nothing_is_written(tmp_path: Path, capsys, arguments: list[str],
                                                              sentence: str) -> None:
    assert main(["add", *arguments, "--data-dir", str(tmp_path / "data")]) == 2
    captured = capsys.readouterr()
    assert sentence in captured.err and "Traceback" not in captured.err
    assert not (tmp_path / "data" / "ledger.sqlite3").exists() or _count(tmp_path / "data") == 0


def _count(folder: Path) -> int:
    library = open_library(DataDir.open(folder))
    try:
        return library.status().committed
    finally:
        library.close()
