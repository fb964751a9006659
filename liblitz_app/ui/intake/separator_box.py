"""The file page's way out of a CSV it cannot read as it is: choose another separator (the preview is
read again), or skip the rows with too many fields — they are then listed in the import report."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...i18n import tr, tr_n
from ...intake import BadLines, Inspection
from .wording import DELIMITERS

WARNING_STYLE = "color: #8a1c12;"


class SeparatorBox(QWidget):
    """Signals:
        separator_chosen(str): the user picked another separator; the file must be read again with it.
        skip_changed(bool): "skip malformed lines" was ticked or unticked.
    """

    separator_chosen = Signal(str)
    skip_changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.separator = QComboBox()
        for delimiter, name in DELIMITERS.items():
            self.separator.addItem(tr(name), delimiter)
        self.separator.activated.connect(self._on_activated)  # the user's choice only, not ours in show()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # the row's text is shown as written
        self.problem.setStyleSheet(WARNING_STYLE)
        self.skip = QCheckBox()
        self.skip.toggled.connect(self.skip_changed)
        self._init_layout()
        self.hide()

    def _init_layout(self) -> None:
        choose = QHBoxLayout()
        choose.addWidget(QLabel(tr("Séparateur :")))
        choose.addWidget(self.separator)
        choose.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choose)
        layout.addWidget(self.problem)
        layout.addWidget(self.skip)

    def show_inspection(self, inspection: Inspection, name: str, skipping: bool) -> None:
        """Shown for CSV files only; the problem and the skip box only when some rows are malformed."""
        file_format = inspection.preview.format
        self.setVisible(file_format.kind == "csv")
        self.separator.setCurrentIndex(max(0, self.separator.findData(file_format.delimiter)))
        bad = inspection.bad_lines
        self.problem.setText(problem_sentence(bad, name))
        self.problem.setVisible(bad.count > 0)
        self.skip.setText(tr_n("Ignorer la ligne mal formée ({n}) : elle sera listée dans le rapport",
                               "Ignorer les lignes mal formées ({n}) : elles seront listées dans le rapport",
                               bad.count))
        self.skip.setVisible(bad.count > 0)
        self.skip.blockSignals(True)
        self.skip.setChecked(skipping and bad.count > 0)
        self.skip.blockSignals(False)

    def skipping(self) -> bool:
        return not self.skip.isHidden() and self.skip.isChecked()

    @Slot(int)
    def _on_activated(self, index: int) -> None:
        self.separator_chosen.emit(self.separator.itemData(index))


def problem_sentence(bad: BadLines, name: str) -> str:
    """The first malformed row named (data row, file line, its beginning), and how many there are."""
    first = bad.first
    if first is None:
        return ""
    said = tr_n("Dans « {name} », {n} ligne compte plus de colonnes que l'en-tête",
                "Dans « {name} », {n} lignes comptent plus de colonnes que l'en-tête", bad.count, name=name)
    said += " " + tr("(la première : ligne de données n°{row}, ligne {line} du fichier, {found} colonnes au lieu "
                     "de {expected} — « {start} »).", row=first.row, line=first.line, found=first.found,
                     expected=first.expected, start=first.start)
    said += " " + tr("Un séparateur sans guillemets dans le texte ? Choisissez un autre séparateur, ou "
                     "ignorez ces lignes.")
    return said
