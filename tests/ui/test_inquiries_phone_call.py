"""The phone-call story, in the app, on SQLite and PostgreSQL: a journalist calls, the desk logs
the inquiry by keyboard, picks the suggested officer, answers by email, and the summary counts it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import unquote

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from desktop.domain.inquiries import InquiryStatus
from desktop.services import inquiries, releases
from desktop.services.database import Database
from desktop.ui.main_window import INQUIRIES
from desktop.ui.models.inquiries_model import ASSIGNEE, STATUS, TIME_LEFT, TOPIC
from desktop.ui.tasks import InlineTaskRunner
from tests.ui.helpers import add_people

pytestmark = pytest.mark.gui
SAMPLES = Path(__file__).resolve().parent.parent / "data" / "releases"


@pytest.fixture
def desk(qtbot: QtBot, db: Database) -> Iterator[object]:
    from desktop.ui.i18n import Translations
    from desktop.ui.main_window import MainWindow

    add_people(db)
    report = releases.import_releases(db, [SAMPLES / "tajikistan_almaty_process_fr.txt"])
    assert not report.errors
    translations = Translations()
    translations.apply("en")
    window = MainWindow(InlineTaskRunner(), translations)
    qtbot.addWidget(window)
    window.set_database(db)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.inquiries.stop()


def test_phone_call_log_suggest_assign_answer_summary(
        qtbot: QtBot, desk: object, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    window: object = desk
    # Ctrl+Shift+N from the contacts view opens the log form, cursor in Journalist.
    qtbot.keyClick(window, Qt.Key.Key_N,  # type: ignore[arg-type]
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.inquiries.log_dialog  # type: ignore[attr-defined]
    assert dialog is not None and dialog.isVisible()
    assert dialog.focusWidget() is dialog.journalist_edit
    qtbot.keyClicks(dialog.journalist_edit, "Jane Roe")
    qtbot.keyClick(dialog.journalist_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.focusWidget(), "Asia Plus")
    assert dialog.outlet_edit.text() == "Asia Plus"
    dialog.email_edit.setText("jane.roe@asiaplus.tj")
    dialog.topic_edit.setFocus()
    qtbot.keyClicks(dialog.topic_edit, "Almaty process")
    qtbot.waitUntil(lambda: len(dialog.suggestion_rows()) > 1, timeout=3000)
    rows = dialog.suggestion_rows()
    assert rows[0][0] is None  # "Nobody yet" stays first, chosen until the user picks
    assert "Abdulfattoh Shafiev" in rows[1][1]  # the best suggestion, with its reason
    assert " — " in rows[1][1]
    dialog.question_edit.setPlainText("Will Tajikistan chair the next meeting?")
    qtbot.keyClick(dialog, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # tomorrow 10:00
    assert dialog.deadline_check.isChecked()
    dialog.suggestions.setFocus()
    qtbot.keyClick(dialog.suggestions, Qt.Key.Key_Down)
    assert dialog.assignee_id() == rows[1][0]
    qtbot.keyClick(dialog.suggestions, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saved is not None, dialog.error_label.text()
    logged = dialog.saved
    assert logged.journalist.name == "Jane Roe" and logged.assignee_id == rows[1][0]
    assert logged.status == InquiryStatus.ASSIGNED
    assert logged.deadline is not None and logged.deadline_zone

    # The desk shows it, open first, with the time left in words.
    window.show_view(INQUIRIES)  # type: ignore[attr-defined]
    view = window.inquiries.view  # type: ignore[attr-defined]
    model = view.model
    assert model.rowCount() == 1
    assert model.index(0, TOPIC).data() == "Almaty process"
    assert model.index(0, STATUS).data() == "Assigned"
    assert model.index(0, ASSIGNEE).data() == "Abdulfattoh Shafiev"
    assert model.index(0, TIME_LEFT).data().startswith("due in ")

    # Enter on the row opens the answer dialog; "Reply by email" opens a mailto: and, once
    # confirmed, records the answer.
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    answer = window.inquiries.answer_dialog  # type: ignore[attr-defined]
    assert answer is not None and answer.isVisible()
    answer.response_edit.setPlainText("Yes: Tajikistan chairs the Almaty Process in 2026.")
    answer.confirm_sent = lambda: True
    answer.reply_button.click()
    assert len(opened) == 1
    url = unquote(opened[0].toString(QUrl.ComponentFormattingOption.FullyEncoded))
    assert url.startswith("mailto:jane.roe@asiaplus.tj?subject=Re: Almaty process")
    assert "Tajikistan chairs the Almaty Process" in url
    stored = inquiries.get_inquiry(db, logged.id)
    assert stored.status == InquiryStatus.ANSWERED
    assert stored.answered_at is not None
    assert stored.response == "Yes: Tajikistan chairs the Almaty Process in 2026."
    assert model.rowCount() == 0  # off the open desk
    view.status_filter.setCurrentIndex(view.status_filter.findData(""))  # All
    assert model.index(0, STATUS).data() == "Answered"
    assert model.index(0, TIME_LEFT).data() == "Answered"  # no countdown once answered

    # The summary counts it, on time, and draws it.
    view.tabs.setCurrentWidget(view.summary)
    summary = view.summary
    assert summary.total_tile.value_label.text() == "1"
    assert summary.on_time_tile.value_label.text() == "100 %"
    assert summary.overdue_tile.value_label.text() == "0"
    assert "Abdulfattoh Shafiev: 1" in summary.assignee_chart.accessibleDescription()
    assert "Almaty process: 1" in summary.topic_chart.accessibleDescription()


def test_overdue_count_in_the_sidebar_follows_the_clock(
        qtbot: QtBot, desk: object, db: Database) -> None:
    window: object = desk
    now = datetime.now(UTC)
    inquiries.log_inquiry(db, inquiries.InquiryDraft(
        journalist="Jane Roe", topic="Almaty process", received_at=now - timedelta(hours=1),
        deadline=now + timedelta(hours=2)))
    commands = window.inquiries  # type: ignore[attr-defined]
    commands.clock = lambda: now
    commands.count_timer.timeout.emit()
    item = window.navigation.item(INQUIRIES)  # type: ignore[attr-defined]
    assert item.text() == "Inquiries"
    commands.clock = lambda: now + timedelta(hours=3)  # nobody touched anything: time passed
    commands.count_timer.timeout.emit()
    assert item.text() == "Inquiries (1 overdue)"
    assert commands.count_timer.interval() == 30_000 and commands.count_timer.isActive()
    window.show_view(INQUIRIES)  # type: ignore[attr-defined]
    view = commands.view
    assert view.model.index(0, TIME_LEFT).data() == "overdue by 1 h"
    assert view.overdue_label.text() == "1 overdue"
