"""A learned fallback for contact blocks the hand rules do not find.

The hand rules find blocks from lead-ins, headings and the evidence around a name; on layouts
nobody tuned them on they still miss whole blocks. A linear-chain CRF (python-crfsuite), trained
on the repository's labelled releases over shape features only (learned_features.py), tags each
article line B (an entry starts), I (inside one) or O. A run of tagged lines that no rule block
covers, that holds a phone number or an address and a name-like line, becomes one more block,
read by the same reader as every other. Precision matters more than recall here: a run without a
number or address, or without a name (a footer, a switchboard, a desk), adds nothing.

It is ON by default since session 8. It ships so that the two could be compared on each fresh
folder nobody tuned on: session 5 rules only 0.538, with it 0.525 (two desks made into people);
sessions 6 and 7 the same figures either way; session 8 (34 press-office pages and releases)
rules only 0.491, with it 0.609 (nine more people found, none invented), while every tuned folder
and the repository's corpus score the same either way. ``PRESSDESK_LEARNED_CONTACTS=0`` turns it
off (rules only). Retrained in session 9 on the repository's 349 labelled releases (the real
folders it is scored on are never training data).
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import pycrfsuite

from desktop.formats.releases.fields import (
    clean_name,
    find_email_spans,
    find_phone_spans,
    has_phone_label,
    is_postal_line,
)
from desktop.formats.releases.learned_features import line_features
from desktop.formats.releases.lexicon import FOOTER_MARKERS
from desktop.formats.releases.reader import split_segments

MODEL_PATH = Path(__file__).with_name("models") / "contact_lines.crfsuite"
"""The shipped model; ``python -m desktop.formats.releases.learned_train`` rebuilds it."""

SWITCH = "PRESSDESK_LEARNED_CONTACTS"
"""Set to ``0`` to turn the learned fallback off (rules only); it is on by default."""

_LOCK = threading.Lock()  # a crfsuite tagger is not safe to share between threads


class Span(Protocol):
    """A rule block's extent (``start``..``end``, end exclusive)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def enabled() -> bool:
    """Whether the learned fallback runs (``PRESSDESK_LEARNED_CONTACTS=0`` turns it off)."""
    return os.environ.get(SWITCH, "1").strip().lower() not in ("0", "false", "no", "off")


@lru_cache(maxsize=4)
def _tagger(model: Path) -> pycrfsuite.Tagger:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    return tagger


def tag_lines(lines: list[str], model: Path = MODEL_PATH) -> list[str]:
    """B/I/O for each of ``lines``."""
    if not lines:
        return []
    features = pycrfsuite.ItemSequence(line_features(lines))
    with _LOCK:
        return list(_tagger(model).tag(features))


def learned_spans(lines: list[str], found: Sequence[Span],
                  model: Path = MODEL_PATH) -> list[tuple[int, int]]:
    """``(start, end)`` of each contact run the model tags that no block in ``found`` covers
    and that holds a number or an address and a name-like line."""
    if not enabled() or not model.is_file():
        return []
    covered = {i for block in found for i in range(block.start, block.end)}
    cue = [bool(find_phone_spans(line) or find_email_spans(line)) for line in lines]
    if not any(has and i not in covered for i, has in enumerate(cue)):
        return []  # every number and address is already in a rule block: nothing to find
    tags = tag_lines(lines, model)
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        if tags[index] == "O" or not lines[index].strip() or index in covered:
            index += 1
            continue
        end = index + 1
        while end < len(lines) and tags[end] != "O" and end not in covered:
            end += 1  # a rule block ends the run: the model's lines beyond it are judged apart
        while end > index + 1 and not lines[end - 1].strip():
            end -= 1
        if _acceptable(lines, index, end, tags, cue):
            spans.append((index, end))
        index = end
    return spans


def found_by_model(lines: list[str], block: Span, blocks: Sequence[Span]) -> bool:
    """Whether ``block``, one of the ``blocks`` the block finder gave for ``lines``, is a run
    the model tagged and this module accepted (no rule found it). Above the headline only
    blocks something opens are read; an entry the model found there (capitals name and
    address on one line over its number, no heading) is one too."""
    if not enabled():
        return False
    others = [other for other in blocks if other is not block]
    return (block.start, block.end) in learned_spans(lines, others)


