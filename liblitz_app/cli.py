"""The `liblitz` command: the window by default, `doctor`, `import` and `recall` for the terminal."""
from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from .command_line import fail
from .errors import describe
from .i18n import set_language, startup_language, tr, translate_argparse
from .paths import DataDir, resolve_data_dir
from .preferences import Preferences

if TYPE_CHECKING:
    from .memory import Emotion


def _shared_options(default: object) -> argparse.ArgumentParser:
    """Options every command takes, before or after its name (`liblitz --data-dir D doctor` and
    `liblitz doctor --data-dir D` are the same)."""
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument("--data-dir", default=default,
                         help=tr("dossier des données (sinon $LIBLITZ_DATA_DIR, sinon le dossier de l'utilisateur)"))
    options.add_argument("--lang", choices=("fr", "en"), default=default,
                         help=tr("langue de l'interface (sinon $LIBLITZ_LANG, sinon le dernier choix)"))
    return options


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="liblitz", description=tr("Liblitz, un compagnon à la mémoire qui vous appartient."),
                                     parents=[_shared_options(None)])
    commands = parser.add_subparsers(dest="command")
    # After the command, an option is set only when given (SUPPRESS): a subcommand's default must
    # not undo the same option given before the command's name. A new command takes `after` too.
    after = _shared_options(argparse.SUPPRESS)
    commands.add_parser("doctor", parents=[after], help=tr("afficher l'état de Liblitz (données, index, modèles, Ollama)"))
    commands.add_parser("import", parents=[after], add_help=False,
                        help=tr("importer un export (CSV ou JSON) : liblitz import FICHIER"))
    commands.add_parser("recall", parents=[after], add_help=False,
                        help=tr("retrouver des souvenirs : liblitz recall \"question\" [--limit K] [--json]"))
    commands.add_parser("export", parents=[after], add_help=False,
                        help=tr("exporter tout Liblitz dans une archive portable : liblitz export FICHIER.zip"))
    commands.add_parser("restore", parents=[after], add_help=False,
                        help=tr("restaurer une archive Liblitz : liblitz restore FICHIER.zip"))
    adding = commands.add_parser("add", parents=[after],
                                 help=tr("ajouter un souvenir : liblitz add \"texte\" [--when \"hier soir\"]"))
    adding.add_argument("text", help=tr("le souvenir, mot pour mot, entre guillemets"))
    adding.add_argument("--when", default="",
                        help=tr("quand c'est arrivé, tel que vous le diriez (« hier soir », 2024-05-01)"))
    adding.add_argument("--emotion", default="", help=tr("l'émotion (joie, tristesse, peur…) ; sans elle, elle est lue dans le texte"))
    adding.add_argument("--intensity", type=int, default=None, help=tr("l'intensité, de 0 à 10"))
    commands.add_parser("check-model", parents=[after], add_help=False,
                        help=tr("faire passer le bilan à un modèle d'Ollama : liblitz check-model NOM [--lang fr|en] [--json]"))
    commands.add_parser("finetune-export", parents=[after], add_help=False,
                        help=tr("écrire un jeu d'affinage (JSON Lines) : liblitz finetune-export SORTIE.jsonl [filtres]"))
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    os.umask(0o077)  # everything Liblitz writes is for its user's eyes only
    set_language(_language(argv))  # before any parser speaks
    translate_argparse()
    args, rest = _parser().parse_known_args(argv)
    # A command with a parser of its own gets the rest of the line, and --data-dir if it came before its name.
    forwarded = rest + (["--data-dir", args.data_dir] if args.data_dir else [])
    if args.command == "import":
        from .intake.cli import import_command
        return import_command(forwarded)
    if args.command == "recall":
        from .recall.cli import recall_command
        return recall_command(forwarded)
    if args.command == "check-model":  # --lang (the interface's) also chooses the scenarios' language
        from .checkup.cli import check_model_command
        return check_model_command(forwarded + (["--lang", args.lang] if getattr(args, "lang", None) else []))
    if args.command == "finetune-export":
        from .finetune.cli import finetune_command
        return finetune_command(forwarded)
    if args.command in ("export", "restore"):
        from .archive import cli as archive_cli
        command = archive_cli.export_command if args.command == "export" else archive_cli.restore_command
        return command(forwarded)
    if args.command == "add" and not rest:
        return _add(args)
    if rest:
        _parser().error(tr("arguments inconnus : {arguments}", arguments=" ".join(rest)))
    if args.command == "doctor":  # it changes nothing: not even a folder or a log line
        from .doctor import run_doctor
        return run_doctor(DataDir(resolve_data_dir(args.data_dir)))
    try:
        data = DataDir.open(resolve_data_dir(args.data_dir))
    except OSError as error:
        return fail(describe(error))
    from .logging_setup import setup_logging
    setup_logging(data)
    from .ui.app import run_gui
    return run_gui(data, args.lang)


def _add(args: argparse.Namespace) -> int:
    """`liblitz add`: one memory typed by hand, committed (embedded and indexed) as the window's
    « Ajouter un souvenir » does; an emotion left out is read from the text."""
    from datetime import date

    from .enrichment.extractor import with_emotion
    from .enrichment.time_phrases import find_time
    from .memory import EventTime, MemoryFields, Status
    from .store.ledger import NewMemory
    from .store.opening import open_library
    try:
        found = find_time(args.when, date.today()) if args.when.strip() else None
        when = EventTime(args.when.strip(), found.start, found.end) if found else EventTime(args.when.strip())
        given = MemoryFields(emotion=_emotion(args.emotion), intensity=args.intensity, time=when).validated()
        library = open_library(DataDir.open(resolve_data_dir(args.data_dir)))
        try:
            fields = with_emotion(args.text, given, library.embedder)
            memory = library.add(NewMemory(args.text, fields, status=Status.COMMITTED))
        finally:
            library.close()
    except Exception as error:  # noqa: BLE001 — a sentence for the user, never a traceback
        return fail(describe(error))
    print(tr("Souvenir n°{id} enregistré.", id=memory.id))
    if given.emotion is None and fields.emotion is not None:
        from .i18n import language
        from .memory import label
        print(tr("Émotion lue dans le texte : {emotion}, intensité {intensity} sur 10.",
                 emotion=label(fields.emotion, language()), intensity=fields.intensity))
    return 0


def _emotion(name: str) -> Emotion | None:
    from .i18n import language
    from .memory import Emotion, InvalidMemory, label, parse_emotion
    try:
        return parse_emotion(name)
    except ValueError:
        names = ", ".join(label(emotion, language()) for emotion in Emotion)
        raise InvalidMemory("« {name} » n'est pas une émotion connue ; au choix : {names}.",
                            name=name, names=names) from None


def _language(argv: list[str]) -> str:
    """--lang, else $LIBLITZ_LANG, else the language last chosen in the window (read, never created)."""
    early = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    early.add_argument("--lang")
    early.add_argument("--data-dir")
    try:
        known, _ = early.parse_known_args(argv)
    except argparse.ArgumentError:  # the real parser will say what is wrong, in the language found here
        known = argparse.Namespace(lang=None, data_dir=None)
    return startup_language(known.lang, Preferences.load(resolve_data_dir(known.data_dir)).language)


if __name__ == "__main__":
    raise SystemExit(main())
