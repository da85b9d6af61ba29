"""Which line above the story is its headline, from the shape of the lines around it.

A headline stands alone: it does not run on into the next line the way a hard-wrapped
paragraph does, it opens on a capital, it is no label ("Lieu : …", "Mail : …"), no contact
sentence and no event line ("UNEP Headquarters, Nairobi (Kenya), 16-20 February"). When two
such lines stand one above the other right over the story, the upper one is the headline and the
lower one its sub-headline (or its translation), as newsrooms and wires print them.
"""

from __future__ import annotations

import re
from itertools import pairwise

from babel import Locale

from desktop.domain.text import fold, squeeze
from desktop.formats.releases.dates import find_dates, month_names
from desktop.formats.releases.fields import (
    clean_name,
    find_email_spans,
    find_phone_spans,
    has_email_label,
    has_job_word,
    has_phone_label,
    is_org_word,
    looks_like_office,
)
from desktop.formats.releases.furniture import page_furniture
from desktop.formats.releases.furniture import pager_line as pager_line  # re-exported
from desktop.formats.releases.layout import heading_at
from desktop.formats.releases.lexicon import (
    BULLETS,
    FOOTER_MARKERS,
    LANGUAGES,
    METADATA_LINE,
    NOT_TITLES,
    fold_keep_length,
    word_list,
)
from desktop.formats.releases.places import city_country

SENTENCE_END = re.compile(r"[.!?…»”\")]\s*$")
_ONLY_DATE = re.compile(r"^[\W\d_]*$")
# A wire's code after the place, with or without a dash: "Wien (TP/OTS) - …", "Wien, (OTS) Mit".
WIRE_CODE = r"\((?:[A-Za-z]{1,6}/)?(?:[A-Z]{2,6}|ots|idr)\)"
# "Essen (idr). …", "Essen/Gelsenkirchen.(idr). …": the regional wire's code, then a full stop.
WIRE_OPENING = re.compile(
    rf"^\s*(?P<head>[^\W\d_][^()\n–—:]{{0,40}}?),?\.?\s*{WIRE_CODE}\s*(?:[-–—.]\s*)?"
    r"(?=[^\W\d_])"
)
# A scraper's date stamp before the text (" date 2021-10 QUÉBEC, le 27 oct. …"): not the text.
SCRAPED_STAMP = re.compile(r"^\s*date\s+\d{4}-\d{2}(?:-\d{2})?\s+(?=\S)")
# The kind of document printed before the headline on its line, and set off from it by a quote
# or by the headline's capitals ("Dossier de presse « … »", "PRESS KIT THE NEW …").
KIND_PREFIX = re.compile(
    r"^\s*(?:dossier\s+de\s+presse|press\s+kit|media\s+kit|communique\s+de\s+presse|"
    r"press\s+release|news\s+release|media\s+advisory|pressemitteilung|pressemappe|"
    r"nota\s+de\s+prensa|comunicado\s+de\s+prensa|dossier\s+de\s+prensa)\s+"
)
# "Contact: Pedram …, +254 …" printed between a newswire's headline and its story.
_CONTACT_LINE = re.compile(r"^\s*(?:contacts?|kontakt|contacto|contato)\s*:", re.IGNORECASE)
# Function words no headline ends on: a line stopping on one ("… in diesen", "… will hold a")
# was cut by the wrapping of a paragraph.
_FUNCTION_WORDS = frozenset(fold(word) for word in word_list("wrap_words"))
_WRAP_WORDS = frozenset(word.casefold() for word in word_list("wrap_words"))


def _function_word(word: str) -> bool:
    """Whether ``word`` is a function word, as written: Swedish "ån" (the stream) is no "an"."""
    lower = word.casefold()
    return lower in _WRAP_WORDS or (fold(lower) == lower and lower in _FUNCTION_WORDS)
# "Mail : …", "Tél. : …": a label and its value, never a headline.
_LABEL_OPENING = re.compile(r"^\s*([^\W\d_][\w.\-]{0,14}(?:\s+[\w.\-]{1,10})?)\s*[:：]")
_PLACEHOLDER = "[email protected]"
_ARROWS = ("‹", "<", "←", "⟵", "❮", "↩", "⇐", "◀", "◄")


def _day_month() -> re.Pattern[str]:
    months = "|".join(re.escape(name) for name in sorted(month_names(), key=len, reverse=True))
    return re.compile(
        rf",\s*(?:\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+(?:{months})\.?|(?:{months})\.?\s+\d{{1,2}}"
        rf"(?:\s*[-–]\s*\d{{1,2}})?)\s*$"
    )


def _weekday_names() -> frozenset[str]:
    return frozenset(
        fold(str(day)) for language in LANGUAGES
        for day in Locale.parse(language).days["format"]["wide"].values()
    )


_WEEKDAY_NAMES = _weekday_names()
# "Maandag 8 december, 11.45 uur", "I DAG ONSDAG DEN 6. SEPTEMBER KL. 13.00 - 13.45 …": the
# day and hour of an advised event, never a headline.
_CLOCK_TIME = re.compile(r"(?<![\d.:])\d{1,2}[.:]\d{2}(?![\d.:]\d)")


def _event_time(text: str) -> bool:
    words = re.findall(r"[^\W\d_]+", fold(text))
    day = next((at for at, word in enumerate(words) if word in _WEEKDAY_NAMES), None)
    if day is None or _CLOCK_TIME.search(text) is None:
        return False
    # "Mayor presents the budget for 2031 on Thursday 29.10. at 9.30": a headline that says
    # what happens, then closes on the event's day and hour (six words or more before them)
    return day < 6 or SENTENCE_END.search(text) is not None


_PLACE_AND_DAYS = _day_month()
"""", 16-20 February" closing a line: where and when an event takes place, not a headline."""


