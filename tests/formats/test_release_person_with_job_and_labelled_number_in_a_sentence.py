"""A sentence that sends the press to a person with their job in apposition and a label before
the number ("… favor comunicarse con la Lic. Name, Coordinadora de … al número celular:
09…") gives that person; the words leading to the number are no part of the job. The page is
invented, modelled on the layout.
"""

from __future__ import annotations

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.model import Role

PAGE = (
    "Para atender a los medios de comunicación, el director del hospital ha dispuesto turnos "
    "de atención de las trabajadoras sociales durante la noche del 24 y el amanecer del 25 de "
    "diciembre.\n"
    "La Lcda. Rosa Elvira Quimis laborará hoy de 23h00 a 07h00; la Lic. Carmen Tobar el 25 de "
    "07h00 a 15h00.\n"
    "Para la coordinación de coberturas de prensa favor comunicarse con la Lic. Andrea Villamar, "
    "Coordinadora de Comunicación del Hospital al número celular: 0985550123.\n"
)


def test_the_person_the_sentence_sends_the_press_to() -> None:
    people = {p.name: p for p in parse_release_text(PAGE, "test").people
              if p.role is Role.MEDIA_CONTACT}
    assert set(people) == {"Andrea Villamar"}
    andrea = people["Andrea Villamar"]
    assert andrea.title is not None and "celular" not in andrea.title
    assert [p.as_written for p in andrea.phones] == ["0985550123"]
