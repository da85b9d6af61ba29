"""The change that turns one version of a contact into another: what Save and Undo send.

Undo of an edit is the same computation with the two versions swapped, so both go through
``update_contact`` with its validation, audit trail and version check.
"""

from __future__ import annotations

from desktop.domain.records import ContactRecord, EmailRecord, PhoneRecord
from desktop.services.contacts import ContactChanges


def phone_key(phone: PhoneRecord) -> str:
    return phone.e164 or phone.as_written


def phone_text(phone: PhoneRecord) -> str:
    """The text that adds this number back with its extension (kind is re-detected)."""
    if phone.e164:
        return f"{phone.e164} ext. {phone.extension}" if phone.extension else phone.e164
    return phone.as_written


def email_key(email: EmailRecord) -> str:
    return email.address or email.as_written


def changes_between(current: ContactRecord, target: ContactRecord) -> ContactChanges:
    """What ``update_contact`` needs to bring ``current`` back to ``target``."""
    now_phones = {phone_key(p) for p in current.phones}
    want_phones = {phone_key(p) for p in target.phones}
    now_emails = {email_key(e) for e in current.emails}
    want_emails = {email_key(e) for e in target.emails}
    return ContactChanges(
        name=target.name,
        title=target.title or "",
        office=target.office.name if target.office else "",
        country=target.country if target.country != current.country else None,
        notes=target.notes or "",
        languages=target.languages,
        tags=target.tags,
        add_phones=tuple(phone_text(p) for p in target.phones if phone_key(p) not in now_phones),
        remove_phones=tuple(k for k in sorted(now_phones - want_phones)),
        add_emails=tuple(email_key(e) for e in target.emails if email_key(e) not in now_emails),
        remove_emails=tuple(sorted(now_emails - want_emails)),
        allow_duplicate=True,  # these values were the contact's a moment ago
    )
