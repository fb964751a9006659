"""Wizard page 2: which column holds what. Pre-filled for known and remembered layouts; the wizard
goes no further without a text column."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWizardPage,
)

from ...i18n import tr
from ...intake import ColumnMapping
from .choices import ImportChoices
from .file_page import ERROR_STYLE
from .preview_model import cell_display
from .wording import FIELDS


class MappingPage(QWizardPage):
    def __init__(self, choices: ImportChoices) -> None:
        super().__init__()
        self.choices = choices
        self.setTitle(tr("Quelle colonne contient quoi ?"))
        self.setSubTitle(tr("Seul le texte est obligatoire ; il sera gardé mot pour mot. "
                            "Les autres champs pourront être complétés à la relecture."))
        self.combos: dict[str, QComboBox] = {name: QComboBox() for name, _ in FIELDS}
        self.samples: dict[str, QLabel] = {name: QLabel() for name, _ in FIELDS}  # the first row's value
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.missing = QLabel(tr("Choisissez la colonne qui contient le texte des souvenirs pour continuer."))
        self.missing.setStyleSheet(ERROR_STYLE)
        self.missing.setWordWrap(True)
        form = QFormLayout()
        for name, label in FIELDS:
            row = QHBoxLayout()
            row.addWidget(self.combos[name], 2)
            row.addWidget(self.samples[name], 3)
            self.samples[name].setStyleSheet("color: #555;")
            form.addRow(tr(label), row)
            self.combos[name].currentIndexChanged.connect(self._on_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.missing)
        layout.addStretch(1)

    def initializePage(self) -> None:
        inspection = self.choices.inspection
        columns = inspection.preview.columns if inspection else []
        chosen = self.choices.mapping.columns() if self.choices.mapping else {}
        for name, combo in self.combos.items():
            combo.blockSignals(True)  # one refresh at the end, not one per item
            combo.clear()
            combo.addItem(tr("— choisir —") if name == "text" else tr("— aucune —"), None)
            for column in columns:
                combo.addItem(column, column)
            combo.setCurrentIndex(max(0, combo.findData(chosen.get(name))) if chosen.get(name) else 0)
            combo.blockSignals(False)
        self.note.setText(self._note())
        self._on_changed()

    def _note(self) -> str:
        inspection = self.choices.inspection
        if inspection is None or inspection.detected.mapping is None:
            return tr("Ce fichier n'a pas de colonne de texte évidente : dites laquelle contient vos souvenirs.")
        mapping = inspection.detected.mapping
        if mapping.speaker and mapping.companion_speakers:
            return tr("Colonne « {speaker} » : les lignes de « {who} » sont celles du compagnon, gardées à part.",
                      speaker=mapping.speaker, who=", ".join(mapping.companion_speakers))
        if inspection.detected.remembered:
            return tr("Ce sont les colonnes choisies la dernière fois pour ce format.")
        return tr("Proposé d'après les noms des colonnes : vérifiez, et corrigez si besoin.")

    def selected(self, name: str) -> str | None:
        value = self.combos[name].currentData()
        return str(value) if value else None

    def choose(self, name: str, column: str | None) -> None:
        """Pick `column` for field `name` (None: no column)."""
        combo = self.combos[name]
        combo.setCurrentIndex(max(0, combo.findData(column)) if column else 0)

    def mapping(self) -> ColumnMapping | None:
        text = self.selected("text")
        if text is None:
            return None
        values = {name: self.selected(name) for name, _ in FIELDS if name != "text"}
        detected = self.choices.inspection.detected.mapping if self.choices.inspection else None
        speaker = detected.speaker if detected else None  # chat backups: who spoke is not a user choice here
        return replace(ColumnMapping(text, **values), speaker=speaker,
                       companion_speakers=detected.companion_speakers if detected else ())

    def _on_changed(self) -> None:
        self.missing.setVisible(self.selected("text") is None)
        for name in self.combos:
            self.samples[name].setText(self._sample(self.selected(name)))
        self.completeChanged.emit()

    def _sample(self, column: str | None) -> str:
        """What the first row holds in `column`, so the user sees the choice is right."""
        rows = self.choices.inspection.preview.rows if self.choices.inspection else []
        value = " ".join(cell_display(rows[0].columns.get(column)).split()) if rows and column else ""
        if not value:
            return ""
        return tr("ex. : « {value} »", value=value if len(value) <= 70 else value[:69] + "…")

    def isComplete(self) -> bool:
        return self.selected("text") is not None

    def validatePage(self) -> bool:
        self.choices.mapping = self.mapping()
        return self.choices.mapping is not None
