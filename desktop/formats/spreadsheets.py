"""Excel-safe CSV and XLSX writers: streamed, typed, and never letting data become a formula.

A spreadsheet runs a cell as a formula when its text starts with ``=``, ``+``, ``-`` or ``@``
(and some strip a leading tab or carriage return first): a contact named
``=HYPERLINK("http://evil", "Click")`` would become a live link (OWASP "CSV injection").

- **CSV** has no cell types, so such a cell is written with a leading single quote
  (``'=HYPERLINK(…)``): Excel, LibreOffice and Google Sheets then show it as text. A phone in
  its international form (``+992 48 701 0222``) starts with ``+`` and would otherwise be parsed
  as the formula ``+992 48 701 0222`` (an error cell), so it is prefixed too: ``'+992 48 701
  0222`` stays readable, the quote is the only change, and Press Desk's own CSV import strips it.
- **XLSX** cells are typed: every string from data is written with ``write_string`` (a string
  cell is never evaluated), and a string starting with a trigger character also gets Excel's
  *quote prefix* cell style: the value is stored exactly as typed (``+992 48 701 0222``,
  ``=HYPERLINK(…)``), shown as text, and stays text if someone edits the cell and presses Enter.

Both writers take a header row and an iterator of rows and stream them: memory does not grow
with the number of rows (XlsxWriter in ``constant_memory`` mode).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TextIO

import xlsxwriter

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
    booleans, dates and times date cells (times in UTC).
    """
    workbook = xlsxwriter.Workbook(str(path), xlsx_options())
    try:
        sheet = workbook.add_worksheet(sheet_name[:31])
        bold = workbook.add_format({"bold": True})
        quoted = workbook.add_format({"quote_prefix": True})
        wrapped_quoted = workbook.add_format({"quote_prefix": True, "text_wrap": True})
        wrapped = workbook.add_format({"text_wrap": True})
        day = workbook.add_format({"num_format": "yyyy-mm-dd"})
        moment = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm"})

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
        for col, width in enumerate(widths):
            sheet.set_column(col, col, min(max(width + 2, MIN_WIDTH), MAX_WIDTH))

        for col, title in enumerate(header):
            sheet.write_string(0, col, title, bold)
        sheet.freeze_panes(1, 0)

        def write_row(row_number: int, row: Sequence[Cell]) -> None:
            for col, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, str):
                    multiline = "\n" in value
                    if is_formula_like(value):
                        style = wrapped_quoted if multiline else quoted
                        sheet.write_string(row_number, col, value, style)
                    else:
                        sheet.write_string(row_number, col, value,
                                           wrapped if multiline else None)
                elif isinstance(value, bool):
                    sheet.write_boolean(row_number, col, value)
                elif isinstance(value, datetime):
                    sheet.write_datetime(row_number, col, _utc(value), moment)
                elif isinstance(value, date):
                    sheet.write_datetime(row_number, col,
                                         datetime(value.year, value.month, value.day), day)
                else:
                    sheet.write_number(row_number, col, value)

        count = 0
        for row in sample:
            count += 1
            write_row(count, row)
        for row in iterator:
            count += 1
            write_row(count, row)
        sheet.autofilter(0, 0, max(count, 1), max(len(header) - 1, 0))
    finally:
        workbook.close()
    return count


def xlsx_options() -> dict[str, Any]:
    """The XlsxWriter options used here, for callers that build their own workbook."""
    return {"constant_memory": True, "strings_to_formulas": False,
            "strings_to_numbers": False, "strings_to_urls": False}
