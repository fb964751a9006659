"""Wizard page 3: what to do with duplicates, whether to look for duplicates by meaning, and which
rows are about the companion itself (they go to its persona material, not to the user's memories)."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from ...i18n import tr
from ...intake import DuplicatePolicy
from .choices import ImportChoices
from .file_page import FilePage
from .preview_model import PERSONA_COLUMN, FitOnResize, fit_columns


class OptionsPage(QWizardPage):
    def __init__(self, choices: ImportChoices, file_page: FilePage) -> None:
        super().__init__()
        self.choices = choices
        self.file_page = file_page
        self.setTitle(tr("Options"))
        self.setSubTitle(tr("Rien n'est encore enregistré : « Importer » met les souvenirs en attente, "
                            "d'où ils arriveront peu à peu."))
        self.setButtonText(QWizard.WizardButton.NextButton, tr("Importer"))
        self._init_widgets()
        self._init_layout()

    def _init_widgets(self) -> None:
        self.skip = QRadioButton(tr("Ignorer les doublons (ils seront listés dans le rapport)"))
        self.group = QRadioButton(tr("Les garder, regroupés avec le souvenir qu'ils répètent"))
        self.skip.setChecked(True)
        self.policy = QButtonGroup(self)
        self.policy.addButton(self.skip)
        self.policy.addButton(self.group)
        self.by_meaning = QCheckBox(tr("Chercher aussi les doublons de sens (plus long)"))
        self.by_meaning.setToolTip(tr("Compare aussi le sens des phrases, pas seulement leurs mots "
                                      "(« Dîner chez Marc à Lyon » et « J'ai dîné chez Marc, à Lyon »)."))
        self.persona_hint = QLabel(tr("Cochez les lignes qui parlent du compagnon lui-même (« Liblitz adore la "
                                      "pluie ») : elles iront dans sa fiche de personnalité, pas dans vos "
                                      "souvenirs. Seules les premières lignes du fichier sont montrées."))
        self.persona_hint.setWordWrap(True)
        self.table = QTableView()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        FitOnResize(self.table)

    def _init_layout(self) -> None:
        duplicates = QGroupBox(tr("Doublons"))
        inner = QVBoxLayout(duplicates)
        for widget in (self.skip, self.group, self.by_meaning):
            inner.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(duplicates)
        layout.addWidget(self.persona_hint)
        layout.addWidget(self.table, 1)

    def initializePage(self) -> None:
        model = self.file_page.model
        if model is not None:
            model.set_mapping(self.choices.mapping)
        self.table.setModel(model)
        if model is not None:
            self.table.setColumnHidden(PERSONA_COLUMN, False)
            fit_columns(self.table)

    def validatePage(self) -> bool:
        self.choices.duplicates = DuplicatePolicy.GROUP if self.group.isChecked() else DuplicatePolicy.SKIP
        self.choices.by_meaning = self.by_meaning.isChecked()
        return True
