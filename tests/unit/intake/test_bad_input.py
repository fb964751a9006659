"""Bad input gets a clear French sentence and loses nothing: the ledger is unchanged where an import
fails, and whatever was staged before stays as it was."""
from __future__ import annotations

import json

import pytest

from liblitz_app.intake import (
    ColumnMapping, ImportOptions, IntakeError, MalformedFile, MissingTextColumn, UnreadableFile, run_import,
)

from .conftest import CHAT, checksum


@pytest.fixture
def earlier(ledger, write):
    """An import that went well before the bad one."""
    run_import(ledger, write("earlier.csv", CHAT))
    return checksum(ledger)


def fails(ledger, path, error: type[IntakeError], words: str, options: ImportOptions = ImportOptions()) -> str:
    before = checksum(ledger)
    with pytest.raises(error) as raised:
        run_import(ledger, path, options)
    assert checksum(ledger) == before
    message = str(raised.value)
    assert words in message and "Traceback" not in message
    return message


def test_empty_file(ledger, write, earlier) -> None:
    fails(ledger, write("vide.csv", b""), UnreadableFile, "est vide")


def test_header_only(ledger, write, earlier) -> None:
    fails(ledger, write("entete.csv", "text,date\n"), UnreadableFile, "que la ligne d'en-tête")


def test_binary_file(ledger, write, earlier) -> None:
    fails(ledger, write("photo.csv", bytes(range(256)) * 10), UnreadableFile, "semble binaire")


def test_binary_file_without_a_nul_byte(ledger, write, earlier) -> None:
    noise = bytes((n * 131 + 7) % 255 + 1 for n in range(4096))  # every byte value but 0
    fails(ledger, write("archive.csv", noise), UnreadableFile, "semble binaire")


def test_utf16_file_is_refused_with_a_way_out(ledger, write, earlier) -> None:
    fails(ledger, write("u16.csv", "text\nBonjour\n".encode("utf-16")), UnreadableFile, "UTF-8")


def test_missing_file(ledger, tmp_path, earlier) -> None:
    fails(ledger, tmp_path / "absent.csv", UnreadableFile, "introuvable")


def test_unterminated_quote(ledger, write, earlier) -> None:
    path = write("quote.csv", 'text,date\n"Un souvenir,2021-01-01\nSuite,2021-01-02\n')
    message = fails(ledger, path, MalformedFile, "jamais refermé")
    assert "ligne de données n°1" in message


def test_ragged_row(ledger, write, earlier) -> None:
    path = write("ragged.csv", "text,date\nUn,2021\nDeux,2021,en trop\n")
    fails(ledger, path, MalformedFile, "3 colonnes au lieu de 2")


def test_ragged_first_row_is_not_silently_read_as_an_index(ledger, write, earlier) -> None:
    fails(ledger, write("shift.csv", "text,date\nUn,2021,en trop\nDeux,2022\n"), MalformedFile, "colonnes")


def test_missing_text_column(ledger, write, earlier) -> None:
    path = write("cols.csv", "quand,qui_ou_quoi\n2021-01-01,x\n")
    fails(ledger, path, MissingTextColumn, "Aucune colonne de texte")
    fails(ledger, path, MissingTextColumn, "« Texte » n'existe pas",
          ImportOptions(mapping=ColumnMapping(text="Texte")))


def test_json_that_is_not_a_list(ledger, write, earlier) -> None:
    fails(ledger, write("obj.json", json.dumps({"nom": "Marc", "age": 3})), MalformedFile, "pas une liste")
    fails(ledger, write("n.json", "42"), MalformedFile, "pas une liste")


def test_invalid_json(ledger, write, earlier) -> None:
    fails(ledger, write("bad.json", '[{"text": "x"'), MalformedFile, "pas un JSON valide")


def test_json_empty_list(ledger, write, earlier) -> None:
    fails(ledger, write("empty.json", "[]"), IntakeError, "aucune ligne")


def test_cancel_between_chunks_leaves_nothing(ledger, write, earlier) -> None:
    path = write("long.csv", "text\n" + "".join(f"Souvenir numéro {i}\n" for i in range(50)))
    calls = iter(range(100))
    before = checksum(ledger)
    with pytest.raises(IntakeError, match="rien n'a été enregistré"):
        run_import(ledger, path, ImportOptions(chunk_rows=10), is_cancelled=lambda: next(calls) >= 4)
    assert checksum(ledger) == before == earlier


def test_failure_mid_file_rolls_back_chunks_already_staged(ledger, write, earlier) -> None:
    good = "".join(f"Souvenir {i}\n" for i in range(30))
    path = write("mid.csv", "text\n" + good + '"jamais fermé\nfin\n')
    fails(ledger, path, MalformedFile, "jamais refermé", ImportOptions(chunk_rows=5))
    assert checksum(ledger) == earlier


def test_a_failed_embedder_rolls_back_too(ledger, write, earlier) -> None:
    def broken(texts: list[str]):
        raise RuntimeError("modèle absent")
    with pytest.raises(RuntimeError):
        run_import(ledger, write("e.csv", "text\nUn\n"), ImportOptions(embed=broken))
    assert checksum(ledger) == earlier


def test_unquoted_semicolons_in_the_text_name_the_first_bad_line(ledger, write, earlier) -> None:
    rows = ["texte;date", "Un souvenir;2021-01-01", "Deux;2021-01-02",
            "Trois; puis un point-virgule; dans le texte;2021-01-03", "Quatre;2021-01-04"]
    message = fails(ledger, write("points.csv", "\n".join(rows) + "\n"), MalformedFile, "ligne de données n°3")
    assert "4 colonnes au lieu de 2" in message


@pytest.mark.parametrize("transcript", [
    "12/03/2024, 19:14 - Léa: Salut ! On se voit à Lyon samedi ?\n12/03/2024, 19:16 - Moi: Oui avec plaisir\n"
    "13/03/2024, 08:01 - Léa: Je t'ai dit que je partais au Canada ?\n",
    "[3/12/24, 7:14:05 PM] Sam: see you at the lake\n[3/12/24, 7:15:10 PM] Me: sure, with Noor?\n",
])
def test_a_messaging_apps_transcript_is_said_to_be_one_not_read_as_a_table(ledger, write, earlier, transcript) -> None:
    fails(ledger, write("discussion.txt", transcript), UnreadableFile, "discussion exportée d'une messagerie")


def test_a_table_whose_text_holds_times_and_colons_is_still_a_table(ledger, write) -> None:
    rows = "date,text\n2024-03-12,19:14 - réunion : on a enfin décidé\n2024-03-13,08:01 - café : Léa en retard\n"
    run_import(ledger, write("notes.csv", rows))
