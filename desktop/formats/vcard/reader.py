"""Reading vCard 2.1, 3.0 and 4.0 files as Apple, Google, Outlook, Android, Thunderbird and
Evolution write them, one card at a time.

Lines are unfolded on bytes before anything is decoded: Evolution folds inside a UTF-8
sequence, Android breaks quoted-printable UTF-8 across lines with a soft "=", and Outlook names
a Windows code page per property. Only then is each value decoded with its own charset.
"""

from __future__ import annotations

import io
import quopri
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
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
    made_card,
    made_email,
    made_phone,
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
    (vCard 2.1, as Android and Outlook write it). Whether a line is quoted-printable is asked
    only of a line that ends with "=" and is followed by one that does not start with white
    space: most lines cost a strip and a look at their first byte.
    """
    current: bytes | None = None
    first = b""
    """The first physical line of ``current``: its head says whether it is quoted-printable."""
    start = 0
    for number, physical in enumerate(stream, start=1):
        line = physical.rstrip(b"\r\n")
        lead = line[:1]
        if current is not None:
            if lead == b" " or lead == b"\t":
                current += line[1:]
                continue
            if current[-1:] == b"=" and _quoted_printable(first):
                current = current[:-1] + line
                continue
            yield start, current
        if not line or (lead.isspace() and not line.strip()):
            current = None
            continue
        current = first = line
        start = number
    if current is not None:
        yield start, current


def _quoted_printable(line: bytes) -> bool:
    """True when the head of ``line`` (before its first colon) names QUOTED-PRINTABLE."""
    head = line.split(b":", 1)[0]
    return b"-" in head and b"QUOTED-PRINTABLE" in head.upper()


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


class _Head:
    """One distinct property head (``item1.TEL;TYPE=work;VALUE=uri``), split once per file:
    its group, name and parameters, and what every value under it needs (whether it is plain
    text in the file's charset, its TYPE words, the key of its Apple label)."""

    __slots__ = ("group", "label_key", "name", "params", "plain", "special", "types")

    def __init__(self, head: bytes) -> None:
        self.group, self.name, self.params = _parse_head(head)
        self.special = self.name in ("VERSION", "X-ABLABEL")
        """A line the card reader does more with than keep: the version, an Apple label."""
        self.plain = "ENCODING" not in self.params and "CHARSET" not in self.params
        self.types = tuple(t.strip().lower() for value in self.params.get("TYPE", [])
                           for t in value.split(",") if t.strip())
        self.label_key = self.group.upper() if self.group else None


def _head(head: bytes) -> _Head:
    found = _HEADS.get(head)
    if found is None:
        if len(_HEADS) >= _HEADS_LIMIT:
            _HEADS.clear()
        found = _HEADS[head] = _Head(head)
    return found


_HEADS: dict[bytes, _Head] = {}
"""Heads already read (``TEL;TYPE=work;VALUE=uri``): a file repeats a few dozen of them on
every card, so each is split once. Bounded, so memory stays flat."""

_HEADS_LIMIT = 4096


def parse_property(line: bytes, number: int) -> Property | None:
    """Split one logical line into group, name, parameters and the raw value."""
    head_end = _value_start(line)
    if head_end < 0:
        return None
    head = _head(line[:head_end])
    return Property(head.group, head.name, head.params, line[head_end + 1:], number)


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
    if colon < 0 or line.find(b'"', 0, colon) < 0:
        return colon  # the common case, without a Python loop over the bytes
    quoted = False
    for index, byte in enumerate(line):
        if byte == 0x22:  # '"'
            quoted = not quoted
        elif byte == 0x3A and not quoted:  # ':'
            return index
    return -1


def _decode(params: Mapping[str, list[str]], raw: bytes, fallback: str) -> str:
    if "ENCODING" not in params and "CHARSET" not in params:  # the common case
        try:
            return raw.decode(fallback)
        except (LookupError, UnicodeDecodeError):
            pass
    encoding = " ".join(params.get("ENCODING", [])).upper()
    if "QUOTED-PRINTABLE" in encoding:
        raw = quopri.decodestring(raw)
    charset = (params.get("CHARSET") or [fallback])[0]
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
    if "\\\\" not in text:
        # Every backslash starts an escape and none is made by undoing one: replacing each
        # known escape in turn gives what the left-to-right reading gives, without a Python
        # call per escape.
        return (text.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",")
                .replace("\\;", ";").replace("\\:", ":"))
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


