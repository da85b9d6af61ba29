"""Recognising the pieces of a contact line: names, titles, offices, phone numbers, addresses.

Pure functions over short strings, so each rule can be tested alone. Nothing here assumes
Latin script: case tests use ``str.isupper`` and scripts without case (Arabic) are handled apart.
"""

from __future__ import annotations

import re
import unicodedata

from desktop.domain.countries import country_from_name, find_country_in_text
from desktop.domain.text import squeeze
from desktop.formats.releases.areas import is_pure_region
from desktop.formats.releases.lexicon import (
    ADDRESS_WORDS,
    BULLETS,
    HONORIFICS_FOLDED,
    LEADING_ARTICLE,
    NAME_PARTICLES,
    ORG_ADJECTIVES,
    ORG_WORDS_FOLDED,
    PHONE_LABEL_WORDS,
    PLACE_BODY,
    ROLE_WORDS_FOLDED,
    UNIT_WORDS_FOLDED,
    fold_keep_length,
)
from desktop.formats.releases.persons import is_given_name
from desktop.formats.releases.places import is_city

_SPACE = r"[ \t\u00a0\u202f\u2009]"
_RUN_ON = rf"(?:[\d \t\u00a0\u202f\u2009().\-‐]|{_SPACE}?/{_SPACE}?(?=\d))"
PHONE_RUN = re.compile(  # "(02 28) 22 88": an area code in brackets counts towards the length
    rf"(?<![\w@.])(?:\+|00)?{_SPACE}*(?:(?:\(\+?\d(?:\d|{_SPACE}(?=\d)){{0,4}}\)|\[\d{{1,3}}-\d{{1,4}}\]){_SPACE}*"
    rf"\d{_RUN_ON}{{2,}}\d|(?:\(\+?\d{{1,4}}\){_SPACE}*)?\d{_RUN_ON}{{4,}}\d)"
    rf"(?:{_SPACE}*(?:ext\.?|extension|extensión|x|poste|anexo|доб\.?){_SPACE}*\d{{1,6}})?",
    re.IGNORECASE,
)
EMAIL_RUN = re.compile(
    r"\[\s*email\s*(?:&#160;|\s)?\s*protected\s*\]|email\s+protected|"
    r"[\w.+'-]+\s*(?:@|[\[({]\s*(?:at|arobase)\s*[\])}])\s*[\w-]+"
    r"(?:(?:\.|\s*(?:\[\s*dot\s*\]|\(\s*dot\s*\)|\{\s*dot\s*\})\s*)[\w-]+)+",
    re.IGNORECASE,
)
_DATE_LIKE = re.compile(
    r"^\d{1,4}[-./]\d{1,2}[-./]\d{2,4}$"
    r"|^(?:19|20)\d{2}\s(?:0[1-9]|1[0-2])\s(?:0[1-9]|[12]\d|3[01])$"  # "2008 05 14", a stamp
)
_LABEL_ONLY = re.compile(
    r"^[\s,;:/|()\-–.&+]*(?:(?:" + PHONE_LABEL_WORDS
    + r"|tel(?:ephone|efono)?|tél(?:éphone)?|telf|phone|ph|mobile?|móvil|"
    r"movil|cell(?:ular)?|cel|portable|port|gsm|whats\s*app|fax|office|bureau|oficina|"
    r"direct|ligne\s+directe|landline|fixe|fijo|t|m|w|p|o|f|e|e-?mail|e-?post|courriel|correo|"
    r"electr[oó]nico|mél|mail|эл|почта|электронная|البريد|بريد|الإلكتروني|الالكتروني|إلكتروني|الكتروني)"
    r"[\s.:：/()\-–&+,]*)*$",
    re.IGNORECASE,
)
_PHONE_LABEL_WORD = re.compile(
    r"(?<!\w)(?:" + PHONE_LABEL_WORDS
    + r"|tel|tél|telf|phone|mobile?|móvil|movil|cell|cel(?!\w)|portable|gsm|whats\s*app|fax)",
    re.IGNORECASE,
)
_EMAIL_LABEL_WORD = re.compile(
    r"(?<!\w)(?:e-?mail|e-?post|courriel|correo|почта|البريد|بريد)", re.IGNORECASE
)
_CONNECTORS = frozenset(
    [
        "at", "with", "from", "of", "in", "a", "à", "au", "aux", "de", "du", "des", "chez", "en",
        "con", "em", "на", "в", "во", "из", "с", "لدى", "في", "من", "the", "la", "le", "les", "el",
        "los", "las", "l'", "l’", "for", "pour", "para", "del", "do", "da", "dos", "das"
    ]
)


