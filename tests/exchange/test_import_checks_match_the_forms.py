"""A contact file's numbers and addresses are judged exactly as the forms judge them.

The import remembers checks and reads plain addresses without email-validator (for speed);
whatever it answers must be what check_phone and check_email answer, field for field.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop.domain import phones
from desktop.domain.emails import EmailKind, check_email
from desktop.domain.phones import PhoneKind, check_phone
from desktop.services.contact_import_checks import Checks, fast_check_email
from desktop.services.contact_import_merge import _visible
from desktop.services.guards import visible

_LOCAL = st.text(alphabet="abcXYZ019._+-%'!é", min_size=0, max_size=12)
_LABEL = st.text(alphabet="abcXY09-é", min_size=0, max_size=10)
_TLD = st.sampled_from(["org", "INT", "c", "com1", "1com", "local", "invalid", "arpa", "test",
                        "onion", "localhost", "xn--p1ai", "рф", "a" * 64, "museum"])
_KIND = st.sampled_from([None, *EmailKind])


@st.composite
def _address_like(draw: st.DrawFn) -> str:
    local = draw(_LOCAL)
    labels = draw(st.lists(_LABEL, min_size=0, max_size=3))
    domain = ".".join([*labels, draw(_TLD)])
    around = draw(st.sampled_from(["{}", " {} ", "mailto:{}", "Email: {}", "<{}>", "{}.",
                                   "email.{}", "{}?subject=x", "Name <{}>"]))
    return around.format(f"{local}@{domain}")


def _same(text: str, kind: EmailKind | None) -> None:
    fast, slow = fast_check_email(text, kind), check_email(text, kind)
    assert fast == slow
    assert (fast.code, dict(fast.params)) == (slow.code, dict(slow.params))


@settings(max_examples=1500)
@given(_address_like(), _KIND)
@example("email.press@iom.int", None)
@example("a" * 64 + "@iom.int", None)
@example("a" * 65 + "@iom.int", None)
@example("x@" + "a" * 63 + ".org", None)
@example("x@" + "a" * 64 + ".org", None)
@example("x@" + ".".join(["a" * 60] * 4) + ".org", None)
@example("x@ab--cd.org", None)
@example("x@-ab.org", None)
@example("x@123.456.org", None)
@example("press@iom.int", EmailKind.PERSONAL)
@example("PRESS@IOM.INT", None)
def test_address_shapes_get_the_validator_answer(text: str, kind: EmailKind | None) -> None:
    _same(text, kind)


@st.composite
def _nearly_plain(draw: st.DrawFn) -> str:
    """Mostly addresses the fast path takes, with the edges it must leave to the validator."""
    local = draw(st.text(alphabet="azAZ09._+-", min_size=1, max_size=70))
    labels = draw(st.lists(st.text(alphabet="azAZ09-", min_size=1, max_size=66), min_size=1,
                           max_size=5))
    tld = draw(st.sampled_from(["org", "INT", "io", "c", "local", "test", "arpa", "x1",
                                "a" * 63, "a" * 64]))
    return f"{local}@{'.'.join([*labels, tld])}"


@settings(max_examples=1500)
@given(_nearly_plain(), _KIND)
def test_plain_addresses_get_the_validator_answer(text: str, kind: EmailKind | None) -> None:
    _same(text, kind)


@settings(max_examples=300)
@given(st.text(max_size=30), _KIND)
def test_any_text_gets_the_validator_answer(text: str, kind: EmailKind | None) -> None:
    _same(text, kind)


@pytest.mark.parametrize(("text", "region"), [
    ("+41 22 717 9111", None), ("022 717 91 11", "CH"), ("+39 06 1234 5678", None),
    ("06 1234 5678", "IT"), ("+992 48 701 0222 ext. 12", "TJ"), ("00 962 6 565 1234", "US"),
    ("+44 (0)20 7946 0018", "GB"), ("+1 212 555 0100", None), ("+7 495 123-45-67", "RU"),
    ("+225 27 22 40 00 00", "CI"), ("+54 9 11 2345-6789", "AR"), ("not a number", "CH"),
    ("0791 23 45", "JO"), ("tel:+57-601-639-7777;ext=204", None),
])
def test_numbers_shown_the_same_however_checked(text: str, region: str | None) -> None:
    checks = Checks()
    remembered = checks.phone(text, region, None)
    assert checks.phone(text, region, None) is remembered
    fresh = check_phone(text, region)
    assert remembered == fresh
    # display is made while checking, or from the E.164 alone (a stored number): same text
    again = phones.PhoneCheck(fresh.e164, fresh.e164, fresh.extension, fresh.kind, fresh.valid)
    assert remembered.display == fresh.display == (again.display if fresh.e164 else None)


@settings(max_examples=300)
@given(st.sampled_from(["CH", "IT", "TJ", "JO", "GB", "US", "SN", "RU", "AR", "MX", "DE"]),
       st.integers(min_value=10_000, max_value=99_999_999_999),
       st.sampled_from([None, PhoneKind.MOBILE, PhoneKind.FAX]))
def test_generated_numbers_shown_the_same(region: str, national: int,
                                          kind: PhoneKind | None) -> None:
    text = f"0{national}" if national % 2 else str(national)
    checked = check_phone(text, region, kind)
    shown = checked.display  # made while checking
    again = phones.PhoneCheck(checked.e164, checked.e164, checked.extension, checked.kind, True)
    assert shown == (again.display if checked.e164 else None)
    assert Checks().phone(text, region, kind) == checked


@settings(max_examples=1000)
@given(st.text(alphabet=st.sampled_from(list("ab \n\t\r\u200d\u202e\x1b\u00a0\u2028é"))
               | st.characters(), max_size=20))
def test_invisible_characters_removed_as_the_forms_remove_them(text: str) -> None:
    assert _visible(text) == visible(text)
