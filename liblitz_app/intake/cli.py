"""`liblitz import FILE`: stage an export from the command line, in the user's language, without tracebacks."""
from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path
from typing import TextIO

from ..command_line import EXIT_ERROR, SentenceParser, UsageError
from ..errors import describe
from ..i18n import language, tr, tr_n
from ..memory import InvalidMemory
from ..paths import DataDir, resolve_data_dir
from ..store.ledger import Ledger, LedgerError
from ..store.schema import SchemaTooNew
from .duplicates import DuplicatePolicy
from .errors import IntakeError
from .importer import PHASES, ImportOptions, Progress, inspect_file, run_import
from .layouts import ColumnMapping, parse_mapping
from .report import ImportReport

PREVIEW_ROWS = 5
_POLICIES = {"skip": DuplicatePolicy.SKIP, "keep": DuplicatePolicy.GROUP}
_SEPARATORS = {",": ",", ";": ";", "|": "|", "tab": "\t"}


def _parser() -> argparse.ArgumentParser:
    parser = SentenceParser(prog="liblitz import", description=tr("Met en attente les souvenirs d'un export "
                     "(CSV ou JSON) ; ils arriveront ensuite peu à peu, au rythme choisi."))
    parser.add_argument("file", metavar=tr("FICHIER"), help=tr("l'export à importer (CSV ou JSON)"))
    parser.add_argument("--data-dir", help=tr("dossier des données de Liblitz"))
    parser.add_argument("--dry-run", action="store_true", help=tr("aperçu seulement : rien n'est enregistré"))
    parser.add_argument("--mapping", help=tr("colonnes à utiliser, ex. text=Texte,date=Quand,person=Avec"))
    parser.add_argument("--duplicates", choices=sorted(_POLICIES), default="skip",
                        help=tr("doublons : skip (ignorés, par défaut) ou keep (gardés et regroupés)"))
    parser.add_argument("--separator", choices=sorted(_SEPARATORS), metavar=tr("SÉPARATEUR"),
                        help=tr("séparateur des colonnes, "
                        "s'il n'est pas celui deviné : , ; | ou tab"))
    parser.add_argument("--skip-malformed", action="store_true", help=tr("ignorer les lignes qui ont plus de "
                        "colonnes que l'en-tête (elles sont listées dans le rapport)"))
    parser.add_argument("--report", metavar=tr("RAPPORT.csv"), help=tr("écrire le rapport ligne par ligne en CSV"))
    return parser


def import_command(argv: list[str]) -> int:
    """Entry point for `liblitz import …`; returns the exit code (0 ok, 2 error)."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as done:  # --help
        return int(done.code or 0)
    except UsageError as error:
        return _fail(str(error))
    try:
        return _run(args, sys.stdout)
    except (IntakeError, LedgerError, SchemaTooNew, InvalidMemory) as error:
        return _fail(describe(error))
    except sqlite3.Error as error:
        return _fail(tr("Le registre de Liblitz n'a pas pu être modifié ({error}) ; rien n'a été importé.",
                        error=error))
    except OSError as error:
        return _fail(tr("Impossible d'accéder à « {path} » ({error}).", path=error.filename or "",
                        error=error.strerror))
    except KeyboardInterrupt:
        return _fail(tr("Import interrompu : rien n'a été enregistré."))


def _run(args: argparse.Namespace, out: TextIO) -> int:
    path = Path(args.file).expanduser()
    mapping = parse_mapping(args.mapping) if args.mapping else None
    ledger = Ledger(DataDir.open(resolve_data_dir(args.data_dir)).ledger)
    delimiter = _SEPARATORS[args.separator] if args.separator else None
    try:
        _show_preview(ledger, path, mapping, delimiter, out)
        options = ImportOptions(mapping=mapping, duplicates=_POLICIES[args.duplicates], delimiter=delimiter,
                                skip_malformed=args.skip_malformed)
        report = run_import(ledger, path, options, progress=_printer(out), dry_run=args.dry_run)
    finally:
        ledger.close()
    _show_report(report, out)
    if args.report:
        print(tr("Rapport écrit dans {path}", path=report.to_csv(args.report)), file=out)
    return 0


def _show_preview(ledger: Ledger, path: Path, mapping: ColumnMapping | None, delimiter: str | None,
                  out: TextIO) -> None:
    inspection = inspect_file(path, ledger, rows=PREVIEW_ROWS, delimiter=delimiter)
    if inspection.bad_lines.count:
        print(tr_n("{n} ligne a plus de colonnes que l'en-tête : --skip-malformed l'ignore (listée dans le "
                   "rapport), --separator change de séparateur.",
                   "{n} lignes ont plus de colonnes que l'en-tête : --skip-malformed les ignore (listées dans le "
                   "rapport), --separator change de séparateur.", inspection.bad_lines.count), file=out)
    if not inspection.preview.rows:
        return  # nothing to preview: the import refuses the file, and that sentence is all there is to say
    chosen = mapping or inspection.detected.mapping
    print(tr("Fichier : {name} — {format}", name=path.name, format=inspection.preview.format.describe()),
          file=out)
    print(inspection.detected.note(language()), file=out)
    if chosen is not None:
        columns = ", ".join(tr("{field} ← « {column} »", field=name, column=column)
                            for name, column in chosen.columns().items())
        remembered = inspection.detected.remembered and mapping is None
        sentence = tr("Colonnes utilisées (choix mémorisé) : {columns}", columns=columns) if remembered \
            else tr("Colonnes utilisées : {columns}", columns=columns)
        print(sentence, file=out)
    for row in inspection.preview.rows:
        cells = " | ".join(f"{k}: {_short(v)}" for k, v in row.columns.items())
        print(tr("  ligne {n} — {cells}", n=row.number, cells=cells), file=out)


def _printer(out: TextIO) -> Progress:
    last: dict[str, int] = {}

    def show(done: int, total: int, phase: str) -> None:
        percent = 100 * done // max(total, 1)
        if percent == 0 or phase in last and percent - last[phase] < 10 and percent < 100:
            return  # "0 %" says nothing; a file refused at once gets its refusal alone
        last[phase] = percent
        french, english = PHASES.get(phase, (phase, phase))
        print(tr("{phase} : {percent} %", phase=english if language() == "en" else french, percent=percent),
              file=out, flush=True)
    return show


def _show_report(report: ImportReport, out: TextIO) -> None:
    if report.dry_run:
        print(tr("Simulation : rien n'a été enregistré. Voici ce que l'import ferait :"), file=out)
    print(report.summary(language()), file=out)
    for note in report.notes[:20]:
        print(tr("  ligne {n} : {outcome} — {reason}", n=note.row, outcome=tr(note.outcome), reason=note.reason),
              file=out)
    if report.noted > 20:
        print(tr("  … et {n} autres (voir --report)", n=report.noted - 20), file=out)


def _short(value: object, length: int = 40) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= length else text[: length - 1] + "…"


def _fail(sentence: str) -> int:
    print(tr("liblitz import : {sentence}", sentence=sentence), file=sys.stderr)
    return EXIT_ERROR
