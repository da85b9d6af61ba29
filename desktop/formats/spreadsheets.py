"""Excel-safe CSV and XLSX writers: streamed, typed, and never letting data become a formula.

A spreadsheet runs a cell as a formula when its text starts with ``=``, ``+``, ``-`` or ``@``
(and some strip a leading tab or carriage return first): a contact named
``=HYPERLINK("http://evil", "Click")`` would become a live link (OWASP "CSV injection").

- **CSV** has no cell types, so such a cell is written with a leading single quote
  (``'=HYPERLINK(…)``): Excel, LibreOffice and Google Sheets then show it as text. A phone in
  its international form (``+992 48 701 0222``) starts with ``+`` and would otherwise be parsed
  as the formula ``+992 48 701 0222`` (an error cell), so it is prefixed too: ``'+992 48 701
  0222`` stays readable, the quote is the only change, and Press Desk's own CSV import strips it.
- **XLSX** cells are typed: every string from data is written as a string cell (never
  evaluated), and a string starting with a trigger character also gets Excel's
  *quote prefix* cell style: the value is stored exactly as typed (``+992 48 701 0222``,
  ``=HYPERLINK(…)``), shown as text, and stays text if someone edits the cell and presses Enter.

Both writers take a header row and an iterator of rows and stream them: memory does not grow
with the number of rows (``xlsx_stream`` writes the workbook XlsxWriter's constant-memory mode
writes, at a ninth of its cost per cell).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from itertools import chain
from pathlib import Path
from typing import Any, TextIO

from desktop.formats.xlsx_stream import BOLD, SheetWriter

Cell = str | int | float | bool | date | datetime | None
"""What a row may hold; ``None`` is an empty cell."""

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""OWASP's list: a cell starting with one of these may be run as a formula."""

QUOTE = "'"

WIDTH_SAMPLE_ROWS = 200
"""Rows read before the first is written, to size the XLSX columns."""
MIN_WIDTH, MAX_WIDTH = 6, 60


def is_formula_like(value: str) -> bool:
    """True when a spreadsheet could run ``value`` as a formula."""
    return value.startswith(FORMULA_TRIGGERS)


def neutralise(value: str) -> str:
    """``value`` made inert for a CSV cell: a leading single quote before a formula trigger."""
    return QUOTE + value if value.startswith(FORMULA_TRIGGERS) else value


def unneutralise(value: str) -> str:
    """The value :func:`neutralise` was given (for readers of our own CSV files)."""
    if value.startswith(QUOTE) and value[1:2] and value[1:].startswith(FORMULA_TRIGGERS):
        return value[1:]
    return value


def csv_text(value: Cell) -> str:
    """One CSV cell: text neutralised, dates in ISO 8601, booleans as yes/no."""
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return _utc(value).isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def write_csv(target: Path | TextIO, header: Sequence[str],
              rows: Iterable[Sequence[Cell]]) -> int:
    """Write a UTF-8 CSV with a BOM (so Excel reads the accents); return the rows written.

    ``target`` is a path or a text stream opened with ``newline=""``.
    """
    if isinstance(target, Path):
        with target.open("w", encoding="utf-8-sig", newline="") as handle:
            return write_csv(handle, header, rows)
    writer = csv.writer(target, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in header])
    count = 0
    for row in rows:
        writer.writerow([csv_text(v) for v in row])
        count += 1
    return count


def _utc(value: datetime) -> datetime:
    """Naive UTC: neither CSV nor Excel keeps a time zone, so every time is written in UTC."""
    return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value


def _shown_length(value: Cell) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    text = value if isinstance(value, str) else str(value)
    return max((len(line) for line in text.split("\n")), default=0)


def write_xlsx(path: Path, header: Sequence[str], rows: Iterable[Sequence[Cell]], *,
               sheet_name: str = "Contacts") -> int:
    """Write an XLSX workbook of one sheet; return the rows written.

    Header row bold and frozen, an autofilter over the data, column widths from the header and
    the first rows. Strings are string cells (never formulas), numbers numbers, booleans
    booleans, dates and times date cells (times in UTC). Streamed (``xlsx_stream``).
    """
    iterator = iter(rows)
    sample: list[Sequence[Cell]] = []
    for row in iterator:
        sample.append(row)
        if len(sample) >= WIDTH_SAMPLE_ROWS:
            break
    widths = [len(h) for h in header]
    for row in sample:
        for col, value in enumerate(row[:len(widths)]):
            widths[col] = max(widths[col], _shown_length(value))
    sheet = SheetWriter(path, sheet_name,
                        [min(max(width + 2, MIN_WIDTH), MAX_WIDTH) for width in widths])
    try:
        sheet.add_row([(title, BOLD) for title in header])
        count = 0
        for row in chain(sample, iterator):
            count += 1
            sheet.add_values(row, FORMULA_TRIGGERS)
        sheet.set_autofilter(max(count, 1) + 1, max(len(header) - 1, 0))
    except BaseException:
        sheet.discard()
        raise
    sheet.close()
    return count


def xlsx_options() -> dict[str, Any]:
    """The XlsxWriter options used here, for callers that build their own workbook."""
    return {"constant_memory": True, "strings_to_formulas": False,
            "strings_to_numbers": False, "strings_to_urls": False}
