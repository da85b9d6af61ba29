"""What the index knows about a contact: one document of labelled word fields.

Documents are computed in Python from a few Core queries (no ORM objects), the same way for
both engines, so an edit, a bulk import and the migration backfill all index identically.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.models import Contact, Email, Office, Phone
from desktop.domain.countries import country_names
from desktop.domain.phones import digits
from desktop.search.words import name_words, name_words_of_folded, unique, words

FIELDS = ("name", "office", "city", "country", "title", "phone", "email")
"""The document's fields, in the order the index stores them (and ranking prefers them)."""

MIN_DIGITS = 3
"""Phone digit runs shorter than this are not indexed as suffixes: they match everything."""


@dataclass(frozen=True)
class ContactDocument:
    contact_id: int
    archived: bool
    name: str
    office: str
    city: str
    country: str
    title: str
    phone: str
    email: str

    def field(self, name: str) -> str:
        return str(getattr(self, name))

    def name_terms(self) -> list[str]:
        """Name words worth offering to the fuzzy matcher."""
        return [word for word in self.name.split() if len(word) >= 3 and not word.isdigit()]


@lru_cache(maxsize=512)
def country_words(code: str) -> tuple[str, ...]:
    """"TJ" -> ("tj", "tajikistan", "tadjikistan", "tayikistan", "таджикистан", ...)."""
    found = [code.lower()]
    for name in country_names(code.upper()):
        found += words(name)
    return tuple(unique(found))


@lru_cache(maxsize=1024)
def _national_prefix(country_code: int) -> str:
    region = phonenumbers.region_code_for_country_code(country_code)
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    return (metadata.national_prefix or "") if metadata is not None else ""


@lru_cache(maxsize=1024)
def _code_length(first: str) -> int:
    """How many of these first three digits are the country code (0: none is)."""
    for length in (1, 2, 3):
        code = int(first[:length]) if first[:length].isdigit() else 0
        if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            return length
    return 0


@lru_cache(maxsize=1024)
def _trunk_form(first: str) -> tuple[int, str]:
    """For the first three digits of an E.164 number: the country code's length and the
    national prefix its national form starts with ("" when none, or no code is known)."""
    length = _code_length(first)
    return length, _national_prefix(int(first[:length])) if length else ""


def phone_words(e164: str | None, as_written: str) -> list[str]:
    """Digit tokens that let any run of a number's digits match as a prefix.

    Every suffix of the international digits ("992487010222", "87010222", ... "222") makes a
    middle run such as "701 02 22" a prefix of some token; the national form with its trunk
    prefix ("8487010222") and the digits as written cover local habits.
    """
    written = digits(as_written)
    if not e164:
        return _unique([written[i:] for i in range(len(written) - MIN_DIGITS + 1)])
    full = e164[1:] if e164[:1] == "+" and e164[1:].isdecimal() else digits(e164)
    found = [full[i:] for i in range(len(full) - MIN_DIGITS + 1)]
    length, prefix = _trunk_form(full[:3])
    if prefix:
        found.append(prefix + full[length:])
    found.append(written)
    return _unique(found)


def _unique(items: Iterable[str]) -> list[str]:
    """words.unique without its per-item test: repeats and the empty string dropped, first
    order kept (documents are built by the hundred thousand in an import)."""
    kept = dict.fromkeys(items)
    kept.pop("", None)
    return list(kept)


def _email_words(address: str | None, as_written: str) -> list[str]:
    text = address or as_written
    if text.isascii():
        # words() of ASCII text: folding only lower-cases it and squeezes spaces, which split
        # no word; no letter of _EXTRA is ASCII. One lower() instead of two normalise().
        lowered = text.lower()
        return unique([*_ASCII_WORD.findall(lowered),
                       "".join(_ASCII_WORD.findall(lowered.split("@", 1)[0]))])
    local = text.split("@", 1)[0]
    return unique([*words(text), "".join(words(local))])


_ASCII_WORD = re.compile(r"[^\W_]+")
"""search.words' word pattern (for text already lower-cased, ASCII)."""


