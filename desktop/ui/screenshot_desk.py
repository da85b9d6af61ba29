"""The media desk's screenshots (``--view inquiries | log | summary``): a few weeks of sample
inquiries on the demo directory, then the desk, the log form or the summary on screen.

The sample inquiries are written through the services only when the database has none, so a
screenshot never mixes into a real desk's log.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.services.database import Database
    from desktop.ui.main_window import MainWindow

DESK_VIEWS = ("inquiries", "log", "summary", "journalist")
_CALLERS = (("Jane Roe", "Asia-Plus", "jane.roe@asiaplus.tj"),
            ("Karim Nazarov", "Reuters", "karim.nazarov@example.com"),
            ("Lucía Gómez", "El Tiempo", "lgomez@example.co"),
            ("Amadou Diallo", "RFI", "adiallo@example.fr"),
            ("Sita Gurung", "Kathmandu Post", "sita@example.np"))
_DETAILS: dict[str, dict[str, Any]] = {
    "Jane Roe": {"phone": "+992 37 227 00 00", "outlet_kind": "online",
                 "journalist_country": "TJ", "beat": "Migration and Central Asia"}}
"""What the journalist card shows beyond a name and an email (the first inquiry gives it)."""
_TOPICS = ("Almaty process", "Drought in the Somali region", "Returns through Niger",
           "Labour migration from Nepal", "Integration in Colombia")


def add_sample_inquiries(db: Database, now: datetime) -> int:
    """About ten weeks of a desk's work: answered on time and late, open, overdue."""
    from desktop.domain.inquiries import InquiryStatus
    from desktop.services import inquiries

    if inquiries.count_inquiries(db) > 0:
        return 0
    assignees: dict[str, int | None] = {}
    for topic in _TOPICS:
        try:
            found = inquiries.suggest_assignees(db, topic, limit=1)
        except NotImplementedError:
            found = []
        assignees[topic] = found[0].contact_id if found else None
    made = 0
    for n in range(26):
        name, outlet, email = _CALLERS[n % len(_CALLERS)]
        topic = _TOPICS[(n * 3) % len(_TOPICS)] if n % 4 else _TOPICS[0]
        received = now - timedelta(days=70 - n * 2.7, hours=n % 5)
        deadline = received + timedelta(hours=(4, 8, 24, 48)[n % 4])
        details = dict(_DETAILS.get(name, {})) if n < len(_CALLERS) else {}
        if "outlet_kind" in details:
            from desktop.domain.inquiries import OutletKind

            details["outlet_kind"] = OutletKind(details["outlet_kind"])
        record = inquiries.log_inquiry(db, inquiries.InquiryDraft(
            journalist=name, outlet=outlet, email=email, topic=topic, **details,
            question=f"What is the latest on {topic.lower()}?", received_at=received,
            deadline=deadline, deadline_zone="Asia/Dushanbe" if n % 2 else "Europe/Paris",
            assignee_id=assignees[topic]))
        made += 1
        if n < 24:  # the older ones were answered, some late
            late = n % 5 == 2
            answered = deadline + timedelta(hours=3) if late else received + timedelta(
                hours=1 + n % 3)
            inquiries.update_inquiry(db, record.id, inquiries.InquiryChanges(
                status=InquiryStatus.ANSWERED, response="Answered by phone.",
                answered_at=min(answered, now)))
    for n, (topic, hours) in enumerate((("Almaty process", -5), (_TOPICS[1], 2),
                                        (_TOPICS[2], 30))):
        name, outlet, email = _CALLERS[n]
        received = now - timedelta(hours=8 - n)
        inquiries.log_inquiry(db, inquiries.InquiryDraft(
            journalist=name, outlet=outlet, email=email, topic=topic, received_at=received,
            deadline=now + timedelta(hours=hours), deadline_zone="Asia/Dushanbe",
            assignee_id=assignees[topic] if n != 1 else None))
        made += 1
    return made


def show_desk(window: MainWindow, view: str, settle: Callable[..., bool]) -> Any:
    """Put the desk (or its log form, or its summary) on screen; the dialog if one opened."""
    from desktop.ui.main_window import INQUIRIES

    assert window.db is not None
    add_sample_inquiries(window.db, datetime.now(UTC))
    window.inquiries.after_change()
    window.show_view(INQUIRIES)
    settle(window)
    desk = window.inquiries.view
    if view == "summary":
        desk.tabs.setCurrentWidget(desk.summary)
        settle(window)
        return None
    if view == "journalist":
        desk.tabs.setCurrentWidget(desk.journalists)
        settle(window)
        desk.journalists.search_edit.setText("jane")
        desk.journalists.search()
        settle(window, lambda: desk.journalists.card.inquiry_list is not None)
        return None
    if desk.model.rowCount():
        desk.table.selectRow(0)
    settle(window)
    if view != "log":
        return None
    dialog = window.inquiries.log()
    dialog.journalist_edit.setText("Jane Roe")
    dialog.outlet_edit.setText("Asia-Plus")
    dialog.phone_edit.setText("+992 37 227 0000")
    dialog.topic_edit.setText("Almaty process")
    dialog.question_edit.setPlainText("Will Tajikistan chair the next meeting of the process?")
    dialog.apply_preset("end_of_day")
    dialog.suggest()
    settle(window)
    dialog.suggestions.setCurrentRow(min(1, dialog.suggestions.count() - 1))
    dialog.suggestions.setFocus()
    settle(window)
    return dialog
