"""Why a hit matched as stable words (``match_kind``, ``match_value``), people found through a
release that names them for words split between them, and numbers shown as stored."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import select, text

from desktop.db import migrate
from desktop.db.engine import make_engine
from desktop.db.models import Phone
from desktop.services.contacts import ContactDraft, add_contact, get_contact, set_archived
from desktop.services.offices import OfficeChanges, update_office
from desktop.services.search import MATCH_KINDS, SearchHit, search_contacts
from tests.search.conftest import Directory
from tests.search.helpers import add_release

MINISTERIAL = "Ministerial meeting of the Almaty Process"


def first(directory: Directory, query: str) -> SearchHit:
    hits = search_contacts(directory.db, query)
    assert hits, query
    return hits[0]


def reason(hit: SearchHit) -> tuple[str, str | None]:
    return hit.match_kind, hit.match_value


def test_a_name_match_names_no_value(directory: Directory) -> None:
    hit = first(directory, "shafiev")
    assert (hit.contact.id, reason(hit), hit.matched) == (directory.shafiev, ("name", None),
                                                          "name")


def test_an_office_match_names_the_office(directory: Directory) -> None:
    hits = search_contacts(directory.db, "IOM Tajikistan")
    assert {reason(h) for h in hits} == {("office", "IOM Tajikistan")}


def test_a_country_match_gives_the_code_in_any_language(directory: Directory) -> None:
    for query in ("Tadjikistan", "Tayikistán", "Таджикистан"):
        hits = search_contacts(directory.db, query)
        shafiev = next(h for h in hits if h.contact.id == directory.shafiev)
        assert reason(shafiev) == ("country", "TJ"), query
        assert shafiev.matched == "country: Tajikistan"


def test_a_city_match_names_the_city(directory: Directory) -> None:
    office = first(directory, "diallo").contact.office
    assert office is not None
    update_office(directory.db, office.id, OfficeChanges(city="Dakar"))
    assert reason(first(directory, "dakar")) == ("city", "Dakar")


def test_a_title_match_names_the_title(directory: Directory) -> None:
    hit = first(directory, "communications officer")
    assert hit.contact.id == directory.shafiev
    assert reason(hit) == ("title", "National Communications Officer")


def test_a_phone_match_names_the_number_that_matched(directory: Directory) -> None:
    update = add_contact(directory.db, ContactDraft(
        name="Two Numbers", country="TJ", phones=("+992 93 111 22 33", "+992 48 702 55 66")))
    hit = first(directory, "702 55 66")
    assert hit.contact.id == update.id
    assert reason(hit) == ("phone", "+992 48 702 5566")


def test_an_email_match_names_the_address(directory: Directory) -> None:
    assert reason(first(directory, "lmendez")) == ("email", "lmendez@iom.int")


def test_a_similar_spelling_names_the_name_it_found(directory: Directory) -> None:
    hit = first(directory, "shafiyev")
    assert hit.contact.id == directory.shafiev
    assert reason(hit) == ("similar", "Shafiev")
    assert hit.matched == "similar name"


def test_a_release_match_names_the_release(directory: Directory) -> None:
    hit = first(directory, "almaty")
    title = "Central Asian states meet for the Almaty Process"
    assert reason(hit) == ("release", title) and hit.matched == f"release: {title}"


def test_every_kind_is_one_of_the_documented_words(directory: Directory) -> None:
    for query in ("shafiev", "iom", "tajikistan", "officer", "701 02 22", "iom.int", "almaty",
                  "shafiyev", "a"):
        for hit in search_contacts(directory.db, query):
            assert hit.match_kind in MATCH_KINDS, (query, hit)


@pytest.mark.parametrize("query", ["shafiev almaty", "almaty shafiev", "Shafiev ministerial",
                                   "abdulfattoh shafiev almaty", "tajikistan ministerial",
                                   "shaf alma"])
def test_words_split_between_a_person_and_a_release_naming_them_find_the_person(
        directory: Directory, query: str) -> None:
    release = add_release(directory.db, MINISTERIAL, "Ministers met to discuss labour mobility.",
                          [directory.shafiev])
    hits = search_contacts(directory.db, query)
    assert directory.shafiev in [h.contact.id for h in hits]
    hit = next(h for h in hits if h.contact.id == directory.shafiev)
    assert reason(hit) == ("release", MINISTERIAL)
    assert hit.matched == f"release: {MINISTERIAL}"
    assert release in [r.id for r in hit.contact.releases]


def test_a_split_query_finds_a_person_the_release_names_in_another_script(
        directory: Directory) -> None:
    # The Almaty release names "Иван Иванов" in Cyrillic only: "ivanov" is not in its text.
    hits = search_contacts(directory.db, "ivanov almaty")
    assert [(h.contact.id, h.match_kind) for h in hits] == [(directory.ivanov, "release")]


def test_a_split_query_ranks_below_people_matching_every_word_themselves(
        directory: Directory) -> None:
    add_release(directory.db, MINISTERIAL, "Ministers met.", [directory.shafiev])
    direct = add_contact(directory.db, ContactDraft(name="Almaty Shafiev", country="KZ"))
    hits = search_contacts(directory.db, "shafiev almaty")
    assert [h.contact.id for h in hits[:2]] == [direct.id, directory.shafiev]
    assert hits[0].match_kind == "name" and hits[1].match_kind == "release"
    assert hits[0].score > hits[1].score


def test_a_split_query_needs_the_release_to_name_that_person(directory: Directory) -> None:
    add_release(directory.db, MINISTERIAL, "Ministers met.", [directory.shafiev])
    assert search_contacts(directory.db, "rahimova ministerial") == []
    assert search_contacts(directory.db, "shafiev khatlon") == []


def test_a_split_query_leaves_archived_people_out_unless_asked(directory: Directory) -> None:
    add_release(directory.db, MINISTERIAL, "Ministers met.", [directory.shafiev])
    set_archived(directory.db, directory.shafiev)
    assert search_contacts(directory.db, "shafiev ministerial") == []
    hits = search_contacts(directory.db, "shafiev ministerial", include_archived=True)
    assert [h.contact.id for h in hits] == [directory.shafiev] and hits[0].contact.archived


def test_numbers_are_shown_as_stored_at_write_time(directory: Directory) -> None:
    created = add_contact(directory.db, ContactDraft(
        name="Extension Person", country="TJ", phones=("+992 48 701 33 44 ext. 12",)))
    with directory.db.reading() as session:
        stored = session.scalars(select(Phone.display).where(Phone.contact_id == created.id))
        assert list(stored) == ["+992 48 701 3344 ext. 12"]
    (hit,) = search_contacts(directory.db, "extension person")
    assert hit.contact.phones[0].display == "+992 48 701 3344 ext. 12"
    assert hit.contact == get_contact(directory.db, created.id)


def test_a_row_without_a_stored_display_is_still_shown_formatted(directory: Directory) -> None:
    with directory.db.transaction() as session:
        session.execute(text("UPDATE phones SET display = NULL"))
    (hit,) = search_contacts(directory.db, "shafiev")
    assert hit.contact.phones[0].display == "+992 48 701 0222"
    assert hit.contact == get_contact(directory.db, directory.shafiev)


def test_the_migration_fills_in_the_display_of_existing_numbers(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    config = migrate.alembic_config(engine)
    command.upgrade(config, "0003")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO contacts (id, full_name, name_key, languages, tags, archived, version, "
            "created_at, updated_at) VALUES (1, 'Old Timer', 'old timer', '[]', '[]', false, 1, "
            "'2025-01-01 00:00:00', '2025-01-01 00:00:00')"))
        connection.execute(text(
            "INSERT INTO phones (contact_id, position, e164, extension, kind, as_written, valid) "
            "VALUES (1, 0, '+992487010222', '7', 'office', '48 701 02 22 x7', true), "
            "(1, 1, NULL, NULL, 'mobile', '12', false)"))
    command.upgrade(config, "head")
    with engine.connect() as connection:
        shown = connection.execute(text("SELECT display FROM phones ORDER BY position")).all()
    engine.dispose()
    assert [row[0] for row in shown] == ["+992 48 701 0222 ext. 7", None]
