"""New contacts go in through the driver's executemany (no SQLAlchemy per-row processing) and
their search documents without a delete first: the directory a user gets is the one the
SQLAlchemy path wrote, row for row, on SQLite and PostgreSQL (contacts, numbers, addresses,
audit trail, offices, search index), and the dates and JSON read back as the same types.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from benchmarks.contact_import import write_vcards
from desktop.db.models import AuditEntry, Contact
from desktop.search import documents, index
from desktop.services import contact_import_rows
from desktop.services.contact_import import import_contacts
from desktop.services.database import Database
from tests.exchange.directory_rows import VENDOR_FILES, directory_rows, wipe


def _sqlalchemy_rows(session: Session, table: Table, columns: Sequence[str],
                     rows: Sequence[Sequence[Any]], dumped: Collection[str] = ()) -> None:
    """The way rows were written before: a compiled INSERT with one dict per row, the JSON
    columns given as Python values (SQLAlchemy dumps them)."""
    if rows:
        session.execute(insert(table), [
            {name: json.loads(value) if name in dumped else value
             for name, value in zip(columns, row, strict=True)} for row in rows])


def _replace_documents(session: Session, found: Sequence[documents.ContactDocument]) -> None:
    """The way documents were indexed before: the engine's delete-then-insert."""
    if found:
        index.backend(session).write_contacts(session, found, ())


def _import_all(db: Database, files: Sequence[Path]) -> dict[str, Any]:
    for path in files:
        import_contacts(db, path)
        import_contacts(db, path)  # again: matched, merged, nothing duplicated
    return directory_rows(db)


def test_driver_writes_the_rows_the_sqlalchemy_path_wrote(
        db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    generated = tmp_path / "generated.vcf"  # names in many scripts, offices, several numbers
    write_vcards(generated, 120)
    files = [*VENDOR_FILES, generated]
    with monkeypatch.context() as patched:
        patched.setattr(contact_import_rows, "write_rows", _sqlalchemy_rows)
        patched.setattr(index, "add_contacts", _replace_documents)
        before = _import_all(db, files)
    wipe(db)
    after = _import_all(db, files)
    assert len(after["contacts"]) >= 120 and len(after["phones"]) >= 120
    assert len(after["search_contacts"]) == len(after["contacts"])
    for table in before:
        assert after[table] == before[table], table


def test_driver_rows_read_back_as_python_values(db: Database, tmp_path: Path) -> None:
    generated = tmp_path / "generated.vcf"
    write_vcards(generated, 5)
    result = import_contacts(db, generated)
    with db.reading() as session:
        contact = session.get(Contact, result.outcomes[0].contact_id)
        assert contact is not None
        assert contact.created_at.tzinfo is not None
        assert isinstance(contact.languages, list) and isinstance(contact.tags, list)
        entry = session.scalars(select(AuditEntry).where(
            AuditEntry.entity_id == contact.id, AuditEntry.entity == "contact")).one()
        assert entry.changes["name"] == contact.full_name
        assert entry.changes["source"] == f"import: {generated.name}"
        assert entry.at.tzinfo is not None
