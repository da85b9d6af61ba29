"""A contact block in words no list knows, read from the one thing any language shares: a
person's known given name, with a number or address next to it.

The pages are invented (Esperanto, which has no ``words/<lang>.json``; the names are made up
from common given names), so no lead-in, label or job word of theirs is known. A capitalised job
line under the name, a long compound job written before it, a shortened degree in front of it
and a lower-case job between commas in a sentence are each the person's, not another person or
part of the name.
"""

from __future__ import annotations

from desktop.formats.releases import parse_release_text

Entry = tuple[str | None, list[str], list[str]]

STORY = (
    "La urba konsilio malfermas novan bibliotekon\n\n"
    "La urba konsilio hodiaŭ anoncis, ke la nova biblioteko malfermiĝos en septembro. "
    "La konstruado daŭris du jarojn, diris la konsilio.\n\n"
    "La biblioteko estos malfermita ĉiutage.\n\n"
)


def _people(text: str) -> dict[str, Entry]:
    release = parse_release_text(text, "test")
    return {
        p.name: (p.title, [ph.e164 or ph.as_written for ph in p.phones],
                 [e.address or e.as_written for e in p.emails])
        for p in release.media_contacts
    }


def test_a_capitalised_job_line_under_the_name_is_the_persons_job() -> None:
    """"Name" / "Estro Gazetara Fako" / "Tel. …": the second line has a name's shape but no
    given name; it is her job, not a second person who would take her number."""
    people = _people(
        STORY + "Gazetaraj kontaktoj:\nAgnes Wolfram\nEstro Gazetara Fako\n"
        "Tel. +48 22 555 01 23\nagnes.wolfram@urbo.example.org\n"
    )
    assert people == {
        "Agnes Wolfram": ("Estro Gazetara Fako", ["+48225550123"],
                          ["agnes.wolfram@urbo.example.org"]),
    }


def test_a_compound_job_before_the_given_name_after_a_colon_is_no_part_of_the_name() -> None:
    """"Pliaj informoj: Gazetarkomunikisto Name Surname, tel. …": one long capitalised word
    that is no given name, before a known one, is the job of the languages that join words."""
    people = _people(
        STORY + "Pliaj informoj: Gazetarkomunikisto Helena Marsk, tel. +48 22 555 01 24\n"
    )
    assert people == {"Helena Marsk": ("Gazetarkomunikisto", ["+48225550124"], [])}


def test_a_compound_job_before_the_given_name_on_the_line_under_the_lead_in() -> None:
    people = _people(
        STORY + "Pliaj informoj:\nKomunikadkonsilisto Helena Marsk, tel. +48 22 555 01 24, "
        "helena.marsk@urbo.example.org\n"
    )
    assert list(people) == ["Helena Marsk"]
    assert people["Helena Marsk"][1:] == (["+48225550124"], ["helena.marsk@urbo.example.org"])


def test_a_surname_first_before_two_given_names_keeps_its_surname() -> None:
    from desktop.formats.releases.persons import job_before_given_name

    assert job_before_given_name("Kovalenkova Anna Maria") == 0
    assert job_before_given_name("Gazetarkomunikisto Anna Marsk") > 0


def test_shortened_degrees_before_the_name_are_dropped() -> None:
    """"Mgr. Name", "PhDr. Name", "Dipl.-Ing. Name": titles of address in any language."""
    people = _people(
        STORY + "Gazetaraj kontaktoj:\nPhDr. Lucia Tamberg\nreprezentanto\n"
        "+48 22 555 01 25\nlucia.tamberg@urbo.example.org\n"
    )
    assert list(people) == ["Lucia Tamberg"]


def test_a_sentence_with_the_contact_stem_and_a_lower_case_job_between_commas() -> None:
    """"… vi povas kontakti Name Surname, gazetara sekretario, per 06 … aŭ name@…": the stem of
    "contact" before the name and a job in lower case set off by commas make it the press's
    contact, though neither the verb nor the job is in a list."""
    people = _people(
        STORY + "Por pliaj detaloj vi povas kontakti Sanne Mollberg, gazetara sekretario, "
        "per +31 6 1234 5678 aŭ sanne.mollberg@urbo.example.org.\n"
    )
    assert list(people) == ["Sanne Mollberg"]
    assert people["Sanne Mollberg"][1:] == (["+31612345678"],
                                            ["sanne.mollberg@urbo.example.org"])


