"""Contact files as real products write them are read field by field (no database)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.emails import EmailKind
from desktop.domain.phones import PhoneKind
from desktop.formats.contact_card import ParsedCard
from desktop.formats.contacts_csv import CsvContacts, detect_delimiter
from desktop.formats.vcard.reader import open_vcards, read_vcards

DATA = Path(__file__).resolve().parent.parent / "data" / "contacts"


def vcards(name: str) -> list[ParsedCard]:
    return list(open_vcards(DATA / name))


def rows(name: str) -> list[ParsedCard]:
    return list(CsvContacts(DATA / name).cards())


def test_apple_item_groups_give_kinds_and_custom_labels_become_tags() -> None:
    [card] = vcards("apple_contacts.vcf")
    assert card.name == "Lina Haddad" and card.office == "IOM Jordan"
    assert card.title == ("Senior Media and Communications Officer for the Jordan and Syria "
                          "Crisis Response")  # unfolded
    kinds = {p.text: p.kind for p in card.phones}
    assert kinds == {"+962 79 123 4567": PhoneKind.MOBILE, "+962 6 565 9660": None,
                     "+962 79 765 4321": PhoneKind.WHATSAPP}
    assert [e.kind for e in card.emails] == [EmailKind.WORK, EmailKind.PERSONAL]
    assert card.tags == ("Press line", "Press officers", "Middle East")
    assert card.notes == "Arabic and English.\nCovers Azraq and Zaatari camps; on call at weekends."
    assert card.country == "Jordan"


def test_google_vcard_drops_the_my_contacts_group_and_reads_whatsapp_labels() -> None:
    [card] = vcards("google_contacts.vcf")
    assert card.tags == ("Press officers",)
    assert card.notes == "Arabic, French, English"
    assert [p.kind for p in card.phones] == [PhoneKind.OFFICE, PhoneKind.MOBILE,
                                             PhoneKind.WHATSAPP]


def test_outlook_vcard_21_in_windows_1252_with_quoted_printable_notes() -> None:
    [card] = vcards("outlook_contact.vcf")
    assert card.name == "Aïssatou Diallo" and card.office == "OIM Sénégal"
    assert card.title == "Chargée de communication"
    assert card.notes == ("Parle français, wolof et anglais.\n"
                          "Bureau de Dakar, joignable le week-end.")
    assert [p.kind for p in card.phones] == [PhoneKind.OFFICE, PhoneKind.MOBILE, PhoneKind.FAX]
    assert card.country == "Sénégal"


def test_android_quoted_printable_utf8_broken_inside_a_character() -> None:
    first, second = vcards("android_contacts.vcf")
    assert first.name == "Олена Коваленко" and first.family_name == "Коваленко"
    assert first.office == "МОМ Україна"
    assert first.notes == "Українська, англійська.\nКиїв."
    assert second.name == "Media desk Kyiv" and second.where == "card 2"


def test_thunderbird_vcard_4_tel_uris_keep_their_extension_and_languages() -> None:
    [card] = vcards("thunderbird_contacts.vcf")
    assert [p.text for p in card.phones] == ["+57-601-639-7777 ext. 204", "+57 310 123 4567"]
    assert card.languages == ("es", "en")
    assert card.emails[1].kind is EmailKind.PERSONAL


def test_evolution_folds_inside_utf8_sequences() -> None:
    [card] = vcards("evolution_contacts.vcf")
    assert card.name == "Nour El-Houda Ben Saïd"
    assert card.notes == "العربية والفرنسية — مكتب تونس\nDisponible à Sfax et Zarzis."


def test_a_card_cut_short_is_an_error_naming_it() -> None:
    from desktop.formats.contact_card import ContactFileError

    with pytest.raises(ContactFileError, match="card 1"):
        list(read_vcards([b"BEGIN:VCARD\r\n", b"FN:Half\r\n"]))


def test_google_csv_multi_values_custom_labels_and_line_breaks() -> None:
    [card] = rows("google_contacts.csv")
    assert card.where == "line 2"
    assert [p.text for p in card.phones] == ["48 701 02 22", "+992 93 555 12 34",
                                             "+992 90 123 45 67", "+992 48 701 02 23"]
    assert card.phones[3].label == "Press hotline"
    assert card.tags == ("Press officers", "Central Asia", "Press hotline")
    assert card.notes == "Tajik, Russian, English\nBased in Dushanbe."
    assert card.emails[1].kind is EmailKind.PERSONAL
    assert card.title == "Media Officer"  # "Name Prefix" (Mr.) is not the title


def test_google_legacy_csv() -> None:
    [card] = rows("google_contacts_legacy.csv")
    assert card.name == "Zahra Haidari" and card.office == "IOM Afghanistan"
    assert card.title == "Public Information Officer" and card.tags == ("Press officers",)


def test_outlook_desktop_92_columns_in_windows_1252() -> None:
    reader = CsvContacts(DATA / "outlook_desktop.csv")
    assert reader.layout.encoding == "cp1252" and reader.layout.unmapped == ()
    first, second = reader.cards()
    assert first.name == "Aïssatou Diallo"
    assert first.title == "Chargée de communication"  # "Job Title"; "Title" is "Mme"
    assert first.tags == ("Press officers", "West Africa")
    assert first.notes == "Parle français et wolof.\nBureau de Dakar."
    assert second.where == "line 4"  # the first record spans lines 2 and 3
    assert second.title == "Oficial de Comunicação" and second.languages == ("Portuguese",)


@pytest.mark.parametrize(("name", "expected"), [
    ("outlook_french.csv", ("Mamadou Keita", "Chargé de presse", "OIM Mali", ";")),
    ("outlook_spanish.csv", ("Valentina Rojas", "Oficial de prensa", "OIM Colombia", ",")),
    ("outlook_german_unicode.txt", ("Jana Müller", "Pressesprecherin", "IOM Deutschland", "\t")),
    ("outlook_com.csv", ("Gulnara Abdiyeva", "Communications Assistant", "IOM Kyrgyzstan", ",")),
])
def test_localised_outlook_headers(name: str, expected: tuple[str, str, str, str]) -> None:
    reader = CsvContacts(DATA / name)
    [card] = reader.cards()
    assert (card.name, card.title, card.office, reader.layout.delimiter) == expected
    assert reader.layout.unmapped == ()
    assert [p.kind for p in card.phones][-1] is PhoneKind.MOBILE


def test_an_unknown_layout_names_the_columns_it_could_not_map_and_takes_a_mapping() -> None:
    reader = CsvContacts(DATA / "unknown_layout.csv")
    assert not reader.layout.recognised
    assert reader.layout.unmapped == ("Person", "Tel", "Mail")
    mapped = CsvContacts(DATA / "unknown_layout.csv",
                         {"Person": "name", "Tel": "phone", "Mail": "email"})
    first, second = mapped.cards()
    assert (first.name, first.office, first.phones[0].text) == (
        "Ibrahim Sow", "OIM Guinée", "+224 622 12 34 56")
    assert second.where == "line 3"


def test_the_delimiter_is_not_fooled_by_slashes_in_headers() -> None:
    assert detect_delimiter('"Land/Region geschäftlich";"Vorname";"Nachname"\r\n') == ";"
    assert detect_delimiter("Name\tBusiness Country/Region\tNotes\n") == "\t"


def test_quote_prefixed_cells_of_an_excel_safe_csv_are_read_as_their_value(tmp_path: Path) -> None:
    sheet = tmp_path / "safe.csv"
    sheet.write_text('Name,Phone,Notes\r\n"=HYPERLINK(""x"")",\'+992 48 701 02 22,\'-- ok\r\n',
                     encoding="utf-8-sig")
    [card] = CsvContacts(sheet).cards()
    assert card.name == '=HYPERLINK("x")'
    assert card.phones[0].text == "+992 48 701 02 22" and card.notes == "-- ok"
