"""Refusals in the user's language: a problem's code and parameters through Qt's translation.

The templates repeat ``desktop.domain.refusals.ENGLISH`` word for word inside
``QT_TRANSLATE_NOOP`` so lupdate finds them (tests/ui/test_refusals_translated.py checks the two
agree and that French and Spanish exist for every code).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain.errors import InputError, Problem

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
})

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


def reason_text(code: str | None, params: Mapping[str, str | int], english: str | None) -> str:
    """The reason in the app's language; ``english`` (the domain's sentence) for an unknown or
    missing code."""
    if code is None or code not in TEMPLATES:
        return english or _tr("not a valid value")
    values: dict[str, object] = dict(params)
    values["country"] = _country(str(params["region"]) if "region" in params else None)
    if "lengths" in params:
        values["expected"] = _lengths(str(params["lengths"]))
    text = _tr(TEMPLATES[code]).format(**values)
    hint = params.get("hint")
    if isinstance(hint, str) and hint in HINTS:
        text += "; " + _tr(HINTS[hint])
    return text


def problem_text(problem: Problem) -> str:
    """One refused value, field and value first, in the app's language."""
    field = _tr(FIELDS[problem.field]) if problem.field in FIELDS else problem.field
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
    """An ISO time stamp from the database as this computer's date and time (minutes)."""
    from datetime import datetime

    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


EXTRA = (QT_TRANSLATE_NOOP("Refusal", "{n} digits"),
         QT_TRANSLATE_NOOP("Refusal", "{list} or {last} digits"),
         QT_TRANSLATE_NOOP("Refusal", "an unknown country"),
         QT_TRANSLATE_NOOP("Refusal", "not a valid value"),
         QT_TRANSLATE_NOOP("Refusal", "{field} “{value}”: {reason}"))
"""Strings translated through ``_tr`` with a variable, listed here for lupdate."""
