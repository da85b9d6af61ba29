"""A small directory with the cases exports must carry: scripts, extensions, hostile text."""

from __future__ import annotations

from desktop.domain.records import ContactRecord
from desktop.services import contacts, offices
from desktop.services.contacts import ContactDraft
from desktop.services.database import Database

HOSTILE_NAME = '=HYPERLINK("http://evil.example","Click")'


def seed(db: Database) -> dict[str, ContactRecord]:
    """Five contacts on three continents, one archived; returns them by a short key."""
    made = {
        "shafiev": contacts.add_contact(db, ContactDraft(
            name="Abdulfattoh Shafiev", title="Media and Communications Officer",
            office="OIM Tadjikistan", country="TJ",
            phones=("+992 48 701 02 22 ext. 12", "+992 93 555 1234"),
            emails=("abdulfattoh@inbox.ru",), languages=("tg", "ru", "en"),
            tags=("Central Asia", "press, media"),
            notes="Speaks Tajik and Russian.\nPrefers WhatsApp; call before 17:00.")),
        "ivanova": contacts.add_contact(db, ContactDraft(
            name="Ольга Иванова", title="Пресс-секретарь", office="МОМ Таджикистан",
            country="TJ", phones=("+992 37 221 0034",), emails=("oivanova@iom.int",),
            languages=("ru",))),
        "khatib": contacts.add_contact(db, ContactDraft(
            name="ليلى الخطيب", title="مسؤولة الإعلام والاتصال",
            office="مكتب المنظمة الدولية للهجرة في لبنان", country="LB",
            phones=("+961 1 752 222 ext. 305", "+961 3 123 456"),
            emails=("lkhatib@iom.int",), languages=("ar", "fr"))),
        "lefevre": contacts.add_contact(db, ContactDraft(
            name="Hélène Lefèvre-Ouédraogo",
            title="Chargée de communication et de relations avec les médias pour l'Europe de "
                  "l'Ouest et les institutions européennes à Bruxelles et Strasbourg",
            office="OIM France", country="FR", phones=("+33 1 40 44 06 91",),
            emails=("hlefevre@iom.int",), languages=("fr", "en"))),
        "hostile": contacts.add_contact(db, ContactDraft(
            name=HOSTILE_NAME, office="IOM Senegal", country="SN",
            phones=("+221 33 869 62 00",), emails=("-cmd@example.org",))),
    }
    tj = made["shafiev"].office
    assert tj is not None
    offices.update_office(db, tj.id, offices.OfficeChanges(
        city="Dushanbe", time_zone="Asia/Dushanbe", phone="+992 37 221 0000"))
    contacts.set_archived(db, made["hostile"].id, True)
    return {key: contacts.get_contact(db, record.id) for key, record in made.items()}
