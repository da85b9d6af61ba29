"""Headlines and datelines on scraped pages, read from the shape of the lines: a story the
scrape left on one long line, a headline over its sub-headline far above the story, a headline
naming a briefing by its date, a headline broken over two lines, and datelines set in brackets,
led by a day name, after a scraper's stamp or alone above a story cut into short lines. Text,
people and numbers are invented."""

from __future__ import annotations

from datetime import date

from desktop.formats.releases import parse_release_text

_STORY = (
    "The regional water board will open its new flood basin to visitors on Saturday, and the "
    "engineers who built it will guide groups along the dyke every hour. The basin holds two "
    "million cubic metres of water."
)


def test_a_byline_name_over_the_headline_loses_to_it_when_the_story_is_one_cut_line() -> None:
    text = (
        "Marta Quijano\n\n"
        "Dos asociaciones celebran la nueva ley para proteger los humedales del valle\n\n"
        "Para publicación inmediata 4 de junio de 2031 Contacto: Marta Quijano, "
        "marta@example.org, 555-0142 Valle Verde — En respuesta a la votación de hoy, las dos "
        "asociaciones emitieron la siguiente declaración. Los humedales del valle dan agua a "
        "miles de familias y refugio a muchas aves que llegan cada invierno desde el norte del "
        "continente para pasar los meses fríos en las lagunas de la zona y"
    )
    release = parse_release_text(text, "t.txt")
    assert release.title == (
        "Dos asociaciones celebran la nueva ley para proteger los humedales del valle")


def test_an_invitation_whose_first_paragraph_runs_on_past_a_comma_keeps_its_headline() -> None:
    text = (
        "12. Mai 2031 | PRESSEMITTEILUNG\n\n"
        "Presseeinladung: Ein Jahr nach dem Sturm - Bilanz des Kinderhilfswerks Sonnenhof\n\n"
        "Gespräch mit zwei Helferinnen aus dem Katastrophengebiet\n\n"
        "12.05.31 - Das Kinderhilfswerk Sonnenhof lädt ein zum Pressegespräch mit Jana Kirsch, "
        "Projektleiterin, die gerade aus dem Gebiet zurückgekehrt ist, und mit der Ärztin Ulla "
        "Brand, die dort seit dem Winter eine Klinik für die Kinder der Region aufbaut,\n\n"
        "am Mittwoch, 20. Mai 2031, um 10.00 Uhr,\n"
        "ins Büro des Hilfswerks, Lindenweg 4, 10115 Berlin.\n\n"
        '"Seit dem Sturm hat sich viel bewegt. Mehr als 3.000 Kinder gehen wieder zur Schule." '
        "Die Helferinnen berichten von der Arbeit vor Ort und von dem, was noch fehlt.\n"
    )
    release = parse_release_text(text, "t.txt")
    assert release.title == (
        "Presseeinladung: Ein Jahr nach dem Sturm - Bilanz des Kinderhilfswerks Sonnenhof")
    assert release.published_on == date(2031, 5, 12)


def test_a_title_case_headline_over_a_sub_headline_far_above_the_story() -> None:
    text = (
        "Select language:\n\n"
        "Coastal Alliance Praises The New Marine Reserve And Calls For Its Swift Protection\n\n"
        "The reserve brings fishing families and scientists together for a cleaner coast\n\n"
        "Press contact\n\n"
        "Omar Lindqvist, media strategist, omar@example.org\n\n\n\n"
        "The president of the Coastal Alliance issued the following statement today on the "
        "new marine reserve announced by the government.\n"
    )
    assert parse_release_text(text, "t.txt").title == (
        "Coastal Alliance Praises The New Marine Reserve And Calls For Its Swift Protection")


def test_a_site_banner_far_above_the_headline_is_not_taken_for_it() -> None:
    text = (
        "HafenPortal\n\n"
        "HafenPortal - Nachrichten aus Hafen und Schifffahrt\n\n\n\n"
        '"Frag die Lotsin! - Lena erklärt\'s" (Folge 2)\n\n'
        "ID: 7741022\n\n"
        "(ots) -\n"
        "Moin zusammen, ich bin Lena, die Lotsin. Jeden Tag bringe ich große Schiffe sicher\n"
        "in den Hafen. In dieser Reihe beantworte ich eure Fragen zu meiner Arbeit.\n"
    )
    assert parse_release_text(text, "t.txt").title == (
        '"Frag die Lotsin! - Lena erklärt\'s" (Folge 2)')


