"""``pressdesk inquiries …`` and ``pressdesk export inquiries``: the media desk's log.

Date-times are ISO 8601 with an offset ("2026-12-01T17:00+05:00", "…Z"), or with an IANA zone
in brackets ("2026-12-01T17:00[Asia/Dushanbe]", RFC 9557), or plain local time. Anything else
("next tuesday-ish") is refused before the database is opened, naming the option.
"""

from __future__ import annotations

import argparse
import re
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop.cli.common import add_json_flag, open_db, positive_int
from desktop.cli.inquiry_output import inquiry_json, inquiry_line, inquiry_text
from desktop.cli.output import print_json
from desktop.domain.errors import InputError, NotFoundError, Problem
from desktop.domain.inquiries import Channel, InquiryRecord, InquiryStatus, SuggestionRecord

_BRACKET_ZONE = re.compile(r"^(.*)\[([^\]]+)\]$")
_HINT = "not a date-time (ISO 8601, e.g. 2026-12-01T17:00+05:00 or 2026-12-01T17:00Z)"


def _zone(field: str, name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InputError(Problem(field, name, "not an IANA time zone (e.g. Asia/Dushanbe)")
                         ) from None


def parse_moment(field: str, text: str, zone: str | None = None) -> tuple[datetime, str | None]:
    """An aware date-time and the IANA zone it was given in (if one was named)."""
    value = text.strip()
    named = zone
    bracket = _BRACKET_ZONE.match(value)
    if bracket:
        value, named = bracket.group(1).strip(), bracket.group(2).strip()
    try:
        moment = datetime.fromisoformat(value.replace(" ", "T", 1) if " " in value else value)
    except ValueError:
        raise InputError(Problem(field, text, _HINT)) from None
    if len(value) <= 10:  # a date alone is not a moment
        raise InputError(Problem(field, text, _HINT + "; a date needs a time"))
    if moment.tzinfo is None:
        moment = (moment.replace(tzinfo=_zone(field, named)) if named
                  else moment.astimezone())  # the computer's local time
    return moment, named


def parse_day(field: str, text: str, *, end: bool = False) -> datetime:
    """``--since``/``--until``: a date (local midnight; ``end`` takes the day after, so the
    day is included) or a date-time."""
    value = text.strip()
    try:
        day = date.fromisoformat(value)
    except ValueError:
        try:
            return parse_moment(field, value)[0]
        except InputError:
            raise InputError(Problem(field, text, "not a date (2026-11-01) nor a date-time"
                                                  )) from None
    if end:
        day += timedelta(days=1)
    return datetime.combine(day, time(0)).astimezone()


def _status(text: str) -> InquiryStatus:
    try:
        return InquiryStatus(text.strip().lower())
    except ValueError:
        raise InputError(Problem("Status", text, "not a status: new, assigned, answered, "
                                                 "closed or declined")) from None


def _channel(text: str) -> Channel:
    try:
        return Channel(text.strip().lower().replace(" ", "_").replace("-", "_"))
    except ValueError:
        raise InputError(Problem("Channel", text, "not a channel: phone, email, in_person, "
                                                  "social_media or other")) from None


def register(commands: Any) -> None:
    parser = commands.add_parser("inquiries", help="log, list and answer journalists' inquiries")
    sub = parser.add_subparsers(dest="inquiries_command", required=True, metavar="COMMAND")

    add = sub.add_parser("add", help="log an inquiry (and suggest who should answer)")
    add.add_argument("--journalist", required=True, metavar="NAME")
    add.add_argument("--journalist-id", type=positive_int, metavar="ID",
                     help="an existing journalist (else matched by --email or --phone)")
    add.add_argument("--outlet", required=True)
    add.add_argument("--outlet-kind", metavar="wire|print|broadcast|online")
    add.add_argument("--email", metavar="E")
    add.add_argument("--phone", metavar="P")
    add.add_argument("--country", metavar="CC", help="the journalist's country (code or name)")
    add.add_argument("--topic", required=True, metavar="T")
    add.add_argument("--question", metavar="TEXT")
    add.add_argument("--channel", default="phone", metavar="C",
                     help="phone, email, in_person, social_media or other (default phone)")
    add.add_argument("--received", metavar="ISO8601", help="when it came in (default now)")
    add.add_argument("--deadline", metavar="ISO8601")
    add.add_argument("--zone", metavar="IANA",
                     help="time zone of --received/--deadline given without an offset")
    add.add_argument("--language", metavar="L")
    add.add_argument("--assign", type=positive_int, metavar="CONTACT_ID")
    add.add_argument("--release", action="append", type=positive_int, default=[], metavar="ID")
    add.add_argument("--notes")
    add_json_flag(add)
    add.set_defaults(handler=run_add)

    listing = sub.add_parser("list", help="the desk: open first, soonest deadline first")
    listing.add_argument("--status", metavar="S")
    listing.add_argument("--overdue", action="store_true", help="open and past the deadline")
    listing.add_argument("--assignee", type=positive_int, metavar="ID")
    listing.add_argument("--journalist", type=positive_int, metavar="ID")
    listing.add_argument("--since", metavar="DATE", help="received on or after")
    listing.add_argument("--until", metavar="DATE", help="received on or before")
    listing.add_argument("--limit", type=positive_int)
    add_json_flag(listing)
    listing.set_defaults(handler=run_list)

    show = sub.add_parser("show", help="one inquiry with its thread")
    show.add_argument("id", type=positive_int)
    add_json_flag(show)
    show.set_defaults(handler=run_show)

    update = sub.add_parser("update", help="assign, answer, close, decline or reopen")
    update.add_argument("id", type=positive_int)
    update.add_argument("--status", metavar="S")
    update.add_argument("--assign", type=positive_int, metavar="CONTACT_ID")
    update.add_argument("--unassign", action="store_true")
    update.add_argument("--response", metavar="TEXT")
    update.add_argument("--answered", metavar="ISO8601", help="when the answer was sent "
                                                              "(default now)")
    update.add_argument("--deadline", metavar="ISO8601")
    update.add_argument("--zone", metavar="IANA")
    update.add_argument("--topic")
    update.add_argument("--question")
    update.add_argument("--release", action="append", type=positive_int, default=[],
                        metavar="ID")
    update.add_argument("--note", metavar="TEXT", help="add a dated note to the thread")
    update.add_argument("--reason", metavar="TEXT", help="why (needed to reopen)")
    update.add_argument("--if-version", type=positive_int, metavar="V",
                        help="refuse the change if the inquiry is no longer at version V")
    add_json_flag(update)
    update.set_defaults(handler=run_update)


def register_export(targets: Any) -> None:
    """``export inquiries``: called by ``desktop.cli.export`` when it builds the group."""
    parser = targets.add_parser("inquiries", help="export the inquiry log as csv or xlsx")
    parser.add_argument("--format", required=True, metavar="csv|xlsx")
    parser.add_argument("--since", metavar="DATE", help="received on or after")
    parser.add_argument("--until", metavar="DATE", help="received on or before")
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="PATH")
    add_json_flag(parser)
    parser.set_defaults(handler=run_export)


