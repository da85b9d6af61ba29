"""The vCard reader as it was before its per-line work was cut (commit 2d76a44): the plain,
slower reading the quick one must equal, card for card. Only the tests use it."""

from __future__ import annotations

import io
import quopri
import re
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

from desktop.domain.countries import country_from_name
from desktop.domain.emails import EmailKind
from desktop.domain.errors import Problem, coded
from desktop.domain.phones import PhoneKind
from desktop.formats.contact_card import (
    CardEmail,
    CardPhone,
    ContactFileError,
    ParsedCard,
    is_known_label,
    labelled_email_kind,
    labelled_phone_kind,
    system_groups_removed,
)

_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")


class Property(NamedTuple):
    """One unfolded content line: ``group.NAME;params:value`` with the value still raw bytes.

    A named tuple rather than a dataclass: a file of 100,000 cards makes a million of them.
    ``params`` is shared by every line with the same head: read it, never change it.
    """

    group: str | None
    name: str
    params: Mapping[str, list[str]]
    raw: bytes
    line: int


def _logical_lines(stream: Iterable[bytes]) -> Iterator[tuple[int, bytes]]:
    """Unfolded lines with the number of their first physical line.

    A line starting with a space or tab continues the previous one (RFC 6350 3.2, 2426 5.8.1);
    a quoted-printable value ending with "=" continues on the next line whatever it starts with
    (vCard 2.1, as Android and Outlook write it).
    """
    current: bytes | None = None
    start = 0
    quoted = False
    for number, physical in enumerate(stream, start=1):
        line = physical.rstrip(b"\r\n")
        if current is not None and line[:1] in (b" ", b"\t"):
            current += line[1:]
            continue
        if current is not None and quoted and current.endswith(b"="):
            current = current[:-1] + line
            continue
        if current is not None:
            yield start, current
        if not line.strip():
            current = None
            continue
        current, start = line, number
        head = line.split(b":", 1)[0]
        quoted = b"-" in head and b"QUOTED-PRINTABLE" in head.upper()  # "-": most lines skip
    if current is not None:
        yield start, current


def _split_unquoted(text: str, sep: str) -> list[str]:
    if '"' not in text:
        return text.split(sep)  # the common case, without a Python loop over the characters
    parts: list[str] = []
    buf: list[str] = []
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif ch == sep and not quoted:
            parts.append("".join(buf))
            buf = []
            continue
        buf.append(ch)
    parts.append("".join(buf))
    return parts


def parse_property(line: bytes, number: int) -> Property | None:
    """Split one logical line into group, name, parameters and the raw value."""
    head_end = _value_start(line)
    if head_end < 0:
        return None
    head = line[:head_end]
    parsed = _HEADS.get(head)
    if parsed is None:
        if len(_HEADS) >= _HEADS_LIMIT:
            _HEADS.clear()
        parsed = _HEADS[head] = _parse_head(head)
    return Property(parsed[0], parsed[1], parsed[2], line[head_end + 1:], number)


_HEADS: dict[bytes, tuple[str | None, str, Mapping[str, list[str]]]] = {}
"""Heads already read (``TEL;TYPE=work;VALUE=uri``): a file repeats a few dozen of them on
every card, so each is split once. Bounded, so memory stays flat."""

_HEADS_LIMIT = 4096


def _parse_head(line: bytes) -> tuple[str | None, str, Mapping[str, list[str]]]:
    """Group, upper-cased name and parameters of a property's head (before the colon)."""
    head = line.decode("ascii", "replace")
    pieces = _split_unquoted(head, ";")
    name = pieces[0].strip()
    group = None
    if "." in name:
        group, name = name.rsplit(".", 1)
    params: dict[str, list[str]] = {}
    for piece in pieces[1:]:
        if not piece:
            continue
        if "=" in piece:
            key, value = piece.split("=", 1)
            values = [v.strip().strip('"') for v in _split_unquoted(value, ",")]
            params.setdefault(key.strip().upper(), []).extend(v for v in values if v)
        else:  # vCard 2.1 bare types: TEL;WORK;VOICE:…, EMAIL;INTERNET:…
            bare = piece.strip()
            if bare.upper() in {"QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B"}:
                params.setdefault("ENCODING", []).append(bare)
            else:
                params.setdefault("TYPE", []).append(bare)
    return group, name.upper(), MappingProxyType(params)


