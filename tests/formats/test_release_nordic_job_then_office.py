"""Nordic contact lines that write the job, then the agency or ministry it is held in.

Swedish and Danish pages write "Name, projektledare Naturvårdsverket, number" (the job in lower
case, then the agency's one-word compound name) or, in prose, "Pressesekretær i Ministeriet,
Name" and "presserådgiver i Ministeriet Name, address" (the job *in* the ministry, the name last).
The title is the job, the office the agency. The pages are invented, modelled on those layouts.
"""

from __future__ import annotations

from desktop.formats.releases import parse_release_text

Entry = tuple[str | None, str | None]


def _people(text: str) -> dict[str, Entry]:
    release = parse_release_text(text, "test")
    return {p.name: (p.title, p.office) for p in release.people}


def test_a_swedish_list_splits_the_job_from_the_agency_after_it() -> None:
    text = (
        "Ny plan för vattenvård i hela landet\n\n"
        "Två myndigheter har tagit fram en gemensam plan för vattenvård. Planen gäller från "
        "och med nästa år och ska följas upp varje höst.\n\n"
        "Kontaktuppgifter:\n\n"
        "Lena Ekvall, projektledare Vattenmyndigheten, 010–555 12 34\n\n"
        "Olof Brandt, generaldirektör Fiskeristyrelsen, 036–55 66 77\n\n"
        "Sara Holm, pressansvarig Fiskeristyrelsen, 036–55 66 78\n"
    )
    assert _people(text) == {
        "Lena Ekvall": ("projektledare", "Vattenmyndigheten"),
        "Olof Brandt": ("generaldirektör", "Fiskeristyrelsen"),
        "Sara Holm": ("pressansvarig", "Fiskeristyrelsen"),
    }


def test_a_danish_job_in_a_ministry_before_the_name_gives_title_and_office() -> None:
    text = (
        "Pressemøde om nye regler for skoler\n\n"
        "Ministeren holder pressemøde i dag om nye regler for skoler.\n\n"
        "***\n\n"
        "Yderligere oplysninger: Pressesekretær i Skoleministeriet, Anne Holm Berg, "
        "telefon +45 33 11 22 33.\n"
    )
    assert _people(text) == {"Anne Holm Berg": ("Pressesekretær", "Skoleministeriet")}


def test_a_danish_name_after_the_job_and_its_ministry_is_read() -> None:
    text = (
        "Pressemøde om skattesnyd\n\n"
        "Ministeren holder pressemøde onsdag.\n"
        "Journalister med gyldigt pressekort har adgang fra kl. 10.00.\n"
        "Kontaktperson: Presserådgiver i Skatteministeriet Mette Lund Hansen, "
        "melh@skm.example.dk, tlf. 3312 3456.\n"
    )
    assert _people(text) == {"Mette Lund Hansen": ("Presserådgiver", "Skatteministeriet")}
