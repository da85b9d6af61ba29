"""Locating the article in scraped text: its title, dateline, date and body, menus left out.

Scraped pages put menus above the article and footers below it. The first paragraph of a release
almost always opens with a dateline ("Douchanbé – …"), so that paragraph anchors the article:
the title is the nearest title-like line above it, the body runs from there to the footer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from babel import Locale

from desktop.domain.countries import country_from_name
from desktop.domain.text import fold, squeeze
from desktop.formats.releases.dates import (
    find_dates,
    first_date,
    is_event_line,
    language_decides,
    month_names,
    page_language,
    slash_order,
    timed,
    weekday_dated,
)
from desktop.formats.releases.fields import find_phone_spans, looks_like_office
from desktop.formats.releases.forwarded import forwarded_headers
from desktop.formats.releases.furniture import consent_notice, pager_line
from desktop.formats.releases.headlines import (
    KIND_PREFIX,
    SCRAPED_STAMP,
    SENTENCE_END,
    WIRE_CODE,
    WIRE_OPENING,
    bracketed_date_closing,
    candidate,
    continued,
    field_run,
    find_title,
    full_stop,
    names_only,
    runs_on,
    title_like,
    wire_opening,
)
from desktop.formats.releases.language import detect_language
from desktop.formats.releases.layout import has_cue
from desktop.formats.releases.lexicon import (
    CONTACT_HEADING,
    FOOTER_MARKERS,
    ISSUER_LINE,
    LANGUAGES,
    fold_keep_length,
    word_list,
)
from desktop.formats.releases.openings import town_dateline
from desktop.formats.releases.places import city_country

_DATELINE = re.compile(  # "20.12.2015, München - …", "3 May 2031, Nairobi – …": the date first
    r"^\s*(?P<head>(?:(?:[0-3]?\d\.[01]?\d\.|[0-3]?\d\.?\s+[^\W\d_]{3,12}\.?\s+)(?:19|20)\d\d,\s*)?"
    r"[^\W\d_][^–—:\n]{0,80}?)"
    r"\s*(?:[–—]|\s-{1,2}\s|\s-(?=\s)|(?<=, [A-Z]{2})-(?=\s))"
    r"\s*(?=\S)"
)
# "FRANKFURT. Die Jury hat …": a known city in capitals closed by a full stop, as German
# university and city pages set their dateline; mixed case ("Berlin. Die …") is left alone.
_CAPITAL_STOP = re.compile(r"^\s*(?P<head>[^\W\d_]{3,}(?:[ -][^\W\d_]{2,}){0,2})\.\s+(?=[^\W\d_])")
_PLACE_PARTICLES = {"de", "del", "la", "el", "es", "al", "da", "do", "dos", "du", "sur", "au",
                    "and", "y", "et", "of", "des", "las", "los", "le"}
_DATED = re.compile(r"^([^–—\n]{6,40}?)\s*(?:[–—]|\s-{1,2}\s)")


@dataclass(frozen=True)
class Article:
    title: str
    body_lines: list[str]
    dateline: str | None
    published_on: date | None
    header_lines: tuple[str, ...] = ()
    """The lines above the story but the title's: where newswires and advisories may put the
    contacts ("Contact: …" before the headline)."""


# US states as AP style abbreviates them in datelines ("CAMBRIDGE, Mass., Jan. 19, 2027");
# listed, not guessed from the shape, because "Jan." has the same shape.
_AP_STATES = ("Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|"
              "Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Vt|Va|Wash|Wis|Wyo")


# Provinces and states a dateline names after its city ("OTTAWA, ON", "Ottawa, Ontario",
# "Ottawa (Ontario)"), from the data files' "regions_ca" / "regions_us": part of the place.
_REGIONS = frozenset(fold(region) for region in word_list("regions_ca") + word_list("regions_us"))


def _weekdays() -> frozenset[str]:
    """Day names in the release languages ("Montag, 02. März 2025" is no place)."""
    names: set[str] = set()
    for language in LANGUAGES:
        for width in ("wide", "abbreviated"):
            names.update(fold(day) for day in Locale(language).days["format"][width].values())
    return frozenset(names)


_WEEKDAYS = _weekdays()


def _is_region(text: str) -> bool:
    return fold(text.strip(" .,()")) in _REGIONS


# "Tessin (Landkreis Rostock)": a district named in brackets after the town is part of the place.
_DISTRICT = re.compile(
    r"^(?:landkreis|kreis|bezirk|kanton|canton|county|province|provincia|region|departement|"
    r"district|oblast|estado|municipio|comune|provincie)\b", re.IGNORECASE)


def _kept_in_brackets(text: str) -> bool:
    """"(Ontario)", "(Suiza)", "(Landkreis Rostock)": a region, country or district, kept with
    the city; a wire's code or a date in brackets is not."""
    return _is_region(text) or country_from_name(text.strip()) is not None or bool(
        _DISTRICT.match(fold(text.strip())))


