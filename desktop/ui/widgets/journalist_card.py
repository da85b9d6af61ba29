"""A journalist's card: who they are, how to reach them, and what they asked the desk.

Built on the contact card so phones and emails look and act the same (Call, Copy, Write,
WhatsApp, the same shortcuts); the inquiries are a list the keyboard walks, Enter opening one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from desktop.ui import override
from desktop.ui.i18n import ui_language
from desktop.ui.inquiry_texts import status_text
from desktop.ui.models.inquiries_model import local_text
from desktop.ui.theme import mute
from desktop.ui.time_left import time_left_text
from desktop.ui.widgets.contact_card import ContactCard

if TYPE_CHECKING:
    from desktop.domain.inquiries import InquiryRecord, JournalistRecord

INQUIRY_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_LIST_ROWS = 12
"""Rows the inquiries list shows before it scrolls on its own."""


class InquiryList(QListWidget):
    """The card's inquiries, each wrapped onto as many lines as the card's width needs and all
    shown up to MAX_LIST_ROWS: at 800×600 a French open inquiry's line ("Attribuée · Almaty
    process · en retard de 5 h · échéance 29 nov. 2026, 08:17") was cut with "…"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            QTimer.singleShot(0, self.fit_rows)  # once Qt has laid the rows out at this width

    def fit_rows(self) -> None:
        """As tall as its first MAX_LIST_ROWS rows, wrapped at the present width."""
        if self.count() == 0:
            return
        self.doItemsLayout()
        rows = range(min(self.count(), MAX_LIST_ROWS))
        height = sum(max(self.visualItemRect(self.item(n)).height(), self.sizeHintForRow(n))
                     for n in rows)
        self.setFixedHeight(height + 2 * self.frameWidth() + 4)


