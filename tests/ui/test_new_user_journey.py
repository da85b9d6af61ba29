"""The README's promise, end to end: demo data, find Shafiev, call or copy his number, open the
release naming him, add a colleague with a validated number, drag another release in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QLabel
from pytestqt.qtbot import QtBot

from desktop.services import contacts, releases
from desktop.ui.dialogs.contact_dialog import ContactDialog
from desktop.ui.models.contacts_model import NAME

pytestmark = pytest.mark.gui
ANOTHER_RELEASE = """IOM Tajikistan Opens a Migrant Resource Centre in Khujand

Khujand – IOM opened a migrant resource centre in Khujand on Monday.

For more information, please contact Abdulfattoh Shafiev, IOM Tajikistan,
Tel: +992 48 701 02 22, Mobile: +992 90 555 1234, Email: abdulfattoh@inbox.ru
"""


def _names(window: Any) -> list[str]:
    model = window.contacts.model
    return [model.index(r, NAME).data() for r in range(model.rowCount())]


def _find(qtbot: QtBot, window: Any, text: str) -> None:
    field = window.contacts.search_field
    field.clear()
    qtbot.keyClicks(field, text)
    qtbot.waitUntil(lambda: _names(window) == ["Abdulfattoh Shafiev"], timeout=3000)


def test_a_new_user_finds_calls_reads_adds_and_imports(
        qtbot: QtBot, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))

    window.actions_["load_demo"].trigger()
    qtbot.waitUntil(lambda: releases.count_releases(window.db) == 5, timeout=10000)

    _find(qtbot, window, "tajik")
    _find(qtbot, window, "almaty")
    window.contacts.table.selectRow(0)
    card = window.contacts.card
    assert card.findChild(QLabel, "cardPhone0").text() == "+992 48 701 0222"
    card.findChild(QAbstractButton, "callButton0").click()
    assert opened == ["tel:+992487010222"]
    card.findChild(QAbstractButton, "copyPhoneButton0").click()
    assert QGuiApplication.clipboard().text() == "+992 48 701 0222"

    link = card.findChild(QLabel, "cardRelease0")
    release_id = int(link.text().split('href="release:')[1].split('"')[0])
    link.linkActivated.emit(f"release:{release_id}")
    assert window.stack.currentIndex() == 2
    assert "Almaty" in window.releases.current_release().title

    window.actions_["show_contacts"].trigger()
    dialog: ContactDialog = window.new_contact()
    qtbot.keyClicks(dialog.name_edit, "Nodira Karimova")
    dialog.office_edit.setText("OIM Tadjikistan")
    dialog.phones.edits()[0].setText("48 701 02")
    assert not dialog.save_button.isEnabled()
    dialog.phones.edits()[0].setText("+992 93 500 1234")
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None
    colleague = contacts.get_contact(window.db, dialog.saved.id)
    assert colleague.country == "TJ" and colleague.phones[0].e164 == "+992935001234"

    another = tmp_path / "khujand_en.txt"
    another.write_text(ANOTHER_RELEASE, encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(another))])
    drop = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    preview = window.importer.preview_dialog
    with qtbot.waitSignal(window.importer.imported, timeout=5000):
        qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    if window.importer.message_box is not None:
        window.importer.message_box.close()
    shafiev = next(c for c in contacts.list_contacts(window.db)
                   if c.name == "Abdulfattoh Shafiev")
    record = contacts.get_contact(window.db, shafiev.id)
    assert len(record.releases) == 2
    assert {p.e164 for p in record.phones} == {"+992487010222", "+992905551234"}
