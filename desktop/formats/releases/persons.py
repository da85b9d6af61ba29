"""Whether a name a contact block gives is a person's, by the name alone.

A block's lines hold more than people: an airline's desk ("American Airlines"), an orchestra or
a federation on the line under its press officer ("New Haven Symphony Orchestra", "Deutscher
Caritasverband"), a unit and its acronym ("… Social do MDHC"). Such a name carries no given name
and a word that names an institution, or an acronym. A known given name in front (from
``given_names``, Faker's lists for some eighty locales) keeps a person a person whatever their
surname ("Sarah Church", "Jean DUPONT"); a name with neither signal is left alone, since many
people's given names are in no list.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.domain.text import fold
from desktop.formats.releases.lexicon import ORG_WORDS_FOLDED

# Words that name an institution and no person, in any of the reader's languages (folded):
# carriers, ensembles and venues, centres and federations. Organisation words the office rules
# use (``lexicon.ORG_WORDS``) count too.
_INSTITUTION_WORDS = frozenset([
    "airlines", "airline", "airways", "aviation", "orchestra", "symphony", "philharmonic",
    "philharmonie", "philharmonia", "orchestre", "orquesta", "orchester", "sinfonietta",
    "ensemble", "choir", "chorale", "opera", "ballet", "theatre", "theater", "teatro", "museum",
    "musee", "museo", "zoo", "aquarium", "library", "bibliotheque", "biblioteca", "bibliothek",
    "hospital", "hopital", "klinikum", "clinic", "airport", "aeroport", "aeropuerto", "flughafen",
    "center", "centre", "centro", "zentrum", "college", "academy", "akademie", "school",
    "festival", "stadium", "arena", "hotel", "resort", "railway", "railways", "transit",
    "hurricane", "weather", "newsroom", "hotline", "helpline", "reservations", "switchboard",
    "club", "clubs", "league", "union",
])
# German and Nordic compounds ending in an institution ("Caritasverband", "Sportverein").
_INSTITUTION_ENDINGS = ("verband", "verein", "stiftung", "gesellschaft", "zentrum", "klinik",
                        "orchester", "theater", "museum", "forbund", "forening")
# Words a few given-name lists hold that are common words on a press page.
_NOT_GIVEN = frozenset(["media", "press", "news", "delta", "haven", "city", "union", "van",
                        "von", "de", "del", "da", "di", "le", "la", "el"])
# An acronym no surname written in capitals is mistaken for: no vowel ("MDHC", not "SARR").
_ACRONYM = re.compile(r"^[B-DF-HJ-NP-TV-XZ]{2,6}$")


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    from desktop.formats.releases.given_names import GIVEN_NAMES  # 26,000 names, on first use

    return frozenset(GIVEN_NAMES.split()) - _NOT_GIVEN


def is_given_name(word: str) -> bool:
    """A known given name, any case or accents ("NICOLE", "Mónica", "Wolf-Christian")."""
    folded = fold(word.strip(".,;:()’'\""))
    names = _given_names()
    return folded in names or (
        "-" in folded and any(part in names for part in folded.split("-") if part)
    )


def starts_with_given_name(name: str) -> bool:
    """The first word (after initials like "J.") is a known given name."""
    words = [word for word in name.split() if len(word.strip(".")) > 1]
    return bool(words) and is_given_name(words[0])


def institution_word(word: str) -> bool:
    """A word naming an institution ("Airlines", "Orchestra", "Caritasverband", "Agency")."""
    folded = fold(word.strip(".,;:()’'\""))
    return folded in _INSTITUTION_WORDS or folded in ORG_WORDS_FOLDED or (
        len(folded) >= 10 and folded.endswith(_INSTITUTION_ENDINGS)
    )


def not_a_person(name: str) -> bool:
    """A name no person bears: none of its words a known given name, and one of them an
    institution's ("National Hurricane Center", "Seaport Airlines") or an acronym with no vowel
    among words in lower or mixed case ("Social do MDHC")."""
    words = name.split()
    if len(words) < 2 or any(is_given_name(word) for word in words):
        return False
    if any(institution_word(word) for word in words):
        return True
    return any(_ACRONYM.match(word) for word in words) and any(
        word[:1].isalpha() and not word.isupper() for word in words
    )


# The first word of a unit's or a job's name that a scrape runs into the name before it
# ("Name Surname Development and Special Projects Coordinator").
_JOB_OPENERS = frozenset(["development", "communications", "communication", "marketing",
                          "media", "press", "public", "community", "special", "events",
                          "education", "outreach", "operations", "programs", "corporate",
                          "government", "external", "digital", "senior", "deputy"])


def job_run_into_name(name: str, after: str) -> str:
    """``name`` without the job's first word a scrape ran into it: a given name and a surname,
    then a word that opens a job or a unit, the job going on with "and" right after
    ("Kiara Warren Development" before "and Special Projects Coordinator" -> "Kiara
    Warren")."""
    words = name.split()
    if (
        len(words) < 3 or fold(words[-1]) not in _JOB_OPENERS or not starts_with_given_name(name)
        or not re.match(r"\s*(?:and|&)\s", after)
    ):
        return name
    return " ".join(words[:-1])
