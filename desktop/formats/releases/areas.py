"""World regions and country adjectives, as contact entries write them.

Regional staff add the area they cover after their job ("Media Manager, Middle East and Eastern
Europe", "Vocero Regional para las Américas"). Those words name a place, never a person, an
office or part of the job, so they must not start a person nor stay in a title. National
societies and ministries are named with the country's adjective instead of its name ("Croix-Rouge
canadienne", "Cruz Roja Colombiana", "Кыргызского Красного Полумесяца"): the adjective still
says where the office is, which decides how its national-format numbers are read.
"""

from __future__ import annotations

import re

from desktop.formats.releases.lexicon import fold_keep_length

# Folded words that only ever name a part of the world (continents, seas, sub-regions).
_REGION_NOUNS = frozenset(
    [
        "africa", "afrique", "europe", "europa", "asia", "asie", "americas",
        "america", "amerique", "ameriques", "caribbean", "caraibes", "caribe",
        "pacific", "pacifique", "pacifico", "sahel", "maghreb", "levant", "balkans", "mena",
        "lakes", "horn", "oceania", "oceanie", "mediterranean", "mediterranee", "mediterraneo",
        "middle", "moyen-orient", "oriente", "latina", "latine", "latin", "lac", "lake", "chad",
        "африка", "африки", "европа", "европы", "азия", "азии", "америка", "америки", "восток",
        "востока", "أفريقيا", "افريقيا", "أوروبا", "اوروبا", "آسيا", "اسيا", "الأوسط", "الاوسط",
    ]
)
_COMPASS = frozenset(
    [
        "east", "west", "north", "south", "eastern", "western", "northern", "southern", "central",
        "est", "ouest", "nord", "sud", "centrale", "centre", "este", "oeste", "norte", "centro",
        "and", "et", "y", "e", "the", "of", "du", "de", "la", "l", "del", "el", "и",
    ]
)
_REGION_TAIL = re.compile(
    r"\s+(?:for|pour|para|по|для)\s+(?:the\s+|les?\s+|la\s+|l['’]\s*|las\s+|los\s+|el\s+)?"
    r"(?P<area>[^,;()]{3,60})$",
    re.IGNORECASE,
)


def _words(text: str) -> list[str]:
    return [w.strip(".,;:()'’") for w in re.split(r"[\s/]+", fold_keep_length(text)) if w]


def is_region(text: str) -> bool:
    """Whether ``text`` names a world region ("Middle East", "Eastern Europe", "Great Lakes",
    "West and Central Africa", "América Latina y el Caribe"), not a person or an office."""
    words = [w.removeprefix("l'").removeprefix("l’") for w in _words(text) if w]
    if not words:
        return False
    nouns = [w for w in words if w in _REGION_NOUNS]
    if not nouns:
        return False
    other = [w for w in words if w not in _REGION_NOUNS and w not in _COMPASS]
    return len(other) <= 1 and len(nouns) >= len(other)


def is_pure_region(text: str) -> bool:
    """Whether every word of ``text`` names a part of the world ("Middle East", "North Africa",
    "Lake Chad"): stricter than ``is_region``, so a person called "Chad Smith" stays a name."""
    words = [w.removeprefix("l'").removeprefix("l’") for w in _words(text) if w]
    return any(w in _REGION_NOUNS for w in words) and all(
        w in _REGION_NOUNS or w in _COMPASS for w in words
    )


def strip_region_head(title: str) -> str:
    """A job without the region written before it: "Middle East and North Africa Media
    Adviser" -> "Media Adviser". The longest leading run of region words is dropped, and only
    when a job of at least two words is left, so "Africa Director" keeps its region."""
    words = title.split()
    for cut in range(len(words) - 2, 0, -1):
        if is_pure_region(" ".join(words[:cut])) and words[cut][:1].isupper():
            return " ".join(words[cut:])
    return title


def strip_region_tail(title: str) -> str:
    """A job without the region it covers: "Vocero Regional para las Américas" ->
    "Vocero Regional"; a unit after the preposition ("for Media Relations") stays."""
    match = _REGION_TAIL.search(title)
    if match and is_region(match.group("area")):
        return title[: match.start()].strip(" ,;:-–")
    return title


