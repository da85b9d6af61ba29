"""A table of press officers, one row each with a place or unit, the person by a known given
name and a surname, then their address and number ("Brno Name Surname name@… 736 …"), gives
every person without the place as office. The page is invented, modelled on the layout.
"""

from __future__ import annotations

from desktop.formats.releases import parse_release_text
from desktop.formats.releases.model import Role

PAGE = (
    "Tiskoví mluvčí krajů\n"
    "Každý kraj má osobu pověřenou pro kontakt se sdělovacími prostředky. Tiskový mluvčí "
    "poskytuje informace o dění v kraji a zprostředkuje rozhovory.\n"
    "Seznam tiskových mluvčích\n"
    "Kraj mluvčí e-mail telefon\n"
    "Brno Tereza Holubová holubova@kraj-jih.example.cz 736 555 943\n"
    "České Budějovice Marek Dvořák dvorak@kraj-jc.example.cz 606 555 997\n"
    "Hradec Králové Lukáš Beneš benes@kraj-hk.example.cz 733 555 459\n"
)


def test_each_row_gives_its_officer() -> None:
    people = {p.name: p for p in parse_release_text(PAGE, "test").people
              if p.role is Role.MEDIA_CONTACT}
    assert set(people) == {"Tereza Holubová", "Marek Dvořák", "Lukáš Beneš"}
    assert people["Marek Dvořák"].office is None
    assert [e.as_written for e in people["Lukáš Beneš"].emails] == ["benes@kraj-hk.example.cz"]
