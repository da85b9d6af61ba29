"""The quick reading of "+CC …" numbers (imports read thousands) gives exactly what
phonenumbers' full parse gives: the same number, the same leading zeros, the same refusals."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType

from desktop.domain.phones import _is_valid, _parse_international, check_phone

_TYPES = (PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE, PhoneNumberType.TOLL_FREE,
          PhoneNumberType.VOIP, PhoneNumberType.PERSONAL_NUMBER, PhoneNumberType.UAN)


def _examples() -> list[str]:
    """Every region's example numbers written as people write them from abroad: with spaces,
    run together, with dashes, and with the national trunk prefix left in ("+44 020 …")."""
    found: list[str] = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in _TYPES:
            number = phonenumbers.example_number_for_type(region, kind)
            if number is None:
                continue
            spaced = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
            national = phonenumbers.national_significant_number(number)
            prefix = phonenumbers.PhoneMetadata.metadata_for_region(region)
            trunk = (prefix.national_prefix or "") if prefix else ""
            found += [spaced, spaced.replace(" ", ""), spaced.replace(" ", "-"),
                      f"+{number.country_code} ({trunk}{national})",
                      f"+{number.country_code} {trunk}{national}",
                      f"+{number.country_code} 0{national}", f"+{number.country_code}.{national}"]
    return found


def _full(text: str) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(text, None)
    except NumberParseException:
        return None


def test_every_countrys_example_numbers_read_the_same_as_the_full_parse() -> None:
    examples = _examples()
    quick = 0
    for text in examples:
        number = _parse_international(text)
        if number is not None:
            quick += 1
            assert number == _full(text), text
    assert quick > 0.9 * len(examples)  # the quick path is the common one


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from("0123456789 -.()"), min_size=1, max_size=24))
def test_any_plus_number_reads_the_same_or_is_left_to_the_full_parse(chars: list[str]) -> None:
    text = "+" + "".join(chars)
    number = _parse_international(text)
    if number is not None:
        assert number == _full(text), text


@pytest.mark.parametrize("written", [
    "+39 06 6982 1234", "+39 0 6 6982", "+44 (0)20 7946 0018", "+44 020 7946 0018",
    "+7 8 495 123 45 67", "+225 07 07 12 34 56", "+1 (212) 555-0100", "+0 12 345", "+999 12 34",
    "+41 22", "+992 48 701 02 22 ext. 12",
])
def test_checks_come_out_as_before_on_tricky_numbers(written: str) -> None:
    """check_phone with the quick path agrees with the full parse on numbers that test its
    edges: Italian leading zeros, trunk prefixes, no country code, too short, extensions."""
    check = check_phone(written)
    number = _full(written.split(" ext.")[0].replace("(0)", ""))
    if number is None or not phonenumbers.is_valid_number(number):
        assert not check.valid
    else:
        assert check.e164 == phonenumbers.format_number(number, PhoneNumberFormat.E164)


def test_validity_is_phonenumbers_own_on_every_countrys_examples_and_their_neighbours() -> None:
    """The quick validity test (first matching pattern wins) says what is_valid_number says,
    on every example number and on numbers one digit longer, shorter or different."""
    checked = 0
    for text in _examples()[::3]:
        number = _full(text)
        if number is None:
            continue
        national = str(number.national_number)
        for variant in (national, national[:-1], national + "5", national[:-1] + "9",
                        "9" + national[1:]):
            if not variant:
                continue
            candidate = phonenumbers.PhoneNumber(country_code=number.country_code,
                                                 national_number=int(variant))
            assert _is_valid(candidate) == phonenumbers.is_valid_number(candidate), candidate
            checked += 1
    assert checked > 1000
