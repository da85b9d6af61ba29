"""Finding the contact blocks of an article: which lines name people to call.

A block starts at a heading or lead-in ("Media contacts:", "Pour plus d'informations, veuillez
contacter …") and runs while lines still look like contact lines. Where no lead-in opens one, the
evidence does: a name alone on its line with a number close below, a sentence that sends the
press to someone, a "Name: number" line, else any line with a name and a number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from desktop.formats.releases.fields import (
    clean_name,
    find_email_spans,
    find_phone_spans,
    has_job_word,
    has_phone_label,
    looks_like_office,
)
from desktop.formats.releases.layout import has_cue, heading_at, lead_in, opens_form
from desktop.formats.releases.learned import learned_spans
from desktop.formats.releases.lexicon import (
    AFTER_CONTACTS,
    FOOTER_MARKERS,
    HONORIFICS_FOLDED,
    INLINE_LEAD,
    fold_keep_length,
)
from desktop.formats.releases.persons import (
    is_given_name,
    job_before_given_name,
    job_run_into_name,
    starts_with_given_name,
    without_degrees,
)
from desktop.formats.releases.reader import split_segments
from desktop.formats.releases.wrapping import wraps

_SENTENCE_END = re.compile(r"[.!?…»”\"][)\]]?\s*$")  # "(Available in English.)" too


# "Caritasverband Konstanz e.V.", "Example Media Inc.": a legal form's dot ends no sentence,
# nor does a name's suffix ("Name Surname Jr.").
_ABBREVIATED_END = re.compile(
    r"(?:\b[^\W\d_]\.\s?[^\W\d_]\.|\b(?:inc|ltd|corp|co|gmbh|jr|sr)\.)$", re.IGNORECASE
)
# "NASA's Goddard Space Flight Center, Greenbelt, Md.": a US office's city and its state as
# the AP writes it ends a contact line, no sentence.
_AP_STATE_END = re.compile(
    r",\s*(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss"
    r"|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Vt|Va|Wash|Wis|Wyo)\.$"
)

# A sentence ending inside a line and the next one starting: "… UN Women. On 25".
_SENTENCE_INSIDE = re.compile(r"[a-zß-ÿ]{4}[.!?]\s+[A-ZÀ-Ý]")  # not "Dra. Gabriela"


@dataclass(frozen=True)
class Block:
    """Lines ``start``..``end`` (exclusive); names start at ``offset`` in the first line."""

    start: int
    offset: int
    end: int
    pointed: str | None = None
    """The person a lead-in in unknown words points to: the block only counts when reading it
    gives that person (``contacts.extract_contacts``)."""
    spoken: bool = False
    """People named in running text with their details (``spoken_text`` rewrites the line)."""
    rows: bool = False
    """A table's rows ("Brno Name Surname name@… 736 …"): each read from its given name on."""
    described: bool = False
    """A paragraph about the person opens the block ("Name, job, works on …"): only the name
    and a short job right after it are read from it."""


def piped_heading_at(line: str) -> int | None:
    """``layout.heading_at``, also after the bars a scraped table leaves at a line's start
    ("|CONTACT:", "|Contact: Name"), in any language."""
    offset = heading_at(line)
    if offset is None and line.lstrip().startswith("|"):
        bars = len(line) - len(line.lstrip(" |\t"))
        inner = heading_at(line[bars:])
        offset = None if inner is None else bars + inner
    return offset


def _contactish(line: str) -> bool:
    """Whether ``line`` may still belong to a contact block.

    A line without a number or address is kept while it is short and not a sentence; one that
    opens with a name may be longer, as a person's job and office can fill a line of their own
    ("Lucía Fernández, especialista en comunicación, Oficina Regional de ONU Mujeres para …").
    """
    if has_cue(line):
        return True
    if _SENTENCE_END.search(line.strip()) and not _ABBREVIATED_END.search(line.strip()) and (
        not _AP_STATE_END.search(line.strip())
    ):
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
        offset = piped_heading_at(lines[index])
        if offset is None and opens_form(lines, index):
            offset = 0
        pointed = None
        if offset is None:
            offset = colon_lead_in(lines, index)
            pointed = _pointed_name(lines, index, offset)
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
        blocks.append(Block(index, offset, end, pointed))
        index = end
    blocks.extend(_evidence_blocks(lines, blocks))
    blocks.extend(_inline_blocks(lines, blocks))
    blocks.extend(_colon_sentence_blocks(lines, blocks))
    blocks.extend(_name_number_lines(lines, blocks))
    blocks.extend(_job_label_blocks(lines, blocks))
    if not blocks:
        blocks = _lone_contact_lines(lines)
    blocks.extend(_sentence_people_blocks(lines, blocks))
    blocks.extend(_spoken_blocks(lines, blocks))
    blocks.extend(_entry_list_blocks(lines, blocks))
    blocks.extend(_described_person_blocks(lines, blocks))
    blocks.extend(Block(start, 0, end) for start, end in learned_spans(lines, blocks))
    return sorted((_with_cut_address(lines, block, blocks) for block in blocks),
                  key=lambda block: block.start)


# An address cut at the end of a line ("…@heart.") whose domain's end opens the next one ("org
# Name Surname, Office 518.447.7040 or …"): a PDF broke the entry there.
_CUT_ADDRESS = re.compile(r"@[\w-]+(?:\.[\w-]+)*\.\s*$")
ADDRESS_END = re.compile(r"^\s*(?:org|com|gov|net|edu|int|[a-z]{2})\s+(?=[A-ZÀ-Þ])")


