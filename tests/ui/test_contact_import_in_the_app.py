"""Contact files in the app: a dropped vCard is previewed with the right counts and problems
before anything is written; an unrecognised CSV goes through column mapping; Cancel writes
nothing. On both databases."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.services import contacts
from desktop.services.database import Database
from desktop.ui.contact_importing import ContactImportController
from desktop.ui.dialogs.contact_import_dialog import ContactImportDialog
from desktop.ui.tasks import InlineTaskRunner
from tests.ui.helpers import add_people

pytestmark = pytest.mark.gui
DATA = Path(__file__).resolve().parent.parent / "data" / "contacts"

CARDS = """BEGIN:VCARD
VERSION:4.0
FN:Abdulfattoh Shafiev
EMAIL;TYPE=work:abdulfattoh@inbox.ru
TITLE:Head of media
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Zahra Haidari
ORG:IOM Afghanistan
EMAIL;TYPE=INTERNET;TYPE=WORK:zhaidari.sample@iom.int
TEL;TYPE=WORK:+93 20 220 1022
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Olena Kovalenko
ORG:IOM Ukraine
TEL;TYPE=CELL:12
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:Hiwot Bekele
ORG:IOM Ethiopia
EMAIL:hbekele@iom.int
END:VCARD
"""


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[Any]:
    from desktop.ui.i18n import Translations
    from desktop.ui.main_window import MainWindow

    translations = Translations()
    translations.apply("en")
    main = MainWindow(InlineTaskRunner(), translations)
    qtbot.addWidget(main)
    main.set_database(db)
    main.show()
    qtbot.waitExposed(main)
    yield main


def drop(window: Any, *paths: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert event.isAccepted()


def importer(window: Any) -> ContactImportController:
    controller = window.imports.contact_importer
    assert controller is not None
    return controller


def preview(window: Any) -> ContactImportDialog:
    dialog = importer(window).preview_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def names(db: Database) -> list[str]:
    return sorted(c.name for c in contacts.list_contacts(db, limit=100))


def test_a_dropped_vcard_is_previewed_then_imported(qtbot: QtBot, window: Any, db: Database,
                                                   tmp_path: Path) -> None:
    add_people(db)
    file = tmp_path / "officers.vcf"
    file.write_text(CARDS, encoding="utf-8")
    drop(window, file)
    dialog = preview(window)
    assert names(db) == ["Abdulfattoh Shafiev", "Hiwot Bekele"]  # nothing written yet
    assert dialog.summary.text().startswith(
        "To create: 2 · to update: 1 · unchanged: 1 · problems: 1")
    assert dialog.cards_by_action() == {"update": ["Abdulfattoh Shafiev"],
                                        "create": ["Zahra Haidari", "Olena Kovalenko"],
                                        "unchanged": ["Hiwot Bekele"]}
    problem = dialog.problems.topLevelItem(0)
    assert problem is not None
    assert [problem.text(i) for i in range(3)] == ["card 3", "Phone", "12"]
    assert problem.text(3)  # why it was not accepted
    with qtbot.waitSignal(importer(window).imported, timeout=5000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert names(db) == ["Abdulfattoh Shafiev", "Hiwot Bekele", "Olena Kovalenko",
                         "Zahra Haidari"]
    box = importer(window).message_box
    assert box is not None and "2 created, 1 updated, 1 unchanged" in box.text()
    kovalenko = next(c for c in contacts.list_contacts(db, limit=100)
                     if c.name == "Olena Kovalenko")
    assert [p.as_written for p in kovalenko.phones] == ["12"]  # kept as written, flagged
    drop(window, file)  # the same file again creates nothing
    assert preview(window).summary.text().startswith("To create: 0")


def test_an_unrecognised_csv_is_mapped_then_imported(qtbot: QtBot, window: Any,
                                                     db: Database) -> None:
    drop(window, DATA / "unknown_layout.csv")
    mapping = importer(window).mapping_dialog
    assert mapping is not None and mapping.isVisible()
    table = mapping.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
        "Person", "Organisation", "Tel", "Mail"]
    assert "Ibrahim Sow" in table.item(0, 1).text()
    assert mapping.choices[2].currentData() == "phone"  # guessed from the values
    assert mapping.choices[3].currentData() == "email"
    assert mapping.choices[0].currentData() == "name"  # two words of letters: names
    mapping.set_field("Person", "ignore")
    assert not mapping.ok_button.isEnabled()  # no column holds a name: Preview waits
    assert "holds the name" in mapping.hint.text()
    mapping.set_field("Person", "name")
    mapping.set_field("Organisation", "office")
    assert mapping.ok_button.isEnabled()
    qtbot.mouseClick(mapping.ok_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    dialog = preview(window)
    assert dialog.cards_by_action() == {"create": ["Ibrahim Sow", "Fatou Camara"]}
    fields = {dialog.problems.topLevelItem(i).text(1)
              for i in range(dialog.problems.topLevelItemCount())}
    assert fields == {"Phone"}  # "not a number", kept as written
    assert names(db) == []
    dialog.region_choice.setCurrentIndex(dialog.region_choice.findData("GN"))
    dialog = preview(window)  # previewed again with Guinea for numbers without +code
    assert dialog.region == "GN"
    with qtbot.waitSignal(importer(window).imported, timeout=5000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    imported = contacts.list_contacts(db, limit=10)
    assert sorted(c.name for c in imported) == ["Fatou Camara", "Ibrahim Sow"]
    sow = next(c for c in imported if c.name == "Ibrahim Sow")
    assert sow.office is not None and sow.office.name == "OIM Guinée"
    assert [p.e164 for p in sow.phones] == ["+224622123456"]


def test_cancel_during_the_import_writes_nothing(qtbot: QtBot, window: Any, db: Database,
                                                 tmp_path: Path) -> None:
    file = tmp_path / "officers.vcf"
    file.write_text(CARDS, encoding="utf-8")
    drop(window, file)
    dialog = preview(window)
    controller = importer(window)
    controller.progressed.connect(lambda _read, _where: controller.cancel())
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert names(db) == []
    box = controller.message_box
    assert box is not None and "nothing was written" in box.text()
    assert not controller.busy


def test_a_cancelled_mapping_imports_nothing(window: Any, db: Database) -> None:
    drop(window, DATA / "unknown_layout.csv")
    mapping = importer(window).mapping_dialog
    assert mapping is not None
    mapping.reject()
    assert importer(window).preview_dialog is None and names(db) == []
    assert not importer(window).busy


def test_export_starts_from_the_search_or_the_office_on_screen(qtbot: QtBot, window: Any,
                                                               db: Database) -> None:
    from desktop.ui.main_window import OFFICES

    people = add_people(db)
    window.refresh()
    window.contacts.search_field.setText("Bekele")
    qtbot.waitUntil(lambda: window.contacts.model.query == "Bekele", timeout=5000)
    window.actions_["export_contacts"].trigger()
    dialog = window.findChild(QDialog, "exportDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.scope().query == "Bekele"
    assert window.actions_["export_contacts"].shortcut().toString() == "Ctrl+Shift+E"
    dialog.reject()
    office = people["shafiev"].office
    assert office is not None
    window.show_view(OFFICES)
    assert window.offices.select_office(office.id)
    assert window.offices.export_button.isEnabled()
    window.offices.export_button.click()  # Export… beside Edit office…
    shown = [d for d in window.findChildren(QDialog, "exportDialog") if d.isVisible()]
    assert len(shown) == 1
    exported = shown[0]
    assert exported.scope_choice.currentData() == "office"
    assert exported.scope().office == str(office.id)
    assert exported.office_choice.currentText() == "OIM Tadjikistan"
    exported.reject()


def test_cancel_while_reading_shows_no_preview(window: Any, db: Database,
                                               tmp_path: Path) -> None:
    file = tmp_path / "officers.vcf"
    file.write_text(CARDS, encoding="utf-8")
    controller = importer(window)
    controller.progressed.connect(lambda _read, _where: controller.cancel())
    drop(window, file)
    assert controller.preview_dialog is None and not controller.busy
    assert names(db) == []