def _place(head: str) -> tuple[str, str] | None:
    """Split a dateline head ("GENEVA, 12 May 2025") into the place and what follows it."""
    dated = re.match(r"^\s*([^,()]{2,40}),\s*([^,()]{2,40}?)\s*\(([^()]*)\)\s*$", head)
    if dated and country_from_name(dated.group(2).strip()) and find_dates(dated.group(3)):
        city = _place(dated.group(1))  # "Juba, South Sudan (Dec. 30, 2013)": city and country
        if city and not city[1]:
            return f"{city[0]}, {dated.group(2).strip()}", dated.group(3)
    head = re.sub(r"\s*\(([^)]*)\)",
                  lambda m: m.group(0) if _kept_in_brackets(m.group(1)) else "", head).strip()
    joined = re.match(r"^(.+?),?\s+(?:and|&)\s+(.+)$", head)
    if joined:  # "NASHVILLE, Tennessee, and ST. LOUIS", "CAMBRIDGE, MA and Bethesda, MD": two
        one, other = _place(joined.group(1)), _place(joined.group(2))  # places, as written
        if one and other and not one[1] and not other[1]:
            return head.rstrip(" ,"), ""
    place, _, rest = head.replace("،", ",").partition(",")  # Arabic writes "،"
    region = re.match(r"\s*([^\W\d_][^,–—\d]{1,30}?)\s*(?:,|$)", rest)
    if region and _is_region(region.group(1)):  # "OTTAWA, ON", "Ottawa, Ontario": one place
        place, rest = f"{place}, {region.group(1).strip()}", rest[region.end():]
    words = re.sub(r"\([^)]*\)|,|\s/\s", " ", place).split()  # "Berlin / Stuttgart": two
    if not 1 <= len(words) <= 6 or fold(place.strip(" .")) in _WEEKDAYS or ":" in place:
        return None  # "Zeit: Donnerstag, 3. Oktober": a label, never a place
    for word in words:
        first = next((ch for ch in word if ch.isalpha()), "")
        if not first or any(ch.isdigit() for ch in word):
            return None
        if first.islower() and fold(word) not in _PLACE_PARTICLES:
            return None
    state = re.match(rf"\s*((?:[A-Z]\.){{1,3}}|(?:{_AP_STATES})\.),?\s*", rest)
    if state:  # "Washington, D.C., 4 February", "CAMBRIDGE, Mass.": part of the place
        place, rest = f"{place}, {state.group(1)}", rest[state.end():]
    if place.isupper() and len(place) > 3:
        town, comma, region_name = place.partition(",")
        place = town.title() + comma + (region_name if len(region_name.strip()) <= 2
                                         else region_name.title())
    return place.strip(), rest.strip()


# "Guayaquil, 19 de febrero de 2026. Las lluvias …": a full stop after the date, no dash;
# Latin American releases often add a hyphen to it ("Santa Cruz, 15 de mayo de 2029.- El …").
_DATED_STOP = re.compile(
    r"^\s*(?P<head>[^\W\d_][^–—:.\n]{0,30}?,(?:[^.\n]|(?<=\d)\.){4,40}?\d{4})"
    r"(?:\.(?:-{1,2}|[–—])?\s+|:\s+|-(?=[^\W\d_])|\s*(?=[A-ZÄÖÜÅØÆ][a-zäöüåøæß]))(?=\S)"
)  # "…, 5. Oktober 2011. Mit", "…2011-El", "Berlin, 08.08.2017Die …" (the date glued on)


def dateline_of(line: str) -> tuple[str, str] | None:
    """The dateline place (and the text beside it, where a date may be) opening a paragraph."""
    stamped = SCRAPED_STAMP.match(line)
    if stamped:  # the stamp is dropped when a dated dateline follows it ("QUÉBEC, le 27 oct.")
        rest = line[stamped.end():]
        found = _dateline_of(rest)  # " date 2022-07 Freiburg (ots) -Caritas …": a wire's place
        capitals = re.match(r"^\s*[A-Z][A-Z .'-]{2,}(?:,|\s*[–—(])", rest)  # "LUBBOCK, Texas (…) —"
        return found if found and (
            find_dates(found[1]) or WIRE_OPENING.match(rest) or capitals
        ) else None
    return _dateline_of(line)


# "(Washington, DC) – Today …": the dateline set in brackets.
_BRACKETED_HEAD = re.compile(r"^\s*\(([^()\n]{2,60})\)(?=\s*[–—-])")


# "(Washington, D.C.—12 de octubre de 2005) La Agencia …": place and date in brackets, no dash.
_BRACKETED_DATED = re.compile(r"^\s*\(([^()\n]{4,60})\)\s*(?=[^\W\d_])")


def _bracketed_dated(line: str) -> tuple[str, str] | None:
    match = _BRACKETED_DATED.match(line)
    if match is None or len(line[match.end():].split()) < 8:
        return None
    inside = match.group(1)
    dates = find_dates(inside)
    if not dates or dates[0][0] == 0:
        return None
    head = inside[: dates[0][0]].rstrip(" ,-–—")
    found = _place(head)
    return (found[0], inside[dates[0][0]:]) if found and not found[1] else None


