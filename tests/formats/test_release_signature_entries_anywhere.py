"""A whole vertical entry ("Name", a job, an office, a number, an address, each on its line) is
a contact wherever it stands on the page, also above the end of a page that runs other items
after the release, and in words no list knows: the line under the name is the job, the next
one the office. An agency's "Name, Press Officer" over a line that is only an address, above
the headline, is read too. A name over a switchboard with no entry of its own is not.
All pages are invented, modelled on the layouts.
"""

from __future__ import annotations

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.model import ExtractedPerson, Role

OTHER_ITEMS = "".join(
    f"Kaupunki avaa uuden kirjaston ja kaksi uimahallia vuonna {year}. Lisäksi kaupunki "
    "rakentaa uusia kouluja, päiväkoteja ja puistoja kaikkiin kaupunginosiin seuraavien "
    "vuosien aikana, ja asukkaat voivat kertoa toiveistaan verkossa.\n"
    for year in (2031, 2032, 2033, 2034)
)


def _media(page: str) -> dict[str, ExtractedPerson]:
    return {p.name: p for p in parse_release_text(page, "test").people
            if p.role is Role.MEDIA_CONTACT}


def test_a_signature_entry_high_on_a_page_that_runs_other_items_after_it() -> None:
    page = (
        "Kaupunginhallitus esittää uutta kirjastoa keskustaan\n\n"
        "Kaupunginhallitus esittää uuden kirjaston rakentamista keskustaan. Kirjasto "
        "maksaisi noin 40 miljoonaa euroa, ja sen on määrä avautua vuonna 2040.\n"
        "Kaikki kokouksen päätökset ovat luettavissa verkossa.\n"
        "Kerttu Vaaramaa\n"
        "Tiedotussihteeri\n"
        "Kaupunginkanslia\n"
        "P. 09 555 01 234\n"
        "kerttu.vaaramaa@kaupunki.example.fi\n"
        "Avainsanat\n"
        "Linkit\n" + OTHER_ITEMS
    )
    person = _media(page)["Kerttu Vaaramaa"]
    assert person.title == "Tiedotussihteeri"
    assert person.office == "Kaupunginkanslia"
    assert [e.address for e in person.emails] == ["kerttu.vaaramaa@kaupunki.example.fi"]


def test_a_name_and_job_over_an_address_above_the_headline() -> None:
    page = (
        "Comunicado de Prensa\n"
        "\n"
        "Martes, 4 de mayo de 2038\n"
        "Para publicación inmediata\n"
        "Rosa Quintanilla, Oficial de Prensa\n"
        "prensa@agencia.example.gov\n"
        "\n"
        "La agencia amplía el horario de sus oficinas durante el verano\n"
        "\n"
        "La agencia abrirá sus oficinas dos horas más cada día de junio a agosto para atender "
        "a las personas que no pueden acudir por la mañana, según anunció hoy su directora.\n"
    )
    person = _media(page)["Rosa Quintanilla"]
    assert [e.address for e in person.emails] == ["prensa@agencia.example.gov"]


def test_a_name_over_a_switchboard_line_alone_is_no_signature() -> None:
    page = (
        "Kaupunginhallitus esittää uutta kirjastoa\n\n"
        "Kaupunginhallitus esittää uuden kirjaston rakentamista keskustaan.\n"
        "Helsinki Vantaa\n"
        "Vaihde 09 555 00 00\n" + OTHER_ITEMS
    )
    assert _media(page) == {}


def test_an_organisation_shaped_like_a_name_under_a_person_is_their_office() -> None:
    page = (
        "Einladung an die Medien: Online-Pressekonferenz\n\n"
        "Die Sternwarte stellt am Dienstag neue Ergebnisse vor. Journalisten haben dabei die "
        "Gelegenheit, mit den Wissenschaftlern zu diskutieren. Die Konferenz beginnt um 16 Uhr.\n"
        "\n"
        "Kontaktinformationen\n"
        "\n"
        "Henrike Salzmann\n"
        "Nördliche Bergsternwarte\n"
        "Lindenfeld\n"
        "Tel: 089 3200 1234\n"
        "E-Mail: hsalzmann@sternwarte.example.org\n"
    )
    people = _media(page)
    assert set(people) == {"Henrike Salzmann"}
    assert people["Henrike Salzmann"].office == "Nördliche Bergsternwarte"
