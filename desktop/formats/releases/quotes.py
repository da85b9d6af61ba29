"""People quoted in the article ("…, said Cristina Tranca, chief of mission").

Only the two shapes that name a person reliably are read: "NAME, TITLE, said" and
"said NAME, TITLE". "Said the Chief of Mission" names nobody and yields nothing; a name that
does not read as a person's name is skipped rather than guessed.
"""

from __future__ import annotations

import re

from desktop.formats.releases.fields import clean_name
from desktop.formats.releases.lexicon import SPEECH_VERBS
from desktop.formats.releases.model import ExtractedPerson, Role

_SENTENCES = re.compile(r"[^.!?…\n]+(?:[.!?…]+[»”\"]?|$)")
_WORDS = r"[^\W\d_][\w'’\-]*(?:\s+[^\W\d_][\w'’\-]*){1,6}"
_NAME_FIRST = re.compile(
    rf"(?P<name>{_WORDS}),\s+(?P<title>[^,;:«»\"“”()]{{3,160}}?),\s+(?P<verb>{SPEECH_VERBS})\b",
    re.IGNORECASE,
)
_VERB_FIRST = re.compile(
    rf"(?:{SPEECH_VERBS})\s+(?P<name>{_WORDS})(?:,\s+(?P<title>[^,.;:«»\"“”()]{{3,160}}))?",
    re.IGNORECASE,
)


def _trailing_name(words: str) -> str | None:
    """The longest run of words at the end of ``words`` that reads as a name."""
    parts = words.split()
    for size in range(min(len(parts), 5), 1, -1):
        name = clean_name(" ".join(parts[-size:]))
        if name:
            return name
    return None


def _leading_name(words: str) -> str | None:
    parts = words.split()
    for size in range(min(len(parts), 5), 1, -1):
        name = clean_name(" ".join(parts[:size]))
        if (name and size == len(parts)) or (name and parts[size][0].islower()):
            return name
    return None


def find_quoted(lines: list[str], skip: set[int]) -> list[ExtractedPerson]:
    """People quoted in ``lines`` (excluding line numbers in ``skip``), once per name."""
    people: dict[str, ExtractedPerson] = {}
    for index, line in enumerate(lines):
        if index in skip or not line.strip():
            continue
        for sentence_match in _SENTENCES.finditer(line):
            sentence = sentence_match.group(0).strip()
            person = _quoted_in(sentence)
            if person is not None and person.name not in people:
                people[person.name] = person
    return list(people.values())


def _quoted_in(sentence: str) -> ExtractedPerson | None:
    match = _NAME_FIRST.search(sentence)
    if match:
        name = _trailing_name(match.group("name"))
        if name:
            return ExtractedPerson(name, Role.QUOTED, sentence, title=match.group("title").strip())
    match = _VERB_FIRST.search(sentence)
    if match:
        name = _leading_name(match.group("name"))
        if name:
            title = match.group("title")
            if title and name != match.group("name").strip():
                title = None
            return ExtractedPerson(name, Role.QUOTED, sentence,
                                   title=title.strip() if title else None)
    return None
