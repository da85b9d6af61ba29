"""The streaming XLSX writer gives the cells XlsxWriter gives: the same values, types, number
formats, quote prefixes and wrapping, read back by openpyxl, for awkward text included; and
text shaped like rich-text markup stays text (XlsxWriter's constant-memory mode lost it)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import xlsxwriter
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.formats.spreadsheets import Cell, write_xlsx, xlsx_options

AWKWARD = ["=HYPERLINK(\"http://evil.example\",\"Click\")", "+992 48 701 0222", "-cmd", "@x",
           "\ttab", " leading and trailing ", "line one\nline two", "=a\nb", "_x0041_ literal",
           "bell\x07 and \x1f", "<b>&amp;</b>", "Ольга Иванова", "ليلى الخطيب",
           "x" * 40_000, "\ufffe"]


def with_xlsxwriter(path: Path, header: list[str], rows: list[list[Cell]]) -> None:
    """What write_xlsx did with XlsxWriter before it streamed by hand."""
    book = xlsxwriter.Workbook(str(path), xlsx_options())
    sheet = book.add_worksheet("Contacts")
    bold = book.add_format({"bold": True})
    quoted = book.add_format({"quote_prefix": True})
    wrapped_quoted = book.add_format({"quote_prefix": True, "text_wrap": True})
    wrapped = book.add_format({"text_wrap": True})
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    moment = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    for col, title in enumerate(header):
        sheet.write_string(0, col, title, bold)
    for r, row in enumerate(rows, start=1):
        for col, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, str):
                trigger = value.startswith(("=", "+", "-", "@", "\t", "\r"))
                style = (wrapped_quoted if trigger else wrapped) if "\n" in value else (
                    quoted if trigger else None)
                sheet.write_string(r, col, value, style)
            elif isinstance(value, bool):
                sheet.write_boolean(r, col, value)
            elif isinstance(value, datetime):
                sheet.write_datetime(r, col, value, moment)
            elif isinstance(value, date):
                sheet.write_datetime(r, col, datetime(value.year, value.month, value.day), day)
            else:
                sheet.write_number(r, col, value)
    book.close()


def cells(path: Path) -> list[list[tuple[Any, ...]]]:
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    return [[(c.value, c.number_format, c.quotePrefix, bool(c.alignment.wrap_text), c.font.b)
             for c in row] for row in sheet.iter_rows()]


def test_awkward_cells_read_back_as_xlsxwriter_wrote_them(tmp_path: Path) -> None:
    header = ["Text", "n", "flag", "at", "day"]
    rows: list[list[Cell]] = [[text, n, n % 2 == 0, datetime(2026, 11, 29, 9, n),
                               date(1999, 12, 31)] for n, text in enumerate(AWKWARD)]
    rows.append([None, 3.25, None, None, None])
    rows.append([None, 10**17, None, None, None])
    write_xlsx(tmp_path / "mine.xlsx", header, rows)
    with_xlsxwriter(tmp_path / "theirs.xlsx", header, rows)
    assert cells(tmp_path / "mine.xlsx") == cells(tmp_path / "theirs.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "mine.xlsx").active
    assert sheet is not None
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:E{len(rows) + 1}"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=30), min_size=1, max_size=5))
def test_any_text_reads_back_as_xlsxwriter_wrote_it(tmp_path_factory: Any,
                                                   texts: list[str]) -> None:
    folder = tmp_path_factory.mktemp("cells")
    rows: list[list[Cell]] = [[t.encode("utf-8", "replace").decode("utf-8")] for t in texts]
    write_xlsx(folder / "mine.xlsx", ["Text"], rows)
    with_xlsxwriter(folder / "theirs.xlsx", ["Text"], rows)
    assert cells(folder / "mine.xlsx") == cells(folder / "theirs.xlsx")


def test_text_shaped_like_rich_text_markup_stays_text(tmp_path: Path) -> None:
    # XlsxWriter's constant-memory mode writes a string "<r>…</r>" into the XML unescaped, as
    # rich text: the cell came back empty. A contact may be called anything.
    write_xlsx(tmp_path / "mine.xlsx", ["Name"], [["<r>rich?</r>"], ["<r><t>x</t></r>"]])
    assert [row[0][0] for row in cells(tmp_path / "mine.xlsx")] == [
        "Name", "<r>rich?</r>", "<r><t>x</t></r>"]
