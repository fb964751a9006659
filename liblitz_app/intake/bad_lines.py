"""Rows a CSV cannot hold: more fields than its header, most often a separator left unquoted in the text.

pandas only says that some row is wrong; the csv module, which follows the same quoting rules, says
which. With the user's leave ("skip malformed lines") the import reads the file this way, leaves
those rows out and names them in its report — never silently.
"""
from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TextIO

from .report import KEPT_NOTES, excerpt
from .sniffing import FileFormat


@dataclass(frozen=True)
class BadLine:
    row: int  # data rows counted from 1, as the report and the preview count them
    found: int
    expected: int
    line: int = 0  # the file's own line number where the row starts (the header is line 1)
    start: str = ""  # the beginning of the row as written, separators included


@dataclass(frozen=True)
class BadLines:
    """How many rows have too many fields, and the first ones (at most KEPT_NOTES)."""

    count: int = 0
    lines: tuple[BadLine, ...] = ()

    @property
    def first(self) -> BadLine | None:
        return self.lines[0] if self.lines else None


@dataclass(frozen=True)
class CsvRecord:
    row: int  # data rows counted from 1; blank lines are not rows (pandas skips them too)
    line: int
    fields: list[str]


def records(file_format: FileFormat, wider_than: int = -1) -> Iterator[CsvRecord]:
    """The data rows after the header (only those with more than `wider_than` fields), read by the csv
    module. A quote left open ends the reading quietly: the import itself says where (csv.Error would
    only repeat it less clearly)."""
    with _opened(file_format) as handle:
        reader = _reader(handle, file_format)
        try:
            if next(reader, None) is None:
                return
            number, line = 0, reader.line_num + 1
            for fields in reader:
                if (fields and fields[0].strip()) or any(f.strip() for f in fields):  # the first test is the quick one
                    number += 1
                    if len(fields) > wider_than:
                        yield CsvRecord(number, line, fields)
                line = reader.line_num + 1
        except csv.Error:
            return


def header(file_format: FileFormat) -> list[str]:
    with _opened(file_format) as handle:
        try:
            return next(_reader(handle, file_format), [])
        except csv.Error:
            return []


def _opened(file_format: FileFormat) -> TextIO:
    return file_format.path.open(encoding=file_format.encoding, errors="replace", newline="")


def _reader(handle: TextIO, file_format: FileFormat) -> Any:  # a csv reader: it counts lines (line_num)
    return csv.reader(handle, delimiter=file_format.delimiter, quotechar=file_format.quotechar or '"',
                      escapechar=file_format.escapechar)


def bad_line(record: CsvRecord, expected: int, delimiter: str) -> BadLine | None:
    if len(record.fields) <= expected:
        return None  # fewer fields are read as empty trailing cells, as pandas does
    return _described(record, expected, delimiter)


def _described(record: CsvRecord, expected: int, delimiter: str) -> BadLine:
    return BadLine(record.row, len(record.fields), expected, record.line, excerpt(delimiter.join(record.fields)))


def find_bad_lines(file_format: FileFormat, keep: int = KEPT_NOTES) -> BadLines:
    """One pass over a CSV (JSON has no such rows): how many rows have too many fields, and which."""
    if file_format.kind != "csv":
        return BadLines()
    expected = len(header(file_format))
    count, kept = 0, []
    for record in records(file_format, wider_than=expected):  # only malformed rows become records: quick
        count += 1
        if len(kept) < keep:
            kept.append(_described(record, expected, file_format.delimiter))
    return BadLines(count, tuple(kept))


def first_bad_line(file_format: FileFormat) -> BadLine | None:
    expected = len(header(file_format))
    first = next(records(file_format, wider_than=expected), None)
    return None if first is None else _described(first, expected, file_format.delimiter)
