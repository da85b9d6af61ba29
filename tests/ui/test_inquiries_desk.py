"""The Inquiries view and its dialogs: the paged model, filters, time left with a fixed clock,
exports, the log form opened pre-filled from a card and from a release, refusals shown in place.
"""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton
from pytestqt.qtbot import QtBot

from desktop.domain.inquiries import InquiryStatus
from desktop.domain.records import ContactRecord
from desktop.services import inquiries
from desktop.services.database import Database
from desktop.ui.dialogs.answer_dialog import AnswerDialog
from desktop.ui.dialogs.inquiry_dialog import InquiryDialog, Prefill
from desktop.ui.models.inquiries_model import (
    INQUIRY_ID_ROLE,
    TIME_LEFT,
    TOPIC,
    URGENCY_ROLE,
    InquiriesModel,
)
from desktop.ui.tasks import InlineTaskRunner
from desktop.ui.views.inquiries_view import InquiriesView
from tests.ui.helpers import add_people

pytestmark = pytest.mark.gui
NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def _desk(db: Database) -> dict[str, ContactRecord]:
    """Three open inquiries (one overdue at NOW), one answered."""
    people = add_people(db)
    rows = (("Almaty process", -2, people["shafiev"].id), ("Drought", 1, None),
            ("Returns", 30, people["bekele"].id), ("Budget", 5, people["bekele"].id))
    for topic, hours, assignee in rows:
        inquiries.log_inquiry(db, inquiries.InquiryDraft(
            journalist="Jane Roe", outlet="Asia-Plus", email="jane.roe@asiaplus.tj",
            topic=topic, received_at=NOW - timedelta(hours=6),
            deadline=NOW + timedelta(hours=hours), assignee_id=assignee))
    budget = next(r for r in inquiries.list_inquiries(db) if r.topic == "Budget")
    inquiries.update_inquiry(db, budget.id, inquiries.InquiryChanges(
        status=InquiryStatus.ANSWERED, response="Done.", answered_at=NOW - timedelta(hours=1)))
    return people


def test_model_pages_in_desk_order_and_passes_the_model_tester(
        qtmodeltester: object, db: Database) -> None:
    _desk(db)
    model = InquiriesModel(db, InlineTaskRunner(), page_size=2, clock=lambda: NOW)
    model.refresh()
    assert model.rowCount() == 2 and model.canFetchMore()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 4
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    topics = [model.index(r, TOPIC).data() for r in range(4)]
    assert topics == ["Almaty process", "Drought", "Returns", "Budget"]  # open first, by deadline
    words = [model.index(r, TIME_LEFT).data() for r in range(4)]
    assert words == ["overdue by 2 h", "due in 1 h", "due in 30 h", "Answered"]
    assert model.index(0, TIME_LEFT).data(URGENCY_ROLE) == "overdue"
    assert model.index(1, TIME_LEFT).data(URGENCY_ROLE) == "later"  # beyond the 30 min lead
    model.lead = timedelta(hours=2)
    assert model.index(1, TIME_LEFT).data(URGENCY_ROLE) == "soon"


def test_filters_by_status_and_assignee(qtbot: QtBot, db: Database) -> None:
    people = _desk(db)
    view = InquiriesView(db, InlineTaskRunner(), clock=lambda: NOW)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 3  # open by default
    assert view.overdue_label.text() == "1 overdue"
    view.status_filter.setCurrentIndex(view.status_filter.findData(""))
    assert view.model.rowCount() == 4
    view.assignee_filter.setCurrentIndex(view.assignee_filter.findData(people["bekele"].id))
    assert {view.model.index(r, TOPIC).data() for r in range(view.model.rowCount())} == {
        "Returns", "Budget"}
    view.status_filter.setCurrentIndex(view.status_filter.findData("answered"))
    assert [view.model.index(r, TOPIC).data() for r in range(view.model.rowCount())] == [
        "Budget"]


