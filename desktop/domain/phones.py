"""Phone numbers: parsed against the office's country, kept as written, explained when refused."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

import phonenumbers
from phonenumbers import NumberParseException, ValidationResult
from phonenumbers import phonenumberutil as _pnu

from desktop.domain import phone_metadata
from desktop.domain.errors import InputError, coded
from desktop.domain.refusals import english
from desktop.domain.text import squeeze

phonenumbers.enable_pattern_cache()  # 11x faster parsing of many numbers


class PhoneKind(StrEnum):
    OFFICE = "office"
    MOBILE = "mobile"
    WHATSAPP = "whatsapp"
    FAX = "fax"


_KIND_WORDS: tuple[tuple[PhoneKind, re.Pattern[str]], ...] = (
    (PhoneKind.WHATSAPP, re.compile(r"whats\s*app", re.I)),
    (PhoneKind.FAX, re.compile(r"\b(fax|télécopie|telecopie|facsimile)\b", re.I)),
    (PhoneKind.MOBILE, re.compile(
        r"\b(mob(ile)?|m[óo]vil|cell(ular)?|celular|portable|port\.|gsm|mobil|cel)\b", re.I)),
)

_LETTER = re.compile(r"[^\W\d_]")

# Words that introduce an extension, in the languages of the releases.
_EXTENSION = re.compile(
    r"\s*(?:,|;)?\s*(?:ext(?:ension)?\.?|extensión|poste|anexo|int\.|x|#)\s*(\d{1,6})\s*$",
    re.I,
)

# Known national renumberings: region -> (test on the national number, hint code).
_RENUMBERING_HINTS: dict[str, tuple[re.Pattern[str], str]] = {
    "CO": (re.compile(r"^[1-8]\d{7}$"), "CO.60"),
}


def kind_from_label(label: str) -> PhoneKind | None:
    """The kind a label such as "Móvil", "Cell", "Fax" or "WhatsApp" announces, if any."""
    if _LETTER.search(label) is None:
        return None  # every word below has letters: a plain number names no kind
    for kind, pattern in _KIND_WORDS:
        if pattern.search(label):
            return kind
    return None


@dataclass(frozen=True)
class PhoneCheck:
    """The outcome of reading one phone number: valid or not, always keeping the text."""

    as_written: str
    e164: str | None
    extension: str | None
    kind: PhoneKind
    valid: bool
    problem: str | None = None
    code: str | None = None
    """Why it was refused, as a code the app translates (desktop.domain.refusals)."""
    params: Mapping[str, str | int] = field(default_factory=dict, compare=False, hash=False)
    international: str | None = field(default=None, compare=False, hash=False, repr=False)
    """The number in international format, without extension, when check_phone made it: then
    ``display`` needs no parse (an import reads and writes in different processes)."""

    @property
    def display(self) -> str | None:
        """International format for dialling, e.g. "+992 48 701 0222"."""
        if self.e164 is None:
            return None
        text = self.international
        if text is None:
            text = phonenumbers.format_number(phonenumbers.parse(self.e164),
                                              phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        return f"{text} ext. {self.extension}" if self.extension else text

    def require_valid(self, field: str = "Phone") -> PhoneCheck:
        if not self.valid:
            raise InputError(coded(field, self.as_written, self.code or "phone.invalid_plain",
                                   self.params))
        return self


def _expected_lengths(region: str) -> list[int]:
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if metadata is None:
        return []
    lengths: set[int] = set()
    for desc in (metadata.fixed_line, metadata.mobile):
        if desc is not None and desc.possible_length:
            lengths.update(n for n in desc.possible_length if n > 0)
    return sorted(lengths)


def _invalid_reason(number: phonenumbers.PhoneNumber, region: str | None
                    ) -> tuple[str, dict[str, str | int]]:
    """Why a parsed number is not valid: a code and what a person needs to understand it."""
    number_region = phonenumbers.region_code_for_number(number)
    where = number_region if number_region and number_region != "ZZ" else region
    if where is None or where == "ZZ":
        return "phone.unknown_calling_code", {"calling_code": number.country_code or 0}
    national = str(number.national_number)
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason == ValidationResult.INVALID_COUNTRY_CODE:
        return "phone.unknown_calling_code", {"calling_code": number.country_code or 0}
    lengths = _expected_lengths(where)
    params: dict[str, str | int] = {"region": where, "calling_code": number.country_code or 0}
    if lengths and len(national) not in lengths:
        params |= {"lengths": ",".join(map(str, lengths)), "digits": len(national)}
        code = {ValidationResult.TOO_SHORT: "phone.too_short",
                ValidationResult.TOO_LONG: "phone.too_long"}.get(reason, "phone.wrong_length")
    else:
        code = "phone.not_in_use" if lengths else "phone.invalid"
    hint = _RENUMBERING_HINTS.get(where)
    if hint and hint[0].match(national):
        params["hint"] = hint[1]
    return code, params


_PARSE_ERRORS = {
    NumberParseException.INVALID_COUNTRY_CODE: "phone.no_country_code",
    NumberParseException.NOT_A_NUMBER: "phone.not_a_number",
    NumberParseException.TOO_SHORT_AFTER_IDD: "phone.too_short_after_idd",
    NumberParseException.TOO_SHORT_NSN: "phone.too_short_to_be_a_number",
    NumberParseException.TOO_LONG: "phone.too_long_to_be_a_number",
}


def _refused(as_written: str, extension: str | None, kind: PhoneKind, code: str,
             params: Mapping[str, str | int] | None = None) -> PhoneCheck:
    values = dict(params or {})
    return PhoneCheck(as_written, None, extension, kind, False, english(code, values), code,
                      values)


_NON_DIGITS = re.compile(r"\D")
_LEAD_WORD = re.compile(r"^(tel|tél|phone|mobile?|cell|fax|whatsapp)\s*[:.]?\s*", re.I)
_TEL_URI = re.compile(r"^tel:", re.I)
_DOUBLE_ZERO = re.compile(r"^\s*00[\s.\-]*[1-9]")


def _split_extension(text: str) -> tuple[str, str | None]:
    match = _EXTENSION.search(text)
    if match and len(_NON_DIGITS.sub("", text[: match.start()])) >= 6:
        return text[: match.start()], match.group(1)
    return text, None


def _clean(text: str) -> str:
    cleaned = squeeze(text)
    cleaned = _LEAD_WORD.sub("", cleaned)
    cleaned = _TEL_URI.sub("", cleaned)  # RFC 3966 URIs from vCard 4
    cleaned = cleaned.replace("(0)", "")  # "+44 (0)20 ..." trunk prefix in brackets
    return cleaned


_INTERNATIONAL = re.compile(r"\+[0-9 ().\-]*[0-9][0-9 ().\-]*")
"""A number written "+CC …" with only digits and common separators: the shape most contact
files use, which _parse_international reads without phonenumbers' general-purpose parse."""

