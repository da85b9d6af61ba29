"""What the office of a found contact is when the entry writes it in pieces, or writes no office.

An entry may give the unit, then its organisation, in two segments of one line ("Oddělení …,
MZV") or on two lines with a blank between; German joins the organisation's acronym to the job
("NABU-Pressesprecherin"); a press wire credits the sender under the entry ("Originaltext
vom …"), which is nobody's office; a contact list may give each person's beat in lower case
("offshore drilling, federal lands, …"), which is no office either. The pages are invented,
modelled on those layouts.
"""

from __future__ import annotations

from desktop.formats.releases import parse_release_text

Entry = tuple[str | None, str | None]

_STORY = (
    "The council met on Monday to agree the new plan for the river banks. The plan will be "
    "published in full next week and comments are welcome until the end of the month.\n\n"
)


def _people(text: str) -> dict[str, Entry]:
    release = parse_release_text(text, "test")
    return {p.name: (p.title, p.office) for p in release.people}


def test_a_unit_then_its_organisation_on_one_line_is_one_office() -> None:
    text = (
        "Porada o nových pravidlech pro vodní toky\n\n"
        "Ministerstvo dnes představilo nová pravidla pro správu vodních toků. Pravidla budou "
        "platit od příštího roku a obce se k nim mohou vyjádřit do konce měsíce.\n\n"
        "Kontakt pro média\n"
        "Petra Vlčková, Oddělení komunikace s veřejností, MŽPV, +420 555 123 456\n"
    )
    assert _people(text)["Petra Vlčková"][1] == "Oddělení komunikace s veřejností, MŽPV"


def test_a_finnish_department_after_its_agency_is_part_of_the_office() -> None:
    text = (
        "Uusi suunnitelma jokien hoitoon\n\n"
        "Virasto julkaisi tänään suunnitelman jokien hoidosta. Suunnitelma tulee voimaan ensi "
        "vuonna ja siitä voi antaa palautetta kuun loppuun asti.\n\n"
        "Lisätietoja:\n\n"
        "Aino Rautio, osastopäällikkö\n"
        "Jokihallinnon virasto, Tiedotusosasto 0295 550 123   aino.rautio@example.fi\n"
    )
    assert _people(text)["Aino Rautio"] == (
        "osastopäällikkö", "Jokihallinnon virasto, Tiedotusosasto"
    )


def test_a_unit_and_its_organisation_apart_by_a_blank_line_are_one_office() -> None:
    text = (
        "Conseil des riverains : les nouvelles règles\n\n"
        "Le conseil a adopté lundi les nouvelles règles pour les berges. Elles seront publiées "
        "la semaine prochaine et les avis sont attendus jusqu'à la fin du mois.\n\n"
        "Contact pour les médias :\n\n"
        "Aminata Kone\n\n"
        "Département de la communication et des relations publiques\n\n"
        "Agence fluviale régionale\n\n"
        "a.kone@example.org\n"
    )
    assert _people(text)["Aminata Kone"][1] == (
        "Département de la communication et des relations publiques, Agence fluviale régionale"
    )


def test_an_acronym_joined_to_the_job_is_the_office_and_the_wire_credit_is_not() -> None:
    text = (
        "Flussufer: neuer Plan vorgestellt\n\n"
        "Berlin (ots) - Der Verband hat heute seinen Plan für die Flussufer vorgestellt. Der "
        "Plan wird nächste Woche veröffentlicht, Stellungnahmen sind bis Monatsende möglich.\n\n"
        "Mit freundlichen Grüßen\n"
        "Jana Feldmann\n"
        "BFVU-Pressesprecherin Tel. 030-5550101, mobil 0170-5550102\n"
        "Originaltext vom BFVU\n"
    )
    assert _people(text)["Jana Feldmann"] == ("Pressesprecherin", "BFVU")


def test_a_trade_acronym_joined_to_the_job_stays_in_the_title() -> None:
    text = (
        "Flussufer: neuer Plan vorgestellt\n\n"
        "Berlin - Der Verband hat heute seinen Plan für die Flussufer vorgestellt. Der Plan "
        "wird nächste Woche veröffentlicht, Stellungnahmen sind bis Monatsende möglich.\n\n"
        "Pressekontakt:\n"
        "Jana Feldmann, PR-Referentin, Tel. 030-5550101\n"
    )
    assert _people(text)["Jana Feldmann"][0] == "PR-Referentin"


