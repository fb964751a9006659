"""Staging an export: every row verbatim in the ledger, in one transaction, nothing interpreted.

`inspect_file` is what the wizard shows first (preview, layout, mapping); `run_import` stages the
rows — all or nothing: cancelled or failed, the ledger is exactly as it was before.
Runs on the ledger's owner thread; `progress` and `is_cancelled` are called from that thread.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..i18n import tr
from ..memory import Source, Status
from ..store import staging
from ..store.ledger import Ledger, LedgerReader, NewMemory
from ..store.staging import StagingWriter
from . import batches
from .bad_lines import BadLines, find_bad_lines
from .duplicates import DEFAULT_THRESHOLD, ChunkCheck, DuplicateFinder, DuplicatePolicy, Embed
from .errors import ImportCancelled, MissingTextColumn, UnreadableFile
from .layouts import ColumnMapping, DetectedLayout, detect_layout
from .reading import CHUNK_ROWS, Preview, RawRow, Table, open_table
from .records import Candidate, RowKind, interpret
from .report import ImportReport, Outcome, RowNote, excerpt

Progress = Callable[[int, int, str], None]  # (done, total, phase) — see PHASES
IsCancelled = Callable[[], bool]

PHASES: dict[str, tuple[str, str]] = {
    "analyse": ("Analyse du fichier", "Reading the file"),
    "doublons": ("Comparaison avec les souvenirs existants", "Comparing with existing memories"),
    "import": ("Mise en attente des souvenirs", "Staging memories"),
    "fin": ("Terminé", "Done"),
}


@dataclass(frozen=True)
class ImportOptions:
    mapping: ColumnMapping | None = None  # None: the remembered or detected one
    duplicates: DuplicatePolicy = DuplicatePolicy.SKIP
    embed: Embed | None = None  # near-duplicates by meaning; None: exact duplicates only
    threshold: float = DEFAULT_THRESHOLD
    persona_rows: frozenset[int] = frozenset()  # rows the user marked as about the companion
    chunk_rows: int = CHUNK_ROWS
    delimiter: str | None = None  # None: the sniffed one
    skip_malformed: bool = False  # rows with too many fields: left out and listed (else the import refuses)


@dataclass(frozen=True)
class Inspection:
    """What the wizard's first page shows: how the file reads, and the proposed mapping."""

    preview: Preview
    detected: DetectedLayout
    bad_lines: BadLines = BadLines()  # rows with too many fields: the import refuses them unless skipped


def inspect_file(path: Path | str, ledger: LedgerReader | None = None, rows: int = 10, *,
                 delimiter: str | None = None) -> Inspection:
    """Read with `delimiter` (None: the sniffed one). The preview leaves out the malformed rows, so the
    user sees what skipping them would import; `bad_lines` says how many there are and which."""
    table = open_table(path, delimiter)
    bad = find_bad_lines(table.format)
    table.skip_malformed = bad.count > 0
    remembered = batches.recall_mapping(ledger, table.columns) if ledger is not None else None
    return Inspection(table.preview(rows), detect_layout(table.columns, table.sections, remembered), bad)


def run_import(ledger: Ledger, path: Path | str, options: ImportOptions = ImportOptions(), *,
               progress: Progress | None = None, is_cancelled: IsCancelled | None = None,
               dry_run: bool = False) -> ImportReport:
    """Stage `path`'s rows; returns the report. Raises an `IntakeError` (French sentence) and leaves
    the ledger untouched when the file cannot be imported or the user cancels. With `dry_run`,
    everything is computed (duplicates included) and then rolled back."""
    notify = progress or (lambda done, total, phase: None)
    notify(0, 1, "analyse")
    table = open_table(path, options.delimiter, options.skip_malformed)
    first_rows = table.preview(1).rows
    left_out = table.take_skipped()  # by the preview: the import reads them again, and notes them then
    if not first_rows and not left_out:
        raise _header_only(table)  # before any progress is shown: the refusal is all there is to say
    detected = detect_layout(table.columns, table.sections, batches.recall_mapping(ledger, table.columns))
    mapping = _mapping(options.mapping or detected.mapping, table)
    report = ImportReport(table.format.path.name, detected.layout.value, dry_run=dry_run)
    run = _Run(table, mapping, options, report, notify, is_cancelled)
    try:
        with staging.writing(ledger) as writer:
            run.stage_all(writer)
            if dry_run:
                raise _RolledBack
    except _RolledBack:
        run.report.batch_id = None
    notify(1, 1, "fin")
    return run.report


def _header_only(table: Table) -> UnreadableFile:
    return UnreadableFile("Le fichier « {name} » ne contient que la ligne d'en-tête : aucune ligne à importer.",
                          name=table.format.path.name)


class _RolledBack(Exception):
    """Unwinds a dry run's transaction."""


def _mapping(mapping: ColumnMapping | None, table: Table) -> ColumnMapping:
    if mapping is None:
        listed = ", ".join(f"« {c} »" for c in table.columns[:12])
        raise MissingTextColumn(
            "Aucune colonne de texte reconnue dans « {name} » ({listed}) : "
            "choisissez celle qui contient les souvenirs (par exemple --mapping text=NomDeColonne).",
            name=table.format.path.name, listed=listed)
    return mapping.resolved(table.columns)


