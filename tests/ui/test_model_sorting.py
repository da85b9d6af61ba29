"""Sorting the contacts and releases tables asks the database again; why a hit matched is
put into words in the UI language."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.records import ContactRecord
from desktop.services import contacts, releases
from desktop.services.database import Database
from desktop.ui.i18n import Translations
from desktop.ui.models import contacts_model
from desktop.ui.models.contacts_model import (
    COUNTRY,
    MATCHED,
    NAME,
    OFFICE,
    PHONE,
    TITLE,
    ContactsModel,
    make_row,
)
from desktop.ui.models.releases_model import TITLE as RELEASE_TITLE
from desktop.ui.models.releases_model import ReleasesModel
from desktop.ui.tasks import InlineTaskRunner

pytestmark = pytest.mark.gui
ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
OFFICES = ("IOM Chile", "IOM Ethiopia", "IOM Nepal", "IOM Tajikistan")


def _column(model: Any, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


@pytest.fixture
def directory(sqlite_db: Database) -> Database:
    """230 people over four offices: more than one page in every order."""
    for n in range(230):
        contacts.add_contact(sqlite_db, contacts.ContactDraft(
            name=f"Person {n:03d}", office=OFFICES[n % 4], title=f"officer {n % 7}"))
    return sqlite_db


def test_sorting_the_directory_by_office_pages_in_that_order(
        qtmodeltester: Any, directory: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    model = ContactsModel(InlineTaskRunner())
    model.set_database(directory)
    asked: list[tuple[str, bool, Any]] = []
    real = contacts_model.load_page

    def spy(db: Database, after: Any, language: str, order_by: str = "name",
            descending: bool = False) -> Any:
        asked.append((order_by, descending, after))
        return real(db, after, language, order_by, descending)

    monkeypatch.setattr(contacts_model, "load_page", spy)
    model.sort(OFFICE, DESC)
    assert asked == [("office", True, None)]
    assert model.rowCount() == 200 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 230 and not model.canFetchMore()
    assert asked[1][:2] == ("office", True) and asked[1][2][0] in OFFICES
    offices = _column(model, OFFICE)
    assert offices == sorted(offices, reverse=True)
    ids = [model.contact(row).id for row in range(model.rowCount())]  # type: ignore[union-attr]
    assert len(set(ids)) == 230
    qtmodeltester.check(model)


def test_sorting_the_directory_by_title(qtmodeltester: Any, directory: Database) -> None:
    # A fresh model: the tester fetches more inside its own reset handler, which the inline
    # task runner would answer at once (the real one answers later).
    model = ContactsModel(InlineTaskRunner())
    model.sort(TITLE, ASC)
    model.set_database(directory)
    titles = _column(model, TITLE)
    assert titles == sorted(titles) and model.rowCount() == 200
    qtmodeltester.check(model)


def test_the_directory_refuses_columns_it_cannot_page_by(directory: Database) -> None:
    model = ContactsModel(InlineTaskRunner())
    model.set_database(directory)
    assert not model.can_sort(PHONE) and not model.can_sort(MATCHED)
    assert all(model.can_sort(c) for c in (NAME, TITLE, OFFICE, COUNTRY))
    model.sort(PHONE, ASC)
    assert model.sort_order == (NAME, ASC)
    model.set_query("person 01")
    assert model.can_sort(PHONE)
    model.sort(PHONE, DESC)
    assert model.sort_order == (PHONE, DESC)
    model.set_query("")  # back to the directory: by name again, not by phone
    assert model.sort_order == (NAME, ASC)
    assert _column(model, NAME)[:2] == ["Person 000", "Person 001"]


@dataclass(frozen=True)
class Hit:
    """A SearchHit with the reason fields it is gaining."""

    contact: ContactRecord
    matched: str
    match_kind: str
    match_value: str | None
    score: float = 1.0


def test_why_a_hit_matched_is_translated(qapp: Any, qtmodeltester: Any, sqlite_db: Database,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    person = contacts.add_contact(sqlite_db, contacts.ContactDraft(
        name="Aigerim Bekova", office="IOM Kazakhstan", country="KZ"))
    hits = [Hit(person, "country: Kazakhstan", "country", "KZ"),
            Hit(person, "similar name", "similar", None),
            Hit(person, "as the search said", "", None),
            Hit(person, "release: Almaty", "release", "Almaty process")]
    monkeypatch.setattr("desktop.services.search.search_contacts",
                        lambda db, query, limit, **_: hits)
    model = ContactsModel(InlineTaskRunner())
    model.set_database(sqlite_db)
    model.set_query("almaty")
    assert _column(model, MATCHED) == ["country: Kazakhstan", "similar name",
                                       "as the search said", "release: Almaty process"]
    qtmodeltester.check(model)
    translations = Translations()
    try:
        translations.apply("fr")
        model.retranslate_ui()
        assert _column(model, MATCHED)[:2] == ["pays : Kazakhstan", "nom proche"]
        assert _column(model, MATCHED)[2] == "as the search said"  # the service's own words
        translations.apply("es")
        model.retranslate_ui()
        assert _column(model, MATCHED)[3] == "comunicado: Almaty process"
    finally:
        translations.apply("en")
    QApplication.processEvents()


def test_a_country_code_in_a_reason_is_named_in_the_ui_language(sqlite_db: Database) -> None:
    person = contacts.add_contact(sqlite_db, contacts.ContactDraft(name="Ana Silva"))
    assert make_row(person, "", "fr", ("country", "KZ")).reason == ("country", "Kazakhstan")
    assert make_row(person, "", "es", ("country", "DE")).reason == ("country", "Alemania")
    assert make_row(person, "", "en", ("city", "Almaty")).reason == ("city", "Almaty")


def test_sorting_releases_by_title_re_queries(qtmodeltester: Any, sqlite_db: Database) -> None:
    releases.load_demo(sqlite_db)
    model = ReleasesModel(sqlite_db, InlineTaskRunner(), page_size=2)
    model.refresh()
    model.sort(RELEASE_TITLE, ASC)
    while model.canFetchMore():
        model.fetchMore()
    titles = _column(model, RELEASE_TITLE)
    assert titles == [r.title for r in releases.list_releases(sqlite_db, order_by="title")]
    assert len(titles) == releases.count_releases(sqlite_db)
    model.sort(RELEASE_TITLE, DESC)
    assert _column(model, RELEASE_TITLE)[0] == titles[-1]
    assert model.sort_order == (RELEASE_TITLE, DESC)
    qtmodeltester.check(model)
