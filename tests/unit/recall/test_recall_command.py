"""`liblitz recall "question"`: ranked hits from the data folder, without the window."""
from __future__ import annotations

import io
import json
from pathlib import Path

from liblitz_app.cli import main
from liblitz_app.memory import MemoryFields, Status
from liblitz_app.paths import DataDir
from liblitz_app.recall.cli import recall_command
from liblitz_app.store.ledger import NewMemory
from liblitz_app.store.opening import open_library


def test_on_a_fresh_data_folder_it_says_nothing_answers(tmp_path: Path, capsys) -> None:
    assert main(["recall", "qu'est-ce que Léa m'a dit à Lyon ?", "--data-dir", str(tmp_path / "fresh")]) == 0
    said = capsys.readouterr()
    assert "Aucun souvenir" in said.out
    assert "ne contient encore aucune mémoire" in said.err and not (tmp_path / "fresh").exists()  # a typo made nothing


def test_when_nothing_kept_answers_it_says_how_many_memories_have_not_arrived_yet(tmp_path: Path) -> None:
    library = open_library(DataDir.open(tmp_path))
    library.add(NewMemory("Léa m'a dit à Lyon qu'elle reviendrait pour Noël.", status=Status.STAGED))
    library.add(NewMemory("Pique-nique au bord de la Saône avec Léa.", status=Status.IN_REVIEW))
    library.add(NewMemory("Un souvenir écarté à la relecture.", status=Status.REJECTED))
    library.close()
    out = io.StringIO()
    assert recall_command(["qu'est-ce que Léa m'a dit à Lyon ?", "--data-dir", str(tmp_path)], out) == 0
    said = out.getvalue().splitlines()
    assert said[0] == "Aucun souvenir ne répond à cette question."
    assert said[1].startswith("2 souvenirs ne sont pas encore retenus : ils arrivent (Arrivée)")

def test_ranked_hits_with_id_score_why_and_text(tmp_path: Path) -> None:
    library = open_library(DataDir.open(tmp_path))
    lyon = library.add(NewMemory("Léa m'a confié à Lyon qu'elle voulait ouvrir une librairie.",
                                 MemoryFields(persons=("Léa",), place="Lyon"), status=Status.COMMITTED))
    library.add(NewMemory("Le train de 8h pour Paris était en retard.", status=Status.COMMITTED))
    library.close()
    out = io.StringIO()
    assert recall_command(["qu'est-ce que Léa m'a dit à Lyon ?", "--json", "--limit", "1",
                           "--data-dir", str(tmp_path)], out) == 0
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(lines) == 1 and lines[0]["id"] == lyon.id and lines[0]["text"] == lyon.text
    assert "words" in lines[0]["why"] and "person" in lines[0]["why"] and lines[0]["score"] > 0
    out = io.StringIO()
    assert recall_command(["librairie", "--data-dir", str(tmp_path)], out) == 0
    assert out.getvalue().startswith(f"n°{lyon.id}  ") and "mots : librairie" in out.getvalue()


def test_a_bad_limit_is_one_sentence(tmp_path: Path, capsys) -> None:
    assert recall_command(["x", "--limit", "beaucoup", "--data-dir", str(tmp_path)]) == 2
    assert "liblitz recall --help" in capsys.readouterr().err


def test_while_the_window_holds_the_index_it_answers_by_words_and_says_so(tmp_path: Path, capsys) -> None:
    window = open_library(DataDir.open(tmp_path))  # what the open window holds: the index, one opener only
    try:
        lyon = window.add(NewMemory("Léa m'a confié à Lyon qu'elle voulait ouvrir une librairie.",
                                    MemoryFields(persons=("Léa",), place="Lyon"), status=Status.COMMITTED))
        assert recall_command(["librairie", "--data-dir", str(tmp_path)]) == 0
        said = capsys.readouterr()
        assert said.out.startswith(f"n°{lyon.id}  ") and "mots : librairie" in said.out
        assert "garde l'index du sens pour elle" in said.err
        window.add(NewMemory("Une nouvelle librairie à Lyon.", status=Status.COMMITTED))  # both still write
    finally:
        window.close()
