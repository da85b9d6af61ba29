"""Edge cases a review found: each a way data could be lost or a value slip past the rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.errors import InputError
from desktop.services import audit, releases
from desktop.services.contacts import ContactChanges, ContactDraft, add_contact, update_contact
from desktop.services.database import Database
from desktop.services.offices import OfficeChanges, list_offices, update_office
from desktop.services.search import search_contacts

RELEASE = """IOM Welcomes New Funding

{city} – IOM welcomed new funding for its programmes in {city}.

For more information, please contact {name}, {office}, Tel: {phone}, Email: {email}
"""


def test_two_releases_with_the_same_title_are_both_kept(db: Database, tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(RELEASE.format(city="Geneva", name="Anna Alpha", office="IOM Switzerland",
                                    phone="+41 22 717 9111", email="aalpha@iom.int"))
    second.write_text(RELEASE.format(city="Nairobi", name="Ben Beta", office="IOM Kenya",
                                     phone="+254 20 422 1000", email="bbeta@iom.int"))
    report = releases.import_releases(db, [first, second])
    assert [r.status for r in report.releases] == ["created", "created"]
    assert releases.count_releases(db) == 2


def test_a_file_that_is_not_a_release_is_refused(db: Database, tmp_path: Path) -> None:
    pdf = tmp_path / "release.odt"  # .pdf is read since PDF releases came in
    pdf.write_text("For more information, please contact Anna Alpha, IOM Kenya")
    report = releases.import_releases(db, [pdf])
    assert report.errors and "not a release file" in report.errors[0].error
    assert releases.count_releases(db) == 0


def test_an_office_learning_its_country_is_audited_and_searchable(db: Database) -> None:
    anna = add_contact(db, ContactDraft(name="Anna Alpha", office="Blue Team"))
    add_contact(db, ContactDraft(name="Carl Gamma", office="Blue Team", country="TJ"))
    assert anna.office is not None
    assert audit.history(db, "office", anna.office.id)[-1].changes == {"country": [None, "TJ"]}
    found = {hit.contact.name for hit in search_contacts(db, "tajikistan")}
    assert found == {"Anna Alpha", "Carl Gamma"}


def test_renaming_an_office_to_another_office_name_is_refused(db: Database) -> None:
    add_contact(db, ContactDraft(name="A", office="IOM Kenya"))
    add_contact(db, ContactDraft(name="B", office="IOM Uganda"))
    uganda = next(o.office for o in list_offices(db) if o.office.name == "IOM Uganda")
    with pytest.raises(InputError) as error:
        update_office(db, uganda.id, OfficeChanges(name="iom kenya"))
    assert "already has this name" in str(error.value)


def test_country_can_be_cleared_and_cannot_contradict_the_office(db: Database) -> None:
    free = add_contact(db, ContactDraft(name="Free Lance", country="FR"))
    assert update_contact(db, free.id, ContactChanges(country="")).country is None
    tajik = add_contact(db, ContactDraft(name="T", office="OIM Tadjikistan"))
    with pytest.raises(InputError) as error:
        update_contact(db, tajik.id, ContactChanges(country="CO"))
    assert "TJ" in str(error.value)


@pytest.mark.parametrize(("draft", "field"), [
    (ContactDraft(name="x" * 201), "Name"),
    (ContactDraft(name="Ok", title="t" * 201), "Title"),
    (ContactDraft(name="Ok", office="o" * 201), "Office"),
    (ContactDraft(name="Evil\u202eName"), "Name"),
    (ContactDraft(name="Ok", phones=("+1 212 555 0100 ext. 123456789012345",)), "Phone"),
])
def test_values_that_do_not_fit_are_refused_on_both_engines(
        db: Database, draft: ContactDraft, field: str) -> None:
    with pytest.raises(InputError) as error:
        add_contact(db, draft)
    assert error.value.problems[0].field == field