def test_a_beat_in_lower_case_under_a_contact_is_no_office() -> None:
    text = (
        "River plan: media contacts\n\n" + _STORY + "Media contacts\n\n"
        "Dana Whitfield\n\n"
        "dwhitfield@example.org\n"
        "202-555-0143\n"
        "Offshore drilling, coal, federal lands, forest and rivers, clean air policy\n\n"
        "Omar Lindqvist\n\n"
        "olindqvist@example.org\n"
        "202-555-0187\n"
        "Oceans, fisheries, national wildlife agency rules\n"
    )
    people = _people(text)
    assert people["Dana Whitfield"][1] is None
    assert people["Omar Lindqvist"][1] is None


def test_an_organisation_with_a_word_in_lower_case_under_the_job_is_the_office() -> None:
    text = (
        "Flussufer: neuer Plan vorgestellt\n\n"
        "München - Der Verband hat heute seinen Plan für die Flussufer vorgestellt. Der Plan "
        "wird nächste Woche veröffentlicht, Stellungnahmen sind bis Monatsende möglich.\n\n"
        "Weitere Informationen:\n\n"
        "Lotte Brenner\n"
        "Pressesprecherin\n"
        "RFV-Flusshilfe bundesweit\n"
        "Tel.: 089/555 14-259\n"
        "E-Mail: lotte.brenner@example.org\n"
    )
    assert _people(text)["Lotte Brenner"] == ("Pressesprecherin", "RFV-Flusshilfe bundesweit")


def test_an_organisation_over_the_press_desk_line_is_the_office_of_the_people_below() -> None:
    text = (
        "Flussufer: Plakate entfernt\n\n"
        "Am Morgen wurden zwei Plakate an einer Brücke festgestellt. Die Polizei hat die "
        "Plakate entfernt und ermittelt wegen Sachbeschädigung.\n\n"
        "Rückfragen zu den Bürozeiten:\n"
        "Polizeiinspektion Nordufer\n"
        "Pressestelle\n"
        "Lena Hartwig, Malte Ossig\n"
        "Telefon: 0381 555 2040/ -2041\n"
        "E-Mail: presse@example.de\n"
    )
    people = _people(text)
    assert people["Lena Hartwig"][1] == "Polizeiinspektion Nordufer"
    assert people["Malte Ossig"][1] == "Polizeiinspektion Nordufer"


def test_the_organisation_a_lead_in_names_is_the_office_of_its_entries() -> None:
    text = (
        "Rapport annuel sur les berges\n\n"
        "Le rapport annuel sur l'état des berges paraît aujourd'hui. Il dresse le bilan de "
        "l'année et propose douze mesures pour les communes riveraines.\n\n"
        "Contacts presse du Réseau fluvial solidaire\n\n"
        "Maëlle Garnier – 06 55 04 57 33 – mgarnier@example.org\n\n"
        "Yanis Perrot – 06 55 11 70 00 – yperrot@example.org\n"
    )
    people = _people(text)
    assert people["Maëlle Garnier"][1] == "Réseau fluvial solidaire"
    assert people["Yanis Perrot"][1] == "Réseau fluvial solidaire"


def test_a_lead_in_naming_a_city_gives_no_office() -> None:
    text = (
        "River plan: media contacts\n\n" + _STORY + "Media contacts in Chicago\n\n"
        "Dana Whitfield, 312-555-0143, dwhitfield@example.org\n"
    )
    assert _people(text)["Dana Whitfield"][1] is None


def test_an_address_alone_under_an_office_naming_no_country_is_in_the_release_country() -> None:
    text = (
        "Les riverains se réunissent à Dakar\n\n"
        "Dakar, le 4 juin 2025 – Les riverains du fleuve tiendront leur assemblée annuelle du "
        "10 au 12 juin. Ils examineront le plan des ouvrages pour les cinq prochaines années.\n\n"
        "Contact pour les médias :\n\n"
        "Fatou Ndiaye, Département de la communication, Agence fluviale régionale, "
        "f.ndiaye@example.org\n"
    )
    release = parse_release_text(text, "test")
    assert [p.country for p in release.people] == ["SN"]


def test_a_job_in_lower_case_then_a_capitalised_organisation_splits_with_no_job_word() -> None:
    """Esperanto, for which no word list exists: the case alone tells the job from the office."""
    text = (
        "La urba konsilio malfermas novan parkon apud la rivero\n\n"
        "La urba konsilio hodiaŭ anoncis, ke la nova parko apud la rivero malfermiĝos en majo. "
        "La laboroj daŭris du jarojn kaj kostis malpli ol atendite, diris la konsilio.\n\n"
        "Kontakto:\n"
        "Mirela Vasković, gazetara respondeculo UEK, +48 22 555 01 23\n"
    )
    assert _people(text)["Mirela Vasković"] == ("gazetara respondeculo", "UEK")