_NOT_NAME_START = frozenset(
    [
        "in", "at", "on", "for", "from", "to", "with", "by", "about", "the", "a", "an", "la", "le",
        "les", "el", "los", "las", "en", "au", "aux", "à", "dans", "pour", "para", "con", "por",
        "в", "на", "с", "из", "для", "о"
    ]
)


def _is_arabic(ch: str) -> bool:
    return "ARABIC" in unicodedata.name(ch, "")


def folded_tokens(text: str) -> list[str]:
    """Words of ``text`` folded, with elisions ("l'OIM") and punctuation taken off."""
    words = []
    for raw in fold_keep_length(text).split():
        word = re.sub(r"^(?:l|d)['’]", "", raw).strip(".,;:()[]«»\"'“”")
        if word:
            words.append(word)
    return words


# Arabic writes "the", "for the", "and" onto the word: "المكتب", "لبرنامج", "والمفوضية".
_ARABIC_PREFIXES = ("وال", "بال", "لل", "ال", "و", "ب", "ل")


_GERMAN_ORG_ENDINGS = ("departement", "ministerium", "direktion", "prasidium", "verwaltung",
                       "behorde", "staatskanzlei",
                       # Nordic compounds: "Trafikkontoret", "Arbetsmarknadsförvaltningen"
                       "kontoret", "forvaltningen", "avdelningen", "avdelingen", "afdelingen",
                       "direktoratet", "departementet", "sekretariatet", "forbund", "forbundet",
                       "foreningen",
                       # German associations: "Caritasverband", "Landessportverband"
                       "verband",
                       # Nordic agencies and ministries ("Naturvårdsverket", "Skogsstyrelsen",
                       # "Statsministeriet") and Finnish ones ("sisäministeriö")
                       "ministeriet", "verket", "styrelsen", "myndigheten", "kansliet",
                       "tilsynet", "ministerio",
                       # Finnish units and agencies: "Viestintäosasto", "Tilastokeskus"
                       "osasto", "virasto", "laitos")


def is_org_word(folded: str) -> bool:
    """Whether a folded word names an organisation or a unit, Arabic prefixes taken off."""
    if folded in ORG_WORDS_FOLDED:
        return True
    if len(folded) >= 12 and folded.endswith(_GERMAN_ORG_ENDINGS):
        return True  # "Finanzdepartement", "Innenministerium": German compounds name units
    for prefix in _ARABIC_PREFIXES:
        stem = folded.removeprefix(prefix)
        if stem != folded and len(stem) >= 3 and (stem in ORG_WORDS_FOLDED
                                                  or "ال" + stem in ORG_WORDS_FOLDED):
            return True
    return False


# Acronyms of a trade, not an organisation: "PR officer", "HR Manager", "RP" (relations presse).
_TRADE_ACRONYMS = frozenset(["pr", "hr", "it", "ir", "csr", "rp", "rrpp", "rse",
                             # a job, never an organisation ("VP – Communications")
                             "vp", "svp", "evp", "avp", "ceo", "cfo", "coo", "cmo", "cto"])


def has_org_word(text: str) -> bool:
    """An organisation word ("OIM", "Office") or an acronym in capitals in any script ("UNMISS",
    "УКГВ"); "WFP/Dakar" counts, as offices are often written organisation/city."""
    spaced = text.replace("/", " ")
    if any(is_org_word(w) for w in folded_tokens(spaced)):
        return True
    return any(
        is_acronym(raw) and raw.strip(".,;:()").casefold() not in _TRADE_ACRONYMS
        for raw in spaced.split()
    )


def has_role_word(text: str) -> bool:
    tokens = folded_tokens(text)
    return any(w in ROLE_WORDS_FOLDED or w.split("-")[0] in ROLE_WORDS_FOLDED for w in tokens)


def is_title_word(word: str) -> bool:
    """One word that belongs in a job title ("Communications", "Senior", "Officer")."""
    tokens = folded_tokens(word)
    return len(tokens) == 1 and (
        tokens[0] in ROLE_WORDS_FOLDED or tokens[0].split("-")[0] in ROLE_WORDS_FOLDED
    )


def has_job_word(text: str) -> bool:
    """A word naming a person's job ("Officer", "porte-parole"), not only a unit ("Media");
    also a German or Nordic compound closed on one ("Kommunikationsbeauftragter",
    "förvaltningskommunikatör", "förhandlingschef")."""
    return any(
        (w in ROLE_WORDS_FOLDED or w.split("-")[0] in ROLE_WORDS_FOLDED
         or w.split("-")[-1] in ROLE_WORDS_FOLDED  # "Greenpeace-Sprecher"
         or (len(w) >= 10 and _JOB_ENDING.search(w) is not None))
        and w not in UNIT_WORDS_FOLDED
        for w in folded_tokens(text)
    )


