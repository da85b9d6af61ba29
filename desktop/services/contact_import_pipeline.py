"""A large contact file's cards read and checked in a second process while this one writes.

Reading a card and checking its numbers and addresses is about half of an import's time, and
matching and writing the other half; machines have two cores or more. For a large file a
second process (spawned, never forked: the app has threads) reads the file, checks each card
and sends the results back in order, a chunk at a time through a bounded queue (memory stays
flat), while this process matches and writes them in its one transaction: the database is
touched by the writer alone. Small files stay in one process (starting a Python costs more
than it saves), and so does any platform that refuses to start one.

A number written without its country code is read with the card's region, and that region can
depend on the card's office, which only the writer knows for sure (the directory's offices).
The reader therefore guesses it the way the writer decides it (the directory's offices as the
import began, then the offices the file creates) and the writer checks the guess: a number
read with another region than the writer's is checked again. The guess only saves time; the
result is the same either way.

The second process needs about a second to start (loading Python and the app's modules) before
it sends its first cards. Meanwhile the writer reads, checks and writes the file's first cards
itself, one claimed at a time (``HeadStart``); the reader, once started, takes over from the
first card not claimed and passes over the ones before (remembering their offices for its
region guesses).
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import pickle
import queue
import sys
import threading
import traceback
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from itertools import islice
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.db.models import Office
from desktop.domain.countries import country_from_name, find_country_in_text
from desktop.domain.emails import EmailCheck
from desktop.domain.errors import InputError, Problem
from desktop.domain.phones import PhoneCheck, PhoneKind
from desktop.domain.text import fold, squeeze
from desktop.formats.contact_card import ParsedCard
from desktop.formats.vcard.reader import open_vcards
from desktop.services.contact_import_checks import Checks
from desktop.services.contact_import_merge import _cleaned, email_key, phone_key
from desktop.services.contact_import_rows import Person, card_person, import_source
from desktop.services.contact_import_seen import SharedKeys, shared_person_key
from desktop.services.guards import fitted

if TYPE_CHECKING:
    from desktop.formats.contacts_csv import CsvContacts
    from desktop.formats.contacts_xlsx import XlsxContacts

log = logging.getLogger(__name__)

PARALLEL_BYTES = 1_500_000
"""Files from this size (about 4,000 vCards or 8,000 CSV rows) are read in a second process."""

CHUNK = 250
"""Cards per message from the reading process."""

QUEUED = 8
"""Messages waiting at most: the reader stops when the writer is this far behind."""

HELP_FROM = QUEUED // 2
"""Messages waiting from which the reader also works out each card's new-contact rows."""

OFFICES_GUESSED = 50_000
"""Offices whose country the reader remembers (bounded: memory stays flat)."""

ENVIRONMENT = "PRESSDESK_IMPORT_PROCESSES"
"""Set to 1 to read every file in the writing process (2: a second process for any file)."""

WAIT = 0.5
"""Seconds between checks that the reading process is still alive."""

COLLECT_AFTER = (20_000, 10, 10)
"""The cyclic garbage collector's thresholds while an import runs (Python's are 700, 10, 10)."""


@contextmanager
def sparing_collections() -> Iterator[None]:
    """Fewer runs of the cyclic garbage collector while a large import runs, Python's own
    thresholds again afterwards.

    An import makes and drops millions of objects (cards, checks, rows, unpickled messages),
    almost none of them in cycles, yet each 700 new ones set off a collection that walks the
    young objects, and the larger ones walk everything the process holds: a sixth of the
    writing process's time (1.3–1.5 s of 8 s for 20,000 cards, measured with gc.callbacks),
    0.1 s with these thresholds. Garbage in cycles (the session's objects, forgotten each
    batch) is still collected, every 20,000 new objects instead of 700: memory stays flat.
    """
    before = gc.get_threshold()
    gc.set_threshold(*COLLECT_AFTER)
    try:
        yield
    finally:
        gc.set_threshold(*before)

