"""Releases feed the directory: import files, link the people they name, read them back.

An import is one transaction over all its files: every file is read and reported, and if any
cannot be read nothing is written. A dry run goes through exactly the same steps and rolls back,
so its report is what a real import would do.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.db.base import utc_now
from desktop.db.models import Release, ReleaseContact
from desktop.domain.errors import NotFoundError
from desktop.domain.records import ContactRecord, EmailRecord, PhoneRecord
from desktop.domain.refusals import english
from desktop.domain.text import fold
from desktop.formats.releases.model import (
    ExtractedPerson,
    ParsedRelease,
    ReleaseReadError,
    Role,
    value_warning,
)
from desktop.paths import SAMPLE_RELEASES_DIR
from desktop.search import index
from desktop.services import audit
from desktop.services.database import Database
from desktop.services.mapping import contact_record, contact_records
from desktop.services.release_people import apply_person, find_quoted

log = logging.getLogger(__name__)

RELEASE_SUFFIXES = frozenset({".txt", ".text", ".html", ".htm", ".eml", ".docx", ".pdf"})
SAMPLES_DIR = SAMPLE_RELEASES_DIR

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class LinkedContact:
    contact_id: int | None
    name: str
    office: str | None
    role: str
    snippet: str
    action: str
    """"create", "update", "unchanged" for media contacts; "link" or "quoted" for quoted people."""
    changes: tuple[str, ...] = ()
    flagged: tuple[str, ...] = ()
    """Values kept as written but not validated, each with its reason."""
    title: str | None = None
    country: str | None = None
    phones: tuple[PhoneRecord, ...] = ()
    emails: tuple[EmailRecord, ...] = ()

    @property
    def created(self) -> bool:
        return self.action == "create"


@dataclass(frozen=True)
class ReleaseOutcome:
    path: str
    status: str
    """"created", "updated" (a corrected version of a known release) or "unchanged"."""
    release_id: int | None
    title: str
    language: str | None
    dateline: str | None
    published_on: date | None
    contacts: tuple[LinkedContact, ...]
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class FileProblem:
    path: str
    error: str
    """The reason in English, as the command line prints it."""
    code: str | None = None
    """The same reason as a value the app translates ("release.pdf_scanned": a
    ``desktop.domain.refusals`` code); None for a reason only known in English."""
    params: Mapping[str, str | int] = field(default_factory=dict, compare=False, hash=False)


def coded_problem(path: str, code: str, **params: str | int) -> FileProblem:
    """A problem whose English is the ``code``'s sentence."""
    return FileProblem(path, english(code, params), code, dict(params))


def read_problem(path: str, error: ReleaseReadError) -> FileProblem:
    """A file a reader refused: its reason once (the message starts with the path), with the
    code when the reader gave one."""
    code, params = getattr(error, "code", None), getattr(error, "params", {})
    return FileProblem(path, str(error).removeprefix(f"{path}: "), code, dict(params))


@dataclass(frozen=True)
class ImportReport:
    releases: tuple[ReleaseOutcome, ...]
    errors: tuple[FileProblem, ...]
    dry_run: bool
    cancelled: bool = False
    skipped: tuple[FileProblem, ...] = ()
    """Files inside a folder that are not releases: reported, and no reason to write nothing."""

    @property
    def written(self) -> bool:
        return not (self.dry_run or self.cancelled or self.errors)

    def count(self, status: str) -> int:
        return sum(1 for r in self.releases if r.status == status)

    @property
    def created(self) -> int:
        return self.count("created")

    @property
    def updated(self) -> int:
        return self.count("updated")

    @property
    def unchanged(self) -> int:
        return self.count("unchanged")


@dataclass(frozen=True)
class ReleaseSummary:
    id: int
    title: str
    published_on: date | None
    dateline: str | None
    language: str | None
    source: str
    contact_count: int


@dataclass(frozen=True)
class ReleaseContactRef:
    contact: ContactRecord | None
    """None for a person only quoted, who is not in the directory."""
    name: str
    role: str
    snippet: str
    title: str | None = None


@dataclass(frozen=True)
class ReleaseDetail:
    id: int
    title: str
    published_on: date | None
    dateline: str | None
    language: str | None
    source: str
    body: str
    contacts: tuple[ReleaseContactRef, ...]


