"""Where the data lives: --data-dir beats $LIBLITZ_DATA_DIR beats the user data folder; private."""
from __future__ import annotations

from pathlib import Path

import pytest

from liblitz_app.paths import ENV_DATA_DIR, DataDir, default_data_dir, resolve_data_dir


def test_the_command_line_beats_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "from-env"))
    assert resolve_data_dir(tmp_path / "from-cli") == tmp_path / "from-cli"
    assert resolve_data_dir(None) == tmp_path / "from-env"


def test_without_either_it_is_the_users_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_DATA_DIR)
    assert resolve_data_dir(None) == default_data_dir().resolve()
    assert default_data_dir().name == "Liblitz"


def test_the_folder_is_created_for_its_owner_only(tmp_path: Path) -> None:
    data = DataDir.open(tmp_path / "new" / "Liblitz")
    assert data.root.is_dir() and data.root.stat().st_mode & 0o077 == 0
    assert data.index_root.stat().st_mode & 0o077 == 0
    assert data.models.stat().st_mode & 0o077 == 0


def test_reading_the_paths_creates_nothing(tmp_path: Path) -> None:
    data = DataDir(tmp_path / "absent")
    assert (data.ledger, data.index_root, data.models) == (
        tmp_path / "absent" / "ledger.sqlite3", tmp_path / "absent" / "index", tmp_path / "absent" / "models")
    assert not (tmp_path / "absent").exists()
