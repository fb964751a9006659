"""`liblitz import FILE`: French output, a clear sentence and exit code 2 on every error."""
from __future__ import annotations

import csv

import pytest

from liblitz_app.cli import main
from liblitz_app.intake.cli import import_command
from liblitz_app.memory import Status
from liblitz_app.paths import DataDir
from liblitz_app.store.ledger import Ledger

from .conftest import CHAT


def counts(data_dir) -> dict[Status, int]:
    ledger = Ledger(DataDir.open(data_dir).ledger)
    try:
        return ledger.count_by_status()
    finally:
        ledger.close()


def test_import_prints_progress_and_report_in_french(tmp_path, write, capsys) -> None:
    path, data = write("chat.csv", CHAT), tmp_path / "data"
    code = import_command([str(path), "--data-dir", str(data), "--report", str(tmp_path / "r.csv")])
    out = capsys.readouterr()
    assert code == 0 and out.err == ""
    assert "Sauvegarde de conversation" in out.out and "Mise en attente des souvenirs : 100 %" in out.out
    assert "2 souvenirs mis en attente" in out.out
    assert counts(data) == {Status.STAGED: 2}
    with (tmp_path / "r.csv").open(encoding="utf-8-sig") as handle:
        assert next(csv.reader(handle))[:2] == ["ligne", "résultat"]


def test_dry_run_writes_nothing(tmp_path, write, capsys) -> None:
    data = tmp_path / "data"
    assert import_command([str(write("chat.csv", CHAT)), "--data-dir", str(data), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Simulation : rien n'a été enregistré" in out and "ligne 1 —" in out
    assert counts(data) == {}


def test_mapping_and_duplicates_options(tmp_path, write, capsys) -> None:
    data = tmp_path / "data"
    path = write("m.csv", "Quoi;Quand\nUn goûter;2021-05-01\nUn goûter;2021-05-02\n")
    args = [str(path), "--data-dir", str(data), "--mapping", "text=Quoi,date=Quand", "--duplicates", "keep"]
    assert import_command(args) == 0
    assert "  1 doublon\n" in capsys.readouterr().out
    assert counts(data) == {Status.STAGED: 2}


@pytest.mark.parametrize(("content", "args", "words"), [
    (b"", [], "est vide"),
    (bytes(range(256)) * 4, [], "semble binaire"),
    (b"a,b\n1,2\n", [], "Aucune colonne de texte"),
    (b"text\nUn\n", ["--mapping", "texte"], "champ=Colonne"),
    (b"text\nUn\n", ["--mapping", "colour=text"], "pas un champ connu"),
    (b"text\nUn\n", ["--duplicates", "maybe"], "Commande incomplète ou invalide"),
    (b'text\n"ouvert\n', [], "jamais refermé"),
])
def test_errors_are_one_french_sentence_and_exit_2(tmp_path, write, capsys, content, args, words) -> None:
    code = import_command([str(write("f.csv", content)), "--data-dir", str(tmp_path / "data"), *args])
    err = capsys.readouterr().err
    assert code == 2 and words in err and "Traceback" not in err
    assert err.startswith("liblitz import : ") and err.count("\n") == 1


def test_missing_argument(capsys) -> None:
    assert import_command([]) == 2
    assert "FICHIER" in capsys.readouterr().err


@pytest.mark.parametrize("order", ["before", "after"])
def test_the_data_dir_goes_before_or_after_the_command(tmp_path, write, capsys, order) -> None:
    path, data = write("chat.csv", CHAT), tmp_path / "data"
    option = ["--data-dir", str(data)]
    argv = [*option, "import", str(path)] if order == "before" else ["import", str(path), *option]
    assert main(argv) == 0
    assert counts(data) == {Status.STAGED: 2}


def test_a_header_only_file_gets_its_refusal_alone(tmp_path, write, capsys) -> None:
    code = import_command([str(write("entete.csv", "text,date\n")), "--data-dir", str(tmp_path / "data")])
    out = capsys.readouterr()
    assert code == 2 and out.out == ""
    assert "que la ligne d'en-tête" in out.err and "%" not in out.err


def test_the_report_counts_in_singular_and_plural() -> None:
    from liblitz_app.intake import ImportReport
    report = ImportReport(file_name="a.csv", rows_read=2, staged=1, persona=0, duplicates=2)
    french, english = report.summary("fr"), report.summary("en")
    assert "2 lignes lues" in french and "1 souvenir mis en attente" in french and "0 fait sur" in french
    assert "2 doublons" in french
    assert english.startswith("2 rows read: 1 memory waiting to arrive, 0 facts about the companion")
