"""The tables. Services map these to frozen records; nothing above services sees them."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.db.base import Base, UtcDateTime, utc_now

SEARCH_TABLE_PREFIX = "search_"
"""The search index's tables (FTS5 virtual tables and their shadows, tsvector tables) are
engine-specific and built by migration 0003 outside the ORM: schema comparisons skip them."""


def include_in_schema_comparison(obj: object, name: str | None, type_: str, reflected: bool,
                                 compare_to: object) -> bool:
    """Alembic ``include_object`` hook: everything but the search index's tables."""
    return not (type_ == "table" and reflected and compare_to is None and name is not None
                and name.startswith(SEARCH_TABLE_PREFIX))


class Office(Base):
    __tablename__ = "offices"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), unique=True)
    """The folded name: "OIM Tadjikistan" and "oim tadjikistan" are one office."""
    organisation: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    city: Mapped[str | None] = mapped_column(String(120))
    time_zone: Mapped[str | None] = mapped_column(String(64))
    phone: Mapped[str | None] = mapped_column(String(64))
    email: Mapped[str | None] = mapped_column(String(254))
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)

    contacts: Mapped[list[Contact]] = relationship(back_populates="office")

    __mapper_args__ = {"version_id_col": version}


class Contact(Base):
    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    given_name: Mapped[str | None] = mapped_column(String(120))
    family_name: Mapped[str | None] = mapped_column(String(120))
    title: Mapped[str | None] = mapped_column(String(200))
    office_id: Mapped[int | None] = mapped_column(
        ForeignKey("offices.id", ondelete="SET NULL"), index=True
    )
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    """The person's country; the office's unless said otherwise. Default region for phones."""
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str | None] = mapped_column(Text)
    archived: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)

    office: Mapped[Office | None] = relationship(back_populates="contacts")
    phones: Mapped[list[Phone]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="Phone.position"
    )
    emails: Mapped[list[Email]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="Email.position"
    )

    __mapper_args__ = {"version_id_col": version}


class Phone(Base):
    __tablename__ = "phones"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    e164: Mapped[str | None] = mapped_column(String(20), index=True)
    """Null when the number as written could not be validated (then ``valid`` is false)."""
    extension: Mapped[str | None] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(16))
    as_written: Mapped[str] = mapped_column(String(120))
    valid: Mapped[bool] = mapped_column(Boolean)
    problem: Mapped[str | None] = mapped_column(Text)
    display: Mapped[str | None] = mapped_column(String(64))
    """The number formatted for dialling ("+992 48 701 0222 ext. 12"), written with the row so
    reads never parse it; null when ``e164`` is."""

    contact: Mapped[Contact] = relationship(back_populates="phones")

    __table_args__ = (
        CheckConstraint("kind IN ('office', 'mobile', 'whatsapp', 'fax')", name="kind"),
        CheckConstraint("valid = (e164 IS NOT NULL)", name="valid_has_e164"),
    )


class Email(Base):
    __tablename__ = "emails"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    address: Mapped[str | None] = mapped_column(String(254), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    as_written: Mapped[str] = mapped_column(String(254))
    valid: Mapped[bool] = mapped_column(Boolean)
    problem: Mapped[str | None] = mapped_column(Text)

    contact: Mapped[Contact] = relationship(back_populates="emails")

    __table_args__ = (
        CheckConstraint("kind IN ('work', 'personal', 'shared')", name="kind"),
        CheckConstraint("valid = (address IS NOT NULL)", name="valid_has_address"),
    )


class AuditEntry(Base):
    """Who changed what, when: written by the service layer on every change."""

    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    actor: Mapped[str] = mapped_column(String(120))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(40))
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    __table_args__ = (Index("ix_audit_entries_entity", "entity", "entity_id"),)


class Release(Base):
    __tablename__ = "releases"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    published_on: Mapped[date | None] = mapped_column(Date, index=True)
    dateline: Mapped[str | None] = mapped_column(String(120))
    language: Mapped[str | None] = mapped_column(String(8))
    body: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)
    source_key: Mapped[str] = mapped_column(String(400), index=True)
    """The file name or URL folded: a corrected release from the same source updates it."""
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)

    links: Mapped[list[ReleaseContact]] = relationship(
        back_populates="release", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}


class ReleaseContact(Base):
    """The provenance of every extracted fact: which release named whom, and in what words."""

    __tablename__ = "release_contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    release_id: Mapped[int] = mapped_column(
        ForeignKey("releases.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    """Null for a person only quoted in the body who is not (yet) in the directory."""
    role: Mapped[str] = mapped_column(String(20))
    person_name: Mapped[str] = mapped_column(String(200))
    """The name as the release wrote it."""
    person_title: Mapped[str | None] = mapped_column(String(300))
    snippet: Mapped[str] = mapped_column(Text)

    release: Mapped[Release] = relationship(back_populates="links")
    contact: Mapped[Contact | None] = relationship()

    __table_args__ = (
        CheckConstraint("role IN ('media_contact', 'quoted')", name="role"),
        Index("ix_release_contacts_link", "release_id", "contact_id", "role"),
    )