def title_like(line: str) -> bool:
    """Whether ``line``, taken alone, may be a headline."""
    text = SCRAPED_STAMP.sub("", line).strip()
    words = text.split()
    if not 2 <= len(words) <= 40 or text.startswith(("-", "*", *BULLETS, *_ARROWS)):
        return False  # "‹ Back to news", "← Previous": a navigation link
    if text.startswith("«") and "»" not in text:
        return False  # "« Back to news" (a quotation in guillemets closes them)
    if page_furniture(text):
        return False  # "Print this page", "Photo: …", "Viewing 1 - 20 of 533", tags, counters
    if image_description(text):
        return False  # "A man holding a sign in front of the town hall": a picture's alt text
    if re.match(r"^[—–-]{1,2}\s*\S.*\S\s*[—–-]{1,2}$", text):
        return False  # "—Growing Airline Ready for Another Year—": a deck set between dashes
    if sum(1 for word in re.findall(r"[^\W\d_]{2,}", text)) < 2:
        return False  # "(ots) -", "ID: 1392612": a wire code or a number, not a headline
    if words[0][:1].islower() or re.match(WIRE_CODE, text):
        return False  # "of women's human rights …", "(ots) - Das Thema …": a paragraph's rest
    if NOT_TITLES.match(text) or FOOTER_MARKERS.match(text) or _ONLY_DATE.match(text):
        return False
    if re.search(r"\s>\s", text) or (re.search(r"\s»\s", text) and "«" not in text):
        return False  # "Home > News > Press releases": a breadcrumb, not "« Name » 2021"
    crumbs = re.split(r"\s/\s", text)
    if len(crumbs) >= 3 and all(len(crumb.split()) <= 4 for crumb in crumbs):
        return False  # "Home / News / Press releases": a breadcrumb written with slashes
    folded = fold_keep_length(text)
    if METADATA_LINE.match(folded):  # captions, "Avis aux médias", "Zeit: …", "Lieu : …"
        return False
    if text.endswith((",", ";")):
        return False  # "Sehr geehrte Pressekolleginnen und -kollegen,": a salutation, a clause
    if text.endswith((":", "：")):
        return False  # "Hiermit laden wir … ein:", "The department:": it introduces what follows
    if len(re.split(r"\s\|\s", text)) >= 3:
        return False  # "Local Govt | National News | Politics | Search": a menu's row
    if re.search(r",\s*(?:[A-Z]{1,2}-)?\d{4,5}\s+[^\W\d_]", text):
        return False  # "Polizeipräsidium Essen, Büscherstraße 2-6, 45131 Essen": an address
    if _event_time(text):
        return False
    if len(words) <= 8 and re.match(
        r"^[^\W\d_][^,\d]{1,30},\s*[^\W\d_][^,\d]{2,40}\s\d{1,4}[a-z]?\s*$", text
    ):
        return False  # "Stadhuis, Coolsingel 40" under an event's hour: the venue's address
    if _contact_line(text) or _PLACEHOLDER in text or find_email_spans(text):
        return False
    head, colon, person = text.rpartition(":")
    if colon and has_job_word(head) and clean_name(person.strip()) == person.strip():
        return False  # "Press officer for the Mayor: Jo Bloggs": a job and its holder
    if len(words) <= 10 and any(":" not in text[start:end] and not find_dates(text)
                                for start, end in find_phone_spans(text)):
        return False  # "Director executiv David Claudia - 0733 158 867": a contact's line
    label = _LABEL_OPENING.match(text)
    if label and (has_email_label(label.group(1)) or has_phone_label(label.group(1))):
        return False  # "Mail : …", "Tel.: …"
    if heading_at(text) is not None or _CONTACT_LINE.match(text):
        return False  # "Media Contact", "Pour toute demande média, merci de contacter …"
    days = _PLACE_AND_DAYS.search(folded)
    if days and names_only(text[: days.start()]):
        return False  # "UNEP Headquarters, Nairobi (Kenya), 16-20 February": where and when
    if _stamp_row(text):
        return False  # "Nyhet • 12 mars 2031 09:15 CET", "News | 12.03.2031 | Environment"
    dates = find_dates(text)
    if dates and (len(words) <= 6 or dates[0][0] <= 4) and not (
        _named_by_date(text, dates[0][0]) or _dated_headline(text)
        or bracketed_date_closing(text)
    ):
        return False  # "Le 4 février 2025 – Ottawa …", "Genève, 3 mars 2010": a date line
    return not re.match(r"^(?:by|par|por|автор)\s", text, re.I)


# An hour and a time zone after a stamp's date ("09:15 CET", "kl. 10.00", "10:15 a.m. EST").
_HOUR = re.compile(
    r"^(?:(?:kl|klo|um|at|a\s+las|à|alle|om|o)\.?\s*)?\d{1,2}[.:h]\d{2}(?:\s*(?:[ap]\.?m\.?|uhr|"
    r"h|cet|cest|gmt|utc|bst|est|edt|pst|pdt|[a-z]{3,4}))?$", re.IGNORECASE
)


def _stamp_row(text: str) -> bool:
    """A publishing system's row of short pieces set apart by bullets or bars, one of them the
    date ("Nyhet • 12 mars 2031 09:15 CET", "Nieuwsbericht | 12-03-2031 | 10:15"): the kind
    of item, its date and hour, a section; in any language, never a headline."""
    pieces = [piece.strip() for piece in re.split(r"\s+[•|·]\s+|\s*[•·]\s*", text)]
    pieces = [piece for piece in pieces if piece]
    if len(pieces) < 2:
        return False
    dated = [piece for piece in pieces if find_dates(piece)]
    if len(dated) != 1:
        return False
    date_at = find_dates(dated[0])[0][0]
    rest = dated[0][:date_at].strip()
    after = re.sub(r"^.*?(?:19|20)\d\d\.?", "", dated[0][date_at:]).strip(" ,")
    return len(rest.split()) <= 3 and (not after or _HOUR.match(after) is not None) and all(
        len(piece.split()) <= 3 or piece is dated[0] for piece in pieces
    )


