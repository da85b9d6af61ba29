"""Contacts and headings as real pages print them (issue 10): several people run together on
one line, a job written as a label over the person's details, audience lead-ins, vertical
"Name – number" runs under an organisation, a signature with a rule in it, a newsroom's list
page. People, numbers and addresses are invented."""

from __future__ import annotations

from desktop.formats.releases import ExtractedPerson, parse_release_text

_STORY = (
    "Crews are clearing winter storm debris from more than 140 miles of trail ahead of the "
    "spring season, and most trailheads are expected to open by early May this year.\n"
)


def _people(text: str) -> dict[str, ExtractedPerson]:
    return {p.name: p for p in parse_release_text(text, "t.txt").media_contacts}


def test_people_run_together_on_one_line_are_each_their_own_contact() -> None:
    people = _people(
        "Trail season opens\nPublic Affairs Contacts: Marisa Trent, District Public Affairs "
        "Specialist, 541-388-2716 Colby Dunmore, Forest Public Affairs Officer, 541-388-5604\n"
        "Bend, OR – " + _STORY
    )
    assert [(p.name, p.title, [ph.e164 for ph in p.phones]) for p in people.values()] == [
        ("Marisa Trent", "District Public Affairs Specialist", ["+15413882716"]),
        ("Colby Dunmore", "Forest Public Affairs Officer", ["+15413885604"]),
    ]


def test_the_organisation_and_unit_before_each_name_are_that_persons_office() -> None:
    people = _people(
        "PRESSEEINLADUNG: Neuer Auenpfad\n\nHamm (idr). Der Kreis und der Verband eröffnen den "
        "neuen Auenpfad an der Lippe mit einem Rundgang für die Presse und Gäste aus der Region. "
        "Bitte geben Sie Bescheid, ob Sie kommen werden.Pressekontakt: Lippeverband, Abteilung "
        "Kommunikation, Jonas Brinkmeier, Telefon: 0201/104-3388, E-Mail: jb@example.de; "
        "Kreis Unna, Pressestelle, Henrike Voss, Telefon: 02303/27-1450, Fax: -1499\n"
    )
    assert [(p.name, p.office) for p in people.values()] == [
        ("Jonas Brinkmeier", "Lippeverband, Abteilung Kommunikation"),
        ("Henrike Voss", "Kreis Unna, Pressestelle"),
    ]


def test_a_regional_wire_code_after_the_place_gives_the_dateline() -> None:
    parsed = parse_release_text(
        "Einladung\n\nEssen/Gelsenkirchen.(idr). Der Verband lädt am Freitag zu einem "
        "Pressegespräch im Pavillon ein, bei dem sich alles um die Route dreht.\n", "t.txt")
    assert parsed.dateline == "Essen/Gelsenkirchen"


def test_a_job_written_as_a_label_over_the_details_is_the_persons_title() -> None:
    people = _people(
        "Blog\nLe verre et la lumière – Galerie Morand\nParc – Jardin botanique\n"
        "Serres – Jardin botanique\nLe Jardin botanique de Lyon a le plaisir d’annoncer "
        "l’ouverture de trois nouvelles serres consacrées aux plantes des montagnes.\n"
        "Attachée de presse : Solène Marchetti\nsolene@example.fr\n+33 6 71 42 18 55\n"
        "L https://www.linkedin.com/in/solene-example/\nMaison de Colette\n"
    )
    solene = people["Solène Marchetti"]
    assert (solene.title, [p.e164 for p in solene.phones]) == (
        "Attachée de presse", ["+33671421855"])


def test_a_newsroom_list_page_has_no_headline_of_its_own() -> None:
    parsed = parse_release_text(
        "Press Releases\nTrail opens\nMEEKER, Colo. – The field office will reopen the trail "
        "on Friday after crews finished work on two bridges over the river.\nFire closure\n"
        "KREMMLING, Colo. – The field office issued an emergency closure for the sand hills "
        "recreation area and other public lands nearby.\nLease sale\nLAKEWOOD, Colo. – The "
        "state office today sold 55 parcels totaling thousands of acres in its lease sale.\n",
        "t.txt")
    assert (parsed.title, parsed.dateline, parsed.published_on) == ("", None, None)


def test_an_audience_lead_in_is_not_part_of_the_name() -> None:
    people = _people(
        "Festival de la Vézère (Dordogne, France): press area for journalists who wish to "
        "attend the concerts this summer and request an accreditation card.\n\nPress contacts\n\n"
        "National Press : Hélène Caradec (helene.caradec@example.fr)\n"
        "Regional and local press: Maël Rouvier, PR officer (mael.rouvier@example.fr\n"
    )
    assert [(p.name, p.title, p.office, p.country) for p in people.values()] == [
        ("Hélène Caradec", None, None, "FR"),
        ("Maël Rouvier", "PR officer", None, "FR"),
    ]


