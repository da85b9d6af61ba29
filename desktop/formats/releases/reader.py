"""Reading one contact line: cutting it into segments and grouping them into people.

People separate a contact's details with commas, pipes and brackets, and separate people with
"or"/"ou"/"y" or a fresh name. Each segment is read as a name, a title, an office, a phone or an
address; a new name starts a new person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.domain.countries import country_from_name, find_country_in_text
from desktop.domain.emails import EmailCheck
from desktop.formats.releases.addresses import read_emails
from desktop.formats.releases.areas import is_region
from desktop.formats.releases.entries import Field, is_pronouns, split_russian_job
from desktop.formats.releases.fields import (
    all_lower_case,
    clean_name,
    find_email_spans,
    find_phone_spans,
    folded_tokens,
    has_job_word,
    has_org_word,
    has_phone_label,
    has_role_word,
    is_label_only,
    looks_like_office,
    split_at_org,
    split_lower_job,
    split_office_title,
    split_trailing_name,
    strip_article,
)
from desktop.formats.releases.lexicon import (
    BULLETS,
    JOB_LINE,
    LEFTOVER_CONNECTORS,
    UNIT_WORDS_FOLDED,
    fold_keep_length,
)
from desktop.formats.releases.places import is_city
from desktop.formats.releases.regions import COUNTRY_ALIASES

# A dash between two digit groups ("0381 / 2083 - 1003") is inside a number, not a separator.
_SEPARATORS = re.compile(
    rf"\s*[|,;،؛{BULLETS}]\s*|(?<!\d)\s+[–—-]\s+|\s+[–—-]\s+(?!\d)|\t+|\s{{3,}}"
)
_CONJUNCTION = re.compile(r"\s+(?:or|and|ou|et|y|o|e|oder|und|og|och|или|и|أو|او)\s+",
                          re.IGNORECASE)
_PAREN = re.compile(r"\(([^()]*)\)")
_LIST_TAIL = re.compile(r"^[^\W\d_][^,]*\s(?:and|y|et|e|и)\s+(?:the\s+|el\s+|la\s+|les\s+|l['’])?"
                        r"[^\W\d_][^\s]*(?:\s[^\W\d_](?:[\w-]|['’](?=\w))*){0,2}\s*$")


@dataclass
class Draft:
    lines: list[int]
    name: str | None = None
    title: str | None = None
    office: str | None = None
    location: str | None = None
    city: str | None = None  # "…, Kuala Lumpur" after the office: not the office, but its place
    lead_office: str | None = None  # "– Save the Children: A, …": the office unless A names one
    phone_segments: list[str] = field(default_factory=list)
    emails: list[EmailCheck] = field(default_factory=list)
    for_investors: bool = False  # "Investors: Marcus Feld, …": not a media contact
    desk: bool = False  # opened by a desk line ("Media Relations"): its next lines name the desk
    office_line: int | None = None  # the line an office of its own was read from
    office_read_at: int | None = None  # the line any office was read on ("Unit, MZV, +420 …")
    partner: Draft | None = None  # "Sophie Brandt, Tobias Rehm" then one number: shared

    @property
    def reachable(self) -> bool:
        return bool(self.phone_segments or self.emails)


def split_segments(text: str) -> list[str]:
    """Cut a contact line into the pieces people separate with commas, pipes, brackets, "or"."""

    def unbracket(match: re.Match[str]) -> str:
        inner = match.group(1)
        if is_pronouns(inner):
            return " "
        if not re.search(r"[^\W\d_]", inner) or inner.strip().lower() in {"at", "dot"}:
            return match.group(0)
        if has_phone_label(inner) and len(inner.split()) <= 2:
            return match.group(0)
        return f", {inner} ,"

    pieces: list[str] = []
    for part in _SEPARATORS.split(_PAREN.sub(unbracket, text)):
        for run in _split_run_on(part):
            pieces.extend(_split_conjunctions(run))
    return [cut for piece in pieces if piece and piece.strip(" .:：") for cut in _name_then_acronym(
        piece.strip())]


# "Ivan Godarsky OSCE/ODIHR EOM Media Analyst": a name run into an upper-case acronym that
# opens the office, with no comma between them.
_NAME_BEFORE_ACRONYM = re.compile(
    r"^((?:[A-ZÀ-Þ][a-zß-ÿ'’-]+\s+){1,2}[A-ZÀ-Þ][a-zß-ÿ'’-]+)\s+(?=[A-Z]{2,}(?:/[A-Z]{2,})+\b)"
)


# "OSCE/ODIHR EOM Media Analyst": an organisation's acronyms, then the job.
_ACRONYMS_THEN_JOB = re.compile(
    r"^((?:[A-Z]{2,}(?:/[A-Z]{2,})+)(?:\s+[A-Z]{2,})*)\s+(?=[A-Z][a-z])"
)


def _name_then_acronym(piece: str) -> list[str]:
    match = _NAME_BEFORE_ACRONYM.match(piece)
    if match is not None and clean_name(match.group(1)) is not None:
        return [match.group(1), *_name_then_acronym(piece[match.end():])]
    office = _ACRONYMS_THEN_JOB.match(piece)
    job = piece[office.end():] if office else ""
    if office and has_job_word(job) and not re.search(r"\b[A-Z]{2,}\b", job):
        return [office.group(1), job]
    return [piece]


# "Dr. Anna Beispiel Tel. 267 85 41 Vorsteherin Finanzdepartement Dr. Ben Muster Tel. …": a
# table flattened into one line, with no separator between a person's fields.
_LABEL_AFTER_WORD = re.compile(
    r"(?<=[^\W\d_])\s+(?=(?:tel|telefon|phone|t[ée]l|mobil|mobile|fax)\.?\s*:?\s*[+(\d])",
    re.IGNORECASE,
)
_HONORIFIC_AFTER_WORD = re.compile(
    r"(?<=[^\W\d_])\s+(?=(?:Dr|Prof|Mag|Mag\.a|Dr\.in)\.?\s+[A-ZÄÖÜ][^\W\d_]+\s+[A-ZÄÖÜ])"
)


def _split_run_on(part: str) -> list[str]:
    """Cut a run-on line at a phone label that follows a word, after that label's number and
    before an honorific that opens a second name, so each field is read on its own."""
    if not _LABEL_AFTER_WORD.search(part):
        return [part]
    marked = _LABEL_AFTER_WORD.sub(" \x00", part)
    marked = _HONORIFIC_AFTER_WORD.sub(" \x00", marked)
    spans = find_phone_spans(marked)
    for _, end in reversed(spans):
        after = marked[end:]
        if re.match(r"\s+[A-ZÄÖÜ][^\W\d_]", after):
            marked = marked[:end] + " \x00" + after
    return [piece for piece in marked.split("\x00") if piece.strip()]


def _split_conjunctions(part: str) -> list[str]:
    """Split "… email or B at IOM X" before B; "Bureau for the Middle East and North Africa"
    stays whole because nothing on the left closes a person (no phone, address or name)."""
    for match in _CONJUNCTION.finditer(part):
        right = part[match.end():].split()
        left = part[: match.start()].strip()
        if not left:
            continue
        closes_person = bool(
            find_phone_spans(left) or find_email_spans(left) or clean_name(left)
            or (split_at_org(left) and clean_name(split_at_org(left)[0]))  # type: ignore[index]
        )
        if not closes_person:
            continue
        if right and has_job_word(right[0]) and not clean_name(right[0]) and any(
            clean_name(" ".join(right[1:n])) for n in (3, 4, 5) if len(right) >= n
        ):  # "… e-post x@y og kommunikasjonssjef Anne Hjukse, telefon …": the job opens the next
            return [part[: match.start()], *_split_conjunctions(part[match.end():])]
        if any(clean_name(" ".join(right[:n])) for n in (2, 3, 4) if len(right) >= n):
            return [part[: match.start()], *_split_conjunctions(part[match.start():])]
    return [part]


def remainder(segment: str) -> str:
    """The words of ``segment`` once its phone numbers, addresses and labels are taken out,
    with the connectors left around them ("on … or at …") dropped too."""
    spans = sorted(find_phone_spans(segment) + find_email_spans(segment))
    kept, cursor = [], 0
    for start, end in spans:
        if start >= cursor:
            kept.append(segment[cursor:start])
            cursor = end
    kept.append(segment[cursor:])
    pieces = [piece for piece in kept if piece.strip() and not is_label_only(piece)]
    if spans:  # "… al 987 654 321 o escribir a …": only connectors between two details
        pieces = [piece for number, piece in enumerate(pieces)
                  if number == 0 or not _only_connectors(piece)]
    text = re.sub(r"<\s*>|\(\s*\)|\[\s*\]|mailto:", " ", " ".join(pieces))
    words = text.split()
    if words and "@" in words[-1] and not text.startswith("@"):
        words.pop()  # "… or Katherine.McCarthy@heart.": an address cut short, still no office
        spans = spans or [(0, 0)]
    if spans:
        while words and fold_keep_length(words[-1].strip(" :.,;")) in LEFTOVER_CONNECTORS:
            words.pop()
    text = " ".join(words).strip(" :：,;-–")
    if text.count("(") != text.count(")"):  # "chief PR officer (press@…, +7 (495) …)"
        text = text.strip("() ")
    return text if re.search(r"\s(?:Jr|Sr|Snr|Jnr)\.$", text) else text.strip(" :：.,;-–")


_WRITE_WORDS = frozenset({"escribir", "escriba", "write", "to", "ecrire", "escrever", "a", "al",
                          "à", "en", "no", "ou", "or", "o", "at"})


def _only_connectors(piece: str) -> bool:
    words = [fold_keep_length(w.strip(" :.,;()")) for w in piece.split()]
    words = [w for w in words if w]
    return bool(words) and all(w in LEFTOVER_CONNECTORS or w in _WRITE_WORDS for w in words)


_HONOURABLE_OFFICE = re.compile(
    r"^(?:office|cabinet|bureau)\s+(?:of\s+the\s+hon(?:ou?rable|\.)?|de\s+l['’]\s*honorable)\s",
    re.IGNORECASE,
)
_MINISTER = re.compile(r"^(?:associate\s+|deputy\s+)?minist(?:er|re)\s", re.IGNORECASE)


def _minister_of(office: str, text: str) -> bool:
    """"Office of the Honourable Jean-Yves Duclos" + "Minister of Health" (Canada's releases
    give the minister's portfolio on the next line): the portfolio completes the office."""
    return bool(_HONOURABLE_OFFICE.match(office)) and "," not in office and bool(
        _MINISTER.match(text.strip())
    )


_CABINET = re.compile(r"^(?:cabinet|bureau|gabinete|despacho)\s+(?:de|du|del|da|do)\s",
                      re.IGNORECASE)
_LIST_END = re.compile(r"\s(?:&|and|et|y|und|e)\s+[^\W\d_]", re.IGNORECASE)

_UNIT_PARTICLES = frozenset({"and", "of", "for", "the", "et", "de", "du", "des", "la", "le",
                             "y", "del", "und", "für", "fur", "der", "e", "do", "da"})


def _unit_name(text: str) -> bool:
    """A capitalised phrase of a few words that is no sentence ("Fisheries and Land
    Resources"): under a person's job in a vertical block, the unit they work for."""
    words = [w for w in text.strip(" ,;:.").split() if not _LEGAL_FORM_WORD.match(w)]
    if not 2 <= len(words) <= 8 or any(ch.isdigit() or ch in "@:/" for ch in text):
        return False
    lower = [w for w in words if not w[:1].isupper() and fold_keep_length(w) not in _UNIT_PARTICLES]
    # one word in lower case after a capital ("SOS-Kinderdörfer weltweit"): still a name
    return not lower or (len(lower) == 1 and words[0][:1].isupper() and len(words) <= 4)


# A legal form after an organisation's name ("Missionswerk e.V.", "Welthungerhilfe e. V.").
_LEGAL_FORM_WORD = re.compile(r"^(?:e\.\s?V\.?|e\.|V\.|g?GmbH|mbH|gAG|AG|Inc\.?|Ltd\.?)$")


# A press wire's credit line under the entry: "Originaltext vom NABU", "Original-Content von:
# Terre des Hommes Deutschland e.V., übermittelt durch news aktuell".
_WIRE_CREDIT = re.compile(r"^\s*(?:originaltext|original-content)\s+(?:vo[mn]|von:)\s",
                          re.IGNORECASE)


# One word for a job, then the area it covers, before the person's name on the same line
# ("Byggherrevakt i Sogn", "Pikett für Graubünden"): the job is the title, the area neither.
_JOB_FOR_AREA = re.compile(
    r"^([^\W\d_][\w-]{5,})\s+(?:i|in|for|für|fur|en|pour|para|per)\s+"
    r"[A-ZÀ-ÞÆØÅ][\w-]+(?:\s+[A-ZÀ-ÞÆØÅ][\w-]+)?$"
)


def _city_and_state(text: str) -> bool:
    """"Boston, MA", "Washington, DC", "Ottawa, Ontario": where the person sits, no office."""
    city, comma, state = text.partition(",")
    code = re.fullmatch(r"\s*[A-Z]{2}\.?\s*", state)
    return bool(comma) and (is_city(city.strip()) or code is not None)


def _country_named(name: str) -> bool:
    """An organisation's name that ends on a country ("Pro Senectute Schweiz"), in three
    words or more: a person's surname may be a country's name ("Dayane Malta"), not two."""
    words = name.split()
    return len(words) >= 3 and (
        country_from_name(words[-1]) is not None
        or fold_keep_length(words[-1]) in COUNTRY_ALIASES
    )


def _number_label(text: str) -> bool:
    """"Mobiel voor SMS", "Mobile (after hours)": a phone label and a few words on what the
    number is for, left once the number is taken out; never a name, job or office."""
    words = text.split()
    return 1 <= len(words) <= 6 and has_phone_label(words[0]) and is_label_only(words[0])


def _continues_office(text: str) -> bool:
    """"Norteamérica y el Caribe" after an office: the last items of a list in its name."""
    if re.match(r"^(?:des|du|de\s+la|de\s+l['’]|de|del|de\s+los|de\s+las)\s*[A-ZÀ-Ý]", text):
        return len(text.split()) <= 8  # "…, des Exportations et du Développement économique"
    return bool(_LIST_TAIL.search(text)) and not has_role_word(text)


def _field_of_job(title: str, text: str) -> bool:
    """Whether ``text`` is the field a bare rank works in, cut off by a comma: "Vice President,
    Corporate Communications", "Director, Media Relations". The title must name no field of its
    own ("Communications Officer, Media Unit" keeps its unit out), and ``text`` must hold a
    unit word, no job and no organisation, in a few words."""
    if any(w in UNIT_WORDS_FOLDED for w in folded_tokens(title)) or len(text.split()) > 4:
        return False
    return has_role_word(text) and not has_job_word(text) and not has_org_word(text)


class Reader:
    """Walks a block's segments and groups them into people."""

    def __init__(self) -> None:
        self.drafts: list[Draft] = []
        self.current: Draft | None = None
        self.line_parts = 1
        """How many segments the line being read holds."""

    def start(self, line: int, name: str | None) -> Draft:
        above = self.drafts[-1] if self.drafts else None
        self.current = Draft([line], name=name)
        if (
            above is not None and above.office and above.name is None and not above.title
            and not above.reachable and not above.desk
        ):  # "Polizeipräsidium X" over "Pressestelle" and its people: whom they work for
            self.current.lead_office = above.office
        elif (
            above is not None and above.desk and above.name is None and above.lead_office
            and not above.reachable
        ):
            self.current.lead_office = above.lead_office
        elif (
            above is not None and above.name and not above.reachable and not above.title
            and not above.office and above.lines[-1] == line - 1 and _country_named(above.name)
        ):  # "Pro Senectute Suisse" over "Name, job": a name with a country, not a person
            self.current.lead_office = above.name
        elif (
            above is not None and above.name and name and above.lines[-1] == line - 1 and (
                (above.lead_office and _country_named(above.lead_office))
                or (above.office and above.office_line is not None and len(above.lines) > 1
                    and above.office_line == above.lines[0] < above.lines[1])
            )
        ):  # the next entry right under it: the organisation line heads both
            self.current.lead_office = above.lead_office or above.office
        self.drafts.append(self.current)
        return self.current

    def draft(self, line: int) -> Draft:
        if self.current is None:
            return self.start(line, None)
        if line not in self.current.lines:
            self.current.lines.append(line)
        return self.current

    def name(self, name: str, line: int, fresh: bool) -> Draft | None:
        current = self.current
        if current is not None and current.name and fold_keep_length(current.name) == (
            fold_keep_length(name)
        ):  # the display name before the address: "Lucía Fernández" <lucia.fernandez@…>
            return self.draft(line)
        if current is None or (current.name is None and not current.reachable):
            draft = self.draft(line)
            draft.name = name
            return draft
        if current.name is None and current.lines == [line] and not (
            current.title or current.office
        ):  # "+252 61 5123456 | Dr. Hassan Abdi Farah | …": the number opened the entry
            current.name = name
            return current
        if current.name is None:
            return self.start(line, name)
        if fresh or current.reachable:
            return self.start(line, name)
        if not (current.title or current.office) and current.lines[-1] == line:
            partner = current  # "Sophie Brandt, Tobias Rehm": two people, details below shared
            draft = self.start(line, name)
            draft.partner = partner
            draft.lead_office = draft.lead_office or partner.lead_office
            return draft
        return None  # a place name after the office ("IOM Ethiopia, Addis Ababa")

    def segment(self, segment: str, line: int, fresh: bool) -> None:
        conjunction = bool(
            re.match(r"^(?:or|and|ou|et|y|o|e|oder|und|или|и|أو|او)\s", segment, re.I)
        )
        rest = remainder(segment)
        has_number = bool(find_phone_spans(segment))
        if rest and not (has_number and _number_label(rest)):
            self.words(rest, line, fresh or conjunction)
        if find_phone_spans(segment) or (has_phone_label(segment) and re.search(r"\d{3}", segment)):
            self.draft(line).phone_segments.append(segment)
        emails = read_emails(segment)
        if emails:
            self.draft(line).emails.extend(emails)

    def words(self, text: str, line: int, fresh: bool) -> None:
        current = self.current
        care_of = re.match(r"^\s*c/o\s+(?=\S)", text, re.IGNORECASE)
        if care_of:  # "c/o Die Regionauten, Harald Kühl, Tel.: …": the agency that answers
            self.current = None
            self.start(line, None).office = text[care_of.end():].strip(" ,;:.")
            return
        if current is not None and current.office and _minister_of(current.office, text):
            current.office = f"{current.office}, {text.strip(' ,;:.')}"
            return
        if _WIRE_CREDIT.match(text):
            return  # "Originaltext vom NABU": the wire credits the sender, no one's office
        if (
            current is not None and current.office and fresh and not current.reachable
            and current.office_line is not None and (
                current.office_line == line - 1
                or (current.office_line == line - 2 and current.lines[-1] == line - 2)
            ) and has_org_word(text)
            and not has_job_word(text) and clean_name(text) is None
        ):  # "Bundesministerium für …" then "Staatssekretariat für Tourismus": one office,
            # also with a blank line between the unit and its organisation
            current.office = f"{current.office}, {text.strip(' ,;:.')}"
            current.office_line = line
            return
        if (
            current is not None and current.office and not fresh
            and current.office_read_at == line and len(text.split()) <= 6 and has_org_word(text)
            and not has_job_word(text) and clean_name(text) is None and not is_city(text)
            and country_from_name(text.strip(" .()")) is None and not all_lower_case(text)
        ):  # "Oddělení komunikace s médii, MZV, +420 …": the unit, then its organisation
            current.office = f"{current.office}, {text.strip(' ,;:.')}"
            return
        if (
            current is not None and current.name and not current.title and fresh
            and JOB_LINE.match(fold_keep_length(text))
        ):  # "Mag. Eleonore …" then "Public Relations": what she does
            current.title = text.strip(" ,;:.")
            return
        if (
            current is not None and current.desk and current.name is None
            and not current.office and (
                find_country_in_text(text) or (clean_name(text) and self.line_parts == 1)
            )
        ):  # "Media Relations" + "Health Canada": the desk's organisation, not a person;
            # "Pressestelle" then "Anna Muster, Ben Beispiel": two people, not the desk's name
            current.office = text.strip(" ,;:.")
            return
        if is_city(text) or (current is not None and country_from_name(text.strip(" .()"))):
            # "…Regional Office, Bangkok", "…, Communications Manager, Yemen": a city or a
            # country alone is where the person sits, never an office
            if current is not None:
                current.city = current.city or text.strip(" ,;:.()")
            return
        if current is not None and current.office and not fresh and _continues_office(text):
            # "Oficina Regional … para Centroamérica, Norteamérica y el Caribe": the comma
            # belonged to a list inside the office's name, not between two details.
            current.office = f"{current.office}, {text.strip(' ,;:.')}"
            return
        if is_region(text) and not has_org_word(text):
            return  # "Middle East and Eastern Europe": the area a job covers
        if (
            current is not None and current.title and not current.office and not fresh
            and current.lines[-1] == line and _LIST_END.search(text)
            and len(text.split()) <= 4 and not has_org_word(text) and not has_job_word(text)
            and clean_name(text) is None
        ):  # "Chief of Communication, Advocacy & Partnerships": the list goes on in the title
            current.title = f"{current.title}, {text.strip(' ,;:.')}"
            return
        name = clean_name(text)
        if name:
            if self.name(name, line, fresh) is None and looks_like_office(text):
                self._describe(self.draft(line), text)  # "…, Greenfield Energy Kenya"
            return
        russian = split_russian_job(text)
        if russian and has_role_word(russian[0]):
            target = self.draft(line)
            target.title = target.title or russian[0]
            target.office = target.office or russian[1]
            return
        if _CABINET.match(text) and not has_job_word(text.split()[0]):
            # "Cabinet de la ministre de la Famille et ministre responsable de la région …":
            # a minister's office, whose name holds job words of its own
            cabinet = self.draft(line)
            cabinet.office = cabinet.office or text.strip(" ,;:.")
            return
        split = split_at_org(text)
        if split and self._named_at_office(*split, line, fresh):
            return
        trailing = split_trailing_name(text)
        if trailing:
            head, name = trailing
            draft = self.name(name, line, True)
            if draft is not None:
                self._describe(draft, head)
            return
        if (
            current is not None and fresh and current.name and current.title
            and not current.office and not current.reachable and _unit_name(text)
            and not _city_and_state(text)
            and not has_job_word(text)
        ):  # a vertical block's name / job / "Fisheries and Land Resources": the office
            current.office = text.strip(" ,;:.")
            current.office_line = current.office_read_at = line
            return
        draft = self.draft(line)
        had_office = draft.office
        self._describe(draft, text)
        if draft.office and not had_office:
            draft.office_read_at = line
        if fresh and draft.office and not had_office and draft.office == strip_article(text):
            draft.office_line = line

    def field(self, field: Field, value: str, line: int) -> None:
        """Fill one line of a form ("Nom : …", "Cargo: …", "Office: …"): the label says what
        the value is, so a job is a title even without a job word the lexicon knows."""
        if field is Field.NAME:
            parts = split_segments(value)  # "Ms. Priya Raman (she/her)"
            name = clean_name(parts[0]) if parts else None
            if name:
                self.current = None
                self.start(line, name)
            return
        pieces = split_segments(value)
        if not pieces:
            return
        draft = self.draft(line)
        head = pieces[0]
        if field is Field.OFFICE:
            draft.office = draft.office or strip_article(head)
        elif split_at_org(head) or split_russian_job(head) or split_office_title(head):
            self.segment(head, line, False)
        else:
            draft.title = draft.title or head
        for piece in pieces[1:]:
            self.segment(piece, line, False)

    def _named_at_office(self, left: str, office: str, line: int, fresh: bool) -> bool:
        """Read "NAME at OFFICE" or "TITLE à l'OFFICE"; False when ``left`` is neither."""
        left_name = clean_name(left)
        title = None
        inner = split_trailing_name(office) if not left_name and has_role_word(left) else None
        if inner:
            (office, left_name), title = inner, left  # "porte-parole de l'OIM Fatima Diallo"
        if left_name:
            draft = self.name(left_name, line, fresh)
            if draft is not None:
                draft.title = draft.title or title
                draft.office = draft.office or strip_article(office)
            return True
        if has_role_word(left):
            draft = self.draft(line)
            draft.title = draft.title or left
            draft.office = draft.office or strip_article(office)
            return True
        return False

    @staticmethod
    def _describe(draft: Draft, text: str) -> None:
        """Read words that are not a name as the person's title, office or both."""
        both = split_office_title(text)
        lower = None if both else split_lower_job(text)
        if both:
            office, title = both
            draft.office = draft.office or strip_article(office)
            draft.title = draft.title or title
        elif lower:  # "projektledare Naturvårdsverket": the job in lower case, then the office
            draft.title = draft.title or lower[0]
            draft.office = draft.office or lower[1]
        elif has_job_word(text) and not text.split()[0].isupper():
            draft.title = draft.title or text
        elif looks_like_office(text):
            draft.office = draft.office or strip_article(text)
        elif has_job_word(text):  # "Media and Communications Division" names a unit, no job
            draft.title = draft.title or text
        elif draft.title and _field_of_job(draft.title, text):
            draft.title = f"{draft.title}, {text.strip(' ,;:.')}"
        elif draft.name is None and not draft.title and not draft.office:
            covered = _JOB_FOR_AREA.match(text.strip())
            if covered:  # "Byggherrevakt i Sogn, Name, tlf: …": the job, then the area it covers
                draft.title = covered.group(1)
