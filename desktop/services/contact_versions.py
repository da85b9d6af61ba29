"""A contact's earlier versions, worked out from its audit trail, and putting one back.

The trail holds differences (``field: [old, new]``, numbers added and removed), not copies, so
an earlier state is the current record with the newer differences undone, newest first. Where
an entry cannot be undone (an import's summary in words, a restore written before restores
kept their differences, an office since renamed) the versions before it are not offered:
never a guess.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.models import AuditEntry, Office
from desktop.domain.emails import check_email
from desktop.domain.errors import InputError, Problem
from desktop.domain.phones import check_phone
from desktop.domain.records import AuditRecord, ContactRecord, EmailRecord, PhoneRecord
from desktop.services.contact_restore import restore_contact
from desktop.services.contacts import get_contact
from desktop.services.database import Database
from desktop.services.mapping import office_record

_FIELDS = ("name", "title", "country", "notes")


@dataclass(frozen=True)
class ContactVersion:
    """The contact as it was just after ``entry``; ``state`` is None when it cannot be known."""

    entry: AuditRecord
    state: ContactRecord | None
    current: bool = False


def _phone(text: str, region: str | None) -> PhoneRecord:
    check = check_phone(text, region)
    return PhoneRecord(e164=check.e164, extension=check.extension, display=check.display,
                       kind=check.kind, valid=check.valid, as_written=check.as_written,
                       problem=check.problem)


def _email(text: str) -> EmailRecord:
    check = check_email(text)
    return EmailRecord(address=check.address, kind=check.kind, valid=check.valid,
                       as_written=check.as_written, problem=check.problem)


def _texts(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def _undo(session: Session, state: ContactRecord, entry: AuditEntry) -> ContactRecord | None:
    """``state`` as it was before ``entry``; None when the entry does not say enough."""
    if entry.action in ("archive", "unarchive"):
        return dataclasses.replace(state, archived=entry.action == "unarchive",
                                   version=state.version - 1)
    if entry.action == "update" and "source" not in entry.changes:
        diff = dict(entry.changes)
    elif entry.action == "restore" and isinstance(entry.changes.get("changed"), dict):
        diff = dict(entry.changes["changed"])
    else:
        return None  # a creation (nothing before it) or a change described only in words
    values: dict[str, object] = {"version": state.version - 1}
    for name in _FIELDS:
        if isinstance(diff.get(name), list):
            values[name] = diff[name][0]
    for name in ("languages", "tags"):
        if isinstance(diff.get(name), list):
            values[name] = tuple(_texts(diff[name][0]))
    if isinstance(diff.get("archived"), list):
        values["archived"] = bool(diff["archived"][0])
    if isinstance(diff.get("office"), list):
        old = diff["office"][0]
        office = (session.scalars(select(Office).where(Office.name == old)).first()
                  if old is not None else None)
        if old is not None and office is None:
            return None  # the office was renamed since: which one it was is not known
        values["office"] = office_record(office) if office is not None else None
    before = dataclasses.replace(state, **values)  # type: ignore[arg-type]
    added = set(_texts(diff.get("added_phones")))
    phones = [p for p in before.phones if (p.e164 or p.as_written) not in added]
    phones += [_phone(text, before.country) for text in _texts(diff.get("removed_phones"))]
    added = set(_texts(diff.get("added_emails")))
    emails = [e for e in before.emails if (e.address or e.as_written) not in added]
    emails += [_email(text) for text in _texts(diff.get("removed_emails"))]
    return dataclasses.replace(before, phones=tuple(phones), emails=tuple(emails))


def contact_versions(db: Database, contact_id: int) -> list[ContactVersion]:
    """Every recorded change of the contact, newest first, each with the state it left."""
    current = get_contact(db, contact_id)
    with db.reading() as session:
        entries = list(session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == "contact", AuditEntry.entity_id == contact_id)
            .order_by(AuditEntry.id.desc())))
        versions: list[ContactVersion] = []
        state: ContactRecord | None = current
        for n, entry in enumerate(entries):
            record = AuditRecord(entry.id, entry.at, entry.actor, entry.entity,
                                 entry.entity_id, entry.action, dict(entry.changes))
            versions.append(ContactVersion(record, state, current=n == 0))
            if state is not None:
                state = _undo(session, state, entry)
    return versions


def restore_version(db: Database, contact_id: int, entry_id: int,
                    if_version: int) -> ContactRecord:
    """Put the contact back as it was just after audit entry ``entry_id``.

    ``if_version`` is the version the user was looking at: if someone changed the contact
    since, the restore is refused (ConflictError naming who and when), nothing written.
    """
    version = next((v for v in contact_versions(db, contact_id) if v.entry.id == entry_id),
                   None)
    if version is None or version.state is None:
        raise InputError(Problem("Version", str(entry_id),
                                 "this change of the contact cannot be restored: the history "
                                 "before it does not say what the contact held"))
    return restore_contact(db, version.state, if_version=if_version)
