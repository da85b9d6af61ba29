"""Excel workbooks in the app: a dropped .xlsx whose columns Press Desk does not recognise goes
through column mapping (sample values as the person sees them: a phone stored as a number
shows its digits), then the preview, then one transaction. On both databases."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import xlsxwriter
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from desktop.services import contacts
from desktop.services.database import Database
from desktop.ui.importing import file_dialog_filter
from tests.ui.test_contact_import_in_the_app import drop, importer, preview
from tests.ui.test_contact_import_in_the_app import window as window  # the fixture

pytestmark = pytest.mark.gui


@pytest.fixture
def sheet(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "liste des chargés.xlsx"
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Liste")
    ws.write_row(0, 0, ["Personne", "Structure", "Tél", "Courriel"])
    ws.write_row(1, 0, ["Ibrahim Sow", "OIM Guinée", 224622123456.0, "isow@example.org"])
    ws.write_row(2, 0, ["Fatou Camara", "OIM Guinée", "+224 622 55 44 33", None])
    book.close()
    yield path


def test_a_dropped_workbook_is_mapped_previewed_then_imported(
        qtbot: QtBot, window: Any, db: Database, sheet: Path) -> None:
    drop(window, sheet)
    mapping = importer(window).mapping_dialog
    assert mapping is not None and mapping.isVisible()
    table = mapping.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
        "Personne", "Structure", "Tél", "Courriel"]
    assert "224622123456" in table.item(2, 1).text()  # digits, not 2.24622123456E11
    assert ".0" not in table.item(2, 1).text()
    assert mapping.choices[0].currentData() == "name"
    assert mapping.choices[2].currentData() == "phone"
    assert mapping.choices[3].currentData() == "email"
    mapping.set_field("Structure", "office")
    qtbot.mouseClick(mapping.ok_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    dialog = preview(window)
    assert dialog.cards_by_action() == {"create": ["Ibrahim Sow", "Fatou Camara"]}
    assert contacts.count_contacts(db) == 0  # nothing written before Import
    with qtbot.waitSignal(importer(window).imported, timeout=5000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    imported = {c.name: c for c in contacts.list_contacts(db, limit=10)}
    assert sorted(imported) == ["Fatou Camara", "Ibrahim Sow"]
    sow = imported["Ibrahim Sow"]
    assert sow.office is not None and sow.office.name == "OIM Guinée"
    assert [p.e164 for p in sow.phones] == ["+224622123456"]
    drop(window, sheet)  # again: the same mapping step, then nothing new
    mapping = importer(window).mapping_dialog
    assert mapping is not None
    mapping.set_field("Structure", "office")
    qtbot.mouseClick(mapping.ok_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert preview(window).summary.text().startswith("To create: 0")


def test_the_open_dialog_offers_workbooks() -> None:
    assert "*.xlsx" in file_dialog_filter("Releases and contacts", "All files")
