"""An export's country scope places a contact as the printed sheet and the Offices view do: by
the contact's own country, else its office's (the region scope's rule). A person entered before
their office's country was known is listed under Tajikistan on the sheet; ``--country TJ`` and
the Export dialog's country must write them too, in every format."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services import contacts
from desktop.services.contacts import ContactDraft
from desktop.services.database import Database
from desktop.services.exports import ExportScope, contact_ids_in, export_contacts
from tests.cli.conftest import Runner
from tests.exchange.office_country_people import (
    ELSEWHERE,
    IN_GHANA,
    OWN_COUNTRY,
    OWN_COUNTRY_LESS,
    WITH_COUNTRY,
    WITHOUT_COUNTRY,
    add_before_their_offices_countries,
    exported_from_the_command_line,
    exported_names,
    sheet_lines,
)

OWN_TAJIK = "Rustam Nazarov"
"""His own country is Tajikistan, his office's Kazakhstan: Tajikistan's, not Kazakhstan's."""
TAJIKISTAN = [OWN_COUNTRY_LESS, OWN_TAJIK]
PEOPLE = (WITHOUT_COUNTRY, WITH_COUNTRY,
          ContactDraft(name=OWN_TAJIK, office="Regional Hub", country="TJ"), IN_GHANA)


@pytest.fixture
def directory(db: Database) -> dict[str, int]:
    return add_before_their_offices_countries(db, PEOPLE, {
        "Central Press Unit": "TJ", "Liaison Desk": "TJ", "Regional Hub": "KZ"})


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


@pytest.mark.parametrize("format", ["csv", "xlsx", "vcf", "pdf"])
def test_every_format_writes_the_same_people_for_a_country(
        db: Database, directory: dict[str, int], tmp_path: Path, format: str) -> None:
    path = tmp_path / f"tajikistan.{format}"
    result = export_contacts(db, path, format, ExportScope(country="TJ"))
    assert result.count == 2
    assert exported_names(path, PEOPLE) == TAJIKISTAN


def test_the_sheet_lists_them_under_the_country_its_export_writes(
        db: Database, directory: dict[str, int], tmp_path: Path) -> None:
    export_contacts(db, tmp_path / "all.pdf", "pdf")
    lines = sheet_lines(tmp_path / "all.pdf")
    tajikistan, europe = lines.index("Tajikistan (TJ)"), lines.index("Europe")
    assert tajikistan < lines.index(OWN_COUNTRY_LESS) < europe
    assert tajikistan < lines.index(OWN_TAJIK) < europe
    assert lines.index("France (FR)") < lines.index(OWN_COUNTRY)
    export_contacts(db, tmp_path / "tj.pdf", "pdf", ExportScope(country="TJ"))
    assert exported_names(tmp_path / "tj.pdf", PEOPLE) == TAJIKISTAN


def test_the_command_line_country_export_counts_them(
        directory: dict[str, int], cli: Runner, tmp_path: Path) -> None:
    assert exported_from_the_command_line(
        cli, tmp_path / "tj.csv", PEOPLE, "--country", "TJ") == (2, TAJIKISTAN)
    assert exported_from_the_command_line(
        cli, tmp_path / "tj.vcf", PEOPLE, "--country", "Tadjikistan") == (2, TAJIKISTAN)


def test_a_blank_country_is_refused_naming_the_option(
        directory: dict[str, int], cli: Runner, tmp_path: Path) -> None:
    target = tmp_path / "blank.csv"
    result = cli("export", "contacts", "--format", "csv", "--country", "  ", "-o", str(target))
    assert result.code == 1
    assert "--country '  '" in result.err and "empty" in result.err
    assert not target.exists()
