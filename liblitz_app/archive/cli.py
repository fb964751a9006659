"""`liblitz export FILE.zip` and `liblitz restore FILE.zip`: the archive from the terminal, with progress."""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from ..documents import close_shelf
from ..errors import describe, is_user_facing
from ..i18n import tr
from ..paths import DataDir, resolve_data_dir
from ..store.ledger import Ledger, LedgerReader
from ..store.opening import open_library
from .export import export_archive
from .restore import rebuild_after_restore, restore_archive

EXIT_ERROR = 2


def _parser(command: str, help_text: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=f"liblitz {command}", description=help_text)
    parser.add_argument("file", metavar=tr("FICHIER.zip"))
    parser.add_argument("--data-dir", help=tr("dossier des données de Liblitz"))
    return parser


def export_command(argv: list[str]) -> int:
    args = _parser("export", tr("Exporte tout Liblitz dans une archive portable (sans les secrets).")).parse_args(argv)
    data = DataDir(resolve_data_dir(args.data_dir))
    if not data.ledger.exists():
        return _fail(tr("Il n'y a pas encore de registre dans {folder} : rien à exporter.", folder=data.root))
    started = time.monotonic()
    try:
        Ledger(data.ledger).close()  # brought to the latest schema first: the reader cannot migrate
        reader = LedgerReader(data.ledger)
        try:
            manifest = export_archive(reader, Path(args.file), _printer(tr("Export")))
        finally:
            reader.close()
    except Exception as error:  # noqa: BLE001 - every failure is told as a sentence
        return _fail(describe(error), error)
    counts = ", ".join(f"{name} {n}" for name, n in manifest.counts.items() if n)
    print(tr("Archive écrite : {file} ({size} Ko, {seconds} s) — {counts}", file=args.file,
             size=round(Path(args.file).stat().st_size / 1024), seconds=round(time.monotonic() - started, 1),
             counts=counts))
    return 0


def restore_command(argv: list[str]) -> int:
    args = _parser("restore", tr("Restaure une archive Liblitz (dans un dossier vide : la même ; sinon, fusionne "
                                 "sans doublons).")).parse_args(argv)
    data = DataDir.open(resolve_data_dir(args.data_dir))
    try:
        library = open_library(data)  # as the window does: the restore, then one rebuild of the vectors
        try:
            report = restore_archive(library.ledger, Path(args.file), _printer(tr("Restauration")))
            indexed = rebuild_after_restore(library, _printer(tr("Index de recherche")))
        finally:
            close_shelf(library)
            library.close()
    except Exception as error:  # noqa: BLE001 - every failure is told as a sentence
        return _fail(describe(error), error)
    added = ", ".join(f"{name} {n}" for name, n in report.added.items())
    print(tr("Archive restaurée : {added}. Souvenirs indexés : {indexed}.", added=added or "0", indexed=indexed))
    for conflict in report.conflicts:
        print(tr("Conflit ({table}) : gardé {kept}, l'archive avait {archived}", table=conflict["table"],
                 kept=conflict["kept"], archived=conflict["archived"]))
    return 0


def _printer(label: str):  # noqa: ANN202 - a progress callback
    def progress(done: int, total: int) -> None:
        print(f"\r{label} : {done}/{total}", end="\n" if done >= total else "", file=sys.stderr, flush=True)
    return progress


def _fail(sentence: str, error: BaseException | None = None) -> int:
    if error is not None and not (is_user_facing(error) or isinstance(error, OSError)):
        raise error
    print(sentence, file=sys.stderr)
    return EXIT_ERROR
