"""The contact form: live validation, Save only when valid, duplicates, conflicts, undo."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.services import contacts
from desktop.ui.dialogs.contact_dialog import ContactDialog
from tests.ui.helpers import add_people

pytestmark = pytest.mark.gui


def test_a_bad_number_is_refused_at_the_field_with_the_reason(qtbot: QtBot,
                                                              window: Any) -> None:
    add_people(window.db)
    window.refresh()
    window.contacts.table.selectRow(0)
    dialog: ContactDialog = window.edit_contact()
    assert dialog.save_button.isEnabled()
    edit = dialog.phones.add_row()
    qtbot.keyClicks(edit, "+992 48 701 02")
    assert not dialog.save_button.isEnabled()
    error = dialog.findChild(QLabel, "phoneError1")
    assert error.isVisible()
    assert "not a valid number for Tajikistan (TJ)" in error.text()
    edit.setText("+992 48 701 02 23")
    assert not error.isVisible() and dialog.save_button.isEnabled()
    dialog.reject()


def test_numbers_without_code_are_read_in_the_chosen_country(qtbot: QtBot, window: Any) -> None:
    dialog: ContactDialog = window.new_contact()
    dialog.name_edit.setText("Ana Pérez")
    dialog.phones.edits()[0].setText("601 639 7777")
    assert not dialog.save_button.isEnabled()  # no country: no way to read it
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("CO"))
    assert dialog.save_button.isEnabled()
    dialog.emails.edits()[0].setText("ana@@example.org")
    assert not dialog.save_button.isEnabled()
    assert dialog.emails.error_texts()
    dialog.reject()


def test_saving_a_valid_new_contact(qtbot: QtBot, window: Any) -> None:
    dialog: ContactDialog = window.new_contact()
    assert not dialog.save_button.isEnabled()  # a contact needs a name
    qtbot.keyClicks(dialog.name_edit, "Moussa Issoufou")
    dialog.office_edit.setText("OIM Niger")
    dialog.phones.edits()[0].setText("+227 20 75 23 25")
    dialog.emails.edits()[0].setText("missoufou@iom.int")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None
    record = contacts.get_contact(window.db, dialog.saved.id)
    assert record.office is not None and record.office.country == "NE"
    assert record.phones[0].e164 == "+22720752325"
    assert "Moussa Issoufou" in [window.contacts.model.index(r, 0).data()
                                 for r in range(window.contacts.model.rowCount())]


def test_a_duplicate_number_is_pointed_out_and_can_be_saved_anyway(qtbot: QtBot,
                                                                   window: Any) -> None:
    people = add_people(window.db)
    dialog: ContactDialog = window.new_contact()
    dialog.name_edit.setText("Shared Line")
    dialog.phones.edits()[0].setText("+992 48 701 02 22")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is None and dialog.duplicate_label.isVisible()
    assert (f"already belongs to contact {people['shafiev'].id} (Abdulfattoh Shafiev)"
            in dialog.duplicate_label.text())
    qtbot.mouseClick(dialog.save_anyway, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None and dialog.saved.name == "Shared Line"


def test_an_edit_is_saved_with_its_version_and_undone(qtbot: QtBot, window: Any) -> None:
    people = add_people(window.db)
    window.refresh()
    window.contacts.table.selectRow(0)
    dialog: ContactDialog = window.edit_contact()
    dialog.title_edit.setText("Head of communications")
    dialog.phones.add_row("+992 93 555 12 34")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    after = contacts.get_contact(window.db, people["shafiev"].id)
    assert after.title == "Head of communications" and len(after.phones) == 2
    window.undo_stack.undo()
    undone = contacts.get_contact(window.db, people["shafiev"].id)
    assert undone.title == "Media officer"
    assert [p.e164 for p in undone.phones] == ["+992487010222"]
    window.undo_stack.redo()
    assert contacts.get_contact(window.db, people["shafiev"].id).title == \
        "Head of communications"


def test_a_concurrent_edit_opens_the_conflict_dialog(
        qtbot: QtBot, window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The choices it offers are tested in test_conflict_dialog.py."""
    people = add_people(window.db)
    window.refresh()
    window.contacts.table.selectRow(0)
    dialog: ContactDialog = window.edit_contact()
    contacts.update_contact(window.db, people["shafiev"].id,
                            contacts.ContactChanges(title="Changed elsewhere"))
    dialog.title_edit.setText("Mine")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is None
    assert dialog.conflict_dialog is not None and dialog.conflict_dialog.isVisible()
    dialog.conflict_dialog.reject()
    dialog.reject()
