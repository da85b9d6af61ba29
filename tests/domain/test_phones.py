"""Phone numbers as a communication officer writes them, read against the office's country."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.errors import InputError
from desktop.domain.phones import PhoneKind, check_phone, kind_from_label


def test_national_format_uses_the_office_country() -> None:
    check = check_phone("48 701 02 22", "TJ")
    assert check.valid
    assert check.e164 == "+992487010222"
    assert check.display == "+992 48 701 0222"
    assert check.as_written == "48 701 02 22"


def test_pre_2021_colombian_landline_is_refused_with_the_renumbering_explained() -> None:
    check = check_phone("+57 1 639 7777", "CO")
    assert not check.valid
    assert check.e164 is None
    assert "Colombia (CO)" in (check.problem or "")
    assert "601 639 7777" in (check.problem or "")


@pytest.mark.parametrize("written", [
    "+1 212 555 0100 ext. 23", "+1 212 555 0100 x23", "+1 212 555 0100 poste 23",
    "+1 212 555 0100 anexo 23", "+1 212 555 0100 extension 23",
])
def test_extensions_in_every_language_are_kept_apart(written: str) -> None:
    check = check_phone(written, "US")
    assert check.valid and check.e164 == "+12125550100" and check.extension == "23"
    assert check.display == "+1 212-555-0100 ext. 23"


def test_mobile_is_told_from_the_number_type() -> None:
    assert check_phone("310 555 0147", "CO").kind is PhoneKind.MOBILE
    assert check_phone("+992 48 701 02 22").kind is PhoneKind.OFFICE


@pytest.mark.parametrize(("label", "kind"), [
    ("Móvil: 310 555 0147", PhoneKind.MOBILE), ("WhatsApp +961 3 123 456", PhoneKind.WHATSAPP),
    ("Fax: +41 22 717 9111", PhoneKind.FAX), ("Portable : 06 12 34 56 78", PhoneKind.MOBILE),
    ("Tel: +41 22 717 9111", None),
])
def test_labels_announce_the_kind(label: str, kind: PhoneKind | None) -> None:
    assert kind_from_label(label) is kind


@pytest.mark.parametrize(("written", "region", "words"), [
    ("123456", "FR", "too short for France (FR)"),
    ("+33 6 12 34 56 78 90 12", None, "too long"),
    ("0612345678", None, "country calling code"),
    ("hello", "FR", "not a phone number"),
    ("+999 1234567", None, "country calling code"),
])
def test_refusals_say_what_is_wrong(written: str, region: str | None, words: str) -> None:
    check = check_phone(written, region)
    assert not check.valid
    assert words in (check.problem or "")
    with pytest.raises(InputError) as error:
        check.require_valid()
    assert written in str(error.value)


def test_vcard_tel_uri_and_trunk_prefix_in_brackets() -> None:
    assert check_phone("tel:+380-67-123-4567").e164 == "+380671234567"
    assert check_phone("+44 (0)20 7946 0958").e164 == "+442079460958"


@given(st.text(max_size=60), st.sampled_from([None, "TJ", "CO", "FR", "US", "NE"]))
def test_any_text_gives_an_answer_never_an_exception(text: str, region: str | None) -> None:
    check = check_phone(text, region)
    assert check.valid == (check.e164 is not None)
    assert check.valid or check.problem


@given(st.sampled_from(["TJ", "CO", "FR", "US", "NE", "ET", "NP", "JO", "SN", "AF"]),
       st.sampled_from([phonenumbers.PhoneNumberFormat.NATIONAL,
                        phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                        phonenumbers.PhoneNumberFormat.E164]))
def test_every_example_number_round_trips_in_every_format(region: str, fmt: int) -> None:
    example = phonenumbers.example_number(region)
    written = phonenumbers.format_number(example, fmt)
    check = check_phone(written, region)
    assert check.valid
    assert check.e164 == phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)


@pytest.mark.parametrize("region", [None, "US", "CH", "TJ"])
def test_00_is_read_as_the_international_prefix_whatever_the_office(region: str | None) -> None:
    check = check_phone("00 41 22 717 9111", region)
    assert check.valid and check.e164 == "+41227179111"
    assert check.as_written == "00 41 22 717 9111"
