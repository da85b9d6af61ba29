"""Publication dates as releases write them, in the languages Press Desk reads.

Month names come from CLDR through Babel (format and stand-alone forms, so the Russian genitive
"февраля" and the nominative "февраль" both read), matched on folded text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from functools import cache

from babel import Locale
from babel.dates import get_month_names

from desktop.formats.releases.lexicon import fold_keep_length, word_list

_LANGUAGES = ("en", "fr", "es", "pt", "de", "ru", "ar")
# Month names only: Dutch day abbreviations ("do", "di", "ma") are words in other languages,
# and so are Nordic ones ("man", "fre", "tor").
_MONTH_LANGUAGES = (*_LANGUAGES, "nl", "sv", "no", "da")
# Their day names are read in full only: Finnish "ma", "ti", "to" are words elsewhere.
# Croatian last: its "listopad" is October, Polish and Czech November, and they keep the name.
_NEWER_LANGUAGES = ("pl", "fi", "cs", "tr", "ca", "uk", "ro", "hu", "el", "sk", "sl", "hr", "bg")
_EXTRA = {
    "sept": 9, "sep": 9, "set": 9, "fevr": 2, "juil": 7, "dic": 12, "ene": 1, "abr": 4, "ago": 8,
    # Catalan with a straight apostrophe ("15 d'abril de 2024"); Turkish in capitals, where
    # "KASIM" folds to "kasim", not CLDR's "kasım".
    "d'abril": 4, "d'agost": 8, "d'octubre": 10, "mayis": 5, "kasim": 11, "aralik": 12,
}
# Abbreviations that are words in other languages ("10 tipů pro 2024", "uno", "des").
_NOT_MONTHS = frozenset({"pro", "uno", "des"})
# Month names that mean another month in one language: Croatian "listopad" is October, where
# Czech and Polish (and the table above) read November.
_OWN_MONTHS: dict[str, dict[str, int]] = {"hr": {"listopad": 10, "listopada": 10}}
# Languages that write "03/12/2014" month first; every other one puts the day first.
_MONTH_FIRST = frozenset({"en"})

_PAGE_LANGUAGE: ContextVar[str | None] = ContextVar("page_language", default=None)
_SLASH_ORDER: ContextVar[str | None] = ContextVar("slash_order", default=None)


@contextmanager
def page_language(language: str | None, order: str | None = None) -> Iterator[None]:
    """Read dates as a page in ``language`` writes them: its own month names, and the order of
    a date in figures with slashes ("03/12/2014" is 12 March in French, unread in English, where
    US and British pages differ, unless the page's ``order`` says: "dmy" or "mdy")."""
    token = _PAGE_LANGUAGE.set(language)
    order_token = _SLASH_ORDER.set(order)
    try:
        yield
    finally:
        _SLASH_ORDER.reset(order_token)
        _PAGE_LANGUAGE.reset(token)


# Spellings that tell a British (and Irish, Australian, Indian …) English page, which writes
# "12/03/2031" day first, from an American one, which writes it month first.
_BRITISH = frozenset({
    "organisation", "organisations", "organised", "organise", "centre", "centres", "programme",
    "programmes", "colour", "colours", "favour", "labour", "neighbour", "neighbours",
    "neighbourhood", "behaviour", "recognise", "recognised", "realise", "realised", "defence",
    "licence", "catalogue", "travelling", "honour", "honoured", "councillor", "councillors",
    "metres", "kilometres", "litres", "theatre", "utilise", "prioritise", "apologise",
})
_AMERICAN = frozenset({
    "organization", "organizations", "organized", "organize", "center", "centers", "color",
    "colors", "favor", "labor", "neighbor", "neighbors", "neighborhood", "behavior",
    "recognize", "recognized", "realize", "realized", "defense", "license", "catalog",
    "traveling", "honor", "honored", "councilmember", "meters", "kilometers", "liters",
    "theater", "utilize", "prioritize", "apologize",
})


def slash_order(text: str) -> str | None:
    """How an English page orders a date in figures with slashes: "dmy" or "mdy", from the
    page's own evidence (another such date that can be read one way only, "25/03/2031"; else its
    spelling, "organisation" against "organization"), or None when it gives none."""
    day_first = month_first = 0
    for match in _SLASHED.finditer(text):
        first, second = int(match.group(1)), int(match.group(2))
        day_first += first > 12 >= second
        month_first += second > 12 >= first
    if day_first != month_first:
        return "dmy" if day_first > month_first else "mdy"
    words = set(re.findall(r"[a-z]+", text[:20000].lower()))  # a name said twice is one
    british, american = len(words & _BRITISH), len(words & _AMERICAN)
    if abs(british - american) >= 2:
        return "dmy" if british > american else "mdy"
    return None


def language_decides(text: str) -> bool:
    """Whether ``text`` holds a date only the page's language reads: a month name that means
    another month in another language, or figures with slashes that could be either order."""
    folded = fold_keep_length(text)
    return any(name in folded for own in _OWN_MONTHS.values() for name in own) or any(
        int(m.group(1)) <= 12 and int(m.group(2)) <= 12 for m in _SLASHED.finditer(folded)
    )


_SLASHED = re.compile(r"(?<![\d/])([0-3]?\d)/([0-3]?\d)/(?:19|20)\d\d(?![\d/])")


@cache
def month_names() -> dict[str, int]:
    """Folded month name or abbreviation -> month number."""
    names: dict[str, int] = dict(_EXTRA)
    for language in (*_MONTH_LANGUAGES, *_NEWER_LANGUAGES):
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, language).items():
                    key = fold_keep_length(str(name)).strip(".")
                    if len(key) >= 3 and key not in _NOT_MONTHS:
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
        re.compile(rf"(?<![\w])(?P<name>{months})\.?\s+{day}(?:,\s*|\s+){year}(?!\d)"),
        # Hungarian puts the year first: "2024. november 15.", "2024.11.15.".
        re.compile(rf"(?<![\w.]){year}\.\s*(?P<name>{months})\.?\s+(?P<day>[0-3]?\d)(?!\d)"),
        re.compile(r"(?<![\d.])(?P<year>(?:19|20)\d\d)\.\s?(?P<month>[01]\d)\.\s?"
                   r"(?P<day>[0-3]\d)(?![\d])"),
        # Day first with dots or hyphens ("26.03.2010", "05-04-2007"), as European and
        # Swiss pages print it; slashes are left alone, as US pages put the month first there.
        re.compile(r"(?<![\d.\-])(?P<day>[0-3]?\d)([.\-])(?P<month>[01]?\d)\2"
                   r"(?P<year>(?:19|20)\d\d)(?![\d.\-]?\d)"),
        # Czech and Slovak space them: "15. 11. 2024".
        re.compile(r"(?<![\d.\-])(?P<day>[0-3]?\d)\.\s(?P<month>[01]?\d)\.\s"
                   r"(?P<year>(?:19|20)\d\d)(?![\d.\-]?\d)"),
        # With slashes only when the order cannot be mistaken: "03/21/2017" (a month has no
        # 21st), "21/03/2017"; "03/04/2017" is left alone.
        re.compile(r"(?<![\d/])(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/"
                   r"(?P<year>(?:19|20)\d\d)(?![\d/])"),
    )