# Job words of four letters or more that close a compound ("…beauftragter", "…chef").
_JOB_ENDING = re.compile(
    "(?:" + "|".join(sorted((re.escape(w) for w in ROLE_WORDS_FOLDED
                             if len(w) >= 4 and w.isalpha() and w not in UNIT_WORDS_FOLDED),
                            key=len, reverse=True)) + ")$"
)


def strip_honorific(text: str) -> str:
    words = text.split()
    while words and fold_keep_length(words[0]) in HONORIFICS_FOLDED and len(words) > 2:
        words = words[1:]
    return " ".join(words)


def clean_name(text: str) -> str | None:
    """``text`` as a person's name if it reads like one ("Hiwot Bekele", "Анна Петрова")."""
    candidate = squeeze(text).strip(" ,;:.-–—|()[]«»\"'“”*" + BULLETS)
    candidate = re.sub(
        r"^(?:(?:or|and|ou|et|y|o|e|oder|und|или|и|أو|او)\s+)?"
        r"(?:(?:к|ко|a|à|to|con|with|avec)\s+)?",
        "",
        candidate,
        flags=re.I,
    )
    candidate = strip_honorific(candidate)
    # "Anne Weiss at Mobile: …", "X unter 0421 …": the word that points to the number
    candidate = re.sub(r"\s+(?:at|on|unter|au|al|em)$", "", candidate)
    words = candidate.split()
    if words and fold_keep_length(words[0]) in _NOT_NAME_START:
        return None
    if words and (_opens_address(words[0]) or _is_leading_acronym(words)):
        return None
    # An abbreviated word before the name that no list knows ("Dott.", "Ing.", "Abt."): before
    # a given name and a surname it is a title of address in some language and is dropped;
    # before one word it abbreviates a unit ("Abt. Kommunikation"), and that is no person.
    first_word = candidate.split()[0] if candidate.split() else ""
    if _ABBREVIATED_WORD.match(first_word) and fold_keep_length(first_word).rstrip(".") not in (
        HONORIFICS_FOLDED
    ) and fold_keep_length(first_word) not in HONORIFICS_FOLDED:
        if len(candidate.split()) < 3:
            return None
        candidate = candidate.split(None, 1)[1]
    words = candidate.split()
    parts = [part for word in words for part in word.split("-")]
    if len(words) >= 2 and (
        all(len(word) >= 12 for word in words) or any(len(part) >= 17 for part in parts)
    ):  # "Presskontakt Kommunikationsstrateg", "Kommunikationsansvarig Hagastaden": compound
        return None  # nouns of the languages that join words, not a person's names
    if not 2 <= len(words) <= 7 or any(ch.isdigit() or ch in "@:/|+=#<>" for ch in candidate):
        return None
    folded = folded_tokens(candidate)
    if any(
        (is_org_word(w) and not _given_name_acronym(raw)) or w in ROLE_WORDS_FOLDED
        for w, raw in zip(folded, candidate.split(), strict=False)
    ):
        return None
    if PLACE_BODY.search(fold_keep_length(candidate)):  # "Tongass National Forest"
        return None
    if _german_country(candidate, surnames=True):  # "Greenpeace Österreich", "Caritas Schweiz"
        return None
    core = 0
    for position, word in enumerate(words):
        first = next((ch for ch in word if ch.isalpha()), "")
        if not first:
            return None
        given = position == 0 and len(word) >= 3 and word[:1].isupper() and not word.isupper()
        if (fold_keep_length(word) in NAME_PARTICLES and not given) or re.match(
            r"^[a-z]{1,3}['’]", word
        ):  # "van der Berg", not "Ben Schaefer": a capitalised particle opening it is a name
            continue
        if first.isupper() or _is_arabic(first):
            core += 1
            continue
        return None
    if core < 2 or core > 5:
        return None
    if country_from_name(candidate) is not None or is_pure_region(candidate):
        return None  # "Middle East and North Africa Media Adviser" is not split at "and"
    return _keep_suffix_dot(candidate, text)


_ABBREVIATED_WORD = re.compile(r"^[A-ZÀ-ÞА-Я][a-zß-ÿа-я]{1,3}\.$")


def _given_name_acronym(word: str) -> bool:
    """An organisation's short acronym written as a given name ("Pam Bierce", not "PAM"):
    agencies write their acronyms in capitals, people write their names in title case."""
    return (
        len(word) <= 3 and word[:1].isupper() and word[1:].islower()
        and word.casefold() not in {"who", "un", "ops"}  # "Who we are", "Un …": words too
    )


_SUFFIX = re.compile(r"\s(?:Jr|Sr|Snr|Jnr)$")


