"""People a release names in running text with their own number or address right after the
name, under any heading or none and in any language: two people in one sentence ("speak with
either A at 555-… or B at 555-…"), or one the sentence points to by a job or a contact verb
("Pressesprecherin A erreichen Sie unter …", "o assessor de imprensa A estará … pelo telefone
…", "kontaktujte A na tel: …"). A person the page also names in a longer form elsewhere is not
counted twice, and a sentence naming someone with no pointer and one number is left alone.
All pages are invented, modelled on the layouts.
"""

from __future__ import annotations

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.model import ExtractedPerson, Role

STORY = (
    "The new observatory wing opens to visitors next spring after four years of work on its "
    "instruments, its dome and the classrooms where school groups will learn to read the sky.\n"
    "\n"
)


def _media(page: str) -> dict[str, ExtractedPerson]:
    return {p.name: p for p in parse_release_text(page, "test").people
            if p.role is Role.MEDIA_CONTACT}


def test_two_people_each_with_their_number_in_one_sentence_are_contacts() -> None:
    page = (
        "Observatory opens its new wing\n\nRIVERTON -- " + STORY
        + "Reporters who wish to attend should call the press office and speak with either "
        "Orla Pennick at 555-201-0143 or Tomas Wrenfield at 555-201-0178 to arrange access. "
        "Requests must arrive by noon on Monday.\n"
    )
    people = _media(page)
    assert set(people) == {"Orla Pennick", "Tomas Wrenfield"}
    assert [ph.as_written for ph in people["Tomas Wrenfield"].phones] == ["555-201-0178"]


def test_a_contact_verb_then_a_name_and_a_job_apposition_before_the_address() -> None:
    page = (
        "Observatory opens its new wing\n\n" + STORY
        + "Seats on the call are limited. Please contact Ines Marchetti, Media Officer for "
        "Science, at imarchetti@observatory.example.org or (555) 310-2288. A recording will "
        "be posted afterwards.\n"
    )
    person = _media(page)["Ines Marchetti"]
    assert [e.address for e in person.emails] == ["imarchetti@observatory.example.org"]


def test_a_press_job_before_the_name_points_to_the_person_in_any_language() -> None:
    german = (
        "Bilanz der Saison\n\n"
        "Das Schiff hat in diesem Sommer mehr als dreihundert Menschen aus Seenot geholfen und "
        "kehrt nun in den Hafen zurück, wo die Besatzung wechselt.\n\n"
        "Der Verein und Pressesprecherin Hanne Vollrath erreichen Sie unter +49 151 2345 6789 "
        "sowie per E-Mail an presse@verein.example.de.\n"
    )
    assert "Hanne Vollrath" in _media(german)
    portuguese = (
        "Governador visita obras da nova escola\n\n"
        "A visita inclui uma reunião com os professores e uma conversa com os pais dos alunos "
        "que vão estudar na nova escola a partir do próximo ano letivo.\n\n"
        "Após o encontro, o governador estará à disposição para entrevistas. O assessor de "
        "imprensa Caio Barreto estará disponível no local e pelo telefone (71) 9 8123-4567 "
        "para mais informações.\n"
    )
    assert "Caio Barreto" in _media(portuguese)


def test_a_contact_verb_with_connector_words_before_the_number() -> None:
    page = (
        "Tisková konference\n\n"
        "V pondělí se bude konat tisková konference k novému programu pro školy, kterého se "
        "zúčastní zástupci ministerstva a krajů.\n\n"
        "V případě dotazů prosím kontaktujte Radku Novotnou na tel: 221 555 123, případně na "
        "e-mailové adrese: radka.novotna@urad.example.cz\n"
    )
    person = _media(page)["Radku Novotnou"]
    assert [e.address for e in person.emails] == ["radka.novotna@urad.example.cz"]


def test_a_shorter_form_of_a_name_the_block_gives_in_full_is_not_a_second_person() -> None:
    page = (
        "Persmoment in het stadhuis\n\n"
        "De gemeenteraad vergadert vanavond over het nieuwe plan voor de binnenstad en de "
        "voorzitter beantwoordt daarna vragen van de pers in de hal.\n\n"
        "Tot 20.00 uur kunt u zich aanmelden bij Femke Dalhuis via 06 - 12 34 56 78 om "
        "aanwezig te zijn.\n\n"
        "Noot voor de redactie:\n"
        "Voor meer informatie: Femke Verbeek-Dalhuis, communicatie griffie, "
        "06 - 12 34 56 78 of f.dalhuis@griffie.example.nl.\n"
    )
    assert set(_media(page)) == {"Femke Verbeek-Dalhuis"}


def test_a_name_and_a_number_without_a_pointer_are_left_alone() -> None:
    page = (
        "Observatory opens its new wing\n\n" + STORY
        + "The dome was built by Carla Ostrander at 14 Mill Road, and visitors can book seats "
        "online.\n"
    )
    assert _media(page) == {}


def test_a_byline_above_the_headline_giving_two_people_with_their_details() -> None:
    page = (
        "COMUNICADO DE PRENSA / Festival de la Costa 2038\n"
        "\n"
        "Por Marisol Quiñones, prensa@festival.example.org, 787-555-0142 & Rafael Ortega, "
        "787-555-0142\n"
        "\n"
        "El festival anuncia su programa de conciertos\n"
        "\n"
        "Jueves, 4 de marzo de 2038, Puerto Rico – El festival presentó hoy su programa de "
        "conciertos, talleres y exposiciones, que se celebrarán durante una semana en la plaza "
        "principal del pueblo con artistas de toda la isla.\n"
    )
    assert {"Marisol Quiñones", "Rafael Ortega"} <= set(_media(page))


def test_a_person_in_brackets_with_their_details_after_the_office_a_sentence_names() -> None:
    page = (
        "Raadsvergadering alleen digitaal te volgen\n"
        "\n"
        "Door de nieuwe maatregelen is de vergadering alleen digitaal te volgen voor publiek. "
        "Voor pers is er beperkte ruimte in de raadzaal.\n"
        "\n"
        "Pers dient zich vooraf aan te melden. Dat kan via de persvoorlichting van de raad "
        "(Jorien Vermeulen – j.vermeulen@stad.example.nl – 06-12 34 56 78).\n"
    )
    person = _media(page)["Jorien Vermeulen"]
    assert [e.address for e in person.emails] == ["j.vermeulen@stad.example.nl"]


def test_a_contact_label_a_scrape_ran_into_the_date_before_it() -> None:
    page = (
        "News Releases\n"
        "\n"
        "Mar. 4, 2038CONTACT: NORA QUILLFEATHER, 347-555-0190, nquill@aquarium.example.org The "
        "aquarium reopened its coral hall today after a year of repairs to the tanks and the "
        "pumps that keep the water moving.\n"
        "Full Article\n"
    )
    assert "NORA QUILLFEATHER" in _media(page)
