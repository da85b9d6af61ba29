"""A list of experts for journalists: a paragraph opened by a person's name and a comma says
what they work on, and the line right under it gives their address and number behind a short
label, with no name of its own. Each is that person's entry, in any language; the paragraph
gives no office. Text invented."""

from __future__ import annotations

from desktop.formats.releases import parse_release_text

PAGE = (
    "Eksperter før valget\n\n"
    "Her finner du som journalist forskere som kan kommentere valget.\n\n"
    "Ingrid Solhaug, statsviter, forsker på valgdeltakelse og partier. Hun har skrevet "
    "flere bøker om lokalvalg og om unge velgere.\n"
    "Kontakt: ingrid.solhaug@hogskole.example.no, 412 55 012\n\n"
    "Torvik Aamodt, forsker på energipolitikk og klima. De fleste studiene hans handler om "
    "vindkraft.\n"
    "Kontakt: torvik.aamodt@hogskole.example.no, 412 55 013\n"
)


def test_each_described_person_with_the_details_under_them() -> None:
    people = parse_release_text(PAGE, "test").media_contacts
    assert [(p.name, p.office, [e.address for e in p.emails]) for p in people] == [
        ("Ingrid Solhaug", None, ["ingrid.solhaug@hogskole.example.no"]),
        ("Torvik Aamodt", None, ["torvik.aamodt@hogskole.example.no"]),
    ]


def test_a_description_opened_by_the_name_and_a_verb() -> None:
    """"Name Surname forskar om …" with no comma after the name: still the person's paragraph."""
    page = PAGE + (
        "\nIngrid Haldorsen forsker på skolepolitikk og lærere.\n"
        "Kontakt: ingrid.haldorsen@hogskole.example.no, 412 55 014\n"
    )
    names = [p.name for p in parse_release_text(page, "test").media_contacts]
    assert "Ingrid Haldorsen" in names


def test_a_name_then_its_lower_case_job_on_one_line_over_the_numbers() -> None:
    """"Name Surname presskommunikatör" / organisation / numbers: the job follows the name
    without a comma."""
    page = (
        "Pressmaterial\n\nKommunen publicerar pressmeddelanden på webbplatsen.\n\nKontakt\n\n"
        "Ingrid Haldorsen presskommunikatör\nExempelby kommun\n090-16 13 43\n"
    )
    people = parse_release_text(page, "test").media_contacts
    assert [(p.name, p.title) for p in people] == [("Ingrid Haldorsen", "presskommunikatör")]
