"""Contacts written the way real releases write them: national numbers with no +code, an
address glued to the number before it, Nordic sentences and job-then-organisation lines."""

from __future__ import annotations

from desktop.formats.releases import parse_release_text

Entry = tuple[str | None, str | None, str | None, list[str], list[str]]


def _people(text: str) -> dict[str, Entry]:
    release = parse_release_text(text, "test")
    return {
        p.name: (p.title, p.office, p.country, [ph.e164 or ph.as_written for ph in p.phones],
                 [e.address or e.as_written for e in p.emails])
        for p in release.people
    }


def test_french_numbers_in_five_pairs_are_read_in_france() -> None:
    people = _people(
        "Jardins partagés 2031\n\nContacts presse\nAmandine Coustel – 06 41 28 73 09\n"
        "Hugo Ferrandi – 04 78 22 61 45\n\nLa sixième enquête annuelle de l’association montre "
        "que les jardins partagés accueillent plus de jardiniers.\n"
    )
    assert people["Amandine Coustel"][2:4] == ("FR", ["+33641287309"])
    assert people["Hugo Ferrandi"][2:4] == ("FR", ["+33478226145"])


def test_brazilian_number_with_area_code_in_brackets_is_read_in_brazil() -> None:
    people = _people(
        "Governo anuncia reforço no policiamento das praias\n\nInformações à Imprensa:\n"
        "Renata Schwambach\n(27) 99814-2207\n"
    )
    assert people["Renata Schwambach"][2:4] == ("BR", ["+5527998142207"])


def test_address_glued_to_the_number_before_it_loses_the_numbers_digits() -> None:
    people = _people(
        "Einladung zur Bilanz-Pressekonferenz\n\nBerlin, 12.05.2031. Die Nothilfe stellt ihre "
        "Jahresbilanz vor.\n\nIhr Pressekontakt\nMalte Siebrecht\nPressesprecher Diakonie "
        "Nothilfe Ostsee\n+49 30 55412 3380malte.siebrecht@nothilfe-ostsee.example.de\n"
    )
    _, _, _, phones, emails = people["Malte Siebrecht"]
    assert emails == ["malte.siebrecht@nothilfe-ostsee.example.de"]
    assert phones == ["+4930554123380"]


def test_norwegian_sentence_names_two_contacts_each_with_their_own_address() -> None:
    people = _people(
        "Statsministeren møter pressa i Bodø\n\nStatsministeren vil vere tilgjengeleg for "
        "pressa på kaia i Bodø laurdag klokka 12.30.\n\nPressekontaktar for statsministeren er "
        "statssekretær Torleiv Aasland, telefon 91 44 27 63, e-post taa@smk.example.no og "
        "kommunikasjonsrådgivar Signe Brekkvik, telefon 97 61 08 35, e-post sbr@smk.example.no.\n"
    )
    assert people["Torleiv Aasland"] == (
        "statssekretær", None, "NO", ["+4791442763"], ["taa@smk.example.no"])
    assert people["Signe Brekkvik"] == (
        "kommunikasjonsrådgivar", None, "NO", ["+4797610835"], ["sbr@smk.example.no"])


def test_swedish_job_then_organisation_gives_title_and_office() -> None:
    people = _people(
        "Avstängda gator under cykelloppet\n\nKontakt: Viktor Hallberg, pressansvarig "
        "gatukontoret Malmö stad, 076-2290418\n\nMed anledning av cykelloppet den 6 juni stängs "
        "flera gator i centrala Malmö mellan klockan 07.00 och 16.00.\n"
    )
    assert people["Viktor Hallberg"][:4] == (
        "pressansvarig", "gatukontoret Malmö stad", "SE", ["+46762290418"])


def test_contact_heading_after_read_more_link_still_opens_the_block() -> None:
    people = _people(
        "Dans le monde entier, la rougeole recule mais plusieurs régions voient les cas repartir "
        "à la hausse, selon le rapport annuel publié aujourd’hui.\nLire la suite du communiqué\n"
        ">Contact presse\nMs Odile Brunnert | +41 79 512 3348 | brunnerto@oes.example.int\n"
        "Mr Jonas Feldkirch | +41 22 791 4410 | feldkirchj@oes.example.int\n"
    )
    assert set(people) == {"Odile Brunnert", "Jonas Feldkirch"}
    assert people["Jonas Feldkirch"][2:] == (
        "CH", ["+41227914410"], ["feldkirchj@oes.example.int"])


def test_span_of_years_is_no_number_and_heading_no_person() -> None:
    release = parse_release_text(
        "Dossier de presse\n\nCOMMUNIQUÉ DE PRESSE\n\n1864-2014 : depuis 150 ans, la Croix "
        "exemplaire marque les pages de notre histoire\n\nL’histoire de l’association appartient "
        "à tous, à ceux qui y participent comme à ceux qui bénéficient de ses actions.\n",
        "test",
    )
    assert release.people == ()


def test_newsroom_role_label_alone_is_no_person() -> None:
    people = _people(
        "Gatuarbeten i city\n\nArbetena pågår hela sommaren och flera gator stängs av.\n\n"
        "Kontakter\n\nPresskontakt Redaktör, Malmö stad. Se www.example.se/press +46850829999\n\n"
        "Viktor Hallberg\n\nPresskontakt Pressansvarig Gatukontoret 08-508 262 82\n"
    )
    assert set(people) == {"Viktor Hallberg"}
    assert people["Viktor Hallberg"][:2] == ("Pressansvarig", "Gatukontoret")


def test_dutch_bracketed_contact_after_each_agenda_item() -> None:
    people = _people(
        "Weekagenda van 9 tot en met 15 maart 2031\n\nMaandag 9 maart\nWethouder Sanne Verbeek "
        "opent het vernieuwde speelplein aan de Rozenlaan. Het plein is samen met kinderen uit "
        "de buurt ontworpen. (Meer informatie bij: Joost Hamelink, Concerncommunicatie gemeente "
        "Leiden, tel. 06 – 31887204)\n"
    )
    assert people["Joost Hamelink"][:4] == (
        "Concerncommunicatie", "gemeente Leiden", "NL", ["+31631887204"])
