"""Undo and redo put contacts back exactly, reach the database off the GUI thread, and say
plainly when it cannot be reached."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QToolButton
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from desktop.domain.records import ContactRecord
from desktop.services import contacts, releases
from desktop.services.database import Database
from desktop.ui.dialogs.contact_dialog import ContactDialog
from tests.ui.helpers import DeferredTaskRunner, add_people

pytestmark = pytest.mark.gui


def real_operational_error() -> OperationalError:
    """What SQLAlchemy raises when the server is down: nothing listens on port 1."""
    engine = sqlalchemy.create_engine(
        "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")
    try:
        with engine.connect():
            pass
    except OperationalError as error:
        return error
    finally:
        engine.dispose()
    raise AssertionError("a server answered on port 1")


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def warning(_parent: object, title: str, text: str, *_args: object) -> int:
        shown.append((title, text))
        return 0

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def rojas(db: Database) -> ContactRecord:
    found = [r for r in contacts.list_contacts(db, limit=100) if r.name == "Valentina Rojas"]
    assert len(found) == 1
    return contacts.get_contact(db, found[0].id)


def press_ctrl(qtbot: QtBot, window: Any, key: Qt.Key) -> None:
    """The shortcut as typed in the results (in the search field Ctrl+Z undoes typing)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.contacts.table.setFocus()
    qtbot.keyClick(window.contacts.table, key, Qt.KeyboardModifier.ControlModifier)


def test_undo_of_an_edit_brings_a_flagged_number_back_as_it_was(qtbot: QtBot,
                                                                 window: Any) -> None:
    report = releases.load_demo(window.db)
    assert report.written
    window.refresh()
    before = rojas(window.db)
    flagged = [p for p in before.phones if not p.valid]
    assert [p.as_written for p in flagged] == ["+57 1 639 7777"]
    window.contacts.select_contact(before.id)
    dialog: ContactDialog = window.edit_contact()
    row = next(r for r in dialog.phones._rows if r[0].text() == "+57 1 639 7777")
    assert isinstance(row[1], QToolButton)
    qtbot.mouseClick(row[1], Qt.MouseButton.LeftButton)
    assert "+57 1 639 7777" not in dialog.phones.values()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    edited = rojas(window.db)
    assert all(p.valid for p in edited.phones)
    assert len(edited.phones) == len(before.phones) - 1

    press_ctrl(qtbot, window, Qt.Key.Key_Z)
    undone = rojas(window.db)
    assert [(p.as_written, p.kind, p.valid, p.problem, p.e164, p.extension)
            for p in undone.phones] == [(p.as_written, p.kind, p.valid, p.problem, p.e164,
                                         p.extension) for p in before.phones]
    assert undone.needs_review
    assert (undone.name, undone.office, undone.country, undone.emails) == (
        before.name, before.office, before.country, before.emails)

    press_ctrl(qtbot, window, Qt.Key.Key_Y)
    redone = rojas(window.db)
    assert [p.as_written for p in redone.phones] == [p.as_written for p in edited.phones]


def test_undo_sets_a_country_back_to_none(qtbot: QtBot, window: Any) -> None:
    nobody = contacts.add_contact(window.db, contacts.ContactDraft(name="Hiwot Bekele"))
    people = {"bekele": nobody}
    assert nobody.country is None and nobody.office is None
    window.refresh()
    window.contacts.select_contact(nobody.id)
    dialog: ContactDialog = window.edit_contact()
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("ET"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert contacts.get_contact(window.db, people["bekele"].id).country == "ET"
    window.undo_stack.undo()
    assert contacts.get_contact(window.db, people["bekele"].id).country is None


@pytest.fixture
def deferred() -> DeferredTaskRunner:
    return DeferredTaskRunner()


@pytest.fixture
def slow_window(qtbot: QtBot, sqlite_db: Database,
                deferred: DeferredTaskRunner) -> Iterator[Any]:
    """A window whose database answers only when the test says so."""
    from desktop.ui.main_window import MainWindow

    main = MainWindow(deferred)
    qtbot.addWidget(main)
    main.set_database(sqlite_db)
    main.show()
    qtbot.waitExposed(main)
    deferred.finish()
    yield main


def test_archive_and_its_undo_wait_for_the_database_not_the_window(
        slow_window: Any, deferred: DeferredTaskRunner) -> None:
    people = add_people(slow_window.db)
    slow_window.refresh()
    deferred.finish()
    slow_window.contacts.select_contact(people["shafiev"].id)
    deferred.finish()
    slow_window.contacts.table.setFocus()  # Del in the search field edits the text
    slow_window.actions_["archive_contact"].trigger()
    assert not contacts.get_contact(slow_window.db, people["shafiev"].id).archived
    assert slow_window.undo_stack.count() == 0  # pushed when the database said yes
    deferred.finish()
    assert contacts.get_contact(slow_window.db, people["shafiev"].id).archived
    assert slow_window.undo_stack.count() == 1

    slow_window.undo_stack.undo()
    assert not slow_window.undo_stack.canUndo()  # one step at a time
    assert contacts.get_contact(slow_window.db, people["shafiev"].id).archived
    deferred.finish()
    assert not contacts.get_contact(slow_window.db, people["shafiev"].id).archived
    assert slow_window.undo_stack.canRedo() and not slow_window.undo_stack.canUndo()


def test_a_database_that_cannot_be_reached_is_said_plainly(
        monkeypatch: pytest.MonkeyPatch, window: Any,
        warnings: list[tuple[str, str]]) -> None:
    people = add_people(window.db)
    window.refresh()
    window.contacts.select_contact(people["shafiev"].id)
    window.contacts.table.setFocus()
    down = real_operational_error()

    def unreachable(*_args: object, **_kwargs: object) -> ContactRecord:
        raise down

    working = contacts.set_archived
    monkeypatch.setattr(contacts, "set_archived", unreachable)
    window.actions_["archive_contact"].trigger()
    assert warnings and warnings[-1][0] == "Not archived"
    assert warnings[-1][1].startswith("The database could not be reached: ")
    assert window.undo_stack.count() == 0
    monkeypatch.setattr(contacts, "set_archived", working)

    window.actions_["archive_contact"].trigger()
    assert window.undo_stack.count() == 1
    monkeypatch.setattr(contacts, "set_archived", unreachable)
    window.undo_stack.undo()
    assert warnings[-1][0] == "Cannot undo"
    assert warnings[-1][1].startswith("The database could not be reached: ")
    assert window.undo_stack.canUndo()  # kept, to try again once the server is back
    monkeypatch.setattr(contacts, "set_archived", working)
    window.undo_stack.undo()
    assert not contacts.get_contact(window.db, people["shafiev"].id).archived


def test_undo_of_a_change_overwritten_since_is_refused_and_dropped(
        window: Any, warnings: list[tuple[str, str]]) -> None:
    people = add_people(window.db)
    window.refresh()
    window.contacts.select_contact(people["shafiev"].id)
    window.contacts.table.setFocus()
    window.actions_["archive_contact"].trigger()
    archived = contacts.get_contact(window.db, people["shafiev"].id)
    contacts.set_archived(window.db, archived.id, False, if_version=archived.version)
    window.undo_stack.undo()
    assert warnings and warnings[-1][0] == "Cannot undo"
    assert window.undo_stack.count() == 0
