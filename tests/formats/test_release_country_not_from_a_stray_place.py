"""The country of a found contact is never a place the story only happens to name.

A release about another country's president names that country most, but the contact's
national number does not read there; it reads in the country whose domain the page's
addresses use, which is then the contact's. The page is invented, modelled on that layout.
"""

from __future__ import annotations

from desktop.formats.releases import parse_release_text


def test_a_number_that_reads_only_in_the_pages_domain_country_gives_that_country() -> None:
    text = (
        "Visita oficial del presidente de Uruguay\n\n"
        "El presidente de Uruguay llegará el domingo en visita oficial. Uruguay y su delegación "
        "serán recibidos en la Casa de Gobierno. La prensa de Uruguay podrá acreditarse.\n\n"
        "Las acreditaciones se envían al correo electrónico prensa@cancilleria.example.gov.co "
        "con los datos de los periodistas. Para confirmar, por favor comunicarse con "
        "Andrés Mejía, al celular 311 5550123.\n\n"
        "Los medios deben llegar a las 2:00 de la tarde.\n"
    )
    person = next(p for p in parse_release_text(text, "test").people if p.name == "Andrés Mejía")
    assert person.country == "CO"
    assert [phone.e164 for phone in person.phones] == ["+573115550123"]
