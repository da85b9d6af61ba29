"""The country of national-form numbers that nothing in their entry places, read from the page.

A press office's page often names no place of its own and writes its numbers the way its
country dials them ("07766 115182", "061 643 25 30", "78 40 25 01"). Such a number is valid in
several countries, so it is read where the page points: the +codes of the page's other
numbers first, then the country of its addresses' domains, then a country of the release or its
language that the page names ("Schweizerische …" on a German page), then the release's own or
its language's countries, then any place the page names (a country, a part of one, "England
and Wales", a city, a national adjective), then a neighbour language's country (Norwegian read
as Danish), then for English the countries that speak it. Inside each step the country must be
the only one where every national number the page's contacts give is valid (else where the
person's own are), and two that fit stop the search, so a stray place in the story that cannot
read them, or a second country that reads them as well, never decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from desktop.domain.countries import find_country_in_text
from desktop.domain.phones import PhoneCheck, region_of_e164
from desktop.formats.releases.addresses import recheck_phone
from desktop.formats.releases.language import detect_language
from desktop.formats.releases.lexicon import fold_keep_length
from desktop.formats.releases.model import ExtractedPerson
from desktop.formats.releases.places import city_country
from desktop.formats.releases.regions import COUNTRY_ALIASES, office_country
from desktop.formats.releases.settling import email_country, page_domain_country

# Countries whose pages share a language closely enough to be read as one another's
# (a Norwegian page detected as Danish): each is a candidate for the others' numbers.
_NEIGHBOURS: dict[str, tuple[str, ...]] = {
    "DK": ("NO", "SE"), "NO": ("DK", "SE"), "SE": ("NO", "DK"),
    "CZ": ("SK",), "SK": ("CZ",), "HR": ("RS", "BA"), "RS": ("HR", "BA"),
}

# Countries whose everyday language is English: the last candidates for an English page's
# national numbers, kept only where exactly one of them reads them all.
_ENGLISH = ("GB", "IE", "US", "CA", "AU", "NZ", "ZA")

# Parts of a country that pages name as places of their own (folded, whole words).
_PARTS = re.compile(
    r"(?<!new )\b(?:england|scotland|wales|northern ireland|angleterre|ecosse|pays de galles|"
    r"inglaterra|escocia|gales|england und wales|schottland)\b"
)

# National adjectives and country stems in languages whose country names ``countries`` does
# not read ("Das Schweizerische Rote Kreuz", "Österreichische …").
_STEMS: tuple[tuple[str, str], ...] = (
    ("schweiz", "CH"), ("osterreich", "AT"), ("suisse", "CH"), ("svizzer", "CH"),
    ("norsk", "NO"), ("norges", "NO"), ("norge", "NO"), ("dansk", "DK"), ("danmark", "DK"),
    ("svensk", "SE"), ("sverige", "SE"), ("suomen", "FI"), ("suomi", "FI"),
)

_WORD = re.compile(r"[^\W\d_]+")


def _international(phone: PhoneCheck) -> bool:
    return phone.as_written.lstrip("([ \t").startswith(("+", "00"))


def _all_valid(phones: Iterable[PhoneCheck], region: str) -> bool:
    read = [recheck_phone(phone, region) for phone in phones]
    return bool(read) and all(phone.valid for phone in read)


def _named_places(lines: list[str]) -> list[str]:
    """Countries the page names, in order of first mention: by name in the languages the
    domain reads or in German, a part of the United Kingdom, a city, a national stem."""
    found: list[str] = []
    for line in lines[:200]:
        folded = fold_keep_length(line)
        codes = [find_country_in_text(line)]
        words = _WORD.findall(folded)
        codes.extend(COUNTRY_ALIASES.get(word) for word in words if len(word) > 3)
        if _PARTS.search(folded):
            codes.append("GB")
        codes.append(city_country(line) if len(line) < 300 else None)
        codes.extend(code for word in words for stem, code in _STEMS if word.startswith(stem))
        found.extend(code for code in codes if code and code not in found)
    return found


def _candidates(people: list[ExtractedPerson], lines: list[str], fallback_region: str | None,
                home_regions: tuple[str, ...]) -> list[list[str]]:
    """The candidate countries, step by step, strongest evidence first."""
    calling = [code for person in people for phone in person.phones
               if _international(phone) and phone.e164
               and (code := region_of_e164(phone.e164))]
    domains = [code for code in (
        *(email_country(list(person.emails)) for person in people), page_domain_country(lines)
    ) if code]
    own = [code for code in (fallback_region, *home_regions) if code]
    near = [n for code in own for n in _NEIGHBOURS.get(code, ())]
    named = _named_places(lines)
    ours = [code for code in named if code in own or code in near]
    steps = [calling, domains, ours, own, named, near]
    if not home_regions and detect_language("\n".join(lines)) == "en":
        steps.append(list(_ENGLISH))
    return [list(dict.fromkeys(step)) for step in steps]


def _only_fit(steps: list[list[str]], pool: list[PhoneCheck], own: list[PhoneCheck],
              strict: bool) -> str | None:
    """The first step's one country where every number of the page (else of the person, unless
    ``strict``) is valid; None when a step fits two (the page does not say which)."""
    for step in steps:
        fits = [code for code in step if _all_valid(pool, code)]
        if not fits and not strict:
            fits = [code for code in step if _all_valid(own, code)]
        if len(fits) == 1:
            return fits[0]
        if len(fits) > 1:
            return None
    return None


def settle_page_numbers(people: list[ExtractedPerson], lines: list[str],
                        fallback_region: str | None, home_regions: tuple[str, ...]
                        ) -> list[ExtractedPerson]:
    """Each contact whose national numbers did not settle (no country, or not valid in it, or
    read in a country only guessed from the language where the page's other numbers do not
    read): their country and numbers from what the page points to (module docstring)."""
    pool = [phone for person in people for phone in person.phones if not _international(phone)]
    if not pool:
        return people
    guessed = {code for code in (fallback_region, *home_regions) if code}
    steps: list[list[str]] | None = None
    settled: list[ExtractedPerson] = []
    for person in people:
        own = [phone for phone in person.phones if not _international(phone)]
        if not own or len(own) != len(person.phones) or (
            person.office and office_country(person.office)
        ):
            settled.append(person)
            continue
        unsettled = person.country is None or not all(p.valid for p in person.phones)
        if not unsettled and (person.country not in guessed or _all_valid(pool, person.country)):
            settled.append(person)
            continue
        steps = steps if steps is not None else _candidates(people, lines, fallback_region,
                                                            home_regions)
        code = _only_fit(steps, pool, own, strict=not unsettled)
        if code is None or code == person.country or not _all_valid(own, code):
            settled.append(person)
            continue
        settled.append(replace(person, country=code,
                               phones=tuple(recheck_phone(p, code) for p in person.phones)))
    return settled