# The kind of item a publishing system prints before its date, in the release languages.
_ITEM_KINDS = frozenset({
    "news", "nyhed", "nyheder", "nyhet", "nyheter", "nieuws", "nieuwsbericht", "uutinen",
    "uutiset", "tiedote", "aktuelles", "aktuell", "aktuality", "aktualnosci", "meldung",
    "mitteilung", "pressemitteilung", "medienmitteilung", "pressemeldung", "notizia",
    "notizie", "noticia", "noticias", "actualite", "actualites", "communique",
    "persbericht", "pressmeddelande", "pressemelding", "pressemeddelelse", "komunikat",
    "zprava", "tiskova", "comunicado", "comunicat", "article", "update", "announcement",
    "artikel", "press", "release", "media", "statement", "stampa", "comunicato", "nota",
    "prensa", "de", "du", "la", "van", "vom", "the", "of", "posted", "published",
})


def bracketed_date_closing(text: str) -> bool:
    """"Gemeinderat beschließt neuen Kindergarten (12.03.2031)": a headline of three words or
    more closed by its date in brackets, not a place and a date."""
    match = re.match(r"^(.*\S)\s*\(([^()]{6,30})\)\s*$", text)
    if match is None or not _date_only(match.group(2)):
        return False
    head = match.group(1)
    return len(head.split()) >= 3 and city_country(head) is None and not re.search(
        r"[,;:–—-]\s*$", head)


_DATE_WORDS = frozenset({"de", "del", "du", "le", "the", "of", "den", "der", "am", "er", "o"})
_DATE_LABELS = frozenset(fold(label) for label in word_list("date_labels"))


# An indefinite article (or "two") opening a picture's description, in the release languages,
# and the relative pronouns that describe what the person or thing in it does.
_ARTICLES = frozenset({
    "a", "an", "two", "ein", "eine", "einer", "zwei", "un", "une", "deux", "una", "dos", "uno",
    "en", "ett", "et", "ei", "tva", "een", "twee", "due", "um", "uma", "dois", "duas",
})
_RELATIVES = frozenset({
    "who", "that", "som", "die", "der", "das", "qui", "que", "che", "wie", "dat", "which",
})


def image_description(text: str) -> bool:
    """"A man holding a sign in front of the town hall", "En person som tar et bilde av …":
    a picture's alt text a scrape keeps over the headline, in any language: an indefinite
    article, a noun, then what the person or thing does (a relative pronoun, or an English
    "-ing" word), with no sentence end; a headline drops its articles."""
    words = re.findall(r"[^\W\d_]+", fold(text))
    if len(words) < 5 or words[0] not in _ARTICLES or SENTENCE_END.search(text.strip()):
        return False
    following = words[2:5]
    return any(word in _RELATIVES for word in following) or any(
        word.endswith("ing") and len(word) > 5 for word in words[2:4])


def _named_by_date(text: str, at: int) -> bool:
    """"Point de presse du 25 novembre 2010", "RÅDSSALSEKO 3 APRIL 2006": a headline naming a
    briefing or a bulletin by its date, the date closing it. A date line is set off from its
    place by a comma or a dash ("Genève, 25 novembre 2010", "Cairo – 3 May"), or names only a
    place or a day ("Stockholm 3 april 2006", "Jeudi 2 avril 2020")."""
    head, tail = text[:at].rstrip(), fold(text[at:])
    if fold(head) in _DATE_LABELS:
        return False  # "Mis à jour le 12/03/2031", "Gepubliceerd op 12 maart 2031": a label
    if all(word in _ITEM_KINDS for word in re.findall(r"[^\W\d_]+", fold(head))):
        return False  # "Nyhed 12. marts 2031", "Pressemitteilung 12.03.2031": the kind, dated
    while head and fold(head.split()[-1]) in _DATE_WORDS and len(head.split()) > 1:
        head = head.rsplit(None, 1)[0]  # "Lussac, le 12 mars 2031": the place, then "le"
    if not head or head[-1] in ",;:|/–—-(" or city_country(head) or _CLOCK_TIME.search(tail):
        return False  # "Medienmitteilung vom 01.01.2008 02:51": a page's stamp
    months = month_names()
    if not all(word.isdigit() or word in months or word in _DATE_WORDS
               for word in re.findall(r"[^\W_]+", tail)):
        return False  # the line goes on after its date: a sentence, not a name
    named = [word for word in re.findall(r"[^\W\d_]{4,}", fold(head))
             if word not in _WEEKDAY_NAMES and word not in months and word not in _DATE_WORDS]
    return bool(named)


def _dated_headline(text: str) -> bool:
    """"18. října 2022: Bilanční návštěva premiéra …": a calendar of coming events heads each
    item with its day, a colon and the headline; a date alone before the colon, four words or
    more after it, in any language."""
    match = re.match(r"^([^:：]{4,30})[:：]\s+(\S.*)$", text)
    if match is None or len(match.group(2).split()) < 4 or not find_dates(match.group(1)):
        return False
    months = month_names()
    return all(word.isdigit() or word in months or word in _DATE_WORDS
               for word in re.findall(r"[^\W_]+", fold(match.group(1))))


def names_only(text: str) -> bool:
    """"UNEP Headquarters, Nairobi (Kenya)": proper names and places, no verb or clause."""
    words = re.findall(r"[^\W\d_][\w'’-]*", re.sub(r"\([^)]*\)", " ", text))
    return bool(words) and all(
        word[:1].isupper() or fold(word) in _FUNCTION_WORDS for word in words
    ) and sum(1 for word in words if word[:1].isupper()) > len(words) / 2


