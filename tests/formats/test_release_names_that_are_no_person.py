"""A name a contact block gives is a person's only when it looks like one: an airline's desk,
an orchestra or a federation on its own line, a unit with its acronym carry no given name and
an institution's word, so they are never a contact, and the person above such a line keeps it
as their organisation. A known given name in front keeps a person whatever their surname.
The pages are invented, modelled on the layouts.
"""

from __future__ import annotations

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.model import ExtractedPerson, Role
from desktop.formats.releases.persons import not_a_person, starts_with_given_name


def _contacts(page: str) -> dict[str, ExtractedPerson]:
    return {p.name: p for p in parse_release_text(page, "test").people
            if p.role is Role.MEDIA_CONTACT}


def test_institutions_are_no_person_and_people_are() -> None:
    for name in ("Northwind Airlines", "Riverside Chamber Orchestra", "Regional Flood Center",
                 "Deutscher Wanderverband", "Coordenação Social do MPQR"):
        assert not_a_person(name), name
    for name in ("Nicole Ferrand", "Sarah Church", "Jean DUPONT", "Awa Ndeye SALL",
                 "Oana Totorean", "Wolf-Dieter Brenner", "Kofi Mensah-Boateng"):
        assert not not_a_person(name), name
    assert starts_with_given_name("Mónica Arce") and not starts_with_given_name("Seaport Air")


def test_airline_desks_in_a_media_guide_are_no_contacts() -> None:
    page = (
        "Airport media guide\n"
        "\n"
        "The airport's communications office answers questions about the terminal and parking; "
        "airlines answer for their own flights, passengers and crews.\n"
        "\n"
        "Media contacts:\n"
        "Dana Whitcombe, Public Information Officer, (555) 201-4400\n"
        "\n"
        "Northwind Airlines\n"
        "• Phone: (555) 301-2200 (8:00 a.m. – 5:00 p.m.)\n"
        "• Twitter: @northwind\n"
        "\n"
        "Lakeshore Airways\n"
        "• (555) 301-7788\n"
    )
    assert set(_contacts(page)) == {"Dana Whitcombe"}


def test_an_orchestra_under_its_press_officer_is_her_office() -> None:
    page = (
        "Riverside Chamber Orchestra’s Offices Move to the Old Bank Building\n"
        "\n"
        "Tuesday • March 3, 2015\n"
        "\n"
        "FOR IMMEDIATE RELEASE\n"
        "\n"
        "Contact:\n"
        "Nicole Ferrand\n"
        "Riverside Chamber Orchestra\n"
        "(203) 555-0142, ext. 21\n"
        "nferrand@riversidechamber.org\n"
        "\n"
        "RIVERSIDE CHAMBER ORCHESTRA’S OFFICES MOVE TO THE OLD BANK BUILDING\n"
        "\n"
        "Riverside, CT, March 3, 2015 The orchestra's administrative offices will move to the "
        "old bank building on Court Street from Monday; the box office opens there the same "
        "week.\n"
    )
    people = _contacts(page)
    assert set(people) == {"Nicole Ferrand"}
    assert people["Nicole Ferrand"].office == "Riverside Chamber Orchestra"


def test_a_name_with_a_suffix_does_not_end_the_block() -> None:
    page = (
        "Governador visita obras na serra\n"
        "\n"
        "O governador visita neste sábado as obras da rodovia e inaugura a nova ala do "
        "hospital regional.\n"
        "\n"
        "Mais informações para a imprensa:\n"
        "Renato Paiva Jr.\n"
        "Assessoria de Comunicação\n"
        "Agência de Desenvolvimento Regional da Serra\n"
        "E-mail: imprensa@serra.example.gov.br\n"
        "Telefone: (47) 3555-0117\n"
    )
    assert set(_contacts(page)) == {"Renato Paiva Jr."}


def test_a_job_run_into_the_name_goes_back_to_the_job() -> None:
    page = (
        "NEWS RELEASE Contact: Maya Lindgren Development and Special Projects Coordinator "
        "Office: (757) 555-0174 ext 222 FOR IMMEDIATE RELEASE June 7, 2031 A NEW CALF AT THE "
        "ZOO! NORFOLK, Va. – The zoo is excited to announce the birth of a giraffe calf, the "
        "first in twelve years; keepers say mother and calf are doing well.\n"
    )
    people = _contacts(page)
    assert set(people) == {"Maya Lindgren"}
    assert people["Maya Lindgren"].title == "Development and Special Projects Coordinator"


def test_letters_after_a_name_and_a_name_printed_twice_are_dropped() -> None:
    page = (
        "Odbor vnějších vztahů\n"
        "\n"
        "Odbor zajišťuje komunikaci městské části s médii a veřejností.\n"
        "\n"
        "Tisková mluvčí: Mgr. Jana Dvořáková, MBA\n"
        "\n"
        "tel. 222 555 715\n"
        "e-mail dvorakova.jana@mestska-cast.example.cz\n"
    )
    assert set(_contacts(page)) == {"Jana Dvořáková"}
    page = (
        "Press room\n"
        "\n"
        "Our press officers answer journalists' questions about the university's research.\n"
        "\n"
        "Communications Officer\n"
        "Erik LundqvistErik Lundqvist\n"
        "+46 18 555 14 92\n"
        "+46 72 555 69 90\n"
    )
    assert set(_contacts(page)) == {"Erik Lundqvist"}