def _print(args: argparse.Namespace, record: InquiryRecord,
           suggestions: list[SuggestionRecord] | None = None) -> None:
    now = datetime.now(UTC)
    if args.json:
        print_json(inquiry_json(record, now, suggestions))
    else:
        print(inquiry_text(record, now, suggestions))


def _missing(error: NotFoundError) -> InputError:
    return InputError(Problem(f"{error.entity.capitalize()} id", str(error.key),
                              f"no {error.entity} has this id"))


def run_add(args: argparse.Namespace) -> int:
    from desktop.domain.inquiries import OutletKind
    from desktop.services import inquiries

    zone = args.zone.strip() if args.zone else None
    if zone:
        _zone("Zone", zone)
    received, _ = parse_moment("Received", args.received, zone) if args.received else (None,
                                                                                         None)
    deadline, deadline_zone = (parse_moment("Deadline", args.deadline, zone) if args.deadline
                               else (None, None))
    if received is not None and deadline is not None and deadline < received:
        raise InputError(Problem("Deadline", args.deadline,
                                 f"before the inquiry was received ({args.received})"))
    kind = None
    if args.outlet_kind:
        try:
            kind = OutletKind(args.outlet_kind.strip().lower())
        except ValueError:
            raise InputError(Problem("Outlet kind", args.outlet_kind,
                                     "not wire, print, broadcast or online")) from None
    draft = inquiries.InquiryDraft(
        journalist=args.journalist, journalist_id=args.journalist_id, outlet=args.outlet,
        outlet_kind=kind, email=args.email, phone=args.phone, journalist_country=args.country,
        topic=args.topic, question=args.question, channel=_channel(args.channel),
        received_at=received, deadline=deadline, deadline_zone=deadline_zone,
        language=args.language, assignee_id=args.assign, release_ids=tuple(args.release),
        notes=args.notes)
    db = open_db(args)
    record = inquiries.log_inquiry(db, draft)
    suggestions = inquiries.suggest_assignees(db, record.topic, record.journalist.country)
    _print(args, record, suggestions)
    return 0


