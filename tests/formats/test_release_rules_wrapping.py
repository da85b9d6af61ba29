"""Contact text hard-wrapped at about 72 columns, as e-mailed releases are (after ``holdout8``)."""

from __future__ import annotations

import pytest

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.layout import number_before_name
from desktop.formats.releases.wrapping import ends_on_label, splits_number, wraps

_BODY = (
    "GENEVA, 3 March 2026 – The agency said today that it was scaling up its response in the\n"
    "region, where needs have grown sharply since January.\n\n"
)


def _people(block: str) -> dict[str, object]:
    release = parse_release_text("Agency scales up its response\n\n" + _BODY + block, "t.txt")
    return {p.name: p for p in release.media_contacts}


def _details(person: object) -> tuple[object, ...]:
    return (
        person.office,  # type: ignore[attr-defined]
        person.country,  # type: ignore[attr-defined]
        [p.e164 for p in person.phones],  # type: ignore[attr-defined]
        [e.address for e in person.emails],  # type: ignore[attr-defined]
    )


def test_a_number_cut_by_the_wrap_is_read_whole() -> None:
    people = _people(
        "For more information, please contact Amina Yusuf, UNICEF Nigeria, Tel: +234 803\n"
        "525 0273, ayusuf@unicef.org, or Kemal Saiid, Regional Media Adviser, UNICEF\n"
        "Dakar, Tel: +221 77 740 3562, ksaiid@unicef.org\n"
    )
    assert _details(people["Amina Yusuf"]) == (
        "UNICEF Nigeria", "NG", ["+2348035250273"], ["ayusuf@unicef.org"]
    )
    assert _details(people["Kemal Saiid"]) == (
        "UNICEF Dakar", "SN", ["+221777403562"], ["ksaiid@unicef.org"]
    )


def test_details_after_an_open_line_stay_with_the_person_above() -> None:
    people = _people(
        "Pour plus d'informations, veuillez contacter Marie Ndiaye, OIM/Dakar,\n"
        "Tél. : +221 77 819 2300, mndiaye@iom.int, ou Paul Martin, OIM/Genève,\n"
        "Tél. : +41 79 640 1122, pmartin@iom.int\n"
    )
    assert _details(people["Marie Ndiaye"])[2:] == (["+221778192300"], ["mndiaye@iom.int"])
    assert _details(people["Paul Martin"])[2:] == (["+41796401122"], ["pmartin@iom.int"])


def test_a_lead_in_and_a_name_wrapped_across_lines() -> None:
    people = _people(
        "For media enquiries, please\n"
        "contact Ana Ruiz, UNICEF Panama, Tel: +507 6677 8899, Email: aruiz@unicef.org, or Jorge\n"
        "Vidal, UNICEF Colombia, Tel: +57 310 555 9876, Email: jvidal@unicef.org\n"
    )
    assert set(people) == {"Ana Ruiz", "Jorge Vidal"}
    assert _details(people["Jorge Vidal"])[:2] == ("UNICEF Colombia", "CO")


def test_a_block_written_one_detail_a_line_is_not_merged() -> None:
    people = _people(
        "Media contacts:\nAmina Yusuf\nCommunications Officer\nUNICEF Nigeria\n"
        "Tel: +234 803 525 0273\nEmail: ayusuf@unicef.org\n\n"
        "Kemal Saiid\nRegional Media Adviser\nUNICEF Dakar\nTel: +221 77 740 3562\n"
    )
    assert people["Amina Yusuf"].title == "Communications Officer"  # type: ignore[attr-defined]
    assert _details(people["Kemal Saiid"])[:3] == ("UNICEF Dakar", "SN", ["+221777403562"])


@pytest.mark.parametrize(("before", "after", "expected"), [
    ("please contact Eujin Byun, UNHCR Representation in Kenya, Tel: +254 722", "512 346", True),
    ("Tel: +254 722 512 346", "733 401 883", False),  # a whole number, then another
    ("Nombre | Cargo | Teléfono | Correo", "Daniela Ruiz | Oficial | +58 412 555 1234", False),
    ("Communications Officer", "UNICEF Mali", False),
    ("Media contacts:", "contact person below", False),
    ("Email: byun@unhcr.org or Charity Nzomo, Associate External Relations Officer, UNHCR",
     "Kakuma, Tel: +254 733 401 883", True),
    ("Tel: +254 733 401 883, Email: nzomo@unhcr.org, or Charity", "Nzomo, UNHCR Kakuma", True),
    ("Jean-Marc Delva, PAM/Port-au-Prince,", "Tél. : +509 3701 2233", True),
    ("Daniela Ruiz, Oficial de Comunicación, ACNUR Venezuela, Tel.", "+58 412 555 1234", True),
    ("- Ana Ruiz, UNICEF Panama, +507 6677 8899,", "- Jorge Vidal, UNICEF Colombia", False),
])
def test_which_lines_carry_on_the_entry_above(before: str, after: str, expected: bool) -> None:
    assert wraps(before, after) is expected


