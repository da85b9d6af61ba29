"""Dutch releases are read as Dutch (their national numbers, their "Afdeling …" offices), and
page furniture above a headline (an image placeholder's caption, an "Aviso de prensa" label, a
breadcrumb, a photo credit) is never the title. People and numbers are invented."""

from __future__ import annotations

from datetime import date

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.language import detect_language
from desktop.formats.releases.lexicon import METADATA_LINE, fold_keep_length

_DUTCH_STORY = (
    "Op dinsdag 4 maart jl. opende de wethouder samen met bewoners van de wijk het vernieuwde "
    "buurthuis. Door de verbouwing is er nu ook ruimte voor de bibliotheek en de huisarts.\n\n"
    "Na de opening werd er door de kinderen van de school een lied gezongen. Tot slot werd er "
    "een boom geplant bij de ingang.\n\n"
)


def test_dutch_release_is_dutch_and_its_department_line_gives_office_and_number() -> None:
    text = (
        "Gemeente Dronten\n\nHeropening buurthuis De Schakel\n\n" + _DUTCH_STORY
        + "---\n\nDronten, 5 maart 2019\n\nAfdeling Communicatie, P.J. van Velzen, 0321-388812.\n"
    )
    release = parse_release_text(text, "t.txt")
    assert release.language == "nl"
    assert release.title == "Heropening buurthuis De Schakel"
    assert release.published_on == date(2019, 3, 5)
    [person] = release.media_contacts
    assert person.name == "P.J. van Velzen"
    assert person.office == "Afdeling Communicatie"
    assert person.country == "NL"
    assert [phone.e164 for phone in person.phones] == ["+31321388812"]


def test_short_dutch_text_is_not_taken_for_french_or_spanish() -> None:
    assert detect_language(_DUTCH_STORY) == "nl"


def test_captions_labels_and_breadcrumbs_are_page_furniture() -> None:
    for line in ("Example image - 600 x 150 pixels", "Aviso de Prensa", "ACTUALITÉS / En bref",
                 "Foto: Ana Lima/Secretaria", "See Press Resources"):
        assert METADATA_LINE.match(fold_keep_length(line)), line


def test_image_caption_above_headline_is_not_the_title() -> None:
    text = (
        "Example image - 600 x 150 pixels\n\nSurvey to publish shoreline report on June 4\n\n"
        "May 28, 2015\n\nThe Survey will publish its annual report on shoreline change at a news "
        "conference in Norfolk on June 4, and its scientists will take questions afterwards.\n\n"
        "Media contact: Dana Whitfield, 757-555-0143, dana.whitfield@survey.example.gov\n"
    )
    release = parse_release_text(text, "t.txt")
    assert release.title == "Survey to publish shoreline report on June 4"


def test_a_date_alone_on_its_line_under_a_share_bar_dates_the_page() -> None:
    text = (
        "ACTUALITÉS / En bref\n\nTravaux de nuit sur le boulevard\n\n\n"
        "La Ville informe les automobilistes que des travaux de réfection de la chaussée auront "
        "lieu de nuit sur le boulevard à compter du lundi 7 juin.\n Imprimer   Envoyer \n"
        "Mercredi 2 juin 2021\n\nLa Ville informe les automobilistes que des travaux auront lieu "
        "de nuit, entre 20 h et 5 h, et que des détours seront indiqués.\n"
    )
    release = parse_release_text(text, "t.txt")
    assert release.title == "Travaux de nuit sur le boulevard"
    assert release.published_on == date(2021, 6, 2)


def test_an_events_day_alone_on_its_line_above_a_meeting_point_does_not_date_the_page() -> None:
    text = (
        "AVISO: Verein lädt zum Fototermin\n\nWien (OTS) - Der Verein präsentiert morgen seine "
        "Bilanz nach hundert Tagen und lädt dazu alle Medienvertreter herzlich ein.\n\n"
        "Fototermin „100 Tage“\nDienstag, 27. März 2018\nTreffpunkt: Um 9:30 Uhr vor dem Rathaus\n"
    )
    assert parse_release_text(text, "t.txt").published_on is None


def test_inline_russian_contact_after_a_lower_case_job_keeps_name_job_and_local_number() -> None:
    text = (
        "Пресс-конференция областного управления на тему подготовки больниц к осеннему сезону. "
        "Начало в 11.00. Место проведения: пресс-центр агентства (ул.Садовая, 12). "
        "Контакты: начальник пресс-центра Олеся Гайдук, тел. 731-48-26."
    )
    [person] = parse_release_text(text, "t.txt").media_contacts
    assert person.name == "Олеся Гайдук"
    assert person.title == "начальник пресс-центра"
    assert [phone.as_written for phone in person.phones] == ["731-48-26"]


def test_name_colon_number_lines_under_the_headline_are_contacts() -> None:
    text = (
        "Board Receives Nomination for Chair of the Fund\n\n"
        "Martin Okafor: 202-555-0134\nHelen Brandt: 202-555-0171\n\n"
        "WASHINGTON, April 3, 2009 — The Fund's Board has received a nomination for the post of "
        "Chair, and its Executive Directors are consulting the member countries.\n"
    )
    people = parse_release_text(text, "t.txt").media_contacts
    assert [(p.name, [ph.e164 for ph in p.phones]) for p in people] == [
        ("Martin Okafor", ["+12025550134"]), ("Helen Brandt", ["+12025550171"]),
    ]


