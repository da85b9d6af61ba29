"""A card whose office has no country (so its national numbers cannot be placed) that matches a
directory contact of a known country has those numbers read in that country: the same number
is not added a second time, kept as written and flagged (R9 finding 1, the everyday path: an
ORG "МОМ Україна" card merged into Olena Kovalenko of "IOM Ukraine"). Both databases."""

from __future__ import annotations

from pathlib import Path

from desktop.services import contacts
from desktop.services.contact_import import import_contacts
from desktop.services.database import Database

KNOWN = """BEGIN:VCARD
VERSION:3.0
FN:Olena Kovalenko
ORG:IOM Ukraine
ADR;TYPE=WORK:;;;Kyiv;;;Ukraine
TEL;TYPE=WORK,VOICE:+380 44 568 5015
EMAIL;TYPE=WORK:okovalenko.sample@iom.int
END:VCARD
"""

SAME_PERSON = """BEGIN:VCARD
VERSION:3.0
FN:Олена Коваленко
ORG:МОМ Україна
TEL;TYPE=WORK,VOICE:044 568 50 15
TEL;TYPE=CELL:067 123 4567
EMAIL;TYPE=WORK:okovalenko.sample@iom.int
END:VCARD
"""


def test_a_national_number_is_read_in_the_matched_contact_s_country(
        db: Database, tmp_path: Path) -> None:
    first = tmp_path / "known.vcf"
    first.write_text(KNOWN, encoding="utf-8")
    [olena] = import_contacts(db, first).contacts
    if olena.country != "UA":
        olena = contacts.update_contact(db, olena.id, contacts.ContactChanges(country="UA"))
    second = tmp_path / "same.vcf"
    second.write_text(SAME_PERSON, encoding="utf-8")
    result = import_contacts(db, second)
    assert (result.created, result.updated) == (0, 1), result.outcomes
    assert result.problems == ()
    again = contacts.get_contact(db, olena.id)
    assert [(p.e164, p.valid) for p in again.phones] == [
        ("+380445685015", True), ("+380671234567", True)]
    third = import_contacts(db, second)
    assert (third.created, third.updated, third.unchanged) == (0, 0, 1), third.outcomes
