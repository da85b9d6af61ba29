"""Dates as the app's language writes them: "29 nov. 2026", "29 nov 2026", "Nov 29, 2026".

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
