"""Reading one contact block into the people it names.

Each line is cut into segments (commas, pipes, parentheses, "or"/"ou"/"y" before a name) and
each segment is read as a name, title, office, phone or address; a new name starts a new person.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from itertools import pairwise

from desktop.domain.phones import PhoneKind, check_phone
from desktop.formats.releases.blocks import (
    ADDRESS_END,
    Block,
    cut_address_end,
    job_label,
    lower_job_before_name,
    lower_words_before_name,
    named_otherwise,
    sentence_people,
    spoken_people,
    spoken_text,
    table_row_name,
)
from desktop.formats.releases.entries import (
    labelled_field,
)
from desktop.formats.releases.fields import (
    POSTCODE_CITY,
    clean_name,
    find_email_spans,
    find_phone_spans,
    has_email_label,
    has_job_word,
    has_org_word,
    has_phone_label,
    has_role_word,
    is_label_only,
    is_postal_line,
    looks_like_office,
    strip_article,
)
from desktop.formats.releases.layout import (
    has_cue,
    heading_at,
    joined_lines,
    lead_in,
    number_before_name,
    organisation_first,
)
from desktop.formats.releases.lexicon import (
    AUDIENCE_LEAD,
    BULLETS,
    DESK_LINE,
    ISSUER_LINE,
    LOCATION_PREFIX,
    NOT_MEDIA,
    SWITCHBOARD,
    fold_keep_length,
)
from desktop.formats.releases.model import ExtractedPerson
from desktop.formats.releases.persons import (
    is_given_name,
    job_before_given_name,
    job_run_into_name,
    not_a_person,
    starts_with_given_name,
)
from desktop.formats.releases.reader import Draft, Reader, remainder, split_segments
from desktop.formats.releases.settling import email_country, finish_person

# A legal form that marks an organisation's own line ("Deutsche Stiftung (DS) e. V.").
_LEGAL_FORM = re.compile(
    r"(?:\b[eE]\.\s?[vV]\.|\b(?:gGmbH|GmbH|AG|Inc\.|Ltd\.?|S\.A\.|asbl)(?!\w))")


# "Dwayne B./Tabatha T." over "Headquarters, Washington" and "202-555-0100/0101": two people
# who share the office, the second reached at the extension after the slash.
_SLASH_NUMBER = re.compile(r"^(?P<first>[^/]*\d[^/]*)/(?P<second>\d{2,5})\s*$")


def read_block(lines: list[str], block: Block, fallback_region: str | None = None,
               home_regions: tuple[str, ...] = ()) -> list[ExtractedPerson]:
    """The people named in ``block``, each with the exact lines they were read from."""
    pair = _slash_pair(lines, block)
    if pair is None:
        read = _read_block(lines, block, fallback_region, home_regions)
        spoken = spoken_people(lines[block.start][block.offset:]) if (
            not read and not block.spoken and block.end == block.start + 1
        ) else []
        if spoken and not named_otherwise(lines, block.start, lines[block.start][
            block.offset + spoken[0].name_start:block.offset + spoken[0].name_end
        ]):  # "kontaktujte Name na tel: …": read as "Name, tel: …"
            read = _read_block(lines, replace(block, spoken=True), fallback_region,
                               home_regions)
        elif not block.spoken and block.end == block.start + 1 and len(read) < len(
            several := spoken_people(lines[block.start][block.offset:])
        ) and len(several) >= 2 and all(
            starts_with_given_name(lines[block.start][block.offset:][p.name_start:p.name_end])
            for p in several
        ):  # "contact A at 301-… or via e-mail at … or contact B at …":
            again = _read_block(lines, replace(block, spoken=True), fallback_region,
                                home_regions)  # each one named with their own details
            read = again if len(again) > len(read) else read
        return read
    people: list[ExtractedPerson] = []
    snippet = "\n".join(lines[block.start : block.end]).strip()  # the page's lines, as written
    (first, second), tail = pair
    people.extend(replace(person, snippet=snippet)
                  for person in _read_block(first, block, fallback_region, home_regions))
    for person in _read_block(second, block, fallback_region, home_regions):
        phones = person.phones
        if tail is not None:  # her own digits, kept as written and flagged: no guess made
            own = check_phone(tail[1], None, PhoneKind.OFFICE)
            phones = tuple(own if phone.as_written == tail[0] else phone for phone in phones)
        people.append(replace(person, snippet=snippet, phones=phones))
    return people


def _slash_pair(
    lines: list[str], block: Block
) -> tuple[tuple[list[str], list[str]], tuple[str, str] | None] | None:
    """A block that opens with two names joined by a slash, read as two copies of the block,
    one per person, and the digits after a number's slash ("202-555-0100/0101"), the second
    person's own, which are kept as written (LABELLING); None for any other block."""
    names = lines[block.start].strip().split("/")
    if block.offset or len(names) != 2 or not all(clean_name(name) for name in names):
        return None
    first, second = list(lines), list(lines)
    first[block.start], second[block.start] = names[0].strip(), names[1].strip()
    tail = None
    for index in range(block.start + 1, block.end):
        shared = _SLASH_NUMBER.match(lines[index])
        if shared:  # each copy reads the first number; the second person's digits come after
            first[index] = second[index] = shared["first"].strip()
            tail = first[index], shared["second"]
    return (first, second), tail


