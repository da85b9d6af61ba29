"""Offices: found or created by name, their country inferred from the name in any language."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import available_timezones

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.db.base import utc_now
from desktop.db.models import Contact, Office
from desktop.domain.countries import country_from_name, find_country_in_text
from desktop.domain.emails import check_email
from desktop.domain.errors import InputError, NotFoundError, coded
from desktop.domain.phones import check_phone
from desktop.domain.records import OfficeRecord
from desktop.domain.text import fold, squeeze
from desktop.search import index
from desktop.services import audit
from desktop.services.database import Database
from desktop.services.guards import check_version, checked, fitted, optional_text
from desktop.services.mapping import office_record


def resolve_country(value: str | None, field: str = "Country") -> str | None:
    """An ISO code or a country name in EN/FR/ES to the code; refuse what is neither."""
    if value is None or not value.strip():
        return None
    code = country_from_name(value)
    if code is None:
        raise InputError(coded(field, value, "country.unknown", {}))
    return code


def _organisation_of(name: str) -> str | None:
    """"IOM Jordan" -> "IOM": the acronym that leads most office names."""
    first = name.split()[0] if name.split() else ""
    return first if first.isupper() and 2 <= len(first) <= 8 else None


def find_or_create_office(session: Session, actor: str, name: str,
                          country: str | None, *, strict: bool = True) -> Office:
    """The office called ``name`` (case and accents ignored), created if new.

    A new office takes ``country`` or the country its name mentions ("OIM Sénégal" -> SN).
    """
    clean = squeeze(name)
    if not clean:
        raise InputError(coded("Office", name, "office.no_name", {}))
    # A form refuses an overlong name; an import keeps as much of what the source says as fits.
    fit = checked("Office", clean, Office.name) if strict else fitted(clean, Office.name)
    clean = fit or clean
    office = session.scalars(select(Office).where(Office.name_key == fold(clean))).first()
    if office is not None:
        if office.country is None and country is not None:
            # A later contact tells us where the office is: a change like any other.
            office.country = country
            office.updated_at = utc_now()
            session.flush()
            audit.record_change(session, actor, "office", office.id, "update",
                                {"country": [None, country]})
            index.refresh_contacts(session, [c.id for c in office.contacts])
        return office
    office = Office(
        name=clean, name_key=fold(clean), organisation=_organisation_of(clean),
        country=country or find_country_in_text(clean), created_at=utc_now(),
        updated_at=utc_now(),
    )
    session.add(office)
    session.flush()
    audit.record_change(session, actor, "office", office.id, "create",
                        {"name": clean, "country": office.country})
    return office


@dataclass(frozen=True)
class OfficeSummary:
    office: OfficeRecord
    contact_count: int


def list_offices(db: Database) -> list[OfficeSummary]:
    """Every office with how many active contacts it has, by country then name."""
    with db.reading() as session:
        counts = (
            select(Contact.office_id, func.count(Contact.id).label("n"))
            .where(Contact.archived.is_(False))
            .group_by(Contact.office_id)
            .subquery()
        )
        rows = session.execute(
            select(Office, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.office_id == Office.id)
            .order_by(Office.country, Office.name_key)
        ).all()
        return [OfficeSummary(office_record(office), int(n)) for office, n in rows]


def _switchboard_phone(text: str | None, country: str | None) -> str | None:
    """The office's switchboard, validated with its country and stored ready to dial."""
    if text is None or not text.strip():
        return None
    return check_phone(text, country).require_valid("Switchboard phone").display


def _switchboard_email(text: str | None) -> str | None:
    if text is None or not text.strip():
        return None
    return check_email(text).require_valid("Switchboard email").address


@dataclass(frozen=True)
class OfficeChanges:
    name: str | None = None
    country: str | None = None
    city: str | None = None
    time_zone: str | None = None
    phone: str | None = None
    email: str | None = None


def update_office(db: Database, office_id: int, changes: OfficeChanges,
                  if_version: int | None = None) -> OfficeRecord:
    with db.transaction() as session:
        office = session.get(Office, office_id)
        if office is None:
            raise NotFoundError("office", office_id)
        check_version(session, "office", office.id, office.version, if_version)
        diff: dict[str, object] = {}
        if changes.name is not None and squeeze(changes.name) != office.name:
            clean = squeeze(changes.name)
            if not clean:
                raise InputError(coded("Office name", changes.name, "office.name_empty", {}))
            checked("Office name", clean, Office.name)
            twin = session.scalars(select(Office.id).where(Office.name_key == fold(clean),
                                                           Office.id != office.id)).first()
            if twin is not None:
                raise InputError(coded("Office name", clean, "office.name_taken",
                                       {"office": twin}))
            diff["name"] = [office.name, clean]
            office.name, office.name_key = clean, fold(clean)
        if changes.country is not None:
            code = resolve_country(changes.country)
            if code != office.country:
                diff["country"] = [office.country, code]
                office.country = code
        if changes.time_zone is not None:
            zone = changes.time_zone.strip() or None
            if zone is not None and zone not in available_timezones():
                raise InputError(coded("Time zone", changes.time_zone, "time_zone.unknown",
                                       {}))
            if zone != office.time_zone:
                diff["time_zone"] = [office.time_zone, zone]
                office.time_zone = zone
        values = {"city": checked("City", optional_text(changes.city), Office.city),
                  "phone": _switchboard_phone(changes.phone, office.country),
                  "email": _switchboard_email(changes.email)}
        for field, value in values.items():
            given = getattr(changes, field)
            if given is not None and value != getattr(office, field):
                diff[field] = [getattr(office, field), value]
                setattr(office, field, value)
        if diff:
            office.updated_at = utc_now()
            session.flush()
            audit.record_change(session, db.actor, "office", office.id, "update", diff)
            index.refresh_contacts(session, [c.id for c in office.contacts])
        return office_record(office)
