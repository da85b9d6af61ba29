"""The Export dialog's country list starts with the countries the directory's people and
offices are in (then a line, then every other country): an officer picks "Niger" without
scrolling from "Afghanistan" past a world of countries holding no one."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.services import contacts, offices
from desktop.services.contacts import ContactDraft
from desktop.services.database import Database
from desktop.services.offices import OfficeChanges
from desktop.ui.dialogs.export_dialog import ExportContext, ExportDialog
from desktop.ui.tasks import InlineTaskRunner

pytestmark = pytest.mark.gui


def _dialog(qtbot: QtBot, db: Database, language: str = "en") -> ExportDialog:
    dialog = ExportDialog(db, InlineTaskRunner(), ExportContext(language=language))
    qtbot.addWidget(dialog)
    return dialog


def _listed(dialog: ExportDialog) -> list[str | None]:
    combo = dialog.country_choice
    return [combo.itemData(i) for i in range(combo.count())]


def test_the_directory_countries_come_first(qtbot: QtBot, db: Database) -> None:
    contacts.add_contact(db, ContactDraft(name="Ibrahim Sow", office="OIM Niger", country="NE"))
    contacts.add_contact(db, ContactDraft(name="Dilnoza Rahimova", office="Central Press Unit"))
    for summary in offices.list_offices(db):
        if summary.office.name == "Central Press Unit":
            offices.update_office(db, summary.office.id, OfficeChanges(country="TJ"))
    dialog = _dialog(qtbot, db, "fr")
    listed = _listed(dialog)
    assert listed[:3] == ["NE", "TJ", None]  # Niger, Tadjikistan, the line
    assert listed[3] == "AF"
    assert sorted(code for code in listed if code is not None) == sorted(
        set(code for code in listed if code is not None))  # every country, once
    assert len([code for code in listed if code]) > 240
    dialog.set_scope("country")
    assert dialog.country_choice.currentData() == "NE"
    dialog.set_scope("country", "AF")  # any other country is still there to choose
    assert dialog.country_choice.currentData() == "AF"


def test_an_empty_directory_lists_the_countries_as_before(qtbot: QtBot, db: Database) -> None:
    dialog = _dialog(qtbot, db)
    listed = _listed(dialog)
    assert None not in listed
    assert listed[0] == "AF"
