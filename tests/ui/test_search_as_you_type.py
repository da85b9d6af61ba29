"""Typing searches on the keystroke, one search at a time: while one runs only the newest
text is searched, the moment it answers, and a stale answer never replaces a newer one
(issue 11, point 8). No wall clock: the slow database is a runner that holds its tasks."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.services import contacts
from desktop.ui.models import contacts_model
from tests.ui.helpers import DeferredTaskRunner, add_people

pytestmark = pytest.mark.gui


def names(view: Any) -> list[str]:
    return [view.model.index(r, 0).data() for r in range(view.model.rowCount())]


def slow_view(qtbot: QtBot, db: Any) -> tuple[Any, DeferredTaskRunner]:
    from desktop.ui.views.contacts_view import ContactsView

    add_people(db)
    tasks = DeferredTaskRunner()
    view = ContactsView(tasks)
    qtbot.addWidget(view)
    view.set_database(db)
    tasks.finish()
    return view, tasks


def test_each_keystroke_searches_at_once(qtbot: QtBot, window: Any) -> None:
    add_people(window.db)
    window.refresh()
    view = window.contacts
    qtbot.keyClicks(view.search_field, "bek")
    assert view.model.query == "bek"  # no pause waited
    assert names(view) == ["Hiwot Bekele"]


def test_keys_typed_during_a_search_search_only_the_newest_text_when_it_answers(
        qtbot: QtBot, sqlite_db: Any) -> None:
    view, tasks = slow_view(qtbot, sqlite_db)
    qtbot.keyClicks(view.search_field, "b")
    assert view.model.query == "b" and len(tasks.jobs) == 1  # the first key searches at once
    qtbot.keyClicks(view.search_field, "eke")
    assert view.model.query == "b" and len(tasks.jobs) == 1  # one search at a time
    tasks.jobs.pop(0).run()  # "b" answers: "beke" starts at once ("be", "bek" never do)
    assert view.model.query == "beke" and len(tasks.jobs) == 1
    tasks.finish()
    assert names(view) == ["Hiwot Bekele"]
    qtbot.waitUntil(lambda: view.current_contact() is not None)  # the card, after the paint
    assert view.current_contact().name == "Hiwot Bekele"


def test_a_stale_answer_never_replaces_a_newer_one(qtbot: QtBot, sqlite_db: Any) -> None:
    view, tasks = slow_view(qtbot, sqlite_db)
    view.search_field.setText("shafiev")  # starts a search
    view.search_field.setText("bekele")  # one is running: waits
    view._search_now()  # e.g. Enter: searched now, the "shafiev" answer is stale
    tasks.finish()
    assert names(view) == ["Hiwot Bekele"]


def test_typing_fetches_a_screenful_and_scrolling_fetches_the_rest(
        qtbot: QtBot, window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    add_people(window.db)
    for name in ("Bekzod Rahimov", "Bektur Asanov"):
        contacts.add_contact(window.db, contacts.ContactDraft(name=name))
    window.refresh()
    monkeypatch.setattr(contacts_model, "SEARCH_PAGE", 2)
    view = window.contacts
    view.search_field.setText("bek")
    everyone = len(contacts_model.load_search(window.db, "bek", "en"))
    assert everyone == 3
    assert view.model.rowCount() == 2 and view.model.canFetchMore()
    first = names(view)
    view.model.fetchMore()
    assert view.model.rowCount() == everyone and not view.model.canFetchMore()
    assert names(view)[:2] == first  # nothing moved under the cursor
