"""Refusals in the user's language: a problem's code and parameters through Qt's translation.

The templates repeat ``desktop.domain.refusals.ENGLISH`` word for word inside
``QT_TRANSLATE_NOOP`` so lupdate finds them (tests/ui/test_refusals_translated.py checks the two
agree and that French and Spanish exist for every code).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain.errors import InputError, Problem

if TYPE_CHECKING:
    from desktop.services.contact_import import ImportProblem
    from desktop.services.releases import FileProblem

CONTEXT = "Refusal"

TEMPLATES: dict[str, str] = cast(dict[str, str], {
    "phone.empty": QT_TRANSLATE_NOOP("Refusal", "empty phone number"),
    "phone.not_a_number": QT_TRANSLATE_NOOP("Refusal", "this is not a phone number"),
    "phone.no_country_code": QT_TRANSLATE_NOOP(
        "Refusal", "the country calling code is missing or unknown; write it as +CC or give "
        "the office's country"),
    "phone.not_for_country": QT_TRANSLATE_NOOP(
        "Refusal", "not a number for {country} and has no +country code"),
    "phone.too_short_after_idd": QT_TRANSLATE_NOOP(
        "Refusal", "too short after the international prefix"),
    "phone.too_short_to_be_a_number": QT_TRANSLATE_NOOP(
        "Refusal", "too short to be a phone number"),
    "phone.too_long_to_be_a_number": QT_TRANSLATE_NOOP(
        "Refusal", "too long to be a phone number"),
    "phone.extension_too_long": QT_TRANSLATE_NOOP(
        "Refusal", "the extension has {digits} digits; extensions have 10 at most"),
    "phone.unknown_calling_code": QT_TRANSLATE_NOOP(
        "Refusal", "+{calling_code} is not a country calling code in use"),
    "phone.too_short": QT_TRANSLATE_NOOP(
        "Refusal", "too short for {country}: numbers there have {expected} after "
        "+{calling_code}, this one has {digits}"),
    "phone.too_long": QT_TRANSLATE_NOOP(
        "Refusal", "too long for {country}: numbers there have {expected} after "
        "+{calling_code}, this one has {digits}"),
    "phone.wrong_length": QT_TRANSLATE_NOOP(
        "Refusal", "not a valid number for {country}: numbers there have {expected} after "
        "+{calling_code}, this one has {digits}"),
    "phone.not_in_use": QT_TRANSLATE_NOOP(
        "Refusal", "not a valid number for {country}: the digits do not form a number in use "
        "there"),
    "phone.invalid": QT_TRANSLATE_NOOP("Refusal", "not a valid number for {country}"),
    "phone.invalid_plain": QT_TRANSLATE_NOOP("Refusal", "not a valid number"),
    "phone.duplicate": QT_TRANSLATE_NOOP(
        "Refusal", "{number} already belongs to contact {id} ({name})"),
    "email.empty": QT_TRANSLATE_NOOP("Refusal", "empty email address"),
    "email.placeholder": QT_TRANSLATE_NOOP(
        "Refusal", "the page hid this address behind an email-protection placeholder; it "
        "cannot be read from the text"),
    "email.one_at": QT_TRANSLATE_NOOP("Refusal", "an address must have exactly one @-sign"),
    "email.nothing_before_at": QT_TRANSLATE_NOOP(
        "Refusal", "there must be something before the @-sign"),
    "email.nothing_after_at": QT_TRANSLATE_NOOP(
        "Refusal", "there must be something after the @-sign"),
    "email.domain_needs_period": QT_TRANSLATE_NOOP(
        "Refusal", "the part after the @-sign ({domain}) should have a period"),
    "email.bad_domain": QT_TRANSLATE_NOOP(
        "Refusal", "the part after the @-sign ({domain}) is not a valid domain name"),
    "email.invalid": QT_TRANSLATE_NOOP("Refusal", "not a valid address: {detail}"),
    "email.invalid_plain": QT_TRANSLATE_NOOP("Refusal", "not a valid address"),
    "email.duplicate": QT_TRANSLATE_NOOP(
        "Refusal", "{address} already belongs to contact {id} ({name})"),
    "office.no_name": QT_TRANSLATE_NOOP(
        "Refusal", "an office needs a name"),
    "office.name_empty": QT_TRANSLATE_NOOP(
        "Refusal", "cannot be empty"),
    "office.name_taken": QT_TRANSLATE_NOOP(
        "Refusal", "office {office} already has this name"),
    "country.unknown": QT_TRANSLATE_NOOP(
        "Refusal", "not an ISO 3166 country code (e.g. TJ) nor a country name Press Desk "
        "knows"),
    "time_zone.unknown": QT_TRANSLATE_NOOP(
        "Refusal", "not an IANA time zone such as Asia/Dushanbe"),
    "record.not_found": QT_TRANSLATE_NOOP(
        "Refusal", "No {entity} with id {key}"),
    "record.changed": QT_TRANSLATE_NOOP(
        "Refusal", "{entity} {key} was changed since you opened it: reload it and apply "
        "your change again"),
    "record.changed_by": QT_TRANSLATE_NOOP(
        "Refusal", "{entity} {key} was changed by {who} at {when} since you opened it: "
        "reload it and apply your change again"),
    "connection.password": QT_TRANSLATE_NOOP(
        "Refusal", "The server at {where} refused the user name {user} or its password: "
        "check both in Settings."),
    "connection.no_database": QT_TRANSLATE_NOOP(
        "Refusal", "There is no database {database} on {where}: ask its administrator to "
        "create it (CREATE DATABASE {database})."),
    "connection.unreachable": QT_TRANSLATE_NOOP(
        "Refusal", "The server at {where} cannot be reached: check the host name and "
        "port, and that the server accepts connections from this computer "
        "({reason})."),
    "connection.not_postgres": QT_TRANSLATE_NOOP(
        "Refusal", "{server} is not a PostgreSQL server"),
    "connection.newer": QT_TRANSLATE_NOOP(
        "Refusal", "The database {database} was made by a newer Press Desk (schema "
        "{schema}): update Press Desk on this computer."),
    "connection.extension": QT_TRANSLATE_NOOP(
        "Refusal", "The server lacks the extension(s) {missing} that search needs: its "
        "administrator can install them (the postgresql-contrib package)."),
    "connection.schema": QT_TRANSLATE_NOOP(
        "Refusal", "The role {user} may not create Press Desk's tables in {database}: "
        "have the database's owner start Press Desk once, or grant it (GRANT "
        "CREATE ON SCHEMA public, GRANT CREATE ON DATABASE)."),
    "connection.empty": QT_TRANSLATE_NOOP(
        "Refusal", "Connected to {database}: it is empty, and Press Desk will create its "
        "tables on first use."),
    "connection.read_only": QT_TRANSLATE_NOOP(
        "Refusal", "Connected to {database} with read-only rights: search and export "
        "work, changes do not."),
    "connection.ok": QT_TRANSLATE_NOOP(
        "Refusal", "Connected to {database}."),
    "release.not_release_type": QT_TRANSLATE_NOOP(
        "Refusal", "not a release file Press Desk reads ({suffixes})"),
    "release.skipped_type": QT_TRANSLATE_NOOP(
        "Refusal", "skipped: not a release file ({suffixes})"),
    "release.extractor_failed": QT_TRANSLATE_NOOP(
        "Refusal", "could not be read as a release: {detail}"),
    "release.no_such_file": QT_TRANSLATE_NOOP(
        "Refusal", "no such file"),
    "release.unreadable": QT_TRANSLATE_NOOP(
        "Refusal", "cannot be read ({detail})"),
    "release.folder": QT_TRANSLATE_NOOP(
        "Refusal", "is a folder, not a release file"),
    "release.empty_file": QT_TRANSLATE_NOOP(
        "Refusal", "the file is empty"),
    "release.file_too_big": QT_TRANSLATE_NOOP(
        "Refusal", "the file is {size}, more than the {limit} a press release can be; it was "
        "not read"),
    "release.page_too_big": QT_TRANSLATE_NOOP(
        "Refusal", "the page is {size}, more than the {limit} a press release can be; it was "
        "not read"),
    "release.docx_too_big": QT_TRANSLATE_NOOP(
        "Refusal", "the document unzipped is {size}, more than the {limit} a press release "
        "can be; it was not read"),
    "release.text_too_long": QT_TRANSLATE_NOOP(
        "Refusal", "the text is {chars} characters long, more than the {limit} a press "
        "release can be; it was not read"),
    "release.binary": QT_TRANSLATE_NOOP(
        "Refusal", "not a text file (it contains binary data)"),
    "release.bad_utf16": QT_TRANSLATE_NOOP(
        "Refusal", "not valid UTF-16 text ({detail})"),
    "release.encoding": QT_TRANSLATE_NOOP(
        "Refusal", "the text is in none of the encodings UTF-8 or Windows-1252"),
    "release.pdf_suffix": QT_TRANSLATE_NOOP(
        "Refusal", "is a PDF; name it with a .pdf suffix to import it"),
    "release.no_readable_text": QT_TRANSLATE_NOOP(
        "Refusal", "no readable text (it is mostly control or replacement characters, or "
        "empty)"),
    "release.no_text_on_page": QT_TRANSLATE_NOOP(
        "Refusal", "no readable text on the page"),
    "release.eml_nested": QT_TRANSLATE_NOOP(
        "Refusal", "the email's parts are nested more than {depth} deep; it was not read"),
    "release.eml_parts": QT_TRANSLATE_NOOP(
        "Refusal", "the email has more than {parts} parts; it was not read"),
    "release.eml_unreadable": QT_TRANSLATE_NOOP(
        "Refusal", "not a readable email ({detail})"),
    "release.eml_no_body": QT_TRANSLATE_NOOP(
        "Refusal", "the email has no text or HTML part"),
    "release.eml_undecodable": QT_TRANSLATE_NOOP(
        "Refusal", "the email text cannot be decoded ({detail})"),
    "release.docx_unreadable": QT_TRANSLATE_NOOP(
        "Refusal", "not a readable Word document ({detail})"),
    "release.docx_empty": QT_TRANSLATE_NOOP(
        "Refusal", "the document has no text"),
    "release.zip_bomb": QT_TRANSLATE_NOOP(
        "Refusal", "part {member} unzips to {size}, {ratio} times its packed size (a zip "
        "bomb, not a document); it was not read"),
    "release.pdf_pages": QT_TRANSLATE_NOOP(
        "Refusal", "the PDF has {pages} pages, more than the {limit} a press release can "
        "have; it was not read"),
    "release.pdf_text_too_long": QT_TRANSLATE_NOOP(
        "Refusal", "the text is more than {limit} characters long, more than a press release "
        "can be; it was not read"),
    "release.pdf_encrypted": QT_TRANSLATE_NOOP(
        "Refusal", "the PDF is encrypted and cannot be read ({detail})"),
    "release.pdf_unreadable": QT_TRANSLATE_NOOP(
        "Refusal", "not a readable PDF ({detail})"),
    "release.pdf_scanned": QT_TRANSLATE_NOOP(
        "Refusal", "the PDF has no text layer (a scanned image?); Press Desk reads the text "
        "of a PDF, not pictures of text: run it through OCR or import the text "
        "instead"),
    "release.pdf_unmapped": QT_TRANSLATE_NOOP(
        "Refusal", "the PDF's text layer cannot be read (its fonts do not say which letters "
        "they draw); import the text or an OCR of it instead"),
    "release.feed_too_big": QT_TRANSLATE_NOOP(
        "Refusal", "the feed is {size}, more than the {limit} a feed can be"),
    "release.not_a_feed": QT_TRANSLATE_NOOP(
        "Refusal", "not an RSS or Atom feed"),
    "release.not_a_feed_because": QT_TRANSLATE_NOOP(
        "Refusal", "not an RSS or Atom feed ({detail})"),
    "release.page_kind": QT_TRANSLATE_NOOP(
        "Refusal", "a {kind} page is not a release Press Desk reads"),
    "fetch.not_web": QT_TRANSLATE_NOOP(
        "Refusal", "only http:// and https:// addresses are fetched"),
    "fetch.redirect_not_web": QT_TRANSLATE_NOOP(
        "Refusal", "redirected to {target}, which is not an http(s) address"),
    "fetch.declared_too_big": QT_TRANSLATE_NOOP(
        "Refusal", "the page is {size}, more than the {limit} a release page can be"),
    "fetch.too_big": QT_TRANSLATE_NOOP(
        "Refusal", "the page is more than the {limit} a release page can be; it was not read"),
    "fetch.deadline": QT_TRANSLATE_NOOP(
        "Refusal", "took longer than {seconds} s to arrive"),
    "fetch.timeout": QT_TRANSLATE_NOOP(
        "Refusal", "no answer within {seconds} s"),
    "fetch.status": QT_TRANSLATE_NOOP(
        "Refusal", "the server answered {status} {detail}"),
    "fetch.refused": QT_TRANSLATE_NOOP(
        "Refusal", "cannot be reached: {host} refused the connection (is the address right "
        "and the server running?)"),
    "fetch.unknown_host": QT_TRANSLATE_NOOP(
        "Refusal", "cannot be reached: no server is known by the name {host} (check the "
        "address and this computer's network)"),
    "fetch.certificate": QT_TRANSLATE_NOOP(
        "Refusal", "cannot be reached safely: the server's certificate could not be "
        "verified ({detail})"),
    "fetch.unreachable": QT_TRANSLATE_NOOP(
        "Refusal", "cannot be reached ({detail})"),
    "fetch.failed": QT_TRANSLATE_NOOP(
        "Refusal", "cannot be fetched ({detail})"),
    "feed.empty": QT_TRANSLATE_NOOP(
        "Refusal", "give a feed's web address or file"),
    "feed.not_web_or_file": QT_TRANSLATE_NOOP(
        "Refusal", "only http:// and https:// addresses or a feed file on this computer"),
    "feed.no_file": QT_TRANSLATE_NOOP(
        "Refusal", "no such file, and not an http(s) address"),
    "import.no_name": QT_TRANSLATE_NOOP(
        "Refusal", "a contact needs a name; card skipped"),
    "import.unreadable": QT_TRANSLATE_NOOP(
        "Refusal", "cannot be read as contacts: {detail}"),
    "import.not_text": QT_TRANSLATE_NOOP(
        "Refusal", "cannot be read as contacts: it is not text (byte {byte} at offset "
        "{offset} cannot be decoded); is it a contact file?"),
    "import.undecodable": QT_TRANSLATE_NOOP(
        "Refusal", "cannot be decoded: {detail}"),
    "export.is_folder": QT_TRANSLATE_NOOP(
        "Refusal", "is a folder: give a file name"),
    "export.no_folder": QT_TRANSLATE_NOOP(
        "Refusal", "its folder does not exist"),
    "backup.cannot_write": QT_TRANSLATE_NOOP(
        "Refusal", "cannot be written ({detail})"),
    "backup.exists": QT_TRANSLATE_NOOP(
        "Refusal", "already exists; choose a new name"),
    "backup.no_folder": QT_TRANSLATE_NOOP(
        "Refusal", "the folder {folder} does not exist"),
    "backup.damaged": QT_TRANSLATE_NOOP(
        "Refusal", "is damaged: {detail}; the current database was left as it was"),
    "backup.orphans": QT_TRANSLATE_NOOP(
        "Refusal", "is damaged: {count} row(s) point to missing rows (first: {table} row "
        "{row} → {parent}); the current database was left as it was"),
    "backup.not_upgradable": QT_TRANSLATE_NOOP(
        "Refusal", "is damaged: cannot be upgraded ({detail}); the current database was left "
        "as it was"),
    "backup.folder": QT_TRANSLATE_NOOP(
        "Refusal", "is a folder, not a backup file"),
    "backup.missing": QT_TRANSLATE_NOOP(
        "Refusal", "does not exist"),
    "backup.in_use": QT_TRANSLATE_NOOP(
        "Refusal", "is the database in use"),
    "backup.not_press_desk": QT_TRANSLATE_NOOP(
        "Refusal", "is not a Press Desk backup"),
    "backup.not_press_desk_because": QT_TRANSLATE_NOOP(
        "Refusal", "is not a Press Desk backup ({detail})"),
    "backup.newer": QT_TRANSLATE_NOOP(
        "Refusal", "This database is at schema revision {revision}, which this version of "
        "Press Desk does not know: it was made by a newer Press Desk. Update "
        "Press Desk to open it."),
})

HINTS: dict[str, str] = cast(dict[str, str], {
    "CO.60": QT_TRANSLATE_NOOP(
        "Refusal", "Colombian landlines gained the prefix 60 in 2021 (+57 1 639 7777 is now "
        "+57 601 639 7777)"),
})

FIELDS: dict[str, str] = cast(dict[str, str], {
    "Phone": QT_TRANSLATE_NOOP("Refusal", "Phone"),
    "Email": QT_TRANSLATE_NOOP("Refusal", "Email"),
    "Name": QT_TRANSLATE_NOOP("Refusal", "Name"),
    "Country": QT_TRANSLATE_NOOP("Refusal", "Country"),
    "Office": QT_TRANSLATE_NOOP("Refusal", "Office"),
    "Office name": QT_TRANSLATE_NOOP("Refusal", "Office name"),
    "Time zone": QT_TRANSLATE_NOOP("Refusal", "Time zone"),
    "Backup file": QT_TRANSLATE_NOOP("Refusal", "Backup file"),
    "Feed": QT_TRANSLATE_NOOP("Refusal", "Feed"),
    "File": QT_TRANSLATE_NOOP("Refusal", "File"),
})

DETAILS: dict[str, str] = cast(dict[str, str], {
    "File is not a zip file": QT_TRANSLATE_NOOP("Refusal", "File is not a zip file"),
    "No /Root object! - Is this really a PDF?": QT_TRANSLATE_NOOP(
        "Refusal", "No /Root object! - Is this really a PDF?"),
    "file is not a database": QT_TRANSLATE_NOOP("Refusal", "file is not a database"),
    "Permission denied": QT_TRANSLATE_NOOP("Refusal", "Permission denied"),
    "No such file or directory": QT_TRANSLATE_NOOP("Refusal", "No such file or directory"),
    "No space left on device": QT_TRANSLATE_NOOP("Refusal", "No space left on device"),
    "Read-only file system": QT_TRANSLATE_NOOP("Refusal", "Read-only file system"),
    "Disk quota exceeded": QT_TRANSLATE_NOOP("Refusal", "Disk quota exceeded"),
    "Operation not permitted": QT_TRANSLATE_NOOP("Refusal", "Operation not permitted"),
    "File name too long": QT_TRANSLATE_NOOP("Refusal", "File name too long"),
    "Connection refused": QT_TRANSLATE_NOOP("Refusal", "Connection refused"),
    "Not a directory": QT_TRANSLATE_NOOP("Refusal", "Not a directory"),
    "Is a directory": QT_TRANSLATE_NOOP("Refusal", "Is a directory"),
    "Not Found": QT_TRANSLATE_NOOP("Refusal", "Not Found"),
    "File not found": QT_TRANSLATE_NOOP("Refusal", "File not found"),  # Python's http.server
    "Gone": QT_TRANSLATE_NOOP("Refusal", "Gone"),
    "Forbidden": QT_TRANSLATE_NOOP("Refusal", "Forbidden"),
    "Unauthorized": QT_TRANSLATE_NOOP("Refusal", "Unauthorized"),
    "Too Many Requests": QT_TRANSLATE_NOOP("Refusal", "Too Many Requests"),
    "Internal Server Error": QT_TRANSLATE_NOOP("Refusal", "Internal Server Error"),
    "Bad Gateway": QT_TRANSLATE_NOOP("Refusal", "Bad Gateway"),
    "Service Unavailable": QT_TRANSLATE_NOOP("Refusal", "Service Unavailable"),
    "Gateway Timeout": QT_TRANSLATE_NOOP("Refusal", "Gateway Timeout"),
    "syntax error": QT_TRANSLATE_NOOP("Refusal", "syntax error"),
    "mismatched tag": QT_TRANSLATE_NOOP("Refusal", "mismatched tag"),
    "no element found": QT_TRANSLATE_NOOP("Refusal", "no element found"),
    "not well-formed (invalid token)": QT_TRANSLATE_NOOP(
        "Refusal", "not well-formed (invalid token)"),
    "undefined entity": QT_TRANSLATE_NOOP("Refusal", "undefined entity"),
    "junk after document element": QT_TRANSLATE_NOOP("Refusal", "junk after document element"),
    "certificate has expired": QT_TRANSLATE_NOOP("Refusal", "certificate has expired"),
    "self-signed certificate": QT_TRANSLATE_NOOP("Refusal", "self-signed certificate"),
})
"""A library's words often seen in a ``detail`` parameter (zipfile, pdfminer, sqlite3, the
system, an HTTP status's reason phrase, ssl), translated when they match exactly; any other
detail is shown as the library wrote it."""

ENTITIES: dict[str, str] = cast(dict[str, str], {
    "contact": QT_TRANSLATE_NOOP("Refusal", "contact"),
    "office": QT_TRANSLATE_NOOP("Refusal", "office"),
    "release": QT_TRANSLATE_NOOP("Refusal", "release"),
    "inquiry": QT_TRANSLATE_NOOP("Refusal", "inquiry"),
    "journalist": QT_TRANSLATE_NOOP("Refusal", "journalist"),
    "feed": QT_TRANSLATE_NOOP("Refusal", "feed"),
})
"""What NotFoundError and ConflictError name (their ``entity``)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _lengths(lengths: str) -> str:
    numbers = [n for n in lengths.split(",") if n]
    if len(numbers) == 1:
        return _tr("{n} digits").format(n=numbers[0])
    return _tr("{list} or {last} digits").format(list=", ".join(numbers[:-1]), last=numbers[-1])


