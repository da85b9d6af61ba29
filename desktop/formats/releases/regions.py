"""The country an office name points to, beyond the CLDR names ``desktop.domain`` knows.

Releases name offices the way their staff speak: "RDC" or "DRC" for the Democratic Republic of
the Congo, "Кыргызстан" where CLDR says "Киргизия", and Russian puts the country in the
prepositional case ("УВКБ ООН в Кыргызстане", "делегация МККК в Украине"). These are read here
so that an office's national-format numbers get the right country.
"""

from __future__ import annotations

import re

from desktop.domain.countries import country_from_name, find_country_in_text
from desktop.formats.releases.lexicon import fold_keep_length

# Names and abbreviations releases use that CLDR does not list (folded).
COUNTRY_ALIASES: dict[str, str] = {
    "rdc": "CD", "drc": "CD", "dr congo": "CD", "rd congo": "CD", "dem. rep. congo": "CD",
    "uk": "GB", "u.k.": "GB", "usa": "US", "u.s.": "US", "kyrgyz republic": "KG",
    "кыргызстан": "KG", "кыргызская республика": "KG", "кыргызской республике": "KG",
    "palestine": "PS", "lao pdr": "LA", "rca": "CF",
    "türkiye": "TR", "turkiye": "TR", "swaziland": "SZ", "burma": "MM", "rdc congo": "CD",
}

_WORD = re.compile(r"[^\W\d_][\w.'’-]*")

# Russian prepositional and genitive endings back to the nominative: "Украине" -> "Украина",
# "России" -> "Россия", "Казахстане" -> "Казахстан".
_RUSSIAN_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ии", ("ия",)),
    ("е", ("а", "", "я")),
    ("и", ("а", "я")),
    ("ы", ("а",)),
    ("у", ("а",)),
)


def _nominatives(word: str) -> list[str]:
    """Possible dictionary forms of a Cyrillic word (the word itself first)."""
    forms = [word]
    if not re.search(r"[а-яё]", word):
        return forms
    for ending, replacements in _RUSSIAN_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            forms.extend(word[: -len(ending)] + new for new in replacements)
            break
    return forms


def office_country(office: str) -> str | None:
    """ISO code of the country an office's name points to ("OIM Sénégal" -> "SN"), else None."""
    found = find_country_in_text(office)
    if found:
        return found
    words = [w.strip(".,;:()’'") for w in _WORD.findall(fold_keep_length(office))]
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            phrase = " ".join(words[start : start + size])
            if phrase in COUNTRY_ALIASES:
                return COUNTRY_ALIASES[phrase]
            if size == 1:
                for form in _nominatives(phrase)[1:]:
                    code = COUNTRY_ALIASES.get(form) or country_from_name(form)
                    if code:
                        return code
    return None
