"""Whole rows of text read back as XlsxWriter wrote them, whatever sits beside what: the writer
checks a row's text at once and must still keep each cell's spaces, tabs, escapes and style."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.formats.spreadsheets import Cell, write_xlsx
from tests.exchange.test_export_xlsx_cells_as_xlsxwriter_writes_them import (
    cells,
    with_xlsxwriter,
)

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
XML = "http://www.w3.org/XML/1998/namespace"
PLAIN = st.sampled_from(["Ana Núñez", "office", "Ольга", "ليلى الخطيب", "a", "", "x_y",
                         "press@iom.int", "Dushanbe"])
TRICKY = st.sampled_from([" ", "\t", " ", "\t", " ", "\t", "\n", "\r", "\xa0", "\u3000",
                          "_x0041_", "<", "&", "=", "+", "-", "@", "\x07", "\ufffe"])
"""Spaces and tabs thrice: beside a value's edge they are what the writer's row check must see."""


@st.composite
def texts(draw: st.DrawFn) -> str:
    """Mostly plain text; now and then one awkward piece at its start, middle or end."""
    word = draw(PLAIN)
    if draw(st.integers(0, 2)):
        return word
    piece, at = draw(TRICKY), draw(st.integers(0, 2))
    return [piece + word, word[:2] + piece + word[2:], word + piece][at]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.none() | texts(), min_size=1, max_size=6), min_size=1, max_size=4))
def test_rows_of_several_texts_read_back_as_xlsxwriter_wrote_them(
        tmp_path_factory: Any, rows: list[list[str | None]]) -> None:
    folder = tmp_path_factory.mktemp("rows")
    width = max(len(row) for row in rows)
    table: list[list[Cell]] = [[*row, *[None] * (width - len(row))] for row in rows]
    header = [f"Column {n}" for n in range(1, width + 1)]
    write_xlsx(folder / "mine.xlsx", header, table)
    with_xlsxwriter(folder / "theirs.xlsx", header, table)
    assert cells(folder / "mine.xlsx") == cells(folder / "theirs.xlsx")
    assert_spaces_kept(folder / "mine.xlsx")


def assert_spaces_kept(path: Path) -> None:
    """Excel drops a text's leading and trailing spaces unless ``xml:space`` keeps them
    (openpyxl keeps them either way, so the XML is looked at)."""
    with zipfile.ZipFile(path) as package:
        sheet = ElementTree.fromstring(package.read("xl/worksheets/sheet1.xml"))
    for element in sheet.iter(f"{{{MAIN}}}t"):
        text = element.text or ""
        if text[:1].isspace() or text[-1:].isspace():
            assert element.get(f"{{{XML}}}space") == "preserve", repr(text)


def test_a_row_of_plain_text_beside_a_phone_keeps_the_quote_prefix_only_on_the_phone(
        tmp_path: Path) -> None:
    write_xlsx(tmp_path / "mine.xlsx", ["Name", "Phone", "Kind"],
               [["Ana Núñez", "+992 48 701 0222", "office"], [" Ana", "Núñez ", "a\tb"]])
    with_xlsxwriter(tmp_path / "theirs.xlsx", ["Name", "Phone", "Kind"],
                    [["Ana Núñez", "+992 48 701 0222", "office"], [" Ana", "Núñez ", "a\tb"]])
    mine = cells(tmp_path / "mine.xlsx")
    assert mine == cells(tmp_path / "theirs.xlsx")
    assert [cell[2] for cell in mine[1]] == [False, True, False]  # quote prefix
    assert [cell[0] for cell in mine[2]] == [" Ana", "Núñez ", "a\tb"]
    assert_spaces_kept(tmp_path / "mine.xlsx")