def test_a_field_of_work_with_capitals_after_the_job_stays_in_the_title() -> None:
    text = (
        "Conseil des riverains : les nouvelles règles\n\n"
        "Le conseil a adopté lundi les nouvelles règles pour les berges. Elles seront publiées "
        "la semaine prochaine et les avis sont attendus jusqu'à la fin du mois.\n\n"
        "Contact presse : Claire Moreau, directrice des Relations publiques, 06 55 12 34 56\n"
    )
    assert _people(text)["Claire Moreau"][1] is None


def test_a_given_name_that_is_also_a_particle_opens_a_name() -> None:
    text = (
        "River plan: media contacts\n\n" + _STORY + "Media contacts\n\n"
        "Ben Hartigan\n\n"
        "bhartigan@example.org\n"
        "202-555-0164\n"
    )
    assert "Ben Hartigan" in _people(text)


def test_a_services_unit_under_the_job_is_the_office_not_a_second_person() -> None:
    text = (
        "River plan: media contacts\n\n" + _STORY + "Media contacts:\n\n"
        "Nora Castellan\n"
        "Manager of Planning and Flood Preparedness\n"
        "Riverside Services\n"
        "519-555-0160 extension 2127\n"
        "nora.castellan@example.org\n"
    )
    people = _people(text)
    assert list(people) == ["Nora Castellan"]
    assert people["Nora Castellan"][1] == "Riverside Services"


def test_the_city_a_unit_belongs_to_on_the_next_line_completes_the_office() -> None:
    text = (
        "River plan: media contacts\n\n" + _STORY + "Media contacts:\n\n"
        "Nora Castellan\n"
        "Manager of Planning and Flood Preparedness\n"
        "Riverside Services\n"
        "City of Eastbrook\n"
        "519-555-0160 extension 2127\n"
    )
    assert _people(text)["Nora Castellan"][1] == "Riverside Services, City of Eastbrook"


def test_an_unknown_organisation_before_a_compound_job_is_the_office() -> None:
    text = (
        "Flussufer: neuer Plan vorgestellt\n\n"
        "Zürich - Der Verband hat heute seinen Plan für die Flussufer vorgestellt. Der Plan "
        "wird nächste Woche veröffentlicht, Stellungnahmen sind bis Monatsende möglich.\n\n"
        "Weitere Auskünfte:\n"
        "Ruedi Amsler, Pro Ufer Medienverantwortlicher, Tel. 079 555 69 47\n"
    )
    assert _people(text)["Ruedi Amsler"] == ("Medienverantwortlicher", "Pro Ufer")


def test_a_rank_after_its_field_stays_one_title() -> None:
    text = (
        "River plan: media contacts\n\n" + _STORY + "Media contact:\n"
        "Dana Whitfield, Vice President, 202-555-0143\n"
        "Omar Lindqvist, External Affairs Associate, 202-555-0187\n"
    )
    people = _people(text)
    assert people["Dana Whitfield"] == ("Vice President", None)
    assert people["Omar Lindqvist"][1] is None


def test_a_mixed_case_ministry_short_name_after_a_lower_case_job_is_the_office() -> None:
    text = (
        "Porada o nových pravidlech pro vodní toky\n\n"
        "Ministerstvo dnes představilo nová pravidla pro správu vodních toků. Pravidla budou "
        "platit od příštího roku a obce se k nim mohou vyjádřit do konce měsíce.\n\n"
        "Kontakt pro média\n"
        "Eva Dvořáková, zastupující tisková mluvčí MVo, +420 555 123 456\n"
    )
    assert _people(text)["Eva Dvořáková"] == ("zastupující tisková mluvčí", "MVo")


def test_an_office_naming_new_jersey_is_in_the_united_states() -> None:
    text = (
        "River plan: media contacts\n\n" + _STORY + "Media contact:\n"
        "Dana Whitfield, Harbor Commission of New York and New Jersey, 212-555-0143\n"
    )
    release = parse_release_text(text, "test")
    assert [(p.country, [ph.e164 for ph in p.phones]) for p in release.people] == [
        ("US", ["+12125550143"])
    ]


