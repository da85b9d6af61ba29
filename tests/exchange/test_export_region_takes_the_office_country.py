"""An export's region scope places a contact as the printed sheet and the Offices view do:
by the contact's own country, else its office's. A person entered before their office's
country was known has no country of their own; the sheet lists them under the office's
region, and so must that region's export, in every format and from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

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

PEOPLE = (WITHOUT_COUNTRY, WITH_COUNTRY, IN_GHANA)


@pytest.fixture
def directory(db: Database) -> dict[str, int]:
    """Both offices turn out to be in Tajikistan."""
    return add_before_their_offices_countries(db, PEOPLE, {
        "Central Press Unit": "TJ", "Liaison Desk": "TJ"})


def test_a_region_takes_contacts_without_a_country_by_their_office(
        db: Database, directory: dict[str, int]) -> None:
    assert contact_ids_in(db, ExportScope(region="Asia")) == [directory[OWN_COUNTRY_LESS]]
    assert contact_ids_in(db, ExportScope(region="Europe")) == [directory[OWN_COUNTRY]]
    assert contact_ids_in(db, ExportScope(region="002")) == [directory[ELSEWHERE]]
    assert contact_ids_in(db, ExportScope(region="Oceania")) == []
    assert contact_ids_in(db, ExportScope(region="Asie", office="Central Press Unit")) == [
        directory[OWN_COUNTRY_LESS]]
    assert contact_ids_in(db, ExportScope(region="Asie", office="Liaison Desk")) == []


@pytest.mark.parametrize("format", ["csv", "xlsx", "vcf", "pdf"])
def test_every_format_writes_the_same_people_for_a_region(
        db: Database, directory: dict[str, int], tmp_path: Path, format: str) -> None:
    path = tmp_path / f"asia.{format}"
    result = export_contacts(db, path, format, ExportScope(region="Asia"))
    assert result.count == 1
    assert exported_names(path, PEOPLE) == [OWN_COUNTRY_LESS]


def test_the_sheet_groups_them_as_the_region_exports_do(
        db: Database, directory: dict[str, int], tmp_path: Path) -> None:
    export_contacts(db, tmp_path / "all.pdf", "pdf")
    lines = sheet_lines(tmp_path / "all.pdf")
    assert lines.index("Asia") < lines.index(OWN_COUNTRY_LESS) < lines.index("Europe")
    assert lines.index("Europe") < lines.index(OWN_COUNTRY)
    for region, name in (("Asia", OWN_COUNTRY_LESS), ("Europe", OWN_COUNTRY)):
        export_contacts(db, tmp_path / f"{region}.pdf", "pdf", ExportScope(region=region))
        assert exported_names(tmp_path / f"{region}.pdf", PEOPLE) == [name]


def test_the_command_line_region_export_counts_them(
        directory: dict[str, int], cli: Runner, tmp_path: Path) -> None:
    assert exported_from_the_command_line(
        cli, tmp_path / "asia.csv", PEOPLE, "--region", "Asia") == (1, [OWN_COUNTRY_LESS])
    assert exported_from_the_command_line(
        cli, tmp_path / "europe.vcf", PEOPLE, "--region", "Europe") == (1, [OWN_COUNTRY])
