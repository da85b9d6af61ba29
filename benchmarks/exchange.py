"""Contact files in and out at directory scale, each figure beside a floor measured in the same
run. Figures, not a timed test.

    python -m benchmarks.exchange [--contacts 100000] [--releases 1000] [--json]
                                   [--section export] [--postgres-url URL]

Export (this file's first section): vCard 4.0, CSV and XLSX of the whole directory and a PDF
sheet of 1,000 contacts, through ``services.exports``. Floors: reading the same rows with
SQLAlchemy Core (keyset pages, three plain SELECTs per page); the same vCard text built with
plain string joins over those rows; the same rows through ``csv.writer``; and through
XlsxWriter's ``write_string`` alone (the library's own cost). Memory: each run
happens in a forked child, and the child's peak RSS above its RSS at start is reported.

The directory comes from ``benchmarks/generate.py`` and is cached under benchmarks/.cache/
(shared with benchmarks/search.py). To add a section (imports), write a function
``section(db, args) -> list[Figure]`` and add it to ``SECTIONS``.
"""

from __future__ import annotations

import argparse
import csv
import json
import multiprocessing
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.search import _postgres_db, _sqlite_db
from desktop.db.models import Contact, Email, Office, Phone
from desktop.services.database import Database
from desktop.services.exports import ExportOptions, ExportScope, export_contacts

PAGE = 1000


@dataclass
class Figure:
    section: str
    name: str
    seconds: float
    floor_seconds: float | None = None
    peak_mb: float | None = None
    """Peak resident memory above the child's start, in MiB."""
    count: int | None = None
    goal: str = ""
    cpu_seconds: float | None = None
    """CPU time of the run: what the figure would be on an idle machine (the shared test
    machine's wall clock includes waiting for other people's work)."""

    @property
    def ratio(self) -> float | None:
        if self.floor_seconds:
            return self.seconds / self.floor_seconds
        return None


def _rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _child(call: Callable[[], int], queue: Any, db: Database) -> None:
    db.engine.dispose(close=False)  # the parent's pooled connections stay the parent's
    start_rss = _rss_mb()
    started, cpu = time.perf_counter(), time.process_time()
    count = call()
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    queue.put((seconds, max(peak - start_rss, 0.0), count, cpu))


def measured(db: Database, call: Callable[[], int]) -> tuple[float, float, int, float]:
    """(seconds, peak MiB above start, count, CPU seconds) of ``call`` in a forked child."""
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    process = context.Process(target=_child, args=(call, queue, db))
    process.start()
    result = queue.get()
    process.join()
    return result  # type: ignore[no-any-return]


# -- floors -----------------------------------------------------------------------------------

def core_rows(db: Database) -> Iterator[tuple[Any, list[Any], list[Any], Any]]:
    """Every contact with its phones, emails and office, read with Core, a page at a time."""
    contacts, phones, emails = Contact.__table__, Phone.__table__, Email.__table__
    with db.engine.connect() as connection:
        offices = {row.id: row for row in connection.execute(select(Office.__table__))}
        last = 0
        while True:
            page = connection.execute(
                select(contacts).where(contacts.c.archived.is_(False), contacts.c.id > last)
                .order_by(contacts.c.id).limit(PAGE)).all()
            if not page:
                return
            ids = [row.id for row in page]
            by_contact: dict[int, list[Any]] = {i: [] for i in ids}
            mail: dict[int, list[Any]] = {i: [] for i in ids}
            for phone in connection.execute(select(phones).where(phones.c.contact_id.in_(ids))
                                            .order_by(phones.c.contact_id, phones.c.position)):
                by_contact[phone.contact_id].append(phone)
            for email in connection.execute(select(emails).where(emails.c.contact_id.in_(ids))
                                            .order_by(emails.c.contact_id, emails.c.position)):
                mail[email.contact_id].append(email)
            for row in page:
                yield row, by_contact[row.id], mail[row.id], offices.get(row.office_id)
            last = ids[-1]