def _contact_line(text: str) -> bool:
    """"Eileen Marsh 203.555.0718": a name and a number or address, a contact line (under a
    "Media Contact" heading above the story), never a headline."""
    spans = find_phone_spans(text) + find_email_spans(text)
    if not spans:
        return False
    first = min(start for start, _ in spans)
    return clean_name(text[:first]) is not None


def continued(lines: list[str], index: int) -> bool:
    """Whether the headline at ``index`` goes on on the next line, a scrape or a narrow column
    having broken it ("Recent Developments from" over "the U.S. Environmental Protection
    Agency"): the next line follows with no blank, the headline stops on a function word or the
    next line opens in lower case, and that line is a short phrase, not the story or a byline."""
    if index + 1 >= len(lines) or not lines[index + 1].strip():
        return False
    head, following = lines[index].strip(), lines[index + 1].strip()
    if SENTENCE_END.search(head) or head.endswith((":", ",", ";")):
        return False
    words = following.split()
    if not 2 <= len(words) <= 12 or full_stop(following) or following.endswith((":", ",", ";")):
        return False
    if re.match(r"^(?:by|par|por|von|av|door|af)\s", following, re.IGNORECASE):
        return False  # "by Jane Doe": a byline, not the headline's rest
    if find_dates(following) or find_phone_spans(following) or find_email_spans(following):
        return False
    if _capitals(head) and _capitals(f"{following} X X") and len(words) <= 5 and (
        len(following) < len(head)
    ):  # "CITY PLANTS 5,000 TREES" over "ALONG THE RIVER": a headline in capitals, broken
        return True
    if _capitals(head) and _capitals(f"{following} X X") and len(words) <= 10 and (
        _function_word(words[0]) and len(following) <= len(head) + 10
    ):  # "COUNCIL APPROVES NEW BIKE LANES" over "ALONG THE WHOLE OF MAIN STREET": the rest
        return True  # opens on a function word, as no deck does
    if _capitals(f"{head} X") and _capitals(f"{following} X X") and _broken_capitals(
        head, following
    ):
        return True  # "HARBOUR AUTHORITY ANNOUNCES" over "NEW FERRY SERVICE TO THE ISLANDS"
    return _function_word(head.split()[-1]) or following[:1].islower()


_ORG_ENDINGS = tuple(fold(word) for word in word_list("org_words") if len(word) >= 6)
_NAMED_OF = re.compile(r"\b(?:of|de|du|des|del|der|di|van|af|för)\s+(?:the\s+)?[^\W\d_]+$")


def _broken_capitals(head: str, following: str) -> bool:
    """A headline in capitals a scrape or a narrow column broke in two, with no blank between:
    the upper part is no organisation's name (an office's name closes on its organisation word
    or on "of" and a place: "CITY OF RIVERTON", "RIVERTON POLICE DEPARTMENT"), no kind label,
    and the two read as one headline's length."""
    words = head.split()
    if len(words) + len(following.split()) > 22 or len(following.split()) > 14:
        return False
    last = fold(words[-1]) if words else ""
    if len(words) < 2 or _NAMED_OF.search(fold(head)) or is_org_word(last) or any(
        last.endswith(word) for word in _ORG_ENDINGS
    ):  # "RIVERTON POLICE DEPARTMENT", "STADTVERWALTUNG"
        return False
    folded = fold_keep_length(head).strip()
    return not (KIND_PREFIX.match(f"{folded} ") or NOT_TITLES.match(head)
                or METADATA_LINE.match(folded) or page_furniture(head))


def wire_opening(line: str) -> bool:
    """"Wien (OTS) - …": a wire's dateline, which opens the story and never heads it."""
    wire = WIRE_OPENING.match(line)
    return wire is not None and bool(re.search(r"[-–—]\s*$", line[: wire.end()]))


