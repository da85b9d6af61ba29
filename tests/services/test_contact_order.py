"""Listing contacts in each order, a page at a time (keyset paging), on both engines."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.domain.records import ContactRecord
from desktop.domain.text import fold
from desktop.services.contacts import (
    CONTACT_ORDERS,
    ContactChanges,
    ContactDraft,
    add_contact,
    list_contacts,
    set_archived,
    update_contact,
)
from desktop.services.database import Database

# Distinct first letters where the order matters, so every collation agrees; the repeated
# offices, countries and titles make ties that only the id breaks.
PEOPLE = (
    ContactDraft(name="Chloé Martin", office="IOM Chile", country="CL", title="press officer"),
    ContactDraft(name="Abdulfattoh Shafiev", office="IOM Tajikistan", country="TJ",
                 title="media officer"),
    ContactDraft(name="Élodie Bernard", office="IOM Chile", country="CL"),
    ContactDraft(name="Hiwot Bekele", office="IOM Ethiopia", country="ET",
                 title="communications lead"),
    ContactDraft(name="Bruno Duarte"),
    ContactDraft(name="Dina Haddad", office="IOM Ethiopia", country="ET",
                 title="media officer"),
    ContactDraft(name="Gustavo Pérez", country="AR", title="press officer"),
)


def _value(record: ContactRecord, order_by: str) -> Any:
    if order_by == "name":
        return fold(record.name)
    if order_by == "office":
        return fold(record.office.name) if record.office else ""
    if order_by == "country":
        return record.country or (record.office.country if record.office else None) or ""
    if order_by == "title":
        return (record.title or "").lower()
    return record.updated_at


def _shown(record: ContactRecord, order_by: str) -> Any:
    """What a caller passes back in ``after``: the value as the record shows it."""
    if order_by == "name":
        return record.name
    if order_by == "office":
        return record.office.name if record.office else None
    if order_by == "country":
        return record.country or (record.office.country if record.office else None)
    if order_by == "title":
        return record.title
    return record.updated_at


def _page_through(db: Database, order_by: str, descending: bool, size: int = 2,
                  ) -> list[ContactRecord]:
    seen: list[ContactRecord] = []
    after = None
    while True:
        page = list_contacts(db, limit=size, order_by=order_by, descending=descending,
                             after=after)
        seen.extend(page)
        if len(page) < size:
            return seen
        after = (_shown(page[-1], order_by), page[-1].id)


@pytest.fixture
def people(db: Database) -> list[ContactRecord]:
    added = [add_contact(db, draft) for draft in PEOPLE]
    # Touch two people so "updated" differs from the order they were added in.
    update_contact(db, added[0].id, ContactChanges(notes="called back"))
    update_contact(db, added[4].id, ContactChanges(notes="new number"))
    return added


@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
@pytest.mark.parametrize("order_by", CONTACT_ORDERS)
def test_every_order_pages_through_everyone_once_in_order(
        db: Database, people: list[ContactRecord], order_by: str, descending: bool) -> None:
    listed = _page_through(db, order_by, descending)
    everyone = list_contacts(db)
    expected = sorted(everyone, key=lambda r: (_value(r, order_by), r.id), reverse=descending)
    assert [r.id for r in listed] == [r.id for r in expected]
    assert len({r.id for r in listed}) == len(PEOPLE)
    whole = list_contacts(db, order_by=order_by, descending=descending)
    assert [r.id for r in whole] == [r.id for r in listed]  # pages join up without a seam


def test_missing_values_come_first_ascending_and_last_descending(
        db: Database, people: list[ContactRecord]) -> None:
    no_office = next(p for p in people if p.name == "Bruno Duarte")
    by_office = list_contacts(db, order_by="office")
    assert by_office[0].id == no_office.id or by_office[0].office is None
    assert list_contacts(db, order_by="office", descending=True)[-1].office is None
    titles = [r.title for r in list_contacts(db, order_by="title")]
    assert titles[:2] == [None, None]
    assert titles[2:] == sorted(titles[2:], key=lambda t: (t or "").lower())


def test_the_most_recently_updated_come_first_descending(
        db: Database, people: list[ContactRecord]) -> None:
    newest = list_contacts(db, order_by="updated", descending=True, limit=2)
    assert [r.name for r in newest] == ["Bruno Duarte", "Chloé Martin"]


def test_archived_contacts_stay_out_of_every_order_unless_asked(
        db: Database, people: list[ContactRecord]) -> None:
    set_archived(db, people[1].id, True)
    for order_by in CONTACT_ORDERS:
        assert people[1].id not in {r.id for r in _page_through(db, order_by, False)}
    assert people[1].id in {r.id for r in list_contacts(db, order_by="office",
                                                          include_archived=True)}


def test_an_unknown_order_is_refused(db: Database) -> None:
    with pytest.raises(ValueError, match="order_by"):
        list_contacts(db, order_by="phone")