Prepared = tuple[ParsedCard, str | None, str | None, tuple[tuple[str, PhoneKind | None], ...],
                 tuple[PhoneCheck, ...], tuple[EmailCheck, ...], str, Person | None]
"""A card read and checked: the cleaned card (without its numbers and addresses: the checks
stand for them), its country code, the region its numbers were read with, each number's text
and announced kind (to check it again), the numbers and addresses checked, the folded name,
and the person the card creates if it is new (worked out while the writer is behind, else
None: the writer works it out for the cards it creates)."""


def open_cards(path: Path, kind: str, mapping: Mapping[str, str] | None
               ) -> tuple[Iterator[ParsedCard], tuple[str, ...]]:
    """The cards of ``path`` and the CSV or workbook columns no rule maps; a CSV whose layout
    is not understood is refused here, before anything is read."""
    if kind == "vcf":
        return open_vcards(path), ()
    # Imported here: the reading process of a vCard file need not load them (nor what the
    # spreadsheet reader loads), a tenth of a second or more of its start.
    from desktop.formats.contacts_csv import FIELDS, CsvContacts
    from desktop.formats.contacts_xlsx import XlsxContacts

    contacts: CsvContacts | XlsxContacts
    if kind == "xlsx":
        contacts = XlsxContacts(path, mapping)
        where = f"{contacts.sheet}, row {contacts.header_row}"
    else:
        contacts = CsvContacts(path, mapping)
        where = "line 1"
    layout = contacts.layout
    if not layout.recognised:
        raise InputError(Problem(
            "Columns", ", ".join(layout.unmapped) or "(none)",
            "no column holds a name, so the layout is not one Press Desk knows; map the "
            "columns, e.g. --map \"Column=name\" (fields: " + ", ".join(FIELDS) + ")",
            where))
    return contacts.cards(), layout.unmapped


def office_key(name: str) -> str | None:
    """The name_key an office called ``name`` has or would get (find_or_create_office)."""
    clean = squeeze(name)
    if not clean:
        return None
    return fold(fitted(clean, Office.name) or clean)


class RegionGuess:
    """The region the writer will read a card's numbers with, as far as the reader can tell:
    the import's region, else the card's country, else its office's country (as the directory
    had it when the import began, or as the file's first card naming a new office gives it),
    else the default country."""

    def __init__(self, region: str | None, default_country: str | None,
                 offices: Mapping[str, str | None]) -> None:
        self.region = region
        self.default_country = default_country
        self.offices = dict(offices)
        self.keys: dict[str, str | None] = {}
        """office_key by the office as written: offices repeat from card to card."""

    def __call__(self, card: ParsedCard, country: str | None) -> str | None:
        office_country = self._office_country(card.office, country)
        return self.region or country or office_country or self.default_country

    def office_key(self, office: str | None) -> str | None:
        """``office_key`` of an office as written, remembered."""
        if not office:
            return None
        if office in self.keys:
            return self.keys[office]
        if len(self.keys) >= OFFICES_GUESSED:
            self.keys.clear()
        key = self.keys[office] = office_key(office)
        return key

    def _office_country(self, office: str | None, country: str | None) -> str | None:
        if not office:
            return None
        key = self.office_key(office)
        if key is None:
            return None
        if key in self.offices:
            known = self.offices[key]
            if known is None and country is not None:
                self.offices[key] = known = country  # the writer sets it so too
            return known
        clean = squeeze(office)
        found = country or find_country_in_text(fitted(clean, Office.name) or clean)
        if len(self.offices) < OFFICES_GUESSED:
            self.offices[key] = found
        return found


def prepare(card: ParsedCard, guess: RegionGuess, checks: Checks) -> Prepared:
    """Clean and check one card as the writer would, with the guessed region (its person
    left to ``with_person``)."""
    card = _cleaned(card)
    country = country_from_name(card.country) if card.country else None
    region = guess(card, country)
    phones = tuple(checks.phone(p.text, region, p.kind) for p in card.phones)
    emails = tuple(checks.email(e.text, e.kind) for e in card.emails)
    inputs = tuple((p.text, p.kind) for p in card.phones)
    return (_without_numbers(card), country, region, inputs, phones, emails,
            fold(card.name), None)


