"""The contact sheet's words and dates in the sheet's language, without fpdf.

The app hands the sheet its labels translated (``SheetLabels``, made by the app's Qt
translations); the words that follow from the language alone are here: how an office writes
an extension ("poste 12" in French) and how a date is printed (CLDR's formats through Babel:
"29 novembre 2026", "29 de noviembre de 2026"). The English sheet (the command line's, and
the English app's) keeps ISO 8601 dates, which read the same on both sides of the Atlantic
and in scripts. Kept apart from ``contact_sheet`` so the app can build labels without
loading fpdf at start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

EXTENSION_WORDS = {"en": "ext.", "fr": "poste", "es": "ext."}
"""The word before an extension on a printed sheet. French offices write "poste 12"; Spanish
ones mostly "ext." (Spain, Mexico, Central America; "anexo" is Chile's and Peru's, "int."
Argentina's), so the sheet keeps "ext." there."""

_EXTENSION = re.compile(r" ext\. (\d{1,10})$")
"""How ``PhoneCheck.display`` writes an extension (``desktop.domain.phones``)."""


@dataclass(frozen=True)
class SheetLabels:
    """Words printed on the sheet; the app passes them translated."""

    page: str = "Page {page} of {pages}"
    printed: str = "Printed {date}"
    contacts: str = "{count} contacts"
    contact_one: str = "{count} contact"
    """The count in the singular, used for the counts in ``singular_counts``."""
    singular_counts: tuple[int, ...] = (1,)
    """Counts said in the singular: (1,) in English and Spanish, (0, 1) in French."""
    switchboard: str = "Switchboard"
    time_zone: str = "Time zone"
    languages: str = "Languages"
    no_region: str = "Other"
    no_country: str = "No country"
    no_office: str = "No office"
    continued: str = "(continued)"
    needs_review: str = "to check"
    archived: str = "(archived)"
    labelled: str = "{label}: {value}"
    """A label before its value ("Mobile: …"); French puts a space before the colon."""
    kinds: dict[str, str] = field(default_factory=lambda: {
        "office": "Office", "mobile": "Mobile", "whatsapp": "WhatsApp", "fax": "Fax",
        "work": "Work", "personal": "Personal", "shared": "Shared"})

    def said(self, label: str, value: str) -> str:
        return self.labelled.format(label=label, value=value)

    def count(self, count: int) -> str:
        """"1 contact", "12 contacts" (a sheet of one person is common: a search)."""
        form = self.contact_one if count in self.singular_counts else self.contacts
        return form.format(count=count)


def with_extension_word(number: str, language: str) -> str:
    """"+33 1 40 44 06 91 ext. 12" -> "+33 1 40 44 06 91 poste 12" on a French sheet; a number
    without an extension, or in English, is returned as it is."""
    word = EXTENSION_WORDS.get(language, "ext.")
    if word == "ext.":
        return number
    return _EXTENSION.sub(lambda match: f" {word} {match.group(1)}", number)


def printed_date(when: datetime, language: str) -> str:
    """The footer's date (UTC): "2026-11-29" in English, "29 novembre 2026" in French."""
    day = when.astimezone(UTC)
    if language == "en":
        return day.strftime("%Y-%m-%d")
    from babel.dates import format_date  # late: Babel's date data only when a sheet is made

    return format_date(day.date(), "long", locale=language)


def printed_moment(when: datetime, language: str) -> str:
    """The title line's date and time (UTC): "2026-11-29 15:32 UTC" in English,
    "29 novembre 2026, 15:32 UTC" in French; the language's own way of joining a long date and
    a short time (CLDR's datetime pattern), as Babel's own formats do."""
    moment = when.astimezone(UTC)
    if language == "en":
        return moment.strftime("%Y-%m-%d %H:%M UTC")
    from babel.dates import (
        format_datetime,
        get_date_format,
        get_datetime_format,
        get_time_format,
    )

    pattern = (str(get_datetime_format("long", locale=language))
               .replace("{1}", get_date_format("long", locale=language).pattern)
               .replace("{0}", get_time_format("short", locale=language).pattern))
    return format_datetime(moment, pattern, tzinfo=UTC, locale=language) + " UTC"