def _acceptable(lines: list[str], start: int, end: int, tags: list[str],
                cue: list[bool]) -> bool:
    """Whether the run ``start``..``end`` is a person's entry: a name before (or with) its
    first number or address, no footer line, and read as the model tagged it."""
    run = range(start, end)
    first_cue = next((i for i in run if cue[i]), None)
    if first_cue is None:
        return False
    if not any(_name_like(lines[i]) and not _addressed(lines, i)
               for i in range(start, first_cue + 1) if lines[i].strip()):
        return False  # a footer, a desk, a switchboard
    if all(_unknown_label(lines[i]) for i in run if cue[i]):
        return False  # "Vaihde 09 …": a switchboard's number in words no list knows
    if any(FOOTER_MARKERS.match(lines[i]) for i in run):
        return False
    return _read_as_tagged(lines, start, end, tags, cue)


def _unknown_label(line: str) -> bool:
    """A number under a word no list knows as a phone's label ("Vaihde 09 555 00 00"): it may
    be a switchboard's, a fax's or a hotline's in any language, so alone it is nobody's."""
    match = _WORD_BEFORE_NUMBER.match(line)
    return bool(match) and not has_phone_label(line) and not find_email_spans(line)


_WORD_BEFORE_NUMBER = re.compile(r"^\s*[^\W\d_]{3,}\.?\s*[:：]?\s*[+(]?\d")


def _name_like(line: str) -> bool:
    """A line that is a name, opens with one ("Maren Vloet, spokesperson, …") or gives one
    after a job's label ("Pressesprecher: Dr. Name")."""
    text = line.strip()
    if len(text.split()) > 40:
        return False
    cues = sorted([*find_email_spans(text), *find_phone_spans(text)])
    before = text[:cues[0][0]].strip() if cues else ""
    if before and clean_name(before) is not None:
        return True  # "NICK RAGONE nick.ragone@…": the name, then the address
    segments = split_segments(text)
    pieces = _HEAD.split(text, maxsplit=2)  # "Gerry Rice: 202-…", "Ana Lima – Tel. …"
    first = text.split()[0] if text.split() else ""
    if len(first) >= 13 and first.isalpha():
        return False  # "Umweltverband Harbourville", "Landespolizeidirektion …": a compound noun
    # or the name after a job or unit ("Pressesprecher: Dr. Name", "Büro des … – Name")
    return any(clean_name(part) is not None for part in (text, *pieces[:2], *segments[:1]))


_HEAD = re.compile(r"\s*[:：|–—/]\s*|\s+-\s+")


def _addressed(lines: list[str], index: int) -> bool:
    """Whether a postal line follows ``index`` ("Bundeshaus West" then "CH-3003 Bern"): the
    name-like line is then a building's or an organisation's, not a person's."""
    below = next((line for line in lines[index + 1:] if line.strip()), "")
    return is_postal_line(below.strip())


def _read_as_tagged(lines: list[str], start: int, end: int, tags: list[str],
                    cue: list[bool]) -> bool:
    """Whether the block reader starts every person of the run on a line the model starts an
    entry on (or on a line with the person's own number: "Gerry Rice: 202-…"). A reader that
    takes "Quay Building, Pier 4" in the middle of an entry for a name would give that
    building the person's number: such a run is left out rather than read wrong."""
    # Imported here: the block finder imports this module, and the reader imports the finder.
    from desktop.formats.releases.block_reading import read_block
    from desktop.formats.releases.blocks import Block

    people = read_block(lines, Block(start, 0, end))
    for person in people:
        first = person.snippet.splitlines()[0].strip() if person.snippet else ""
        at = next((i for i in range(start, end) if lines[i].strip() == first), None)
        if at is None or not (tags[at] == "B" or cue[at]) or not _stands_as_name(
                person.name, lines[at]):
            return False
    return bool(people)


_QUOTES = "\"“”„«»‹›"


def _stands_as_name(name: str, line: str) -> bool:
    """Whether ``name`` is written where a person's name stands in an entry: opening its line,
    after a separator or a bracket, or after one word (a job: "Sprecher Name"). A "name" in
    the middle of a line ("Polizei Essen/ Mülheim an der Ruhr Pressestelle Telefon …") or with
    quotation marks ('Die Initiative "Sea-Watch"') is an organisation's or a sentence's words."""
    if any(mark in name for mark in _QUOTES):
        return False
    at = line.find(name)
    if at < 0:
        return True  # the reader rewrote it ("SURNAME Given" turned round): nothing to check
    before = _SEPARATED.split(line[:at])[-1].split()
    if len(before) <= 1:
        return True
    *other, joint = before  # "Anna Berg und Name": a second person's name after the first
    return joint.islower() and len(joint) <= 4 and clean_name(" ".join(other)) is not None


_SEPARATED = re.compile(r"[,;:：|–—/()\[\]]|\s-\s")
