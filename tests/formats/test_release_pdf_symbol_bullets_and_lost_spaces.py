"""A press kit's PDF turned into text keeps its symbol-font bullets as letters ("l Name : 01 …")
and its no-break spaces as U+FFFD between words and digits ("Name\ufffdSurname", "01\ufffd44"):
each person of the contact box is still read, with their numbers. The page is invented,
modelled on the layout.
"""

from __future__ import annotations

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.model import Role

S = "\ufffd"
PAGE = (
    "Dossier de presse\n"
    "\n"
    "Les 80 ans de l'Association des Sauveteurs du Littoral\n"
    "\n"
    "L'association fête cette année ses 80 ans d'engagement au service des baigneurs et des "
    "plaisanciers, avec une exposition itinérante et des journées portes ouvertes dans toutes "
    "ses stations.\n"
    "\n"
    f"Contacts pressel Solène{S}Marchadier-Brun{S}:{S}\n"
    "\n"
    f"01{S}45{S}67{S}12{S}08{S}-{S}06{S}11{S}22{S}33{S}44\n"
    "\n"
    "s.marchadier@sauveteurs.example.fr\n"
    "\n"
    f"l Anne-Claire{S}Vidalenc{S}:{S}01{S}45{S}67{S}12{S}09{S}\n"
    "\n"
    "ac.vidalenc@sauveteurs.example.fr\n"
)


def test_each_person_of_a_pdf_contact_box_with_symbol_bullets_is_read() -> None:
    people = {p.name: p for p in parse_release_text(PAGE, "test").people
              if p.role is Role.MEDIA_CONTACT}
    assert set(people) == {"Solène Marchadier-Brun", "Anne-Claire Vidalenc"}
    assert [p.e164 for p in people["Anne-Claire Vidalenc"].phones] == ["+33145671209"]
