"""A lead-in sentence that names two people, each with their own number and address ("… contact
Agency Liaison A at 301-… or via e-mail at … or contact county Public Information Officer B at
…"), gives both, each with their own details and the job written before the second; a name the
sentence ends on ("… sowie Geschäftsführer Name. Bitte geben Sie unter presse@… Nachricht")
is not offered with the address of the next sentence. The pages are invented, modelled on the
layouts.
"""

from __future__ import annotations

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.model import ExtractedPerson, Role


def _contacts(page: str) -> dict[str, ExtractedPerson]:
    return {p.name: p for p in parse_release_text(page, "test").people
            if p.role is Role.MEDIA_CONTACT}


def test_both_people_of_the_sentence_with_their_own_details() -> None:
    page = (
        "Media Advisory -- County Officials to Hold Briefing on Fire Prevention Week\n"
        "\n"
        "MEDIA ADVISORY LAKEVILLE, MD – County commissioners and fire officials will hold a "
        "public information briefing on Fire Prevention Week at 1:00 p.m. on Thursday, "
        "September 26, in the first floor hearing room of the county hall. The briefing will "
        "be televised live on the county's cable channel. For further information, contact "
        "DFRS Community Services Liaison Owen Marsh at 301-555-0105 or via e-mail at "
        "omarsh@lakevillecounty.example.gov or contact county Public Information Officer Tessa "
        "Lindqvist at 301-555-0190 or via e-mail at tlindqvist@lakevillecounty.example.gov.\n"
    )
    people = _contacts(page)
    assert set(people) == {"Owen Marsh", "Tessa Lindqvist"}
    assert [p.as_written for p in people["Owen Marsh"].phones] == ["301-555-0105"]
    assert [e.as_written for e in people["Tessa Lindqvist"].emails] == [
        "tlindqvist@lakevillecounty.example.gov"
    ]
    assert people["Tessa Lindqvist"].title == "Public Information Officer"


def test_a_name_closing_a_sentence_is_not_offered_with_the_next_ones_address() -> None:
    page = (
        "Pressegespräch zum Jubiläumsjahr der Museumsroute\n"
        "\n"
        "Der Verband feiert in diesem Jahr den 25. Geburtstag der Museumsroute. Was die "
        "Besucherinnen und Besucher erwartet, stellt der Verband beim Pressegespräch um 10 Uhr "
        "vor. Gesprächspartner sind Regionaldirektor Bernd Altmeier sowie "
        "Tourismus-Geschäftsführer Klaus Hertling. Bitte geben Sie unter "
        "pressestelle@museumsroute.example.de Nachricht, ob Sie teilnehmen.\n"
    )
    assert not _contacts(page)


def test_a_person_who_can_be_contacted_at_a_number() -> None:
    page = (
        "Corporate communication centralised\n"
        "\n"
        "As part of the restructuring of the university, media enquiries are now handled by "
        "one office for all campuses.\n"
        "In his absence these will be dealt with by Pieter van Rooyen who can be contacted at "
        "+27 18 555 4952, or pieter.vanrooyen@university.example.ac.za\n"
    )
    assert set(_contacts(page)) == {"Pieter van Rooyen"}
