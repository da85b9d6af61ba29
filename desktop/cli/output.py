"""The JSON shapes of DESIGN.md section 5 (keys may be added, never removed) and plain text."""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from desktop.domain.countries import country_name
from desktop.domain.records import ContactRecord, EmailRecord, PhoneRecord, ReleaseRef


def phone_json(phone: PhoneRecord) -> dict[str, Any]:
    return {
        "e164": phone.e164, "extension": phone.extension, "display": phone.display,
        "kind": phone.kind.value, "valid": phone.valid, "as_written": phone.as_written,
        "problem": phone.problem,
    }


def email_json(email: EmailRecord) -> dict[str, Any]:
    return {"address": email.address, "kind": email.kind.value, "valid": email.valid,
            "as_written": email.as_written, "problem": email.problem}


def release_ref_json(ref: ReleaseRef) -> dict[str, Any]:
    return {"id": ref.id, "title": ref.title, "published_on": _iso(ref.published_on),
            "role": ref.role, "snippet": ref.snippet}


def contact_json(contact: ContactRecord) -> dict[str, Any]:
    return {
        "id": contact.id,
        "name": contact.name,
        "given_name": contact.given_name,
        "family_name": contact.family_name,
        "title": contact.title,
        "office": contact.office.name if contact.office else None,
        "office_id": contact.office.id if contact.office else None,
        "country": contact.country,
        "phones": [phone_json(p) for p in contact.phones],
        "emails": [email_json(e) for e in contact.emails],
        "languages": list(contact.languages),
        "tags": list(contact.tags),
        "notes": contact.notes,
        "archived": contact.archived,
        "needs_review": contact.needs_review,
        "version": contact.version,
        "created_at": contact.created_at.isoformat(timespec="seconds"),
        "updated_at": contact.updated_at.isoformat(timespec="seconds"),
        "releases": [release_ref_json(r) for r in contact.releases],
    }


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value else None


def print_json(document: Mapping[str, Any] | list[Any]) -> None:
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def contact_text(contact: ContactRecord) -> str:
    """A card a person can read in a terminal or paste into an email."""
    lines = [f"#{contact.id} {contact.name}" + (" (archived)" if contact.archived else "")]
    if contact.title:
        lines.append(f"  {contact.title}")
    where = [contact.office.name] if contact.office else []
    if contact.country:
        where.append(f"{country_name(contact.country)} ({contact.country})")
    if where:
        lines.append("  " + ", ".join(where))
    for phone in contact.phones:
        shown = phone.display or phone.as_written
        flag = "" if phone.valid else f"  [needs review: {phone.problem}]"
        lines.append(f"  {phone.kind.value:<8} {shown}{flag}")
    for email in contact.emails:
        flag = "" if email.valid else f"  [needs review: {email.problem}]"
        lines.append(f"  email    {email.address or email.as_written}{flag}")
    for ref in contact.releases:
        when = ref.published_on.isoformat() if ref.published_on else "undated"
        lines.append(f"  release  #{ref.id} {when} {ref.title}")
    lines.append(f"  version {contact.version}")
    return "\n".join(lines)


def contact_line(contact: ContactRecord) -> str:
    office = contact.office.name if contact.office else ""
    phone = next((p.display for p in contact.phones if p.display), "")
    return f"{contact.id:>6}  {contact.name:<32} {office:<28} {contact.country or '':<3} {phone}"
