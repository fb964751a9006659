"""Staging: verbatim rows with their source, layouts, persona material, duplicates, dates, the report."""
from __future__ import annotations

import csv
import json
from datetime import date

import pytest

from liblitz_app.intake import (
    ColumnMapping, DuplicatePolicy, ImportOptions, Layout, inspect_file, persona_material, run_import,
)
from liblitz_app.intake.duplicates import normalise_text
from liblitz_app.memory import Emotion, Status
from liblitz_app.store.query import MemoryQuery

from .conftest import CHAT, checksum, toy_embed

STAGED = MemoryQuery(statuses=frozenset({Status.STAGED}), sort="id", descending=False)


def staged(ledger):
    return ledger.find(STAGED)


def test_chat_backup_stages_my_lines_and_keeps_the_companions_apart(ledger, write) -> None:
    path = write("chat.csv", CHAT)
    report = run_import(ledger, path)
    memories = staged(ledger)
    assert [m.text for m in memories] == ["Hier soir j'ai dîné avec Marc à Lyon",
                                          "Ma sœur Léa m'a appelée, j'étais si contente"]
    first = memories[0]
    assert first.source.kind == "import" and first.source.name == "chat.csv" and first.source.row == 1
    assert first.source.columns == {"Timestamp": "2021-03-04T10:00:00Z", "From": "Me",
                                    "Text": "Hier soir j'ai dîné avec Marc à Lyon", "Reaction": "", "ID": "1"}
    assert first.fields.time.said == "2021-03-04T10:00:00Z" and first.fields.time.start == date(2021, 3, 4)
    replies = persona_material(ledger, "chat_reply")
    assert [(r["text"], r["source_row"]) for r in replies] == [("Ça a l'air super !", 2)]
    assert (report.layout, report.rows_read, report.staged, report.context) == ("chat_backup", 3, 2, 1)


def test_robot_facts_become_persona_material_not_memories(ledger, write) -> None:
    data = {"customer_facts": [{"text": "J'ai un chat qui s'appelle Moka", "creation_timestamp": "2020-05-01"}],
            "robot_facts": [{"text": "J'adore les couchers de soleil", "creation_timestamp": "2020-05-02"}]}
    report = run_import(ledger, write("facts.json", json.dumps(data)))
    assert [m.text for m in staged(ledger)] == ["J'ai un chat qui s'appelle Moka"]
    assert [p["text"] for p in persona_material(ledger, "fact")] == ["J'adore les couchers de soleil"]
    assert (report.staged, report.persona) == (1, 1)


def test_rows_the_user_marks_as_persona(ledger, write) -> None:
    path = write("m.csv", "text\nJe m'appelle Léo\nTu es curieuse et douce\n")
    run_import(ledger, path, ImportOptions(persona_rows=frozenset({2})))
    assert [m.text for m in staged(ledger)] == ["Je m'appelle Léo"]
    assert [p["text"] for p in persona_material(ledger)] == ["Tu es curieuse et douce"]


def test_custom_mapping_fills_fields_and_json_cells(ledger, write) -> None:
    path = write("c.csv", 'Souvenir;Quand;Avec;Où;Ressenti;Force\n'
                          '"{""text"": ""Pique-nique au parc""}";12/06/2019;"[""Marc"", ""Léa""]";Lyon;Joie;8\n')
    mapping = ColumnMapping(text="Souvenir", date="Quand", person="Avec", place="Où", emotion="Ressenti",
                            intensity="Force")
    run_import(ledger, path, ImportOptions(mapping=mapping))
    memory = staged(ledger)[0]
    assert memory.text == "Pique-nique au parc"
    assert memory.fields.persons == ("Marc", "Léa") and memory.fields.place == "Lyon"
    assert memory.fields.emotion is Emotion.JOY and memory.fields.intensity == 8
    assert memory.fields.time.start == date(2019, 6, 12)
    assert memory.source.columns["Avec"] == '["Marc", "Léa"]'  # the original cell, verbatim


def test_guessed_mapping_for_french_columns(tmp_path, write) -> None:
    inspection = inspect_file(write("g.csv", "Date;Texte;Lieu\n2021-01-01;Un;Paris\n"))
    assert inspection.detected.layout is Layout.CUSTOM
    assert inspection.detected.mapping == ColumnMapping(text="Texte", date="Date", place="Lieu")


def test_mapping_is_remembered_per_layout(ledger, write) -> None:
    mapping = ColumnMapping(text="b", date="a")
    run_import(ledger, write("one.csv", "a,b\n2021-01-01,Premier\n"), ImportOptions(mapping=mapping))
    inspection = inspect_file(write("two.csv", "b,a\nDeuxième,2021-02-02\n"), ledger)
    assert inspection.detected.remembered and inspection.detected.mapping == mapping
    run_import(ledger, write("two.csv", "b,a\nDeuxième,2021-02-02\n"))
    assert [m.text for m in staged(ledger)] == ["Premier", "Deuxième"]


