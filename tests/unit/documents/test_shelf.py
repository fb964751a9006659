"""Shared files become documents: chunked with their page or section, in their own index, recalled
with their citation, removed cleanly; what cannot be read gets a sentence."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from liblitz_app.documents import (
    AddCancelled, EncryptedDocument, Kind, UnreadableDocument, close_shelf, passages_for, recall_documents, shelf_of,
)
from liblitz_app.memory import Status
from liblitz_app.store import documents as rows
from liblitz_app.store.ledger import NewMemory

from tests.helpers.library import library_in
from .pdfs import encrypt_pdf, write_pdf

REPORT_PAGES = [
    "Rapport annuel de l'atelier de céramique. Introduction générale et remerciements aux bénévoles.",
    "Le budget de l'atelier pour 2026 s'élève à 12 000 euros, dont la moitié pour le nouveau four à bois.",
    "Calendrier : les cours du mardi soir reprennent en septembre ; une exposition est prévue en juin.",
]
NOTES = """# Garden notes

Plant the tomatoes after the last frost, usually mid-May.

## Watering

Water the courgettes deeply twice a week rather than a little every day.
"""


@pytest.fixture
def shared(library, tmp_path: Path):
    shelf = shelf_of(library)
    pdf = shelf.add_file(write_pdf(tmp_path / "rapport.pdf", REPORT_PAGES)).document
    notes_path = tmp_path / "jardin.md"
    notes_path.write_text(NOTES, encoding="utf-8")
    notes = shelf.add_file(notes_path).document
    return shelf, pdf, notes


def test_a_pdf_and_a_markdown_file_are_chunked_with_their_page_and_section(shared) -> None:
    shelf, pdf, notes = shared
    assert (pdf.kind, pdf.pages, pdf.chunks) == (Kind.PDF, 3, 3)
    assert [c.page for c in shelf.chunks(pdf.id)] == [1, 2, 3]
    assert notes.kind is Kind.MARKDOWN
    assert [c.section for c in shelf.chunks(notes.id)] == ["Garden notes", "Watering"]
    assert shelf.index.count() == 5


def test_documents_stay_out_of_the_memories_index_and_the_review_queue(shared, library) -> None:
    shelf, _pdf, _notes = shared
    assert library.index.count() == 0 and shelf.index.count() == 5
    assert shelf.index.folder.parent == library.index.folder  # index/<model>/documents
    assert library.ledger.count_by_status() == {}
    library.add(NewMemory("Le four à bois fume trop.", status=Status.COMMITTED))
    assert library.index.count() == 1 and shelf.index.count() == 5


def test_a_question_finds_the_right_page_with_its_citation(shared, library) -> None:
    hits = recall_documents(shared[0], "combien coûte le four ?", limit=3)
    assert (hits[0].source.name, hits[0].chunk.page) == ("rapport.pdf", 2)
    passages = passages_for(library, "when should I water the courgettes?", limit=2)
    assert passages[0].label == "jardin.md, § Watering"
    assert passages[0].quoted().startswith("[document : jardin.md, § Watering]\n« ")
    assert passages_for(library, "rapport budget four", limit=1)[0].label == "rapport.pdf, p. 2"


def test_an_unrelated_question_brings_no_passage(shared, library) -> None:
    assert passages_for(library, "qui a gagné la coupe du monde de rugby ?", limit=3) == []


def test_a_removed_document_leaves_the_ledger_the_words_and_the_index(shared, library) -> None:
    shelf, pdf, notes = shared
    assert shelf.remove(pdf.id) == 3
    assert [d.id for d in shelf.documents()] == [notes.id]
    assert shelf.index.count() == 2
    conn = sqlite3.connect(library.ledger.path)
    assert conn.execute("SELECT count(*) FROM document_chunks").fetchone()[0] == 2
    assert conn.execute("SELECT count(*) FROM document_words").fetchone()[0] == 2
    assert [h.source.name for h in recall_documents(shelf, "budget du four", 5)] == []
    assert library.ledger.journal(limit=1)[0]["action"] == "document.remove"


def test_the_same_file_twice_is_one_document(shared, tmp_path: Path) -> None:
    shelf, pdf, _notes = shared
    again = shelf.add_file(write_pdf(tmp_path / "copie.pdf", REPORT_PAGES))
    assert again.already and again.document.id == pdf.id and shelf.index.count() == 5


def test_progress_is_reported_and_a_cancel_keeps_nothing(library, tmp_path: Path) -> None:
    shelf = shelf_of(library)
    path = write_pdf(tmp_path / "long.pdf", [f"Page {n} du long document, avec du texte." for n in range(40)])
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))

    with pytest.raises(AddCancelled):
        shelf.add_file(path, progress, cancelled=lambda: any(done > 500 for done, _ in seen))
    assert seen[0][1] == 1000 and 500 in [d for d, _ in seen]
    assert shelf.documents() == [] and shelf.index.count() == 0
    assert rows.unfinished(library.ledger) == []


def test_an_interrupted_addition_is_removed_on_the_next_open(library, embedder, tmp_path: Path) -> None:
    shelf = shelf_of(library)
    kept = shelf.add_file(write_pdf(tmp_path / "a.pdf", ["Un document gardé."])).document
    # A crash between the ledger's rows and the index: rows 'reading', one chunk indexed.
    from liblitz_app.documents.model import ChunkText
    document_id, ids = rows.add_document(library.ledger, Kind.TEXT, "b.txt", "/b.txt", "b" * 64, None,
                                         [ChunkText("moitié"), ChunkText("pas finie")])
    shelf._index(ids[:1], ["moitié"])
    close_shelf(library)
    folder = library.ledger.path.parent
    library.close()
    reopened = library_in(folder, embedder)
    try:
        again = shelf_of(reopened)
        assert [d.id for d in again.documents()] == [kept.id]
        assert again.index.count() == 1 and rows.unfinished(reopened.ledger) == []
    finally:
        close_shelf(reopened)
        reopened.close()


def test_an_encrypted_pdf_gets_a_sentence(library, tmp_path: Path) -> None:
    locked = encrypt_pdf(write_pdf(tmp_path / "clair.pdf", ["Secret."]), tmp_path / "verrou.pdf")
    with pytest.raises(EncryptedDocument) as raised:
        shelf_of(library).add_file(locked)
    assert "mot de passe" in str(raised.value)
    assert raised.value.describe("en").startswith("The PDF “verrou.pdf” is protected by a password")


@pytest.mark.parametrize("name, content, words", [
    ("abime.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage", "abîmé"),
    ("vide.txt", b"  \n", "vide"),
    ("image.pdf", None, "aucun texte"),
    ("photo.png", b"\x89PNG\r\n", "ne sait pas lire"),
])
def test_what_cannot_be_read_gets_a_sentence(library, tmp_path: Path, name: str, content, words: str) -> None:
    path = tmp_path / name
    if content is None:
        write_pdf(path, [""])
    else:
        path.write_bytes(content)
    with pytest.raises(UnreadableDocument) as raised:
        shelf_of(library).add_file(path)
    assert words in str(raised.value)
    assert "Error" not in str(raised.value) and "Error" not in raised.value.describe("en")  # no library's class name
    assert shelf_of(library).documents() == []


def test_a_text_too_long_to_share_is_refused_before_anything_is_kept(library, tmp_path: Path) -> None:
    from liblitz_app.documents.reading import MAX_TEXT_CHARACTERS

    path = tmp_path / "enorme.txt"
    path.write_text("Une ligne de journal parmi tant d'autres.\n" * (MAX_TEXT_CHARACTERS // 40 + 10), encoding="utf-8")
    with pytest.raises(UnreadableDocument) as raised:
        shelf_of(library).add_file(path)
    assert "trop long" in str(raised.value) and "too long" in raised.value.describe("en")
    assert shelf_of(library).documents() == []


def test_csv_and_docx_are_cited_by_rows_and_section(library, tmp_path: Path) -> None:
    import docx

    table = tmp_path / "ventes.csv"
    table.write_text("mois,ventes\n" + "".join(f"mois {n},{n * 10}\n" for n in range(1, 200)), encoding="utf-8")
    word = docx.Document()
    word.add_heading("Conclusions", level=1)
    word.add_paragraph("Le projet de jardin partagé a réuni quarante familles du quartier.")
    word.save(tmp_path / "bilan.docx")
    shelf = shelf_of(library)
    shelf.add_file(table)
    shelf.add_file(tmp_path / "bilan.docx")
    assert passages_for(library, "jardin partagé familles", 1)[0].label == "bilan.docx, § Conclusions"
    assert passages_for(library, "mois 150", 1)[0].label.startswith("ventes.csv, lignes ")


def test_a_file_too_large_is_refused_before_it_is_read(library, tmp_path: Path, monkeypatch) -> None:
    from liblitz_app.documents import reading

    monkeypatch.setattr(reading, "MAX_FILE_BYTES", 1_000_000)
    big = tmp_path / "gros.txt"
    big.write_text("mot " * 300_000, encoding="utf-8")
    with pytest.raises(UnreadableDocument) as raised:
        shelf_of(library).add_file(big)
    assert "dépasse 1 Mo" in str(raised.value)
