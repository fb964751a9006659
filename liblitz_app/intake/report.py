"""What an import did, row by row where something is worth saying; exportable as CSV."""
from __future__ import annotations

import csv
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


class Outcome:
    SKIPPED = "ignorée"  # not staged (empty text)
    DUPLICATE = "doublon ignoré"  # not staged (policy: skip)
    GROUPED = "doublon regroupé"  # staged, linked to the memory it repeats (policy: group)
    FLAGGED = "importée, à vérifier"  # staged, but a field could not be read (e.g. a date)


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
    skipped: int = 0  # rows not stored at all (duplicates skipped included)
    flagged: int = 0
    previous_import: str | None = None  # when the same file (same bytes) was imported before
    notes: list[RowNote] = field(default_factory=list)

    def note(self, note: RowNote) -> None:
        self.notes.append(note)

    def summary(self, language: str = "fr") -> str:
        if language != "fr":
            return (f"{self.rows_read} rows read: {self.staged} memories staged, {self.persona} persona facts, "
                    f"{self.context} companion lines kept as context, {self.duplicates} duplicates, "
                    f"{self.skipped} not stored, {self.flagged} to check.")
        lines = [f"{self.rows_read} lignes lues dans « {self.file_name} » :",
                 f"  {self.staged} souvenirs mis en attente (ils arriveront peu à peu)",
                 f"  {self.persona} faits sur le compagnon (sa fiche de personnalité)",
                 f"  {self.context} messages du compagnon gardés comme contexte",
                 f"  {self.duplicates} doublons",
                 f"  {self.skipped} lignes non enregistrées",
                 f"  {self.flagged} lignes importées à vérifier (date ou champ illisible)"]
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
        return path


def excerpt(text: str, length: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[: length - 1] + "…"
