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
    "club", "clubs", "league", "union", "stoppers", "crimestoppers",
])
# German and Nordic compounds ending in an institution ("Caritasverband", "Sportverein").
_INSTITUTION_ENDINGS = ("verband", "verein", "stiftung", "gesellschaft", "zentrum", "klinik",
                        "orchester", "theater", "museum", "forbund", "forening")
# Words a few given-name lists hold that are common words on a press page.
_NOT_GIVEN = frozenset(["media", "press", "news", "delta", "haven", "city", "union", "van",
                        "von", "de", "del", "da", "di", "le", "la", "el",
                        "δημοσ", "αθηνα"])  # a municipality, a city (folded)
# An acronym no surname written in capitals is mistaken for: no vowel ("MDHC", not "SARR").
_ACRONYM = re.compile(r"^[B-DF-HJ-NP-TV-XZ]{2,6}$")


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    from desktop.formats.releases.given_names import GIVEN_NAMES  # 26,000 names, on first use

    return frozenset(GIVEN_NAMES.split()) - _NOT_GIVEN


def is_given_name(word: str) -> bool:
    """A known given name, any case or accents ("NICOLE", "Mónica", "Wolf-Christian"), also
    written in Cyrillic or Greek letters ("Адријана", "Νίκα") when the lists have it only in
    Latin ones."""
    folded = fold(word.strip(".,;:()’'\""))
    names = _given_names()
    if folded in names or (
        "-" in folded and any(part in names for part in folded.split("-") if part)
    ):
        return True
    return len(folded) >= 4 and not folded.isascii() and folded not in _NOT_GIVEN_SPELT and any(
        spelling in names for spelling in _latin_spellings(folded)
    )


# Common words of press pages whose Latin spelling is a given name somewhere ("Δήμος" is a
# municipality, "Αθήνα" the city, "Νέα" new), folded.
_NOT_GIVEN_SPELT = frozenset(["δημοσ", "αθηνα", "νεα", "καλη", "χανια", "δημου", "νεο", "νεοσ"])


# Cyrillic (Serbian, Macedonian, Bulgarian, Russian, Ukrainian) and Greek letters as Latin given
# names are spelt: the name lists were drawn from Latin-script locales for most languages.
_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшыэґєіїјћђѓќѕ",
                     ["a", "b", "v", "g", "d", "e", "e", "z", "z", "i", "j", "k", "l", "m", "n",
                      "o", "p", "r", "s", "t", "u", "f", "h", "c", "c", "s", "y", "e", "g", "e",
                      "i", "i", "j", "c", "dj", "g", "k", "dz"], strict=True))
_CYRILLIC.update({"щ": "sc", "ю": "ju", "я": "ja", "ь": "", "ъ": "", "љ": "lj", "њ": "nj",
                  "џ": "dz"})
_GREEK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω",
                  ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p",
                   "r", "s", "s", "t", "i", "f", "ch", "ps", "o"], strict=True))
_VARIANTS = (("ja", "ya"), ("ju", "yu"), ("j", "y"), ("v", "b"), ("ch", "h"), ("i", "y"))


def _latin_spellings(folded: str) -> set[str]:
    """The Latin spellings of a folded word in Cyrillic or Greek letters (a few usual
    variants: "ja"/"ya", "v"/"b", "ch"/"h"); empty for other scripts."""
    table = _GREEK if any(ch in _GREEK for ch in folded) else _CYRILLIC
    if not all(ch in table or ch.isascii() for ch in folded):
        return set()
    first = "".join(table.get(ch, ch) for ch in folded)
    first = first.replace("ou", "u") if table is _GREEK else first
    spellings = {first}
    for old, new in _VARIANTS:
        spellings |= {spelling.replace(old, new) for spelling in spellings}
    return spellings


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
    institution's ("National Hurricane Center", "Seaport Airlines"), an acronym with no vowel
    among words in lower or mixed case ("Social do MDHC"), or long words all in capitals (a
    unit's heading: "TISKOVÉ ODDĚLENÍ")."""
    words = name.split()
    if len(words) < 2 or any(is_given_name(word) for word in words):
        return False
    if any(institution_word(word) for word in words):
        return True
    if all(word.isupper() and len(word) >= 5 and word.isalpha() for word in words):
        return True  # "TISKOVÉ ODDĚLENÍ", "PRESSESTELLE STADT": a unit's heading in capitals
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


def job_before_given_name(text: str) -> int:
    """Offset of the name after one long capitalised word that is no given name, written before
    a known given name and a capitalised surname ("Viestintäjohtaja Name Surname",
    "Tiedotuspäällikkö Name Surname, p. 040 …"): a compound job of the languages that join
    words, whatever the language; 0 when the text opens otherwise. A surname written first
    before two given names ("Szentgyörgyi Anna Mária") is left alone: such a job is longer."""
    words = list(re.finditer(r"\S+", text))
    if len(words) < 3:
        return 0
    first, given, last = (word.group().strip(",;:.") for word in words[:3])
    if (
        re.fullmatch(r"[^\W\d_][\w-]*", words[0].group())  # no label ("Institución: Name")
        and len(first) >= 10 and first[:1].isupper() and not first.isupper()
        and not is_given_name(first) and is_given_name(given) and given[:1].isupper()
        and last[:1].isupper() and (len(first) >= 13 or not is_given_name(last))
    ):
        return words[1].start()
    return 0


# An academic degree or title of address written before a name in a shortened form no list
# needs to know ("Mgr.", "PhDr.", "Ing.", "MUDr.", "Dipl.-Ing.", "doc."): letters and a dot, maybe
# a feminine ending after it ("Dott.ssa", "Sig.ra").
_DEGREE = re.compile(r"^(?:[^\W\d_]{2,5}\.)(?:-?[^\W\d_]{2,5}\.)*$|^[^\W\d_]{2,5}\.[a-z]{1,3}$")


def without_degrees(name: str) -> str:
    """"Mgr. Name Surname", "PhDr. Name Surname": the shortened degrees before a name are no part
    of it, in any language (LABELLING: names without honorifics); the name keeps two words."""
    words = name.split()
    while len(words) >= 3 and _DEGREE.match(words[0]) and words[1][:1].isupper():
        words = words[1:]
    return " ".join(words) if words != name.split() else name
