"""What every `liblitz …` command shares: a wrong command line is one sentence in the user's language
(not argparse's English usage block), and a failure is a sentence with exit code 2, never a traceback."""
from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from .errors import describe
from .i18n import tr

EXIT_ERROR = 2

log = logging.getLogger(__name__)


class UsageError(Exception):
    """The command line itself is wrong; the message says how, in the user's language."""


class SentenceParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(tr("Commande incomplète ou invalide ({why}). Voir : {command} --help",
                            why=message, command=self.prog))


def run_command(parser: argparse.ArgumentParser, argv: Sequence[str],
                body: Callable[[argparse.Namespace], int]) -> int:
    """Parse `argv` and run `body` with the arguments; returns the exit code."""
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as done:  # --help
        return int(done.code or 0)
    except UsageError as error:
        return fail(str(error))
    logged = logging.getLogger("liblitz")
    handler = _data_folder_log(getattr(args, "data_dir", None))
    logged.addHandler(handler)
    try:
        return body(args)
    except Exception as error:  # noqa: BLE001 — a sentence for the user, never a traceback
        log.debug("%s failed", parser.prog, exc_info=True)
        return fail(describe(error))
    finally:
        logged.removeHandler(handler)
        handler.close()


def _data_folder_log(data_dir: str | None) -> logging.Handler:
    """Where an unexpected failure's details go: the data folder's log, as the window's do. Without a handler,
    Python's last resort would print the traceback on the terminal, under the sentence meant for the user; a
    folder that does not exist (a command that creates nothing) gets no log, and no traceback either."""
    from .logging_setup import folder_log
    from .paths import resolve_data_dir

    try:
        folder = resolve_data_dir(data_dir)
        if folder.is_dir():
            return folder_log(folder)
    except OSError:
        pass
    return logging.NullHandler()


def fail(sentence: str) -> int:
    print(sentence, file=sys.stderr)
    return EXIT_ERROR
