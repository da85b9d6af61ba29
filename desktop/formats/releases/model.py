"""What reading a release yields: the article and the people its contact blocks name."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.domain.emails import EmailCheck
from desktop.domain.phones import PhoneCheck


class Role(StrEnum):
    MEDIA_CONTACT = "media_contact"
    QUOTED = "quoted"


@dataclass(frozen=True)
class ExtractedPerson:
    """One person named by a release, with every phone and email checked but kept as written."""

    name: str
    role: Role
    snippet: str
    """The exact text the person was read from (the contact line, or the quoting sentence)."""
    title: str | None = None
    office: str | None = None
    """The office or organisation as written: "OIM Tadjikistan", "IOM Jordan"."""
    country: str | None = None
    """ISO alpha-2 inferred from the office name (any of EN/FR/ES), else from the phone's code."""
    location: str | None = None
    """A location prefix such as "In Kabul:" when the block gives one."""
    phones: tuple[PhoneCheck, ...] = ()
    emails: tuple[EmailCheck, ...] = ()


def value_warning(name: str, kind: str, written: str) -> str:
    """The start of the review line about one value kept as written. An import recognises a
    flag the directory already carried by this start, so both build it here."""
    return f"{name}: {kind} {written!r} kept as written"


@dataclass(frozen=True)
class ParsedRelease:
    title: str
    body: str
    """The article text without menus, header, footer or related-news boxes."""
    source: str
    """File name or URL the release was read from."""
    content_hash: str
    """sha256 of the normalised body and title: the same release re-read gives the same hash."""
    language: str | None = None
    dateline: str | None = None
    published_on: date | None = None
    people: tuple[ExtractedPerson, ...] = ()
    warnings: tuple[str, ...] = ()
    """Things a person should review: unreadable addresses, numbers that did not validate."""

    @property
    def media_contacts(self) -> tuple[ExtractedPerson, ...]:
        return tuple(p for p in self.people if p.role is Role.MEDIA_CONTACT)


class ReleaseReadError(Exception):
    """A file that cannot be read as a release; the message names the file and the reason."""
