"""Every error reaches the user as a sentence in their language: ours are translated through the
catalogue (their French sentence is the key), anything else gets a calm one."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from liblitz_app.embedding.download import ModelDownloadCancelled
from liblitz_app.errors import UserError, describe
from liblitz_app.i18n import set_language
from liblitz_app.index.base import IndexError_, IndexLocked, IndexModelMismatch
from liblitz_app.intake.errors import MissingTextColumn
from liblitz_app.llm.errors import OllamaError, OllamaUnavailable
from liblitz_app.memory import InvalidMemory, TransitionError
from liblitz_app.store.ledger import MemoryNotFound
from liblitz_app.store.library import TaskCancelled
from liblitz_app.store.schema import SchemaTooNew


@pytest.mark.parametrize("error", [
    InvalidMemory("Un souvenir a besoin d'un texte."), MemoryNotFound("Le souvenir n°3 n'existe pas."),
    IndexLocked("Liblitz est déjà ouvert."), IndexModelMismatch("Autre modèle."), SchemaTooNew("Trop récent."),
    TransitionError("Transition impossible."), MissingTextColumn("Aucune colonne de texte."),
    OllamaError("Ollama ne répond pas."), ModelDownloadCancelled("Téléchargement annulé."),
    TaskCancelled(),
])
def test_our_errors_keep_their_sentence(error: Exception) -> None:
    assert describe(error) == str(error)


def test_anything_else_is_a_calm_sentence_without_internals() -> None:
    sentence = describe(KeyError("internal_key"))
    assert "erreur inattendue" in sentence and "KeyError" in sentence and "internal_key" not in sentence
    assert "refusé" in describe(OSError(28, "No space left on device"))


@pytest.fixture
def english() -> Iterator[None]:
    set_language("en")
    yield
    set_language("fr")


def test_our_errors_are_told_in_the_current_language_with_their_values(english: None) -> None:
    error = MemoryNotFound("Le souvenir n°{id} n'existe pas (ou plus).", id=7)
    assert str(error) == "Le souvenir n°7 n'existe pas (ou plus)."  # French, for the log
    assert describe(error) == "Memory no. 7 does not exist (or no longer)."
    assert error.describe("fr") == str(error)
    assert describe(TaskCancelled()) == "Operation cancelled; what was already done is kept."


def test_an_error_inside_another_is_told_in_the_same_language(english: None) -> None:
    inner = MemoryNotFound("Le souvenir n°{id} n'existe pas (ou plus).", id=3)
    outer = IndexError_("Impossible d'ouvrir l'index de souvenirs {folder} : {error}", folder="/x", error=inner)
    assert describe(outer) == "Cannot open the memory index /x: Memory no. 3 does not exist (or no longer)."


def test_a_sentence_missing_from_the_catalogue_is_shown_in_french_never_blank(english: None) -> None:
    assert describe(UserError("Une phrase sans traduction ({n}).", n=2)) == "Une phrase sans traduction (2)."


def test_ollama_errors_keep_both_languages_at_hand() -> None:
    error = OllamaUnavailable("http://127.0.0.1:9")
    assert error.message_fr.startswith("Ollama ne répond pas à http://127.0.0.1:9")
    assert error.message_en.startswith("Ollama is not answering at http://127.0.0.1:9")


def test_a_commands_unexpected_failure_is_a_sentence_and_its_traceback_goes_to_the_log(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import argparse

    from liblitz_app.command_line import run_command
    from liblitz_app.logging_setup import log_file

    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir")

    def broken(args: argparse.Namespace) -> int:
        raise RuntimeError("a bug")
    (tmp_path / "home").mkdir()
    assert run_command(parser, ["--data-dir", str(tmp_path / "home")], broken) == 2
    err = capsys.readouterr().err
    assert "Une erreur inattendue est survenue (RuntimeError)" in err and "Traceback" not in err
    assert "RuntimeError: a bug" in log_file(tmp_path / "home").read_text(encoding="utf-8")
