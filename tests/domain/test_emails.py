"""Email addresses as people paste them: cleaned, validated offline, refused with a reason."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.emails import EmailKind, check_email


@pytest.mark.parametrize(("written", "address"), [
    ("abdulfattoh@inbox.ru", "abdulfattoh@inbox.ru"),
    ("name [at] iom.int", "name@iom.int"),
    ("name (at) iom (dot) int", "name@iom.int"),
    ("mailto:Press.Office@IOM.INT", "press.office@iom.int"),
    ("Sabina Thapa <sthapa@iom.int>", "sthapa@iom.int"),
    ("Courriel : missoufou@iom.int", "missoufou@iom.int"),
    ("Correo electrónico: vrojas@iom.int", "vrojas@iom.int"),
])
def test_pasted_forms_are_cleaned(written: str, address: str) -> None:
    check = check_email(written)
    assert check.valid and check.address == address
    assert check.as_written == written


@pytest.mark.parametrize(("written", "words"), [
    ("bad@", "after the @-sign"),
    ("no-at-sign.org", "@"),
    ("x@localhost", "period"),
    ("[email protected]", "email-protection placeholder"),
    ("", "empty"),
])
def test_refusals_give_the_reason(written: str, words: str) -> None:
    check = check_email(written)
    assert not check.valid and check.address is None
    assert words in (check.problem or "")


def test_shared_mailboxes_are_recognised() -> None:
    assert check_email("press@iom.int").kind is EmailKind.SHARED
    assert check_email("hbekele@iom.int").kind is EmailKind.WORK


@given(st.text(max_size=80))
def test_any_text_gives_an_answer_never_an_exception(text: str) -> None:
    check = check_email(text)
    assert check.valid == (check.address is not None)


@given(st.from_regex(r"[a-z][a-z0-9._]{0,15}[a-z0-9]@[a-z]{2,10}\.(org|int|com)", fullmatch=True))
def test_plain_addresses_survive_obfuscation(address: str) -> None:
    obfuscated = address.replace("@", " [at] ")
    assert check_email(obfuscated).address == check_email(address).address