def _read_block(lines: list[str], block: Block, fallback_region: str | None = None,
                home_regions: tuple[str, ...] = ()) -> list[ExtractedPerson]:
    reader = Reader()
    closing = _closing_organisation(lines, block)
    heading_office: str | None = None
    heading_at_draft = 0
    heading_used = False
    served: set[int] = set()  # entries a press audience leads ("National Press : A (mail)")
    spaced = _double_spaced(lines, block)
    run_together = glued(lines, block)
    joined = _name_apart(lines, block, joined_lines(lines, block))
    if run_together:  # each person's fields on a line of their own again
        joined = [(index, last, piece) for index, last, text in joined
                  for piece in unglued(text)]
    for index, last, text in joined:
        if index == closing:
            continue
        text = _SYMBOL_BULLET.sub("", text.replace("\ufffd", " "))
        closed = _NAME_CLOSED.match(text)
        if closed and starts_with_given_name(closed.group("name")) and (
            closed.group("name").split()[-1].lower() not in ("jr", "sr")
        ):
            # "Name Surname. Områdeschef …", "Name Surname." over the job: a full stop after
            # the name parts it from the job, it ends no sentence
            text = closed.group("name") + (", " if text[closed.end():].strip() else "") + (
                text[closed.end():]
            )
        text = _lower_job_after_name(_job_after_name(text))
        if block.described and index == block.start and block.pointed:
            text = _name_and_short_job(text, block.pointed)
        if block.rows and (row := table_row_name(text)) is not None:
            text = text[row:]  # "Brno Name Surname name@… 736 …": the diocese is no office
        if index > block.start and cut_address_end(lines, index):
            text = ADDRESS_END.sub("", text)  # "…@heart." / "org Name, …": the domain's end
        if not text.strip():
            if heading_used:
                heading_office = None  # the organisation's run of entries has ended
            if reader.current is not None and reader.current.reachable and not spaced and not (
                _spaced(reader.current)
            ):
                reader.current = None
            continue
        if (SWITCHBOARD.search(text) or ISSUER_LINE.match(text)) and index != block.start:
            continue
        if is_postal_line(text):
            continue
        current = reader.current
        named_above = (  # "Shane Gerard" then "Strategic Communications": his unit, not a desk
            current is not None and current.name is not None and not current.reachable
            and current.lines[-1] == index - 1
        )
        repeated = (  # "OSCE Secretariat" again under her complete entry: the switchboard's
            current is not None and current.reachable and current.name is not None
            and any(_bare(lines[i]) == _bare(text) for i in current.lines if i != index)
            and clean_name(_bare(text)) is None
        )
        bracketed = re.match(r"\s*\(([^()]{3,80})\)\s*(?=$|(?:ou|or|o|oder|y|et|and)\s)", text)
        if (
            bracketed and current is not None and current.name and current.reachable
            and not current.office and current.lines[-1] == index - 1
            and not has_cue(bracketed.group(1)) and clean_name(bracketed.group(1)) is None
            and bracketed.group(1)[:1].isupper() and len(bracketed.group(1).split()) <= 8
        ):  # "Name | 01 40 … | mail" then "(Agency Communications)": whom she works for
            current.office = bracketed.group(1).strip()
            text = text[bracketed.end():]  # "… ou Géraldine B. | 02 …": the next person
            if not text.strip():
                continue
        if repeated:
            reader.current = None
            reader.start(index, None).desk = True
            continue
        if DESK_LINE.match(fold_keep_length(text)) and not has_job_word(text) and not named_above:
            # "Media Relations", "FDFA Communication": a desk's entry follows, not a person
            reader.current = None
            reader.start(index, None).desk = True
            continue
        if _office_under_name(lines, block, index, current, text):
            assert current is not None
            current.office = text.strip()
            current.lines.append(index)
            continue
        if _job_under_name(lines, block, index, current, text):
            assert current is not None
            if looks_like_office(text.strip()) or has_org_word(text) or _named_elsewhere(
                lines, block, index, text
            ):
                current.office = text.strip(" ,;:.")
            else:
                current.title = text.strip(" ,;:.")
            current.lines.append(index)
            continue
        labelled_job = job_label(text)
        if labelled_job is not None:  # "Attachée de presse : Camille F.": her job, then her
            reader.current = None
            reader.segment(labelled_job[1], index, True)
            if reader.current is not None:
                reader.current.title = reader.current.title or labelled_job[0]
            continue
        form = labelled_field(text)
        if form is not None:
            reader.field(*form, index)
            continue
        location = None
        if index == block.start:
            _, location = lead_in(lines[index])
        prefix = LOCATION_PREFIX.match(text)
        if prefix and _is_place(prefix.group(1), prefix.group(2), text[prefix.end():]):
            location = prefix.group(1).strip()
            text = text[prefix.end():]
        audience = AUDIENCE_LEAD.match(text)
        if audience:  # "Media: Jennifer …" / "Investors: Marcus Feld …"
            text = text[audience.end():]
            reader.current = None
        if _organisation_heading(text):  # "Ministerium für Bildung, Jugend und Sport:"
            reader.current = None
            heading_office = strip_article(text.strip().rstrip(":：").strip())
            heading_at_draft = len(reader.drafts)
            heading_used = False
            continue
        continued = re.match(r"^\s*(?:\.{2,}|…)\s*", text)
        if continued and ":" in text:  # "Ansprechpartner …" then "... in der Pressestelle X: A"
            text = _LEAD_PREPOSITION.sub("", text[continued.end():])
        text = _cut_story(text)
        if block.spoken and index == block.start:
            text = spoken_text(text)
        elif block.pointed is not None and index == block.start:
            text = _name_before_job(text)
        lead, text = organisation_first(text)
        if (
            index != block.start and reader.current is not None
            and (reader.current.reachable or _prose_before_cue(text))
            and index not in reader.current.lines and _opens_unnamed_line(text)
        ) or number_before_name(text):
            reader.current = None
            reader.start(index, None)
        before = len(reader.drafts)
        for number, sentence in enumerate(_sentences(text)):
            if number and not _continues_person(sentence):
                reader.current = None
            skip, place = lead_in(sentence) if number else (0, None)
            if place:
                _locate(reader, before, location)
                before, location = len(reader.drafts), place
            segments = _number_then_name(split_segments(sentence[skip:]))
            reader.line_parts = len(segments)
            leading = _leading_offices(sentence[skip:], segments)
            led: list[tuple[Draft, str]] = []
            for position, segment in enumerate(segments):
                if _FAX_LETTER.match(segment):
                    continue  # "w. 907… | f. 907… | c. 907…": the signature's fax
                if position in leading:
                    office = leading[position]
                    if office is None:
                        continue  # part of the organisation that leads the next entry
                    reader.current = None
                    reader.segment(segment, index, True)
                    if reader.current is not None:
                        led.append((reader.current, office))
                    continue
                label, colon, rest = segment.partition(":")
                if position and colon and _desk_label(label):
                    # "…; Relations avec les médias: Sécurité publique Canada, 613-…": a desk
                    # entry after a person's, whose numbers are not that person's
                    reader.current = None
                    reader.start(index, None).desk = True
                    segment = rest
                    if not segment.strip():
                        continue
                reader.segment(segment, index, position == 0)
            for draft, office in led:
                draft.office = draft.office or office
        _locate(reader, before, location)
        if lead and len(reader.drafts) > before:
            reader.drafts[before].lead_office = _lead_office(lead)
        if heading_office and len(reader.drafts) > heading_at_draft:
            # the organisation heads the entries under it, up to a blank line or the next one
            for draft in reader.drafts[heading_at_draft:]:
                draft.lead_office = draft.lead_office or heading_office
            heading_at_draft = len(reader.drafts)
            heading_used = True
        if audience and (NOT_MEDIA.search(audience.group("who")) or _ANALYSTS.search(
            audience.group("who")
        )):  # "Investors: …", "Analysts: Name, 915-…": not the press's contacts
            for draft in reader.drafts[before:]:
                draft.for_investors = True
        elif audience:
            served.update(id(draft) for draft in reader.drafts[before:])
        if last != index and reader.current is not None:
            reader.current.lines.append(last)
    _name_over_its_entry(reader)
    for earlier, later in pairwise(reader.drafts):
        if (  # "André Städler und Peter Lohmann, Telefon …": both reached on that number
            earlier.name and not earlier.reachable and not earlier.title and not earlier.office
            and later.reachable and later.name and earlier.lines and later.lines
            and earlier.lines[-1] == later.lines[0] and later.partner is None
        ):
            later.partner = earlier  # read below: the earlier one shares the later one's details
            later.lead_office = later.lead_office or earlier.lead_office
        elif (  # "Name, job" / "Name, job" / "Telefon: …" / "E-Mail: …": the numbers under
            # a list of people, one a line, are theirs together
            earlier.name and later.name and not earlier.reachable and earlier.title
            and later.title and later.reachable and later.partner is None
            and earlier.lines[-1] + 1 == later.lines[0]
            and min(later.lines) == later.lines[0] and len(set(later.lines)) > 1
            and not find_phone_spans(lines[later.lines[0]])
            and not find_email_spans(lines[later.lines[0]])
            and fold_keep_length(later.name) not in fold_keep_length(earlier.name)
        ):  # ("Bild von Name" over "Name": a caption, not a colleague)
            later.partner = earlier
    for draft in reversed(reader.drafts):
        partner = draft.partner
        if partner is not None and not partner.reachable and draft.reachable:
            partner.phone_segments = list(draft.phone_segments)
            partner.emails = list(draft.emails)
            partner.title = partner.title or draft.title
            partner.office = partner.office or draft.office
            partner.lines = sorted(set(partner.lines + draft.lines))
    faxed = re.search(r"\bfax\b[^;:]{0,24}$", lines[block.start][: block.offset], re.IGNORECASE)
    if faxed and reader.drafts and reader.drafts[0].phone_segments and not has_phone_label(
        reader.drafts[0].phone_segments[0]
    ):  # "return it by fax to Ms. X at +43 …": that first number is her fax
        reader.drafts[0].phone_segments.pop(0)
    if closing is not None:  # the organisation every person above works for
        for draft in reader.drafts:
            if not (draft.office or draft.lead_office):
                draft.office = lines[closing].strip(" ,;:")
    for draft in reader.drafts:
        _signature_fields(draft, lines, block)
        _name_run_into_job(draft)
    for draft in reader.drafts:
        above = next((lines[i] for i in range(min(draft.lines) - 1, block.start - 1, -1)
                      if lines[i].strip()), "") if draft.lines else ""
        if id(draft) not in served and draft.lines and (
            _investor_heading(above) or _FOR_INVESTORS.search(lines[min(draft.lines)])
        ):  # "INVESTOR CONTACT:" over the entry, "Name (Investors)": for the market, not
            draft.for_investors = True  # the press
    kept = [draft for draft in reader.drafts
            if _keep(draft) and not _over_address(draft, lines) and not _held_with(draft, lines)]
    people = [finish_person(draft, lines, fallback_region, home_regions) for draft in kept]
    settled: Counter[str] = Counter()
    for person in people:  # weighed by the numbers each one's country reads as valid
        if person.country:
            settled[person.country] += 1 + sum(phone.valid for phone in person.phones)
    if len(people) > 1 and settled:
        # One press office's block: a colleague whose entry says nothing of where shares the
        # country the others' numbers settled ("Tel: (02 28) 2288 – 128" under a Bonn mobile).
        shared = settled.most_common(1)[0][0]
        people = [
            finish_person(draft, lines, fallback_region, home_regions, shared)
            if person.country != shared and draft.phone_segments else person
            for draft, person in zip(kept, people, strict=True)
        ]
    people = [  # "National Press : A (mail)": an address alone, at the issuing body
        replace(person, country=email_country(draft.emails) or fallback_region)
        if id(draft) in served and person.country is None and not person.phones
        and not person.office else person
        for draft, person in zip(kept, people, strict=True)
    ]
    if block.pointed is not None:  # "statssekretær A, telefon …": the job written before
        jobs = _sentence_jobs(lines[block.start][block.offset:])
        people = [
            replace(person, title=jobs[person.name]) if person.title is None
            and jobs.get(person.name) else person for person in people
        ]
    line = lines[block.start]
    job = _job_before(line[: block.offset]) if block.offset else None
    head = re.search(r"(\S+)\s+$", line[: block.offset]) if block.offset else None
    if job is None and head and job_before_given_name(line[head.start(1):]) == (
        block.offset - head.start(1)
    ):  # "Lisätietoja: Tiedotuspäällikkö Name, p. …": the compound job before the name
        job = head.group(1)
    if block.spoken and (found := spoken_people(line)):  # "O assessor de imprensa Name …"
        job = _spoken_job(line[block.offset:found[0].name_start])
    if job and len(people) == 1 and people[0].title is None:  # "Контакты: начальник … Анна"
        people[0] = replace(people[0], title=job)
    return people