def _country(region: str | None) -> str:
    if not region:
        return _tr("an unknown country")
    from desktop.domain.countries import country_name
    from desktop.ui.i18n import ui_language

    return f"{country_name(region, ui_language())} ({region})"


def detail_text(detail: str) -> str:
    """A library's or the system's words ("Permission denied") in the app's language when
    they are among the usual ones; anything else as written."""
    return _tr(DETAILS[detail]) if detail in DETAILS else detail


def os_error_text(error: OSError) -> str:
    """What the system said about a file, translated when usual, with the file's name."""
    reason = detail_text(error.strerror) if error.strerror else str(error)
    return f"{reason}: {error.filename}" if error.filename else reason


_MEASURE = re.compile(r"^(?P<whole>\d+)(?:\.(?P<part>\d+))?(?P<unit> MB)?$")
MEASURED = ("seconds", "size", "limit")
"""Parameters that are a number, perhaps of megabytes ("0.5", "8.0 MB"): written the reader's
way ("0,5", "8,0 Mo")."""


def measure_text(value: str) -> str:
    """"8.0 MB" with the app language's decimal sign and unit; anything else as written."""
    found = _MEASURE.match(value)
    if found is None:
        return value
    from PySide6.QtCore import QLocale

    from desktop.ui.i18n import ui_language

    text = found["whole"]
    if found["part"] is not None:
        text += QLocale(ui_language()).decimalPoint() + found["part"]
    return _tr("{n} MB").format(n=text) if found["unit"] else text