def _tel_text(value: str) -> str:
    """A ``tel:`` URI (vCard 4.0, Thunderbird) as a number a person writes, extension kept."""
    text = value.strip()
    if text[:4].lower() != "tel:":
        return text
    body = text[4:]
    number, *params = body.split(";")
    extension = next((p.split("=", 1)[1] for p in params if p.lower().startswith("ext=")), None)
    return f"{number} ext. {extension}" if extension else number


def _label(labels: dict[str, str], key: str) -> str | None:
    """The Apple label (``item1.X-ABLabel``) of the group ``key``, its ``_$!<…>!$_`` removed."""
    text = labels.get(key)
    if text is None:
        return None
    apple = _APPLE_LABEL.match(text)
    return apple.group(1) if apple else text


@lru_cache(maxsize=1024)
def _phone_kind(types: tuple[str, ...], label: str | None
                ) -> tuple[PhoneKind | None, str | None]:
    """A number's kind and custom label from its types and label (a file repeats a few);
    a strong word (cell, fax) beats a weak one (work)."""
    kinds = [labelled_phone_kind(word) for word in ([label] if label else []) + list(types)]
    strong = [k for k in kinds if k is not None and k is not PhoneKind.OFFICE]
    kind = strong[0] if strong else (PhoneKind.OFFICE if PhoneKind.OFFICE in kinds else None)
    return kind, label if label and not is_known_label(label) else None


@lru_cache(maxsize=1024)
def _email_kind(types: tuple[str, ...], label: str | None
                ) -> tuple[EmailKind | None, str | None]:
    kinds = [labelled_email_kind(word) for word in ([label] if label else []) + list(types)]
    kind = next((k for k in kinds if k is not None), None)
    return kind, label if label and not is_known_label(label) else None


_SKIPPED = frozenset({"PHOTO", "LOGO", "SOUND", "KEY", "X-ABLABEL"})
_UNESCAPED_ONCE = frozenset({"TITLE", "UID"})


class _CardBuilder:
    """Collects the properties of one card, then resolves Apple item-group labels."""

    def __init__(self, where: str, version: str) -> None:
        self.where = where
        self.version = version
        self.props: list[tuple[_Head, bytes]] = []
        self.labelled = False
        """True once an ``itemN.X-ABLabel`` line is read: only then are labels looked for."""

    def card(self, fallback: str) -> ParsedCard:
        labels: dict[str, str] = {}
        if self.labelled:
            for head, raw in self.props:
                if head.name == "X-ABLABEL" and head.label_key is not None:
                    labels[head.label_key] = unescape(_decode(head.params, raw, fallback)).strip()
        fields: dict[str, str] = {}
        phones: list[CardPhone] = []
        emails: list[CardEmail] = []
        tags: list[str] = []
        languages: list[str] = []
        notes: list[str] = []
        problems: list[Problem] = []
        given = family = office = country = None
        for head, raw in self.props:
            name = head.name
            if name in _SKIPPED:
                continue
            text: str | None = None
            if head.plain:  # no ENCODING, no CHARSET: the file's charset, if the bytes fit it
                try:
                    text = raw.decode(fallback)
                except (LookupError, UnicodeDecodeError):
                    text = None
            if text is None:
                try:
                    text = _decode(head.params, raw, fallback)
                except ValueError as error:  # a broken quoted-printable sequence
                    problems.append(coded(name, raw[:40].decode("ascii", "replace"),
                                          "import.undecodable", {"detail": str(error)},
                                          self.where))
                    continue
            label = (_label(labels, head.label_key)
                     if labels and head.label_key is not None else None)
            if name == "TEL":
                value = unescape(text).strip()
                if value:
                    kind, custom = _phone_kind(head.types, label)
                    phones.append(made_phone(_tel_text(value), kind, custom))
                    if custom:
                        tags.append(custom)
            elif name == "EMAIL":
                value = unescape(text).strip()
                if value:
                    email_kind, custom = _email_kind(head.types, label)
                    emails.append(made_email(value.removeprefix("mailto:"), email_kind,
                                             custom))
                    if custom:
                        tags.append(custom)
            elif name == "FN":
                fields.setdefault("FN", unescape(text).strip())
            elif name == "N":
                parts = split_escaped(text, ";") + [""] * 5
                family, given = parts[0].strip() or None, parts[1].strip() or None
                middle = parts[2].strip()
                if middle and given:
                    given = f"{given} {middle}"
            elif name == "ORG":
                office = split_escaped(text, ";")[0].strip() or office
            elif name == "NOTE":
                value = unescape(text).strip()
                if value:
                    notes.append(value.replace("\r\n", "\n"))
            elif name in _UNESCAPED_ONCE:
                fields.setdefault(name, unescape(text).strip())
            elif name == "CATEGORIES":
                tags.extend(t.strip() for t in split_escaped(text, ",") if t.strip())
            elif name in {"LANG", "X-PRESSDESK-LANG"}:
                value = unescape(text).strip()
                if value:
                    languages.append(value)
            elif name == "ADR" and country is None:
                parts = split_escaped(text, ";") + [""] * 7
                if parts[6].strip():
                    country = parts[6].strip()
            elif name == "X-PRESSDESK-COUNTRY":
                country = unescape(text).strip() or country
        name = fields.get("FN") or " ".join(p for p in (given, family) if p) or ""
        if not name:
            name = (emails[0].text if emails else "") or (phones[0].text if phones else "")
        if country and not country_from_name(country):
            country = None
        return made_card(
            self.where, name, given, family, fields.get("TITLE") or None, office, country,
            tuple(phones), tuple(emails),
            tuple(dict.fromkeys(languages)) if languages else (),
            tuple(dict.fromkeys(system_groups_removed(tags))) if tags else (),
            "\n".join(notes) or None, fields.get("UID") or None, tuple(problems))