_ANALYSTS = re.compile(r"\banalysts?\b", re.IGNORECASE)
# "Name (Investors)", "Name (Investor Relations)": whom an entry serves, in brackets.
_FOR_INVESTORS = re.compile(r"\((?:investors?|investor\s+relations|analysts?)\)", re.IGNORECASE)


def _investor_heading(line: str) -> bool:
    """A heading alone that names investors or analysts ("INVESTOR CONTACT:", "Investor
    Relations"): the entries under it are theirs, not the press's."""
    text = line.strip(" |:：\t")
    return 1 <= len(text.split()) <= 4 and bool(
        NOT_MEDIA.search(text) or _ANALYSTS.search(text)
    ) and not re.search(r"media|press|presse|prensa", text, re.IGNORECASE)


# Where a scraped page ran two fields together with nothing between: digits then a capitalised
# word ("…22 009Kaja.H…"), an address's domain then a capital ("…@npaid.orgGry"). Either one
# shows the block was glued; then also a word of five letters or more running into a capitalised
# one ("Kaja HaldorsenSeksjonsleder"; not "McDonald", "DeVries", "FitzGerald", "LinkedIn").
_GLUED = re.compile(
    r"(?<=\d)(?=[A-ZÀ-Þ][a-zß-ÿ]{2})|(@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,4})(?=[A-ZÀ-Þ])"
)
_GLUED_WORD = re.compile(r"(?<=[^\W\d_][a-zß-ÿ]{4})(?=[A-ZÀ-Þ][a-zß-ÿ]{2})")


