"""`liblitz recall "question" [--limit K] [--json]`: the ranked memories, from the data folder, without
the window. Errors are one sentence in the user's language."""
from __future__ import annotations

import argparse
import json
import sys
from typing import NoReturn, TextIO

from ..errors import describe
from ..i18n import tr
from ..paths import DataDir, resolve_data_dir
from .hits import RecallHit

EXIT_ERROR = 2


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(tr("Commande incomplète ou invalide ({why}). Voir : liblitz recall --help", why=message))


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="liblitz recall", description=tr("Les souvenirs qui répondent à une question, "
                                                           "du plus pertinent au moins pertinent."))
    parser.add_argument("question", help=tr("la question, entre guillemets"))
    parser.add_argument("--limit", type=int, default=10, help=tr("nombre de souvenirs (10 par défaut)"))
    parser.add_argument("--json", action="store_true", help=tr("une ligne JSON par souvenir"))
    parser.add_argument("--data-dir", help=tr("dossier des données de Liblitz"))
    return parser


def recall_command(argv: list[str], out: TextIO | None = None) -> int:
    """Entry point for `liblitz recall …`; returns the exit code (0, or 2 on an error)."""
    out = out or sys.stdout
    try:
        args = _parser().parse_args(argv)
    except SystemExit as done:  # --help
        return int(done.code or 0)
    except _UsageError as error:
        print(str(error), file=sys.stderr)
        return EXIT_ERROR
    try:
        hits = _recall(args)
    except Exception as error:  # noqa: BLE001 — a sentence for the user, never a traceback
        print(describe(error), file=sys.stderr)
        return EXIT_ERROR
    for hit in hits:
        print(json.dumps(_as_json(hit), ensure_ascii=False) if args.json else _as_line(hit), file=out)
    if not hits and not args.json:
        print(tr("Aucun souvenir ne répond à cette question."), file=out)
    return 0


def _recall(args: argparse.Namespace) -> list[RecallHit]:
    from ..companion.identity import load_people
    from ..store.opening import open_library
    from .finder import Recall

    library = open_library(DataDir.open(resolve_data_dir(args.data_dir)))
    try:
        return Recall(library, people=load_people(library.ledger)).recall(args.question, limit=max(1, args.limit))
    finally:
        library.close()


def _as_json(hit: RecallHit) -> dict:
    return {"id": hit.memory.id, "score": round(hit.score, 4), "why": list(hit.why.signals),
            "words": list(hit.why.words), "painful": hit.painful, "text": hit.memory.text}


def _as_line(hit: RecallHit) -> str:
    text = " ".join(hit.memory.text.split())
    return f"n°{hit.memory.id}  {hit.score:.3f}  [{hit.why.describe()}]  {text}"
