"""A result that arrives after its dialog was closed is dropped, not a crash; a dialog stays
open while its save runs, so the window always hears of what was saved."""

from __future__ import annotations

import threading
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.domain.records import OfficeRecord
from desktop.services import contacts, offices
from desktop.services.database import Database
from desktop.ui.dialogs.contact_dialog import ContactDialog
from desktop.ui.dialogs.office_dialog import OfficeDialog
from desktop.ui.dialogs.settings_dialog import SettingsDialog
from desktop.ui.tasks import TaskRunner
from tests.ui.helpers import DeferredTaskRunner, add_people, delete_now

pytestmark = pytest.mark.gui


def test_a_connection_test_ending_after_settings_closed_is_dropped(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """A real thread pool: the unreachable host answers after the dialog is gone."""
    from desktop.services import database

    release = threading.Event()

    def unreachable(_url: str, **_kwargs: object) -> Database:
        release.wait(10)
        raise database.DatabaseError("Cannot open the database: timeout expired")

    monkeypatch.setattr(database, "open_database", unreachable)
    pool = QThreadPool()
    runner = TaskRunner(pool=pool)
    dialog = SettingsDialog(runner, [])
    dialog.server_radio.setChecked(True)
    dialog.host_edit.setText("10.255.255.1")
    dialog.show()
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.test_result.text() == "Connecting…"
    dialog.reject()
    delete_now(dialog)
    release.set()
    assert runner.wait(5000)
    qtbot.waitUntil(lambda: runner.pending() == 0, timeout=5000)  # delivered, and dropped


def test_offices_loaded_after_the_contact_dialog_closed_are_dropped(
        qtbot: QtBot, sqlite_db: Database) -> None:
    runner = DeferredTaskRunner()
    dialog = ContactDialog(sqlite_db, runner)
    dialog.show()
    dialog.reject()
    delete_now(dialog)
    assert runner.finish() == 1
    assert runner.pending() == 0


def test_a_contact_dialog_cannot_be_cancelled_while_it_saves(
        qtbot: QtBot, sqlite_db: Database) -> None:
    runner = DeferredTaskRunner()
    dialog = ContactDialog(sqlite_db, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    runner.finish()  # the offices
    dialog.name_edit.setText("Moussa Issoufou")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.cancel_button.isEnabled() and not dialog.save_button.isEnabled()
    dialog.reject()  # Esc or the title bar's close button
    assert dialog.isVisible()
    runner.finish()
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert dialog.saved is not None
    assert contacts.get_contact(sqlite_db, dialog.saved.id).name == "Moussa Issoufou"


def test_an_office_dialog_stays_open_while_it_saves_then_reports(
        qtbot: QtBot, sqlite_db: Database) -> None:
    add_people(sqlite_db)
    office = next(s.office for s in offices.list_offices(sqlite_db)
                  if s.office.name == "IOM Ethiopia")
    runner = DeferredTaskRunner()
    dialog = OfficeDialog(sqlite_db, runner, office)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    saved: list[OfficeRecord] = []
    dialog.saved.connect(saved.append)
    dialog.show()
    dialog.city_edit.setText("Addis Ababa")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.cancel_button.isEnabled()
    dialog.reject()
    assert dialog.isVisible()
    runner.finish()
    assert [s.city for s in saved] == ["Addis Ababa"]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_an_office_save_finishing_after_its_dialog_was_deleted_is_dropped(
        qtbot: QtBot, sqlite_db: Database) -> None:
    add_people(sqlite_db)
    office = offices.list_offices(sqlite_db)[0].office
    runner = DeferredTaskRunner()
    dialog = OfficeDialog(sqlite_db, runner, office)
    dialog.show()
    dialog.city_edit.setText("Dushanbe")
    dialog.save()
    delete_now(dialog)  # e.g. its view closed with the window
    runner.finish()
    assert next(s.office.city for s in offices.list_offices(sqlite_db)
                if s.office.id == office.id) == "Dushanbe"


def test_a_bound_method_callback_needs_no_explicit_owner(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel

    runner = DeferredTaskRunner()
    label = QLabel()
    runner.run(lambda: "late", label.setText)
    delete_now(label)
    runner.finish()
    assert not shiboken6.isValid(label)


def test_an_owner_still_there_gets_its_result(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel

    runner = DeferredTaskRunner()
    label = QLabel()
    qtbot.addWidget(label)
    got: list[Any] = []
    runner.run(lambda: "in time", got.append, owner=label)
    runner.finish()
    assert got == ["in time"]
