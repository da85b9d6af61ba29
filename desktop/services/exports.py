"""Exporting contacts: a scope, a format, a file written whole or not at all.

Rows are streamed from the database (``export_records``: one ordered statement per table,
merged as they arrive), so CSV, XLSX and vCard exports use the same memory for ten contacts
or a hundred thousand. The PDF sheet sorts its contacts by region,
country and office first and so holds them (a printed sheet is hundreds, not 100,000).

Long exports report progress through ``progress(done, total) -> bool``; returning False
cancels: the temporary file is removed and the target is left as it was. A PDF sheet counts
each contact twice (read, then laid out on its page), so its bar moves while pages are laid
out and a cancel stops it between pages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, Select, and_, func, or_, select, true
from sqlalchemy.orm import Session

from desktop.db.models import Contact, Email, Office, Phone
from desktop.domain.errors import InputError, PressDeskError, Problem, coded
from desktop.domain.records import ContactRecord
from desktop.domain.regions import countries_of, region_from_name, region_name
from desktop.domain.text import fold
from desktop.formats.atomic import replacing
from desktop.services import export_records
from desktop.services.database import Database
from desktop.services.offices import resolve_country

if TYPE_CHECKING:
    from desktop.formats.contact_sheet import SheetLabels

FORMATS = ("csv", "xlsx", "vcf", "pdf")
PAGE = 1000
"""Contacts read per statement: large enough to amortise the round trip, small in memory."""
SEARCH_LIMIT = 100_000
"""An export of "the current search results" takes every hit, not a screenful."""

Progress = Callable[[int, int], bool]
"""``progress(done, total)``: called after each page (of records read, or of a sheet laid
out); return False to cancel."""


class ExportCancelledError(PressDeskError):
    """The person cancelled: nothing was written."""


@dataclass(frozen=True)
class ExportScope:
    """Which contacts: every filter given must hold (an empty scope is the whole directory)."""

    query: str | None = None
    """The quick-lookup search, as the search field runs it."""
    contact_ids: tuple[int, ...] | None = None
    """A selection, in the order it was made."""
    office: str | None = None
    """An office name (any case or accents) or its id."""
    country: str | None = None
    """ISO code or name in EN/FR/ES."""
    region: str | None = None
    """UN M49 region code ("002") or name ("Africa", "Afrique")."""
    include_archived: bool = False

    def describe(self) -> str:
        """In words, for a sheet's heading: "Country: TJ · Office: IOM Tajikistan"."""
        parts = []
        if self.query:
            parts.append(f"Search: {self.query}")
        if self.contact_ids is not None:
            parts.append(f"Selection of {len(self.contact_ids)}")
        if self.region:
            code = region_from_name(self.region)
            parts.append(f"Region: {region_name(code) if code else self.region}")
        if self.country:
            parts.append(f"Country: {self.country}")
        if self.office:
            parts.append(f"Office: {self.office}")
        if not parts:
            parts.append("All contacts")
        if self.include_archived:
            parts.append("archived included")
        return " · ".join(parts)


@dataclass(frozen=True)
class ExportOptions:
    vcard_version: str = "4.0"
    paper: str = "a4"
    title: str = "Press contacts"
    now: datetime | None = None
    """The date printed on a sheet (tests fix it)."""
    labels: SheetLabels | None = None
    """The sheet's words in the app's language; None is English (the command line)."""
    language: str = "en"
    """The language of the region and country names on the sheet."""
    scope_text: str | None = None
    """The sheet's scope line in the app's words; None is ``ExportScope.describe()``."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str
    count: int
    scope: str = ""
    columns: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class _Resolved:
    condition: ColumnElement[bool]
    ids: tuple[int, ...] | None
    office: str | None = None
    """The office's stored name when the scope names one (by name or id)."""


def _office(session: Session, office: str) -> tuple[int, str]:
    """The office's id and its name as stored (the scope line names it, even chosen by id)."""
    text = office.strip()
    query = select(Office.id, Office.name)
    if text.isdigit():
        found = session.execute(query.where(Office.id == int(text))).first()
    else:
        found = session.execute(query.where(Office.name_key == fold(text))).first()
    if found is None:
        raise InputError(Problem("--office", office, "no office has this name or id; "
                                                     "`pressdesk contacts list` shows them"))
    return int(found[0]), str(found[1])


