"""Offices of a block's entries read from the lines around them, and what is no office.

An organisation alone between a lead-in and the entries, the issuer a release names over its
contact block ("Herausgeber:", "Verantwortlich:"), and the text beside a name that names no
organisation (hours to call, a floor, a release label, a state's code, a run-on sentence).
``contacts`` applies these to each block's people.
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.domain.countries import country_from_name
from desktop.formats.releases.areas import is_region
from desktop.formats.releases.blocks import Block
from desktop.formats.releases.fields import (
    clean_name,
    find_email_spans,
    find_phone_spans,
    has_email_label,
    has_job_word,
    has_org_word,
    has_phone_label,
    has_role_word,
    is_label_only,
    opens_unit,
)
from desktop.formats.releases.layout import heading_at
from desktop.formats.releases.lexicon import DESK_LINE, fold_keep_length
from desktop.formats.releases.model import ExtractedPerson
from desktop.formats.releases.places import is_city

# Words that carry an organisation's name on past a comma ("Cabinet du ministre de
# l'Innovation, des Sciences et de l'Industrie"): that item is no topic.
NAME_LINKS = frozenset(["de", "des", "du", "d'", "d’", "la", "le", "les", "l'", "l’", "of", "the",
                         "and", "et", "y", "e", "und", "der", "van", "di", "del", "da", "do"])


def no_office_text(office: str) -> bool:
    """What an entry writes beside a person that names no organisation: the hours to call
    ("zwischen 7 und 23 Uhr MEZ", "9 a.m. to 5 p.m."), a release's kind label and date ("FOR
    IMMEDIATE RELEASE: Thursday"), a floor or room ("Rathaus, 9. OG", "Room 214"), or the
    story's next sentence run on (mostly lower-case words, as no organisation's name is)."""
    folded = fold_keep_length(office)
    if _HOURS.search(folded) or _RELEASE_LABEL.search(folded) or _FLOOR.search(folded):
        return True
    if re.fullmatch(r"\s*[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?\s*", office):
        return True  # "AZ 85008": a US state and ZIP code, the end of a postal address
    words = [w.strip(",;:.()'’\"") for w in office.split()]
    lower = [w for w in words if w[:1].islower() and fold_keep_length(w) not in NAME_LINKS
             and fold_keep_length(w) not in _LOWER_IN_NAMES]
    return len(words) >= 9 and len(lower) * 2 > len(words)


# Small words organisations' names carry in lower case beyond the links ("für", "pour").
_LOWER_IN_NAMES = frozenset(["fur", "pour", "para", "por", "per", "for", "to", "on", "in", "a",
                             "en", "och", "og", "i", "w", "z", "na", "al", "dei", "delle"])

# Hours to call: "7 und 23 Uhr", "9.00 Uhr", "9 a.m.", "8:30 – 17:00", "de 9h à 17h".
_HOURS = re.compile(
    r"\b\d{1,2}(?:[.:]\d{2})?\s*(?:uhr|a\.\s?m\b|p\.\s?m\b|am\b|pm\b|h\b|hs\b|horas\b|hrs?\b)|"
    r"\b\d{1,2}[.:]\d{2}\s*(?:-|–|—|to|a|à|bis|till?)\s*\d{1,2}[.:]\d{2}\b|"
    r"\b(?:zwischen|between|entre)\s+\d{1,2}\b"
)
_RELEASE_LABEL = re.compile(
    r"\b(?:for immediate release|immediate release|embargo(?:ed)?|sperrfrist|"
    r"pour diffusion immediate|para publicacion inmediata|para difusion inmediata)\b"
)
# A floor or room: "9. OG", "3rd floor", "Zimmer 901", "Room 214", "2e étage", "bureau 12".
_FLOOR = re.compile(
    r"\b\d{1,2}\.\s?(?:og|ug|eg|stock|etage)\b|\b\d{1,2}(?:st|nd|rd|th|e|er|eme)?\s+"
    r"(?:floor|etage|piso|verdieping|vaning|etasje|sal)\b|"
    r"\b(?:zimmer|raum|room|suite|salle|sala|kamer|rum|rom|despacho|bureau|buro)\s+[a-z]?\d"
)


def state_after_city(lines: list[str], block: Block, office: str) -> bool:
    """"Washington, DC" on the entry's line: the state's code after the city is where the
    person sits, not an organisation's acronym (nor with the label of the number under it,
    "OR Office")."""
    words = office.strip(" .").split()
    code = words[0] if words else ""
    if not re.fullmatch(r"[A-Z]{2}", code) or len(words) > 2 or (
        len(words) == 2 and not (has_phone_label(words[1]) or is_label_only(words[1]))
    ):
        return False
    pattern = re.compile(rf"[^\W\d_][^\W\d_ .'-]*(?:[ .'-][^\W\d_]+)*,\s*{code}\.?\s*$")
    return any(pattern.search(lines[i].strip()) for i in range(block.start, block.end))


def leading_organisation(lines: list[str], block: Block, people: list[ExtractedPerson]
                          ) -> list[ExtractedPerson]:
    """An organisation alone on the line between the block's lead-in and its first entry
    ("Para más información:" / "Agency-Name:" / entries; "wenden Sie sich an:" / "" / "Org" /
    "Abt. Kommunikation, Name"): the office of every entry under it that names none, with the
    unit the entry's own line writes before the name (LABELLING: an organisation leading the
    entries; an organisation line and its unit are one office joined with ", ")."""
    if not people or all(p.office for p in people) or block.offset == 0:
        return people
    at = [i for p in people if (i := name_line(lines, block, p.name)) is not None]
    if at and min(at) == block.start and len(people) == 1:
        return _organisation_after_lead_in(lines[block.start], block.offset, people)
    if not at or min(at) <= block.start:
        return people
    between = [i for i in range(block.start + 1, min(at)) if lines[i].strip()]
    if len(between) != 1:
        return people
    text = lines[between[0]].strip().rstrip(":：").strip()
    taken = {fold_keep_length(value) for p in people for value in (p.name, p.title) if value}
    if has_detail(text) or has_job_word(text) or clean_name(text) is not None or (
        not organisation_heading(text, taken) or _CLOSING.match(fold_keep_length(text))
    ):
        return people
    found: list[ExtractedPerson] = []
    for person in people:
        if person.office:
            found.append(person)
            continue
        line = lines[name_line(lines, block, person.name) or 0]
        unit = line[: line.find(person.name)].strip(" ,;:-–—")
        office = f"{text}, {unit}" if unit and _unit_before_name(unit) else text
        found.append(replace(person, office=office))
    return found


def _organisation_after_lead_in(line: str, offset: int, people: list[ExtractedPerson]
                                ) -> list[ExtractedPerson]:
    """"Contact presse Secours populaire français Karine Vauloup - 01 …": the organisation the
    lead-in's line names between the lead-in and the one person's name."""
    person = people[0]
    at = line.find(person.name, offset)
    text = line[offset:at].strip(" ,;:-–—|") if at > offset else ""
    text = re.sub(r"^(?:[^\W\d_A-ZÀ-Þ]\w*\s+){1,2}(?=[A-ZÀ-Þ])", "", text)  # "presse Secours …"
    words = text.split()
    if person.office or len(words) < 2 or text[:1].islower() or "." in text or (
        has_detail(text) or has_job_word(text) or clean_name(text) is not None
        or has_email_label(text) or has_phone_label(text)
        or fold_keep_length(words[-1]) in NAME_LINKS | _POINTING
        or not organisation_heading(text, {fold_keep_length(person.name)})
    ):
        return people  # "M. Name", "per Email an Name": no organisation
    return [replace(person, office=text)]


# Words that point to the person after them ("E-Mail an", "write to", "auprès de").
_POINTING = frozenset(["an", "a", "at", "to", "bei", "aupres", "con", "with", "avec", "pour"])


def issuer_office(lines: list[str], block: Block, people: list[ExtractedPerson]
                   ) -> list[ExtractedPerson]:
    """The organisation a release names as its issuer in or just above the contact block
    ("Verantwortlich: Terre des Hommes"; "Herausgeber:" / "Org e. V." / "Pressestelle" /
    street / postcode, then "Ansprechpartner:" / Name): the office of every entry under it
    that names none, its unit line joined with ", " (LABELLING: an organisation leading the
    entries; an organisation line and its unit on the next line are one office)."""
    if not people or all(p.office for p in people):
        return people
    office = None
    for index in range(max(0, block.start - 8), block.end):
        match = _ISSUER.match(fold_keep_length(lines[index]))
        if match is None:
            continue
        rest = lines[index][match.end():].strip(" :：")
        if rest and (clean_name(rest) is not None or has_detail(rest)):
            break  # "V.i.S.d.P.: Name": a person answers for it, no organisation
        parts = [rest] if rest else []
        for follow in lines[index + 1 : index + 3] if not rest else []:
            text = follow.strip()
            if not text or has_detail(text) or any(ch.isdigit() for ch in text) or (
                heading_at(text) is not None or clean_name(text) is not None
            ):
                break
            parts.append(text.strip(" ,;"))
        office = ", ".join(parts) if parts else None
        break
    if not office or len(office) > 90 or has_job_word(office.split(",")[0]):
        return people
    return [p if p.office else replace(p, office=office) for p in people]


# The label naming who issues a release or answers for it, folded, at a line's start.
_ISSUER = re.compile(
    r"^\s*(?:herausgeber(?:in)?|verantwortlich|v\.?\s?i\.?\s?s\.?\s?d\.?\s?p\.?|medieninhaber|"
    r"publisher|issued by|published by|editeur|editor responsable|emisor|utgivare|"
    r"ansvarig utgivare|uitgever|vydavatel|wydawca|editore|julkaisija|udgiver|utgiver)\s*[:：]"
)


def _unit_before_name(text: str) -> bool:
    """"Abt. Kommunikation", "Service de presse": a unit, not a job, label or lead-in."""
    return (
        1 <= len(text.split()) <= 5 and text[:1].isupper() and not has_detail(text)
        and not has_job_word(text) and heading_at(text) is None and not is_label_only(text)
        and (has_org_word(text) or opens_unit(text.split()[0].rstrip("."))
             or _UNIT_ABBREVIATION.match(text) is not None)
    )


# A letter's closing over its signature ("Mit freundlichen Grüßen", "Kind regards"), folded.
_CLOSING = re.compile(
    r"(?:mit (?:freundlichen|besten) grußen|mit freundlichen grussen|freundliche grusse|"
    r"(?:best|kind|warm)(?:est)? regards|regards|sincerely|yours|cordialement|bien a vous|"
    r"salutations|atentamente|saludos|un saludo|cordiales saludos|atenciosamente|"
    r"cordiali saluti|distinti saluti|met vriendelijke groet(?:en)?|vriendelijke groet|"
    r"med vanlig halsning|vanliga halsningar|(?:med )?vennlig hilsen|med venlig hilsen|"
    r"venlig hilsen|s pozdravem|z powazaniem|ystavallisin terveisin|с уважением|"
    r"cu stima|cu respect|udvozlettel|saygilarimla|srdacan pozdrav|s postovanjem)\b"
)


# A unit's word shortened ("Abt. Kommunikation", "Dept. of …", "Div. Presse").
_UNIT_ABBREVIATION = re.compile(r"(?:abt|dept|dpt|div|ref|serv|dir|sect)\.\s", re.IGNORECASE)


def name_line(lines: list[str], block: Block, name: str) -> int | None:
    folded = fold_keep_length(name)
    return next((i for i in range(block.start, block.end)
                 if folded in fold_keep_length(lines[i])), None)


def has_detail(text: str) -> bool:
    return bool(find_phone_spans(text) or find_email_spans(text))


def organisation_heading(text: str, taken: set[str]) -> bool:
    """A line naming an organisation on its own: a few capitalised words, no number, no job,
    no place alone, no contact heading, nobody's name or office in the block already."""
    words = text.split()
    return (
        1 <= len(words) <= 8 and text[:1].isupper() and not any(ch.isdigit() for ch in text)
        and not text.rstrip().endswith(":") and "@" not in text
        and fold_keep_length(text.strip(" ,;:.")) not in taken
        and heading_at(text) is None and DESK_LINE.match(fold_keep_length(text)) is None
        and not is_city(text) and country_from_name(text.strip(" .")) is None
        and not is_region(text) and not has_phone_label(text) and not has_role_word(text)
    )
