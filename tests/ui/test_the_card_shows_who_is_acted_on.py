"""Whatever is in the search field, the card shows the contact that was saved, and every
command acts on the contact the card shows (issue 11, point 1); Enter looks, it does not edit
(point 7)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel
from pytestqt.qtbot import QtBot

from desktop.services import contacts
from desktop.ui.dialogs.contact_dialog import ContactDialog
from tests.ui.helpers import add_people

pytestmark = pytest.mark.gui


def _search(qtbot: QtBot, window: Any, text: str) -> None:
    window.contacts.search_field.setText(text)
    window.contacts._search_now()
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() >= 1, timeout=2000)


def _card_name(window: Any) -> str:
    return str(window.contacts.card.findChild(QLabel, "cardName").text())


def test_a_contact_added_during_a_search_is_the_one_shown_and_archived(
        qtbot: QtBot, window: Any) -> None:
    people = add_people(window.db)
    window.refresh()
    _search(qtbot, window, "shafiev")
    assert _card_name(window) == "Abdulfattoh Shafiev"
    dialog = window.new_contact()
    dialog.name_edit.setText("Moussa Issoufou")
    dialog.phones.edits()[0].setText("+227 20 75 23 25")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None
    assert _card_name(window) == "Moussa Issoufou"
    assert window.contacts.current_contact().id == dialog.saved.id
    # the list does not highlight somebody else while the card shows the new contact
    assert not window.contacts.table.selectionModel().hasSelection()
    window.contacts.table.setFocus()
    window.actions_["archive_contact"].trigger()
    assert contacts.get_contact(window.db, dialog.saved.id).archived
    assert not contacts.get_contact(window.db, people["shafiev"].id).archived


def test_an_edit_during_a_search_keeps_the_edited_contact_shown(qtbot: QtBot,
                                                                window: Any) -> None:
    add_people(window.db)
    window.refresh()
    _search(qtbot, window, "iom")
    rows = [window.contacts.model.index(r, 0).data()
            for r in range(window.contacts.model.rowCount())]
    window.contacts.table.selectRow(rows.index("Hiwot Bekele"))
    dialog = window.edit_contact()
    dialog.name_edit.setText("Hiwot Bekele Tadesse")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert _card_name(window) == "Hiwot Bekele Tadesse"


def test_enter_on_a_result_shows_the_card_and_does_not_edit(qtbot: QtBot, window: Any) -> None:
    add_people(window.db)
    window.refresh()
    window.activateWindow()
    window.contacts.table.setFocus()
    window.contacts.table.selectRow(1)
    opened: list[object] = []
    window.contacts.editRequested.connect(lambda: opened.append(True))
    qtbot.keyClick(window.contacts.table, Qt.Key.Key_Return)
    assert not opened
    assert not [w for w in window.findChildren(QDialog) if w.isVisible()]
    assert _card_name(window) == "Hiwot Bekele"
    assert window.contacts.card.isAncestorOf(window.focusWidget())


def test_the_card_has_edit_archive_and_log_an_inquiry(qtbot: QtBot, window: Any) -> None:
    add_people(window.db)
    window.refresh()
    window.contacts.table.selectRow(0)
    card = window.contacts.card
    logged: list[int] = []
    card.log_inquiry_requested.connect(logged.append)
    edit = card.findChild(QAbstractButton, "cardEditButton")
    assert edit is not None and card.findChild(QAbstractButton, "cardArchiveButton") is not None
    qtbot.mouseClick(card.findChild(QAbstractButton, "cardInquiryButton"),
                     Qt.MouseButton.LeftButton)
    assert logged == [window.contacts.current_contact().id]
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    dialogs = [w for w in window.findChildren(ContactDialog) if w.isVisible()]
    assert dialogs and dialogs[0].name_edit.text() == "Abdulfattoh Shafiev"
    for dialog in window.findChildren(QDialog):
        dialog.reject()


def test_f2_edits_the_contact_on_the_card(qtbot: QtBot, window: Any) -> None:
    add_people(window.db)
    window.refresh()
    window.contacts.table.selectRow(0)
    assert "F2" in [s.toString() for s in window.actions_["edit_contact"].shortcuts()]
