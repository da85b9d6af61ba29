"""``pressdesk contacts …``: the directory from the command line."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.common import add_json_flag, open_db, positive_int
from desktop.cli.contact_files import register_import
from desktop.cli.output import contact_json, contact_line, contact_text, print_json
from desktop.cli.search import register_search
from desktop.domain.records import ContactRecord
from desktop.services import contacts


def register(commands: Any) -> None:
    parser = commands.add_parser("contacts", help="add, change, archive and show contacts")
    sub = parser.add_subparsers(dest="contacts_command", required=True, metavar="COMMAND")

    add = sub.add_parser("add", help="add a contact")
    add.add_argument("--name", required=True)
    add.add_argument("--office", help='office name, e.g. "IOM Tajikistan"')
    add.add_argument("--country", help="ISO code or name; default region for phone numbers")
    add.add_argument("--title")
    add.add_argument("--phone", action="append", default=[], metavar="P")
    add.add_argument("--email", action="append", default=[], metavar="E")
    add.add_argument("--language", action="append", default=[], metavar="L")
    add.add_argument("--tag", action="append", default=[], metavar="T")
    add.add_argument("--notes")
    add.add_argument("--allow-duplicate", action="store_true",
                     help="allow a number or address another contact already has")
    add_json_flag(add)
    add.set_defaults(handler=run_add)

    show = sub.add_parser("show", help="show one contact")
    show.add_argument("id", type=positive_int)
    add_json_flag(show)
    show.set_defaults(handler=run_show)

    listing = sub.add_parser("list", help="list contacts by name")
    listing.add_argument("--all", action="store_true", help="include archived contacts")
    listing.add_argument("--limit", type=positive_int)
    add_json_flag(listing)
    listing.set_defaults(handler=run_list)

    update = sub.add_parser("update", help="change a contact")
    update.add_argument("id", type=positive_int)
    update.add_argument("--name")
    update.add_argument("--title")
    update.add_argument("--office")
    update.add_argument("--country")
    update.add_argument("--notes")
    update.add_argument("--add-phone", action="append", default=[], metavar="P")
    update.add_argument("--remove-phone", action="append", default=[], metavar="P")
    update.add_argument("--add-email", action="append", default=[], metavar="E")
    update.add_argument("--remove-email", action="append", default=[], metavar="E")
    update.add_argument("--allow-duplicate", action="store_true")
    update.add_argument("--if-version", type=positive_int, metavar="V",
                        help="refuse the change if the contact is no longer at version V")
    add_json_flag(update)
    update.set_defaults(handler=run_update)

    archive = sub.add_parser("archive", help="archive a contact (kept, hidden from lists)")
    archive.add_argument("id", type=positive_int)
    archive.add_argument("--undo", action="store_true", help="bring an archived contact back")
    archive.add_argument("--if-version", type=positive_int, metavar="V")
    add_json_flag(archive)
    archive.set_defaults(handler=run_archive)

    register_search(sub)
    register_import(sub)


def _print_contact(args: argparse.Namespace, record: ContactRecord) -> None:
    if args.json:
        print_json(contact_json(record))
    else:
        print(contact_text(record))


def run_add(args: argparse.Namespace) -> int:
    draft = contacts.ContactDraft(
        name=args.name, title=args.title, office=args.office, country=args.country,
        phones=tuple(args.phone), emails=tuple(args.email), languages=tuple(args.language),
        tags=tuple(args.tag), notes=args.notes, allow_duplicate=args.allow_duplicate,
    )
    db = open_db(args)
    _print_contact(args, contacts.add_contact(db, draft))
    return 0


def run_show(args: argparse.Namespace) -> int:
    _print_contact(args, contacts.get_contact(open_db(args), args.id))
    return 0


def run_list(args: argparse.Namespace) -> int:
    records = contacts.list_contacts(open_db(args), include_archived=args.all, limit=args.limit)
    if args.json:
        print_json({"contacts": [contact_json(r) for r in records]})
    elif not records:
        print("No contacts yet. Add one with `pressdesk contacts add --name …` "
              "or import a release with `pressdesk releases import FILE`.")
    else:
        print("\n".join(contact_line(r) for r in records))
    return 0


def run_update(args: argparse.Namespace) -> int:
    changes = contacts.ContactChanges(
        name=args.name, title=args.title, office=args.office, country=args.country,
        notes=args.notes, add_phones=tuple(args.add_phone),
        remove_phones=tuple(args.remove_phone), add_emails=tuple(args.add_email),
        remove_emails=tuple(args.remove_email), allow_duplicate=args.allow_duplicate,
    )
    record = contacts.update_contact(open_db(args), args.id, changes, if_version=args.if_version)
    _print_contact(args, record)
    return 0


def run_archive(args: argparse.Namespace) -> int:
    record = contacts.set_archived(open_db(args), args.id, archived=not args.undo,
                                   if_version=args.if_version)
    _print_contact(args, record)
    return 0
