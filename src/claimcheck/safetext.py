"""Text from outside (articles, registers, reference tables) made safe to pass on.

Control characters: an ESC or BEL in an article would reach the brief and the CSVs
raw (a terminal that prints a CSV obeys them). Each is replaced by its visible
symbol (ESC -> ␛), one character for one, so offsets into the text, and quotes
copied from it, still match.

Spreadsheet formulas: a CSV cell that begins with =, +, -, @, a tab or a carriage
return is a formula to Excel and LibreOffice (`=HYPERLINK("http://evil.example/")`
in an article would ship a live link). As OWASP advises, such a cell is prefixed
with an apostrophe, which spreadsheets show as text; a cell that is a number
(-3.5) is left as it is, so numbers stay numbers. Reading a table undoes the
prefix, so a register written this way reads back as it was.
"""
from __future__ import annotations

import re

# C0 controls but tab and line ends -> U+2400 + code ("Control Pictures"); DEL -> ␡; C1 controls,
# which have no pictures -> the replacement character.
_VISIBLE = {code: 0x2400 + code for code in range(0x20) if chr(code) not in "\t\n\r"}
_VISIBLE[0x7F] = 0x2421
_VISIBLE.update({code: 0xFFFD for code in range(0x80, 0xA0)})

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d[\d,]*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def visible_controls(text: str) -> str:
    return text.translate(_VISIBLE)


def spreadsheet_safe(cell: str) -> str:
    # A cell that already looks neutralised gets a second apostrophe, so reading undoes exactly one.
    if (cell.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(cell)) or unneutralised(cell) != cell:
        return "'" + cell
    return cell


def unneutralised(cell: str) -> str:
    """A cell as it was before spreadsheet_safe."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS + ("'",)) else cell


def utf8_text(path, raw: bytes, error, *, binary: str, fix: str) -> str:
    """An analyst's file as text: raises `error` (an InputError) naming the file, with `binary` when it holds NUL
    bytes and the line of the first byte that is not UTF-8; a byte-order mark is dropped."""
    if b"\x00" in raw:
        raise error(path, binary, fix=fix)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise error(path, f"not valid UTF-8 at byte {err.start}", where=f"line {line}", fix=fix) from None