def test_journalists_confirming_attendance_with_someone_reach_that_person() -> None:
    text = (
        "Press briefing on the Committee's session\n\nThe briefing in English and French will "
        "take place online on Monday at 5.30 pm, with the Chair of the session.\n\n"
        "Journalists: please confirm your intent to attend with Clara Voisin c.voisin@org.example\n"
    )
    [person] = parse_release_text(text, "t.txt").media_contacts
    assert person.name == "Clara Voisin"
    assert person.emails[0].address == "c.voisin@org.example"


def test_a_press_office_heading_under_a_name_does_not_cut_that_person_off() -> None:
    text = (
        "Secretaria orienta produtores sobre o vazio sanitário\n\n"
        "O período de vazio sanitário do feijão começa no dia 1º de julho em todo o estado, e os "
        "produtores devem eliminar as plantas voluntárias das lavouras até essa data.\n"
        "Repórter: Paulo Lemes – Rádio Regional/Lages\nMais informações à imprensa:\n"
        "Renata Bortolini\nAssessoria de Comunicação – Agrosul\nFone: (48) 3664 2210\n"
        "imprensa@agrosul.example.gov.br\n"
    )
    [person] = parse_release_text(text, "t.txt").media_contacts
    assert person.name == "Renata Bortolini"
    assert [phone.e164 for phone in person.phones] == ["+554836642210"]
    assert [email.address for email in person.emails] == ["imprensa@agrosul.example.gov.br"]


def test_spanish_contact_label_inside_the_page_top_reaches_the_person() -> None:
    text = (
        "Comunicados en español\nLa agencia publica anuncios sobre los peligros para la salud\n"
        "Contacto en español: Marta Robledo, 202-555-0149 / robledo.marta@agencia.example.gov\n"
        "(Washington, D.C.—12 de octubre de 2005) La agencia ha emitido cinco anuncios de "
        "servicio público para la radio, advirtiendo sobre los posibles peligros.\n"
    )
    [person] = parse_release_text(text, "t.txt").media_contacts
    assert person.name == "Marta Robledo"
    assert [email.address for email in person.emails] == ["robledo.marta@agencia.example.gov"]


def test_a_name_with_only_an_address_and_a_number_under_the_headline_is_a_contact() -> None:
    text = (
        "La Liga de Parques Elige una Nueva Junta Directiva\n\n\n"
        "Rosa Echeverría, rosa@ligaparques.example.org, 503.555.0182\n\n"
        "Portland, OR — La asamblea de la Liga de Parques eligió el sábado a Daniel Whitaker de "
        "Seattle como presidente de la organización, que reúne a grupos de voluntarios.\n"
    )
    [person] = parse_release_text(text, "t.txt").media_contacts
    assert person.name == "Rosa Echeverría"
    assert [phone.e164 for phone in person.phones] == ["+15035550182"]


def test_a_name_run_into_an_acronym_office_is_split_from_it_and_from_the_job() -> None:
    text = (
        "Mission to present its work at a press conference\n\nThe head of the mission will "
        "introduce the role of the mission and its upcoming activities to the press.\n"
        "For further information, please contact Nodar Beridze OSCE/ODIHR EOM Media Analyst, at "
        "+995 599 41 27 63 (Tbilisi mobile) or nodar.beridze@eom.example.org\nor\n"
        "Karin Aasen, OSCE/ODIHR Spokesperson, at +48 603 514 288 (Warsaw mobile).\n"
    )
    people = parse_release_text(text, "t.txt").media_contacts
    assert [(p.name, p.title, p.office) for p in people] == [
        ("Nodar Beridze", "Media Analyst", "OSCE/ODIHR EOM"),
        ("Karin Aasen", "Spokesperson", "OSCE/ODIHR"),
    ]


def test_the_office_repeated_under_a_complete_entry_brings_the_switchboard_not_hers() -> None:
    text = (
        "Statement on reports of detained staff\n\nReports in the media of detained staff are "
        "inaccurate, and no staff members have been detained by anyone this week.\n\n"
        "Contacts\n\n  • Lena Hartl\n  • Spokesperson\n  • Press Section\n  • Secretariat\n"
        "  • Ringstrasse 6\n  • A-1010 Vienna\n  • Austria\n  • Office: +43 1 514 20 6263\n"
        "  • press@secretariat.example.org\n  • Secretariat\n  • Ringstrasse 6\n"
        "  • A-1010 Vienna\n  • Austria\n  • Office: +43 1 514 20 6000\n"
        "  • info@secretariat.example.org\n"
    )
    [person] = parse_release_text(text, "t.txt").media_contacts
    assert person.name == "Lena Hartl"
    assert [phone.e164 for phone in person.phones] == ["+431514206263"]
    assert [email.address for email in person.emails] == ["press@secretariat.example.org"]


def test_a_story_run_on_after_the_number_on_a_one_line_page_is_not_the_office() -> None:
    text = (
        "Contact: Ruth Calloway, 360-555-0105 The park service is turning 99 years old on "
        "August 25, 2015, and across the country, park visitors will get a present – free entry "
        "to any national park, the superintendent said.\n"
    )
    [person] = parse_release_text(text, "t.txt").media_contacts
    assert person.name == "Ruth Calloway"
    assert person.office is None
    assert [phone.e164 for phone in person.phones] == ["+13605550105"]
