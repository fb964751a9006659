"""The import wizard as a user drives it: a French export end to end, bad files, cancel, closing."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from liblitz_app.errors import describe
from liblitz_app.intake import UnreadableFile
from liblitz_app.memory import Status
from liblitz_app.store.ledger import LedgerReader
from liblitz_app.store.query import MemoryQuery
from liblitz_app.ui.intake.preview_model import PERSONA_COLUMN
from liblitz_app.ui.main_window import MainWindow

TIMEOUT = 30000
HEADER = "Date;Souvenir;Avec;Lieu;Émotion"


def souvenir(i: int) -> str:
    return f"Souvenir n°{i} : dîner à Lyon avec Léa, ça m'a fait chaud au cœur… « merci » {i}"


def french_export(path: Path, rows: int, extra: list[str] | None = None) -> Path:
    """Windows-1252, semicolons, CRLF, French dates: what Excel writes in France."""
    lines = [HEADER] + [f"{date(2019, 1, 1) + timedelta(days=i):%d/%m/%Y};{souvenir(i)};Léa;Lyon;joie"
                        for i in range(rows)]
    path.write_bytes("\r\n".join(lines + (extra or [])).encode("cp1252") + b"\r\n")
    return path


@contextmanager
def reader(window: MainWindow) -> Iterator[LedgerReader]:
    """The test's own look at the ledger (the window reads only off the GUI thread)."""
    look = LedgerReader(window.data.ledger)
    try:
        yield look
    finally:
        look.close()


def staged_texts(window: MainWindow, *statuses: Status) -> list[str]:
    query = MemoryQuery(statuses=frozenset(statuses or {Status.STAGED}), sort="id", descending=False)
    with reader(window) as look:
        return [m.text for m in look.find(query)]


def ledger_is_empty(window: MainWindow) -> bool:
    with reader(window) as look:
        batches = look._conn.execute("SELECT count(*) FROM import_batches").fetchone()[0]
        return look.count_by_status() == {} and batches == 0


def inspect(qtbot, window: MainWindow, path: Path):
    wizard = window.open_import_wizard()
    with qtbot.waitSignal(wizard.file_page.inspected, timeout=TIMEOUT):
        wizard.file_page.choose(path)
    return wizard


