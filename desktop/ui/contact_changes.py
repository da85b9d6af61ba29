"""How the contact form tells a number or address it had from one it did not.

Save sends the difference as ``ContactChanges`` (validated, like the command line); Undo and
Redo do not: they put the whole contact back with ``restore_contact`` (see ``undo.py``).
"""

from __future__ import annotations

from desktop.domain.records import EmailRecord, PhoneRecord


def phone_key(phone: PhoneRecord) -> str:
    return phone.e164 or phone.as_written


def email_key(email: EmailRecord) -> str:
    return email.address or email.as_written
