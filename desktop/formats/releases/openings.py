"""A story's place written the way local pages write it: the town and a full stop.

German city, police and university pages open the story with the town and a full stop
("Neubrück. Der Stadtrat hat …"), in mixed case as often as in capitals. A one-word sentence
seldom opens a story, but a noun may ("Kunst. Die …"), so the town is taken only on evidence:
a place the lists know, or a name the page prints elsewhere too ("Stadt Neubrück" in its banner,
"Pressestelle der Stadt Neubrück" under the text).
"""

from __future__ import annotations

import re

from desktop.domain.text import fold
from desktop.formats.releases.lexicon import word_list
from desktop.formats.releases.places import city_country

# "Neubrück. Der …", "Bad Neubrück. Die …", "Halle-Neustadt. Am …": up to three capitalised words.
_TOWN_STOP = re.compile(
    r"^\s*(?P<town>[^\W\d_][^\W\d_]{2,}(?:[ -][^\W\d_][^\W\d_]{1,}){0,2})\.\s+(?=[^\W\d_])"
)
_COMMON = frozenset(fold(word) for word in word_list("stopwords") + word_list("wrap_words"))


def town_dateline(lines: list[str], start: int) -> str | None:
    """The town closing on a full stop at the start of the story's first line, when the page
    names it elsewhere or it is a known place; else None."""
    if not 0 <= start < len(lines):
        return None
    line = lines[start]
    match = _TOWN_STOP.match(line)
    if match is None or len(line[match.end():].split()) < 8:
        return None
    town = match.group("town")
    words = re.split(r"[ -]", town)
    if not all(word[:1].isupper() for word in words) or any(
        fold(word) in _COMMON for word in words
    ):
        return None  # "Die Stadt. …", "Heute. …": no place
    if city_country(town):
        return town.title() if town.isupper() else town
    # "Stadt Neubrück", "Pressestelle der Stadt Neubrück": named after a capitalised word (a
    # noun opening a line, "Kunst im Rathaus", is no such name)
    named = re.compile(rf"(?<![\w.-])[^\W\d_][\w.-]*\s+{re.escape(town)}(?![\w-])")
    elsewhere = any(
        match.group(0)[:1].isupper()
        for at, text in enumerate(lines) if at != start for match in named.finditer(text)
    )
    return (town.title() if town.isupper() else town) if elsewhere else None
