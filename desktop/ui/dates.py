"""Dates and language names as the app's language writes them: "29 nov. 2026", "Nov 29, 2026".

The release list, the card's releases and the import preview showed ISO dates (2026-11-29) in
every language; Babel's CLDR medium form is short enough for a table column and read at a
glance. Sorting keeps the ``date`` itself (the models' sort role), never this text.
"""

from __future__ import annotations

from datetime import date

from babel.dates import format_date

from desktop.ui.i18n import ui_language


def medium_date(value: date) -> str:
    """``value`` in the UI language's medium form (CLDR, through Babel)."""
    return format_date(value, format="medium", locale=ui_language())


def language_name(code: str) -> str:
    """A release's language ("es") by its name in the UI language ("espagnol", "español",
    "Spanish"); the code itself when Babel does not know it."""
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(code).get_display_name(ui_language())
    except (ValueError, UnknownLocaleError):
        return code.upper()
    return name or code.upper()
