"""Exporting the directory: each format read back by an independent reader, on both databases.

CSV with ``csv``, XLSX with openpyxl, vCards with vobject, the PDF sheet with pypdf.
"""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pypdf
import pytest
import vobject

from desktop.domain.errors import InputError
from desktop.services.database import Database
from desktop.services.exports import (
    ExportCancelledError,
    ExportOptions,
    ExportScope,
    contact_ids_in,
    export_contacts,
)
from tests.exchange.directory_seed import HOSTILE_NAME, seed


def read_csv(path: Path) -> list[dict[str, str]]:
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_has_one_row_per_contact_with_labelled_phone_and_email_columns(
        db: Database, tmp_path: Path) -> None:
    people = seed(db)
    result = export_contacts(db, tmp_path / "out.csv", "csv")
    assert result.count == 4  # the archived one stays out
    rows = {row["Name"]: row for row in read_csv(tmp_path / "out.csv")}
    assert set(rows) == {people[k].name for k in ("shafiev", "ivanova", "khatib", "lefevre")}
    shafiev = rows["Abdulfattoh Shafiev"]
    assert shafiev["Phone 1"] == "'+992 48 701 0222 ext. 12"  # readable, never a formula
    assert shafiev["Phone 1 kind"] == "office"
    assert shafiev["Phone 2"] == "'+992 93 555 1234" and shafiev["Phone 2 kind"] == "mobile"
    assert shafiev["Email 1"] == "abdulfattoh@inbox.ru" and shafiev["Email 1 kind"] == "work"
    assert shafiev["Office"] == "OIM Tadjikistan" and shafiev["Country"] == "TJ"
    assert shafiev["Tags"] == "Central Asia; press, media"
    assert shafiev["Notes"] == people["shafiev"].notes
    assert rows["ليلى الخطيب"]["Job title"] == "مسؤولة الإعلام والاتصال"
    assert rows["Ольга Иванова"]["Phone 2"] == ""  # padded to the widest contact


def test_archived_hostile_name_is_exported_as_text_when_asked(
        db: Database, tmp_path: Path) -> None:
    seed(db)
    export_contacts(db, tmp_path / "out.csv", "csv", ExportScope(include_archived=True))
    names = [row["Name"] for row in read_csv(tmp_path / "out.csv")]
    assert "'" + HOSTILE_NAME in names
    [hostile] = [r for r in read_csv(tmp_path / "out.csv") if r["Name"].startswith("'=")]
    assert hostile["Email 1"] == "'-cmd@example.org"
    export_contacts(db, tmp_path / "out.xlsx", "xlsx", ExportScope(include_archived=True))
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").active
    assert sheet is not None
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row if c.value == HOSTILE_NAME]
    assert len(cells) == 1 and cells[0].data_type == "s" and cells[0].quotePrefix


