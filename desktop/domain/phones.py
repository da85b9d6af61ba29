"""Phone numbers: parsed against the office's country, kept as written, explained when refused."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberType, ValidationResult
from phonenumbers import phonenumberutil as _pnu

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

    @property
    def display(self) -> str | None:
        """International format for dialling, e.g. "+992 48 701 0222"."""
        if self.e164 is None:
            return None
        number = _PARSED.get(self.e164)
        if number is None:
            number = phonenumbers.parse(self.e164)
        text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        return f"{text} ext. {self.extension}" if self.extension else text

    def require_valid(self, field: str = "Phone") -> PhoneCheck:
        if not self.valid:
            raise InputError(coded(field, self.as_written, self.code or "phone.invalid_plain",
                                   self.params))
        return self


_PARSED: dict[str, phonenumbers.PhoneNumber] = {}
"""Numbers check_phone has just parsed, by E.164, so ``display`` formats without parsing again
(a third of an import's phone time). Bounded: cleared when full."""

_PARSED_LIMIT = 10_000


def _remember(e164: str, number: phonenumbers.PhoneNumber) -> None:
    if len(_PARSED) >= _PARSED_LIMIT:
        _PARSED.clear()
    _PARSED[e164] = number


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

_SEPARATORS = str.maketrans("", "", " ().-")


def _parse_international(body: str) -> phonenumbers.PhoneNumber | None:
    """``phonenumbers.parse(body)`` for a plain "+CC …" number, about 5x cheaper; None when
    ``body`` has another shape or anything unusual (then the full parse decides).

    The same steps in the same order as phonenumbers.parse takes for such input (country code,
    national prefix kept only when what is left is a possible length, Italian leading zeros),
    through its own helpers; tests compare both on every country's example numbers and on
    generated text.
    """
    if body[:1] != "+" or _INTERNATIONAL.fullmatch(body) is None:
        return None
    digits_only = body[1:].translate(_SEPARATORS)
    if not 3 <= len(digits_only) <= 20:
        return None
    country_code, national = _pnu._extract_country_code(digits_only)
    if country_code == 0:
        return None
    metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(
        country_code, phonenumbers.region_code_for_country_code(country_code))
    if metadata is None or len(national) < _pnu._MIN_LENGTH_FOR_NSN:
        return None
    _carrier, stripped, _ = _pnu._maybe_strip_national_prefix_carrier_code(national, metadata)
    if _pnu._test_number_length(stripped, metadata) not in _KEEP_PREFIX:
        national = stripped
    if not _pnu._MIN_LENGTH_FOR_NSN <= len(national) <= _pnu._MAX_LENGTH_FOR_NSN:
        return None
    number = phonenumbers.PhoneNumber(country_code=country_code)
    _pnu._set_italian_leading_zeros_for_phone_number(national, number)
    number.national_number = int(national)
    return number


def _is_valid(number: phonenumbers.PhoneNumber) -> bool:
    """``phonenumbers.is_valid_number``, stopping at the first kind of number that matches.

    phonenumbers works out the number's type (premium rate, toll free, … fixed line, mobile:
    eleven patterns) and calls it valid unless the type is unknown; valid means that some
    pattern matches, so trying the common ones first gives the same answer sooner.
    """
    region = phonenumbers.region_code_for_number(number)
    if region is None:
        return False
    metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(
        number.country_code or 0, region.upper())
    if metadata is None or (region != phonenumbers.REGION_CODE_FOR_NON_GEO_ENTITY and
                            number.country_code != phonenumbers.country_code_for_valid_region(
                                region)):
        return False
    nsn = phonenumbers.national_significant_number(number)
    matches = _pnu._is_number_matching_desc
    m = metadata
    return bool(matches(nsn, m.general_desc) and (
        matches(nsn, m.fixed_line) or matches(nsn, m.mobile) or matches(nsn, m.toll_free)
        or matches(nsn, m.premium_rate) or matches(nsn, m.shared_cost) or matches(nsn, m.voip)
        or matches(nsn, m.personal_number) or matches(nsn, m.pager) or matches(nsn, m.uan)
        or matches(nsn, m.voicemail)))


_KEEP_PREFIX = (ValidationResult.TOO_SHORT, ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
                ValidationResult.INVALID_LENGTH)


def check_phone(text: str, region: str | None = None, kind: PhoneKind | None = None) -> PhoneCheck:
    """Read ``text`` as a phone number, with ``region`` as the country for national formats.

    Never raises: an unreadable number comes back with ``valid=False`` and a ``problem`` that
    says why, so callers that import sources can keep it as written and flag it.
    """
    as_written = squeeze(text)
    region = region.upper() if region else None
    body, extension = _split_extension(_clean(as_written))
    fallback_kind = kind or kind_from_label(as_written) or PhoneKind.OFFICE
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
    extension = extension or number.extension or None
    number.extension = None
    if extension and len(extension) > 10:
        return _refused(as_written, extension[:10], fallback_kind, "phone.extension_too_long",
                        {"digits": len(extension)})
    if not _is_valid(number):
        return _refused(as_written, extension, fallback_kind, *_invalid_reason(number, region))
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    _remember(e164, number)
    if kind is None and kind_from_label(as_written) is None:
        number_type = phonenumbers.number_type(number)
        is_mobile = number_type == PhoneNumberType.MOBILE
        fallback_kind = PhoneKind.MOBILE if is_mobile else PhoneKind.OFFICE
    return PhoneCheck(as_written, e164, extension, fallback_kind, True)


def region_of_e164(e164: str) -> str | None:
    """The country a valid E.164 number belongs to, e.g. "+992487010222" -> "TJ"."""
    region = phonenumbers.region_code_for_number(phonenumbers.parse(e164))
    return None if region in (None, "ZZ", "001") else str(region)


def digits(text: str) -> str:
    """Only the digits of ``text``: what phone search compares."""
    return _NON_DIGITS.sub("", text)
