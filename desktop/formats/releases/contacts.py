"""The media contacts of a release's lines: every block read, one person per name.

``blocks`` finds the blocks, ``block_reading`` reads the people in each, ``settling`` settles
their countries and numbers; this module holds the entry points the release parser calls.
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.domain.countries import country_from_name
from desktop.formats.releases.addresses import recheck_phone
from desktop.formats.releases.areas import is_region
from desktop.formats.releases.block_reading import read_block
from desktop.formats.releases.blocks import Block, find_blocks, header_entry, job_label
from desktop.formats.releases.entry_offices import (
    NAME_LINKS,
    has_detail,
    issuer_office,
    leading_organisation,
    name_line,
    no_office_text,
    organisation_heading,
    state_after_city,
)
from desktop.formats.releases.fields import (
    clean_name,
    has_email_label,
    has_job_word,
    has_org_word,
    has_role_word,
    is_acronym,
    is_label_only,
    looks_like_office,
    split_lower_job,
)
from desktop.formats.releases.layout import heading_at
from desktop.formats.releases.learned import found_by_model
from desktop.formats.releases.lexicon import BULLETS, JOB_LINE, fold_keep_length
from desktop.formats.releases.model import ExtractedPerson
from desktop.formats.releases.page_numbers import settle_page_numbers
from desktop.formats.releases.places import is_city
from desktop.formats.releases.regions import office_country
from desktop.formats.releases.settling import (
    email_country,
    page_domain_country,
    unique_emails,
    unique_phones,
)


def extract_contacts(
    lines: list[str], fallback_region: str | None = None, home_regions: tuple[str, ...] = ()
) -> tuple[list[ExtractedPerson], list[Block]]:
    """Media contacts from every block in ``lines``, and the blocks (so quotes can skip them).

    ``fallback_region`` (the country the release is about) reads national-format numbers of
    people whose office names no country and who give no +code; ``home_regions`` (the
    countries of the release's language) read them where only one of those countries fits.
    """
    blocks = find_blocks(lines)
    people: list[ExtractedPerson] = []
    kept: list[Block] = []
    for block in blocks:
        read = read_block(lines, block, fallback_region, home_regions)
        if block.pointed is not None and not any(
            person.name.casefold() == block.pointed.casefold() for person in read
        ):
            continue  # a lead-in in unknown words whose person did not come out: not a block
        whose = _lead_in_organisation(lines[block.start][block.offset:])
        if whose:
            read = [replace(p, office=whose) if p.office is None else p for p in read]
        read = [replace(p, title=_job_only(p.title)) if p.title else p for p in read]
        read = [_office_out_of_title(p) for p in read]
        read = [_without_beat_tail(lines, block, p) for p in read]
        read = [_whole_job_line(lines, block, p) for p in read]
        read = [_field_before_office(p) for p in read]
        read = [_job_line_segment(lines, block, p) for p in read]
        read = [_labelled_job(lines, block, p) for p in read]
        read = [replace(p, office=None) if _number_label_office(p) or (
            p.office and _not_an_office(lines, block, p)) else p for p in read]
        read = _section_offices(lines, block, read)
        read = leading_organisation(lines, block, read)
        read = issuer_office(lines, block, read)
        if block.spoken and len(read) == 1 and read[0].office is None:
            read = [replace(read[0], office=_spoken_office(lines[block.start][block.offset:],
                                                           read[0]))]
        home = fallback_region or (home_regions[0] if len(home_regions) == 1 else None)
        if home:  # an address alone, or an office that names no country: the release's own
            # country (LABELLING: an entry that says nothing of where), or the one country of
            # its language when the page names none ("Kulturministeriet", Danish, no place)
            read = [replace(p, country=home)
                    if p.country is None and not p.phones else p for p in read]
        read = [_address_domain_country(p, home_regions) for p in read]
        if fallback_region:
            read = [_at_address_country(p, fallback_region, lines) for p in read]
        else:  # no dateline and no country the page names: the addresses' domain
            read = [_national_numbers_at_domain(p, lines) for p in read]
        people.extend(read)
        kept.append(block)
    people = _without_outline_numbers(_merged(people))
    return settle_page_numbers(people, lines, fallback_region, home_regions), kept


# An outline's item number before a heading ("a2. ", "1.3 ", "II. "), not its name.
_OUTLINE_NUMBER = re.compile(
    r"^\s*(?:[a-zA-Z]?\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)\s+(?=[^\W\d_])"
)


def _without_beat_tail(lines: list[str], block: Block, person: ExtractedPerson
                       ) -> ExtractedPerson:
    """"Media Officer, schools and young people": the end of a beat line under the entry
    ("- Transport, schools and young people") joined to the job; the job alone is the title.
    A job cut by a comma on its own line ("Vice President, Corporate Communications") or
    broken over two lines keeps its field."""
    if not person.title or ", " not in person.title:
        return person
    head, tail = person.title.split(", ", 1)
    folded_head, folded_tail = fold_keep_length(head), fold_keep_length(tail)
    for index in range(block.start, block.end):
        line = fold_keep_length(lines[index])
        at = line.find(folded_tail)
        if at > 0 and folded_head not in line and "," in line[:at]:
            return replace(person, title=head)
    return person


def _whole_job_line(lines: list[str], block: Block, person: ExtractedPerson) -> ExtractedPerson:
    """The rest of the title's own line when it only says more of the job: a qualifier in
    brackets ("presschef (vikarierande)", "Director (acting)") or a second job after a comma
    ("vedoucí referátu …, tiskový mluvčí"), as one title (LABELLING: a job as written)."""
    if not person.title:
        return person
    for index in range(block.start, block.end):
        line = lines[index]
        at = line.find(person.title)
        if at < 0 or person.name in line[at:]:
            continue
        rest = line[at + len(person.title):]
        bracket = re.match(r"\s*(\([^\W\d_][^()\d@]{1,30}\))", rest)
        if bracket and bracket.group(1)[1:2].islower():
            return replace(person, title=person.title + " " + bracket.group(1))
        more = re.fullmatch(r",\s*([^,;:()\d@]{3,60}?)\s*", rest)
        if at == len(line) - len(line.lstrip()) and more and (
            has_job_word(more.group(1)) or JOB_LINE.match(fold_keep_length(more.group(1)))
        ) and (
            not has_detail(more.group(1)) and clean_name(more.group(1)) is None
            and (person.office is None or fold_keep_length(person.office)
                 != fold_keep_length(more.group(1)))
        ):
            return replace(person, title=f"{person.title}, {more.group(1)}")
        return person
    return person


# One word with a capital inside ("CommunityBanks", "PharmaCo"): a company's name, no job.
_CAMEL_CASE = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")


def _job_line_segment(lines: list[str], block: Block, person: ExtractedPerson
                      ) -> ExtractedPerson:
    """"Name, Media and Communications, name@…, (253) …": a segment of the name's own line
    that a job line's words fill ("Media and Communications", "Öffentlichkeitsarbeit") is the
    title when the entry gave none, as the same words on a line under the name are. A "title"
    of one word with a capital inside ("CommunityBanks") is the company's name: the office."""
    if person.title and not person.office and _CAMEL_CASE.fullmatch(person.title):
        return replace(person, title=None, office=person.title)  # "CommunityBanks"
    if person.title:
        return person
    at = name_line(lines, block, person.name)
    if at is None:
        return person
    line = lines[at]
    rest = line[line.find(person.name) + len(person.name):]
    for segment in re.split(r"[,;|]", rest):
        text = segment.strip(" .:-–—")
        if text and not has_detail(text) and JOB_LINE.match(fold_keep_length(text)) and (
            person.office is None or fold_keep_length(text) != fold_keep_length(person.office)
        ):
            return replace(person, title=text)
    return person


def _field_before_office(person: ExtractedPerson) -> ExtractedPerson:
    """"Name, communicatie raadsgriffie Rotterdam": the field the person works in, in lower
    case before the organisation, is their title and the rest the office (a job line's words:
    "communicatie", "Kommunikation", "public relations")."""
    if person.title or not person.office:
        return person
    words = person.office.split()
    for size in (3, 2, 1):
        if len(words) <= size or not words[0][:1].islower():
            continue
        head = " ".join(words[:size])
        rest = " ".join(words[size:])
        if JOB_LINE.match(fold_keep_length(head)) and any(w[:1].isupper() for w in words[size:]):
            return replace(person, title=head, office=rest)
    return person


def _not_an_office(lines: list[str], block: Block, person: ExtractedPerson) -> bool:
    """An address's label read as an office ("E-post", "Mail"), or a list of the topics a
    press officer covers, from a line written as one ("Levelling up, economy, skills and
    welfare", "International affairs, network centric information,"): items after the first
    in lower case, none an acronym alone, as an organisation with its unit ("Kanslia,
    Viestintäosasto", "service de …, DSPE") never is."""
    office = person.office or ""
    if is_label_only(office) or (has_email_label(office) and len(office.split()) == 1):
        return True
    if no_office_text(office) or state_after_city(lines, block, office):
        return True
    folded = fold_keep_length(office.split(",")[0].strip())
    line = next((lines[i] for i in range(block.start, block.end)
                 if folded in fold_keep_length(lines[i])), None)
    if line is None or fold_keep_length(person.name) in fold_keep_length(line):
        return False  # "Name, pressansvarig, Umeå universitet": the entry's own line
    items = [item.strip(" .;:") for item in re.split(r",", line.strip(BULLETS + "*-–— \t"))]
    items = [item for item in items if item]
    if len(items) < 2 or (len(items[0].split()) == 1 and has_org_word(items[0])) or (
        has_job_word(items[0])
    ):  # "Teknikförvaltningen, park- och trafikavdelningen"; "специалист …, страновой офис …"
        return False
    return any(
        item[:1].islower() and fold_keep_length(item.split()[0]) not in NAME_LINKS
        for item in items[1:]
    ) and not any(is_acronym(item) for item in items) and not any(
        has_detail(item) for item in items
    )


def _number_label_office(person: ExtractedPerson) -> bool:
    """"Office: FOR IMMEDIATE RELEASE June 7" from "… Office: (757) 555-0100 ext 2 …": the
    label named the office's number, and what follows the number is the next field, no office
    (a page run onto one line)."""
    label = re.match(r"^\s*([^\W\d_]+)\s*[:：]", person.office or "")
    return label is not None and re.search(
        rf"\b{re.escape(label.group(1))}\s*[:：]\s*[+(\d]", person.snippet
    ) is not None


def _labelled_job(lines: list[str], block: Block, person: ExtractedPerson) -> ExtractedPerson:
    """"Woordvoerder: Name, name@…": the job written as a label before the name on its line,
    when the entry gave no other job."""
    if person.title:
        return person
    at = name_line(lines, block, person.name)
    if at is None:
        return person
    line = lines[at]
    label = re.match(r"^\s*([^\W\d_][^:：\d@]{1,40}?)\s*[:：]\s*", line)
    if label is None or not line[label.end():].startswith(person.name):
        return _job_line_above(lines, block, person, at)
    job = label.group(1).strip()
    if not has_job_word(job) or clean_name(job) is not None or heading_at(job + ":") is not None:
        return person
    return replace(person, title=job)


def _job_line_above(lines: list[str], block: Block, person: ExtractedPerson, at: int
                    ) -> ExtractedPerson:
    """"Zastępca Dyrektora … – Rzecznik Prasowy:" alone on the line right over the name: the
    job written as a label over its holder, when the entry gave no other job."""
    if at <= 0 or at - 1 < block.start or not lines[at].strip().startswith(person.name):
        return person
    above = lines[at - 1].strip()
    if not above.endswith((":", "：")) or has_detail(above) or len(above.split()) > 12:
        return person
    job = above.rstrip(":： ").strip()
    if not has_job_word(job) or clean_name(job) is not None or heading_at(above) is not None or (
        job.isupper()  # "PRACOWNICY BIURA PRASOWEGO:": a section's heading over its staff
    ):
        return person
    return replace(person, title=job)


# "Assessoria de Comunicação – Cidasc": the job, a dash, the organisation's one-word name.
_DASH_ORG = re.compile(r"^(?P<job>.+?)\s+[–—-]\s+(?P<org>[A-ZÀ-Þ][^\s,;:()]+)$")
# "Coordinadora de Comunicación de la Maternidad": the job, then "of the" and one name; not
# German "der"/"des", as German capitalises every noun ("Koordinatorin der Kampagne").
_ARTICLE_ORG = re.compile(
    r"^(?P<job>.+?)\s+(?:de\s+la|del|de\s+l['’]\s*|du|of\s+the|do|da|della|dello)\s*"
    r"(?P<org>[A-ZÀ-Þ][^\s,;:()]+)$"
)


def _office_out_of_title(person: ExtractedPerson) -> ExtractedPerson:
    """A title that ends on the organisation's one-word name, after a dash or after "of the"
    ("… – Cidasc", "… de la Maternidad"), when the entry names no other office: the job is the
    title and the name the office (LABELLING: the title without organisation)."""
    if person.office or not person.title:
        return person
    for pattern in (_DASH_ORG, _ARTICLE_ORG):
        match = pattern.match(person.title.strip())
        if match is None:
            continue
        job, org = match.group("job").strip(" ,;:"), match.group("org").strip(" .")
        if pattern is _ARTICLE_ORG and not has_job_word(job):
            continue
        if has_role_word(org) or is_city(org) or country_from_name(org) is not None or (
            is_region(org) or clean_name(job) is not None or len(org) < 3
        ):
            continue
        return replace(person, title=job, office=org)
    return person


def _section_offices(lines: list[str], block: Block, people: list[ExtractedPerson]
                     ) -> list[ExtractedPerson]:
    """A list of entries in sections, each headed by its organisation alone on a line set off
    by blank lines ("Halifax Water" / "" / "Name" / number; "Fire Services" / "" / "Duty
    Officer" / number / "" / "Name" / number): every entry in a section that names no office
    works for the organisation heading it (LABELLING: an organisation leading the entries)."""
    taken = {fold_keep_length(value) for p in people for value in (p.name, p.office, p.title)
             if value}
    found: list[ExtractedPerson] = []
    for person in people:
        at = None if person.office else name_line(lines, block, person.name)
        heading = _section_heading(lines, block, at, taken) if at is not None else None
        found.append(replace(person, office=heading) if heading else person)
    return found


def _section_heading(lines: list[str], block: Block, at: int, taken: set[str]) -> str | None:
    """The organisation line heading the section the entry on line ``at`` belongs to."""
    for index in range(at - 1, max(block.start, at - 16) - 1, -1):
        text = lines[index][block.offset:] if index == block.start else lines[index]
        text = text.strip()
        if not text or has_detail(text) or has_job_word(text):
            continue  # the entries above it in the same section, and the blank lines
        above = next((lines[i].strip() for i in range(index - 1, block.start - 1, -1)
                      if lines[i].strip()), None)
        apart = not lines[index - 1].strip() if index > block.start else True
        if (
            apart and index + 1 < len(lines) and not lines[index + 1].strip()
            and (above is None or index == block.start or has_detail(above))
            and organisation_heading(text, taken)
        ):
            return text.strip(" ,;:.")
    return None


def _spoken_office(sentence: str, person: ExtractedPerson) -> str | None:
    """The office a sentence writes between the job and the name ("… til presserådgiver i
    Kulturministeriet Name, …", "… contact press officer at Riverwatch Name …"): the job as
    read, then a connector and the capitalised organisation right before the name."""
    if not person.title:
        return None
    start = sentence.find(person.title)
    end = sentence.find(person.name)
    if start < 0 or end <= start:
        return None
    between = sentence[start:end].strip(" ,;:")
    split = split_lower_job(between)
    if split is None or split[0] != person.title:
        return None
    return split[1]


def _address_domain_country(person: ExtractedPerson, home_regions: tuple[str, ...]
                            ) -> ExtractedPerson:
    """A contact reached only by address, in a release that says nowhere where it is from,
    written in a language of several countries ("…@bk.example-city.de" on a German page): the
    one of them the address's domain names is the issuer's (LABELLING: such an entry takes the
    country of the release's issuing organisation)."""
    if person.country is not None or person.phones or not person.emails:
        return person
    code = email_country(list(person.emails))
    return replace(person, country=code) if code in home_regions else person


def _at_address_country(person: ExtractedPerson, guessed: str, lines: list[str]
                        ) -> ExtractedPerson:
    """A contact the release's guessed country was given to (the country its story names most:
    "Presidente de Paraguay" in a Colombian release) whose numbers do not read there but read
    in the country of their work address's domain, or of the domain the page's addresses use
    ("…@cancilleria.gov.co"): that country, never a place the story happens to name."""
    if person.country != guessed or not person.phones or any(p.valid for p in person.phones):
        return person
    domain = email_country(list(person.emails)) or page_domain_country(lines) or (
        _public_domain_country(lines))
    if domain is None or domain == guessed:
        return person
    phones = tuple(recheck_phone(phone, domain) for phone in person.phones)
    if not all(phone.valid for phone in phones):
        return person
    return replace(person, country=domain, phones=phones)


def _national_numbers_at_domain(person: ExtractedPerson, lines: list[str]) -> ExtractedPerson:
    """A contact whose numbers are all written in national form ("061 643 25 30", "78 40 25
    01") on a page that names no country: read them in the country of their address's domain,
    else of the domain the page's addresses use ("…@riehen.ch", "www.kommune.no"), when every
    one is valid there; a guess from the page's language ("no" read as Danish) gives way."""
    if not person.phones or any(
        phone.as_written.lstrip("([ ").startswith(("+", "00")) for phone in person.phones
    ) or (person.office and office_country(person.office)):
        return person
    domain = email_country(list(person.emails)) or page_domain_country(lines) or (
        _public_domain_country(lines))
    if domain is None or (domain == person.country and all(p.valid for p in person.phones)):
        return person
    phones = tuple(recheck_phone(phone, domain) for phone in person.phones)
    if not all(phone.valid for phone in phones):
        return person
    return replace(person, country=domain, phones=phones)


# A public body's or national second-level domain ("cancilleria.gov.co", "ufrj.edu.br"): the
# country even where its code is also sold as a vanity domain (".co", ".me", ".tv").
_PUBLIC_DOMAIN = re.compile(
    r"[\w-]\.(?:gov|gob|gouv|govt|go|edu|ac|mil|org|com|net)\.([a-z]{2})\b", re.IGNORECASE
)


def _public_domain_country(lines: list[str]) -> str | None:
    codes = {match.group(1).upper() for line in lines for match in _PUBLIC_DOMAIN.finditer(line)}
    code = codes.pop() if len(codes) == 1 else None
    return "GB" if code == "UK" else code


# What a lead-in leaves on its line when it names whose contacts follow: "Contacts presse |du
# Secours populaire français", "Media contacts |at Riverside Trust", "Pressekontakt |der X".
_WHOSE = re.compile(
    r"^\s*(?:of|at|for|from|du|de\s+la|de\s+l['’]|des|de|d['’]|der|des|beim|bei\s+der|im|del|"
    r"de\s+los|de\s+las|da|do|dos|das|van\s+de|van\s+het|van)\s*(?P<org>[A-ZÀ-Þ][^\d@:;|]{1,80}?)"
    r"\s*[:：.]?\s*$"
)


def _lead_in_organisation(rest: str) -> str | None:
    """The organisation a block's lead-in names for everyone under it, when the rest of the
    lead-in's line is only that name (LABELLING: an organisation leading the entries is their
    office when an entry names none)."""
    match = _WHOSE.match(rest)
    if match is None:
        return None
    org = match.group("org").strip(" ,")
    if clean_name(org) is not None or is_city(org) or country_from_name(org) is not None:
        return None  # "Contacts presse de Paris", "… de Marie Dupont": a place or a person
    if not looks_like_office(org) and not _capitalised_name(org):
        return None
    return org


# "pressekreterare hos infrastrukturminister X": the job, then whom it is held with.
_HELD_WITH = re.compile(r"\s+(?:hos|ved|vid)\s+\S.*$", re.IGNORECASE)
# "Library Director at" (the address went to the next line): a connector left at the end.
_TRAILING_CONNECTOR = re.compile(
    r"\s+(?:at|of|for|to|with|à|chez|de|bei|beim|hos|i|en|para|por)\s*[:,]?$", re.IGNORECASE
)


def _job_only(title: str) -> str | None:
    """The job without whom it is held with or a connector its entry left dangling."""
    job = _TRAILING_CONNECTOR.sub("", _HELD_WITH.sub("", title)).strip(" ,;:")
    return job or title


def _capitalised_name(text: str) -> bool:
    """"Secours populaire français", "Riverside Trust": a name of a few words opened by a
    capital, no sentence."""
    words = text.split()
    return 1 <= len(words) <= 6 and words[0][:1].isupper()


def _merged(people: list[ExtractedPerson]) -> list[ExtractedPerson]:
    """One person per name: someone the page names twice ("sent via e-mail to Mrs X on: …",
    then "Mrs. X / Division / Tel.") is one contact with the details of both."""
    merged: dict[str, ExtractedPerson] = {}
    for person in people:
        key = person.name.casefold()
        first = merged.get(key)
        if first is None:
            merged[key] = person
            continue
        merged[key] = replace(
            first,
            title=first.title or person.title,
            office=first.office or person.office,
            country=first.country or person.country,
            phones=tuple(unique_phones([*first.phones, *person.phones])),
            emails=tuple(unique_emails([*first.emails, *person.emails])),
        )
    return list(merged.values())


def headed_contacts(lines: list[str], fallback_region: str | None = None,
                    home_regions: tuple[str, ...] = ()) -> list[ExtractedPerson]:
    """Media contacts above the story (a newswire's "Contact: A, …; B, …" before the headline,
    an advisory that opens with its contacts): only blocks a heading, a lead-in or a job written
    as a label ("Press officer: Jo B." over her number) opens, as the menus and banners up there
    carry numbers and addresses of no one."""
    people: list[ExtractedPerson] = []
    blocks = find_blocks(lines)
    for block in blocks:
        opening = lines[block.start]
        if heading_at(opening) is not None or job_label(opening) is not None or header_entry(
            lines, block
        ) or found_by_model(lines, block, blocks):
            # "Name/Name", "Headquarters, Washington", "202-555-0100/0101" over the release
            people.extend(_job_line_segment(lines, block, _whole_job_line(lines, block, person))
                          for person in read_block(lines, block, fallback_region, home_regions))
    return _without_outline_numbers(
        [replace(p, office=None) if p.office and no_office_text(p.office) else p for p in people]
    )


def _without_outline_numbers(people: list[ExtractedPerson]) -> list[ExtractedPerson]:
    """"a2. Press Office": an outline's item number is no part of the office's name."""
    return [replace(p, office=_OUTLINE_NUMBER.sub("", p.office)) if p.office else p
            for p in people]
