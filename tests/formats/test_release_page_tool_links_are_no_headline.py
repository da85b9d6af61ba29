"""A page's tool links between the headline and the story ("Print this page", "Seite drucken",
"Partager cet article", "Text size A A A"), in any language, are never the headline. Text
invented."""

from __future__ import annotations

import pytest

from desktop.formats.releases.article import read_article

_STORY = (
    "The city council approved on Tuesday a plan to build protected bike lanes along the whole "
    "of Main Street, with work to start in the spring and end by the autumn.\n"
)


@pytest.mark.parametrize("tools", [
    "Listen\nPrint this page\nText size A A A",
    "Seite drucken\nDiese Seite teilen",
    "Partager cet article\nImprimer la page",
    "A- A A+",
])
def test_tool_links_under_the_headline_are_not_it(tools: str) -> None:
    text = f"Council approves bike lanes on Main Street\n\n{tools}\n\n{_STORY}"
    assert read_article(text).title == "Council approves bike lanes on Main Street"