# A PDF's symbol-font bullet turned into a letter ("l Marie-Laure L. : 01 …", "n Name"), and a
# lost no-break space turned into U+FFFD between words and digits ("Name\ufffdSurname",
# "01\ufffd44\ufffd43"), as PDF-to-text pages keep them.
_SYMBOL_BULLET = re.compile(r"^\s*[lnqvüØ§]\s+(?=[A-ZÀ-Þ][a-zß-ÿ])")


def glued(lines: list[str], block: Block) -> bool:
    """Whether the block's lines show fields run together (``_GLUED``)."""
    return any(_GLUED.search(lines[index]) for index in range(block.start, block.end))


def unglued(text: str) -> list[str]:
    """``text`` with " | " put back between the fields a scraped page ran together, cut before
    a name that follows a number or an address (the next entry starts there)."""
    fields = _GLUED_WORD.sub(" | ", _GLUED.sub(lambda m: f"{m.group(1) or ''} | ", text))
    pieces: list[str] = []
    for field in fields.split(" | "):
        if pieces and clean_name(field.strip()) is not None and not has_cue(field) and has_cue(
            pieces[-1]
        ):  # a name after someone's number or address starts the next entry
            pieces.append(field)
        elif pieces:
            pieces[-1] += " | " + field
        else:
            pieces.append(field)
    return pieces


# A story sentence run on after a contact's number on a scraped one-line page: a capital, then
# eleven words with no address or separator a contact entry would use.
_STORY_AFTER = re.compile(r"\s+(?=[A-Z][a-z]+(?:\s+[^\s@;|/]+){11})")


def _cut_story(text: str) -> str:
    """``text`` up to the story that a scraped page ran on after the last number or address
    ("Contact: Barb M., 360-565-3005 The National Park Service is turning …")."""
    if len(text.split()) < 25:
        return text
    spans = find_phone_spans(text) + find_email_spans(text)
    for start, end in sorted(spans):
        story = _STORY_AFTER.match(text, end)
        if story and not any(other >= end for other, _ in spans if other != start):
            return text[:end]
    return text


# A one-letter fax label in a signature ("f. 907.228.6292", "F: +44 …").
_FAX_LETTER = re.compile(r"^\s*[fF]\s*[.:]\s*(?=[+(\d])")


def _leading_offices(text: str, segments: list[str]) -> dict[int, str | None]:
    """Organisations written before each person of a one-line run ("Pressekontakt:
    Emschergenossenschaft, Abteilung Kommunikation, Patricia B., Telefon: …; RVR, Pressestelle,
    Martina K., Telefon: …"): by segment position, None for an office's own segments and the
    office (its parts joined with ", ") at the name that follows them."""
    if ";" not in text:
        return {}
    found: dict[int, str | None] = {}
    start = 0
    for position, segment in enumerate(segments):
        if clean_name(segment) is None:
            continue
        run = segments[start:position]
        after = segments[position + 1 : position + 4]
        if 1 <= len(run) <= 3 and all(_office_part(part) for part in run) and (
            has_org_word(run[0]) or len(run[0].split()) == 1
        ) and any(has_cue(part) for part in after):
            found.update(dict.fromkeys(range(start, position)))
            found[position] = ", ".join(part.strip(" ,;:") for part in run)
        start = next(
            (i + 1 for i in range(position, len(segments)) if segments[i].rstrip().endswith(";")
             or _ends_entry(text, segments, i)), position + 1)
    return found


def _ends_entry(text: str, segments: list[str], index: int) -> bool:
    """Whether a semicolon follows segment ``index`` in ``text`` (the segments lost it)."""
    segment = segments[index].strip()
    at = text.find(segment)
    return at >= 0 and text[at + len(segment):].lstrip().startswith(";")


def _office_part(text: str) -> bool:
    """A short capitalised segment with no number, address, label or job: an organisation
    or one of its units."""
    stripped = text.strip(" ,;:")
    return (
        bool(stripped) and stripped[:1].isupper() and len(stripped.split()) <= 6
        and not has_cue(stripped) and not is_label_only(stripped)
        and not has_phone_label(stripped) and not has_email_label(stripped)
        and not has_job_word(stripped) and clean_name(stripped) is None
    )


