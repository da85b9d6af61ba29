"""A headline a narrow column or a scrape broke over two lines, with no blank under it: over its
date line ("… neue Radwege" / "in der Hauptstraße" / "12. März 2031"), right over the story, or
set in capitals ("… 5.000 BÄUME" / "AM FLUSSUFER") under a kind label: one headline, both lines,
in any language. A paragraph's short last line ends in a full stop and stays running text. Text
invented."""

from __future__ import annotations

from desktop.formats.releases.article import read_article


def test_broken_over_its_date_line() -> None:
    text = (
        "Pressemitteilung\nStadt Riverton baut neue Radwege\nin der Hauptstraße\n12. März 2031\n"
        "Der Stadtrat hat am Dienstag einen Plan beschlossen, auf der gesamten Hauptstraße "
        "geschützte Radwege zu bauen. Die Arbeiten beginnen im Frühjahr.\n"
    )
    assert read_article(text).title == "Stadt Riverton baut neue Radwege in der Hauptstraße"


def test_broken_right_over_the_story() -> None:
    text = (
        "Home | News | Events | Contact\nEnvironment | 12 March 2031\n"
        "Council to plant 5,000 trees\nalong the river\n"
        "The city council will plant five thousand trees along the river banks this autumn, "
        "after a survey found that the banks had lost much of their cover.\n"
    )
    assert read_article(text).title == "Council to plant 5,000 trees along the river"


def test_broken_in_capitals_under_a_kind_label() -> None:
    text = (
        "PRESSEMITTEILUNG\nSTADT RIVERTON PFLANZT 5.000 BÄUME\nAM FLUSSUFER\n"
        "Riverton, 12.03.2031. Der Stadtrat wird in diesem Herbst fünftausend Bäume entlang der "
        "Flussufer pflanzen, nachdem eine Untersuchung das gezeigt hat.\n"
    )
    assert read_article(text).title == "STADT RIVERTON PFLANZT 5.000 BÄUME AM FLUSSUFER"


def test_a_wrapped_paragraph_stays_running_text() -> None:
    text = (
        "Council to plant trees\n\n"
        "The city council will plant five thousand trees along the\n"
        "river banks this autumn.\n"
        "Work starts in October, the council said in its statement on the plan.\n"
    )
    assert read_article(text).title == "Council to plant trees"
