"""A newsroom page scraped with its contact box's fields run together ("Name SurnameJob
titleOrganisation", "Tel:555 01 234name@org.example.orgNext Person…"): when digits or an
address's domain run straight into a capitalised word, the block was glued, and each person is
read with their own number and address. Names such as "McDonald" stay whole. The page is
invented, modelled on the layout.
"""

from __future__ import annotations

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.model import Role

PAGE = (
    "Hjelpeorganisasjonen åpner nytt lager i havnebyen\n"
    "12.03.2037 10:15:00 CET | Hjelpeorganisasjonen | Pressemelding\n"
    "Hjelpeorganisasjonen åpner et nytt lager for nødhjelp i havnebyen, slik at utstyr kan "
    "sendes raskere ut når en krise rammer. Lageret har plass til telt, vann og medisiner for "
    "flere tusen mennesker, og frivillige fra hele landet skal hjelpe til med driften.\n"
    "Nøkkelord\n"
    "Kontakter\n"
    "Sigrun MoldestadPressesjefHjelpeorganisasjonen\n"
    "Tel:555 12 345sigrun.moldestad@hjelp.example.orgEirik McDonaldRådgiver beredskap"
    "Hjelpeorganisasjonen\n"
    "Tel:+47 555 67 890EirMc77@hjelp.example.orgOm oss\n"
    "Hjelpeorganisasjonen er en frivillig organisasjon med lokallag over hele landet.\n"
)


def test_each_person_of_a_glued_contact_box_gets_their_own_details() -> None:
    people = {p.name: p for p in parse_release_text(PAGE, "test").people
              if p.role is Role.MEDIA_CONTACT}
    assert set(people) == {"Sigrun Moldestad", "Eirik McDonald"}
    assert [e.address for e in people["Sigrun Moldestad"].emails] == [
        "sigrun.moldestad@hjelp.example.org"
    ]
    assert [p.as_written for p in people["Eirik McDonald"].phones] == ["+47 555 67 890"]
