"""Refusals as values: a code and its parameters, rendered in English here and translated by the
app (``desktop.ui.refusals`` holds the same templates for Qt's translation tools).

A code names one reason ("phone.too_short"); its parameters are plain strings and numbers
(``region`` is an ISO code, rendered as the country's name in the reader's language).
"""

from __future__ import annotations

from collections.abc import Mapping

from desktop.domain.countries import country_name

Params = Mapping[str, str | int]

ENGLISH: dict[str, str] = {
    "phone.empty": "empty phone number",
    "phone.not_a_number": "this is not a phone number",
    "phone.no_country_code": "the country calling code is missing or unknown; write it as +CC "
                             "or give the office's country",
    "phone.not_for_country": "not a number for {country} and has no +country code",
    "phone.too_short_after_idd": "too short after the international prefix",
    "phone.too_short_to_be_a_number": "too short to be a phone number",
    "phone.too_long_to_be_a_number": "too long to be a phone number",
    "phone.extension_too_long": "the extension has {digits} digits; extensions have 10 at most",
    "phone.unknown_calling_code": "+{calling_code} is not a country calling code in use",
    "phone.too_short": "too short for {country}: numbers there have {expected} after "
                       "+{calling_code}, this one has {digits}",
    "phone.too_long": "too long for {country}: numbers there have {expected} after "
                      "+{calling_code}, this one has {digits}",
    "phone.wrong_length": "not a valid number for {country}: numbers there have {expected} "
                          "after +{calling_code}, this one has {digits}",
    "phone.not_in_use": "not a valid number for {country}: the digits do not form a number in "
                        "use there",
    "phone.invalid": "not a valid number for {country}",
    "phone.invalid_plain": "not a valid number",
    "phone.duplicate": "{number} already belongs to contact {id} ({name})",
    "email.empty": "empty email address",
    "email.placeholder": "the page hid this address behind an email-protection placeholder; it "
                         "cannot be read from the text",
    "email.one_at": "an address must have exactly one @-sign",
    "email.nothing_before_at": "there must be something before the @-sign",
    "email.nothing_after_at": "there must be something after the @-sign",
    "email.domain_needs_period": "the part after the @-sign ({domain}) should have a period",
    "email.bad_domain": "the part after the @-sign ({domain}) is not a valid domain name",
    "email.invalid": "not a valid address: {detail}",
    "email.invalid_plain": "not a valid address",
    "email.duplicate": "{address} already belongs to contact {id} ({name})",
    "office.no_name": "an office needs a name",
    "office.name_empty": "cannot be empty",
    "office.name_taken": "office {office} already has this name",
    "country.unknown": "not an ISO 3166 country code (e.g. TJ) nor a country name Press Desk "
        "knows",
    "time_zone.unknown": "not an IANA time zone such as Asia/Dushanbe",
    "record.not_found": "No {entity} with id {key}",
    "record.changed": "{entity} {key} was changed since you opened it: reload it and apply "
        "your change again",
    "record.changed_by": "{entity} {key} was changed by {who} at {when} since you opened it: "
        "reload it and apply your change again",
    "connection.password": "The server at {where} refused the user name {user} or its password: "
        "check both in Settings.",
    "connection.no_database": "There is no database {database} on {where}: ask its "
        "administrator to create it (CREATE DATABASE {database}).",
    "connection.unreachable": "The server at {where} cannot be reached: check the host name and "
        "port, and that the server accepts connections from this computer "
        "({reason}).",
    "connection.not_postgres": "{server} is not a PostgreSQL server",
    "connection.newer": "The database {database} was made by a newer Press Desk (schema "
        "{schema}): update Press Desk on this computer.",
    "connection.extension": "The server lacks the extension(s) {missing} that search needs: its "
        "administrator can install them (the postgresql-contrib package).",
    "connection.schema": "The role {user} may not create Press Desk's tables in {database}: "
        "have the database's owner start Press Desk once, or grant it (GRANT "
        "CREATE ON SCHEMA public, GRANT CREATE ON DATABASE).",
    "connection.empty": "Connected to {database}: it is empty, and Press Desk will create its "
        "tables on first use.",
    "connection.read_only": "Connected to {database} with read-only rights: search and export "
        "work, changes do not.",
    "connection.ok": "Connected to {database}.",
    "release.not_release_type": "not a release file Press Desk reads ({suffixes})",
    "release.skipped_type": "skipped: not a release file ({suffixes})",
    "release.extractor_failed": "could not be read as a release: {detail}",
    "release.no_such_file": "no such file",
    "release.unreadable": "cannot be read ({detail})",
    "release.folder": "is a folder, not a release file",
    "release.empty_file": "the file is empty",
    "release.file_too_big": "the file is {size}, more than the {limit} a press release can be; "
        "it was not read",
    "release.page_too_big": "the page is {size}, more than the {limit} a press release can be; "
        "it was not read",
    "release.docx_too_big": "the document unzipped is {size}, more than the {limit} a press "
        "release can be; it was not read",
    "release.text_too_long": "the text is {chars} characters long, more than the {limit} a "
        "press release can be; it was not read",
    "release.binary": "not a text file (it contains binary data)",
    "release.bad_utf16": "not valid UTF-16 text ({detail})",
    "release.encoding": "the text is in none of the encodings UTF-8 or Windows-1252",
    "release.pdf_suffix": "is a PDF; name it with a .pdf suffix to import it",
    "release.no_readable_text": "no readable text (it is mostly control or replacement "
        "characters, or empty)",
    "release.no_text_on_page": "no readable text on the page",
    "release.eml_nested": "the email's parts are nested more than {depth} deep; it was not read",
    "release.eml_parts": "the email has more than {parts} parts; it was not read",
    "release.eml_unreadable": "not a readable email ({detail})",
    "release.eml_no_body": "the email has no text or HTML part",
    "release.eml_undecodable": "the email text cannot be decoded ({detail})",
    "release.docx_unreadable": "not a readable Word document ({detail})",
    "release.docx_empty": "the document has no text",
    "release.zip_bomb": "part {member} unzips to {size}, {ratio} times its packed size (a zip "
        "bomb, not a document); it was not read",
    "release.pdf_pages": "the PDF has {pages} pages, more than the {limit} a press release can "
        "have; it was not read",
    "release.pdf_text_too_long": "the text is more than {limit} characters long, more than a "
        "press release can be; it was not read",
    "release.pdf_encrypted": "the PDF is encrypted and cannot be read ({detail})",
    "release.pdf_unreadable": "not a readable PDF ({detail})",
    "release.pdf_scanned": "the PDF has no text layer (a scanned image?); Press Desk reads the "
        "text of a PDF, not pictures of text: run it through OCR or import the text instead",
    "release.pdf_unmapped": "the PDF's text layer cannot be read (its fonts do not say which "
        "letters they draw); import the text or an OCR of it instead",
    "release.feed_too_big": "the feed is {size}, more than the {limit} a feed can be",
    "release.not_a_feed": "not an RSS or Atom feed",
    "release.not_a_feed_because": "not an RSS or Atom feed ({detail})",
    "release.page_kind": "a {kind} page is not a release Press Desk reads",
    "fetch.not_web": "only http:// and https:// addresses are fetched",
    "fetch.redirect_not_web": "redirected to {target}, which is not an http(s) address",
    "fetch.declared_too_big": "the page is {size}, more than the {limit} a release page can be",
    "fetch.too_big": "the page is more than the {limit} a release page can be; it was not read",
    "fetch.deadline": "took longer than {seconds} s to arrive",
    "fetch.timeout": "no answer within {seconds} s",
    "fetch.status": "the server answered {status} {detail}",
    "fetch.refused": "cannot be reached: {host} refused the connection (is the address right "
        "and the server running?)",
    "fetch.unknown_host": "cannot be reached: no server is known by the name {host} (check "
        "the address and this computer's network)",
    "fetch.certificate": "cannot be reached safely: the server's certificate could not be "
        "verified ({detail})",
    "fetch.unreachable": "cannot be reached ({detail})",
    "fetch.failed": "cannot be fetched ({detail})",
    "feed.empty": "give a feed's web address or file",
    "feed.not_web_or_file": "only http:// and https:// addresses or a feed file on this "
        "computer",
    "feed.no_file": "no such file, and not an http(s) address",
    "import.no_name": "a contact needs a name; card skipped",
    "import.unreadable": "cannot be read as contacts: {detail}",
    "import.not_text": "cannot be read as contacts: it is not text (byte {byte} at offset "
        "{offset} cannot be decoded); is it a contact file?",
    "import.undecodable": "cannot be decoded: {detail}",
    "export.is_folder": "is a folder: give a file name",
    "export.no_folder": "its folder does not exist",
    "backup.cannot_write": "cannot be written ({detail})",
    "backup.exists": "already exists; choose a new name",
    "backup.no_folder": "the folder {folder} does not exist",
    "backup.damaged": "is damaged: {detail}; the current database was left as it was",
    "backup.orphans": "is damaged: {count} row(s) point to missing rows (first: {table} row "
        "{row} → {parent}); the current database was left as it was",
    "backup.not_upgradable": "is damaged: cannot be upgraded ({detail}); the current database "
        "was left as it was",
    "backup.folder": "is a folder, not a backup file",
    "backup.missing": "does not exist",
    "backup.in_use": "is the database in use",
    "backup.not_press_desk": "is not a Press Desk backup",
    "backup.not_press_desk_because": "is not a Press Desk backup ({detail})",
    "backup.newer": "This database is at schema revision {revision}, which this version of "
        "Press Desk does not know: it was made by a newer Press Desk. Update Press Desk to open "
        "it.",
}
"""Every code, with its English sentence; ``{country}`` comes from the ``region`` parameter."""

HINTS: dict[str, str] = {
    "CO.60": "Colombian landlines gained the prefix 60 in 2021 (+57 1 639 7777 is now "
             "+57 601 639 7777)",
}
"""Advice added after a reason ("; …"), by the ``hint`` parameter."""


def lengths_text(lengths: str) -> str:
    """"8,9" -> "8 or 9 digits" (the ``expected`` parameter, in English)."""
    numbers = [n for n in lengths.split(",") if n]
    if not numbers:
        return ""
    if len(numbers) == 1:
        return f"{numbers[0]} digits"
    return ", ".join(numbers[:-1]) + f" or {numbers[-1]} digits"


def region_label(region: str | None) -> str:
    return f"{country_name(region)} ({region})" if region else "an unknown country"


def english(code: str, params: Params) -> str:
    """The English sentence for ``code`` (what the command line and ``str(error)`` say)."""
    values: dict[str, object] = dict(params)
    values["country"] = region_label(str(params["region"]) if "region" in params else None)
    if "lengths" in params:
        values["expected"] = lengths_text(str(params["lengths"]))
    text = ENGLISH[code].format(**values)
    hint = params.get("hint")
    if isinstance(hint, str) and hint in HINTS:
        text += f"; {HINTS[hint]}"
    return text
