"""``pressdesk releases import --feed URL|FILE``: import the new items of newsroom feeds.

Exit status: 0 when every feed was read (pages that failed are listed on stderr and tried
again at the next check, since the rest was imported); 1 when a feed itself could not be read.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop.cli.common import open_db
from desktop.cli.output import print_json
from desktop.formats.releases.limits import shown
from desktop.services import feeds


def _feed_json(report: feeds.FeedReport) -> dict[str, Any]:
    from desktop.cli.releases import report_json

    document = report_json(report.imported)
    document.update({
        "url": report.url, "title": report.title, "error": report.error,
        "items": report.items, "seen_before": report.seen_before,
        "failed": [{"url": f.path, "error": f.error, "code": f.code, "params": dict(f.params)}
                   for f in report.failed],
        "cancelled": report.cancelled,
        "code": report.code, "params": dict(report.params),
    })
    return document


def _print_feed(report: feeds.FeedReport, dry_run: bool) -> None:
    from desktop.cli.releases import print_outcomes

    if report.error is not None:
        return
    print(f"feed      {shown(report.url)}: {shown(report.title or '')}")
    print_outcomes(report.imported)
    for failure in report.failed:
        print(f"failed    {shown(failure.path)}: {shown(failure.error)}")
    new = len(report.imported.releases)
    verb = "would import" if dry_run else "imported"
    print(f"{report.items} item(s): {report.seen_before} seen before, {verb} {new} "
          f"({report.imported.created} created, {report.imported.updated} updated, "
          f"{report.imported.unchanged} unchanged), {len(report.failed)} failed"
          + ("; nothing was written." if dry_run else "."))


def run_feed_import(args: argparse.Namespace) -> int:
    if args.paths:
        print("pressdesk releases import: give files or --feed, not both", file=sys.stderr)
        return 2
    db = open_db(args)
    reports = [feeds.check_feed(db, location, dry_run=args.dry_run) for location in args.feed]
    if args.json:
        print_json({"feeds": [_feed_json(r) for r in reports]})
    else:
        for report in reports:
            _print_feed(report, args.dry_run)
    for report in reports:
        if report.error is not None:
            print(f"pressdesk: refused: {shown(report.error, 2000)}", file=sys.stderr)
        for failure in report.failed:
            print(f"pressdesk: not imported (tried again next time): {shown(failure.path)}: "
                  f"{shown(failure.error, 2000)}", file=sys.stderr)
    return 1 if any(r.error is not None for r in reports) else 0
