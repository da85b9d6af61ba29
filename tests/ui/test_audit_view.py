"""The audit view in the app: who changed what and when (previous values shown), filtered,
paged, per contact and for the directory; an earlier version restored after a confirmation,
then taken back with Undo; refused, with who changed it, when the contact changed since."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.services import contacts
from desktop.services.database import Database, open_database
from desktop.ui.models.audit_model import DETAILS, WHO, AuditModel
from desktop.ui.tasks import InlineTaskRunner
from tests.ui.helpers import add_people

pytestmark = pytest.mark.gui


@pytest.fixture
def two(db_url: str) -> Iterator[tuple[Database, Database]]:
    """Mine (the window's) and another officer's, on one database."""
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
    window.live_refresh.stop()  # these tests refresh by hand
    window.show()
    qtbot.waitExposed(window)
    yield window
    if window.audit.dialog is not None:
        window.audit.dialog.close()


def texts(dialog: Any, column: int) -> list[str]:
    model = dialog.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_the_directory_history_names_who_and_the_previous_values(
        qtbot: QtBot, main: Any, two: tuple[Database, Database]) -> None:
    mine, theirs = two
    people = add_people(mine)
    contacts.update_contact(theirs, people["bekele"].id,
                            contacts.ContactChanges(title="Spokesperson"))
    main.audit.directory_action.trigger()  # View → History of Changes (Ctrl+H)
    dialog = main.audit.dialog
    assert dialog is not None and dialog.isVisible()
    assert main.audit.directory_action.shortcut().toString() == "Ctrl+H"
    assert texts(dialog, WHO)[0] == "bruno"
    assert "Title: — → Spokesperson" in texts(dialog, DETAILS)[0]
    assert "Spokesperson" in dialog.details.toPlainText()  # the newest is selected
    # Filters: who, contact or office text, kind.
    dialog.who_filter.setCurrentIndex(dialog.who_filter.findData("amina"))
    assert set(texts(dialog, WHO)) == {"amina"}
    dialog.who_filter.setCurrentIndex(0)
    dialog.text_filter.setText("tadjik")  # the office of one contact
    assert dialog.model.rowCount() >= 1
    assert all(r.subject in ("Abdulfattoh Shafiev", "OIM Tadjikistan")
               for r in (dialog.model.row_at(n) for n in range(dialog.model.rowCount())) if r)
    dialog.text_filter.clear()
    dialog.kind_filter.setCurrentIndex(dialog.kind_filter.findData("update"))
    assert texts(dialog, WHO) == ["bruno"]
    dialog.period_filter.setCurrentIndex(dialog.period_filter.findData("today"))
    assert texts(dialog, WHO) == ["bruno"]
    # It fits a small screen, and the keyboard reaches every control.
    assert dialog.width() <= 800 and dialog.height() <= 600
    assert dialog.minimumSizeHint().width() <= 800 and dialog.minimumSizeHint().height() <= 600
    for widget in (dialog.who_filter, dialog.text_filter, dialog.period_filter,
                   dialog.kind_filter, dialog.table, dialog.restore_button):
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget.objectName()


def test_the_model_pages_and_passes_the_model_tester(
        qtmodeltester: Any, two: tuple[Database, Database], tasks: InlineTaskRunner) -> None:
    mine, _ = two
    record = contacts.add_contact(mine, contacts.ContactDraft(name="Hiwot Bekele"))
    for n in range(11):
        record = contacts.update_contact(mine, record.id,
                                         contacts.ContactChanges(title=f"T{n}"))
    model = AuditModel(mine, tasks, page_size=5)
    model.refresh()
    assert model.rowCount() == 5 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 12 and not model.canFetchMore()
    qtmodeltester.check(model)


def test_restoring_an_earlier_version_then_undoing_it(
        qtbot: QtBot, main: Any, two: tuple[Database, Database],
        monkeypatch: pytest.MonkeyPatch) -> None:
    mine, _ = two
    bekele = add_people(mine)["bekele"]
    contacts.update_contact(mine, bekele.id, contacts.ContactChanges(
        title="Spokesperson", add_phones=("+251 11 661 1234",)))
    main.refresh()
    main.contacts.select_contact(bekele.id)
    qtbot.waitUntil(lambda: main.contacts.current_contact() is not None, timeout=5000)
    from PySide6.QtWidgets import QToolButton

    button = main.contacts.card.findChild(QToolButton, "cardHistoryButton")
    assert button is not None and button.isEnabled()
    button.click()  # the card's History… (also Edit → Contact History, Ctrl+Shift+H)
    dialog = main.audit.dialog
    assert dialog is not None and "Hiwot Bekele" in dialog.windowTitle()
    assert dialog.model.rowCount() == 2 and dialog.text_filter.isHidden()
    asked: list[str] = []

    def yes(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    dialog.table.selectRow(1)  # the creation
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    qtbot.keyClick(dialog.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert asked and "Hiwot Bekele" in asked[0]
    restored = contacts.get_contact(mine, bekele.id)
    assert restored.title is None and [p.e164 for p in restored.phones] == ["+251911234567"]
    assert dialog.model.index(0, 0).data() and dialog.model.row_at(0).entry.action == "restore"
    assert main.undo_stack.count() == 1
    main.undo_stack.undo()
    back = contacts.get_contact(mine, bekele.id)
    assert back.title == "Spokesperson" and len(back.phones) == 2


def test_restoring_is_refused_when_someone_changed_the_contact_since(
        qtbot: QtBot, main: Any, two: tuple[Database, Database],
        monkeypatch: pytest.MonkeyPatch) -> None:
    mine, theirs = two
    bekele = add_people(mine)["bekele"]
    contacts.update_contact(mine, bekele.id, contacts.ContactChanges(title="Spokesperson"))
    main.refresh()
    main.contacts.select_contact(bekele.id)
    qtbot.waitUntil(lambda: main.contacts.current_contact() is not None, timeout=5000)
    dialog = main.audit.open_for_current()
    dialog.table.selectRow(1)
    contacts.update_contact(theirs, bekele.id, contacts.ContactChanges(notes="Away in May"))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _p, _t, text, *_a: warnings.append(text)
                        or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a: pytest.fail("asked to restore a stale version"))
    dialog.restore_selected()
    assert warnings and "bruno" in warnings[0]
    assert contacts.get_contact(mine, bekele.id).notes == "Away in May"  # nothing written
    assert dialog.model.row_at(0).entry.actor == "bruno"  # the history shows the new change


def test_read_only_cannot_restore_and_says_why(
        qtbot: QtBot, main: Any, two: tuple[Database, Database]) -> None:
    mine, _ = two
    add_people(mine)
    mine.read_only, mine.read_only_reason = True, "the role may only read"
    dialog = main.audit.open()
    dialog.table.selectRow(0)
    assert not dialog.restore_button.isEnabled()
    assert "may only read" in dialog.restore_button.toolTip()


def test_the_audit_and_conflict_dialogs_speak_french_and_spanish(
        main: Any, two: tuple[Database, Database]) -> None:
    from desktop.ui.dialogs.conflict_dialog import ConflictDialog

    mine, _ = two
    bekele = add_people(mine)["bekele"]
    changed = contacts.update_contact(mine, bekele.id,
                                      contacts.ContactChanges(title="Spokesperson"))
    try:
        for language, title, reload_text, change in (
                ("fr", "Historique des modifications", "&Recharger leur version", "Modifié"),
                ("es", "Historial de cambios", "&Recargar la suya", "Modificado")):
            main.translations.apply(language)
            dialog = main.audit.open()
            assert dialog.windowTitle() == title
            assert change in [dialog.model.index(r, 3).data()
                              for r in range(dialog.model.rowCount())]
            conflict = ConflictDialog(bekele, changed, {"name": "Hiwot Bekele", "title": "",
                                                        "office": "IOM Ethiopia",
                                                        "country": "ET", "phones": "",
                                                        "emails": "", "languages": "",
                                                        "tags": "", "notes": ""},
                                      "bruno", "2026-05-01 10:00")
            assert conflict.reload_button.text() == reload_text
            conflict.deleteLater()
    finally:
        main.translations.apply("en")