def _value_start(line: bytes) -> int:
    """The index of the colon that ends the property's name and parameters (quotes honoured)."""
    colon = line.find(b":")
    if colon < 0 or b'"' not in line[:colon]:
        return colon  # the common case, without a Python loop over the bytes
    quoted = False
    for index, byte in enumerate(line):
        if byte == 0x22:  # '"'
            quoted = not quoted
        elif byte == 0x3A and not quoted:  # ':'
            return index
    return -1


def _decode(prop: Property, fallback: str) -> str:
    if "ENCODING" not in prop.params and "CHARSET" not in prop.params:  # the common case
        try:
            return prop.raw.decode(fallback)
        except (LookupError, UnicodeDecodeError):
            pass
    encoding = " ".join(prop.params.get("ENCODING", [])).upper()
    raw = prop.raw
    if "QUOTED-PRINTABLE" in encoding:
        raw = quopri.decodestring(raw)
    charset = (prop.params.get("CHARSET") or [fallback])[0]
    try:
        return raw.decode(charset)
    except (LookupError, UnicodeDecodeError):
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("cp1252", "replace")


_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\", ":": ":"}


def unescape(text: str) -> str:
    r"""Undo vCard escaping: ``\n`` line breaks, ``\,`` ``\;`` ``\\`` (RFC 6350 3.4); an unknown
    escape is kept as written, a lone backslash at the end too."""
    if "\\" not in text:
        return text
    return _ESCAPE.sub(_unescaped, text)


_ESCAPE = re.compile(r"\\(.)", re.DOTALL)


def _unescaped(match: re.Match[str]) -> str:
    return _ESCAPES.get(match.group(1), match.group(0))


def split_escaped(text: str, sep: str) -> list[str]:
    """Split a structured value on ``sep`` where it is not escaped, then unescape each part."""
    if "\\" not in text:
        return text.split(sep)  # nothing escaped: nothing to unescape either
    parts: list[str] = []
    buf: list[str] = []
    index = 0
    while index < len(text):
        ch = text[index]
        if ch == "\\" and index + 1 < len(text):
            buf.append(text[index:index + 2])
            index += 2
            continue
        if ch == sep:
            parts.append(unescape("".join(buf)))
            buf = []
        else:
            buf.append(ch)
        index += 1
    parts.append(unescape("".join(buf)))
    return parts


def _types(prop: Property) -> tuple[str, ...]:
    """The TYPE words, lower-cased: worked out once per distinct head (params are shared)."""
    params = prop.params
    found = _TYPES.get(id(params))
    if found is None or found[0] is not params:
        if len(_TYPES) >= _HEADS_LIMIT:
            _TYPES.clear()
        words = tuple(t.strip().lower() for value in params.get("TYPE", [])
                      for t in value.split(",") if t.strip())
        found = _TYPES[id(params)] = (params, words)
    return found[1]


_TYPES: dict[int, tuple[Mapping[str, list[str]], tuple[str, ...]]] = {}
"""TYPE words by the identity of a head's parameters (kept alive in the entry itself)."""


def _tel_text(value: str) -> str:
    """A ``tel:`` URI (vCard 4.0, Thunderbird) as a number a person writes, extension kept."""
    text = value.strip()
    if not text.lower().startswith("tel:"):
        return text
    body = text[4:]
    number, *params = body.split(";")
    extension = next((p.split("=", 1)[1] for p in params if p.lower().startswith("ext=")), None)
    return f"{number} ext. {extension}" if extension else number


