"""A person the page names by honorific and surname alone ("Frau Lenz, E-Mail: …"), as German
invitations write the RSVP line: the contact is called by the surname, without the honorific
(LABELLING: names are written without honorifics). The page is invented, modelled on the layout.
"""

from __future__ import annotations

from desktop.formats.releases import parse_release_text

PAGE = (
    'Einladung zum Pressegespräch\n'
    '\n'
    'HALDENBURG. Seit acht Jahren leitet sie die Hochschule. Nun endet die Amtszeit '
    'von Prof. Marta Zielinski. Am 9. März möchte sie eine Bilanz ziehen und sich '
    'bei Ihnen für die Zusammenarbeit der letzten Jahre bedanken.\n'
    '\n'
    'Unter ihrer Leitung hat die Hochschule neue Studiengänge eingerichtet, zwei '
    'Institute gegründet und den Campus am Fluss eröffnet.\n'
    '\n'
    'Um diese und weitere Themen geht es bei einem Pressegespräch am\n'
    '\n'
    'Montag, den 9. März 2037, 10:00 Uhr\n'
    '\n'
    'Campus Nord, Uferweg 4, 12345 Haldenburg, Gebäude C\n'
    '\n'
    'Raum 1.07 (erster Stock).\n'
    '\n'
    'Wir würden uns freuen, Sie zu diesem Anlass an der Hochschule begrüßen zu '
    'können. Bitte teilen Sie uns bis Freitag, 6. März mit, ob wir mit Ihrem Kommen '
    'rechnen können (Frau Lenz, E-Mail: '
    'Lenz@presse.hochschule-haldenburg.example.de).\n'
    '\n'
    'Mit den besten Grüßen\n'
    '\n'
    'Dr. Jonas Feldkamp\n'
    '\n'
    'Pressesprecher\n'
    '\n'
    'Hochschule Haldenburg\n'
)


def test_an_rsvp_line_names_the_person_by_surname_without_the_honorific() -> None:
    people = {p.name: p for p in parse_release_text(PAGE, "test").people}
    assert "Frau Lenz" not in people
    assert [e.address for e in people["Lenz"].emails] == [
        "lenz@presse.hochschule-haldenburg.example.de"
    ]
