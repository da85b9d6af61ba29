"""A lead-in with a colon at the end of a long paragraph ("… Mehr Informationen: Name, job,
number") gives that person even under a list of speakers with no numbers that an unknown
lead-in opened, and a lead-in shaped like a name ("Mehr Informationen") is no name. The page
is invented, modelled on the layout.
"""

from __future__ import annotations

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.model import Role

PAGE = (
    "Einladung zum Pressegespräch\n"
    "Die Mitgliederversammlung des Landesverbands tagt vom 10. bis 12. Oktober in Kassel.\n"
    "Ihre Gesprächspartnerinnen und -partner:\n"
    "- Ida Marquardt, Präsidentin des Landesverbands\n"
    "- Prof. Lukas Berger, Direktor der Akademie\n"
    "Wir bitten um Anmeldung unter: presse@landesverband.example.de.\n"
    "Hinweis für Journalistinnen und Journalisten\n"
    "In der Mitgliederversammlung, die einmal im Jahr zusammenkommt, sind alle Gliederungen "
    "vertreten. Die Beratungen sind unter anderem zu folgenden Punkten öffentlich: Aktuelle "
    "Stunde, Zukunft der Pflege, Arbeit im ländlichen Raum. Sie sind gerne eingeladen, den "
    "Beratungen als Gast beizuwohnen. Mehr Informationen: Henrike Vossberg, Pressesprecherin "
    "Landesverband Nord, 030/55544743, henrike.vossberg@\n"
)


def test_the_person_after_the_lead_in_in_the_paragraph_is_a_contact() -> None:
    people = {p.name: p for p in parse_release_text(PAGE, "test").people
              if p.role is Role.MEDIA_CONTACT}
    assert set(people) == {"Henrike Vossberg"}
    assert [p.as_written for p in people["Henrike Vossberg"].phones] == ["030/55544743"]
