"""A new contact's rows from an import (worked out by the hundred thousand) are the ones the long
way gives: its audit entry's, languages' and tags' JSON as json.dumps writes them, its name's
search words from the name folded once as from the name itself, whatever the text (accents,
quotes, back-slashes, control characters, other scripts, lone surrogates); and a card sent to
the writer without its numbers is the card ``dataclasses.replace`` makes."""

from __future__ import annotations

import json
import pickle
from dataclasses import replace
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from benchmarks.contact_import import write_vcards
from desktop.domain.emails import check_email
from desktop.domain.phones import check_phone
from desktop.domain.text import fold
from desktop.formats.vcard.reader import open_vcards
from desktop.search import documents
from desktop.search.words import name_words, name_words_of_folded
from desktop.services.contact_import_pipeline import _without_numbers
from desktop.services.contact_import_rows import person
from tests.exchange.directory_rows import VENDOR_FILES

_TEXT = st.text(alphabet=st.characters(codec=None, exclude_categories=("Cs",)) | st.sampled_from(
    ['"', "\\", "\n", "\t", "\x00", "\u2028", "é", "Ж", "ش", "\ud800", "ß", "ø", "'", "’", "-"]),
    max_size=20)


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.lists(_TEXT, max_size=3), st.lists(_TEXT, max_size=3), _TEXT)
@example("Zoë \"Q\" O'Brien\\", ["fr", "de-CH"], ["Press officers", "é\x01"], "import: a.vcf")
def test_the_json_is_what_json_dumps_writes(name: str, languages: list[str], tags: list[str],
                                            source: str) -> None:
    phones = [check_phone("+41 22 710 00 00", None), check_phone("not a number", None)]
    emails = [check_email("Person.0@Example.org"), check_email("nobody")]
    made = person(name or "x", None, None, None, languages, tags, None, phones, emails, source)
    assert made.languages_json == json.dumps(list(languages))
    assert made.tags_json == json.dumps(list(tags))
    assert made.audit_json == json.dumps({
        "name": made.name, "source": source,
        "phones": [c.e164 or c.as_written for c in phones],
        "emails": [c.address or c.as_written for c in emails]})


@settings(max_examples=300, deadline=None)
@given(_TEXT)
@example("Abdul-Fattoh O’Brien Шафиев Søren")
@example("  Łukasz   ÆSIR  ")
def test_a_name_folded_once_gives_the_same_words_and_key(name: str) -> None:
    assert name_words_of_folded(fold(name)) == name_words(name)
    text = name or "x"
    long_way = person(text, None, None, "Officer", (), (), None, (), (), "import")
    once = person(text, None, None, "Officer", (), (), None, (), (), "import", fold(text))
    assert once == long_way
    assert once.document == documents.person_fields(long_way.name, "Officer", (), ())


def test_a_card_sent_without_its_numbers_is_the_card_replace_makes(tmp_path: Path) -> None:
    generated = tmp_path / "generated.vcf"
    write_vcards(generated, 300)
    for path in (generated, *VENDOR_FILES):
        for card in open_vcards(path) if path.suffix == ".vcf" else ():
            sent = _without_numbers(card)
            assert sent == replace(card, phones=(), emails=())
            assert pickle.dumps(sent) == pickle.dumps(replace(card, phones=(), emails=()))
            kept = pickle.dumps(card)
            _without_numbers(card)
            assert pickle.dumps(card) == kept, "the card read is left as it was"
