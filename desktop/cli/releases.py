"""``pressdesk releases …`` and ``pressdesk demo``: releases feed the directory."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.cli.common import add_json_flag, open_db, positive_int
from desktop.cli.output import contact_json, email_json, phone_json, print_json
from desktop.formats.releases.limits import shown
from desktop.services import releases


def register(commands: Any) -> None:
    parser = commands.add_parser("releases", help="import and read press releases")
    sub = parser.add_subparsers(dest="releases_command", required=True, metavar="COMMAND")
    importing = sub.add_parser(
        "import", help="import release files (txt, html, eml, docx, pdf), folders of them, "
        "or the new items of a newsroom feed")
    importing.add_argument("paths", nargs="*", type=Path, metavar="PATH|FOLDER")
    importing.add_argument("--feed", action="append", default=[], metavar="URL|FILE",
                           help="an RSS or Atom feed: import each item not seen before")
    importing.add_argument("--dry-run", action="store_true",
                           help="show what would happen and write nothing")
    add_json_flag(importing)
    importing.set_defaults(handler=run_import)
    listing = sub.add_parser("list", help="list releases, newest first")
    add_json_flag(listing)
    listing.set_defaults(handler=run_list)
    show = sub.add_parser("show", help="show a release with its contacts")
    show.add_argument("id", type=positive_int)
    add_json_flag(show)
    show.set_defaults(handler=run_show)
    demo = commands.add_parser("demo", help="load the bundled sample releases")
    add_json_flag(demo)
    demo.set_defaults(handler=run_demo)


def _linked_json(linked: releases.LinkedContact) -> dict[str, Any]:
    return {
        "id": linked.contact_id, "name": linked.name, "title": linked.title,
        "office": linked.office, "country": linked.country, "role": linked.role,
        "created": linked.created, "action": linked.action, "changes": list(linked.changes),
        "flagged": list(linked.flagged), "snippet": linked.snippet,
        "phones": [phone_json(p) for p in linked.phones],
        "emails": [email_json(e) for e in linked.emails],
    }


def _outcome_json(outcome: releases.ReleaseOutcome) -> dict[str, Any]:
    return {
        "id": outcome.release_id, "path": outcome.path, "status": outcome.status,
        "title": outcome.title, "language": outcome.language, "dateline": outcome.dateline,
        "published_on": outcome.published_on.isoformat() if outcome.published_on else None,
        "contacts": [_linked_json(c) for c in outcome.contacts if c.role == "media_contact"],
        "quoted": [_linked_json(c) for c in outcome.contacts if c.role == "quoted"],
        "warnings": list(outcome.warnings),
    }


def report_json(report: releases.ImportReport) -> dict[str, Any]:
    return {
        "releases": [_outcome_json(o) for o in report.releases],
        "errors": [{"path": e.path, "error": e.error} for e in report.errors],
        "skipped": [{"path": e.path, "reason": e.error} for e in report.skipped],
        "dry_run": report.dry_run, "written": report.written,
        "created": report.created, "updated": report.updated, "unchanged": report.unchanged,
    }


def _counts(report: releases.ImportReport) -> str:
    skipped = f", {len(report.skipped)} skipped" if report.skipped else ""
    return (f"{report.created} created, {report.updated} updated, "
            f"{report.unchanged} unchanged{skipped}")


def print_outcomes(report: releases.ImportReport) -> None:
    """Each release and person; every value from a file is shown escaped (no raw controls)."""
    for outcome in report.releases:
        print(f"{outcome.status:<9} {shown(outcome.path)}: {shown(outcome.title)}")
        for warning in outcome.warnings:
            print(f"  warning   {shown(warning)}")
        for linked in outcome.contacts:
            where = f", {shown(linked.office)}" if linked.office else ""
            label = "quoted" if linked.role == "quoted" else linked.action
            print(f"  {label:<9} {shown(linked.name)}{where}")
            for change in linked.changes:
                print(f"            {shown(change)}")
            for flag in linked.flagged:
                print(f"            needs review: {shown(flag)}")
    for skipped in report.skipped:
        print(f"skipped   {shown(skipped.path)}: {shown(skipped.error.removeprefix('skipped: '))}")


def _print_report(report: releases.ImportReport) -> None:
    print_outcomes(report)
    if report.cancelled:
        print("Cancelled: nothing was written.")
    elif report.dry_run:
        print(f"Dry run: {_counts(report)}; nothing was written.")
    elif report.errors:
        print("Nothing was written: fix or leave out the files above and import again.")
    elif not report.releases:
        print("No release files to import.")
    else:
        print(f"{_counts(report)}.")


def _finish(args: argparse.Namespace, report: releases.ImportReport) -> int:
    if args.json:
        print_json(report_json(report))
    else:
        _print_report(report)
    for problem in report.errors:
        print(f"pressdesk: refused: {shown(problem.path)}: {shown(problem.error, 2000)}",
              file=sys.stderr)
    return 1 if report.errors else 0


def run_import(args: argparse.Namespace) -> int:
    if not args.paths and not args.feed:
        print("pressdesk releases import: give a release file, a folder or --feed URL|FILE",
              file=sys.stderr)
        return 2
    if args.feed:
        from desktop.cli.feeds import run_feed_import  # feeds pull in feedparser and urllib

        return run_feed_import(args)
    report = releases.import_releases(open_db(args), args.paths, dry_run=args.dry_run)
    return _finish(args, report)


def run_demo(args: argparse.Namespace) -> int:
    args.dry_run = False
    return _finish(args, releases.load_demo(open_db(args)))


def _summary_json(summary: releases.ReleaseSummary) -> dict[str, Any]:
    return {"id": summary.id, "title": summary.title,
            "published_on": summary.published_on.isoformat() if summary.published_on else None,
            "dateline": summary.dateline, "language": summary.language,
            "path": summary.source, "contact_count": summary.contact_count}


def run_list(args: argparse.Namespace) -> int:
    db = open_db(args)
    summaries = releases.list_releases(db)
    if args.json:
        refs = releases.contacts_of_releases(db, [s.id for s in summaries])
        documents = []
        for summary in summaries:
            document = _summary_json(summary)
            document.update(_people_json(refs[summary.id]))
            documents.append(document)
        print_json({"releases": documents})
    elif not summaries:
        print("No releases yet. Import one with `pressdesk releases import FILE` "
              "or load the samples with `pressdesk demo`.")
    else:
        for s in summaries:
            when = s.published_on.isoformat() if s.published_on else "undated   "
            print(f"{s.id:>6}  {when}  {s.language or '--':<2}  {shown(s.title)}  "
                  f"({s.contact_count} contact(s))")
    return 0


def _people_json(refs: tuple[releases.ReleaseContactRef, ...]) -> dict[str, Any]:
    """Media contacts (full CONTACT documents) apart from people only quoted, as import does."""
    return {"contacts": [_ref_json(r) for r in refs if r.role == "media_contact"],
            "quoted": [_ref_json(r) for r in refs if r.role != "media_contact"]}


def _ref_json(ref: releases.ReleaseContactRef) -> dict[str, Any]:
    document = contact_json(ref.contact) if ref.contact else {"id": None, "name": ref.name}
    document.pop("releases", None)
    document.update({"role": ref.role, "snippet": ref.snippet, "name_in_release": ref.name,
                     "title_in_release": ref.title})
    return document


def run_show(args: argparse.Namespace) -> int:
    detail = releases.get_release(open_db(args), args.id)
    if args.json:
        print_json({
            "id": detail.id, "title": detail.title,
            "published_on": detail.published_on.isoformat() if detail.published_on else None,
            "dateline": detail.dateline, "language": detail.language, "path": detail.source,
            "body": detail.body, **_people_json(detail.contacts),
        })
        return 0
    when = detail.published_on.isoformat() if detail.published_on else "undated"
    print(f"#{detail.id} {shown(detail.title)}\n{when} · {shown(detail.dateline or '-')} · "
          f"{detail.language or '-'} · {shown(detail.source)}\n")
    print("\n".join(shown(line, len(line)) for line in detail.body.splitlines()))
    print()
    for ref in detail.contacts:
        who = f"#{ref.contact.id} " if ref.contact else ""
        print(f"[{ref.role}] {who}{shown(ref.name)}: {shown(ref.snippet, 2000)}")
    return 0
