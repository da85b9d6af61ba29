"""Alt+1 … Alt+4 put the keyboard on what the view is worked with: the search field (its text
chosen, a search still in it), the offices, the releases, the desk's inquiries. The pages
themselves took the focus and no keys, so ↓ and Enter did nothing after Alt+4 until Tab."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.services import inquiries
from desktop.services.database import Database
from tests.ui.helpers import add_people

pytestmark = pytest.mark.gui


def _press(qtbot: QtBot, window: Any, key: Qt.Key) -> Any:
    window.activateWindow()
    focused = QApplication.focusWidget() or window
    qtbot.keyClick(focused, key, Qt.KeyboardModifier.AltModifier)
    return QApplication.focusWidget()


def test_alt_and_a_number_put_the_keyboard_on_the_views_list(
        qtbot: QtBot, window: Any, sqlite_db: Database) -> None:
    from datetime import UTC, datetime, timedelta

    add_people(sqlite_db)
    inquiries.log_inquiry(sqlite_db, inquiries.InquiryDraft(
        journalist="Jane Roe", outlet="Asia-Plus", topic="Drought",
        received_at=datetime.now(UTC), deadline=datetime.now(UTC) + timedelta(hours=2)))
    window.contacts.search_field.setText("almaty")  # a search still in the field
    assert _press(qtbot, window, Qt.Key.Key_2) is window.offices.tree
    assert _press(qtbot, window, Qt.Key.Key_3) is window.releases.table
    focused = _press(qtbot, window, Qt.Key.Key_4)
    desk = window.inquiries.view
    assert focused is desk.table
    qtbot.waitUntil(lambda: desk.model.rowCount() == 1)
    qtbot.keyClick(desk.table, Qt.Key.Key_Down)
    assert desk.current_id() is not None  # ↓ chose the inquiry, so Enter can answer it
    field = window.contacts.search_field
    assert _press(qtbot, window, Qt.Key.Key_1) is field
    assert field.selectedText() == "almaty"  # typing replaces it, ↓ goes to the results