def _read_all(paths: Sequence[Path], progress: Progress | None,
              should_cancel: Callable[[], bool] | None
              ) -> tuple[list[tuple[Path, ParsedRelease]], list[FileProblem], bool]:
    # Imported here: the readers pull in trafilatura and lxml, which nothing else needs at start.
    from desktop.formats.releases import read_release

    parsed: list[tuple[Path, ParsedRelease]] = []
    problems: list[FileProblem] = []
    for number, path in enumerate(paths):
        if should_cancel and should_cancel():
            return parsed, problems, True
        if progress:
            progress(number, len(paths) * 2, path.name)
        if path.suffix.lower() not in RELEASE_SUFFIXES:
            problems.append(coded_problem(str(path), "release.not_release_type",
                                          suffixes=", ".join(sorted(RELEASE_SUFFIXES))))
            continue
        try:
            parsed.append((path, read_release(path)))
        except ReleaseReadError as error:  # its message starts with the path: say it once
            problems.append(read_problem(str(path), error))
        except Exception as error:  # an extractor bug must not hide the other files
            log.exception("reading %s failed", path)
            problems.append(coded_problem(str(path), "release.extractor_failed",
                                          detail=repr(error)))
    return parsed, problems, False


def expand_folders(paths: Sequence[Path]) -> tuple[list[Path], list[FileProblem]]:
    """Files as given, and the release files inside each folder (recursively, sorted).

    A file inside a folder that Press Desk does not read is skipped and reported, not refused:
    a folder of releases often holds pictures and notes too. Hidden files are left out quietly.
    """
    files: list[Path] = []
    skipped: list[FileProblem] = []
    for path in paths:
        if not path.is_dir():
            files.append(path)
            continue
        for found in sorted(path.rglob("*")):
            relative = found.relative_to(path).parts
            if any(part.startswith((".", "~$")) for part in relative) or found.is_dir():
                continue
            if found.suffix.lower() in RELEASE_SUFFIXES:
                files.append(found)
            else:
                skipped.append(coded_problem(str(found), "release.skipped_type",
                                             suffixes=", ".join(sorted(RELEASE_SUFFIXES))))
    return files, skipped


def _stale_flags(person: ExtractedPerson, action: str,
                 changes: Sequence[str]) -> set[tuple[str, str]]:
    """Invalid values the directory already held before this import: flagged then, not again."""
    if action == "create":
        return set()
    stale = set()
    for kind, values in (("phone", [(p.as_written, p.e164, p.valid) for p in person.phones]),
                         ("email", [(e.as_written, e.address, e.valid) for e in person.emails])):
        for written, normal, valid in values:
            added = {f"added {kind} {written}", f"added {kind} {normal}"}
            if not valid and not added.intersection(changes):
                stale.add((kind, written))
    return stale


def _without_stale(warnings: Sequence[str], name: str,
                   stale: set[tuple[str, str]]) -> list[str]:
    prefixes = tuple(value_warning(name, kind, written) for kind, written in stale)
    return [w for w in warnings if not (prefixes and w.startswith(prefixes))]


