"""Journalists: reused by email, number or id (never twice), found through the search index.

Their numbers and addresses follow the contacts' rules (``contact_rules``): a form or the
command line refuses what does not validate, naming the field, the value and why.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import BindParameter, bindparam, func, select
from sqlalchemy.orm import Session, selectinload

from desktop.db.base import utc_now
from desktop.db.models import Inquiry, Journalist, JournalistEmail, JournalistPhone, Outlet
from desktop.domain.emails import EmailCheck, EmailKind
from desktop.domain.errors import InputError, NotFoundError, Problem
from desktop.domain.inquiries import JournalistRecord, OutletKind, OutletRecord
from desktop.domain.phones import PhoneCheck, PhoneKind
from desktop.domain.records import EmailRecord, PhoneRecord
from desktop.domain.text import fold, squeeze
from desktop.search import journalists as journalist_index
from desktop.services import audit
from desktop.services.contact_rules import read_phones_and_emails
from desktop.services.database import Database
from desktop.services.guards import checked, fitted, optional_text

_LOAD = (selectinload(Journalist.phones), selectinload(Journalist.emails),
         selectinload(Journalist.outlet))


def outlet_record(outlet: Outlet) -> OutletRecord:
    return OutletRecord(outlet.id, outlet.name, OutletKind(outlet.kind) if outlet.kind else None,
                        outlet.country)


def _phone(row: JournalistPhone) -> PhoneRecord:
    return PhoneRecord(row.e164, row.extension, row.display, PhoneKind(row.kind), row.valid,
                       row.as_written, row.problem)


def _email(row: JournalistEmail) -> EmailRecord:
    return EmailRecord(row.address, EmailKind(row.kind), row.valid, row.as_written, row.problem)


def journalist_record(journalist: Journalist, inquiry_count: int = 0) -> JournalistRecord:
    return JournalistRecord(
        id=journalist.id, name=journalist.full_name,
        outlet=outlet_record(journalist.outlet) if journalist.outlet else None,
        beat=journalist.beat, country=journalist.country,
        languages=tuple(journalist.languages or ()), notes=journalist.notes,
        phones=tuple(_phone(p) for p in journalist.phones),
        emails=tuple(_email(e) for e in journalist.emails),
        version=journalist.version, created_at=journalist.created_at,
        updated_at=journalist.updated_at, inquiry_count=inquiry_count,
    )


_IDS: BindParameter[list[int]] = bindparam("ids", expanding=True)
# Built once: constructing and keying these costs more than running them for a page.
_PHONES = (
    select(JournalistPhone.journalist_id, JournalistPhone.e164, JournalistPhone.extension,
           JournalistPhone.display, JournalistPhone.kind, JournalistPhone.valid,
           JournalistPhone.as_written, JournalistPhone.problem)
    .where(JournalistPhone.journalist_id.in_(_IDS))
    .order_by(JournalistPhone.position, JournalistPhone.id))
_EMAILS = (
    select(JournalistEmail.journalist_id, JournalistEmail.address, JournalistEmail.kind,
           JournalistEmail.valid, JournalistEmail.as_written, JournalistEmail.problem)
    .where(JournalistEmail.journalist_id.in_(_IDS))
    .order_by(JournalistEmail.position, JournalistEmail.id))
_ROWS = (
    select(Journalist.id, Journalist.full_name, Journalist.beat, Journalist.country,
           Journalist.languages, Journalist.notes, Journalist.version,
           Journalist.created_at, Journalist.updated_at,
           Outlet.id, Outlet.name, Outlet.kind, Outlet.country)
    .outerjoin(Outlet, Outlet.id == Journalist.outlet_id)
    .where(Journalist.id.in_(_IDS)))
_COUNTS = (select(Inquiry.journalist_id, func.count(Inquiry.id))
           .where(Inquiry.journalist_id.in_(_IDS)).group_by(Inquiry.journalist_id))


def inquiry_counts(session: Session, ids: Iterable[int]) -> dict[int, int]:
    wanted = list(ids)
    if not wanted:
        return {}
    rows = session.execute(_COUNTS, {"ids": wanted})
    return {jid: int(n) for jid, n in rows}


def journalist_records(session: Session, ids: Iterable[int]) -> dict[int, JournalistRecord]:
    """Records for these journalists in four Core queries (no ORM identity map): what lists,
    autocomplete and the desk's pages use, cheap however many inquiries there are."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return {}
    phones: dict[int, list[PhoneRecord]] = {}
    params = {"ids": wanted}
    for row in session.execute(_PHONES, params):
        phones.setdefault(row[0], []).append(
            PhoneRecord(row[1], row[2], row[3], PhoneKind(row[4]), row[5], row[6], row[7]))
    emails: dict[int, list[EmailRecord]] = {}
    for erow in session.execute(_EMAILS, params):
        emails.setdefault(erow[0], []).append(
            EmailRecord(erow[1], EmailKind(erow[2]), erow[3], erow[4], erow[5]))
    counts = inquiry_counts(session, wanted)
    outlets: dict[int, OutletRecord] = {}
    found: dict[int, JournalistRecord] = {}
    rows = session.execute(_ROWS, params)
    for (jid, name, beat, country, languages, notes, version, created, updated,
         outlet_id, outlet_name, outlet_kind, outlet_country) in rows:
        outlet = None
        if outlet_id is not None:
            outlet = outlets.get(outlet_id)
            if outlet is None:
                outlet = outlets[outlet_id] = OutletRecord(
                    outlet_id, outlet_name, OutletKind(outlet_kind) if outlet_kind else None,
                    outlet_country)
        found[jid] = JournalistRecord(
            id=jid, name=name, outlet=outlet, beat=beat, country=country,
            languages=tuple(languages or ()), notes=notes, phones=tuple(phones.get(jid, ())),
            emails=tuple(emails.get(jid, ())), version=version, created_at=created,
            updated_at=updated, inquiry_count=counts.get(jid, 0))
    return found


