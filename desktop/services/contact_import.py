"""Importing contact files (vCard, CSV, XLSX): matched, never duplicated, all or nothing.

A card is the person already in the directory when it shares a personal number (a valid mobile
or WhatsApp number, or an office line with its extension), an email address, or the same name
in the same office, matched a batch at a time so 100,000 cards take seconds. An office number
without an extension (a switchboard) or a fax is shared by many officers, so it never makes two
people one. A known person gains new numbers,
addresses, tags, languages and notes; the file's title wins when it gives one. Numbers and
addresses that do not validate are kept as written and flagged, never dropped. One import is
one transaction; a file that cannot be read is refused whole and nothing is written.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from itertools import chain
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.db.base import utc_now
from desktop.db.models import Contact, Email, Office, Phone
from desktop.domain.countries import country_from_name, find_country_in_text
from desktop.domain.emails import EmailCheck
from desktop.domain.errors import InputError, Problem, coded
from desktop.domain.phones import PhoneCheck
from desktop.domain.records import ContactRecord
from desktop.domain.refusals import english
from desktop.domain.text import fold, squeeze
from desktop.formats.contact_card import ContactFileError, ParsedCard
from desktop.formats.contacts_csv import CsvContacts, CsvLayout
from desktop.formats.contacts_xlsx import SUFFIXES as XLSX_SUFFIXES
from desktop.formats.contacts_xlsx import ZIP_MAGIC, XlsxContacts
from desktop.formats.vcard.reader import looks_like_vcard
from desktop.search import index
from desktop.services import audit
from desktop.services.contact_import_checks import Checks
from desktop.services.contact_import_known import Known, load_known
from desktop.services.contact_import_merge import (
    ImportProblem as ImportProblem,
)
from desktop.services.contact_import_merge import (
    _card_keys,
    _Checked,
    _cleaned,
    _merge,
    _owned_keys,
    _unchanged,
    email_key,
    person_key,
    phone_key,
)
from desktop.services.contact_import_pipeline import (
    Prepared,
    Reader,
    open_cards,
    processes_for,
    sparing_collections,
    start_reader,
)
from desktop.services.contact_import_rows import (
    NewContact,
    Person,
    card_person,
    import_source,
    insert_contacts,
)
from desktop.services.contact_import_seen import SeenKeys, SharedKeys, directory_keys
from desktop.services.database import Database
from desktop.services.mapping import contact_record, contact_records
from desktop.services.offices import find_or_create_office

Progress = Callable[[int, str], None]
"""Called with the number of cards read so far and where the last one was ("card 120")."""

BATCH = 500
"""Cards matched and written together: few queries per card, and a session that stays small."""

FORMATS = ("vcf", "csv", "xlsx")

OFFICES_REMEMBERED = 20_000
"""Office ids kept across batches (bounded: memory stays flat)."""


@dataclass(frozen=True)
class CardOutcome:
    """What the import does (or, in a preview, would do) with one card."""

    where: str
    name: str
    action: str
    """"create", "update", "unchanged" or "skip" (a card with nothing to import)."""
    contact: ContactRecord | None
    """The contact as it is after the import; its id is None-like (0) in a preview of a create."""
    changes: tuple[str, ...] = ()
    problems: tuple[ImportProblem, ...] = ()
    contact_id: int | None = None
    """Kept when ``contact`` is not (``keep_records=False``); 0 in a preview of a create."""


@dataclass(frozen=True)
class ContactImportResult:
    path: str
    format: str
    dry_run: bool
    outcomes: tuple[CardOutcome, ...]
    unmapped_columns: tuple[str, ...] = ()
    """CSV headers no rule matched: their cells were not imported."""

    def count(self, action: str) -> int:
        return sum(1 for o in self.outcomes if o.action == action)

    @property
    def created(self) -> int:
        return self.count("create")

    @property
    def updated(self) -> int:
        return self.count("update")

    @property
    def unchanged(self) -> int:
        return self.count("unchanged")

    @property
    def contacts(self) -> tuple[ContactRecord, ...]:
        return tuple(o.contact for o in self.outcomes if o.contact is not None)

    @property
    def problems(self) -> tuple[ImportProblem, ...]:
        return tuple(p for o in self.outcomes for p in o.problems)

    @property
    def written(self) -> bool:
        return not self.dry_run


def detect_format(path: Path, format: str | None = None) -> str:
    """"vcf", "csv" or "xlsx": as asked, else by the file's extension, else by its first
    bytes (a zip archive is taken for a workbook)."""
    if format:
        if format.lower() not in FORMATS:
            raise InputError(Problem("Format", format, f"must be one of {', '.join(FORMATS)}"))
        return format.lower()
    suffix = path.suffix.lower()
    if suffix in {".vcf", ".vcard"}:
        return "vcf"
    if suffix in {".csv", ".tsv"}:
        return "csv"
    if suffix in XLSX_SUFFIXES:
        return "xlsx"
    try:
        with path.open("rb") as handle:
            head = handle.read(64)
    except OSError as error:
        raise InputError(Problem("File", str(path), error.strerror or str(error))) from error
    if head.startswith(ZIP_MAGIC):
        return "xlsx"
    return "vcf" if looks_like_vcard(head) else "csv"


def csv_layout(path: Path, mapping: Mapping[str, str] | None = None) -> CsvLayout:
    """How a CSV's (or a workbook's) header row is understood: for the column-mapping step."""
    return table_head(path, 0, mapping).layout


@dataclass(frozen=True)
class TableHead:
    """A CSV's or workbook's header row, its first rows as text, and how the header was read:
    what the app's column-mapping step shows."""

    headers: tuple[str, ...]
    samples: tuple[tuple[str, ...], ...]
    layout: CsvLayout
    where: str
    """Where the header is: "line 1", or "Contacts, row 1" in a workbook."""


