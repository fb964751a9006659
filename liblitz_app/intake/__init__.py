"""Importing exports from other companion apps, and feeding them in gradually. Imports no Qt.

    inspection = inspect_file(path, ledger)          # preview + detected layout and mapping
    report = run_import(ledger, path, ImportOptions(mapping=..., duplicates=DuplicatePolicy.SKIP,
                        embed=embedder_fn), progress=cb, is_cancelled=flag)
    report.to_csv(out)
    Feeder(ledger).start_session(); Feeder(ledger).backlog()
"""
from .bad_lines import BadLine, BadLines, find_bad_lines
from .batches import persona_material, recall_mapping
from .duplicates import DEFAULT_THRESHOLD, DuplicateMatch, DuplicatePolicy, Embed, normalise_text
from .errors import ImportCancelled, IntakeError, InvalidMapping, MalformedFile, MissingTextColumn, UnreadableFile
from .feeder import (
    DEFAULT_PACE, DEFAULT_PACE_EXPLANATION, Backlog, Feeder, Pace, PaceMode, ReleaseOrder, describe_pace,
)
from .importer import PHASES, ImportOptions, Inspection, inspect_file, run_import
from .layouts import ColumnMapping, DetectedLayout, Layout, detect_layout, parse_mapping, signature
from .reading import Preview, RawRow, open_table, preview
from .report import ImportReport, RowNote
from .sniffing import FileFormat, sniff

__all__ = [
    "DEFAULT_PACE", "DEFAULT_PACE_EXPLANATION", "DEFAULT_THRESHOLD", "PHASES", "BadLine", "BadLines", "Backlog",
    "ColumnMapping", "DetectedLayout", "DuplicateMatch", "DuplicatePolicy", "Embed", "Feeder", "FileFormat",
    "ImportCancelled", "ImportOptions", "ImportReport", "Inspection", "IntakeError", "InvalidMapping", "Layout",
    "MalformedFile", "MissingTextColumn", "Pace", "PaceMode", "Preview", "RawRow", "ReleaseOrder", "RowNote",
    "UnreadableFile", "describe_pace", "detect_layout", "find_bad_lines", "inspect_file", "normalise_text",
    "open_table", "parse_mapping", "persona_material", "preview", "recall_mapping", "run_import", "signature",
    "sniff",
]