def _dateline_of(line: str) -> tuple[str, str] | None:
    kind = KIND_PREFIX.match(fold_keep_length(line))
    if kind and line[kind.end():][:1].isupper():  # "MEDIA ADVISORY FREDERICK, MD – The …"
        line = line[kind.end():]
    dated = _bracketed_dated(line)
    if dated:
        return dated
    bracketed = _BRACKETED_HEAD.match(line)
    if bracketed:
        line = bracketed.group(1) + line[bracketed.end():]
    wire = WIRE_OPENING.match(line)
    if wire and len(line[wire.end():].split()) >= 8:
        found = _place(wire.group("head"))
        dashed = re.search(r"(?:[-–—]|\)\.)\s*$", line[: wire.end()])  # not "The WHO (WHO) has"
        if found and found[1] and _short_date(found[1]) and dashed:
            return found[0], ""  # "Bogotá, 25 sep (SP). El …": a wire's day and month, no year
        if found and not found[1] and (dashed or city_country(found[0])):
            return found
    capital = _CAPITAL_STOP.match(line)
    if capital and capital.group("head").isupper() and len(line[capital.end():].split()) >= 8:
        found = _place(capital.group("head"))
        if found and not found[1] and city_country(found[0]):
            return found
    match = _DATELINE.match(line)
    stop = _DATED_STOP.match(line)
    if stop and find_dates(stop.group("head")) and (not match or stop.end() < match.end()):
        match = stop
    if not match:
        return None
    after = line[match.end():]
    if len(after.split()) < 8 or find_phone_spans(after[:60]) or "@" in after[:60]:
        return None  # "Amnesty International France – Service presse – 01 53 …": a desk line
    head = match.group("head")
    opening = find_dates(head)
    if opening and (opening[0][0] == 0 or fold(head[: opening[0][0]]).strip(" ,.") in _WEEKDAYS):
        # "March 24, 2022, OTTAWA, ON – …", "Miércoles, 17 de mayo de 2023, Puerto Rico – …"
        rest = re.sub(r"^.*?\d{4}\s*[,.]?\s*", "", head)  # "July 1, 2031. Franklin, Tenn. –"
        following = _DATELINE.match(after) if not rest.strip() else None
        if following and len(after[following.end():].split()) >= 8:
            rest = following.group("head")  # "March 12, 2031 — Portland, Ore. — The …"
        place = _place(rest)
        return (place[0], head) if place and not place[1] else None
    before = head[: opening[0][0]] if opening else ""
    if before.strip() and "," not in before and not all(
        word in _DATE_FILLERS or word in _WEEKDAYS for word in fold(before).split()
    ):  # "Helsinki 12.3.2031 – …", "Bratislava 12. marca 2031 – …": the place, no comma
        bare = _place(before.strip())
        if bare and not bare[1]:
            return bare[0], head[opening[0][0]:]
    place = _place(head)
    if place is None:
        return None
    if sum(word[:1].islower() for word in place[1].split()) >= 3 and not find_dates(place[1]):
        return None  # "Bertrand Gadenne, les images réfléchies – …": a list item's heading
    pair = _second_place(line[match.start("head"):match.end()], after)
    # "Bogotá - Quito (CICR) – El …": two places, one dateline
    if pair and not place[1] and (city_country(place[0]) or city_country(pair)):
        return f"{place[0]} - {pair}", ""
    # "Bamako – 30 janvier 2025 – Le HCR …": the date sits between two dashes.
    second = _DATED.match(after)
    if second and find_dates(second.group(1)):
        return place[0], f"{place[1]} {second.group(1)}".strip()
    return place


def _short_date(text: str) -> bool:
    """"25 sep", "3 de mayo", "Sept. 25": a day and a month with no year, as wires date."""
    words = re.findall(r"[^\W_]+", fold_keep_length(text))
    days = [word for word in words if word.isdigit()]
    months = [word for word in words if word in month_names() or word[:3] in _SHORT_MONTHS]
    return len(days) == 1 and len(days[0]) <= 2 and len(months) == 1 and all(
        word in days or word in months or word in _DATE_FILLERS for word in words)


_SHORT_MONTHS = frozenset(name[:3] for name in month_names() if len(name) >= 3)


def _second_place(opening: str, after: str) -> str | None:
    """The second place of a two-place dateline written with a hyphen between the places
    ("Bogotá - Quito (CICR) – …"), the first place being cut at that hyphen."""
    if not re.search(r"\s-\s*$", opening):
        return None
    second = _DATELINE.match(after)
    if second is None or len(second.group("head").split()) > 5:
        return None
    found = _place(second.group("head"))
    if found is None or found[1] or len(after[second.end():].split()) < 8:
        return None
    return found[0]


def _prose(line: str) -> bool:
    words = len(line.split())
    return (words >= 15 and bool(SENTENCE_END.search(line.strip()))) or (
        words >= 20 and line.rstrip().endswith(":")  # "… unter folgenden Kontaktdaten:"
    ) or _running_text(line)


def _running_text(line: str) -> bool:
    """A long line of running text however it ends: a scrape cuts a paragraph off mid-sentence
    ("… de manera libre y justa") or leaves it on a comma ("… laden ein zum Pressegespräch mit
    X, …,"). Many of its words open in lower case, where a menu run or a title-case banner's
    do not, and a sentence ends inside it or it runs on past a comma or past any headline's
    length; a long headline ("Avis aux médias : Conférence de presse … à 14 h 00") does not."""
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    if len(words) < 25 or sum(word[:1].islower() for word in words) < 0.4 * len(words):
        return False
    sentences = any(before.islower() and after.isupper() for before, after in re.findall(
        r"([^\W\d_]{3})[.!?]\s+[\"“«„]?([^\W\d_])", line))  # "… hat. Jetzt …", not "EE. UU."
    return sentences or line.rstrip().endswith(",") or len(words) >= 45


# "Covid-Hinweis: Das Pressegespräch findet …", "Editor's note: …": a label opening a notice.
_NOTICE_LABEL = re.compile(r"^\s*[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2}\s*:\s+\S")


def _past_notice(lines: list[str], start: int) -> int:
    """The story's first paragraph when the first one is a labelled notice set over the
    headline ("Covid-Hinweis: …" / "Caritas geht immer!" / the story): the paragraph after that
    headline; else ``start``."""
    if not _NOTICE_LABEL.match(lines[start]):
        return start
    shown = [i for i in range(start + 1, min(len(lines), start + 6)) if lines[i].strip()]
    if len(shown) >= 2 and candidate(lines, shown[0]) and _prose(lines[shown[1]]):
        return shown[1]
    return start


