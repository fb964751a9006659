"""The intake's side of an import's tables: domain objects (file format, mapping, report, duplicate
match) turned into what the store keeps (store/staging.py owns the tables and their SQL). The
writing functions take the `StagingWriter` of the import's one transaction."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from ..store import staging
from ..store.ledger import LedgerReader
from ..store.staging import StagingWriter
from .duplicates import DuplicateMatch
from .layouts import ColumnMapping, signature
from .report import ImportReport
from .sniffing import FileFormat


def recall_mapping(ledger: LedgerReader, columns: list[str]) -> ColumnMapping | None:
    """The mapping the user last chose for a file with these columns, if any."""
    mapping = staging.recalled_mapping(ledger, signature(columns))
    return ColumnMapping.from_dict(mapping) if mapping is not None else None


def remember_mapping(writer: StagingWriter, columns: list[str], mapping: ColumnMapping) -> None:
    writer.remember_mapping(signature(columns), columns, mapping.to_dict())


def previous_import(writer: StagingWriter, sha256: str) -> str | None:
    at = writer.previous_import(sha256)
    return datetime.fromisoformat(at).astimezone().strftime("%d/%m/%Y à %H:%M") if at else None


def known_persona(writer: StagingWriter) -> Iterator[tuple[int, str]]:
    for item in writer.known_persona():
        yield item.id, persona_key(item.kind, item.text, item.columns)


def persona_key(kind: str, text: str, columns: dict[str, Any]) -> str:
    """What makes two persona items the same: the text, and for chat lines also when it was said
    (the companion may well say "Bonjour !" every day)."""
    if kind != "chat_reply":
        return text
    when = next((str(v) for k, v in columns.items() if k.lower() in ("timestamp", "date", "time")), "")
    return f"{text}\x1f{when}"


def open_batch(writer: StagingWriter, file_format: FileFormat, layout: str, columns: list[str],
               mapping: ColumnMapping) -> int:
    return writer.open_batch(file_name=file_format.path.name, sha256=file_format.sha256,
                             file_format=file_format.to_dict(), layout=layout, signature=signature(columns),
                             mapping=mapping.to_dict())


def close_batch(writer: StagingWriter, batch_id: int, report: ImportReport) -> None:
    writer.close_batch(batch_id, rows_read=report.rows_read, staged=report.staged, duplicates=report.duplicates,
                       persona=report.persona + report.context, skipped=report.skipped, report=report.to_dict())


def link_row(writer: StagingWriter, memory_id: int, batch_id: int, match: DuplicateMatch | None) -> None:
    if match is None:
        writer.link_row(memory_id, batch_id)
    else:
        writer.link_row(memory_id, batch_id, match.of_memory, match.kind, match.similarity)


def persona_material(ledger: LedgerReader, kind: str | None = None) -> list[dict[str, Any]]:
    """Persona material staged from imports (for the persona card editor), oldest first."""
    return staging.persona_material(ledger, kind)
