"""The whole directory as rows, to show two ways of importing leave a user the same one: every
table row for row (times by their type and zone), the search index, and a wipe back to ids
counting from 1, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select, text

from desktop.db.models import AuditEntry, Contact, Email, Office, Phone
from desktop.search import documents
from desktop.services.database import Database

DATA = Path(__file__).resolve().parent.parent / "data" / "contacts"
VENDOR_FILES = [DATA / name for name in (
    "apple_contacts.vcf", "google_contacts.vcf", "outlook_contact.vcf", "android_contacts.vcf",
    "press_officers.vcf", "google_contacts.csv", "outlook_desktop.csv")]
MODELS = (Office, Contact, Phone, Email, AuditEntry)


def _shape(value: Any) -> Any:
    """A written time is compared by its type and zone (the two imports ran at other times)."""
    if isinstance(value, datetime):
        return ("datetime", value.tzinfo is not None)
    return value


def directory_rows(db: Database) -> dict[str, Any]:
    """Each table's rows in id order, the search documents and the search terms."""
    found: dict[str, Any] = {}
    with db.reading() as session:
        for model in MODELS:
            table = model.__table__
            assert isinstance(table, Table)
            found[table.name] = [tuple(_shape(v) for v in row)
                                 for row in session.execute(select(table).order_by(table.c.id))]
        if session.get_bind().dialect.name == "sqlite":
            search = "SELECT rowid, * FROM search_contacts ORDER BY rowid"
        else:
            search = ("SELECT contact_id, archived, " + ", ".join(documents.FIELDS) +
                      ", name_vec::text, all_vec::text FROM search_contacts ORDER BY contact_id")
        found["search_contacts"] = [tuple(r) for r in session.execute(text(search))]
        found["search_terms"] = sorted(session.scalars(text("SELECT term FROM search_terms")))
    return found


def wipe(db: Database) -> None:
    """Back to an empty directory with ids counting from 1 again."""
    with db.writing() as session:
        if session.get_bind().dialect.name == "sqlite":
            for name in ("search_contacts", "search_terms", "audit_entries", "emails", "phones",
                         "contacts", "offices"):
                session.execute(text(f"DELETE FROM {name}"))
        else:
            session.execute(text("TRUNCATE search_contacts, search_terms, audit_entries, emails, "
                                 "phones, contacts, offices RESTART IDENTITY CASCADE"))
        session.commit()