_SEPARATORS = b"+ ().-"


class _Start(NamedTuple):
    """What the first three digits after "+" say: the country code and its metadata."""

    country_code: int
    length: int
    metadata: phonenumbers.PhoneMetadata
    national_prefix: re.Pattern[str] | None
    """The metadata's national_prefix_for_parsing, compiled (None when it has none)."""
    one_region: phonenumbers.PhoneMetadata | None
    """The metadata is_valid_number and number_type judge every number of this code by, when
    the code is one region's (most): then the digits need no PhoneNumber to be checked."""


def _start(first: str) -> _Start | None:
    """The country code that opens ``first`` (three digits) as _extract_country_code reads it
    (it looks at three digits at most), with its metadata; None when there is none."""
    country_code, rest = _pnu._extract_country_code(first)
    if country_code == 0:
        return None
    metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(
        country_code, phonenumbers.region_code_for_country_code(country_code))
    if metadata is None:
        return None
    prefix = metadata.national_prefix_for_parsing
    regions = _pnu.COUNTRY_CODE_TO_REGION_CODE.get(country_code, ())
    one_region = (_valid_metadata(phonenumbers.PhoneNumber(country_code=country_code,
                                                           national_number=1))
                  if len(regions) == 1 else None)
    return _Start(country_code, len(first) - len(rest), metadata,
                  re.compile(prefix) if prefix else None, one_region)


_STARTS: dict[str, _Start | None] = {}
"""By the first three digits (a thousand at most)."""


