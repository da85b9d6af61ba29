"""Live refresh: a change made through another connection to the same database appears in an
open window without pressing F5, and the selection and the card stay on the same contact.

Two Database objects on one SQLite file (as two processes would share it) and on one
PostgreSQL database (LISTEN/NOTIFY).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.services import contacts
from desktop.services.changes import change_check
from desktop.services.database import Database, open_database
from desktop.ui.models.contacts_model import NAME
from desktop.ui.tasks import InlineTaskRunner
from tests.reliability.processes import run
from tests.ui.helpers import add_people

pytestmark = pytest.mark.gui
WAIT_MS = 10_000  # generous: the machine is shared; the check runs every second


def names(window: Any) -> list[str]:
    model = window.contacts.model
    return [model.index(r, NAME).data() for r in range(model.rowCount())]


@pytest.fixture
def two(db_url: str) -> Iterator[tuple[Database, Database]]:
    first, second = open_database(db_url), open_database(db_url)
    yield first, second
    first.dispose()
    second.dispose()


@pytest.fixture
def shared_window(qtbot: QtBot, two: tuple[Database, Database],
                  tasks: InlineTaskRunner) -> Iterator[Any]:
    from desktop.ui.i18n import Translations
    from desktop.ui.main_window import MainWindow

    translations = Translations()
    translations.apply("en")
    main = MainWindow(tasks, translations)
    qtbot.addWidget(main)
    main.set_database(two[0])
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.live_refresh.stop()


def test_a_contact_added_elsewhere_appears_and_the_selection_stays(
        qtbot: QtBot, shared_window: Any, two: tuple[Database, Database]) -> None:
    window, (_mine, theirs) = shared_window, two
    people = add_people(theirs)
    qtbot.waitUntil(lambda: len(names(window)) == 2, timeout=WAIT_MS)
    bekele = people["bekele"]
    window.contacts.select_contact(bekele.id)
    qtbot.waitUntil(lambda: (window.contacts.current_contact() or bekele).id == bekele.id
                    and window.contacts.current_contact() is not None, timeout=WAIT_MS)
    # Another officer adds someone whose name sorts first, and renames the contact on screen.
    contacts.add_contact(theirs, contacts.ContactDraft(name="Aaron Abebe", office="IOM Kenya"))
    contacts.update_contact(theirs, bekele.id, contacts.ContactChanges(title="Spokesperson"),
                            if_version=bekele.version)
    qtbot.waitUntil(lambda: len(names(window)) == 3, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: (window.contacts.current_contact() is not None
                             and window.contacts.current_contact().title == "Spokesperson"),
                    timeout=WAIT_MS)
    shown = window.contacts.current_contact()
    assert shown.id == bekele.id  # the card did not jump to the new first row
    assert window.live_refresh.refreshes >= 1


def test_the_change_check_says_nothing_when_nothing_changed(
        two: tuple[Database, Database]) -> None:
    mine, theirs = two
    check = change_check(mine)
    assert check is not None
    try:
        check.changed()  # settle the baseline (PostgreSQL starts listening here)
        assert not check.changed()
        add_people(theirs)
        for _ in range(200):  # the notification is in flight: poll a while, never sleep-assert
            if check.changed():
                break
            import time

            time.sleep(0.05)
        else:
            pytest.fail("the change made through the other connection was never seen")
        assert not check.changed()  # seen once, not again
    finally:
        check.close()


def test_a_contact_added_by_another_process_appears(qtbot: QtBot, shared_window: Any,
                                                   db_url: str, tmp_path: Path) -> None:
    """The real case: another officer's Press Desk (here the CLI in its own process)."""
    window = shared_window
    result = run(tmp_path / "home", db_url, "contacts", "add", "--name", "Ana Souza")
    assert result.code == 0, result.err
    qtbot.waitUntil(lambda: names(window) == ["Ana Souza"], timeout=WAIT_MS)
