"""The window by keyboard alone: Tab and F6 through search, results and card, the card's
actions on shortcuts, the form opening in Name, Ctrl+Z from anywhere but a text field (issue 11,
point 2)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.services import contacts
from tests.ui.helpers import add_people

pytestmark = pytest.mark.gui


def _ready(qtbot: QtBot, window: Any) -> dict[str, Any]:
    people = add_people(window.db)
    window.refresh()
    window.contacts.table.selectRow(0)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return people


def _focus() -> Any:
    return QApplication.focusWidget()


def test_tab_goes_from_search_to_results_to_the_card(qtbot: QtBot, window: Any) -> None:
    _ready(qtbot, window)
    view = window.contacts
    view.search_field.setFocus()
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    assert _focus() is view.table
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    assert view.card.isAncestorOf(_focus()), "Tab leaves the results for the card"
    assert _focus().objectName() == "cardEditButton"
    names = []
    for _ in range(6):
        qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
        names.append(_focus().objectName())
    assert "callButton0" in names and "copyPhoneButton0" in names
    view.card.focus_first_action()
    qtbot.keyClick(_focus(), Qt.Key.Key_Backtab)
    assert _focus() is view.table


def test_f6_cycles_the_panes(qtbot: QtBot, window: Any) -> None:
    _ready(qtbot, window)
    view = window.contacts
    view.search_field.setFocus()
    seen = []
    for _ in range(4):
        qtbot.keyClick(_focus(), Qt.Key.Key_F6)
        seen.append(_focus())
    assert seen[0] is view.table
    assert view.card.isAncestorOf(seen[1])
    assert seen[2] is window.navigation
    assert seen[3] is view.search_field


def test_the_cards_actions_have_shortcuts(qtbot: QtBot, window: Any,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    _ready(qtbot, window)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: opened.append(QUrl(url).toString()) or True)
    window.contacts.table.setFocus()
    for action in ("call_contact", "write_contact", "whatsapp_contact"):
        assert window.actions_[action].shortcuts(), action
    qtbot.keyClick(window.contacts.table, Qt.Key.Key_D,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.contacts.table, Qt.Key.Key_M,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert opened == ["tel:+992487010222", "mailto:abdulfattoh@inbox.ru"]


def test_the_new_contact_form_opens_in_name(qtbot: QtBot, window: Any) -> None:
    _ready(qtbot, window)
    dialog = window.new_contact()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.name_edit.hasFocus, timeout=2000)
    dialog.reject()


def test_ctrl_z_undoes_from_the_results_and_says_what_it_did(qtbot: QtBot,
                                                             window: Any) -> None:
    people = _ready(qtbot, window)
    window.contacts.table.setFocus()
    qtbot.keyClick(window.contacts.table, Qt.Key.Key_Delete)
    assert contacts.get_contact(window.db, people["shafiev"].id).archived
    focused = _focus()
    qtbot.keyClick(focused, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not contacts.get_contact(window.db, people["shafiev"].id).archived
    assert "Undid" in window.statusBar().currentMessage()
    assert "Abdulfattoh Shafiev" in window.statusBar().currentMessage()


def test_ctrl_z_in_the_search_field_undoes_the_typing_only(qtbot: QtBot, window: Any) -> None:
    people = _ready(qtbot, window)
    window.contacts.table.setFocus()
    qtbot.keyClick(window.contacts.table, Qt.Key.Key_Delete)
    field = window.contacts.search_field
    field.setFocus()
    qtbot.keyClicks(field, "abc")
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.text() != "abc"
    assert contacts.get_contact(window.db, people["shafiev"].id).archived


def test_keyboard_help_lists_undo_redo_and_panes(window: Any) -> None:
    rows = dict(window.actions_.shortcut_rows())
    assert any(what.startswith("Undo") for what in rows)
    assert any(what.startswith("Redo") for what in rows)
    assert any("F6" in keys for keys in rows.values())
