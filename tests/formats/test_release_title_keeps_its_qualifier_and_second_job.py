"""A job's qualifier in brackets and a second job after a comma on the job's own line belong
to the title ("presschef (vikarierande)", "vedoucí referátu …, tiskový mluvčí"). Texts
invented, modelled on those entries."""

from __future__ import annotations

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.model import ExtractedPerson


def _people(text: str) -> dict[str, ExtractedPerson]:
    return {p.name: p for p in parse_release_text(text, "test").media_contacts}


def test_a_qualifier_in_brackets_stays_with_the_job() -> None:
    text = (
        "Ny strategi för skogen\n\n"
        "Myndigheterna presenterar i dag en gemensam strategi för skogens mångfald.\n\n"
        "Kontaktuppgifter:\n\n"
        "Lisa Berglund, presschef (vikarierande) Miljöverket, 010–555 13 00\n"
    )
    assert _people(text)["Lisa Berglund"].title == "presschef (vikarierande)"


def test_a_second_job_after_a_comma_on_the_jobs_line_stays_in_the_title() -> None:
    text = (
        "Tisková konference muzea\n\n"
        "Muzeum představí novou expozici na tiskové konferenci ve čtvrtek.\n\n"
        "Kontakt:\n"
        "Mgr. Pavel Horák\n\n"
        "vedoucí referátu komunikace, tiskový mluvčí\n"
        "MUZEUM MODERNÍHO UMĚNÍ\n"
        "tel.: +420 585 555 282\n"
    )
    assert _people(text)["Pavel Horák"].title == "vedoucí referátu komunikace, tiskový mluvčí"


def test_the_field_in_lower_case_before_the_organisation_is_the_title() -> None:
    text = (
        "Persmoment herbenoeming burgemeester\n\n"
        "De gemeenteraad vergadert donderdagavond over de herbenoeming van de burgemeester.\n\n"
        "Voor meer informatie: Sanne de Wilde-Kok, communicatie raadsgriffie Dordrecht, "
        "06 - 55 64 31 29 of s.dewilde@griffie.example.nl.\n"
    )
    person = _people(text)["Sanne de Wilde-Kok"]
    assert (person.title, person.office) == ("communicatie", "raadsgriffie Dordrecht")


def test_a_department_segment_on_the_name_line_is_the_title() -> None:
    text = (
        "February 3, 2031\n"
        "MEDIA CONTACTS\n"
        "Dana Whitcombe, Media and Communications, dwhitcombe@city.example.org, (253) 555-0152\n"
        "City Offices Open Late on Monday\n"
        "Due to snow, city offices will open at 10 AM on Monday for all non-essential "
        "employees. The situation will be assessed again in the morning.\n"
    )
    assert _people(text)["Dana Whitcombe"].title == "Media and Communications"


def test_a_job_cut_by_a_comma_from_its_field_is_one_title_above_the_headline() -> None:
    text = (
        "March 11, 2031\n"
        "For More Information:\n"
        "Harriet Quill\n"
        "Acting Manager, Marketing\n"
        "(416) 555-5938\n"
        "Baby Giraffe Born at the City Zoo\n"
        "The City Zoo welcomed a baby giraffe on Tuesday, its first in ten years.\n"
    )
    assert _people(text)["Harriet Quill"].title == "Acting Manager, Marketing"
