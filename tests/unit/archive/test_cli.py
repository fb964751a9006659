"""`liblitz export` and `liblitz restore`, run as the user runs them (in-process `main`)."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from liblitz_app.archive import read_archive
from liblitz_app.cli import main
from liblitz_app.paths import DataDir
from liblitz_app.store.ledger import Ledger

from .companion import filled_ledger


def test_export_then_restore_into_an_empty_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    filled_ledger(tmp_path / "home").close()
    assert main(["export", str(tmp_path / "a.zip"), "--data-dir", str(tmp_path / "home")]) == 0
    assert main(["--data-dir", str(tmp_path / "new"), "restore", str(tmp_path / "a.zip")]) == 0
    out = capsys.readouterr().out
    assert "Archive restaurée" in out and "Souvenirs indexés : 2" in out
    assert main(["export", str(tmp_path / "b.zip"), "--data-dir", str(tmp_path / "new")]) == 0
    first, second = read_archive(tmp_path / "a.zip")[0], read_archive(tmp_path / "b.zip")[0]
    assert {n: f for n, f in first.files.items() if n != "journal.jsonl"} == \
           {n: f for n, f in second.files.items() if n != "journal.jsonl"}
    ledger = Ledger(DataDir(tmp_path / "new").ledger)
    try:
        assert ledger.pending_index_ops() == []  # the vectors were rebuilt: nothing left in the outbox
    finally:
        ledger.close()


def test_a_bad_archive_is_one_sentence_and_exit_code_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "bad.zip").write_bytes(b"PK\x03\x04 not really a zip")
    assert main(["restore", str(tmp_path / "bad.zip"), "--data-dir", str(tmp_path / "new")]) == 2
    err = capsys.readouterr().err
    assert "n'est pas une archive Liblitz lisible" in err and "Traceback" not in err
    assert zipfile.is_zipfile(tmp_path / "bad.zip") is False
    assert not (tmp_path / "new").exists()  # refused before a data folder was made for it


def test_piped_progress_is_the_last_count_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    filled_ledger(tmp_path / "home").close()
    assert main(["export", str(tmp_path / "a.zip"), "--data-dir", str(tmp_path / "home")]) == 0
    err = capsys.readouterr().err  # not a terminal: no count rewritten over the one before
    assert "\r" not in err and all(line.count("/") == 1 for line in err.splitlines() if line.startswith("Export"))


def test_a_damaged_entry_inside_a_zip_is_one_sentence_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The zip's directory is sound but an entry's compressed bytes are not (zlib's own error, not BadZipFile)."""
    filled_ledger(tmp_path / "home").close()
    assert main(["export", str(tmp_path / "a.zip"), "--data-dir", str(tmp_path / "home")]) == 0
    data = bytearray((tmp_path / "a.zip").read_bytes())
    with zipfile.ZipFile(tmp_path / "a.zip") as archive:
        entry = archive.getinfo("memories.jsonl")
    name_length, extra_length = int.from_bytes(data[entry.header_offset + 26:entry.header_offset + 28], "little"), \
        int.from_bytes(data[entry.header_offset + 28:entry.header_offset + 30], "little")
    data[entry.header_offset + 30 + name_length + extra_length] = 0xFF  # a deflate block of the reserved type
    (tmp_path / "damaged.zip").write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["restore", str(tmp_path / "damaged.zip"), "--data-dir", str(tmp_path / "new")]) == 2
    err = capsys.readouterr().err
    assert "n'est pas une archive Liblitz lisible" in err and "Traceback" not in err
