"""``pressdesk export contacts`` as a user runs it: files written whole, bad input refused."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from desktop.services.database import Database
from tests.cli.conftest import Runner
from tests.exchange.directory_seed import seed


@pytest.fixture
def seeded(db: Database) -> Database:
    seed(db)
    return db


def test_export_contacts_writes_the_file_and_reports_it(seeded: Database, cli: Runner,
                                                        tmp_path: Path) -> None:
    target = tmp_path / "tj.csv"
    result = cli("export", "contacts", "--format", "csv", "--country", "TJ", "-o", str(target))
    assert result.code == 0, result.err
    assert "2 contacts written" in result.out
    with target.open(encoding="utf-8-sig", newline="") as handle:
        assert [r["Name"] for r in csv.DictReader(handle)] == ["Abdulfattoh Shafiev",
                                                                "Ольга Иванова"]
    result = cli("export", "contacts", "--format", "vcf", "--vcard-version", "3.0",
                 "--region", "Asia", "--json", "-o", str(tmp_path / "asia.vcf"))
    assert result.code == 0, result.err
    assert result.json() == {"path": str(tmp_path / "asia.vcf"), "format": "vcf",
                             "count": 3, "scope": "Region: Asia"}
    assert (tmp_path / "asia.vcf").read_text(encoding="utf-8").count("VERSION:3.0") == 3


def test_pdf_on_letter_paper_with_archived_included(seeded: Database, cli: Runner,
                                                    tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    result = cli("export", "contacts", "--format", "pdf", "--paper", "letter",
                 "--include-archived", "--json", "-o", str(target))
    assert result.code == 0, result.err
    assert result.json()["count"] == 5
    assert target.read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize(("args", "named"), [
    (("--format", "docx"), "--format 'docx'"),
    (("--format", "vcf", "--vcard-version", "2.1"), "--vcard-version '2.1'"),
    (("--format", "pdf", "--paper", "a3"), "--paper 'a3'"),
    (("--format", "csv", "--office", "Nowhere"), "--office 'Nowhere'"),
    (("--format", "csv", "--country", "Atlantis"), "--country 'Atlantis'"),
    (("--format", "csv", "--region", "Mordor"), "--region 'Mordor'"),
])
def test_bad_input_exits_1_naming_the_option_and_writes_nothing(
        seeded: Database, cli: Runner, tmp_path: Path, args: tuple[str, ...],
        named: str) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "out"
    result = cli("export", "contacts", *args, "-o", str(target))
    assert result.code == 1
    assert named in result.err
    assert not list(folder.iterdir())


def test_an_output_folder_that_does_not_exist_is_refused(seeded: Database, cli: Runner,
                                                         tmp_path: Path) -> None:
    result = cli("export", "contacts", "--format", "csv", "-o",
                 str(tmp_path / "missing" / "out.csv"))
    assert result.code == 1 and "folder does not exist" in result.err
