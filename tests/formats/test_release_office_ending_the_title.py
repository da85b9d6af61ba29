"""An organisation's one-word name written at the end of the job is the office.

Entries write the job, then a dash and the organisation's short name ("Assessoria de
Comunicação – Riomar"), or the job "of the" organisation ("Coordinadora de Comunicación de la
Clínica"): the job is the title and the name the office. German capitalises every noun, so
"Koordinatorin der Kampagne" stays one title. The pages are invented, modelled on those layouts.
"""

from __future__ import annotations

from desktop.formats.releases import parse_release_text

Entry = tuple[str | None, str | None]


def _people(text: str) -> dict[str, Entry]:
    return {p.name: (p.title, p.office) for p in parse_release_text(text, "test").people}


def test_a_job_then_a_dash_and_the_organisations_short_name() -> None:
    text = (
        "A decisão busca controlar a praga nas lavouras do estado.\n"
        "Mais informações à imprensa:\n"
        "Renata Albuquerque\n"
        "Assessoria de Comunicação – Riomar\n"
        "Fone: (48) 3555 0142\n"
        "imprensa@riomar.example.br\n"
    )
    assert _people(text)["Renata Albuquerque"] == ("Assessoria de Comunicação", "Riomar")


def test_a_job_of_the_organisation_in_a_sentence() -> None:
    text = (
        "Horarios de atención a la prensa durante las fiestas.\n\n"
        "Para la coordinación de coberturas favor comunicarse con la Lic. Sonia Paredes, "
        "Coordinadora de Comunicación de la Clínica al número celular: 0985550142.\n"
    )
    assert _people(text)["Sonia Paredes"] == ("Coordinadora de Comunicación", "Clínica")


def test_a_german_job_of_the_campaign_stays_one_title() -> None:
    text = (
        "Die Jury hat die besten Bilder der Wiesen gewählt.\n\n"
        "Weitere Informationen:\n"
        "Anna Muster, Koordinatorin der Kampagne, Tel. +41 61 555 01 42\n"
    )
    assert _people(text)["Anna Muster"] == ("Koordinatorin der Kampagne", None)


def test_a_job_written_as_a_label_before_the_name_is_the_title() -> None:
    text = (
        "Gedeputeerde Jan Voorbeeld\n\n"
        "Portefeuille: Water, Natuur en Landbouw.\n"
        "Woordvoerder: Anouk de Wit, a.dewit@provincie.example.nl\n"
        "Telefoon: 026 555 01 42\n"
    )
    person = next(p for p in parse_release_text(text, "test").people if p.name == "Anouk de Wit")
    assert person.title == "Woordvoerder"


def test_a_job_then_a_german_association_splits_into_title_and_office() -> None:
    text = (
        "Einladung zum Pressegespräch\n\n"
        "Der Verband stellt am Montag seinen Jahresbericht vor.\n\n"
        "Pressekontakt:\n"
        "Lena Beispiel, Pressesprecherin Deutscher Gartenbauverband, Tel. 030 555 01 42\n"
    )
    assert _people(text)["Lena Beispiel"] == ("Pressesprecherin", "Deutscher Gartenbauverband")


def test_the_words_after_an_office_number_on_a_run_on_line_are_no_office() -> None:
    text = (
        "NEWS RELEASE Contact: Dana Reyes Marketing and Special Events Coordinator Office: "
        "(757) 555-0142 ext 12 Email: dreyes@zoo.example.org FOR IMMEDIATE RELEASE March 3, "
        "2024 A NEW CALF! NORFOLK, Va. – The zoo welcomed a new calf this week. The calf and "
        "its mother are doing well and can be seen from Saturday.\n"
    )
    person = next(p for p in parse_release_text(text, "test").people if p.name == "Dana Reyes")
    assert person.office is None


def test_a_compound_closed_on_a_job_word_is_the_title() -> None:
    text = (
        "Die Gemeinde spendet für Menschen auf der Flucht.\n"
        "Weitere Auskünfte:\n"
        "Lea Muster, Bibliothekskoordinatorin, 061 555 01 42\n"
        "Ben Beispiel, Stadtbeauftragter, 061 555 01 43\n"
    )
    people = _people(text)
    assert people["Lea Muster"][0] == "Bibliothekskoordinatorin"
    assert people["Ben Beispiel"][0] == "Stadtbeauftragter"
