"""The rules that match a card to a directory contact and merge what it adds, and the
cleaning a card gets first: the part of an import that decides, apart from the part that reads
and writes (contact_import)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from dataclasses import field as dataclass_field
from typing import TYPE_CHECKING

from desktop.db.models import Contact, Email, Office, Phone
from desktop.domain.emails import EmailCheck
from desktop.domain.phones import PhoneCheck, PhoneKind, check_phone
from desktop.domain.text import squeeze
from desktop.formats.contact_card import ParsedCard
from desktop.services.contact_import_known import Known, KnownEmail, KnownPhone
from desktop.services.contact_rules import email_row, phone_row
from desktop.services.guards import LANGUAGE_LIMIT, TAG_LIMIT, fitted, visible

if TYPE_CHECKING:
    from desktop.services.contact_import_rows import Person


@dataclass(frozen=True)
class ImportProblem:
    """A value kept as written but not validated, or a card that could not be read."""

    where: str
    field: str
    value: str
    error: str
    """Why, in English (the command line and ``--json`` print it)."""
    code: str | None = None
    """Why, as a code the app translates (desktop.domain.refusals)."""
    params: Mapping[str, str | int] = dataclass_field(default_factory=dict, compare=False,
                                                     hash=False)
    kept: bool = False
    """True for a number or address kept as written ("…; kept as written")."""

    def message(self) -> str:
        return f"{self.where}: {self.field} {self.value!r}: {self.error}"


@dataclass
class _Checked:
    """A card with its numbers and addresses read, ready to match."""

    card: ParsedCard
    office: Office | None
    country: str | None
    phones: list[PhoneCheck]
    emails: list[EmailCheck]
    problems: list[ImportProblem] = field(default_factory=list)
    name_key: str = ""
    """The folded name, as Contact.name_key holds it: worked out once per card."""
    person: Person | None = None
    """What the card creates if it is new, when the reading process worked it out."""
    keys: list[str] | None = None
    """``_card_keys``, worked out once (matching asks for them twice)."""



PERSONAL_KINDS = frozenset({PhoneKind.MOBILE.value, PhoneKind.WHATSAPP.value})
"""Numbers one person answers: a shared one (switchboard, fax) must not merge two people."""


def phone_key(e164: str | None, extension: str | None, kind: PhoneKind | str) -> str | None:
    """The matching key of a number, or None when it may be shared: a valid mobile or WhatsApp
    number, or an office line with its extension (a direct line through the switchboard)."""
    if not e164:
        return None
    kind = _KIND_VALUES.get(kind, kind)
    if kind in PERSONAL_KINDS:
        return f"p:{e164};{extension}" if extension else f"p:{e164}"
    if kind == _OFFICE and extension:
        return f"p:{e164};{extension}"
    return None


def email_key(address: str | None) -> str:
    """The matching key of a (checked, lower-cased) address."""
    return f"e:{address}"


def person_key(name_key: str | None, office_id: int | None) -> str:
    """The matching key of a name in its office (no office: the name among people with none)."""
    return f"n:{name_key}|{office_id}"


_KIND_VALUES: dict[PhoneKind | str, str] = {kind: kind.value for kind in PhoneKind}
"""Each kind's text, looked up (an enum's ``.value`` is a slow property on Python 3.11)."""

_OFFICE = PhoneKind.OFFICE.value


def _card_keys(item: _Checked) -> list[str]:
    """The keys a card is matched by: personal numbers, addresses, name in its office."""
    if item.keys is not None:
        return item.keys
    keys = [key for p in item.phones if (key := phone_key(p.e164, p.extension, p.kind))]
    keys += [email_key(e.address) for e in item.emails if e.address]
    keys.append(person_key(item.name_key, item.office.id if item.office else None))
    item.keys = keys
    return keys


def _owned_keys(phones: Sequence[Phone] | Sequence[KnownPhone],
                emails: Sequence[Email] | Sequence[KnownEmail]) -> list[str]:
    """The keys a directory contact's own numbers and addresses give."""
    keys = [key for p in phones if (key := phone_key(p.e164, p.extension, p.kind))]
    keys += [email_key(e.address) for e in emails if e.address]
    return keys


def _unchanged(known: Known, item: _Checked) -> bool:
    """True when ``_merge`` would change nothing: its tests, on plain rows. It may say False
    for a card that changes nothing after all (merging then finds no change), never True for
    one that changes something."""
    card = item.card
    e164s = {p.e164 for p in known.phones if p.e164}
    written = {squeeze(p.as_written) for p in known.phones}
    flagged = {squeeze(p.as_written) for p in known.phones if not p.e164}
    for phone in item.phones:
        if not _known_phone(phone, e164s, written, flagged):
            return False
    addresses = {e.address for e in known.emails if e.address}
    texts = {e.as_written.lower() for e in known.emails}
    for email in item.emails:
        if not (email.address in addresses if email.address
                else email.as_written.lower() in texts):
            return False
    title = fitted(_text(card.title), Contact.title)
    if title and title != known.title:
        return False
    notes = _notes(card.notes)
    if notes and notes not in (known.notes or ""):
        return False
    if (item.office is not None and known.office_id is None) or (
            item.country and not known.country):
        return False
    return all(v in known.tags for v in card.tags) and all(
        v in known.languages for v in card.languages)