def _international_digits(body: str) -> tuple[_Start, str] | None:
    """The country code's start and the national significant number of a plain "+CC …"
    number, read as phonenumbers.parse reads it; None when ``body`` has another shape or
    anything unusual (then the full parse decides).

    The same steps in the same order as phonenumbers.parse takes for such input (country code,
    national prefix kept only when what is left is a possible length), through its own
    helpers; tests compare both on every country's example numbers and on generated text.
    """
    if body[:1] != "+" or _INTERNATIONAL.fullmatch(body) is None:
        return None
    digits_only = body.encode("ascii").translate(None, _SEPARATORS).decode("ascii")
    if not 3 <= len(digits_only) <= 20:
        return None
    first = digits_only[:3]
    if first in _STARTS:
        start = _STARTS[first]
    else:
        start = _STARTS[first] = _start(first)
    if start is None:
        return None
    national = digits_only[start.length:]
    if len(national) < _pnu._MIN_LENGTH_FOR_NSN:
        return None
    if start.national_prefix is not None and start.national_prefix.match(national):
        # Without a match phonenumbers strips nothing and keeps the number as it is.
        _carrier, stripped, _ = _pnu._maybe_strip_national_prefix_carrier_code(
            national, start.metadata)
        if _pnu._test_number_length(stripped, start.metadata) not in _KEEP_PREFIX:
            national = stripped
    if not _pnu._MIN_LENGTH_FOR_NSN <= len(national) <= _pnu._MAX_LENGTH_FOR_NSN:
        return None
    return start, national


def _parse_international(body: str) -> phonenumbers.PhoneNumber | None:
    """``phonenumbers.parse(body)`` for a plain "+CC …" number, many times cheaper; None when
    ``body`` has another shape or anything unusual (then the full parse decides)."""
    found = _international_digits(body)
    if found is None:
        return None
    start, national = found
    number = phonenumbers.PhoneNumber(country_code=start.country_code)
    _pnu._set_italian_leading_zeros_for_phone_number(national, number)
    number.national_number = int(national)
    return number


def _quick_check(as_written: str, kind: PhoneKind | None) -> PhoneCheck | None:
    """check_phone of a plain, valid "+CC …" number of a one-region country code (what most
    contact files hold), straight from its digits: no PhoneNumber, no region look-up. None
    for anything else (a shared code such as +1 or +44, an invalid number): the way below.

    The national significant number is the national digits as read (phonenumbers keeps their
    leading zeros as Italian zeros and gives them back); validity, mobile or not and the
    international format come from the one region's metadata, as _checked finds it.
    """
    found = _international_digits(as_written)
    if found is None:
        return None
    start, nsn = found
    metadata = start.one_region
    if metadata is None or nsn.strip("0") == "" or not phone_metadata.is_valid_nsn(
            nsn, metadata):
        return None  # a national number of 0 has format_number's special cases
    international = phone_metadata.international(start.country_code, nsn)
    if international is None:
        return None
    if kind is None:
        kind = PhoneKind.MOBILE if phone_metadata.is_mobile_nsn(nsn, metadata) else (
            PhoneKind.OFFICE)
    return _valid(as_written, f"+{start.country_code}{nsn}", kind, international)


def _valid(as_written: str, e164: str, kind: PhoneKind, international: str) -> PhoneCheck:
    """A valid number's check, without extension. (Built by the dataclass itself: filling
    ``__dict__`` directly was quicker to call but gave every check a dict of its own, more
    memory and more for the garbage collector to walk in a large import.)"""
    return PhoneCheck(as_written, e164, None, kind, True, international=international)


def _valid_metadata(number: phonenumbers.PhoneNumber) -> phonenumbers.PhoneMetadata | None:
    """The metadata ``is_valid_number`` judges ``number`` by; None when it calls it invalid
    before looking at the digits (no region for its country code, or another country's).

    A country code of one region (most) gives the same answer whatever the digits: it is
    worked out once per code. Codes shared by several regions (+1, +7, +44 …) pick the region
    by the digits, each time.
    """
    code = number.country_code
    if code in _ONE_REGION:
        return _ONE_REGION[code]
    regions = _pnu.COUNTRY_CODE_TO_REGION_CODE.get(code) if code is not None else None
    metadata = _region_metadata(number)
    if regions is not None and len(regions) == 1 and code is not None:
        _ONE_REGION[code] = metadata
    return metadata


_ONE_REGION: dict[int, phonenumbers.PhoneMetadata | None] = {}


def _region_metadata(number: phonenumbers.PhoneNumber) -> phonenumbers.PhoneMetadata | None:
    region = phonenumbers.region_code_for_number(number)
    if region is None:
        return None
    metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(
        number.country_code or 0, region.upper())
    if metadata is None or (region != phonenumbers.REGION_CODE_FOR_NON_GEO_ENTITY and
                            number.country_code != phonenumbers.country_code_for_valid_region(
                                region)):
        return None
    return metadata


def _is_valid(number: phonenumbers.PhoneNumber) -> bool:
    """``phonenumbers.is_valid_number``, stopping at the first kind of number that matches.

    phonenumbers works out the number's type (premium rate, toll free, … fixed line, mobile:
    eleven patterns) and calls it valid unless the type is unknown; valid means that some
    pattern matches, so trying the common ones first gives the same answer sooner.
    """
    metadata = _valid_metadata(number)
    return metadata is not None and phone_metadata.is_valid_nsn(
        phonenumbers.national_significant_number(number), metadata)