def _records(session: Session, ids: Sequence[int]) -> list[JournalistRecord]:
    found = journalist_records(session, ids)
    return [found[i] for i in ids if i in found]


def find_or_create_outlet(session: Session, actor: str, name: str,
                          kind: OutletKind | None = None, country: str | None = None) -> Outlet:
    """The outlet called ``name`` (case and accents ignored), created if new."""
    clean = squeeze(name)
    fit = checked("Outlet", clean, Outlet.name) or clean
    outlet = session.scalars(select(Outlet).where(Outlet.name_key == fold(fit))).first()
    if outlet is None:
        outlet = Outlet(name=fit, name_key=fold(fit), kind=kind.value if kind else None,
                        country=country, created_at=utc_now())
        session.add(outlet)
        session.flush()
        audit.record_change(session, actor, "outlet", outlet.id, "create",
                            {"name": fit, "kind": outlet.kind, "country": country})
    elif kind is not None and outlet.kind is None:
        outlet.kind = kind.value
    return outlet


def _by_email(session: Session, checks: Sequence[EmailCheck]) -> Journalist | None:
    for check in checks:
        if check.address:
            found = session.scalars(
                select(Journalist).join(JournalistEmail)
                .where(func.lower(JournalistEmail.address) == check.address.lower())
                .order_by(Journalist.id).limit(1)).first()
            if found is not None:
                return found
    return None


def _by_phone(session: Session, checks: Sequence[PhoneCheck]) -> Journalist | None:
    for check in checks:
        if check.e164:
            found = session.scalars(
                select(Journalist).join(JournalistPhone)
                .where(JournalistPhone.e164 == check.e164)
                .order_by(Journalist.id).limit(1)).first()
            if found is not None:
                return found
    return None


def _phone_row(check: PhoneCheck, position: int) -> JournalistPhone:
    return JournalistPhone(position=position, e164=check.e164,
                           extension=fitted(check.extension, JournalistPhone.extension),
                           kind=check.kind.value,
                           as_written=fitted(check.as_written, JournalistPhone.as_written) or "",
                           valid=check.valid, problem=check.problem, display=check.display)


def _email_row(check: EmailCheck, position: int) -> JournalistEmail:
    return JournalistEmail(position=position, address=check.address, kind=check.kind.value,
                           as_written=fitted(check.as_written, JournalistEmail.as_written) or "",
                           valid=check.valid, problem=check.problem)