def _is_web(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def source_key(source: str) -> str:
    """A file's resolved path, or a web address, folded: the same source gives the same key
    (releases and feeds are found again by it)."""
    if _is_web(source):
        return fold(source)[:400]
    return fold(str(Path(source).resolve()))[:400]


def _find_existing(session: Session, source: str,
                   release: ParsedRelease) -> tuple[Release | None, bool]:
    """(release, same_content): by content first, then a corrected version of the same source."""
    same = session.scalars(
        select(Release).where(Release.content_hash == release.content_hash)).first()
    if same is not None:
        return same, True
    by_source = session.scalars(select(Release).where(Release.source_key == source_key(source))
                                .order_by(Release.id.desc())).first()
    # Only the same file is a corrected version: two releases may share a title ("IOM Welcomes
    # New Funding"), and taking one for the other would drop the first one's links.
    return by_source, False


def _link_outcomes(session: Session, row: Release) -> tuple[LinkedContact, ...]:
    """For an unchanged release: who it links, as they are now."""
    links = session.scalars(select(ReleaseContact).where(ReleaseContact.release_id == row.id)
                            .order_by(ReleaseContact.id)).all()
    outcomes = []
    for link in links:
        record = contact_record(link.contact) if link.contact else None
        outcomes.append(LinkedContact(
            link.contact_id, link.person_name, record.office.name if record and record.office
            else None, link.role, link.snippet, "unchanged", (), (), link.person_title,
            record.country if record else None, record.phones if record else (),
            record.emails if record else ()))
    return tuple(outcomes)


def _apply_release(session: Session, actor: str, source: str,
                   parsed: ParsedRelease) -> ReleaseOutcome:
    existing, same_content = _find_existing(session, source, parsed)
    if existing is not None and same_content:
        warnings = list(parsed.warnings)
        for person in parsed.media_contacts:  # every value was flagged when it first came
            warnings = _without_stale(warnings, person.name,
                                      _stale_flags(person, "unchanged", ()))
        return ReleaseOutcome(source, "unchanged", existing.id, existing.title,
                              existing.language, existing.dateline, existing.published_on,
                              _link_outcomes(session, existing), tuple(warnings))
    now = utc_now()
    if existing is None:
        row = Release(imported_at=now)
        session.add(row)
        status = "created"
    else:
        row, status = existing, "updated"
        index.forget_releases(session, [row.id])
        session.execute(delete(ReleaseContact).where(ReleaseContact.release_id == row.id))
    row.title, row.body, row.language = parsed.title, parsed.body, parsed.language
    row.dateline, row.published_on = parsed.dateline, parsed.published_on
    row.source, row.source_key = source, source_key(source)
    row.content_hash, row.updated_at = parsed.content_hash, now
    session.flush()
    audit.record_change(session, actor, "release", row.id,
                        "create" if status == "created" else "update",
                        {"title": parsed.title, "source": source})
    linked: list[LinkedContact] = []
    touched: set[int] = set()
    warnings = list(parsed.warnings)
    for person in parsed.people:
        if person.role is Role.MEDIA_CONTACT:
            outcome = apply_person(session, actor, person, parsed.title)
            contact, action = outcome.contact, outcome.action
            changes = tuple(outcome.changes)
            stale = _stale_flags(person, action, changes)
            flagged = tuple(f for f in outcome.flagged
                            if not any(f.startswith(f"{kind} {written!r}:")
                                       for kind, written in stale))
            warnings = _without_stale(warnings, person.name, stale)
        else:
            contact = find_quoted(session, person)
            action, changes, flagged = ("link" if contact else "quoted"), (), ()
        contact_id = contact.id if contact else None
        if contact_id is not None and (contact_id, person.role.value) in {
                (c.contact_id, c.role) for c in linked}:
            continue  # named twice in one release: one link
        session.add(ReleaseContact(release_id=row.id, contact_id=contact_id,
                                   role=person.role.value, person_name=person.name[:200],
                                   person_title=person.title[:300] if person.title else None,
                                   snippet=person.snippet))
        if contact_id is not None:
            touched.add(contact_id)
        record = contact_record(contact) if contact is not None else None
        linked.append(LinkedContact(
            contact_id, person.name, person.office, person.role.value, person.snippet, action,
            changes, flagged, person.title, person.country,
            tuple(p for p in record.phones) if record else (),
            tuple(e for e in record.emails) if record else ()))
    session.flush()
    index.refresh_releases(session, [row.id])
    index.refresh_contacts(session, sorted(touched))
    return ReleaseOutcome(source, status, row.id, row.title, row.language, row.dateline,
                          row.published_on, tuple(linked), tuple(warnings))


def import_releases(db: Database, paths: Sequence[Path], *, dry_run: bool = False,
                    progress: Progress | None = None,
                    should_cancel: Callable[[], bool] | None = None) -> ImportReport:
    """Import release files in one transaction; see the module docstring for the rules.

    A folder stands for the release files inside it (see ``expand_folders``).
    """
    paths, skipped = expand_folders([Path(p) for p in paths])
    if not paths and skipped:
        return ImportReport((), (), dry_run, skipped=tuple(skipped))
    parsed, problems, cancelled = _read_all(paths, progress, should_cancel)
    if cancelled:
        return ImportReport((), tuple(problems), dry_run, cancelled=True,
                            skipped=tuple(skipped))
    report = import_parsed(db, [(str(path), release) for path, release in parsed],
                           dry_run=dry_run or bool(problems), progress=progress,
                           should_cancel=should_cancel, done_before=len(paths),
                           total=len(paths) * 2)
    return replace(report, errors=tuple(problems), dry_run=dry_run, skipped=tuple(skipped))


AfterImport = Callable[[Session, Sequence[ReleaseOutcome]], None]


def import_parsed(db: Database, parsed: Sequence[tuple[str, ParsedRelease]], *,
                  dry_run: bool = False, progress: Progress | None = None,
                  should_cancel: Callable[[], bool] | None = None,
                  after: AfterImport | None = None, done_before: int = 0,
                  total: int | None = None) -> ImportReport:
    """Write releases already read (from files or web pages) in one transaction.

    ``after`` runs inside the same transaction with the outcomes (a feed records the items it
    has seen), so what is remembered and what is imported commit or roll back together.
    """
    total = total if total is not None else len(parsed)
    outcomes: list[ReleaseOutcome] = []
    cancelled = False
    with db.writing() as session:  # imports one at a time: a twin import finds "unchanged"
        try:
            for number, (source, release) in enumerate(parsed):
                if should_cancel and should_cancel():
                    cancelled = True
                    break
                if progress:
                    progress(done_before + number, total, _display_name(source))
                outcomes.append(_apply_release(session, db.actor, source, release))
            if not (dry_run or cancelled) and after is not None:
                after(session, outcomes)
            if dry_run or cancelled:
                session.rollback()
            else:
                session.commit()
        except BaseException:
            session.rollback()
            raise
    if progress:
        progress(total, total, "")
    if cancelled:
        return ImportReport((), (), dry_run, cancelled=True)
    if dry_run:
        outcomes = [_without_unsaved_ids(o) for o in outcomes]
    return ImportReport(tuple(outcomes), (), dry_run)


def _display_name(source: str) -> str:
    return source if _is_web(source) else Path(source).name


def _without_unsaved_ids(outcome: ReleaseOutcome) -> ReleaseOutcome:
    """After a rollback, the ids of what would have been created never existed: say None."""
    contacts = tuple(replace(c, contact_id=None) if c.action == "create" else c
                     for c in outcome.contacts)
    release_id = None if outcome.status == "created" else outcome.release_id
    return replace(outcome, release_id=release_id, contacts=contacts)


def demo_paths() -> list[Path]:
    """The sample releases bundled with Press Desk."""
    return sorted(p for p in SAMPLES_DIR.iterdir() if p.suffix.lower() in RELEASE_SUFFIXES)


def load_demo(db: Database, progress: Progress | None = None) -> ImportReport:
    return import_releases(db, demo_paths(), progress=progress)


RELEASE_ORDERS = ("date", "title", "language", "dateline", "contacts")
"""The orders ``list_releases`` can list in."""


def list_releases(db: Database, *, offset: int = 0, limit: int | None = None,
                  order_by: str = "date", descending: bool | None = None,
                  ) -> list[ReleaseSummary]:
    """Releases a page at a time (OFFSET paging), by ``order_by`` (see RELEASE_ORDERS).

    ``descending`` None is each order's natural direction: newest first for "date", most
    media contacts first for "contacts", A to Z otherwise. Releases with no value for the
    order (undated, no language, no dateline) come last either way; ties go by id, in the
    same direction, so pages never overlap.
    """
    if order_by not in RELEASE_ORDERS:
        raise ValueError(f"order_by must be one of {', '.join(RELEASE_ORDERS)}, not {order_by!r}")
    if descending is None:
        descending = order_by in ("date", "contacts")
    with db.reading() as session:
        counts = (select(ReleaseContact.release_id, func.count(ReleaseContact.id).label("n"))
                  .where(ReleaseContact.role == Role.MEDIA_CONTACT.value)
                  .group_by(ReleaseContact.release_id).subquery())
        contact_count = func.coalesce(counts.c.n, 0)
        text_keys = {"title": Release.title, "language": Release.language,
                     "dateline": Release.dateline}
        key = (func.nullif(func.lower(text_keys[order_by]), "") if order_by in text_keys
               else Release.published_on if order_by == "date" else contact_count)
        ordered = key.desc() if descending else key.asc()
        tie = Release.id.desc() if descending else Release.id.asc()
        query = (select(Release.id, Release.title, Release.published_on, Release.dateline,
                        Release.language, Release.source, contact_count)
                 .outerjoin(counts, counts.c.release_id == Release.id)
                 .order_by(ordered.nulls_last(), tie)
                 .offset(offset))
        if limit is not None:
            query = query.limit(limit)
        return [ReleaseSummary(r[0], r[1], r[2], r[3], r[4], r[5], int(r[6]))
                for r in session.execute(query)]


def count_releases(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count(Release.id))) or 0)