def runs_on(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]`` is a line of a hard-wrapped paragraph rather than a line of its
    own: the next line carries on its sentence (opening in lower case, or after a function
    word, or after a sentence ending inside the line), and the paragraph soon ends a sentence."""
    paragraph: list[str] = []
    for line in lines[index : index + 8]:
        if not line.strip():
            break
        if len(line) > _WRAP_WIDTH and paragraph and all(len(text) <= 70 for text in paragraph):
            break  # short headline lines over a story of unwrapped long lines, with no blank
        paragraph.append(line.strip())
    listed = next((line.strip() for line in lines[index + 1 : index + 3] if line.strip()), "")
    if len(paragraph) == 1 and listed[:1] in BULLETS and not SENTENCE_END.search(paragraph[0]):
        # "Der Regierungsrat hat ausserdem" over "• beschlossen, …": the sentence goes on
        return listed.lstrip(f"{BULLETS}*-–— ")[:1].islower()
    if len(paragraph) < 2 or SENTENCE_END.search(paragraph[0]) or len(paragraph[1].split()) < 3:
        return False
    if len(paragraph) >= 3 and not SENTENCE_END.search(paragraph[1]) and len(
        paragraph[1]) <= 40 and (
        (len(paragraph[2].split()) <= 6 and find_dates(paragraph[2]))
        or paragraph[2].lstrip("\"“„«'‘ ")[:1].isupper()
    ):  # "Stadt baut neue Radwege" / "in der Hauptstraße" over "12. März 2031" or over "Der
        return False  # Stadtrat hat …": a headline broken in two; a paragraph's short line ends it
    if _capitals(paragraph[0]) and not _capitals(paragraph[1]):
        return False  # "AGENCY TO PRESENT THE RESULTS" over "The agency will …": a headline
    if not any(SENTENCE_END.search(line) for line in paragraph[1:6]):
        return False
    following = paragraph[1].lstrip(f"{BULLETS}*-–— ")
    if following[:1].islower() or _function_word(paragraph[0].split()[-1]):
        return True
    if len(paragraph) >= 3 and len(paragraph[1]) <= _WRAP_WIDTH and (
        _function_word(paragraph[1].split()[-1]) or paragraph[2][:1].islower()
    ):
        return True  # "Mit einem Aufruf von Bundespräsident" over "Christian Wulff, … auch in"
    if len(paragraph[1]) <= _WRAP_WIDTH and re.search(r"[^\W\d_]{2}[.!?]\s+[^\W\d_]", following):
        return True  # "… einen wichtigen" over "Beitrag im Kampf … Hunger. Der …": running text
    # "… against Women. It will kick off …": a sentence ends inside the line, running text
    return re.search(r"[^\W\d_]{2}[.!?]\s+[^\W\d_]", paragraph[0]) is not None


def _capitals(line: str) -> bool:
    """A line set in capitals, three words or more ("AGENCY TO PRESENT THE RESULTS")."""
    letters = [ch for ch in line if ch.isalpha()]
    return len(line.split()) >= 3 and len(letters) >= 10 and all(ch.isupper() for ch in letters)


_WRAP_WIDTH = 100
"""A line longer than this was not wrapped at a fixed width (e-mail, PDF, a repost)."""


def _previous_text(lines: list[str], index: int) -> int | None:
    """The nearest non-blank line above ``index``, if only blank lines lie between."""
    above = index - 1
    while above >= 0 and not lines[above].strip():
        above -= 1
    return above if above >= 0 else None


def find_title(lines: list[str], start: int, hint: str | None) -> int | None:
    """The index of the headline above the story opening at ``start``, if there is one."""
    if hint:
        wanted = fold(hint)
        for index, line in enumerate(lines[: start + 1] if start else lines):
            if line.strip() and fold(line) == wanted:
                return index
    opening = fold(lines[start]) if start < len(lines) else ""
    # the window reaches past a contact block printed between headline and story
    reach = 12 + sum(1 for line in lines[max(0, start - 12) : start] if _contact_line(line))
    candidates = [
        i for i in range(start - 1, max(-1, start - reach), -1)
        if candidate(lines, i)
        # "International Committee of the Red Cross" above "The International Committee of the
        # Red Cross (ICRC) is calling …": the organisation's name, not a headline
        and not (len(lines[i].split()) <= 8 and _opens_with(opening, fold(lines[i])))
        and not _teaser(lines[i], opening)
    ]
    # "Wien (OTS) - …" opens the story; it heads it only on a page with no headline above
    candidates = [i for i in candidates if not wire_opening(lines[i])] or candidates
    twice = [  # a menu item repeated ("Travailler avec nous") is short; a headline is not
        i for i in candidates
        if i + 1 < start and squeeze(lines[i + 1]) == squeeze(lines[i])
        and len(lines[i].split()) >= 5
    ]
    if twice:  # the page's title printed again as its heading: that is the headline, not the
        return twice[0]  # sub-headline under it
    cover = _cover_headline(lines, start)
    if cover is not None:
        return cover
    near = [i for i in candidates if i > start - 8]
    chosen = _first_headline(lines, (near or candidates)[:3])  # further up only when nothing
    if chosen is None:  # near is headline-like
        return None
    dated = _headline_over_date(lines, chosen, candidates)
    if dated is not None:
        return dated
    capitals = _capitals_over_deck(lines, chosen, candidates)
    if capitals is not None:
        return capitals
    below = next((i for i in range(chosen + 1, min(len(lines), chosen + 4)) if lines[i].strip()),
                 None)
    if below is not None and _stamp_row(lines[below]):
        return chosen  # "Headline" over "Pressmeddelanden • Aug 22, 2031 12:00 CEST"
    over = chosen - 1
    if (
        over in candidates and _LABELLED.match(lines[over]) and not full_stop(lines[over])
        and len(lines[over].split()) < len(lines[chosen].split())
    ):  # "Media call: NSF post-shutdown Q&A" right over its longer deck: the labelled headline
        return over
    top = over - 1  # "Introducing: Name" over its deck over a second deck, no blank between
    if (
        over in candidates and top in candidates and top > chosen - 4
        and _LABELLED.match(lines[top]) and not full_stop(lines[top]) and not full_stop(lines[over])
        and len(lines[top].split()) < len(lines[over].split())
        and (top == 0 or not lines[top - 1].strip() or not candidate(lines, top - 1))
    ):
        return top
    if (
        over >= 0 and len(lines[chosen].split()) <= 3 and lines[over].strip()
        and len(lines[over].split()) >= 2 * len(lines[chosen].split()) + 2
        and candidate(lines, over) and not full_stop(lines[over])
    ):  # "Avis aux médias" right under its headline: the kind of text, printed as a kicker
        return over
    if (
        over in candidates and 5 <= len(lines[over].split()) <= 16 and not _banner(lines[over])
        and len(lines[over].split()) <= 2 * len(lines[chosen].split())
        and not full_stop(lines[over]) and not full_stop(lines[chosen])
        and not _LABELLED.match(lines[chosen]) and not _LABELLED.match(lines[over])
        and (over == 0 or len(lines[over - 1].split()) < 5 or not candidate(lines, over - 1))
    ):  # "New bike lanes for Main Street" right over "Council backs a plan for …", no blank
        return over  # between (a scrape drops them): the headline over its deck
    above = _previous_text(lines, chosen)
    if (  # the line over the chosen one may stand further up than the near lines reach
        above is not None and above < chosen - 1 and above in candidates
        and (above in near or _long_headline(lines[above]))
        and (above == 0 or not lines[above - 1].strip())
        and not SENTENCE_END.search(lines[above].strip())
        # "MEDIA ADVISORY STORY/PHOTO OP DAY AND DATE" over the headline: the form's header
        and not (KIND_PREFIX.match(fold_keep_length(lines[above]))
                 and not KIND_PREFIX.match(fold_keep_length(lines[chosen])))
        and (not _banner(lines[above])
             or (_crumb_heading(lines, above) and not _title_case(lines[chosen])))
    ):
        return above  # a headline over its sub-headline (or over its translation)
    return chosen


# A press kit's table of contents, in the release languages: its entries are section headings.
_CONTENTS = frozenset({
    "sommaire", "contents", "table of contents", "table des matieres", "inhalt",
    "inhaltsverzeichnis", "indice", "sumario", "innehall", "indhold", "innhold", "inhoud",
    "spis tresci", "obsah", "sisallys", "sisallysluettelo", "tartalom", "cuprins", "sadrzaj",
})


def _cover_headline(lines: list[str], start: int) -> int | None:
    """A press kit's cover ("DOSSIER DE PRESSE", "Press kit" on it): the headline, then its
    deck, dates and contacts, then a table of contents ("SOMMAIRE", "Contents") whose entries
    head the sections the story opens in. The lines between the contents and the story are
    section headings; the headline is the first headline-like line on the cover."""
    contents = next((i for i in range(min(start, 200))
                     if fold(lines[i]).strip(" :.") in _CONTENTS), None)
    if contents is None or sum(1 for line in lines[contents + 1 : start] if line.strip()) < 3:
        return None
    if not any(KIND_PREFIX.match(f"{fold_keep_length(line).strip()} ")
               for line in lines[:contents]):
        return None  # a web page's "Sommaire" of its items: only a press kit has a cover
    return next((i for i in range(contents)
                 if candidate(lines, i) and not full_stop(lines[i]) and not wire_opening(lines[i])),
                None)


def _capitals_over_deck(lines: list[str], chosen: int, candidates: list[int]) -> int | None:
    """"CUBIST PHARMACEUTICALS ANNOUNCES …" / "ILLUMIGEN BIOSCIENCES" over a deck in mixed case
    ("Lead Compound … Infections;" / "Company Will Pay …"), no blank between: the headline in
    capitals heads the stack, the mixed-case lines under it are its deck."""
    if _capitals(lines[chosen]):
        return None
    top = chosen
    while top - 1 >= 0 and chosen - top < 4 and lines[top - 1].strip() and (
        top - 1 in candidates or lines[top - 1].rstrip().endswith(";")
    ):
        top -= 1
    block = [i for i in range(top, chosen) if _capitals(lines[i])]
    if not block or block[0] != top:
        return None
    return top if top in candidates and not KIND_PREFIX.match(
        f"{fold_keep_length(lines[top]).strip()} ") else None


def _opens_with(opening: str, name: str) -> bool:
    """Whether the story's opening names ``name`` as its subject, among its first two words
    ("The International Committee of the Red Cross (ICRC) is calling …"): that line over it is
    the organisation's name. A headline the story repeats further in ("The library's summer
    reading challenge returns …") is still the headline."""
    # "GENEVA, May 8 /Wire/ -- The International Committee …": read from past the dateline
    opening = re.sub(r"^[^.!?]{0,80}?\s(?:--|[–—-])\s", "", opening, count=1)
    at = opening.find(name) if name else -1
    return at >= 0 and len(opening[:at].split()) <= 1


