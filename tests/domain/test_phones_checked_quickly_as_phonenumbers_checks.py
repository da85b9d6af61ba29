"""A number checked the quick way (compiled metadata, "+CC …" read without the cleaning steps)
gets phonenumbers' own answers: the same validity, the same mobile-or-not, the same
international format, and check_phone the same PhoneCheck as its long way."""

from __future__ import annotations

import phonenumbers
from hypothesis import example, given, settings
from hypothesis import strategies as st
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from desktop.domain import phone_metadata
from desktop.domain.phones import (
    _KIND_WORDS,
    PhoneCheck,
    PhoneKind,
    _check_written,
    _is_mobile,
    check_phone,
    kind_from_label,
)
from desktop.domain.text import squeeze

_TYPES = (PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE, PhoneNumberType.TOLL_FREE,
          PhoneNumberType.PREMIUM_RATE, PhoneNumberType.SHARED_COST, PhoneNumberType.VOIP,
          PhoneNumberType.PERSONAL_NUMBER, PhoneNumberType.PAGER, PhoneNumberType.UAN,
          PhoneNumberType.VOICEMAIL)


def _numbers() -> list[phonenumbers.PhoneNumber]:
    """Every region's and non-geographic code's example numbers of every type, and their
    neighbours: one digit more, one less, the last or first one changed."""
    examples = [number for region in sorted(phonenumbers.SUPPORTED_REGIONS) for kind in _TYPES
                if (number := phonenumbers.example_number_for_type(region, kind)) is not None]
    examples += [number for code in sorted(phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS)
                 if (number := phonenumbers.example_number_for_non_geo_entity(code))]
    found: list[phonenumbers.PhoneNumber] = []
    for number in examples:
        nsn = phonenumbers.national_significant_number(number)
        for variant in (nsn, nsn[:-1], nsn + "5", nsn[:-1] + "9", "9" + nsn[1:], nsn + "00"):
            if len(variant) >= 2:
                found.append(phonenumbers.parse(f"+{number.country_code}{variant}"))
    return found


NUMBERS = _numbers()


def test_international_format_is_phonenumbers_own_for_every_example_and_neighbour() -> None:
    compared = 0
    for number in NUMBERS:
        nsn = phonenumbers.national_significant_number(number)
        quick = phone_metadata.international(number.country_code or 0, nsn)
        assert quick == phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL), (
            number)
        compared += 1
    assert compared > 5000


def test_mobile_or_not_is_phonenumbers_number_type_for_every_example_and_neighbour() -> None:
    mobiles = 0
    for number in NUMBERS:
        nsn = phonenumbers.national_significant_number(number)
        expected = phonenumbers.number_type(number) == PhoneNumberType.MOBILE
        assert _is_mobile(number, nsn, phonenumbers.region_code_for_number(number)) == (
            expected), number
        mobiles += expected
    assert mobiles > 200


def _long_way(text: str, region: str | None, kind: PhoneKind | None) -> PhoneCheck:
    return _check_written(squeeze(text), region.upper() if region else None, kind)


def _same(text: str, region: str | None, kind: PhoneKind | None) -> None:
    quick, long = check_phone(text, region, kind), _long_way(text, region, kind)
    assert quick == long
    assert (quick.international, quick.display, dict(quick.params)) == (
        long.international, long.display, dict(long.params))
    if quick.e164:  # the display a stored number gets when formatted from its E.164 alone
        again = PhoneCheck(quick.e164, quick.e164, quick.extension, quick.kind, True)
        assert again.display == quick.display


def test_every_example_written_from_abroad_checks_as_the_long_way() -> None:
    for number in NUMBERS[::2]:
        spaced = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
        for text in (spaced, spaced.replace(" ", "-"), spaced.replace(" ", "")):
            for kind in (None, PhoneKind.FAX):
                _same(text, None, kind)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from("0123456789 -.()"), min_size=1, max_size=22),
       st.sampled_from([None, "CH", "it", "US", "TJ"]),
       st.sampled_from([None, *PhoneKind]))
@example(list("44 (0)20 7946 0018"), None, None)
@example(list("39 06 6982 1234"), None, None)
@example(list("7 8 495 123 45 67"), "RU", None)
@example(list("1 (212) 555-0100"), None, None)
@example(list("992 93 100 0001"), None, None)
@example(list("800 1234 5678"), None, None)
def test_any_plus_number_checks_as_the_long_way(chars: list[str], region: str | None,
                                               kind: PhoneKind | None) -> None:
    _same(" +" + "".join(chars) + "\u00a0", region, kind)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="+0123456789 -.()extTélfaxMobwhatsp#;:/", max_size=28),
       st.sampled_from([None, "CH", "GB"]), st.sampled_from([None, PhoneKind.OFFICE]))
def test_any_text_checks_as_the_long_way(text: str, region: str | None,
                                         kind: PhoneKind | None) -> None:
    _same(text, region, kind)


def _kind_the_long_way(label: str) -> PhoneKind | None:
    return next((kind for kind, pattern in _KIND_WORDS if pattern.search(label)), None)


@settings(max_examples=1000)
@given(st.text(alphabet=st.sampled_from(list("+0123 ()-.ſKİmobcelfaxwhatsppórtgsmMÓVIL\u212a"))
               | st.characters(), max_size=16))
@example("Móvil")
@example("ſms")
@example("\u212aell")
def test_a_label_without_letters_names_no_kind_and_others_as_before(label: str) -> None:
    assert kind_from_label(label) == _kind_the_long_way(label)