def test_time_left_words_move_with_the_clock_without_a_query(qtbot: QtBot, db: Database) -> None:
    _desk(db)
    clock = [NOW]
    view = InquiriesView(db, InlineTaskRunner(), clock=lambda: clock[0])
    qtbot.addWidget(view)
    assert view.model.index(1, TIME_LEFT).data() == "due in 1 h"
    clock[0] = NOW + timedelta(hours=2)
    view.timer.timeout.emit()
    assert view.model.index(1, TIME_LEFT).data() == "overdue by 1 h"
    assert view.overdue_label.text() == "2 overdue"


def test_export_the_log_and_a_deadline_from_the_view(
        qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    _desk(db)
    view = InquiriesView(db, InlineTaskRunner(), clock=lambda: NOW)
    qtbot.addWidget(view)
    messages: list[str] = []
    view.message.connect(messages.append)
    out = tmp_path / "log.csv"
    view.export(out, "csv")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == 5  # a header and four inquiries
    assert "Exported 4 inquiries" in messages[-1]
    view.table.selectRow(0)
    inquiry_id = int(view.model.index(0, 0).data(INQUIRY_ID_ROLE))
    ics = tmp_path / "deadline.ics"
    view.export_ics(inquiry_id, ics)
    text = ics.read_text(encoding="utf-8")
    assert "BEGIN:VEVENT" in text and "Almaty process" in text
    assert str(ics) in messages[-1]


def test_log_form_prefilled_from_a_contact_card(qtbot: QtBot, db: Database) -> None:
    people = add_people(db)
    dialog = InquiryDialog(db, InlineTaskRunner(), Prefill(
        assignee_id=people["shafiev"].id, assignee_name="Abdulfattoh Shafiev"),
        clock=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.topic_edit.setText("Visa rules")
    dialog.suggest()
    assert dialog.assignee_id() == people["shafiev"].id
    assert "chosen from their card" in dialog.suggestion_rows()[1][1]
    dialog.journalist_edit.setText("Jane Roe")
    dialog.apply_preset("tomorrow_10")
    dialog.received_edit.setDateTime(dialog.received_edit.dateTime())
    dialog.save()
    assert dialog.saved is not None, dialog.error_label.text()
    assert dialog.saved.assignee_id == people["shafiev"].id


def test_log_form_refusal_names_the_field_and_keeps_the_form(qtbot: QtBot, db: Database) -> None:
    dialog = InquiryDialog(db, InlineTaskRunner(), clock=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.save()
    assert "Journalist" in dialog.error_label.text()
    assert dialog.focusWidget() in (None, dialog.journalist_edit)
    dialog.journalist_edit.setText("Jane Roe")
    dialog.topic_edit.setText("Almaty process")
    dialog.email_edit.setText("jane.roe@@asiaplus")
    dialog.save()
    assert dialog.saved is None
    assert "jane.roe@@asiaplus" in dialog.error_label.text()
    assert dialog.save_button.isEnabled()


def test_reopening_needs_a_reason_said_in_the_dialog(qtbot: QtBot, db: Database) -> None:
    _desk(db)
    budget = next(r for r in inquiries.list_inquiries(db) if r.topic == "Budget")
    dialog = AnswerDialog(db, InlineTaskRunner(), budget)
    qtbot.addWidget(dialog)
    assert not dialog.reason_edit.isEnabled()
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("assigned"))
    assert dialog.reason_edit.isEnabled()
    dialog.save()
    assert dialog.saved is None and "reason" in dialog.error_label.text()
    dialog.reason_edit.setText("The journalist asked a follow-up")
    dialog.save()
    assert dialog.saved is not None and dialog.saved.status == InquiryStatus.ASSIGNED


def test_journalist_autocomplete_fills_the_caller_and_reuses_the_record(
        qtbot: QtBot, db: Database) -> None:
    first = inquiries.log_inquiry(db, inquiries.InquiryDraft(
        journalist="Jane Roe", outlet="Asia-Plus", email="jane.roe@asiaplus.tj",
        phone="+992 37 227 0000", topic="Almaty process", received_at=NOW))
    dialog = InquiryDialog(db, InlineTaskRunner(), clock=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.journalist_edit, "Jan")
    completions = dialog.completion_model.stringList()
    assert completions == ["Jane Roe — Asia-Plus"]
    popup = dialog.completer.popup()  # picked by keyboard, as on the phone
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.journalist_id is not None, timeout=3000)
    assert dialog.journalist_edit.text() == "Jane Roe"  # the name, not "name — outlet"
    assert dialog.outlet_edit.text() == "Asia-Plus"
    assert dialog.email_edit.text() == "jane.roe@asiaplus.tj"
    assert dialog.phone_edit.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.topic_edit, timeout=3000)
    dialog.topic_edit.setText("Visa rules")
    dialog.save()
    assert dialog.saved is not None, dialog.error_label.text()
    assert dialog.saved.journalist.id == first.journalist.id  # never a duplicate