def table_head(path: Path | str, rows: int = 3, mapping: Mapping[str, str] | None = None
               ) -> TableHead:
    """The header and the first ``rows`` non-empty rows of a CSV or XLSX file."""
    path = Path(path)
    samples: list[tuple[str, ...]] = []
    try:
        if detect_format(path) == "xlsx":
            book = XlsxContacts(path, mapping)
            for _number, texts in book.rows():
                if len(samples) >= rows:
                    break
                samples.append(tuple(texts))
            return TableHead(tuple(book.headers), tuple(samples), book.layout,
                             f"{book.sheet}, row {book.header_row}")
        layout = CsvContacts(path, mapping).layout
        with path.open("r", encoding=layout.encoding, newline="") as handle:
            reader = csv.reader(handle, delimiter=layout.delimiter)
            headers = tuple(next(reader, []))
            for row in reader:
                if len(samples) >= rows:
                    break
                if any(cell.strip() for cell in row):
                    samples.append(tuple(row))
        return TableHead(headers, tuple(samples), layout, "line 1")
    except (OSError, UnicodeError, ContactFileError, csv.Error) as error:
        raise _unreadable(path, error) from error


def _unreadable(path: Path, error: BaseException) -> InputError:
    if isinstance(error, UnicodeDecodeError):
        return InputError(coded("File", str(path), "import.not_text", {
            "byte": f"{error.object[error.start]:#04x}", "offset": error.start}))
    reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    return InputError(coded("File", str(path), "import.unreadable", {"detail": reason}))