# Stems of country adjectives (folded), in EN/FR/ES/PT/RU; an adjective is a word that starts
# with the stem. Only countries where humanitarian and national offices commonly sit.
_ADJECTIVE_STEMS: dict[str, tuple[str, ...]] = {
    "CA": ("canadian", "canadien", "canadiens", "canadiense", "canadense", "канадск"),
    "CO": ("colombian", "colombien", "colombiana", "colombiano", "колумбийск"),
    "EC": ("ecuadorian", "equatorien", "ecuatorian", "equatorian", "эквадорск"),
    "PE": ("peruvian", "peruvien", "peruan", "перуанск"),
    "MX": ("mexican", "mexicain", "mexicana", "mexicano", "мексиканск"),
    "VE": ("venezuelan", "venezuelien", "venezolan", "венесуэльск"),
    "BO": ("bolivian", "bolivien", "boliviana", "boliviano", "боливийск"),
    "HT": ("haitian", "haitien", "haitiana", "haitiano", "гаитянск"),
    "GT": ("guatemalan", "guatemalteque", "guatemaltec", "гватемальск"),
    "HN": ("honduran", "hondurien", "hondurena", "hondureno", "гондурасск"),
    "BR": ("brazilian", "bresilien", "brasilena", "brasileno", "brasileira", "brasileiro",
           "бразильск"),
    "AR": ("argentine", "argentinian", "argentina", "argentino", "аргентинск"),
    "CL": ("chilean", "chilien", "chilena", "chileno", "чилийск"),
    "ML": ("malian", "malien", "maliense", "малийск"),
    "SN": ("senegalese", "senegalais", "senegales", "сенегальск"),
    "NE": ("nigerien", "нигерск"),
    "BF": ("burkinabe", "буркинийск"),
    "CM": ("cameroonian", "camerounais", "camerunes", "камерунск"),
    "CD": ("congolese", "congolais", "congoles", "конголезск"),
    "CI": ("ivorian", "ivoirien", "marfileno", "ивуарийск"),
    "MA": ("moroccan", "marocain", "marroqui", "марокканск"),
    "DZ": ("algerian", "algerien", "argelin", "алжирск"),
    "TN": ("tunisian", "tunisien", "tunecin", "тунисск"),
    "EG": ("egyptian", "egyptien", "egipci", "египетск"),
    "KE": ("kenyan", "keniano", "keniana", "кенийск"),
    "ET": ("ethiopian", "ethiopien", "etiope", "эфиопск"),
    "SO": ("somali", "somalien", "сомалийск"),
    "SD": ("sudanese", "soudanais", "sudanes", "суданск"),
    "NG": ("nigerian", "nigeriano", "нигерийск"),
    "UG": ("ugandan", "ougandais", "ugandes", "угандийск"),
    "AO": ("angolan", "angolais", "angoleno", "angolana", "angolano", "ангольск"),
    "MZ": ("mozambican", "mozambicain", "mozambiqueno", "mocambicana", "mocambicano",
           "мозамбикск"),
    "ZA": ("south african", "sud-africain", "sudafrican", "sul-african", "южноафриканск"),
    "JO": ("jordanian", "jordanien", "jordano", "jordana", "иорданск"),
    "LB": ("lebanese", "libanais", "libanes", "ливанск"),
    "SY": ("syrian", "syrien", "siri", "сирийск"),
    "IQ": ("iraqi", "irakien", "iraqui", "иракск"),
    "YE": ("yemeni", "yemenite", "йеменск"),
    "AF": ("afghan", "afgan", "афганск"),
    "PK": ("pakistani", "pakistanais", "paquistani", "пакистанск"),
    "BD": ("bangladeshi", "bangladais", "bangladesi", "бангладешск"),
    "NP": ("nepali", "nepalese", "nepalais", "nepales", "непальск"),
    "TJ": ("tajik", "tadjik", "tayik", "tajique", "таджикск"),
    "KG": ("kyrgyz", "kirghiz", "kirguis", "quirguiz", "кыргызск", "киргизск"),
    "KZ": ("kazakh", "kazakhstani", "kazakhstanais", "kazajo", "kazaja", "казахстанск",
           "казахск"),
    "UZ": ("uzbek", "ouzbek", "uzbeko", "uzbeka", "узбекск", "узбекистанск"),
    "TM": ("turkmen", "turkmene", "turkmeno", "туркменск"),
    "RU": ("russian", "russe", "ruso", "rusa", "russo", "российск", "русск"),
    "UA": ("ukrainian", "ukrainien", "ucranian", "украинск"),
    "FR": ("french", "francais", "frances", "francesa", "французск"),
    "ES": ("spanish", "espagnol", "espanol", "espanola", "испанск"),
    "PT": ("portuguese", "portugais", "portugues", "portuguesa", "португальск"),
    "DE": ("german", "allemand", "aleman", "alema", "немецк", "германск"),
    "IT": ("italian", "italien", "italiano", "italiana", "итальянск"),
    "GB": ("british", "britannique", "britanic", "британск"),
    "CH": ("swiss", "suisse", "suiza", "suizo", "suica", "suico", "швейцарск"),
    "BE": ("belgian", "belge", "belga", "бельгийск"),
    "NL": ("netherlands", "neerlandais", "neerlandes", "нидерландск"),
    "NO": ("norwegian", "norvegien", "noruego", "noruega", "норвежск"),
    "SE": ("swedish", "suedois", "sueco", "sueca", "шведск"),
    "DK": ("danish", "danois", "danes", "датск"),
    "US": ("estadounidense", "americain", "американск"),
}
_ADJECTIVES: tuple[tuple[str, str], ...] = tuple(
    sorted(((stem, code) for code, stems in _ADJECTIVE_STEMS.items() for stem in stems),
           key=lambda pair: -len(pair[0]))
)


# Bodies that belong to one country by what they are: a national Red Cross or Red Crescent
# society, a ministry, a government. Their adjective says where the office is; an NGO's own
# name ("Norwegian Refugee Council", "Danish Refugee Council") says where it was founded,
# and its staff sit anywhere (Ahmed Bayram of NRC works from Amman).
_NATIONAL_BODY = re.compile(
    r"red\s+cross|red\s+crescent|croix-rouge|croissant-rouge|cruz\s+roja|media\s+luna|"
    r"cruz\s+vermelha|crescente\s+vermelho|красн\w*\s+(?:крест|полумесяц)|الصليب|الهلال|"
    r"ministry|minister|ministere|ministerio|министерств|وزارة|government|gouvernement|"
    r"gobierno|governo|правительств|حكومة",
)


def adjective_country(office: str) -> str | None:
    """ISO code of a country adjective in an office ("Croix-Rouge canadienne" -> "CA"), else
    None. Only an office of two words or more is read, as the adjective qualifies an
    organisation noun ("Tajik Red Crescent Society", "Кыргызского Красного Полумесяца"), and
    only a national body's: an organisation's own name never gives its office's country."""
    words = _words(office)
    if len(words) < 2 or not _NATIONAL_BODY.search(fold_keep_length(office)):
        return None
    for stem, code in _ADJECTIVES:
        if any(word.startswith(stem) and len(word) - len(stem) <= 4 for word in words):
            return code
    return None
