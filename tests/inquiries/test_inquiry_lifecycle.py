"""An inquiry from logged to answered and closed: transitions, thread, versions, the desk."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.domain.errors import ConflictError, InputError
from desktop.domain.inquiries import InquiryStatus
from desktop.domain.records import ContactRecord
from desktop.services.audit import history
from desktop.services.database import Database
from desktop.services.inquiries import (
    InquiryChanges,
    InquiryDraft,
    InquiryFilter,
    count_inquiries,
    count_overdue,
    filter_choices,
    get_inquiry,
    list_inquiries,
    log_inquiry,
    update_inquiry,
)
from tests.inquiries.conftest import T0


def _log(db: Database, topic: str = "Almaty process", hours: float | None = 4,
         **fields: object) -> int:
    draft = InquiryDraft(journalist="Ana Pérez", outlet="EFE", email="ana@efe.es", topic=topic,
                         received_at=T0,
                         deadline=T0 + timedelta(hours=hours) if hours is not None else None,
                         **fields)  # type: ignore[arg-type]
    return log_inquiry(db, draft).id


def test_phone_call_story(db: Database, officers: dict[str, ContactRecord]) -> None:
    shafiev = officers["shafiev"]
    inquiry_id = _log(db, deadline_zone="Asia/Dushanbe")
    logged = get_inquiry(db, inquiry_id)
    assert logged.status == InquiryStatus.NEW and logged.version == 1
    assert logged.deadline_zone == "Asia/Dushanbe" and logged.deadline == T0 + timedelta(hours=4)
    assigned = update_inquiry(db, inquiry_id, InquiryChanges(assignee_id=shafiev.id),
                              if_version=1)
    assert assigned.status == InquiryStatus.ASSIGNED
    assert assigned.assignee_name == "Abdulfattoh Shafiev"
    assert assigned.office_name == "OIM Tadjikistan" and assigned.version == 2
    answered_at = T0 + timedelta(hours=3)
    answered = update_inquiry(db, inquiry_id, InquiryChanges(
        status=InquiryStatus.ANSWERED, response="Tajikistan chairs the process in 2027.",
        answered_at=answered_at), if_version=2)
    assert answered.status == InquiryStatus.ANSWERED and answered.answered_at == answered_at
    assert not answered.is_open and not answered.is_overdue(T0 + timedelta(days=9))
    closed = update_inquiry(db, inquiry_id, InquiryChanges(status=InquiryStatus.CLOSED))
    assert closed.version == 4
    assert [f.text for f in closed.follow_ups] == ["new → assigned", "assigned → answered",
                                                   "answered → closed"]
    actions = [(e.action, sorted(e.changes)) for e in history(db, "inquiry", inquiry_id)]
    assert actions[0][0] == "create" and len(actions) == 4
    assert "status" in actions[-1][1]


def test_reopening_needs_a_reason_which_joins_the_thread(db: Database) -> None:
    inquiry_id = _log(db)
    update_inquiry(db, inquiry_id, InquiryChanges(status=InquiryStatus.DECLINED,
                                                  reason="not our mandate"))
    with pytest.raises(InputError) as refused:
        update_inquiry(db, inquiry_id, InquiryChanges(status=InquiryStatus.NEW))
    assert refused.value.problems[0].field == "Status"
    assert "needs a reason" in refused.value.problems[0].reason
    reopened = update_inquiry(db, inquiry_id, InquiryChanges(
        status=InquiryStatus.NEW, reason="she narrowed the question"))
    assert reopened.status == InquiryStatus.NEW
    assert reopened.follow_ups[-1].kind == "reopen"
    assert "she narrowed the question" in reopened.follow_ups[-1].text


def test_disallowed_transition_is_refused_and_nothing_changes(db: Database) -> None:
    inquiry_id = _log(db)
    update_inquiry(db, inquiry_id, InquiryChanges(status=InquiryStatus.CLOSED))
    with pytest.raises(InputError, match="cannot become answered"):
        update_inquiry(db, inquiry_id, InquiryChanges(status=InquiryStatus.ANSWERED,
                                                      response="late"))
    record = get_inquiry(db, inquiry_id)
    assert record.status == InquiryStatus.CLOSED and record.response is None
    assert record.version == 2


def test_assigning_to_nobody_is_refused(db: Database) -> None:
    inquiry_id = _log(db)
    with pytest.raises(InputError, match="assigned to nobody"):
        update_inquiry(db, inquiry_id, InquiryChanges(status=InquiryStatus.ASSIGNED))


def test_stale_update_names_who_changed_it_and_when(db: Database) -> None:
    inquiry_id = _log(db)
    update_inquiry(db, inquiry_id, InquiryChanges(note="called back, no answer"))
    with pytest.raises(ConflictError) as stale:
        update_inquiry(db, inquiry_id, InquiryChanges(note="mine"), if_version=1)
    message = str(stale.value)
    assert "version 2, not 1" in message and f"by {db.actor}" in message and " at 20" in message
    assert [f.text for f in get_inquiry(db, inquiry_id).follow_ups] == ["called back, no answer"]


def test_the_desk_lists_open_first_soonest_deadline_first(db: Database,
                                                          officers: dict[str, ContactRecord]
                                                          ) -> None:
    late = _log(db, "late", hours=30)
    soon = _log(db, "soon", hours=2)
    undated = _log(db, "no deadline", hours=None)
    done = _log(db, "done", hours=1)
    update_inquiry(db, done, InquiryChanges(status=InquiryStatus.ANSWERED,
                                            answered_at=T0 + timedelta(minutes=30)))
    assert [r.id for r in list_inquiries(db)] == [soon, late, undated, done]
    assert [r.id for r in list_inquiries(db, offset=1, limit=2)] == [late, undated]
    now = T0 + timedelta(hours=3)
    assert count_overdue(db, now) == 1
    assert [r.id for r in list_inquiries(db, InquiryFilter(overdue_at=now))] == [soon]
    assert count_overdue(db, T0 + timedelta(days=2)) == 2
    update_inquiry(db, soon, InquiryChanges(assignee_id=officers["thapa"].id))
    mine = InquiryFilter(assignee_id=officers["thapa"].id)
    assert [r.id for r in list_inquiries(db, mine)] == [soon]
    assert count_inquiries(db, InquiryFilter(statuses=(InquiryStatus.ANSWERED,))) == 1
    choices = filter_choices(db)
    assert choices.assignees == ((officers["thapa"].id, "Sabina Thapa"),)
    assert [name for _id, name in choices.outlets] == ["EFE"]


def test_a_journalists_inquiries_are_listed_on_their_card(db: Database) -> None:
    first = _log(db, "first")
    second = _log(db, "second")
    journalist = get_inquiry(db, first).journalist
    assert get_inquiry(db, second).journalist.inquiry_count == 2
    found = list_inquiries(db, InquiryFilter(journalist_id=journalist.id), order="received")
    assert {r.id for r in found} == {first, second}