@dataclass
class _Run:
    table: Table
    mapping: ColumnMapping
    options: ImportOptions
    report: ImportReport
    notify: Progress
    is_cancelled: IsCancelled | None
    finder: DuplicateFinder = field(init=False)
    persona_finder: DuplicateFinder = field(default_factory=DuplicateFinder)
    batch_id: int = 0

    def stage_all(self, writer: StagingWriter) -> None:
        self.report.previous_import = batches.previous_import(writer, self.table.format.sha256)
        self._load_known(writer)
        self.batch_id = self.report.batch_id = batches.open_batch(
            writer, self.table.format, self.report.layout, self.table.columns, self.mapping)
        for chunk in self.table.chunks(self.options.chunk_rows):
            self._check_cancelled()
            self._stage_chunk(writer, chunk)
            self._note_malformed()
            self.notify(self.table.bytes_read, self.table.format.size, "import")
        self._note_malformed()  # those after the last good row
        self._check_cancelled()
        if self.report.rows_read == 0:
            raise _header_only(self.table)
        batches.close_batch(writer, self.batch_id, self.report)
        batches.remember_mapping(writer, self.table.columns, self.mapping)

    def _load_known(self, writer: StagingWriter) -> None:
        self._check_cancelled()
        known = max(1, writer.count_memories())
        self.notify(0, known, "doublons")
        self.finder = DuplicateFinder(self.options.embed, self.options.threshold, checkpoint=self._check_cancelled)
        self.finder.add_existing(writer.known_memories(), lambda n: self.notify(min(n, known), known, "doublons"))
        self.persona_finder.add_existing(batches.known_persona(writer))
        self._check_cancelled()

    def _check_cancelled(self) -> None:
        if self.is_cancelled is not None and self.is_cancelled():
            raise ImportCancelled()

    def _stage_chunk(self, writer: StagingWriter, chunk: list[RawRow]) -> None:
        candidates = [interpret(row, self.mapping, self.options.persona_rows) for row in chunk]
        self.report.rows_read += len(candidates)
        memories = [c for c in candidates if c.kind is RowKind.MEMORY and not c.skip_reason]
        check = self.finder.chunk([c.text for c in memories])
        position = {id(c): i for i, c in enumerate(memories)}
        for candidate in candidates:
            if candidate.skip_reason:
                self._skip(candidate, Outcome.SKIPPED, candidate.skip_reason)
            elif candidate.kind is RowKind.MEMORY:
                self._stage_memory(writer, candidate, check, position[id(candidate)])
            else:
                self._stage_persona(writer, candidate)
        check.close()

    def _note_malformed(self) -> None:
        for bad in self.table.take_skipped():
            self.report.rows_read += 1
            self.report.skipped += 1
            self.report.malformed += 1
            reason = tr("{found} colonnes au lieu de {expected} (ligne {line} du fichier)", found=bad.found,
                        expected=bad.expected, line=bad.line)
            self.report.note(RowNote(bad.row, Outcome.MALFORMED, reason, bad.start))

    def _stage_memory(self, writer: StagingWriter, candidate: Candidate, check: ChunkCheck, i: int) -> None:
        match = check.match(i)
        if match is not None:
            self.report.duplicates += 1
            if self.options.duplicates is DuplicatePolicy.SKIP:
                reason = tr("même texte que le souvenir n°{id}", id=match.of_memory) if match.kind == "exact" \
                    else tr("même sens que le souvenir n°{id}", id=match.of_memory)
                self._skip(candidate, Outcome.DUPLICATE, reason, match.of_memory, match.similarity)
                return
        row = candidate.row
        source = Source(kind="import", name=self.table.format.path.name, row=row.number, columns=row.columns)
        memory_id = writer.stage(NewMemory(candidate.text, candidate.fields, source, status=Status.STAGED,
                                           author="import"))
        check.keep(i, memory_id)
        batches.link_row(writer, memory_id, self.batch_id, match)
        self.report.staged += 1
        if match is not None:
            self._note(candidate, Outcome.GROUPED, tr("regroupé avec le souvenir n°{id}", id=match.of_memory),
                       match.of_memory, match.similarity)
        if candidate.flags:
            self.report.flagged += 1
            self._note(candidate, Outcome.FLAGGED, " ; ".join(candidate.flags))

    def _stage_persona(self, writer: StagingWriter, candidate: Candidate) -> None:
        kind = "fact" if candidate.kind is RowKind.PERSONA else "chat_reply"
        row = candidate.row
        key = batches.persona_key(kind, candidate.text, row.columns)
        check = self.persona_finder.chunk([key])
        match = check.match(0)
        if match is not None:
            self.report.duplicates += 1
            self._skip(candidate, Outcome.DUPLICATE, tr("déjà dans la matière de personnalité (n°{id})", id=match.of_memory),
                       match.of_memory, match.similarity)
            return
        item_id = writer.add_persona(kind, candidate.text, self.batch_id, self.table.format.path.name,
                                      row.number, row.columns)
        check.keep(0, item_id)
        if kind == "fact":
            self.report.persona += 1
        else:
            self.report.context += 1

    def _skip(self, candidate: Candidate, outcome: str, reason: str, of: int | None = None,
              similarity: float | None = None) -> None:
        self.report.skipped += 1
        self._note(candidate, outcome, reason, of, similarity)

    def _note(self, candidate: Candidate, outcome: str, reason: str, of: int | None = None,
              similarity: float | None = None) -> None:
        self.report.note(RowNote(candidate.row.number, outcome, reason, excerpt(candidate.text), of,
                                 None if similarity is None else round(similarity, 4)))
