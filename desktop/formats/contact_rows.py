"""A contact as one spreadsheet row: the columns Press Desk's CSV import reads back.

"Phone 1" / "Phone 1 kind" and "Email 1" / "Email 1 kind" pairs, as many as the contact in
scope with the most numbers needs; "Job title" (not "Title", which Outlook files use for the
honorific). XLSX rows add typed columns (archived as a boolean, last change as a date).
"""

from __future__ import annotations

from desktop.domain.records import ContactRecord
from desktop.formats.spreadsheets import Cell

LEADING = ("Name", "Given name", "Family name", "Job title", "Office", "Country")
TRAILING = ("Languages", "Tags", "Notes")
TYPED = ("Archived", "Updated (UTC)", "Press Desk ID")


def header(phones: int, emails: int, *, typed: bool = False) -> list[str]:
    columns = list(LEADING)
    for n in range(1, max(phones, 1) + 1):
        columns += [f"Phone {n}", f"Phone {n} kind"]
    for n in range(1, max(emails, 1) + 1):
        columns += [f"Email {n}", f"Email {n} kind"]
    columns += TRAILING
    if typed:
        columns += TYPED
    return columns


def row(contact: ContactRecord, phones: int, emails: int, *, typed: bool = False) -> list[Cell]:
    """The contact's cells under ``header(phones, emails, typed=typed)``.

    Called once per contact of an export (100,000 times): kinds are read as their stored
    text (``_value_``, not the slower ``value`` property) and padding is one list operation.
    """
    office = contact.office
    cells: list[Cell] = [contact.name, contact.given_name, contact.family_name, contact.title,
                         office.name if office else None, contact.country]
    for phone in contact.phones:
        cells.append(phone.display or phone.as_written)
        cells.append(phone.kind._value_)
    missing = max(phones, 1) - len(contact.phones)
    if missing > 0:
        cells += _EMPTY_PAIRS[:2 * missing] if missing <= _PAIRS else [None, None] * missing
    for email in contact.emails:
        cells.append(email.address or email.as_written)
        cells.append(email.kind._value_)
    missing = max(emails, 1) - len(contact.emails)
    if missing > 0:
        cells += _EMPTY_PAIRS[:2 * missing] if missing <= _PAIRS else [None, None] * missing
    cells.append(", ".join(contact.languages) or None)
    cells.append("; ".join(contact.tags) or None)
    cells.append(contact.notes)
    if typed:
        cells.append(contact.archived)
        cells.append(contact.updated_at)
        cells.append(contact.id)
    return cells


_PAIRS = 8
_EMPTY_PAIRS: list[Cell] = [None, None] * _PAIRS
