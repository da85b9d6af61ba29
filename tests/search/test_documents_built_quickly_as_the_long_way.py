"""A contact's search document (built by the hundred thousand in an import) has the same
phone and email words as the long way that folds every address and parses every number's
country code digit by digit: what a search finds cannot depend on the short cut."""

from __future__ import annotations

import phonenumbers
from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop.domain.phones import check_phone, digits
from desktop.search import documents
from desktop.search.words import unique, words


def _phone_words_long_way(e164: str | None, as_written: str) -> list[str]:
    written = digits(as_written)
    if not e164:
        return documents._unique([written[i:] for i in range(len(written) - 2)])
    full = digits(e164)
    found = [full[i:] for i in range(len(full) - 2)]
    for length in (1, 2, 3):
        code = int(full[:length]) if full[:length].isdigit() else 0
        if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            prefix = documents._national_prefix(code)
            if prefix:
                found.append(prefix + full[length:])
            break
    found.append(written)
    return documents._unique(found)


def _email_words_long_way(address: str | None, as_written: str) -> list[str]:
    text = address or as_written
    return unique([*words(text), "".join(words(text.split("@", 1)[0]))])


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="+0123456789 -()٣", max_size=16), st.text(max_size=12))
@example("+41227100000", "+41-22-710-0000")
@example("+74951234567", "8 495 123 45 67")
@example("+4", "4")
@example("", "12")
@example("+٣12345", "x")
def test_phone_words_are_the_long_ways(e164: str, written: str) -> None:
    assert documents.phone_words(e164 or None, written) == _phone_words_long_way(
        e164 or None, written)


def test_phone_words_of_every_regions_example_number_are_the_long_ways() -> None:
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        number = phonenumbers.example_number(region)
        if number is None:
            continue
        written = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        e164 = check_phone(written, region).e164
        assert documents.phone_words(e164, written) == _phone_words_long_way(e164, written)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="abcXYZ019._+-@ \t'’ÉéøŁ\u00a0\x01", max_size=24),
       st.text(alphabet="abXé@. ", max_size=10))
@example("Person.123@Example.ORG", "x")
@example("o'brien@x.org", "x")
@example("a  b@c", "x")
@example("", "Søren@Press.dk")
def test_email_words_are_the_long_ways(address: str, written: str) -> None:
    assert documents._email_words(address or None, written) == _email_words_long_way(
        address or None, written)


def test_a_document_assembled_from_its_fields_is_the_dataclass() -> None:
    person = documents.person_fields("Алишер O'Brien-Diallo", "Press officer",
                                     [("+41227100000", "+41 22 710 0000")],
                                     [("press@iom.int", "Press@IOM.int")])
    quick = documents.assemble(7, 1, person, "TJ", "IOM Tajikistan", "IOM", "Dushanbe", "CH")
    plain = documents.ContactDocument(
        contact_id=7, archived=True, name=person[0],
        office=documents._office_field("IOM Tajikistan", "IOM"),
        city=documents._words_field("Dushanbe"), country=documents._country_field("TJ", "CH"),
        title=person[1], phone=person[2], email=person[3])
    assert quick == plain and hash(quick) == hash(plain) and repr(quick) == repr(plain)
    assert [quick.field(name) for name in documents.FIELDS] == [
        plain.field(name) for name in documents.FIELDS]
    assert quick.name_terms() == plain.name_terms()
