"""Country codes and names in the languages Press Desk reads (CLDR data through Babel)."""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

from desktop.domain.text import fold

NAME_LANGUAGES = ("en", "fr", "es", "ru", "ar", "pt")
"""Languages whose country names are recognised in office names, queries and releases."""

_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "XK"}


@cache
def _locale(language: str) -> Locale:
    return Locale.parse(language)


@cache
def country_codes() -> frozenset[str]:
    """ISO 3166 alpha-2 codes that CLDR names (plus Kosovo's user-assigned XK)."""
    codes = {
        str(code) for code in _locale("en").territories
        if isinstance(code, str) and len(code) == 2 and code.isalpha()
        and code not in _NOT_COUNTRIES
    }
    return frozenset(codes | {"XK"})


def country_name(code: str, language: str = "en") -> str:
    """The country's name in ``language``; the code itself if CLDR has none."""
    return str(_locale(language).territories.get(code.upper(), code.upper()))


@cache
def country_names(code: str) -> tuple[str, ...]:
    """Every name of the country in the recognised languages, deduplicated, English first."""
    names: list[str] = []
    for language in NAME_LANGUAGES:
        name = _locale(language).territories.get(code)
        if name and name not in names:
            names.append(str(name))
    return tuple(names)


@cache
def _names_to_codes() -> dict[str, str]:
    table: dict[str, str] = {}
    for code in sorted(country_codes()):
        for name in country_names(code):
            table.setdefault(fold(name), code)
            # "République du Kirghizistan" is also written without its article part.
            short = re.sub(r"\s*\(.*?\)", "", fold(name)).strip()
            if short:
                table.setdefault(short, code)
    return table


@cache
def _name_pattern() -> re.Pattern[str]:
    names = sorted(_names_to_codes(), key=len, reverse=True)
    alternation = "|".join(re.escape(name) for name in names)
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")


def country_from_name(text: str) -> str | None:
    """Resolve a code ("tj") or a full name in any recognised language ("Tayikistán")."""
    stripped = text.strip()
    if len(stripped) == 2 and stripped.upper() in country_codes():
        return stripped.upper()
    return _names_to_codes().get(fold(stripped))


def find_country_in_text(text: str) -> str | None:
    """The first country named in ``text`` ("OIM Tadjikistan" -> "TJ"), longest name first."""
    match = _name_pattern().search(fold(text))
    return _names_to_codes()[match.group(0)] if match else None


def countries_matching_prefix(prefix: str) -> frozenset[str]:
    """Codes of countries with a name (in any recognised language) or word starting ``prefix``."""
    folded = fold(prefix)
    if not folded:
        return frozenset()
    return frozenset(
        code for name, code in _names_to_codes().items()
        if name.startswith(folded) or any(word.startswith(folded) for word in name.split())
    )