def _date_only(line: str) -> bool:
    """"01.11.2015", "12 March 2031", "Jeudi 2 avril 2020": a date and nothing else."""
    months = month_names()
    return bool(find_dates(line)) and all(
        word.isdigit() or word in months or word in _WEEKDAY_NAMES or word in _DATE_WORDS
        for word in re.findall(r"[^\W_]+", fold(line))
    )


def _headline_over_date(lines: list[str], chosen: int, candidates: list[int]) -> int | None:
    """"Bedrohte Wiesen in Bildern" / "01.11.2031" / "Neun Farbtupfer zum Beginn …" / the story:
    the headline, the release's date, then the deck, as many sites set them; the line right
    over the date (four words or more, no site banner, no sentence) is the headline."""
    date_at = _previous_text(lines, chosen)
    if date_at is None or not _date_only(lines[date_at]) or _LABELLED.match(lines[chosen]):
        return None  # "Media Advisory: Minister to …" under the date: the labelled headline
    above = _previous_text(lines, date_at)
    if above is None or above not in candidates or full_stop(lines[above]):
        return None
    if len(lines[above].split()) < 4 or _banner(lines[above]) or _LABELLED.match(lines[above]):
        return None
    # "Labrador and Aboriginal Affairs" over the date: the department's name, not a headline
    return None if looks_like_office(lines[above]) else above


def _teaser(line: str, opening: str) -> bool:
    """"Summary: Raw eels could carry …" over a story opening "Raw eels could carry …": a
    labelled summary repeating the story's first words, in any language, not the headline."""
    label = _LABELLED.match(line)
    if label is None:
        return False
    words = fold(line[label.end() - 1 :]).split()
    return len(words) >= 6 and " ".join(words[:6]) == " ".join(opening.split()[:6])


def _long_headline(line: str) -> bool:
    """A headline of eight words or more, in one piece: not a site's "Name - tagline" banner or
    a document viewer's "Title · date · Title" line."""
    return len(line.split()) >= 8 and not re.search(r"\s[-–—|·]\s", line)


# "Publisert under: Regjeringen Solberg", "Utgjevar: Statsministerens kontor": a short label
# and a short value, a field of the page's information box.
_FIELD = re.compile(r"^\s*[^\W\d_][\w'’.-]*(?:\s+[\w'’.-]+){0,2}\s*[:：]\s*(?:\S+\s*){1,4}$")


# "Lieu : Auditorium …, New York", "Quand : le 31 octobre 2019": a label of up to three words.
_LABELLED = re.compile(r"^\s*[^\W\d_][\w'’.-]*(?:\s+[\w'’.-]+){0,2}\s*[:：]\s*\S")


