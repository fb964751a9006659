"""`liblitz finetune-export OUT.jsonl [filters]`: a fine-tuning set (and a Modelfile, and the model itself)
from the terminal; the window's File ▸ Jeu d'affinage… does the same with a preview."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from ..command_line import SentenceParser, run_command
from ..companion.settings import OllamaSettings
from ..i18n import tr, tr_n
from ..memory import Emotion, parse_emotion
from ..paths import DataDir, resolve_data_dir
from ..store.ledger import Ledger, LedgerReader
from .choice import Choice
from .examples import TOO_MANY, build_set, write_jsonl
from .modelfile import create_model, modelfile


def _parser() -> argparse.ArgumentParser:
    parser = SentenceParser(prog="liblitz finetune-export", description=tr(
        "Écrit un jeu d'affinage au format chat (JSON Lines) à partir des souvenirs et conversations choisis."))
    parser.add_argument("out", metavar=tr("SORTIE.jsonl"))
    parser.add_argument("--data-dir", help=tr("dossier des données de Liblitz"))
    parser.add_argument("--emotion", action="append", default=[], type=_emotion, help=tr("émotion (répétable) : joie, tristesse…"))
    parser.add_argument("--person", default="", help=tr("une personne nommée dans les souvenirs"))
    parser.add_argument("--since", type=date.fromisoformat, help=tr("depuis cette date (AAAA-MM-JJ)"))
    parser.add_argument("--until", type=date.fromisoformat, help=tr("jusqu'à cette date (AAAA-MM-JJ)"))
    parser.add_argument("--min-intensity", type=int, help=tr("intensité minimale (0–10)"))
    parser.add_argument("--max-intensity", type=int, help=tr("intensité maximale (0–10)"))
    parser.add_argument("--ids", help=tr("souvenirs choisis à la main : 3,7,12"))
    parser.add_argument("--cap", type=int, default=2, help=tr("exemples par souvenir, au plus (2 par défaut)"))
    parser.add_argument("--no-memories", action="store_true", help=tr("aucun souvenir, seulement des conversations"))
    parser.add_argument("--conversation", type=int, action="append", default=[],
                        help=tr("une conversation dont prendre des extraits (répétable)"))
    parser.add_argument("--all-conversations", action="store_true", help=tr("des extraits de toutes les conversations"))
    parser.add_argument("--preview", type=int, default=2, help=tr("exemples montrés (2 par défaut)"))
    parser.add_argument("--base", help=tr("modèle de base : écrit aussi un Modelfile à côté du fichier"))
    parser.add_argument("--create", metavar=tr("NOM"), help=tr("créer ce modèle dans Ollama (avec --base)"))
    return parser


def _emotion(name: str) -> Emotion | None:
    try:
        return parse_emotion(name)
    except ValueError as error:
        raise argparse.ArgumentTypeError(tr("émotion inconnue : {name}", name=name)) from error


def finetune_command(argv: list[str]) -> int:
    return run_command(_parser(), argv, _export)


def _export(args: argparse.Namespace) -> int:
    data = DataDir(resolve_data_dir(args.data_dir))
    Ledger(data.ledger).close()  # brought to the latest schema first: the reader cannot migrate
    reader = LedgerReader(data.ledger)
    try:
        training = build_set(reader, _choice(args))
        url = OllamaSettings.read(reader).url
    finally:
        reader.close()
    written = write_jsonl(training, Path(args.out))
    _tell(training, written, args)
    if args.base:
        _model(args, training.system, url)
    return 0


def _choice(args: argparse.Namespace) -> Choice:
    emotions = frozenset(e for e in args.emotion if e is not None)
    ids = frozenset(int(i) for i in args.ids.split(",") if i.strip()) if args.ids else None
    return Choice(emotions=emotions, person=args.person, since=args.since, until=args.until,
                  intensity_min=args.min_intensity, intensity_max=args.max_intensity, ids=ids, cap_per_memory=args.cap,
                  memories=not args.no_memories, conversations=tuple(args.conversation),
                  all_conversations=args.all_conversations)


def _tell(training, written: int, args: argparse.Namespace) -> None:  # noqa: ANN001
    counts = training.counts
    print(tr_n("{file} : {n} exemple (souvenirs choisis : {memories}, exemples tirés des souvenirs : "
               "{memory_examples}, extraits de conversations : {conversation_examples})",
               "{file} : {n} exemples (souvenirs choisis : {memories}, exemples tirés des souvenirs : "
               "{memory_examples}, extraits de conversations : {conversation_examples})", written, file=args.out,
               **{k: counts[k] for k in ("memories", "memory_examples", "conversation_examples")}))
    if training.too_many:
        print(tr_n("Attention : plus de {n} exemple d'un coup noie sa voix ; commencez par un petit jeu choisi.",
                   "Attention : plus de {n} exemples d'un coup noient sa voix ; commencez par un petit jeu choisi.",
                   TOO_MANY), file=sys.stderr)
    for example in training.preview(args.preview):
        print(json.dumps(example["messages"][1:], ensure_ascii=False, indent=1))


def _model(args: argparse.Namespace, system: str, url: str) -> None:
    path = Path(args.out).with_name("Modelfile")
    path.write_text(modelfile(args.base, system), encoding="utf-8")
    print(tr("Modelfile écrit : {file} (ollama create NOM -f {file})", file=path))
    if args.create:
        status = create_model(url, args.create, args.base, system)
        print(tr("Modèle « {name} » créé dans Ollama ({status}).", name=args.create, status=status))
