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
})


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
    """An InputError's problems in the app's language, one a line; None for anything else."""
    if not isinstance(error, InputError):
        return None
    return "\n".join(problem_text(p) for p in error.problems)


EXTRA = (QT_TRANSLATE_NOOP("Refusal", "{n} digits"),
         QT_TRANSLATE_NOOP("Refusal", "{list} or {last} digits"),
         QT_TRANSLATE_NOOP("Refusal", "an unknown country"),
         QT_TRANSLATE_NOOP("Refusal", "not a valid value"),
         QT_TRANSLATE_NOOP("Refusal", "{field} “{value}”: {reason}"))
"""Strings translated through ``_tr`` with a variable, listed here for lupdate."""
