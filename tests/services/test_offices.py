"""Offices: inferred from names, edited with validation and version checks, on both engines."""

from __future__ import annotations

import pytest

from desktop.domain.errors import ConflictError, InputError
from desktop.services import audit
from desktop.services.contacts import ContactDraft, add_contact
from desktop.services.database import Database
from desktop.services.offices import OfficeChanges, list_offices, update_office


def _office(db: Database) -> int:
    contact = add_contact(db, ContactDraft(name="Abdulfattoh Shafiev", office="OIM Tadjikistan"))
    assert contact.office is not None
    return contact.office.id


def test_offices_are_listed_with_their_active_contacts(db: Database) -> None:
    office_id = _office(db)
    add_contact(db, ContactDraft(name="Second Person", office="oim tadjikistan"))
    (summary,) = list_offices(db)
    assert summary.office.id == office_id and summary.contact_count == 2
    assert summary.office.country == "TJ" and summary.office.organisation == "OIM"


def test_an_office_edit_validates_and_stores_the_switchboard_ready_to_dial(db: Database) -> None:
    office_id = _office(db)
    office = update_office(db, office_id, OfficeChanges(
        city="Dushanbe", time_zone="Asia/Dushanbe", phone="48 701 02 22",
        email="Press [at] iom.int"))
    assert (office.city, office.time_zone) == ("Dushanbe", "Asia/Dushanbe")
    assert office.phone == "+992 48 701 0222" and office.email == "press@iom.int"
    assert audit.history(db, "office", office_id)[-1].changes["city"] == [None, "Dushanbe"]


@pytest.mark.parametrize(("changes", "field"), [
    (OfficeChanges(phone="12"), "Switchboard phone"),
    (OfficeChanges(email="press@"), "Switchboard email"),
    (OfficeChanges(time_zone="Mars/Olympus"), "Time zone"),
    (OfficeChanges(country="Atlantis"), "Country"),
])
def test_bad_office_values_are_refused_and_nothing_changes(
        db: Database, changes: OfficeChanges, field: str) -> None:
    office_id = _office(db)
    with pytest.raises(InputError) as error:
        update_office(db, office_id, changes)
    assert error.value.problems[0].field == field
    (summary,) = list_offices(db)
    assert summary.office.version == 1


def test_a_stale_office_edit_is_refused(db: Database) -> None:
    office_id = _office(db)
    update_office(db, office_id, OfficeChanges(city="Dushanbe"))
    with pytest.raises(ConflictError):
        update_office(db, office_id, OfficeChanges(city="Khujand"), if_version=1)