class JournalistCard(ContactCard):
    """Shows one journalist and their inquiries, newest first; asks the window to open an
    inquiry or to log a new one from this journalist through signals."""

    inquiryActivated = Signal(int)
    logFromJournalistRequested = Signal(object)
    """The shown JournalistRecord: the log form starts with their name, outlet, email, phone."""

    def __init__(self, parent: QWidget | None = None,
                 clock: Callable[[], datetime] | None = None) -> None:
        self._journalist: JournalistRecord | None = None
        self._inquiries: tuple[InquiryRecord, ...] = ()
        self._now = clock or (lambda: datetime.now(UTC))
        self.inquiry_list: InquiryList | None = None
        super().__init__(parent)
        self.setObjectName("journalistCard")

    @property
    def journalist(self) -> JournalistRecord | None:
        return self._journalist

    def show_journalist(self, record: JournalistRecord | None,
                        inquiries: Sequence[InquiryRecord] = ()) -> None:
        self._journalist = record
        self._inquiries = tuple(sorted(inquiries, key=lambda i: (i.received_at, i.id),
                                       reverse=True))
        self._rebuild()

    @override
    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Journalist card"))
        self._rebuild()

    @override
    def _update_time(self) -> None:
        """The contact card's clock repaints local time; here it repaints the time left."""
        if self.inquiry_list is not None:
            self._fill_inquiries(self.inquiry_list)

    # Building -----------------------------------------------------------------------------------
    @override
    def _rebuild(self) -> None:
        self._clear()
        self.inquiry_list = None
        record = getattr(self, "_journalist", None)
        if record is None:
            empty = self._label(self.tr("Type a name or an outlet to find a journalist."),
                                "journalistCardEmpty")
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            mute(empty)
            self._layout.addStretch(1)
            return
        self._label(record.name, "journalistName", size=1.6, bold=True)
        outlet = self.outlet_text(record)
        if outlet:
            self._label(outlet, "journalistOutlet")
        self._add_log_button(record)
        as_contact = cast(Any, record)  # phones and emails: the same records as a contact's
        self._add_phones(as_contact)
        self._add_emails(as_contact)
        self._add_journalist_details(record)
        self._add_inquiries()
        self._layout.addStretch(1)
        if self._body.isVisible():
            direct = Qt.FindChildOption.FindDirectChildrenOnly
            for child in self._body.findChildren(QWidget, options=direct):
                child.show()
        self._fit_width()

    def outlet_text(self, record: JournalistRecord) -> str:
        """"Reuters (wire, United Kingdom)"."""
        from desktop.domain.countries import country_name

        outlet = record.outlet
        if outlet is None:
            return ""
        about = [self.kind_text(outlet.kind.value) if outlet.kind else "",
                 country_name(outlet.country, ui_language()) if outlet.country else ""]
        shown = ", ".join(a for a in about if a)
        return f"{outlet.name} ({shown})" if shown else outlet.name

    def kind_text(self, kind: str) -> str:
        return {"wire": self.tr("wire"), "print": self.tr("print"),
                "broadcast": self.tr("broadcast"), "online": self.tr("online")}.get(kind, kind)

    def _add_log_button(self, record: JournalistRecord) -> None:
        row = QHBoxLayout()
        button = self._button(self.tr("Log an inquiry from this journalist"), "inquiries",
                              "journalistLogButton",
                              self.tr("Log an inquiry from {name}").format(name=record.name))
        button.clicked.connect(lambda _=False: self.logFromJournalistRequested.emit(record))
        row.addWidget(button)
        row.addStretch(1)
        self._layout.addLayout(row)

    def _add_journalist_details(self, record: JournalistRecord) -> None:
        from desktop.domain.countries import country_name

        rows = [(self.tr("Beat"), record.beat or "", "journalistBeat"),
                (self.tr("Country"),
                 country_name(record.country, ui_language()) if record.country else "",
                 "journalistCountry"),
                (self.tr("Languages"), ", ".join(record.languages), "journalistLanguages"),
                (self.tr("Notes"), record.notes or "", "journalistNotes")]
        for title, value, name in rows:
            if value:
                self._section(title, name + "Header")
                self._label(value, name)

    def _add_inquiries(self) -> None:
        count = len(self._inquiries)
        self._section(self.tr("Inquiries (%n)", "", count), "journalistInquiriesHeader")
        if not count:
            self._label(self.tr("No inquiry from this journalist yet."), "journalistNoInquiries")
            return
        hint = self._label(self.tr("Newest first; Enter or a double click opens one."),
                           "journalistInquiriesHint")
        mute(hint)
        listing = InquiryList()
        listing.setObjectName("journalistInquiries")
        listing.setAccessibleName(self.tr("Inquiries from this journalist"))
        listing.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        listing.itemActivated.connect(self._activated)
        self._fill_inquiries(listing)
        listing.fit_rows()  # again when it gets its width
        listing.setCurrentRow(0)
        self._layout.addWidget(listing)
        self.inquiry_list = listing

    def inquiry_text(self, inquiry: InquiryRecord) -> str:
        """"Assigned · Almaty process · due in 2 h · deadline 2026-05-01 10:00": what to act
        on first, so a narrow card cuts the date, not the time left."""
        parts = [status_text(inquiry.status.value), inquiry.topic]
        if inquiry.deadline is not None:
            left = time_left_text(inquiry.deadline, self._now(), is_open=inquiry.is_open)
            if left:
                parts.append(left)
            parts.append(self.tr("deadline {when}").format(when=local_text(inquiry.deadline)))
        return " · ".join(parts)

    def inquiry_tip(self, inquiry: InquiryRecord) -> str:
        received = self.tr("received {when}").format(when=local_text(inquiry.received_at))
        return f"{self.inquiry_text(inquiry)}\n{received}"

    def _fill_inquiries(self, listing: InquiryList) -> None:
        current = listing.currentRow()
        listing.clear()
        for inquiry in self._inquiries:
            text = self.inquiry_text(inquiry)
            item = QListWidgetItem(text)
            item.setData(INQUIRY_ROLE, inquiry.id)
            item.setToolTip(self.inquiry_tip(inquiry))
            listing.addItem(item)
        if current >= 0:
            listing.setCurrentRow(min(current, listing.count() - 1))
        if listing.isVisible():
            listing.fit_rows()  # a line the clock made longer may take one more line

    def _activated(self, item: QListWidgetItem) -> None:
        self.inquiryActivated.emit(int(item.data(INQUIRY_ROLE)))

    def inquiry_texts(self) -> list[str]:
        listing = self.inquiry_list
        if listing is None:
            return []
        return [listing.item(n).text() for n in range(listing.count())]

    @override
    def card_text(self) -> str:
        record = self._journalist
        if record is None:
            return ""
        lines = [record.name]
        outlet = self.outlet_text(record)
        if outlet:
            lines.append(outlet)
        for phone in record.phones:
            lines.append(f"{self.kind_label(phone)}: {phone.display or phone.as_written}")
        for email in record.emails:
            lines.append(self.tr("Email: {address}").format(
                address=email.address or email.as_written))
        return "\n".join(lines)
