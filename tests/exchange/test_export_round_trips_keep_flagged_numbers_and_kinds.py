"""Round trips keep what the seed directory of the other round-trip tests does not hold.

A number that could not be validated (kept as written, flagged), a fax, a WhatsApp number, a
personal address and the given and family names: Press Desk -> vCard 4.0 / 3.0 / CSV / XLSX
-> Press Desk keeps each of them, into an empty directory and into the same one (nothing
created, nothing changed). Both databases.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain.records import ContactRecord
from desktop.services import contacts
from desktop.services.contact_import import import_contacts
from desktop.services.contacts import ContactChanges
from desktop.services.database import Database, open_database
from desktop.services.exports import ExportOptions, ExportScope, export_contacts

FORMATS = [("vcf", "4.0"), ("vcf", "3.0"), ("csv", "4.0"), ("xlsx", "4.0")]

# An officer of an office whose country nobody has given yet: her national office number
# cannot be validated, so it is kept as written and flagged.
CARDS = """BEGIN:VCARD
VERSION:3.0
N:Коваленко;Олена;;;
FN:Олена Коваленко
ORG:МОМ Україна
TITLE:Communications Officer
TEL;TYPE=CELL:+380 67 123 4567
TEL;TYPE=WORK,VOICE:044 568 50 15
TEL;TYPE=WORK,FAX:+380 44 568 5099
item1.TEL:+380 67 765 4321
item1.X-ABLabel:WhatsApp
EMAIL;TYPE=WORK:okovalenko.sample@iom.int
EMAIL;TYPE=HOME:olena.k.sample@example.org
NOTE:Українська\\, англійська.\\nКиїв.
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:Diallo;Aïssatou;;;
FN:Aïssatou Diallo
ORG:OIM Sénégal
TEL;TYPE=WORK,VOICE:+221 33 869 62 00;ext=214
EMAIL;TYPE=WORK:adiallo.sample@iom.int
END:VCARD
"""


@pytest.fixture
def empty_directory(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "elsewhere.sqlite3"
    shutil.copyfile(sqlite_template, path)
    other = open_database(f"sqlite:///{path}")
    yield other
    other.dispose()


def seeded(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "seed.vcf"
    path.write_text(CARDS, encoding="utf-8")
    result = import_contacts(db, path)
    assert result.created == 2


def carried(contact: ContactRecord) -> tuple[object, ...]:
    """Every field a contact file carries, with a flagged value's text as written."""
    return (contact.name, contact.given_name, contact.family_name, contact.title,
            contact.office.name if contact.office else None, contact.country,
            tuple((p.e164, p.extension, p.kind, p.valid, None if p.valid else p.as_written)
                  for p in contact.phones),
            tuple((e.address, e.kind) for e in contact.emails),
            contact.languages, contact.tags, contact.notes)


def directory(db: Database) -> list[tuple[object, ...]]:
    return sorted(carried(c) for c in contacts.list_contacts(db, include_archived=True))


def test_the_seed_holds_what_these_round_trips_are_about(db: Database, tmp_path: Path) -> None:
    seeded(db, tmp_path)
    olena = next(c for c in contacts.list_contacts(db) if c.family_name == "Коваленко")
    kinds = {p.kind for p in olena.phones}
    assert {"mobile", "office", "fax", "whatsapp"} <= kinds
    flagged = [p for p in olena.phones if not p.valid]
    assert [p.as_written for p in flagged] == ["044 568 50 15"]
    assert {e.kind for e in olena.emails} == {"work", "personal"}


@pytest.mark.parametrize(("format", "version"), FORMATS)
def test_an_export_carries_flagged_numbers_kinds_and_names_into_an_empty_directory(
        db: Database, empty_directory: Database, tmp_path: Path, format: str,
        version: str) -> None:
    seeded(db, tmp_path)
    path = tmp_path / f"out.{format}"
    export_contacts(db, path, format, ExportScope(), ExportOptions(vcard_version=version))
    result = import_contacts(empty_directory, path)
    assert result.created == 2
    assert directory(empty_directory) == directory(db)


@pytest.mark.parametrize(("format", "version"), FORMATS)
def test_reimporting_the_export_of_a_flagged_number_changes_nothing(
        db: Database, tmp_path: Path, format: str, version: str) -> None:
    seeded(db, tmp_path)
    before = directory(db)
    path = tmp_path / f"out.{format}"
    export_contacts(db, path, format, ExportScope(), ExportOptions(vcard_version=version))
    result = import_contacts(db, path)
    assert (result.created, result.updated) == (0, 0), result.outcomes
    assert directory(db) == before


@pytest.mark.parametrize(("format", "version"), FORMATS)
def test_a_flagged_number_its_country_now_explains_is_not_added_twice_on_reimport(
        db: Database, tmp_path: Path, format: str, version: str) -> None:
    """The office's country is given after the import (as a colleague would in the app): the
    export still writes the number as it was written, and reading it back must not make the
    contact hold the same number twice, then or on a second re-import."""
    _flagged_number_once(db, tmp_path, format, version)


def _flagged_number_once(db: Database, tmp_path: Path, format: str, version: str) -> None:
    seeded(db, tmp_path)
    olena = next(c for c in contacts.list_contacts(db) if c.family_name == "Коваленко")
    contacts.update_contact(db, olena.id, ContactChanges(country="UA"))
    path = tmp_path / f"out.{format}"
    export_contacts(db, path, format, ExportScope(), ExportOptions(vcard_version=version))
    result = import_contacts(db, path)
    again = contacts.get_contact(db, olena.id)
    written = [p.as_written for p in again.phones if p.as_written == "044 568 50 15"]
    assert len(written) == 1, again.phones
    assert (result.created, result.updated) == (0, 0), result.outcomes
    assert [p.as_written for p in again.phones if not p.valid] == ["044 568 50 15"]
    second = import_contacts(db, path)
    assert (second.created, second.updated) == (0, 0), second.outcomes
    assert len(contacts.get_contact(db, olena.id).phones) == len(again.phones)
