"""Slovak and Czech share their shortest function words ("a", "o", "s", "z", "do"): the Slovak
list counts them too, so a Slovak press office's page written mostly in them is Slovak, and a
Czech page stays Czech. Text invented."""

from __future__ import annotations

from desktop.formats.releases.language import detect_language

_SLOVAK = (
    "Tlačový odbor zabezpečuje publicitu aktivít ministerstva v médiách a spolupracuje s "
    "hovorcom pri príprave správ pre tlačové agentúry. Odbor pripravuje podklady o cestách "
    "ministra do zahraničia a z návštev, odpovedá na otázky novinárov a organizuje tlačové "
    "konferencie. Kontakt pre médiá: odbor je k dispozícii od pondelka do piatka.\n"
)
_CZECH = (
    "Tiskový odbor zajišťuje publicitu aktivit ministerstva v médiích a spolupracuje s "
    "mluvčím při přípravě zpráv pro tiskové agentury. Odbor připravuje podklady o cestách "
    "ministra do zahraničí a z návštěv, odpovídá na dotazy novinářů a pořádá tiskové "
    "konference, které jsou také vysílány.\n"
)


def test_a_slovak_page_is_slovak() -> None:
    assert detect_language(_SLOVAK) == "sk"


def test_a_czech_page_stays_czech() -> None:
    assert detect_language(_CZECH) == "cs"
