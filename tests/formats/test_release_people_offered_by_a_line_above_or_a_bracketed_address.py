"""A person found by their evidence right under a line that sends the press to them ("… wenden
Sie sich an:") is a contact above the headline too, their details spaced by blank lines all
theirs; a person a sentence names with their address in brackets ("… per e-mail a Name Surname
(name@…)") is a contact in any language. The pages are invented, modelled on the layouts.
"""

from __future__ import annotations

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.model import ExtractedPerson, Role


def _contacts(page: str) -> dict[str, ExtractedPerson]:
    return {p.name: p for p in parse_release_text(page, "test").people
            if p.role is Role.MEDIA_CONTACT}


def test_a_lead_in_over_a_spaced_entry_above_the_headline() -> None:
    page = (
        "Website von Deutschland  Hilfswerk Nordlicht hat ein Büro auch in Ihrem Land\n"
        "\n"
        "Hier finden Sie jüngste Veröffentlichungen und den Kontakt zu unserer Pressestelle.\n"
        "\n"
        "Für Informationen, Foto- und Interviewanfragen wenden Sie sich an:\n"
        "\n"
        "Jonas K. Wendler\n"
        "\n"
        "Mobil: +49 (0) 151-555 012 34\n"
        "\n"
        "E-Mail: presse@nordlicht-hilfe.example\n"
        "\n"
        "\n"
        "PRESSEMELDUNGEN\n"
        "\n"
        "Geschäftsführerin: „Die Hilfe im Osten des Landes braucht mehr Aufmerksamkeit“\n"
        "\n"
        "(Köln, 22. Juli 2019) – Als ein wichtiger Akteur im Einsatz gegen die Epidemie begrüßt "
        "das Hilfswerk die Entscheidung der Regierung, die Impfungen auszuweiten und die "
        "Gesundheitszentren in den betroffenen Provinzen zu stärken.\n"
    )
    people = _contacts(page)
    assert set(people) == {"Jonas K. Wendler"}
    assert [e.as_written for e in people["Jonas K. Wendler"].emails] == [
        "presse@nordlicht-hilfe.example"
    ]


def test_a_name_with_its_address_in_brackets_inside_a_sentence() -> None:
    page = (
        "Conferenza stampa virtuale per l'inaugurazione del telescopio\n"
        "\n"
        "Il nuovo telescopio sarà inaugurato il 13 marzo; il giorno prima si terrà una "
        "conferenza stampa virtuale con i responsabili del progetto.\n"
        "\n"
        "Per partecipare alla conferenza, i rappresentanti dei media devono accreditarsi "
        "inviando una e-mail a Marco Bellandi (mbellandi@osservatorio.example.org).\n"
        "\n"
        "I giornalisti riceveranno il collegamento il giorno prima della conferenza.\n"
    )
    people = _contacts(page)
    assert set(people) == {"Marco Bellandi"}
    assert [e.as_written for e in people["Marco Bellandi"].emails] == [
        "mbellandi@osservatorio.example.org"
    ]


def test_an_organisation_with_its_address_in_brackets_is_no_person() -> None:
    page = (
        "Neue Öffnungszeiten der Bibliothek\n"
        "\n"
        "Die Bibliothek öffnet ab Montag eine Stunde früher. Fragen beantwortet der "
        "Leserservice Nordstadt (service@bibliothek.example.org) gern.\n"
    )
    assert not _contacts(page)
