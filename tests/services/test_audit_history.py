"""The audit view's services: who changed what and when, filtered and paged, and an earlier
version of a contact worked out from the trail and put back (refused if changed since)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.db.base import utc_now
from desktop.domain.errors import ConflictError, InputError
from desktop.services import audit
from desktop.services.audit import AuditFilter, list_changes
from desktop.services.contact_versions import contact_versions, restore_version
from desktop.services.contacts import (
    ContactChanges,
    ContactDraft,
    add_contact,
    get_contact,
    set_archived,
    update_contact,
)
from desktop.services.database import Database
from desktop.services.offices import OfficeChanges, update_office


def _as(db: Database, actor: str) -> Database:
    return Database(db.engine, actor)


def test_changes_name_who_what_and_the_previous_values(db: Database) -> None:
    alice, bob = _as(db, "alice"), _as(db, "bob")
    hiwot = add_contact(alice, ContactDraft(name="Hiwot Bekele", office="IOM Ethiopia",
                                            phones=("+251 11 661 1234",)))
    update_contact(bob, hiwot.id, ContactChanges(title="Spokesperson"), if_version=1)
    rows = list_changes(db, AuditFilter(entity="contact", entity_id=hiwot.id))
    assert [(r.entry.actor, r.entry.action) for r in rows] == [("bob", "update"),
                                                               ("alice", "create")]
    assert rows[0].subject == "Hiwot Bekele"
    assert rows[0].entry.changes["title"] == [None, "Spokesperson"]


def test_filters_by_who_text_period_and_kind(db: Database) -> None:
    alice, bob = _as(db, "alice"), _as(db, "bob")
    hiwot = add_contact(alice, ContactDraft(name="Hiwot Bekele", office="IOM Ethiopia"))
    add_contact(bob, ContactDraft(name="Ana Souza", office="OIM Brasil"))
    set_archived(bob, hiwot.id, True)
    assert {r.entry.actor for r in list_changes(db, AuditFilter(actor="bob"))} == {"bob"}
    # The office's name finds its contacts' changes (accents and case folded).
    found = list_changes(db, AuditFilter(text="oim brasíl", entity="contact"))
    assert {r.subject for r in found} == {"Ana Souza"}
    assert [r.entry.action for r in list_changes(db, AuditFilter(kinds=("archive",)))] == [
        "archive"]
    now = utc_now()
    assert list_changes(db, AuditFilter(since=now + timedelta(days=1))) == []
    assert len(list_changes(db, AuditFilter(since=now - timedelta(days=1)))) >= 3
    assert audit.actors(db) == ["alice", "bob"]
    assert "archive" in audit.kinds(db)


def test_a_big_history_comes_a_page_at_a_time(db: Database) -> None:
    contact = add_contact(db, ContactDraft(name="Hiwot Bekele"))
    for n in range(12):
        contact = update_contact(db, contact.id, ContactChanges(title=f"Title {n}"))
    first = list_changes(db, AuditFilter(entity_id=contact.id, entity="contact"), limit=5)
    second = list_changes(db, AuditFilter(entity_id=contact.id, entity="contact"),
                          before_id=first[-1].entry.id, limit=5)
    assert len(first) == len(second) == 5
    assert first[-1].entry.id > second[0].entry.id
    assert second[0].entry.changes["title"] == ["Title 5", "Title 6"]


def test_an_earlier_version_comes_back_whole(db: Database) -> None:
    start = add_contact(db, ContactDraft(name="Hiwot Bekele", office="IOM Ethiopia",
                                         phones=("+251 11 661 1234",), tags=("health",)))
    update_contact(db, start.id, ContactChanges(
        name="Hiwot B. Bekele", title="Spokesperson", tags=("health", "migration"),
        add_phones=("+251 91 123 4567",), remove_phones=("+251116611234",),
        add_emails=("hbekele@iom.int",)))
    set_archived(db, start.id, True)
    versions = contact_versions(db, start.id)
    assert [v.entry.action for v in versions] == ["archive", "update", "create"]
    first = versions[-1].state
    assert first is not None and first.name == "Hiwot Bekele" and first.title is None
    assert [p.e164 for p in first.phones] == ["+251116611234"] and not first.emails
    current = get_contact(db, start.id)
    restored = restore_version(db, start.id, versions[-1].entry.id, current.version)
    assert (restored.name, restored.title, restored.tags, restored.archived) == (
        "Hiwot Bekele", None, ("health",), False)
    assert [p.e164 for p in restored.phones] == ["+251116611234"]
    # The restore is itself a change with its previous values, so it can be undone in turn.
    again = contact_versions(db, start.id)
    assert again[0].entry.action == "restore"
    assert again[0].entry.changes["changed"]["name"] == ["Hiwot B. Bekele", "Hiwot Bekele"]
    before_restore = again[1].state
    assert before_restore is not None and before_restore.archived
    assert before_restore.name == "Hiwot B. Bekele"


def test_restoring_is_refused_when_the_contact_changed_since(db: Database) -> None:
    contact = add_contact(db, ContactDraft(name="Hiwot Bekele"))
    seen = update_contact(db, contact.id, ContactChanges(title="One"))
    versions = contact_versions(db, contact.id)
    update_contact(_as(db, "bob"), contact.id, ContactChanges(title="Two"))
    with pytest.raises(ConflictError, match="bob"):
        restore_version(db, contact.id, versions[-1].entry.id, seen.version)
    assert get_contact(db, contact.id).title == "Two"  # nothing written


def test_a_version_the_trail_cannot_rebuild_is_not_offered(db: Database) -> None:
    contact = add_contact(db, ContactDraft(name="Hiwot Bekele", office="IOM Ethiopia"))
    update_contact(db, contact.id, ContactChanges(office="IOM Kenya"))
    office = get_contact(db, contact.id).office
    assert office is not None
    ethiopia = next(v for v in contact_versions(db, contact.id) if v.entry.action == "create")
    assert ethiopia.state is not None
    ethiopia_office = ethiopia.state.office
    assert ethiopia_office is not None
    update_office(db, ethiopia_office.id, OfficeChanges(name="IOM Addis Ababa"))
    versions = contact_versions(db, contact.id)
    assert versions[0].state is not None and versions[-1].state is None  # renamed since
    with pytest.raises(InputError, match="cannot be restored"):
        restore_version(db, contact.id, versions[-1].entry.id,
                        get_contact(db, contact.id).version)