_EPOCH = date(1970, 1, 1)


def find_dates(text: str, month_first: bool = False) -> list[tuple[int, date]]:
    """Every full date (day, month and year) in ``text``, with its offset, in reading order.

    "03/04/2017" is read only with ``month_first``, when the line's shape tells the order (a
    content system's default stamp, "Wed, 03/12/2014 - 16:52", is month first in any language).
    """
    folded = fold_keep_length(text)
    language = _PAGE_LANGUAGE.get()
    own = _OWN_MONTHS.get(language or "", {})
    found: list[tuple[int, date]] = []
    for pattern in _patterns():
        for match in pattern.finditer(folded):
            groups = match.groupdict()
            if groups.get("first"):
                first, second = int(groups["first"]), int(groups["second"])
                if first > 12 and second > 12:
                    continue
                order = _SLASH_ORDER.get()
                day_first = (language is not None and language not in _MONTH_FIRST) or (
                    order == "dmy" and not month_first)
                month_first = month_first or order == "mdy"
                if first <= 12 and second <= 12 and not (month_first or day_first):
                    continue  # "03/04/2017": March or April, the page does not say
                groups["day"], groups["month"] = (
                    (groups["second"], groups["first"]) if second > 12 or (
                        month_first and first <= 12)
                    else (groups["first"], groups["second"])
                )
            name = (groups.get("name") or "").strip(".")
            month = int(groups["month"]) if groups.get("month") else own.get(
                name, month_names().get(name, 0))
            try:
                found_date = date(int(groups["year"]), month, int(groups["day"]))
            except (ValueError, TypeError):
                continue
            if found_date != _EPOCH:  # "1970-01-01 03:00:00": a scraper's empty date
                found.append((match.start(), found_date))
    found.sort(key=lambda item: item[0])
    return found


