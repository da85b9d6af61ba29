"""Reading contact spreadsheets (CSV) as Google Contacts, Outlook and Outlook.com write them.

The encoding (BOMs, UTF-16, else UTF-8, else what charset-normalizer sees, usually
Windows-1252) and the delimiter are detected; the header row is matched against the layouts
those products write, in English, French, Spanish and German. A header that names nothing
Press Desk knows is reported, and an explicit mapping (column -> field) reads any layout.
Rows are read one at a time.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.emails import EmailKind
from desktop.domain.phones import PhoneKind
from desktop.domain.text import fold
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
from desktop.formats.spreadsheets import unneutralise

FIELDS = ("name", "given_name", "middle_name", "family_name", "honorific", "title", "office",
          "country", "notes", "tags", "languages", "phone", "mobile", "fax", "whatsapp",
          "email", "personal_email", "ignore")
"""What a column can be mapped to (``--map "Column=field"``)."""

MULTI = " ::: "
"""Google Contacts' separator between several values in one cell."""

# Folded header -> field. Outlook's "Title" is the honorific ("Mr."); "Job Title" the title.
_HEADERS: dict[str, str] = {}
for _field, _names in {
    "name": ["name", "full name", "display name", "nom complet", "nombre completo",
             "vollstandiger name", "contact"],
    "given_name": ["first name", "given name", "prenom", "nombre", "vorname"],
    "middle_name": ["middle name", "additional name", "deuxieme prenom", "segundo nombre",
                    "weitere vornamen", "autre prenom"],
    "family_name": ["last name", "family name", "surname", "nom", "apellidos", "apellido",
                    "nachname"],
    "honorific": ["title", "name prefix", "titre", "tratamiento", "anrede", "prefix",
                  "civilite"],
    "title": ["job title", "organization title", "organization 1 - title", "fonction",
              "puesto", "cargo", "position", "role"],
    "office": ["company", "organization name", "organization 1 - name", "organization",
               "office", "societe", "organizacion", "compania", "empresa", "firma",
               "organisation", "bureau"],
    "country": ["business country/region", "country", "country/region", "pays",
                "pays/region (bureau)", "pays/region", "pais", "pais o region del trabajo",
                "pais/region del trabajo", "land/region geschaftlich", "land",
                "address 1 - country", "business country"],
    "notes": ["notes", "note", "notas", "notizen", "remarques", "comments"],
    "tags": ["labels", "group membership", "categories", "categorias", "categories (bureau)",
             "kategorien", "tags", "groups", "groupes", "grupos"],
    "languages": ["languages", "language", "langues", "langue", "idiomas", "idioma",
                  "sprachen", "sprache"],
    "phone": ["business phone", "business phone 2", "primary phone", "company main phone",
              "other phone", "home phone", "home phone 2", "phone", "telephone",
              "telephone (bureau)", "telephone 2 (bureau)", "telephone principal",
              "telephone societe", "telefono del trabajo", "telefono del trabajo 2",
              "telefono principal", "telefon geschaftlich", "telefon geschaftlich 2",
              "haupttelefon", "work phone", "office phone", "assistant's phone", "callback",
              "car phone", "radio phone", "telex", "tty/tdd phone", "isdn", "pager"],
    "mobile": ["mobile phone", "mobile", "cell", "cell phone", "tel. mobile", "telephone mobile",
               "telefono movil", "movil", "mobiltelefon", "handy", "portable", "gsm", "celular",
               "telefono celular", "cellulare", "mobil", "telephone portable",
               "tel. portable", "tel portable", "numero de portable", "mobile number",
               "cell number", "cellphone"],
    "fax": ["business fax", "home fax", "other fax", "fax", "telecopie (bureau)",
            "telecopie (domicile)", "telecopie", "fax del trabajo", "fax geschaftlich"],
    "whatsapp": ["whatsapp"],
    "email": ["e-mail address", "e-mail 2 address", "e-mail 3 address", "email address",
              "email", "e-mail", "adresse de messagerie", "adresse de messagerie 2",
              "adresse de messagerie 3", "adresse e-mail", "courriel",
              "direccion de correo electronico", "direccion de correo electronico 2",
              "direccion de correo electronico 3", "correo electronico", "e-mail-adresse",
              "e-mail 2: adresse", "e-mail 3: adresse", "email 2", "email 3"],
}.items():
    for _name in _names:
        _HEADERS.setdefault(_name, _field)