def _check_ids(session: Session, ids: Sequence[int]) -> None:
    """Refuse an id no contact has: an export of it would be an empty file said to be fine."""
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), PAGE):
        chunk = unique[start:start + PAGE]
        known = set(session.scalars(select(Contact.id).where(Contact.id.in_(chunk))))
        missing = [i for i in chunk if i not in known]
        if missing:
            raise InputError(Problem("--id", str(missing[0]), "no contact has this id; "
                                                              "`pressdesk contacts list` shows "
                                                              "them"))


def _in_countries(codes: Sequence[str]) -> ColumnElement[bool]:
    """The contact's own country among ``codes``, else (none of its own) its office's: the
    rule the sheet groups by and the Offices view shows, so a country's or a region's export
    holds the people its sheet lists under it. Office ids through a subquery: no join, so every
    format's statements (counts, widths, the three streams) take the condition as it is."""
    return or_(Contact.country.in_(codes),
               and_(or_(Contact.country.is_(None), Contact.country == ""),
                    Contact.office_id.in_(select(Office.id).where(Office.country.in_(codes)))))


def _resolve(session: Session, db: Database, scope: ExportScope) -> _Resolved:
    conditions: list[ColumnElement[bool]] = []
    if not scope.include_archived:
        conditions.append(Contact.archived.is_(False))
    office_name = None
    if scope.office:
        office_id, office_name = _office(session, scope.office)
        conditions.append(Contact.office_id == office_id)
    if scope.country:
        code = resolve_country(scope.country, "--country")
        if code is None:  # only spaces: as an empty --query is
            raise InputError(Problem("--country", scope.country,
                                     "is empty: give a country code or name"))
        conditions.append(_in_countries((code,)))
    if scope.region:
        region = region_from_name(scope.region)
        if region is None:
            raise InputError(Problem("--region", scope.region,
                                     "not a region: Africa, Americas, Asia, Europe, Oceania "
                                     "(or its UN M49 code, e.g. 002)"))
        conditions.append(_in_countries(countries_of(region)))
    ids = scope.contact_ids
    if ids is not None:
        _check_ids(session, ids)
    if scope.query is not None:
        if not scope.query.strip():
            raise InputError(Problem("--query", scope.query, "is empty: give a few words"))
        from desktop.services.search import search_contacts

        hits = search_contacts(db, scope.query, limit=SEARCH_LIMIT,
                               include_archived=scope.include_archived)
        found = [hit.contact.id for hit in hits]
        if ids is not None:
            chosen = set(ids)
            found = [i for i in found if i in chosen]
        ids = tuple(found)
    condition = and_(true(), *conditions)
    return _Resolved(condition, tuple(dict.fromkeys(ids)) if ids is not None else None,
                     office_name)


def _count(session: Session, resolved: _Resolved) -> int:
    query = select(func.count()).select_from(Contact).where(resolved.condition)
    if resolved.ids is None:
        return int(session.scalar(query) or 0)
    total = 0
    for start in range(0, len(resolved.ids), PAGE):
        chunk = resolved.ids[start:start + PAGE]
        total += int(session.scalar(query.where(Contact.id.in_(chunk))) or 0)
    return total


def _pages(session: Session, resolved: _Resolved) -> Iterator[list[int]]:
    """Contact ids a page at a time: by id, or in the selection's (search's) order."""
    base: Select[int] = select(Contact.id).where(resolved.condition)
    if resolved.ids is not None:
        for start in range(0, len(resolved.ids), PAGE):
            chunk = resolved.ids[start:start + PAGE]
            kept = set(session.scalars(base.where(Contact.id.in_(chunk))))
            page = [i for i in chunk if i in kept]
            if page:
                yield page
        return
    last = 0
    while True:
        page = list(session.scalars(base.where(Contact.id > last).order_by(Contact.id)
                                    .limit(PAGE)))
        if not page:
            return
        yield page
        last = page[-1]


def most_per_contact(session: Session, resolved: _Resolved) -> tuple[int, int]:
    """The most phones and the most emails one contact in scope has: the spreadsheet's width."""
    widths = []
    for table in (Phone, Email):
        per_contact = (select(func.count().label("n")).select_from(table)
                       .join(Contact, Contact.id == table.contact_id)
                       .where(resolved.condition).group_by(table.contact_id))
        if resolved.ids is not None and len(resolved.ids) <= 30_000:
            per_contact = per_contact.where(Contact.id.in_(resolved.ids))
        widths.append(int(session.scalar(select(func.max(per_contact.subquery().c.n))) or 0))
    return widths[0], widths[1]


