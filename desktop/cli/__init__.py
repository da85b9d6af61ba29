"""The command line: the same services as the desktop app, never importing Qt widgets.

Exit status: 0 done; 1 input refused (stderr names the field, the value and why; nothing was
written); 2 usage error. With ``--json``, stdout holds one JSON document whatever happens: the
command's own, or on refusal ``{"error": "…", "problems": [{"where", "field", "value",
"error"}]}`` (a usage error too), beside the same words on stderr.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from desktop import __version__
from desktop.domain.errors import DuplicateError, InputError, PressDeskError

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    from desktop.cli import contacts, database, inquiries, journalists, releases
    from desktop.cli import export as export_command

    parser = _Parser(
        prog="pressdesk",
        description="Press Desk: the press contacts directory. With no command, opens the app; "
                    "`pressdesk FILE…` opens it on the import preview of those release or "
                    "contact files.",
    )
    parser.add_argument("--version", action="version", version=f"pressdesk {__version__}")
    parser.add_argument("--db", metavar="URL",
                        help="database URL (default: $PRESSDESK_DATABASE_URL, then SQLite in "
                             "the user data folder)")
    gui = parser.add_argument_group("desktop app (when no command is given)")
    gui.add_argument("--demo", action="store_true",
                     help="load the bundled sample releases before opening the window")
    gui.add_argument("--screenshot", metavar="PNG",
                     help="save a picture of the window to PNG and exit")
    gui.add_argument("--view", metavar="NAME", default=None,
                     help="for --screenshot: the view or dialog shown (contacts, card, edit, "
                          "releases, offices, export, import-preview, release-preview, settings, "
                          "feeds, …: desktop/ui/screenshot.py)")
    gui.add_argument("--query", metavar="TEXT", default=None,
                     help="for --screenshot: type TEXT in the search field first")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    contacts.register(commands)
    releases.register(commands)
    database.register(commands)
    export_command.register(commands)
    inquiries.register(commands)
    journalists.register(commands)
    return parser


def _report(error: PressDeskError) -> dict[str, Any]:
    """Say why on stderr; give back the same as the JSON document ``--json`` prints."""
    from desktop.services.guards import shown  # not on the window's start-up path

    document: dict[str, Any] = {"error": str(error), "problems": []}
    if isinstance(error, InputError):
        for problem in error.problems:
            problem = dataclasses.replace(problem, value=shown(problem.value))
            print(f"pressdesk: refused: {problem.message()}", file=sys.stderr)
            document["problems"].append({"where": problem.where, "field": problem.field,
                                         "value": problem.value, "error": problem.reason,
                                         "code": problem.code, "params": dict(problem.params)})
        document["error"] = "; ".join(p["field"] + ": " + p["error"]
                                      for p in document["problems"])
        if isinstance(error, DuplicateError):
            print(f"pressdesk: existing contact: {error.existing_id} ({error.existing_name})",
                  file=sys.stderr)
            document["existing"] = {"id": error.existing_id, "name": error.existing_name}
    else:
        print(f"pressdesk: refused: {error}", file=sys.stderr)
    return document


def _refused(args: argparse.Namespace | None, document: dict[str, Any]) -> int:
    """The one rule for errors under ``--json``: stdout still holds one JSON document."""
    if args is not None and getattr(args, "json", False):
        from desktop.cli.output import print_json

        print_json(document)
    return EXIT_REFUSED


def _database_failed(error: Exception) -> str:
    reason = str(getattr(error, "orig", None) or error)
    if "database is locked" in reason:
        return ("the database is busy: another Press Desk kept writing to it for over a minute "
                "(a large import?); nothing was written, try again when it has finished")
    if "readonly database" in reason:
        return "the database cannot be written (read-only file or folder); nothing was written"
    return f"the database answered: {reason}"


class _Parser(argparse.ArgumentParser):
    """Usage errors under ``--json`` also print ``{"error": …}`` on stdout (exit status 2)."""

    def error(self, message: str) -> NoReturn:
        if _JSON_REQUESTED[0]:
            from desktop.cli.output import print_json

            print_json({"error": f"usage: {message}", "problems": []})
        super().error(message)


_JSON_REQUESTED = [False]


def _gui_parser() -> argparse.ArgumentParser:
    """The options of a bare ``pressdesk``: parsed without loading any command's imports."""
    parser = argparse.ArgumentParser(prog="pressdesk", add_help=False)
    parser.add_argument("--db")
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--screenshot")
    parser.add_argument("--view")
    parser.add_argument("--query")
    return parser


def _undecodable(arguments: list[str]) -> str | None:
    """The first argument holding bytes that are not UTF-8 (a lone surrogate once decoded)."""
    for argument in arguments:
        if any("\ud800" <= ch <= "\udfff" for ch in argument):
            return argument
    return None


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    bad = _undecodable(arguments)
    if bad is not None:
        message = (f"command-line value {bad[:80]!a} is not UTF-8 text (invalid bytes or a "
                   "lone surrogate); retype it")
        print(f"pressdesk: refused: {message}", file=sys.stderr)
        return _refused(argparse.Namespace(json="--json" in arguments),
                        {"error": message, "problems": []})
    gui_args, rest = _gui_parser().parse_known_args(arguments)
    from desktop.app import files_to_open

    gui_args.files = files_to_open(rest)
    if not rest or gui_args.files:
        # No command: open the window at once; the services load after it is painted.
        # FILE…: the same, then the import preview for them ("Open with Press Desk").
        from desktop.app import run_app

        return run_app(gui_args)
    from sqlalchemy.exc import SQLAlchemyError  # not on the window's start-up path

    parser = build_parser()
    _JSON_REQUESTED[0] = "--json" in arguments
    args = parser.parse_args(arguments)
    if args.command is None:
        parser.print_usage(sys.stderr)
        return EXIT_USAGE
    try:
        return int(args.handler(args))
    except PressDeskError as error:
        return _refused(args, _report(error))
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as error:
        print(f"pressdesk: refused: {error}", file=sys.stderr)
        return _refused(args, {"error": str(error), "problems": []})
    except SQLAlchemyError as error:  # the database failed under us: say so, no traceback
        message = _database_failed(error)
        print(f"pressdesk: refused: {message}", file=sys.stderr)
        return _refused(args, {"error": message, "problems": []})
    finally:
        for db in getattr(args, "opened_databases", []):
            db.dispose()
