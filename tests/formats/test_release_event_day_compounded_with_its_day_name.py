"""An advisory's story often opens on the day of the event it announces, its day name
compounded or run on with its article as Dutch and the Nordic languages write it ("Op
woensdagmiddag 20 september 2031 opent …", "Onsdagen den 21 mars 2031 träffar …", "Torsdag 4.
april 2031 inviterer …"): that is the event's day, not the release's date. Text invented."""

from __future__ import annotations

import pytest

from desktop.formats.releases.article import read_article


@pytest.mark.parametrize("opening", [
    "Op woensdagmiddag 20 september 2031 opent de burgemeester het vernieuwde stadhuis aan "
    "de Markt, samen met de leden van de gemeenteraad en de bewoners van de wijk.",
    "Onsdagen den 21 mars 2031 träffar kommunen företrädare för näringslivet i regionen för "
    "att diskutera den nya planen för kollektivtrafiken och cykelvägarna.",
    "Torsdag 4. april 2031 inviterer kommunen pressen til en gennemgang af den nye plan for "
    "havnen og de nye boliger ved kajen, med borgmesteren og direktøren.",
])
def test_the_events_day_opening_the_story_is_no_release_date(opening: str) -> None:
    text = f"Uitnodiging voor de pers\n\n{opening}\n\nMeer informatie volgt.\n"
    assert read_article(text).published_on is None


def test_a_plain_date_opening_the_story_still_dates_it() -> None:
    text = ("Nieuw stadhuis open\n\n20 september 2031 – De burgemeester heeft vandaag het "
            "vernieuwde stadhuis aan de Markt geopend, samen met de gemeenteraad.\n")
    assert str(read_article(text).published_on) == "2031-09-20"
