"""An empty desk says why. Once the last open inquiry was answered, the desk (Status: Open)
said "No inquiries here. Log one with Ctrl+Shift+N…", as if the answered one were gone; it
now says the inquiries on record are answered or closed and that Status: All shows them,
and "no inquiry matches these filters" under other filters. A fresh directory keeps the
invitation to log one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from desktop.domain.inquiries import InquiryStatus
from desktop.services import inquiries
from desktop.services.database import Database
from desktop.ui.i18n import Translations
from desktop.ui.tasks import InlineTaskRunner
from desktop.ui.views.inquiries_view import InquiriesView

pytestmark = pytest.mark.gui
NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def _answered(db: Database, topic: str = "Drought") -> None:
    inquiries.log_inquiry(db, inquiries.InquiryDraft(
        journalist="Jane Roe", outlet="Asia-Plus", topic=topic,
        received_at=NOW - timedelta(hours=6), deadline=NOW + timedelta(hours=2)))
    record = next(r for r in inquiries.list_inquiries(db) if r.topic == topic)
    inquiries.update_inquiry(db, record.id, inquiries.InquiryChanges(
        status=InquiryStatus.ANSWERED, response="Done.", answered_at=NOW))


def _view(qtbot: QtBot, db: Database) -> InquiriesView:
    view = InquiriesView(db, InlineTaskRunner(), clock=lambda: NOW)
    qtbot.addWidget(view)
    view.refresh()
    assert view.table_stack.currentWidget() is view.empty_label
    return view


def test_a_fresh_desk_invites_to_log_one(qtbot: QtBot, sqlite_db: Database) -> None:
    view = _view(qtbot, sqlite_db)
    assert view.empty_label.text().startswith("No inquiries here. Log one with Ctrl+Shift+N")


def test_nothing_open_says_the_answered_ones_are_under_status_all(
        qtbot: QtBot, sqlite_db: Database, translations: Translations) -> None:
    _answered(sqlite_db)
    view = _view(qtbot, sqlite_db)
    assert view.empty_label.text() == ("Nothing open: the one inquiry on record is answered "
                                       "or closed. Status: All shows it.")
    _answered(sqlite_db, "Returns")
    view.refresh()
    assert view.empty_label.text() == ("Nothing open: the 2 inquiries on record are answered "
                                       "or closed. Status: All shows them.")
    translations.apply("fr")
    assert view.empty_label.text() == ("Rien d’ouvert\u00a0: les 2\u00a0demandes enregistrées "
                                       "sont répondues ou clôturées. Statut «\u00a0Tous\u00a0» "
                                       "les montre.")
    translations.apply("en")
    view.status_filter.setCurrentIndex(view.status_filter.findData(""))
    assert view.table_stack.currentWidget() is view.table  # there they are
    view.status_filter.setCurrentIndex(view.status_filter.findData("closed"))
    assert view.empty_label.text() == "None of the 2 inquiries on record matches these filters."


@pytest.mark.parametrize(("language", "start"), [("en", "No offices yet"),
                                                 ("fr", "Aucun bureau pour l’instant"),
                                                 ("es", "Aún no hay oficinas")])
def test_a_fresh_directory_says_where_offices_come_from(
        qtbot: QtBot, sqlite_db: Database, translations: Translations, language: str,
        start: str) -> None:
    """The Offices view of a fresh directory said "Select an office" beside an empty list."""
    from desktop.ui.views.offices_view import OfficesView

    translations.apply(language)
    view = OfficesView(sqlite_db, InlineTaskRunner())
    qtbot.addWidget(view)
    assert view.details.text().startswith(start)
    assert "Ctrl+I" in view.details.text()
