"""The country a city points to, so an office named only by its city ("…ООН в Москве",
"WFP/Niamey", "In Geneva:") still gives its contacts a country and reads their national numbers.

Source: CLDR through Babel, already a dependency. Every tz zone belongs to one country
(``zone_territories``) and is named after a major city, which CLDR translates ("Europe/Moscow"
-> "Москва", "Moscou", "موسكو"). That covers most capitals and regional hubs with no new
package and no data file to keep up to date. Cities that have no zone of their own but host
many humanitarian offices (Geneva shares Zurich's zone, Washington New York's) are listed in
``_HUBS`` below, in the languages releases use.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from babel import Locale
from babel.core import get_global

from desktop.domain.countries import NAME_LANGUAGES
from desktop.formats.releases.lexicon import fold_keep_length, word_list

# Capitals and UN hubs that are not tz exemplar cities, with their usual spellings.
_HUBS: dict[str, tuple[str, ...]] = {
    "CH": ("Geneva", "Genève", "Geneve", "Ginebra", "Genebra", "Женева", "جنيف", "Bern", "Berne",
           "Genf", "Zürich", "Basel", "Lausanne"),
    "US": ("Washington", "Washington DC", "Washington D.C.", "Вашингтон", "واشنطن"),
    "BR": ("Brasília", "Brasilia", "Бразилиа", "برازيليا"),
    "IN": ("New Delhi", "Delhi", "Nueva Delhi", "Нью-Дели", "نيودلهي"),
    "PK": ("Islamabad", "Исламабад", "إسلام آباد"),
    "NG": ("Abuja", "Абуджа", "أبوجا"),
    "CA": ("Ottawa", "Оттава", "أوتاوا", "Montréal", "Montreal", "Монреаль", "مونتريال",
           "Québec", "Quebec", "Gatineau", "St. John's"),
    # German-speaking cities whose police, city halls and universities issue releases; only
    # Berlin and Vienna are tz cities.
    "DE": ("Hamburg", "München", "Munich", "Köln", "Cologne", "Frankfurt", "Frankfurt am Main",
           "Stuttgart", "Düsseldorf", "Essen", "Dortmund", "Hannover", "Bremen", "Leipzig",
           "Dresden", "Nürnberg", "Bonn", "Rostock", "Wismar", "Kiel", "Mainz", "Wiesbaden",
           "Potsdam", "Magdeburg", "Erfurt", "Schwerin", "Saarbrücken", "Mülheim an der Ruhr",
           "Leer", "Emden", "Bielefeld", "Münster", "Duisburg", "Bochum"),
    "AT": ("Wien", "Graz", "Linz", "Salzburg", "Innsbruck", "Klagenfurt", "St. Pölten",
           "Bregenz", "Eisenstadt"),
    # German names of tz cities (CLDR's names are read in the release languages, not German).
    "BE": ("Brüssel",),
    "RU": ("Moskau",),
    "IT": ("Rom", "Milano", "Milan", "Napoli", "Naples", "Torino", "Turin", "Firenze", "Florence"),
    "PL": ("Warschau", "Warszawa", "Kraków", "Krakow", "Łódź", "Lodz", "Wrocław", "Wroclaw",
           "Poznań", "Poznan", "Gdańsk", "Gdansk", "Gdynia", "Szczecin", "Lublin", "Katowice",
           "Białystok", "Bydgoszcz", "Rzeszów", "Toruń", "Olsztyn", "Opole", "Kielce"),
    "AU": ("Canberra", "Канберра"),
    "TR": ("Ankara", "Анкара", "أنقرة", "Gaziantep", "İzmir", "Izmir", "Bursa", "Antalya",
           "Adana", "Konya", "Kayseri", "Mersin", "Eskişehir", "Diyarbakır", "Samsun", "Trabzon",
           "Kocaeli", "Hatay", "Şanlıurfa"),
    "CN": ("Beijing", "Pékin", "Pekín", "Пекин", "بكين"),
    "EC": ("Quito", "Кито", "كيتو"),
    "CM": ("Yaoundé", "Yaounde", "Яунде", "ياوندي"),
    "CR": ("San José", "San Jose", "Сан-Хосе", "سان خوسيه"),
    "SD": ("Port Sudan", "Port-Soudan", "Puerto Sudán", "Порт-Судан", "بورتسودان"),
    "BD": ("Cox's Bazar", "Cox’s Bazar"),
    "PA": ("Panama City", "Ciudad de Panamá", "Panamá"),
    "GT": ("Ciudad de Guatemala", "Guatemala City"),
    # Large cities that are not tz exemplars, where ministries, NGOs and venues sit.
    "ZA": ("Cape Town", "Le Cap", "Ciudad del Cabo", "Kapstadt", "Pretoria", "Tshwane", "Durban"),
    "FR": ("Lyon", "Marseille", "Toulouse", "Bordeaux", "Lille", "Strasbourg", "Nantes"),
    "ES": ("Barcelona", "Sevilla", "Bilbao", "Girona", "Lleida", "Tarragona", "Sabadell",
           "Terrassa", "Badalona", "L'Hospitalet de Llobregat", "Reus", "Manresa", "Mataró"),
    # The capitals and big cities of the newer release languages in their own spelling (CLDR
    # names the tz cities in the NAME_LANGUAGES only: "Warsaw", "Varsovie", not "Warszawa").
    "FI": ("Helsingfors", "Espoo", "Tampere", "Vantaa", "Oulu", "Turku", "Åbo", "Jyväskylä",
           "Lahti", "Kuopio", "Joensuu", "Lappeenranta", "Vaasa", "Rovaniemi", "Seinäjoki"),
    "CZ": ("Praha", "Brno", "Ostrava", "Plzeň", "Liberec", "Olomouc", "České Budějovice",
           "Hradec Králové", "Ústí nad Labem", "Pardubice", "Zlín", "Jihlava", "Karlovy Vary"),
    "AD": ("Andorra la Vella",),
    "SK": ("Košice", "Prešov", "Žilina", "Nitra", "Banská Bystrica", "Trnava", "Trenčín",
           "Poprad"),
    "HR": ("Rijeka", "Osijek", "Zadar", "Pula", "Dubrovnik", "Varaždin", "Šibenik", "Karlovac",
           "Slavonski Brod"),
    "BG": ("Пловдив", "Plovdiv", "Варна", "Varna", "Бургас", "Burgas", "Русе", "Стара Загора"),
    "SI": ("Maribor", "Celje", "Kranj", "Koper", "Novo mesto", "Velenje"),
    # Ukrainian, with the locative releases write after "у"/"в" ("у Києві", "в Одесі").
    "UA": ("Київ", "Києві", "Kyiv", "Харків", "Харкові", "Kharkiv", "Львів", "Львові", "Lviv",
           "Одеса", "Одесі", "Odesa", "Дніпро", "Дніпрі", "Dnipro", "Запоріжжя", "Вінниця",
           "Вінниці", "Полтава", "Полтаві", "Чернігів", "Чернігові", "Житомир", "Житомирі",
           "Суми", "Сумах", "Херсон", "Херсоні", "Миколаїв", "Миколаєві", "Івано-Франківськ",
           "Тернопіль", "Ужгород", "Луцьк", "Рівне", "Черкаси", "Чернівці", "Хмельницький"),
    "RO": ("București", "Bucuresti", "Cluj-Napoca", "Iași", "Iasi", "Timișoara", "Timisoara",
           "Constanța", "Constanta", "Craiova", "Brașov", "Brasov", "Galați", "Ploiești",
           "Oradea", "Sibiu", "Arad", "Pitești", "Bacău", "Suceava"),
    "MD": ("Chișinău", "Chişinău"),
    "HU": ("Debrecen", "Szeged", "Miskolc", "Pécs", "Győr", "Nyíregyháza", "Kecskemét",
           "Székesfehérvár", "Szombathely", "Szolnok", "Eger", "Veszprém", "Sopron"),
    "GR": ("Αθήνα", "Αθηνα", "Θεσσαλονίκη", "Thessaloniki", "Πάτρα", "Patras", "Ηράκλειο",
           "Heraklion", "Πειραιάς", "Piraeus", "Λάρισα", "Βόλος", "Ιωάννινα", "Χανιά", "Ρόδος",
           "Καλαμάτα"),
    "CY": ("Λευκωσία", "Λεμεσός", "Limassol", "Λάρνακα", "Larnaca"),
}

# Zones whose city names are also ordinary words or too small to name an office.
_SKIP_TERRITORIES = frozenset({"AQ", "UM"})


_TASHKEEL = re.compile(r"[\u064b-\u065f\u0670]")  # Arabic vowel marks: "عمّان" = "عمان"


def _key(name: str) -> str:
    return re.sub(r"[\s\-‐_]+", " ", fold_keep_length(_TASHKEEL.sub("", name))).strip(" .")


@cache
def _cities() -> dict[str, str]:
    """Folded city name -> ISO code, from CLDR exemplar cities and the hubs above."""
    table: dict[str, str] = {}
    zones: Mapping[str, str] = get_global("zone_territories")
    locales = [Locale.parse(language) for language in NAME_LANGUAGES]
    for zone, territory in zones.items():
        parts = zone.split("/")
        if len(parts) != 2 or territory in _SKIP_TERRITORIES or parts[0] == "Etc":
            continue
        names = {parts[1].replace("_", " ")}
        for locale in locales:
            city = locale.time_zones.get(zone, {}).get("city")
            if city:
                names.add(str(city))
        for name in names:
            table.setdefault(_key(name), territory)
    for code, hubs in _HUBS.items():
        for hub in hubs:
            table[_key(hub)] = code
    return table


# Russian prepositional and genitive endings back to the nominative: "Украине" -> "Украина",
# "России" -> "Россия", "Казахстане" -> "Казахстан".
_RUSSIAN_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ии", ("ия",)),
    ("е", ("а", "", "я")),
    ("и", ("а", "я")),
    ("ы", ("а",)),
    ("у", ("а",)),
)


def nominatives(word: str) -> list[str]:
    """Possible dictionary forms of a Cyrillic word (the word itself first)."""
    forms = [word]
    if not re.search(r"[а-яё]", word):
        return forms
    for ending, replacements in _RUSSIAN_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            forms.extend(word[: -len(ending)] + new for new in replacements)
            break
    return forms


_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")


def city_country(text: str) -> str | None:
    """ISO code of the first known city named in ``text`` ("WFP/Niamey" -> "NE"), else None.

    Longer names win ("San José" before "José"), and Russian case endings are undone
    ("в Москве" -> "Москва") the way ``regions`` does for countries.
    """
    cities = _cities()
    words = [w.strip(".'’-") for w in _WORD.findall(_TASHKEEL.sub("", text).replace("/", " "))]
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            phrase = _key(" ".join(words[start : start + size]))
            if not phrase or phrase[0].isdigit():
                continue
            first = words[start][:1]
            if size == 1 and first.islower():  # "rome" in running text is not the city
                continue
            forms = [phrase] if size > 1 else nominatives(phrase)
            for form in forms:
                if form in cities:
                    return cities[form]
    return None


def is_city(text: str) -> bool:
    """Whether ``text`` is just a known city ("Brazzaville", "Алматы", "Genève")."""
    cleaned = text.strip(" ,;:.()")
    return bool(cleaned) and len(cleaned.split()) <= 3 and _key(cleaned) in _cities()


# Provinces and states a dateline or an office names ("MACAMIC, QC", "Frederick, MD",
# "Québec (Québec)"), from the data files: the country whose national numbers they use.
_REGION_COUNTRIES = {
    fold_keep_length(region).strip(): country
    for country, key in (("CA", "regions_ca"), ("US", "regions_us"))
    for region in word_list(key)
}


def region_country(place: str) -> str | None:
    """The country of a province or state written after a city ("Winnipeg, MB" → CA,
    "Frederick, MD" → US, "Québec (Québec)" → CA), else None."""
    for piece in reversed(re.split(r"[,()]", place)):
        found = _REGION_COUNTRIES.get(fold_keep_length(piece).strip(" ."))
        if found:
            return found
    return None
