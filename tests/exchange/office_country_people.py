"""People entered before their office's country was known, for the export scope tests (by
country and by region): the directory they make, and the names an export of them wrote."""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from pathlib import Path

import openpyxl
import pypdf
import vobject

from desktop.services import contacts, offices
from desktop.services.contacts import ContactDraft
from desktop.services.database import Database
from desktop.services.offices import OfficeChanges
from tests.cli.conftest import Runner

OWN_COUNTRY_LESS = "Dilnoza Rahimova"
"""No country of her own: her office's (Tajikistan, Asia) is learnt after she was entered."""
OWN_COUNTRY = "Jean Lefèvre"
"""His own country (France, Europe) was given; his office's (Tajikistan) came later: his own
wins."""
ELSEWHERE = "Ama Mensah"
"""Ghana, in Africa, no office: in neither Tajikistan's nor Asia's export."""
WITHOUT_COUNTRY = ContactDraft(name=OWN_COUNTRY_LESS, office="Central Press Unit")
WITH_COUNTRY = ContactDraft(name=OWN_COUNTRY, office="Liaison Desk", country="FR")
IN_GHANA = ContactDraft(name=ELSEWHERE, country="GH")


def add_before_their_offices_countries(
        db: Database, people: Sequence[ContactDraft],
        office_countries: Mapping[str, str]) -> dict[str, int]:
    """The people's ids by name; their offices' countries are set after they were added, so
    those without a country of their own still have none."""
    ids = {person.name: contacts.add_contact(db, person).id for person in people}
    for summary in offices.list_offices(db):
        offices.update_office(db, summary.office.id,
                              OfficeChanges(country=office_countries[summary.office.name]))
    for person in people:
        assert contacts.get_contact(db, ids[person.name]).country == person.country, person.name
    return ids


def exported_names(path: Path, people: Sequence[ContactDraft]) -> list[str]:
    """The names the file holds, in its order (a PDF's: which of the people it shows)."""
    format = path.suffix[1:]
    if format == "csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return [row["Name"] for row in csv.DictReader(handle)]
    if format == "xlsx":
        sheet = openpyxl.load_workbook(path).active
        assert sheet is not None
        return [str(row[0]) for row in sheet.iter_rows(min_row=2, values_only=True)]
    if format == "vcf":
        return [card.fn.value for card in vobject.readComponents(path.read_text("utf-8"))]
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    return [person.name for person in people if person.name in text]


def sheet_lines(path: Path) -> list[str]:
    """The printed sheet's lines, stripped, page after page."""
    return [line.strip() for page in pypdf.PdfReader(path).pages
            for line in page.extract_text().splitlines()]


def exported_from_the_command_line(cli: Runner, target: Path, people: Sequence[ContactDraft],
                                   *scope: str) -> tuple[int, list[str]]:
    """``export contacts`` in the target's format with the scope's options: the count it
    reports and the names the file holds."""
    result = cli("export", "contacts", "--format", target.suffix[1:], *scope, "--json",
                 "-o", str(target))
    assert result.code == 0, result.err
    return result.json()["count"], exported_names(target, people)
