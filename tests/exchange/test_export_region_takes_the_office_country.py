"""An export's region scope places a contact as the printed sheet and the Offices view do:
by the contact's own country, else its office's. A person entered before their office's
country was known has no country of their own; the sheet lists them under the office's
region, and so must that region's export, in every format and from the command line."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pypdf
import pytest
import vobject

from desktop.services import contacts, offices
from desktop.services.contacts import ContactDraft
from desktop.services.database import Database
from desktop.services.exports import ExportScope, contact_ids_in, export_contacts
from desktop.services.offices import OfficeChanges
from tests.cli.conftest import Runner

OWN_COUNTRY_LESS = "Dilnoza Rahimova"
"""No country of her own: her office's (Tajikistan, Asia) is learnt after she was entered."""
OWN_COUNTRY = "Jean Lefèvre"
"""His own country (France, Europe) was given; his office's (Tajikistan) came later: his own
wins."""
ELSEWHERE = "Ama Mensah"
"""Ghana, in Africa: in neither Asia's export."""


@pytest.fixture
def directory(db: Database) -> dict[str, int]:
    ids = {OWN_COUNTRY_LESS: contacts.add_contact(db, ContactDraft(
               name=OWN_COUNTRY_LESS, office="Central Press Unit")).id,
           OWN_COUNTRY: contacts.add_contact(db, ContactDraft(
               name=OWN_COUNTRY, office="Liaison Desk", country="FR")).id,
           ELSEWHERE: contacts.add_contact(db, ContactDraft(name=ELSEWHERE, country="GH")).id}
    for summary in offices.list_offices(db):  # both offices turn out to be in Tajikistan
        offices.update_office(db, summary.office.id, OfficeChanges(country="TJ"))
    assert contacts.get_contact(db, ids[OWN_COUNTRY_LESS]).country is None
    assert contacts.get_contact(db, ids[OWN_COUNTRY]).country == "FR"
    return ids


def test_a_region_takes_contacts_without_a_country_by_their_office(
        db: Database, directory: dict[str, int]) -> None:
    assert contact_ids_in(db, ExportScope(region="Asia")) == [directory[OWN_COUNTRY_LESS]]
    assert contact_ids_in(db, ExportScope(region="Europe")) == [directory[OWN_COUNTRY]]
    assert contact_ids_in(db, ExportScope(region="002")) == [directory[ELSEWHERE]]
    assert contact_ids_in(db, ExportScope(region="Oceania")) == []
    assert contact_ids_in(db, ExportScope(region="Asie", office="Central Press Unit")) == [
        directory[OWN_COUNTRY_LESS]]
    assert contact_ids_in(db, ExportScope(region="Asie", office="Liaison Desk")) == []


def _names(path: Path, format: str) -> list[str]:
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
    return [name for name in (OWN_COUNTRY_LESS, OWN_COUNTRY, ELSEWHERE) if name in text]


@pytest.mark.parametrize("format", ["csv", "xlsx", "vcf", "pdf"])
def test_every_format_writes_the_same_people_for_a_region(
        db: Database, directory: dict[str, int], tmp_path: Path, format: str) -> None:
    path = tmp_path / f"asia.{format}"
    result = export_contacts(db, path, format, ExportScope(region="Asia"))
    assert result.count == 1
    assert _names(path, format) == [OWN_COUNTRY_LESS]


def test_the_sheet_groups_them_as_the_region_exports_do(
        db: Database, directory: dict[str, int], tmp_path: Path) -> None:
    export_contacts(db, tmp_path / "all.pdf", "pdf")
    lines = [line.strip() for page in pypdf.PdfReader(tmp_path / "all.pdf").pages
             for line in page.extract_text().splitlines()]
    assert lines.index("Asia") < lines.index(OWN_COUNTRY_LESS) < lines.index("Europe")
    assert lines.index("Europe") < lines.index(OWN_COUNTRY)
    for region, name in (("Asia", OWN_COUNTRY_LESS), ("Europe", OWN_COUNTRY)):
        export_contacts(db, tmp_path / f"{region}.pdf", "pdf", ExportScope(region=region))
        assert _names(tmp_path / f"{region}.pdf", "pdf") == [name]


def test_the_command_line_region_export_counts_them(
        directory: dict[str, int], cli: Runner, tmp_path: Path) -> None:
    target = tmp_path / "asia.csv"
    result = cli("export", "contacts", "--format", "csv", "--region", "Asia", "--json",
                 "-o", str(target))
    assert result.code == 0, result.err
    assert result.json()["count"] == 1
    assert _names(target, "csv") == [OWN_COUNTRY_LESS]
    result = cli("export", "contacts", "--format", "vcf", "--region", "Europe", "--json",
                 "-o", str(tmp_path / "europe.vcf"))
    assert result.code == 0, result.err
    assert result.json()["count"] == 1
    assert _names(tmp_path / "europe.vcf", "vcf") == [OWN_COUNTRY]