class _Importer:
    def __init__(self, session: Session, actor: str, source: str, region: str | None,
                 default_country: str | None, keep_records: bool = True) -> None:
        self.keep_records = keep_records
        self.session = session
        self.actor = actor
        self.source = source
        self.region = region
        self.default_country = default_country
        self.offices: dict[str, Office] = {}
        """This batch's offices (the session forgets them with the batch)."""
        self.office_ids: dict[str, tuple[int, str | None]] = {}
        """Every office seen so far: its id and country, by folded name."""
        self.office_keys: dict[str, str | None] = {}
        """The folded name of each office as written (None: no name): offices repeat."""
        self.checks = Checks()
        self.seen = SeenKeys()
        """The matching keys the directory may hold (contact_import_seen): the directory's
        as the import began (``directory_keys``), then those of every contact it writes."""

    def _office(self, card: ParsedCard, country: str | None) -> Office | None:
        if not card.office:
            return None
        written = card.office
        if written in self.office_keys:
            folded = self.office_keys[written]
        else:
            if len(self.office_keys) >= OFFICES_REMEMBERED:
                self.office_keys.clear()
            folded = self.office_keys[written] = fold(written) if squeeze(written) else None
        if folded is None:
            return None
        key = folded
        office = self.offices.get(key)
        if office is not None:
            return office
        # Offices repeat over a whole file: after the first batch an office is fetched by its
        # id. find_or_create_office runs again only when this card could give an office its
        # missing country (an update the rules make).
        known = self.office_ids.get(key)
        if known is not None and (known[1] is not None or country is None):
            office = self.session.get(Office, known[0])
        if office is None:
            office = find_or_create_office(self.session, self.actor, card.office, country,
                                           strict=False)
        if len(self.office_ids) >= OFFICES_REMEMBERED:
            self.office_ids.clear()
        self.office_ids[key] = (office.id, office.country)
        self.offices[key] = office
        return office

    def check(self, card: ParsedCard) -> _Checked:
        """Clean and check a card read in this process."""
        card = _cleaned(card)
        country = country_from_name(card.country) if card.country else None
        office = self._office(card, country)
        region = self._region(country, office)
        phones = [self.checks.phone(p.text, region, p.kind) for p in card.phones]
        emails = [self.checks.email(e.text, e.kind) for e in card.emails]
        return self._checked(card, office, country, phones, emails, fold(card.name))

    def finish(self, prepared: Prepared) -> _Checked:
        """A card the reading process cleaned and checked: its office found or created here,
        its numbers checked again (and its person worked out again) if the reader guessed
        their region wrong."""
        card, country, guessed, inputs, phones, emails, name_key, person = prepared
        office = self._office(card, country)
        region = self._region(country, office)
        if region == guessed:
            return self._checked(card, office, country, list(phones), list(emails), name_key,
                                 person)
        checked = [self.checks.phone(text, region, kind) for text, kind in inputs]
        return self._checked(card, office, country, checked, list(emails), name_key)

    def _region(self, country: str | None, office: Office | None) -> str | None:
        """The region a card's numbers are read with (RegionGuess guesses it alike)."""
        return (self.region or country or (office.country if office else None)
                or self.default_country)

    def offices_known(self) -> dict[str, str | None]:
        """The directory's offices' countries by name_key: the reading process's guesses."""
        return {key: country for key, country in self.session.execute(
            select(Office.name_key, Office.country))}

    def _checked(self, card: ParsedCard, office: Office | None, country: str | None,
                 phones: list[PhoneCheck], emails: list[EmailCheck], name_key: str,
                 person: Person | None = None) -> _Checked:
        problems = [ImportProblem(p.where or card.where, p.field, p.value, p.reason, p.code,
                                  dict(p.params)) for p in card.problems]
        problems += [ImportProblem(card.where, "Phone", p.as_written,
                                   f"{p.problem or 'not a valid number'}; kept as written",
                                   p.code, dict(p.params), kept=True)
                     for p in phones if not p.valid]
        problems += [ImportProblem(card.where, "Email", e.as_written,
                                   f"{e.problem or 'not a valid address'}; kept as written",
                                   e.code, dict(e.params), kept=True)
                     for e in emails if not e.valid]
        return _Checked(card, office, country or (office.country if office else None),
                        phones, emails, problems, name_key, person)

    def run_batch(self, batch: list[_Checked]) -> list[CardOutcome]:
        """Match and write a batch; the session forgets it afterwards (memory stays flat)."""
        outcomes: list[CardOutcome] = []
        rest = batch
        while rest:
            rest = self._segment(rest, outcomes)
        # The next batch queries the database afresh: the session need not remember this one.
        self.session.expunge_all()
        self.offices.clear()
        return outcomes

    def _segment(self, items: list[_Checked], outcomes: list[CardOutcome]) -> list[_Checked]:
        """Write ``items`` up to the first card that is a person created earlier in the same
        segment (a file naming someone twice); return the cards left, to match afresh.

        Matched people are read as plain rows (contact_import_known); only those a card
        changes are loaded as ORM objects and merged, so a card that adds nothing costs no
        ORM load and writes nothing.
        """
        found = self._match_ids(items)
        known = load_known(self.session, set(found.values()))
        loaded = self._load_changing(items, found, known)
        updated: dict[str, int] = {}
        created_keys: set[str] = set()
        news: list[NewContact] = []
        plan: list[tuple[_Checked, int | None, str, list[str]]] = []
        rest: list[_Checked] = []
        for position, item in enumerate(items):
            if not squeeze(item.card.name):
                item.problems.append(ImportProblem(
                    item.card.where, "Name", item.card.name, english("import.no_name", {}),
                    "import.no_name"))
                plan.append((item, None, "skip", []))
                continue
            keys = _card_keys(item)
            if any(key in created_keys for key in keys):
                rest = items[position:]
                break
            contact_id = next((ids[key] for key in keys for ids in (updated, found)
                               if key in ids), None)
            if contact_id is None:
                news.append(self._new(item))
                created_keys.update(keys)
                plan.append((item, None, "create", []))
                continue
            contact = loaded.get(contact_id)
            if contact is None and _unchanged(known[contact_id], item):
                changes: list[str] = []
                owned = _owned_keys(known[contact_id].phones, known[contact_id].emails)
            else:
                if contact is None:
                    contact = loaded[contact_id] = self._load([contact_id])[contact_id]
                with self.session.no_autoflush:
                    changes = _merge(contact, item)
                owned = _owned_keys(contact.phones, contact.emails)
                if changes:  # what it is matched by from now on
                    self.seen.update(owned)
                    office = contact.office
                    self.seen.add(person_key(contact.name_key, office.id if office else None))
            for key in keys + owned:
                updated.setdefault(key, contact_id)
            plan.append((item, contact_id, "update" if changes else "unchanged", changes))
        now = utc_now()
        self.session.flush()  # merged people first: their rows exist before the new ones
        new_ids, new_records = insert_contacts(self.session, self.actor, news, now,
                                               self.keep_records)
        for new in news:
            self.seen.update(new.person.keys)
            self.seen.add(person_key(new.person.name_key,
                                     new.office.id if new.office else None))
        created = iter(new_ids)
        created_records = iter(new_records)
        touched: list[int] = []
        records: dict[int, ContactRecord] = {}
        if self.keep_records:  # people left as they were: their records in one statement
            records = {cid: replace(record, releases=()) for cid, record in contact_records(
                self.session, {cid for _item, cid, action, _c in plan
                               if action == "unchanged" and cid is not None
                               and cid not in loaded}).items()}
        for item, contact_id, action, changes in plan:
            record: ContactRecord | None = None
            if action == "create":
                contact_id = next(created)
                record = next(created_records) if self.keep_records else None
            elif contact_id is not None:
                contact = loaded.get(contact_id)
                if action == "update" and contact is not None:
                    contact.updated_at = now
                    self.session.flush()
                    audit.record_change(self.session, self.actor, "contact", contact.id,
                                        "update", {"source": self.source, "changes": changes})
                    touched.append(contact.id)
                if self.keep_records:
                    record = contact_record(contact) if contact is not None else records[
                        contact_id]
            outcomes.append(CardOutcome(
                item.card.where, squeeze(item.card.name), action,
                record if self.keep_records else None, tuple(changes), tuple(item.problems),
                contact_id))
        self.session.flush()
        index.refresh_contacts(self.session, touched)
        return rest

    def _match_ids(self, batch: list[_Checked]) -> dict[str, int]:
        """The directory contact (id) each key of the batch's cards names: asked of the
        database only for the keys the directory may hold (``self.seen``), at most three
        queries; a batch of new people asks nothing."""
        seen = self.seen
        wanted = {key for item in batch for key in _card_keys(item) if key in seen}
        if not wanted:
            return {}
        e164s = {key[2:].partition(";")[0] for key in wanted if key[0] == "p"}
        addresses = {key[2:] for key in wanted if key[0] == "e"}
        names = {key[2:].rpartition("|")[0] for key in wanted if key[0] == "n"}
        ids: dict[str, int] = {}
        session = self.session
        if e164s:
            for number, extension, kind, owner in session.execute(
                    select(Phone.e164, Phone.extension, Phone.kind, Phone.contact_id)
                    .where(Phone.e164.in_(e164s)).order_by(Phone.contact_id)):
                key = phone_key(number, extension, kind)
                if key in wanted:
                    ids.setdefault(key, owner)
        if addresses:
            # Addresses are stored lower-cased (check_email), so the index answers: lower()
            # here would scan every address once per batch, quadratic in the directory size.
            for address, owner in session.execute(
                    select(Email.address, Email.contact_id)
                    .where(Email.address.in_(addresses)).order_by(Email.contact_id)):
                ids.setdefault(email_key(address), owner)
        if names:
            for name_key, office_id, owner in session.execute(
                    select(Contact.name_key, Contact.office_id, Contact.id)
                    .where(Contact.name_key.in_(names)).order_by(Contact.id)):
                key = person_key(name_key, office_id)
                if key in wanted:
                    ids.setdefault(key, owner)
        return ids

    def _load_changing(self, batch: list[_Checked], found: Mapping[str, int],
                       known: Mapping[int, Known]) -> dict[int, Contact]:
        """ORM objects of the matched people some card of the batch changes, in one go."""
        wanted: set[int] = set()
        for item in batch:
            contact_id = next((found[key] for key in _card_keys(item) if key in found), None)
            if contact_id is not None and not _unchanged(known[contact_id], item):
                wanted.add(contact_id)
        return self._load(wanted) if wanted else {}

    def _load(self, ids: Iterable[int]) -> dict[int, Contact]:
        return {c.id: c for c in self.session.scalars(
            select(Contact).where(Contact.id.in_(set(ids)))
            .options(selectinload(Contact.phones), selectinload(Contact.emails),
                     selectinload(Contact.office)))}

    def _new(self, item: _Checked) -> NewContact:
        person = item.person or card_person(item.card, item.phones, item.emails, self.source,
                                            item.name_key)
        return NewContact(person, item.office, item.country)


