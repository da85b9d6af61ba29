"""Two officers edit the same contact: the second save opens the conflict dialog, naming who
saved and when, with "Reload theirs" and "Compare" (field, their value, your value, keep
which); the choices are saved against their version, again through the dialog if a third save
came meanwhile. No lost update: two connections on one SQLite file or one PostgreSQL
database, and a real second process (the command line) editing between load and save."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QRadioButton
from pytestqt.qtbot import QtBot

from desktop.domain.records import ContactRecord
from desktop.services import contacts
from desktop.services.database import Database, open_database
from desktop.ui.dialogs.conflict_dialog import THEIRS, YOURS, ConflictDialog
from desktop.ui.dialogs.contact_dialog import ContactDialog
from desktop.ui.tasks import InlineTaskRunner
from tests.reliability.processes import run
from tests.ui.helpers import add_people

pytestmark = pytest.mark.gui


@pytest.fixture
def two(db_url: str) -> Iterator[tuple[Database, Database]]:
    mine, theirs = open_database(db_url), open_database(db_url)
    mine.actor, theirs.actor = "amina", "bruno"
    yield mine, theirs
    mine.dispose()
    theirs.dispose()


@pytest.fixture
def main(qtbot: QtBot, two: tuple[Database, Database], tasks: InlineTaskRunner) -> Iterator[Any]:
    from desktop.ui.i18n import Translations
    from desktop.ui.main_window import MainWindow

    translations = Translations()
    translations.apply("en")
    window = MainWindow(tasks, translations)
    qtbot.addWidget(window)
    window.set_database(two[0])
    window.live_refresh.stop()
    window.show()
    qtbot.waitExposed(window)
    yield window


def edit(qtbot: QtBot, window: Any, record: ContactRecord) -> ContactDialog:
    window.refresh()
    window.contacts.select_contact(record.id)
    qtbot.waitUntil(lambda: window.contacts.current_contact() is not None, timeout=5000)
    dialog = window.edit_contact()
    assert isinstance(dialog, ContactDialog)
    return dialog


def save(qtbot: QtBot, dialog: ContactDialog) -> ConflictDialog | None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return dialog.conflict_dialog


def test_compare_and_choose_keeps_both_changes_and_undo_goes_back_to_theirs(
        qtbot: QtBot, main: Any, two: tuple[Database, Database]) -> None:
    mine, theirs = two
    bekele = add_people(mine)["bekele"]
    dialog = edit(qtbot, main, bekele)
    dialog.title_edit.setText("Head of media")  # mine
    contacts.update_contact(theirs, bekele.id, contacts.ContactChanges(
        title="Spokesperson", notes="Away in May"))  # theirs, meanwhile
    conflict = save(qtbot, dialog)
    assert conflict is not None and conflict.isVisible() and dialog.saved is None
    assert "bruno" in conflict.message.text() and "Hiwot Bekele" in conflict.message.text()
    qtbot.mouseClick(conflict.compare_button, Qt.MouseButton.LeftButton)
    assert conflict.differing == ["title", "notes"]
    # You changed the title (yours by default); you did not touch the notes (theirs).
    assert conflict.chosen() == {"title": YOURS, "notes": THEIRS}
    assert conflict.width() <= 800 and conflict.height() <= 600  # a small screen
    assert conflict.focusWidget() is not None  # the keyboard starts on the first choice
    for name in ("keepTheirs_title", "keepYours_title", "keepTheirs_notes", "keepYours_notes"):
        radio = conflict.findChild(QRadioButton, name)
        assert radio is not None and radio.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.mouseClick(conflict.save_button, Qt.MouseButton.LeftButton)
    saved = contacts.get_contact(mine, bekele.id)
    assert (saved.title, saved.notes) == ("Head of media", "Away in May")  # nothing lost
    assert dialog.saved is not None and not dialog.isVisible()
    # Undo puts back their version, not the one the form opened with.
    main.undo_stack.undo()
    back = contacts.get_contact(mine, bekele.id)
    assert (back.title, back.notes) == ("Spokesperson", "Away in May")


def test_choosing_theirs_field_by_field(qtbot: QtBot, main: Any,
                                        two: tuple[Database, Database]) -> None:
    mine, theirs = two
    bekele = add_people(mine)["bekele"]
    dialog = edit(qtbot, main, bekele)
    dialog.title_edit.setText("Head of media")
    dialog.tags_edit.setText("health")
    contacts.update_contact(theirs, bekele.id, contacts.ContactChanges(title="Spokesperson"))
    conflict = save(qtbot, dialog)
    assert conflict is not None
    conflict.compare()
    conflict.choose("title", THEIRS)
    conflict.save_choices()
    saved = contacts.get_contact(mine, bekele.id)
    assert saved.title == "Spokesperson" and saved.tags == ("health",)


def test_reload_theirs_shows_their_version_to_edit_again(
        qtbot: QtBot, main: Any, two: tuple[Database, Database]) -> None:
    mine, theirs = two
    bekele = add_people(mine)["bekele"]
    dialog = edit(qtbot, main, bekele)
    dialog.title_edit.setText("Head of media")
    contacts.update_contact(theirs, bekele.id, contacts.ContactChanges(title="Spokesperson"))
    conflict = save(qtbot, dialog)
    assert conflict is not None
    qtbot.mouseClick(conflict.reload_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.title_edit.text() == "Spokesperson"
    dialog.notes_edit.setPlainText("Call before noon")
    assert save(qtbot, dialog) is None
    saved = contacts.get_contact(mine, bekele.id)
    assert (saved.title, saved.notes) == ("Spokesperson", "Call before noon")


def test_stale_again_brings_the_dialog_again(qtbot: QtBot, main: Any,
                                             two: tuple[Database, Database]) -> None:
    mine, theirs = two
    bekele = add_people(mine)["bekele"]
    dialog = edit(qtbot, main, bekele)
    dialog.title_edit.setText("Head of media")
    contacts.update_contact(theirs, bekele.id, contacts.ContactChanges(title="Spokesperson"))
    first = save(qtbot, dialog)
    assert first is not None
    first.compare()
    contacts.update_contact(theirs, bekele.id, contacts.ContactChanges(notes="Third save"))
    first.save_choices()
    second = dialog.conflict_dialog
    assert second is not None and second is not first and second.isVisible()
    assert second.differing == ["title", "notes"]  # still yours; and their new notes
    assert second.chosen() == {"title": YOURS, "notes": THEIRS}
    second.save_choices()
    saved = contacts.get_contact(mine, bekele.id)
    assert (saved.title, saved.notes) == ("Head of media", "Third save")


def test_another_process_saving_between_load_and_save(
        qtbot: QtBot, main: Any, two: tuple[Database, Database], db_url: str,
        tmp_path: Path) -> None:
    mine, _ = two
    bekele = add_people(mine)["bekele"]
    dialog = edit(qtbot, main, bekele)
    dialog.title_edit.setText("Head of media")
    result = run(tmp_path / "home", db_url, "contacts", "update", str(bekele.id),
                 "--title", "Spokesperson", "--notes", "Back on Monday")
    assert result.code == 0, result.err
    conflict = save(qtbot, dialog)
    assert conflict is not None and conflict.differing == ["title", "notes"]
    assert conflict.chosen() == {"title": YOURS, "notes": THEIRS}
    conflict.save_choices()
    saved = contacts.get_contact(mine, bekele.id)
    assert (saved.title, saved.notes) == ("Head of media", "Back on Monday")