def _keep_suffix_dot(name: str, text: str) -> str:
    """"Patrick Lumbala-Nsimba Jr." keeps its dot: the suffix is part of the name as written,
    and only trailing punctuation around the name, not inside it, is dropped."""
    if _SUFFIX.search(name) and re.search(re.escape(name) + r"\.", text):
        return name + "."
    return name


def _opens_address(word: str) -> bool:
    """A street word, or a German street compound ("Heiliggeiststraße", "Mariahilfer Gasse"):
    a block's address line is never a person once its house number is taken out."""
    folded = fold_keep_length(word).lower()
    return (
        folded in ADDRESS_WORDS or folded.rstrip(".") in ADDRESS_WORDS
        or folded.endswith(_STREET_ENDINGS)
    )


_STREET_ENDINGS = ("strasse", "straße", "str.", "gasse", "allee", "platz", "weg", "ring", "damm",
                   "ufer")

_POSTCODE_CITY = re.compile(r"^(?:[A-Z]{1,2}-)?\d{4,5}\s+[^\W\d_][^\d@:]{1,40}$")
POSTCODE_CITY = _POSTCODE_CITY  # "5000 Odense", for the block reader
_HOUSE_NUMBER = re.compile(r"^\d{1,4}[a-z]?(?:\s*[-–/]\s*\d{1,4}[a-z]?)?$")


def is_postal_line(text: str) -> bool:
    """"Heiliggeiststraße 16", "6020 Innsbruck", "Musterweg 3, 10115 Berlin": a line of a
    block's postal address. Read as a name or an office it gives a street for an office and
    a postcode for a phone number, so a block skips it."""
    line = text.strip(" ,;.\t")
    if _POSTCODE_CITY.match(line):
        return True
    joined = re.match(r"^(.*?\d{1,4}[a-z]?)\s+((?:[A-Z]{1,2}-)?\d{4,5}\s+\D+)$", line)
    street, _, rest = (joined.group(1), ",", joined.group(2)) if joined else line.partition(",")
    if rest and not _POSTCODE_CITY.match(rest.strip(" ,;.")):
        return False
    words = street.split()
    return (
        2 <= len(words) <= 4 and _opens_address(words[0]) and words[0].lower() not in ADDRESS_WORDS
        and bool(_HOUSE_NUMBER.match(words[-1]))
    ) or (
        2 <= len(words) <= 4 and fold_keep_length(words[-2]).lower().endswith(_STREET_ENDINGS)
        and bool(_HOUSE_NUMBER.match(words[-1]))
    )


def is_acronym(word: str) -> bool:
    """"MSF", "CICR", "МККК": two to eight capitals, the way organisations shorten their name."""
    core = word.strip(".,;:()[]’'").removesuffix("’s").removesuffix("'s")
    return 2 <= len(core) <= 8 and core.isalpha() and core.isupper()


def _is_leading_acronym(words: list[str]) -> bool:
    """"MSF Genève", "CICR Colombia": an organisation's acronym then a place, not a person.

    A surname in capitals ("Aïssatou SY") comes after the given name, and a name written all in
    capitals has every word so, which keeps both readable as names; so does a register's surname
    in capitals before a known given name ("POPESCU Elena", Romanian and French lists).
    """
    if (len(words) >= 2 and len(words[0]) >= 3
            and re.search(r"[AEIOUYÁÉÍÓÚĂÂÎ]", words[0]) is not None
            and not words[1].isupper() and is_given_name(words[1])):
        return False
    return is_acronym(words[0]) and not all(w.isupper() for w in words if w.isalpha())


def all_lower_case(text: str) -> bool:
    """Whether ``text`` has letters with case and not one capital: "federal lands, forest and
    monuments" under a contact is the beat they cover, as organisations write their names (or
    their acronyms) with capitals. Scripts without case (Arabic) are never all lower case."""
    cased = [ch for ch in text if ch.isalpha() and ch.lower() != ch.upper()]
    return bool(cased) and not any(ch.isupper() for ch in cased)


# The word after a unit's word in its name: "service de …", "department of …".
_UNIT_LINKS = frozenset(["de", "du", "des", "d'", "of", "for", "für", "fur", "för", "for",
                         "van", "voor", "di", "del", "della", "da", "do", "dos", "das", "pro",
                         "za", "na", "po", "för", "til", "the"])


def opens_unit(word: str) -> bool:
    """"Odbor", "service", "Département", "afdeling": a word naming a unit, which opens the
    unit's name as written ("service de la solidarité internationale"), never a person's job."""
    folded = fold_keep_length(word).strip(".,;:()")
    return (
        len(folded) >= 4 and not is_acronym(word) and is_org_word(folded)
        and not has_job_word(word) and folded not in ORG_ADJECTIVES
    )


