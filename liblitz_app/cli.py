"""The `liblitz` command: the window by default, `doctor` and `import` for the terminal."""
from __future__ import annotations

import argparse
import os
import sys

from .errors import describe
from .paths import DataDir, resolve_data_dir


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="liblitz", description="Liblitz, un compagnon à la mémoire qui vous appartient.")
    parser.add_argument("--data-dir", help="dossier des données (sinon $LIBLITZ_DATA_DIR, sinon le dossier de l'utilisateur)")
    parser.add_argument("--lang", choices=("fr", "en"), help="langue de l'interface")
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("doctor", help="afficher l'état de Liblitz (données, index, modèles, Ollama)")
    commands.add_parser("import", help="importer un export (CSV ou JSON) : liblitz import FICHIER", add_help=False)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    os.umask(0o077)  # everything Liblitz writes is for its user's eyes only
    args, rest = _parser().parse_known_args(argv)
    if args.command == "import":
        from .intake.cli import import_command
        forwarded = rest + (["--data-dir", args.data_dir] if args.data_dir else [])
        return import_command(forwarded)
    if rest:
        _parser().error(f"arguments inconnus : {' '.join(rest)}")
    try:
        data = DataDir.open(resolve_data_dir(args.data_dir))
    except OSError as error:
        print(describe(error), file=sys.stderr)
        return 2
    from .logging_setup import setup_logging
    setup_logging(data)
    if args.command == "doctor":
        from .doctor import run_doctor
        return run_doctor(data)
    from .ui.app import run_gui
    return run_gui(data, args.lang)


if __name__ == "__main__":
    raise SystemExit(main())