class _Stream:
    """Records in scope, in order, reporting progress every page and honouring a cancel."""

    def __init__(self, session: Session, resolved: _Resolved, total: int,
                 progress: Progress | None) -> None:
        self.session, self.resolved, self.total, self.progress = (
            session, resolved, total, progress)
        self.done = 0

    def _report(self) -> None:
        self.report(self.done)

    def report(self, done: int) -> None:
        """Tell ``progress``; raise ExportCancelledError when it says stop."""
        if self.progress is not None and not self.progress(done, self.total):
            raise ExportCancelledError("export cancelled")

    def __iter__(self) -> Iterator[ContactRecord]:
        self._report()
        connection = self.session.connection()
        offices = export_records.offices(connection)
        condition, ids = self.resolved.condition, self.resolved.ids
        if ids is None:
            for record in export_records.stream_records(connection, condition, offices):
                yield record
                self.done += 1
                if self.done % PAGE == 0:
                    self._report()
            if self.done % PAGE:
                self._report()
            return
        for start in range(0, len(ids), PAGE):  # a selection or search: in its own order
            chunk = ids[start:start + PAGE]
            found = {record.id: record for record in export_records.stream_records(
                connection, and_(condition, Contact.id.in_(chunk)), offices)}
            for contact_id in chunk:
                if contact_id in found:
                    yield found[contact_id]
            self.done += len(found)
            self._report()


def check_format(format: str, options: ExportOptions) -> None:
    """Refuse an unknown format, vCard version or paper size before anything is read."""
    if format not in FORMATS:
        raise InputError(Problem("--format", format, f"not one of {', '.join(FORMATS)}"))
    if options.vcard_version not in ("3.0", "4.0"):
        raise InputError(Problem("--vcard-version", options.vcard_version,
                                 "not a vCard version Press Desk writes (3.0 or 4.0)"))
    if options.paper not in ("a4", "letter"):
        raise InputError(Problem("--paper", options.paper, "not a paper size (a4 or letter)"))


def _check_target(path: Path) -> None:
    if path.is_dir():
        raise InputError(coded("-o", str(path), "export.is_folder", {}))
    if not path.parent.is_dir():
        raise InputError(coded("-o", str(path), "export.no_folder", {}))


def export_contacts(db: Database, path: Path, format: str, scope: ExportScope | None = None,
                    options: ExportOptions | None = None,
                    progress: Progress | None = None) -> ExportResult:
    """Write the contacts in ``scope`` to ``path`` as ``format`` (csv, xlsx, vcf, pdf).

    Raises InputError for a bad scope or format (nothing read, nothing written) and
    ExportCancelledError when ``progress`` returned False (nothing written).
    """
    scope = scope or ExportScope()
    options = options or ExportOptions()
    check_format(format, options)
    _check_target(path)
    with db.reading() as session:
        resolved = _resolve(session, db, scope)
        described = (replace(scope, office=resolved.office) if resolved.office
                     else scope).describe()
        total = _count(session, resolved)
        # A sheet's steps: each contact read, then each laid out (most of its time).
        stream = _Stream(session, resolved, 2 * total if format == "pdf" else total,
                         progress)
        columns: Sequence[str] = ()
        with replacing(path) as temporary:
            if format == "vcf":
                from desktop.formats.vcard.writer import write_cards

                with temporary.open("w", encoding="utf-8", newline="") as handle:
                    count = write_cards(handle, stream, options.vcard_version)
            elif format in ("csv", "xlsx"):
                from desktop.formats import contact_rows
                from desktop.formats.spreadsheets import write_csv, write_xlsx

                phones, emails = most_per_contact(session, resolved)
                typed = format == "xlsx"
                columns = contact_rows.header(phones, emails, typed=typed)
                rows = (contact_rows.row(c, phones, emails, typed=typed) for c in stream)
                if typed:
                    count = write_xlsx(temporary, columns, rows)
                else:
                    count = write_csv(temporary, columns, rows)
            else:
                from desktop.formats.contact_sheet import SheetLabels, SheetOptions, write_sheet

                when = options.now or datetime.now(UTC)
                records = list(stream)
                read = len(records)
                count = write_sheet(temporary, records, SheetOptions(
                    title=options.title, scope=options.scope_text or described,
                    paper=options.paper, printed_at=when,
                    labels=options.labels or SheetLabels(), language=options.language),
                    laid_out=lambda people: stream.report(read + people))
    return ExportResult(path, format, count, described, tuple(columns))


def contact_ids_in(db: Database, scope: ExportScope) -> list[int]:
    """The ids an export of ``scope`` would write, in its order (for previews and tests)."""
    with db.reading() as session:
        resolved = _resolve(session, db, scope)
        return [i for page in _pages(session, resolved) for i in page]
