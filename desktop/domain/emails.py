"""Email addresses: cleaned of what people paste around them, validated offline, normalised."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from email_validator import EmailNotValidError, validate_email

from desktop.domain.errors import InputError, coded
from desktop.domain.refusals import english
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
    code: str | None = None
    """Why it was refused, as a code the app translates (desktop.domain.refusals)."""
    params: Mapping[str, str | int] = field(default_factory=dict, compare=False, hash=False)

    def require_valid(self, field: str = "Email") -> EmailCheck:
        if not self.valid:
            raise InputError(coded(field, self.as_written, self.code or "email.invalid_plain",
                                   self.params))
        return self


def accepted(as_written: str, address: str, kind: EmailKind) -> EmailCheck:
    """An accepted address's check (what the import's fast path and check_email give)."""
    return EmailCheck(as_written, address, kind, True)


def _refused(as_written: str, kind: EmailKind, code: str,
             params: Mapping[str, str | int] | None = None) -> EmailCheck:
    values = dict(params or {})
    return EmailCheck(as_written, None, kind, False, english(code, values), code, values)


def _validator_code(cleaned: str, detail: str) -> tuple[str, dict[str, str | int]]:
    """email-validator's English sentence as one of our codes (its detail when none fits)."""
    if cleaned.count("@") != 1:
        return "email.one_at", {}
    local, domain = cleaned.split("@")
    if not local:
        return "email.nothing_before_at", {}
    if not domain:
        return "email.nothing_after_at", {}
    if "period" in detail.lower():
        return "email.domain_needs_period", {"domain": domain}
    if "domain" in detail.lower() or "after the @" in detail.lower():
        return "email.bad_domain", {"domain": domain}
    return "email.invalid", {"detail": detail}


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
        return _refused(as_written, kind or EmailKind.WORK, "email.placeholder")
    cleaned = clean_email_text(as_written)
    if not cleaned:
        return _refused(as_written, kind or EmailKind.WORK, "email.empty")
    try:
        result = validate_email(cleaned, check_deliverability=False)
    except EmailNotValidError as error:
        return _refused(as_written, kind or EmailKind.WORK, *_validator_code(cleaned, str(error)))
    # Mail systems treat the local part case-insensitively in practice; matching needs one form.
    address = result.normalized.lower()
    return accepted(as_written, address, kind or guess_kind(address))
