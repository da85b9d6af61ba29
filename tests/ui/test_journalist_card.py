"""The journalist side of the desk: find a journalist as you type (name or outlet, a kind
filter), their card with phones, emails and inquiries newest first, an inquiry opened from it,
the log form started from it; suggestion reasons keep their details in French."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from desktop.domain.inquiries import InquiryStatus, OutletKind
from desktop.services import inquiries
from desktop.services.database import Database
from desktop.ui.tasks import InlineTaskRunner
from desktop.ui.views.inquiries_view import InquiriesView
from desktop.ui.views.journalists_panel import JournalistsPanel
from tests.ui.helpers import add_people

pytestmark = pytest.mark.gui
NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def _log(db: Database, topic: str, hours_ago: int, **journalist: object) -> int:
    fields = {"journalist": "Jane Roe", "outlet": "Asia-Plus", "outlet_kind": OutletKind.ONLINE,
              "email": "jane.roe@asiaplus.tj", "phone": "+992 37 221 00 00",
              "journalist_country": "TJ", "beat": "Migration", **journalist}
    record = inquiries.log_inquiry(db, inquiries.InquiryDraft(
        topic=topic, received_at=NOW - timedelta(hours=hours_ago),
        deadline=NOW + timedelta(hours=3 - hours_ago), **fields))  # type: ignore[arg-type]
    return record.id


@pytest.fixture
def desk(db: Database) -> dict[str, int]:
    """Jane Roe (Asia-Plus, online) asked three times, one answered; Omar Haddad (Reuters,
    wire) once."""
    ids = {"returns": _log(db, "Returns from Russia", 30),
           "almaty": _log(db, "Almaty process", 2),
           "budget": _log(db, "Budget 2026", 10),
           "haddad": _log(db, "Border crossings", 1, journalist="Omar Haddad",
                          outlet="Reuters", outlet_kind=OutletKind.WIRE,
                          email="omar.haddad@reuters.com", phone=None,
                          journalist_country="GB", beat=None)}
    inquiries.update_inquiry(db, ids["budget"], inquiries.InquiryChanges(
        status=InquiryStatus.ANSWERED, response="Done.", answered_at=NOW - timedelta(hours=9)))
    return ids


@pytest.fixture
def panel(qtbot: QtBot, db: Database, desk: dict[str, int]) -> JournalistsPanel:
    shown = JournalistsPanel(db, InlineTaskRunner(), clock=lambda: NOW)
    qtbot.addWidget(shown)
    shown.resize(1100, 700)
    shown.show()
    shown.ensure_loaded()
    return shown


def _type(qtbot: QtBot, panel: JournalistsPanel, text: str) -> None:
    panel.search_edit.clear()
    qtbot.keyClicks(panel.search_edit, text)
    panel.search()  # what the typing pause would do


def _names(panel: JournalistsPanel) -> list[str]:
    return [panel.results.item(n).text() for n in range(panel.results.count())]


def test_a_journalist_is_found_by_part_of_the_name_or_the_outlet(
        qtbot: QtBot, panel: JournalistsPanel) -> None:
    assert _names(panel) == ["Jane Roe — Asia-Plus (online, Tajikistan)",
                             "Omar Haddad — Reuters (wire, United Kingdom)"]  # by name
    _type(qtbot, panel, "hadd")
    assert [n.split(" — ")[0] for n in _names(panel)] == ["Omar Haddad"]
    _type(qtbot, panel, "asia")
    assert [n.split(" — ")[0] for n in _names(panel)] == ["Jane Roe"]
    assert panel.status_label.text() == "1 journalist"
    _type(qtbot, panel, "nobody-like-this")
    assert _names(panel) == []
    assert "No journalist matches" in panel.status_label.text()


def test_the_kind_filter_keeps_one_kind_of_outlet(qtbot: QtBot, panel: JournalistsPanel) -> None:
    assert len(_names(panel)) == 2
    panel.kind_filter.setCurrentIndex(panel.kind_filter.findData("wire"))
    assert [n.split(" — ")[0] for n in _names(panel)] == ["Omar Haddad"]
    panel.kind_filter.setCurrentIndex(panel.kind_filter.findData("broadcast"))
    assert _names(panel) == []


def test_the_card_shows_who_they_are_and_their_inquiries_newest_first(
        qtbot: QtBot, panel: JournalistsPanel) -> None:
    _type(qtbot, panel, "jane")
    card = panel.card
    assert card.journalist is not None and card.journalist.name == "Jane Roe"
    texts = {label.objectName(): label.text() for label in card.findChildren(
        type(panel.status_label)) if label.objectName()}
    assert texts["journalistName"] == "Jane Roe"
    assert texts["journalistOutlet"] == "Asia-Plus (online, Tajikistan)"
    assert texts["journalistBeat"] == "Migration"
    assert texts["journalistCountry"] == "Tajikistan"
    assert texts["cardEmail0"] == "jane.roe@asiaplus.tj"
    assert texts["cardPhone0"].startswith("+992 37")
    buttons = {b.objectName() for b in card.findChildren(QToolButton) if b.isVisible()}
    assert {"callButton0", "copyPhoneButton0", "writeButton0", "copyEmailButton0",
            "journalistLogButton"} <= buttons
    rows = card.inquiry_texts()
    assert [r.split(" · ")[1] for r in rows] == ["Almaty process", "Budget 2026",
                                                 "Returns from Russia"]
    assert rows[0].startswith("New · Almaty process · due in 1 h · deadline ")
    assert rows[1].startswith("Answered · Budget 2026")
    assert rows[2].startswith("New · Returns from Russia · overdue by 27 h · deadline ")


def test_copy_puts_the_formatted_number_on_the_clipboard(
        qtbot: QtBot, panel: JournalistsPanel) -> None:
    _type(qtbot, panel, "jane")
    copy = next(b for b in panel.card.findChildren(QToolButton)
                if b.objectName() == "copyEmailButton0")
    copy.click()
    assert QApplication.clipboard().text() == "jane.roe@asiaplus.tj"


def test_an_inquiry_opens_from_the_card_by_keyboard(
        qtbot: QtBot, panel: JournalistsPanel, desk: dict[str, int]) -> None:
    opened: list[int] = []
    panel.openInquiryRequested.connect(opened.append)
    panel.search_edit.setFocus()
    _type(qtbot, panel, "jane")
    listing = panel.card.inquiry_list
    assert listing is not None
    listing.setFocus()
    listing.setCurrentRow(2)
    qtbot.keyClick(listing, Qt.Key.Key_Return)
    assert opened == [desk["returns"]]


def test_the_desk_opens_the_answer_dialog_and_logs_from_the_journalist(
        qtbot: QtBot, db: Database, desk: dict[str, int]) -> None:
    from desktop.ui.dialogs.answer_dialog import AnswerDialog
    from desktop.ui.dialogs.inquiry_dialog import InquiryDialog

    view = InquiriesView(db, InlineTaskRunner(), clock=lambda: NOW)
    qtbot.addWidget(view)
    view.tabs.setCurrentWidget(view.journalists)
    assert view.tabs.tabText(2) == "&Journalists"
    panel = view.journalists
    _type(qtbot, panel, "reuters")
    assert panel.card.journalist is not None and panel.card.journalist.name == "Omar Haddad"
    opened: list[int] = []
    view.openRequested.connect(opened.append)
    listing = panel.card.inquiry_list
    assert listing is not None
    listing.itemActivated.emit(listing.item(0))
    assert opened == [desk["haddad"]]
    answer = AnswerDialog(db, InlineTaskRunner(), inquiries.get_inquiry(db, opened[0]))
    qtbot.addWidget(answer)
    assert answer.windowTitle()

    wanted: list[object] = []
    view.logFromJournalistRequested.connect(wanted.append)
    log = next(b for b in panel.card.findChildren(QToolButton)
               if b.objectName() == "journalistLogButton")
    log.click()
    assert len(wanted) == 1
    dialog = InquiryDialog(db, InlineTaskRunner(), clock=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.use_journalist(wanted[0])
    assert dialog.journalist_id == panel.card.journalist.id
    assert dialog.journalist_edit.text() == "Omar Haddad"
    assert dialog.outlet_edit.text() == "Reuters"
    assert dialog.email_edit.text() == "omar.haddad@reuters.com"


@pytest.fixture
def french() -> Iterator[None]:
    from desktop.ui.i18n import Translations

    translations = Translations()
    translations.apply("fr")
    yield
    translations.apply("en")


def test_the_french_reason_names_the_release(db: Database, french: None) -> None:
    from desktop.services.releases import load_demo
    from desktop.ui.inquiry_texts import reason_text

    load_demo(db)
    best = inquiries.suggest_assignees(db, "Almaty process")[0]
    assert best.name == "Abdulfattoh Shafiev" and best.release_title
    shown = reason_text(best)
    assert shown.startswith("cité dans le communiqué «\u00a0")
    assert best.release_title in shown


def test_the_spanish_history_reason_counts_the_answers(db: Database) -> None:
    from desktop.ui.i18n import Translations
    from desktop.ui.inquiry_texts import reason_text

    people = add_people(db)
    for topic in ("Venezuelan migrants at the border", "Border crossings, Venezuelan families"):
        record = inquiries.log_inquiry(db, inquiries.InquiryDraft(
            journalist="Ana", outlet="EFE", topic=topic, received_at=NOW,
            assignee_id=people["bekele"].id))
        inquiries.update_inquiry(db, record.id, inquiries.InquiryChanges(
            status=InquiryStatus.ANSWERED, answered_at=NOW + timedelta(hours=1)))
    found = inquiries.suggest_assignees(db, "venezuelan border")
    assert found[0].answers == 2
    translations = Translations()
    translations.apply("es")
    try:
        assert reason_text(found[0]) == "respondió 2 consultas similares"
    finally:
        translations.apply("en")


def test_the_card_speaks_french(qtbot: QtBot, panel: JournalistsPanel, french: None) -> None:
    _type(qtbot, panel, "jane")
    first = panel.card.inquiry_texts()[0]
    assert first.startswith("Nouvelle · Almaty process · ")
    assert " · échéance " in first
    log = next(b for b in panel.card.findChildren(QToolButton)
               if b.objectName() == "journalistLogButton")
    assert log.text() == "Enregistrer une demande de ce journaliste"
    call = next(b for b in panel.card.findChildren(QToolButton) if b.objectName() == "callButton0")
    assert call.text() == "Appeler"  # the contact card's own words, reused
    assert panel.card.outlet_text(panel.card.journalist) == "Asia-Plus (en ligne, Tadjikistan)"  # type: ignore[arg-type]


def test_in_the_window_the_card_opens_the_answer_dialog_and_a_prefilled_log_form(
        qtbot: QtBot, db: Database, desk: dict[str, int]) -> None:
    from desktop.ui.i18n import Translations
    from desktop.ui.main_window import INQUIRIES, MainWindow

    translations = Translations()
    translations.apply("en")
    window = MainWindow(InlineTaskRunner(), translations)
    qtbot.addWidget(window)
    window.set_database(db)
    window.show()
    qtbot.waitExposed(window)
    try:
        window.show_view(INQUIRIES)
        view = window.inquiries.ensure_view()
        view.tabs.setCurrentWidget(view.journalists)  # loads the journalists by name
        assert len(_names(view.journalists)) == 2
        assert view.tabs.currentWidget() is view.journalists
        panel = view.journalists
        _type(qtbot, panel, "roe")
        listing = panel.card.inquiry_list
        assert listing is not None
        listing.itemActivated.emit(listing.item(0))
        answer = window.inquiries.answer_dialog
        assert answer is not None and answer.isVisible()
        assert answer.record.id == desk["almaty"]
        answer.reject()
        log = next(b for b in panel.card.findChildren(QToolButton)
                   if b.objectName() == "journalistLogButton")
        log.click()
        dialog = window.inquiries.log_dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.journalist_edit.text() == "Jane Roe"
        assert dialog.outlet_edit.text() == "Asia-Plus"
        assert dialog.email_edit.text() == "jane.roe@asiaplus.tj"
        assert dialog.journalist_id == panel.card.journalist.id  # type: ignore[union-attr]
        dialog.reject()
    finally:
        window.inquiries.stop()


def test_enter_in_the_search_puts_the_keyboard_on_the_card(
        qtbot: QtBot, panel: JournalistsPanel) -> None:
    panel.activateWindow()
    panel.search_edit.setFocus()
    _type(qtbot, panel, "omar")
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Return)
    focused = QApplication.focusWidget()
    assert focused is not None and focused.objectName() == "journalistLogButton"
