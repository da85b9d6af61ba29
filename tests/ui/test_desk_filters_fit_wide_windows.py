"""The desk's filter lists stop at a name's width in a wide window (at 1400×900 each list was
340 px wide for "Open" and the row ran to the window's edge, the room left empty inside the
lists), and still take the room there is at 800×600."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.services.database import Database
from desktop.ui.main_window import narrow_combo_boxes
from desktop.ui.tasks import InlineTaskRunner
from desktop.ui.views.inquiries_view import FILTER_CHARACTERS, InquiriesView

pytestmark = pytest.mark.gui


def _view(qtbot: QtBot, db: Database, width: int) -> InquiriesView:
    view = InquiriesView(db, InlineTaskRunner())
    qtbot.addWidget(view)
    narrow_combo_boxes(view)  # as the window does when it shows the view
    view.resize(width, 600)
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    return view


def test_wide_window_lists_stop_at_a_names_width(qtbot: QtBot, sqlite_db: Database) -> None:
    view = _view(qtbot, sqlite_db, 1240)  # 1400 px less the sidebar
    widest = view.fontMetrics().averageCharWidth() * FILTER_CHARACTERS
    combos = (view.status_filter, view.assignee_filter, view.office_filter,
              view.outlet_filter, view.period_filter)
    assert all(combo.width() <= widest for combo in combos), [c.width() for c in combos]
    right = view.office_filter.geometry().right()
    assert right < view.width() - 200  # the room is left on the right, not inside the lists


def test_small_window_lists_take_the_room_there_is(qtbot: QtBot, sqlite_db: Database) -> None:
    view = _view(qtbot, sqlite_db, 740)  # 800 px less the icons-only sidebar
    right = view.office_filter.geometry().right()
    assert right > view.width() - 40
