"""An organisation alone on the line between a contact lead-in and the entries is their office.

"Para más información:" / "Agency:" / entries, or "wenden Sie sich bitte an:" / "" / "Org" /
"Abt. Kommunikation, Name": each entry that names no office works for that organisation, with
the unit its own line writes before the name. A letter's closing over a signature ("Mit
freundlichen Grüßen") is no organisation. Pages invented, modelled on these layouts.
"""

from __future__ import annotations

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.model import ExtractedPerson


def _people(text: str) -> dict[str, ExtractedPerson]:
    return {p.name: p for p in parse_release_text(text, "test").media_contacts}


def test_an_agency_line_ending_in_a_colon_leads_the_entries_under_it() -> None:
    text = (
        "Presentación del nuevo programa deportivo\n\n"
        "Madrid, 4 de marzo de 2019.- La fundación presentará mañana su nuevo programa de "
        "deporte inclusivo en la sede de la federación.\n\n"
        "Para más información:\n"
        "Ortuño-Albarrán:\n"
        "Lucía Berenguer, lucia.berenguer@albarran.example.com 91 555 0123\n"
        "Marcos Oyarzun, marcos.oyarzun@albarran.example.com 93 555 0456\n"
    )
    people = _people(text)
    assert people["Lucía Berenguer"].office == "Ortuño-Albarrán"
    assert people["Marcos Oyarzun"].office == "Ortuño-Albarrán"


def test_an_organisation_over_its_unit_and_the_name_gives_both() -> None:
    text = (
        "Presseeinladung: Zwei Monate nach dem Sturm\n\n"
        "Das Hilfswerk zieht am Montag in München Bilanz seiner Nothilfe und stellt die "
        "nächsten Schritte des Wiederaufbaus vor.\n\n"
        "Für Akkreditierungswünsche wenden Sie sich bitte an:\n\n"
        "Kinderdorf-Hilfswerk weltweit\n"
        "Abt. Kommunikation, Henrike Wallner\n"
        "Tel.: 089/555 12-262, E-Mail: henrike.wallner@kinderhilfe.example.org\n"
    )
    person = _people(text)["Henrike Wallner"]
    assert person.office == "Kinderdorf-Hilfswerk weltweit, Abt. Kommunikation"


def test_a_letters_closing_over_the_signature_is_no_office() -> None:
    text = (
        "Einladung zur Pressekonferenz\n\n"
        "Wir laden Sie herzlich zur Pressekonferenz am 12. März in Aachen ein. Für Rückfragen "
        "stehen wir gerne zur Verfügung!\n\n"
        "Mit freundlichen Grüßen\n"
        "Henrike Wallner\n"
        "Tel.: 0241/555 12-262, E-Mail: henrike.wallner@kinderhilfe.example.org\n"
    )
    people = _people(text)
    assert all(p.office != "Mit freundlichen Grüßen" for p in people.values())


def test_the_issuer_a_release_names_over_its_contact_is_her_office() -> None:
    text = (
        "Jahresbericht vorgestellt\n\n"
        "Das Hilfswerk hat im vergangenen Jahr mehr Projekte gefördert als je zuvor.\n\n"
        "Pressekontakt:\n"
        "Herausgeber:\n"
        "Hilfswerk Brunnenbau e. V.\n"
        "Pressestelle\n"
        "Lindenallee 12\n"
        "53111 Bonn\n"
        "Ansprechpartner:\n"
        "Henrike Wallner\n"
        "Pressesprecherin\n"
        "Telefon 0228 / 555 88 -132\n"
    )
    person = _people(text)["Henrike Wallner"]
    assert person.office == "Hilfswerk Brunnenbau e. V., Pressestelle"


def test_an_organisation_answering_for_the_release_is_the_office_a_person_is_not() -> None:
    text = (
        "Mitgliederversammlung wählt neues Präsidium\n\n"
        "Die Mitgliederversammlung hat am Samstag ein neues Präsidium gewählt.\n"
        "Pressekontakt:\n"
        "Verantwortlich: Netzwerk Kinderrechte e.V.\n"
        "Für Rückfragen und Interviews:\n"
        "Carl Nordhaus, Telefon 05 41 / 55 01-158, c.nordhaus@kinderrechte.example.de\n"
    )
    assert _people(text)["Carl Nordhaus"].office == "Netzwerk Kinderrechte e.V."
    signed = text.replace("Verantwortlich: Netzwerk Kinderrechte e.V.",
                          "V.i.S.d.P.: Jonas Wellbrock")
    assert _people(signed)["Carl Nordhaus"].office is None


def test_an_organisation_between_the_lead_in_and_the_name_on_one_line() -> None:
    text = (
        "Baromètre de la pauvreté 2019\n\n"
        "L'association publie son baromètre annuel de la pauvreté réalisé avec un institut de "
        "sondage.\n\n"
        "Contact presse Entraide solidaire française Margot Lefébure - 01 45 55 21 57 / "
        "06 55 04 57 33\n"
    )
    assert _people(text)["Margot Lefébure"].office == "Entraide solidaire française"


def test_an_honorific_or_a_pointing_phrase_before_the_name_is_no_office() -> None:
    text = (
        "Point de presse du ministre\n\n"
        "Le ministre tiendra un point de presse mardi.\n\n"
        "Les journalistes qui souhaitent y participer doivent s'inscrire auprès de "
        "M. Louis-Félix Brassard à lf.brassard@ministere.example.qc.ca, avant 11h.\n"
    )
    assert all(p.office != "M." for p in _people(text).values())