def reason_text(code: str | None, params: Mapping[str, str | int], english: str | None) -> str:
    """The reason in the app's language; ``english`` (the domain's sentence) for an unknown or
    missing code."""
    if code is None or code not in TEMPLATES:
        return english or _tr("not a valid value")
    values: dict[str, object] = dict(params)
    values["country"] = _country(str(params["region"]) if "region" in params else None)
    if "lengths" in params:
        values["expected"] = _lengths(str(params["lengths"]))
    detail = params.get("detail")
    if isinstance(detail, str):
        values["detail"] = detail_text(detail)
    for name in MEASURED:
        measured = params.get(name)
        if isinstance(measured, str):
            values[name] = measure_text(measured)
    text = _tr(TEMPLATES[code]).format(**values)
    hint = params.get("hint")
    if isinstance(hint, str) and hint in HINTS:
        text += "; " + _tr(HINTS[hint])
    return text


def file_reason(problem: FileProblem) -> str:
    """Why a release file was refused or skipped, in the app's language (its English when the
    reader gave no code)."""
    return reason_text(problem.code, problem.params, problem.error)


def field_text(name: str) -> str:
    """A field's name ("Phone") in the app's language; a name it does not know as written."""
    return _tr(FIELDS[name]) if name in FIELDS else name


_WHERE = re.compile(r"^(?:(?P<sheet>.+), )?(?P<unit>card|line|row) (?P<n>\d+)$")
WHERE: dict[str, str] = cast(dict[str, str], {
    "card": QT_TRANSLATE_NOOP("Refusal", "card {n}"),
    "line": QT_TRANSLATE_NOOP("Refusal", "line {n}"),
    "row": QT_TRANSLATE_NOOP("Refusal", "row {n}"),
})
"""Where a contact file's problem is ("card 3", "line 12", "Contacts, row 4")."""


