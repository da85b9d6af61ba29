"""The tables. Services map these to frozen records; nothing above services sees them."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
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


class Outlet(Base):
    """A newsroom journalists write for: named once, shared by its journalists."""

    __tablename__ = "outlets"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str | None] = mapped_column(String(16))
    country: Mapped[str | None] = mapped_column(String(2))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)

    __table_args__ = (
        CheckConstraint("kind IN ('wire', 'print', 'broadcast', 'online')", name="kind"),
    )


class Journalist(Base):
    """A person who asks the press desk questions; matched by email or number, never twice."""

    __tablename__ = "journalists"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    outlet_id: Mapped[int | None] = mapped_column(
        ForeignKey("outlets.id", ondelete="SET NULL"), index=True
    )
    beat: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(2))
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)

    outlet: Mapped[Outlet | None] = relationship()
    phones: Mapped[list[JournalistPhone]] = relationship(
        back_populates="journalist", cascade="all, delete-orphan",
        order_by="JournalistPhone.position"
    )
    emails: Mapped[list[JournalistEmail]] = relationship(
        back_populates="journalist", cascade="all, delete-orphan",
        order_by="JournalistEmail.position"
    )

    __mapper_args__ = {"version_id_col": version}


class JournalistPhone(Base):
    """A journalist's number: the columns and rules of a contact's ``phones`` row."""

    __tablename__ = "journalist_phones"

    id: Mapped[int] = mapped_column(primary_key=True)
    journalist_id: Mapped[int] = mapped_column(
        ForeignKey("journalists.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    e164: Mapped[str | None] = mapped_column(String(20), index=True)
    extension: Mapped[str | None] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(16))
    as_written: Mapped[str] = mapped_column(String(120))
    valid: Mapped[bool] = mapped_column(Boolean)
    problem: Mapped[str | None] = mapped_column(Text)
    display: Mapped[str | None] = mapped_column(String(64))

    journalist: Mapped[Journalist] = relationship(back_populates="phones")

    __table_args__ = (
        CheckConstraint("kind IN ('office', 'mobile', 'whatsapp', 'fax')", name="kind"),
        CheckConstraint("valid = (e164 IS NOT NULL)", name="valid_has_e164"),
    )


class JournalistEmail(Base):
    """A journalist's address: the columns and rules of a contact's ``emails`` row."""

    __tablename__ = "journalist_emails"

    id: Mapped[int] = mapped_column(primary_key=True)
    journalist_id: Mapped[int] = mapped_column(
        ForeignKey("journalists.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    address: Mapped[str | None] = mapped_column(String(254), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    as_written: Mapped[str] = mapped_column(String(254))
    valid: Mapped[bool] = mapped_column(Boolean)
    problem: Mapped[str | None] = mapped_column(Text)

    journalist: Mapped[Journalist] = relationship(back_populates="emails")

    __table_args__ = (
        CheckConstraint("kind IN ('work', 'personal', 'shared')", name="kind"),
        CheckConstraint("valid = (address IS NOT NULL)", name="valid_has_address"),
    )


inquiry_releases = Table(
    "inquiry_releases",
    Base.metadata,
    Column("inquiry_id", ForeignKey("inquiries.id", ondelete="CASCADE"), primary_key=True),
    Column("release_id", ForeignKey("releases.id", ondelete="CASCADE"), primary_key=True,
           index=True),
)
"""The releases an inquiry is about."""


class Inquiry(Base):
    """A journalist's question with a deadline, and what the desk did about it."""

    __tablename__ = "inquiries"

    id: Mapped[int] = mapped_column(primary_key=True)
    journalist_id: Mapped[int] = mapped_column(
        ForeignKey("journalists.id", ondelete="RESTRICT"), index=True
    )
    channel: Mapped[str] = mapped_column(String(16))
    topic: Mapped[str] = mapped_column(String(300))
    topic_key: Mapped[str] = mapped_column(String(300))
    """The folded topic: the summary counts "Almaty process" and "almaty Process" together."""
    question: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(35))
    received_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    deadline: Mapped[datetime | None] = mapped_column(UtcDateTime)
    deadline_zone: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    desk_rank: Mapped[int] = mapped_column(Integer)
    """0 open with a deadline, 1 open without, 2 finished: the desk's order is
    (desk_rank, deadline, id) on one index, and the overdue list is rank 0 before now."""
    assignee_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    office_id: Mapped[int | None] = mapped_column(
        ForeignKey("offices.id", ondelete="SET NULL"), index=True
    )
    response: Mapped[str | None] = mapped_column(Text)
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    notes: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)

    journalist: Mapped[Journalist] = relationship()
    assignee: Mapped[Contact | None] = relationship()
    office: Mapped[Office | None] = relationship()
    releases: Mapped[list[Release]] = relationship(secondary=inquiry_releases,
                                                   order_by="Release.id")
    follow_ups: Mapped[list[InquiryFollowUp]] = relationship(
        back_populates="inquiry", cascade="all, delete-orphan", order_by="InquiryFollowUp.id"
    )

    __table_args__ = (
        CheckConstraint("status IN ('new', 'assigned', 'answered', 'closed', 'declined')",
                        name="status"),
        CheckConstraint("channel IN ('phone', 'email', 'in_person', 'social_media', 'other')",
                        name="channel"),
        Index("ix_inquiries_desk", "desk_rank", "deadline", "id"),
    )
    __mapper_args__ = {"version_id_col": version}


class InquiryFollowUp(Base):
    """One dated entry of an inquiry's thread (a note, a status change, a reason to reopen)."""

    __tablename__ = "inquiry_follow_ups"

    id: Mapped[int] = mapped_column(primary_key=True)
    inquiry_id: Mapped[int] = mapped_column(
        ForeignKey("inquiries.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    author: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)

    inquiry: Mapped[Inquiry] = relationship(back_populates="follow_ups")

    __table_args__ = (
        CheckConstraint("kind IN ('note', 'status', 'reopen')", name="kind"),
    )


class Feed(Base):
    """A newsroom feed (RSS or Atom): saved in Settings, or met once on the command line."""

    __tablename__ = "feeds"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    """The feed's web address, or the path of a feed file, as given."""
    url_key: Mapped[str] = mapped_column(String(400), unique=True)
    title: Mapped[str | None] = mapped_column(String(300))
    saved: Mapped[bool] = mapped_column(Boolean, default=False)
    """Listed in Settings and checked by "Check feeds"."""
    check_at_start: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    last_checked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)


class FeedItem(Base):
    """A feed item already imported: the next check does not fetch it again."""

    __tablename__ = "feed_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.id", ondelete="CASCADE"), index=True)
    item_key: Mapped[str] = mapped_column(String(500))
    """The item's guid/id, else its link."""
    link: Mapped[str] = mapped_column(Text)
    release_id: Mapped[int | None] = mapped_column(
        ForeignKey("releases.id", ondelete="SET NULL"), index=True
    )
    seen_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)

    __table_args__ = (UniqueConstraint("feed_id", "item_key"),)
