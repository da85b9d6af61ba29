"""Deadlines in words, the log form's presets, and the reminders owed as time goes by.

Every test passes its own clock: nothing here depends on the wall clock.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui import settings
from desktop.ui.reminders import NEAR, PASSED, Due, ReminderPlan, Reminders
from desktop.ui.tasks import InlineTaskRunner
from desktop.ui.time_left import Urgency, preset_deadline, time_left_text, urgency

pytestmark = pytest.mark.gui
NOW = datetime(2026, 3, 10, 14, 20, tzinfo=UTC)


@pytest.mark.parametrize(("delta", "words"), [
    (timedelta(hours=2, minutes=10), "due in 2 h"),
    (timedelta(minutes=25), "due in 25 min"),
    (timedelta(seconds=20), "due in 1 min"),
    (timedelta(days=3, hours=1), "due in 3 days"),
    (-timedelta(days=1, hours=2), "overdue by 26 h"),
    (-timedelta(days=2, hours=2), "overdue by 2 days"),
    (-timedelta(minutes=5), "overdue by 5 min"),
    (timedelta(0), "overdue by 1 min"),
])
def test_time_left_is_said_in_words(qapp: object, delta: timedelta, words: str) -> None:
    assert time_left_text(NOW + delta, NOW) == words


def test_closed_inquiries_and_missing_deadlines(qapp: object) -> None:
    assert time_left_text(NOW, NOW, is_open=False) == ""
    assert time_left_text(None, NOW) == "no deadline"
    assert urgency(NOW - timedelta(hours=1), NOW, is_open=False) is Urgency.NONE
    assert urgency(NOW - timedelta(hours=1), NOW, is_open=True) is Urgency.OVERDUE
    assert urgency(NOW + timedelta(minutes=10), NOW, is_open=True,
                   lead=timedelta(minutes=30)) is Urgency.SOON
    assert urgency(NOW + timedelta(hours=3), NOW, is_open=True) is Urgency.LATER


def test_deadline_presets_in_the_callers_zone() -> None:
    paris = timezone(timedelta(hours=1))
    at_1520 = datetime(2026, 3, 10, 15, 20, tzinfo=paris)
    assert preset_deadline("in_1h", at_1520, paris) == datetime(2026, 3, 10, 16, 20,
                                                                 tzinfo=paris)
    assert preset_deadline("in_1h", at_1520 + timedelta(minutes=2), paris).minute == 25
    assert preset_deadline("end_of_day", at_1520, paris) == datetime(2026, 3, 10, 18, 0,
                                                                      tzinfo=paris)
    evening = datetime(2026, 3, 10, 19, 5, tzinfo=paris)
    assert preset_deadline("end_of_day", evening, paris).hour == 23
    assert preset_deadline("tomorrow_10", evening, paris) == datetime(2026, 3, 11, 10, 0,
                                                                       tzinfo=paris)
    with pytest.raises(ValueError, match="preset"):
        preset_deadline("someday", at_1520, paris)


def test_each_reminder_is_given_once_and_old_overdue_items_are_not_announced() -> None:
    plan = ReminderPlan(started_at=NOW)
    lead = timedelta(minutes=30)
    stale = Due(1, "Old topic", "A", NOW - timedelta(hours=5))
    soon = Due(2, "Almaty process", "Jane Roe", NOW + timedelta(minutes=20))
    later = Due(3, "Budget", "B", NOW + timedelta(hours=4))
    first = plan.notices([stale, soon, later], NOW, lead)
    assert [(n.kind, n.due.inquiry_id) for n in first] == [(NEAR, 2)]
    assert plan.notices([stale, soon, later], NOW + timedelta(minutes=1), lead) == []
    passed = plan.notices([stale, soon, later], NOW + timedelta(minutes=21), lead)
    assert [(n.kind, n.due.inquiry_id) for n in passed] == [(PASSED, 2)]
    moved = Due(2, "Almaty process", "Jane Roe", NOW + timedelta(hours=1))
    again = plan.notices([moved], NOW + timedelta(minutes=40), lead)
    assert [(n.kind, n.due.inquiry_id) for n in again] == [(NEAR, 2)]


def test_reminders_use_the_lead_time_from_settings(qtbot: QtBot) -> None:
    settings.REMINDER_LEAD_MINUTES.set(90)
    clock = [NOW]
    items = [Due(7, "Almaty process", "Jane Roe", NOW + timedelta(minutes=80))]
    asked: list[datetime] = []

    def fetch(_db: object, until: datetime) -> list[Due]:
        asked.append(until)
        return [i for i in items if i.deadline <= until]

    reminders = Reminders(InlineTaskRunner(), fetch, clock=lambda: clock[0])  # type: ignore[arg-type]
    given: list[object] = []
    reminders.noticeGiven.connect(given.append)
    reminders.start(object())  # type: ignore[arg-type]
    assert asked == [NOW + timedelta(minutes=90)]
    assert len(given) == 1
    title, text = reminders.title_and_text(given[0])  # type: ignore[arg-type]
    assert title == "Deadline near: Almaty process"
    assert text == "Jane Roe — due in 1 h"
    assert reminders.timer.isActive() and reminders.timer.interval() == 30_000
    clock[0] = NOW + timedelta(minutes=81)
    reminders.check()
    assert [n.kind for n in given] == [NEAR, PASSED]  # type: ignore[attr-defined]
    reminders.stop()


def test_lead_time_is_a_field_in_settings(qtbot: QtBot) -> None:
    from desktop.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(InlineTaskRunner(), [])
    qtbot.addWidget(dialog)
    assert dialog.reminder_spin.value() == 30
    dialog.reminder_spin.setValue(45)
    dialog.apply()
    assert settings.REMINDER_LEAD_MINUTES.get() == 45


def test_deadlines_in_french_and_spanish_with_plurals(qapp: object) -> None:
    from desktop.ui.i18n import Translations
    from desktop.ui.inquiry_texts import status_text

    translations = Translations()
    try:
        translations.apply("fr")
        assert time_left_text(NOW - timedelta(days=2, hours=1), NOW) == "en retard de 2 jours"
        assert time_left_text(NOW + timedelta(hours=3), NOW) == "échéance dans 3 h"
        assert status_text("answered") == "Répondue"
        translations.apply("es")
        assert time_left_text(NOW + timedelta(days=3), NOW) == "vence en 3 días"
        assert status_text("assigned") == "Asignada"
    finally:
        translations.apply("en")
    assert time_left_text(NOW + timedelta(days=3), NOW) == "due in 3 days"


def test_suggestion_reasons_in_the_ui_language(qapp: object) -> None:
    from desktop.domain.inquiries import SuggestionRecord
    from desktop.ui.i18n import Translations
    from desktop.ui.inquiry_texts import reason_text

    suggestion = SuggestionRecord(1, "Abdulfattoh Shafiev", "OIM Tadjikistan", "release+office",
                                  "named in the release “Almaty”; works at OIM Tadjikistan",
                                  3.0)
    assert reason_text(suggestion) == suggestion.reason
    translations = Translations()
    try:
        translations.apply("es")
        assert reason_text(suggestion) == ("citado en un comunicado sobre este tema; "
                                           "trabaja en OIM Tadjikistan")
    finally:
        translations.apply("en")