def looks_like_office(text: str) -> bool:
    """An organisation word, or a capitalised phrase naming a country that is not a job
    ("Save the Children Burkina Faso", "Bangladesh Red Crescent Society"). In lower case, only
    a unit's name opened by its unit word ("service de la solidarité internationale"): a beat
    ("federal lands, forest and monuments") is no office."""
    if all_lower_case(text):
        words = text.split()
        return len(words) >= 3 and opens_unit(words[0]) and not has_job_word(text) and (
            fold_keep_length(words[1]).casefold() in _UNIT_LINKS
        )  # "service de la …", "afdeling voor …"; not "network centric information"
    if _sentence_case_beat(text):
        return False
    if has_org_word(text):
        return True
    if has_role_word(text):
        return False
    stripped = re.sub(r"\b[^\W\d_]+-based\b", "", text).strip()  # "China-based climate"
    return country_from_name(stripped) is not None or (
        stripped[:1].isupper() and (
            find_country_in_text(stripped) is not None or _german_country(stripped)
        )
    )


def _sentence_case_beat(text: str) -> bool:
    """"Western regional issues", "China-based climate, energy and wildlife": the beat a press
    officer covers, written as a sentence (one capital, then lower case) whose only
    organisation words are adjectives, which an organisation's own name never is alone."""
    words = [w for w in text.replace(",", " ").split() if w.strip(".;:()")]
    if len(words) < 2 or not words[0][:1].isupper() or any(
        not _lower_first(w) for w in words[1:]
    ):
        return False
    org = [w for w in folded_tokens(text) if is_org_word(w)]
    return bool(org) and all(w in ORG_ADJECTIVES for w in org) and not any(
        is_acronym(w) for w in words
    ) and country_from_name(text.strip(" .")) is None


def _german_country(text: str, surnames: bool = False) -> bool:
    """A country named in German ("Greenpeace Österreich", "Caritas Schweiz"). With
    ``surnames``, a country's name that is also its English one ("Dayane Malta") is a surname
    a person may bear, as "Chad" or "Jordan" are."""
    from desktop.formats.releases.regions import COUNTRY_ALIASES  # regions reads this module

    words = fold_keep_length(text).split()
    return any(
        " ".join(words[i:i + n]) in COUNTRY_ALIASES
        and not (surnames and i and country_from_name(" ".join(words[i:i + n])))
        for n in (1, 2) for i in range(len(words) - n + 1)
    )


_LEADING_OF = re.compile(
    r"^(?:(?:of|from|with|de|del|du|des|da|do|dos|das)\s+|d['’]\s*)(?=\S)", re.IGNORECASE
)


def strip_article(text: str) -> str:
    """An office without the "of the"/"de la" that joined it to the name before it."""
    text = _LEADING_OF.sub("", text.strip())
    return LEADING_ARTICLE.sub("", text.strip()).strip(" ,;:.")


# Two words that together name an organisation though neither does alone ("Cruz" and "Red"
# are names and colours too): "Coordinador … de la Cruz Roja Colombiana".
_ORG_PAIRS = frozenset(["red cross", "red crescent", "cruz roja", "media luna", "cruz vermelha",
                        "crescente vermelho", "croix rouge", "croissant rouge"])


def split_at_org(text: str) -> tuple[str, str] | None:
    """Split "Sabina Thapa at IOM Nepal" or "Chargée de communication à l'OIM Sénégal" into the
    part before the connector and the office from its organisation word on."""
    raw_words = text.split()
    trailing = split_trailing_name(text)
    if trailing and _job_in_office(trailing[0].split()):
        return None  # "Presserådgiver i Skatteministeriet Mette L. H.": the name comes last
    if raw_words and opens_unit(raw_words[0]):
        return None  # "Odbor tisku a public relations MVČR": a unit of it, one office
    for index, raw in enumerate(raw_words):
        if index == 0:
            continue
        word = re.sub(r"^(?:l|d)['’]", "", fold_keep_length(raw)).strip(".,;:()")
        if word in ORG_ADJECTIVES and has_job_word(raw_words[index - 1]):
            continue  # "Vocero Regional", "Representative Country …": still the job
        pair = " ".join(folded_tokens(" ".join(raw_words[index : index + 2])))
        named = is_org_word(word) or pair in _ORG_PAIRS
        acronym_only = not named and is_acronym(raw)
        if not named and not acronym_only:
            continue
        if fold_keep_length(raw_words[index - 1]) == "باسم":
            return None  # "المتحدثة باسم البرنامج": spokesperson *for* it, one title
        office_words = raw_words[index:]
        if acronym_only and (
            not has_role_word(" ".join(raw_words[:index])) or has_role_word(" ".join(office_words))
        ):
            continue  # an unknown acronym splits "пресс-секретарь УКГВ в Женеве", not "MSF UK …"
        index, office_words = _head_noun(raw_words, index)
        raw = raw_words[index]
        first = re.sub(r"^(?:l|d)['’]", "", raw, flags=re.I)
        office = " ".join([first, *office_words[1:]])
        org_acronym = first.strip(".,;:()").isupper() and len(first) >= 2
        if not org_acronym and len(office_words) < 2:
            return _job_then_org(raw_words)
        if has_role_word(office) and not org_acronym:
            continue  # "Senior Regional Spokesperson" is a title; "ILO Department of …" an office
        before = raw_words[:index]
        elided = re.match(r"^(?:l|d)['’]", raw, flags=re.I)
        if elided and before and fold_keep_length(before[-1]) in {"a", "à", "de"}:
            before = before[:-1]
        joined = bool(before) and fold_keep_length(before[-1]).strip(",") in _CONNECTORS
        while before and fold_keep_length(before[-1]).strip(",") in _CONNECTORS:
            before = before[:-1]
        if not before:
            return None
        if not joined and not elided and not org_acronym and not before[-1].endswith(",") and (
            clean_name(" ".join(before)) is not None
        ):
            return None  # "Johns Hopkins University …": one organisation named after a person
        return " ".join(before).strip(" ,;:"), office.strip(" ,;:.")
    return _job_then_org(raw_words)