# Google's numbered pairs: "Phone 1 - Label"/"Phone 1 - Value" (current),
# "Phone 1 - Type"/"Phone 1 - Value" (legacy), "E-mail 2 - Value", "Organization 1 - Name".
_NUMBERED = re.compile(r"^(phone|e-?mail|organization|address|website|relation|event|im|"
                       r"custom field|external id)\s+(\d+)\s*-\s*(.+)$")
# A Press Desk export's own shape: "Phone 1", "Phone 1 kind", "Email 2", "Email 2 kind".
_PLAIN_NUMBERED = re.compile(r"^(phone|e-?mail)\s*(\d+)(?:\s+(kind|type|label))?$")
# Columns these products always write that Press Desk has no field for: known, not unmapped.
_IGNORABLE = re.compile(
    r"street|city|state|postal|zip|po box|address|adresse|direccion|rue|ville|code postal|"
    r"country|calle|ciudad|codigo postal|provincia|pays|land/region|imaddress|schools|"
    r"type de messagerie|short name|maiden name|occupation|subject|dep/region|region \(|"
    r"strasse|\bort\b|postleitzahl|birthday|anniversary|suffix|nickname|yomi|phonetic|file as|"
    r"initials|gender|web ?page|website|photo|department|service|departamento|abteilung|"
    r"office location|manager|assistant|spouse|children|hobby|account|billing|mileage|"
    r"priority|private|sensitivity|user \d|directory server|internet free busy|location|"
    r"display name|e-mail type|email type|e-mail \d type|e-mail \d display name|"
    r"government id|organizational id|referred by|keywords|im address|"
    r"profession|^beruf|^sexe|^sexo|^geschlecht|anniversaire|cumpleanos|geburtstag|"
    r"^titre de civilite$|^suffixe$|^sufijo$|"
    # Press Desk's XLSX export adds typed columns the directory keeps itself.
    r"^archived$|^updated \(utc\)$|^press desk id$", re.I)


@dataclass(frozen=True)
class Column:
    index: int
    header: str
    field: str
    """One of FIELDS, or "phone_label"/"email_label"/"phone_value"/"email_value"."""
    group: str | None = None
    """For numbered pairs: "phone 1", which ties a label column to its value column."""
    kind: PhoneKind | EmailKind | None = None


@dataclass(frozen=True)
class CsvLayout:
    """How a header row was understood: the columns read and those no rule matched."""

    encoding: str
    delimiter: str
    columns: tuple[Column, ...]
    unmapped: tuple[str, ...]

    @property
    def recognised(self) -> bool:
        """True when a column holds a name (or given and family names): rows can be read."""
        fields = {c.field for c in self.columns}
        return bool(fields & {"name", "given_name", "family_name"})


def detect_encoding(path: Path) -> str:
    """The file's encoding: a BOM's, else UTF-8 if every byte is, else charset-normalizer's."""
    with path.open("rb") as handle:
        head = handle.read(4)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        if len(head) >= 2 and head[1] == 0 and head[0] != 0:
            return "utf-16-le"
        if len(head) >= 2 and head[0] == 0 and head[1] != 0:
            return "utf-16-be"
        handle.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
            return "utf-8"
        except UnicodeDecodeError:
            pass
        handle.seek(0)
        sample = handle.read(1 << 18)
    from charset_normalizer import from_bytes

    matches = list(from_bytes(sample))
    if not matches:
        return "cp1252"
    best = matches[0].encoding
    # charset-normalizer often ranks Central European cp1250 first for Western text ("ï" read
    # as "ď"): when Windows-1252 reads the bytes just as plausibly, take it, as it is what
    # Outlook writes in Western Europe and the Americas.
    latin = best in _LATIN_SINGLE_BYTE or best.startswith("iso8859")
    if latin and any("cp1252" in m.could_be_from_charset for m in matches):
        return "cp1252"
    return best


_LATIN_SINGLE_BYTE = frozenset({"cp1250", "cp1252", "cp1254", "cp1257", "cp1258", "latin_1",
                                "mac_roman", "mac_latin2", "cp850", "cp437"})


def detect_delimiter(header: str) -> str:
    """The delimiter of a header row: csv.Sniffer among , ; tab |, checked by counting."""
    candidates = ",;\t|"
    try:
        sniffed = csv.Sniffer().sniff(header, delimiters=candidates).delimiter
    except csv.Error:
        sniffed = ""
    counts = {c: _count_unquoted(header, c) for c in candidates}
    best = max(counts, key=lambda c: counts[c])
    # The sniffer sometimes picks a character that occurs once inside a header ("Land/Region"):
    # trust it only when it splits the header at least as well as the most frequent candidate.
    if sniffed and counts.get(sniffed, 0) >= counts[best]:
        return sniffed
    return best if counts[best] else ","


