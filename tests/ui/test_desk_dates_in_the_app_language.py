"""The media desk writes its moments as the app's language does (medium date, short time:
"10 mars 2026, 18:00", "Mar 10, 2026, 6:00 PM"), not "2026-03-10 18:00" in every language:
the desk's Received and Deadline columns and the deadline's tooltip, the answer dialog's
facts and the journalist's card."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from desktop.services import inquiries
from desktop.services.database import Database
from desktop.ui.dialogs.answer_dialog import AnswerDialog
from desktop.ui.i18n import Translations
from desktop.ui.models.inquiries_model import DEADLINE, RECEIVED, InquiriesModel
from desktop.ui.tasks import InlineTaskRunner

pytestmark = pytest.mark.gui
NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
WRITTEN = {"fr": ("10 mars 2026, 18:00", "10 mars 2026, 06:00", "10 mars 2026, 23:00"),
           "es": ("10 mar 2026, 18:00", "10 mar 2026, 6:00", "10 mar 2026, 23:00"),
           "en": ("Mar 10, 2026, 6:00\u202fPM", "Mar 10, 2026, 6:00\u202fAM",
                  "Mar 10, 2026, 11:00\u202fPM")}


@pytest.fixture
def utc_here(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The viewer's zone is UTC, so the expected text does not depend on the machine."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _inquiry(db: Database) -> object:
    inquiries.log_inquiry(db, inquiries.InquiryDraft(
        journalist="Jane Roe", outlet="Asia-Plus", email="jane.roe@asiaplus.tj",
        topic="Drought", received_at=NOW - timedelta(hours=6),
        deadline=NOW + timedelta(hours=6), deadline_zone="Asia/Dushanbe"))
    return inquiries.list_inquiries(db)[0]


@pytest.mark.parametrize("language", ["fr", "es", "en"])
def test_the_desk_columns_and_tooltip_write_moments_in_the_app_language(
        sqlite_db: Database, translations: Translations, utc_here: None,
        language: str) -> None:
    from PySide6.QtCore import Qt

    _inquiry(sqlite_db)
    translations.apply(language)
    model = InquiriesModel(sqlite_db, InlineTaskRunner(), clock=lambda: NOW)
    model.refresh()
    deadline, received, theirs = WRITTEN[language]
    assert model.index(0, DEADLINE).data() == deadline
    assert model.index(0, RECEIVED).data() == received
    tip = model.index(0, DEADLINE).data(Qt.ItemDataRole.ToolTipRole)
    assert deadline in tip and theirs in tip and "2026-03-10" not in tip


@pytest.mark.parametrize("language", ["fr", "es"])
def test_the_answer_dialog_writes_moments_in_the_app_language(
        qtbot: QtBot, sqlite_db: Database, translations: Translations, utc_here: None,
        language: str) -> None:
    record = _inquiry(sqlite_db)
    translations.apply(language)
    dialog = AnswerDialog(sqlite_db, InlineTaskRunner(), record)
    qtbot.addWidget(dialog)
    facts = dialog.facts.text()
    deadline, received, theirs = WRITTEN[language]
    assert deadline in facts and received in facts and theirs in facts
    assert "2026-03-10" not in facts


@pytest.mark.parametrize(("language", "shown"), [("fr", "10/03/2026 18:00"),
                                                 ("es", "10/3/2026 18:00"),
                                                 ("en", "3/10/2026 6:00\u202fPM")])
def test_the_log_forms_date_fields_write_the_app_languages_way(
        qtbot: QtBot, sqlite_db: Database, translations: Translations, utc_here: None,
        language: str, shown: str) -> None:
    """The deadline and received fields showed "2026-03-10 18:00" in every language."""
    from desktop.ui.dialogs.inquiry_dialog import InquiryDialog, to_qt

    translations.apply(language)
    dialog = InquiryDialog(sqlite_db, InlineTaskRunner(), clock=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.deadline_edit.setDateTime(to_qt(NOW + timedelta(hours=6)))
    assert dialog.deadline_edit.text() == shown
    assert dialog.received_edit.text().count("2026") == 1


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_desk_shows_its_moments_whole(
        qtbot: QtBot, sqlite_db: Database, translations: Translations, utc_here: None,
        language: str) -> None:
    """130 px cut the English "Mar 10, 2026, 6:00 PM" to "Mar 10, 2026, 6:0…"."""
    from desktop.ui.models.inquiries_model import DEADLINE, RECEIVED
    from desktop.ui.views.inquiries_view import InquiriesView

    _inquiry(sqlite_db)
    translations.apply(language)
    view = InquiriesView(sqlite_db, InlineTaskRunner(), clock=lambda: NOW)
    qtbot.addWidget(view)
    view.resize(1240, 600)
    view.show()
    qtbot.waitExposed(view)
    header, metrics = view.table.horizontalHeader(), view.table.fontMetrics()
    assert not header.isSectionHidden(DEADLINE)
    for column in (DEADLINE, RECEIVED):
        if header.isSectionHidden(column):  # stepped aside for the topic (English)
            continue
        text = view.model.index(0, column).data()
        assert header.sectionSize(column) >= metrics.horizontalAdvance(text) + 8, text


def test_wider_moments_never_cut_the_topic(
        qtbot: QtBot, sqlite_db: Database, translations: Translations, utc_here: None) -> None:
    """With English's wider moments at 1400×900 the topic was cut ("Drought in the So…"):
    Received steps aside first, as in a narrower window."""
    from desktop.ui.models.inquiries_model import TOPIC
    from desktop.ui.views.inquiries_view import InquiriesView

    inquiries.log_inquiry(sqlite_db, inquiries.InquiryDraft(
        journalist="Karim Nazarov", outlet="Reuters", topic="Drought in the Somali region",
        received_at=NOW - timedelta(hours=6), deadline=NOW + timedelta(hours=6)))
    translations.apply("en")
    view = InquiriesView(sqlite_db, InlineTaskRunner(), clock=lambda: NOW)
    qtbot.addWidget(view)
    view.resize(1226, 600)  # 1400 px less the sidebar
    view.show()
    qtbot.waitExposed(view)
    text = view.model.index(0, TOPIC).data()
    width = view.table.horizontalHeader().sectionSize(TOPIC)
    assert width >= view.table.fontMetrics().horizontalAdvance(text) + 8, (text, width)


@pytest.mark.parametrize("language", ["fr", "es", "en"])
def test_the_history_shows_its_moments_whole(
        qtbot: QtBot, sqlite_db: Database, translations: Translations, language: str) -> None:
    """The history's When column, sized for "2026-11-30 01:28", cut "30 nov. 2026, 01:…"."""
    from desktop.ui.dialogs.audit_dialog import AuditDialog
    from desktop.ui.models.audit_model import WHEN
    from tests.ui.helpers import add_people

    add_people(sqlite_db)
    translations.apply(language)
    dialog = AuditDialog(sqlite_db, InlineTaskRunner())
    qtbot.addWidget(dialog)
    dialog.resize(780, 520)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0)
    header, metrics = dialog.table.horizontalHeader(), dialog.table.fontMetrics()
    text = dialog.model.index(0, WHEN).data()
    assert header.sectionSize(WHEN) >= metrics.horizontalAdvance(text) + 8, text
