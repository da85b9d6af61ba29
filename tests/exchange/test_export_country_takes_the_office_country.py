"""An export's country scope places a contact as the printed sheet and the Offices view do: by
the contact's own country, else its office's (the region scope's rule). A person entered before
their office's country was known is listed under Tajikistan on the sheet; ``--country TJ`` and
the Export dialog's country must write them too, in every format."""

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
"""No country of her own: her office's (Tajikistan) is learnt after she was entered."""
OWN_COUNTRY = "Jean Lefèvre"
"""His own country (France) was given; his office's (Tajikistan) came later: his own wins."""
OWN_TAJIK = "Rustam Nazarov"
"""His own country is Tajikistan, his office's Kazakhstan: Tajikistan's, not Kazakhstan's."""
ELSEWHERE = "Ama Mensah"
"""Ghana, no office: in neither."""
TAJIKISTAN = [OWN_COUNTRY_LESS, OWN_TAJIK]


@pytest.fixture
def directory(db: Database) -> dict[str, int]:
    ids = {OWN_COUNTRY_LESS: contacts.add_contact(db, ContactDraft(
               name=OWN_COUNTRY_LESS, office="Central Press Unit")).id,
           OWN_COUNTRY: contacts.add_contact(db, ContactDraft(
               name=OWN_COUNTRY, office="Liaison Desk", country="FR")).id,
           OWN_TAJIK: contacts.add_contact(db, ContactDraft(
               name=OWN_TAJIK, office="Regional Hub", country="TJ")).id,
           ELSEWHERE: contacts.add_contact(db, ContactDraft(name=ELSEWHERE, country="GH")).id}
    for summary in offices.list_offices(db):  # the offices' countries are learnt later
        country = "KZ" if summary.office.name == "Regional Hub" else "TJ"
        offices.update_office(db, summary.office.id, OfficeChanges(country=country))
    assert contacts.get_contact(db, ids[OWN_COUNTRY_LESS]).country is None
    assert contacts.get_contact(db, ids[OWN_COUNTRY]).country == "FR"
    return ids


def test_a_country_takes_contacts_without_one_by_their_office(
        db: Database, directory: dict[str, int]) -> None:
    tajik = [directory[name] for name in TAJIKISTAN]
    for country in ("TJ", "tj", "Tajikistan", "Tadjikistan", "Tayikistán"):
        assert contact_ids_in(db, ExportScope(country=country)) == tajik, country
    assert contact_ids_in(db, ExportScope(country="FR")) == [directory[OWN_COUNTRY]]
    assert contact_ids_in(db, ExportScope(country="GH")) == [directory[ELSEWHERE]]
    assert contact_ids_in(db, ExportScope(country="KZ")) == []  # Rustam's own country wins
    assert contact_ids_in(db, ExportScope(country="TJ", office="Central Press Unit")) == [
        directory[OWN_COUNTRY_LESS]]
    assert contact_ids_in(db, ExportScope(country="TJ", office="Liaison Desk")) == []
    assert contact_ids_in(db, ExportScope(country="TJ", region="Asia")) == tajik
    assert contact_ids_in(db, ExportScope(country="TJ", region="Europe")) == []


def test_an_archived_contact_stays_out_unless_asked_for(
        db: Database, directory: dict[str, int]) -> None:
    contacts.set_archived(db, directory[OWN_COUNTRY_LESS])
    assert contact_ids_in(db, ExportScope(country="TJ")) == [directory[OWN_TAJIK]]
    assert contact_ids_in(db, ExportScope(country="TJ", include_archived=True)) == [
        directory[name] for name in TAJIKISTAN]


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
    return [name for name in (OWN_COUNTRY_LESS, OWN_COUNTRY, OWN_TAJIK, ELSEWHERE)
            if name in text]


@pytest.mark.parametrize("format", ["csv", "xlsx", "vcf", "pdf"])
def test_every_format_writes_the_same_people_for_a_country(
        db: Database, directory: dict[str, int], tmp_path: Path, format: str) -> None:
    path = tmp_path / f"tajikistan.{format}"
    result = export_contacts(db, path, format, ExportScope(country="TJ"))
    assert result.count == 2
    assert _names(path, format) == TAJIKISTAN


def test_the_sheet_lists_them_under_the_country_its_export_writes(
        db: Database, directory: dict[str, int], tmp_path: Path) -> None:
    export_contacts(db, tmp_path / "all.pdf", "pdf")
    lines = [line.strip() for page in pypdf.PdfReader(tmp_path / "all.pdf").pages
             for line in page.extract_text().splitlines()]
    tajikistan, europe = lines.index("Tajikistan (TJ)"), lines.index("Europe")
    assert tajikistan < lines.index(OWN_COUNTRY_LESS) < europe
    assert tajikistan < lines.index(OWN_TAJIK) < europe
    assert lines.index("France (FR)") < lines.index(OWN_COUNTRY)
    export_contacts(db, tmp_path / "tj.pdf", "pdf", ExportScope(country="TJ"))
    assert _names(tmp_path / "tj.pdf", "pdf") == TAJIKISTAN


def test_the_command_line_country_export_counts_them(
        directory: dict[str, int], cli: Runner, tmp_path: Path) -> None:
    target = tmp_path / "tj.csv"
    result = cli("export", "contacts", "--format", "csv", "--country", "TJ", "--json",
                 "-o", str(target))
    assert result.code == 0, result.err
    assert result.json()["count"] == 2
    assert _names(target, "csv") == TAJIKISTAN
    result = cli("export", "contacts", "--format", "vcf", "--country", "Tadjikistan",
                 "--json", "-o", str(tmp_path / "tj.vcf"))
    assert result.code == 0, result.err
    assert result.json()["count"] == 2
    assert _names(tmp_path / "tj.vcf", "vcf") == TAJIKISTAN


def test_a_blank_country_is_refused_naming_the_option(
        directory: dict[str, int], cli: Runner, tmp_path: Path) -> None:
    target = tmp_path / "blank.csv"
    result = cli("export", "contacts", "--format", "csv", "--country", "  ", "-o", str(target))
    assert result.code == 1
    assert "--country '  '" in result.err and "empty" in result.err
    assert not target.exists()
