"""Dates and language names as the app's language writes them: "29 nov. 2026", "Nov 29, 2026".

The release list, the card's releases and the import preview showed ISO dates (2026-11-29) in
every language; Babel's CLDR medium form is short enough for a table column and read at a
glance. Sorting keeps the ``date`` itself (the models' sort role), never this text.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, tzinfo

from babel import Locale
from babel.dates import format_date, format_skeleton, format_time

from desktop.ui.i18n import ui_language


def medium_date(value: date) -> str:
    """``value`` in the UI language's medium form (CLDR, through Babel)."""
    return format_date(value, format="medium", locale=ui_language())


def medium_datetime(value: datetime, zone: tzinfo | None = None) -> str:
    """``value`` in the viewer's zone (or ``zone``) as the UI language writes a moment: its
    medium date and short time ("30 nov. 2026, 14:05", "Nov 30, 2026, 2:05 PM").

    The media desk and the answer dialog showed "2026-11-30 14:05" in every language.
    """
    language = ui_language()
    local = value.astimezone(zone).replace(tzinfo=None)  # Babel must not move it again
    pattern = Locale.parse(language).datetime_formats["medium"]
    return str(pattern).format(format_time(local, format="short", locale=language),
                               format_date(local, format="medium", locale=language))


def widest_moment(advance: Callable[[str], int]) -> int:
    """How wide the UI language's widest ``medium_datetime`` is, by ``advance`` (a font's
    measure): a table column of moments sized for it shows each whole."""
    return max(advance(medium_datetime(datetime(2026, month, 28, 22, 58, tzinfo=UTC), UTC))
               for month in range(1, 13))


def month_day(value: date) -> str:
    """A day of the year, short, as the UI language writes it ("9/7", "07/09", "7/9"): a
    week's label under a bar of the summary (it showed "09-07" in every language)."""
    return format_skeleton("Md", value, locale=ui_language())


def edit_format(*, with_time: bool) -> str:
    """How a date (and time) field shows its value in the UI language, the year in full:
    "30/11/2026 18:00", "30/11/2026 18:00", "11/30/2026 6:00 PM" (Qt's short form; the
    desk's fields showed "2026-11-30 18:00" in every language)."""
    from PySide6.QtCore import QLocale

    locale = QLocale(ui_language())
    short = QLocale.FormatType.ShortFormat
    shown = locale.dateTimeFormat(short) if with_time else locale.dateFormat(short)
    return shown if "yyyy" in shown else shown.replace("yy", "yyyy")


def language_name(code: str) -> str:
    """A release's language ("es") by its name in the UI language ("espagnol", "español",
    "Spanish"); the code itself when Babel does not know it."""
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(code).get_display_name(ui_language())
    except (ValueError, UnknownLocaleError):
        return code.upper()
    return name or code.upper()
