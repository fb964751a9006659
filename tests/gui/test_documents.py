"""The Documents dialog on the real window: a file is added with progress, listed, opened and removed;
an addition can be cancelled; the web switch is visible and off by default, and a page is read only
once it is on, each fetch shown as it happens."""
from __future__ import annotations

from pathlib import Path

from liblitz_app.documents.web import WebEvent
from tests.unit.documents.pdfs import write_pdf
from tests.unit.documents.web_server import web_server


def _documents(window) -> list[str]:
    table = window.documents_dialog.table
    return [table.topLevelItem(i).text(0) for i in range(table.topLevelItemCount())]


def test_a_file_is_added_listed_opened_and_removed(qtbot, window, tmp_path: Path) -> None:
    dialog = window.open_documents()
    pdf = write_pdf(tmp_path / "rapport.pdf", ["Le budget du four à bois.", "Le calendrier des cours."])
    seen: list[int] = []
    task = dialog.add_file(str(pdf))
    task.progress.connect(lambda done, total: seen.append(done))
    assert dialog.progress.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: _documents(window) == ["rapport.pdf"], timeout=60000)
    assert seen and not dialog.progress.isVisibleTo(dialog)
    dialog.table.setCurrentItem(dialog.table.topLevelItem(0))
    viewer = dialog.open_selected()
    qtbot.waitUntil(lambda: "Le budget du four" in viewer.text.toPlainText(), timeout=30000)
    assert viewer.text.toPlainText().startswith("— rapport.pdf, p. 1 —")
    viewer.accept()
    with qtbot.waitSignal(window.documents.listed, timeout=30000):
        dialog.remove_selected()
    assert _documents(window) == []


def test_an_addition_can_be_cancelled(qtbot, window, tmp_path: Path) -> None:
    dialog = window.open_documents()
    pdf = write_pdf(tmp_path / "long.pdf", [f"Page {n} d'un long rapport." for n in range(60)])
    task = dialog.add_file(str(pdf))
    with qtbot.waitSignal(task.failed, timeout=60000) as failed:
        dialog.cancel_button.click()
    assert failed.args == ["Ajout annulé : le document n'a pas été gardé."]
    qtbot.waitUntil(lambda: not dialog.progress.isVisibleTo(dialog))
    assert _documents(window) == []


def test_the_web_is_off_by_default_and_one_switch_turns_it_on(qtbot, window) -> None:
    assert window.web_action.isCheckable() and not window.web_action.isChecked()
    dialog = window.open_documents()
    assert not dialog.add_page_button.isEnabled()
    with web_server() as web:
        refused = window.documents.add_page(web.url + "/article")
        with qtbot.waitSignal(refused.failed, timeout=10000) as failed:
            pass
        assert "Le web est coupé" in failed.args[0] and web.searches == []
        with qtbot.waitSignal(window.companion.changed, timeout=10000):
            window.web_action.trigger()
        assert window.companion.current.web.enabled and dialog.add_page_button.isEnabled()
        events: list[WebEvent] = []
        window.documents.web_event.connect(events.append)
        dialog.add_page(web.url + "/article")
        qtbot.waitUntil(lambda: _documents(window) == ["Le four à bois de Saint-Amand"], timeout=60000)
    assert [(e.kind, e.state) for e in events] == [("fetch", "started"), ("fetch", "done")]
    with qtbot.waitSignal(window.companion.changed, timeout=10000):
        window.web_action.trigger()
    assert not window.companion.current.web.enabled and not dialog.add_page_button.isEnabled()


def test_a_pasted_address_is_read_before_the_reply_and_a_drop_offers_its_files(qtbot, window, tmp_path) -> None:
    from PySide6.QtCore import QMimeData, QUrl

    from liblitz_app.ui.documents import shareable_files

    ready: list[bool] = []
    assert window.documents.before_reply("bonjour", lambda: ready.append(True)) == [] and ready == [True]
    with qtbot.waitSignal(window.companion.changed, timeout=10000):
        window.web_action.trigger()
    with web_server() as web:
        listed: list[list] = []
        window.documents.listed.connect(listed.append)
        tasks = window.documents.before_reply(f"Lis {web.url}/article et {web.url}/missing stp", lambda: ready.append(True))
        assert len(tasks) == 2
        qtbot.waitUntil(lambda: len(ready) == 2, timeout=120000)
        qtbot.waitUntil(lambda: bool(listed), timeout=60000)  # the list is read again once the page is kept
    assert [d.name for d in listed[-1]] == ["Le four à bois de Saint-Amand"]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "a.pdf")), QUrl.fromLocalFile(str(tmp_path / "b.exe")),
                  QUrl("https://example.org/c.pdf")])
    assert shareable_files(mime) == [str(tmp_path / "a.pdf")]
