"""The main window: search as you type, the card, archive and undo, copy, drop to import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
)
from pytestqt.qtbot import QtBot

from desktop.services import contacts, releases
from desktop.ui.models.contacts_model import MATCHED, NAME, OFFICE, ContactsModel
from desktop.ui.tasks import InlineTaskRunner
from tests.ui.helpers import add_people

pytestmark = pytest.mark.gui
DATA = Path(__file__).resolve().parent.parent / "data" / "releases"
SAMPLE = DATA / "tajikistan_almaty_process_fr.txt"


def names(window: Any) -> list[str]:
    model = window.contacts.model
    return [model.index(r, NAME).data() for r in range(model.rowCount())]


def test_empty_directory_shows_how_to_start(window: Any) -> None:
    label = window.contacts.empty_label
    assert label.isVisible()
    assert "import a release" in label.text() and "Ctrl+I" in label.text()


def test_all_contacts_by_name_then_typing_searches(qtbot: QtBot, window: Any) -> None:
    add_people(window.db)
    window.refresh()
    assert names(window) == ["Abdulfattoh Shafiev", "Hiwot Bekele"]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    assert window.contacts.search_field.hasFocus()  # typing searches at once
    qtbot.keyClicks(window.contacts.search_field, "ethiopia")
    qtbot.waitUntil(lambda: names(window) == ["Hiwot Bekele"], timeout=2000)
    model = window.contacts.model
    assert model.index(0, OFFICE).data() == "IOM Ethiopia"
    assert model.index(0, MATCHED).data()  # says why it matched
    window.contacts.search_field.setFocus()
    qtbot.keyClick(window.contacts.search_field, Qt.Key.Key_Escape)
    assert window.contacts.search_field.text() == ""
    qtbot.waitUntil(lambda: len(names(window)) == 2, timeout=2000)


def test_selecting_shows_the_card_with_the_number_for_dialling(qtbot: QtBot,
                                                                window: Any) -> None:
    add_people(window.db)
    window.refresh()
    window.contacts.table.selectRow(0)
    card = window.contacts.card
    assert card.findChild(QLabel, "cardName").text() == "Abdulfattoh Shafiev"
    assert card.findChild(QLabel, "cardPhone0").text() == "+992 48 701 0222"
    assert "Asia/Dushanbe" in card.findChild(QLabel, "cardLocalTime").text()
    assert card.findChild(QAbstractButton, "callButton0") is not None
    assert card.findChild(QLabel, "cardEmail0").text() == "abdulfattoh@inbox.ru"


def test_copy_card_puts_a_clean_text_block_on_the_clipboard(window: Any) -> None:
    add_people(window.db)
    window.refresh()
    window.contacts.table.selectRow(0)
    window.actions_["copy_card"].trigger()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("Abdulfattoh Shafiev\nMedia officer\n")
    assert "Office: +992 48 701 0222" in text
    assert "abdulfattoh@inbox.ru" in text


def test_archive_then_undo_brings_the_contact_back(window: Any) -> None:
    people = add_people(window.db)
    window.refresh()
    window.contacts.table.selectRow(0)
    window.contacts.table.setFocus()
    window.actions_["archive_contact"].trigger()
    assert contacts.get_contact(window.db, people["shafiev"].id).archived
    assert names(window) == ["Hiwot Bekele"]
    window.undo_stack.undo()
    assert not contacts.get_contact(window.db, people["shafiev"].id).archived
    assert names(window) == ["Abdulfattoh Shafiev", "Hiwot Bekele"]
    window.undo_stack.redo()
    assert contacts.get_contact(window.db, people["shafiev"].id).archived


def test_contacts_model_pages_and_passes_the_model_tester(qtmodeltester: Any, sqlite_db: Any,
                                                          ) -> None:
    for n in range(230):
        contacts.add_contact(sqlite_db, contacts.ContactDraft(name=f"Person {n:03d}"))
    model = ContactsModel(InlineTaskRunner())
    model.set_database(sqlite_db)
    assert model.rowCount() == 200 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 230 and not model.canFetchMore()
    assert model.index(229, NAME).data() == "Person 229"
    qtmodeltester.check(model)
    model.set_query("person 01")
    qtmodeltester.check(model)
    model.sort(NAME, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_language_switch_retranslates_the_window(window: Any) -> None:
    window.translations.apply("fr")
    try:
        assert window.actions_.menus["file"].title() == "&Fichier"
        assert window.actions_["new_contact"].text() == "&Nouveau contact…"
        assert window.contacts.search_field.placeholderText().startswith("Rechercher")
        assert window.contacts.model.headerData(NAME, Qt.Orientation.Horizontal) == "Nom"
        window.translations.apply("es")
        assert window.actions_.menus["file"].title() == "&Archivo"
        assert window.contacts.search_field.placeholderText().startswith("Buscar")
    finally:
        window.translations.apply("en")
    assert window.actions_.menus["file"].title() == "&File"
    assert window.contacts.search_field.placeholderText().startswith("Search")


def test_keyboard_shortcuts_reach_the_search_and_the_views(qtbot: QtBot, window: Any) -> None:
    window.activateWindow()
    window.actions_["show_releases"].trigger()
    assert window.stack.currentIndex() == 2
    window.actions_["find"].trigger()
    assert window.stack.currentIndex() == 0
    shortcuts = {s.toString() for s in window.actions_["find"].shortcuts()}
    assert shortcuts == {"Ctrl+K", "Ctrl+F"}
    assert window.actions_["archive_contact"].shortcut().toString() == "Del"


def test_dropping_a_release_on_the_window_imports_it(qtbot: QtBot, window: Any) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SAMPLE))])
    drop = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)  # Qt routes a real drop only after a drag entered the window
    assert drop.isAccepted()
    preview = window.importer.preview_dialog
    assert preview is not None and preview.isVisible()
    with qtbot.waitSignal(window.importer.imported, timeout=5000):
        qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert releases.count_releases(window.db) == 1
    assert "Abdulfattoh Shafiev" in names(window)
    if window.importer.message_box is not None:
        window.importer.message_box.close()


def test_every_interactive_widget_has_a_name_for_tests_and_screen_readers(window: Any) -> None:
    add_people(window.db)
    window.refresh()
    window.contacts.table.selectRow(0)
    missing = []
    for kind in (QLineEdit, QAbstractButton, QAbstractItemView, QComboBox):
        for widget in window.contacts.findChildren(kind):
            if widget.objectName().startswith("qt_") or (
                    widget.parent() is not None and widget.parent().inherits("QLineEdit")):
                continue  # Qt's own parts: a table's corner button, a line edit's clear button
            if not widget.objectName() or not widget.accessibleName():
                missing.append((type(widget).__name__, widget.objectName(),
                                widget.parent().objectName()))
    assert missing == []


def test_delete_in_the_search_field_edits_text_and_archives_nothing(qtbot: QtBot,
                                                                    window: Any) -> None:
    people = add_people(window.db)
    window.refresh()
    window.contacts.table.selectRow(0)
    window.activateWindow()
    field = window.contacts.search_field
    field.setText("abc")
    field.setFocus()
    field.setCursorPosition(0)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.text() == "bc"
    assert not contacts.get_contact(window.db, people["shafiev"].id).archived


def test_the_card_opens_a_release_in_the_releases_view(qtbot: QtBot, window: Any) -> None:
    report = releases.import_releases(window.db, [SAMPLE])
    assert report.created == 1
    window.refresh()
    window.contacts.table.selectRow(0)
    link = window.contacts.card.findChild(QLabel, "cardRelease0")
    assert link is not None and "Almaty" in link.text()
    release_id = int(link.text().split('href="release:')[1].split('"')[0])
    link.linkActivated.emit(f"release:{release_id}")
    assert window.stack.currentIndex() == 2
    current = window.releases.current_release()
    assert current is not None and current.id == release_id
