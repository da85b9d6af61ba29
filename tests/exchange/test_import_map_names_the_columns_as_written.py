"""``pressdesk contacts import --map``: a column the file does not have is refused, naming it
as written and the file's own columns, and nothing is imported; a field Press Desk does not
know is refused with the pair as written. Both databases."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services import contacts
from desktop.services.database import Database
from tests.cli.conftest import Runner

ROWS = "Name,Phone,Email\nAïssatou Diallo,+221 33 869 62 00,adiallo.sample@iom.int\n"


@pytest.fixture
def people(tmp_path: Path) -> Path:
    path = tmp_path / "people.csv"
    path.write_text(ROWS, encoding="utf-8")
    return path


def test_a_mapped_column_the_file_lacks_is_refused_by_name(
        db: Database, cli: Runner, people: Path) -> None:
    result = cli("contacts", "import", str(people), "--map", "Nope=name")
    assert result.code == 1, result.out
    assert ("--map 'Nope': the file has no column 'Nope' (its columns: Name, Phone, Email)"
            in result.err)
    assert contacts.list_contacts(db) == []


def test_a_field_press_desk_does_not_know_is_refused_as_written(
        db: Database, cli: Runner, people: Path) -> None:
    result = cli("contacts", "import", str(people), "--map", "Name=wizard")
    assert result.code == 1, result.out
    assert "--map 'Name=wizard'" in result.err and "'wizard'" in result.err
    assert contacts.list_contacts(db) == []


def test_a_mapped_column_in_another_case_is_the_file_s(
        db: Database, cli: Runner, people: Path) -> None:
    result = cli("contacts", "import", str(people), "--map", "EMAIL=personal_email", "--json")
    assert result.code == 0, result.err
    assert result.json()["created"] == 1
    [person] = contacts.list_contacts(db)
    assert [e.kind for e in person.emails] == ["personal"]
