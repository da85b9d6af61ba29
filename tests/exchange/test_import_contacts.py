"""Importing contact files into the directory: matched not duplicated, all or nothing.

Runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.errors import InputError
from desktop.services import contacts
from desktop.services.contact_import import import_contacts, preview_import
from desktop.services.database import Database

DATA = Path(__file__).resolve().parent.parent / "data" / "contacts"
VENDOR_FILES = ["apple_contacts.vcf", "google_contacts.vcf", "outlook_contact.vcf",
                "android_contacts.vcf", "thunderbird_contacts.vcf", "evolution_contacts.vcf",
                "press_officers.vcf", "google_contacts.csv", "google_contacts_export.csv",
                "google_contacts_legacy.csv", "outlook_desktop.csv", "outlook_french.csv",
                "outlook_spanish.csv", "outlook_german_unicode.txt", "outlook_com.csv"]


def by_name(db: Database) -> dict[str, contacts.ContactRecord]:
    return {c.name: c for c in contacts.list_contacts(db)}


def test_every_vendor_file_imports_and_a_second_import_creates_nothing(db: Database) -> None:
    for name in VENDOR_FILES:
        first = import_contacts(db, DATA / name)
        assert first.created + first.updated + first.unchanged >= 1, name
    count = contacts.count_contacts(db)
    for name in VENDOR_FILES:
        again = import_contacts(db, DATA / name)
        assert again.created == 0 and again.updated == 0, (name, again.outcomes)
    assert contacts.count_contacts(db) == count


def test_outlook_desktop_csv_lands_with_kinds_tags_notes_and_country(db: Database) -> None:
    result = import_contacts(db, DATA / "outlook_desktop.csv")
    assert (result.created, result.problems) == (2, ())
    diallo = by_name(db)["Aïssatou Diallo"]
    assert diallo.title == "Chargée de communication"
    assert diallo.office is not None and diallo.office.name == "OIM Sénégal"
    assert diallo.country == "SN"
    assert [(p.kind.value, p.e164) for p in diallo.phones] == [
        ("fax", "+221338696233"), ("office", "+221338696200"), ("mobile", "+221771234567")]
    assert diallo.tags == ("Press officers", "West Africa")
    assert diallo.notes == "Parle français et wolof.\nBureau de Dakar."
    alves = by_name(db)["Pedro Alves"]
    assert alves.phones[0].extension == "12" and alves.phones[0].valid


def test_the_same_person_in_another_vendor_file_is_updated_not_duplicated(db: Database) -> None:
    import_contacts(db, DATA / "outlook_contact.vcf")
    result = import_contacts(db, DATA / "outlook_desktop.csv")
    assert result.created == 1 and result.updated == 1  # Diallo matched by her address
    diallo = by_name(db)["Aïssatou Diallo"]
    assert "West Africa" in diallo.tags
    assert contacts.count_contacts(db) == 2


def test_numbers_are_read_with_the_region_else_the_office_country(db: Database) -> None:
    result = import_contacts(db, DATA / "google_contacts.csv")
    shafiev = result.contacts[0]
    assert shafiev.phones[0].e164 == "+992487010222"  # "48 701 02 22" under OIM Tadjikistan
    unknown = import_contacts(db, DATA / "unknown_layout.csv", region="GN",
                              mapping={"Person": "name", "Tel": "phone", "Mail": "email",
                                       "Organisation": "office"})
    assert unknown.created == 2
    assert unknown.contacts[0].phones[0].e164 == "+224622123456"


def test_what_does_not_validate_is_kept_as_written_and_listed(db: Database) -> None:
    result = import_contacts(db, DATA / "unknown_layout.csv",
                             mapping={"Person": "name", "Tel": "phone", "Mail": "email"})
    camara = by_name(db)["Fatou Camara"]
    assert camara.phones[0].as_written == "not a number" and not camara.phones[0].valid
    assert camara.needs_review
    problems = {(p.where, p.field, p.value) for p in result.problems}
    assert ("line 3", "Phone", "not a number") in problems


def test_an_unrecognised_layout_is_refused_naming_the_columns(db: Database) -> None:
    with pytest.raises(InputError) as refused:
        import_contacts(db, DATA / "unknown_layout.csv")
    problem = refused.value.problems[0]
    assert problem.field == "Columns" and "Person" in problem.value and "--map" in problem.reason
    assert contacts.count_contacts(db) == 0


def test_a_file_cut_short_is_refused_and_nothing_is_written(db: Database,
                                                            tmp_path: Path) -> None:
    broken = tmp_path / "broken.vcf"
    good = (DATA / "press_officers.vcf").read_bytes()
    broken.write_bytes(good + b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Short\r\n")
    with pytest.raises(InputError) as refused:
        import_contacts(db, broken)
    assert "card 3" in str(refused.value) and "broken.vcf" in str(refused.value)
    assert contacts.count_contacts(db) == 0


def test_the_preview_says_what_would_happen_and_writes_nothing(db: Database) -> None:
    import_contacts(db, DATA / "press_officers.vcf")
    preview = preview_import(db, DATA / "google_contacts_legacy.csv")
    assert [o.action for o in preview.outcomes] == ["unchanged"]
    preview = preview_import(db, DATA / "apple_contacts.vcf")
    assert [o.action for o in preview.outcomes] == ["create"]
    assert preview.contacts[0].id == 0
    assert contacts.count_contacts(db) == 2


def test_a_file_twice_in_itself_is_one_contact(db: Database, tmp_path: Path) -> None:
    twice = tmp_path / "twice.vcf"
    twice.write_bytes((DATA / "apple_contacts.vcf").read_bytes() * 2)
    result = import_contacts(db, twice)
    assert [o.action for o in result.outcomes] == ["create", "unchanged"]
    assert contacts.count_contacts(db) == 1


def test_cli_import_json_shape_and_exit_codes(db_url: str, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "officers.vcf"
    shutil.copyfile(DATA / "thunderbird_contacts.vcf", path)
    code = main(["--db", db_url, "contacts", "import", str(path), "--json"])
    document = json.loads(capsys.readouterr().out)
    assert code == 0
    assert (document["created"], document["updated"], document["unchanged"]) == (1, 0, 0)
    contact = document["contacts"][0]
    assert contact["phones"][0]["e164"] == "+576016397777"
    assert contact["phones"][0]["extension"] == "204"
    assert contact["languages"] == ["es", "en"]
    assert document["problems"] == []
    code = main(["--db", db_url, "contacts", "import", str(path), "--dry-run", "--json"])
    assert code == 0 and json.loads(capsys.readouterr().out)["unchanged"] == 1
    code = main(["--db", db_url, "contacts", "import", str(DATA / "unknown_layout.csv")])
    err = capsys.readouterr().err
    assert code == 1 and "line 1" in err and "Person" in err
    code = main(["--db", db_url, "contacts", "import", str(DATA / "unknown_layout.csv"),
                 "--map", "Person=name", "--map", "Tel=phone", "--region", "GN", "--json"])
    document = json.loads(capsys.readouterr().out)
    assert code == 0 and document["created"] == 2
    assert {"where": "line 3", "field": "Phone", "value": "not a number"}.items() <= \
        document["problems"][0].items()


def test_invisible_controls_are_removed_and_the_rest_kept(db: Database, tmp_path: Path) -> None:
    card = tmp_path / "hostile.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ev\u202eil Name\r\nORG:IOM Jordan\r\n"
                    "CATEGORIES:  Press\u202e  ,,Jordan\r\nNOTE:line one\\nline\u0007 two\r\n"
                    "END:VCARD\r\n", encoding="utf-8")
    [record] = import_contacts(db, card).contacts
    assert record.name == "Evil Name"
    assert record.tags == ("Press", "Jordan")
    assert record.notes == "line one\nline two"


def test_a_large_import_can_keep_only_ids_and_actions(db: Database) -> None:
    result = import_contacts(db, DATA / "press_officers.vcf", keep_records=False)
    assert result.created == 2 and result.contacts == ()
    assert all(o.contact_id for o in result.outcomes)
