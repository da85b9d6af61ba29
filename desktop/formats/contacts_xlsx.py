"""Reading contact spreadsheets saved as Excel workbooks (.xlsx): the CSV row path, fed cells.

A sheet is rows of cells, so the header row is matched by the same rules as a CSV's
(``contacts_csv.map_columns``: Google, Outlook, Press Desk's own export, any ``--map``) and
each row becomes a card through the same ``row_card``. What differs is only how a cell becomes
text, which is where spreadsheets lose data:

- a phone typed into Excel is often stored as a number (``41227308000``, read back as the float
  ``41227308000.0``): it is written back as its digits, never ``4.1227308E10`` or ``…000.0``,
  with the leading zeros a ``00000000000`` number format shows;
- dates and times are cells holding numbers: they are read as ISO text (``2026-11-29``);
- a formula is never read: the value Excel last computed and saved is (``data_only``);
- empty rows, including the many trailing ones some programs leave, are skipped.

The workbook is streamed (openpyxl's read-only mode): memory does not grow with the rows.
The sheet read is the first visible one whose header Press Desk recognises, else the active one.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.formats.contact_card import ContactFileError, ParsedCard
from desktop.formats.contacts_csv import CsvLayout, map_columns, row_card

SUFFIXES = frozenset({".xlsx", ".xlsm"})
"""Workbooks openpyxl reads (Office Open XML)."""

ZIP_MAGIC = b"PK\x03\x04"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""The container of Excel 97–2003 .xls files and of password-protected .xlsx files."""


def cell_text(value: object, number_format: str | None = None) -> str:
    """A cell's value as the text a person typed or sees: numbers without ``.0`` or exponent
    (phones stored as numbers), dates in ISO 8601, booleans as Excel shows them."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return _padded(str(value), number_format)
    if isinstance(value, float):
        if value.is_integer():
            return _padded(str(int(value)), number_format)
        text = repr(value)
        return format(Decimal(text), "f") if "e" in text or "E" in text else text
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        spec = "minutes" if not (value.second or value.microsecond) else "seconds"
        return value.isoformat(sep=" ", timespec=spec)
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


def _padded(digits: str, number_format: str | None) -> str:
    """Leading zeros an all-zeros number format shows (``00000000000``): part of the number."""
    if number_format and len(number_format) > len(digits) and set(number_format) == {"0"}:
        return digits.zfill(len(number_format))
    return digits


class XlsxContacts:
    """A contact workbook opened for reading: its layout first, then its rows as cards."""

    def __init__(self, path: Path, mapping: Mapping[str, str] | None = None) -> None:
        self.path = path
        self.mapping = mapping
        workbook = _Workbook(path)
        try:
            chosen: tuple[str, int, list[str], CsvLayout] | None = None
            fallback: tuple[str, int, list[str], CsvLayout] | None = None
            active = workbook.book.active
            for sheet in workbook.book.worksheets:
                found = _header(sheet)
                if found is None:
                    continue
                number, headers = found
                columns, unmapped = map_columns(headers, mapping)
                layout = CsvLayout("", "", tuple(columns), tuple(unmapped))
                candidate = (sheet.title, number, headers, layout)
                visible = getattr(sheet, "sheet_state", "visible") == "visible"
                if layout.recognised and visible:
                    chosen = candidate
                    break
                if fallback is None or sheet is active:
                    fallback = candidate
        except ContactFileError:
            raise
        except Exception as error:
            raise ContactFileError(
                f"{path.name}: the workbook is damaged: {_reason(error)}") from error
        finally:
            workbook.close()
        chosen = chosen or fallback
        if chosen is None:
            raise ContactFileError(
                f"{path.name}: the workbook is empty (no sheet has a header row)")
        self.sheet, self.header_row, self.headers, self.layout = chosen

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(row number, cells as text) for each non-empty row below the header."""
        workbook = _Workbook(self.path)
        try:
            sheet = workbook.book[self.sheet]
            sheet.reset_dimensions()  # some writers record a wrong used range: read every row
            rows = sheet.iter_rows(min_row=self.header_row + 1)
            number = self.header_row
            while True:
                try:
                    cells = next(rows, None)
                except Exception as error:
                    raise ContactFileError(
                        f"{self.path.name}, row {number + 1}: the workbook is damaged: "
                        f"{_reason(error)}"
                    ) from error
                if cells is None:
                    return
                number = _row_number(cells, number + 1)
                texts = [cell_text(c.value, getattr(c, "number_format", None)) for c in cells]
                if any(t.strip() for t in texts):
                    yield number, texts
        finally:
            workbook.close()

    def cards(self) -> Iterator[ParsedCard]:
        """One card per row with a name, an address or a number; ``where`` is "row N"."""
        columns = self.layout.columns
        for number, texts in self.rows():
            card = row_card(columns, texts, f"row {number}", quoted=False)
            if card is not None:
                yield card


class _Workbook:
    """A workbook opened for streaming; anything but a readable .xlsx refused with the reason.

    openpyxl is given the open file, not its name: it refuses names without an Excel suffix,
    and ``--format xlsx`` reads a workbook whatever it is called.
    """

    def __init__(self, path: Path) -> None:
        self._handle = path.open("rb")
        try:
            head = self._handle.read(8)
            if not head:
                raise ContactFileError(f"{path.name}: the file is empty")
            if head.startswith(OLE2_MAGIC):
                raise ContactFileError(
                    f"{path.name}: it is an Excel 97–2003 workbook (.xls) or a "
                    "password-protected one; save it as .xlsx (Excel Workbook) or CSV without "
                    "a password and import that")
            if not head.startswith(ZIP_MAGIC):
                raise ContactFileError(
                    f"{path.name}: it is not an Excel workbook (.xlsx): it is not a zip archive")
            self._handle.seek(0)
            from openpyxl import load_workbook

            try:
                self.book: Any = load_workbook(self._handle, read_only=True, data_only=True,
                                               keep_links=False)
            except OSError:
                raise
            except Exception as error:
                raise ContactFileError(
                    f"{path.name}: it is not a readable Excel workbook (.xlsx): "
                    f"{_reason(error)}"
                ) from error
        except BaseException:
            self._handle.close()
            raise

    def close(self) -> None:
        try:
            self.book.close()
        finally:
            self._handle.close()


def _header(sheet: Any) -> tuple[int, list[str]] | None:
    """The first non-empty row of ``sheet`` (its number and cells as text), if any."""
    sheet.reset_dimensions()
    number = 0
    for cells in sheet.iter_rows():
        number = _row_number(cells, number + 1)
        texts = [cell_text(c.value, getattr(c, "number_format", None)) for c in cells]
        if any(t.strip() for t in texts):
            while texts and not texts[-1].strip():
                texts.pop()
            return number, texts
    return None


def _row_number(cells: tuple[Any, ...], expected: int) -> int:
    """The sheet's own row number (rows absent from the file are skipped, not yielded)."""
    for cell in cells:
        row = getattr(cell, "row", None)
        if isinstance(row, int):
            return row
    return expected


def _reason(error: BaseException) -> str:
    text = str(error).strip()
    return f"{type(error).__name__}: {text}" if text else type(error).__name__
