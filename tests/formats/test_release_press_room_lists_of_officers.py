"""A press room's list of officers, each a line naming the person by a known given name with
their job in any order or in brackets, over lines with their number and address ("Name,
kommunikatör" / "Telefon: …" / "E-post: …"; "Name (Senior Media Relations Officer)" / "- beat"
/ "- name@…" / "- 07…"; "Kommunikasjonsrådgiver Name" / "Telefon: …" / "E-post: …"), gives
every officer, high on the page too. The pages are invented, modelled on the layouts.
"""

from __future__ import annotations

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.model import Role


def _names(page: str) -> set[str]:
    return {p.name for p in parse_release_text(page, "test").people
            if p.role is Role.MEDIA_CONTACT}


def test_name_then_job_entries_under_their_units() -> None:
    page = (
        "Press och media\n"
        "\n"
        "Om du har frågor som rör någon av våra verksamheter är det bäst att vända sig till den "
        "aktuella förvaltningens kommunikatör, se nedan. Om du inte får tag på någon kan du "
        "ringa regionens växel som hjälper dig vidare till rätt person i organisationen.\n"
        "\n"
        "Socialförvaltningen\n"
        "Karin Ödman, förvaltningskommunikatör\n"
        "Telefon: 0498-55 45 12\n"
        "E-post: karin.odman@region.example.se\n"
        "\n"
        "Teknikförvaltningen\n"
        "Johan Berglind, kommunikatör\n"
        "Telefon: 0498-55 91 48\n"
        "E-post: johan.berglind@region.example.se\n"
    )
    assert _names(page) == {"Karin Ödman", "Johan Berglind"}


def test_names_with_their_jobs_in_brackets_over_dashed_lines() -> None:
    page = (
        "Our media office provides the national voice of the association on the major news "
        "issues of the day for national, regional and local journalists.\n"
        "You can contact our media officers on the mobile numbers below.\n"
        "Megan Hollis (Head of News)\n"
        "- Corporate\n"
        "- megan.hollis@association.example.org\n"
        "- 07700 900182\n"
        "Ravi Castell (Senior Media Relations Officer)\n"
        "- Housing and planning\n"
        "- ravi.castell@association.example.org\n"
        "- 07700 900154\n"
    )
    assert _names(page) == {"Megan Hollis", "Ravi Castell"}


def test_job_then_name_entries() -> None:
    page = (
        "Mediekontakt\n"
        "Kommunikasjonsavdelingen tar imot henvendelser fra media. Det kan være knyttet til "
        "aktuelle nyhetssaker, daglige hendelser, forskning eller andre saker som gjelder "
        "sykehuset og pasientene våre.\n"
        "Kommunikasjonsdirektør Sigrid Fjelde\n"
        "Telefon: 990 55 111\n"
        "E-post: sigrid.fjelde@sykehus.example.no\n"
        "Kommunikasjonsrådgiver Eirik Solberg\n"
        "Telefon: 975 55 151\n"
        "E-post: eirik.solberg@sykehus.example.no\n"
    )
    assert _names(page) == {"Sigrid Fjelde", "Eirik Solberg"}


def test_job_then_name_over_one_number_and_a_beat() -> None:
    page = (
        "The Media and Communications Unit is responsible for all external and internal "
        "communications of the ministry and answers journalists' questions every day.\n"
        "Contact information\n"
        "\n"
        "Director of Communications Helmi Saarinen\n"
        "Tel. +358 9 555 88200, Mobile +358 295 555120\n"
        "\n"
        "Senior Advisor Olli Rantanen\n"
        "International affairs, network information,\n"
        "Tel. +358 295 555123\n"
    )
    assert _names(page) == {"Helmi Saarinen", "Olli Rantanen"}


def test_a_full_stop_after_the_name_parts_it_from_the_job() -> None:
    page = (
        "Talespersoner under pandemin\n"
        "\n"
        "Regionen har utsett talespersoner för olika frågor om covid-19 som journalister kan "
        "vända sig till under vardagar.\n"
        "\n"
        "Hantering av covid-19 inom akutsjukvården\n"
        "\n"
        "Ingrid Sjöholm. Områdeschef Akutsjukvård och Bitr. Hälso- och sjukvårdsdirektör\n"
        "E-post: ingrid.sjoholm@region.example.se\n"
        "Tel: 021-55 50 88\n"
        "\n"
        "Smittskyddsrelaterade frågor\n"
        "\n"
        "Per Lindwall.\n"
        "Smittskyddsläkare\n"
        "E-post: per.lindwall@region.example.se\n"
        "Tel: 021-55 51 21\n"
    )
    assert _names(page) == {"Ingrid Sjöholm", "Per Lindwall"}


def test_an_officer_above_the_headline_under_a_numbered_office_heading() -> None:
    page = (
        "The Mayor's Cabinet consists of the following offices:\n"
        "a1. Office of the Special Advisers\n"
        "a2. Press Office\n"
        "Press Officer for the Mayor of Lakeport: Elena Marouli\n"
        "Address: 63 Harbour St., 105 52 Lakeport\n"
        "Tel.: (+30) 210 5552141, 210 5552163\n"
        "Fax: (+30) 210 5552302\n"
        "\n"
        "Mayor's Office\n"
        "\n"
        "The Mayor's office supports the Mayor in the everyday running of the city and in "
        "relations with residents, the council and the city's partners abroad.\n"
    )
    assert "Elena Marouli" in _names(page)
