"""Excel workbooks (.xlsx) import like CSV files: the same header rules, mapping and preview,
with cells read as a person sees them. Runs on SQLite and PostgreSQL.

Workbooks are written with XlsxWriter (what Press Desk exports with, and a different library
from openpyxl, which reads them) so the reader is tested against files it did not write.
"""

from __future__ import annotations

import json
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
import xlsxwriter

from desktop.cli import main
from desktop.domain.errors import InputError
from desktop.domain.phones import PhoneKind
from desktop.services import contacts
from desktop.services.contact_import import import_contacts, preview_import, table_head
from desktop.services.database import Database
from desktop.services.exports import ExportScope, export_contacts
from tests.exchange.directory_seed import seed


def workbook(path: Path, rows: list[list[object]], *, sheet: str = "Contacts",
             before: tuple[str, ...] = ()) -> Path:
    """A workbook whose first sheet holds ``rows``; ``before``: empty sheets in front."""
    book = xlsxwriter.Workbook(str(path))
    for name in before:
        book.add_worksheet(name)
    ws = book.add_worksheet(sheet)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                ws.write(r, c, value)
    book.close()
    return path


def test_numbers_dates_and_formulas_are_read_as_a_person_sees_them(db: Database,
                                                                   tmp_path: Path) -> None:
    path = tmp_path / "officers.xlsx"
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Officers")
    zeros = book.add_format({"num_format": "0000000000"})
    day = book.add_format({"num_format": "dd/mm/yyyy"})
    ws.write_row(0, 0, ["Name", "Job Title", "Company", "Country", "Business Phone",
                        "Mobile Phone", "E-mail Address", "Notes"])
    # Geneva's switchboard typed without "+", stored by the spreadsheet as a number (a float
    # in the file: 41227308000.0); a Jordanian mobile kept with its zero by a number format.
    ws.write_string(1, 0, "Marie Dubois")
    ws.write_number(1, 4, 41227308000.0)
    ws.write_number(1, 5, 791234567, zeros)
    ws.write_string(1, 1, "Press officer")
    ws.write_string(1, 2, "IOM Jordan")
    ws.write_string(1, 3, "Jordan")
    # A formula: its cached value is read, never the formula text.
    ws.write_formula(1, 6, '=LOWER("MDUBOIS")&"@iom.int"', None, "mdubois@iom.int")
    ws.write_datetime(1, 7, datetime(2026, 11, 29), day)
    # Trailing rows a program left formatted but empty.
    for row in range(2, 400):
        ws.write_blank(row, 0, None, zeros)
    book.close()

    result = import_contacts(db, path)
    assert (result.created, result.updated, result.unchanged) == (1, 0, 0)
    [person] = contacts.list_contacts(db)
    assert person.name == "Marie Dubois" and person.title == "Press officer"
    assert person.office is not None and person.office.name == "IOM Jordan"
    written = [(p.as_written, p.kind) for p in person.phones]
    assert written == [("41227308000", PhoneKind.OFFICE), ("0791234567", PhoneKind.MOBILE)]
    assert person.phones[1].e164 == "+962791234567"  # read with the office's country
    assert [e.address for e in person.emails] == ["mdubois@iom.int"]
    assert person.notes == "2026-11-29"
    assert result.outcomes[0].where == "row 2"


def test_an_export_is_read_back_whole_and_reimporting_it_creates_nothing(
        db: Database, tmp_path: Path) -> None:
    seed(db)
    path = tmp_path / "directory.xlsx"
    export_contacts(db, path, "xlsx", ExportScope(include_archived=True))
    before = contacts.count_contacts(db, include_archived=True)
    result = import_contacts(db, path)
    assert result.format == "xlsx"
    assert (result.created, result.updated, result.unchanged) == (0, 0, before)
    # The typed columns (Archived, Updated (UTC), Press Desk ID) are known, not "unmapped".
    assert result.unmapped_columns == ()
    assert contacts.count_contacts(db, include_archived=True) == before


def test_a_workbook_without_a_name_column_is_refused_then_read_with_a_mapping(
        db: Database, tmp_path: Path) -> None:
    path = workbook(tmp_path / "list.xlsx",
                    [["Person", "Tel", "Mail"],
                     ["Ibrahim Sow", 224622000000, "isow@example.org"],
                     [None, None, None],
                     ["Aïssatou Diallo", "+224 622 12 34 56", None]], sheet="Liste",
                    before=("Notes",))
    with pytest.raises(InputError) as refused:
        import_contacts(db, path)
    problem = refused.value.problems[0]
    assert problem.field == "Columns" and "Person" in problem.value
    assert problem.where == "Liste, row 1"
    assert contacts.count_contacts(db) == 0
    head = table_head(path)
    assert head.headers == ("Person", "Tel", "Mail")
    assert head.samples[0] == ("Ibrahim Sow", "224622000000", "isow@example.org")
    mapping = {"Person": "name", "Tel": "phone", "Mail": "email"}
    preview = preview_import(db, path, mapping=mapping, region="GN")
    assert [o.action for o in preview.outcomes] == ["create", "create"]
    assert [o.where for o in preview.outcomes] == ["row 2", "row 4"]
    assert contacts.count_contacts(db) == 0
    result = import_contacts(db, path, mapping=mapping, region="GN")
    assert result.created == 2
    names = {c.name: c for c in contacts.list_contacts(db)}
    assert names["Aïssatou Diallo"].phones[0].e164 == "+224622123456"


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("notes.xlsx", b"Name,Phone\nIbrahim Sow,+224 622 00 00 00\n", "not a zip archive"),
    ("old.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504, "Excel 97"),
    ("empty.xlsx", b"", "empty"),
])
def test_a_file_that_is_not_a_workbook_is_refused_naming_file_and_reason(
        db: Database, tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as refused:
        import_contacts(db, path)
    message = str(refused.value)
    assert name in message and reason in message
    assert contacts.count_contacts(db) == 0


def test_a_zip_that_is_not_a_workbook_is_refused(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.txt", "not a workbook")
    with pytest.raises(InputError) as refused:
        import_contacts(db, path)
    assert "photos.xlsx" in str(refused.value) and "workbook" in str(refused.value)
    assert contacts.count_contacts(db) == 0


def test_cli_imports_a_workbook_by_extension_or_format(db_url: str, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    path = workbook(tmp_path / "officers.xlsx", [
        ["First Name", "Last Name", "Company", "Business Phone", "E-mail Address", "Since"],
        ["Valentina", "Rojas", "OIM Colombia", 6016397777, "vrojas@iom.int",
         date(2024, 3, 1)]])
    code = main(["--db", db_url, "contacts", "import", str(path), "--region", "CO", "--json"])
    document = json.loads(capsys.readouterr().out)
    assert code == 0 and document["created"] == 1 and document["format"] == "xlsx"
    assert document["contacts"][0]["phones"][0]["e164"] == "+576016397777"
    assert document["contacts"][0]["where"] == "row 2"
    assert document["unmapped_columns"] == ["Since"]
    renamed = tmp_path / "officers.data"
    renamed.write_bytes(path.read_bytes())
    code = main(["--db", db_url, "contacts", "import", str(renamed), "--format", "xlsx",
                 "--json"])
    document = json.loads(capsys.readouterr().out)
    assert code == 0 and (document["created"], document["unchanged"]) == (0, 1), document
    bad = tmp_path / "bad.xlsx"
    bad.write_text("Name\nX\n", encoding="utf-8")
    code = main(["--db", db_url, "contacts", "import", str(bad)])
    assert code == 1 and "bad.xlsx" in capsys.readouterr().err
