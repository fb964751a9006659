"""What an import did, row by row where something is worth saying; exportable as CSV."""
from __future__ import annotations

import csv
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

# A file of a million duplicates must not put a million notes in the ledger (nor in memory): the
# counts say how many of each there were; the first rows say what they looked like.
KEPT_NOTES = 1000


class Outcome:
    SKIPPED = "ignorée"  # not staged (empty text)
    DUPLICATE = "doublon ignoré"  # not staged (policy: skip)
    GROUPED = "doublon regroupé"  # staged, linked to the memory it repeats (policy: group)
    FLAGGED = "importée, à vérifier"  # staged, but a field could not be read (e.g. a date)
    MALFORMED = "mal formée, ignorée"  # not staged: more fields than the header (the user chose to skip them)


@dataclass(frozen=True)
class RowNote:
    row: int
    outcome: str
    reason: str
    excerpt: str = ""
    of_memory: int | None = None  # duplicates: the memory (or persona item) it repeats
    similarity: float | None = None


@dataclass
class ImportReport:
    file_name: str
    layout: str = ""
    batch_id: int | None = None
    dry_run: bool = False
    rows_read: int = 0
    staged: int = 0  # the user's memories, now waiting for the feeder
    duplicates: int = 0  # exact or near, skipped or grouped
    persona: int = 0  # facts about the companion, kept as its persona material
    context: int = 0  # the companion's chat lines, kept as context and voice samples
    skipped: int = 0  # rows not stored at all (duplicates skipped and malformed rows included)
    malformed: int = 0  # rows with too many fields, left out because the user said so
    flagged: int = 0
    previous_import: str | None = None  # when the same file (same bytes) was imported before
    notes: list[RowNote] = field(default_factory=list)  # the first KEPT_NOTES rows worth a note
    notes_left_out: int = 0  # rows worth a note beyond those

    def note(self, note: RowNote) -> None:
        if len(self.notes) < KEPT_NOTES:
            self.notes.append(note)
        else:
            self.notes_left_out += 1

    @property
    def noted(self) -> int:
        """How many rows were worth a note, kept or not."""
        return len(self.notes) + self.notes_left_out

    def summary(self, language: str = "fr") -> str:
        if language != "fr":
            malformed = f" ({self.malformed} malformed)" if self.malformed else ""
            return (f"{_en(self.rows_read, 'row', 'rows')} read: "
                    f"{_en(self.staged, 'memory', 'memories')} waiting to arrive, "
                    f"{_en(self.persona, 'fact', 'facts')} about the companion, "
                    f"{_en(self.context, 'companion line', 'companion lines')} kept as context, "
                    f"{_en(self.duplicates, 'duplicate', 'duplicates')}, "
                    f"{self.skipped} not stored{malformed}, {self.flagged} to check.")
        lines = [f"{_fr(self.rows_read, 'ligne lue', 'lignes lues')} dans « {self.file_name} » :",
                 "  " + _fr(self.staged, "souvenir mis en attente (il arrivera peu à peu)",
                            "souvenirs mis en attente (ils arriveront peu à peu)"),
                 f"  {_fr(self.persona, 'fait', 'faits')} sur le compagnon (sa fiche de personnalité)",
                 f"  {_fr(self.context, 'message du compagnon gardé', 'messages du compagnon gardés')} comme contexte",
                 f"  {_fr(self.duplicates, 'doublon', 'doublons')}",
                 f"  {_fr(self.skipped, 'ligne non enregistrée', 'lignes non enregistrées')}"
                 + (f" (dont {_fr(self.malformed, 'mal formée', 'mal formées')})" if self.malformed else ""),
                 f"  {_fr(self.flagged, 'ligne importée', 'lignes importées')} à vérifier (date ou champ illisible)"]
        if self.previous_import:
            lines.append(f"Ce fichier avait déjà été importé le {self.previous_import}.")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_csv(self, path: Path | str) -> Path:
        """One line per row worth a note (skipped, duplicate, flagged), in French, UTF-8 with BOM for Excel."""
        path = Path(path)
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["ligne", "résultat", "raison", "doublon_de", "similarité", "extrait"])
            for n in self.notes:
                similarity = f"{n.similarity:.3f}" if n.similarity is not None else ""
                writer.writerow([n.row, n.outcome, n.reason, n.of_memory or "", similarity, n.excerpt])
            if self.notes_left_out:
                writer.writerow(["", "", f"… et {self.notes_left_out} autres lignes, non détaillées", "", "", ""])
        return path


def _fr(n: int, one: str, many: str) -> str:
    """"0 doublon", "1 doublon", "2 doublons": French counts 0 and 1 as singular."""
    return f"{n} {one if abs(n) < 2 else many}"


def _en(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def excerpt(text: str, length: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[: length - 1] + "…"