def run_list(args: argparse.Namespace) -> int:
    from desktop.services import inquiries

    now = datetime.now(UTC)
    chosen = inquiries.InquiryFilter(
        statuses=(_status(args.status),) if args.status else (),
        assignee_id=args.assignee, journalist_id=args.journalist,
        received_since=parse_day("Since", args.since) if args.since else None,
        received_until=parse_day("Until", args.until, end=True) if args.until else None,
        overdue_at=now if args.overdue else None)
    records = inquiries.list_inquiries(open_db(args), chosen, limit=args.limit)
    if args.json:
        print_json({"inquiries": [inquiry_json(r, now) for r in records]})
    elif not records:
        print("No inquiries match. Log one with `pressdesk inquiries add --journalist NAME "
              "--outlet OUTLET --topic T`.")
    else:
        print("\n".join(inquiry_line(r, now) for r in records))
    return 0


def run_show(args: argparse.Namespace) -> int:
    from desktop.services import inquiries

    try:
        record = inquiries.get_inquiry(open_db(args), args.id)
    except NotFoundError as error:
        raise _missing(error) from None
    _print(args, record)
    return 0


def run_update(args: argparse.Namespace) -> int:
    from desktop.services import inquiries

    zone = args.zone.strip() if args.zone else None
    if zone:
        _zone("Zone", zone)
    deadline, deadline_zone = (parse_moment("Deadline", args.deadline, zone) if args.deadline
                               else (None, None))
    answered = parse_moment("Answered", args.answered, zone)[0] if args.answered else None
    status = _status(args.status) if args.status else None
    if answered is not None and status not in (InquiryStatus.ANSWERED, None):
        raise InputError(Problem("Answered", args.answered, "only with --status answered"))
    if answered is not None:
        status = InquiryStatus.ANSWERED
    changes = inquiries.InquiryChanges(
        status=status, assignee_id=args.assign, unassign=args.unassign, response=args.response,
        note=args.note, reason=args.reason, topic=args.topic, question=args.question,
        deadline=deadline, deadline_zone=deadline_zone, answered_at=answered,
        add_release_ids=tuple(args.release))
    try:
        record = inquiries.update_inquiry(open_db(args), args.id, changes,
                                          if_version=args.if_version)
    except NotFoundError as error:
        raise _missing(error) from None
    _print(args, record)
    return 0


def run_export(args: argparse.Namespace) -> int:
    from desktop.services.inquiry_export import check_export_format, export_inquiries

    fmt = check_export_format(args.format)
    since = parse_day("Since", args.since) if args.since else None
    until = parse_day("Until", args.until, end=True) if args.until else None
    count = export_inquiries(open_db(args), args.output, fmt, since=since, until=until)
    if args.json:
        print_json({"path": str(args.output), "format": fmt, "count": count})
    else:
        print(f"{args.output}: {count} {'inquiry' if count == 1 else 'inquiries'} written "
              f"({fmt})")
    return 0