def floor_read(db: Database) -> int:
    return sum(1 for _ in core_rows(db))


def floor_vcards(db: Database, path: Path) -> int:
    """The same cards with plain string joins: no escaping, no folding, no UID hashing."""
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        for row, phones, emails, office in core_rows(db):
            lines = ["BEGIN:VCARD", "VERSION:4.0", "KIND:individual", "FN:" + row.full_name,
                     f"N:{row.family_name or ''};{row.given_name or ''};;;"]
            if office is not None:
                lines.append("ORG:" + office.name)
            if row.title:
                lines.append("TITLE:" + row.title)
            for phone in phones:
                lines.append(f"TEL;VALUE=uri;TYPE={phone.kind}:tel:{phone.e164}")
            for email in emails:
                lines.append(f"EMAIL;TYPE={email.kind}:{email.address}")
            for language in row.languages or ():
                lines.append("LANG:" + language)
            if row.tags:
                lines.append("CATEGORIES:" + ",".join(row.tags))
            if row.notes:
                lines.append("NOTE:" + row.notes)
            lines.append(f"UID:{row.id}")
            lines.append("REV:" + row.updated_at.strftime("%Y%m%dT%H%M%SZ"))
            lines.append("END:VCARD")
            handle.write("\r\n".join(lines) + "\r\n")
            count += 1
    return count


def floor_cells(row: Any, phones: list[Any], emails: list[Any], office: Any) -> list[Any]:
    """The plain cells the CSV and XLSX floors write: no neutralising, typing or styles."""
    cells = [row.full_name, row.given_name, row.family_name, row.title,
             office.name if office else None, row.country]
    for phone in phones:
        cells += [phone.display or phone.as_written, phone.kind]
    for email in emails:
        cells += [email.address or email.as_written, email.kind]
    return [*cells, ", ".join(row.languages or ()), "; ".join(row.tags or ()), row.notes]