def _number_then_name(segments: list[str]) -> list[str]:
    """Cut a segment where a number or an address runs straight into the next person's name,
    as one-line runs write them ("…, 928-527-8290 Brady Smith, Forest Public Affairs Officer")."""
    cut: list[str] = []
    for segment in segments:
        spans = sorted(find_phone_spans(segment) + find_email_spans(segment))
        end = spans[-1][1] if spans else 0
        rest = segment[end:].strip()
        if spans and spans[0][0] == len(segment) - len(segment.lstrip()) and rest and (
            clean_name(rest) is not None
        ):
            cut.extend([segment[:end], rest])
        else:
            cut.append(segment)
    return cut


_STREET_AND_NUMBER = re.compile(
    r"^\s*[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,2}\s+\d{1,4}[a-z]?\s*$"
)


def _over_address(draft: Draft, lines: list[str]) -> bool:
    """"Odense Rådhus" over "Flakhaven 2" and "5000 Odense": a name with a street and number,
    then a postcode and town, right under it heads a building's or organisation's address, in
    any language, not a person's entry."""
    if draft.name is None or draft.title or not draft.lines:
        return False
    named = [i for i in sorted(draft.lines) if draft.name in lines[i]]
    if not named:
        return False
    first = named[0]
    below = [line for line in lines[first + 1:first + 5] if line.strip()][:2]
    return len(below) == 2 and bool(_STREET_AND_NUMBER.match(below[0])) and bool(
        POSTCODE_CITY.match(below[1].strip(" ,;."))
    )


