"""What an import needs to know of the contacts a batch of cards matches, read with Core.

Most cards of a re-imported file change nothing. Loading each matched person as ORM objects
(contact, numbers, addresses, office) only to find that took most of a re-import's time; these
plain rows, three statements per batch, say whether a card adds anything, and only the people
who do change are loaded as ORM objects and merged.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.models import Contact, Email, Phone

CHUNK = 1000
"""Ids per statement: well under every engine's limit on bound values."""


@dataclass(frozen=True, slots=True)
class KnownPhone:
    e164: str | None
    extension: str | None
    kind: str
    as_written: str


@dataclass(frozen=True, slots=True)
class KnownEmail:
    address: str | None
    as_written: str


@dataclass(frozen=True, slots=True)
class Known:
    """A directory contact as the import's matching and merging rules look at it."""

    id: int
    title: str | None
    notes: str | None
    office_id: int | None
    country: str | None
    tags: tuple[str, ...]
    languages: tuple[str, ...]
    phones: tuple[KnownPhone, ...]
    emails: tuple[KnownEmail, ...]


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def load_known(session: Session, contact_ids: Collection[int]) -> dict[int, Known]:
    """These contacts, by id, with their numbers and addresses in position order."""
    found: dict[int, Known] = {}
    for chunk in _chunks(sorted(contact_ids)):
        phones: dict[int, list[KnownPhone]] = defaultdict(list)
        for owner, e164, extension, kind, written in session.execute(
                select(Phone.contact_id, Phone.e164, Phone.extension, Phone.kind,
                       Phone.as_written)
                .where(Phone.contact_id.in_(chunk)).order_by(Phone.contact_id, Phone.position,
                                                             Phone.id)):
            phones[owner].append(KnownPhone(e164, extension, kind, written))
        emails: dict[int, list[KnownEmail]] = defaultdict(list)
        for owner, address, written in session.execute(
                select(Email.contact_id, Email.address, Email.as_written)
                .where(Email.contact_id.in_(chunk)).order_by(Email.contact_id, Email.position,
                                                             Email.id)):
            emails[owner].append(KnownEmail(address, written))
        for row in session.execute(
                select(Contact.id, Contact.title, Contact.notes, Contact.office_id,
                       Contact.country, Contact.tags, Contact.languages)
                .where(Contact.id.in_(chunk))):
            found[row[0]] = Known(row[0], row[1], row[2], row[3], row[4], tuple(row[5] or ()),
                                  tuple(row[6] or ()), tuple(phones.get(row[0], ())),
                                  tuple(emails.get(row[0], ())))
    return found
