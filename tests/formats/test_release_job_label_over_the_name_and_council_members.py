"""A job written as a label on the line over its holder, and a council member's job.

"Zastępca Dyrektora … – Rzecznik Prasowy:" alone over "Name" gives the title; a section's
heading in capitals over its staff does not. A German council member's job ("Gemeinderätin",
"Stadträtin", any "…rätin") is a job, not a name or an office. Pages invented.
"""

from __future__ import annotations

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.model import ExtractedPerson


def _people(text: str) -> dict[str, ExtractedPerson]:
    return {p.name: p for p in parse_release_text(text, "test").media_contacts}


def test_a_job_label_alone_over_the_name_is_the_title() -> None:
    text = (
        "Biuro Prasowe\n\n\n"
        "Zastępca Dyrektora Biura – Rzecznik Prasowy:\n"
        "Halina WIERZBICKA\n\n"
        "wierzbickah@urzad.example.pl\n"
        "tel. 32 555 77 265\n"
    )
    person = _people(text)["Halina WIERZBICKA"]
    assert person.title == "Zastępca Dyrektora Biura – Rzecznik Prasowy"


def test_a_council_member_is_titled_by_her_job() -> None:
    text = (
        "Gemeinde spendet für die Nothilfe\n\n"
        "Der Gemeinderat unterstützt die Nothilfe des Hilfswerks mit einem Beitrag.\n\n"
        "Auskünfte:\n"
        "Ursina Tschudin, Gemeinderätin, +41 61 555 25 30\n"
        "Mirjam Vogt, Stadträtin, +41 61 555 82 67\n"
    )
    people = _people(text)
    assert people["Ursina Tschudin"].title == "Gemeinderätin"
    assert people["Mirjam Vogt"].title == "Stadträtin"
