"""What services hand to the command line and the GUI: frozen, plain, free of ORM state."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from desktop.domain.emails import EmailKind
from desktop.domain.phones import PhoneKind


@dataclass(frozen=True)
class PhoneRecord:
    e164: str | None
    extension: str | None
    display: str | None
    kind: PhoneKind
    valid: bool
    as_written: str
    problem: str | None = None


@dataclass(frozen=True)
class EmailRecord:
    address: str | None
    kind: EmailKind
    valid: bool
    as_written: str
    problem: str | None = None


@dataclass(frozen=True)
class OfficeRecord:
    id: int
    name: str
    organisation: str | None
    country: str | None
    city: str | None
    time_zone: str | None
    phone: str | None
    email: str | None
    version: int


@dataclass(frozen=True)
class ReleaseRef:
    """A release as a contact card lists it: enough to open it and say when it confirmed."""

    id: int
    title: str
    published_on: date | None
    role: str = "media_contact"
    snippet: str | None = None


@dataclass(frozen=True)
class ContactRecord:
    id: int
    name: str
    given_name: str | None
    family_name: str | None
    title: str | None
    office: OfficeRecord | None
    country: str | None
    languages: tuple[str, ...]
    tags: tuple[str, ...]
    notes: str | None
    archived: bool
    version: int
    phones: tuple[PhoneRecord, ...]
    emails: tuple[EmailRecord, ...]
    created_at: datetime
    updated_at: datetime
    releases: tuple[ReleaseRef, ...] = ()

    @property
    def needs_review(self) -> bool:
        """True when a phone or email was kept as written because it could not be validated."""
        return any(not p.valid for p in self.phones) or any(not e.valid for e in self.emails)


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: datetime
    actor: str
    entity: str
    entity_id: int
    action: str
    changes: dict[str, object] = field(default_factory=dict)
