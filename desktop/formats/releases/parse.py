"""From article text to a ``ParsedRelease``: the one place the pieces are put together."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import replace
from datetime import date

from desktop.domain.countries import find_country_in_text
from desktop.domain.text import squeeze
from desktop.formats.releases.article import read_article
from desktop.formats.releases.columns import unfold_columns
from desktop.formats.releases.contacts import extract_contacts, headed_contacts
from desktop.formats.releases.language import detect_language
from desktop.formats.releases.lexicon import fold_keep_length, word_list
from desktop.formats.releases.model import ExtractedPerson, ParsedRelease, value_warning
from desktop.formats.releases.places import city_country, region_country
from desktop.formats.releases.quotes import find_quoted
from desktop.formats.releases.review_notes import no_contact_block, value_kept


def content_hash(title: str, body: str) -> str:
    """sha256 of the title and body with Unicode and white space normalised."""
    normal = unicodedata.normalize("NFC", f"{squeeze(title)}\n{squeeze(body)}")
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def release_country(title: str, lines: list[str]) -> str | None:
    """The country the release is about: named in the title, else the one its lines name most,
    else the city of the event's venue or of a postal address ("Venue: …, Cape Town",
    "53173 Bonn"), where a page that names no country is set."""
    in_title = find_country_in_text(title)
    if in_title:
        return in_title
    counts = Counter(code for line in lines[:200] if (code := find_country_in_text(line)))
    if counts:
        return counts.most_common(1)[0][0]
    return next((code for line in lines[:200] if (code := _venue_country(line))), None)


def _city_country(lines: list[str]) -> str | None:
    """The country of the city the page names on most lines (at least two): a candidate for
    numbers that read nowhere else, as the issuer's city recurs in its own page furniture."""
    counts = Counter(code for line in lines[:200] if (code := city_country(line)))
    if not counts:
        return None
    code, count = counts.most_common(1)[0]
    return code if count >= 2 else None


def _marked_home(body: str, language: str | None, home: tuple[str, ...]) -> str | None:
    """The one country of the language whose own institutions the page names ("Kanton",
    "Regierungsrat", "Franken" are Swiss): where a release in German that names no place of its
    own comes from, before any country its story is about ("Hilfe für Afghanistan")."""
    if len(home) < 2 or language is None:
        return None
    folded = fold_keep_length(body)
    marked = [
        code for code in home
        if (words := word_list(f"home_words_{code}", language))
        and re.search(r"\b(?:" + "|".join(words) + r")\b", folded)
    ]
    return marked[0] if len(marked) == 1 else None


# "Venue: Imbizo Media Centre, 120 Plein Street, Cape Town", "Lieu : …", "Ort: …".
_VENUE = re.compile(
    r"^\s*(?:venue|location|where|lieu|adresse|lugar|local|sede|ort|veranstaltungsort|"
    r"address|место|адрес)\s*[:：]\s*(?P<place>.+)$", re.IGNORECASE)
_POSTCODE_CITY = re.compile(
    r"(?<![\w-])\d{4,5}\s+(?P<place>[A-ZÄÖÜ][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?)")


def _venue_country(line: str) -> str | None:
    venue = _VENUE.match(line)
    if venue:
        return city_country(venue.group("place"))
    postal = _POSTCODE_CITY.search(line)
    return city_country(postal.group("place")) if postal and len(line) < 120 else None


def review_warnings(people: list[ExtractedPerson]) -> list[str]:
    """What a person should check: numbers and addresses kept as written but not valid."""
    warnings: list[str] = []
    for person in people:
        for phone in person.phones:
            if not phone.valid:
                warnings.append(value_kept(
                    f"{value_warning(person.name, 'phone', phone.as_written)} "
                    f"but not valid: {phone.problem}", person.name, "phone", phone))
        for email in person.emails:
            if not email.valid:
                warnings.append(value_kept(
                    f"{value_warning(person.name, 'email', email.as_written)} "
                    f"but not valid: {email.problem}", person.name, "email", email))
    return warnings


def parse_release_text(
    text: str,
    source: str,
    *,
    title_hint: str | None = None,
    date_hint: date | None = None,
    contact_text: str | None = None,
) -> ParsedRelease:
    """Read plain article text (menus and footers may surround it) into a ``ParsedRelease``.

    ``title_hint``/``date_hint`` come from the container (an HTML ``<h1>``, an email's Subject
    and Date). ``contact_text`` is searched for contacts when the article text has none (an
    HTML page whose contact box sits outside the main text).
    """
    text = "\n".join(unfold_columns(text.replace("\x00", "").splitlines()))
    article = read_article(text, title_hint, date_hint)
    lines = article.body_lines
    region = None
    if article.dateline:  # "MONTRÉAL, le 16 avril …", "MACAMIC, QC": where it is issued from
        place = article.dateline.split("/")[0]
        region = city_country(place) or region_country(place)
    body = "\n".join(lines).strip()
    language = detect_language(f"{article.title}\n{body}")
    home = tuple(word_list("home_countries", language)) if language else ()
    marked = _marked_home(body, language, home)
    named = _city_country([*article.header_lines, article.title, *lines])  # "Genève" ×5
    if named:  # a country of the language whose city the page names is the one it is from
        home = (named,) if named in home else (*home, named)
    region = region or marked or release_country(article.title, lines)
    media, blocks = extract_contacts(lines, region, home)
    known = {person.name.casefold() for person in media}
    media.extend(person for person in headed_contacts(list(article.header_lines), region, home)
                 if person.name.casefold() not in known)  # "Contact: …" above the headline
    warnings: list[str] = []
    if not media and contact_text:
        media, _ = extract_contacts(contact_text.splitlines(), region, home)
    if article.dateline and region:  # "UNITED NATIONS, New York—": an entry that says nothing
        media = [  # of where (an address only) is where the release is issued
            replace(person, country=region) if person.country is None and not person.phones
            and not person.office else person
            for person in media
        ]
    skip = {i for block in blocks for i in range(block.start, block.end)}
    names = {person.name.casefold() for person in media}
    quoted = [p for p in find_quoted(lines, skip) if p.name.casefold() not in names]
    if not media:
        warnings.append(no_contact_block())  # its English: "no media contact block was found"
    warnings.extend(review_warnings(media))
    return ParsedRelease(
        title=article.title,
        body=body,
        source=source,
        content_hash=content_hash(article.title, body),
        language=language,
        dateline=article.dateline,
        published_on=article.published_on,
        people=(*media, *quoted),
        warnings=tuple(warnings),
    )