def _wrapped(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]`` is the first line of a paragraph hard-wrapped at a fixed width
    (plain-text and e-mail releases): long, and carried on by the next line."""
    following = lines[index + 1] if index + 1 < len(lines) else ""
    if len(following.split()) < 3:
        return False
    return len(lines[index].split()) >= 10 or _dated_head(lines[index])


def _dated_head(line: str) -> bool:
    """A line that opens on a place and a date before a dash ("BAMAKO, 3 novembre 2028 –
    L'Organisation internationale pour les"): a dateline, however short the wrap left it."""
    match = _DATELINE.match(line)
    if match is None or SENTENCE_END.search(line.strip()) or len(line[match.end():].split()) < 2:
        return False
    place = _place(match.group("head"))
    wire = re.search(WIRE_CODE, match.group("head"))  # "Wien (TP/OTS) - Nach dem …"
    return place is not None and (bool(find_dates(place[1])) or wire is not None)


def _find_start(lines: list[str]) -> tuple[int | None, tuple[str, str] | None]:
    for index, line in enumerate(lines):
        wrapped = _wrapped(lines, index)
        if SENTENCE_END.search(line.strip()) or len(line.split()) >= 20 or wrapped or (
            wire_opening(line)  # "Wien (OTS) - Greenpeace startet …": the story, however short
        ) or (SCRAPED_STAMP.match(line) and len(line.split()) >= 12):  # " date 2031-03-09 CITY —"
            found = dateline_of(f"{line} {lines[index + 1].strip()}" if wrapped else line)
            if found:
                return index, found
    return None, None


_ORIGINALLY = re.compile(r"originally\s+published|publi[ée]\s+[àa]\s+l['’]origine|"
                         r"publicado\s+originalmente", re.IGNORECASE)


# A period, not a day: "29 mars - 2 juillet 2013", "9 – 15 October 2031".
_DATE_RANGE = re.compile(
    r"\b\d{1,2}(?:er)?(?:\s+[^\W\d_]{3,}\.?)?\s*[-–—]\s*\d{1,2}(?:er)?\s+[^\W\d_]{3,}\.?\s+\d{4}\b"
)


# "Du 24 juin au 15 novembre 2031", "from 3 May to 9 June 2031", "vom 2. bis 5. März 2031": an
# exhibition's or event's period written with words, its end date no release's date.
_PERIOD = re.compile(
    r"\b(?:du|from|vom|del|dal|van|od|de|fran)\s+\d{1,2}(?:er|\.)?(?:\s+[^\W\d_]{3,}\.?)?\s+"
    r"(?:au|to|until|till|bis|al|hasta|a|ao|tot|do|till|t/m)\s+\d{1,2}\b"
)


def _period(line: str) -> bool:
    return bool(_DATE_RANGE.search(line) or _PERIOD.search(fold_keep_length(line)))


def _memo_field(lines: list[str], index: int) -> bool:
    """"Date: September 20, 2010" under "Contact: …" / "Phone: …" at the head of a release: the
    memo's own date, not an event's (an event's date comes with its time and place)."""
    above = [line for line in lines[max(0, index - 4) : index] if line.strip()]
    below = next((line for line in lines[index + 1 : index + 4] if line.strip()), "")
    return bool(above) and has_cue(above[-1]) and not is_event_line(below) and not timed(
        lines[index])


# "Tue, 05/17/2022 - 10:15" under the headline: a content system's stamp (day abbreviated, the
# date in figures, a dash, the hour), the page's own date; an advised event's day is written
# out ("Tuesday, May 17, 2022, 10 a.m.").
_CMS_STAMP = re.compile(
    r"^\s*[^\W\d_]{2,4}\.?,\s*\d{1,2}/\d{1,2}/(?:19|20)\d\d\s+-\s+\d{1,2}:\d{2}\s*$"
)


def _stamp_under_headline(lines: list[str], title_at: int | None, index: int) -> bool:
    """"Date: Sep 24, 2009" right under the headline, with no hour, and no event's place or
    time under it: the release's own date, not an advised event's."""
    if title_at is None or _previous_line(lines, index) != title_at or timed(lines[index]):
        return False
    below = next((line for line in lines[index + 1 : index + 3] if line.strip()), "")
    return not is_event_line(below) and not _CLOCK_ONLY.match(below)


# An update's stamp, in the release languages: "Last updated: …", "Mis à jour le …".
_UPDATED = re.compile(
    r"^[\W_]*(?:last\s+updated|updated|last\s+modified|modified|mis\s+a\s+jour|"
    r"(?:zuletzt\s+)?aktualisiert|geandert|(?:ultima\s+)?actualiza(?:do|cion)|bijgewerkt|"
    r"laatst\s+gewijzigd|oppdatert|uppdaterad|opdateret|aggiornato|atualizado|zaktualizowano|"
    r"paivitetty|aktualizovan[oe]|ostatnia\s+aktualizacja)\b"
)


def _header_date(lines: list[str], title_at: int | None, start: int) -> date | None:
    """The first date above the story; on an aggregator's page ("Posted 12 Mar 2026 /
    Originally published 11 Mar 2026") the date the author published it."""
    first = 0
    if title_at is not None:  # three lines of text above the headline ("11 Dec 2017" / "Beirut")
        wanted = fold(lines[title_at])  # or above its first print, on a page printing it twice
        title_at = next((i for i in range(title_at) if fold(lines[i]) == wanted), title_at)
        above = [i for i in range(title_at) if lines[i].strip()][-3:]
        first = above[0] if above else title_at
    original = next((i for i in range(first, start) if _ORIGINALLY.search(lines[i])), None)
    first = original if original is not None else first
    # "Updated: April 2, 2031" over "Published: March 12, 2031": the update's stamp dates the
    # page only when no other date stands above the story
    rows = range(first, start)
    stamps = [index for index in rows if _UPDATED.match(fold_keep_length(lines[index]))]
    for index in [index for index in rows if index not in stamps] + stamps:
        if _period(lines[index]):
            continue  # "29 mars - 2 juillet 2013": an exhibition's or event's period
        if index == title_at or (
            is_event_line(lines[index]) and not _memo_field(lines, index)
            and not _stamp_under_headline(lines, title_at, index)
        ) or (
            weekday_dated(lines[index]) and timed(lines[index])
            and not _DATE_LABEL.match(fold_keep_length(lines[index]))
            and not _CMS_STAMP.match(lines[index])
        ):
            continue  # "Montag, 02. März 2025, 13:30 Uhr": the day of the event advised
        found = first_date(lines[index], month_first=_CMS_STAMP.match(lines[index]) is not None)
        if found:
            return found
    return None


_AGENCY_LINE = re.compile(
    r"^\s*([^\W\d_][^()\n–—|]{1,40}?(?:\s*\([^()\n]{2,40}\))?)\s*\([A-Za-z]{2,6}\)\s*[-–—:]?\s*$"
)  # "Hamburg (ots)", "Tessin (Landkreis Rostock) (ots)"


_UNIT = re.compile(r"\((?:px|pt|cm|mm|kb|mb|gb|dpi)\)\s*[-–—:]?\s*$", re.IGNORECASE)


def _header_dateline(lines: list[str], start: int) -> str | None:
    """A place printed with the date on a line of its own above the story, as pages that set
    the dateline apart do: "Бишкек, 27 января 2026 г.", "Port-au-Prince – 3 February 2026",
    "8 October 2025 | News release | Cairo" (there only a known city is taken)."""
    for line in lines[max(0, start - 6) : start]:
        agency = _AGENCY_LINE.match(line)  # "Hamburg (ots)": the place, then the wire's code
        if agency and (found := _place(agency.group(1))) and not found[1] and not _UNIT.search(
            line
        ):  # "Embed Size (px)" on a document viewer's page is no agency's place
            return found[0]
        alone = re.match(r"^\s*([^\W\d_][^–—|]{1,40}?)\s*[–—-]\s*$", line)  # "Port-au-Prince –"
        if alone and (found := _place(alone.group(1))) and not found[1] and (
            city_country(found[0]) or _is_region(found[0])
        ):  # a known place: "Pressmeddelande -" is the kind of text, in any language
            return found[0]
        if not find_dates(line) or len(line.split()) > 20:
            continue
        found = _place(line.strip()) if "," in line or "،" in line else None
        if found and find_dates(found[1]) and len(found[1].split()) <= 6:
            return found[0]
        for piece in re.split(r"\s*[|–—]\s*|\s+-\s+", line.strip()):
            bare = re.sub(r"\s*\(([^)]*)\)\s*$", "", piece)  # "Ottawa (Ontario)"
            if piece and not find_dates(piece) and city_country(bare):
                return piece.title() if piece.isupper() else piece
        dates = find_dates(line)
        if dates and dates[0][0] <= 4 and (
            tail := re.search(r"(?:19|20)\d\d\s+([^\W\d_][^()\n,]{1,30}?)\s*\(([^()]{2,30})\)",
                              line[dates[0][0]:])
        ) and _is_region(tail.group(2)):  # "Le 5 mars 2025 Québec (Québec) Parcs Canada"
            return f"{tail.group(1).strip()} ({tail.group(2).strip()})"
    return None


# Words a date line may hold besides its day, month and year ("Jeudi 2 avril 2020").
_DATE_FILLERS = frozenset({"de", "del", "le", "the", "of", "den", "der", "am", "er", "o"})


def _bare_date(line: str) -> bool:
    """A line that is a date and nothing else ("Jeudi 2 avril 2020" under a page's share bar):
    the page's own date, even led by a day name; an event's day comes with a label or a time
    (on its line or the next: "Dienstag, 27. März 2018" above "Treffpunkt: 9:30 Uhr")."""
    words = re.findall(r"[^\W_]+", fold_keep_length(line))
    return bool(find_dates(line)) and all(
        word.isdigit() or word in _WEEKDAYS or word in month_names() or word in _DATE_FILLERS
        for word in words
    )


# The place of an advised event, on the line under its date ("Data: 14/6 (sábado)" then
# "Local: Parque …"): that date is the event's, not the release's.
_PLACE_LABEL = re.compile(
    r"^\s*(?:local|lugar|lieu|ort|venue|where|location|endereco|direccion|adresse)\s*[:：]",
    re.IGNORECASE,
)


# "11:00 Uhr", "kl. 13.00", "10 a.m." alone on a line: the hour of an event given above it.
_CLOCK_ONLY = re.compile(
    r"^\s*(?:um|kl\.?|at|a\s+las|a|à|às)?\s*\d{1,2}(?:\s*[:.h]\s*\d{2})?\s*"
    r"(?:uhr|h|horas|[ap]\.?\s?m\.?)?\s*[,.]?\s*$", re.IGNORECASE,
)


def _opening_date(lines: list[str], start: int) -> date | None:
    """A date that opens one of the first paragraphs ("N'Djamena, 19 mars 2026 – …") when the
    first paragraph has none."""
    shown = [line for line in lines[start : start + 12] if line.strip()][:5]
    for at, line in enumerate(shown[:4]):
        after = shown[at + 1] if at + 1 < len(shown) else ""
        page_date = _bare_date(line) and not (is_event_line(after) or timed(after))
        if is_event_line(line) or timed(line) or _period(line) or (
            weekday_dated(line) and not page_date
        ) or (
            _PLACE_LABEL.match(fold_keep_length(after)) or _CLOCK_ONLY.match(after)
        ):
            continue  # "Zeit: Donnerstag, 3. Oktober 2002": the event's day
        dates = find_dates(line)
        before = re.findall(r"[^\W\d_]+", line[: dates[0][0]]) if dates else []
        if dates and dates[0][0] <= 40 and sum(word[:1].islower() for word in before) <= 2:
            return dates[0][1]  # not "A public meeting will be held on 20 March 2031 …"
    return None


# "Datum: 02.02.2016 - 12:20 Uhr", "Publié le : …": the page's own date line, from the data
# files' "date_labels"; read when nothing above or in the story dates it.
_DATE_LABEL = re.compile(
    r"^\s*(?:" + "|".join(re.escape(label) for label in word_list("date_labels"))
    + r")\s*(?:[:：]|(?=\d))",  # "Datum: 02.02.2016", "veröffentlicht am 02.07.2018"
)


# An OTS wire footer's code: "***TPT0005 2007-06-14/15:07…" (the sending date and time).
_WIRE_DATE = re.compile(r"\b[A-Z]{3}\d{4}\s+(\d{4}-\d{2}-\d{2})/\d{2}:\d{2}")


# "For immediate release" and its translations, under the release's own date line.
_IMMEDIATE = re.compile(
    r"^[\s|*•-]*(?:for\s+immediate\s+release|para\s+(?:su\s+)?(?:difusion|publicacion|divulgacao)"
    r"\s+inmediata|pour\s+diffusion\s+immediate|zur\s+sofortigen\s+veroffentlichung)",
)


def _immediate_release_date(lines: list[str], start: int) -> date | None:
    """"Jueves, 25 de marzo de 2021" over "Para publicación inmediata": the release's date,
    however far above the headline a newsroom's header puts it."""
    for index in range(min(start, len(lines))):
        above = _previous_line(lines, index)
        label = fold_keep_length(lines[index])
        if not _IMMEDIATE.match(label) and not (  # "| FOR" over "IMMEDIATE RELEASE": broken
            above == index - 1 and len(label.split()) <= 3
            and _IMMEDIATE.match(fold_keep_length(f"{lines[above]} {lines[index]}"))
        ):
            continue
        below = next((i for i in range(index + 1, min(start, index + 3)) if lines[i].strip()),
                     None)
        # the release's date over the label, or, as US releases print it, right under it
        for at in (index, above, below):
            line = lines[at] if at is not None else ""
            found = first_date(line)
            label = fold_keep_length(line).lstrip(" |*•")  # "|Date: July 8, 2031" under it
            dated = _DATE_LABEL.match(label) or re.match(r"date\s*:", label)
            if found and not timed(line) and (not is_event_line(line) or dated):
                return found
    return None


def _previous_line(lines: list[str], index: int) -> int | None:
    above = index - 1
    while above >= 0 and not lines[above].strip():
        above -= 1
    return above if above >= 0 else None


def _labelled_date(lines: list[str]) -> date | None:
    for index, line in enumerate(lines):
        below = next((text for text in lines[index + 1 : index + 3] if text.strip()), "")
        if _PLACE_LABEL.match(fold_keep_length(below)) or is_event_line(below):
            continue
        if _DATE_LABEL.match(fold_keep_length(line)) and len(line.split()) <= 8:
            found = first_date(line)
            if found:
                return found
    for line in lines:
        wire = _WIRE_DATE.search(line)
        if wire:
            try:
                return date.fromisoformat(wire.group(1))
            except ValueError:
                continue
    return None


def _broken_above(lines: list[str], index: int) -> bool:
    """Whether the headline chosen at ``index`` is the second line of one broken in two: the
    line right above it (no blank between, a blank or the page's top over it) is headline-like
    and stops on a function word, and the page does not print the chosen line whole elsewhere."""
    above = index - 1
    if above < 0 or not lines[above].strip() or (
        above > 0 and lines[above - 1].strip() and title_like(lines[above - 1])
    ):  # a kind label ("PRESSEMITTEILUNG") may stand right over it
        return False
    return (title_like(lines[above]) and continued(lines, above)
            and not _printed_twice(lines, index) and not _printed_twice(lines, above))


def _printed_twice(lines: list[str], index: int) -> bool:
    """Whether the line at ``index`` is printed again elsewhere on the page, as a page's title
    is over its heading: the headline whole, as the page itself gives it."""
    wanted = squeeze(lines[index])
    return any(squeeze(line) == wanted for at, line in enumerate(lines[:200]) if at != index)


def _signed_dateline(lines: list[str]) -> str | None:
    """A place and a date alone on their line above the text, however the scrape broke it: a
    wire's "WASHINGTON, Aug. 23, 2002" over a story cut into short lines, "Bonn, 3. Mai 2011"
    under a headline over a story that opens with no place."""
    for line in lines:
        if len(line.split()) >= 10:
            return None  # the text has begun: a date line under it signs, it is no dateline
        if len(line.split()) < 2 or "," not in line:
            continue
        found = _place(line.strip())
        if found and find_dates(found[1]) and all(
            word.isdigit() or word in month_names() or word in _DATE_FILLERS
            for word in re.findall(r"[^\W_]+", fold_keep_length(found[1]).replace(".", " "))
        ):
            return found[0]
    return None


def _closing_signature(lines: list[str]) -> tuple[str, date] | None:
    """"Lima, 12 de octubre de 2031", "Genève, le 3 mars 2031" alone on a line after the text:
    a communiqué signed with its place and date at the end, as official ones are, where no
    dateline opens it. The last such line of the text, a place and nothing but a date."""
    for line in reversed(lines):
        stamp = first_date(line) if _bare_date(line) and not weekday_dated(line) and not (
            _period(line) or re.search(r"\d\.?\s*[-–—]\s*\d", line)  # "02.03. – 23.06.2031"
        ) else None
        if stamp is not None:  # "12. November 2031" alone under the text: the page's stamp
            return "", stamp
        if not 2 <= len(line.split()) <= 9 or "," not in line:
            continue
        found = _place(line.strip())
        if found is None or not find_dates(found[1]) or timed(line) or is_event_line(line):
            continue
        if all(word.isdigit() or word in month_names() or word in _DATE_FILLERS
               for word in re.findall(r"[^\W_]+", fold_keep_length(found[1]).replace(".", " "))):
            day = first_date(found[1])
            if day is not None:
                return found[0], day
    return None


def _footer_at(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]`` ends the article: a footer marker, unless a contact heading or
    a wire's issuer line follows close below ("Follow us on X @WFP" sits above WFP's contacts)."""
    line = lines[index]
    if not (FOOTER_MARKERS.match(fold_keep_length(line)) or FOOTER_MARKERS.match(line)):
        return False
    following = [text for text in lines[index + 1 : index + 8] if text.strip()][:3]
    return not any(
        CONTACT_HEADING.match(fold_keep_length(text).strip().lstrip(">*#•-–— "))  # ">Contact"
        or ISSUER_LINE.match(text)
        for text in following
    )  # a newswire's "SOURCE Org" line, with the contacts under it, also follows "Follow us"


# A page template's code left before the headline ("/* hide all tabs … */ ?>Media Advisory: …").
_CODE_JUNK = re.compile(r"^.*\*/\s*(?:\?>)?\s*(?=\S)")




# The site's name after the headline, as a page's <title> gives it ("… | UNICEF Mali").
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+([^|–—\-\s][^|–—]{1,60}?)\s*$")


def _clean_title(title: str) -> tuple[str, str | None]:
    """The headline without template code before it, and without a wire's dateline opening it
    ("Wien (OTS) - Greenpeace startet …"), whose place is returned as the dateline."""
    if "*/" in title:
        title = _CODE_JUNK.sub("", title)
    title = SCRAPED_STAMP.sub("", title)  # " date 2018-04-26 Discours au …'
    kind = KIND_PREFIX.match(fold_keep_length(title))
    rest = title[kind.end():] if kind else ""
    first = rest.split()[0] if len(rest.split()) >= 2 else ""
    if first and (first[0] in "«\"“„‹" or (len(first) >= 2 and first.isupper())):
        title = rest  # "Dossier de presse « Name » 2031": the kind of document, not the headline
    suffix = _SITE_SUFFIX.search(title)
    if suffix and looks_like_office(suffix.group(1)) and names_only(suffix.group(1)) and (
        re.search(r"[^\W\d_]{3,}", title[: suffix.start()])
    ):  # "Signac - Association des … du Patrimoine": the site's name, no clause ("- Name und
        title = title[: suffix.start()]  # Name stellen … vor")
    wire = WIRE_OPENING.match(title)
    if wire and re.search(r"[-–—]\s*$", title[: wire.end()]):
        found = _place(wire.group("head"))
        if found and not found[1]:
            return title[wire.end():].strip(), found[0]
    return title, None


# A list archive's page heading: the list's tag, then the message's subject
# ("ALASKA-NEWS-RELEASE: High temps, dry weather mean higher fire risk").
_LIST_SUBJECT = re.compile(r"^\s*[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+\s*:\s*(\S.{5,200}?)\s*$")


def _archived_subject(lines: list[str]) -> str | None:
    """The subject a list archive's first line gives, when the release prints it again as its
    headline further down (so a sub-headline under it is not taken instead)."""
    first = next((line for line in lines if line.strip()), "")
    match = _LIST_SUBJECT.match(first)
    if match is None:
        return None
    wanted = fold(match.group(1))
    again = [line for line in lines[1:] if line.strip() and fold(line) == wanted]
    return match.group(1) if again else None


# The banner of a newsroom's list page ("Press Releases", "Blog", "Actualités").
_LIST_BANNER = re.compile(
    r"^\s*(?:press\s+releases|news\s+releases|news|latest\s+news|blog|actualites|"
    r"communiques(?:\s+de\s+presse)?|noticias|comunicados(?:\s+de\s+prensa)?|"
    r"pressemitteilungen|aktuelles|noticias|releases)\s*$",
    re.IGNORECASE,
)
# An item of such a list: "Exhibition – Museum" or a dateline opening an item's summary.
_LIST_ITEM = re.compile(r"^\s*[^\W\d_][^–—\n\d:]{2,90}?\s[–—]\s[^–—\n]{3,60}$")


def _list_page(lines: list[str]) -> bool:
    """A page that opens with a list banner and lists several items under it (each a heading
    with its venue, or a dateline and the opening of a summary): a list, not one release."""
    first = next((line for line in lines if line.strip()), "")
    if not _LIST_BANNER.match(fold(first)):
        return False
    items = [
        index for index, line in enumerate(lines)
        if (_LIST_ITEM.match(line) and len(line.split()) <= 16) or dateline_of(line) is not None
    ]
    runs = sum(1 for at, index in enumerate(items) if at == 0 or index > items[at - 1] + 1)
    return len(items) >= 3 and runs >= 2  # items apart, each with its own text: not a programme


def _listed_items(lines: list[str], at: int) -> int:
    """How many items of a newsroom's list follow one another from ``at``: each a headline
    (five to twenty words, no sentence's end) right over its teaser (a line of twelve words or
    more), a date line under it at most ("Canadians celebrate …" / "Canadians across the
    country are …" / "February 04, 2031"). A release's headline is followed by its story's
    paragraphs, not by another headline and teaser."""
    count = 0
    index = at
    while index < len(lines) and count < 3:
        shown = [i for i in range(index, min(len(lines), index + 8)) if lines[i].strip()][:3]
        if len(shown) < 2 or shown[1] - shown[0] > 2:
            break
        head, teaser = lines[shown[0]].strip(), lines[shown[1]]
        if not 5 <= len(head.split()) <= 20 or full_stop(head) or not title_like(
            head
        ) or len(teaser.split()) < 12:
            break
        count += 1
        index = shown[2] if len(shown) > 2 and _bare_date(lines[shown[2]]) else shown[1]
        index = next((i for i in range(index + 1, len(lines)) if lines[i].strip()), len(lines))
    return count


def read_article(text: str, title_hint: str | None = None,
                 date_hint: date | None = None) -> Article:
    """Split ``text`` into title, dateline, date and body lines; never raises."""
    # "15. listopada 2024" (October in Croatian, November in Polish), "03/12/2014": the page's
    # language decides, worked out only when such a date is there
    language = detect_language(text) if language_decides(text) else None
    # "12/03/2031" on an English page: day or month first, as the page's own evidence says
    order = slash_order(text) if language == "en" else None
    with page_language(language, order):
        return _read_article(text, title_hint, date_hint)


def _quoted_name(line: str) -> bool:
    """"Dossier de presse « Printemps 2031 »": a line closed by the quotation it opened, a
    name in quotes, not a sentence's end."""
    text = line.strip()
    return any(text.endswith(close) and opening in text[:-1]
               for opening, close in (("«", "»"), ("“", "”"), ("„", "“")))


def _read_article(text: str, title_hint: str | None, date_hint: date | None) -> Article:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    mail = forwarded_headers(lines) if title_hint is None else None
    if mail is not None:  # a forwarded release in a list archive: its Subject heads it
        title_hint, date_hint = mail.subject, date_hint or mail.sent_on
    elif title_hint is None:
        title_hint = _archived_subject(lines)
    start, dateline = _find_start(lines)
    if start is None:
        start = next((i for i, line in enumerate(lines)
                      if _prose(line) and not consent_notice(line)), None)
        if start is not None:
            start = _past_notice(lines, start)
            town = town_dateline(lines, start)  # "Neubrück. Der Stadtrat hat …"
            dateline = (town, "") if town else None
    if start is None:  # a hard-wrapped page: the first paragraph of long lines
        start = next((i for i, line in enumerate(lines)
                      if len(line.split()) >= 8 and _wrapped(lines, i)), None)
    if start is None:  # a short advisory with no text but its fields ("WHAT:" / "WHEN:" / …)
        start = next((i for i, line in enumerate(lines)
                      if is_event_line(line) and field_run(lines, i)), None)
        while start and lines[start - 1].strip():  # from the top of its block ("Serviço:")
            start -= 1
    if start is None:  # a short story: one sentence of ten words or more, over no list
        start = next((i for i, line in enumerate(lines)
                      if len(line.split()) >= 10 and full_stop(line)
                      and not KIND_PREFIX.match(fold_keep_length(line))), None)
    first_line = start is None  # no story found: the text opens on its first line
    if start is None:  # a viewer's page count ("15") over the document's first line is no text
        start = next((i for i, line in enumerate(lines) if re.search(r"[^\W\d_]{2}", line)),
                     next((i for i, line in enumerate(lines) if line.strip()), 0))
    title_at = find_title(lines, start, title_hint) if mail is None else None
    if title_at is None and mail is None and dateline is not None and start > 0 and (
        lines[start - 1].strip() and title_like(lines[start - 1])
        and not full_stop(lines[start - 1])
        and (start == 1 or not lines[start - 2].strip())
    ):  # "Le port … ouvre un nouveau terminal" right over "GENÈVE, 12 octobre 2026 – …" (a PDF
        title_at = start - 1  # sets no blank): the story opens on its dateline, not above it
    if title_at is None and title_hint is None:
        title_at = next((i for i in range(start)
                         if candidate(lines, i) and not full_stop(lines[i])), None)
    if title_at is None and first_line and lines and title_like(lines[start]) and not (
        (SENTENCE_END.search(lines[start].strip()) and not _quoted_name(lines[start]))
        or runs_on(lines, start)
    ):  # a short note: "Shelters open in the valley" over two lines of text
        title_at = start
    wire_place = None
    title_end = title_at
    if title_at is not None and _broken_above(lines, title_at):
        title_at -= 1  # "… Flood Basin to" over "Visitors From the Region": one headline
    if title_at is not None:
        headline = lines[title_at]
        if (title_at + 1 < start or title_at == start) and continued(lines, title_at) and not (
            _printed_twice(lines, title_at)
        ):  # a headline broken in two, unless the page's title gives it whole on one line
            title_end = title_at + 1
            headline = f"{headline} {lines[title_end]}"
        title, wire_place = _clean_title(squeeze(headline))
    elif title_hint:
        title = squeeze(title_hint)
    else:  # a page with no headline has no title, whatever paragraph comes first
        title = ""
    body_from = start if title_at is None or title_end is None or title_at >= start else (
        title_end + 1)
    if title_at is not None and title_end is not None and title_at == start:
        body_from = title_end + 1
    end = len(lines)
    for index in range(max(body_from, start + 1), len(lines)):
        if _footer_at(lines, index):
            end = index
            break
    body_lines = lines[body_from:end]
    while body_lines and not body_lines[-1].strip():
        body_lines.pop()
    while body_lines and not body_lines[0].strip():
        body_lines.pop(0)
    published = None
    if dateline is not None:
        published = first_date(dateline[1])
    if published is None:
        published = _header_date(lines, title_at, start)
    if published is None and title_at is not None and bracketed_date_closing(lines[title_at]):
        published = first_date(lines[title_at])  # "… Kindergarten (12.03.2031)"
    if published is None:
        published = _immediate_release_date(lines, start)
    if published is None and title_at is not None:  # " date 2018-04-26 <headline>"
        stamp = SCRAPED_STAMP.match(lines[title_at])
        published = first_date(stamp.group(0)) if stamp else None
    if published is None:
        published = date_hint
    if published is None:
        published = _opening_date(lines, start)
    if published is None:
        published = _labelled_date(lines)
    place = dateline[0] if dateline else (
        _header_dateline(lines, start) or wire_place or _signed_dateline(lines)
    )
    # "Lima, 12 de octubre de 2031" under the text: a communiqué signed with the place and
    # date it was issued, which a dateline gives at the top of other releases
    signed = _closing_signature(body_lines) if published is None or place is None else None
    if signed is not None and published in (None, signed[1]):
        published = signed[1]
        place = place or signed[0] or None
    if _list_page(lines) or any(pager_line(line) for line in lines[:start]) or (
        title_at is not None and _listed_items(lines, title_at) >= 3
    ):
        # a newsroom's list of items (under its banner, or above a pager "Viewing 1 - 20 of
        # 533"): no one item's headline, place or date
        title, place, published = "", None, None
    header = tuple("" if title_at is not None and title_end is not None
                   and title_at <= i <= title_end else lines[i]
                   for i in range(min(body_from, len(lines))))
    return Article(title, body_lines, place, published, header)
