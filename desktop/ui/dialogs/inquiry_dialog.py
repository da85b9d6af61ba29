"""Log an inquiry while the journalist is still on the phone: keyboard only, top to bottom.

Journalist (autocomplete from the directory's journalists, off the GUI thread), outlet, email,
phone, topic, question, channel, deadline (presets on Alt+1/2/3 or typed), then the suggested
assignees with their reasons, picked with the arrow keys. Ctrl+Enter logs from anywhere in the
form. The suggestions come from the service, so the command line and the app agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDateTime, QEvent, QStringListModel, Qt, QTimer, QTimeZone
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.database import Database
from desktop.ui import override
from desktop.ui.crash import plain_message
from desktop.ui.inquiry_texts import reason_text
from desktop.ui.tasks import TaskRunner
from desktop.ui.time_left import PRESETS, preset_deadline, preset_label

SUGGEST_PAUSE_MS = 300
CONTACT_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Prefill:
    """What the form starts with when opened from a contact's card or a release."""

    assignee_id: int | None = None
    assignee_name: str = ""
    topic: str = ""
    release_id: int | None = None
    release_title: str = ""


def to_qt(value: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()))


def from_qt(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


def viewer_zone_name() -> str:
    """The viewer's IANA zone ("Europe/Paris"), stored beside a deadline typed in it."""
    return bytes(QTimeZone.systemTimeZoneId().data()).decode() or "UTC"


class InquiryDialog(QDialog):
    """The log form; ``saved`` holds the logged inquiry once the database accepted it."""

    def __init__(self, db: Database, tasks: TaskRunner, prefill: Prefill | None = None,
                 parent: QWidget | None = None, clock: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("inquiryDialog")
        self._db, self._tasks = db, tasks
        self._clock = clock or (lambda: datetime.now(UTC))
        self._prefill = prefill or Prefill()
        self._journalists: dict[str, Any] = {}
        self.journalist_id: int | None = None
        self.saved: Any = None
        self._saving = False
        self._key = f"inquiry-dialog-{id(self)}"

        self.journalist_edit = QLineEdit()
        self.journalist_edit.setObjectName("journalistEdit")
        self.completion_model = QStringListModel(self)
        self.completer = QCompleter(self.completion_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.journalist_edit.setCompleter(self.completer)
        # Queued: the completer writes its own text into the field after its signal; the
        # name (without the outlet) and the move to Topic must come after that.
        self.completer.activated.connect(self.choose_journalist,
                                         Qt.ConnectionType.QueuedConnection)
        self.journalist_edit.textEdited.connect(self._journalist_typed)
        self.outlet_edit = QLineEdit()
        self.outlet_edit.setObjectName("outletEdit")
        self.email_edit = QLineEdit()
        self.email_edit.setObjectName("journalistEmailEdit")
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("journalistPhoneEdit")
        self.topic_edit = QLineEdit(self._prefill.topic)
        self.topic_edit.setObjectName("topicEdit")
        self.question_edit = QPlainTextEdit()
        self.question_edit.setObjectName("questionEdit")
        self.question_edit.setTabChangesFocus(True)
        self.question_edit.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("channelCombo")

        self.deadline_check = QCheckBox()
        self.deadline_check.setObjectName("deadlineCheck")
        self.deadline_edit = QDateTimeEdit()
        self.deadline_edit.setObjectName("deadlineEdit")
        self.deadline_edit.setCalendarPopup(True)
        self.deadline_edit.setDateTime(to_qt(preset_deadline("end_of_day", self._clock())))
        self.deadline_edit.setEnabled(False)
        self.deadline_check.toggled.connect(self.deadline_edit.setEnabled)
        self.preset_buttons: dict[str, QPushButton] = {}
        deadline_row = QHBoxLayout()
        deadline_row.setContentsMargins(0, 0, 0, 0)
        deadline_row.addWidget(self.deadline_check)
        deadline_row.addWidget(self.deadline_edit, 1)
        for number, preset in enumerate(PRESETS, start=1):
            button = QPushButton()
            button.setObjectName(f"preset_{preset}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, p=preset: self.apply_preset(p))
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.activated.connect(lambda p=preset: self.apply_preset(p))
            self.preset_buttons[preset] = button
            deadline_row.addWidget(button)
        self.deadline_zone = QLabel()
        self.deadline_zone.setObjectName("deadlineZone")

        self.received_edit = QDateTimeEdit(to_qt(self._clock()))
        self.received_edit.setObjectName("receivedEdit")

        self.suggestions = QListWidget()
        self.suggestions.setObjectName("suggestionList")
        self.suggestions.setFixedHeight(self.fontMetrics().height() * 7 + 8)
        self.suggestions.setAlternatingRowColors(True)
        self.suggestions.setWordWrap(True)  # reasons can be long: wrapped, never scrolled
        self.suggestions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.suggestions.setResizeMode(QListWidget.ResizeMode.Adjust)
        self._topic_timer = QTimer(self)
        self._topic_timer.setSingleShot(True)
        self._topic_timer.setInterval(SUGGEST_PAUSE_MS)
        self._topic_timer.timeout.connect(self.suggest)
        self.topic_edit.textEdited.connect(lambda _t: self._topic_timer.start())

        self.related_label = QLabel()
        self.related_label.setObjectName("relatedRelease")
        self.related_label.setWordWrap(True)
        self.related_label.setVisible(self._prefill.release_id is not None)
        self.error_label = QLabel()
        self.error_label.setObjectName("formError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("inquiryButtons")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("logButton")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.save)
        QShortcut(QKeySequence("Ctrl+Enter"), self).activated.connect(self.save)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        deadline_box = QWidget()
        deadline_box.setLayout(deadline_row)
        fields: list[QWidget] = [self.journalist_edit, self.outlet_edit, self.email_edit,
                                 self.phone_edit, self.topic_edit, self.question_edit,
                                 self.channel_combo, deadline_box, self.received_edit,
                                 self.suggestions]
        self._labels = [QLabel() for _ in fields]
        for label, field in zip(self._labels, fields, strict=True):
            label.setBuddy(self.deadline_check if field is deadline_box else field)
            self.form.addRow(label, field)
        self.form.insertRow(8, "", self.deadline_zone)
        layout = QVBoxLayout(self)
        layout.addWidget(self.related_label)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.channel_combo, self.deadline_check)
        self.retranslate_ui()
        self.resize(620, self.sizeHint().height())
        self.journalist_edit.setFocus()
        self.suggest()  # "Nobody yet", and the person whose card opened the form

    # Journalists ------------------------------------------------------------------------------
    def _journalist_typed(self, text: str) -> None:
        self.journalist_id = None
        if len(text.strip()) < 2:
            return
        from desktop.services.journalists import search_journalists

        db, query = self._db, text.strip()
        self._tasks.run(lambda: search_journalists(db, query, limit=20), self._journalists_found,
                        key=self._key + "-journalists", owner=self)

    def _journalists_found(self, found: list[Any]) -> None:
        self._journalists = {self._completion_text(j): j for j in found}
        self.completion_model.setStringList(list(self._journalists))
        if found and self.journalist_edit.hasFocus():
            self.completer.setCompletionPrefix(self.journalist_edit.text())
            self.completer.complete()

    @staticmethod
    def _completion_text(journalist: Any) -> str:
        outlet = journalist.outlet.name if getattr(journalist, "outlet", None) else ""
        return f"{journalist.name} — {outlet}" if outlet else journalist.name

    def choose_journalist(self, text: str) -> None:
        """A completion was picked: fill the journalist's outlet, email and phone."""
        journalist = self._journalists.get(text)
        if journalist is None:
            return
        self.journalist_id = journalist.id
        self.journalist_edit.setText(journalist.name)
        if getattr(journalist, "outlet", None):
            self.outlet_edit.setText(journalist.outlet.name)
        if journalist.emails:
            email = journalist.emails[0]
            self.email_edit.setText(email.address or email.as_written)
        if journalist.phones:
            phone = journalist.phones[0]
            self.phone_edit.setText(phone.display or phone.as_written)
        self.topic_edit.setFocus()
        QTimer.singleShot(0, self.topic_edit, self.topic_edit.setFocus)  # after the popup closes
        self.suggest()

    def use_journalist(self, journalist: Any) -> None:
        """Start from a known journalist (their card's "Log an inquiry from this journalist")."""
        text = self._completion_text(journalist)
        self._journalists[text] = journalist
        self.choose_journalist(text)

    # Deadline -----------------------------------------------------------------------------------
    def apply_preset(self, preset: str) -> None:
        self.deadline_check.setChecked(True)
        self.deadline_edit.setDateTime(to_qt(preset_deadline(preset, self._clock())))

    def deadline(self) -> datetime | None:
        return from_qt(self.deadline_edit.dateTime()) if self.deadline_check.isChecked() else None

    # Suggestions --------------------------------------------------------------------------------
    def suggest(self) -> None:
        """Ask the service who should answer this topic; keeps a prefilled assignee first."""
        topic = self.topic_edit.text().strip()
        if not topic:
            self._show_suggestions([])
            return
        from desktop.services.inquiries import suggest_assignees

        db = self._db
        self._tasks.run(lambda: suggest_assignees(db, topic), self._show_suggestions,
                        key=self._key + "-suggest", owner=self)

    def _show_suggestions(self, found: list[Any]) -> None:
        chosen = self.assignee_id()
        self.suggestions.clear()
        nobody = QListWidgetItem(self.tr("Nobody yet (assign later)"), self.suggestions)
        nobody.setData(CONTACT_ROLE, None)
        rows: list[tuple[int, str, str]] = []
        if self._prefill.assignee_id is not None:
            rows.append((self._prefill.assignee_id, self._prefill.assignee_name,
                         self.tr("chosen from their card")))
        rows += [(s.contact_id, s.name, reason_text(s)) for s in found
                 if s.contact_id != self._prefill.assignee_id]
        for contact_id, name, reason in rows:
            item = QListWidgetItem(self.tr("{name} — {reason}").format(name=name, reason=reason),
                                   self.suggestions)
            item.setData(CONTACT_ROLE, contact_id)
            item.setToolTip(reason)
        self.suggestions.setAccessibleDescription(
            self.tr("One suggested assignee") if len(rows) == 1
            else self.tr("%n suggested assignees", "", len(rows)))
        target = chosen if chosen is not None else self._prefill.assignee_id
        row = next((i for i in range(self.suggestions.count())
                    if self.suggestions.item(i).data(CONTACT_ROLE) == target), 0)
        self.suggestions.setCurrentRow(row)

    def suggestion_rows(self) -> list[tuple[int | None, str]]:
        return [(self.suggestions.item(i).data(CONTACT_ROLE), self.suggestions.item(i).text())
                for i in range(self.suggestions.count())]

    def assignee_id(self) -> int | None:
        item = self.suggestions.currentItem()
        value = item.data(CONTACT_ROLE) if item is not None else None
        return int(value) if value is not None else None

    # Saving -------------------------------------------------------------------------------------
    def draft(self) -> Any:
        from desktop.domain.inquiries import Channel
        from desktop.services.inquiries import InquiryDraft

        return InquiryDraft(
            journalist=self.journalist_edit.text().strip(),
            journalist_id=self.journalist_id,
            outlet=self.outlet_edit.text().strip() or None,
            email=self.email_edit.text().strip() or None,
            phone=self.phone_edit.text().strip() or None,
            topic=self.topic_edit.text().strip(),
            question=self.question_edit.toPlainText().strip() or None,
            channel=Channel(self.channel_combo.currentData()),
            received_at=from_qt(self.received_edit.dateTime()),
            deadline=self.deadline(),
            deadline_zone=viewer_zone_name() if self.deadline_check.isChecked() else None,
            assignee_id=self.assignee_id(),
            release_ids=(self._prefill.release_id,) if self._prefill.release_id else (),
        )

    def save(self) -> None:
        if self._saving:
            return
        if not self.journalist_edit.text().strip():
            self._refuse(self.tr("Journalist: a name is needed."), self.journalist_edit)
            return
        if not self.topic_edit.text().strip():
            self._refuse(self.tr("Topic: a few words are needed."), self.topic_edit)
            return
        from desktop.services.inquiries import log_inquiry

        draft, db = self.draft(), self._db
        self._saving = True
        self.save_button.setEnabled(False)
        self._tasks.run(lambda: log_inquiry(db, draft), self._saved, self._failed, owner=self)

    def _refuse(self, message: str, field: QWidget | None = None) -> None:
        self.error_label.setText(message)
        if field is not None:
            field.setFocus()

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
        self._refuse(message)

    # Language -----------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        from desktop.ui.dates import edit_format
        from desktop.ui.inquiry_texts import channel_items

        for edit in (self.deadline_edit, self.received_edit):
            edit.setDisplayFormat(edit_format(with_time=True))
        self.setWindowTitle(self.tr("Log an inquiry"))
        texts = [self.tr("&Journalist"), self.tr("&Outlet"), self.tr("&Email"),
                 self.tr("P&hone"), self.tr("&Topic"), self.tr("&Question"),
                 self.tr("&Channel"), self.tr("&Deadline"), self.tr("&Received"),
                 self.tr("&Assign to")]
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
            # A label is as wide as its letters' advance, but the last letter can ink past it:
            # "&Teléfono" was drawn as "Teléfonc" (Spanish, DejaVu Sans 9 pt).
            label.setMinimumWidth(label.fontMetrics().horizontalAdvance(text.replace("&", ""))
                                  + 4)
            if label.buddy() is not None:
                label.buddy().setAccessibleName(text.replace("&", ""))
        self.deadline_edit.setAccessibleName(self.tr("Deadline date and time"))
        self.deadline_check.setToolTip(self.tr("The inquiry has a deadline"))
        self.deadline_zone.setText(self.tr("In your time zone ({zone}). Presets: Alt+1, Alt+2, "
                                           "Alt+3").format(zone=viewer_zone_name()))
        for number, (preset, button) in enumerate(self.preset_buttons.items(), start=1):
            button.setText(preset_label(preset))
            button.setToolTip(f"{preset_label(preset)} (Alt+{number})")
        self.journalist_edit.setPlaceholderText(self.tr("Type a name; known journalists are "
                                                        "suggested"))
        self.topic_edit.setPlaceholderText(self.tr("e.g. Almaty process"))
        self.save_button.setText(self.tr("&Log inquiry"))
        self.save_button.setToolTip(self.tr("Log inquiry (Ctrl+Enter)"))
        current = self.channel_combo.currentData()
        self.channel_combo.clear()
        for code, text in channel_items():
            self.channel_combo.addItem(text, code)
        self.channel_combo.setCurrentIndex(max(0, self.channel_combo.findData(current or "phone")))
        if self._prefill.release_id is not None:
            self.related_label.setText(self.tr("About the release: {title}").format(
                title=self._prefill.release_title))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
