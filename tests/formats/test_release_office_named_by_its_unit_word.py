"""How a found contact's job and office are told apart when no word list knows the job.

A unit's name opens with its unit word ("Odbor …", "service de …") and is an office even when
an acronym follows it or it is written in lower case; a job in lower case "at"/"for" a
capitalised name ("estratega de medios para Riverwatch") is the title, and that name the
office. The pages are invented, modelled on those layouts.
"""

from __future__ import annotations

from desktop.formats.releases import parse_release_text

Entry = tuple[str | None, str | None]


def _people(text: str) -> dict[str, Entry]:
    release = parse_release_text(text, "test")
    return {p.name: (p.title, p.office) for p in release.people}


def test_a_unit_word_opens_an_office_whose_organisation_is_an_acronym() -> None:
    text = (
        "Návštěva ministra na krajském úřadě\n\n"
        "Ministr zítra navštíví krajský úřad a představí plán obnovy silnic. Plán bude "
        "zveřejněn příští týden.\n\n"
        "Kontakt pro média\n\n"
        "Lenka Horáková, Odbor komunikace a public relations MDPV, 731 555 012\n"
    )
    assert _people(text)["Lenka Horáková"] == (None, "Odbor komunikace a public relations MDPV")


def test_a_lower_case_unit_before_its_acronym_is_one_office() -> None:
    text = (
        "Aide au réseau des bibliothèques rurales\n\n"
        "Le Conseil a décidé de soutenir le réseau des bibliothèques rurales pour trois ans.\n\n"
        "Pour toute information complémentaire : Mme Anne Dupuis, chargée de projets, "
        "service de la coopération régionale, DTEC, 022 388 15 44.\n"
    )
    assert _people(text)["Anne Dupuis"] == (
        "chargée de projets", "service de la coopération régionale, DTEC"
    )


def test_a_lower_case_job_for_a_capitalised_name_gives_the_title_and_the_office() -> None:
    text = (
        "Riverwatch celebra el nuevo plan de cuencas\n\n"
        "La organización celebró hoy el plan del gobierno para proteger las cuencas.\n\n"
        "Contacto de Prensa\n\n"
        "Marta Quintero, estratega de medios para Riverwatch, mquintero@riverwatch.example\n\n"
        "El plan entrará en vigor el próximo año.\n"
    )
    assert _people(text)["Marta Quintero"] == ("estratega de medios", "Riverwatch")


def test_a_lower_case_job_for_a_region_keeps_the_region_out_of_the_office() -> None:
    text = (
        "Riverwatch celebra el nuevo plan de cuencas\n\n"
        "La organización celebró hoy el plan del gobierno para proteger las cuencas.\n\n"
        "Contacto de Prensa\n\n"
        "Marta Quintero, portavoz para Colombia, mquintero@riverwatch.example\n\n"
        "El plan entrará en vigor el próximo año.\n"
    )
    assert _people(text)["Marta Quintero"][1] is None


def test_a_sentence_naming_the_job_and_its_ministry_before_the_name_gives_the_office() -> None:
    text = (
        "Pressemøde om de nye skoleregler\n\n"
        "Ministeren holder pressemøde tirsdag om de nye regler for skolerne. Der bliver "
        "mulighed for at stille spørgsmål, og pressemødet kan også følges på nettet.\n\n"
        "Journalister kan tilmelde sig via mail til presserådgiver i Sundhedsministeriet "
        "Bo Lund, bol@sum.example. Der skal vises pressekort ved ankomst.\n\n"
        "Yderligere oplysninger om reglerne kommer senere på ugen.\n"
    )
    person = next(p for p in parse_release_text(text, "test").people if p.name == "Bo Lund")
    assert (person.title, person.office) == ("presserådgiver", "Sundhedsministeriet")
    assert person.country == "DK"  # the one country of Danish, as the page names no place
