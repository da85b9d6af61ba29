"""Wrapped entries and lead-ins (first written for ``holdout10``): a "pour toute demande
d'information" lead-in, a name alone on its line above a lower-case title, and a dateline
closed by ".-"."""

from __future__ import annotations

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.article import read_article
from desktop.formats.releases.wrapping import wraps


def test_a_french_request_for_information_lead_in_opens_a_wrapped_entry() -> None:
    release = parse_release_text(
        "L'agence renforce son aide\n\n"
        "DAKAR, 3 mars 2026 – L'agence a annoncé aujourd'hui qu'elle renforçait son aide dans\n"
        "la région, où les besoins ont fortement augmenté depuis janvier.\n\n"
        "Pour toute demande d'information, veuillez contacter Awa Ndiaye Sarr,\n"
        "chargée de communication, UNICEF Sénégal, +221 77 740 3562,\n"
        "asarr@unicef.org\n",
        "t.txt",
    )
    people = {p.name: p for p in release.media_contacts}
    assert set(people) == {"Awa Ndiaye Sarr"}
    assert people["Awa Ndiaye Sarr"].title == "chargée de communication"
    assert [e.address for e in people["Awa Ndiaye Sarr"].emails] == ["asarr@unicef.org"]


def test_a_name_alone_on_its_line_is_not_wrapped_into_a_lower_case_title() -> None:
    assert not wraps("Марат Жумабаев", "специалист по коммуникациям, офис ЮНИСЕФ в Казахстане")
    assert wraps("For more information, please", "contact Eujin Byun, UNHCR, Tel: +254 722")
    release = parse_release_text(
        "ЮНИСЕФ расширяет помощь\n\n"
        "Алматы, 4 марта 2026 г. – ЮНИСЕФ сегодня объявил о расширении помощи семьям в регионе, "
        "где потребности резко выросли с января.\n\n"
        "Контакты для СМИ:\n\n"
        "Марат Жумабаев\n"
        "специалист по коммуникациям, офис ЮНИСЕФ в Казахстане\n"
        "Тел.: +7 701 234 5678\n"
        "Эл. почта: mzhumabaev@unicef.org\n",
        "t.txt",
    )
    people = {p.name: p for p in release.media_contacts}
    assert set(people) == {"Марат Жумабаев"}
    assert people["Марат Жумабаев"].title == "специалист по коммуникациям"
    assert [e.address for e in people["Марат Жумабаев"].emails] == ["mzhumabaev@unicef.org"]


def test_a_dateline_closed_by_a_full_stop_and_hyphen_is_read() -> None:
    article = read_article(
        "La agencia amplía su respuesta\n\n"
        "San Miguel de Tucumán, 12 de junio de 2026.- La agencia anunció hoy que ampliará su "
        "respuesta en la región, donde las necesidades han crecido desde enero.\n"
    )
    assert article.dateline == "San Miguel de Tucumán"
    assert article.published_on is not None and article.published_on.isoformat() == "2026-06-12"