# Offices, cities, titles and countries repeat from contact to contact: in a bulk index (an
# import, the backfill) their fields are worked out once. Bounded, so memory stays flat.

@lru_cache(maxsize=4096)
def _office_field(office_name: str | None, organisation: str | None) -> str:
    return " ".join(unique(words(office_name) + words(organisation)))


@lru_cache(maxsize=4096)
def _words_field(text: str | None) -> str:
    return " ".join(words(text))


@lru_cache(maxsize=4096)
def _country_field(country: str | None, office_country: str | None) -> str:
    places: list[str] = []
    for code in unique([country or "", office_country or ""]):
        places += country_words(code)
    return " ".join(unique(places))


def build(contact_id: int, archived: bool, full_name: str, title: str | None,
          country: str | None, office_name: str | None, organisation: str | None,
          city: str | None, office_country: str | None,
          phones: Sequence[tuple[str | None, str]],
          emails: Sequence[tuple[str | None, str]]) -> ContactDocument:
    """One contact's document from plain values (so bulk code can call it row by row)."""
    return assemble(contact_id, archived, person_fields(full_name, title, phones, emails),
                    country, office_name, organisation, city, office_country)


PersonFields = tuple[str, str, str, str]
"""A document's name, title, phone and email fields: what a contact's own values give."""


def person_fields(full_name: str, title: str | None, phones: Sequence[tuple[str | None, str]],
                  emails: Sequence[tuple[str | None, str]],
                  folded_name: str | None = None) -> PersonFields:
    """The fields that depend on the person alone, not on the office or the id: a bulk import
    works them out in its reading process (contact_import_pipeline). ``folded_name``:
    ``fold(full_name)`` when the caller has it already."""
    names = (name_words(full_name) if folded_name is None
             else name_words_of_folded(folded_name))
    return (" ".join(names), _words_field(title),
            " ".join(_unique([w for e164, written in phones
                              for w in phone_words(e164, written)])),
            " ".join(_unique([w for address, written in emails
                              for w in _email_words(address, written)])))


def assemble(contact_id: int, archived: bool, person: PersonFields, country: str | None,
             office_name: str | None, organisation: str | None, city: str | None,
             office_country: str | None) -> ContactDocument:
    """A document from its person fields and the office and country ones."""
    return ContactDocument(
        contact_id=contact_id,
        archived=bool(archived),
        name=person[0],
        office=_office_field(office_name, organisation),
        city=_words_field(city),
        country=_country_field(country, office_country),
        title=person[1],
        phone=person[2],
        email=person[3],
    )


CHUNK = 2000


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def load(session: Session, contact_ids: Iterable[int]) -> Iterator[ContactDocument]:
    """Documents of these contacts, read with three Core queries per chunk of ids."""
    ids = sorted(set(contact_ids))
    for chunk in _chunks(ids):
        phones: dict[int, list[tuple[str | None, str]]] = defaultdict(list)
        for row in session.execute(
            select(Phone.contact_id, Phone.e164, Phone.as_written)
            .where(Phone.contact_id.in_(chunk)).order_by(Phone.contact_id, Phone.position)
        ):
            phones[row[0]].append((row[1], row[2]))
        emails: dict[int, list[tuple[str | None, str]]] = defaultdict(list)
        for mail in session.execute(
            select(Email.contact_id, Email.address, Email.as_written)
            .where(Email.contact_id.in_(chunk)).order_by(Email.contact_id, Email.position)
        ):
            emails[mail[0]].append((mail[1], mail[2]))
        contacts = session.execute(
            select(Contact.id, Contact.archived, Contact.full_name, Contact.title,
                   Contact.country, Office.name, Office.organisation, Office.city,
                   Office.country)
            .outerjoin(Office, Office.id == Contact.office_id)
            .where(Contact.id.in_(chunk))
        )
        for c in contacts:
            yield build(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8],
                        phones.get(c[0], ()), emails.get(c[0], ()))
