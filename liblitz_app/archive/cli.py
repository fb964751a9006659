"""`liblitz export FILE.zip` and `liblitz restore FILE.zip`: the archive from the terminal, with progress."""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from ..command_line import SentenceParser, fail, run_command
from ..documents import close_shelf
from ..i18n import tr
from ..paths import DataDir, resolve_data_dir
from ..store.ledger import Ledger, LedgerReader
from ..store.opening import open_library
from .export import export_archive
from .format import read_archive
from .restore import rebuild_after_restore, restore_archive


def _parser(command: str, help_text: str) -> argparse.ArgumentParser:
    parser = SentenceParser(prog=f"liblitz {command}", description=help_text)
    parser.add_argument("file", metavar=tr("FICHIER.zip"))
    parser.add_argument("--data-dir", help=tr("dossier des données de Liblitz"))
    return parser


def export_command(argv: list[str]) -> int:
    parser = _parser("export", tr("Exporte tout Liblitz dans une archive portable (sans les secrets)."))
    return run_command(parser, argv, _export)


def _export(args: argparse.Namespace) -> int:
    data = DataDir(resolve_data_dir(args.data_dir))
    if not data.ledger.exists():
        return fail(tr("Il n'y a pas encore de registre dans {folder} : rien à exporter.", folder=data.root))
    started = time.monotonic()
    Ledger(data.ledger).close()  # brought to the latest schema first: the reader cannot migrate
    reader = LedgerReader(data.ledger)
    try:
        manifest = export_archive(reader, Path(args.file), _printer(tr("Export")))
    finally:
        reader.close()
    counts = ", ".join(f"{name} {n}" for name, n in manifest.counts.items() if n)
    print(tr("Archive écrite : {file} ({size} Ko, {seconds} s) — {counts}", file=args.file,
             size=round(Path(args.file).stat().st_size / 1024), seconds=round(time.monotonic() - started, 1),
             counts=counts))
    return 0


def restore_command(argv: list[str]) -> int:
    parser = _parser("restore", tr("Restaure une archive Liblitz (dans un dossier vide : la même ; sinon, fusionne "
                                   "sans doublons)."))
    return run_command(parser, argv, _restore)


def _restore(args: argparse.Namespace) -> int:
    read_archive(Path(args.file))  # a refused archive leaves no data folder behind: checked before one is made
    data = DataDir.open(resolve_data_dir(args.data_dir))
    library = open_library(data)  # as the window does: the restore, then one rebuild of the vectors
    try:
        report = restore_archive(library.ledger, Path(args.file), _printer(tr("Restauration")))
        indexed = rebuild_after_restore(library, _printer(tr("Index de recherche")))
    finally:
        close_shelf(library)
        library.close()
    added = ", ".join(f"{name} {n}" for name, n in report.added.items())
    print(tr("Archive restaurée : {added}. Souvenirs indexés : {indexed}.", added=added or "0", indexed=indexed))
    for conflict in report.conflicts:
        print(tr("Conflit ({table}) : gardé {kept}, l'archive avait {archived}", table=conflict["table"],
                 kept=conflict["kept"], archived=conflict["archived"]))
    return 0


def _printer(label: str):  # noqa: ANN202 - a progress callback
    rewrite = sys.stderr.isatty()  # a terminal shows one line rewritten; a pipe or a log gets the last count only

    def progress(done: int, total: int) -> None:
        if rewrite or done >= total:
            print(("\r" if rewrite else "") + tr("{label} : {done}/{total}", label=label, done=done, total=total),
                  end="\n" if done >= total else "", file=sys.stderr, flush=True)
    return progress