def test_unparseable_dates_are_kept_as_said_and_flagged(ledger, write, tmp_path) -> None:
    path = write("d.csv", "text,date\nUn dîner,hier soir\nUne fête,le 3 juillet 2021\nRien,\n")
    report = run_import(ledger, path, ImportOptions(mapping=ColumnMapping(text="text", date="date")))
    by_text = {m.text: m.fields.time for m in staged(ledger)}
    assert by_text["Un dîner"].said == "hier soir" and by_text["Un dîner"].start is None
    assert by_text["Une fête"].start == date(2021, 7, 3)
    assert by_text["Rien"].said == "" and report.flagged == 1
    assert [(n.row, n.outcome) for n in report.notes] == [(1, "importée, à vérifier")]
    assert "hier soir" in report.notes[0].reason


def test_emoji_and_right_to_left_text_stay_verbatim(ledger, write) -> None:
    texts = ["Journée parfaite 🌞🏖️ avec 👨‍👩‍👧", "ذهبنا إلى البحر مع عائلتي", "שלום, זה זיכרון"]
    path = write("u.csv", "text\n" + "".join(f'"{t}"\n' for t in texts))
    run_import(ledger, path)
    assert [m.text for m in staged(ledger)] == texts


def test_a_row_of_50000_characters(ledger, write) -> None:
    long_text = ("Une très longue lettre, " * 2100)[:50_000]
    run_import(ledger, write("long.csv", f'text,date\n"{long_text}",2021-01-01\ncourt,2021-01-02\n'))
    assert [len(m.text) for m in staged(ledger)] == [50_000, 5]


def test_same_file_twice_is_all_duplicates(ledger, write) -> None:
    path = write("chat.csv", CHAT)
    run_import(ledger, path)
    before = checksum(ledger)
    again = run_import(ledger, path)
    assert (again.staged, again.duplicates, again.skipped, again.context) == (0, 3, 3, 0)
    assert again.previous_import is not None
    assert len(staged(ledger)) == 2
    assert checksum(ledger) != before  # only the batch record and its report were added
    assert {n.outcome for n in again.notes} == {"doublon ignoré"}


def test_exact_duplicates_fold_case_accents_spaces_and_punctuation(ledger, write) -> None:
    assert normalise_text("  Soirée,   à LYON ! ") == normalise_text("soiree a lyon")
    path = write("x.csv", "text\nSoirée à Lyon\n\"soiree,  a lyon !\"\nAutre chose\n")
    report = run_import(ledger, path)
    assert [m.text for m in staged(ledger)] == ["Soirée à Lyon", "Autre chose"]
    assert report.notes[0].row == 2 and report.notes[0].of_memory == staged(ledger)[0].id


def test_duplicates_can_be_kept_and_grouped(ledger, write) -> None:
    run_import(ledger, write("a.csv", "text\nLe concert de jazz à Nantes\n"))
    report = run_import(ledger, write("b.csv", "text\nLe concert de jazz à Nantes\n"),
                        ImportOptions(duplicates=DuplicatePolicy.GROUP))
    first, second = staged(ledger)
    assert report.staged == 1 and report.duplicates == 1 and report.notes[0].of_memory == first.id
    link = ledger._conn.execute("SELECT duplicate_of, duplicate_kind FROM import_rows WHERE memory_id = ?",
                                (second.id,)).fetchone()
    assert tuple(link) == (first.id, "exact")


def test_near_duplicates_by_meaning_within_the_file_and_against_the_ledger(ledger, write) -> None:
    run_import(ledger, write("old.csv", "text\nnous sommes allés à la plage de Biarritz avec Marc et Léa cet été\n"))
    path = write("new.csv", "text\n"
                 "nous sommes allés à la plage de Biarritz avec Marc et Léa cet été là\n"
                 "le chat a renversé le vase du salon ce matin\n"
                 "ce matin le chat a renversé le vase du salon\n")
    report = run_import(ledger, path, ImportOptions(embed=toy_embed, threshold=0.9))
    assert [m.text for m in staged(ledger)][1:] == ["le chat a renversé le vase du salon ce matin"]
    assert [(n.row, n.reason.split(" que")[0]) for n in report.notes] == [(1, "même sens"), (3, "même sens")]
    assert all(n.similarity is not None and n.similarity >= 0.9 for n in report.notes)


def test_report_is_exportable_as_csv(ledger, write, tmp_path) -> None:
    report = run_import(ledger, write("r.csv", "text,date\nUn,jamais\n,2021-01-01\nUn,2021\n"),
                        ImportOptions(mapping=ColumnMapping(text="text", date="date")))
    out = report.to_csv(tmp_path / "rapport.csv")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["ligne"], r["résultat"]) for r in rows] == [
        ("1", "importée, à vérifier"), ("2", "ignorée"), ("3", "doublon ignoré")]
    assert (report.rows_read, report.staged, report.skipped, report.duplicates) == (3, 1, 2, 1)


