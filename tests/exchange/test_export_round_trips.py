"""Press Desk -> vCard / CSV / XLSX -> Press Desk keeps every field the format carries.

Exports are imported back through ``contacts import``: into the same directory (nothing is
created or changed) and into an empty one (the same people come out). Both databases.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain.records import ContactRecord
from desktop.services import contacts
from desktop.services.contact_import import import_contacts
from desktop.services.database import Database, open_database
from desktop.services.exports import ExportOptions, ExportScope, export_contacts
from tests.exchange.directory_seed import seed

FORMATS = [("vcf", "4.0"), ("vcf", "3.0"), ("csv", "4.0"), ("xlsx", "4.0")]


@pytest.fixture
def empty_directory(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "elsewhere.sqlite3"
    shutil.copyfile(sqlite_template, path)
    other = open_database(f"sqlite:///{path}")
    yield other
    other.dispose()


def carried(contact: ContactRecord) -> tuple[object, ...]:
    """What a contact file carries (ids, versions and timestamps are the directory's own)."""
    return (contact.name, contact.title, contact.office.name if contact.office else None,
            contact.country,
            tuple((p.e164, p.extension, p.kind, p.valid) for p in contact.phones),
            tuple((e.address, e.kind) for e in contact.emails),
            contact.languages, contact.tags, contact.notes)


@pytest.mark.parametrize(("format", "version"), FORMATS)
def test_reimporting_an_export_changes_nothing(db: Database, tmp_path: Path, format: str,
                                               version: str) -> None:
    seed(db)
    before = {c.id: carried(c) for c in contacts.list_contacts(db, include_archived=True)}
    path = tmp_path / f"out.{format}"
    export_contacts(db, path, format, ExportScope(include_archived=True),
                    ExportOptions(vcard_version=version))
    result = import_contacts(db, path)
    assert (result.created, result.updated) == (0, 0), result.outcomes
    after = {c.id: carried(c) for c in contacts.list_contacts(db, include_archived=True)}
    assert after == before


@pytest.mark.parametrize(("format", "version"), FORMATS)
def test_an_export_fills_an_empty_directory_with_the_same_people(
        db: Database, empty_directory: Database, tmp_path: Path, format: str,
        version: str) -> None:
    seed(db)
    path = tmp_path / f"out.{format}"
    export_contacts(db, path, format, options=ExportOptions(vcard_version=version))
    result = import_contacts(empty_directory, path)
    assert result.created == 4 and not result.problems
    original = sorted(carried(c) for c in contacts.list_contacts(db))
    copied = sorted(carried(c) for c in contacts.list_contacts(empty_directory))
    assert copied == original
