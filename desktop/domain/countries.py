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
    """The first country named in ``text`` ("OIM Tadjikistan" -> "TJ"), longest name first.

    A name that is also a common word in some language ("réunion" a meeting, "того" Russian
    for "of that", "gana" "wins") names the country only when written as a proper name, with
    a capital inside a sentence; one that is also a given name ("Maurice", "Jordan", "Chad")
    only when no surname follows it."""
    for match in _name_pattern().finditer(fold(text)):
        name = match.group(0)
        doubtful = name in _SENTENCE_WORDS or name in _GIVEN_NAMES or (
            name in _COMMON_WORDS and text != text.lower()  # "unicef mali", typed lower-case
        )
        if doubtful and not any(_as_place(text, token, name) for token in _WORD.finditer(text)):
            continue
        return _names_to_codes()[name]
    return None


# Country names (folded) that are everyday words in a language Press Desk reads.
_COMMON_WORDS = frozenset([
    "reunion", "reuniao", "того", "gana", "ira", "oma", "mali", "мали", "peru", "чад", "suede",
    "granada", "jersey",
])
# Of those, the ones that open sentences as words ("Réunion du conseil …", "Того же дня").
_SENTENCE_WORDS = frozenset(["reunion", "reuniao", "того", "gana", "oma"])
# Country names that are also given names, so "Name Surname" is a person, not a place.
_GIVEN_NAMES = frozenset([
    "maurice", "dominique", "dominica", "jordan", "chad", "ira", "salvador", "guadalupe",
    "israel", "india", "georgia",
])
_WORD = re.compile(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*")


def _as_place(text: str, token: re.Match[str], name: str) -> bool:
    word = token.group(0)
    if fold(word) != name or not word[:1].isupper():
        return False
    before = text[: token.start()].rstrip(" \t\"'«“(")
    if name in _SENTENCE_WORDS and (not before or before[-1] in ".!?:;\n•-–—"):
        return False  # "Réunion du conseil …": a capital any sentence's first word has
    after = text[token.end():]
    return not (name in _GIVEN_NAMES and re.match(r"[ \t]+[A-ZÀ-ÞА-Я][^\W\d_]", after))


def countries_matching_prefix(prefix: str) -> frozenset[str]:
    """Codes of countries with a name (in any recognised language) or word starting ``prefix``."""
    folded = fold(prefix)
    if not folded:
        return frozenset()
    return frozenset(
        code for name, code in _names_to_codes().items()
        if name.startswith(folded) or any(word.startswith(folded) for word in name.split())
    )
