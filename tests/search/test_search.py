"""Quick lookup as a communication officer uses it, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from desktop.services.contacts import (
    ContactChanges,
    ContactDraft,
    add_contact,
    get_contact,
    set_archived,
    update_contact,
)
from desktop.services.offices import OfficeChanges, update_office
from desktop.services.search import search_contacts
from tests.search.conftest import Directory
from tests.search.helpers import add_release, names


def ids(directory: Directory, query: str, **options: bool) -> list[int]:
    return [hit.contact.id for hit in search_contacts(directory.db, query, **options)]


@pytest.mark.parametrize("query", ["Shafiev", "shaf", "abdulf", "SHAFIEV", "Abdulfattoh Shafiev",
                                   "shafiev abdul"])
def test_a_name_or_part_of_it_finds_the_person(directory: Directory, query: str) -> None:
    hits = search_contacts(directory.db, query)
    assert hits[0].contact.id == directory.shafiev
    assert hits[0].matched == "name"


@pytest.mark.parametrize("query", ["Tajikistan", "Tadjikistan", "Tayikistán", "tayikistan",
                                   "Таджикистан"])
def test_a_country_in_any_language_finds_its_officers(directory: Directory, query: str) -> None:
    assert set(ids(directory, query)) == {directory.shafiev, directory.rahimova}


def test_the_why_names_the_country_when_only_the_country_matched(directory: Directory) -> None:
    (first, _) = search_contacts(directory.db, "Tadjikistan")
    assert first.matched == "country: Tajikistan"


def test_accents_and_case_do_not_matter(directory: Directory) -> None:
    assert ids(directory, "senegal") == [directory.diallo]
    assert ids(directory, "SÉNÉGAL") == [directory.diallo]
    assert ids(directory, "Mendez") == [directory.mendez]
    assert ids(directory, "lucia") == [directory.mendez]


def test_an_office_finds_its_people(directory: Directory) -> None:
    hits = search_contacts(directory.db, "IOM Tajikistan")
    assert {h.contact.id for h in hits} == {directory.shafiev, directory.rahimova}
    assert all(h.matched == "office" for h in hits)


def test_a_transliteration_finds_a_cyrillic_name_and_back(directory: Directory) -> None:
    assert ids(directory, "ivanov") == [directory.ivanov]
    assert ids(directory, "Иванов") == [directory.ivanov]
    add_contact(directory.db, ContactDraft(name="Sergei Shafiev", country="RU"))
    assert "Sergei Shafiev" in names(search_contacts(directory.db, "Шафиев"))


@pytest.mark.parametrize("query", ["701 02 22", "+992487010222", "487010222", "+992 48 701 02 22",
                                   "0222", "(48) 701-02-22", "00992487010222"])
def test_digits_of_a_phone_number_find_it_whatever_the_formatting(directory: Directory,
                                                                   query: str) -> None:
    hits = search_contacts(directory.db, query)
    assert [h.contact.id for h in hits] == [directory.shafiev]
    assert hits[0].matched == "phone"


def test_an_email_finds_its_owner(directory: Directory) -> None:
    hits = search_contacts(directory.db, "abdulfattoh@inbox.ru")
    assert [h.contact.id for h in hits] == [directory.shafiev]
    assert ids(directory, "lmendez") == [directory.mendez]
    assert search_contacts(directory.db, "lmendez")[0].matched == "email"


def test_several_words_must_all_match(directory: Directory) -> None:
    assert ids(directory, "nigora tajikistan") == [directory.rahimova]
    assert ids(directory, "nigora colombia") == []


def test_a_release_topic_finds_the_people_it_names_below_direct_matches(
        directory: Directory) -> None:
    hits = search_contacts(directory.db, "almaty")
    assert [h.contact.id for h in hits] == [directory.ivanov]
    assert hits[0].matched == "release: Central Asian states meet for the Almaty Process"
    assert hits[0].contact.releases[0].id == directory.almaty_release
    almaty = add_contact(directory.db, ContactDraft(name="Dana Almatyeva", country="KZ"))
    hits = search_contacts(directory.db, "almaty")
    assert [h.contact.id for h in hits] == [almaty.id, directory.ivanov]
    assert hits[0].score > hits[1].score


def test_names_rank_above_offices_and_countries(directory: Directory) -> None:
    colleague = add_contact(directory.db, ContactDraft(name="Tajikistan Desk", office="IOM Geneva",
                                                       country="CH"))
    assert ids(directory, "tajikistan")[0] == colleague.id


def test_similar_spellings_find_the_person_when_exact_search_finds_nothing(
        directory: Directory) -> None:
    for query in ("shafiyev", "Abdulfatoh", "Abdulfatoh Shafiyev", "shafiyev tajikistan"):
        hits = search_contacts(directory.db, query)
        assert hits and hits[0].contact.id == directory.shafiev, query
        assert "similar name" in hits[0].matched


def test_exact_matches_rank_above_similar_names(directory: Directory) -> None:
    exact = add_contact(directory.db, ContactDraft(name="Rustam Shafiyev", country="TJ"))
    hits = search_contacts(directory.db, "shafiyev")
    assert hits[0].contact.id == exact.id and hits[0].matched == "name"
    assert directory.shafiev in [h.contact.id for h in hits[1:]]


def test_archived_contacts_are_hidden_unless_asked_then_last(directory: Directory) -> None:
    set_archived(directory.db, directory.shafiev)
    assert ids(directory, "tajikistan") == [directory.rahimova]
    assert ids(directory, "shafiev") == []
    assert ids(directory, "tajikistan", include_archived=True) == [directory.rahimova,
                                                                   directory.shafiev]
    hits = search_contacts(directory.db, "shafiev", include_archived=True)
    assert hits[0].contact.archived
    set_archived(directory.db, directory.shafiev, archived=False)
    assert ids(directory, "shafiev") == [directory.shafiev]


def test_the_index_follows_every_update(directory: Directory) -> None:
    update_contact(directory.db, directory.rahimova, ContactChanges(
        name="Nigora Karimova", add_emails=("nkarimova@iom.int",),
        remove_phones=("+992 93 500 12 34",), add_phones=("+992 48 701 99 88",)))
    assert ids(directory, "rahimova") == []
    assert ids(directory, "karimova") == [directory.rahimova]
    assert ids(directory, "nkarimova") == [directory.rahimova]
    assert ids(directory, "93 500 12 34") == []
    assert ids(directory, "701 99 88") == [directory.rahimova]


def test_renaming_an_office_reindexes_its_people(directory: Directory) -> None:
    office_id = search_contacts(directory.db, "shafiev")[0].contact.office
    assert office_id is not None
    update_office(directory.db, office_id.id, OfficeChanges(name="IOM Dushanbe Hub",
                                                            city="Dushanbe"))
    assert set(ids(directory, "dushanbe")) == {directory.shafiev, directory.rahimova}
    hits = search_contacts(directory.db, "hub")
    assert {h.matched for h in hits} == {"office"}


def test_a_city_finds_the_people_there(directory: Directory) -> None:
    office = search_contacts(directory.db, "diallo")[0].contact.office
    assert office is not None
    update_office(directory.db, office.id, OfficeChanges(city="Dakar"))
    hits = search_contacts(directory.db, "dakar")
    assert [(h.contact.id, h.matched) for h in hits] == [(directory.diallo, "city")]


def test_a_new_release_is_searchable_at_once_with_its_title(directory: Directory) -> None:
    add_release(directory.db, "Flood response in Khatlon", "Emergency shelter for families.",
                [directory.rahimova])
    hits = search_contacts(directory.db, "khatlon")
    assert [(h.contact.id, h.matched) for h in hits] == [
        (directory.rahimova, "release: Flood response in Khatlon")]
    assert ids(directory, "shelter") == [directory.rahimova]


@pytest.mark.parametrize("query", ['"', "AND", "*", "-", "(", "NEAR", "NOT", "OR shaf",
                                   "{name}: x", "a:b", "'", "\\", "shaf AND", "^", ":*", "a & !b",
                                   "NEAR(shaf abd)"])
def test_operators_and_punctuation_are_just_text(directory: Directory, query: str) -> None:
    search_contacts(directory.db, query)  # never a syntax error, on either engine


@pytest.mark.parametrize("query", ['shaf"', "shaf*", "(shaf", "-shaf", "shaf:*", "'shaf'",
                                   "{shaf}", "^shaf"])
def test_punctuation_around_a_word_still_finds_it(directory: Directory, query: str) -> None:
    assert ids(directory, query) == [directory.shafiev]


@pytest.mark.parametrize("query", ["", "   ", "\t"])
def test_a_blank_query_finds_nothing(directory: Directory, query: str) -> None:
    assert search_contacts(directory.db, query) == []


def test_the_limit_is_respected(directory: Directory) -> None:
    assert len(search_contacts(directory.db, "iom", limit=2)) == 2
    assert len(search_contacts(directory.db, "a", limit=1)) == 1


def test_hits_carry_the_whole_contact_with_releases(directory: Directory) -> None:
    (hit,) = search_contacts(directory.db, "ivanov")
    assert hit.contact.name == "Иван Петрович Иванов"
    assert [r.title for r in hit.contact.releases] == [
        "Central Asian states meet for the Almaty Process"]
    (shafiev,) = search_contacts(directory.db, "shafiev")
    assert shafiev.contact.phones[0].display == "+992 48 701 0222"


def test_hits_are_the_same_records_as_a_contact_card(directory: Directory) -> None:
    for query in ("shafiev", "ivanov", "mendez", "diallo"):
        (hit,) = search_contacts(directory.db, query)
        assert hit.contact == get_contact(directory.db, hit.contact.id)