def field_run(lines: list[str], index: int) -> bool:
    """An information box's fields, in any language, never the headline: a short label and
    value with another labelled line right above or below it (blank lines aside: "Published
    under: …" / "Publisher: …", "Ort: …" / "Zeit: 11.00 Uhr"), or any labelled line in a run
    of three ("Qui : …" / "Quoi : …" / "Où : …", "Object: …" / "Day and hour: …" / "Venue: …").
    """
    if not _LABELLED.match(lines[index]):
        return False
    run = [index]
    for step in (-1, 1):
        at = index + step
        while 0 <= at < len(lines) and abs(at - index) <= 12:
            if lines[at].strip():
                if not _LABELLED.match(lines[at]):
                    break
                run.append(at)
            at += step
    if _headline_over_fields(lines, index, sorted(run)):
        return False  # "Einladung: Landrat eröffnet …" / "" / "Datum: …" / "Ort: …"
    if len(run) >= 3:
        return True
    return bool(_FIELD.match(lines[index])) and len(run) >= 2  # "Zeit: 11.00 Uhr" by "Ort: …"


def _headline_over_fields(lines: list[str], index: int, run: list[int]) -> bool:
    """A labelled headline set apart by a blank line over an information box whose fields stand
    one under the other ("Einladung: Landrat eröffnet neue Rettungswache" / "" / "Datum: …" /
    "Ort: …"): the headline heads the run, it is not one of its fields."""
    if run[0] != index or len(run) < 2 or run[1] == index + 1:
        return False
    if any(following - previous != 1 for previous, following in pairwise(run[1:])):
        return False  # "Qui : …" / "" / "Quoi : …" / "" / "Où : …": a box set with blanks
    label = _LABELLED.match(lines[index])
    value = lines[index][label.end() - 1 :] if label else ""
    return len(value.split()) >= 4 and not full_stop(value)


def candidate(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]`` may head the story, read with the lines around it."""
    line = lines[index]
    if line[:1].islower() and len(line.split()) >= 6 and not any(
        text.strip() for text in lines[:index]
    ) and (
        index + 1 >= len(lines) or not lines[index + 1].strip()
    ):  # "terre des hommes hilft …" opening the page: an organisation that writes its name
        line = line[:1].upper() + line[1:]  # in lower case, not a paragraph's rest
    return (title_like(line) and not runs_on(lines, index) and not _named_contact(lines, index)
            and not field_run(lines, index) and not _repeated_label(lines, index)
            and not _section_name(lines, index))


# A newsroom's own name, heading a page of the office's rules and contacts ("Media centre",
# "Salle de presse"): no headline, unless a breadcrumb over it names the page by it.
_SECTION = re.compile(
    r"^\s*(?:(?:media|press|news)\s*(?:cent(?:re|er)|room)|salle\s+de\s+presse|"
    r"espace\s+(?:presse|medias?)|sala\s+de\s+(?:prensa|imprensa)|pressebereich|"
    r"pressezentrum|presserum|pressrum|mediahuone)\s*$"
)


# Words a press office's page names itself with, in the release languages ("Informationen für
# Medienschaffende", "Informatie voor de pers", "Media guide", "Communiqués de presse 2019").
_PRESS_WORDS = frozenset({
    "press", "media", "medien", "medienschaffende", "presse", "pers", "prensa", "imprensa",
    "stampa", "prasa", "prasowe", "prasowy", "tlac", "tlacovy", "tisk", "tiskove", "journalists",
    "journalisten", "journalistes", "periodistas", "jornalistas", "giornalisti", "pressen",
    "medier", "media's", "news", "newsroom", "mediaroom", "presseanfragen", "medienstelle",
    "pressestelle", "relations", "relatii", "communications", "kommunikation", "tiskovi",
    "τυπου", "persvoorlichting", "voorlichting", "mediekontakt", "pressekontakt",
})
_SECTION_WORDS = _PRESS_WORDS | frozenset({
    "information", "informationen", "informatie", "informations", "informacion", "informacoes",
    "informazioni", "info", "infos", "guide", "kit", "room", "centre", "center", "corner",
    "releases", "release", "communiques", "communique", "medienmitteilungen", "mitteilungen",
    "pressemitteilungen", "persberichten", "comunicados", "comunicati", "notas", "contacts",
    "contact", "kontakte", "kontakt", "contactos", "contatti", "kontakty", "contacten", "office",
    "biuro", "buro", "bureau", "service", "servicio", "dienst", "relations", "relaciones",
    "for", "fur", "voor", "pour", "para", "per", "pro", "dla", "til", "de", "la", "les",
    "der", "die", "das", "the", "and", "und", "et", "y", "e", "en", "du", "des", "den", "och",
    "og", "i", "a", "o", "el", "di", "del", "zur", "zum", "aux", "au", "media-", "area",
    "zu", "search", "suche", "rechercher", "buscar", "zoeken", "sok", "hledat", "szukaj",
    "publice", "publiques", "public", "publicas", "publiche", "offentlige", "publieke",
    "anfragen", "enquiries", "inquiries", "demandes", "solicitudes", "requests", "relatii",
    "mluvci", "mluvcich", "diecezi", "δημοσιων", "σχεσεων", "επικοινωνιασ", "&",
    "department", "departement", "afdeling", "abteilung", "of", "international",
    "cooperation", "strategy", "strategie", "head", "hoofd", "unit", "division",
    "material", "materials", "informationsmaterial", "bildmaterial", "materiaal", "materiel",
    "materiale", "materialien", "pressematerial", "mediamateriaal",
})
# "Medienstelle der Zürcher Staatsanwaltschaft", "Γραφείο Τύπου …", "Press office of …": a
# press office's name, in the release languages, heading its own page.
_PRESS_OFFICE = re.compile(
    r"^\s*(?:medienstelle|pressestelle|pressebur+o|press\s+office|media\s+office|"
    r"media\s+relations|service\s+de\s+presse|bureau\s+de\s+presse|oficina\s+de\s+prensa|"
    r"gabinete\s+de\s+(?:prensa|imprensa)|assessoria\s+de\s+imprensa|ufficio\s+stampa|"
    r"biuro\s+prasowe|tiskove\s+oddeleni|tiskovi\s+mluvci|persdienst|persvoorlichting|"
    r"pressetjeneste|"
    r"presstjanst|pressekontor|γραφειο\s+τυπου|пресс-служба|прес-служба|портпарол)\b"
)


def _press_section(text: str) -> bool:
    """"Informationen für Medienschaffende", "Media guide", "Communiqués de presse 2019": a
    line made only of the words a press office names its page with (a press word among them,
    a year at most beside them), in any language: the page's section, not a release's headline."""
    words = re.findall(r"[^\W_]+", fold(text))
    office = _PRESS_OFFICE.match(fold_keep_length(text))
    if office and len(words) <= 8 and not SENTENCE_END.search(text):
        rest = text[office.end():]  # "… der Zürcher Staatsanwaltschaft", not "… moves to …"
        named = re.findall(r"[^\W\d_][\w'’-]*", rest)  # "Tiskoví mluvčí diecézí": a genitive
        return len(named) <= 2 or all(word[:1].isupper() or fold(word) in _FUNCTION_WORDS
                                      for word in named)
    if not 1 <= len(words) <= 6:
        return False
    named = [word for word in words if not re.fullmatch(r"(?:19|20)\d\d", word)]
    return bool(named) and all(word in _SECTION_WORDS or word.startswith(
        ("press", "medien", "media")) for word in named) and any(
        word in _PRESS_WORDS or word.startswith(("press", "medien")) for word in named)


def _section_name(lines: list[str], index: int) -> bool:
    return (_SECTION.match(fold(lines[index])) is not None or _press_section(lines[index])) and (
        not _crumb_heading(lines, index))


def _repeated_label(lines: list[str], index: int) -> bool:
    """A short line printed again apart from itself ("Historisk arkiv" over the headline and
    under it): a menu item or a section's label, where a headline printed twice is long or
    printed twice in a row."""
    text = fold(lines[index])
    if len(text.split()) > 4:
        return False
    return any(
        fold(line) == text for at, line in enumerate(lines[:200])
        if abs(at - index) > 2 and line.strip()
    )


def _named_contact(lines: list[str], index: int) -> bool:
    """"Clara AMATI" over "Tél. : 06 …": a contact's name, never a headline."""
    text = lines[index].strip()
    if clean_name(text) != text or len(text.split()) > 4:
        return False
    below = next((line for line in lines[index + 1 : index + 3] if line.strip()), "")
    if len(below.split()) > 8:
        return False  # a paragraph that happens to give an address
    return bool(find_phone_spans(below) or find_email_spans(below) or _PLACEHOLDER in below)


