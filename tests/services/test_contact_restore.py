"""Undo's service: a contact put back exactly, flagged values included, on both engines."""

from __future__ import annotations

import pytest

from desktop.domain.errors import ConflictError
from desktop.services import audit, releases
from desktop.services.contact_restore import restore_contact
from desktop.services.contacts import ContactChanges, get_contact, list_contacts, update_contact
from desktop.services.database import Database


def test_a_removed_flagged_number_comes_back_flagged(db: Database) -> None:
    releases.import_releases(db, releases.demo_paths())
    rojas = next(c for c in list_contacts(db) if c.name == "Valentina Rojas")
    before = get_contact(db, rojas.id)
    flagged = next(p for p in before.phones if not p.valid)
    after = update_contact(db, rojas.id, ContactChanges(
        remove_phones=(flagged.as_written,), title="Changed"))
    assert all(p.valid for p in after.phones)
    restored = restore_contact(db, before, if_version=after.version)
    assert restored.phones == before.phones and restored.title == before.title
    assert restored.needs_review and restored.version == after.version + 1
    assert audit.history(db, "contact", rojas.id)[-1].action == "restore"


def test_restore_refuses_a_stale_version(db: Database) -> None:
    releases.import_releases(db, releases.demo_paths())
    contact = get_contact(db, list_contacts(db)[0].id)
    update_contact(db, contact.id, ContactChanges(title="One"))
    with pytest.raises(ConflictError):
        restore_contact(db, contact, if_version=contact.version)
