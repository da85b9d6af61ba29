"""The checks every way into the directory shares: reading phones and emails, spotting duplicates.

Forms and the command line refuse what does not validate; imports keep it as written, flagged.
"""

from __future__ import annotations

from collections.abc import Iterable

from nameparser import HumanName
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.db.models import Contact, Email, Phone
from desktop.domain.emails import EmailCheck, check_email
from desktop.domain.errors import DuplicateError, InputError, Problem
from desktop.domain.phones import PhoneCheck, check_phone, digits, kind_from_label
from desktop.domain.text import squeeze
from desktop.services.guards import checked, fitted


def read_phones_and_emails(phones: Iterable[str], emails: Iterable[str], region: str | None
                           ) -> tuple[list[PhoneCheck], list[EmailCheck]]:
    """Validate every number and address, reporting all refusals together in one InputError."""
    phone_checks = [check_phone(text, region, kind_from_label(text)) for text in phones]
    email_checks = [check_email(text) for text in emails]
    problems = [Problem("Phone", c.as_written, c.problem or "not a valid number", None, c.code,
                        c.params) for c in phone_checks if not c.valid]
    problems += [Problem("Email", c.as_written, c.problem or "not a valid address", None, c.code,
                         c.params) for c in email_checks if not c.valid]
    if problems:
        raise InputError(problems)
    return phone_checks, email_checks


def clean_name(name: str) -> str:
    clean = squeeze(name)
    if not clean:
        raise InputError(Problem("Name", name, "a contact needs a name"))
    return checked("Name", clean, Contact.full_name) or clean


def split_name(name: str) -> tuple[str | None, str | None]:
    """Given and family name of a full name, as nameparser reads it (any script)."""
    parsed = HumanName(name)
    given = " ".join(part for part in (parsed.first, parsed.middle) if part) or None
    return fitted(given, Contact.given_name), fitted(parsed.last or None, Contact.family_name)


def owner_of_phone(session: Session, e164: str, exclude: int | None) -> Contact | None:
    query = select(Contact).join(Phone).where(Phone.e164 == e164)
    if exclude is not None:
        query = query.where(Contact.id != exclude)
    return session.scalars(query.order_by(Contact.id).limit(1)).first()


def owner_of_email(session: Session, address: str, exclude: int | None) -> Contact | None:
    query = select(Contact).join(Email).where(func.lower(Email.address) == address.lower())
    if exclude is not None:
        query = query.where(Contact.id != exclude)
    return session.scalars(query.order_by(Contact.id).limit(1)).first()


def refuse_duplicates(session: Session, phones: Iterable[PhoneCheck], emails: Iterable[EmailCheck],
                      exclude: int | None = None) -> None:
    """No two contacts silently share a number or an address: point at the one that has it."""
    for phone in phones:
        if phone.e164 and (owner := owner_of_phone(session, phone.e164, exclude)):
            raise DuplicateError(
                Problem("Phone", phone.as_written,
                        f"{phone.e164} already belongs to contact {owner.id} ({owner.full_name}); "
                        "pass --allow-duplicate if the number is shared", None, "phone.duplicate",
                        {"number": phone.e164, "id": owner.id, "name": owner.full_name}),
                owner.id, owner.full_name)
    for email in emails:
        if email.address and (owner := owner_of_email(session, email.address, exclude)):
            raise DuplicateError(
                Problem("Email", email.as_written,
                        f"{email.address} already belongs to contact {owner.id} "
                        f"({owner.full_name}); pass --allow-duplicate if the mailbox is shared",
                        None, "email.duplicate",
                        {"address": email.address, "id": owner.id, "name": owner.full_name}),
                owner.id, owner.full_name)


def phone_row(check: PhoneCheck, position: int) -> Phone:
    return Phone(position=position, e164=check.e164,
                 extension=fitted(check.extension, Phone.extension), kind=check.kind.value,
                 as_written=fitted(check.as_written, Phone.as_written) or "",
                 valid=check.valid, problem=check.problem, display=check.display)


def email_row(check: EmailCheck, position: int) -> Email:
    return Email(position=position, address=check.address, kind=check.kind.value,
                 as_written=fitted(check.as_written, Email.as_written) or "", valid=check.valid,
                 problem=check.problem)


def find_phone(contact: Contact, text: str) -> Phone | None:
    """The contact's phone that ``text`` names: by E.164, by digits, or as written."""
    region = contact.country or (contact.office.country if contact.office else None)
    check = check_phone(text, region)
    wanted = digits(text)
    for phone in contact.phones:
        if check.e164 and phone.e164 == check.e164:
            return phone
        if phone.as_written == squeeze(text) or (wanted and digits(phone.as_written) == wanted):
            return phone
    return None


def find_email(contact: Contact, text: str) -> Email | None:
    check = check_email(text)
    for email in contact.emails:
        if check.address and email.address == check.address:
            return email
        if email.as_written.lower() == squeeze(text).lower():
            return email
    return None
