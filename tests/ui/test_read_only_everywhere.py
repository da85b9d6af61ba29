"""Read-only mode reaches every writing button, not only the menus: the Inquiries view (log,
assign/answer/close), the contact card (edit, archive, log an inquiry), the journalist card,
the release reader and the offices view; each disabled with the reason as its tooltip, and
kept disabled when its view would enable it. On a read-only SQLite medium and a PostgreSQL
role that may only read."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.services.database import Database, open_database
from desktop.services.inquiries import InquiryDraft, log_inquiry
from desktop.ui import read_only
from desktop.ui.main_window import INQUIRIES, OFFICES
from tests.ui import test_read_only as read_only_windows

# The read-only directory on each engine (a read-only SQLite medium, a PostgreSQL role that
# may only read) and a window on it, as test_read_only.py makes them.
reader_url = read_only_windows.reader_url
reader = read_only_windows.reader
reading_window = read_only_windows.reading_window

pytestmark = pytest.mark.gui


@pytest.fixture
def logged(db_url: str) -> Iterator[int]:
    """An inquiry on record before the directory is opened read-only."""
    owner = open_database(db_url)
    record = log_inquiry(owner, InquiryDraft(journalist="Sam Reed", outlet="Reuters",
                                             topic="Floods in Kenya"))
    owner.dispose()
    yield record.id


def held(widget: QWidget) -> bool:
    return not widget.isEnabled() and "Read-only" in widget.toolTip()


def test_inquiries_cannot_be_logged_or_answered(
        qtbot: QtBot, logged: int, reading_window: Any, reader: Database) -> None:
    window = reading_window
    window.show_view(INQUIRIES)
    view = window.inquiries.ensure_view()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    assert held(view.log_button)
    assert view.select_inquiry(logged)
    assert held(view.open_button)  # a selection enables it elsewhere; not here
    view.open_current()  # Enter on the row: refused, with why
    assert window.inquiries.answer_dialog is None
    assert "Read-only" in window.statusBar().currentMessage()
    assert window.inquiries.log() is None and window.inquiries.log_to_contact(1) is None
    # Views that enable a button later (a selection, a language change) cannot undo it.
    view.open_button.setEnabled(True)
    view.retranslate_ui()
    assert held(view.open_button) and held(view.log_button)


def test_cards_and_other_views_offer_no_change(qtbot: QtBot, reading_window: Any,
                                               reader: Database) -> None:
    window = reading_window
    window.refresh()
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 1, timeout=5000)
    window.contacts.table.selectRow(0)
    qtbot.waitUntil(lambda: window.contacts.current_contact() is not None, timeout=5000)
    card = window.contacts.card
    for name in ("cardEditButton", "cardArchiveButton", "cardInquiryButton"):
        button = card.findChild(QToolButton, name)
        assert button is not None and held(button), name
    assert window.findChild(QAction, "action_check_feeds").isEnabled() is False
    window.show_view(OFFICES)
    for name in ("editOfficeButton", "logInquiryAboutRelease"):
        button = window.findChild(QPushButton, name)
        assert button is not None, name
        button.setEnabled(True)  # what the view does when an office or release is chosen
        assert held(button), name
    for name in read_only.WRITING_ACTIONS:
        assert not window.actions_[name].isEnabled(), name