def _name_apart(
    lines: list[str], block: Block, joined: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """A name alone on its line ("Dr. Hans Müller") that the job written in lower case on the
    next line ("pressesprecher", "tisková mluvčí") was joined to as a wrapped line: the name is
    read on its own line, the job on the next, as in any vertical block."""
    parts: list[tuple[int, int, str]] = []
    for index, last, text in joined:
        head = lines[index].strip()
        if (
            last > index and not (index == block.start and block.offset)
            and 2 <= len(head.split()) <= 5 and not has_cue(head) and clean_name(head) is not None
            and _lower_case_job(lines[index + 1])
        ):
            parts.append((index, index, lines[index]))
            rest = " ".join(line.strip() for line in lines[index + 1:last + 1])
            parts.append((index + 1, last, rest))
            continue
        parts.append((index, last, text))
    return parts


def _lower_case_job(line: str) -> bool:
    """"pressesprecher", "tisková mluvčí": one to four words, all in lower case, no number
    ("en la Oficina de la OIM …" names an office and stays joined)."""
    words = line.split()
    return 1 <= len(words) <= 4 and all(
        word[:1].islower() and not any(ch.isdigit() for ch in word) for word in words
    )


def _sentence_jobs(text: str) -> dict[str, str]:
    """The lower-case job written before each name of a contact sentence, by name."""
    jobs = {}
    for person in sentence_people(text):
        name = clean_name(text[person.name_start:person.name_end])
        job = text[person.job_start:person.name_start].strip()
        if name and job:
            jobs[name] = job
    return jobs


def _name_before_job(text: str) -> str:
    """"statssekretær A, telefon …, e-post … og rådgivar B, telefon …" rewritten as "A,
    statssekretær, telefon …, e-post …. B, rådgivar, telefon …": each person's sentence of
    their own, the job after the name, as entries are read; the short word joining two people
    ("og", "och", "en") is dropped."""
    people = sentence_people(text)
    for person in reversed(people):
        job = text[person.job_start:person.name_start].strip()
        name = text[person.name_start:person.name_end]
        head = text[:person.job_start]
        joined = re.search(r"(?:^|\s)[^\W\d_]{1,4}\s*$", head)
        if joined and (find_phone_spans(head) or find_email_spans(head)):
            head = head[:joined.start()].rstrip(" ,;") + ". "
        text = head + name + (f", {job}" if job else "") + text[person.name_end:]
    return text


def _bare(line: str) -> str:
    """A line without its bullet and spacing, to tell a line written twice."""
    return line.strip().lstrip(BULLETS + "*-–— ").strip()


def _job_before(text: str) -> str | None:
    """The lower-case job just before an inline block's name ("…: начальник пресс-центра ")."""
    tail = re.search(r"[:：]\s*((?:[^\W\d_][\w-]*\s+){1,3})$", text)
    if tail is None or (
        lower_job_before_name(tail.group(1) + "X") == 0
        and lower_words_before_name(tail.group(1) + "X Y") == 0
    ):
        return None
    return tail.group(1).strip()


def _office_under_name(
    lines: list[str], block: Block, index: int, current: Draft | None, text: str
) -> bool:
    """A line shaped like a name right under a person's name (or job) who has no number yet,
    with a line that is neither a name nor a number after it: their organisation, not a second
    person ("Name" / "Europäische Südsternwarte" / "Garching" / "Tel: …", "Name" / "Manager of
    …" / "Emergency Services" / "City of …" / number)."""
    if current is None or current.name is None or current.reachable or current.office or (
        current.lead_office
    ) or not current.lines or current.lines[-1] != index - 1 or has_cue(text) or (
        clean_name(text.strip()) is None
    ):
        return False
    if fold_keep_length(text.strip()) in fold_keep_length(current.name):
        return False  # "Bild von Name" then "Name": the person's own line
    if not_a_person(text.strip()) and starts_with_given_name(current.name):
        return True  # "Name" / "Riverside Chamber Orchestra" / number: whom she works for
    after = next((lines[i] for i in range(index + 1, block.end) if lines[i].strip()), "")
    return bool(after.strip()) and not has_cue(after) and not _name_line_text(after)


def _name_and_short_job(text: str, name: str) -> str:
    """"Name, kriminolog, forskar om …" read as "Name, kriminolog": the paragraph about the
    person goes, a short lower-case job right after the name stays."""
    at = text.find(name)
    rest = text[at + len(name):] if at >= 0 else ""
    job = re.match(r"\s*,\s*([^,.;:]+?)\s*(?:,|$)", rest)
    if job and len(job.group(1).split()) <= 8 and job.group(1)[:1].islower():
        return f"{name}, {job.group(1)}"
    return name


_NAME_THEN_LOWER = re.compile(
    r"^\s*(?P<name>(?:[A-ZÀ-Þ][\w'’-]+\s+){1,3}?[A-ZÀ-Þ][\w'’-]+)\s+"
    r"(?P<job>[a-zß-ÿ][\w'’-]*(?:\s+[a-zß-ÿ][\w'’-]*){0,3})\s*$"
)


def _lower_job_after_name(text: str) -> str:
    """"Name Surname presskommunikatör" on a line of its own, with no comma: the name (by a
    known given name) and the job in lower case after it, rewritten "Name Surname,
    presskommunikatör" as entries are read, in any language."""
    match = _NAME_THEN_LOWER.match(text)
    if match is None or clean_name(text) is not None:
        return text
    name = clean_name(match.group("name"))
    if name is None or name != match.group("name").strip() or not starts_with_given_name(name):
        return text
    return f"{name}, {match.group('job')}"


def _job_after_name(text: str) -> str:
    """"Kommunikationskonsulent Name Surname, tlf. …" with a compound job no list knows (no
    name reads from its first word): rewritten "Name Surname, Kommunikationskonsulent, tlf. …",
    the name first, as entries are read."""
    at = job_before_given_name(text.lstrip())
    if not at:
        return text
    text = text.lstrip()
    segments = split_segments(text)
    if not segments or clean_name(segments[0]) is not None:
        return text
    rest = split_segments(text[at:])
    if not rest or clean_name(rest[0]) is None:
        return text
    name_end = text.find(rest[0], at) + len(rest[0])
    return f"{text[at:name_end]}, {text[:at].strip()}{text[name_end:]}"


def _named_elsewhere(lines: list[str], block: Block, index: int, text: str) -> bool:
    """Whether the words of a line in a block recur in the page around it or in the block's
    addresses ("Acme Robotics" in the story and in "…@acmerobotics…"): the organisation's name,
    as a person's job is seldom written twice."""
    folded = fold_keep_length(text.strip())
    if any(folded in fold_keep_length(line) for i, line in enumerate(lines)
           if not block.start <= i < block.end):
        return True
    first = re.sub(r"\W", "", folded.split()[0]) if folded.split() else ""
    return len(first) >= 4 and any(
        first in address.split("@")[-1]
        for i in range(block.start, block.end)
        for address in re.findall(r"\S+@\S+", fold_keep_length(lines[i]))
    )


def _job_under_name(
    lines: list[str], block: Block, index: int, current: Draft | None, text: str
) -> bool:
    """A capitalised line in words no list knows right under a person named by a known given
    name (or the one an unknown lead-in points to), with their number or address on the next
    line ("Name Surname" / "Kepala Bagian Humas" / "Telp. …"): it has a name's shape, but it is
    that person's job or unit, not a second person with no given name of their own."""
    if current is None or current.name is None or current.reachable or current.title or (
        current.office or current.lead_office
    ) or not current.lines or current.lines[-1] != index - 1 or has_cue(text):
        return False
    words = text.split()
    pointed = block.pointed is not None and index == current.lines[0] + 1 and (
        fold_keep_length(block.pointed) == fold_keep_length(current.name)
    )  # the lead-in points to the name over it ("Për më shumë informacion:" / "Name" / job)
    if not 2 <= len(words) <= 6 or clean_name(text.strip()) is None or any(
        is_given_name(word) for word in words
    ) or not (starts_with_given_name(current.name) or pointed):
        return False
    if fold_keep_length(text.strip()) in fold_keep_length(current.name):
        return False
    after = next((lines[i] for i in range(index + 1, block.end) if lines[i].strip()), "")
    return has_cue(after)


def _name_line_text(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 5 and clean_name(text.strip()) is not None


# "…, pressekreterare hos Trafikverkets generaldirektör |Name": whom a job is held with, then
# that person's job, right before the name.
_HELD_WITH_BEFORE = re.compile(
    r"\b(?:hos|ved|vid|to|for)\s+(?:[^\W\d_][\w’'-]*\s+){0,2}[a-zß-ÿ][\w’'-]{3,}\s+$"
)


def _held_with(draft: Draft, lines: list[str]) -> bool:
    """A person named after another's job held with them ("Name, press secretary to the
    director general Other, 070-…"): the one the press officer works for, no contact."""
    if draft.name is None or draft.partner is None or not draft.partner.title:
        return False
    line = lines[draft.lines[0]]
    at = line.find(draft.name)
    return at > 0 and _HELD_WITH_BEFORE.search(line[:at]) is not None


def _name_over_its_entry(reader: Reader) -> None:
    """"Name" / blank / "Presskontakt Pressansvarig Kontoret, Press- och mediakontakter 08 …":
    a name alone, then after one blank line an entry with no name of its own (its job, office
    and number): one person's."""
    merged: list[Draft] = []
    for draft in reader.drafts:
        above = merged[-1] if merged else None
        if draft.name is None and draft.title and not draft.office:
            _name_after_job(draft)
        if (
            above is not None and above.name and not above.reachable
            and not (above.title and draft.title) and not above.office
            and above.partner is None and draft.name is None
            and draft.reachable and not draft.desk and draft.partner is None
            and 0 < draft.lines[0] - above.lines[-1] <= 2
        ):
            above.title = above.title or draft.title
            above.office = above.office or draft.office
            above.office_line = draft.office_line
            above.phone_segments = list(draft.phone_segments)
            above.emails = list(draft.emails)
            above.lines = sorted(set(above.lines + draft.lines))
            continue
        merged.append(draft)
    reader.drafts[:] = merged


def _name_after_job(draft: Draft) -> None:
    """"Director of Communications Name Surname" read whole as a job: the person by a known
    given name and one to three capitalised words closing it is the name."""
    assert draft.title is not None
    words = draft.title.split()
    for start in range(1, len(words) - 1):
        tail = words[start:]
        if len(tail) <= 4 and is_given_name(tail[0]) and all(
            word[:1].isupper() for word in tail
        ) and clean_name(" ".join(tail)) is not None and has_job_word(" ".join(words[:start])):
            draft.name = " ".join(tail)
            draft.title = " ".join(words[:start])
            return


_NAME_CLOSED = re.compile(
    r"^\s*(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3})\.(?:\s+|$)"
)
# Letters after a name ("Name, MBA", "Name, Ph.D.", "Name, DiS.", "Name, APR") and a name a
# scrape printed twice with nothing between ("Name SurnameName Surname").
_POST_NOMINALS = re.compile(r"(?:,\s*(?:[A-Z][A-Za-z]{0,3}\.?){1,3}\.?)+\s*$")
_TWICE = re.compile(r"^(?P<name>\S.{3,}?\S)(?P=name)$")


def _name_run_into_job(draft: Draft) -> None:
    """"Kiara Warren Development" with the title "and Special Projects Coordinator": the first
    word of the job goes back to it (``persons.job_run_into_name``); letters after the name
    and a name printed twice are dropped."""
    if draft.name is not None:
        twice = _TWICE.match(draft.name)
        name = twice.group("name") if twice else draft.name
        name = _POST_NOMINALS.sub("", name).strip()
        if name != draft.name and clean_name(name) is not None:
            draft.name = name
    if draft.name is None or not draft.title:
        return
    name = job_run_into_name(draft.name, draft.title)
    if name != draft.name:
        draft.title = f"{draft.name[len(name):].strip()} {draft.title}"
        draft.name = name


def _signature_fields(draft: Draft, lines: list[str], block: Block) -> None:
    """A vertical entry whose lines between the name and the first number the reader took for
    neither job nor office, in words no list knows ("Name", "Viestintäasiantuntija",
    "Kaupunginkanslia", "P. 09 …"): the first is the job and the second the office, as
    signatures write them (the second alone when the job was read); one line alone is the
    office when it looks like one, else the job."""
    if draft.name is None or draft.office or draft.lead_office or not draft.reachable:
        return
    first = min(draft.lines)
    if first < block.start or (first == block.start and block.offset) or _bare(
        lines[first]
    ) != _bare(draft.name):
        return
    between: list[str] = []
    for index in range(first + 1, min(block.end, first + 4)):
        text = lines[index].strip()
        if not text:
            break
        if has_cue(text):
            break
        if clean_name(text) is not None or len(text.split()) > 6 or re.search(r"[\d:：]", text):
            return
        between.append(text)
    else:
        return
    if draft.title is not None:  # the job was read: the line under it is the office
        if len(between) == 2 and _bare(between[0]) == _bare(draft.title):
            draft.office = between[1]
    elif len(between) == 2:
        draft.title, draft.office = between
    elif len(between) == 1:
        if looks_like_office(between[0]) or has_org_word(between[0]):
            draft.office = between[0]
        else:
            draft.title = between[0]


def _spoken_job(text: str) -> str | None:
    """The job a sentence writes right before a person's name, from its job word on, up to a
    capitalised word that is not the job itself ("O assessor de imprensa " -> "assessor de
    imprensa", "Die Initiative und Pressesprecherin " -> "Pressesprecherin")."""
    words = text.split()
    first = next((i for i, word in enumerate(words) if has_job_word(word)), None)
    if first is None:
        return None
    job = [words[first]]
    for word in words[first + 1:]:
        if word[:1].isupper() or not re.fullmatch(r"[^\W\d_][\w'’-]*", word):
            break
        job.append(word)
    if len(job) < len(words) - first:  # "presserådgiver i Kulturministeriet": job, office
        job = job[:-1] if len(job) > 1 and len(job[-1]) <= 3 else job
    return " ".join(job)


def _double_spaced(lines: list[str], block: Block) -> bool:
    """A block typed with a blank line after every line ("Sprecher X", "", "Tel.: …", "",
    "Mail: …", "", next heading): a blank line there ends nothing; the next name or heading does."""
    rows = [i for i in range(block.start + 1, block.end) if lines[i].strip()]
    # A block opened by the name itself ("Name", "", "Mobil: …", "", "E-Mail: …") shows its
    # spacing in fewer lines than one opened by a heading.
    opened_by_name = not block.offset and block.start + 1 < len(lines) and not (
        lines[block.start + 1].strip()
    )
    if len(rows) < (2 if opened_by_name else 5):
        return False
    return all(not lines[i + 1].strip() for i in rows[:-1] if i + 1 < len(lines))


# "... in der Pressestelle des Senats (Vorsitzland):": the words that lead to the office and
# the office's role in brackets are not part of its name.
_LEAD_PREPOSITION = re.compile(
    r"^[.…\s]*(?:(?:in|bei|im|beim|at|with|au|aupres\s+de|à|en)\s+(?:der|dem|den|the|la|le|l['’])?\s*)",
    re.IGNORECASE)


def _lead_office(lead: str) -> str:
    office = _LEAD_PREPOSITION.sub("", lead.strip())
    office = re.sub(r"\s*\([^()]*\)\s*$", "", office).strip(" ,;:.…")
    return office or lead


def _organisation_heading(text: str) -> bool:
    """A line that is only an organisation and a colon ("Ministerium der Finanzen:"), heading
    the entry below it; not a label, a lead-in, a place or a name."""
    stripped = text.strip()
    if not stripped.endswith((":", "：")) or has_cue(stripped):
        return False
    name = stripped.rstrip(":：").strip()
    first = name.split(",")[0]  # "Ministerium für Bildung, …", not "Dear editors, … organizations"
    capitals = sum(word[:1].isupper() for word in first.split())  # "Núcleo da Notícia …"
    return (
        2 <= len(name.split()) <= 12 and (has_org_word(first) or capitals >= 3)
        and clean_name(name) is None
        and not is_label_only(name) and heading_at(stripped) is None and not has_job_word(name)
    )


def _closing_organisation(lines: list[str], block: Block) -> int | None:
    """The line that closes a block of several entries with the organisation they all work for
    ("… Fax: …" then "Deutsche Stiftung (DS) e. V." then its street): an organisation's line
    after the last number or address, with only its postal address after it."""
    details = [i for i in range(block.start, block.end) if has_cue(lines[i])]
    if not details:
        return None
    after = [i for i in range(details[-1] + 1, block.end) if lines[i].strip()]
    if not after:
        return None
    line = lines[after[0]].strip()
    below = next((text for text in lines[after[0] + 1 :] if text.strip()), "")
    # An organisation word alone is not enough: "About IFRC" heads the boilerplate under a block.
    named = _LEGAL_FORM.search(line) or (has_org_word(line) and is_postal_line(below))
    if not named or clean_name(line) is not None or len(line.split()) > 10:
        return None
    return after[0]


def _spaced(draft: Draft) -> bool:
    """Whether blank lines already part this person's own details (a vertical block that puts
    one or two empty lines between the name, the job, the office and each number): a blank line
    then does not end the entry; the next name does."""
    read = sorted(set(draft.lines))
    gaps = sum(1 for before, after in pairwise(read) if after > before + 1)
    return gaps >= 2  # one gap is only the blank line under a heading


def _desk_label(text: str) -> bool:
    return bool(DESK_LINE.match(fold_keep_length(text.strip()))) and not has_job_word(text)


def _locate(reader: Reader, before: int, location: str | None) -> None:
    """Give ``location`` to the first person read since draft number ``before``."""
    if not location:
        return
    target = reader.drafts[before] if len(reader.drafts) > before else reader.current
    if target is not None:
        target.location = target.location or location


_AFTER_DETAILS = re.compile(r"(?<=[\w)])\.\s+(?=[^\W\d_])")


def _sentences(text: str) -> list[str]:
    """Cut a line where a sentence ends right after a number or an address.

    "… or laura@msf.org. Out of hours, call the press line on +44 …" gives the press line in a
    sentence of its own, so its number is not taken as the person's.
    """
    pieces, start = [], 0
    for match in _AFTER_DETAILS.finditer(text):
        before = text[start:match.start()]
        spans = find_phone_spans(before) + find_email_spans(before)
        if any(end >= len(before.rstrip()) for _, end in spans):
            pieces.append(before)
            start = match.end()
    pieces.append(text[start:])
    return [piece for piece in pieces if piece.strip()]


def _continues_person(sentence: str) -> bool:
    """A sentence that opens with a label ("Email: …") adds to the person before it; any other
    either names someone new or (a press line, a switchboard) must not lend that person its
    numbers, so reading it starts afresh."""
    first = split_segments(sentence)[:1]
    return bool(first and (has_phone_label(first[0][:12]) or has_email_label(first[0][:12])))


def _is_place(place: str, mark: str, rest: str) -> bool:
    """Whether "In Kabul:" / "In Nairobi," is a location prefix before a person."""
    first = next((ch for ch in place if ch.isalpha()), "")
    if not first or has_cue(place):
        return False
    if mark in ":：":  # "En Ciudad de México:" is a place even though it reads like a name
        return True
    if clean_name(place) is not None:
        return False
    segments = split_segments(rest)
    return (first.isupper() or not first.islower()) and bool(segments) and bool(
        clean_name(segments[0])
    )


def _prose_before_cue(text: str) -> bool:
    """Words of a sentence before the line's address or number ("Anmeldung und Interviewwünsche
    bitte an presse@…"): a shared address the page gives, not the details of the person above."""
    spans = find_email_spans(text) + find_phone_spans(text)
    if not spans:
        return False
    words = text[: min(start for start, _ in spans)].split()
    return len(words) >= 3 and sum(word[:1].islower() for word in words) >= 2


def _opens_unnamed_line(text: str) -> bool:
    """A line that starts with neither a name nor a label, and carries a number: an office's
    address line or footer after a person's details, not more of that person."""
    segments = split_segments(text)
    if not segments or not has_cue(text):
        return False
    first = segments[0]
    if len(remainder(first)) <= 2 or clean_name(first):
        return False
    if (
        re.match(r"\s*[^\W\d_][\w.-]{0,11}\s*[:：]", first)
        and len(remainder(first).split()) == 1 and not find_phone_spans(text)
    ):  # "E-post: …", "E-posta: …": one word and a colon before an address is its label in
        return False  # any language ("Ouvidoria: 0800 …", a number, stays a desk's line)
    return not has_phone_label(first) and not has_email_label(first)


# The last word of a label that names a telephone line, not a person ("After Hours",
# "After Hours Pager", "Teleconference Dial-In Number", "Presse-Nummer").
_LINE_NAME = re.compile(r"(?:\b|-)(?:numbers?|pager|hours|hotline|nummer|numero|numéro|número)$")


def _keep(draft: Draft) -> bool:
    """A named person who can be reached (a name and job with no number or address, as in
    "available for interviews: A, President", is not) and who is offered to the press: an
    investor-relations entry (by its lead-in or its job) is not a media contact."""
    investor_job = draft.title and NOT_MEDIA.search(draft.title) and not has_role_word(
        NOT_MEDIA.sub(" ", draft.title).replace("Relations", " ")
    )  # "Head of Investor Relations", not "Media and Investor Relations Officer"
    if draft.for_investors or investor_job:
        return False
    if draft.name is None or _LINE_NAME.search(fold_keep_length(draft.name)):
        return False  # "After Hours: (817) …", "Dial-In Number: (800) …": a line, no person
    if not_a_person(draft.name):
        return False  # "Seaport Airlines", "National Hurricane Center": an institution
    if draft.emails and not draft.phone_segments and not any(e.valid for e in draft.emails):
        return False  # only a scraped "[email protected]" placeholder: no way to reach them
    return draft.reachable
