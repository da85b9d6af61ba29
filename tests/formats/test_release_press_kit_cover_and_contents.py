"""A press kit (a PDF or its viewer's text) prints a cover (the headline, its deck, the dates,
"DOSSIER DE PRESSE", the press contacts), then a table of contents, then sections: the headline
is the cover's first headline-like line, never a section heading over the first section's text,
and an exhibition's period ("Du 3 mai au 9 septembre 2031") is no release date. A web page's
"Sommaire" of its items is no press kit's. A viewer's page count alone over the document's
first line ("Dossier de presse « … »") leaves that line the headline. Text invented."""

from __future__ import annotations

from desktop.formats.releases.article import read_article

_KIT = """You are on page 1of 12

LES JARDINS DU NORD

Quand la botanique s'invite dans la peinture

Du 3 mai au 9 septembre 2031

MUSÉE DES PRAIRIES – Maison Haute, Valmont

DOSSIER DE PRESSE

Contact presse : Agence Lune
01 23 45 67 89 – www.agence-lune.example

SOMMAIRE

I. PRÉSENTATION DE L'EXPOSITION

II. LE PARCOURS

III. AUTOUR DE L'EXPOSITION

IV. INFORMATIONS PRATIQUES

I. PRÉSENTATION DE L'EXPOSITION
Du 3 mai au 9 septembre 2031, une exposition réunira pour la première fois des herbiers et
des toiles venus de collections privées de toute l'Europe, plus de soixante pièces au total.
"""


def test_the_covers_headline_not_a_section_heading() -> None:
    assert read_article(_KIT).title == "LES JARDINS DU NORD"


def test_an_exhibitions_period_is_no_release_date() -> None:
    assert read_article(_KIT).published_on is None


def test_a_web_pages_summary_of_items_is_no_cover() -> None:
    text = """Canton de Valmont

Conseil communal

Séance du conseil du 12 mars 2031

Sommaire

Finances Culture Agenda

Finances

Un crédit pour la rénovation des écoles

Le conseil a accordé un crédit de deux millions de francs pour la rénovation des trois écoles
du quartier nord, dont les travaux commenceront au printemps prochain.
"""
    assert read_article(text).title == "Un crédit pour la rénovation des écoles"


def test_a_viewers_page_count_over_the_documents_quoted_name() -> None:
    text = "12\nDossier de presse « Jardins partagés 2031 »\n\n  • Upload\n    others\n"
    assert read_article(text).title == "« Jardins partagés 2031 »"