# A newsroom's role label before the job ("Presskontakt Pressansvarig Trafikkontoret"): no job.
_ROLE_LABELS = frozenset(["presskontakt", "pressekontakt", "press contact"])


# "in"/"at" between a Nordic job and its office ("presserådgiver i Erhvervsministeriet",
# "rådgiver hos …", "pressekreterare vid …"); not in the general connectors, as "i" is a Roman one.
_NORDIC_AT = frozenset(["i", "hos", "ved", "vid", "pa", "på"])


def _job_then_org(words: list[str]) -> tuple[str, str] | None:
    """Split "pressekreterare Svenska Röda Korset" or "Pressansvarig Trafikkontoret" (job words,
    then the organisation with no connector between) into the job and the office, when every
    word before the organisation is a job word and the rest names an organisation."""
    label = int(len(words) > 2 and fold_keep_length(words[0]).casefold() in _ROLE_LABELS)
    jobs = label
    while jobs < len(words) and has_job_word(words[jobs]) and not is_org_word(
        fold_keep_length(words[jobs]).strip(".,;:()")
    ):
        jobs += 1
    rest = words[jobs:]
    if jobs > label and len(rest) > 1 and fold_keep_length(rest[0]).casefold() in _NORDIC_AT:
        rest = rest[1:]  # "Pressesekretær i Statsministeriet": the job *in* the office
    if jobs == label or not rest or (not rest[0][:1].isupper() and not is_org_word(
        fold_keep_length(rest[0]).strip(".,;:()")
    )):
        return None
    if not any(is_org_word(fold_keep_length(w).strip(".,;:()")) for w in rest) or any(
        w.endswith(("'s", "’s")) for w in rest  # "Minister Strahl's Office": a possessive
    ) or fold_keep_length(rest[0]).strip(".,;:()").casefold() in ORG_ADJECTIVES or has_role_word(
        " ".join(rest)
    ):  # "Vocero Regional de Comunicación" is one title
        return None
    return " ".join(words[label:jobs]).strip(" ,;:"), " ".join(rest).strip(" ,;:.")


def _head_noun(words: list[str], index: int) -> tuple[int, list[str]]:
    """Move the office's start back over the capitalised noun its organisation word qualifies:
    in "Especialista de Comunicación del Centro Regional del PNUD", "Regional" is found first
    but the office is "Centro Regional del PNUD". Only a run of capitalised words that are no
    job and that a connector ("del", "of the") opens is taken; else ``index`` stays."""
    start = index
    while start - 1 > 0:
        word = words[start - 1]
        if not word[:1].isupper() or has_role_word(word) or is_org_word(fold_keep_length(word)):
            break
        start -= 1
    if start == index or fold_keep_length(words[start - 1]) not in _CONNECTORS:
        return index, words[index:]
    return start, words[start:]


def _opens_office(word: str) -> bool:
    folded = re.sub(r"['’]s$", "", fold_keep_length(word)).strip(".,;:()")
    if folded in ORG_ADJECTIVES:
        return False  # "Regional Communications Adviser" is one title
    if folded.casefold() in _TRADE_ACRONYMS:
        return False  # "PR officer" is one title
    return is_org_word(folded) or is_acronym(word)


