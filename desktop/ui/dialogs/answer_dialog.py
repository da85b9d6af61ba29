"""Work on one inquiry: assign it, write the response, change its status, reply by email.

"Reply by email" opens the mail client with a ``mailto:`` (subject and body from the
inquiry and the response); once the user confirms the email went, the inquiry is recorded as
answered (the service stamps the time). A stale version is refused by the service, naming who
changed the inquiry and when.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QEvent, QStringListModel, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.database import Database
from desktop.ui import override
from desktop.ui.crash import plain_message
from desktop.ui.dates import medium_datetime
from desktop.ui.inquiry_texts import OPEN_STATUSES, channel_text, reason_text, status_items
from desktop.ui.models.inquiries_model import code, local_text, value
from desktop.ui.tasks import TaskRunner
from desktop.ui.time_left import time_left_text


def allowed_statuses(current: str) -> set[str]:
    """The statuses the combo offers: where the service lets this inquiry go, and where it is."""
    from desktop.domain.inquiries import InquiryStatus, allowed_transitions

    try:
        status = InquiryStatus(current)
    except ValueError:
        return {current}
    return {str(s) for s in allowed_transitions(status)} | {current}


def zone_text(when: datetime, zone: str | None) -> str:
    """``when`` in the journalist's zone ("10:00 Asia/Dushanbe"), or "" when it is the
    viewer's own or unknown."""
    if not zone:
        return ""
    try:
        theirs = when.astimezone(ZoneInfo(zone))
    except (ZoneInfoNotFoundError, ValueError):
        return ""
    if theirs.utcoffset() == when.astimezone().utcoffset():
        return ""
    return f"{medium_datetime(theirs, theirs.tzinfo)} {zone}"


def mailto_url(to: str, subject: str, body: str) -> QUrl:
    """A ``mailto:`` the mail client opens with the subject and body filled (RFC 6068)."""
    return QUrl(f"mailto:{quote(to, safe='@')}?subject={quote(subject, safe='')}"
                f"&body={quote(body, safe='')}")