def test_a_label_saying_what_a_number_is_for_is_no_office() -> None:
    text = (
        "Nieuwe regels voor de rivieroevers\n\n"
        "De provincie heeft vandaag nieuwe regels voor de rivieroevers vastgesteld. De regels "
        "gaan volgend jaar in en gemeenten kunnen tot het einde van de maand reageren.\n\n"
        "Woordvoerder: Joris Verhaak, j.verhaak@example.nl\n"
        "Telefoon: 026 555 90 25\n"
        "Mobiel voor SMS: 06 55 80 18 10\n"
    )
    assert _people(text)["Joris Verhaak"][1] is None


def test_the_title_leaves_out_whom_the_job_is_held_with_and_a_dangling_connector() -> None:
    text = (
        "Ny plan för vattenvård i hela landet\n\n"
        "Två myndigheter har tagit fram en gemensam plan för vattenvård. Planen gäller från "
        "och med nästa år och ska följas upp varje höst.\n\n"
        "Kontaktuppgifter:\n"
        "Lena Ekvall, pressekreterare hos landsbygdsminister Per Ask, 08-555 80 13\n"
    )
    assert _people(text)["Lena Ekvall"][0] == "pressekreterare"
    english = (
        "River plan: media contacts\n\n" + _STORY
        + "For more information please contact Dana Whitfield, Library Director at\n"
        "509-555-3252 or dwhitfield@example.org.\n"
    )
    assert _people(english)["Dana Whitfield"][0] == "Library Director"


def test_an_organisation_line_naming_its_country_heads_the_entries_under_it() -> None:
    text = (
        "Flussufer: neuer Plan vorgestellt\n\n"
        "Zürich - Der Verband hat heute seinen Plan für die Flussufer vorgestellt. Der Plan "
        "wird nächste Woche veröffentlicht, Stellungnahmen sind bis Monatsende möglich.\n\n"
        "Kontakt für die Medien:\n\n"
        "Pro Ripa Schweiz\n"
        "Anna Kessler, Medienverantwortliche\n"
        "Beat Imhof, Leiter Marketing und Kommunikation\n"
        "Telefon: 044 555 89 57\n"
        "E-Mail: medien@example.ch\n"
    )
    assert _people(text)["Beat Imhof"][1] == "Pro Ripa Schweiz"
    french = (
        "Conseil des riverains : les nouvelles règles\n\n"
        "Le conseil a adopté lundi les nouvelles règles pour les berges. Elles seront publiées "
        "la semaine prochaine et les avis sont attendus jusqu'à la fin du mois.\n\n"
        "Contact pour les médias\n\n"
        "Pro Ripa Suisse\n"
        "Beat Imhof, responsable Communication et marketing\n"
        "Téléphone : 044 555 89 43\n"
    )
    assert _people(french)["Beat Imhof"][1] == "Pro Ripa Suisse"


def test_a_job_for_an_area_before_the_name_is_the_title() -> None:
    text = (
        "Vegen over fjellet blir stengd om natta\n\n"
        "Vegen over fjellet blir stengd om natta i to veker medan vi skiftar asfalt. "
        "Omkøyring er skilta, og bussane køyrer som vanleg.\n\n"
        "Kontaktpersonar:\n"
        "  • Anleggsvakt i Sunnfjord, Oddny Brekke, tlf: 951 55 847\n"
        "  • Anleggsvakt i Nordfjord, Kåre Lunde, tlf: 951 55 827\n"
    )
    people = _people(text)
    assert people["Oddny Brekke"][0] == "Anleggsvakt"
    assert people["Kåre Lunde"][0] == "Anleggsvakt"


def test_an_address_cut_short_after_the_office_is_not_part_of_it() -> None:
    text = (
        "River plan: media contacts\n\n"
        "FOR IMMEDIATE RELEASE: January 24, 2025 CONTACT: Dana Whitfield, Riverside Heart "
        "Association 518.555.4049 or Dana.Whitfield@riverheart.\n\n" + _STORY
    )
    assert _people(text)["Dana Whitfield"][1] == "Riverside Heart Association"


def test_a_city_and_state_under_the_job_is_no_office() -> None:
    text = (
        "River plan: media contacts\n\n" + _STORY + "Press contacts\n\n"
        "Dana Whitfield\n"
        "Director, Media & Public Relations\n"
        "Boston, MA\n"
        "Office: (617) 555-2408\n"
    )
    assert _people(text)["Dana Whitfield"][1] is None