def _without_numbers(card: ParsedCard) -> ParsedCard:
    """``replace(card, phones=(), emails=())`` by copying its fields (ParsedCard is a frozen
    dataclass without __post_init__: nothing to check again), a fifth of replace's cost."""
    copy = object.__new__(ParsedCard)
    fields = copy.__dict__
    fields.update(card.__dict__)
    fields["phones"] = fields["emails"] = ()
    return copy


def with_person(prepared: Prepared, source: str) -> Prepared:
    """``prepared`` with the person its card creates if it is new (``source``: its audit
    entry's, contact_import_rows.import_source)."""
    card, country, region, inputs, phones, emails, name_key, _none = prepared
    return (card, country, region, inputs, phones, emails, name_key,
            card_person(card, phones, emails, source, name_key))


def may_be_known(prepared: Prepared, known: SharedKeys, guess: RegionGuess) -> bool:
    """Whether a card may match someone the directory held as the import began: one of its
    numbers, addresses or its name in its office in ``known`` (the writer's keys, sent as the
    import began). False is certain; True may be wrong (the writer decides either way)."""
    card, _country, _region, _inputs, phones, emails, name_key, _person = prepared
    for check in phones:
        key = phone_key(check.e164, check.extension, check.kind)
        if key and key in known:
            return True
    for mail in emails:
        if mail.address and email_key(mail.address) in known:
            return True
    return shared_person_key(name_key, guess.office_key(card.office)) in known


def _send(out: Any, chunk: list[Prepared], source: str, known: SharedKeys | None = None,
          guess: RegionGuess | None = None) -> None:
    """Put a chunk on the queue; when the writer is behind (the queue half full or more),
    first do part of its work: each new card's new-contact rows and search fields (the writer
    works them out itself for the chunks that come without). Waiting for a full queue left
    most of it to the writer, the slower side: it never fell far enough behind. A card that
    may be someone the directory holds (``known``) is left without: on a re-import, where
    every card matches, its person would be worked out, pickled and unpickled for nothing."""
    if _behind(out):
        if known is None or guess is None:
            chunk = [with_person(p, source) for p in chunk]
        else:
            chunk = [p if may_be_known(p, known, guess) else with_person(p, source)
                     for p in chunk]
    out.put(pickle.dumps(("cards", chunk), pickle.HIGHEST_PROTOCOL))


def _behind(out: Any) -> bool:
    """Whether the writer has HELP_FROM messages or more still to take (full() where the
    platform cannot count a queue: macOS)."""
    try:
        return bool(out.qsize() >= HELP_FROM)
    except NotImplementedError:
        return bool(out.full())


class HeadStart:
    """The file's first cards, which the writer reads itself while the reading process starts.

    One shared counter: the writer claims cards one at a time (``take``) until the reader,
    started, closes the count (``hand_over``) and begins after the cards claimed. Neither
    waits for the other; each card is the writer's or the reader's, never both's.
    """

    def __init__(self, context: Any) -> None:
        self.claimed = context.Value("q", 0)
        """Cards the writer claimed; -1 once the reader has taken over."""

    def take(self) -> bool:
        """The writer: whether it may read the next card itself (and it is then claimed)."""
        with self.claimed.get_lock():
            if self.claimed.value < 0:
                return False
            self.claimed.value += 1
            return True

    def hand_over(self) -> int:
        """The reader: how many cards the writer claimed (none from now on)."""
        with self.claimed.get_lock():
            claimed = int(self.claimed.value)
            self.claimed.value = -1
        return claimed


def _pass_over(cards: Iterator[ParsedCard], count: int, guess: RegionGuess) -> None:
    """Skip the ``count`` cards the writer read itself, remembering their offices' countries
    as the writer's office table does (the region guesses of later cards)."""
    for card in islice(cards, count):
        card = _cleaned(card)
        guess(card, country_from_name(card.country) if card.country else None)


