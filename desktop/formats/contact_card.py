"""What reading a contact file yields: one plain card per person, before any validation.

vCard and CSV readers both produce these, so the import service has one shape to match and
validate. Values are kept as the file wrote them (decoded and unescaped, nothing checked).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.domain.emails import EmailKind
from desktop.domain.errors import Problem
from desktop.domain.phones import PhoneKind


@dataclass(frozen=True)
class CardPhone:
    text: str
    """The number as written (a ``tel:`` URI already turned into "+CC … ext. N")."""
    kind: PhoneKind | None = None
    """The kind its type or label announced; None lets the number itself decide."""
    label: str | None = None
    """A custom label the file gave ("Press line"), when it names no kind."""


@dataclass(frozen=True)
class CardEmail:
    text: str
    kind: EmailKind | None = None
    label: str | None = None


@dataclass(frozen=True)
class ParsedCard:
    """One person from a vCard or a CSV row; ``where`` is "card 3" or "line 12"."""

    where: str
    name: str
    given_name: str | None = None
    family_name: str | None = None
    title: str | None = None
    """The job title ("Media Officer"); never an honorific such as "Mr." or "Dr."."""
    office: str | None = None
    """The organisation as written ("IOM Lebanon"): the office to find or create."""
    country: str | None = None
    """A country as written (ISO code or name), from an address or a country column."""
    phones: tuple[CardPhone, ...] = ()
    emails: tuple[CardEmail, ...] = ()
    languages: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    notes: str | None = None
    uid: str | None = None
    problems: tuple[Problem, ...] = field(default=())
    """What the reader could not read in this card (kept apart so the rest still imports)."""


_new = object.__new__


def made_card(where: str, name: str, given_name: str | None, family_name: str | None,
              title: str | None, office: str | None, country: str | None,
              phones: tuple[CardPhone, ...], emails: tuple[CardEmail, ...],
              languages: tuple[str, ...], tags: tuple[str, ...], notes: str | None,
              uid: str | None, problems: tuple[Problem, ...]) -> ParsedCard:
    """``ParsedCard(...)`` with every field given, without the frozen dataclass's ``__init__``
    (one ``object.__setattr__`` a field: about 7 µs a card against 1.6 µs here). The same
    object: equal, hashed and pickled alike; for readers that make one per card of a large
    file."""
    card = _new(ParsedCard)
    card.__dict__.update(
        where=where, name=name, given_name=given_name, family_name=family_name, title=title,
        office=office, country=country, phones=phones, emails=emails, languages=languages,
        tags=tags, notes=notes, uid=uid, problems=problems)
    return card


def made_phone(text: str, kind: PhoneKind | None, label: str | None) -> CardPhone:
    """``CardPhone(text, kind, label)`` without the frozen dataclass's ``__init__``."""
    phone = _new(CardPhone)
    phone.__dict__.update(text=text, kind=kind, label=label)
    return phone


def made_email(text: str, kind: EmailKind | None, label: str | None) -> CardEmail:
    """``CardEmail(text, kind, label)`` without the frozen dataclass's ``__init__``."""
    email = _new(CardEmail)
    email.__dict__.update(text=text, kind=kind, label=label)
    return email


class ContactFileError(Exception):
    """A file that cannot be read as contacts at all; the message names the file and why."""


def labelled_phone_kind(label: str) -> PhoneKind | None:
    """The kind a type or label names: vCard TYPE values and the labels vendors write."""
    word = label.strip().strip("*").strip().lower()
    if word in {"cell", "mobile", "iphone", "cellular", "móvil", "movil", "portable", "handy",
                "mobil", "celular", "mobile phone", "work mobile", "main mobile"}:
        return PhoneKind.MOBILE
    if word in {"fax", "work fax", "home fax", "business fax", "other fax", "télécopie"}:
        return PhoneKind.FAX
    if "whatsapp" in word.replace(" ", ""):
        return PhoneKind.WHATSAPP
    if word in {"work", "voice", "main", "pref", "office", "business", "company", "home",
                "other", "landline", "msg", "bureau", "trabajo", "oficina", "arbeit",
                "work phone", "business phone", "home phone", "other phone", "company main phone",
                "primary phone", "main phone"}:
        return PhoneKind.OFFICE
    return None


def labelled_email_kind(label: str) -> EmailKind | None:
    word = label.strip().strip("*").strip().lower()
    if word in {"home", "personal", "personnel", "privé", "prive", "personal email"}:
        return EmailKind.PERSONAL
    if word in {"work", "internet", "pref", "business", "x400", "trabajo", "travail", "office"}:
        return EmailKind.WORK
    if word in {"shared", "press", "media", "team", "group"}:
        return EmailKind.SHARED
    if word in {"other", ""}:
        return None
    return None


def is_known_label(label: str) -> bool:
    """True when ``label`` names a kind or is a generic word worth no tag ("Other")."""
    word = label.strip().strip("*").strip().lower()
    return (labelled_phone_kind(word) is not None or labelled_email_kind(word) is not None
            or word in {"", "other", "internet", "pref", "voice", "x-other"})


_SYSTEM_GROUPS = frozenset({"mycontacts", "my contacts", "system group: my contacts", "starred",
                            "system group: starred"})


def system_groups_removed(tags: list[str]) -> list[str]:
    """Tags without the groups every Google contact is in ("* myContacts"); "* " prefixes go."""
    kept = []
    for tag in tags:
        clean = tag.strip().removeprefix("*").strip()
        if clean and clean.casefold() not in _SYSTEM_GROUPS:
            kept.append(clean)
    return kept
