"""The column-mapping step by keyboard alone: Tab goes from one column's field to the next and
on to Preview and Cancel (the table's own Tab navigation walked its read-only cells and went
round the table for ever), and a field Tab reaches in a long file is scrolled into view."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.dialogs.column_mapping import ColumnMappingDialog

pytestmark = pytest.mark.gui


def _mapping(qtbot: QtBot, window: Any, path: Path) -> ColumnMappingDialog:
    window.imports.import_paths([path])
    importer = window.imports.contact_importer
    qtbot.waitUntil(lambda: importer.mapping_dialog is not None)
    dialog = importer.mapping_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _tab_through(qtbot: QtBot, start: QWidget, presses: int) -> list[QWidget]:
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    seen = []
    for _ in range(presses):
        widget = QApplication.focusWidget()
        assert widget is not None
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return seen


def test_tab_walks_the_fields_then_preview_and_cancel(qtbot: QtBot, window: Any,
                                                      tmp_path: Path) -> None:
    path = tmp_path / "guinea.csv"
    path.write_text("Person;Organisation;Tel;Mail\nIbrahim Sow;OIM Guinée;+224 622 12 34 56;"
                    "isow.sample@iom.int\n", encoding="utf-8")
    dialog = _mapping(qtbot, window, path)
    seen = _tab_through(qtbot, dialog.table, 7)
    assert seen[1:] == [*dialog.choices, dialog.ok_button, dialog.cancel_button]


def test_a_field_reached_by_tab_in_a_long_file_is_in_view(qtbot: QtBot, window: Any,
                                                          tmp_path: Path) -> None:
    headers = [f"Column {n}" for n in range(30)]
    path = tmp_path / "wide.csv"
    path.write_text(";".join(headers) + "\n" + ";".join(f"value {n}" for n in range(30))
                    + "\n", encoding="utf-8")
    dialog = _mapping(qtbot, window, path)
    seen = _tab_through(qtbot, dialog.table, 26)
    last = seen[-1]
    assert last is dialog.choices[24]
    viewport = dialog.table.viewport()
    shown = viewport.rect()
    place = last.geometry()
    assert shown.contains(place.center()), (place, shown)