def _read(path: str, kind: str, mapping: Mapping[str, str] | None, region: str | None,
          default_country: str | None, offices: Mapping[str, str | None],
          out: Any, known: bytes | Connection | None = None, head: HeadStart | None = None
          ) -> None:
    """The reading process: chunks of prepared cards, then ("done", None), or ("error",
    (exception, its traceback)). ``known``: the directory's keys (SharedKeys' bytes, or the
    pipe they come through), None for a directory without any. ``head``: the writer's head
    start; the cards it claimed are passed over."""
    _end_with_the_writer()
    gc.set_threshold(*COLLECT_AFTER)  # this process only imports: see sparing_collections
    try:
        cards, _unmapped = open_cards(Path(path), kind, mapping)
        guess = RegionGuess(region, default_country, offices)
        checks = Checks()
        source = import_source(Path(path).name)
        keys = _known_bytes(known)
        seen = SharedKeys(keys) if keys is not None else None
        chunk: list[Prepared] = []
        if head is not None:
            _pass_over(cards, head.hand_over(), guess)
        for card in cards:
            chunk.append(prepare(card, guess, checks))
            if len(chunk) >= CHUNK:
                _send(out, chunk, source, seen, guess)
                chunk = []
        if chunk:
            _send(out, chunk, source, seen, guess)
        out.put(pickle.dumps(("done", None), pickle.HIGHEST_PROTOCOL))
    except BaseException as error:
        told = traceback.format_exc()
        try:
            payload = pickle.dumps(("error", (error, told)), pickle.HIGHEST_PROTOCOL)
            pickle.loads(payload)  # an exception that cannot come back is sent as text
        except Exception:
            payload = pickle.dumps(("error", (RuntimeError(f"{type(error).__name__}: {error}"),
                                              told)), pickle.HIGHEST_PROTOCOL)
        out.put(payload)
    finally:
        out.close()
        out.join_thread()


def _known_bytes(known: bytes | Connection | None) -> bytes | None:
    """The directory's keys: as given, or read from the pipe the writer sends them through.

    Not a process argument: a new process reads its arguments as it loads its modules, and
    the writer's start() waited until 2 MiB of them were read, about a second (a re-import's
    head start lost), where a pipe written by a thread holds nobody up."""
    if known is None or isinstance(known, bytes):
        return known
    try:
        return known.recv_bytes()
    finally:
        known.close()


def _send_known(pipe: Connection, known: bytes) -> None:
    """The writer's thread that sends the directory's keys (the reader ended: no matter)."""
    try:
        pipe.send_bytes(known)
    except OSError:
        pass
    finally:
        pipe.close()


def _read_and_end(*args: Any) -> None:
    """The reading process's target: ``_read``, then the process ends at once.

    Its last message is in the pipe by then (``_read`` waits for the queue's thread). The
    interpreter's ordinary teardown (every module and object freed one by one) took 0.3-0.9 s
    of a 20,000-card import's wall clock, which the writer spent waiting to join it."""
    _read(*args)
    for stream in (sys.stdout, sys.stderr):
        with suppress(AttributeError, OSError, ValueError):  # none, or closed
            stream.flush()
    os._exit(0)


def _end_with_the_writer() -> None:
    """End this process as soon as the writing one has gone (killed, crashed): nobody will
    read its cards, and it would wait on the full queue for ever (a daemon process is only
    ended by a writer that exits normally)."""
    writer = multiprocessing.parent_process()
    if writer is None:
        return

    def watch() -> None:
        writer.join()
        os._exit(1)

    threading.Thread(target=watch, name="pressdesk-import-writer-watch", daemon=True).start()