def test_xlsx_is_typed_with_phones_as_text_and_a_frozen_filtered_header(
        db: Database, tmp_path: Path) -> None:
    people = seed(db)
    export_contacts(db, tmp_path / "out.xlsx", "xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    assert header[:8] == ["Name", "Given name", "Family name", "Job title", "Office",
                          "Country", "Phone 1", "Phone 1 kind"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref is not None
    rows = {r[0]: dict(zip(header, r, strict=True))
            for r in sheet.iter_rows(min_row=2, values_only=True)}
    shafiev = rows["Abdulfattoh Shafiev"]
    assert shafiev["Phone 1"] == "+992 48 701 0222 ext. 12"
    assert shafiev["Archived"] is False
    assert shafiev["Press Desk ID"] == people["shafiev"].id
    assert isinstance(shafiev["Updated (UTC)"], datetime)
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f"
    assert rows["Hélène Lefèvre-Ouédraogo"]["Job title"] == people["lefevre"].title


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_vcards_parse_in_vobject_with_every_person(db: Database, tmp_path: Path,
                                                   version: str) -> None:
    people = seed(db)
    export_contacts(db, tmp_path / "out.vcf", "vcf",
                    options=ExportOptions(vcard_version=version))
    text = (tmp_path / "out.vcf").read_bytes().decode("utf-8")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    cards = {c.fn.value: c for c in vobject.readComponents(text)}
    assert set(cards) == {people[k].name for k in ("shafiev", "ivanova", "khatib", "lefevre")}
    khatib = cards["ليلى الخطيب"]
    assert khatib.version.value == version
    assert khatib.org.value == ["مكتب المنظمة الدولية للهجرة في لبنان"]
    tel = khatib.tel.value
    assert tel == ("tel:+9611752222;ext=305" if version == "4.0"
                   else "+961 1 752 222 ext. 305")
    assert cards["Abdulfattoh Shafiev"].categories.value == ["Central Asia", "press, media"]


def test_pdf_sheet_holds_every_name_phone_and_email(db: Database, tmp_path: Path) -> None:
    people = seed(db)
    when = datetime(2026, 7, 1, 9, 0, tzinfo=UTC)
    export_contacts(db, tmp_path / "sheet.pdf", "pdf",
                    options=ExportOptions(now=when, title="IOM press officers"))
    reader = pypdf.PdfReader(tmp_path / "sheet.pdf")
    text = "\n".join(page.extract_text() for page in reader.pages)
    for key in ("shafiev", "ivanova", "khatib", "lefevre"):
        person = people[key]
        assert person.name in text, person.name
        for phone in person.phones:
            assert phone.display in text
        for email in person.emails:
            assert email.address in text
    assert "IOM press officers" in text and "2026-07-01" in text
    assert "Asia" in text and "Europe" in text and "Tajikistan (TJ)" in text
    office = people["shafiev"].office
    assert office is not None and f"Switchboard: {office.phone} · Dushanbe" in text
    assert "Asia/Dushanbe (UTC+05:00)" in text
    assert "Page 1 of 1" in text
    assert HOSTILE_NAME not in text  # archived
    fonts = reader.pages[0]["/Resources"]["/Font"]
    for ref in fonts.values():
        descriptor = ref.get_object().get("/DescendantFonts")
        if descriptor:
            font = descriptor[0].get_object()["/FontDescriptor"].get_object()
            assert "/FontFile2" in font  # embedded, not borrowed from the machine


@pytest.mark.parametrize(("paper", "size"), [("a4", (595, 842)), ("letter", (612, 792))])
def test_pdf_paper_sizes(db: Database, tmp_path: Path, paper: str,
                         size: tuple[int, int]) -> None:
    seed(db)
    export_contacts(db, tmp_path / "sheet.pdf", "pdf", options=ExportOptions(paper=paper))
    box = pypdf.PdfReader(tmp_path / "sheet.pdf").pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size


def test_scopes_office_country_region_search_and_selection(db: Database) -> None:
    people = seed(db)
    ids = {key: record.id for key, record in people.items()}
    assert contact_ids_in(db, ExportScope(country="TJ")) == [ids["shafiev"], ids["ivanova"]]
    assert contact_ids_in(db, ExportScope(country="Tadjikistan")) == [ids["shafiev"],
                                                                       ids["ivanova"]]
    assert contact_ids_in(db, ExportScope(office="oim tadjikistan")) == [ids["shafiev"]]
    assert contact_ids_in(db, ExportScope(region="Europe")) == [ids["lefevre"]]
    assert contact_ids_in(db, ExportScope(region="Afrique")) == []
    assert contact_ids_in(db, ExportScope(region="Afrique", include_archived=True)) == [
        ids["hostile"]]
    assert contact_ids_in(db, ExportScope(region="142")) == [ids["shafiev"], ids["ivanova"],
                                                             ids["khatib"]]
    assert contact_ids_in(db, ExportScope(query="Shafiev")) == [ids["shafiev"]]
    chosen = (ids["lefevre"], ids["shafiev"])
    assert contact_ids_in(db, ExportScope(contact_ids=chosen)) == list(chosen)
    assert contact_ids_in(db, ExportScope(contact_ids=chosen, country="FR")) == [
        ids["lefevre"]]


@pytest.mark.parametrize(("scope", "field"), [
    (ExportScope(office="Nowhere"), "--office"), (ExportScope(country="Atlantis"), "--country"),
    (ExportScope(region="Atlantis"), "--region"), (ExportScope(query="  "), "--query")])
def test_a_bad_scope_is_refused_by_name_and_nothing_is_written(
        db: Database, tmp_path: Path, scope: ExportScope, field: str) -> None:
    seed(db)
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(InputError) as refused:
        export_contacts(db, folder / "out.csv", "csv", scope)
    assert refused.value.problems[0].field == field
    assert not list(folder.iterdir())


def test_progress_is_reported_and_cancel_leaves_the_old_file(db: Database,
                                                              tmp_path: Path) -> None:
    seed(db)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    folder = tmp_path / "exports"
    folder.mkdir()
    export_contacts(db, folder / "out.vcf", "vcf", progress=progress)
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)
    target = folder / "out.csv"
    target.write_text("the previous export")
    with pytest.raises(ExportCancelledError):
        export_contacts(db, target, "csv", progress=lambda done, total: done == 0)
    assert target.read_text() == "the previous export"
    assert sorted(p.name for p in folder.iterdir()) == ["out.csv", "out.vcf"]