_OPENS_OR_CLOSES = frozenset(b"BbEe \t")
"""The first bytes of a line that can be BEGIN:VCARD or END:VCARD (white space around)."""

_SPACE = frozenset(b" \t\n\r\x0b\x0c")
"""What bytes.strip() takes off."""


def read_vcards(stream: Iterable[bytes], *,
                fallback_charset: str = "utf-8") -> Iterator[ParsedCard]:
    """Yield each card of a vCard stream; only one card is held in memory at a time.

    ``fallback_charset`` decodes values that name no CHARSET; a value that is not valid in it
    is read as UTF-8, then as Windows-1252 (what Outlook writes without saying so). A file
    (anything with ``read``) is read a block at a time (``_cards_in_blocks``); any other
    stream of lines line by line.
    """
    read = getattr(stream, "read", None)
    if callable(read):
        return _cards_in_blocks(stream, read, fallback_charset)
    return _cards_of_lines(stream, fallback_charset)


def _cards_of_lines(stream: Iterable[bytes], fallback_charset: str,
                    count: int = 0) -> Iterator[ParsedCard]:
    """The cards of a stream of physical lines, unfolded (``count``: cards read before)."""
    builder: _CardBuilder | None = None
    depth = 0
    heads = _HEADS
    for _number, line in _logical_lines(stream):
        # Without white space at either end, only a line of 9 or 11 bytes can be one of them.
        if line[0] in _OPENS_OR_CLOSES and (
                len(line) in (9, 11) or line[0] in _SPACE or line[-1] in _SPACE):
            upper = line.strip().upper()
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
        colon = line.find(b":")
        if colon < 0:
            continue
        if line.find(b'"', 0, colon) >= 0:
            colon = _value_start(line)
            if colon < 0:
                continue
        key = line[:colon]
        head = heads.get(key)
        if head is None:
            head = _head(key)
        name = head.name
        if name == "VERSION":
            builder.version = line[colon + 1:].decode("ascii", "replace").strip()
            continue
        if name == "X-ABLABEL":
            builder.labelled = True
        builder.props.append((head, line[colon + 1:]))
    if builder is not None:
        raise ContactFileError(f"{builder.where} has no END:VCARD: the file is cut short")


BLOCK = 1 << 20
"""Bytes read from a file at a time (the cards in a block are read one by one)."""