def processes_for(path: Path, processes: int | None) -> int:
    """1 or 2: how many processes read and write ``path`` (``processes`` as asked, else the
    PRESSDESK_IMPORT_PROCESSES environment variable, else by the file's size and the cores)."""
    if processes is None:
        asked = os.environ.get(ENVIRONMENT, "").strip()
        processes = int(asked) if asked.isdigit() else None
    if processes is None:
        try:
            large = path.stat().st_size >= PARALLEL_BYTES
        except OSError:
            large = False
        processes = 2 if large and (os.cpu_count() or 1) >= 2 else 1
    if processes >= 2 and getattr(sys, "frozen", False) and not _frozen_ready():
        return 1
    return 2 if processes >= 2 else 1


def _frozen_ready() -> bool:
    """A bundled app can start a second process only when its entry point hands such a
    process to multiprocessing (desktop/__main__.py calls freeze_support)."""
    main = sys.modules.get("__main__")
    return bool(getattr(main, "FREEZE_SUPPORT", False))


class Reader:
    """The second process and the queue its prepared cards come through."""

    def __init__(self, path: Path, kind: str, mapping: Mapping[str, str] | None,
                 region: str | None, default_country: str | None,
                 offices: Mapping[str, str | None], known: bytes | None = None) -> None:
        self.path = path
        context = multiprocessing.get_context("spawn")
        self.queue: Any = context.Queue(QUEUED)
        self.head = HeadStart(context)
        keys: tuple[Connection, Connection] | None = (
            context.Pipe(duplex=False) if known is not None else None)
        self.process: BaseProcess = context.Process(
            target=_read_and_end, name="pressdesk-import-reader", daemon=True,
            args=(str(path), kind, dict(mapping) if mapping else None, region, default_country,
                  dict(offices), self.queue, keys[0] if keys else None, self.head))
        self.process.start()
        if keys is not None and known is not None:
            keys[0].close()  # the reader has its own end
            threading.Thread(target=_send_known, args=(keys[1], known), daemon=True,
                             name="pressdesk-import-keys").start()
        self.finished = False

    def take(self) -> bool:
        """Whether the writer may read the file's next card itself (HeadStart.take)."""
        return self.head.take()

    def prepared(self) -> Iterator[Prepared]:
        """The file's cards after those the writer took, read and checked, in the file's
        order; the reader's error (an unreadable file) raised here as it would be in one
        process."""
        while True:
            kind, value = pickle.loads(self._next())
            if kind == "cards":
                yield from value
            elif kind == "done":
                self.finished = True
                return
            else:
                error, told = value
                if isinstance(error, BaseException):
                    error.add_note(f"in the process reading the file:\n{told}")
                    raise error
                raise RuntimeError(told)

    def _next(self) -> bytes:
        while True:
            try:
                payload: bytes = self.queue.get(timeout=WAIT)
                return payload
            except queue.Empty:
                if self.process.is_alive():
                    continue
                try:  # its last message may have come as it ended
                    payload = self.queue.get(timeout=WAIT)
                    return payload
                except queue.Empty:
                    raise RuntimeError(
                        f"the process reading {self.path.name} stopped without a word "
                        f"(exit code {self.process.exitcode})") from None

    def stop(self) -> None:
        """End the reading process (at once if the writer stopped early: an error, Cancel)."""
        self.process.join(timeout=5 if self.finished else 0)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(timeout=5)
            if self.process.is_alive():
                self.process.kill()
                self.process.join()
        self.queue.close()
        self.queue.cancel_join_thread()
        self.process.close()


def start_reader(path: Path, kind: str, mapping: Mapping[str, str] | None,
                 region: str | None, default_country: str | None,
                 offices: Mapping[str, str | None], known: bytes | None = None
                 ) -> Reader | None:
    """A reading process for ``path``, or None when the platform refuses one (the caller
    reads in its own process then). ``known``: the directory's matching keys as SharedKeys'
    bytes (None: none), so that the reader works out only people who may be new."""
    try:
        return Reader(path, kind, mapping, region, default_country, offices, known)
    except (OSError, RuntimeError, ValueError, pickle.PicklingError) as error:
        log.warning("import of %s in one process: a second one could not start (%s)",
                    path.name, error)
        return None
