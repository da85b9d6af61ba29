"""The contacts service on both engines: validation, duplicates, audit, versions, archive."""

from __future__ import annotations

import pytest

from desktop.domain.errors import ConflictError, DuplicateError, InputError, NotFoundError
from desktop.services import audit
from desktop.services.contacts import (
    ContactChanges,
    ContactDraft,
    add_contact,
    count_contacts,
    get_contact,
    list_contacts,
    set_archived,
    update_contact,
)
from desktop.services.database import Database

SHAFIEV = ContactDraft(name="Abdulfattoh Shafiev", office="OIM Tadjikistan",
                       phones=("48 701 02 22",), emails=("abdulfattoh@inbox.ru",))


def test_a_national_number_is_read_with_the_office_country(db: Database) -> None:
    contact = add_contact(db, SHAFIEV)
    assert contact.country == "TJ"
    assert contact.office is not None and contact.office.country == "TJ"
    (phone,) = contact.phones
    assert (phone.e164, phone.display, phone.as_written) == (
        "+992487010222", "+992 48 701 0222", "48 701 02 22")
    assert contact.given_name == "Abdulfattoh" and contact.family_name == "Shafiev"
    assert get_contact(db, contact.id) == contact


def test_an_invalid_number_is_refused_and_nothing_is_written(db: Database) -> None:
    with pytest.raises(InputError) as error:
        add_contact(db, ContactDraft(name="Valentina Rojas", office="OIM Colombia",
                                     phones=("+57 1 639 7777",)))
    (problem,) = error.value.problems
    assert problem.field == "Phone" and problem.value == "+57 1 639 7777"
    assert "Colombia" in problem.reason
    assert count_contacts(db) == 0


def test_every_bad_value_is_reported_at_once(db: Database) -> None:
    with pytest.raises(InputError) as error:
        add_contact(db, ContactDraft(name="X", country="FR", phones=("12", "+33 6 12 34 56 78"),
                                     emails=("bad@", "good@iom.int", "worse")))
    assert [p.value for p in error.value.problems] == ["12", "bad@", "worse"]


def test_the_same_number_or_address_points_at_the_existing_contact(db: Database) -> None:
    first = add_contact(db, SHAFIEV)
    with pytest.raises(DuplicateError) as error:
        add_contact(db, ContactDraft(name="Someone Else", phones=("+992 48 701 0222",)))
    assert error.value.existing_id == first.id
    with pytest.raises(DuplicateError):
        add_contact(db, ContactDraft(name="Someone Else", emails=("ABDULFATTOH@inbox.ru",)))
    shared = add_contact(db, ContactDraft(name="Press Desk TJ", emails=("abdulfattoh@inbox.ru",),
                                          allow_duplicate=True))
    assert shared.id != first.id
    assert count_contacts(db) == 2


def test_update_adds_and_removes_numbers_and_bumps_the_version_once(db: Database) -> None:
    contact = add_contact(db, SHAFIEV)
    updated = update_contact(db, contact.id, ContactChanges(
        title="Media officer", add_phones=("+992 90 123 4567",), remove_phones=("487010222",),
        add_emails=("a.shafiev@iom.int",)), if_version=contact.version)
    assert updated.version == contact.version + 1
    assert updated.title == "Media officer"
    assert [p.e164 for p in updated.phones] == ["+992901234567"]
    assert [e.address for e in updated.emails] == ["abdulfattoh@inbox.ru", "a.shafiev@iom.int"]
    entries = audit.history(db, "contact", contact.id)
    assert [e.action for e in entries] == ["create", "update"]
    assert entries[-1].changes["title"] == [None, "Media officer"]
    assert entries[-1].actor


def test_a_stale_update_is_refused_saying_who_changed_it(db: Database) -> None:
    contact = add_contact(db, SHAFIEV)
    update_contact(db, contact.id, ContactChanges(title="Officer"))
    with pytest.raises(ConflictError) as error:
        update_contact(db, contact.id, ContactChanges(title="Other"), if_version=contact.version)
    assert f"not {contact.version}" in str(error.value)
    assert db.actor in str(error.value)
    assert get_contact(db, contact.id).title == "Officer"


def test_removing_a_number_the_contact_does_not_have_is_refused(db: Database) -> None:
    contact = add_contact(db, SHAFIEV)
    with pytest.raises(InputError) as error:
        update_contact(db, contact.id, ContactChanges(remove_phones=("+1 212 555 0100",)))
    assert "+992487010222" in str(error.value)


def test_archive_hides_and_undo_brings_back(db: Database) -> None:
    contact = add_contact(db, SHAFIEV)
    archived = set_archived(db, contact.id)
    assert archived.archived and list_contacts(db) == []
    assert [c.id for c in list_contacts(db, include_archived=True)] == [contact.id]
    assert not set_archived(db, contact.id, archived=False).archived
    assert [c.name for c in list_contacts(db)] == ["Abdulfattoh Shafiev"]


def test_office_country_conflict_is_refused(db: Database) -> None:
    add_contact(db, SHAFIEV)
    with pytest.raises(InputError) as error:
        add_contact(db, ContactDraft(name="B", office="oim tadjikistan", country="FR"))
    assert "TJ" in str(error.value)


def test_unknown_contact(db: Database) -> None:
    with pytest.raises(NotFoundError):
        get_contact(db, 999)


def test_list_pages_in_name_order(db: Database) -> None:
    for name in ["Zahra Haidari", "Hiwot Bekele", "Mohamed Abdi"]:
        add_contact(db, ContactDraft(name=name))
    assert [c.name for c in list_contacts(db)] == ["Hiwot Bekele", "Mohamed Abdi", "Zahra Haidari"]
    assert [c.name for c in list_contacts(db, offset=1, limit=1)] == ["Mohamed Abdi"]


def test_keyset_pages_follow_each_other_without_gaps(db: Database) -> None:
    names = ["Émile Zola", "Ana Méndez", "Ana Mendez", "Bo Li", "Zahra Haidari", "Олена Коваленко"]
    for name in names:
        add_contact(db, ContactDraft(name=name))
    seen: list[str] = []
    after = None
    while page := list_contacts(db, limit=2, after=after):
        seen += [c.name for c in page]
        after = (page[-1].name, page[-1].id)
    assert sorted(seen) == sorted(names) and len(seen) == len(names)
    assert seen == [c.name for c in list_contacts(db)]
