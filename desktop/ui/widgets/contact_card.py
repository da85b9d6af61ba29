"""The contact card: everything needed to reach a press officer now, and where they appear.

Rebuilt from a ``ContactRecord`` each time; every number is shown for international dialling
with Call / Copy (and WhatsApp for mobiles), every address with Write / Copy.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import override
from desktop.ui.dates import medium_date
from desktop.ui.i18n import ui_language
from desktop.ui.icons import icon
from desktop.ui.local_time import local_time
from desktop.ui.theme import mute

if TYPE_CHECKING:  # the domain (phonenumbers, Babel) loads after the window is painted
    from desktop.domain.records import ContactRecord, PhoneRecord

_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse
_LINKS = (Qt.TextInteractionFlag.LinksAccessibleByMouse
          | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)


def _drop_layout(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
    layout.deleteLater()


class ContactCard(QWidget):
    """Shows one contact; asks the window to open a release or edit/archive through signals."""

    releaseActivated = Signal(int)
    message = Signal(str)
    editRequested = Signal()
    archiveRequested = Signal()
    log_inquiry_requested = Signal(int)
    """The card's "Log an inquiry" button, with the shown contact's id."""
    historyRequested = Signal()
    """"History…": the window opens the audit view on this contact (ui/audit_commands.py)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactCard")
        self._record: ContactRecord | None = None
        self._releases_pending = False
        self._repainting = False
        self._body = QWidget()
        self._body.setObjectName("contactCardBody")
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(16, 16, 16, 16)
        self._layout.setSpacing(6)
        scroll = QScrollArea()
        scroll.setObjectName("contactCardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # text wraps
        scroll.setWidget(self._body)
        self._scroll = scroll
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._time_label: QLabel | None = None
        self._clock = QTimer(self)
        self._clock.setInterval(30_000)
        self._clock.timeout.connect(self._update_time)
        self._clock.start()
        self.retranslate_ui()

    @property
    def record(self) -> ContactRecord | None:
        return self._record

    def show_contact(self, record: ContactRecord | None, *,
                     releases_pending: bool = False) -> None:
        """Rebuilt only when something shown changed: the list's record and the one read
        again with its releases are usually equal, and a rebuild would drop the focus.

        ``releases_pending``: the record comes from a search hit, read without its releases;
        the card says they are being read instead of "no release names this person"."""
        if record is not None and record == self._record \
                and releases_pending == self._releases_pending:
            return
        someone_else = record is None or self._record is None or record.id != self._record.id
        self._record = record
        self._releases_pending = releases_pending
        self._rebuild()
        if someone_else:
            self._scroll.verticalScrollBar().setValue(0)  # a new person starts at their name

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Contact card"))
        self._rebuild()

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.PaletteChange and not self._repainting:
            self._repainting = True  # a theme switch: muted colours follow the new palette
            try:
                self._rebuild()
            finally:
                self._repainting = False
        super().changeEvent(event)

    # Building -------------------------------------------------------------------------------
    def _clear(self) -> None:
        self._time_label = None
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
            elif item is not None and (inner := item.layout()) is not None:
                _drop_layout(inner)

    def _label(self, text: str, name: str, *, size: float = 0, bold: bool = False,
               rich: bool = False) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(_LINKS if rich else _SELECTABLE)
        if size or bold:
            font = QFont(label.font())
            if size:
                font.setPointSizeF(font.pointSizeF() * size)
            font.setBold(bold)
            label.setFont(font)
        self._layout.addWidget(label)
        return label

    def _section(self, title: str, name: str) -> None:
        self._layout.addSpacing(8)
        label = self._label(title, name, size=0.9, bold=True)
        mute(label)  # secondary, yet readable (WCAG AA) in any theme

    def _button(self, text: str, icon_name: str, name: str, accessible: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setIcon(icon(icon_name))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        return button

    def _rebuild(self) -> None:
        self._clear()
        record = self._record
        if record is None:
            empty = self._label(self.tr("Select a contact to see their card."), "cardEmpty")
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            mute(empty)
            self._layout.addStretch(1)
            return
        self._label(record.name, "cardName", size=1.6, bold=True)
        if record.title:
            self._label(record.title, "cardTitle")
        place = self._place(record)
        if place:
            self._label(place, "cardOffice")
        self._time_label = self._label("", "cardLocalTime")
        self._update_time()
        self._add_actions(record)
        if record.archived:
            self._label(self.tr("Archived: this contact no longer appears in searches."),
                        "cardArchived", bold=True)
        self._add_review_flag(record)
        self._add_phones(record)
        self._add_emails(record)
        self._add_details(record)
        self._add_releases(record)
        self._layout.addStretch(1)
        if self._body.isVisible():
            # Layouts show new children on the next turn of the event loop; the keyboard may
            # want a button now (Enter on a result, F6).
            direct = Qt.FindChildOption.FindDirectChildrenOnly
            for child in self._body.findChildren(QWidget, options=direct):
                child.show()
        self._fit_width()
        QTimer.singleShot(0, self, self._fit_width)  # once the new rows are shown

    def _fit_width(self) -> None:
        """The card is never narrower than its widest row of buttons (so the splitter cannot
        cut "WhatsApp" in half); its text wraps to any width above that."""
        self._layout.invalidate()
        body = self._layout.totalMinimumSize().width()
        bar = self._scroll.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(body + bar)

    def _add_actions(self, record: ContactRecord) -> None:
        """Edit, Archive and Log an inquiry: on the card, so they act on the person shown."""
        row = QHBoxLayout()
        row.setSpacing(4)
        edit = self._button(self.tr("Edit"), "edit", "cardEditButton",
                            self.tr("Edit {name} (Ctrl+E)").format(name=record.name))
        edit.clicked.connect(self.editRequested)
        archive = self._button(self.tr("Archive"), "archive", "cardArchiveButton",
                               self.tr("Archive {name} (Del)").format(name=record.name))
        archive.clicked.connect(self.archiveRequested)
        inquiry = self._button(self.tr("Log an inquiry"), "inquiries", "cardInquiryButton",
                               self.tr("Log an inquiry to {name}").format(name=record.name))
        inquiry.clicked.connect(lambda _=False, i=record.id: self.log_inquiry_requested.emit(i))
        for button in (edit, archive, inquiry):
            button.setEnabled(not record.archived)
            row.addWidget(button)
        history = self._button(self.tr("History…"), "clock", "cardHistoryButton",
                               self.tr("Who changed {name}, and when (Ctrl+Shift+H)").format(
                                   name=record.name))
        history.clicked.connect(self.historyRequested)  # an archived card's too
        row.addWidget(history)
        row.addStretch(1)
        self._layout.addLayout(row)

    def run_first(self, what: str) -> bool:
        """Click the first "call", "write" or "whatsapp" button (the window's shortcuts)."""
        prefix = {"call": "callButton", "write": "writeButton", "whatsapp": "whatsAppButton"}[what]
        buttons = sorted((b for b in self.findChildren(QToolButton)
                          if b.objectName().startswith(prefix) and b.isEnabled()),
                         key=lambda b: int(b.objectName().removeprefix(prefix)))
        if not buttons or self._record is None:
            return False
        buttons[0].click()
        return True

    def first_action(self) -> QToolButton | None:
        for button in self.findChildren(QToolButton):
            if button.isEnabled() and button.focusPolicy() != Qt.FocusPolicy.NoFocus:
                return button
        return None

    def focus_first_action(self) -> None:
        """Put the keyboard in the card (Enter on a result): its first button."""
        button = self.first_action()
        if button is not None:
            button.setFocus(Qt.FocusReason.TabFocusReason)
            self._show_top_if(button)

    def _show_top_if(self, widget: QWidget) -> None:
        """Scrolled to the top when ``widget`` is still in view there: the person's name stays
        on screen (the scroll area scrolls a focused button just into view, cutting the name)."""
        bottom = widget.mapTo(self._body, widget.rect().bottomLeft()).y()
        if bottom < self._scroll.viewport().height():
            self._scroll.verticalScrollBar().setValue(0)

    def _place(self, record: ContactRecord) -> str:
        from desktop.domain.countries import country_name

        country = record.country or (record.office.country if record.office else None)
        parts = [record.office.name if record.office else "",
                 record.office.city if record.office and record.office.city else "",
                 country_name(country, ui_language()) if country else ""]
        return " · ".join(p for p in parts if p)

    def _update_time(self) -> None:
        if self._time_label is None or self._record is None:
            return
        now = local_time(self._record)
        if now is None:
            self._time_label.setText(self.tr("Local time unknown (no time zone or number)"))
            return
        text = self.tr("Local time: {time} ({offset}, {zone})").format(
            time=now.now.strftime("%H:%M"), offset=now.utc_offset, zone=now.zone)
        if now.approximate:
            text += " " + self.tr("(the country has several time zones)")
        self._time_label.setText(text)

    def _add_review_flag(self, record: ContactRecord) -> None:
        from desktop.domain.emails import check_email
        from desktop.domain.phones import check_phone
        from desktop.ui.refusals import reason_text

        region = record.country or (record.office.country if record.office else None)
        reasons = []
        for p in (p for p in record.phones if not p.valid):
            check = check_phone(p.as_written, region)  # the reason again, as a code to translate
            reason = reason_text(check.code, check.params, p.problem) if not check.valid \
                else p.problem or ""
            reasons.append(self.tr("Phone {value}: {reason}").format(value=p.as_written,
                                                                     reason=reason))
        for e in (e for e in record.emails if not e.valid):
            email = check_email(e.as_written)
            reason = reason_text(email.code, email.params, e.problem) if not email.valid \
                else e.problem or ""
            reasons.append(self.tr("Email {value}: {reason}").format(value=e.as_written,
                                                                     reason=reason))
        if not reasons:
            return
        frame = QFrame()
        frame.setObjectName("cardReview")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(frame)
        badge = QLabel()
        badge.setPixmap(icon("warning").pixmap(24, 24))
        layout.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        text = QLabel(self.tr("Needs review — kept as written:") + "\n" + "\n".join(reasons))
        text.setObjectName("cardReviewText")
        text.setWordWrap(True)
        text.setTextInteractionFlags(_SELECTABLE)
        layout.addWidget(text, 1)
        self._layout.addWidget(frame)

    def kind_label(self, phone: PhoneRecord) -> str:
        return {"office": self.tr("Office"), "mobile": self.tr("Mobile"),
                "whatsapp": self.tr("WhatsApp"), "fax": self.tr("Fax")}.get(
            phone.kind.value, phone.kind.value)

    def _add_phones(self, record: ContactRecord) -> None:
        if not record.phones:
            return
        self._section(self.tr("Phones"), "cardPhonesHeader")
        grid = QGridLayout()
        grid.setHorizontalSpacing(4)
        for n, phone in enumerate(record.phones):
            shown = phone.display or phone.as_written
            kind = QLabel(self.kind_label(phone))
            mute(kind)
            number = QLabel(shown)
            number.setObjectName(f"cardPhone{n}")
            number.setTextInteractionFlags(_SELECTABLE)
            font = QFont(number.font())
            font.setPointSizeF(font.pointSizeF() * 1.15)
            number.setFont(font)
            grid.addWidget(kind, n, 0)
            grid.addWidget(number, n, 1)
            column = 2
            if phone.valid and phone.e164:
                dial = phone.e164 + (f";ext={phone.extension}" if phone.extension else "")
                call = self._button(self.tr("Call"), "call", f"callButton{n}",
                                    self.tr("Call {number}").format(number=shown))
                call.clicked.connect(lambda _=False, d=dial: self._open(f"tel:{d}"))
                grid.addWidget(call, n, column)
                column += 1
            copy = self._button(self.tr("Copy"), "copy", f"copyPhoneButton{n}",
                                self.tr("Copy {number}").format(number=shown))
            copy.clicked.connect(lambda _=False, t=shown: self._copy(t))
            grid.addWidget(copy, n, column)
            column += 1
            if phone.valid and phone.e164 and phone.kind.value in ("mobile", "whatsapp"):
                chat = self._button(self.tr("WhatsApp"), "whatsapp", f"whatsAppButton{n}",
                                    self.tr("WhatsApp {number}").format(number=shown))
                url = "https://wa.me/" + re.sub(r"\D", "", phone.e164)
                chat.clicked.connect(lambda _=False, u=url: self._open(u))
                grid.addWidget(chat, n, column)
        grid.setColumnStretch(6, 1)
        self._layout.addLayout(grid)

    def _add_emails(self, record: ContactRecord) -> None:
        if not record.emails:
            return
        self._section(self.tr("Email"), "cardEmailsHeader")
        grid = QGridLayout()
        grid.setHorizontalSpacing(4)
        for n, email in enumerate(record.emails):
            shown = email.address or email.as_written
            address = QLabel(shown)
            address.setObjectName(f"cardEmail{n}")
            address.setTextInteractionFlags(_SELECTABLE)
            grid.addWidget(address, n, 0)
            if email.valid and email.address:
                write = self._button(self.tr("Write"), "email", f"writeButton{n}",
                                     self.tr("Write to {address}").format(address=shown))
                write.clicked.connect(lambda _=False, a=email.address: self._open(f"mailto:{a}"))
                grid.addWidget(write, n, 1)
            copy = self._button(self.tr("Copy"), "copy", f"copyEmailButton{n}",
                                self.tr("Copy {address}").format(address=shown))
            copy.clicked.connect(lambda _=False, t=shown: self._copy(t))
            grid.addWidget(copy, n, 2)
        grid.setColumnStretch(3, 1)
        self._layout.addLayout(grid)

    def _add_details(self, record: ContactRecord) -> None:
        rows = [(self.tr("Languages"), ", ".join(record.languages), "cardLanguages"),
                (self.tr("Tags"), ", ".join(record.tags), "cardTags"),
                (self.tr("Notes"), record.notes or "", "cardNotes")]
        for title, value, name in rows:
            if value:
                self._section(title, name + "Header")
                self._label(value, name)

    def _add_releases(self, record: ContactRecord) -> None:
        self._section(self.tr("Named in releases"), "cardReleasesHeader")
        if not record.releases and self._releases_pending:
            self._label(self.tr("Reading the releases that name this person…"),
                        "cardReleasesPending")
            return
        if not record.releases:
            self._label(self.tr("No release names this person yet."), "cardNoReleases")
            return
        for n, release in enumerate(record.releases):
            when = medium_date(release.published_on) if release.published_on else self.tr(
                "undated")
            text = f'<a href="release:{release.id}">{html.escape(release.title)}</a> — {when}'
            if release.snippet:
                text += f"<br><i>{html.escape(release.snippet[:240])}</i>"
            label = self._label(text, f"cardRelease{n}", rich=True)
            label.setAccessibleName(self.tr("Open release {title}").format(title=release.title))
            label.linkActivated.connect(self._on_link)

    # Actions --------------------------------------------------------------------------------
    def _on_link(self, link: str) -> None:
        if link.startswith("release:"):
            self.releaseActivated.emit(int(link.split(":", 1)[1]))

    def _open(self, url: str) -> None:
        QDesktopServices.openUrl(QUrl(url))

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.message.emit(self.tr("Copied {text}").format(text=text))

    def card_text(self) -> str:
        """The card as a clean plain-text block for an email or a chat."""
        record = self._record
        if record is None:
            return ""
        lines = [record.name]
        if record.title:
            lines.append(record.title)
        place = self._place(record)
        if place:
            lines.append(place)
        for phone in record.phones:
            lines.append(f"{self.kind_label(phone)}: {phone.display or phone.as_written}")
        for email in record.emails:
            lines.append(self.tr("Email: {address}").format(
                address=email.address or email.as_written))
        if record.languages:
            lines.append(self.tr("Languages: {list}").format(list=", ".join(record.languages)))
        return "\n".join(lines)

    def copy_card(self) -> bool:
        text = self.card_text()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.message.emit(self.tr("Card copied to the clipboard"))
        return bool(text)