def _contacts_of(session: Session, release_ids: list[int]
                 ) -> dict[int, tuple[ReleaseContactRef, ...]]:
    """The people each release names, media contacts first, with their records: two queries."""
    links = session.execute(
        select(ReleaseContact.release_id, ReleaseContact.contact_id, ReleaseContact.person_name,
               ReleaseContact.role, ReleaseContact.snippet, ReleaseContact.person_title)
        .where(ReleaseContact.release_id.in_(release_ids))
        .order_by(ReleaseContact.release_id, ReleaseContact.role, ReleaseContact.id)).all()
    records = contact_records(session, [link.contact_id for link in links if link.contact_id])
    refs: dict[int, list[ReleaseContactRef]] = {release_id: [] for release_id in release_ids}
    for link in links:
        record = records.get(link.contact_id) if link.contact_id else None
        refs[link.release_id].append(ReleaseContactRef(record, link.person_name, link.role,
                                                       link.snippet, link.person_title))
    return {release_id: tuple(found) for release_id, found in refs.items()}


def contacts_of_releases(db: Database, release_ids: Sequence[int]
                         ) -> dict[int, tuple[ReleaseContactRef, ...]]:
    """What ``releases list --json`` needs for a whole page of releases at once."""
    with db.reading() as session:
        return _contacts_of(session, list(release_ids))


def get_release(db: Database, release_id: int) -> ReleaseDetail:
    with db.reading() as session:
        row = session.get(Release, release_id)
        if row is None:
            raise NotFoundError("release", release_id)
        contacts = _contacts_of(session, [release_id])[release_id]
        return ReleaseDetail(row.id, row.title, row.published_on, row.dateline, row.language,
                             row.source, row.body, contacts)
