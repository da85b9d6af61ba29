"""vCards that other software reads: vobject parses every field back, lines fold safely."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
import vobject
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.emails import EmailKind
from desktop.domain.phones import PhoneKind
from desktop.formats.vcard.reader import read_vcards
from desktop.formats.vcard.text import escape, fold, unfold
from desktop.formats.vcard.writer import card, contact_uid, write_cards
from tests.exchange.contact_samples import ARABIC_NOTE, OFFICE, rich_contact


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_vobject_reads_every_field_back(version: str) -> None:
    contact = rich_contact()
    parsed = vobject.readOne(card(contact, version))
    assert parsed.version.value == version
    assert parsed.fn.value == "Абдулфаттох Шафиев"
    assert parsed.n.value.family == "Шафиев" and parsed.n.value.given == "Абдулфаттох"
    assert parsed.org.value == [OFFICE.name]
    assert parsed.title.value == contact.title
    assert parsed.note.value == contact.notes
    assert parsed.categories.value == ["press, media", "UN;OIM"]
    assert parsed.uid.value == contact_uid(7, contact.created_at)
    emails = [(e.value, [t.lower() for t in e.params["TYPE"]]) for e in parsed.email_list]
    assert ("abdulfattoh@inbox.ru", ["work"]) in [(a, [t for t in ts if t != "internet"])
                                                  for a, ts in emails]
    assert [e[0] for e in emails] == ["abdulfattoh@inbox.ru", "press@iom.int",
                                      "a.shafiev@mail.tj"]
    tels = [(t.value, [x.lower() for x in t.params["TYPE"]]) for t in parsed.tel_list]
    if version == "4.0":
        assert tels[0] == ("tel:+992487010222;ext=12", ["work", "voice"])
        assert tels[1][0] == "tel:+992935551234"
        assert tels[4] == ("+57 1 639 7777", ["cell"])  # kept as written, VALUE=text
        assert [lang.value for lang in parsed.lang_list] == ["ru", "tg", "fr"]
        assert parsed.rev.value == "20260203T040506Z"
    else:
        assert tels[0] == ("+992 48 701 0222 ext. 12", ["work", "voice"])
        assert parsed.rev.value == "2026-02-03T04:05:06Z"
    assert tels[3][1] == ["work", "fax"]


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_press_desk_reader_gets_back_what_was_written(version: str) -> None:
    contact = rich_contact()
    [parsed] = list(read_vcards(io.BytesIO(card(contact, version).encode())))
    assert parsed.name == contact.name
    assert (parsed.given_name, parsed.family_name) == ("Абдулфаттох", "Шафиев")
    assert parsed.title == contact.title
    assert parsed.office == OFFICE.name
    assert parsed.notes == contact.notes
    assert set(contact.tags) <= set(parsed.tags)
    assert [p.kind for p in parsed.phones] == [p.kind for p in contact.phones]
    assert parsed.phones[0].text.replace(" ", "") == "+992487010222ext.12"
    assert [e.kind for e in parsed.emails] == [EmailKind.WORK, EmailKind.SHARED,
                                               EmailKind.PERSONAL]
    assert parsed.phones[1].kind is PhoneKind.WHATSAPP
    if version == "4.0":
        assert list(parsed.languages) == ["ru", "tg", "fr"]


def test_uid_is_stable_and_differs_per_contact() -> None:
    first = rich_contact()
    assert contact_uid(7, first.created_at) == contact_uid(7, first.created_at)
    assert contact_uid(7, first.created_at) != contact_uid(8, first.created_at)
    assert contact_uid(7, first.created_at).startswith("urn:uuid:")
    later = replace(first, updated_at=first.updated_at.replace(year=2027))
    uid_line = [line for line in card(later).split("\r\n") if line.startswith("UID:")]
    assert uid_line == ["UID:" + contact_uid(7, first.created_at)]


def test_lines_fold_at_75_octets_without_splitting_characters() -> None:
    text = card(rich_contact(notes=ARABIC_NOTE * 5, name="Zoë " + "Ĳsselmeer-Ångström " * 8))
    for line in text.split("\r\n"):
        assert len(line.encode()) <= 75
        line.encode().decode("utf-8")  # every physical line is whole UTF-8 on its own
    assert "NOTE:" + escape(ARABIC_NOTE * 5) in unfold(text)


@given(st.text(min_size=0, max_size=400))
def test_fold_then_unfold_is_the_identity(value: str) -> None:
    line = "NOTE:" + escape(value)
    folded = fold(line)
    assert unfold(folded) == line
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))


def test_write_cards_streams_many_and_refuses_an_unknown_version() -> None:
    out = io.StringIO()
    contacts = [rich_contact(id=n) for n in range(1, 51)]
    assert write_cards(out, iter(contacts), "3.0") == 50
    assert len(list(vobject.readComponents(out.getvalue()))) == 50
    with pytest.raises(ValueError, match=r"2\.1"):
        write_cards(io.StringIO(), contacts, "2.1")
