"""Press Desk -> vCard -> Press Desk keeps every field the format carries; re-importing an
export creates nothing. Target database: SQLite and PostgreSQL."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.domain.records import ContactRecord
from desktop.formats.vcard.writer import write_cards
from desktop.services import contacts
from desktop.services.contact_import import import_contacts
from desktop.services.database import Database, open_database

PEOPLE = [
    contacts.ContactDraft(
        name="Abdulfattoh Shafiev", title="Chargé de communication; porte-parole",
        office="OIM Tadjikistan", country="TJ",
        phones=("+992 48 701 02 22 ext. 12", "WhatsApp +992 93 555 12 34", "Fax 37 221 0001"),
        emails=("abdulfattoh@inbox.ru", "press@iom.int"), languages=("tg", "ru", "fr"),
        tags=("Press officers", "Central Asia, north"),
        notes="Line one\nليلى — second line\\ with a backslash"),
    contacts.ContactDraft(name="Олена Коваленко", office="IOM Ukraine", country="UA",
                          phones=("+380 67 123 4567",), emails=("okovalenko@iom.int",)),
    contacts.ContactDraft(name="Valentina Rojas", country="CO", phones=("+57 310 123 4567",)),
]


def _fields(record: ContactRecord) -> tuple[object, ...]:
    return (record.name, record.given_name, record.family_name, record.title,
            record.office.name if record.office else None, record.country,
            record.languages, record.tags, record.notes,
            [(p.e164, p.extension, p.kind, p.valid) for p in record.phones],
            [(e.address, e.kind) for e in record.emails])


@pytest.fixture
def source(sqlite_template: Path, tmp_path: Path) -> Database:
    """Another directory (SQLite) the contacts are exported from."""
    path = tmp_path / "source.sqlite3"
    shutil.copyfile(sqlite_template, path)
    database = open_database(f"sqlite:///{path}")
    for draft in PEOPLE:
        contacts.add_contact(database, draft)
    return database


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_a_vcard_export_imports_field_for_field_and_twice_is_nothing_new(
        source: Database, db: Database, tmp_path: Path, version: str) -> None:
    exported = contacts.list_contacts(source)
    path = tmp_path / "export.vcf"
    with path.open("w", encoding="utf-8", newline="") as handle:
        write_cards(handle, exported, version)
    result = import_contacts(db, path)
    assert (result.created, result.problems) == (3, ())
    imported = {c.name: c for c in contacts.list_contacts(db)}
    for original in exported:
        assert _fields(imported[original.name]) == _fields(original)
    again = import_contacts(db, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    home = import_contacts(source, path)  # back into the directory it came from
    assert (home.created, home.updated) == (0, 0)
    source.dispose()
