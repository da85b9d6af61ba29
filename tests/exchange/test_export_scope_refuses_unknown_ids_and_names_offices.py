"""An export's scope as the command line gives it: an id no contact has is refused like any
other bad scope value (not an empty file said to be fine), and an office chosen by its id is
named on the scope line, in the JSON and on the sheet, as it is when chosen by name."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.services.database import Database
from tests.cli.conftest import Runner
from tests.exchange.directory_seed import seed


@pytest.fixture
def made(db: Database) -> dict[str, int]:
    return {key: record.id for key, record in seed(db).items()}


def test_an_id_no_contact_has_exits_1_naming_it_and_writes_nothing(
        made: dict[str, int], cli: Runner, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    for format in ("pdf", "csv"):
        result = cli("export", "contacts", "--format", format, "--id", str(made["shafiev"]),
                     "--id", "9999", "-o", str(folder / f"x.{format}"))
        assert result.code == 1, result.out
        assert "--id '9999': no contact has this id" in result.err
    assert not list(folder.iterdir())


def test_ids_that_exist_are_exported_as_before(made: dict[str, int], cli: Runner,
                                               tmp_path: Path) -> None:
    result = cli("export", "contacts", "--format", "csv", "--id", str(made["ivanova"]),
                 "--id", str(made["shafiev"]), "--json", "-o", str(tmp_path / "two.csv"))
    assert result.code == 0, result.err
    assert result.json()["count"] == 2


def test_an_office_chosen_by_id_is_named(made: dict[str, int], cli: Runner, db: Database,
                                         tmp_path: Path) -> None:
    from desktop.services import contacts

    office = contacts.get_contact(db, made["shafiev"]).office
    assert office is not None
    target = tmp_path / "tj.pdf"
    result = cli("export", "contacts", "--format", "pdf", "--office", str(office.id),
                 "--json", "-o", str(target))
    assert result.code == 0, result.err
    assert result.json()["scope"] == "Office: OIM Tadjikistan"
    text = PdfReader(target).pages[0].extract_text()
    assert "Office: OIM Tadjikistan" in text
    by_name = cli("export", "contacts", "--format", "csv", "--office", "oim tadjikistan",
                  "--json", "-o", str(tmp_path / "tj.csv"))
    assert by_name.json()["scope"] == "Office: OIM Tadjikistan"
