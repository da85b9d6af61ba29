"""Reading the phone numbers and e-mail addresses of one contact segment.

Kept apart from ``fields`` (which recognises names, titles and offices) because numbers and
addresses are checked against outside rules: ``phonenumbers`` for numbers, the app's e-mail
check for addresses, and a few conventions releases have (extensions, "00" prefixes, address
patterns that are not addresses).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import phonenumbers

from desktop.domain.emails import EmailCheck, check_email
from desktop.domain.phones import PhoneCheck, PhoneKind, check_phone, kind_from_label
from desktop.domain.text import squeeze
from desktop.formats.releases.fields import (
    find_email_spans,
    find_phone_spans,
    has_email_label,
    is_timestamp,
)

_EXTENSION_AFTER = re.compile(r"\s*(?:ext\.?|extension|extensión|x|poste|anexo)\s*\d{1,6}", re.I)


@dataclass(frozen=True)
class RawPhone:
    as_written: str
    label: str


_ALTERNATIVE = re.compile(r"\s*/\s*[-–]\s*(\d{1,5})(?!\d)")
_DIRECT_DIAL = re.compile(r"\s*[-–]\s*(\d{1,5})(?![\d.\-])")


# "Fax", "Telefax", "télécopie" before a number; "Tel./Fax" also names a voice line.
_FAX_LABEL = re.compile(r"fax|t[ée]l[ée]copie|facsimile", re.IGNORECASE)
_VOICE_LABEL = re.compile(r"\bt[ée]l(?:[ée]fono|ephone|efon)?\b|phone|mob|cell|handy|portable",
                          re.IGNORECASE)


# A country and area code in square brackets, as some UN pages write them: "[43-1] 2600-21276".
_BRACKET_CODE = re.compile(r"\[(\d{1,3})-(\d{1,4})\]")


def _as_plus(match: re.Match[str]) -> str:
    """"[43-1]" as "+43 1 ", the same length, so the spans found stay those of the text."""
    return f"+{match.group(1)} {match.group(2)} "


def _valid(written: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(written, region or "ZZ"))
    except phonenumbers.NumberParseException:
        return False


def read_phones(segment: str, region: str | None) -> list[PhoneCheck]:
    """Every number in ``segment``: those ``PhoneNumberMatcher`` finds with ``region`` as the
    default, plus phone-like runs it misses (kept so they can be flagged, never dropped)."""
    written_segment = segment
    segment = _BRACKET_CODE.sub(_as_plus, segment)  # "[43-1] 2600-…" is "+43 1 2600-…"
    segment = _TRUNK_DASH.sub(r"\1-", segment)  # "033–48 25 20": Swedish area code, en dash
    found: list[tuple[int, int, str]] = []
    try:
        matcher = phonenumbers.PhoneNumberMatcher(
            segment, region or "ZZ", leniency=phonenumbers.Leniency.POSSIBLE, max_tries=50
        )
        for match in matcher:
            if not is_timestamp(match.raw_string):
                found.append((match.start, match.end, match.raw_string))
    except Exception:
        found = []
    for start, end in find_phone_spans(segment):
        if any(s < end and start < e for s, e, _ in found):
            continue
        found.append((start, end, segment[start:end]))
    found.sort()
    checks = []
    previous_end = 0
    for start, end, raw in found:
        if start < previous_end:
            continue  # the "-2041" of "2040/ -2041", already read as a number of its own
        label = segment[previous_end:start]
        if _FAX_LABEL.search(label) and not _VOICE_LABEL.search(label):
            previous_end = end  # "623292, Fax 623692": a fax is not a way to reach the person
            continue
        direct = _DIRECT_DIAL.match(segment[end:])
        if direct and _valid(raw + direct.group(1), region):
            # "0381 / 2083 - 1003": German direct dialling, part of the number; a NANP
            # "203.221.3767 - 240" is not valid with its extension and keeps its ten digits
            raw, end = raw + direct.group(0), end + direct.end()
        ext = _EXTENSION_AFTER.match(segment[end:])
        written = squeeze(raw + (ext.group(0) if ext and "ext" not in raw.lower() else ""))
        check = _check_written(written, region, kind_from_label(label))
        if written_segment[start:end] != segment[start:end]:  # keep the brackets as written
            check = replace(check, as_written=squeeze(written_segment[start:end]))
        checks.append(check)
        previous_end = end
        other = _ALTERNATIVE.match(segment[end:])
        tail = re.search(r"(\d+)\D*$", raw)
        if other and tail and len(other.group(1)) <= len(tail.group(1)):
            # "038208 888 2040/ -2041": a second line of the same exchange, a number of its own
            digits = other.group(1)
            second = raw[: tail.end(1) - len(digits)] + digits + raw[tail.end(1):]
            checks.append(_check_written(squeeze(second), region, kind_from_label(label)))
            previous_end = end + other.end()
    return checks


# An area code with its trunk "0" joined to the number by an en dash, as Swedish pages write
# it ("010–698 10 13"): the same length with a hyphen, so spans still map to the text.
_TRUNK_DASH = re.compile(r"(?<![\d.:])(0\d{1,3})–(?=\d{2})")


# Countries where a whole national number is always written with its trunk "0" ("0331 866 1509"):
# there, "866 - 1509" is an extension or a local number without its area code, never valid.
_TRUNK_ZERO = frozenset({"DE", "AT", "CH", "FR", "BE", "NL", "GB", "ZA"})


def _check_written(written: str, region: str | None, kind: PhoneKind | None) -> PhoneCheck:
    """Check one number; "00 41 22 …" is read as "+41 22 …" whatever the office's country.

    "00" is the international prefix nearly everywhere, but ``phonenumbers`` only honours it for
    regions that use it, so "00 1 212 …" under a Haitian or US office would not read at all.
    The number keeps the text as written.
    """
    check = check_phone(written, region, kind)
    if check.valid and region in _TRUNK_ZERO and not re.match(r"^[(\s]*(?:\+|0)", written):
        return check_phone(written, None, kind)  # "866 - 1509": no area code, kept as written
    international = re.match(r"^00[\s\u00a0.\-]*([1-9][\d\s\u00a0().\-]*)$", written)
    if check.valid or not international:
        return check
    retry = check_phone("+" + international.group(1), None, kind)
    return replace(retry, as_written=check.as_written) if retry.valid else check


def recheck_phone(phone: PhoneCheck, region: str) -> PhoneCheck:
    """``phone`` read again as written, in ``region`` (the entry's country was settled late)."""
    return _check_written(phone.as_written, region, phone.kind)


_PLACEHOLDER = re.compile(
    r"^(?:first|last|given|family|sur)?[._-]?name(?:[._-]?(?:first|last|sur)?name)?$|"
    r"^(?:firstname|first|prenom|nombre|nome|initial)[._-]?(?:lastname|last|nom|apellido|"
    r"sobrenome|surname)$|"
    # "given-name.family-name" in the languages that write it so on their contact pages
    r"^(?:etunimi[._-]?sukunimi|imie[._-]?nazwisko|jmeno[._-]?prijmeni|ad[._-]?soyad|"
    r"nume[._-]?prenume|prenume[._-]?nume|vezeteknev[._-]?keresztnev|fornavn[._-]?etternavn|"
    r"fornamn[._-]?efternamn|voornaam[._-]?achternaam|vorname[._-]?nachname|"
    r"nome[._-]?cognome|ime[._-]?prezime|meno[._-]?priezvisko)$", re.IGNORECASE,
)


# French pages hide "@" as "[arobase]" ("name[arobase]unwomen.org"), as English ones write "[at]".
_ARROBASE = re.compile(r"[\[({]\s*arobase\s*[\])}]", re.IGNORECASE)


def _check_as_written(written: str) -> EmailCheck:
    check = check_email(_ARROBASE.sub("[at]", written))
    return replace(check, as_written=written) if check.as_written != written else check


def read_emails(segment: str) -> list[EmailCheck]:
    """Addresses written in ``segment``; a pattern ("firstname.lastname@fao.org") is none."""
    spans = find_email_spans(segment)
    checks = [_check_as_written(segment[s:e]) for s, e in spans
              if not _PLACEHOLDER.match(re.split(r"\s*(?:@|\[|\(|\{)", segment[s:e])[0])]
    if spans and not checks:
        return []
    if not checks and has_email_label(segment):
        rest = re.split(r"[:：]", segment, maxsplit=1)
        if len(rest) == 2 and rest[1].strip():
            checks.append(check_email(rest[1]))
    return checks