def test_name_dash_number_lines_under_an_organisation_heading_are_its_people() -> None:
    people = _people(
        "O museu participa da Mostra de Museus no parque, com oficinas de gravura e "
        "apresentações de música de câmara para o público durante todo o dia de sábado.\n"
        "Entrada: gratuita\nAgência Ponto Final Comunicação Integrada:\nTel. (19) 3821-4455/56\n"
        "Rafael Antunes Prado – (19) 9.8133-2207\nrafael@example.com.br\n"
        "Larissa Malta – (19) 9.9241-6630\nlarissa@example.com.br\n"
    )
    assert [(p.name, p.office, p.country, [ph.e164 for ph in p.phones], [e.address for e in
            p.emails]) for p in people.values()] == [
        ("Rafael Antunes Prado", "Agência Ponto Final Comunicação Integrada", "BR",
         ["+5519981332207"], ["rafael@example.com.br"]),
        ("Larissa Malta", "Agência Ponto Final Comunicação Integrada", "BR",
         ["+5519992416630"], ["larissa@example.com.br"]),
    ]


def test_a_signature_with_a_rule_under_the_name_is_a_contact_without_its_fax() -> None:
    people = _people(
        "Dry winds raise fire danger\n\nNewport, OR— Strong east winds and low humidity have "
        "raised the fire danger on the coast, and officials ask campers to be careful.\n\n"
        "Seaview National Forest\n212 Harbor Way, Newport, OR 97365\n###\n\n\n"
        "Noreen Castell\n\n***\nPartnerships and Public Affairs Staff Officer\n"
        "Seaview National Forest\nw. 541.750.7044  |   f. 541.750.7099  |  c. 541.602.3318\n"
    )
    assert list(people) == ["Noreen Castell"]  # the forest's footer is no person
    noreen = people["Noreen Castell"]
    assert (noreen.title, noreen.office, [p.e164 for p in noreen.phones]) == (
        "Partnerships and Public Affairs Staff Officer", "Seaview National Forest",
        ["+15417507044", "+15416023318"])


def test_a_short_given_name_that_is_also_an_agency_acronym_stays_a_name() -> None:
    people = _people(
        "May 3, 2031\nContact: Pam Whitlock, 916-4183377\nRory Ashdown, 916-978-6202\n"
        "Refuges Host Family Days\nSACRAMENTO - " + _STORY
    )
    assert list(people) == ["Pam Whitlock", "Rory Ashdown"]


def test_a_bracketed_agency_under_an_entry_is_that_persons_office() -> None:
    people = _people(
        "Les couleurs de l’eau\n\nL’exposition présente quarante toiles prêtées par des musées "
        "d’Europe et d’Amérique, dont plusieurs sont montrées en France pour la première fois.\n"
        "Pour tous renseignements, merci de contacter :\n"
        "Léa Fontanel | 01 40 36 80 12 | lea@example-agence.fr\n"
        "(Agence Morel & Vidal Communications)\nou\n"
        "Paul Gervais | 02 32 51 90 44 | paul@example-musee.fr\n(Service Presse du musée)\n"
    )
    assert [(p.name, p.office) for p in people.values()] == [
        ("Léa Fontanel", "Agence Morel & Vidal Communications"),
        ("Paul Gervais", "Service Presse du musée"),
    ]


def test_an_exhibitions_period_above_the_story_does_not_date_the_release() -> None:
    parsed = parse_release_text(
        "Les couleurs de l’eau\nSignac\n29 mars - 2 juillet 2031\nwww.example.fr\n"
        "L’exposition présente quarante toiles prêtées par des musées d’Europe et d’Amérique, "
        "dont plusieurs sont montrées en France pour la première fois.\n", "t.txt")
    assert parsed.published_on is None


def test_an_address_run_into_the_next_name_ends_the_entry() -> None:
    people = _people(
        "Trail season opens\nContacts: Jane Dorsey, 202-555-0101, jane@example.org John Rowe, "
        "202-555-0102, john@example.org\nBend, OR – " + _STORY
    )
    assert [(p.name, [e.address for e in p.emails]) for p in people.values()] == [
        ("Jane Dorsey", ["jane@example.org"]), ("John Rowe", ["john@example.org"])]


def test_a_program_under_a_news_banner_leaves_the_headline() -> None:
    parsed = parse_release_text(
        "News\nCity opens its new library\nThe city opens its new central library on Saturday "
        "with a day of readings, concerts and guided tours for all ages.\nProgramme:\n"
        "Opening – Mayor\nReadings – Children’s room\nConcert – Main hall\n", "t.txt")
    assert parsed.title == "City opens its new library"


def test_a_job_label_block_above_the_headline_is_read() -> None:
    """An advisory that opens with its press officer ("Press officer: Name" / number / address)
    before the headline: the job label opens the block as a lead-in would."""
    text = (
        "Press officer: Aoife Brennan\nTel. +353 1 555 0134\naoife.brennan@example.ie\n\n"
        "Harbour ferries resume the winter timetable\n\n"
        "DUBLIN, 3 November 2025 – " + _STORY
    )
    parsed = parse_release_text(text, "t.txt")
    people = {p.name: p for p in parsed.media_contacts}
    assert list(people) == ["Aoife Brennan"]
    assert people["Aoife Brennan"].title == "Press officer"
    assert [ph.e164 for ph in people["Aoife Brennan"].phones] == ["+35315550134"]
