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
    office = contact.office
    cells: list[Cell] = [contact.name, contact.given_name, contact.family_name, contact.title,
                         office.name if office else None, contact.country]
    for phone in contact.phones:
        cells += [phone.display or phone.as_written, phone.kind.value]
    cells += [None, None] * (max(phones, 1) - len(contact.phones))
    for email in contact.emails:
        cells += [email.address or email.as_written, email.kind.value]
    cells += [None, None] * (max(emails, 1) - len(contact.emails))
    cells += [", ".join(contact.languages) or None, "; ".join(contact.tags) or None,
              contact.notes]
    if typed:
        cells += [contact.archived, contact.updated_at, contact.id]
    return cells