def test_given_names_written_in_cyrillic_or_greek_letters_are_known() -> None:
    """The lists hold most names in Latin letters only: a Serbian or Greek spelling of one is
    still a given name, and a municipality ("Δήμος") or a city ("Αθήνα") is none."""
    from desktop.formats.releases.persons import is_given_name

    assert is_given_name("Адријана") and is_given_name("Љиљана") and is_given_name("Νίκα")
    assert not is_given_name("Δήμος") and not is_given_name("Αθήνα")
    assert not is_given_name("Телефон") and not is_given_name("Γραφείο")


def test_a_cyrillic_name_over_its_labelled_numbers_under_an_unknown_lead_in() -> None:
    people = _people(
        STORY + "Kontakto por amaskomunikiloj:\nАдријана Лазаревић, портпарол\n"
        "Телефон: 031/555-014\nE-mail: portparol@dolingrad.example.rs\n"
    )
    assert list(people) == ["Адријана Лазаревић"]


def test_the_line_under_the_name_a_lead_in_points_to_is_its_job() -> None:
    """A name no list knows under an unknown lead-in, then a capitalised line: her job."""
    people = _people(
        STORY + "Pliaj informoj:\nElira Qendrova\nZëdhënëse e Komunës\nTel: +355 4 555 0123\n"
        "elira.qendrova@komuna.example.al\n"
    )
    assert people == {
        "Elira Qendrova": ("Zëdhënëse e Komunës", ["+35545550123"],
                           ["elira.qendrova@komuna.example.al"]),
    }


def test_a_sentence_with_the_information_stem_offers_the_person() -> None:
    """"Daugiau informacijos suteiks … Name tel. … arba …": more information, in any words."""
    people = _people(
        STORY + "Daugiau informacijos suteiks atstovė spaudai Ieva Vaitkutė tel. "
        "+370 5 555 0123 arba ieva.vaitkute@urbo.example.lt.\n"
    )
    assert list(people) == ["Ieva Vaitkutė"]


def test_an_unknown_lead_in_over_the_headline_gives_its_person() -> None:
    """"Kontaktinis asmuo: Name, tel. …" above the headline: the page opens with its contact."""
    text = (
        "Kontaktinis asmuo: Rasa Vilkaitė, tel. +370 5 555 0124, rasa.vilkaite@urbo.example.lt"
        "\n\n" + STORY
    )
    assert list(_people(text)) == ["Rasa Vilkaitė"]


def test_a_units_heading_in_capitals_is_no_person() -> None:
    from desktop.formats.releases.persons import not_a_person

    assert not_a_person("GAZETARA SEKCIO") and not_a_person("TISKOVÉ ODDĚLENÍ")
    assert not not_a_person("ANNA KOWALSKA") and not not_a_person("Lars Brenning")


def test_the_line_under_the_name_that_the_page_names_again_is_her_organisation() -> None:
    """"Name" / "Bluaj Montoj" / number, where the story and her address name "Bluaj
    Montoj" too: the organisation she speaks for, not her job and not a second person."""
    release = parse_release_text(
        "Bluaj Montoj malfermas novan ĝardenon\n\n"
        "Bluaj Montoj hodiaŭ anoncis, ke la nova ĝardeno malfermiĝos en majo.\n\n"
        "Gazetaraj kontaktoj:\nAgnes Wolfram\nBluaj Montoj\nTel. +48 22 555 01 26\n"
        "agnes@bluajmontoj.example.org\n",
        "test",
    )
    assert [(p.name, p.title, p.office) for p in release.media_contacts] == [
        ("Agnes Wolfram", None, "Bluaj Montoj")
    ]


def test_a_unit_line_under_the_lead_in_heads_the_person_named_under_it() -> None:
    """"Pliaj informoj:" / "Gazetara Oficejo Urbo Norda" / "Dott.ssa Name" / numbers: the
    unit heads the entry, and the person is the one a given name names under it, without
    the shortened title of address before her name."""
    people = _people(
        STORY + "Pliaj informoj:\nGazetara Oficejo Urbo Norda\nDott.ssa Chiara Benvenuti\n"
        "tel. +39 051 555 0123\nchiara.benvenuti@urbo.example.it\n"
    )
    assert list(people) == ["Chiara Benvenuti"]


def test_a_name_over_a_labelled_number_above_the_headline_under_an_unknown_heading() -> None:
    """"Kontaktinė informacija" / "Name" / "Tel. +370 …" over the headline: an entry at the
    top of the page, though the heading's words are in no list."""
    text = (
        "Gazetara komuniko\nKontaktaj informoj\nRasa Vilkaitė\nTel. +370 5 211 0125\n\n" + STORY
    )
    assert _people(text) == {"Rasa Vilkaitė": (None, ["+37052110125"], [])}


def test_a_tip_line_named_like_a_person_is_no_contact() -> None:
    from desktop.formats.releases.persons import not_a_person

    assert not_a_person("Crime Stoppers")