def import_contacts(db: Database, path: Path | str, *, format: str | None = None,
                    region: str | None = None, dry_run: bool = False,
                    mapping: Mapping[str, str] | None = None, progress: Progress | None = None,
                    default_country: str | None = None,
                    keep_records: bool = True, processes: int | None = None
                    ) -> ContactImportResult:
    """Import a vCard, CSV or XLSX file in one transaction; the module docstring has the rules.

    ``region`` (ISO code) reads every number written without +code; without it, each card's
    office country, then ``default_country``. With ``dry_run`` the report is what a real
    import would do and nothing is written: the app's preview. ``keep_records=False`` keeps
    only each card's action, contact id and problems: memory flat for very large files.
    ``processes`` 2 reads and checks the cards in a second process while this one writes, 1
    in this process only; by default a large file gets two (contact_import_pipeline).
    """
    path = Path(path)
    kind = detect_format(path, format)
    region = _country("Region", region)
    default_country = _country("Default country", default_country)
    outcomes: list[CardOutcome] = []
    try:
        cards, unmapped = open_cards(path, kind, mapping)
    except (OSError, UnicodeError, ContactFileError) as error:
        raise _unreadable(path, error) from error
    reader: Reader | None = None
    try:
        with db.writing() as session, sparing_collections():
            try:
                importer = _Importer(session, db.actor, import_source(path.name), region,
                                     default_country, keep_records)
                parallel = processes_for(path, processes) > 1
                shared = SharedKeys() if parallel else None
                importer.seen = directory_keys(session, shared)
                if parallel:
                    reader = start_reader(
                        path, kind, mapping, region, default_country,
                        importer.offices_known(),
                        known=shared.to_bytes() if shared is not None and not shared.empty
                        else None)
                    if reader is not None:
                        _warm_up()
                items: Iterator[_Checked]
                if reader is not None:
                    items = chain(_head_start(importer, cards, reader),
                                  (importer.finish(p) for p in reader.prepared()))
                else:
                    items = (importer.check(card) for card in cards)
                batch: list[_Checked] = []
                read = 0
                for item in items:
                    batch.append(item)
                    read += 1
                    if len(batch) >= BATCH:
                        outcomes += importer.run_batch(batch)
                        batch = []
                        if progress:
                            progress(read, item.card.where)
                if batch:
                    outcomes += importer.run_batch(batch)
                if progress:
                    progress(read, "")
                if dry_run:
                    session.rollback()
                else:
                    session.commit()
            except (OSError, UnicodeError, ContactFileError, csv.Error) as error:
                session.rollback()
                raise _unreadable(path, error) from error
            except BaseException:
                session.rollback()
                raise
    finally:
        # After the commit: a reader that sent its last cards is still ending (a Python
        # with a full heap takes a second or more to exit), which the commit need not wait
        # for; one that did not finish (an error, Cancel) is ended here at once.
        if reader is not None:
            reader.stop()
    if dry_run:
        outcomes = [_unsaved(o) for o in outcomes]
    return ContactImportResult(str(path), kind, dry_run, tuple(outcomes), unmapped)


