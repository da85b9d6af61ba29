"""A release import's review lines as codes with parameters, still reading as their English.

The command line and ``--json`` print the English sentence ("Name: phone '12' kept as written
but not valid: …"); the app says the same line in French or Spanish. A ``ReviewNote`` is that
English string (so every caller that joins, filters or prints it is unchanged) carrying its
code, its parameters and the value's own refusal (``desktop.domain.refusals`` code), which
the app translates.
"""

from __future__ import annotations

from collections.abc import Mapping

from desktop.domain.emails import EmailCheck
from desktop.domain.phones import PhoneCheck

NO_CONTACT_BLOCK = "release.no_contact_block"
"""No media contact block was found in the release."""
VALUE_KEPT = "release.value_kept"
"""A person's number or address kept as written but not valid (name, kind, value)."""
FLAG_KEPT = "contact.value_kept"
"""The same on the contact's own line in the preview (kind, value)."""


class ReviewNote(str):
    """An English review line with its code and parameters for the app's language."""

    code: str
    params: Mapping[str, str]
    reason_code: str | None
    reason_params: Mapping[str, str | int]
    reason: str | None
    """The value's refusal in English (the domain's sentence), for a code the app lacks."""

    def __new__(cls, text: str, code: str, params: Mapping[str, str] | None = None, *,
                reason_code: str | None = None,
                reason_params: Mapping[str, str | int] | None = None,
                reason: str | None = None) -> ReviewNote:
        note = super().__new__(cls, text)
        note.code = code
        note.params = dict(params or {})
        note.reason_code = reason_code
        note.reason_params = dict(reason_params or {})
        note.reason = reason
        return note

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuilt, (str(self), self.code, dict(self.params), self.reason_code,
                           dict(self.reason_params), self.reason))


def _rebuilt(text: str, code: str, params: Mapping[str, str], reason_code: str | None,
             reason_params: Mapping[str, str | int], reason: str | None) -> ReviewNote:
    return ReviewNote(text, code, params, reason_code=reason_code,
                      reason_params=reason_params, reason=reason)


def no_contact_block() -> ReviewNote:
    return ReviewNote("no media contact block was found", NO_CONTACT_BLOCK)


def value_kept(text: str, name: str, kind: str, check: PhoneCheck | EmailCheck) -> ReviewNote:
    """``text``: the English line as the caller always wrote it (kept word for word)."""
    return ReviewNote(text, VALUE_KEPT, {"name": name, "kind": kind, "value": check.as_written},
                      reason_code=check.code, reason_params=check.params, reason=check.problem)


def flag_kept(text: str, kind: str, check: PhoneCheck | EmailCheck) -> ReviewNote:
    return ReviewNote(text, FLAG_KEPT, {"kind": kind, "value": check.as_written},
                      reason_code=check.code, reason_params=check.params, reason=check.problem)
