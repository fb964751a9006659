"""Reading an export, CSV or JSON, as rows of original columns, in chunks of bounded size.

CSV is streamed with pandas (`chunksize`): a 100 MB file never sits whole in memory. JSON has no
streaming reader in the standard library and is loaded whole (exports of that shape are small).
"""
from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any

import pandas as pd

from .bad_lines import BadLine, bad_line, first_bad_line, records
from .cells import decode_cell
from .errors import MalformedFile, UnreadableFile
from .sniffing import FileFormat, sniff

CHUNK_ROWS = 2000
# JSON keys that hold the rows; the key becomes the row's section (robot_facts → persona material).
SECTIONS = ("customer_facts", "robot_facts", "entries", "memories", "facts", "messages")


@dataclass(frozen=True)
class RawRow:
    """One row as read. `number` counts data rows from 1 (a CSV header is not a row; JSON numbers run on
    across sections)."""

    number: int
    columns: dict[str, Any]
    section: str = ""


@dataclass(frozen=True)
class Preview:
    format: FileFormat
    columns: list[str]
    rows: list[RawRow]  # cells already decoded as the import will see them


@dataclass
class Table:
    """An opened export: its format and column names; rows come by `chunks()`."""

    format: FileFormat
    columns: list[str]
    sections: list[str] = field(default_factory=list)
    _json_rows: list[RawRow] | None = None
    bytes_read: int = 0
    skip_malformed: bool = False  # rows with too many fields are left out, and listed in `skipped`
    skipped: list[BadLine] = field(default_factory=list)  # taken by the importer chunk by chunk

    def take_skipped(self) -> list[BadLine]:
        """The rows left out since the last call (the importer notes them in its report)."""
        taken, self.skipped = self.skipped, []
        return taken

    def chunks(self, rows: int = CHUNK_ROWS) -> Iterator[list[RawRow]]:
        if self._json_rows is not None:
            for start in range(0, len(self._json_rows), rows):
                self.bytes_read = round(self.format.size * min(1.0, (start + rows) / len(self._json_rows)))
                yield self._json_rows[start:start + rows]
            return
        if self.skip_malformed:
            yield from self._lenient_chunks(rows)
        else:
            yield from self._csv_chunks(rows)

    def preview(self, n: int = 10) -> Preview:
        first = next(self.chunks(n), [])
        decoded = [RawRow(r.number, {k: decode_cell(v) for k, v in r.columns.items()}, r.section) for r in first]
        return Preview(self.format, self.columns, decoded)

    def _csv_chunks(self, rows: int) -> Iterator[list[RawRow]]:
        number = 0
        with self.format.path.open("rb") as handle:
            reader = _csv_reader(handle, self.format, chunksize=rows)
            with reader:
                while (frame := _next_frame(reader, self.format)) is not None:
                    self.bytes_read = handle.tell()
                    cells = frame.to_dict("records")
                    yield [RawRow(number + i + 1, row) for i, row in enumerate(cells)]
                    number += len(cells)
        self.bytes_read = self.format.size

    def _lenient_chunks(self, rows: int) -> Iterator[list[RawRow]]:
        """The csv module's reading, rows with too many fields left out (slower than pandas: only
        when the user asked to skip them). Cells are strings, "" when missing, as pandas gives them."""
        chunk: list[RawRow] = []
        width, consumed = len(self.columns), 0
        for record in records(self.format):
            consumed += sum(map(len, record.fields)) + len(record.fields)  # ≈ bytes: enough for a progress bar
            if (bad := bad_line(record, width, self.format.delimiter)) is not None:
                self.skipped.append(bad)
                continue
            cells = record.fields + [""] * (width - len(record.fields))
            chunk.append(RawRow(record.row, dict(zip(self.columns, cells))))
            if len(chunk) >= rows:
                self.bytes_read = min(consumed, self.format.size)  # the csv module hides its position
                yield chunk
                chunk = []
        if chunk:
            yield chunk
        self.bytes_read = self.format.size


def open_table(path: Path | str, delimiter: str | None = None, skip_malformed: bool = False) -> Table:
    """Sniff and open `path` (with the user's `delimiter` when given); raises an `IntakeError` with a
    French sentence when it cannot be read. `skip_malformed`: see `Table.skip_malformed`."""
    file_format = sniff(Path(path))
    if file_format.kind == "json":
        return _open_json(file_format)
    if delimiter is not None:
        file_format = replace(file_format, delimiter=delimiter)
    return Table(file_format, _csv_columns(file_format), skip_malformed=skip_malformed)


def preview(path: Path | str, n: int = 10) -> Preview:
    """The first `n` rows as the import will read them."""
    return open_table(path).preview(n)


# --- CSV ------------------------------------------------------------------------------------------

def _csv_reader(source: IO[bytes], file_format: FileFormat, **options: Any) -> Any:
    return pd.read_csv(
        source, sep=file_format.delimiter, encoding=file_format.encoding, quotechar=file_format.quotechar,
        escapechar=file_format.escapechar, dtype=str, keep_default_na=False, na_filter=False,
        index_col=False, engine="c", skip_blank_lines=True, **options)