def _cards_in_blocks(handle: Iterable[bytes], read: Callable[[int], bytes],
                     fallback_charset: str) -> Iterator[ParsedCard]:
    """The cards of a file, the common ones without the line-by-line machinery.

    Most files write every card as ``BEGIN:VCARD``, unfolded ``NAME;params:value`` lines and
    ``END:VCARD``, each line ending alike (CRLF, or LF throughout). Such a card is cut out of a
    block of the file whole and its lines split in one call (``_plain_card``). A card that
    folds a line, breaks one after "=" (quoted-printable) or mixes line endings is read by the
    line reader alone (the same card: it starts and ends where the line reader would see it
    start and end); anything that could change where a card ends (a card inside a card, a
    BEGIN or END line written otherwise, a folded END line, text between cards) hands the rest
    of the file to the line reader, exactly as if it had read it all.
    """
    buf = read(BLOCK)
    if buf.startswith(b"BEGIN:VCARD\r\n"):
        nl = b"\r\n"
    elif buf.startswith(b"BEGIN:VCARD\n"):
        nl = b"\n"
    else:
        yield from _cards_of_lines(_rest(buf, handle), fallback_charset)
        return
    opening = b"BEGIN:VCARD" + nl
    closing = nl + b"END:VCARD" + nl
    first = len(opening)
    folds = (nl[-1:] + b" ", nl[-1:] + b"\t")
    soft_break = b"=" + nl
    eof = False
    pos = count = 0
    while True:
        while buf.startswith(nl, pos):
            pos += len(nl)
        if len(buf) - pos < first + len(closing) + 1 and not eof:
            more = read(BLOCK)
            buf, pos, eof = buf[pos:] + more, 0, not more
            continue
        if not buf.startswith(opening, pos):
            break  # text between cards, a BEGIN written otherwise, the end of the file
        end = buf.find(closing, pos + first - len(nl))
        after = end + len(closing)
        if end < 0 or after >= len(buf):
            if eof:
                break
            more = read(BLOCK)
            buf, pos, eof = buf[pos:] + more, 0, not more
            continue
        block = buf[pos + first:end] if end >= pos + first else b""
        upper = block.upper()
        if (b"BEGIN:VCARD" in upper or b"END:VCARD" in upper or buf[after] in b" \t"
                or block[:1] in (b" ", b"\t") or block.endswith(b"=")):
            break  # where the card ends is the line reader's to say
        count += 1
        if (folds[0] in block or folds[1] in block or soft_break in block
                or (block.count(b"\r") != block.count(b"\n") if nl == b"\r\n"
                    else b"\r" in block) or (nl == b"\r\n" and block.count(b"\r\n")
                                              != block.count(b"\n"))):
            yield from _cards_of_lines(io.BytesIO(buf[pos:after]), fallback_charset,
                                       count - 1)
        else:
            yield _plain_card(block, nl, f"card {count}", fallback_charset)
        pos = after
    if pos < len(buf) or not eof:
        yield from _cards_of_lines(_rest(buf[pos:], handle), fallback_charset, count)


def _rest(start: bytes, handle: Iterable[bytes]) -> Iterator[bytes]:
    """The physical lines of ``start`` (bytes read ahead) and of the rest of ``handle``."""
    if start and not start.endswith(b"\n"):
        line = getattr(handle, "readline", None)
        if callable(line):
            start += line()
    yield from io.BytesIO(start)
    yield from handle


def _plain_card(block: bytes, nl: bytes, where: str, fallback_charset: str) -> ParsedCard:
    """A card whose lines (``block``, between BEGIN and END) are neither folded nor broken:
    one logical line each, split at once."""
    builder = _CardBuilder(where, "")
    props = builder.props
    heads = _HEADS
    for line in block.split(nl):
        colon = line.find(b":")
        if colon < 0:
            continue
        head = heads.get(line[:colon])  # only whole heads are remembered (quotes honoured)
        if head is None:
            if line.find(b'"', 0, colon) >= 0:
                colon = _value_start(line)
                if colon < 0:
                    continue
            head = _head(line[:colon])
        if head.special:
            if head.name == "VERSION":
                builder.version = line[colon + 1:].decode("ascii", "replace").strip()
                continue
            builder.labelled = True
        props.append((head, line[colon + 1:]))
    return builder.card(fallback_charset)


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
