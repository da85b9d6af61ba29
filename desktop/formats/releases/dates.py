"""Publication dates as releases write them, in the languages Press Desk reads.

Month names come from CLDR through Babel (format and stand-alone forms, so the Russian genitive
"февраля" and the nominative "февраль" both read), matched on folded text.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from babel.dates import get_month_names

from desktop.formats.releases.lexicon import fold_keep_length

_LANGUAGES = ("en", "fr", "es", "pt", "de", "ru", "ar")
_EXTRA = {
    "sept": 9, "sep": 9, "set": 9, "fevr": 2, "juil": 7, "dic": 12, "ene": 1, "abr": 4, "ago": 8,
}


@cache
def month_names() -> dict[str, int]:
    """Folded month name or abbreviation -> month number."""
    names: dict[str, int] = dict(_EXTRA)
    for language in _LANGUAGES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, language).items():
                    key = fold_keep_length(str(name)).strip(".")
                    if len(key) >= 3:
                        names.setdefault(key, number)
    return names


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    months = "|".join(re.escape(n) for n in sorted(month_names(), key=len, reverse=True))
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|°|-?е|-го|\.)?"
    year = r"(?P<year>(?:19|20)\d\d)"
    # Arabic releases from the Levant pair the Syriac month with the Egyptian one:
    # "15 شباط/فبراير 2026"; the second is the one CLDR knows. The Syriac name may take two
    # words ("كانون الثاني/يناير", "تشرين الأول/أكتوبر").
    levant = r"(?:[^\W\d_]+(?:\s+[^\W\d_]+)?\s*/\s*)?"
    return (
        re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),
        re.compile(
            rf"(?<![\w]){day}\s*(?:de\s+)?{levant}(?P<name>{months})\.?,?\s+(?:de\s+|del\s+)?"
            rf"{year}(?!\d)"
        ),
        re.compile(rf"(?<![\w])(?P<name>{months})\.?\s+{day},?\s+{year}(?!\d)"),
        # Day first with dots or hyphens ("26.03.2010", "05-04-2007"), as European and
        # Swiss pages print it; slashes are left alone, as US pages put the month first there.
        re.compile(r"(?<![\d.\-])(?P<day>[0-3]?\d)([.\-])(?P<month>[01]?\d)\2"
                   r"(?P<year>(?:19|20)\d\d)(?![\d.\-]?\d)"),
    )


def find_dates(text: str) -> list[tuple[int, date]]:
    """Every full date (day, month and year) in ``text``, with its offset, in reading order."""
    folded = fold_keep_length(text)
    found: list[tuple[int, date]] = []
    for pattern in _patterns():
        for match in pattern.finditer(folded):
            groups = match.groupdict()
            month = int(groups["month"]) if groups.get("month") else month_names().get(
                (groups.get("name") or "").strip("."), 0
            )
            try:
                found.append((match.start(), date(int(groups["year"]), month, int(groups["day"]))))
            except (ValueError, TypeError):
                continue
    found.sort(key=lambda item: item[0])
    return found


def first_date(text: str) -> date | None:
    dates = find_dates(text)
    return dates[0][1] if dates else None