def test_number_and_label_ends() -> None:
    assert splits_number("Tel: +254 722", "512 346")
    assert not splits_number("Tel: +41 22 917 1234", "079 123 45 67")
    assert ends_on_label("…, Tél. :") and ends_on_label("…, Email:")
    assert not ends_on_label("veuillez contacter (prénom.nom@wfp.org) :")


def test_a_name_after_or_does_not_take_the_number_before_it() -> None:
    assert not number_before_name("Tél. : +509 3701 2233, jean@wfp.org, ou Tanya Birkbeck, PAM")
    assert number_before_name("+252 61 5123456 | Dr. Hassan Abdi Farah | WHO Somalia")


def test_a_name_starting_with_a_is_not_taken_for_the_spanish_preposition() -> None:
    from desktop.formats.releases import parse_release_text

    text = ("El PMA asiste a familias en Guatemala\n\nCIUDAD DE GUATEMALA – El PMA asiste.\n\n"
            "Para más información, comuníquese con Ana Lucía Ixcot, PMA Guatemala, "
            "Cel.: +502 5512 3344, ana.ixcot@wfp.org\n")
    (person,) = parse_release_text(text, "test.txt").media_contacts
    assert person.name == "Ana Lucía Ixcot"


# Added with the ``holdout9`` fixes.


def test_a_title_wrapped_between_its_words_is_read_whole() -> None:
    people = _people(
        "For media enquiries, please contact Shamila Sharma, Senior Communications\n"
        "Officer, WHO Country Office for Bangladesh, Mobile: +880 1713 009 876,\n"
        "Email: sharmash@who.int\n"
    )
    person = people["Shamila Sharma"]
    assert person.title == "Senior Communications Officer"  # type: ignore[attr-defined]
    assert _details(person)[0] == "WHO Country Office for Bangladesh"


@pytest.mark.parametrize(("before", "after", "expected"), [
    ("For media enquiries, please contact Shamila Sharma, Communications", "Officer, WHO", True),
    ("Pour plus d'informations, contactez Aïcha Maïga, OIM Mali, Senior", "Officer, OIM", True),
    # a short line of a block written one detail a line closes its detail
    ("Public Information", "Officer, WHO", False),
    # a job word already ends the title: the next job is someone else's
    ("For media enquiries, please contact Jane Doe, UNICEF Chad, Spokesperson", "Chief", False),
])
def test_a_line_ending_inside_a_title_phrase(before: str, after: str, expected: bool) -> None:
    assert wraps(before, after) is expected


def test_a_dateline_whose_first_line_the_wrap_left_short() -> None:
    from desktop.formats.releases.article import read_article

    article = read_article(
        "L'OIM aide 12 000 migrants de retour à Gao\n\n"
        "BAMAKO, 3 novembre 2028 – L'Organisation internationale pour les\n"
        "migrations (OIM) a lancé un programme de réintégration pour 12 000\n"
        "migrants revenus d'Algérie et du Niger.\n"
    )
    assert article.dateline == "Bamako"
    assert article.published_on is not None and article.published_on.isoformat() == "2028-11-03"


def test_a_short_line_without_a_date_is_not_taken_for_a_wrapped_dateline() -> None:
    from desktop.formats.releases.article import _wrapped

    assert not _wrapped(["Accueil – Actualités – Communiqués", "L'OIM aide les migrants"], 0)


def test_a_second_person_after_o_con_is_a_contact() -> None:
    people = _people(
        "Para más información, comuníquese con Ana Lucía Ixcot, Oficial de\n"
        "Comunicación, PMA Guatemala, Cel.: +502 5512 3344, ana.ixcot@wfp.org, o\n"
        "con Alejandro López-Chicheri, Jefe Regional de Comunicación, PMA Panamá,\n"
        "Cel.: +507 6540 2211, alejandro.chicheri@wfp.org\n"
    )
    assert _details(people["Ana Lucía Ixcot"])[2:] == (["+50255123344"], ["ana.ixcot@wfp.org"])
    assert _details(people["Alejandro López-Chicheri"])[2:] == (
        ["+50765402211"], ["alejandro.chicheri@wfp.org"]
    )
