"""Outlook.com writes its CSV export in UTF-8 (with or without a byte-order mark): accented,
Polish and Cyrillic names, titles and offices come in as written, never as "HÃ©lÃ¨ne", and a
second import of the same file changes nothing."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from desktop.domain.phones import PhoneKind
from desktop.formats.contacts_csv import CsvContacts
from desktop.services.contact_import import import_contacts
from desktop.services.database import Database

FILE = Path(__file__).resolve().parent.parent / "data" / "contacts" / "outlook_com_accents.csv"
PEOPLE = [
    ("Hélène Françoise Côté-Lefèvre", "Chargée de communication", "OIM Côte d’Ivoire"),
    ("José María Núñez Peña", "Oficial de comunicación", "OIM Colombia"),
    ("Łukasz Wiśniewski", "Specjalista ds. komunikacji", "IOM Polska"),
    ("Айгерим Садыкова", "Ассистент по коммуникациям", "МОМ Кыргызстан"),
]


@pytest.fixture(params=["no mark", "byte-order mark"])
def export(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    data = FILE.read_bytes()
    assert not data.isascii() and not data.startswith(codecs.BOM_UTF8)
    path = tmp_path / "contacts.csv"
    path.write_bytes(data if request.param == "no mark" else codecs.BOM_UTF8 + data)
    return path


def test_the_outlook_com_file_reads_as_utf8(export: Path) -> None:
    reader = CsvContacts(export)
    cards = list(reader.cards())
    assert reader.layout.encoding in {"utf-8", "utf-8-sig"}
    assert reader.layout.unmapped == ()
    assert [(c.name, c.title, c.office) for c in cards] == PEOPLE
    assert cards[0].country == "Côte d’Ivoire"
    assert cards[0].notes == "Parle français et anglais ; joignable après 8 h"
    assert [p.kind for p in cards[0].phones] == [PhoneKind.OFFICE, PhoneKind.MOBILE]


def test_the_accented_names_are_stored_as_written(db: Database, export: Path) -> None:
    first = import_contacts(db, export)
    assert (first.created, first.problems) == (4, ())
    stored = {(c.name, c.title, c.office.name if c.office else None) for c in first.contacts}
    assert stored == set(PEOPLE)
    assert {c.country for c in first.contacts} == {"CI", "CO", "PL", "KG"}
    again = import_contacts(db, export)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 4)
