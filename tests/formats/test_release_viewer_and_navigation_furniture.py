"""More page furniture that is never a headline, in any language: a document viewer's page
counter ("Sie sind auf Seite 1von 2", "Vous êtes sur la page 1sur 2"), a media page's counts
("04/01/2031 620 views 0 likes"), a skip link ("Preskočiť navigáciu"), and a breadcrumb written
with slashes whose crumbs run to four words ("Agency / Space in Member States / Ireland").
Text invented."""

from __future__ import annotations

import pytest

from desktop.formats.releases.headlines import title_like


@pytest.mark.parametrize("line", [
    "Sie sind auf Seite 1von 2", "Vous êtes sur la page 1sur 2", "04/01/2031 620 views 0 likes",
    "Preskočiť navigáciu", "Agency / Space in Member States / Ireland",
])
def test_furniture_is_no_headline(line: str) -> None:
    assert not title_like(line)


@pytest.mark.parametrize("line", [
    "Agency director meets the press", "Ten pages of the new plan go online",
    "Page 3 of the budget: what changes for families",
])
def test_headlines_stay(line: str) -> None:
    assert title_like(line)
