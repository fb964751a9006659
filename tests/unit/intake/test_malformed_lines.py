"""A file with separators left unquoted in its text: the rows are named, another separator can be
chosen, and the user may skip them — the skipped rows then appear in the report the ledger keeps."""
from __future__ import annotations

import json

import pytest

from liblitz_app.intake import ImportOptions, MalformedFile, find_bad_lines, inspect_file, run_import, sniff
from liblitz_app.intake.cli import import_command
from liblitz_app.memory import Status
from liblitz_app.store.query import MemoryQuery

from .conftest import checksum

ROWS = ["texte;date", "Un souvenir;2021-01-01", "Deux;2021-01-02",
        "Trois; puis un point-virgule; dans le texte;2021-01-03", "", "Quatre;2021-01-04",
        "Cinq;2021-01-05;et;encore", "Six;2021-01-06", "Sept"]


@pytest.fixture
def points(write):
    return write("points.csv", "\n".join(ROWS) + "\n")


def test_every_row_with_too_many_fields_is_found_with_its_lines(points) -> None:
    bad = find_bad_lines(sniff(points))
    assert bad.count == 2
    assert [(b.row, b.line, b.found, b.expected) for b in bad.lines] == [(3, 4, 4, 2), (5, 7, 4, 2)]
    assert bad.lines[0].start == "Trois; puis un point-virgule; dans le texte;2021-01-03"


def test_a_quoted_separator_or_a_short_row_is_not_malformed(write) -> None:
    path = write("ok.csv", 'text,date\n"Un, deux",2021\nTrois\n"Quatre\nsur deux lignes",2022\n')
    assert find_bad_lines(sniff(path)).count == 0


def test_the_inspection_counts_them_and_previews_what_skipping_would_import(ledger, points) -> None:
    inspection = inspect_file(points, ledger)
    assert inspection.bad_lines.count == 2 and inspection.bad_lines.first.row == 3
    assert [r.number for r in inspection.preview.rows] == [1, 2, 4, 6, 7]  # row numbers stay the file's


def test_without_leave_the_import_refuses_and_names_the_first_bad_row(ledger, points) -> None:
    before = checksum(ledger)
    with pytest.raises(MalformedFile, match="ligne de données n°3"):
        run_import(ledger, points)
    assert checksum(ledger) == before


def test_skipping_imports_the_rest_and_the_report_lists_the_skipped_rows(ledger, points) -> None:
    report = run_import(ledger, points, ImportOptions(skip_malformed=True, chunk_rows=2))
    staged = MemoryQuery(statuses=frozenset({Status.STAGED}), sort="id", descending=False)
    texts = [m.text for m in ledger.find(staged)]
    assert texts == ["Un souvenir", "Deux", "Quatre", "Six", "Sept"]
    assert (report.rows_read, report.staged, report.malformed, report.skipped) == (7, 5, 2, 2)
    skipped = [(n.row, n.excerpt) for n in report.notes if n.outcome == "mal formée, ignorée"]
    assert skipped == [(3, "Trois; puis un point-virgule; dans le texte;2021-01-03"), (5, "Cinq;2021-01-05;et;encore")]
    assert "ligne 7 du fichier" in report.notes[-1].reason
    assert "dont 2 mal formées" in report.summary()
    kept = ledger._conn.execute("SELECT report FROM import_batches WHERE id = ?", (report.batch_id,)).fetchone()[0]
    assert [n["row"] for n in json.loads(kept)["notes"]] == [3, 5]  # the ledger keeps the report, rows named


def test_another_separator_reads_the_file_as_the_user_says(ledger, write) -> None:
    path = write("pipes.csv", "texte|date\nUn, deux; trois|2021-01-01\nQuatre|2021-01-02\n")
    assert sniff(path).delimiter == "|"
    inspection = inspect_file(path, ledger, delimiter=";")
    assert inspection.preview.format.delimiter == ";" and inspection.bad_lines.count == 1
    report = run_import(ledger, path, ImportOptions(delimiter="|"))
    assert report.staged == 2 and report.malformed == 0
    stored = json.loads(ledger._conn.execute("SELECT file_format FROM import_batches").fetchone()[0])
    assert stored["delimiter"] == "|"


def test_the_command_line_says_how_to_skip_them_and_does_when_asked(tmp_path, points, capsys) -> None:
    data = tmp_path / "data"
    assert import_command([str(points), "--data-dir", str(data)]) == 2
    out = capsys.readouterr()
    assert "--skip-malformed" in out.out and "ligne de données n°3" in out.err
    assert import_command([str(points), "--data-dir", str(data), "--skip-malformed", "--separator", ";"]) == 0
    assert "ligne 3 : mal formée, ignorée — 4 colonnes au lieu de 2 (ligne 4 du fichier)" in capsys.readouterr().out
