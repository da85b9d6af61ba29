"""The offices pane: region → country → office tree, contacts per office, the edit dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from desktop.domain.regions import region_of
from desktop.services import contacts, offices, releases
from desktop.services.database import Database
from desktop.ui.dialogs.office_dialog import OfficeDialog, zones_for_country
from desktop.ui.models.offices_model import (
    KIND_ROLE,
    OfficeContactsModel,
    OfficesModel,
)
from desktop.ui.tasks import InlineTaskRunner
from desktop.ui.views.offices_view import OfficesView

pytestmark = pytest.mark.gui
SAMPLES = Path(__file__).resolve().parent.parent / "data" / "releases"


@pytest.fixture
def seeded(db: Database) -> Database:
    """Six offices in three regions, from the shared sample releases, plus a second person."""
    report = releases.import_releases(db, sorted(
        p for p in SAMPLES.iterdir() if p.suffix in {".txt", ".html"}))
    assert not report.errors
    contacts.add_contact(db, contacts.ContactDraft(name="Zarina Karimova",
                                                   office="OIM Tadjikistan"))
    return db


@pytest.fixture
def view(qtbot: QtBot, seeded: Database) -> OfficesView:
    widget = OfficesView(seeded, InlineTaskRunner())
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def office_id(db: Database, name: str) -> int:
    return next(s.office.id for s in offices.list_offices(db) if s.office.name == name)


def children(model: OfficesModel, parent: QModelIndex) -> list[tuple[str, str]]:
    return [(model.index(r, 0, parent).data(), model.index(r, 1, parent).data())
            for r in range(model.rowCount(parent))]


def test_regions_cover_every_country() -> None:
    from desktop.domain.countries import country_codes

    assert {c for c in country_codes() if region_of(c) is None} <= {"AQ"}
    assert region_of("TJ") == "142" and region_of("CO") == "019" and region_of("ne") == "002"


def test_models_group_by_region_and_pass_the_model_tester(
        qtmodeltester: object, seeded: Database) -> None:
    model = OfficesModel()
    model.set_offices(offices.list_offices(seeded), "fr")
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert children(model, QModelIndex()) == [
        ("Afrique", "3"), ("Amériques", "1"), ("Asie", "3")]
    asia = model.index(2, 0)
    assert asia.data(KIND_ROLE) == "region"
    assert children(model, asia) == [("Népal", "1"), ("Tadjikistan", "2")]
    assert children(model, model.index(1, 0, asia)) == [("OIM Tadjikistan", "2")]

    people = OfficeContactsModel()
    people.set_contacts(contacts.list_contacts(seeded, office_id=office_id(
        seeded, "OIM Tadjikistan")))
    qtmodeltester.check(people)  # type: ignore[attr-defined]
    assert [people.index(r, 0).data() for r in range(people.rowCount())] == [
        "Abdulfattoh Shafiev", "Zarina Karimova"]


def test_selecting_an_office_lists_its_people_and_double_click_activates(
        qtbot: QtBot, view: OfficesView) -> None:
    assert not view.edit_button.isEnabled()
    assert view.select_office(office_id(view._db, "OIM Tadjikistan"))
    assert view.edit_button.isEnabled()
    assert view.contacts_model.rowCount() == 2
    table = view.contacts_table
    rect = table.visualRect(view.contacts_model.index(0, 0))
    expected = view.contacts_model.contact_at(0)
    assert expected is not None and expected.name == "Abdulfattoh Shafiev"
    emitted: list[int] = []
    view.contactActivated.connect(emitted.append)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert emitted == [expected.id]
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert emitted[-1] == view.contacts_model.contact_at(1).id  # type: ignore[union-attr]


def open_dialog(view: OfficesView, name: str) -> OfficeDialog:
    assert view.select_office(office_id(view._db, name))
    dialog = view.edit_office()
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_edit_office_refuses_a_bad_switchboard_and_saves_a_good_one(
        qtbot: QtBot, view: OfficesView) -> None:
    dialog = open_dialog(view, "OIM Tadjikistan")
    assert dialog.country() == "TJ"
    dialog.phone_edit.setText("48 701 02")
    assert not dialog.save_button.isEnabled()
    assert dialog.phone_problem.isVisible()
    assert "48 701 02" in dialog.phone_problem.text()
    assert "Tajikistan" in dialog.phone_problem.text()  # the reason names the country
    dialog.email_edit.setText("press@@iom")
    dialog.phone_edit.setText("48 701 02 22")  # national format, read with the office country
    assert not dialog.save_button.isEnabled() and dialog.email_problem.isVisible()
    dialog.email_edit.setText("Press.Dushanbe@IOM.int")
    dialog.city_edit.setText("Dushanbe")
    assert dialog.save_button.isEnabled()
    assert "+992 48 701 0222" in dialog.phone_problem.text()
    with qtbot.waitSignal(view.officeChanged, timeout=2000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = next(s.office for s in offices.list_offices(view._db)
                 if s.office.name == "OIM Tadjikistan")
    assert (saved.phone, saved.email, saved.city) == (
        "+992 48 701 0222", "press.dushanbe@iom.int", "Dushanbe")
    assert saved.time_zone == "Asia/Dushanbe"  # suggested from the country
    assert saved.version == 2
    assert "Dushanbe" in view.details.text()


def test_time_zone_follows_the_country_and_bad_zones_are_refused(view: OfficesView) -> None:
    dialog = open_dialog(view, "OIM Niger")
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("CO"))
    assert dialog.zone_combo.currentText() == "America/Bogota"
    assert zones_for_country("CO") == ["America/Bogota"]
    dialog.zone_combo.setEditText("Mars/Olympus")
    assert not dialog.save_button.isEnabled()
    assert "Mars/Olympus" in dialog.zone_problem.text()
    dialog.zone_combo.setEditText("Africa/Niamey")
    assert dialog.save_button.isEnabled()


def test_a_concurrent_edit_is_refused_with_the_conflict_message(
        qtbot: QtBot, view: OfficesView) -> None:
    dialog = open_dialog(view, "OIM Niger")
    offices.update_office(view._db, office_id(view._db, "OIM Niger"),
                          offices.OfficeChanges(city="Niamey"))  # someone else, meanwhile
    dialog.city_edit.setText("Agadez")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "was changed by" in dialog.error_label.text()  # who and when, not versions
    assert "reload it" in dialog.error_label.text()
    city = next(s.office.city for s in offices.list_offices(view._db)
                if s.office.name == "OIM Niger")
    assert city == "Niamey"


def test_people_of_an_office_no_longer_selected_are_not_shown(qtbot: QtBot,
                                                              seeded: Database) -> None:
    from tests.ui.helpers import DeferredTaskRunner

    runner = DeferredTaskRunner()
    view = OfficesView(seeded, runner)
    qtbot.addWidget(view)
    view.show()
    runner.finish()  # the offices
    assert view.select_office(office_id(seeded, "OIM Tadjikistan"))  # its people: pending
    region = view.model.index(0, 0)
    assert region.data(KIND_ROLE) == "region"
    view.tree.setCurrentIndex(region)
    assert view.current_office() is None
    runner.finish()  # the stale answer for OIM Tadjikistan arrives now
    assert view.contacts_model.rowCount() == 0
