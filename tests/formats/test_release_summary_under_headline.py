"""A news portal prints its headline, a date stamp, then a labelled summary ("Summary: …")
that repeats the story's first sentence: that summary is not the headline, in any language.
Text invented, modelled on a syndicated newsroom page."""

from __future__ import annotations

from desktop.formats.releases.article import read_article

_PAGE = (
    "Agency Newsroom\n\n"
    "News Releases\n\n"
    "Small Beetles Found Far Upstream of Their Known Range\n\n"
    "Tue, 05/17/2022 - 10:15\n"
    "Resumen: Field crews counted small beetles in three creeks well upstream of the range "
    "mapped so far\n\n"
    "Contact Information:\n\n"
    "Alex Example ( Phone: 555-010-0199 );\n\n"
    "Field crews counted small beetles in three creeks well upstream of the range mapped so "
    "far, the agency said on Tuesday.\n\n"
    "The survey will be repeated next spring to learn whether the beetles stay over winter.\n"
)


def test_a_summary_repeating_the_opening_is_not_the_headline() -> None:
    assert read_article(_PAGE).title == "Small Beetles Found Far Upstream of Their Known Range"