def preview_import(db: Database, path: Path | str, *, format: str | None = None,
                   region: str | None = None, mapping: Mapping[str, str] | None = None,
                   progress: Progress | None = None,
                   default_country: str | None = None) -> ContactImportResult:
    """What importing ``path`` would do, card by card, writing nothing (the app's preview)."""
    return import_contacts(db, path, format=format, region=region, dry_run=True,
                           mapping=mapping, progress=progress, default_country=default_country)


def _unsaved(outcome: CardOutcome) -> CardOutcome:
    """After a rollback, a created contact never existed: its id is 0."""
    if outcome.action != "create":
        return outcome
    contact = replace(outcome.contact, id=0) if outcome.contact is not None else None
    return replace(outcome, contact=contact, contact_id=0)


def _warm_up() -> None:
    """Build what the writer builds on first use (the country-name table an office's country
    is found with, about 0.2 s) while the reading process starts: a second or more in which
    the writer has no card to write yet."""
    find_country_in_text("")


def _head_start(importer: _Importer, cards: Iterator[ParsedCard], reader: Reader
                ) -> Iterator[_Checked]:
    """The file's first cards, read and checked here while the reading process starts (it
    takes over from the first card this one did not claim: HeadStart); then the file is
    closed here."""
    try:
        while reader.take():
            card = next(cards, None)
            if card is None:
                return
            yield importer.check(card)
    finally:
        _close(cards)


def _close(cards: Iterator[ParsedCard]) -> None:
    close = getattr(cards, "close", None)
    if close is not None:
        close()


def _country(field_name: str, value: str | None) -> str | None:
    if not value:
        return None
    code = country_from_name(value)
    if code is None:
        raise InputError(Problem(field_name, value, "not an ISO 3166 country code (e.g. TJ) "
                                                    "nor a country name Press Desk knows"))
    return code