def resolve_journalist(session: Session, actor: str, *, name: str, journalist_id: int | None,
                       outlet: str | None, outlet_kind: OutletKind | None, email: str | None,
                       phone: str | None, country: str | None, beat: str | None,
                       ) -> tuple[Journalist, bool]:
    """The journalist an inquiry is from, and whether it was created.

    Chosen by id, else the one with this email address, else the one with this number (as
    E.164), else a new one. A known journalist gains the address, number or outlet given.
    """
    region = country
    phones, emails = read_phones_and_emails([phone] if phone and phone.strip() else [],
                                            [email] if email and email.strip() else [], region)
    journalist: Journalist | None
    if journalist_id is not None:
        journalist = session.get(Journalist, journalist_id, options=list(_LOAD))
        if journalist is None:
            raise InputError(Problem("Journalist id", str(journalist_id),
                                     "no journalist has this id"))
    else:
        journalist = _by_email(session, emails) or _by_phone(session, phones)
    outlet_row = (find_or_create_outlet(session, actor, outlet, outlet_kind, country)
                  if outlet and outlet.strip() else None)
    if journalist is None:
        clean = squeeze(name)
        if not clean:
            raise InputError(Problem("Journalist", name, "a journalist needs a name"))
        clean = checked("Journalist", clean, Journalist.full_name) or clean
        now = utc_now()
        journalist = Journalist(
            full_name=clean, name_key=fold(clean), outlet=outlet_row,
            beat=checked("Beat", optional_text(beat), Journalist.beat), country=country,
            languages=[], created_at=now, updated_at=now,
            phones=[_phone_row(p, i) for i, p in enumerate(phones)],
            emails=[_email_row(e, i) for i, e in enumerate(emails)])
        session.add(journalist)
        session.flush()
        audit.record_change(session, actor, "journalist", journalist.id, "create", {
            "name": clean, "outlet": outlet_row.name if outlet_row else None,
            "phones": [p.e164 for p in phones], "emails": [e.address for e in emails]})
        journalist_index.refresh(session, [journalist.id])
        return journalist, True
    diff: dict[str, object] = {}
    added_phones: list[str | None] = []
    added_emails: list[str | None] = []
    with session.no_autoflush:
        known_phones = {p.e164 for p in journalist.phones}
        known_emails = {(e.address or "").lower() for e in journalist.emails}
        for check in phones:
            if check.e164 not in known_phones:
                journalist.phones.append(_phone_row(check, len(journalist.phones)))
                added_phones.append(check.e164)
        for echeck in emails:
            if (echeck.address or "").lower() not in known_emails:
                journalist.emails.append(_email_row(echeck, len(journalist.emails)))
                added_emails.append(echeck.address)
        if outlet_row is not None and journalist.outlet_id != outlet_row.id:
            diff["outlet"] = [journalist.outlet.name if journalist.outlet else None,
                              outlet_row.name]
            journalist.outlet = outlet_row
        if country and journalist.country != country:
            diff["country"] = [journalist.country, country]
            journalist.country = country
    if added_phones:
        diff["added_phones"] = added_phones
    if added_emails:
        diff["added_emails"] = added_emails
    if diff:
        journalist.updated_at = utc_now()
        session.flush()
        audit.record_change(session, actor, "journalist", journalist.id, "update", diff)
        journalist_index.refresh(session, [journalist.id])
    return journalist, False


def get_journalist(db: Database, journalist_id: int) -> JournalistRecord:
    """One journalist with the number of inquiries they sent (list them with InquiryFilter)."""
    with db.reading() as session:
        found = _records(session, [journalist_id])
    if not found:
        raise NotFoundError("journalist", journalist_id)
    return found[0]


def list_journalists(db: Database, *, offset: int = 0,
                     limit: int | None = None) -> list[JournalistRecord]:
    """Journalists by name."""
    query = select(Journalist.id).order_by(Journalist.name_key, Journalist.id).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    with db.reading() as session:
        return _records(session, list(session.scalars(query)))


def count_journalists(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count(Journalist.id))) or 0)


def search_journalists(db: Database, query: str, *, limit: int = 20) -> list[JournalistRecord]:
    """Journalists whose name, outlet, beat, email or number match ``query`` (prefixes too),
    those matching by name first."""
    if not query.strip() or limit < 1:
        return []
    with db.reading() as session:
        return _records(session, journalist_index.find(session, query, limit=limit))
