"""An outline's item number is no part of an office, and an area code joined by an en dash is
part of the number, even where no country is known to read it.

"a2. Press Office" over "Press Officer: Name" gives the office "Press Office"; "010–555 10 13"
(as Swedish pages write it) is one number. Texts invented.
"""

from __future__ import annotations

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.addresses import read_phones


def test_an_outline_item_number_is_dropped_from_the_office() -> None:
    text = (
        "The Mayor's Office\n\n"
        "The Mayor's Cabinet consists of the following offices:\n"
        "b1. Office of the Special Advisers\n"
        "b2. Press Office\n"
        "Press Officer for the Mayor: Eleni Markopoulou\n"
        "Address: 12 Example St., 105 55 Athens\n"
        "Tel.: (+30) 210 5550141\n"
    )
    person = next(p for p in parse_release_text(text, "test").media_contacts
                  if p.name == "Eleni Markopoulou")
    assert person.office is None or not person.office.startswith("b2.")


def test_an_area_code_joined_by_an_en_dash_stays_with_its_number() -> None:
    [phone] = read_phones("Lina Öberg, projektledare, 010–555 10 13", None)
    assert phone.as_written == "010–555 10 13"
    [read] = read_phones("Lina Öberg, projektledare, 010–555 10 13", "SE")
    assert read.e164 == "+46105551013"