class AnswerDialog(QDialog):
    """One inquiry's work; ``saved`` holds the updated record once the database accepted it."""

    def __init__(self, db: Database, tasks: TaskRunner, record: Any,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answerDialog")
        self._db, self._tasks, self.record = db, tasks, record
        self.saved: Any = None
        self._saving = False
        self.facts = QLabel()
        self.facts.setObjectName("inquiryFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusCombo")
        self.assignee_combo = QComboBox()
        self.assignee_combo.setObjectName("assigneeCombo")
        self.assignee_search = QLineEdit()
        self.assignee_search.setObjectName("assigneeSearch")
        self._found: dict[str, tuple[int, str]] = {}
        self.search_model = QStringListModel(self)
        self.search_completer = QCompleter(self.search_model, self)
        self.search_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.assignee_search.setCompleter(self.search_completer)
        self.search_completer.activated.connect(self.choose_found,
                                                Qt.ConnectionType.QueuedConnection)
        self.assignee_search.textEdited.connect(self._search_people)
        self.response_edit = QPlainTextEdit(str(value(record, "response") or ""))
        self.response_edit.setObjectName("responseEdit")
        self.response_edit.setTabChangesFocus(True)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("noteEdit")
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reasonEdit")
        self.error_label = QLabel()
        self.error_label.setObjectName("formError")
        self.error_label.setWordWrap(True)
        self.reply_button = QPushButton()
        self.reply_button.setObjectName("replyByEmailButton")
        self.reply_button.setAutoDefault(False)
        self.reply_button.clicked.connect(self.reply_by_email)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("answerButtons")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveInquiryButton")
        self.buttons.addButton(self.reply_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.save)
        self.form = QFormLayout()
        fields: list[QWidget] = [self.status_combo, self.assignee_combo, self.assignee_search,
                                 self.response_edit, self.note_edit, self.reason_edit]
        self._labels = [QLabel() for _ in fields]
        for label, field in zip(self._labels, fields, strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.facts)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self.retranslate_ui()
        self._fill_assignees([])
        self._load_suggestions()
        self.resize(620, self.sizeHint().height())
        self.response_edit.setFocus()

    # Assignees ----------------------------------------------------------------------------------
    def _load_suggestions(self) -> None:
        from desktop.services.inquiries import suggest_assignees

        db, topic = self._db, str(value(self.record, "topic") or "")
        if topic:
            self._tasks.run(lambda: suggest_assignees(db, topic), self._fill_assignees,
                            owner=self)

    def _fill_assignees(self, suggestions: list[Any]) -> None:
        current = self.assignee_combo.currentData() if self.assignee_combo.count() else \
            value(self.record, "assignee_id")
        self.assignee_combo.clear()
        self.assignee_combo.addItem(self.tr("Nobody yet"), None)
        own_id = value(self.record, "assignee_id")
        if own_id is not None:
            self.assignee_combo.addItem(str(value(self.record, "assignee_name") or own_id), own_id)
        for suggestion in suggestions:
            if suggestion.contact_id != own_id:
                self.assignee_combo.addItem(self.tr("{name} — {reason}").format(
                    name=suggestion.name, reason=reason_text(suggestion)), suggestion.contact_id)
        self.assignee_combo.setCurrentIndex(max(0, self.assignee_combo.findData(current)))

    def _search_people(self, text: str) -> None:
        """Anyone in the directory, not only the suggestions: searched off the GUI thread."""
        if len(text.strip()) < 2:
            return
        from desktop.services.search import search_contacts

        db, query = self._db, text.strip()
        self._tasks.run(lambda: search_contacts(db, query, limit=15), self._people_found,
                        key=f"answer-people-{id(self)}", owner=self)

    def _people_found(self, hits: list[Any]) -> None:
        self._found = {}
        for hit in hits:
            office = hit.contact.office.name if hit.contact.office else ""
            shown = f"{hit.contact.name} — {office}" if office else hit.contact.name
            self._found[shown] = (hit.contact.id, hit.contact.name)
        self.search_model.setStringList(list(self._found))
        if hits and self.assignee_search.hasFocus():
            self.search_completer.setCompletionPrefix(self.assignee_search.text())
            self.search_completer.complete()

    def choose_found(self, text: str) -> None:
        """A person picked from the search becomes the assignee."""
        found = self._found.get(text)
        if found is None:
            return
        contact_id, name = found
        index = self.assignee_combo.findData(contact_id)
        if index < 0:
            self.assignee_combo.addItem(name, contact_id)
            index = self.assignee_combo.count() - 1
        self.assignee_combo.setCurrentIndex(index)
        self.assignee_search.clear()

    # Status -------------------------------------------------------------------------------------
    def _status_changed(self) -> None:
        reopening = (code(value(self.record, "status")) not in OPEN_STATUSES
                     and self.status_combo.currentData() in OPEN_STATUSES)
        self.reason_edit.setEnabled(reopening)
        self._labels[5].setEnabled(reopening)

    def chosen_status(self) -> str:
        return str(self.status_combo.currentData())

    # Reply --------------------------------------------------------------------------------------
    def reply_address(self) -> str:
        journalist = value(self.record, "journalist")
        emails = getattr(journalist, "emails", ()) if journalist is not None else ()
        for email in emails:
            if email.valid and email.address:
                return str(email.address)
        return str(value(self.record, "journalist_email") or "")

    def reply_url(self) -> QUrl:
        subject = self.tr("Re: {topic}").format(topic=value(self.record, "topic") or "")
        return mailto_url(self.reply_address(), subject, self.response_edit.toPlainText())

    def reply_by_email(self) -> None:
        """Open the mail client; when the user says the email went, record the answer."""
        QDesktopServices.openUrl(self.reply_url())
        if self.confirm_sent():
            self.status_combo.setCurrentIndex(self.status_combo.findData("answered"))
            self.save()

    def confirm_sent(self) -> bool:
        """Asked after the mail client opened (tests replace it)."""
        answer = QMessageBox.question(
            self, self.tr("Was the email sent?"),
            self.tr("Press Yes once you have sent the reply: the inquiry is then recorded as "
                    "answered now."))
        return answer == QMessageBox.StandardButton.Yes

    # Saving -------------------------------------------------------------------------------------
    def changes(self) -> Any:
        from desktop.domain.inquiries import InquiryStatus
        from desktop.services.inquiries import InquiryChanges

        status = self.chosen_status()
        assignee = self.assignee_combo.currentData()
        response = self.response_edit.toPlainText().strip()
        return InquiryChanges(
            status=InquiryStatus(status) if status != code(value(self.record, "status"))
            else None,
            assignee_id=assignee if assignee != value(self.record, "assignee_id") else None,
            unassign=assignee is None and value(self.record, "assignee_id") is not None,
            response=response if response != (value(self.record, "response") or "") else None,
            note=self.note_edit.text().strip() or None,
            reason=self.reason_edit.text().strip() or None,
        )

    def save(self) -> None:
        if self._saving:
            return
        from desktop.services.inquiries import update_inquiry

        db, inquiry_id = self._db, self.record.id
        changes, version = self.changes(), self.record.version
        self._saving = True
        self.save_button.setEnabled(False)
        self._tasks.run(lambda: update_inquiry(db, inquiry_id, changes, if_version=version),
                        self._saved, self._failed, owner=self)

    def _saved(self, record: Any) -> None:
        self._saving = False
        self.saved = record
        self.accept()

    def _failed(self, error: BaseException, _details: str) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        message = plain_message(error)
        if message is None:
            raise error
        self.error_label.setText(message)

    # Language -----------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        record = self.record
        self.setWindowTitle(self.tr("Inquiry: {topic}").format(topic=value(record, "topic")))
        journalist = value(record, "journalist")
        name = getattr(journalist, "name", None) or value(record, "journalist_name") or ""
        outlet = value(record, "outlet_name")
        who = self.tr("{journalist} ({outlet})").format(journalist=name, outlet=outlet) \
            if outlet else name
        lines = [f"<b>{html.escape(str(value(record, 'topic') or ''))}</b>",
                 html.escape(self.tr("From {journalist}, {channel}, received {received}").format(
                     journalist=who, channel=channel_text(code(value(record, "channel"))),
                     received=local_text(value(record, "received_at"))))]
        deadline = value(record, "deadline")
        if deadline is not None:
            left = time_left_text(deadline, datetime.now(UTC),
                                  is_open=code(value(record, "status")) in OPEN_STATUSES)
            text = self.tr("Deadline: {when}").format(when=local_text(deadline))
            theirs = zone_text(deadline, value(record, "deadline_zone"))
            if theirs:
                text += " " + self.tr("({time} for the journalist)").format(time=theirs)
            if left:
                text += f" — {left}"
            lines.append(html.escape(text))
        if value(record, "question"):
            lines.append("<i>" + html.escape(str(value(record, "question"))) + "</i>")
        self.facts.setText("<br>".join(lines))
        texts = [self.tr("&Status"), self.tr("&Assign to"), self.tr("&Or find someone"),
                 self.tr("&Response"), self.tr("&Note"), self.tr("Reason for reo&pening")]
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
            if label.buddy() is not None:
                label.buddy().setAccessibleName(text.replace("&", ""))
        current = self.status_combo.currentData() or code(value(record, "status"))
        self.status_combo.blockSignals(True)
        self.status_combo.clear()
        allowed = allowed_statuses(code(value(record, "status")))
        for status, text in status_items():
            if status in allowed:
                self.status_combo.addItem(text, status)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(current)))
        self.status_combo.blockSignals(False)
        self._status_changed()
        self.assignee_search.setPlaceholderText(self.tr("Type a name, an office, a country…"))
        self.reply_button.setText(self.tr("Reply by &email…"))
        self.reply_button.setEnabled(bool(self.reply_address()))
        self.reply_button.setToolTip(
            self.tr("Opens your mail client with the response") if self.reply_address()
            else self.tr("No valid email address for this journalist"))
        self.save_button.setText(self.tr("&Save"))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
