"""Numbers and addresses of a contact file, checked as the forms check them, but faster.

An import checks every number and address of every card: with phonenumbers and
email-validator that was about half of the time of a large file. Switchboards and shared
addresses repeat from card to card, so each check is remembered (bounded: memory stays flat);
a plain address (``name.surname@example.org``) is recognised by one regular expression instead
of email-validator's full run. Both give exactly what ``check_phone`` and ``check_email`` give:
the tests compare them on generated input.
"""

from __future__ import annotations

import re

from email_validator import SPECIAL_USE_DOMAIN_NAMES

from desktop.domain.emails import (
    PLACEHOLDER,
    EmailCheck,
    EmailKind,
    accepted,
    check_email,
    clean_email_text,
    guess_kind,
)
from desktop.domain.phones import PhoneCheck, PhoneKind, check_phone
from desktop.domain.text import squeeze

LIMIT = 20_000
"""Checks remembered per kind before the memory is emptied (a few MB at most)."""

_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_PLAIN = re.compile(
    r"(?P<local>[a-z0-9_+](?:[a-z0-9_+-]|\.(?=[a-z0-9_+-])){0,63})"
    rf"@(?P<domain>(?:{_LABEL}\.)+[a-z]{{2,63}})", re.ASCII | re.IGNORECASE)
"""ASCII dot-atom local part and letter-ending hostname: shapes email-validator accepts as they
are (lower-cased by check_email), unless a length or special-use rule below says otherwise."""

_SPECIAL_NAMES = "|".join(map(re.escape, SPECIAL_USE_DOMAIN_NAMES))
_SPECIAL = re.compile(rf"(?:\A|\.)(?:{_SPECIAL_NAMES})\Z")
"""A special-use domain ("test") or a name under one ("x.test"): one search instead of a
comparison per name."""

_LABEL_WORDS = ("email", "e-mail", "courriel", "correo")
"""Words clean_email_text takes for a label when a "." or ":" follows ("email.x@…"): a text
starting with one goes the long way."""


class Checks:
    """Remembered phone and email checks for one import."""

    def __init__(self) -> None:
        self._phones: dict[tuple[str, str | None, PhoneKind | None], PhoneCheck] = {}
        self._emails: dict[tuple[str, EmailKind | None], EmailCheck] = {}

    def phone(self, text: str, region: str | None, kind: PhoneKind | None) -> PhoneCheck:
        """``check_phone(text, region, kind)``, remembered (PhoneCheck is immutable)."""
        key = (text, region, kind)
        found = self._phones.get(key)
        if found is None:
            if len(self._phones) >= LIMIT:
                self._phones.clear()
            found = self._phones[key] = check_phone(text, region, kind)
        return found

    def email(self, text: str, kind: EmailKind | None) -> EmailCheck:
        """``check_email(text, kind)``, remembered, with a fast path for plain addresses."""
        key = (text, kind)
        found = self._emails.get(key)
        if found is None:
            if len(self._emails) >= LIMIT:
                self._emails.clear()
            found = self._emails[key] = fast_check_email(text, kind)
        return found


def _plain(cleaned: str) -> bool:
    """True when email-validator would accept ``cleaned`` unchanged but for case."""
    match = _PLAIN.fullmatch(cleaned)
    if match is None or len(cleaned) > 254:
        return False
    domain = match.group("domain").lower()
    if len(domain) > 253 or "--" in domain:
        return False  # "xn--" and other IDNA-reserved labels: email-validator decides
    return _SPECIAL.search(domain) is None


def fast_check_email(text: str, kind: EmailKind | None = None) -> EmailCheck:
    """The same EmailCheck as ``check_email``; plain addresses skip email-validator."""
    as_written = squeeze(text)
    lowered = as_written.lower()
    if _plain(as_written) and not lowered.startswith(_LABEL_WORDS):
        # Already clean: clean_email_text (labels, mailto:, <…>, [at]) would leave it as it is.
        return accepted(as_written, lowered, kind or guess_kind(lowered))
    if PLACEHOLDER not in lowered and "email protected" not in lowered:
        cleaned = clean_email_text(as_written)
        if _plain(cleaned):
            address = cleaned.lower()
            return accepted(as_written, address, kind or guess_kind(address))
    return check_email(text, kind)
