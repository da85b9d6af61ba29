"""Writing contacts as vCard 4.0 (RFC 6350) or 3.0 (RFC 2426) that phones and mail clients read.

Built by hand with string joins: vobject builds the same cards about 50 times slower, which
at 100,000 contacts is the difference between a second and a minute. Tests prove the output
against vobject and against Press Desk's own reader.

What each field becomes:
- FN, N (family;given), ORG (the office), TITLE, NOTE, CATEGORIES (tags), LANG (4.0: one per
  language, PREF in order; 3.0 has no LANG, so ``X-PRESSDESK-LANG``), ``X-PRESSDESK-COUNTRY``.
- TEL: 4.0 ``VALUE=uri`` ``tel:+992487010222;ext=12``; 3.0 the international display form.
  A number that could not be validated is written as it was typed (``VALUE=text`` in 4.0).
  Kinds: office = work,voice; mobile = cell; fax = work,fax; WhatsApp = cell with the label
  "WhatsApp" (Apple's ``item1.X-ABLABEL``, which Press Desk reads back as the kind).
- EMAIL: work = work; personal = home; shared = work with the label "shared".
- UID: ``urn:uuid:`` uuid5 of the contact's id and creation time: the same contact gets the same
  UID in every export (a phone updates it instead of adding a twin), with no schema change.
- REV: the last change, in UTC.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TextIO

from desktop.domain.countries import country_name
from desktop.domain.emails import EmailKind
from desktop.domain.phones import PhoneKind
from desktop.domain.records import ContactRecord, PhoneRecord
from desktop.formats.vcard.text import CRLF, escape, fold

VERSIONS = ("4.0", "3.0")
UID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://pressdesk.invalid/contacts")
PRODID = "-//Press Desk//Press Desk contacts//EN"

_TEL_TYPES_4 = {PhoneKind.OFFICE: "work,voice", PhoneKind.MOBILE: "cell",
                PhoneKind.FAX: "work,fax", PhoneKind.WHATSAPP: "cell"}
_TEL_TYPES_3 = {PhoneKind.OFFICE: "WORK,VOICE", PhoneKind.MOBILE: "CELL",
                PhoneKind.FAX: "WORK,FAX", PhoneKind.WHATSAPP: "CELL"}
_EMAIL_TYPES_4 = {EmailKind.WORK: "work", EmailKind.PERSONAL: "home", EmailKind.SHARED: "work"}
_EMAIL_TYPES_3 = {EmailKind.WORK: "WORK,INTERNET", EmailKind.PERSONAL: "HOME,INTERNET",
                  EmailKind.SHARED: "WORK,INTERNET"}
_LABELS = {PhoneKind.WHATSAPP: "WhatsApp", EmailKind.SHARED: "shared"}


def contact_uid(contact_id: int, created_at: datetime) -> str:
    """A stable ``urn:uuid:`` for a contact: the same in every export, different per contact."""
    created = created_at.astimezone(UTC) if created_at.tzinfo else created_at
    key = f"{contact_id}:{created.strftime('%Y-%m-%dT%H:%M:%S')}"
    return f"urn:uuid:{uuid.uuid5(UID_NAMESPACE, key)}"


def _rev(moment: datetime, version: str) -> str:
    moment = moment.astimezone(UTC) if moment.tzinfo else moment
    if version == "4.0":
        return moment.strftime("%Y%m%dT%H%M%SZ")
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def tel_uri(phone: PhoneRecord) -> str | None:
    """RFC 3966: ``tel:+992487010222;ext=12``; None for a number kept as written."""
    if phone.e164 is None:
        return None
    return f"tel:{phone.e164};ext={phone.extension}" if phone.extension else f"tel:{phone.e164}"


def card(contact: ContactRecord, version: str = "4.0") -> str:
    """One contact as a vCard, CRLF line ends, folded; ends with ``END:VCARD`` + CRLF."""
    four = version == "4.0"
    lines = ["BEGIN:VCARD", f"VERSION:{version}"]
    if four:
        lines.append("KIND:individual")
    lines.append("PRODID:" + PRODID)
    lines.append("FN:" + escape(contact.name))
    lines.append(f"N:{escape(contact.family_name or '')};{escape(contact.given_name or '')};;;")
    if contact.office is not None:
        lines.append("ORG:" + escape(contact.office.name))
    if contact.title:
        lines.append("TITLE:" + escape(contact.title))
    item = 0
    tel_types = _TEL_TYPES_4 if four else _TEL_TYPES_3
    for phone in contact.phones:
        types = tel_types[phone.kind]
        label = _LABELS.get(phone.kind)
        prefix = ""
        if label:
            item += 1
            prefix = f"item{item}."
        uri = tel_uri(phone) if four else None
        if uri is not None:
            lines.append(f"{prefix}TEL;VALUE=uri;TYPE={types}:{uri}")
        elif four:
            lines.append(f"{prefix}TEL;VALUE=text;TYPE={types}:{escape(phone.as_written)}")
        else:
            lines.append(f"{prefix}TEL;TYPE={types}:{escape(phone.display or phone.as_written)}")
        if label:
            lines.append(f"{prefix}X-ABLABEL:{label}")
    email_types = _EMAIL_TYPES_4 if four else _EMAIL_TYPES_3
    for email in contact.emails:
        label = _LABELS.get(email.kind)
        prefix = ""
        if label:
            item += 1
            prefix = f"item{item}."
        lines.append(f"{prefix}EMAIL;TYPE={email_types[email.kind]}:"
                     + escape(email.address or email.as_written))
        if label:
            lines.append(f"{prefix}X-ABLABEL:{label}")
    office = contact.office
    if office is not None and (office.city or office.country):
        country = country_name(office.country) if office.country else ""
        lines.append(f"ADR;TYPE={'work' if four else 'WORK'}:;;;{escape(office.city or '')};;;"
                     + escape(country))
    if contact.country:
        lines.append("X-PRESSDESK-COUNTRY:" + contact.country)
    for rank, language in enumerate(contact.languages, start=1):
        if four:
            lines.append(f"LANG;PREF={rank}:{escape(language)}" if len(contact.languages) > 1
                         else "LANG:" + escape(language))
        else:
            lines.append("X-PRESSDESK-LANG:" + escape(language))
    if contact.tags:
        lines.append("CATEGORIES:" + ",".join(escape(tag) for tag in contact.tags))
    if contact.notes:
        lines.append("NOTE:" + escape(contact.notes))
    lines.append("UID:" + contact_uid(contact.id, contact.created_at))
    lines.append("REV:" + _rev(contact.updated_at, version))
    lines.append("END:VCARD")
    return CRLF.join([fold(line) for line in lines]) + CRLF


def write_cards(handle: TextIO, contacts: Iterable[ContactRecord], version: str = "4.0") -> int:
    """Write each contact's card to ``handle`` (opened with ``newline=""``); return the count."""
    if version not in VERSIONS:
        raise ValueError(f"vCard version {version!r} is not one of {', '.join(VERSIONS)}")
    count = 0
    write = handle.write
    for contact in contacts:
        write(card(contact, version))
        count += 1
    return count