def floor_csv(db: Database, path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        for row, phones, emails, office in core_rows(db):
            cells = floor_cells(row, phones, emails, office)
            writer.writerow(cells)
            count += 1
    return count


def floor_xlsx(db: Database, path: Path) -> int:
    """XlsxWriter's own cost: the same rows with plain ``write_string``, no typing or styles."""
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = workbook.add_worksheet()
    count = 0
    for row, phones, emails, office in core_rows(db):
        count += 1
        cells = floor_cells(row, phones, emails, office)
        for col, value in enumerate(cells):
            if value:
                sheet.write_string(count, col, value)
    workbook.close()
    return count


# -- sections ---------------------------------------------------------------------------------

def export_section(db: Database, args: argparse.Namespace) -> list[Figure]:
    figures = []
    folder = Path(tempfile.mkdtemp(prefix="pressdesk-exchange-"))

    def run(format: str, scope: ExportScope | None = None) -> Callable[[], int]:
        def call() -> int:
            return export_contacts(db, folder / f"out.{format}", format, scope,
                                   ExportOptions()).count
        return call

    def add(name: str, call: Callable[[], int], floor: Figure | None = None,
            goal: str = "") -> Figure:
        seconds, peak, count, cpu = measured(db, call)
        figure = Figure("export", name, seconds, floor.seconds if floor else None, peak,
                        count, goal, cpu)
        figures.append(figure)
        return figure

    add("read rows (SQLAlchemy Core)", lambda: floor_read(db))
    floor = add("floor: vCard by plain joins", lambda: floor_vcards(db, folder / "floor.vcf"))
    add("vCard 4.0", run("vcf"), floor, "within 2x of floor")
    floor = add("floor: csv.writer", lambda: floor_csv(db, folder / "floor.csv"))
    add("CSV", run("csv"), floor, "within 2x of floor")
    floor = add("floor: XlsxWriter write_string", lambda: floor_xlsx(db, folder / "floor.xlsx"))
    add("XLSX", run("xlsx"), floor, "under 15 s")
    add("PDF sheet of 1,000", run("pdf", ExportScope(contact_ids=tuple(range(1, 1001)))),
        goal="under 5 s")
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()
    return figures


def import_section(db: Database, args: argparse.Namespace) -> list[Figure]:
    """Import of ``--contacts`` vCards and CSV rows into a fresh SQLite directory, beside the
    same file read and split by a plain loop (helpers in benchmarks/contact_import.py)."""
    from benchmarks import contact_import as bench
    from desktop.services.contact_import import import_contacts
    from desktop.services.database import open_database

    figures: list[Figure] = []
    folder = Path(tempfile.mkdtemp(prefix="pressdesk-import-"))
    vcf, sheet = folder / "in.vcf", folder / "in.csv"
    bench.write_vcards(vcf, args.contacts)
    bench.write_csv(sheet, args.contacts)

    def into_fresh(path: Path, name: str) -> Callable[[], int]:
        def call() -> int:
            target = open_database(f"sqlite:///{folder / name}")
            try:
                return import_contacts(target, path, keep_records=False).created
            finally:
                target.dispose()
        return call

    def add(name: str, call: Callable[[], int], floor: Figure | None = None,
            goal: str = "") -> Figure:
        seconds, peak, count, cpu = measured(db, call)
        figure = Figure("import", name, seconds, floor.seconds if floor else None, peak,
                        count, goal, cpu)
        figures.append(figure)
        return figure

    floor = add("floor: vCards read and split", lambda: bench.floor_vcards(vcf))
    add("vCard import", into_fresh(vcf, "vcf.sqlite3"), floor, "under 30 s")
    floor = add("floor: csv.reader", lambda: bench.floor_csv(sheet))
    add("CSV import", into_fresh(sheet, "csv.sqlite3"), floor)
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()
    return figures


SECTIONS: dict[str, Callable[[Database, argparse.Namespace], list[Figure]]] = {
    "export": export_section,
    "import": import_section,
}


def _print(figures: list[Figure]) -> None:
    print(f"{'section':<8} {'what':<30} {'count':>7} {'seconds':>8} {'floor':>7} {'x':>5} "
          f"{'cpu s':>7} {'peak MiB':>8}  goal")
    for f in figures:
        floor = f"{f.floor_seconds:.2f}" if f.floor_seconds is not None else "-"
        ratio = f"{f.ratio:.2f}" if f.ratio is not None else "-"
        peak = f"{f.peak_mb:.0f}" if f.peak_mb is not None else "-"
        count = str(f.count) if f.count is not None else "-"
        cpu = f"{f.cpu_seconds:.2f}" if f.cpu_seconds is not None else "-"
        print(f"{f.section:<8} {f.name:<30} {count:>7} {f.seconds:>8.2f} {floor:>7} "
              f"{ratio:>5} {cpu:>7} {peak:>8}  {f.goal}")


def main() -> int:
    parser = argparse.ArgumentParser(description="contact files in and out at scale")
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--releases", type=int, default=1_000)
    parser.add_argument("--section", action="append", choices=sorted(SECTIONS),
                        help="run only these sections (default: all)")
    parser.add_argument("--postgres-url", default=None,
                        help="also measure on PostgreSQL (a database named after the sizes)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    engines: list[tuple[str, Callable[[], Database]]] = [
        ("sqlite", lambda: _sqlite_db(args.contacts, args.releases))]
    if args.postgres_url:
        engines.append(("postgresql", lambda: _postgres_db(args.postgres_url, args.contacts,
                                                           args.releases)))
    results: dict[str, list[dict[str, Any]]] = {}
    for engine, opener in engines:
        db = opener()
        try:
            figures = [f for name in (args.section or list(SECTIONS))
                       for f in SECTIONS[name](db, args)]
        finally:
            db.dispose()
        results[engine] = [asdict(f) | {"ratio": f.ratio} for f in figures]
        if not args.json:
            print(f"\n{engine}, {args.contacts:,} contacts")
            _print(figures)
    if args.json:
        print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
