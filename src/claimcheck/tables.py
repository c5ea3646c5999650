"""Read an analyst-edited CSV table strictly, naming the file and row of any problem.

Accepted as harmless: a UTF-8 byte-order mark (Excel writes one), Windows line
ends, a semicolon delimiter (spreadsheets in many locales save with one), and the
apostrophe that keeps a cell from being read as a formula (safetext.py). Control
characters are shown as their symbols, as in articles.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Type

from .errors import InputError
from .safetext import unneutralised, utf8_text, visible_controls


def read_table(path: Path, error: Type[InputError], columns: dict[str, bool], *, what: str) -> list[tuple[int, dict[str, str]]]:
    """Rows as (line number, {column: stripped text}); `columns` maps name -> required."""
    if not path.is_file():
        raise error(path, f"{what} not found", fix="create it or pass the right path")
    raw = path.read_bytes()
    text = utf8_text(path, raw, error, binary=f"{what} is binary, not CSV", fix="save it as CSV (UTF-8)")
    if not text.strip():
        raise error(path, f"{what} is empty", fix=f"start from the header line: {','.join(columns)}")
    text = visible_controls(text)  # once for the file, not once per cell
    header_line = text.splitlines()[0]
    delimiter = ";" if header_line.count(";") > header_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = [h.strip() for h in next(reader)]
        missing = [c for c, required in columns.items() if required and c not in header]
        if missing:
            raise error(path, f"missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)}", where="header",
                        fix=f"the header must have: {', '.join(c for c, r in columns.items() if r)}")
        unknown = [h for h in header if h not in columns]
        if unknown:
            raise error(path, f"unknown column {', '.join(repr(u) for u in unknown)}", where="header",
                        fix=f"allowed columns are: {', '.join(columns)}")
        duplicated = sorted({h for h in header if header.count(h) > 1})
        if duplicated:
            raise error(path, f"column {', '.join(duplicated)} appears twice", where="header", fix="keep one")
        rows = []
        for fields in reader:
            line = reader.line_num
            if not any(f.strip() for f in fields):
                continue
            if len(fields) != len(header):
                raise error(path, f"has {len(fields)} fields, the header has {len(header)}", where=f"row {line}",
                            fix="quote any field that contains the delimiter")
            row = {c: "" for c in columns}
            row.update(zip(header, map(str.strip, fields)))
            for column in header:
                if row[column][:1] == "'":
                    row[column] = unneutralised(row[column])
            rows.append((line, row))
    except csv.Error as err:
        raise error(path, f"malformed CSV: {err}", where=f"row {reader.line_num}", fix="check the quoting") from None
    if not rows:
        raise error(path, f"{what} has a header but no rows", fix="add at least one row")
    return rows
