"""The archive's file format (docs/archive.md): `manifest.json` and one `<table>.jsonl` per table.

A JSONL file is one JSON object per line, a row of the ledger's table, keys sorted, UTF-8. Its bytes
depend only on the rows (fixed zip timestamps, sorted keys), so the same companion exported twice gives
the same checksums. Reading verifies everything (zip CRCs, each file's sha256 and row count, the format
and its version) before a single row is handed to the ledger.
"""
from __future__ import annotations

import hashlib
import json
import zipfile
import zlib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..companion.settings import SECRET_KEYS
from ..store.index_migration import MIGRATION_KEY
from .errors import ArchiveRefused

FORMAT = "liblitz-archive"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
# Settings an archive never carries, either way: the secrets, and what belongs to this machine only (an
# embedding-model change under way here would otherwise start on the machine the archive is restored on).
LEFT_OUT_SETTINGS = (*SECRET_KEYS, MIGRATION_KEY)
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # zip entries carry no export time: identical rows, identical bytes


@dataclass
class Manifest:
    created_at: str
    app_version: str
    ledger_schema: int
    embedding_model: str
    files: dict[str, dict[str, Any]] = field(default_factory=dict)  # "memories.jsonl" → {"rows", "sha256"}
    format: str = FORMAT
    format_version: int = FORMAT_VERSION

    @property
    def counts(self) -> dict[str, int]:
        return {name.removesuffix(".jsonl"): int(entry["rows"]) for name, entry in self.files.items()}

    def to_json(self) -> str:
        return json.dumps({**asdict(self), "counts": self.counts}, ensure_ascii=False, indent=2, sort_keys=True)


def jsonl_bytes(rows: list[dict[str, Any]]) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\n" for r in rows)


def add_entry(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o600 << 16
    archive.writestr(info, data)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_archive(path: Path) -> tuple[Manifest, dict[str, list[dict[str, Any]]]]:
    """The manifest and every table's rows, all verified; raises ArchiveRefused at the first doubt."""
    name = Path(path).name
    try:
        with zipfile.ZipFile(path) as archive:
            if archive.testzip() is not None:
                raise zipfile.BadZipFile("CRC")
            manifest = _manifest(archive, name)
            return manifest, {entry.removesuffix(".jsonl"): _rows(archive, entry, facts, name)
                              for entry, facts in manifest.files.items()}
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, KeyError) as error:  # zlib: a damaged entry
        if isinstance(error, FileNotFoundError):
            raise ArchiveRefused("Le fichier « {name} » est introuvable.", name=name) from error
        raise ArchiveRefused("« {name} » n'est pas une archive Liblitz lisible (zip abîmé ou tronqué) ; "
                             "rien n'a été modifié.", name=name) from error


def _manifest(archive: zipfile.ZipFile, name: str) -> Manifest:
    try:
        data = json.loads(archive.read(MANIFEST))
    except (KeyError, ValueError) as error:
        raise ArchiveRefused("« {name} » n'est pas une archive Liblitz (pas de manifeste lisible) ; "
                             "rien n'a été modifié.", name=name) from error
    if data.get("format") != FORMAT or data.get("format_version") != FORMAT_VERSION:
        raise ArchiveRefused("L'archive « {name} » est d'un format que cette version de Liblitz ne connaît pas "
                             "({version}) ; rien n'a été modifié.", name=name,
                             version=f"{data.get('format')} {data.get('format_version')}")
    data.pop("counts", None)
    try:
        return Manifest(**data)
    except TypeError as error:
        raise ArchiveRefused("Le manifeste de l'archive « {name} » est incomplet ; rien n'a été modifié.",
                             name=name) from error


def _rows(archive: zipfile.ZipFile, entry: str, facts: dict[str, Any], name: str) -> list[dict[str, Any]]:
    data = archive.read(entry)
    if sha256(data) != facts.get("sha256"):
        raise ArchiveRefused("L'archive « {name} » a été modifiée ou abîmée : {file} ne correspond pas à sa somme "
                             "de contrôle ; rien n'a été modifié.", name=name, file=entry)
    try:
        rows = [json.loads(line) for line in data.decode("utf-8").splitlines() if line]
    except ValueError as error:
        raise ArchiveRefused("L'archive « {name} » a été modifiée ou abîmée : {file} ne correspond pas à sa somme "
                             "de contrôle ; rien n'a été modifié.", name=name, file=entry) from error
    if len(rows) != facts.get("rows") or not all(isinstance(r, dict) for r in rows):
        raise ArchiveRefused("L'archive « {name} » a été modifiée ou abîmée : {file} ne correspond pas à sa somme "
                             "de contrôle ; rien n'a été modifié.", name=name, file=entry)
    return rows
