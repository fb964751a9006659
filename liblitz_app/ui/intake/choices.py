"""What the user has chosen so far in the import wizard; each page reads and fills its part."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ...intake import ColumnMapping, DuplicatePolicy, ImportReport, Inspection

MEANING_THRESHOLD = 0.96  # "same meaning" for the optional near-duplicate search
PREVIEW_ROWS = 20


@dataclass
class ImportChoices:
    path: Path | None = None
    inspection: Inspection | None = None
    mapping: ColumnMapping | None = None
    duplicates: DuplicatePolicy = DuplicatePolicy.SKIP
    by_meaning: bool = False  # near-duplicates by embedding: slower, off by default
    persona_rows: set[int] = field(default_factory=set)
    delimiter: str | None = None  # None: the one guessed from the file
    skip_malformed: bool = False  # rows with too many fields left out (and listed in the report)
    report: ImportReport | None = None