def where_text(where: str) -> str:
    """"card 3" in the app's language; anything else as written."""
    found = _WHERE.match(where)
    if found is None:
        return where
    text = _tr(WHERE[found["unit"]]).format(n=found["n"])
    return f"{found['sheet']}, {text}" if found["sheet"] else text


def import_reason(problem: ImportProblem) -> str:
    """Why a value of a contact file was flagged or a card skipped, in the app's language."""
    if problem.code is None:
        return problem.error
    text = reason_text(problem.code, problem.params, problem.error)
    if problem.kept:
        text = _tr("{reason}; kept as written").format(reason=text)
    return text


def problem_text(problem: Problem) -> str:
    """One refused value, field and value first, in the app's language."""
    field = field_text(problem.field)
    reason = reason_text(problem.code, problem.params, problem.reason)
    return _tr("{field} “{value}”: {reason}").format(field=field, value=problem.value,
                                                    reason=reason)


def error_text(error: BaseException) -> str | None:
    """A refusal in the app's language (an InputError's problems one a line, a record missing
    or changed meanwhile); None for anything else."""
    from desktop.domain.errors import ConflictError, NotFoundError

    if isinstance(error, InputError):
        return "\n".join(problem_text(p) for p in error.problems)
    if isinstance(error, NotFoundError | ConflictError):
        entity = _tr(ENTITIES[error.entity]) if error.entity in ENTITIES else error.entity
        params: dict[str, str | int] = {"entity": entity, "key": str(error.key)}
        if isinstance(error, NotFoundError):
            code = "record.not_found"
        elif error.changed_by:
            code = "record.changed_by"
            params.update(who=error.changed_by, when=local_moment(error.changed_at))
        else:
            code = "record.changed"
        text = reason_text(code, params, str(error))
        return text[:1].upper() + text[1:]
    return None


def said(error: BaseException) -> str:
    """What the user reads about a failed load or save: the app's language for what Press Desk
    and the environment say (desktop.ui.crash), the error's own words for anything else."""
    from desktop.ui.crash import plain_message

    return plain_message(error) or str(error)


def local_moment(stamp: str | None) -> str:
    """An ISO time stamp from the database as this computer's date and time (minutes), as the
    UI language writes it."""
    from datetime import datetime

    from desktop.ui.dates import medium_datetime

    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return medium_datetime(moment)


EXTRA = (QT_TRANSLATE_NOOP("Refusal", "{n} digits"),
         QT_TRANSLATE_NOOP("Refusal", "{list} or {last} digits"),
         QT_TRANSLATE_NOOP("Refusal", "an unknown country"),
         QT_TRANSLATE_NOOP("Refusal", "not a valid value"),
         QT_TRANSLATE_NOOP("Refusal", "{field} “{value}”: {reason}"),
         QT_TRANSLATE_NOOP("Refusal", "{reason}; kept as written"),
         QT_TRANSLATE_NOOP("Refusal", "{n} MB"))
"""Strings translated through ``_tr`` with a variable, listed here for lupdate."""
