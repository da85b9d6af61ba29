"""The Export dialog's country scope writes, and its sheet preview counts, a person with no
country of their own by their office's country: the people the sheet lists under it."""

from __future__ import annotations

from pathlib import Path

import pytest
import vobject
from pytestqt.qtbot import QtBot

from desktop.services import contacts, offices
from desktop.services.contacts import ContactDraft
from desktop.services.database import Database
from desktop.services.offices import OfficeChanges
from desktop.ui.dialogs.export_dialog import ExportContext, ExportDialog
from desktop.ui.tasks import InlineTaskRunner

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot: QtBot, db: Database) -> ExportDialog:
    contacts.add_contact(db, ContactDraft(name="Dilnoza Rahimova", office="Central Press Unit"))
    contacts.add_contact(db, ContactDraft(name="Jean Lefèvre", office="Liaison Desk",
                                          country="FR"))
    for summary in offices.list_offices(db):  # both offices turn out to be in Tajikistan
        offices.update_office(db, summary.office.id, OfficeChanges(country="TJ"))
    dialog = ExportDialog(db, InlineTaskRunner(), ExportContext())
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize(("country", "names"), [("TJ", ["Dilnoza Rahimova"]),
                                                ("FR", ["Jean Lefèvre"])])
def test_the_country_scope_takes_the_office_country(
        dialog: ExportDialog, tmp_path: Path, country: str, names: list[str]) -> None:
    dialog.set_format("vcf")
    dialog.set_scope("country", country)
    assert dialog.country_choice.currentData() == country
    target = tmp_path / f"{country}.vcf"
    dialog.export_to(target)
    assert dialog.result_ is not None and dialog.result_.count == 1
    assert [c.fn.value for c in vobject.readComponents(target.read_text("utf-8"))] == names


def test_the_sheet_preview_counts_them(dialog: ExportDialog) -> None:
    dialog.set_format("pdf")
    dialog.set_scope("country", "TJ")
    dialog.refresh_preview()
    assert "1 contact on 1 page" in dialog.preview_note.text()
