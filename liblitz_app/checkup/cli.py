"""`liblitz check-model NAME [--lang fr|en] [--json]`: a model's check-up from the terminal. Each
scenario's pass or fail is printed (with why), the run is kept in the ledger beside the window's, and
the exit code says it: 0 every scenario passed, 1 one failed, 2 the check-up could not run."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from ..command_line import SentenceParser, run_command
from ..companion.settings import CompanionSettings
from ..i18n import tr, tr_n
from ..paths import DataDir, resolve_data_dir
from ..store.checkups import CheckupRun, ScenarioResult, keep_run
from ..store.ledger import Ledger
from .run import CheckupOutcome, CheckupRequest, run_checkup
from .scenario import LANGUAGES

EXIT_FAILED = 1


def _parser() -> argparse.ArgumentParser:
    parser = SentenceParser(prog="liblitz check-model", description=tr(
        "Fait passer à un modèle d'Ollama les scénarios de bilan (identité, rappel, contradiction, souvenir "
        "douloureux, fidélité de l'enrichissement) et garde le résultat."))
    parser.add_argument("model", metavar=tr("MODÈLE"), help=tr("le nom du modèle dans Ollama, ex. gemma3:4b"))
    parser.add_argument("--lang", choices=LANGUAGES, help=tr("les scénarios de cette langue seulement"))
    parser.add_argument("--scenario", action="append", default=[], metavar="ID",
                        help=tr("ce scénario seulement (répétable) : son nom de fichier sans .json"))
    parser.add_argument("--json", action="store_true", help=tr("le résultat en JSON, avec les transcriptions"))
    parser.add_argument("--data-dir", help=tr("dossier des données de Liblitz"))
    return parser


def check_model_command(argv: list[str], out: TextIO | None = None) -> int:
    """Entry point for `liblitz check-model …`; returns the exit code."""
    return run_command(_parser(), argv, lambda args: _show(_check(args), args.json, out or sys.stdout))


def _show(outcome: CheckupOutcome, in_json: bool, out: TextIO) -> int:
    for problem in outcome.problems:
        print(problem, file=sys.stderr)
    run = outcome.run
    if in_json:
        print(json.dumps(as_json(run), ensure_ascii=False, indent=2), file=out)
    else:
        for result in run.results:
            print(_line(result), file=out)
        print(tr_n("{model} : {n} scénario réussi sur {total}.", "{model} : {n} scénarios réussis sur {total}.",
                   run.passed_count, model=run.model, total=len(run.results)), file=out)
    return 0 if run.passed else EXIT_FAILED


def _check(args: argparse.Namespace) -> CheckupOutcome:
    data = DataDir.open(resolve_data_dir(args.data_dir))
    ledger = Ledger(data.ledger)
    try:
        settings = CompanionSettings.read(ledger)
        request = CheckupRequest(args.model, data, settings.ollama.url, settings.ollama.timeout,
                                 settings.embedding.model, (args.lang,) if args.lang else LANGUAGES,
                                 only=tuple(args.scenario))
        outcome = run_checkup(request, progress=_progress)
        keep_run(ledger, outcome.run)
    finally:
        ledger.close()
    return outcome


def _progress(done: int, total: int) -> None:
    print(tr("Scénario {done} sur {total}…", done=min(done + 1, total), total=total) if done < total
          else tr("Bilan terminé."), file=sys.stderr)


def _line(result: ScenarioResult) -> str:
    mark = tr("RÉUSSI") if result.passed else tr("ÉCHOUÉ")
    why = "".join(f"\n    - {reason.describe()}" for reason in result.reasons)
    return f"{mark}  {result.scenario}  {result.title}{why}"


def as_json(run: CheckupRun) -> dict[str, Any]:
    return {"model": run.model, "digest": run.digest, "languages": run.languages, "started_at": run.started_at,
            "passed": run.passed, "scenarios": [
                {"id": r.scenario, "kind": r.kind, "language": r.language, "title": r.title, "passed": r.passed,
                 "reasons": [reason.describe() for reason in r.reasons],
                 "transcript": [{"role": line.role, "text": line.text} for line in r.transcript]}
                for r in run.results]}
