"""Who should answer: release people, officers of the country named, past answerers."""

from __future__ import annotations

from datetime import timedelta

from desktop.domain.inquiries import InquiryStatus
from desktop.domain.records import ContactRecord
from desktop.services.contacts import ContactDraft, add_contact
from desktop.services.database import Database
from desktop.services.inquiries import (
    InquiryChanges,
    InquiryDraft,
    log_inquiry,
    suggest_assignees,
    update_inquiry,
)
from desktop.services.releases import load_demo
from tests.inquiries.conftest import T0


def test_almaty_process_suggests_shafiev_first_on_the_demo_data(db: Database) -> None:
    load_demo(db)
    suggestions = suggest_assignees(db, "Almaty process")
    assert suggestions[0].name == "Abdulfattoh Shafiev"
    assert suggestions[0].reason_code.startswith("release")
    assert "processus d’Almaty" in suggestions[0].reason


def test_a_country_named_in_any_language_suggests_its_officers(
        db: Database, officers: dict[str, ContactRecord]) -> None:
    for topic in ("Returns to Tayikistán", "Migrants au Tadjikistan", "Tajikistan border"):
        found = suggest_assignees(db, topic)
        assert [s.contact_id for s in found] == [officers["shafiev"].id], topic
        assert found[0].reason == "works at OIM Tadjikistan, in Tajikistan"
        assert found[0].reason_code == "office"


def test_the_journalists_country_counts_too(db: Database,
                                            officers: dict[str, ContactRecord]) -> None:
    found = suggest_assignees(db, "Monsoon season", journalist_country="Népal")
    assert [s.name for s in found] == ["Sabina Thapa"]


def test_who_answered_similar_inquiries_before_is_suggested(
        db: Database, officers: dict[str, ContactRecord]) -> None:
    rojas = officers["rojas"]
    for topic in ("Venezuelan migrants at the border", "Border crossings, Venezuelan families"):
        inquiry = log_inquiry(db, InquiryDraft(journalist="Ana", outlet="EFE", topic=topic,
                                               received_at=T0, assignee_id=rojas.id))
        update_inquiry(db, inquiry.id, InquiryChanges(
            status=InquiryStatus.ANSWERED, answered_at=T0 + timedelta(hours=1)))
    found = suggest_assignees(db, "venezuelan border")
    assert [s.contact_id for s in found] == [rojas.id]
    assert found[0].reason == "answered 2 similar inquiries" and found[0].reason_code == "history"


def test_several_reasons_rank_first_and_at_most_five_are_offered(
        db: Database, officers: dict[str, ContactRecord]) -> None:
    for n in range(6):
        add_contact(db, ContactDraft(name=f"Officer {n}", office="IOM Nepal", country="NP"))
    thapa = officers["thapa"]
    inquiry = log_inquiry(db, InquiryDraft(journalist="Ana", outlet="EFE",
                                           topic="Nepal floods", received_at=T0,
                                           assignee_id=thapa.id))
    update_inquiry(db, inquiry.id, InquiryChanges(status=InquiryStatus.ANSWERED,
                                                  answered_at=T0 + timedelta(hours=1)))
    found = suggest_assignees(db, "Floods in Nepal")
    assert len(found) == 5
    assert found[0].contact_id == thapa.id and found[0].reason_code == "office+history"
    assert all(s.reason for s in found)


def test_nothing_to_go_on_suggests_nobody(db: Database,
                                          officers: dict[str, ContactRecord]) -> None:
    assert suggest_assignees(db, "the") == []
    assert suggest_assignees(db, "   ") == []