def _title_case(line: str) -> bool:
    """"IOM Egypt Opens Migration Health Assessment Centre": a headline's capitals."""
    words = [word for word in line.split()[1:] if len(word) >= 4 and word[:1].isalpha()]
    return bool(words) and sum(word[:1].isupper() for word in words) >= 0.8 * len(words)


def _crumb_heading(lines: list[str], index: int) -> bool:
    """"Media centre" under "Home » Media centre": the page's heading, named by its breadcrumb."""
    crumb = _previous_text(lines, index)
    if crumb is None:
        return False
    last = re.split(r"\s[>»/]\s", lines[crumb].strip())
    return len(last) >= 2 and fold(last[-1]) == fold(lines[index])


def _banner(line: str) -> bool:
    """A site's or office's name printed over the headline ("UNICEF Niger", "Asociación Vecinal
    Río Claro", "World Health Organization – Somalia Country Office"): a short run of
    capitalised words, or names joined by a dash."""
    words = line.split()
    if line.rstrip().endswith("!") and len(words) >= 3:
        return False  # "BABY GORILLA LOVE AT RIVERTON ZOO!": a site's name does not exclaim
    if len(words) <= 2:
        return True  # "Newswire banner", "UNICEF Niger": a name, where a headline says something
    if len(words) <= 5 and all(word[:1].isupper() or not word[:1].isalpha() for word in words):
        return True
    if len(words) <= 6 and looks_like_office(line) and names_only(line):
        return True  # "City of Riverton", "Ayuntamiento de Valmonte": the office's name
    parts = [part for part in re.split(r"\s+[-–—|]\s+", line.strip()) if part]
    if len(parts) == 2 and len(parts[0].split()) <= 5 and looks_like_office(parts[0]) and (
        names_only(parts[0]) and len(parts[1].split()) <= 5 and not SENTENCE_END.search(parts[1])
    ):  # "Riverton City – Working for you": the site's name and its tag line
        return True
    return len(parts) >= 2 and all(looks_like_office(part) for part in parts)


def _first_headline(lines: list[str], candidates: list[int]) -> int | None:
    for index in candidates:  # "… Kindergarten (12.03.2031)": a bracketed date ends no sentence
        if not SENTENCE_END.search(lines[index].strip()) or bracketed_date_closing(lines[index]):
            return index
    for index in candidates:  # a headline may end in "!" or ")", but not in a full stop
        if not full_stop(lines[index]):
            return index
    return None


def full_stop(line: str) -> bool:
    """Whether ``line`` ends a sentence with a full stop ("… in Europa."), not with an
    abbreviation ("… à Washington D.C.", "… Inc.")."""
    text = line.rstrip()
    if not text.endswith((".", "…")):
        return False
    return not re.search(r"(?:\b[^\W\d_]\.){2,}$|\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St|Mt)\.$", text)
