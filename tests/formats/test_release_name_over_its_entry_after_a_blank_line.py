"""A newsroom's contact list that puts each name alone, then after a blank line the person's
entry without the name ("Presskontakt Pressansvarig Kontoret, Press- och mediakontakter 08 …"),
gives each person with that entry, whether or not the entry has a comma. The page is invented,
modelled on the layout.
"""

from __future__ import annotations

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.model import Role

PAGE = (
    "Pressmeddelande -\n"
    "\n"
    "RÅDSSALSEKO 3 APRIL 2031\n"
    "\n"
    "Kommunfullmäktiges beslut i korthet: ungdomsparlamentet blir permanent, och möjligheterna "
    "att sända fullmäktiges möten via webben ska utredas. Fullmäktige fattade också beslut att "
    "bygga femhundra nya bostäder i den västra delen av stadsdelen.\n"
    "\n"
    "Kontakter\n"
    "\n"
    "Helena Strandberg\n"
    "\n"
    "Presskontakt Pressansvarig Planeringskontoret, Press- och mediakontakter 08 555 274 41\n"
    "\n"
    "Oskar Wennerholm\n"
    "\n"
    "Presskontakt Pressansvarig Trafikkontoret 08-555 262 82\n"
)


def test_each_name_takes_the_entry_under_it() -> None:
    people = {p.name: p for p in parse_release_text(PAGE, "test").people
              if p.role is Role.MEDIA_CONTACT}
    assert set(people) == {"Helena Strandberg", "Oskar Wennerholm"}
    assert [p.e164 for p in people["Helena Strandberg"].phones] == ["+46855527441"]
    assert people["Helena Strandberg"].title == "Pressansvarig"