def cut_address_end(lines: list[str], index: int) -> bool:
    """Whether line ``index`` opens with the end of a domain cut off the line above."""
    above = next((i for i in range(index - 1, max(-1, index - 3), -1) if lines[i].strip()), None)
    return above is not None and bool(_CUT_ADDRESS.search(lines[above])) and bool(
        ADDRESS_END.match(lines[index])
    )


def _with_cut_address(lines: list[str], block: Block, blocks: list[Block]) -> Block:
    """``block`` taking in the next entry when its last line ends in a cut address and the
    line after a blank goes on with the domain's end and another person's details."""
    last = block.end - 1
    if not _CUT_ADDRESS.search(lines[last]):
        return block
    following = next((i for i in range(last + 1, min(len(lines), last + 3))
                      if lines[i].strip()), None)
    if following is None or not ADDRESS_END.match(lines[following]) or any(
        other.start <= following < other.end for other in blocks
    ) or not has_cue(lines[following]):
        return block
    return replace(block, end=following + 1)


_COLON_HEAD = re.compile(r"^[\s>*\-–—]*([^\W\d_][^:：\d@|]{1,70}?)\s*[:：]\s*")


def colon_lead_in(lines: list[str], index: int) -> int | None:
    """Offset after a lead-in in words the lists do not know, told by its shape alone: a short
    phrase ending in a colon ("Mais informações:", "Voor meer informatie:") with a person right
    after it (on the same line or the next one) and a number or address with that person. A
    language without a word list still writes its contact block this way; the name and the
    evidence, not the phrase, make it one."""
    line = lines[index]
    match = _COLON_HEAD.match(line)
    if match is None:
        return None
    head = match.group(1)
    if (
        not 1 <= len(head.split()) <= 7 or has_cue(head) or clean_name(head) is not None
        or job_label(line) is not None or "http" in head.casefold()
    ):
        return None
    rest = line[match.end():]
    if _BANK_DETAILS.search(line):
        return None
    if rest.strip():
        job = job_before_given_name(rest)  # "Lisätietoja: Tiedotuspäällikkö Name, p. 040 …"
        segments = split_segments(rest[job:])
        if segments and clean_name(segments[0]) is not None and _evidence(rest):
            return match.end() + job
        return None
    following = [i for i in range(index + 1, min(len(lines), index + 3)) if lines[i].strip()]
    if not following:
        return None
    first = lines[following[0]]
    segments = split_segments(first[job_before_given_name(first):])
    if not segments or clean_name(segments[0]) is None or len(first.split()) > 14:
        return None
    below = [i for i in range(following[0], min(len(lines), following[0] + 6)) if lines[i].strip()]
    if any(_evidence(lines[i]) for i in below[:4]):
        return len(line)
    return None


# "… des Parks. (Meer informatie bij: Name, …, tel. …)", "… 46). Контакты: начальник … Name,
# тел. …": a short phrase and a colon after a sentence's end or an opening bracket.
_COLON_IN_SENTENCE = re.compile(r"(?:[.!?)]\s+\(?|\()([^\W\d_][^:：\d@().!?]{1,40}?)[:：]\s+(?=\S)")


def lower_words_before_name(text: str) -> int:
    """Length of one to three lower-case words before a capitalised name ("начальник
    пресс-центра Name", "statssekretær Name"), whatever the language: the shape of a job
    written before a name, or 0."""
    words = list(re.finditer(r"\S+", text))
    for count in range(1, min(3, len(words) - 2) + 1):
        if words[count].group()[:1].isupper():
            if all(word.group()[:1].islower() for word in words[:count]):
                return words[count].start()
            return 0
    return 0


def _colon_lead_in_sentence(line: str) -> int | None:
    """Offset of the person after a colon lead-in inside a paragraph, when their name (after a
    job written in lower case, if any) is followed by a number or address in the same
    sentence."""
    for match in _COLON_IN_SENTENCE.finditer(line):
        head = match.group(1)
        if not 1 <= len(head.split()) <= 4 or has_cue(head) or (
            clean_name(head) is not None and starts_with_given_name(head)
        ):  # "… Mehr Informationen: Name, …" has the shape of a name, but no given name
            continue
        start = match.end()
        start += lower_words_before_name(line[start:])
        rest = line[start:]
        unabbreviated = _ABBREVIATION.sub(lambda m: m.group().replace(".", ","), rest)
        sentence = re.split(r"(?<![A-ZА-Я])[.!?]\s", unabbreviated)[0]  # "тел. 715" goes on
        segments = split_segments(sentence)
        if (
            segments and clean_name(segments[0]) is not None and _evidence(sentence[:200])
            and not _BANK_DETAILS.search(sentence)
        ):
            return start
    return None


# Bank details ("Spendenkonto: Bank X, IBAN: DE29 …, BIC: …"): an account's digits are no
# number to call, in any language.
def _evidence(text: str) -> bool:
    """A number or an address written out, not only a label ("nº 2001" in a venue's street)."""
    return bool(find_phone_spans(text) or find_email_spans(text))


_BANK_DETAILS = re.compile(r"\b(?:IBAN|BIC|SWIFT)\b|\b[A-Z]{2}\d{2}(?:\s?[\dA-Z]{4}){3,}")


def _pointed_name(lines: list[str], index: int, offset: int | None) -> str | None:
    """The name right after an unknown-word lead-in (same line, else the next non-blank)."""
    if offset is None:
        return None
    text = lines[index][offset:]
    below = [line for line in lines[index + 1:index + 4] if line.strip()]
    if not text.strip():
        text = below.pop(0) if below else ""
    name = _name_opening(text)
    if name is not None and not starts_with_given_name(name) and below and not (
        lines[index][offset:].strip()
    ):  # "Per informazioni:" / "Ufficio Stampa Comune di X" / "Dott.ssa Name": the unit
        # heads the entry, and the person a given name names right under it is the one
        under = _name_opening(below[0])
        name = under if under is not None and starts_with_given_name(under) else name
    return name


