"""Email addresses: cleaned of what people paste around them, validated offline, normalised."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from email_validator import EmailNotValidError, validate_email

from desktop.domain.errors import InputError, Problem
from desktop.domain.text import squeeze


class EmailKind(StrEnum):
    WORK = "work"
    PERSONAL = "personal"
    SHARED = "shared"


PLACEHOLDER = "[email protected]"
"""What web pages show in place of an address hidden by an email-protection script."""

_AT = re.compile(r"\s*(?:\[\s*at\s*\]|\(\s*at\s*\)|\{\s*at\s*\}|\s+at\s+|\s*@\s*)\s*", re.I)
_DOT = re.compile(r"\s*(?:\[\s*dot\s*\]|\(\s*dot\s*\)|\{\s*dot\s*\}|\s+dot\s+)\s*", re.I)
_ANGLE = re.compile(r"<([^<>]+)>")
_LABEL = re.compile(
    r"^(e-?mail(\s+address)?|courriel|correo(\s+electr[óo]nico)?)\s*[:.]\s*", re.I
)


@dataclass(frozen=True)
class EmailCheck:
    as_written: str
    address: str | None
    kind: EmailKind
    valid: bool
    problem: str | None = None

    def require_valid(self, field: str = "Email") -> EmailCheck:
        if not self.valid:
            raise InputError(Problem(field, self.as_written, self.problem or "not a valid address"))
        return self


def clean_email_text(text: str) -> str:
    """Undo the ways people paste addresses: labels, ``mailto:``, display names, [at]/(dot)."""
    cleaned = re.sub(r"mailto:", "", squeeze(text), flags=re.I)
    cleaned = _LABEL.sub("", cleaned)
    angle = _ANGLE.search(cleaned)
    if angle:
        cleaned = angle.group(1)
    cleaned = cleaned.strip().split("?", 1)[0]  # mailto:x@y?subject=...
    cleaned = _AT.sub("@", cleaned, count=1)
    cleaned = _DOT.sub(".", cleaned)
    return cleaned.strip().strip(".,;:()[]\"'")


def guess_kind(address: str) -> EmailKind:
    local = address.split("@", 1)[0].lower()
    if local in {"press", "media", "info", "communications", "comms", "presse", "prensa"}:
        return EmailKind.SHARED
    return EmailKind.WORK


def check_email(text: str, kind: EmailKind | None = None) -> EmailCheck:
    """Validate ``text`` without DNS (the app works offline); never raises."""
    as_written = squeeze(text)
    if PLACEHOLDER in as_written.lower() or "email protected" in as_written.lower():
        return EmailCheck(as_written, None, kind or EmailKind.WORK, False,
                          "the page hid this address behind an email-protection placeholder; "
                          "it cannot be read from the text")
    cleaned = clean_email_text(as_written)
    if not cleaned:
        return EmailCheck(as_written, None, kind or EmailKind.WORK, False, "empty email address")
    try:
        result = validate_email(cleaned, check_deliverability=False)
    except EmailNotValidError as error:
        return EmailCheck(as_written, None, kind or EmailKind.WORK, False, str(error))
    # Mail systems treat the local part case-insensitively in practice; matching needs one form.
    address = result.normalized.lower()
    return EmailCheck(as_written, address, kind or guess_kind(address), True)
