"""Settling a person read from a block: their country, their numbers read there, no repeats.

Numbers written without a +code are read in the country the entry names, else the one its
numbers, its address or its colleagues point to, else the country the release is about.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TypeVar

import phonenumbers
from phonenumbers import PhoneNumberType

from desktop.domain.emails import EmailCheck
from desktop.domain.phones import PhoneCheck, PhoneKind, region_of_e164
from desktop.formats.releases.addresses import read_phones
from desktop.formats.releases.areas import strip_region_head, strip_region_tail
from desktop.formats.releases.lexicon import HONORIFICS_FOLDED, fold_keep_length
from desktop.formats.releases.model import ExtractedPerson, Role
from desktop.formats.releases.persons import job_before_given_name, without_degrees
from desktop.formats.releases.places import city_country
from desktop.formats.releases.reader import Draft
from desktop.formats.releases.regions import office_country

_T = TypeVar("_T")


def _read_all(segments: list[str], region: str | None) -> list[PhoneCheck]:
    return [phone for segment in segments for phone in read_phones(segment, region)]


def finish_person(draft: Draft, lines: list[str], fallback_region: str | None,
            home_regions: tuple[str, ...] = (), colleague: str | None = None) -> ExtractedPerson:
    """Settle the person's country and read the numbers with it as the default region.

    The office's name decides ("OIM Sénégal", "…ООН в Москве"), else the place the entry gives
    ("In Geneva:", "…Regional Office, Bangkok"), else the phones' own +codes, else the country
    the release is about. A place beats a +code because hubs use foreign mobiles. When nothing
    in the entry says where, the country a colleague of the same block settled comes first."""
    office = draft.office or draft.lead_office
    country = office_country(office) if office else None
    for place in (draft.city, draft.location):
        if country is None and place:
            country = city_country(place) or office_country(place)  # Amman, not Oman
    if country is None and fallback_region and office and _GOVERNMENT_OFFICE.search(office):
        country = fallback_region  # "Office of the Minister of Seniors": the release's country
    phones = _read_all(draft.phone_segments, country)
    if country is None:
        region = next((region_of_e164(p.e164) for p in phones if p.e164), None)
        if region:
            country = region
            phones = _read_all(draft.phone_segments, country)
        else:
            # The release's country first; when its numbers are not valid there ("Niger" named
            # most in a Bonn charity's story), the one country of the language where they are.
            home = _only_home_region(draft, home_regions)
            guesses = [g for g in (colleague, email_country(draft.emails), fallback_region,
                                   home, _nanp(draft), _brazil(draft), page_domain_country(lines))
                       if g and phones]
            readings = [(guess, _read_all(draft.phone_segments, guess)) for guess in guesses]
            # A guess where every number reads beats one where only some do: "(02 28) 22 88"
            # is a Somali number too, but the "Mobil: (0172) …" beside it is not.
            best = next((r for r in readings if r[1] and all(p.valid for p in r[1])), None)
            best = best or next((r for r in readings if any(p.valid for p in r[1])), None)
            if best is not None:
                country, phones = best
                if country == "US":  # "709-729-3015": the area code says which NANP country
                    country = next(region_of_e164(p.e164) for p in phones if p.e164)
            else:  # "Tel.: 98 100/319" in a "Wien (OTS)" release: kept as written, in Austria
                where = colleague or fallback_region  # or where the colleagues above are
                country = where if phones and draft.phone_segments else None
    first, last = min(draft.lines), max(draft.lines)
    title = strip_region_head(strip_region_tail(draft.title)) if draft.title else None
    snippet = "\n".join(lines[first : last + 1]).strip()
    assert draft.name is not None
    name, job = _job_before_given_name(without_degrees(draft.name))
    return ExtractedPerson(
        name=_without_honorific(name),
        role=Role.MEDIA_CONTACT,
        snippet=snippet,
        title=title or job,
        office=office,
        country=country,
        location=draft.location,
        phones=tuple(unique_phones(phones)),
        emails=tuple(unique_emails(draft.emails)),
    )


def _without_honorific(name: str) -> str:
    """"Frau Ott" (an RSVP line's "per E-Mail an Frau Ott (ott@…)"): the person is known by
    the surname alone, and the honorific is no part of a name (LABELLING: names without
    honorifics). Longer names have theirs taken off already when they are read."""
    words = name.split()
    if len(words) == 2 and fold_keep_length(words[0]).rstrip(".") in HONORIFICS_FOLDED and (
        words[1][:1].isupper()
    ):
        return words[1]
    return name


def _job_before_given_name(name: str) -> tuple[str, str | None]:
    """"Viestintäjohtaja Name Surname" read whole as a name: the compound job before the given
    name (``persons.job_before_given_name``) and the name apart, else the name alone."""
    at = job_before_given_name(name)
    return (name[at:], name[:at].strip()) if at else (name, None)


# A North American number as written there: "709-729-3015", "(202) 544-0200", "203.221.3767".
_NANP_SHAPE = re.compile(r"(?<![\d+])(?:\(\d{3}\)\s?|\d{3}[-.\s])\d{3}[-.]\d{4}(?!\d)")


def _only_home_region(draft: Draft, home_regions: tuple[str, ...]) -> str | None:
    """The one country of the release's language where every number of the entry is valid
    ("030 6663 3104" in a German release that names no country: Germany, not Austria or
    Switzerland); None when the numbers read in none or in more than one of them."""
    if not home_regions or not draft.phone_segments or (len(home_regions) > 1 and not all(
        re.search(r"(?<![\d+])0\s?[1-9]", segment) for segment in draft.phone_segments
    )):  # among several, only numbers written with the national "0" before the area code;
        return None  # Italy's mobiles ("338 …") have none, and Italian has one home country
    fits = [
        region for region in home_regions
        if (phones := _read_all(draft.phone_segments, region))
        and all(p.valid for p in phones)
    ]
    pairs = all(_FRENCH_PAIRS.search(segment) for segment in draft.phone_segments)
    if len(fits) > 1 and "FR" in fits and pairs:
        return "FR"  # "04 67 40 36 77": five pairs is how France writes its numbers, not Belgium
    if len(fits) > 1:  # "Mobil: 0172 …" is a mobile in Germany, a Vienna landline in Austria
        fits = [region for region in fits if _labels_agree(_read_all(draft.phone_segments, region))]
    return fits[0] if len(fits) == 1 else None


_FRENCH_PAIRS = re.compile(r"(?<![\d+])0[1-9](?:[ .\u00a0]\d\d){4}(?![\d])")


def _labels_agree(phones: list[PhoneCheck]) -> bool:
    """Whether every number labelled as a mobile ("Mobil", "Cell") is a mobile number there,
    and at least one is so labelled."""
    mobiles = [p for p in phones if p.kind == PhoneKind.MOBILE and p.e164]
    return bool(mobiles) and all(
        phonenumbers.number_type(phonenumbers.parse(p.e164))
        in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)
        for p in mobiles if p.e164
    )


def _nanp(draft: Draft) -> str | None:
    """"US" (the North American plan) when the entry's number is written the way it is there,
    so that a number with no +1 and no place beside it is still read."""
    return "US" if any(_NANP_SHAPE.search(s) for s in draft.phone_segments) else None


# A Brazilian number as written there: a two-digit area code in brackets, then "9xxxx-xxxx"
# ("(27) 98895-0843", "(71) 9 9983-6001") or a landline "3xxx-xxxx".
_BRAZIL_SHAPE = re.compile(r"(?<![\d+])\(\d{2}\)\s?(?:9\s?)?\d{4,5}-\d{4}(?!\d)")


def _brazil(draft: Draft) -> str | None:
    """"BR" when the entry's number is written the Brazilian way, with no +55 and no place."""
    return "BR" if any(_BRAZIL_SHAPE.search(s) for s in draft.phone_segments) else None


# Country-code domains sold for other uses ("name.io", "brand.tv"): they say nothing of where.
_VANITY_DOMAINS = frozenset({"ai", "cc", "co", "fm", "gg", "io", "la", "ly", "me", "nu", "to",
                             "tv", "ws"})


def email_country(emails: list[EmailCheck]) -> str | None:
    """The country of a work address's domain ("…@polizei.example.de" → DE): a national number
    written beside it is read there when the entry names no place and gives no +code."""
    for email in emails:
        tld = (email.address or "").rpartition(".")[2].lower()
        if len(tld) == 2 and tld.isalpha() and tld not in _VANITY_DOMAINS:
            return "GB" if tld == "uk" else tld.upper()
    return None


# A web or e-mail address's country domain anywhere on the page ("www.example.se",
# "press@city.example.nl").
_PAGE_DOMAIN = re.compile(r"[\w-]\.([a-z]{2})(?=[/\s)\]>,;:\"'’]|\.?\s|\.?$)", re.IGNORECASE)


def page_domain_country(lines: list[str]) -> str | None:
    """The country whose domain the page's web and e-mail addresses use most: a national
    number in a release whose language no list knows (so no home country) is read there,
    when it is valid there, as a last guess."""
    counts: dict[str, int] = {}
    for line in lines:
        for match in _PAGE_DOMAIN.finditer(line):
            if "@" not in line and "www" not in line.casefold() and "://" not in line:
                continue
            tld = match.group(1).lower()
            if tld in _VANITY_DOMAINS or not tld.isalpha():
                continue
            counts[tld] = counts.get(tld, 0) + 1
    if not counts:
        return None
    tld = max(counts, key=lambda key: counts[key])
    return "GB" if tld == "uk" else tld.upper()


# A minister's or ministry's office is a national body: it sits in the country the release is
# from even when its name does not say which ("Cabinet du ministre de la Défense nationale").
_GOVERNMENT_OFFICE = re.compile(
    r"\b(?:minist(?:er|re|ry|ère|erio|ério|erium)|cabinet|gabinete|министерств|وزارة|وزير)",
    re.IGNORECASE,
)


def unique_phones(phones: Iterable[PhoneCheck]) -> list[PhoneCheck]:
    return _first_of_each(phones, lambda phone: phone.e164 or phone.as_written)


def unique_emails(emails: Iterable[EmailCheck]) -> list[EmailCheck]:
    return _first_of_each(emails, lambda email: email.address or email.as_written)


def _first_of_each(items: Iterable[_T], key: Callable[[_T], str]) -> list[_T]:
    """The first item of each key, in order: a number or address written twice is one."""
    kept: dict[str, _T] = {}
    for item in items:
        kept.setdefault(key(item), item)
    return list(kept.values())
