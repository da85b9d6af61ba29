"""Finding contact blocks in an article and reading the people in them.

A block starts at a heading or lead-in ("Media contacts:", "Pour plus d'informations, veuillez
contacter …") and runs while lines still look like contact lines. Each line is cut into
segments (commas, pipes, parentheses, "or"/"ou"/"y" before a name) and each segment is read
as a name, title, office, phone or address; a new name starts a new person.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from itertools import pairwise

import phonenumbers
from phonenumbers import PhoneNumberType

from desktop.domain.emails import EmailCheck
from desktop.domain.phones import PhoneCheck, PhoneKind, region_of_e164
from desktop.formats.releases.addresses import read_phones
from desktop.formats.releases.areas import strip_region_head, strip_region_tail
from desktop.formats.releases.entries import (
    labelled_field,
)
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
    opens_form,
    organisation_first,
)
from desktop.formats.releases.lexicon import (
    AFTER_CONTACTS,
    AUDIENCE_LEAD,
    BULLETS,
    DESK_LINE,
    FOOTER_MARKERS,
    INLINE_LEAD,
    ISSUER_LINE,
    LOCATION_PREFIX,
    NOT_MEDIA,
    SWITCHBOARD,
    fold_keep_length,
)
from desktop.formats.releases.model import ExtractedPerson, Role
from desktop.formats.releases.places import city_country
from desktop.formats.releases.reader import Draft, Reader, remainder, split_segments
from desktop.formats.releases.regions import office_country
from desktop.formats.releases.wrapping import wraps

_SENTENCE_END = re.compile(r"[.!?…»”\"][)\]]?\s*$")  # "(Available in English.)" too


# "Caritasverband Konstanz e.V.", "Example Media Inc.": a legal form's dot ends no sentence.
_ABBREVIATED_END = re.compile(r"(?:\b[^\W\d_]\.\s?[^\W\d_]\.|\b(?:inc|ltd|corp|co|gmbh)\.)$",
                              re.IGNORECASE)

# A legal form that marks an organisation's own line ("Deutsche Stiftung (DS) e. V.").
_LEGAL_FORM = re.compile(
    r"(?:\b[eE]\.\s?[vV]\.|\b(?:gGmbH|GmbH|AG|Inc\.|Ltd\.?|S\.A\.|asbl)(?!\w))")


# A sentence ending inside a line and the next one starting: "… UN Women. On 25".
_SENTENCE_INSIDE = re.compile(r"[a-zß-ÿ]{4}[.!?]\s+[A-ZÀ-Ý]")  # not "Dra. Gabriela"


@dataclass(frozen=True)
class Block:
    """Lines ``start``..``end`` (exclusive); names start at ``offset`` in the first line."""

    start: int
    offset: int
    end: int


def _contactish(line: str) -> bool:
    """Whether ``line`` may still belong to a contact block.

    A line without a number or address is kept while it is short and not a sentence; one that
    opens with a name may be longer, as a person's job and office can fill a line of their own
    ("Lucía Fernández, especialista en comunicación, Oficina Regional de ONU Mujeres para …").
    """
    if has_cue(line):
        return True
    if _SENTENCE_END.search(line.strip()) and not _ABBREVIATED_END.search(line.strip()):
        return False
    if len(line.split()) >= 8 and _SENTENCE_INSIDE.search(line):
        return False  # "I am writing to you with an invitation from UN Women. On 25": prose
    if len(line.split()) <= 30 and "," not in line and line.strip()[:1].isupper() and (
        looks_like_office(line.strip())
    ):
        return True  # "Office of the Minister of … and Minister responsible for the …"
    words = line.split()
    if len(words) <= 14 and len(line) <= 140:
        return True
    segments = split_segments(line)
    return len(words) <= 30 and bool(segments) and clean_name(segments[0]) is not None


def find_blocks(lines: list[str]) -> list[Block]:
    """Every contact block in ``lines``; falls back to lone "name + phone/email" lines."""
    blocks: list[Block] = []
    index = 0
    while index < len(lines):
        offset = heading_at(lines[index])
        if offset is None and opens_form(lines, index):
            offset = 0
        if offset is None:
            index += 1
            continue
        end = index + 1
        blanks = 0
        # A heading may stand alone above blank lines or a second lead-in ("Contacts" then
        # "For more information, please contact:"); one with names after it has content.
        content = bool(lines[index][offset:].strip())
        while end < len(lines):
            line = lines[end]
            if not line.strip():
                blanks += 1
                if blanks >= (3 if content else 6):
                    break
                end += 1
                continue
            if FOOTER_MARKERS.match(line) or AFTER_CONTACTS.match(line):
                break
            heading = heading_at(line)
            if heading is not None and not content and lead_in(line)[0]:
                index, offset = end, heading  # "Contacts" then "For more information, contact:"
            elif heading is not None and _name_line(lines[end - 1]):
                content = True  # "Jaqueline V." then "Assessoria de Comunicação": her office
            elif heading is not None and not has_cue(line[:heading]):
                break  # a lead-in after someone's details is read within the line instead
            elif not _contactish(line) and not wraps(lines[end - 1], line):
                break
            else:
                content = True
            blanks = 0
            end += 1
        blocks.append(Block(index, offset, end))
        index = end
    blocks.extend(_evidence_blocks(lines, blocks))
    blocks.extend(_inline_blocks(lines, blocks))
    blocks.extend(_name_number_lines(lines, blocks))
    if not blocks:
        blocks = _lone_contact_lines(lines)
    return sorted(blocks, key=lambda block: block.start)


_NAME_NUMBER = re.compile(r"^\s*([^\W\d_][^:：,\d\n]{2,40}?)\s*[:：,]\s*(\S.*?)\s*$")


def _name_number_lines(lines: list[str], found: list[Block]) -> list[Block]:
    """"Gerry Rice: 202-473-1842", "Javier Sierra, javier@…, 703.927.4750" lines, wherever
    they stand (often under the headline, above the dateline): a name, then numbers and
    addresses and nothing else, is a person to call."""
    covered = {i for block in found for i in range(block.start, block.end)}
    blocks = []
    for index, line in enumerate(lines):
        match = _NAME_NUMBER.match(line)
        if index in covered or match is None or clean_name(match.group(1)) is None:
            continue
        rest = match.group(2)
        spans = sorted(find_phone_spans(rest) + find_email_spans(rest))
        if not spans:
            continue
        left = "".join(ch for at, ch in enumerate(rest) if not any(a <= at < b for a, b in spans))
        if not left.strip(" ,;/|"):
            blocks.append(Block(index, 0, index + 1))
    return blocks


def _name_line(line: str) -> bool:
    """A short line that is only a person's name ("Sascha Alexas"), as vertical blocks write."""
    text = line.strip()
    return 2 <= len(text.split()) <= 5 and not has_cue(text) and clean_name(text) is not None