def first_date(text: str, month_first: bool = False) -> date | None:
    dates = find_dates(text, month_first)
    return dates[0][1] if dates else None


def _weekday_names() -> frozenset[str]:
    names: set[str] = set()
    for language in (*_LANGUAGES, *_NEWER_LANGUAGES):
        for width in ("wide", "abbreviated") if language in _LANGUAGES else ("wide",):
            names.update(fold_keep_length(str(day)).strip(".")
                         for day in Locale(language).days["format"][width].values())
    return frozenset(name for name in names if len(name) >= 2 and name not in month_names())


WEEKDAYS = _weekday_names()
"""Folded day names in the release languages ("montag", "thursday", "jeudi"), less those that
also name a month (Spanish "mar", "Mar, 03/21/2017")."""

_EVENT_LABEL = re.compile(
    r"^[\W_]*(?:[^\W\d_][^()\n]{0,40}?\s*\((?:[A-Za-z]{1,6}/)?(?:[A-Z]{2,6}|ots)\)\s*[-–—]\s*)?"
    r"(?:" + "|".join(re.escape(label) for label in word_list("event_labels")) + r")\s*[:：]",
    re.IGNORECASE,
)


def is_event_line(line: str) -> bool:
    """"Zeit: Donnerstag, 3. Oktober 2002", "Date: Thursday, November 18, 2021": when an
    advised event takes place, not when the release was published."""
    return _EVENT_LABEL.match(fold_keep_length(line)) is not None


def weekday_dated(line: str) -> bool:
    """"Montag, 02. März 2025, 13:30 Uhr", "Dienstag, 27. März 2018": a date led by its day
    name, as an advisory gives the day of its event."""
    dates = find_dates(line)
    if not dates:
        return False
    before = re.findall(r"[^\W\d_]+", fold_keep_length(line[: dates[0][0]]))
    while before and before[-1] in _DAY_FILLERS:
        before.pop()  # "Onsdagen den 21 mars", "le mardi 3 mars"
    # "Op woensdagmiddag 20 september", "Onsdagen den 21 mars": the day name compounded or
    # with its article run on, as Dutch and the Nordic languages write it
    return bool(before) and (before[-1] in WEEKDAYS or any(
        before[-1].startswith(day) for day in _WIDE_WEEKDAYS))


_DAY_FILLERS = frozenset({"den", "de", "le", "the", "am", "der", "el", "il", "o", "a"})
_WIDE_WEEKDAYS = frozenset(
    name for name in (
        fold_keep_length(str(day)) for language in (*_MONTH_LANGUAGES, *_NEWER_LANGUAGES)
        for day in Locale(language).days["format"]["wide"].values()
    ) if len(name) >= 5 and name not in month_names()
)


_CLOCK = re.compile(r"^[^\d\n]{0,12}?\d{1,2}(?:\s*[:.h]\s*\d{2}|\s*(?:uhr|h\b|[ap]\.?m\.?))",
                    re.IGNORECASE)


def timed(line: str) -> bool:
    """"Le 16 mars 2021 à 16h", "06.12.2019, 11:45 Uhr": a date given with the hour of an event."""
    dates = find_dates(line)
    if not dates:
        return False
    folded = fold_keep_length(line)
    after = folded[dates[0][0]:]
    end = re.search(r"(?:19|20)\d\d", after)
    return end is not None and _CLOCK.match(after[end.end():]) is not None
