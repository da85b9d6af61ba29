"""Which line heads a real page, which date is the release's and which place is its dateline:
a headline over its sub-headline or its translation, wrapped paragraphs, labels, CMS fields and
contact sentences that are never headlines, a forwarded e-mail's Subject, an advised event's
day that is not the release date, a country kept in brackets after the city. Texts are
invented, shapes are those of real pages."""

from __future__ import annotations

from datetime import date

from desktop.formats.releases import parse_release_text

_STORY = (
    "The commission closed its two-day meeting with the adoption of a declaration on shared "
    "aquifers, signed by eleven member States after three years of talks.\n"
)


def test_a_headline_over_its_sub_headline_heads_the_wire_release() -> None:
    release = parse_release_text(
        "Frühjahrsputz am Donaukanal\n\nUmweltverein sammelt Plastikmüll am Ufer\n\n"
        "Wien (OTS) - Zeit: Samstag, 18. April 2026, 9 Uhr\nOrt: Schwedenplatz, 1010 Wien\n\n"
        "Am Samstag sammeln Freiwillige des Vereins ab 9 Uhr am Donaukanal Plastikmüll und zeigen, "
        "wie viel Abfall jedes Jahr in die Donau gelangt.\n", "t.txt")
    assert release.title == "Frühjahrsputz am Donaukanal"
    assert release.dateline == "Wien"
    assert release.published_on is None  # the day of the clean-up, not of the release


def test_a_headline_over_its_translation_heads_the_release_not_the_translation() -> None:
    release = parse_release_text(
        "Press release\n\n16 Feb 2029\n\nRegional commission adopts Amman Declaration\n\n"
        "اللجنة الإقليمية تعتمد إعلان عمّان\n\nAmman, 16 February 2029—" + _STORY, "t.txt")
    assert release.title == "Regional commission adopts Amman Declaration"


def test_a_site_name_over_the_headline_is_not_taken_for_it() -> None:
    release = parse_release_text(
        "Asociación Vecinal Río Claro\n\n"
        "La agencia expresa su preocupación por la frontera norte\n\n"
        "LIMA (Perú), 14 de enero de 2030 - Estamos muy preocupados por el rápido aumento del "
        "número de personas que cruzan la frontera norte en busca de protección.\n", "t.txt")
    assert release.title == "La agencia expresa su preocupación por la frontera norte"
    assert release.dateline == "LIMA (Perú)"
    assert release.published_on == date(2030, 1, 14)


def test_a_page_that_opens_mid_paragraph_has_no_title() -> None:
    for opening in (
        "(ots) - Die Zahl der Menschen, die in Europa auf Lebensmittelhilfe\n",
        "of the people who rely on food aid, which has grown in every country of\n",
        "Mit einem Aufruf an alle Bürgerinnen und Bürger wendet sich der Verband in diesen\n",
    ):
        release = parse_release_text(
            opening + "Tagen an die Öffentlichkeit und bittet um Unterstützung für die Familien,\n"
            "die trotz Arbeit nicht über den Monat kommen. Wir danken allen Spendern.\n", "t.txt")
        assert release.title == "", opening


def test_labels_cms_fields_and_contact_lines_never_head_a_release() -> None:
    advisory = parse_release_text(
        "Avis aux médias : conférence de presse de la directrice à l'ouverture de la session\n\n"
        "Date:\n\nObjet : Conférence de presse avec la directrice\n"
        "Lieu : Salle de conférence 4, Siège des Nations Unies, New York\n\n"
        "La violence à l'encontre des femmes reste l'une des violations des droits humains les "
        "plus répandues au monde, et la session en fera sa priorité cette année.\n", "t.txt")
    assert advisory.title.startswith("Avis aux médias : conférence de presse")
    cms = parse_release_text(
        "Submitted by site_admin_user on\n\nNAIROBI— A new report on the state of the world's "
        "wetlands shows that a third of the wetlands of East Africa have been lost since 1970.\n",
        "t.txt")
    assert cms.title == ""
    assert cms.dateline == "Nairobi"
    archive = parse_release_text(
        "Relations Presse\nMathilde RONCERAY\nMail : [email protected]\n"
        "Grenoble, le 12 octobre 2030. L'association publie un rapport sur l'accès aux soins dans "
        "les vallées isolées, où un habitant sur quatre vit loin d'un médecin.\n", "t.txt")
    assert archive.title == ""
    assert archive.dateline == "Grenoble"


def test_a_forwarded_release_is_headed_by_its_subject_and_dated_by_its_mail() -> None:
    release = parse_release_text(
        "[medialist] Fwd: World Soil Day: farmers show how healthy soils feed cities\n"
        "Martin Greaves\nmembers at medialist.example\nMon Dec 1 09:14:05 PST 2031\n"
        "---------- Forwarded message ----------\n"
        "From: Land Alliance <press at landalliance.example>\n"
        "Date: 2031-12-01 08:02 GMT-08:00\n"
        "Subject: World Soil Day: farmers show how healthy soils feed cities\n"
        "To: members at medialist.example\n"
        "Dear editors and reporters:\n"
        "I am writing to invite you to our World Soil Day events on 5\n"
        "December, when farmers from four continents will show how restoring\n"
        "degraded soils can feed growing cities.\n", "t.txt")
    assert release.title == "World Soil Day: farmers show how healthy soils feed cities"
    assert release.published_on == date(2031, 12, 1)


