"""Import speed of contact files: 100,000 vCards and 100,000 CSV rows into a fresh database,
each beside a floor measured in the same run (the same file only read and split by a plain
loop), and a re-import of the same vCard file (every card unchanged). Figures, not a test.

    python -m benchmarks.contact_import --cards 100000 [--postgres-url URL] [--json]
    python -m benchmarks.contact_import --cards 5000 --profile   # where the time goes
    python -m benchmarks.contact_import --cards 20000 --processes 1   # all in one process
    python -m benchmarks.contact_import --cards 100000 --vcard-only   # no CSV import

On PostgreSQL (``--postgres-url``, a server URL such as PRESSDESK_TEST_POSTGRES_URL) each
import gets a fresh database, dropped afterwards.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import json
import pstats
import resource
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

if TYPE_CHECKING:
    from desktop.services.database import Database

# The app, the database and psycopg are imported where they are used: the import's reading
# process is spawned and runs this module again as its main one (as __mp_main__), and the
# app's own entry point (desktop/__main__.py) is not run again there. At the top they made
# the benchmark's reading process start 0.1-0.3 s of CPU slower than the app's.

GIVEN = ("Lucía", "José", "Aïcha", "Olena", "Zahra", "Rania", "Pedro", "Nour", "Jana", "Ibrahim",
         "Алишер", "Мадина", "محمد", "ليلى")
FAMILY = ("Shafiev", "Diallo", "Kovalenko", "Haidari", "Khalil", "Alves", "Ben Saïd", "Müller",
          "Рахимова", "الحسن")
OFFICES = (("IOM Switzerland", "+41 22 71{} {:04d}", "+41 79 {:03d} {:04d}"),
           ("OIM Tadjikistan", "+992 48 70{} {:04d}", "+992 93 {:03d} {:04d}"),
           ("IOM Jordan", "+962 6 56{} {:04d}", "+962 79 {:03d} {:04d}"),
           ("OIM Sénégal", "+221 33 86{} {:04d}", "+221 77 {:03d} {:04d}"))
"""Direct lines and mobiles, each person's own. A shared mobile (or address) makes two cards
one person (the matching rule), so a file of distinct people must not repeat them; an office
number without an extension is a switchboard and is not a matching key."""


def _person(n: int) -> dict[str, str]:
    office, landline, mobile = OFFICES[n % len(OFFICES)]
    line = n // len(OFFICES)  # distinct per office up to 160,000 cards
    given, family = GIVEN[n % len(GIVEN)], FAMILY[(n // len(GIVEN)) % len(FAMILY)]
    return {
        "given": given, "family": f"{family} {n}", "office": office,
        "phone": landline.format(line // 10_000 % 4, line % 10_000),
        "mobile": mobile.format(100 + (n // 10_000) % 900, n % 10_000),
        "email": f"person.{n}@example.org", "title": "Communications Officer",
        "notes": f"Covers the north.\nCard {n}; on call at weekends.",
    }


def write_vcards(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        for n in range(count):
            p = _person(n)
            out.write(
                "BEGIN:VCARD\r\nVERSION:4.0\r\n"
                f"FN:{p['given']} {p['family']}\r\nN:{p['family']};{p['given']};;;\r\n"
                f"ORG:{p['office']}\r\nTITLE:{p['title']}\r\n"
                f"TEL;TYPE=work;VALUE=uri:tel:{p['phone'].replace(' ', '-')}\r\n"
                f"TEL;TYPE=cell:{p['mobile']}\r\nEMAIL;TYPE=work:{p['email']}\r\n"
                f"NOTE:{p['notes'].replace(chr(10), chr(92) + 'n').replace(';', chr(92) + ';')}"
                "\r\nCATEGORIES:Press officers\r\nEND:VCARD\r\n")


def write_csv(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["First Name", "Last Name", "Organization Name", "Organization Title",
                         "Notes", "Labels", "E-mail 1 - Label", "E-mail 1 - Value",
                         "Phone 1 - Label", "Phone 1 - Value", "Phone 2 - Label",
                         "Phone 2 - Value"])
        for n in range(count):
            p = _person(n)
            writer.writerow([p["given"], p["family"], p["office"], p["title"], p["notes"],
                             "* myContacts ::: Press officers", "* Work", p["email"], "Work",
                             p["phone"], "Mobile", p["mobile"]])


def floor_vcards(path: Path) -> int:
    """Read the file and split it into cards and properties with a plain loop: no decoding
    rules, no validation, no database."""
    cards = 0
    props: list[tuple[str, str]] = []
    with path.open("rb") as handle:
        for raw in handle:
            line = raw.rstrip(b"\r\n").decode("utf-8")
            if line == "END:VCARD":
                cards += 1
                props = []
            else:
                name, _, value = line.partition(":")
                props.append((name, value))
    return cards


def floor_csv(path: Path) -> int:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return sum(1 for _ in csv.reader(handle)) - 1


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _timed(figures: dict[str, float], key: str, call: Callable[[], object]) -> None:
    """Wall seconds under ``key``_s, CPU seconds of this process (the writer) under
    ``key``_cpu_s and of the process that read and checked the cards for it, if any, under
    ``key``_reader_cpu_s: on a shared, loaded machine the CPU figures are the ones that say
    what the code costs, and the larger of the two bounds the wall clock on two free cores."""
    cpu, wall, children = time.process_time(), time.perf_counter(), _children_cpu()
    call()
    figures[f"{key}_s"] = time.perf_counter() - wall
    figures[f"{key}_cpu_s"] = time.process_time() - cpu
    figures[f"{key}_reader_cpu_s"] = _children_cpu() - children
    print(f"{key}: {figures[f'{key}_cpu_s']:.2f} s CPU (+ reader "
          f"{figures[f'{key}_reader_cpu_s']:.2f} s), {figures[f'{key}_s']:.2f} s wall",
          file=sys.stderr, flush=True)  # as it goes: a long run on a busy machine says where


@contextmanager
def _fresh(postgres_url: str | None, folder: Path, name: str) -> Iterator[Database]:
    """A fresh, migrated database: a SQLite file in ``folder``, or a new PostgreSQL database
    on the server of ``postgres_url`` (dropped afterwards)."""
    import psycopg
    from sqlalchemy.engine import make_url

    from desktop.services.database import open_database

    if not postgres_url:
        db = open_database(f"sqlite:///{folder / name}")
        try:
            yield db
        finally:
            db.dispose()
        return
    parsed = make_url(postgres_url)
    admin = (f"host={parsed.host or '127.0.0.1'} port={parsed.port or 5432} "
             f"user={parsed.username} password={parsed.password} dbname=postgres")
    database = f"pressdesk_import_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{database}"')
    db = open_database(parsed.set(drivername="postgresql+psycopg", database=database)
                       .render_as_string(hide_password=False))
    try:
        yield db
    finally:
        db.dispose()
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


def measure(count: int, postgres_url: str | None = None, processes: int | None = None,
            csv_too: bool = True) -> dict[str, float]:
    """Seconds (wall and CPU) for each import and its floor, and the peak memory (MB)."""
    from desktop.services.contact_import import import_contacts

    figures: dict[str, float] = {"cards": count}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        vcf, sheet = folder / "contacts.vcf", folder / "contacts.csv"
        write_vcards(vcf, count)
        write_csv(sheet, count)
        _timed(figures, "vcard_floor", lambda: floor_vcards(vcf))
        with _fresh(postgres_url, folder, "vcf.sqlite3") as db:
            _timed(figures, "vcard_import",
                   lambda: import_contacts(db, vcf, keep_records=False,
                                          processes=processes))
            _timed(figures, "vcard_reimport",
                   lambda: import_contacts(db, vcf, keep_records=False,
                                          processes=processes))
        if csv_too:
            _timed(figures, "csv_floor", lambda: floor_csv(sheet))
            with _fresh(postgres_url, folder, "csv.sqlite3") as db:
                _timed(figures, "csv_import", lambda: import_contacts(
                    db, sheet, keep_records=False, processes=processes))
    figures["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures["reader_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return figures


def profile(count: int, postgres_url: str | None = None, lines: int = 25,
            processes: int | None = None) -> None:
    """cProfile of one vCard import into a fresh database (of the writing process only, when
    a second one reads): the functions taking the most time of their own, then the most time
    with what they call."""
    from desktop.services.contact_import import import_contacts

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        vcf = folder / "contacts.vcf"
        write_vcards(vcf, count)
        with _fresh(postgres_url, folder, "profile.sqlite3") as db:
            profiler = cProfile.Profile(time.process_time)  # CPU: the machine is shared
            profiler.enable()
            import_contacts(db, vcf, keep_records=False, processes=processes)
            profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(lines)
    stats.sort_stats("cumulative").print_stats(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--postgres-url", default=None,
                        help="a PostgreSQL server URL: each import gets a fresh database there "
                             "(default: SQLite files in a temporary folder)")
    parser.add_argument("--profile", action="store_true",
                        help="profile one vCard import instead of timing")
    parser.add_argument("--processes", type=int, default=None,
                        help="1: read, check and write in one process; 2: read and check in a "
                             "second one (default: by the file's size, as the app does)")
    parser.add_argument("--vcard-only", action="store_true",
                        help="the vCard import and re-import only (no CSV import)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.profile:
        profile(args.cards, args.postgres_url, processes=args.processes)
        return 0
    figures = measure(args.cards, args.postgres_url, args.processes, not args.vcard_only)
    figures["engine_postgresql"] = 1.0 if args.postgres_url else 0.0
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key:<20} {value:10.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
