"""Words that releases use around contacts, in EN/FR/ES/PT/DE/RU/AR.

The word lists live as data in ``words/<lang>.json`` (lead-ins, labels, honorifics, job and
organisation words, desk and metadata lines; see ``words/README.md``) and are added here to the
built-in patterns, so supporting a new wording is a one-line change in a readable file.
Everything here is matched against folded text (lower-case, accents removed; see
``desktop.domain.text.fold``).
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

WORDS_DIR = Path(__file__).with_name("words")
LANGUAGES = ("en", "fr", "es", "pt", "de", "ru", "ar", "it", "nl", "sv", "no", "da",
             "pl", "fi", "cs", "tr", "ca", "uk", "ro", "hu", "el", "sk", "sl", "hr", "bg")


# Languages whose word lists are left unread ("sv,no,da"), to measure how the reader does on a
# language it has no list for (``benchmarks/extraction_quality.py --without-words``). Read once,
# at import: the patterns below are built from the lists. The built-in words of this module
# (English, French, Spanish, German, and some Portuguese, Russian and Arabic) stay.
HIDE_WORDS_ENV = "PRESSDESK_HIDE_WORDS"


def hidden_languages() -> frozenset[str]:
    """The language codes named in ``PRESSDESK_HIDE_WORDS`` (comma- or space-separated)."""
    value = os.environ.get(HIDE_WORDS_ENV, "")
    return frozenset(code.strip().lower() for code in re.split(r"[,\s]+", value) if code.strip())


def _load_words() -> dict[str, dict[str, list[str]]]:
    """Every ``words/<lang>.json`` as {language: {key: [entries]}}; a missing or hidden file is
    empty."""
    loaded: dict[str, dict[str, list[str]]] = {}
    hidden = hidden_languages()
    for language in LANGUAGES:
        path = WORDS_DIR / f"{language}.json"
        if language in hidden:
            loaded[language] = {}
            continue
        data = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
        loaded[language] = {key: [str(item) for item in items] for key, items in data.items()}
    return loaded


WORDS = _load_words()


def word_list(key: str, language: str | None = None) -> list[str]:
    """The entries under ``key`` for one language, or for all of them in ``LANGUAGES`` order."""
    languages = (language,) if language else LANGUAGES
    return [item for lang in languages for item in WORDS.get(lang, {}).get(key, [])]


def _alternatives(key: str) -> str:
    """The ``key`` fragments of every language as one regular-expression alternation."""
    return "|".join(f"(?:{fragment})" for fragment in word_list(key)) or "(?!)"

# Public lands and the services that run them ("Tongass National Forest", "Forest Service"):
# an organisation's name, never a person's, though every word is capitalised.
PLACE_BODY = re.compile(rf"\b(?:{_alternatives('place_bodies')})\b", re.IGNORECASE)

# A heading or lead-in that opens a contact block. The match ends where names may start, so
# "veuillez contacter Abdulfattoh Shafiev" leaves "Abdulfattoh Shafiev" after it.
CONTACT_HEADING = re.compile(
    r"(?:"
    r"(?:for\s+(?:more|further|additional)\s+information|for\s+media\s+(?:enquiries|inquiries))"
    r"(?:\s+(?:or|and)\s+(?:interviews?|interview\s+requests?))?"
    r"(?:\s*,?\s+(?:or|and)\s+to\s+(?:arrange|request|set\s+up|book|schedule)\s+(?:an\s+)?"
    r"interviews?)?"
    r"(?:\s*(?:,|:)?\s*(?:please\s+)?(?:contact|reach\s+out\s+to|get\s+in\s+touch\s+with)(?:\s+us)?)?"
    r"|to\s+(?:arrange|request|set\s+up|book|schedule)\s+(?:an\s+)?interviews?"
    r"(?:\s*,?\s*(?:please\s+)?contact)?"
    r"|media\s+(?:contacts?|enquiries|inquiries)|press\s+(?:contacts?|enquiries|inquiries)"
    r"|(?:please\s+)?contact\s+for\s+media|note\s+to\s+editors?\s*-\s*contacts?"
    r"|pour\s+(?:plus|de\s+plus\s+amples)\s+(?:d['’]\s*)?informations?"
    r"(?:\s*,?\s*(?:veuillez|merci\s+de|priere\s+de)?\s*(?:contacter|vous\s+adresser\s+a|joindre))?"
    r"|pour\s+toute\s+(?:information|demande)"
    r"(?:\s+(?:d['’]\s*informations?|media|de\s+la\s+presse|presse))?"
    r"(?:\s*,?\s*(?:veuillez|merci\s+de)?\s*(?:contacter|contactez|joindre))?"
    r"|contacts?\s+(?:presse|medias?|pour\s+les\s+medias)"
    r"|renseignements(?:\s+(?:aux\s+medias|medias|presse))?(?=\s*[:：])"  # Canada, Belgium
    r"|para\s+(?:mas|mayor)\s+informacion"
    r"(?:\s*,?\s*(?:por\s+favor\s+|favor\s+de\s+)?(?:contacte|contactar|contactese\s+con|"
    r"comuniquese\s+con|comunicarse\s+con|ponerse\s+en\s+contacto\s+con)"
    r"(?:\s+a(?!\w))?)?"
    r"|informacion\s+para\s+(?:los\s+)?medios|contactos?\s+(?:de\s+prensa|para\s+(?:los\s+)?medios|con\s+los\s+medios)"
    r"|para\s+mais\s+informacoes(?:\s*,?\s*(?:por\s+favor\s+)?(?:contacte|entre\s+em\s+contato\s+com))?"
    r"|contactos?\s+(?:de\s+imprensa|para\s+a\s+imprensa)"
    r"|(?:for|pour|para)\s+(?:les\s+|las\s+|los\s+)?"
    r"(?:(?:media\s+)?interviews?|demandes?|solicitudes?|entrevistas?|entretiens?)"
    r"(?:\s+(?:requests?|d['’]\s*(?:entretiens?|interviews?)|de\s+(?:entrevistas?|prensa)))?"
    r"(?:\s+(?:in|a|en|em)\s+(?P<place>[^\W\d_][^,:;]{1,30}?))?\s*[,:]?\s*"
    r"(?:please\s+|veuillez\s+|merci\s+de\s+|por\s+favor\s+)?"
    r"(?:contacter|contacte(?:\s+a(?!\w))?|contactar(?:\s+a(?!\w))?|contactese\s+con|comuniquese\s+con|contact"
    # Prose asks to write or call instead: "…, escriba a Diego …", "…, écrivez à …".
    r"|escriba(?:n)?\s+a|escribir\s+a|llame(?:n)?\s+a|ecrivez\s+a|ecrire\s+a|appelez|"
    r"write\s+to|e-?mail|call)"
    # Headings that name the section rather than ask to be contacted.
    r"|contact\s+(?:information|details)|informations?\s+de\s+contact|datos\s+de\s+contacto"
    r"|(?:for|pour|para)\s+(?:les\s+)?(?:interviews?|entretiens?|entrevistas?)(?=\s*[:：])"
    r"|informacion\s+para\s+(?:los\s+)?periodistas|assessoria\s+de\s+(?:imprensa|comunicacao)"
    r"|(?:spokespeople|spokespersons|portavoces|porte-paroles|porta-vozes)\b[^:：\n]{0,80}?(?=[:：])"
    r"|(?:journalists|reporters|journalistes|periodistas|jornalistas)\b[^.:\n]{0,60}?\b"
    r"(?:can|may|should|peuvent|pueden|podem)\s+(?:reach|contact|contacter|joindre|contactar)"
    # Lead-ins kept as data, per language (words/<lang>.json "lead_ins").
    r"|" + _alternatives("lead_ins") +
    r")\s*[:：]?",
    re.IGNORECASE,
)

# Characters word processors and newsletters put before list items ("•", "▪", "►"): a contact
# line may open with any of them, and none is ever part of a name.
BULLETS = "•▪◦‣⁃●■□►▸▹∙➢➤✓◆◇·"

# The phone labels of words/<lang>.json as one alternation, longest first so a label is never
# cut short by its own prefix; the label patterns in fields.py add only Latin-script labels
# the data files do not hold.
PHONE_LABEL_WORDS = "|".join(
    re.escape(w) for w in sorted(word_list("phone_labels"), key=len, reverse=True)
)

# Words that make a segment an organisation or office (matched as whole folded words).
ORG_WORDS = frozenset(
    [
        "iom", "oim", "mom", "unhcr", "acnur", "hcr", "wfp", "pam", "pma", "unicef", "undp", "pnud",
        "unfpa", "who", "oms", "ops", "paho", "ocha", "unwomen", "ilo", "oit", "fao", "unesco",
        "unrwa", "unodc", "onudc", "un", "onu", "unops", "unaids", "onusida", "wmo", "office",
        "icrc", "cicr", "cicv", "ifrc", "ficr", "msf", "nrc", "irc", "oxfam", "unitar", "unep",
        "pnuma", "unhabitat", "мккк", "мфкк", "мсф", "юнфпа", "воз", "мот", "фао",
        "bureau", "oficina", "escritorio", "mission", "mision", "missao", "representation",
        "representacion", "organization", "organisation", "organizacion", "organizacao", "agency",
        "agence", "agencia", "programme", "program", "programa", "fund", "fonds", "fondo",
        "commission", "comision", "high", "haut", "alto", "secretariat", "secretariado", "country",
        "regional", "region", "headquarters", "siege", "sede", "ministry", "ministere",
        "ministerio", "unit", "unidad", "unite", "department", "departement", "departamento",
        "delegation", "delegacion", "мом", "увкб", "впп", "юнисеф", "проон", "оон", "программа",
        "представительство", "бюро", "офис", "миссия", "организация", "фонд",
        "المنظمة", "الدولية", "مكتب", "المفوضية", "برنامج", "اليونيسف", "منظمة", "الأمم",
        "المتحدة", "بعثة", "اللجنة", "الصليب", "الهلال", "society", "societe", "sociedad",
        "sociedade", "общество", "делегация", "федерация", "جمعية",
        # National societies ("Croix-Rouge canadienne"); "Crescent" or "Roja" alone would split
        # "Bangladesh Red Crescent Society" at its middle word.
        "croix-rouge", "croissant-rouge",
        # Companies, foundations and NGO networks name themselves with these.
        "group", "groupe", "grupo", "company", "foundation", "fondation", "fundacion", "fundacao",
        "institute", "institut", "instituto", "network", "alliance", "alianza", "alianca",
        "council", "conseil", "consejo", "association", "asociacion", "associacao", "coalition",
        "corporation", "ltd", "inc", "plc", "gmbh", "secretaria", "laboratory", "laboratories"
    ]
)

# Words that announce a job title (folded, whole words or word starts for inflected languages).
ROLE_WORDS = frozenset(
    [
        "officer", "officers", "specialist", "assistant", "associate", "coordinator", "coordinador",
        "coordonnateur", "coordonnatrice", "coordinatrice", "coordinateur", "head",
        "chief", "director", "directora", "directeur", "manager", "spokesperson",
        "spokesman", "spokeswoman", "adviser", "advisor", "consultant", "lead", "focal", "analyst",
        "editor", "representative", "representant", "representante", "deputy",
        "senior", "junior", "communications", "communication", "comms", "media", "press", "public",
        "information", "reporting", "outreach", "charge", "chargee", "responsable", "chef",
        "conseiller", "conseillere", "assistante", "specialiste", "administrateur",
        "administratrice", "delegue", "deleguee", "oficial", "encargado",
        "encargada", "jefe", "jefa", "portavoz", "vocero", "especialista", "asesor",
        "asesora", "asistente", "gerente", "comunicacion", "comunicaciones", "prensa", "informacao",
        "informacion", "publica", "publico", "publique",
        "comunicacao", "специалиста", "сотрудник",
        "сотрудница", "координатор", "помощник",
        "глава", "директор", "представитель", "менеджер", "ассистент", "пресс-служба",
        "пресс-атташе", "связям", "общественностью", "коммуникациям", "коммуникации",
        "منسق", "منسقة", "أخصائي", "أخصائية", "اخصائي", "مدير",
        "مديرة", "رئيس", "رئيسة", "مساعد", "مساعدة", "ممثل", "ممثلة", "موظف", "موظفة", "مسؤولي",
        "الإعلام", "الاعلام", "الاتصال", "associe", "associee", "asociado", "asociada",
        "associado", "associada",
        # Portuguese jobs not spelt like their Spanish or French cousins.
        "assistente", "coordenador", "coordenadora", "diretor", "diretora", "chefe", "analista",
        "porta-voz", "responsavel", "encarregado", "encarregada",
        # Corporate jobs ("Vice President, Corporate Communications"): never part of a name.
        "president", "vice-president", "vp", "presidente", "vicepresidente",
        "presidenta", "vicepresidenta", "chair", "chairman", "chairwoman", "cfo", "ceo",
    ]
)

# Organisation words that are also adjectives of a job ("Regional Communications Adviser",
# "Country Representative"): before a job word they belong to the title, not an office.
ORG_ADJECTIVES = frozenset(["regional", "country", "high", "haut", "alto", "region"])

# Role words that also name a unit ("Media and Communications"): a title needs another word.
UNIT_WORDS = frozenset(
    [
        "communications", "communication", "comms", "media", "press", "public", "information",
        "reporting", "outreach", "senior", "junior", "deputy", "focal", "prensa", "comunicacion",
        "informacion", "publica", "publico", "publique",
        "comunicaciones", "informacao", "comunicacao", "связям", "общественностью",
        "коммуникациям", "коммуникации", "الإعلام", "الاعلام", "الاتصال",
    ]
)

HONORIFICS = frozenset(
    [
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "prof", "m.", "mme", "mme.",
        "mlle", "sr", "sra", "dra", "hon", "mx", "mx.", "sres",
        "srta", "dña", "dona", "don",
        # Latin American academic titles written before names ("Lic. María Guadalupe …").
        "lic", "lic.", "licda", "licda.", "licdo", "licdo.", "mtro.", "mtra.", "arq."
    ]
)

NAME_PARTICLES = frozenset(
    [
        "de", "da", "das", "do", "dos", "del", "della", "di", "du", "des", "la", "le", "van", "von",
        "der", "den", "ter", "al", "el", "bin", "ben", "ibn", "bint", "ould", "abu", "y", "e"
    ]
)

LEADING_ARTICLE = re.compile(r"^(?:the|la|le|les|el|los|las|l['’]\s*|a|o)\s+|^l['’]\s*", re.I)

# A location prefix before a person: "In Kabul:", "À Dakar :", "En Bogotá:", "В Душанбе:".
LOCATION_PREFIX = re.compile(
    rf"^\s*(?:[-*–{BULLETS}]\s*)?(?:in|at|à|a|au|en|em|no|na|в|во|في)\s+([^:：,|]{{2,40}}?)\s*([:：,])\s*",
    re.IGNORECASE,
)

# Lines that end the article: footers, share bars, related news, legal text.
FOOTER_MARKERS = re.compile(
    r"^\s*(?:©|\(c\)\s*\d{4}|copyright|all\s+rights\s+reserved|follow\s+us|suivez[- ]nous|"
    r"siguenos|síguenos|share\s+this|share\s+on|partager|compartir|related\s+(?:news|content|stories|articles)|"
    r"articles?\s+(?:liés|similaires|connexes)|actualités\s+liées|noticias\s+relacionadas|"
    r"read\s+more|lire\s+la\s+suite|leer\s+más|more\s+news|privacy\s+policy|terms\s+of\s+use|"
    r"cookie|subscribe|newsletter|s['’]abonner|suscríbete|contact\s+us\s*$|nous\s+contacter\s*$|"
    r"contáctenos\s*$|sitemap|plan\s+du\s+site|mapa\s+del\s+sitio|back\s+to\s+top|retour\s+en\s+haut|"
    r"tags?\s*:|mots[- ]clés|etiquetas\s*:|topics?\s*:|подписывайтесь|поделиться|похожие\s+новости|"
    r"все\s+права\s+защищены|اقرأ\s+المزيد|أخبار\s+ذات\s+صلة|جميع\s+الحقوق\s+محفوظة|"
    + _alternatives("footer_lines") + ")",  # "OTS-ORIGINALTEXT PRESSEAUSSENDUNG …"
    re.IGNORECASE,
)

# Sections after the contact block that are never contacts ("About IOM", "Notes to editors").
AFTER_CONTACTS = re.compile(
    r"^\s*(?:#+\s*$|\*\*\*|about\s+(?:the\s+)?(?:iom|unhcr|wfp|unicef|us)|"
    r"about\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[\w&.'’-]+){0,5}\s*$|notes?\s+to\s+editors?|"
    r"à\s+propos\s+de|acerca\s+de|sobre\s+(?:la|el)\s|о\s+(?:мом|нас|увкб)|نبذة\s+عن|"
    r"ends?\s*$|fin\s*$|-\s*fin\s*-|-\s*ends?\s*-|###)",
    re.IGNORECASE,
)

# Labels that announce a release but are not its title.
NOT_TITLES = re.compile(
    r"^\s*(?:press\s+release|news\s+release|news|media\s+advisory|statement|communiqu[ée]\s+de\s+presse|"
    r"communiqu[ée]|actualit[ée]s?|comunicado(?:\s+de\s+prensa)?|noticias?|nota\s+de\s+prensa|"
    r"пресс-релиз|новости|بيان\s+صحفي|أخبار|home|accueil|inicio|menu|search|rechercher|buscar|"
    r"skip\s+to\s+(?:main\s+)?content|aller\s+au\s+contenu|"
    # What aggregators (ReliefWeb) and newsrooms print between the headline and the story.
    r"news\s+and\s+press\s+release|view\s+original|originally\s+published|format|source|"
    r"posted|origin|attachments?|print|share|download(?:\s+[\w-]+){0,2}(?:\s*\([^)]*\))?)"
    r"\s*[:.]?\s*$",
    re.IGNORECASE,
)

# Verbs that report speech, for people quoted in the body (not media contacts).
SPEECH_VERBS = (
    r"said|says|added|explained|noted|stressed|emphasized|emphasised|underlined|highlighted|"
    r"a\s+déclaré|a\s+dit|a\s+affirmé|a\s+souligné|a\s+expliqué|a\s+ajouté|a\s+indiqué|"
    r"a\s+précisé|déclare|explique|souligne|dijo|afirmó|señaló|explicó|declaró|agregó|añadió|"
    r"destacó|indicó|subrayó|заявил|заявила|сказал|сказала|отметил|отметила|подчеркнул|"
    r"подчеркнула|قال|قالت|أضاف|أضافت|أكد|أكدت"
)


def fold_keep_length(text: str) -> str:
    """Fold like ``desktop.domain.text.fold`` but one character for one, so match offsets found
    in the folded text are valid in the original (needed to quote snippets exactly)."""
    return "".join(map(_fold_char, text))


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """One character folded (cached, bounded: the rules fold the same lines many times over)."""
    decomposed = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    if len(base) != 1:
        base = ch.lower() if len(ch.lower()) == 1 else ch
    if base.isspace():
        base = " "
    elif base.isdigit() and not base.isascii():
        base = str(unicodedata.digit(base, 0))
    return base


# The data files add to the built-in sets.
ORG_WORDS = ORG_WORDS | frozenset(word_list("org_words"))
ROLE_WORDS = ROLE_WORDS | frozenset(word_list("job_words"))
HONORIFICS = HONORIFICS | frozenset(w for w in word_list("honorifics") if " " not in w)

# A line that names a desk ("Media Relations", "Pressestelle Polizei Essen"): what follows it
# is that desk's organisation and numbers, never a person.
# Words inside a sentence that send the press to someone ("… doivent s'inscrire auprès de
# M. X à x@…"): a person is read after them only when a number or address follows the name.
INLINE_LEAD = re.compile(r"(?<![\w'’])(?:" + _alternatives("inline_lead_ins") + r")\s+(?=\S)")

# A line under a person's name that names their work without a job word ("Public Relations",
# "Öffentlichkeitsarbeit"): their title, from the data files' "job_lines".
JOB_LINE = re.compile(r"^\s*(?:" + _alternatives("job_lines") + r")\s*$")

DESK_LINE = re.compile(r"^[\s" + BULLETS + r"*\-–—]*(?:" + _alternatives("desk_lines")
                       + r")\s*[:：]?\s*$")

# Page furniture that is never a headline: captions, "Avis aux médias", "Language English".
METADATA_LINE = re.compile(r"^\s*(?:" + _alternatives("metadata_lines") + r")\s*[:.]?\s*$")


def _folded_words(words: frozenset[str]) -> frozenset[str]:
    return frozenset(fold_keep_length(w) for w in words)


ORG_WORDS_FOLDED = _folded_words(ORG_WORDS)
ROLE_WORDS_FOLDED = _folded_words(ROLE_WORDS)
HONORIFICS_FOLDED = _folded_words(HONORIFICS)
UNIT_WORDS_FOLDED = _folded_words(UNIT_WORDS)

# Who an entry is for, written before it ("Media: Jennifer …", "Investors: Marcus Feld …").
# Company releases list investor-relations contacts beside the press ones; only contacts
# offered to the media count, so an investor or analyst entry (or a job in investor relations)
# is left out, and a media label is a lead-in, not part of the name.
# Which press an entry serves ("National Press :", "Regional and local press:", "Presse
# régionale :"): words that narrow the audience, never part of a name.
_AUDIENCE_SCOPE = (
    r"(?:national|regional|local|international|foreign|trade|specialist|speciali[sz]ed|business|"
    r"financial|consumer|nationale?s?|r[ée]gionale?s?|locale?s?|internationale?s?|"
    r"sp[ée]cialis[ée]e?s?|[ée]trang[èe]re?s?|nacional(?:es)?|internacional(?:es)?|"
    r"regionales|locales|[üu]berregionale?n?|lokale?n?|and|&|et|y|e|und)"
)
AUDIENCE_LEAD = re.compile(
    rf"^[\s{BULLETS}*\-–—]*(?P<who>(?:{_AUDIENCE_SCOPE}\s+){{0,4}}"
    r"(?:(?:news\s+)?media|press|presse|medias|médias|prensa|medios|"
    r"imprensa|сми|пресса|الإعلام|investors?|investor\s+relations|analysts?|investisseurs|"
    r"inversionistas|inversores|investidores|инвесторы|المستثمرون)"
    rf"(?:\s+{_AUDIENCE_SCOPE}){{0,3}})"
    r"(?:\s+(?:contacts?|relations|enquiries|inquiries))?\s*[:：]\s*(?=\S)",
    re.IGNORECASE,
)
NOT_MEDIA = re.compile(
    r"investor|investisseur|inversionista|inversor|investidor|инвестор|المستثمر|analyst\s+relations",
    re.IGNORECASE,
)

# Lines that give an office's switchboard or hotline, never a person's number.
# A newswire's issuer line ("SOURCE Cabinet de la ministre de la Famille", CNW): who sent the
# release, not the office of the person the next line names.
ISSUER_LINE = re.compile(r"^\s*SOURCE\s+(?![:：])\S")

SWITCHBOARD = re.compile(
    r"switchboard|standard\s*:|conmutador|centralita|main\s+line|hotline|коммутатор|"
    r"headquarters\s*:|siège\s*:",
    re.IGNORECASE,
)

# Words that open a postal address ("Route des Almadies", "Av. Francisco de Miranda"): a footer's
# street is never a person, however much it reads like a name.
ADDRESS_WORDS = frozenset(
    [
        "route", "rue", "avenue", "av", "av.", "ave", "ave.", "boulevard", "bd", "blvd", "chemin",
        "place", "street", "st.", "road", "rd", "lane", "calle", "carrera", "cra", "cra.",
        "avenida",
        "paseo", "plaza", "rua", "travessa", "estrada", "ул.", "улица", "проспект", "пр.",
        "شارع", "p.o.", "bp", "b.p.", "apartado", "casilla", "immeuble", "building", "edificio",
        "torre",
    ]
)

# Words left over around a number or address once it is taken out ("on … or at …").
LEFTOVER_CONNECTORS = frozenset(
    [
        "on", "at", "or", "and", "by", "via", "ou", "et", "au", "aux", "par", "al", "o", "y",
        "em", "pelo", "или", "по", "и", "على", "أو", "او", "call", "appeler", "llamar", "a",
        "unter",
        "email", "e-mail", "phone", "telephone", "tel", "tél", "courriel", "correo",
    ]
)