def test_an_advised_events_day_is_not_the_release_date() -> None:
    for line in ("Date: Thursday, November 18, 2021",
                 "Zeit: Donnerstag, 3. Oktober 2002, 9.30 Uhr",
                 "Montag, 02. März 2025, 13:30 Uhr"):
        release = parse_release_text(
            "Minister to announce support for the wine industry\n\n"
            "Ottawa – The Minister will make an announcement about support for the wine industry "
            "of the region, with growers and local officials.\n\n" + line + "\n\n"
            "Location: Experiment Station, 4890 Victoria Avenue North\n", "t.txt")
        assert release.published_on is None, line


def test_a_page_date_label_without_a_colon_and_an_unmistakable_us_date_date_a_release() -> None:
    reachable = parse_release_text(
        "Staatskanzlei\n\nLandesregierung am Freitag nur eingeschränkt erreichbar\n\n"
        "veröffentlicht am 06.03.2031\n\nSehr geehrte Kolleginnen und Kollegen,\n\n"
        "wegen eines Umzugs der Telefonanlage sind die Staatskanzlei und die Ministerien am "
        "Freitag nur eingeschränkt erreichbar. Sie erreichen die Pressestellen unter diesen "
        "Kontaktdaten:\n", "t.txt")
    assert reachable.title == "Landesregierung am Freitag nur eingeschränkt erreichbar"
    assert reachable.published_on == date(2031, 3, 6)
    posted = parse_release_text(
        "Agency Opens Health Assessment Centre\n\nAgency - News - Mar, 03/21/2031 - 09:46\n\n"
        "Cairo - The agency opened its health assessment centre on Monday to provide full "
        "health assessments to refugees and migrants.\n", "t.txt")
    assert posted.published_on == date(2031, 3, 21)
    ambiguous = parse_release_text(
        "Agency Opens Health Assessment Centre\n\nPosted 03/04/2031\n\n"
        "Cairo - The agency opened its health assessment centre on Monday to provide full "
        "health assessments to refugees and migrants.\n", "t.txt")
    assert ambiguous.published_on is None  # March or April: the page does not say


def test_a_dateline_keeps_the_country_or_district_written_with_the_city() -> None:
    juba = parse_release_text(
        "Media Contact\nFrancine Okello 202.555.0153\n\n"
        "Juba, South Sudan (Dec. 30, 2033) — Thousands of children are likely to have been "
        "separated from their families as a result of the latest violence.\n", "t.txt")
    assert juba.dateline == "Juba, South Sudan"
    assert juba.published_on == date(2033, 12, 30)
    tessin = parse_release_text(
        "POL-XYZ: Plakate an Autobahnbrücke festgestellt\nTessin (Landkreis Nordstadt) (ots)\n"
        "Am Donnerstagmorgen haben bislang unbekannte Personen zwei Plakate an einer "
        "Autobahnbrücke angebracht, die Polizei ermittelt.\n", "t.txt")
    assert tessin.dateline == "Tessin (Landkreis Nordstadt)"


def test_a_desk_line_with_its_numbers_is_no_dateline() -> None:
    release = parse_release_text(
        "Des porte-paroles seront présents et disponibles pour des interviews lors de la marche "
        "de samedi à Paris, devant le Sénat.\n"
        "Pour toute demande média, merci de contacter le service presse\n"
        "Association Exemple France – Service presse – 01 55 38 66 00 / 06 55 94 37 05 – "
        "presse@exemple.example\n", "t.txt")
    assert release.dateline is None
    assert release.title == ""


def test_a_sentence_carried_on_by_a_bulleted_list_is_not_a_headline() -> None:
    release = parse_release_text(
        "Medienmitteilung\n\nWeitere Mitteilungen\n\nDer Regierungsrat hat ausserdem\n\n"
        "  • beschlossen, die Bevölkerung im Erdbebengebiet mit einem Beitrag von 50'000 Franken "
        "zu unterstützen.\n  • die Ordnung für die Ausbildung von Lehrkräften angepasst.\n",
        "t.txt")
    assert release.title == "Weitere Mitteilungen"


def test_a_short_first_line_of_a_wrapped_paragraph_is_not_a_headline() -> None:
    release = parse_release_text(
        "Mit einem Aufruf von Bundespräsidentin\n"
        "Maria Beispiel, Schirmherrin des Verbandes, startet auch in\n"
        "diesem Jahr die „Woche der Nachbarschaft“.\n"
        "Die Bundespräsidentin stellte in ihrer Ansprache die Hilfe für\n"
        "ältere Menschen in den Mittelpunkt.\n", "t.txt")
    assert release.title == ""


def test_a_place_printed_after_the_date_above_the_story_is_its_dateline() -> None:
    release = parse_release_text(
        "Le Canada annoncera la protection d'une nouvelle aire marine\nAvis aux médias\n\n"
        "Le 5 mars 2031 Rimouski (Québec) Parcs Canada\n"
        "La ministre de l'Environnement fera une annonce importante concernant la protection des "
        "milieux marins de l'estuaire, en compagnie des représentants des communautés.\n", "t.txt")
    assert release.dateline == "Rimouski (Québec)"
    assert release.published_on == date(2031, 3, 5)