def _count_unquoted(line: str, char: str) -> int:
    count, quoted = 0, False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == char and not quoted:
            count += 1
    return count


def _header_key(header: str) -> str:
    return fold(header.strip().strip('"').lstrip("\ufeff"))


def map_columns(headers: list[str], mapping: Mapping[str, str] | None = None
                ) -> tuple[list[Column], list[str]]:
    """Match each header to a field; ``mapping`` (header -> field) overrides the rules."""
    explicit = {_header_key(k): v.strip().lower() for k, v in (mapping or {}).items()}
    for header, field in explicit.items():
        if field not in FIELDS:
            raise ContactFileError(
                f"column mapping {header!r}={field!r}: the field must be one of "
                f"{', '.join(FIELDS)}")
    columns: list[Column] = []
    unmapped: list[str] = []
    has_job_title = any(_HEADERS.get(_header_key(h)) == "title" for h in headers)
    for index, header in enumerate(headers):
        key = _header_key(header)
        if key in explicit:
            if explicit[key] != "ignore":
                columns.append(_column(index, header, explicit[key]))
            continue
        if not key:
            continue
        numbered = _NUMBERED.match(key)
        if numbered:
            what, number, part = numbered.groups()
            what = "email" if what.startswith("e") else what
            if what in {"phone", "email"}:
                role = "value" if part.strip() == "value" else (
                    "label" if part.strip() in {"label", "type"} else None)
                if role:
                    columns.append(Column(index, header, f"{what}_{role}", f"{what} {number}"))
                continue
            if what == "organization" and part.strip() in {"name", "title"}:
                field = "office" if part.strip() == "name" else "title"
                columns.append(_column(index, header, field))
                continue
            if what == "address" and part.strip() == "country":
                columns.append(_column(index, header, "country"))
            continue
        plain = _PLAIN_NUMBERED.match(key)
        if plain:
            what, number, part = plain.groups()
            what = "email" if what.startswith("e") else what
            role = "label" if part else "value"
            columns.append(Column(index, header, f"{what}_{role}", f"{what} {number}"))
            continue
        if key in _HEADERS:
            field = _HEADERS[key]
            if key in {"title", "titre"} and not has_job_title:
                field = "title"  # no "Job Title" beside it: not Outlook's honorific
            columns.append(_column(index, header, field))
        elif not _IGNORABLE.search(key):
            unmapped.append(header)
    return columns, unmapped


def _column(index: int, header: str, field: str) -> Column:
    kinds: dict[str, PhoneKind | EmailKind] = {
        "phone": PhoneKind.OFFICE, "mobile": PhoneKind.MOBILE, "fax": PhoneKind.FAX,
        "whatsapp": PhoneKind.WHATSAPP, "personal_email": EmailKind.PERSONAL,
    }
    kind = kinds.get(field)
    if field == "phone":
        kind = labelled_phone_kind(header) if labelled_phone_kind(header) not in (
            None, PhoneKind.OFFICE) else PhoneKind.OFFICE
    if field in {"mobile", "fax", "whatsapp"}:
        field = "phone"
    if field == "personal_email":
        field = "email"
    return Column(index, header, field, None, kind)


def _values(cell: str) -> list[str]:
    if MULTI not in cell:  # one value (most cells): no split
        value = cell.strip()
        return [value] if value else []
    return [v.strip() for v in cell.split(MULTI) if v.strip()]


def _label_kinds(label: str) -> tuple[PhoneKind | None, EmailKind | None, str | None]:
    """The phone kind, email kind and custom label (tag) a label column's text gives: a file
    repeats a few labels ("Work", "Mobile") on every row, so each is read once."""
    found = _LABELS.get(label)
    if found is None:
        if len(_LABELS) >= 1024:
            _LABELS.clear()
        found = _LABELS[label] = (labelled_phone_kind(label), labelled_email_kind(label),
                                  label if label and not is_known_label(label) else None)
    return found


_LABELS: dict[str, tuple[PhoneKind | None, EmailKind | None, str | None]] = {}