def test_a_headline_naming_a_briefing_by_its_date_is_the_headline() -> None:
    text = (
        "Pressmeddelande -\n\n"
        "FULLMÄKTIGEEKO 7 MAJ 2031\n\n"
        "2031-05-08 Kommunikationsavdelningen, Telefon: 08-555 01 00 Kommunfullmäktiges beslut "
        "om den nya skolan i hamnen togs i går kväll efter en lång debatt. Bygget börjar i "
        "höst. Läs hela ekot på stadens webbplats där alla beslut från sammanträdet finns "
        "samlade för den som vill veta mer om vad som bestämdes under kvällen.\n"
    )
    release = parse_release_text(text, "t.txt")
    assert release.title == "FULLMÄKTIGEEKO 7 MAJ 2031"
    assert release.published_on == date(2031, 5, 8)
    assert release.dateline is None  # "Pressmeddelande -" is the kind of text, not a place


def test_a_date_line_or_a_timed_stamp_is_still_no_headline() -> None:
    for line in ("Genève, 25 novembre 2031", "Medienmitteilung vom 01.01.2031 02:51",
                 "Stockholm 7 maj 2031"):
        text = f"{line}\n\nWater Board Opens Its New Flood Basin\n\n{_STORY}\n"
        assert parse_release_text(text, "t.txt").title == "Water Board Opens Its New Flood Basin"


def test_a_headline_broken_after_a_function_word_is_read_whole() -> None:
    text = (
        "Recent News from\n"
        "the Regional Water Board\n"
        "RIVERTON, May 3, 2031\n\n"
        "/Wire/ -- Following are some\n"
        "recent items from the board.\n"
        "For more on any of them, call\n"
        "the contact given.\n"
    )
    release = parse_release_text(text, "t.txt")
    assert release.title == "Recent News from the Regional Water Board"
    assert release.dateline == "Riverton"


def test_a_page_title_printed_whole_keeps_the_headline_to_its_line() -> None:
    text = (
        "Ministers from the whole region to meet in Riverton\n\n"
        "Media Advisory\n\n"
        "Ministers from the whole region to meet in Riverton\n"
        "for the Water Council\n\n"
        f"{_STORY}\n"
    )
    assert parse_release_text(text, "t.txt").title == (
        "Ministers from the whole region to meet in Riverton")


def test_a_dateline_in_brackets_with_its_date_and_no_dash() -> None:
    for opening, place in (("(Riverton, D.C.-May 25, 2031)", "Riverton, D.C."),
                           ("(Riverton, D.C.—12 de octubre de 2031)", "Riverton, D.C.")):
        text = f"Board Opens the Flood Basin\n\n{opening} {_STORY}\n"
        release = parse_release_text(text, "t.txt")
        assert release.dateline == place
        assert release.published_on in (date(2031, 5, 25), date(2031, 10, 12))


def test_a_dateline_led_by_a_day_name_and_its_date() -> None:
    text = ("Avanzan los preparativos para la Semana del Río\n\n"
            "Miércoles, 17 de mayo de 2031, Puerto Rico – Como parte de las actividades de la "
            "Semana del Río, la asociación de vecinos invita a la comunidad a limpiar la orilla "
            "el próximo sábado.\n")
    release = parse_release_text(text, "t.txt")
    assert release.dateline == "Puerto Rico"
    assert release.published_on == date(2031, 5, 17)


def test_a_wire_opening_after_a_scrapers_stamp_gives_the_dateline() -> None:
    text = (" date 2031-07 Freiburg (ots) -Das Hilfswerk stellt am 13. Juli 2031 in Freiburg "
            "seine Zahlen für das vergangene Jahr vor und berichtet von seiner Arbeit in den "
            "Ländern, in denen es Familien in Not hilft.\n")
    assert parse_release_text(text, "t.txt").dateline == "Freiburg"


def test_a_document_viewers_embed_size_is_no_dateline() -> None:
    text = ("12\nDossier de presse « Jardins 2031 »\n\n  • Upload\n    others\n\n"
            "Embed Size (px)\n\nCitation preview\n\n"
            "Les jardins partagés accueillent désormais plus de 80 000 jardiniers dans les "
            "villes du pays, selon la sixième enquête annuelle de l'association.\n")
    assert parse_release_text(text, "t.txt").dateline is None


def test_a_labelled_notice_over_the_headline_is_not_the_story() -> None:
    text = (
        "Hinweis: Das Pressegespräch findet unter freiem Himmel statt. Denken Sie bitte an "
        "wetterfeste Kleidung und an festes Schuhwerk, der Weg zum Treffpunkt führt über eine "
        "Wiese.\n"
        "Sonnenhof hilft immer!\n"
        "Wer hätte gedacht, dass der Winter so lange dauert und so viele Familien in Not "
        "bringt. Als Hilfswerk sind wir gefordert wie selten zuvor.\n"
    )
    assert parse_release_text(text, "t.txt").title == "Sonnenhof hilft immer!"


