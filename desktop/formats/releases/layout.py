"""How a contact block opens and how its lines are laid out.

A block opens at a heading or lead-in ("Media contacts:", "Pour plus d'informations, veuillez
contacter …") or at the first line of a form ("Name: …"). Inside it, a line may carry on the
office name the line above left unfinished, lead with the organisation ("– Save the Children:
…"), or give the number before the name ("+252 61 5123456 | Dr. Hassan Abdi Farah | …");
these are read here so that ``block_reading`` only has to walk the lines.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desktop.formats.releases.entries import (
    Field,
    continues,
    labelled_field,
    organisation_lead_in,
)
from desktop.formats.releases.fields import (
    clean_name,
    find_email_spans,
    find_phone_spans,
    has_email_label,
    has_phone_label,
    has_role_word,
    is_label_only,
    looks_like_office,
)
from desktop.formats.releases.lexicon import BULLETS, CONTACT_HEADING, fold_keep_length
from desktop.formats.releases.places import city_country, is_city
from desktop.formats.releases.reader import remainder, split_segments
from desktop.formats.releases.regions import office_country
from desktop.formats.releases.wrapping import wraps

if TYPE_CHECKING:
    from desktop.formats.releases.blocks import Block

_BARE_HEADING = re.compile(
    r"^\s*(?:contacts?|contactos?|contato|контакты|контакт|للتواصل|جهات\s+الاتصال)\s*[:：]?\s*$",
    re.IGNORECASE,
)
_LINE_START = re.compile(rf"^[\s>*#{BULLETS}\-–—_]*")
def heading_at(line: str) -> int | None:
    """Offset just after a contact heading in ``line``, if the line opens a contact block."""
    folded = fold_keep_length(line)
    if _BARE_HEADING.match(folded):
        return len(line)
    for match in CONTACT_HEADING.finditer(folded):
        before = folded[: match.start()]
        if _LINE_START.fullmatch(before) or re.search(r"[.!?:)]\s+[*_(]*$", before) or (
            re.fullmatch(r"\s*[^\W\d_]+\s*,\s*", before)  # "Journalistes, pour toute …"
        ) or (  # "… ob Sie kommen werden.Pressekontakt: …": a scraped page lost the space
            re.search(r"[^\W\d_]{2}[.!?]$", before) and match.group().rstrip().endswith((":", "："))
        ):
            return match.end()
    return None


def lead_in(text: str) -> tuple[int, str | None]:
    """Offset after a lead-in that opens ``text`` ("For interview requests in Geneva, contact")
    and the place it names, so a second contact given in a later sentence is read as one."""
    match = CONTACT_HEADING.match(fold_keep_length(text))
    if match is None or not _LINE_START.fullmatch(text[: match.start()]):
        return 0, None
    place = match.group("place")
    return match.end(), text[match.start("place") : match.end("place")] if place else None


def has_cue(text: str) -> bool:
    return bool(
        find_phone_spans(text) or find_email_spans(text) or has_email_label(text)
        or (has_phone_label(text) and re.search(r"\d", text))
    )


def opens_form(lines: list[str], index: int) -> bool:
    """A form's "Name: …" line with a number or address in the lines just below it."""
    form = labelled_field(lines[index])
    if form is None or form[0] is not Field.NAME or clean_name(form[1]) is None:
        return False
    return any(has_cue(line) for line in lines[index + 1 : index + 6])


def joined_lines(lines: list[str], block: Block) -> list[tuple[int, int, str]]:
    """The block's lines with an office name or an entry wrapped onto the next line put back
    together ("…de l'OMS pour" + "l'Afrique, Brazzaville", "Tel: +254 722" + "512 346, …"),
    as (first index, last index, text)."""
    joined: list[tuple[int, int, str]] = []
    index = block.start
    while index < block.end:
        cut = block.offset if index == block.start else 0
        text, last = lines[index], index
        while (
            last + 1 < block.end and labelled_field(lines[last + 1]) is None
            and (continues(text[cut:], lines[last + 1]) or wraps(lines[last], lines[last + 1]))
        ):
            last += 1
            text = f"{text.rstrip()} {lines[last].strip()}"
        if cut and last > index:  # a lead-in wrapped too: "For media enquiries, please" + "contact"
            offset = heading_at(text)
            cut = max(cut, offset or 0)
        joined.append((index, last, text[cut:]))
        index = last + 1
    return joined


def organisation_first(text: str) -> tuple[str | None, str]:
    """The organisation that leads an entry ("– Save the Children: Al-Amin bin Rashid, …") and
    the entry without it; (None, text) when the line has no such lead-in."""
    found = organisation_lead_in(text)
    if found is None:
        return None, text
    lead, rest = found
    segments = split_segments(rest)
    if not segments or clean_name(segments[0]) is None:
        return None, text
    if not re.search(r"[:：]\s", text[: len(text) - len(rest)]) and (
        clean_name(lead) is not None or not looks_like_office(lead)
    ):
        return None, text  # "Sara Lind / Press Officer": a slash after a name is no lead-in
    if (
        is_label_only(lead) or has_phone_label(lead) or has_email_label(lead)
        or has_role_word(lead) or heading_at(lead + ":") is not None
        or is_city(lead) or office_country(lead) == lead
    ):
        return None, text
    if city_country(lead) or _BARE_HEADING.match(fold_keep_length(lead)):
        return None, text
    return lead, rest


def number_before_name(text: str) -> bool:
    """A line that opens with a number and names its person after it ("+252 61 5123456 |
    Dr. Hassan Abdi Farah | …"): the number is that person's, not the one above's. A name
    after "or"/"ou" ("+509 …, jean-marc.delva@wfp.org, ou Tanya Birkbeck") is the next person:
    the number belongs to the entry the line above left open."""
    segments = split_segments(text)
    if len(segments) < 2 or not find_phone_spans(segments[0]) or remainder(segments[0]):
        return False
    return any(
        clean_name(segment) and not _CONJUNCTION_START.match(segment)
        for segment in segments[1:3]
    )


_CONJUNCTION_START = re.compile(r"^(?:or|and|ou|et|y|o|e|oder|und|или|и|أو|او)\s", re.IGNORECASE)


