"""Contact records with the hard cases: Cyrillic, Arabic, diacritics, separators, long notes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from desktop.domain.emails import EmailKind
from desktop.domain.phones import PhoneKind
from desktop.domain.records import ContactRecord, EmailRecord, OfficeRecord, PhoneRecord

OFFICE = OfficeRecord(1, "OIM Tadjikistan; Douchanbé, bureau", "IOM", "TJ", "Dushanbe",
                      "Asia/Dushanbe", "+992 37 221 0000", None, 1)
ARABIC_NOTE = ("لا تتردد في الاتصال بنا للحصول على مزيد من المعلومات حول هذا البيان "
               "الصحفي المهم جداً")


def rich_contact(**changes: object) -> ContactRecord:
    contact = ContactRecord(
        id=7, name="Абдулфаттох Шафиев", given_name="Абдулфаттох", family_name="Шафиев",
        title="Chargé de communication, porte-parole; \\ presse", office=OFFICE, country="TJ",
        languages=("ru", "tg", "fr"), tags=("press, media", "UN;OIM"),
        notes="Line one\n" + ARABIC_NOTE + "\\end", archived=False, version=1,
        phones=(
            PhoneRecord("+992487010222", "12", "+992 48 701 0222 ext. 12", PhoneKind.OFFICE,
                        True, "+992 48 701 02 22 ext 12"),
            PhoneRecord("+992935551234", None, "+992 93 555 1234", PhoneKind.WHATSAPP, True,
                        "93 555 1234"),
            PhoneRecord("+992935550000", None, "+992 93 555 0000", PhoneKind.MOBILE, True,
                        "93 555 0000"),
            PhoneRecord("+992372210001", None, "+992 37 221 0001", PhoneKind.FAX, True,
                        "37 221 0001"),
            PhoneRecord(None, None, None, PhoneKind.MOBILE, False, "+57 1 639 7777",
                        "not a valid number for Colombia (CO)"),
        ),
        emails=(EmailRecord("abdulfattoh@inbox.ru", EmailKind.WORK, True, "abdulfattoh@inbox.ru"),
                EmailRecord("press@iom.int", EmailKind.SHARED, True, "press@iom.int"),
                EmailRecord("a.shafiev@mail.tj", EmailKind.PERSONAL, True, "a.shafiev@mail.tj")),
        created_at=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
        updated_at=datetime(2026, 2, 3, 4, 5, 6, tzinfo=UTC))
    return replace(contact, **changes)  # type: ignore[arg-type]