def _is_mobile(number: phonenumbers.PhoneNumber, nsn: str, region: str | None) -> bool:
    """``phonenumbers.number_type(number) == MOBILE``, from the compiled patterns."""
    if region is None:
        return False  # no metadata: UNKNOWN
    metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(
        number.country_code or 0, region)
    return metadata is not None and phone_metadata.is_mobile_nsn(nsn, metadata)


_KEEP_PREFIX = (ValidationResult.TOO_SHORT, ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
                ValidationResult.INVALID_LENGTH)


def check_phone(text: str, region: str | None = None, kind: PhoneKind | None = None) -> PhoneCheck:
    """Read ``text`` as a phone number, with ``region`` as the country for national formats.

    Never raises: an unreadable number comes back with ``valid=False`` and a ``problem`` that
    says why, so callers that import sources can keep it as written and flag it.
    """
    as_written = squeeze(text)
    region = region.upper() if region else None
    if as_written[:1] == "+" and "(0)" not in as_written:
        # "+CC …" with only digits and separators (what _parse_international reads) holds
        # nothing _clean or _split_extension would take off, nor a word naming the kind.
        quick = _quick_check(as_written, kind)
        if quick is not None:
            return quick
        number = _parse_international(as_written)
        if number is not None:
            return _checked(as_written, number, None, region, kind, kind or PhoneKind.OFFICE,
                            labelled=False)
    return _check_written(as_written, region, kind)


def _check_written(as_written: str, region: str | None, kind: PhoneKind | None) -> PhoneCheck:
    """check_phone's long way, for any text: labels, extensions, "00", national formats."""
    body, extension = _split_extension(_clean(as_written))
    labelled = kind_from_label(as_written)
    fallback_kind = kind or labelled or PhoneKind.OFFICE
    if not body.strip():
        return _refused(as_written, extension, fallback_kind, "phone.empty")
    if _DOUBLE_ZERO.match(body):
        # "00" is the international prefix nearly everywhere; phonenumbers honours it only for
        # the regions that use it, so "00 41 22 …" under a US office would not read at all.
        body = "+" + body.strip()[2:]
    try:
        number = _parse_international(body) or phonenumbers.parse(body, region)
    except NumberParseException as error:
        code = _PARSE_ERRORS.get(error.error_type, "phone.not_a_number")
        if error.error_type == NumberParseException.INVALID_COUNTRY_CODE and region:
            return _refused(as_written, extension, fallback_kind, "phone.not_for_country",
                            {"region": region})
        return _refused(as_written, extension, fallback_kind, code)
    return _checked(as_written, number, extension, region, kind, fallback_kind,
                    labelled is not None)


def _checked(as_written: str, number: phonenumbers.PhoneNumber, extension: str | None,
             region: str | None, kind: PhoneKind | None, fallback_kind: PhoneKind,
             labelled: bool) -> PhoneCheck:
    """The check of a parsed number: its extension, validity, E.164, display and kind."""
    extension = extension or number.extension or None
    number.extension = None
    if extension and len(extension) > 10:
        return _refused(as_written, extension[:10], fallback_kind, "phone.extension_too_long",
                        {"digits": len(extension)})
    if not _is_valid(number):
        return _refused(as_written, extension, fallback_kind, *_invalid_reason(number, region))
    country_code = number.country_code or 0
    nsn = phonenumbers.national_significant_number(number)
    international = None
    if number.national_number and not number.raw_input:  # else format_number's special cases
        e164 = f"+{country_code}{nsn}"
        international = phone_metadata.international(country_code, nsn)
    else:
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if international is None:
        international = phonenumbers.format_number(
            number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if kind is None and not labelled:
        is_mobile = _is_mobile(number, nsn, phonenumbers.region_code_for_number(number))
        fallback_kind = PhoneKind.MOBILE if is_mobile else PhoneKind.OFFICE
    return PhoneCheck(as_written, e164, extension, fallback_kind, True,
                      international=international)


def region_of_e164(e164: str) -> str | None:
    """The country a valid E.164 number belongs to, e.g. "+992487010222" -> "TJ"."""
    region = phonenumbers.region_code_for_number(phonenumbers.parse(e164))
    return None if region in (None, "ZZ", "001") else str(region)


def digits(text: str) -> str:
    """Only the digits of ``text``: what phone search compares."""
    return _NON_DIGITS.sub("", text)