def split_office_title(text: str) -> tuple[str, str] | None:
    """Split "IOM South Sudan spokesperson" or "MSF UK Press Officer" (organisation first, then
    the job) into the office and the title; also the job then its office ("Presserådgiver i
    Skatteministeriet", "projektledare Naturvårdsverket") when every word before it is a job."""
    words = text.split()
    compound = _acronym_compound(words)
    if compound:
        return compound
    job_first = _job_then_org(words) if len(words) > 1 else None
    if job_first:
        return job_first[1], job_first[0]
    if len(words) < 2 or has_role_word(words[0]):
        return None
    if not _opens_office(words[0]):
        return _named_org_then_job(words)
    for index in range(1, len(words)):
        if has_role_word(words[index]) and not _opens_office(words[index]):
            title = " ".join(words[index:]).strip(" ,;:")
            if not has_job_word(title):  # "IOM Media and Communications" is a unit
                return None
            office = re.sub(r"['’]s$", "", " ".join(words[:index])).strip(" ,;:")
            return office, title
    return None


_ACRONYM_JOB = re.compile(r"^(?P<org>[A-ZÀ-ÞА-Я]{2,8})-(?P<job>[^\W\d_][\w-]*)$")


def _acronym_compound(words: list[str]) -> tuple[str, str] | None:
    """Split "NABU-Pressesprecherin" or "WWF-Referentin für Klima" (German joins the
    organisation's acronym to the job with a hyphen) into the office and the title. A trade's
    acronym ("PR-Referentin") is part of the job."""
    match = _ACRONYM_JOB.match(words[0].strip(",;:")) if words else None
    if match is None or match.group("org").casefold() in _TRADE_ACRONYMS:
        return None
    job = " ".join([match.group("job"), *words[1:]]).strip(" ,;:")
    if not has_job_word(match.group("job")) or has_org_word(job):
        return None
    return match.group("org"), job


def _named_org_then_job(words: list[str]) -> tuple[str, str] | None:
    """Split "Pro Natura Medienverantwortlicher" (an organisation no word list knows, then the
    job in one compound word at the end, as German and Nordic write it) into the office and the
    title: every word before the job is capitalised and none is a job, a role or a unit."""
    last = words[-1].strip(" ,;:.")
    if len(words) > 5 or len(last) < 10 or not has_job_word(last) or not last[:1].isupper():
        return None  # a compound job ("Medienverantwortlicher"), not a rank ("Associate")
    head = words[:-1]
    if len(head) < 2 or any(
        not w[:1].isupper() or has_role_word(w) or fold_keep_length(w) in ORG_ADJECTIVES
        or w.endswith(".") or fold_keep_length(w).strip(",") in UNIT_WORDS_FOLDED for w in head
    ):  # "Vice President", "External Relations Associate", "Stv. Sprecherin": one title
        return None
    return " ".join(head).strip(" ,;:"), last


def split_lower_job(text: str) -> tuple[str, str] | None:
    """Split "projektledare Naturvårdsverket" or "pressesekretær i Statsministeriet" into the
    job and the office by case alone: many languages write a job in lower case and an
    organisation's name with a capital, so this holds with no job word known. The office must
    name an organisation and no field of work ("directrice des Relations publiques" stays)."""
    words = text.split()
    if len(words) < 2 or not _lower_first(words[0]):
        return None
    start = next((i for i, word in enumerate(words) if not _lower_first(word)), None)
    if start is None or not words[start][:1].isupper():
        return None
    head = words[:start]
    connector = ""
    while head and fold_keep_length(head[-1]).strip(",") in (_CONNECTORS | _NORDIC_AT):
        connector = connector or fold_keep_length(head[-1]).strip(",").casefold()
        head = head[:-1]
    office = " ".join(words[start:]).strip(" ,;:.")
    # "MZe": a ministry's short name in mixed case
    short = len(words) - start == 1 and sum(ch.isupper() for ch in office) >= 2 and len(office) <= 6
    named = has_org_word(office) or short or _held_at(connector, words[start:])
    if not head or len(head) > 5 or not named or has_role_word(office) or (
        clean_name(office) is not None or has_org_word(" ".join(head))
    ):  # "делегация МККК в Украине": a unit in lower case opens the office
        return None
    return " ".join(head).strip(" ,;:"), office


# A job "at"/"in"/"with" an organisation ("estratega de medios para Earthjustice", "rådgiver i
# Vindkraftverket"): after these the capitalised words are the organisation, no word list needed.
_AT_ORG = frozenset(["at", "with", "chez", "a", "à", "au", "en", "em", "bei", "beim", "i", "hos",
                     "ved", "vid", "pa", "på", "bij", "presso", "w", "u", "na"])
# "for"/"para"/"pour"/"für" also join a job to its field or area ("portavoz para América
# Latina"): one capitalised word only, and no place.
_FOR_ORG = frozenset(["for", "para", "pour", "fur", "für", "per", "voor", "til"])