def _label(labels: dict[str, str], prop: Property) -> str | None:
    if prop.group is None:
        return None
    text = labels.get(prop.group.upper())
    if text is None:
        return None
    apple = _APPLE_LABEL.match(text)
    return apple.group(1) if apple else text


def _phone(prop: Property, value: str, label: str | None) -> CardPhone:
    """The kind the label or TYPE names; a strong word (cell, fax) beats a weak one (work)."""
    kind, custom = _phone_kind(_types(prop), label)
    return CardPhone(_tel_text(value), kind, custom)


@lru_cache(maxsize=1024)
def _phone_kind(types: tuple[str, ...], label: str | None
                ) -> tuple[PhoneKind | None, str | None]:
    """A number's kind and custom label from its types and label (a file repeats a few)."""
    kinds = [labelled_phone_kind(word) for word in ([label] if label else []) + list(types)]
    strong = [k for k in kinds if k is not None and k is not PhoneKind.OFFICE]
    kind = strong[0] if strong else (PhoneKind.OFFICE if PhoneKind.OFFICE in kinds else None)
    return kind, label if label and not is_known_label(label) else None


def _email(prop: Property, value: str, label: str | None) -> CardEmail:
    kind, custom = _email_kind(_types(prop), label)
    return CardEmail(value.strip().removeprefix("mailto:"), kind, custom)


@lru_cache(maxsize=1024)
def _email_kind(types: tuple[str, ...], label: str | None
                ) -> tuple[EmailKind | None, str | None]:
    kinds = [labelled_email_kind(word) for word in ([label] if label else []) + list(types)]
    kind = next((k for k in kinds if k is not None), None)
    return kind, label if label and not is_known_label(label) else None


class _CardBuilder:
    """Collects the properties of one card, then resolves Apple item-group labels."""

    def __init__(self, where: str, version: str) -> None:
        self.where = where
        self.version = version
        self.props: list[Property] = []

    def card(self, fallback: str) -> ParsedCard:
        labels: dict[str, str] = {}
        for prop in self.props:
            if prop.name == "X-ABLABEL" and prop.group:
                labels[prop.group.upper()] = unescape(_decode(prop, fallback)).strip()
        fields: dict[str, str] = {}
        phones: list[CardPhone] = []
        emails: list[CardEmail] = []
        tags: list[str] = []
        languages: list[str] = []
        notes: list[str] = []
        problems: list[Problem] = []
        given = family = office = country = None
        for prop in self.props:
            if prop.name in {"PHOTO", "LOGO", "SOUND", "KEY", "X-ABLABEL"}:
                continue
            try:
                text = _decode(prop, fallback)
            except ValueError as error:  # a broken quoted-printable sequence
                problems.append(coded(prop.name, prop.raw[:40].decode("ascii", "replace"),
                                      "import.undecodable", {"detail": str(error)},
                                      self.where))
                continue
            label = _label(labels, prop)
            if prop.name == "FN":
                fields.setdefault("FN", unescape(text).strip())
            elif prop.name == "N":
                parts = split_escaped(text, ";") + [""] * 5
                family, given = parts[0].strip() or None, parts[1].strip() or None
                middle = parts[2].strip()
                if middle and given:
                    given = f"{given} {middle}"
            elif prop.name == "ORG":
                office = split_escaped(text, ";")[0].strip() or office
            elif prop.name in {"TITLE", "UID", "NOTE"}:
                value = unescape(text).strip()
                if prop.name == "NOTE":
                    if value:
                        notes.append(value.replace("\r\n", "\n"))
                else:
                    fields.setdefault(prop.name, value)
            elif prop.name == "TEL":
                value = unescape(text).strip()
                if value:
                    phone = _phone(prop, value, label)
                    phones.append(phone)
                    if phone.label:
                        tags.append(phone.label)
            elif prop.name == "EMAIL":
                value = unescape(text).strip()
                if value:
                    email = _email(prop, value, label)
                    emails.append(email)
                    if email.label:
                        tags.append(email.label)
            elif prop.name == "CATEGORIES":
                tags.extend(t.strip() for t in split_escaped(text, ",") if t.strip())
            elif prop.name in {"LANG", "X-PRESSDESK-LANG"}:
                value = unescape(text).strip()
                if value:
                    languages.append(value)
            elif prop.name == "ADR" and country is None:
                parts = split_escaped(text, ";") + [""] * 7
                if parts[6].strip():
                    country = parts[6].strip()
            elif prop.name == "X-PRESSDESK-COUNTRY":
                country = unescape(text).strip() or country
        name = fields.get("FN") or " ".join(p for p in (given, family) if p) or ""
        if not name:
            name = (emails[0].text if emails else "") or (phones[0].text if phones else "")
        if country and not country_from_name(country):
            country = None
        return ParsedCard(
            where=self.where, name=name, given_name=given, family_name=family,
            title=fields.get("TITLE") or None, office=office, country=country,
            phones=tuple(phones), emails=tuple(emails), languages=tuple(dict.fromkeys(languages)),
            tags=tuple(dict.fromkeys(system_groups_removed(tags))), notes="\n".join(notes) or None,
            uid=fields.get("UID") or None, problems=tuple(problems),
        )


