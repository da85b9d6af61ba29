"""The bare word for "contact" and a colon before a person's name ("Contacto: Ana Ruiz …",
"Contato: …", "Contatto: …") opens a contact block in Spanish, Portuguese and Italian as
"Contact:" does in English. The page is invented, modelled on the layout.
"""

from __future__ import annotations

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.model import Role


def test_a_bare_contact_label_in_spanish_opens_a_block() -> None:
    page = (
        "La agencia amplía su red de estaciones meteorológicas\n"
        "\n"
        "La agencia instalará veinte estaciones nuevas en la costa durante el próximo año para "
        "mejorar los avisos de tormentas y la información que reciben los pescadores.\n"
        "\n"
        "Contacto: Lorena Villaseñor Prado\n"
        "Oficina de Prensa\n"
        "Tel. (305) 555-0147\n"
    )
    people = {p.name for p in parse_release_text(page, "test").people
              if p.role is Role.MEDIA_CONTACT}
    assert people == {"Lorena Villaseñor Prado"}
