"""An organisation that writes its name in lower case ("terre des hommes", "médecins du
monde") may open the page's headline with it: the first line of the page, alone, is the
headline, not a paragraph's rest. Text is invented."""

from __future__ import annotations

from desktop.formats.releases import parse_release_text

_HARD_WRAPPED = (
    "Das Kinderhilfswerk brunnen für alle hilft den Opfern des\n"
    "Hochwassers im Süden des Landes. In einem ersten Schritt stellt\n"
    "das Hilfswerk 20.000 Euro als Soforthilfe zur Verfügung. Mit\n"
    "Partnern vor Ort ermittelt es den dringendsten Bedarf.\n"
)


def test_lower_case_first_line_alone_heads_the_page() -> None:
    text = ("brunnen für alle hilft Opfern des Hochwassers / 20.000 Euro für erste Hilfe\n\n"
            + _HARD_WRAPPED)
    assert parse_release_text(text, "t.txt").title == (
        "brunnen für alle hilft Opfern des Hochwassers / 20.000 Euro für erste Hilfe")


def test_lower_case_line_under_other_text_is_still_a_paragraphs_rest() -> None:
    text = ("Hochwasserhilfe\n\nfür die Menschen im Süden des Landes ist der Winter hart\n\n"
            + _HARD_WRAPPED)
    assert parse_release_text(text, "t.txt").title != (
        "für die Menschen im Süden des Landes ist der Winter hart")


def test_a_short_lower_case_menu_line_opening_the_page_is_no_headline() -> None:
    text = "jetzt spenden Menü öffnen\n\nHochwasserhilfe im Süden\n\n" + _HARD_WRAPPED
    assert parse_release_text(text, "t.txt").title == "Hochwasserhilfe im Süden"