def test_a_closing_guillemet_is_no_breadcrumb() -> None:
    text = f"« Jardins - Potagers » 2031\n\n{_STORY}\n"
    assert parse_release_text(text, "t.txt").title == "« Jardins - Potagers » 2031"
    text = f"Accueil » Actualités » Presse\n\nWater Board Opens Its New Flood Basin\n\n{_STORY}\n"
    assert parse_release_text(text, "t.txt").title == "Water Board Opens Its New Flood Basin"


def test_a_breadcrumb_written_with_slashes_is_no_headline() -> None:
    text = ("Home / News / Press releases\n\nWater Board Opens Its New Flood Basin\n\n"
            f"NAIROBI – {_STORY}\n")
    assert parse_release_text(text, "t.txt").title == "Water Board Opens Its New Flood Basin"


def test_a_headline_broken_before_its_last_words_is_read_whole() -> None:
    text = ("Water Board Opens Its New Flood Basin to\nVisitors From the Whole Region\n\n"
            f"NAIROBI – {_STORY}\n")
    assert parse_release_text(text, "t.txt").title == (
        "Water Board Opens Its New Flood Basin to Visitors From the Whole Region")


def test_a_dateline_with_the_date_before_the_place() -> None:
    text = f"Water Board Opens Its New Flood Basin\n\n3 May 2031, Nairobi – {_STORY}\n"
    release = parse_release_text(text, "t.txt")
    assert release.dateline == "Nairobi"
    assert release.published_on == date(2031, 5, 3)


def test_a_navigation_link_over_the_headline_is_not_taken_for_it() -> None:
    for link in ("« Back to news", "‹ Zurück zur Übersicht", "← Retour aux actualités"):
        text = f"{link}\n\nWater Board Opens Its New Flood Basin\n\nNAIROBI – {_STORY}\n"
        assert parse_release_text(text, "t.txt").title == "Water Board Opens Its New Flood Basin"


def test_an_information_box_and_a_repeated_section_label_are_not_headlines() -> None:
    text = (
        "Arkiv for nyheiter\n\n"
        "Flaumsituasjonen: Vassverket opnar det nye flaumbassenget\n\n"
        "Arkiv for nyheiter\n\n"
        "Lagt ut under: Vassverket Nord\n\n"
        "Utgjevar: Kommunikasjonskontoret\n\n"
        "Vassverket opnar det nye flaumbassenget for gjester på laurdag, og ingeniørane som "
        "bygde det viser grupper langs demninga kvar time.\n"
    )
    assert parse_release_text(text, "t.txt").title == (
        "Flaumsituasjonen: Vassverket opnar det nye flaumbassenget")


def test_an_advisorys_run_of_labelled_fields_gives_no_headline() -> None:
    text = (
        "Kuka : Vesilaitoksen hallitus\n\n"
        "Mitä : Uuden tulva-altaan avajaiset ja esittely\n\n"
        "Missä : Rantatie 4, Joensuu, Suomi\n\n"
        "Milloin : lauantaina 3. toukokuuta 2031\n\n"
        "Vesilaitoksen hallitus avaa uuden tulva-altaan lauantaina, ja altaan rakentaneet "
        "insinöörit opastavat ryhmiä padolla tunnin välein. Allas vetää kaksi miljoonaa "
        "kuutiometriä vettä.\n"
    )
    assert parse_release_text(text, "t.txt").title == ""


def test_a_short_kicker_right_under_the_headline_is_not_taken_for_it() -> None:
    text = (
        "Ministrit vizitojnë pellgun e ri të përmbytjeve në Durrës\n"
        "Njoftim për mediat\n"
        "3 maj 2031 – Durrës – Ministria e Mjedisit\n"
        "Ministrat e mjedisit dhe të ujërave do të vizitojnë pellgun e ri të përmbytjeve të "
        "shtunën, dhe inxhinierët që e ndërtuan do të udhëheqin grupet përgjatë digës.\n"
    )
    assert parse_release_text(text, "t.txt").title == (
        "Ministrit vizitojnë pellgun e ri të përmbytjeve në Durrës")


def test_a_time_field_beside_a_venue_field_is_no_headline() -> None:
    text = (
        "Vieta: Vandens centras, Krantinės g. 4, Kaunas\n"
        "Laikas: 11.00 val.\n"
        "Daugiau nei 200 savanorių padėjo statyti naująjį potvynių baseiną, o inžinieriai "
        "šeštadienį ves grupes palei pylimą kas valandą ir atsakys į žurnalistų klausimus.\n"
    )
    assert parse_release_text(text, "t.txt").title != "Laikas: 11.00 val."
