"""Shapes of a contact entry that are read before its segments are.

Cutting a line at commas only works when the line is one entry written out in a row. Some
authors write a form instead ("Name: … / Title: … / Phone: …", "Nom : … Fonction : …",
"Nombre: … Cargo: …"), put the organisation before the person ("– Save the Children: Al-Amin
bin Rashid, Media Manager, …"), let a word processor wrap an office's name onto the next line
("Bureau régional de l'OMS pour / l'Afrique"), or write Russian, where the job is in lower case
and the organisation that follows it in the genitive starts with a capital ("специалист по
коммуникациям Странового офиса ВОЗ в Таджикистане"). Each shape is recognised here, with no
knowledge of the reader, so that ``contacts`` can hand the reader plain pieces.
"""

from __future__ import annotations

import re
from enum import Enum

from desktop.formats.releases.lexicon import BULLETS, fold_keep_length

_NAME_LABELS = ("name", "full name", "nom", "nom et prenom", "nombre", "nombre y apellido",
                "nome", "имя", "фио", "الاسم")
_TITLE_LABELS = ("title", "job title", "position", "function", "role", "fonction", "poste",
                 "titre", "cargo", "puesto", "funcao", "должность", "المنصب", "الوظيفة")
_OFFICE_LABELS = ("office", "oficina", "bureau", "escritorio", "офис", "organisation",
                  "organization", "agency", "institution", "unit",
                  "organisme", "structure", "service", "institucion", "organizacion",
                  "organismo", "entidad", "dependencia", "organizacao", "instituicao",
                  "организация", "учреждение", "المكتب", "الجهة", "المنظمة")


class Field(Enum):
    NAME = "name"
    TITLE = "title"
    OFFICE = "office"


_FIELDS = {label: field for field, labels in (
    (Field.NAME, _NAME_LABELS), (Field.TITLE, _TITLE_LABELS), (Field.OFFICE, _OFFICE_LABELS)
) for label in labels}
_LABELLED = re.compile(
    rf"^[\s{BULLETS}*\-–—]*(?P<label>[^\W\d_][^:：]{{0,24}}?)\s*[:：]\s*(?P<rest>\S.*)$"
)


def labelled_field(line: str) -> tuple[Field, str] | None:
    """The field a form line fills and its value: "Nom : Mme Geneviève Lapointe" ->
    (NAME, "Mme Geneviève Lapointe"); None for any other line."""
    match = _LABELLED.match(line)
    if match is None:
        return None
    field = _FIELDS.get(fold_keep_length(match.group("label")).strip(" ."))
    rest = match.group("rest").strip()
    if field is Field.OFFICE and re.search(r"\d{3}|@", rest):
        return None  # "Office: +41 22 …" labels a number
    return (field, rest) if field else None


_LEAD_IN = re.compile(
    rf"^[\s{BULLETS}*\-–—]*(?P<lead>[^\W\d_][^:：@+\d]{{1,60}}?)\s*[:：]\s+(?P<rest>\S.*)$"
)


def organisation_lead_in(line: str) -> tuple[str, str] | None:
    """Split "– Save the Children: Al-Amin bin Rashid, …" into the organisation and the entry.

    Only the shape is checked here; the caller decides that what follows opens with a name and
    that the lead-in is neither a place ("In Geneva:") nor a label ("Mobile:")."""
    match = _LEAD_IN.match(line) or _SLASH_LEAD.match(line)
    if match is None or len(match.group("lead").split()) > 6:
        return None
    return match.group("lead").strip(), match.group("rest")


# "Oxfam International / Sara Lind, +44 …", "Büro des Regierungssprechers – Silvia Römer": the
# organisation, a spaced slash or dash, then the person.
_SLASH_LEAD = re.compile(
    rf"^[\s{BULLETS}*\-–—]*(?P<lead>[^\W\d_][^:：@+\d/–—]{{1,60}}?)\s+[/–—]\s+(?P<rest>\S.*)$"
)


# Words a wrapped line may end on, or the next line start with, inside one office's name.
_JOINING = frozenset(
    [
        "of", "for", "the", "in", "and", "de", "du", "des", "la", "le", "les", "pour", "et",
        "del", "el", "las", "los", "para", "y", "en", "do", "da", "dos", "das", "e", "em", "no",
        "na", "в", "во", "для", "по", "и", "при", "في", "لدى", "l'", "l’", "d'", "d’",
    ]
)


def ends_open(line: str) -> bool:
    """Whether ``line`` stops on a word that needs more ("…de l'OMS pour", "…ЮНИСЕФ в")."""
    words = line.rstrip().split()
    return bool(words) and fold_keep_length(words[-1]) in _JOINING


def continues(previous: str, line: str) -> bool:
    """Whether ``line`` carries on the office name ``previous`` left unfinished: the previous
    line ends on a joining word, or this one opens with one in lower case ("для Европы …")
    after a line that did not close with a comma, a number or an address, or a Russian
    unit in the genitive waits for its organisation ("…Представительства" + "УВКБ ООН …")."""
    if not previous.strip() or not line.strip():
        return False
    if ends_open(previous):
        return True
    first = line.split()[0]
    opens = fold_keep_length(first) in _JOINING or re.match(r"^[ld]['’]", first)
    closed = re.search(r"[,;.:\d]\s*$|@\S+\s*$", previous)
    if not closed and _russian_unit(previous.split()[-1]) and _is_acronym(first):
        return True
    return bool(opens and first[:1].islower() and not closed)


# Russian units that name no organisation of their own: "Представительства" (genitive of
# "Представительство") is always followed by whose it is, so a line ending on one is unfinished.
_RUSSIAN_UNITS = ("представительств", "бюро", "офис", "отделени", "управлени", "миссии",
                  "миссия", "делегаци", "организаци", "программ", "агентств", "фонд")


def _russian_unit(word: str) -> bool:
    folded = fold_keep_length(word).strip(".,;:()")
    return any(folded.startswith(stem) and len(folded) - len(stem) <= 3 for stem in _RUSSIAN_UNITS)


def _is_acronym(word: str) -> bool:
    core = word.strip(".,;:()[]")
    return 2 <= len(core) <= 8 and core.isalpha() and core.isupper()


_CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def split_russian_job(text: str) -> tuple[str, str] | None:
    """Split "специалист по коммуникациям Странового офиса ВОЗ в Таджикистане" into the job
    and the office: Russian writes jobs in lower case and starts an organisation's name
    (declined or not) with a capital, so the office opens at the first capitalised word."""
    words = text.split()
    if len(words) < 2 or not _CYRILLIC.search(words[0]) or not words[0][:1].islower():
        return None
    for index, word in enumerate(words[1:], start=1):
        letter = next((ch for ch in word if ch.isalpha()), "")
        if letter.isupper():
            title = " ".join(words[:index]).strip(" ,;:")
            return title, " ".join(words[index:]).strip(" ,;:.")
    return None


_PRONOUNS = re.compile(
    r"^\s*(?:she|he|they|ze|xe|elle|il|iel|ella|el|él|ela|ele|elu|она|он)"
    r"(?:\s*/\s*[^\W\d_]+){1,2}\s*$",
    re.IGNORECASE,
)


def is_pronouns(text: str) -> bool:
    """"she/her", "they/them", "elle/la", "ela/dela": pronouns a signature adds after a name."""
    return _PRONOUNS.match(text) is not None