def _csv_columns(file_format: FileFormat) -> list[str]:
    with file_format.path.open("rb") as handle:
        try:
            frame = _guarded(lambda: _csv_reader(handle, file_format, nrows=0), file_format)
        except pd.errors.EmptyDataError:
            raise UnreadableFile("Le fichier « {name} » ne contient aucune colonne.",
                                 name=file_format.path.name) from None
    return [str(c) for c in frame.columns]


def _next_frame(reader: Any, file_format: FileFormat) -> pd.DataFrame | None:
    try:
        return _guarded(lambda: next(reader), file_format)
    except StopIteration:
        return None


def _guarded(read: Any, file_format: FileFormat) -> Any:
    """Run a pandas read, turning its errors (and its data-losing warnings) into French sentences."""
    name = file_format.path.name
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", pd.errors.ParserWarning)
            return read()
    except pd.errors.ParserWarning:
        if bad := first_bad_line(file_format):
            raise MalformedFile("Dans « {name} », la ligne de données n°{row} compte {found} colonnes au lieu de "
                                "{expected} : vérifiez le séparateur ou les guillemets. Rien n'a été importé.",
                                name=name, row=bad.row, found=bad.found, expected=bad.expected) from None
        raise MalformedFile("Dans « {name} », des lignes ont plus de colonnes que l'en-tête : "
                            "certaines valeurs seraient perdues. Vérifiez le séparateur ou les guillemets.",
                            name=name) from None
    except pd.errors.ParserError as error:
        raise _parser_error(name, str(error)) from None
    except UnicodeDecodeError:
        raise UnreadableFile("Le fichier « {name} » contient des caractères illisibles "
                             "dans l'encodage {encoding}.", name=name, encoding=file_format.encoding) from None


def _parser_error(name: str, message: str) -> MalformedFile:
    if match := re.search(r"EOF inside string starting at row (\d+)", message):
        return MalformedFile("Dans « {name} », un guillemet ouvert à la ligne de données n°{row} n'est jamais "
                             "refermé : le fichier semble tronqué ou mal exporté. Rien n'a été importé.",
                             name=name, row=match[1])
    if match := re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", message):
        return MalformedFile("Dans « {name} », la ligne de données n°{row} compte {found} colonnes au lieu de "
                             "{expected} : vérifiez le séparateur ou les guillemets. Rien n'a été importé.",
                             name=name, row=int(match[2]) - 1, found=match[3], expected=match[1])
    return MalformedFile("Le fichier « {name} » n'est pas un CSV lisible ({error}). Rien n'a été importé.",
                         name=name, error=message)


# --- JSON -----------------------------------------------------------------------------------------

def _open_json(file_format: FileFormat) -> Table:
    data = _load_json(file_format)
    rows = _json_rows(data, file_format.path.name)
    if not rows:
        raise UnreadableFile("Le fichier « {name} » ne contient aucune ligne à importer.", name=file_format.path.name)
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row.columns))
    sections = list(dict.fromkeys(r.section for r in rows if r.section))
    return Table(file_format, list(columns), sections, rows)


def _load_json(file_format: FileFormat) -> Any:
    try:
        with file_format.path.open("r", encoding=file_format.encoding) as handle:
            return json.load(handle)
    except json.JSONDecodeError as error:
        raise MalformedFile("Le fichier « {name} » n'est pas un JSON valide "
                            "(ligne {line}, colonne {column}). Rien n'a été importé.", name=file_format.path.name,
                            line=error.lineno, column=error.colno) from None


def _json_rows(data: Any, name: str) -> list[RawRow]:
    if isinstance(data, list):
        return _section_rows(data, "", name)
    if isinstance(data, dict):
        sections = [k for k in SECTIONS if isinstance(data.get(k), list)]
        sections += [k for k, v in data.items() if k not in sections and _is_row_list(v)]
        if sections:
            rows: list[RawRow] = []
            for key in sections:
                rows += _section_rows(data[key], key, name, start=len(rows) + 1)
            return rows
    raise MalformedFile(
        "Le fichier JSON « {name} » n'est pas une liste de souvenirs : attendu une liste d'objets, "
        "ou un objet avec « customer_facts », « robot_facts » ou « entries ».", name=name)


def _is_row_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, (dict, str)) for v in value)


def _section_rows(items: list[Any], section: str, name: str, start: int = 1) -> list[RawRow]:
    """Rows numbered on from `start`: numbers run across sections, so (file, row) names one item."""
    rows = []
    for number, item in enumerate(items, start=start):
        if isinstance(item, str):
            item = {"text": item}
        if not isinstance(item, dict):
            if section:
                raise MalformedFile("Dans « {name} », l'élément n°{n} de « {section} » n'est ni un objet ni un "
                                    "texte.", name=name, n=number - start + 1, section=section)
            raise MalformedFile("Dans « {name} », l'élément n°{n} de la liste n'est ni un objet ni un texte.",
                                name=name, n=number - start + 1)
        rows.append(RawRow(number, item, section))
    return rows