def test_progress_and_batch_record(ledger, write) -> None:
    seen: list[tuple[int, int, str]] = []
    path = write("p.csv", "text\n" + "".join(f"Souvenir {i}\n" for i in range(25)))
    report = run_import(ledger, path, ImportOptions(chunk_rows=10), progress=lambda *a: seen.append(a))
    phases = [phase for _, _, phase in seen]
    assert phases[0] == "analyse" and phases[-1] == "fin" and phases.count("import") == 3
    assert seen[-2][0] == seen[-2][1]  # the last chunk reports the whole file read
    batch = ledger._conn.execute("SELECT file_name, staged, rows_read FROM import_batches").fetchone()
    assert tuple(batch) == ("p.csv", 25, 25) and report.batch_id == 1


def test_dry_run_reports_without_writing(ledger, write) -> None:
    before = checksum(ledger)
    report = run_import(ledger, write("chat.csv", CHAT), dry_run=True)
    assert report.staged == 2 and report.dry_run and report.batch_id is None
    assert checksum(ledger) == before


def test_four_thousand_rows(ledger, write) -> None:
    lines = "".join(f'"Souvenir n°{i} : une journée à Lyon avec Marc",2021-01-{i % 28 + 1:02d}\n' for i in range(4000))
    report = run_import(ledger, write("big.csv", "text,creation_timestamp\n" + lines))
    assert report.staged == 4000 and ledger.count(STAGED) == 4000


def test_french_excel_export_end_to_end(ledger, write) -> None:
    content = "Texte;Date;Personnes\r\n\"Noël chez mamie, quelle joie\";25/12/2019;Léa, Hugo\r\n"
    path = write("excel.csv", content, encoding="cp1252")
    report = run_import(ledger, path, ImportOptions(mapping=ColumnMapping(text="Texte", date="Date",
                                                                          person="Personnes")))
    memory = staged(ledger)[0]
    assert report.staged == 1 and memory.text == "Noël chez mamie, quelle joie"
    assert memory.fields.time.start == date(2019, 12, 25) and memory.fields.persons == ("Léa", "Hugo")


def test_bom_and_mixed_line_endings_end_to_end(ledger, write) -> None:
    path = write("bom.csv", "\ufefftext\r\nUn\nDeux\rTrois\r\n".encode("utf-8"))
    run_import(ledger, path)
    assert [(m.text, m.source.row) for m in staged(ledger)] == [("Un", 1), ("Deux", 2), ("Trois", 3)]


def test_a_file_of_duplicates_keeps_a_summary_not_every_row(ledger, write, tmp_path, monkeypatch) -> None:
    from liblitz_app.intake import report as report_module
    monkeypatch.setattr(report_module, "KEPT_NOTES", 5)
    path = write("doublons.csv", "text\n" + "Toujours le même souvenir\n" * 40)
    report = run_import(ledger, path)
    assert (report.staged, report.duplicates, report.noted) == (1, 39, 39)
    assert len(report.notes) == 5 and report.notes_left_out == 34
    stored = ledger._conn.execute("SELECT report FROM import_batches").fetchone()[0]
    assert len(json.loads(stored)["notes"]) == 5 and json.loads(stored)["notes_left_out"] == 34
    with report.to_csv(tmp_path / "r.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == 1 + 5 + 1 and "34 autres lignes" in rows[-1][2]


def test_comparing_by_meaning_shows_progress_over_what_is_known_and_stops_at_once_when_cancelled(ledger, write) -> None:
    """A large second import compares its rows with every memory by meaning: minutes of embedding, so the
    bar moves over the memories already known, and a cancel waits for one batch, not for all of them."""
    from liblitz_app.intake import ImportCancelled
    from liblitz_app.intake.duplicates import EMBED_BATCH

    rows = "text\n" + "".join(f"Souvenir numéro {n} au bord du lac\n" for n in range(EMBED_BATCH * 3))
    run_import(ledger, write("first.csv", rows))
    seen: list[tuple[int, int]] = []
    run_import(ledger, write("second.csv", "text\nUn souvenir nouveau\n"), ImportOptions(embed=toy_embed),
               progress=lambda done, total, phase: seen.append((done, total)) if phase == "doublons" else None)
    assert [done for done, _ in seen] == [0, EMBED_BATCH, 2 * EMBED_BATCH, 3 * EMBED_BATCH, 3 * EMBED_BATCH]
    assert {total for _, total in seen} == {3 * EMBED_BATCH}

    batches: list[int] = []

    def counted(texts: list[str]):
        batches.append(len(texts))
        return toy_embed(texts)
    before = checksum(ledger)
    with pytest.raises(ImportCancelled):
        run_import(ledger, write("third.csv", rows), ImportOptions(embed=counted), is_cancelled=lambda: len(batches) >= 2)
    assert len(batches) == 2 and checksum(ledger) == before
