"""`liblitz recall "question" [--limit K] [--json]`: the ranked memories, from the data folder, without
the window. Errors are one sentence in the user's language."""
from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from ..command_line import SentenceParser, run_command
from ..i18n import tr, tr_n
from ..paths import DataDir, resolve_data_dir
from .hits import RecallHit


def _parser() -> argparse.ArgumentParser:
    parser = SentenceParser(prog="liblitz recall", description=tr("Les souvenirs qui répondent à une question, "
                                                                  "du plus pertinent au moins pertinent."))
    parser.add_argument("question", help=tr("la question, entre guillemets"))
    parser.add_argument("--limit", type=int, default=10, help=tr("nombre de souvenirs (10 par défaut)"))
    parser.add_argument("--json", action="store_true", help=tr("une ligne JSON par souvenir"))
    parser.add_argument("--data-dir", help=tr("dossier des données de Liblitz"))
    return parser


def recall_command(argv: list[str], out: TextIO | None = None) -> int:
    """Entry point for `liblitz recall …`; returns the exit code (0, or 2 on an error)."""
    return run_command(_parser(), argv, lambda args: _show(*_recall(args), args.json, out or sys.stdout))


def _show(hits: list[RecallHit], not_kept: int, in_json: bool, out: TextIO) -> int:
    for hit in hits:
        print(json.dumps(_as_json(hit), ensure_ascii=False) if in_json else _as_line(hit), file=out)
    if not hits and not in_json:
        print(tr("Aucun souvenir ne répond à cette question."), file=out)
        if not_kept:  # recall reads kept memories only: an import that has not arrived yet is not forgotten
            print(tr_n("{n} souvenir n'est pas encore retenu : il arrive (Arrivée), puis se relit (À relire) dans "
                       "la fenêtre de Liblitz, avant de pouvoir répondre.",
                       "{n} souvenirs ne sont pas encore retenus : ils arrivent (Arrivée), puis se relisent "
                       "(À relire) dans la fenêtre de Liblitz, avant de pouvoir répondre.", not_kept), file=out)
    return 0


def _recall(args: argparse.Namespace) -> tuple[list[RecallHit], int]:
    """The hits, and how many living memories are not kept yet (staged, released, in review)."""
    from ..companion.identity import load_people
    from ..index.base import IndexLocked
    from ..memory import Status
    from ..store.ledger import Ledger
    from ..store.opening import open_library
    from .finder import Recall

    data = DataDir(resolve_data_dir(args.data_dir))
    if not data.ledger.exists():  # a mistyped folder is said, not created (`doctor` creates nothing either)
        print(tr("« {path} » ne contient encore aucune mémoire de Liblitz.", path=data.root), file=sys.stderr)
        return [], 0
    data = DataDir.open(data.root)
    try:
        library = open_library(data)
    except IndexLocked:  # the window is open on this folder: the ledger can be shared, the index cannot
        library = None
        print(tr("La fenêtre de Liblitz est ouverte sur ce dossier et garde l'index du sens pour elle : ces "
                 "souvenirs sont trouvés par leurs mots, leurs personnes et leurs dates seulement."), file=sys.stderr)
    ledger = library.ledger if library is not None else Ledger(data.ledger)
    try:
        hits = Recall(library, load_people(ledger), ledger=ledger).recall(args.question, limit=max(1, args.limit))
        waiting = ledger.count_by_status()
        return hits, sum(n for status, n in waiting.items() if status not in (Status.COMMITTED, Status.REJECTED))
    finally:
        (library or ledger).close()


def _as_json(hit: RecallHit) -> dict:
    return {"id": hit.memory.id, "score": round(hit.score, 4), "why": list(hit.why.signals),
            "words": list(hit.why.words), "painful": hit.painful, "text": hit.memory.text}


def _as_line(hit: RecallHit) -> str:
    text = " ".join(hit.memory.text.split())
    return f"{tr('n°{id}', id=hit.memory.id)}  {hit.score:.3f}  [{hit.why.describe()}]  {text}"