def _evidence_blocks(lines: list[str], found: list[Block]) -> list[Block]:
    """Contact blocks that no lead-in opens, found from their evidence: in the second half of
    the text, a name alone on its line with a phone number, an address or a contact label in
    the next few lines. The short lines just above the name (the organisation, its street) are
    taken in too, as they describe that person's office."""
    covered = {i for block in found for i in range(block.start, block.end)}
    blocks: list[Block] = []
    # From the last third of the text, or sooner when the story is one long paragraph that a
    # block follows at once (a short OTS advisory: paragraph, then "Name / job / Tel.").
    story = next((i + 1 for i, line in enumerate(lines) if len(line.split()) >= 40), len(lines))
    index = min(len(lines) // 3, story)
    while index < len(lines):
        # A block written one field a paragraph ("Name", blank, "Press Secretary", blank, …)
        # puts its number further down: look at the next few non-blank lines, not rows.
        spaced = index + 1 < len(lines) and not lines[index + 1].strip()
        reach = 10 if spaced else 6
        following = [
            i for i in range(index + 1, min(len(lines), index + reach)) if lines[i].strip()
        ]
        if (
            index in covered or not _name_line(lines[index])
            or not any(has_cue(lines[i]) and len(lines[i].split()) <= 8 for i in following[:3])
        ):
            index += 1
            continue
        start = index
        while (
            start - 1 >= 0 and start - 1 not in covered and index - start < 3
            and lines[start - 1].strip() and len(lines[start - 1].split()) <= 6
            and not _SENTENCE_END.search(lines[start - 1].strip())
            and heading_at(lines[start - 1]) is None
        ):
            start -= 1
        end, taken = index + 1, 0
        while end < len(lines) and end not in covered:
            if not lines[end].strip():
                if spaced and end + 1 < len(lines) and lines[end + 1].strip() and taken < 8:
                    end += 1  # the blank between two fields of a spaced block
                    continue
                break
            if not (
                _contactish(lines[end]) and not FOOTER_MARKERS.match(lines[end])
                and not AFTER_CONTACTS.match(lines[end])
            ) or not (has_cue(lines[end]) or taken < 3 or _name_line(lines[end])):
                break
            taken = 0 if _name_line(lines[end]) else taken + 1  # the next person's own lines
            end += 1
        while end - 1 > index and not lines[end - 1].strip():
            end -= 1
        blocks.append(Block(start, 0, end))
        covered.update(range(start, end))
        index = end
    return blocks


def _inline_blocks(lines: list[str], found: list[Block]) -> list[Block]:
    """People a sentence sends the press to, outside any block: "Les journalistes … doivent
    s'inscrire auprès de M. X à x@…", "… wenden Sie sich bitte an Y unter 0421 …". The words
    before the name only point; the evidence is a name right after them with a number or
    address close behind it."""
    covered = {i for block in found for i in range(block.start, block.end)}
    blocks = []
    for index, line in enumerate(lines):
        if index in covered or not has_cue(line) or FOOTER_MARKERS.match(line):
            continue
        offset = _inline_name_at(line)
        if offset is not None:
            end = index + 1
            while (  # "(For more information: A – Tel.: …;" wrapped, "B – Tel.: …)" below
                end < len(lines) and end - index < 3 and end not in covered
                and "(" in line[:offset] and ")" not in "\n".join(lines[index:end])[offset:]
                and has_cue(lines[end])
            ):
                end += 1
            blocks.append(Block(index, offset, end))
    return blocks


# "Tel. ", "Stv. ": a dot that shortens a word, not one that ends a sentence.
_ABBREVIATION = re.compile(r"\b(?:tel|t[ée]l|тел|моб|fax|mob|mobil|ph|stv|dr|nr|no)\.\s",
                           re.IGNORECASE)


def _lower_job_before_name(text: str) -> int:
    """Length of a job written in lower case before a name ("начальник пресс-центра Анна
    Журба, тел. …", "spokesperson Ana Lima, …"), or 0: the name starts after it."""
    words = list(re.finditer(r"\S+", text))
    for count in range(1, min(3, len(words) - 1) + 1):
        if not words[count].group()[:1].isupper():
            continue
        job = words[:count]
        if all(word.group()[:1].islower() for word in job) and any(
            has_job_word(word.group()) for word in job
        ):
            return words[count].start()
        break
    return 0


def _inline_name_at(line: str) -> int | None:
    """Offset of a name that follows an inline lead-in and is followed by a number or address
    within a few words ("… auprès de M. Ewan Sauves à ewan…")."""
    folded = fold_keep_length(line)
    for match in INLINE_LEAD.finditer(folded):
        start = match.end()
        job = re.match(r"(?:die|der|den|the|le|la|el|il|a)\s+(\S+)\s+", line[start:], re.I)
        lowered = _lower_job_before_name(line[start:])
        if job and has_job_word(job.group(1)):  # "an die Pressesprecherin Barbara K. (…)"
            start += job.start(1)
            skip = job.end() - job.start(1)
        elif lowered:  # the reader takes a name first: start at it
            start += lowered
            skip = 0
        else:
            skip = 0
        words = list(re.finditer(r"\S+", line[start + skip:]))
        for count in range(min(6, len(words)), 1, -1):
            name_end = start + skip + words[count - 1].end()
            if clean_name(line[start + skip:name_end]) is None:
                continue
            labelled = match.group().rstrip().endswith((":", "："))
            after = line[name_end:name_end + (160 if labelled else 60)]
            spans = find_email_spans(after) + find_phone_spans(after)
            first = min((start for start, _ in spans), default=None)
            # After a label ("(Auskunft: X, job, office, Tel. …)") the job and office may come
            # first; after a verb the number follows the name within a few words.
            # A job set off by dashes ("a Elide Rossi – portavoce del Consiglio – 338 …") is an
            # apposition, not the end of the pointer: the number after it is still the person's.
            dashed = line[match.end():name_end].rstrip().endswith(("–", "—"))
            apposition = dashed and re.match(r"[^–—\d]{2,80}?\s[–—]\s*(?=[+(\d])", after)
            reach = 16 if labelled else 10 if apposition else 4
            between = _ABBREVIATION.sub(" ", after[:first]) if first is not None else ""
            if first is not None and ". " not in between and (
                len(after[:first].split()) <= reach
            ):
                return start
            break
    return None


def _lone_contact_lines(lines: list[str]) -> list[Block]:
    blocks = []
    for index in range(len(lines) // 2, len(lines)):
        line = lines[index]
        if FOOTER_MARKERS.match(line) or not has_cue(line) or len(line.split()) > 40:
            continue
        if any(clean_name(segment) for segment in split_segments(line)):
            blocks.append(Block(index, 0, index + 1))
    return blocks


def read_block(lines: list[str], block: Block, fallback_region: str | None = None,
               home_regions: tuple[str, ...] = ()) -> list[ExtractedPerson]:
    """The people named in ``block``, each with the exact lines they were read from."""
    reader = Reader()
    closing = _closing_organisation(lines, block)
    heading_office: str | None = None
    heading_at_draft = 0
    spaced = _double_spaced(lines, block)
    for index, last, text in joined_lines(lines, block):
        if index == closing:
            continue
        if not text.strip():
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
        if repeated:
            reader.current = None
            reader.start(index, None).desk = True
            continue
        if DESK_LINE.match(fold_keep_length(text)) and not has_job_word(text) and not named_above:
            # "Media Relations", "FDFA Communication": a desk's entry follows, not a person
            reader.current = None
            reader.start(index, None).desk = True
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
            continue
        continued = re.match(r"^\s*(?:\.{2,}|…)\s*", text)
        if continued and ":" in text:  # "Ansprechpartner …" then "... in der Pressestelle X: A"
            text = _LEAD_PREPOSITION.sub("", text[continued.end():])
        text = _cut_story(text)
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
            segments = split_segments(sentence[skip:])
            reader.line_parts = len(segments)
            for position, segment in enumerate(segments):
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
        _locate(reader, before, location)
        if lead and len(reader.drafts) > before:
            reader.drafts[before].lead_office = _lead_office(lead)
        if heading_office and len(reader.drafts) > heading_at_draft:
            first = reader.drafts[heading_at_draft]  # the organisation heads the next entry
            first.lead_office = first.lead_office or heading_office
            heading_office = None
        if audience and NOT_MEDIA.search(audience.group("who")):
            for draft in reader.drafts[before:]:
                draft.for_investors = True
        if last != index and reader.current is not None:
            reader.current.lines.append(last)
    for earlier, later in pairwise(reader.drafts):
        if (  # "André Städler und Peter Lohmann, Telefon …": both reached on that number
            earlier.name and not earlier.reachable and not earlier.title and not earlier.office
            and later.reachable and later.name and earlier.lines and later.lines
            and earlier.lines[-1] == later.lines[0] and later.partner is None
        ):
            later.partner = earlier  # read below: the earlier one shares the later one's details
            later.lead_office = later.lead_office or earlier.lead_office
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
    kept = [draft for draft in reader.drafts if _keep(draft)]
    people = [_finish(draft, lines, fallback_region, home_regions) for draft in kept]
    settled: Counter[str] = Counter()
    for person in people:  # weighed by the numbers each one's country reads as valid
        if person.country:
            settled[person.country] += 1 + sum(phone.valid for phone in person.phones)
    if len(people) > 1 and settled:
        # One press office's block: a colleague whose entry says nothing of where shares the
        # country the others' numbers settled ("Tel: (02 28) 2288 – 128" under a Bonn mobile).
        shared = settled.most_common(1)[0][0]
        people = [
            _finish(draft, lines, fallback_region, home_regions, shared)
            if person.country != shared and draft.phone_segments else person
            for draft, person in zip(kept, people, strict=True)
        ]
    job = _job_before(lines[block.start][: block.offset]) if block.offset else None
    if job and len(people) == 1 and people[0].title is None:  # "Контакты: начальник … Анна"
        people[0] = replace(people[0], title=job)
    return people


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


def _bare(line: str) -> str:
    """A line without its bullet and spacing, to tell a line written twice."""
    return line.strip().lstrip(BULLETS + "*-–— ").strip()


def _job_before(text: str) -> str | None:
    """The lower-case job just before an inline block's name ("…: начальник пресс-центра ")."""
    tail = re.search(r"[:：]\s*((?:[^\W\d_][\w-]*\s+){1,3})$", text)
    if tail is None or _lower_job_before_name(tail.group(1) + "X") == 0:
        return None
    return tail.group(1).strip()


def _double_spaced(lines: list[str], block: Block) -> bool:
    """A block typed with a blank line after every line ("Sprecher X", "", "Tel.: …", "",
    "Mail: …", "", next heading): a blank line there ends nothing; the next name or heading does."""
    rows = [i for i in range(block.start + 1, block.end) if lines[i].strip()]
    if len(rows) < 5:
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
    return (
        2 <= len(name.split()) <= 12 and has_org_word(first) and clean_name(name) is None
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
    return not has_phone_label(first) and not has_email_label(first)


def _keep(draft: Draft) -> bool:
    """A named person who can be reached (a name and job with no number or address, as in
    "available for interviews: A, President", is not) and who is offered to the press: an
    investor-relations entry (by its lead-in or its job) is not a media contact."""
    investor_job = draft.title and NOT_MEDIA.search(draft.title) and not has_role_word(
        NOT_MEDIA.sub(" ", draft.title).replace("Relations", " ")
    )  # "Head of Investor Relations", not "Media and Investor Relations Officer"
    if draft.for_investors or investor_job:
        return False
    if draft.name is None:
        return False
    if draft.emails and not draft.phone_segments and not any(e.valid for e in draft.emails):
        return False  # only a scraped "[email protected]" placeholder: no way to reach them
    return draft.reachable


def _read_all(segments: list[str], region: str | None) -> list[PhoneCheck]:
    return [phone for segment in segments for phone in read_phones(segment, region)]


def _finish(draft: Draft, lines: list[str], fallback_region: str | None,
            home_regions: tuple[str, ...] = (), colleague: str | None = None) -> ExtractedPerson:
    """Settle the person's country and read the numbers with it as the default region.

    The office's name decides ("OIM Sénégal", "…ООН в Москве"), else the place the entry gives
    ("In Geneva:", "…Regional Office, Bangkok"), else the phones' own +codes, else the country
    the release is about. A place beats a +code because hubs use foreign mobiles. When nothing
    in the entry says where, the country a colleague of the same block settled comes first."""
    office = draft.office or draft.lead_office
    country = office_country(office) if office else None
    for place in (draft.city, draft.location):
        if country is None and place:
            country = city_country(place) or office_country(place)  # Amman, not Oman
    if country is None and fallback_region and office and _GOVERNMENT_OFFICE.search(office):
        country = fallback_region  # "Office of the Minister of Seniors": the release's country
    phones = _read_all(draft.phone_segments, country)
    if country is None:
        region = next((region_of_e164(p.e164) for p in phones if p.e164), None)
        if region:
            country = region
            phones = _read_all(draft.phone_segments, country)
        else:
            # The release's country first; when its numbers are not valid there ("Niger" named
            # most in a Bonn charity's story), the one country of the language where they are.
            home = _only_home_region(draft, home_regions)
            guesses = [g for g in (colleague, _email_country(draft.emails), fallback_region,
                                   home, _nanp(draft)) if g and phones]
            readings = [(guess, _read_all(draft.phone_segments, guess)) for guess in guesses]
            # A guess where every number reads beats one where only some do: "(02 28) 22 88"
            # is a Somali number too, but the "Mobil: (0172) …" beside it is not.
            best = next((r for r in readings if r[1] and all(p.valid for p in r[1])), None)
            best = best or next((r for r in readings if any(p.valid for p in r[1])), None)
            if best is not None:
                country, phones = best
                if country == "US":  # "709-729-3015": the area code says which NANP country
                    country = next(region_of_e164(p.e164) for p in phones if p.e164)
            else:  # "Tel.: 98 100/319" in a "Wien (OTS)" release: kept as written, in Austria
                where = colleague or fallback_region  # or where the colleagues above are
                country = where if phones and draft.phone_segments else None
    first, last = min(draft.lines), max(draft.lines)
    title = strip_region_head(strip_region_tail(draft.title)) if draft.title else None
    snippet = "\n".join(lines[first : last + 1]).strip()
    assert draft.name is not None
    return ExtractedPerson(
        name=draft.name,
        role=Role.MEDIA_CONTACT,
        snippet=snippet,
        title=title,
        office=office,
        country=country,
        location=draft.location,
        phones=tuple(_unique_phones(phones)),
        emails=tuple(_unique_emails(draft.emails)),
    )


# A North American number as written there: "709-729-3015", "(202) 544-0200", "203.221.3767".
_NANP_SHAPE = re.compile(r"(?<![\d+])(?:\(\d{3}\)\s?|\d{3}[-.\s])\d{3}[-.]\d{4}(?!\d)")


def _only_home_region(draft: Draft, home_regions: tuple[str, ...]) -> str | None:
    """The one country of the release's language where every number of the entry is valid
    ("030 6663 3104" in a German release that names no country: Germany, not Austria or
    Switzerland); None when the numbers read in none or in more than one of them."""
    if not home_regions or not draft.phone_segments or (len(home_regions) > 1 and not all(
        re.search(r"(?<![\d+])0\s?[1-9]", segment) for segment in draft.phone_segments
    )):  # among several, only numbers written with the national "0" before the area code;
        return None  # Italy's mobiles ("338 …") have none, and Italian has one home country
    fits = [
        region for region in home_regions
        if (phones := _read_all(draft.phone_segments, region))
        and all(p.valid for p in phones)
    ]
    if len(fits) > 1:  # "Mobil: 0172 …" is a mobile in Germany, a Vienna landline in Austria
        fits = [region for region in fits if _labels_agree(_read_all(draft.phone_segments, region))]
    return fits[0] if len(fits) == 1 else None


def _labels_agree(phones: list[PhoneCheck]) -> bool:
    """Whether every number labelled as a mobile ("Mobil", "Cell") is a mobile number there,
    and at least one is so labelled."""
    mobiles = [p for p in phones if p.kind == PhoneKind.MOBILE and p.e164]
    return bool(mobiles) and all(
        phonenumbers.number_type(phonenumbers.parse(p.e164))
        in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)
        for p in mobiles if p.e164
    )


def _nanp(draft: Draft) -> str | None:
    """"US" (the North American plan) when the entry's number is written the way it is there,
    so that a number with no +1 and no place beside it is still read."""
    return "US" if any(_NANP_SHAPE.search(s) for s in draft.phone_segments) else None


# Country-code domains sold for other uses ("name.io", "brand.tv"): they say nothing of where.
_VANITY_DOMAINS = frozenset({"ai", "cc", "co", "fm", "gg", "io", "la", "ly", "me", "nu", "to",
                             "tv", "ws"})


def _email_country(emails: list[EmailCheck]) -> str | None:
    """The country of a work address's domain ("…@polizei.example.de" → DE): a national number
    written beside it is read there when the entry names no place and gives no +code."""
    for email in emails:
        tld = (email.address or "").rpartition(".")[2].lower()
        if len(tld) == 2 and tld.isalpha() and tld not in _VANITY_DOMAINS:
            return "GB" if tld == "uk" else tld.upper()
    return None


# A minister's or ministry's office is a national body: it sits in the country the release is
# from even when its name does not say which ("Cabinet du ministre de la Défense nationale").
_GOVERNMENT_OFFICE = re.compile(
    r"\b(?:minist(?:er|re|ry|ère|erio|ério|erium)|cabinet|gabinete|министерств|وزارة|وزير)",
    re.IGNORECASE,
)


def _unique_phones(phones: list[PhoneCheck]) -> list[PhoneCheck]:
    seen: set[str] = set()
    unique = []
    for phone in phones:
        key = phone.e164 or phone.as_written
        if key not in seen:
            seen.add(key)
            unique.append(phone)
    return unique


def _unique_emails(emails: list[EmailCheck]) -> list[EmailCheck]:
    seen: set[str] = set()
    unique = []
    for email in emails:
        key = email.address or email.as_written
        if key not in seen:
            seen.add(key)
            unique.append(email)
    return unique


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
    for block in blocks:
        people.extend(read_block(lines, block, fallback_region, home_regions))
    return _merged(people), blocks


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
            phones=tuple(_unique_phones([*first.phones, *person.phones])),
            emails=tuple(_unique_emails([*first.emails, *person.emails])),
        )
    return list(merged.values())


def headed_contacts(lines: list[str], fallback_region: str | None = None,
                    home_regions: tuple[str, ...] = ()) -> list[ExtractedPerson]:
    """Media contacts above the story (a newswire's "Contact: A, …; B, …" before the headline,
    an advisory that opens with its contacts): only blocks a heading or lead-in opens, as the
    menus and banners up there carry numbers and addresses of no one."""
    people: list[ExtractedPerson] = []
    for block in find_blocks(lines):
        if heading_at(lines[block.start]) is not None:
            people.extend(read_block(lines, block, fallback_region, home_regions))
    return people
