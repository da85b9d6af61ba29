"""People listed one a line with their jobs, then the numbers and address they share on the
lines under them ("Org" / "Name, job" / "Name, job" / "Telefon: …" / "E-Mail: …"), are all
contacts with those details; a photo caption over the person's own name is not a colleague.
The page is invented, modelled on the layout.
"""

from __future__ import annotations

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.model import Role

PAGE = (
    "Mehr ältere Menschen nutzen den Mittagstisch\n"
    "\n"
    "Zürich, 14. März 2013 – Der Mittagstisch für ältere Menschen wird immer häufiger "
    "genutzt: Im vergangenen Jahr wurden über zwanzigtausend Mahlzeiten ausgegeben.\n"
    "\n"
    "Kontakt für die Medien:\n"
    "\n"
    "Alterswerk Schweiz\n"
    "Carla Imhof, Medienverantwortliche\n"
    "Urs Brändli Keller, Leiter Marketing und Kommunikation\n"
    "Telefon: 044 555 89 57 / 078 555 28 04\n"
    "E-Mail: medien@alterswerk.example.ch\n"
)


def test_each_person_of_the_list_shares_the_numbers_under_it() -> None:
    people = {p.name: p for p in parse_release_text(PAGE, "test").people
              if p.role is Role.MEDIA_CONTACT}
    assert set(people) == {"Carla Imhof", "Urs Brändli Keller"}
    carla = people["Carla Imhof"]
    assert carla.title == "Medienverantwortliche"
    assert carla.office == "Alterswerk Schweiz"
    assert [e.as_written for e in carla.emails] == ["medien@alterswerk.example.ch"]
    assert len(carla.phones) == 2


def test_a_caption_over_the_name_is_no_colleague() -> None:
    page = (
        "Einladung zur Jahrespressekonferenz\n"
        "\n"
        "Berlin, 12.05.2031. Der Verein stellt am 20. Mai seine Jahresbilanz vor.\n"
        "\n"
        "Ihr Pressekontakt\n"
        "Bild von Jan Vosberg\n"
        "Jan Vosberg\n"
        "Pressesprecher Verein Küstenhilfe\n"
        "+49 30 5550 3380jan.vosberg@kuestenhilfe.example.de\n"
    )
    names = {p.name for p in parse_release_text(page, "test").people
             if p.role is Role.MEDIA_CONTACT}
    assert names == {"Jan Vosberg"}
