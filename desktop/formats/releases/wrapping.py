"""Contact text that an e-mail client hard-wrapped onto the next line.

Releases sent by e-mail are wrapped at about 72 columns, so one entry written out in a row can
break anywhere: inside a number ("Tel: +254 722" / "512 346"), after a label ("Tél. :" /
"+509 …"), after a comma or an "or"/"ou"/"y" that leads to the next detail or person, inside a
name ("… or Charity" / "Nzomo, …") or an office ("… UNHCR" / "Kakuma, Tel: …"). ``wraps`` says
when a line carries on the entry the line above left open, so the two are read as one.

A block written one detail a line (name / title / "Tel: …" / "Email: …") must not be merged:
there every line closes its detail, and a short line ending on a title or an office does not
reach the wrapping width, so none of the rules below fires on it.
"""

from __future__ import annotations

import re

import phonenumbers

from desktop.formats.releases.fields import (
    clean_name,
    find_email_spans,
    find_phone_spans,
    has_email_label,
    has_job_word,
    has_phone_label,
    is_acronym,
    is_label_only,
    is_title_word,
    looks_like_office,
    strip_honorific,
)
from desktop.formats.releases.lexicon import BULLETS, SWITCHBOARD

_TRAILING_RUN = re.compile(r"(\+?\s*\(?\d[\d \t().\-/]*)$")
_LEADING_DIGITS = re.compile(r"^\(?\d")
_CLOSED = re.compile(r"[.;!?…»”\"]\s*$")
_CONJUNCTION_END = re.compile(r"(?:^|\s)(?:or|and|ou|et|y|o|e|или|и)\s*$", re.IGNORECASE)
_NEW_ENTRY = re.compile(rf"^\s*(?:[{BULLETS}*>#]|[-–—]\s)")
_FIRST_SEGMENT = re.compile(r"^[^,;|()]+")
WRAP_WIDTH = 55  # a line at least this long that stops mid-entry was wrapped, not ended


def wraps(previous: str, line: str) -> bool:
    """Whether ``line`` carries on the contact entry ``previous`` left open."""
    before, after = previous.rstrip(), line.strip()
    if not before or not after or _NEW_ENTRY.match(line):
        return False
    if SWITCHBOARD.search(before) or SWITCHBOARD.search(after):
        return False
    if before.count("|") >= 2 and "|" in after:
        return False  # the rows of a table ("Nombre | Cargo | Teléfono | Correo") never wrap
    if _named_number(after):
        return False  # "…; email:" then "Ms Rania Haddad : +961 …": the value was lost, a
        # new person opens the line
    if splits_number(before, after) or ends_on_label(before):  # "Tel." ends on a dot
        return True
    if _CLOSED.search(before):
        return False
    if before.endswith(",") or _CONJUNCTION_END.search(before):
        return True
    if before.endswith((":", "：")):
        return False  # a heading ("Media contacts:") closes its line
    if _lower_continuation(after) and not _bare_name(before):
        return True
    if len(before) >= WRAP_WIDTH and _splits_title(before, after):
        return True
    return len(before) >= WRAP_WIDTH and "," in before and _splits_words(before, after)


def _named_number(after: str) -> bool:
    """A line that opens with a name and a colon before its number ("Mr Karim Saad: +961 …")."""
    match = re.match(r"^([^:：,;|]{3,60}?)\s*[:：]\s*[+(\d]", after)
    return match is not None and not has_phone_label(match.group(1)) and clean_name(
        match.group(1)
    ) == strip_honorific(
        match.group(1).strip()
    )


def _splits_title(before: str, after: str) -> bool:
    """"…, Communications" / "Officer, WHO …": a wrapped line that stops inside a job title,
    its last words title words that name no job by themselves ("Senior", "Communications",
    "Public Information"), and the next line opens with the job word that ends the title."""
    tail = re.split(r"[,;|:(]", before)[-1].split()
    head = after.split(",")[0].split()
    if not tail or not head or len(head) > 3 or not head[0][:1].isupper():
        return False
    if not has_job_word(head[0]) or has_phone_label(head[0]) or has_email_label(head[0]):
        return False
    last = tail[-1].strip(" .")
    return is_title_word(last) and not has_job_word(last) and last[:1].isupper()


def splits_number(before: str, after: str) -> bool:
    """"Tel: +254 722" / "512 346, …": a number cut before its last digit groups."""
    match = _TRAILING_RUN.search(before)
    if match is None or not _LEADING_DIGITS.match(after):
        return False
    run: str = match.group(1).strip()
    digits: int = sum(ch.isdigit() for ch in run)
    if digits < 2 or re.search(r"[^\W\d_]\d|\d[^\W\d_]", before[-3:]):
        return False
    if run.startswith("+"):
        try:
            number = phonenumbers.parse(run, None)
        except phonenumbers.NumberParseException:
            return True
        return not phonenumbers.is_valid_number(number)
    return digits < 8


def ends_on_label(before: str) -> bool:
    """"…, Tel:" / "Tél. :" / "Email:" at the end of a line: the value is on the next one."""
    words = re.split(r"[,;|]", before)[-1].split()
    for n in (1, 2):
        label = " ".join(words[-n:])
        if len(words) < n or not re.search(r"[^\W\d_]", label) or not is_label_only(label):
            continue
        if has_phone_label(label) or has_email_label(label) or label.endswith(":"):
            return True  # "Tel:", "Email:", "T:"; a bare "M" or "e" ends no label
    return False


def _lower_continuation(after: str) -> bool:
    """A line opening on a lower-case word ("contact Eujin Byun, …", "de l'UNICEF"): the
    sentence above goes on. An address, a web site or a label opens a detail of its own."""
    first = after.split()[0]
    if not first[:1].isalpha() or not first[:1].islower():
        return False
    if find_email_spans(first) or "." in first.strip(".") or ":" in first:
        return False
    return not (has_phone_label(first) or has_email_label(first) or is_label_only(first))


def _bare_name(before: str) -> bool:
    """A line that is only a person's name ("Айгуль Осмонова"): the first line of an entry
    written one detail a line, whose title may well open in lower case ("специалист по …",
    "especialista en …"); a name alone never reaches the wrapping width."""
    return len(before) < WRAP_WIDTH and clean_name(before) == before.strip()


def _splits_words(before: str, after: str) -> bool:
    """A wrapped line that ends inside a name ("… or Charity" / "Nzomo, …") or inside an office
    ("…, UNHCR" / "Kakuma, Tel: …")."""
    tail = re.split(r"[,;|:(]", before)[-1].strip()
    head_match = _FIRST_SEGMENT.match(after)
    if not tail or head_match is None:
        return False
    head = head_match.group(0).strip()
    if find_phone_spans(tail) or find_email_spans(tail) or re.search(r"\d", head):
        return False
    words = head.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if is_label_only(head) or has_phone_label(head) or has_email_label(head):
        return False
    last = tail.split()[-1]
    if clean_name(head) is None and clean_name(f"{last} {head}") is not None and (
        clean_name(tail) is None
    ):
        return True  # "… or Charity" + "Nzomo"
    office_tail = is_acronym(last) or looks_like_office(tail)
    return office_tail and not has_job_word(tail) and clean_name(head) is None
