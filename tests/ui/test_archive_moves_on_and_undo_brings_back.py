"""Del on a contact's card, a search still in the field: the card moves on to the next result
(or, with no other result, says the person is archived and offers nothing that acts on them);
Ctrl+Z brings the person back into the results and onto the card, selected. Undo put them
back in the list while the card stayed on the next person."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolButton
from pytestqt.qtbot import QtBot

from desktop.services import contacts
from desktop.services.database import Database
from tests.ui.helpers import add_people

pytestmark = pytest.mark.gui


def _search(qtbot: QtBot, window: Any, text: str) -> Any:
    view = window.contacts
    view.search_field.setText(text)
    view._search_now()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: view.card.record is not None)
    return view


def _names(view: Any) -> list[str]:
    return [view.model.contact(row).name for row in range(view.model.rowCount())]


def _selected(view: Any) -> list[str]:
    return [view.model.contact(i.row()).name for i in view.table.selectionModel().selectedRows()]


def test_del_moves_the_card_on_and_ctrl_z_brings_the_person_back(
        qtbot: QtBot, window: Any, sqlite_db: Database) -> None:
    add_people(sqlite_db)
    contacts.add_contact(sqlite_db, contacts.ContactDraft(name="Hiwot Shafieva",
                                                          office="IOM Ethiopia"))
    view = _search(qtbot, window, "shafie")
    assert _names(view) == ["Abdulfattoh Shafiev", "Hiwot Shafieva"]
    view.card.focus_first_action()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: _names(view) == ["Hiwot Shafieva"])
    assert view.card.record is not None and view.card.record.name == "Hiwot Shafieva"
    assert not view.card.record.archived and _selected(view) == ["Hiwot Shafieva"]
    assert view.search_field.text() == "shafie"
    assert "Ctrl+Z" in window.statusBar().currentMessage()

    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(_names(view)) == 2)
    record = view.card.record
    assert record is not None and record.name == "Abdulfattoh Shafiev" and not record.archived
    assert _selected(view) == ["Abdulfattoh Shafiev"]
    assert window.actions_["archive_contact"].isEnabled()


def test_the_only_result_archived_stays_on_the_card_said_archived(
        qtbot: QtBot, window: Any, sqlite_db: Database) -> None:
    add_people(sqlite_db)
    view = _search(qtbot, window, "bekele")
    window.archive_contact()
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    record = view.card.record
    assert record is not None and record.name == "Hiwot Bekele" and record.archived
    archived = view.card.findChild(QLabel, "cardArchived")
    assert archived is not None and archived.isVisible()
    buttons = {b.objectName(): b.isEnabled() for b in view.card.findChildren(QToolButton)}
    assert buttons["cardEditButton"] is False and buttons["cardArchiveButton"] is False
    assert not window.actions_["archive_contact"].isEnabled()
