"""Two officers who share their office's switchboard stay two people on import; a personal
number (mobile, WhatsApp, an office line with its extension) or an address still finds the
person already there. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from desktop.services import contacts
from desktop.services.contact_import import import_contacts
from desktop.services.database import Database

SWITCHBOARD = "+41 22 717 91 11"


def cards(*bodies: str) -> str:
    return "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\n{body}END:VCARD\r\n" for body in bodies)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_officers_sharing_a_switchboard_in_one_file_are_two_people(db: Database,
                                                                  tmp_path: Path) -> None:
    path = write(tmp_path / "geneva.vcf", cards(
        f"FN:Marie Dubois\r\nTEL;TYPE=WORK:{SWITCHBOARD}\r\nFAX:+41 22 798 61 50\r\n",
        f"FN:Paul Martin\r\nTEL;TYPE=WORK:{SWITCHBOARD}\r\nFAX:+41 22 798 61 50\r\n"))
    result = import_contacts(db, path)
    assert [o.action for o in result.outcomes] == ["create", "create"]
    assert sorted(c.name for c in contacts.list_contacts(db)) == ["Marie Dubois", "Paul Martin"]
    again = import_contacts(db, path)  # matched by name: still two, nothing new
    assert [o.action for o in again.outcomes] == ["unchanged", "unchanged"]


def test_a_newcomer_on_a_known_switchboard_is_created_not_merged(db: Database,
                                                                tmp_path: Path) -> None:
    import_contacts(db, write(tmp_path / "first.vcf", cards(
        f"FN:Marie Dubois\r\nORG:IOM Geneva\r\nTEL;TYPE=WORK:{SWITCHBOARD}\r\n")))
    result = import_contacts(db, write(tmp_path / "second.csv",
                                       "Name,Company,Business Phone\r\n"
                                       f"Paul Martin,IOM Geneva,{SWITCHBOARD}\r\n"))
    assert [o.action for o in result.outcomes] == ["create"]
    dubois = next(c for c in contacts.list_contacts(db) if c.name == "Marie Dubois")
    assert [p.e164 for p in dubois.phones] == ["+41227179111"]  # not given Paul's numbers


def test_personal_numbers_and_direct_lines_still_find_the_person(db: Database,
                                                                tmp_path: Path) -> None:
    import_contacts(db, write(tmp_path / "first.vcf", cards(
        "FN:Marie Dubois\r\nTEL;TYPE=CELL:+41 79 555 12 34\r\n",
        f"FN:Paul Martin\r\nTEL;TYPE=WORK:{SWITCHBOARD} ext. 204\r\n")))
    # The same people under other spellings, found by mobile and by extension.
    result = import_contacts(db, write(tmp_path / "renamed.vcf", cards(
        "FN:Marie DUBOIS-Roux\r\nTEL;TYPE=CELL:+41795551234\r\nTITLE:Spokesperson\r\n",
        f"FN:P. Martin\r\nTEL;TYPE=WORK:{SWITCHBOARD} ext. 204\r\nTITLE:Press officer\r\n",
        f"FN:Someone Else\r\nTEL;TYPE=WORK:{SWITCHBOARD} ext. 205\r\n")))
    assert [o.action for o in result.outcomes] == ["update", "update", "create"]
    assert contacts.count_contacts(db) == 3