def _name_opening(text: str) -> str | None:
    """The name a line opens with, without a compound job before it or degrees."""
    text = text[job_before_given_name(text):]  # "Kommunikationskonsulent |Name, tlf. …"
    segments = split_segments(text)
    name = clean_name(segments[0]) if segments else None
    if name is None:
        return None
    at = text.find(name)  # "Name Surname Development and Special Projects Coordinator"
    name = job_run_into_name(name, text[at + len(name):]) if at >= 0 else name
    return without_degrees(name)


@dataclass(frozen=True)
class SentencePerson:
    """A person a sentence gives with their details: "[job] Name, [label] number-or-address"."""

    job_start: int
    name_start: int
    name_end: int


def sentence_people(text: str) -> list[SentencePerson]:
    """People written in running text as "statssekretær Name, telefon 91 …, e-post …" in any
    language: a name (two to four capitalised words) followed by a comma and, within two words,
    a number or an address written out; one to three lower-case words just before the name are
    their job."""
    words = list(re.finditer(r"\S+", text))
    found: list[SentencePerson] = []
    index = 0
    while index < len(words):
        taken = 0
        for count in (4, 3, 2):
            last = index + count - 1
            if last >= len(words) or not words[last].group().endswith(","):
                continue
            if not words[index].group()[:1].isupper() or (
                index and words[index - 1].group()[:1].isupper()
            ) or (  # "Fisheries and Oceans Canada,": an organisation's name goes on
                index > 1 and len(words[index - 1].group()) <= 3
                and words[index - 2].group()[:1].isupper()
            ):
                break
            name_end = words[last].end() - 1
            if clean_name(text[words[index].start():name_end]) is None:
                continue
            after = text[name_end + 1:name_end + 80]
            spans = find_phone_spans(after) + find_email_spans(after)
            first = min((start for start, _ in spans), default=None)
            if first is None or len(after[:first].split()) > 2 or "," in after[:first]:
                continue
            job = index
            # The job's words are lower-case letters; a short word ("er", "og", "oder", "de")
            # is the verb or conjunction before the job, where it starts.
            while job > 0 and index - job < 3 and re.fullmatch(
                r"[^\W\d_A-ZÀ-ÞА-Я][\w-]{4,}", words[job - 1].group()
            ) and words[job - 1].group()[:1].islower():
                job -= 1
            found.append(SentencePerson(words[job].start(), words[index].start(), name_end))
            taken = count
            break
        index += taken or 1
    return found


def _sentence_people_blocks(lines: list[str], found: list[Block]) -> list[Block]:
    """Running text that gives two or more people with their details, or one after a lower-case
    job ("… er statssekretær A, telefon …, e-post … og kommunikasjonsrådgivar B, telefon …"):
    a contact sentence in a language whose lead-in no list knows."""
    covered = {i for block in found for i in range(block.start, block.end)}
    blocks = []
    for index, line in enumerate(lines):
        if index in covered or not has_cue(line) or FOOTER_MARKERS.match(line):
            continue
        people = sentence_people(line)
        if len(people) >= 2 or (people and people[0].job_start < people[0].name_start):
            first = people[0]
            name = clean_name(line[first.name_start:first.name_end])
            blocks.append(Block(index, first.job_start, index + 1, name))
    return blocks


def _colon_sentence_blocks(lines: list[str], found: list[Block]) -> list[Block]:
    """People after a colon lead-in inside a paragraph, in any language: the line alone. A
    block an unknown-word lead-in opened may end up giving no one, so the paragraphs it ran
    over are still looked at."""
    covered = {i for block in found
               for i in range(block.start, block.start + 1 if block.pointed else block.end)}
    blocks = []
    for index, line in enumerate(lines):
        if index in covered or not has_cue(line) or FOOTER_MARKERS.match(line):
            continue
        offset = _colon_lead_in_sentence(line)
        if offset is not None:
            blocks.append(Block(index, offset, index + 1, _pointed_name(lines, index, offset)))
    return blocks


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


_JOB_LABEL = re.compile(r"^\s*([^\W\d_][^:：\d@]{2,40}?)\s*[:：]\s*(\S[^:：\d@]{2,60}?)\s*$")


def job_label(line: str) -> tuple[str, str] | None:
    """The job and the name of a "Attachée de presse : Camille F." / "Press officer: Jo B."
    line (the job written as a label over the person's details), or None."""
    match = _JOB_LABEL.match(line)
    if match is None:
        return None
    job, name = match.group(1).strip(), clean_name(match.group(2))
    if name is None or not has_job_word(job) or clean_name(job) is not None or has_cue(job):
        return None
    return job, name


def _job_label_blocks(lines: list[str], found: list[Block]) -> list[Block]:
    """Entries that open with the person's job as a label and their name after it, their
    address and number on the next lines ("Attachée de presse : Camille F." / mail / +33 …),
    wherever they stand (between the items of a press agency's list page)."""
    covered = {i for block in found for i in range(block.start, block.end)}
    blocks = []
    for index, line in enumerate(lines):
        if index in covered or job_label(line) is None:
            continue
        end = index + 1
        while (
            end < len(lines) and end - index <= 4 and end not in covered
            and has_cue(lines[end]) and len(lines[end].split()) <= 6
        ):
            end += 1
        if end > index + 1:
            blocks.append(Block(index, 0, end))
    return blocks


def _name_line(line: str) -> bool:
    """A short line that is only a person's name ("Sascha Alexas"), as vertical blocks write."""
    text = line.strip()
    return 2 <= len(text.split()) <= 5 and not has_cue(text) and clean_name(text) is not None


