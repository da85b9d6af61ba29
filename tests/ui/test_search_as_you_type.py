"""Typing searches at once while searches are quick, waits for a pause while they are slow,
and never lets a stale answer replace a newer one (issue 11, point 8). No wall clock: the
last search's duration is set, not measured."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.views import contacts_view
from tests.ui.helpers import DeferredTaskRunner, add_people

pytestmark = pytest.mark.gui


def test_a_quick_directory_searches_on_the_keystroke(qtbot: QtBot, window: Any,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    add_people(window.db)
    window.refresh()
    view = window.contacts
    monkeypatch.setattr(contacts_view, "QUICK_MS", float("inf"))  # every search is "quick"
    view.model.last_load_ms = 3.0
    qtbot.keyClicks(view.search_field, "bek")
    assert view.model.query == "bek"  # no pause waited
    assert not view._debounce.isActive()
    assert [view.model.index(r, 0).data() for r in range(view.model.rowCount())] == \
        ["Hiwot Bekele"]


def test_a_slow_directory_waits_for_a_pause(qtbot: QtBot, window: Any,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    add_people(window.db)
    window.refresh()
    view = window.contacts
    monkeypatch.setattr(contacts_view, "QUICK_MS", -1.0)  # every search is "slow"
    view.model.last_load_ms = 400.0
    qtbot.keyClicks(view.search_field, "bek")
    assert view.model.query == ""
    assert view._debounce.isActive()
    qtbot.waitUntil(lambda: view.model.query == "bek", timeout=2000)


def test_a_stale_answer_never_replaces_a_newer_one(qtbot: QtBot, sqlite_db: Any) -> None:
    from desktop.ui.views.contacts_view import ContactsView

    add_people(sqlite_db)
    tasks = DeferredTaskRunner()
    view = ContactsView(tasks)
    qtbot.addWidget(view)
    view.set_database(sqlite_db)
    tasks.finish()
    view.model.last_load_ms = 1.0
    view.search_field.setText("shafiev")  # starts a search (quick before)
    view.search_field.setText("bekele")  # one is running: waits, then searches
    view._search_now()
    tasks.finish()
    rows = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    assert rows == ["Hiwot Bekele"]