def test_card_and_release_open_the_log_form_pre_filled(
        qtbot: QtBot, window: object, sqlite_db: Database) -> None:
    from desktop.ui.main_window import RELEASES
    from tests.ui.test_releases_view import import_samples

    people = add_people(sqlite_db)
    import_samples(sqlite_db)
    window.refresh()  # type: ignore[attr-defined]
    window.show_contact(people["bekele"].id)  # type: ignore[attr-defined]
    card = window.contacts.card  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: card.record is not None and card.record.id == people["bekele"].id)
    button = card.findChild(QPushButton, "cardInquiryButton") or card.findChild(
        QToolButton, "cardInquiryButton")
    assert button is not None
    button.click()
    dialog = window.inquiries.log_dialog  # type: ignore[attr-defined]
    assert dialog is not None and dialog.isVisible()
    assert dialog.assignee_id() == people["bekele"].id
    dialog.reject()

    window.show_view(RELEASES)  # type: ignore[attr-defined]
    releases_view = window.releases  # type: ignore[attr-defined]
    releases_view.table.selectRow(0)
    title = releases_view.current_release().title
    releases_view.log_inquiry_button.click()
    dialog = window.inquiries.log_dialog  # type: ignore[attr-defined]
    assert dialog.topic_edit.text() == title
    assert title in dialog.related_label.text()
    dialog.journalist_edit.setText("Jane Roe")
    dialog.save()
    assert dialog.saved is not None, dialog.error_label.text()
    assert [r.id for r in dialog.saved.releases] == [releases_view.current_release().id]


def test_reminders_ask_for_open_deadlines_only(db: Database) -> None:
    from desktop.ui.inquiry_commands import open_deadlines

    _desk(db)
    due = open_deadlines(db, NOW + timedelta(hours=2))
    assert sorted(d.topic for d in due) == ["Almaty process", "Drought"]  # not Budget, answered
    assert all(d.journalist == "Jane Roe" for d in due)


def test_assigning_and_unassigning_from_the_answer_dialog(qtbot: QtBot, db: Database) -> None:
    _desk(db)
    drought = next(r for r in inquiries.list_inquiries(db) if r.topic == "Drought")
    assert drought.status == InquiryStatus.NEW
    dialog = AnswerDialog(db, InlineTaskRunner(), drought)
    qtbot.addWidget(dialog)
    names = [dialog.assignee_combo.itemText(i) for i in range(dialog.assignee_combo.count())]
    assert names[0] == "Nobody yet"
    dialog.show()
    dialog.assignee_search.setFocus()
    qtbot.keyClicks(dialog.assignee_search, "Bekele")  # anyone, not only the suggestions
    popup = dialog.search_completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.assignee_combo.currentText() == "Hiwot Bekele", timeout=3000)
    dialog.save()
    assert dialog.saved is not None, dialog.error_label.text()
    assert dialog.saved.status == InquiryStatus.ASSIGNED
    assert dialog.saved.assignee_name == "Hiwot Bekele"
    again = AnswerDialog(db, InlineTaskRunner(), dialog.saved)
    qtbot.addWidget(again)
    again.assignee_combo.setCurrentIndex(0)  # Nobody yet
    again.save()
    assert again.saved is not None, again.error_label.text()
    assert again.saved.assignee_id is None and again.saved.status == InquiryStatus.NEW
