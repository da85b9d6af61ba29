"""CPU cost of reading and checking contact cards, without a database: the half of an import
that can run apart from the writing (the vCard reader, the phone and address checks, each
valid number's display text). Figures, not a test.

    python -m benchmarks.contact_reading --cards 20000 [--csv] [--profile]

Uses the benchmark file of ``benchmarks.contact_import`` (distinct people in four offices).
Each card is read, cleaned, its numbers checked against the country its office names (as an
import guesses it for a new office) and formatted for display, its addresses checked.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.contact_import import write_csv, write_vcards
from desktop.domain.countries import find_country_in_text
from desktop.domain.text import fold
from desktop.formats.contact_card import ParsedCard
from desktop.formats.contacts_csv import CsvContacts
from desktop.formats.vcard.reader import open_vcards
from desktop.services.contact_import_checks import Checks
from desktop.services.contact_import_merge import _cleaned


def _cards(path: Path, csv: bool) -> Iterator[ParsedCard]:
    if csv:
        yield from CsvContacts(path).cards()
    else:
        yield from open_vcards(path)


def read_only(path: Path, csv: bool) -> int:
    return sum(1 for _ in _cards(path, csv))


def read_and_check(path: Path, csv: bool) -> int:
    """Every card read, cleaned and checked; every valid number's display text."""
    checks = Checks()
    countries: dict[str, str | None] = {}
    count = 0
    for card in _cards(path, csv):
        card = _cleaned(card)
        office = card.office or ""
        region = countries.get(office)
        if office not in countries:
            region = countries[office] = find_country_in_text(office)
        for phone in card.phones:
            check = checks.phone(phone.text, region, phone.kind)
            if check.valid:
                check.display  # noqa: B018 - what the writer stores for each number
        for email in card.emails:
            checks.email(email.text, email.kind)
        fold(card.name)
        count += 1
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cards", type=int, default=20_000)
    parser.add_argument("--csv", action="store_true", help="the CSV file instead of vCards")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / ("contacts.csv" if args.csv else "contacts.vcf")
        (write_csv if args.csv else write_vcards)(path, args.cards)
        find_country_in_text("warm-up")  # the fixed start (country names), not per card
        if args.profile:
            profiler = cProfile.Profile(time.process_time)
            profiler.enable()
            read_and_check(path, args.csv)
            profiler.disable()
            pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
            return 0
        for label, run in (("read", read_only), ("read+check", read_and_check)):
            cpu = time.process_time()
            run(path, args.csv)
            spent = time.process_time() - cpu
            print(f"{label:<11} {spent:6.2f} s CPU  {spent / args.cards * 1e6:6.1f} µs a card")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
