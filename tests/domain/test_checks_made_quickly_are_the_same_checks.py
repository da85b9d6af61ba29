"""Checks an import makes by the hundred thousand (a valid number, an accepted address) come
from a short cut (a number's digits checked straight against its one region): they must be the
same objects a form gets, field for field."""

from __future__ import annotations

import dataclasses

import pytest

from desktop.domain.emails import EmailCheck, EmailKind, accepted, check_email
from desktop.domain.phones import PhoneCheck, PhoneKind, _check_written, _valid, check_phone


def _fields(check: object) -> dict[str, object]:
    return {f.name: getattr(check, f.name) for f in dataclasses.fields(check)}  # type: ignore[arg-type]


def test_a_valid_number_made_quickly_is_the_dataclass_its_fields_and_hash_too() -> None:
    quick = _valid("+41 22 710 0000", "+41227100000", PhoneKind.OFFICE, "+41 22 710 00 00")
    plain = PhoneCheck("+41 22 710 0000", "+41227100000", None, PhoneKind.OFFICE, True,
                       international="+41 22 710 00 00")
    assert quick == plain and hash(quick) == hash(plain) and repr(quick) == repr(plain)
    assert _fields(quick) == _fields(plain)
    assert quick.params == {} and quick.params is not _valid("x", "+1", PhoneKind.FAX, "y").params
    with pytest.raises(dataclasses.FrozenInstanceError):
        quick.e164 = "+1"  # type: ignore[misc]
    assert dataclasses.replace(quick, kind=PhoneKind.FAX).kind is PhoneKind.FAX


def test_an_accepted_address_made_quickly_is_the_dataclass() -> None:
    quick = accepted("Press@IOM.int", "press@iom.int", EmailKind.SHARED)
    plain = EmailCheck("Press@IOM.int", "press@iom.int", EmailKind.SHARED, True)
    assert quick == plain and hash(quick) == hash(plain) and repr(quick) == repr(plain)
    assert _fields(quick) == _fields(plain)
    with pytest.raises(dataclasses.FrozenInstanceError):
        quick.valid = False  # type: ignore[misc]
    assert check_email("Press@IOM.int") == plain


@pytest.mark.parametrize(("written", "region", "kind"), [
    ("+41 79 100 0000", None, None),  # mobile, found from the digits
    ("+41-22-710-0000", "CH", PhoneKind.OFFICE),
    ("+992 93 100 0001", "TJ", None),
    ("+39 06 6982 1234", None, None),  # Italian leading zero kept
    ("+39 0 6 6982", None, None),  # too short: the long way refuses it
    ("+44 20 7946 0018", None, None),  # +44 is shared by several regions: the long way
    ("+1 212 555 0100", None, PhoneKind.FAX),
    ("+800 1234 5678", None, None),  # a non-geographic code
    ("+41 00000000", None, None),  # a national number of zero
])
def test_numbers_checked_straight_from_their_digits_check_as_the_long_way(
        written: str, region: str | None, kind: PhoneKind | None) -> None:
    quick, long = check_phone(written, region, kind), _check_written(
        written, region.upper() if region else None, kind)
    assert quick == long
    assert _fields(quick) == _fields(long)
