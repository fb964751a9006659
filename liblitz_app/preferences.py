"""Small interface preferences read before any window opens (the ledger opens later, off the GUI thread)."""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

FILE_NAME = "preferences.json"


@dataclass
class Preferences:
    language: str = "fr"

    @classmethod
    def load(cls, folder: Path) -> Preferences:
        try:
            data = json.loads((folder / FILE_NAME).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def save(self, folder: Path) -> None:
        """Atomically: a crash mid-write leaves the previous file, never half of one."""
        target = folder / FILE_NAME
        temporary = target.with_suffix(".tmp")
        with open(temporary, "w", encoding="utf-8") as out:
            json.dump(asdict(self), out, ensure_ascii=False, indent=2)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
