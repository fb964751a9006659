"""The import wizard: file → preview → columns → options → import (store job) → report.

Nothing is written before the import page; the import is one transaction on the store thread,
so a cancel, a failure or a closed wizard leaves the ledger exactly as it was.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QWidget, QWizard

from ...i18n import tr
from ..store_thread import Store
from .choices import ImportChoices
from .file_page import FilePage
from .mapping_page import MappingPage
from .options_page import OptionsPage
from .report_page import ReportPage
from .run_page import RunPage

BUTTONS = ((QWizard.WizardButton.BackButton, "< Précédent"), (QWizard.WizardButton.NextButton, "Suivant >"),
           (QWizard.WizardButton.CommitButton, "Suivant >"), (QWizard.WizardButton.FinishButton, "Terminer"),
           (QWizard.WizardButton.CancelButton, "Fermer"))


class ImportWizard(QWizard):
    """Signals:
        imported(object): an ImportReport; its memories are staged and durable (store.changed follows).
    """

    imported = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.choices = ImportChoices()
        self.setWindowTitle(tr("Importer un export"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)  # the same look on every platform
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)  # it is written: only « Terminer »
        for button, text in BUTTONS:
            self.setButtonText(button, tr(text))
        self.resize(980, 680)
        self._init_pages()
        self.run_page.finished.connect(self._on_imported)
        if path is not None:
            self.file_page.choose(path)

    def _init_pages(self) -> None:
        self.file_page = FilePage(self.store, self.choices)
        self.mapping_page = MappingPage(self.choices)
        self.options_page = OptionsPage(self.choices, self.file_page)
        self.run_page = RunPage(self.store, self.choices)
        self.report_page = ReportPage(self.choices)
        for page in (self.file_page, self.mapping_page, self.options_page, self.run_page, self.report_page):
            self.addPage(page)

    @Slot(object)
    def _on_imported(self, report: object) -> None:
        self.imported.emit(report)
        if self.currentPage() is self.run_page:
            self.next()  # straight to the report: there is nothing to decide on the run page

    def reject(self) -> None:
        """Closing while the import runs cancels it: the transaction is rolled back, nothing is written."""
        self.run_page.cancel()
        super().reject()
