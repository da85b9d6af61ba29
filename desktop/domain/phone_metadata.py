"""phonenumbers' own answers (validity, mobile or not, international format) from its metadata
compiled once per country code, for imports that check a hundred thousand numbers.

phonenumbers looks each pattern up by its text and wraps every match in a few Python calls;
here each country's patterns are compiled into tuples the first time a number of that country
is seen, and the same tests run in the same order. Tests compare every answer with
phonenumbers' on every region's example numbers and their neighbours.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import phonenumbers
from phonenumbers import PhoneMetadata

_Desc = tuple[tuple[int, ...], re.Pattern[str] | None] | None
"""A PhoneNumberDesc as (possible lengths, compiled pattern); None for a missing one."""


class _Country(NamedTuple):
    """What one country code's numbers are checked and formatted with."""

    general: _Desc
    types: tuple[_Desc, ...]
    """fixed line, mobile, then the other kinds: validity stops at the first that matches."""
    special: tuple[_Desc, ...]
    """premium rate … voicemail: phonenumbers.number_type's order before fixed line."""
    fixed_line: _Desc
    mobile: _Desc
    same_mobile_and_fixed: bool
    formats: tuple[tuple[re.Pattern[str] | None, re.Pattern[str], str, str | None], ...]
    """(leading digits, pattern, rule, the rule as a str.format template or None)."""


def _desc(desc: phonenumbers.PhoneNumberDesc | None) -> _Desc:
    if desc is None:
        return None
    pattern = desc.national_number_pattern
    return tuple(desc.possible_length), re.compile(pattern) if pattern else None


def matches(nsn: str, desc: _Desc) -> bool:
    """phonenumberutil._is_number_matching_desc: the length, then the whole pattern."""
    if desc is None:
        return False
    lengths, pattern = desc
    if lengths and len(nsn) not in lengths:
        return False
    return pattern is not None and pattern.fullmatch(nsn) is not None


_GROUP = re.compile(r"\\(\d)")
_PLAIN_PATTERN = re.compile(r"[\d\\()\[\]{}|?:,+*\-d]*")
"""Patterns without anchors, look-arounds or word boundaries: where one cannot match the empty
text, its first match over the whole number can be expanded directly."""


def _template(rule: str, pattern: str) -> str | None:
    """``\\1 \\2-\\3`` as ``{0} {1}-{2}``; None when the rule or pattern is anything else."""
    if "{" in rule or "}" in rule or "$" in rule or _PLAIN_PATTERN.fullmatch(pattern) is None:
        return None
    if re.compile(pattern).match("") is not None:
        return None
    template = _GROUP.sub(lambda m: f"{{{int(m.group(1)) - 1}}}", rule)
    return None if "\\" in template else template


def _country(metadata: PhoneMetadata) -> _Country:
    available = (metadata.intl_number_format if len(metadata.intl_number_format)
                 else metadata.number_format)
    formats = tuple(
        (re.compile(f.leading_digits_pattern[-1]) if len(f.leading_digits_pattern) else None,
         re.compile(str(f.pattern)), str(f.format), _template(str(f.format), str(f.pattern)))
        for f in available)  # every format has both (str() for the type checker)
    m = metadata
    return _Country(
        _desc(m.general_desc),
        tuple(_desc(d) for d in (m.fixed_line, m.mobile, m.toll_free, m.premium_rate,
                                 m.shared_cost, m.voip, m.personal_number, m.pager, m.uan,
                                 m.voicemail)),
        tuple(_desc(d) for d in (m.premium_rate, m.toll_free, m.shared_cost, m.voip,
                                 m.personal_number, m.pager, m.uan, m.voicemail)),
        _desc(m.fixed_line), _desc(m.mobile), bool(m.same_mobile_and_fixed_line_pattern),
        formats)


_COUNTRIES: dict[int, tuple[PhoneMetadata, _Country]] = {}
"""By id of the metadata (kept alive in the entry): a few hundred at most."""


def country(metadata: PhoneMetadata) -> _Country:
    """The compiled form of one region's (or non-geographic code's) metadata."""
    found = _COUNTRIES.get(id(metadata))
    if found is None or found[0] is not metadata:
        found = _COUNTRIES[id(metadata)] = (metadata, _country(metadata))
    return found[1]


def is_valid_nsn(nsn: str, metadata: PhoneMetadata) -> bool:
    """The metadata's general pattern and one of its kinds match (is_valid_number's test once
    the region and country code agree)."""
    compiled = country(metadata)
    if not matches(nsn, compiled.general):
        return False
    for desc in compiled.types:  # noqa: SIM110 - a plain loop: no generator per number
        if matches(nsn, desc):
            return True
    return False


def is_mobile_nsn(nsn: str, metadata: PhoneMetadata) -> bool:
    """``_number_type_helper(nsn, metadata) == MOBILE``: no special kind and no fixed line
    matches, the mobile pattern does (and is not the fixed line's)."""
    compiled = country(metadata)
    if not matches(nsn, compiled.general):
        return False
    for desc in compiled.special:
        if matches(nsn, desc):
            return False
    if matches(nsn, compiled.fixed_line):
        return False
    return not compiled.same_mobile_and_fixed and matches(nsn, compiled.mobile)


_FORMATS: dict[int, tuple[tuple[re.Pattern[str] | None, re.Pattern[str], str, str | None], ...]
               | None] = {}
"""The formats by country code (the code's main region holds them, as in format_number)."""


def international(country_code: int, nsn: str) -> str | None:
    """``format_number(number, INTERNATIONAL)`` for a number without extension whose country
    code has metadata; None when it has none (then phonenumbers decides)."""
    if country_code in _FORMATS:
        formats = _FORMATS[country_code]
    else:
        region = phonenumbers.region_code_for_country_code(country_code)
        metadata = PhoneMetadata.metadata_for_region_or_calling_code(country_code,
                                                                     region.upper())
        formats = _FORMATS[country_code] = (None if metadata is None
                                            else country(metadata).formats)
    if formats is None:
        return None
    for leading, pattern, rule, template in formats:
        if (leading is None or leading.match(nsn)) and pattern.fullmatch(nsn):
            first = pattern.match(nsn)  # where re.sub starts: the same match if it spans nsn
            if template is not None and first is not None and first.end() == len(nsn):
                national = template.format(*first.groups(""))
            else:
                national = pattern.sub(rule, nsn)
            return f"+{country_code} {national}"
    return f"+{country_code} {nsn}"
