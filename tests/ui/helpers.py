"""Shared set-up for the GUI tests: a couple of real-looking contacts."""

from __future__ import annotations

from desktop.domain.records import ContactRecord
from desktop.services import contacts
from desktop.services.database import Database


def add_people(db: Database) -> dict[str, ContactRecord]:
    shafiev = contacts.add_contact(db, contacts.ContactDraft(
        name="Abdulfattoh Shafiev", office="OIM Tadjikistan", title="Media officer",
        phones=("+992 48 701 02 22",), emails=("abdulfattoh@inbox.ru",), languages=("ru", "tg")))
    bekele = contacts.add_contact(db, contacts.ContactDraft(
        name="Hiwot Bekele", office="IOM Ethiopia", phones=("+251 911 234 567",),
        emails=("hbekele@iom.int",)))
    return {"shafiev": shafiev, "bekele": bekele}