def next_enabled(wizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_french_export_is_previewed_mapped_imported_and_reported(qtbot, window: MainWindow, tmp_path: Path) -> None:
    extra = [f"01/02/2020;{souvenir(0)};Léa;Lyon;joie",  # row 31: a duplicate of row 1
             "02/02/2020;;;;"]  # row 32: no text
    path = french_export(tmp_path / "export.csv", 30, extra)
    wizard = inspect(qtbot, window, path)
    page = wizard.file_page
    assert wizard.isVisible() and page.isComplete() and next_enabled(wizard)
    assert page.model.rowCount() == 20 and page.model.index(0, 2).data() == souvenir(0)  # decoded from cp1252
    assert page.model.headerData(2, Qt.Orientation.Horizontal) == "Souvenir\n→ texte"
    assert "point-virgule" in page.format_label.text() and "Windows-1252" in page.format_label.text()
    assert "reconnues" in page.layout_label.text()

    wizard.next()
    mapping = wizard.mapping_page
    assert mapping.selected("text") == "Souvenir" and mapping.selected("date") == "Date"
    assert mapping.selected("person") == "Avec" and mapping.selected("place") == "Lieu"
    mapping.choose("emotion", None)  # the user's choice wins over the guess
    wizard.next()

    options = wizard.options_page
    assert not options.by_meaning.isChecked() and options.skip.isChecked()
    model = options.table.model()
    assert not options.table.isColumnHidden(PERSONA_COLUMN)
    model.setData(model.index(2, PERSONA_COLUMN), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    # The import is followed by today's first arrivals, at the default pace.
    reports, arrivals = [], []
    wizard.imported.connect(reports.append)
    window.arrival.released.connect(arrivals.append)
    with qtbot.waitSignals([wizard.imported, window.arrival.released], timeout=TIMEOUT):
        wizard.next()
    report = reports[0]
    assert arrivals == [5]
    assert wizard.currentPage() is wizard.report_page
    numbers = wizard.report_page.numbers
    assert (numbers["rows_read"].text(), numbers["staged"].text(), numbers["duplicates"].text(),
            numbers["persona"].text()) == ("32", "29", "1", "1")
    assert "29 souvenirs mis en attente" in wizard.report_page.headline.text()
    notes = wizard.report_page.model
    assert {notes.index(r, 0).data() for r in range(notes.rowCount())} == {"31", "32"}

    expected = [souvenir(i) for i in range(30) if i != 2]
    assert staged_texts(window, Status.STAGED, Status.RELEASED) == expected  # verbatim, in file order
    with reader(window) as look:
        staged = look.find(MemoryQuery(statuses=frozenset({Status.STAGED, Status.RELEASED}), sort="id",
                                       descending=False))
    assert staged[0].fields.time.start == date(2019, 1, 1) and staged[0].fields.emotion is None
    assert report.staged == 29

    assert wizard.report_page.export(tmp_path / "rapport.csv")
    assert "texte vide" in (tmp_path / "rapport.csv").read_text(encoding="utf-8-sig")


def test_a_binary_file_is_refused_with_a_sentence_and_nothing_is_written(qtbot, window: MainWindow,
                                                                       tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    wizard = window.open_import_wizard()
    with qtbot.waitSignal(wizard.file_page.inspection_failed, timeout=TIMEOUT) as failed:
        wizard.file_page.choose(path)
    assert "binaire" in failed.args[0] and wizard.file_page.status.text() == failed.args[0]
    assert "Traceback" not in failed.args[0] and "inattendue" not in failed.args[0]
    assert not wizard.file_page.isComplete() and not next_enabled(wizard)
    assert ledger_is_empty(window)


def test_a_pasted_path_is_read_on_enter(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "journal.csv"
    path.write_text("text\nPique-nique au bord de la Saône\n", encoding="utf-8")
    wizard = window.open_import_wizard()
    page = wizard.file_page
    page.path_edit.setText(f' "{path}" ')  # as a file manager copies it, quotes and all
    with qtbot.waitSignal(page.inspected, timeout=TIMEOUT):
        qtbot.keyClick(page.path_edit, Qt.Key.Key_Return)
    assert wizard.choices.path == path and page.isComplete()

def test_intake_errors_reach_the_user_as_their_own_sentence() -> None:
    # Fixed in intake/errors.py: `describe` used to turn every IntakeError into "erreur inattendue".
    assert describe(UnreadableFile("Le fichier « x » est vide.")) == "Le fichier « x » est vide."


def test_without_a_text_column_the_wizard_does_not_go_on(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "humeurs.csv"
    path.write_text("Quand;Humeur\n01/01/2020;bien\n02/01/2020;moyen\n", encoding="utf-8")
    wizard = inspect(qtbot, window, path)
    assert "Format propre" in wizard.file_page.layout_label.text()
    wizard.next()
    mapping = wizard.mapping_page
    assert mapping.selected("text") is None and not mapping.isComplete() and not next_enabled(wizard)
    assert mapping.missing.isVisible() and "texte" in mapping.missing.text()
    mapping.choose("text", "Humeur")
    assert mapping.isComplete() and next_enabled(wizard) and not mapping.missing.isVisible()
    assert ledger_is_empty(window)


def test_a_file_broken_past_the_preview_fails_cleanly_and_the_ledger_is_unchanged(
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = french_export(tmp_path / "cassé.csv", 6000, ['03/03/2030;"jamais refermé;de;colonnes'])
    wizard = inspect(qtbot, window, path)
    wizard.next()
    wizard.next()
    with qtbot.waitSignal(wizard.run_page.stopped, timeout=TIMEOUT) as stopped:
        wizard.next()
    assert "jamais refermé" in stopped.args[0] and "Rien n'a été importé" in stopped.args[0]
    assert stopped.args[0] in wizard.run_page.outcome.text()
    assert wizard.currentPage() is wizard.run_page and not next_enabled(wizard)
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()  # back to change options or file
    assert ledger_is_empty(window)


def test_unquoted_separators_are_named_and_the_user_skips_those_lines_or_picks_a_separator(
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    extra = ["03/03/2030;trop; de colonnes;ici;vraiment;oui", "04/03/2030;encore;une;de;trop;là"]
    path = french_export(tmp_path / "cassé.csv", 3000, extra)
    wizard = inspect(qtbot, window, path)
    page, box = wizard.file_page, wizard.file_page.reading
    assert not page.isComplete() and not next_enabled(wizard)  # no dead end, but no silent loss either
    assert "ligne de données n°3001" in box.problem.text() and "2 lignes" in box.problem.text()
    assert "« 03/03/2030;trop; de colonnes;ici;vraiment;oui »" in box.problem.text()
    assert box.skip.text().startswith("Ignorer les lignes mal formées (2)") and not box.skip.isHidden()

    with qtbot.waitSignal(page.inspected, timeout=TIMEOUT):  # another separator: read again, still refused
        box.separator.activated.emit(box.separator.findData(","))
    assert page.model.columnCount() >= 1 and not page.isComplete() and "lignes" in box.problem.text()
    with qtbot.waitSignal(page.inspected, timeout=TIMEOUT):
        box.separator.activated.emit(box.separator.findData(";"))
    assert box.separator.currentData() == ";" and "ligne de données n°3001" in box.problem.text()

    box.skip.setChecked(True)
    assert page.isComplete() and next_enabled(wizard)
    wizard.next()
    wizard.next()
    with qtbot.waitSignal(wizard.imported, timeout=TIMEOUT) as imported:
        wizard.next()
    report = imported.args[0]
    assert (report.staged, report.malformed) == (3000, 2)
    page = wizard.report_page
    assert (page.numbers["malformed"].text(), page.names["malformed"].text()) == ("2", "lignes mal formées, ignorées")
    notes = wizard.report_page.model
    shown = [(notes.index(r, 0).data(), notes.index(r, 3).data()) for r in range(notes.rowCount())]
    assert shown == [("3001", extra[0]), ("3002", extra[1])]
    assert "mal formée" in notes.index(0, 1).data() and "ligne 3002 du fichier" in notes.index(0, 2).data()
    with reader(window) as look:
        kept = look._conn.execute("SELECT report FROM import_batches").fetchone()[0]
    assert "trop; de colonnes" in kept  # the ledger keeps the report, skipped lines included


def test_cancelling_mid_import_leaves_the_ledger_unchanged(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = french_export(tmp_path / "gros.csv", 5000)
    wizard = inspect(qtbot, window, path)
    wizard.next()
    wizard.next()
    run = wizard.run_page
    gate = threading.Event()

    def hold(done: int, total: int, phase: str) -> None:
        """On the store thread, after the first chunk is staged: wait until the user has clicked Cancel."""
        if phase == "import":
            gate.wait(TIMEOUT / 1000)

    try:
        with qtbot.waitSignal(run.reporter.progress, timeout=TIMEOUT, check_params_cb=lambda d, t, p: p == "import"):
            run.reporter.progress.connect(hold, Qt.ConnectionType.DirectConnection)  # after the waiter's own
            wizard.next()
        assert run.bar.value() > 0 and "Mise en attente" in run.phase.text()
        with qtbot.waitSignal(run.stopped, timeout=TIMEOUT) as stopped:
            qtbot.mouseClick(run.cancel_button, Qt.MouseButton.LeftButton)
            gate.set()
    finally:
        gate.set()  # never leave the store thread waiting
    assert "annulé" in stopped.args[0] and "inchangé" in run.outcome.text()
    assert ledger_is_empty(window)


def test_closing_the_wizard_during_the_import_cancels_it(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = french_export(tmp_path / "gros.csv", 5000)
    wizard = inspect(qtbot, window, path)
    wizard.next()
    wizard.next()
    with qtbot.waitSignal(wizard.run_page.stopped, timeout=TIMEOUT):
        wizard.next()
        wizard.reject()
    assert not wizard.isVisible() and ledger_is_empty(window)


def test_ctrl_i_opens_the_wizard_and_a_remembered_mapping_is_offered_again(qtbot, window: MainWindow,
                                                                           tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("Quand;Ce qui s'est passé\n01/01/2020;Première neige à Annecy\n", encoding="utf-8")
    wizard = inspect(qtbot, window, path)
    wizard.next()
    wizard.mapping_page.choose("text", "Ce qui s'est passé")
    wizard.mapping_page.choose("date", "Quand")
    wizard.next()
    with qtbot.waitSignal(wizard.imported, timeout=TIMEOUT):
        wizard.next()
    wizard.accept()

    again = tmp_path / "notes2.csv"
    again.write_text("Quand;Ce qui s'est passé\n02/01/2020;Deuxième neige\n", encoding="utf-8")
    window.import_action.trigger()
    second = window.import_wizard
    assert second is not wizard and second.isVisible()
    with qtbot.waitSignal(second.file_page.inspected, timeout=TIMEOUT) as inspected:
        second.file_page.choose(again)
    assert inspected.args[0].detected.remembered
    second.next()
    assert second.mapping_page.selected("text") == "Ce qui s'est passé"
    assert second.mapping_page.selected("date") == "Quand"


def test_the_companion_s_own_lines_are_not_offered_as_being_about_the_companion(qtbot, window: MainWindow,
                                                                                 tmp_path: Path) -> None:
    path = tmp_path / "chat.csv"
    path.write_text("Timestamp,From,Text,Reaction,ID\n"
                    "2021-05-01 10:00:00,Me,J'ai revu Léa au marché,,1\n"
                    "2021-05-01 10:01:00,Rep,Quelle belle surprise !,,2\n", encoding="utf-8")
    wizard = inspect(qtbot, window, path)
    assert "<b>Sauvegarde de conversation</b> — vos messages" in wizard.file_page.layout_label.text()
    assert wizard.file_page.layout_label.text().count("Sauvegarde de conversation") == 1  # named once
    wizard.next()
    wizard.next()
    model = wizard.options_page.table.model()
    mine, theirs = model.index(0, PERSONA_COLUMN), model.index(1, PERSONA_COLUMN)
    assert model.flags(mine) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(theirs) & Qt.ItemFlag.ItemIsUserCheckable
    assert theirs.data(Qt.ItemDataRole.CheckStateRole) is None
    assert not model.setData(theirs, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
