"""Logging a second inquiry from the same journalist reuses them: never a duplicate."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from desktop.db.models import Inquiry, Journalist
from desktop.domain.errors import InputError
from desktop.search import index
from desktop.services.contacts import ContactDraft, add_contact
from desktop.services.database import Database
from desktop.services.inquiries import InquiryDraft, log_inquiry
from desktop.services.journalists import get_journalist, list_journalists, search_journalists
from desktop.services.search import search_contacts
from tests.inquiries.conftest import T0


def _count(db: Database, model: type[Journalist] | type[Inquiry]) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count(model.id))) or 0)


def _log(db: Database, **fields: object) -> int:
    values: dict[str, object] = {"journalist": "Ana Pérez", "outlet": "EFE", "topic": "Floods",
                                 "received_at": T0}
    values.update(fields)
    return log_inquiry(db, InquiryDraft(**values)).journalist.id  # type: ignore[arg-type]


def test_same_email_in_other_case_is_the_same_journalist(db: Database) -> None:
    first = _log(db, email="ana.perez@efe.es")
    again = _log(db, journalist="A. Perez", email="Ana.Perez@EFE.es")
    assert again == first and _count(db, Journalist) == 1
    assert get_journalist(db, first).inquiry_count == 2


def test_same_number_written_differently_is_the_same_journalist(db: Database) -> None:
    first = _log(db, phone="+34 600 12 34 56")
    again = _log(db, journalist="Ana", phone="0034 600 123 456")
    assert again == first and _count(db, Journalist) == 1


def test_chosen_journalist_gains_the_new_address(db: Database) -> None:
    first = _log(db, phone="+34 600 12 34 56")
    assert _log(db, journalist_id=first, email="ana@efe.es") == first
    record = get_journalist(db, first)
    assert [e.address for e in record.emails] == ["ana@efe.es"]
    assert [p.e164 for p in record.phones] == ["+34600123456"]


def test_nothing_in_common_makes_a_new_journalist(db: Database) -> None:
    _log(db, email="ana@efe.es")
    _log(db, journalist="Ana Pérez", email="ana.perez@lemonde.fr", outlet="Le Monde")
    assert _count(db, Journalist) == 2
    assert [j.outlet_name for j in list_journalists(db)] == ["EFE", "Le Monde"]


@pytest.mark.parametrize(("field", "value"), [("email", "ana@"), ("phone", "12")])
def test_bad_email_or_phone_is_refused_and_nothing_written(db: Database, field: str,
                                                           value: str) -> None:
    with pytest.raises(InputError) as refused:
        _log(db, **{field: value})
    problem = refused.value.problems[0]
    assert problem.field == field.capitalize() and problem.value == value and problem.reason
    assert _count(db, Journalist) == 0 and _count(db, Inquiry) == 0


def test_unknown_journalist_id_is_refused(db: Database) -> None:
    with pytest.raises(InputError, match="Journalist id '41'"):
        _log(db, journalist_id=41)


def test_a_missing_assignee_leaves_no_new_journalist_behind(db: Database) -> None:
    with pytest.raises(InputError, match="Assignee '999': no contact has this id"):
        _log(db, email="ana@efe.es", assignee_id=999)
    with pytest.raises(InputError, match="Release '7': no release has this id"):
        _log(db, email="ana@efe.es", release_ids=(7,))
    assert _count(db, Journalist) == 0 and _count(db, Inquiry) == 0


def test_deadline_before_received_is_refused(db: Database) -> None:
    with pytest.raises(InputError, match=r"Deadline .*before the inquiry was received"):
        _log(db, deadline=T0 - timedelta(hours=1))
    assert _count(db, Journalist) == 0


def test_journalists_are_found_by_name_outlet_number_and_address(db: Database) -> None:
    ana = _log(db, email="ana.perez@efe.es", phone="+34 600 12 34 56")
    other = _log(db, journalist="Jean Dupont", outlet="Le Monde", email="jdupont@lemonde.fr")
    assert [j.id for j in search_journalists(db, "perez")] == [ana]
    assert [j.id for j in search_journalists(db, "Pé")] == [ana]
    assert [j.id for j in search_journalists(db, "monde")] == [other]
    assert [j.id for j in search_journalists(db, "600 12 34")] == [ana]
    assert [j.id for j in search_journalists(db, "jdupont")] == [other]
    assert search_journalists(db, "nobody") == []


def test_journalists_and_contacts_are_separate_kinds_in_search(db: Database) -> None:
    _log(db, journalist="Sabina Thapa", outlet="Kathmandu Post")
    add_contact(db, ContactDraft(name="Sabina Thapa", office="IOM Nepal", country="NP"))
    contacts = search_contacts(db, "thapa")
    journalists = search_journalists(db, "thapa")
    assert [h.contact.office.name for h in contacts if h.contact.office] == ["IOM Nepal"]
    assert [j.outlet_name for j in journalists] == ["Kathmandu Post"]


def test_rebuilding_the_index_keeps_journalists_findable(db: Database) -> None:
    ana = _log(db, email="ana.perez@efe.es")
    with db.transaction() as session:
        index.rebuild_all(session)
    assert [j.id for j in search_journalists(db, "perez")] == [ana]
    assert [j.id for j in search_journalists(db, "efe")] == [ana]