def _held_at(connector: str, office: list[str]) -> bool:
    """Whether the capitalised words after a lower-case job and ``connector`` name where the
    job is held: one to four capitalised words (one after "for"), no place, region or name."""
    if connector not in _AT_ORG and connector not in _FOR_ORG:
        return False
    limit = 4 if connector in _AT_ORG else 1
    text = " ".join(office).strip(" ,;:.")
    if not 1 <= len(office) <= limit or not all(w[:1].isupper() for w in office):
        return False
    return not (
        is_city(text) or country_from_name(text) is not None or is_pure_region(text)
        or find_country_in_text(text) is not None or has_role_word(text)
    )


def _lower_first(word: str) -> bool:
    letter = next((ch for ch in word if ch.isalpha()), "")
    return bool(letter) and letter.islower()


def _job_in_office(head: list[str]) -> bool:
    """Whether words before a name are a job, a Nordic "i"/"hos" and the one-word office it is
    held in ("Presserådgiver i Erhvervsministeriet Jesper I."): prose that names the person
    last. The connector is required: "Pressesprecher Diakonie Nothilfe Ostsee" is a job and a
    longer organisation, no person."""
    return len(head) > 2 and fold_keep_length(head[-2]).casefold() in _NORDIC_AT and (
        _job_then_org(head) is not None
        and is_org_word(fold_keep_length(head[-1]).strip(".,;:()"))
    )


def split_trailing_name(text: str) -> tuple[str, str] | None:
    """Split "IOM South Sudan spokesperson Jane Akol" into what precedes the name and the name.

    Prose puts the organisation and the job before the person ("contact UNICEF's Joe English");
    the word just before the name must be a job or an organisation's possessive, so "UNICEF New
    York" or "Office for Southern Africa" is not read as a person called "New York".
    """
    words = text.split()
    for size in (4, 3, 2):
        if len(words) <= size:
            continue
        name = clean_name(" ".join(words[-size:]))
        head = words[:-size]
        if not name or fold_keep_length(head[-1]) in _CONNECTORS:
            continue
        if not (name[0].isupper() or _is_arabic(name[0])):  # not "de Información Pública"
            continue
        possessive = re.search(r"['’]s$", head[-1]) and _opens_office(head[-1])
        if has_job_word(head[-1]) or possessive or _job_in_office(head):
            return " ".join(head), name
    return None


def _date_like(run: str) -> bool:
    """"12.03.2026", "2026-03-12", but not "715-52-77" (a local number: no day or month is 52,
    and no date opens on three digits)."""
    if not _DATE_LIKE.match(run):
        return False
    parts = re.split(r"[-./\s]", run)
    return len(parts[0]) != 3 and int(parts[1]) <= 31 and (len(parts[0]) > 2 or int(parts[0]) <= 31)


def find_phone_spans(text: str) -> list[tuple[int, int]]:
    """Spans of phone-like runs (at least 6 digits, not a date) in ``text``."""
    spans = []
    for match in PHONE_RUN.finditer(text):
        run = match.group(0).strip()
        digit_count = sum(ch.isdigit() for ch in run)
        if digit_count < 6 or digit_count > 20 or _date_like(run) or is_timestamp(run) or (
            _YEAR_SPAN.match(run)
        ):
            continue
        spans.append((match.start(), match.end()))
    return spans


# A span of years ("1864-2014", "2020 – 2031"): an anniversary or a period, never a number.
_YEAR_SPAN = re.compile(r"^(?:1[89]|20)\d\d\s?[-–/]\s?(?:1[89]|20)\d\d$")


# A Unix time a page scraper left in the text ("1711039200", in ms "1711039200000"): ten or
# thirteen bare digits starting with 1, with no separator a person would type in a number.
_TIMESTAMP = re.compile(r"^1[0-9]{9}(?:[0-9]{3})?$")


def is_timestamp(run: str) -> bool:
    return _TIMESTAMP.match(run.strip()) is not None


# "+49 30 65211 1225tommy.ramm@…": a flattened page runs the number's last group into the
# address; digits that open the address right after a number's own digits belong to the number.
_GLUED_DIGITS = re.compile(r"\d+(?=[^\W\d_])")
_NUMBER_BEFORE = re.compile(r"\d[ \t\u00a0]$")


def find_email_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in EMAIL_RUN.finditer(text):
        start = match.start()
        glued = _GLUED_DIGITS.match(text, start)
        if glued and _NUMBER_BEFORE.search(text, 0, start):
            start = glued.end()
        spans.append((start, match.end()))
    return spans


def has_phone_label(text: str) -> bool:
    return _PHONE_LABEL_WORD.search(text) is not None


def has_email_label(text: str) -> bool:
    return _EMAIL_LABEL_WORD.search(text) is not None


def is_label_only(text: str) -> bool:
    return _LABEL_ONLY.match(text) is not None
