"""Generate a realistic directory fast: offices in every country, people from many scripts,
valid phone numbers per country, multilingual releases with contact blocks.

Rows go in with SQLAlchemy Core ``executemany`` (no ORM), then the search index is built in
one pass with ``index.rebuild_all``. Deterministic for a given seed and size.

    python benchmarks/generate.py --contacts 2000 --releases 1000 --db sqlite:///dir.sqlite3
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.db.models import Contact, Email, Office, Phone, Release, ReleaseContact
from desktop.domain.countries import country_codes, country_name
from desktop.domain.text import fold
from desktop.search import index
from desktop.services.database import Database, open_database

ORGS = ("IOM", "UNICEF", "UNHCR", "WFP", "UNDP", "WHO", "UNFPA", "FAO", "ILO", "UNESCO",
        "OCHA", "UN Women", "UNEP", "IFAD", "UNODC", "UNAIDS", "ITU", "OIM", "OMS", "PNUD")

LATIN_GIVEN = ("Lucía", "José", "María", "François", "Hélène", "João", "Zoë", "Søren", "Łukasz",
               "Ana", "Carlos", "Amélie", "Nguyễn", "Thảo", "Ayşe", "Çağrı", "Aminata",
               "Abdulfattoh", "Nigora", "Rustam", "Fatima", "Mohamed", "Ibrahim", "Aïcha",
               "Grégoire", "Inês", "Mbali", "Kwame", "Chidi", "Priya", "Anjali", "Olusegun",
               "Émilie", "Dorothée", "Jürgen", "Małgorzata", "Dragan", "Ilse", "Maëlle")
LATIN_FAMILY_START = ("Shaf", "Mén", "Dial", "Rah", "Kar", "Nur", "Gon", "Fer", "Rodr", "Olu",
                      "Mba", "Kou", "Tra", "Ngu", "Yıl", "Çel", "Øst", "Wój", "Müll", "Lef",
                      "Abd", "Ben", "Has", "Sal", "Mar", "Per", "Lóp", "Sánch", "Ouéd", "Diop")
LATIN_FAMILY_MID = ("i", "a", "o", "e", "u", "ar", "el", "in", "ov", "iz", "aw", "ak", "ér")
LATIN_FAMILY_END = ("ev", "ova", "dez", "lo", "imova", "ez", "ski", "son", "ou", "é", "er",
                    "ani", "ian", "ović", "ng", "ye", "a", "i", "en", "ow", "ier", "ès")
CYRILLIC_GIVEN = ("Иван", "Ольга", "Сергей", "Наталья", "Дмитрий", "Анна", "Алишер", "Зарина",
                  "Фаррух", "Гульнора", "Тимур", "Мадина")
CYRILLIC_FAMILY = ("Иванов", "Петрова", "Шафиев", "Рахимова", "Каримов", "Смирнова", "Назаров",
                   "Юсупова", "Кузнецов", "Абдуллаев", "Ёркинова", "Хасанов", "Жуков", "Щукина")
ARABIC_GIVEN = ("محمد", "فاطمة", "أحمد", "ليلى", "يوسف", "مريم", "عمر", "نور")
ARABIC_FAMILY = ("الحسن", "عبد الله", "المصري", "الخطيب", "حداد", "السيد", "منصور", "الزين")
CHINESE = ("王伟", "李娜", "张敏", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周杰", "吴霞")
GREEK = ("Γιώργος Παπαδόπουλος", "Μαρία Νικολάου", "Ελένη Γεωργίου", "Νίκος Κωνσταντίνου")
HINDI = ("अनीता शर्मा", "राजेश कुमार", "प्रिया सिंह", "विकास गुप्ता")

TOPICS = {
    "en": ("migration", "flood response", "refugee protection", "vaccination campaign",
           "food security", "labour mobility", "climate displacement", "border management",
           "the Almaty Process", "return and reintegration", "drought emergency"),
    "fr": ("la migration", "la réponse aux inondations", "la protection des réfugiés",
           "la campagne de vaccination", "la sécurité alimentaire",
           "la mobilité de la main-d’œuvre",
           "le déplacement climatique", "le Processus d'Almaty", "le retour et la réintégration"),
    "es": ("la migración", "la respuesta a las inundaciones", "la protección de refugiados",
           "la campaña de vacunación", "la seguridad alimentaria", "la movilidad laboral",
           "el desplazamiento climático", "el Proceso de Almaty", "el retorno y la reintegración"),
}
SENTENCES = {
    "en": ("Ministers and partners met in {city} to discuss {topic} in {country}.",
           "The programme supports {n} families affected by {topic}.",
           "Local authorities welcomed the new commitments on {topic}.",
           "Field teams in {city} reported rising needs among displaced people.",
           "Funding from donors will allow the response to continue until {year}.",
           "A joint assessment found that access to services remains limited.",
           "Community leaders called for durable solutions and safe pathways."),
    "fr": ("Les ministres et partenaires se sont réunis à {city} pour discuter de {topic} "
           "au {country}.", "Le programme soutient {n} familles touchées par {topic}.",
           "Les autorités locales ont salué les nouveaux engagements sur {topic}.",
           "Les équipes de terrain à {city} signalent des besoins croissants.",
           "Le financement des donateurs permettra de poursuivre la réponse jusqu'en {year}.",
           "Une évaluation conjointe montre que l'accès aux services reste limité."),
    "es": ("Ministros y socios se reunieron en {city} para debatir {topic} en {country}.",
           "El programa apoya a {n} familias afectadas por {topic}.",
           "Las autoridades locales acogieron los nuevos compromisos sobre {topic}.",
           "Los equipos de campo en {city} informan de necesidades crecientes.",
           "La financiación de los donantes permitirá continuar la respuesta hasta {year}.",
           "Una evaluación conjunta constató que el acceso a los servicios sigue limitado."),
}
CONTACT_LEAD = {"en": "For more information, please contact", "fr":
                "Pour plus d'informations, veuillez contacter", "es":
                "Para más información, póngase en contacto con"}
SYLLABLES = ("ka", "to", "mi", "ra", "su", "ne", "bo", "li", "da", "go", "ve", "sha", "ri", "an",
             "ul", "ez", "or", "ta", "ni", "khu")
NOW = datetime(2026, 1, 1, tzinfo=UTC)
CHUNK = 10_000


def _city(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def _person(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.62:
        family = (rng.choice(LATIN_FAMILY_START) + rng.choice(LATIN_FAMILY_MID)
                  + rng.choice(LATIN_FAMILY_END))
        return f"{rng.choice(LATIN_GIVEN)} {family}"
    if roll < 0.80:
        return f"{rng.choice(CYRILLIC_GIVEN)} {rng.choice(CYRILLIC_FAMILY)}"
    if roll < 0.90:
        return f"{rng.choice(ARABIC_GIVEN)} {rng.choice(ARABIC_FAMILY)}"
    if roll < 0.95:
        return rng.choice(CHINESE)
    if roll < 0.98:
        return rng.choice(GREEK)
    return rng.choice(HINDI)


def _phone(rng: random.Random, region: str, kind: PhoneNumberType) -> tuple[str, str] | None:
    """A valid number for ``region``: the CLDR example with its last digits varied."""
    example = phonenumbers.example_number_for_type(region, kind)
    if example is None:
        return None
    national = str(example.national_number)
    for _ in range(4):
        tail = "".join(rng.choice("0123456789") for _ in range(min(4, len(national) - 2)))
        candidate = phonenumbers.PhoneNumber(country_code=example.country_code,
                                             national_number=int(national[:-len(tail)] + tail))
        if phonenumbers.is_valid_number(candidate):
            example = candidate
            break
    return (phonenumbers.format_number(example, PhoneNumberFormat.E164),
            phonenumbers.format_number(example, PhoneNumberFormat.INTERNATIONAL))


def _batches(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), CHUNK):
        yield rows[start:start + CHUNK]


def generate(db: Database, contacts: int, releases: int, seed: int = 4) -> dict[str, float]:
    """Fill an empty migrated database; return seconds spent per phase."""
    rng = random.Random(seed)
    timings: dict[str, float] = {}
    started = time.perf_counter()
    codes = sorted(country_codes())
    offices_wanted = max(1, contacts // 20)
    office_rows: list[dict[str, Any]] = []
    for number in range(offices_wanted):
        code = codes[number % len(codes)]
        org = ORGS[(number // len(codes)) % len(ORGS)]
        language = "fr" if org in ("OIM", "OMS", "PNUD") else "en"
        city = _city(rng)
        name = f"{org} {country_name(code, language)}"
        if number >= len(codes) * len(ORGS):
            name += f" {city}"
        name += "" if number < len(codes) * len(ORGS) else f" {number}"
        office_rows.append({"id": number + 1, "name": name, "name_key": fold(name),
                            "organisation": org.split()[0], "country": code, "city": city,
                            "time_zone": None, "phone": None, "email": None, "version": 1,
                            "created_at": NOW, "updated_at": NOW})
    contact_rows: list[dict[str, Any]] = []
    phone_rows: list[dict[str, Any]] = []
    email_rows: list[dict[str, Any]] = []
    for number in range(1, contacts + 1):
        office = office_rows[rng.randrange(len(office_rows))]
        name = _person(rng)
        parts = name.split()
        contact_rows.append({
            "id": number, "full_name": name, "name_key": fold(name),
            "given_name": parts[0] if len(parts) > 1 else None,
            "family_name": parts[-1] if len(parts) > 1 else None,
            "title": rng.choice(("Communications Officer", "Spokesperson", "Media Associate",
                                 "Chargée de communication", "Oficial de Comunicación")),
            "office_id": office["id"], "country": office["country"], "languages": [],
            "tags": [], "notes": None, "archived": rng.random() < 0.03, "version": 1,
            "created_at": NOW, "updated_at": NOW})
        for position, kind in enumerate((PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE)):
            found = _phone(rng, office["country"], kind)
            if found is not None:
                phone_rows.append({"contact_id": number, "position": position, "e164": found[0],
                                   "extension": None, "kind": "office" if position == 0
                                   else "mobile", "as_written": found[1], "valid": True,
                                   "problem": None, "display": found[1]})
        local = fold(parts[-1]) if parts[-1].isascii() else f"contact{number}"
        address = f"{local}.{number}@{office['organisation'].lower()}.int"
        email_rows.append({"contact_id": number, "position": 0, "address": address,
                           "kind": "work", "as_written": address, "valid": True,
                           "problem": None})
    timings["build_contacts_s"] = time.perf_counter() - started
    release_rows: list[dict[str, Any]] = []
    link_rows: list[dict[str, Any]] = []
    for number in range(1, releases + 1):
        language = rng.choice(("en", "en", "fr", "es"))
        office = office_rows[rng.randrange(len(office_rows))]
        country = country_name(office["country"], language)
        topic = rng.choice(TOPICS[language])
        title = f"{office['name']}: {topic} in {country}"[:300]
        people = [rng.randint(1, contacts) for _ in range(rng.randint(1, 3))]
        target = rng.randint(2000, 5000)
        body: list[str] = []
        while sum(len(s) + 1 for s in body) < target:
            body.append(rng.choice(SENTENCES[language]).format(
                city=office["city"], topic=topic, country=country, n=rng.randint(50, 9000),
                year=rng.randint(2025, 2030)))
        block = [CONTACT_LEAD[language]]
        for person in dict.fromkeys(people):
            contact = contact_rows[person - 1]
            block.append(f"{contact['full_name']}, {office['name']}")
            link_rows.append({"release_id": number, "contact_id": person,
                              "role": "media_contact", "person_name": contact["full_name"],
                              "person_title": None, "snippet": contact["full_name"]})
        text = " ".join(body) + "\n\n" + "; ".join(block)
        release_rows.append({
            "id": number, "title": title, "published_on": date(2020, 1, 1)
            + timedelta(days=number % 2000), "dateline": office["city"], "language": language,
            "body": text, "source": f"generated/{number}.txt", "source_key": f"generated/{number}",
            "content_hash": f"{seed:04d}{number:060d}", "version": 1, "imported_at": NOW,
            "updated_at": NOW})
    timings["build_releases_s"] = time.perf_counter() - started - timings["build_contacts_s"]
    started = time.perf_counter()
    with db.engine.begin() as connection:
        for table, rows in ((Office.__table__, office_rows), (Contact.__table__, contact_rows),
                            (Phone.__table__, phone_rows), (Email.__table__, email_rows),
                            (Release.__table__, release_rows),
                            (ReleaseContact.__table__, link_rows)):
            for batch in _batches(rows):
                connection.execute(table.insert(), batch)
        if connection.dialect.name == "postgresql":
            for table in ("offices", "contacts", "phones", "emails", "releases",
                          "release_contacts"):
                connection.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)")
    timings["insert_s"] = time.perf_counter() - started
    started = time.perf_counter()
    with db.transaction() as session:
        index.rebuild_all(session)
    timings["index_s"] = time.perf_counter() - started
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--contacts", type=int, default=2000)
    parser.add_argument("--releases", type=int, default=1000)
    parser.add_argument("--db", required=True, help="URL of an empty (or new) database")
    parser.add_argument("--seed", type=int, default=4)
    args = parser.parse_args()
    db = open_database(args.db)
    try:
        timings = generate(db, args.contacts, args.releases, args.seed)
    finally:
        db.dispose()
    print(", ".join(f"{k} {v:.1f}" for k, v in timings.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