_NAME_DASH_NUMBER = re.compile(r"^\s*([^\W\d_][^\d@:：,;|]{2,50}?)\s+[–—-]\s+(?=[+(\d])")


def _name_with_number(line: str) -> bool:
    """"André Luís R. – (16) 9.8142-4299": a name, a dash and the person's number alone."""
    match = _NAME_DASH_NUMBER.match(line)
    if match is None or clean_name(match.group(1)) is None:
        return False
    rest = line[match.end():]
    spans = find_phone_spans(rest)
    return bool(spans) and not rest[spans[-1][1]:].strip(" ,;/")


def _organisation_over(line: str) -> bool:
    """"Secretaria da Cultura do Estado de São Paulo:": an organisation's name over its people,
    longer than the short lines a block may take in above a name."""
    words = line.split()
    return len(words) <= 10 and line.rstrip()[-1:] in (":", "：") and sum(
        word[:1].isupper() for word in words
    ) >= 3


def _number_only(line: str) -> bool:
    """A line that is a phone number and nothing else ("202-555-0100/0101", "301-555-0123")."""
    spans = find_phone_spans(line)
    rest = "".join(ch for i, ch in enumerate(line) if not any(a <= i < b for a, b in spans))
    return bool(spans) and re.fullmatch(r"[\d\s/,;.\-–()]*", rest) is not None


def _header_entry(lines: list[str], index: int) -> bool:
    """A name line ("Name" or "Name/Name") with a line that is only a number among the next
    two: a US agency's entry above its release ("Headquarters, Washington" between)."""
    if _name_and_job(lines[index]) and index + 1 < len(lines) and (
        _number_only(lines[index + 1]) or _address_only(lines[index + 1])
    ):  # "Name, Press Officer" over "press.office@agency.example.gov"
        return True
    if not _name_line(lines[index].replace("/", " ")):
        return False
    if starts_with_given_name(lines[index]) and index + 1 < len(lines) and _labelled_number(
        lines[index + 1]
    ):  # "Name" over "Tel. +370 …" above the headline, under a heading in any words
        return True
    return any(_number_only(line) for line in lines[index + 1 : index + 3])


def _labelled_number(line: str) -> bool:
    """A short line of a phone label and one number ("Tel. +370 5 …", "Mobil: 0171 …")."""
    return (
        len(line.split()) <= 7 and has_phone_label(line) and len(find_phone_spans(line)) == 1
        and not find_email_spans(line)
    )


def _name_and_job(line: str) -> bool:
    """"Jo Smith, Press Officer": a short line of a name and a job, nothing else."""
    segments = split_segments(line)
    return len(line.split()) <= 8 and len(segments) == 2 and clean_name(
        segments[0]
    ) is not None and has_job_word(segments[1]) and not has_cue(line)


def _address_only(line: str) -> bool:
    """A line that is one e-mail address and nothing else."""
    spans = find_email_spans(line)
    return len(spans) == 1 and not (line[:spans[0][0]] + line[spans[0][1]:]).strip(" .,;")


def header_entry(lines: list[str], block: Block) -> bool:
    """Whether ``block`` opens with such a header entry (read above the headline too), maybe
    under the short lines a block takes in above its name (the date, "For immediate release"),
    or people a line names each with their details ("Por A, a@…, 787-… & B, 787-…")."""
    if block.spoken or piped_heading_at(lines[block.start]) is not None:
        return True
    opening = split_segments(lines[block.start][block.offset:])
    if opening and (name := clean_name(opening[0])) is not None and starts_with_given_name(
        name
    ) and _evidence(lines[block.start][block.offset:]) and len(lines[block.start].split()) <= 16:
        return True  # "Name, Media and Communications, name@…, (253) …" over the headline
    if block.pointed is not None and starts_with_given_name(block.pointed):
        return True  # "Kontaktinis asmuo: Name, tel. …": a lead-in in any words, pointing to
        # a person by a known given name with a number or address right with them
    if _led_from_above(lines, block.start):
        return True
    following = [i for i in range(block.start + 1, min(len(lines), block.start + 6))
                 if re.search(r"\w", lines[i])]
    if not block.offset and _signature_at(lines, block.start, following):
        return True  # a whole signature ("Name, PMP", its job, an address, a mobile)
    for index in range(block.start, min(block.end, block.start + 4)):
        near = [i for i in range(index + 1, min(len(lines), index + 6)) if lines[i].strip()]
        if _listed_entry(lines, index, near):
            return True  # "a2. Press Office" / "Press Officer for …: Name" / "Tel.: …" / "Fax: …"
    return any(_header_entry(lines, index)
               for index in range(block.start, min(block.end, block.start + 3)))


def _led_from_above(lines: list[str], start: int) -> bool:
    """A block found by its evidence ("Name", "Mobil: …") right under a line that sends the
    press to it and ends in a colon ("Für Informationen, Foto- und Interviewanfragen wenden Sie
    sich an:"), a blank line between at most: the lead-in is the block's heading, above the
    headline too."""
    above = [i for i in range(max(0, start - 2), start) if lines[i].strip()]
    if not above or lines[above[-1]].rstrip()[-1:] not in ":：":
        return False
    folded = fold_keep_length(lines[above[-1]]).rstrip(" :：")
    return heading_at(lines[above[-1]]) is not None or INLINE_LEAD.search(f"{folded} …") is not None


def _signature_at(lines: list[str], index: int, following: list[int]) -> bool:
    """A name alone on its line over a whole entry in the next four lines, each short: two
    lines with a number or an address, and a line without either (the job, the office) before
    them ("Name", "Communications Adviser", "City Office", "P. 555 …", "name@…"). That much
    evidence makes it a contact wherever it stands, even above the story's end on a page that
    runs other items after it."""
    if not _name_line(lines[index]):
        return False
    near = [lines[i] for i in following[:4] if i - index <= 5]
    if any(len(line.split()) > 8 for line in near):
        return False
    cues = [number for number, line in enumerate(near) if _evidence(line)]
    return len(cues) >= 2 and cues[0] >= 1 and not _name_line(near[0])