def read_vcards(stream: Iterable[bytes], *,
                fallback_charset: str = "utf-8") -> Iterator[ParsedCard]:
    """Yield each card of a vCard stream; only one card is held in memory at a time.

    ``fallback_charset`` decodes values that name no CHARSET; a value that is not valid in it
    is read as UTF-8, then as Windows-1252 (what Outlook writes without saying so).
    """
    builder: _CardBuilder | None = None
    depth = 0
    count = 0
    for number, line in _logical_lines(stream):
        # Only a line starting with B or E (or white space) can open or close a card.
        upper = line.strip().upper() if line[:1] in b"BbEe \t" else b""
        if upper == b"BEGIN:VCARD":
            depth += 1
            if depth == 1:
                count += 1
                builder = _CardBuilder(f"card {count}", "")
            continue
        if upper == b"END:VCARD":
            depth -= 1
            if depth == 0 and builder is not None:
                yield builder.card(fallback_charset)
                builder = None
            depth = max(depth, 0)
            continue
        if builder is None or depth != 1:
            continue
        prop = parse_property(line, number)
        if prop is None:
            continue
        if prop.name == "VERSION":
            builder.version = prop.raw.decode("ascii", "replace").strip()
            continue
        builder.props.append(prop)
    if builder is not None:
        raise ContactFileError(f"{builder.where} has no END:VCARD: the file is cut short")


def looks_like_vcard(head: bytes) -> bool:
    """True when the first bytes of a file (after any BOM, any UTF-16) hold BEGIN:VCARD."""
    text = head.replace(b"\x00", b"").lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n")
    return text[:11].upper() == b"BEGIN:VCARD"


def open_vcards(path: Path) -> Iterator[ParsedCard]:
    """Read a .vcf file, whether UTF-8 (with or without BOM) or UTF-16 (Outlook's "Unicode")."""
    with path.open("rb") as handle:
        head = handle.read(4)
        handle.seek(0)
        utf16 = _utf16(head)
        if utf16:
            text = io.TextIOWrapper(handle, encoding=utf16, newline="")
            yield from read_vcards(line.lstrip("\ufeff").encode("utf-8") for line in text)
            return
        if head.startswith(b"\xef\xbb\xbf"):
            handle.read(3)
        yield from read_vcards(handle)


def _utf16(head: bytes) -> str | None:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if len(head) > 1 and head[1:2] == b"\x00":
        return "utf-16-le"
    if head[:1] == b"\x00":
        return "utf-16-be"
    return None