def _tags(cell: str) -> list[str]:
    tags = []
    for value in _values(cell):
        for tag in ([value] if MULTI.strip() in cell else re.split(r"\s*[;]\s*", value)):
            tag = tag.strip()
            tags.append(tag)
    return system_groups_removed(tags)


class CsvContacts:
    """A contact CSV opened for reading: its layout first, then its rows as cards."""

    def __init__(self, path: Path, mapping: Mapping[str, str] | None = None) -> None:
        self.path = path
        encoding = detect_encoding(path)
        with path.open("r", encoding=encoding, newline="") as handle:
            header_line = handle.readline()
        if not header_line.strip():
            raise ContactFileError(f"{path.name}: the file is empty (no header row)")
        delimiter = detect_delimiter(header_line)
        headers = next(csv.reader(io.StringIO(header_line), delimiter=delimiter))
        columns, unmapped = map_columns(headers, mapping)
        self.layout = CsvLayout(encoding, delimiter, tuple(columns), tuple(unmapped))

    def cards(self) -> Iterator[ParsedCard]:
        """One card per row with a name, an address or a number; ``where`` is its first line."""
        layout = self.layout
        with self.path.open("r", encoding=layout.encoding, newline="") as handle:
            reader = csv.reader(handle, delimiter=layout.delimiter)
            next(reader, None)
            start = reader.line_num + 1
            for row in reader:
                where = f"line {start}"
                start = reader.line_num + 1
                if not any(cell.strip() for cell in row):
                    continue
                card = row_card(layout.columns, row, where)
                if card is not None:
                    yield card


def row_card(columns: Sequence[Column], row: Sequence[str], where: str, *,
             quoted: bool = True) -> ParsedCard | None:
    """One spreadsheet row (CSV, or XLSX cells as text) as a card; None when it holds no name,
    number or address. ``quoted``: strip the Excel-safe quote a CSV cell may carry."""
    if quoted:
        # Our own exports (and careful spreadsheets) put a quote before "+992 …" or "=…" so no
        # spreadsheet runs it as a formula: the value is what follows the quote. (An XLSX cell
        # keeps that quote as a style, outside its value.)
        row = [unneutralise(cell) if cell.startswith("'") else cell for cell in row]
    single: dict[str, str] = {}
    phones: list[CardPhone] = []
    emails: list[CardEmail] = []
    tags: list[str] = []
    languages: list[str] = []
    notes: list[str] = []
    labels: dict[str, str] = {}
    for column in columns:
        if column.field.endswith("_label") and column.index < len(row):
            labels[column.group or ""] = row[column.index].strip()
    for column in columns:
        cell = row[column.index] if column.index < len(row) else ""
        if not cell.strip():
            continue
        field = column.field
        if field == "phone":
            kind = column.kind if isinstance(column.kind, PhoneKind) else None
            phones.extend(CardPhone(v, kind) for v in _values(cell))
        elif field == "email":
            email_kind = column.kind if isinstance(column.kind, EmailKind) else None
            emails.extend(CardEmail(v, email_kind) for v in _values(cell))
        elif field in {"phone_value", "email_value"}:
            label = labels.get(column.group or "", "").strip().lstrip("*").strip()
            phone_kind, email_kind, custom = _label_kinds(label)
            if custom:
                tags.append(custom)
            for value in _values(cell):
                if field == "phone_value":
                    phones.append(CardPhone(value, phone_kind, custom))
                else:
                    emails.append(CardEmail(value, email_kind, custom))
        elif field == "tags":
            tags.extend(_tags(cell))
        elif field == "languages":
            languages.extend(v.strip() for v in re.split(r"[,;]| ::: ", cell) if v.strip())
        elif field == "notes":
            notes.append(cell.replace("\r\n", "\n").strip())
        elif not field.endswith("_label"):
            single.setdefault(field, cell.strip())
    given = " ".join(p for p in (single.get("given_name"), single.get("middle_name")) if p)
    family = single.get("family_name")
    name = single.get("name") or " ".join(p for p in (given, family) if p)
    if not name and not phones and not emails:
        return None
    return ParsedCard(
        where=where, name=name or (emails[0].text if emails else phones[0].text),
        given_name=given or None, family_name=family, title=single.get("title"),
        office=single.get("office"), country=single.get("country"),
        phones=tuple(phones), emails=tuple(emails),
        languages=tuple(dict.fromkeys(languages)), tags=tuple(dict.fromkeys(tags)),
        notes="\n".join(notes) or None,
    )