_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _given_name_head(line: str) -> bool:
    """A short line without a number that names a person by a known given name and a
    capitalised surname, with a job around it in any order or brackets ("Name, kommunikatör",
    "Name (Senior Media Relations Officer)", "Kommunikasjonsrådgiver Name")."""
    text = line.strip()
    if not text or len(text.split()) > 12 or has_cue(text) or _SENTENCE_END.search(text):
        return False
    words = [match.group() for match in _WORD.finditer(text)]
    return any(
        first[:1].isupper() and second[:1].isupper() and is_given_name(first)
        for first, second in pairwise(words)
    )


def _listed_entry(lines: list[str], index: int, following: list[int]) -> bool:
    """An entry of a press office's list: a line naming a person (``_given_name_head``) over
    at least two lines each holding a number or an address among the next three, as press
    rooms list their officers ("Name, job" / "Telefon: …" / "E-post: …")."""
    if not _given_name_head(lines[index]):
        return False
    near = [lines[i] for i in following[:3] if i - index <= 4]
    cues = sum(1 for line in near if _evidence(line) and len(line.split()) <= 8)
    # one number is enough under a head that also gives the job ("Senior Advisor Name" /
    # "International affairs, …" / "Tel. +358 …")
    return cues >= 2 or (cues == 1 and has_job_word(lines[index]))


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
    # Above that only a header block is taken: a name, its office and a line that is only its
    # number, as US agencies head a release ("Name/Name", "Headquarters, Washington",
    # "202-555-0100/0101") before the release number and the story.
    body = min(len(lines) // 3, story)
    index = 0
    while index < len(lines):
        # A block written one field a paragraph ("Name", blank, "Press Secretary", blank, …)
        # puts its number further down: look at the next few non-blank lines, not rows.
        spaced = index + 1 < len(lines) and not lines[index + 1].strip()
        reach = 10 if spaced else 6
        following = [  # a signature's "***" or "---" rule between the fields is no field
            i for i in range(index + 1, min(len(lines), index + reach))
            if re.search(r"\w", lines[i])
        ]
        numbered = _name_with_number(lines[index])
        header = _header_entry(lines, index) or _signature_at(lines, index, following) or (
            _listed_entry(lines, index, following)
        )
        if index < body and not header:
            index += 1
            continue
        if (
            index in covered or not (_name_line(lines[index]) or numbered or header)
            or not (numbered or any(
                has_cue(lines[i]) and len(lines[i].split()) <= 8 for i in following[:3]
            ))
            or (numbered and not any(_name_with_number(lines[i]) for i in following[:3]))
        ):
            index += 1
            continue
        start = index
        while (
            start - 1 >= 0 and start - 1 not in covered and index - start < 3
            and lines[start - 1].strip() and (
                len(lines[start - 1].split()) <= 6
                or _organisation_over(lines[start - 1])
            )
            and not _SENTENCE_END.search(lines[start - 1].strip())
            and heading_at(lines[start - 1]) is None
        ):
            start -= 1
        end, taken = index + 1, 0
        while end < len(lines) and end not in covered:
            if not re.search(r"\w", lines[end]) and lines[end].strip() and not any(
                has_cue(line) for line in lines[index:end]
            ):
                end += 1  # "Erin U." / "***" / her job …: a rule inside a signature
                continue
            if not lines[end].strip():
                if spaced and end + 1 < len(lines) and lines[end + 1].strip() and taken < 8:
                    end += 1  # the blank between two fields of a spaced block
                    continue
                if end + 1 < len(lines) and has_cue(lines[end + 1]) and not any(
                    has_cue(line) for line in lines[index:end]
                ) and end + 1 not in covered:
                    end += 1  # "Name" / "Director, …" / blank / "name@…" / "m 647-…": the
                    continue  # entry's numbers after one blank line
                break
            if not (
                _contactish(lines[end]) and not FOOTER_MARKERS.match(lines[end])
                and not AFTER_CONTACTS.match(lines[end])
            ) or not (has_cue(lines[end]) or taken < 3 or _name_line(lines[end])
                      or _given_name_head(lines[end])):
                break
            head = _name_line(lines[end]) or _name_with_number(lines[end]) or (
                _given_name_head(lines[end])
            )
            taken = 0 if head else taken + 1  # the next person's own lines
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


def lower_job_before_name(text: str) -> int:
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
        lowered = lower_job_before_name(line[start:])
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


@dataclass(frozen=True)
class Spoken:
    """A person a sentence names with their own number or address close behind the name."""

    name_start: int
    name_end: int
    cue: int
    """Where their first number or address starts."""


# Words a sentence ends on before the next one starts ("… 10 a.m. Arrangements …").
_GAP_END = re.compile(r"[.!?;]\s+[A-ZÀ-Ý]|[.!?;]\s*$")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*,?|\([^\W\d_]+\)")


# "Name (who) can be contacted at …", "… may be reached on …": the sentence offers the person.
_REACHED_AT = re.compile(
    r"\s*,?\s*(?:who\s+)?(?:can|may|could|will)\s+(?:also\s+)?be\s+(?:contacted|reached)"
    r"\s+(?:at|on|by|via)\b", re.IGNORECASE
)


def _sentence_ends_in(name: str) -> bool:
    """"Axel Biermann. Bitte": a word closed by a full stop inside what would be a name ends a
    sentence there, unless it is an honorific ("Prof. Name") or an initial ("J. Name")."""
    return any(
        len(word) >= 4 and fold_keep_length(word[:-1]) not in HONORIFICS_FOLDED
        and word.lower() not in ("jr.", "sr.")
        for word in name.split()[:-1] if word.endswith(".")
    )


def spoken_people(text: str) -> list[Spoken]:
    """People a sentence names with their details in any language: a name (two to four
    capitalised words) with a number or an address within a few words after it, the words
    between being a connector ("Name at 301-…", "Name na tel: …", "Name (name@…") or an
    apposition holding a job ("Name, Media Officer for X, at name@…")."""
    spans = sorted(find_phone_spans(text) + find_email_spans(text))
    if not spans:
        return []
    words = list(re.finditer(r"\S+", text))
    found: list[Spoken] = []
    details_end = 0
    index = 0
    while index < len(words):
        word = words[index].group()
        # "(Name – name@… – 06-…)": the person in brackets after their office
        opening = words[index].start() + (1 if word.startswith("(") else 0)
        if not word.lstrip("(")[:1].isupper() or (found and words[index].start() < details_end):
            index += 1
            continue
        if (
            index + 2 < len(words) and not word.isupper() and not is_given_name(word)
            and is_given_name(words[index + 1].group()) and words[index + 2].group()[:1].isupper()
            and words[index + 1].group()[:1].isupper()
        ):  # "… Services Liaison Doug Brown at …": the job's last word before a given name
            index += 1
            continue
        taken = 0
        for count in (4, 3, 2):
            last = index + count - 1
            if last >= len(words):
                continue
            name_end = words[last].end()
            while name_end > words[last].start() and text[name_end - 1] in ",;:(":
                name_end -= 1
            name = text[opening:name_end]
            if any(start < name_end for start, _ in spans if start >= words[index].start()):
                continue  # the number is inside what would be the name
            cleaned = clean_name(name)
            if cleaned is None or not words[last].group()[:1].isupper() or re.search(
                r"[\d:：\"“”«»()]", name
            ) or has_phone_label(name) or _sentence_ends_in(name):
                continue  # "Name at" is no name: the connector follows it; nor "Paris Tél"
            cue = next((start for start, _ in spans if start >= name_end), None)
            if cue is None:
                break
            gap = text[name_end:cue]
            if _GAP_END.search(_ABBREVIATION.sub(" ", gap)) or _sentence_ends_in(f"{name} …"):
                break  # (also "… Axel Biermann. Bitte geben Sie unter …": the full stop)
            apposition = gap.lstrip().startswith(",") and (
                has_job_word(gap) or _lower_apposition(gap, name)
            )
            # After a job ("assessor de imprensa Name estará disponível … pelo telefone …")
            # the sentence may say more before the number.
            jobbed = any(has_job_word(w.group()) for w in words[max(0, index - 4):index])
            reach = 9 if apposition or jobbed or _REACHED_AT.match(gap) else 4
            # A label right before the number ("al número celular: 09…") is not sentence.
            said = [word for word in gap.split() if not word.endswith((":", "："))]
            if len(said) > reach or (gap.count(",") > (2 if apposition else 1)):
                break
            found.append(Spoken(opening, name_end, cue))
            details_end = _details_end(text, spans, cue)
            taken = count
            break
        index += taken or 1
    return found


# ", woordvoerder, via …", ", rzecznik prasowy, tel. …": one to four lower-case words set off
# by commas right after a name, in any language: the person's job, though no list knows it.
_LOWER_APPOSITION = re.compile(r"^\s*,\s*(?:[^\W\d_A-ZÀ-ÞА-Я][\w'’-]*\s+){0,3}"
                               r"[^\W\d_A-ZÀ-ÞА-Я][\w'’-]*\s*,")


def _lower_apposition(gap: str, name: str) -> bool:
    """A lower-case job between commas after a name a person bears (a known given name)."""
    return _LOWER_APPOSITION.match(gap) is not None and starts_with_given_name(name)


# The stem of "contact" in the languages of Europe ("contact opnemen met", "kontaktujte",
# "kontakta", "contactați", "contattare", "контакт"): a sentence with it before a person's
# name and their number offers that person, whether or not a list knows the wording.
# So does the stem of "information" ("Daugiau informacijos suteiks … Name tel. …", "Více
# informací poskytne Name, …").
_CONTACT_STEM = re.compile(r"(?:contact|kontakt|контакт|kapcsolat|yhteyt|iletisim|επικοινων"
                           r"|informa|информ|πληροφορ)", re.IGNORECASE)


def _pointed_at(text: str, person: Spoken) -> bool:
    """Whether a sentence points to ``person`` as someone to contact: a job in the few words
    before or after their name ("assessor de imprensa Name", "Name, Media Officer, at …"), or
    a contact verb the lists know earlier in the sentence."""
    before = text[:person.name_start].split()[-4:]
    if any(has_job_word(word) for word in before):
        return True
    if text[:person.name_start].endswith("(") and ")" in text[person.cue:]:
        return True  # "via the press office (Name – name@… – 06-…)": her details in brackets
    if has_job_word(text[person.name_end:person.cue]):
        return True
    if _REACHED_AT.match(text[person.name_end:person.cue]):
        return True  # "… Name who can be contacted at 018 …"
    sentence = re.split(r"[.!?]\s+(?=[^\W\d_])", text[:person.name_start])[-1]
    if _CONTACT_STEM.search(fold_keep_length(sentence)) and starts_with_given_name(
        text[person.name_start:person.name_end]
    ):  # "… kunt u contact opnemen met Name, …, via 06 …": the press's contact, any language
        return True
    if text[person.name_end:person.cue].strip() == "(" and find_email_spans(
        text[person.cue:person.cue + 80]
    ) and starts_with_given_name(text[person.name_start:person.name_end]):
        return True  # "… inviando una e-mail a Name Surname (name@…)": their address, in any
        # language, after a name a person bears
    # "Oct. 30, 2012CONTACT: NAME, …": a label a scrape ran into the date before it
    folded = re.sub(r"\d(?=[^\W\d_])", " ", fold_keep_length(text))
    return any(match.end() <= person.name_start for match in INLINE_LEAD.finditer(folded))


def spoken_text(text: str) -> str:
    """``text`` rewritten as a contact line from the first spoken person on: each person's
    name, a job apposition or label kept, then their numbers and addresses, up to where the
    sentence goes on ("Name at 301-… or Name at 301-… to arrange …" -> "Name, 301-…; Name,
    301-…"), so the reader reads one entry per person and no sentence as an office."""
    people = spoken_people(text)
    if not people:
        return text
    spans = sorted(find_phone_spans(text) + find_email_spans(text))
    parts: list[str] = []
    for person in people:
        if parts:
            parts.append("; ")
        parts.append(text[person.name_start:person.name_end])
        gap = text[person.name_end:person.cue]
        job = _capitalised_job_before(text[:person.name_start]) if parts[:-1] else None
        if job and not (gap.lstrip().startswith(",") and has_job_word(gap)):
            parts.append(f", {job}")  # "… or contact county Public Information Officer B at …"
        if gap.lstrip().startswith(",") and has_job_word(gap):
            kept = gap if gap.rstrip().endswith((",", ":")) else re.sub(
                r"\s+\S+\s*$", " ", gap.rstrip()
            )
            # "…, Coordinadora de Comunicación al número celular: 09…": the words that lead
            # to the number are no part of the job
            kept = _LEADING_TO_NUMBER.sub(",", kept)
            parts.append(kept.rstrip() + " ")
        else:
            labels = [word for word in gap.split() if word.endswith((":", "：", "."))
                      or word in ("(", "-", "–")]
            parts.append(", " + (" ".join(labels) + " " if labels else ""))
        following = [other.name_start for other in people if other.name_start > person.cue]
        parts.append(text[person.cue:min([_details_end(text, spans, person.cue), *following])])
    return "".join(parts)


# Lower-case words closed by a colon at the end of an apposition, after the job's own words.
_LEADING_TO_NUMBER = re.compile(r"(?<=\w)\s+(?:[a-zß-ÿ][\w'’-]*\s+){1,3}[a-zß-ÿ][\w'’-]*[:：]\s*$")


def _capitalised_job_before(text: str) -> str | None:
    """The job in capitalised words right before a name in a sentence ("… contact county
    Public Information Officer |Name"), when a job word is among them."""
    run = re.search(r"(?:\b[A-ZÀ-Þ][\w'’&-]*\s+){1,5}$", text)
    if run is None or not has_job_word(run.group()):
        return None
    return run.group().strip()


def _names_someone(gap: str) -> bool:
    """Whether two capitalised words in ``gap`` (outside brackets) make a name: the next
    person's, whose details follow."""
    words = re.sub(r"\([^()]*\)", " ", gap).split()
    return any(
        first[:1].isupper() and second[:1].isupper() and clean_name(f"{first} {second}")
        is not None and not has_cue(f"{first} {second}")
        for first, second in pairwise(words)
    )


def _details_end(text: str, spans: list[tuple[int, int]], cue: int) -> int:
    """Where the run of numbers and addresses that starts at ``cue`` ends: the next one
    follows within a few words ("… or (703) 292-7730", "… sowie per E-Mail an presse@…")."""
    end = cue
    for start, stop in spans:
        if stop <= end:
            continue
        gap = re.sub(r"\([^()]*\)", " ", _ABBREVIATION.sub(" ", text[end:start]))
        if end > cue and (len(gap.split()) > 5 or _GAP_END.search(gap) or _names_someone(gap)):
            break
        end = max(end, stop)
    close = re.match(r"[^\S\n]*(?:\([^()]{0,60}\)|\))", text[end:])  # "(weekdays)", ")"
    return end + (close.end() if close else 0)


def _spoken_blocks(lines: list[str], found: list[Block]) -> list[Block]:
    """People named in running text with their own number or address right after the name, in
    any language and under any heading or none: two or more such people in one sentence
    ("speak with A at 301-… or B at 301-…"), or one the sentence points to by a job or a
    contact verb ("Pressesprecher A erreichen Sie unter +49 …"). The block starts at the first
    person; ``block_reading`` reads it through ``spoken_text``."""
    covered = {i for block in found for i in range(block.start, block.end)}
    blocks = []
    for index, line in enumerate(lines):
        if index in covered or not has_cue(line) or FOOTER_MARKERS.match(line):
            continue
        people = spoken_people(line)
        if not people or (len(people) < 2 and not _pointed_at(line, people[0])):
            continue
        name = clean_name(line[people[0].name_start:people[0].name_end])
        if name is None or named_otherwise(lines, index, name):
            continue  # "Lindi Bor" in a sentence, "Lindi Jansen-Bor" in the block: one person
        if _for_the_public(line[:people[0].name_start]):
            continue  # "Anyone interested in volunteering can … e-mail A at …": not the press
        # From the job words before the name on, which tell how far the sentence may run.
        before = list(re.finditer(r"\S+", line[:people[0].name_start]))[-4:]
        offset = before[0].start() if before else people[0].name_start
        blocks.append(Block(index, offset, index + 1, name, spoken=True))
    return blocks


# A sentence addressed to the public, not the press: "Anyone interested in …", "Those wishing
# to volunteer …", "Los interesados en …", "Interessierte …", "Les personnes intéressées …".
_PUBLIC = re.compile(
    r"(?:^|[.!?]\s+)(?:anyone|those|individuals|residents|families|volunteers|donors|members\s+of"
    r"\s+the\s+public|(?:los|las)\s+interesad[oa]s|interessierte|(?:les\s+)?personnes\s+"
    r"interess[ée]es)\b(?![^.!?]*\b(?:media|press|reporters?|journalists?|prensa|presse)\b)"
    r"[^.!?]*$",
    re.IGNORECASE,
)


def _for_the_public(before: str) -> bool:
    """Whether the sentence that leads to a person opens by addressing the public (donors,
    volunteers, anyone interested) rather than the press."""
    return _PUBLIC.search(before) is not None


def named_otherwise(lines: list[str], index: int, name: str) -> bool:
    """Whether a line other than ``index`` names the same person in a longer form (a double
    surname, a declined form: "Lindi Bor" / "Lindi Jansen-Bor", "Lotta Backlundille" / "Lotta
    Backlund"), whose entry is the one to keep; the same name written out again is merged."""
    wanted = [fold_keep_length(word) for word in re.findall(r"[^\W\d_]+", name)]
    for number, text in enumerate(lines):
        if number == index:
            continue
        if fold_keep_length(name) in fold_keep_length(text):
            continue
        have = [fold_keep_length(word) for word in re.findall(r"[^\W\d_]+", text)]
        if all(any(w == word or (min(len(w), len(word)) >= 3 and (
            w.startswith(word) or word.startswith(w)
        )) for w in have) for word in wanted):
            return True
    return False


def _named_entry(line: str) -> bool:
    """A short list line with a name in one of its comma pieces and that person's number or
    address in the next piece ("• Duty officer North, Name Surname, tel: 555 …")."""
    if len(line.split()) > 20 or not has_cue(line) or FOOTER_MARKERS.match(line):
        return False
    segments = split_segments(line)
    return any(
        clean_name(segment) is not None and not has_cue(segment) and _evidence(following)
        for segment, following in pairwise(segments)
    )


def _entry_list_blocks(lines: list[str], found: list[Block]) -> list[Block]:
    """A list of two or more entries in a row, each naming a person with their number or
    address, under any heading or none and in any language: the run is a contact block."""
    covered = {i for block in found for i in range(block.start, block.end)}
    blocks: list[Block] = []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and end not in covered and _named_entry(lines[end]):
            end += 1
        if end - index >= 2:
            blocks.append(Block(index, 0, end))
            index = end
            continue
        while end < len(lines) and end not in covered and table_row_name(lines[end]) is not None:
            end += 1
        if end - index >= 2:
            blocks.append(Block(index, 0, end, rows=True))
            index = end
        else:
            index += 1
    return blocks


# "Kontakt: name@…, 040-…": a short label, then only addresses and numbers, no name.
_LABELLED_DETAILS = re.compile(r"^\s*[^\W\d_][\w-]{1,20}\s*[:：]\s*(?P<rest>\S.*)$")
# "Name Surname, researcher, works on …": a paragraph opened by a person's name and a comma.
_NAME_OPENING = re.compile(r"^\s*(?P<name>(?:[A-ZÀ-Þ][\w'’.-]+\s+){1,3}?[A-ZÀ-Þ][\w'’.-]+)"
                           r"(?:,\s|\s+(?=[a-zß-ÿ]))")  # or "Name Surname forskar om …"


def _described_person_blocks(lines: list[str], found: list[Block]) -> list[Block]:
    """An experts' list: a paragraph opened by a person's name (a known given name) and a comma
    that says what they work on, then right under it a labelled line of their address and
    number with no name of its own ("Name, kriminolog, forskar om …" / "Kontakt: name@…,
    040-…"), in any language: that person's entry."""
    covered = {i for block in found for i in range(block.start, block.end)}
    opened = {block.start for block in found}  # "Kontakt:" opens a block of its own, nameless
    blocks = []
    for index in range(1, len(lines)):
        details = _LABELLED_DETAILS.match(lines[index])
        if details is None or (index in covered and index not in opened) or index - 1 in covered:
            continue
        rest = details.group("rest")
        if len(rest.split()) > 12 or not _evidence(rest) or any(
            clean_name(segment) for segment in split_segments(rest)
        ):
            continue
        opening = _NAME_OPENING.match(lines[index - 1])
        name = clean_name(opening.group("name")) if opening else None
        if name is None or not (starts_with_given_name(name) or _name_in_address(name, rest)):
            continue
        blocks.append(Block(index - 1, 0, index + 1, name, described=True))
    return blocks


def _name_in_address(name: str, text: str) -> bool:
    """Whether an address in ``text`` is made of the name's first and last words
    ("Manne Gerell" and "manne.gerell@…"): the person's own, whatever lists know the name."""
    words = [fold_keep_length(word) for word in re.findall(r"[^\W\d_]+", name)]
    locals_ = [fold_keep_length(text[start:end]).split("@")[0]
               for start, end in find_email_spans(text)]
    return len(words) >= 2 and any(words[0] in local and words[-1] in local for local in locals_)


def table_row_name(line: str) -> int | None:
    """Where the person starts in a table's row that gives a place or unit, a person by a known
    given name and a surname, then their address or number ("Brno Name Surname name@… 736 …"),
    or None."""
    spans = sorted(find_phone_spans(line) + find_email_spans(line))
    if not spans or len(line.split()) > 16:
        return None
    before = line[:spans[0][0]]
    words = list(_WORD.finditer(before))
    if not 2 <= len(words) <= 6 or before.strip()[-1:] in ",:;":
        return None
    for first, second in pairwise(words):
        if is_given_name(first.group()) and first.group()[:1].isupper() and (
            second.group()[:1].isupper()
        ):
            return first.start()
    return None