def _known_phone(phone: PhoneCheck, e164s: set[str], written: set[str],
                 flagged: set[str]) -> bool:
    """True when the contact already holds this number. A number that validates now is also
    known when its text is a stored flagged row's (kept as written because its country was
    not known then): an export writes that row as written, and reading it back once the
    contact's country is given must not add the same number a second time."""
    if phone.e164:
        return phone.e164 in e164s or (
            bool(flagged) and squeeze(phone.as_written) in flagged)
    return squeeze(phone.as_written) in written


def _visible(text: str) -> str:
    """guards.visible, skipped when no character can be invisible (printable text has no
    control or format characters; tab and line break are allowed ones, as in notes): most
    values, at a fraction of the cost."""
    if text.isprintable() or text.replace("\n", "").replace("\t", "").isprintable():
        return text
    return visible(text)


def _words(values: Iterable[str], limit: int) -> tuple[str, ...]:
    return tuple(dict.fromkeys(w[:limit] for w in (_visible(squeeze(v)) for v in values) if w))


def _cleaned(card: ParsedCard) -> ParsedCard:
    """The rules a form applies, repaired rather than refused (guards.fitted): invisible
    control characters removed, tags and languages squeezed and cut to their limits."""
    tags = _words(card.tags, TAG_LIMIT)
    languages = _words(card.languages, LANGUAGE_LIMIT)
    notes = _visible(card.notes) if card.notes else None
    title = _visible(card.title) if card.title else None
    office = _visible(card.office) if card.office else None
    if (tags == card.tags and languages == card.languages and notes == card.notes
            and title == card.title and office == card.office):
        return card  # the common case: nothing to repair, no copy
    return replace(card, tags=tags, languages=languages, notes=notes, title=title,
                   office=office)


def _text(value: str | None) -> str | None:
    return squeeze(value) or None if value else None


def _notes(value: str | None) -> str | None:
    """Notes keep their line breaks; only the ends and Windows line endings are tidied."""
    if not value or not value.strip():
        return None
    return value.replace("\r\n", "\n").replace("\r", "\n").strip()


def _unique_phones(phones: Iterable[PhoneCheck]) -> list[PhoneCheck]:
    seen: set[str] = set()
    kept = []
    for phone in phones:
        key = phone.e164 or squeeze(phone.as_written)
        if key not in seen:
            seen.add(key)
            kept.append(phone)
    return kept


def _unique_emails(emails: Iterable[EmailCheck]) -> list[EmailCheck]:
    seen: set[str] = set()
    kept = []
    for email in emails:
        key = email.address or email.as_written.lower()
        if key not in seen:
            seen.add(key)
            kept.append(email)
    return kept


def _in_country(phone: PhoneCheck, region: str | None, item: _Checked) -> PhoneCheck:
    """A number the card's own office could not place, read again in the country of the
    contact the card matched: the card is about that person, so a national number is theirs
    to read (an ORG with no country, "МОМ Україна", merged into "IOM Ukraine" of UA). Its
    "kept as written" problem goes with it when it now validates."""
    if phone.e164 or not region or region == item.country:
        return phone
    again = check_phone(phone.as_written, region, phone.kind)
    if not again.valid:
        return phone
    item.problems = [p for p in item.problems if not (
        p.kept and p.field == "Phone" and p.value == phone.as_written)]
    return again


def _merge(contact: Contact, item: _Checked) -> list[str]:
    """Add what the card says that the contact lacks; the card's title wins."""
    card = item.card
    changes: list[str] = []
    known_phones = {p.e164 for p in contact.phones if p.e164}
    known_written = {squeeze(p.as_written) for p in contact.phones}
    known_flagged = {squeeze(p.as_written) for p in contact.phones if not p.e164}
    position = max((p.position for p in contact.phones), default=-1) + 1
    region = contact.country or (contact.office.country if contact.office else None)
    for phone in _unique_phones([_in_country(p, region, item) for p in item.phones]):
        if _known_phone(phone, known_phones, known_written, known_flagged):
            continue
        contact.phones.append(phone_row(phone, position))
        position += 1
        changes.append(f"added phone {phone.e164 or phone.as_written}")
    known_emails = {e.address for e in contact.emails if e.address}
    known_text = {e.as_written.lower() for e in contact.emails}
    position = max((e.position for e in contact.emails), default=-1) + 1
    for email in _unique_emails(item.emails):
        if (email.address and email.address in known_emails) or (
                not email.address and email.as_written.lower() in known_text):
            continue
        contact.emails.append(email_row(email, position))
        position += 1
        changes.append(f"added email {email.address or email.as_written}")
    title = fitted(_text(card.title), Contact.title)
    if title and title != contact.title:
        changes.append(f"title set to {title!r}" if contact.title is None
                       else f"title {contact.title!r} -> {title!r}")
        contact.title = title
    notes = _notes(card.notes)
    if notes and notes not in (contact.notes or ""):
        # Added below what is there, never replacing it: notes are where people write things
        # down, and two files about one person must not overwrite each other on each import.
        contact.notes = f"{contact.notes}\n\n{notes}" if contact.notes else notes
        changes.append("notes added")
    if item.office is not None and contact.office is None:
        contact.office = item.office
        changes.append(f"office set to {item.office.name!r}")
    if item.country and not contact.country:
        contact.country = item.country
        changes.append(f"country set to {item.country}")
    for attr, new in (("tags", card.tags), ("languages", card.languages)):
        have = list(getattr(contact, attr) or [])
        added = [v for v in new if v not in have]
        if added:
            setattr(contact, attr, have + added)
            changes.append(f"{attr} added: {', '.join(added)}")
    return changes
