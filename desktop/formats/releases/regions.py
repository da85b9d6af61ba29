"""The country an office name points to, beyond the CLDR names ``desktop.domain`` knows.

Releases name offices the way their staff speak: "RDC" or "DRC" for the Democratic Republic of
the Congo, "Кыргызстан" where CLDR says "Киргизия", and Russian puts the country in the
prepositional case ("УВКБ ООН в Кыргызстане", "делегация МККК в Украине"). These are read here
so that an office's national-format numbers get the right country.
"""

from __future__ import annotations

import re

from babel import Locale

from desktop.domain.countries import country_from_name, find_country_in_text
from desktop.formats.releases.areas import adjective_country
from desktop.formats.releases.lexicon import fold_keep_length
from desktop.formats.releases.places import city_country, nominatives

# Names and abbreviations releases use that CLDR does not list (folded).
COUNTRY_ALIASES: dict[str, str] = {
    "rdc": "CD", "drc": "CD", "dr congo": "CD", "rd congo": "CD", "dem. rep. congo": "CD",
    "uk": "GB", "u.k.": "GB", "usa": "US", "u.s.": "US", "kyrgyz republic": "KG",
    "кыргызстан": "KG", "кыргызская республика": "KG", "кыргызской республике": "KG",
    "palestine": "PS", "lao pdr": "LA", "rca": "CF",
    "türkiye": "TR", "turkiye": "TR", "swaziland": "SZ", "burma": "MM", "rdc congo": "CD",
    # Long forms CLDR gives only as "Congo-Kinshasa": without them "…du Congo" reads as CG.
    "republique democratique du congo": "CD", "republica democratica del congo": "CD",
    "democratic republic of the congo": "CD", "democratic republic of congo": "CD",
    "republica democratica do congo": "CD", "демократическая республика конго": "CD",
    "демократической республике конго": "CD",
}



def _german_names() -> dict[str, str]:
    """Country names in German ("Österreich", "Schweiz"): CLDR's, which ``desktop.domain`` does
    not read, as Austrian, German and Swiss releases name their offices with them."""
    names: dict[str, str] = {}
    for code, name in Locale("de").territories.items():
        if len(code) == 2 and code.isalpha() and code not in ("EU", "EZ", "UN", "ZZ", "QO"):
            names.setdefault(fold_keep_length(name), code)
    return names


for _name, _code in _german_names().items():
    COUNTRY_ALIASES.setdefault(_name, _code)

_WORD = re.compile(r"[^\W\d_][\w.'’-]*")

# US states whose names hold a country's ("New Jersey", "New Mexico"), read before it.
_US_STATE_AS_COUNTRY = re.compile(r"\bnew (?:jersey|mexico)\b")


def office_country(office: str) -> str | None:
    """ISO code of the country an office's name points to ("OIM Sénégal" -> "SN"), else None.

    A country named in the office wins; failing that, a city ("…ООН в Москве", "WFP/Niamey"),
    then a country adjective ("Croix-Rouge canadienne", "Кыргызского Красного Полумесяца")."""
    words = [w.strip(".,;:()’'") for w in _WORD.findall(fold_keep_length(office))]
    if _US_STATE_AS_COUNTRY.search(" ".join(words)):
        return "US"  # "Port Authority of New York and New Jersey": a state, not Jersey
    for size in (5, 4):  # long aliases first: they contain shorter country names
        for start in range(len(words) - size + 1):
            phrase = " ".join(words[start : start + size])
            if phrase in COUNTRY_ALIASES:
                return COUNTRY_ALIASES[phrase]
    found = find_country_in_text(office)
    if found:
        return found
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            phrase = " ".join(words[start : start + size])
            if phrase in COUNTRY_ALIASES:
                return COUNTRY_ALIASES[phrase]
            if size == 1:
                for form in nominatives(phrase)[1:]:
                    code = COUNTRY_ALIASES.get(form) or country_from_name(form)
                    if code:
                        return code
    return city_country(office) or adjective_country(office)
