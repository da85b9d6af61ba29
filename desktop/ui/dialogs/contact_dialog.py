"""Add or edit a contact, checked as you type with the rules and messages of the command line.

Save stays disabled while a field is wrong; a number or address that already belongs to someone
is pointed out with an option to save anyway. When someone else saved the contact meanwhile,
the conflict dialog offers their version or a field-by-field choice, saved against their
version (``base``), so neither side's change is lost unseen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
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
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.countries import country_from_name
from desktop.domain.emails import check_email
from desktop.domain.errors import ConflictError, DuplicateError
from desktop.domain.phones import check_phone, kind_from_label
from desktop.domain.records import ContactRecord
from desktop.services import contacts
from desktop.services.audit import AuditRow
from desktop.services.database import Database
from desktop.services.offices import OfficeSummary, list_offices
from desktop.ui import override, settings
from desktop.ui.contact_changes import email_key, phone_key
from desktop.ui.crash import plain_message
from desktop.ui.dialogs.conflict_dialog import FIELDS, MERGE, RELOAD, THEIRS, ConflictDialog
from desktop.ui.i18n import sorted_countries
from desktop.ui.refusals import error_text, reason_text
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.value_list import ValueListEditor, error_colour


def _split_list(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


class ContactDialog(QDialog):
    """One contact's form; ``saved`` holds the record once the database accepted it."""

    def __init__(self, db: Database, tasks: TaskRunner, record: ContactRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self._db, self._tasks, self._record = db, tasks, record
        self._offices: dict[str, str | None] = {}
        self.saved: ContactRecord | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self._saving = False
        self.name_edit = QLineEdit(record.name if record else "")
        self.name_edit.setObjectName("nameEdit")
        self.title_edit = QLineEdit(record.title or "" if record else "")
        self.title_edit.setObjectName("titleEdit")
        self.office_edit = QLineEdit(record.office.name if record and record.office else "")
        self.office_edit.setObjectName("officeEdit")
        self.country_combo = QComboBox()
        self.country_combo.setObjectName("countryCombo")
        self.country_combo.setEditable(True)
        self.country_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._fill_countries(record.country if record else settings.DEFAULT_COUNTRY.get())
        self.phones = ValueListEditor("phone", self._check_phone)
        self.emails = ValueListEditor("email", self._check_email)
        if record is not None:
            self.phones.set_values([p.display or p.as_written for p in record.phones],
                                   kept={p.as_written for p in record.phones if not p.valid})
            self.emails.set_values([e.address or e.as_written for e in record.emails],
                                   kept={e.as_written for e in record.emails if not e.valid})
        else:
            self.phones.add_row()
            self.emails.add_row()
        self.languages_edit = QLineEdit(", ".join(record.languages) if record else "")
        self.languages_edit.setObjectName("languagesEdit")
        self.tags_edit = QLineEdit(", ".join(record.tags) if record else "")
        self.tags_edit.setObjectName("tagsEdit")
        self.notes_edit = QPlainTextEdit(record.notes or "" if record else "")
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.field_error = QLabel()
        self.field_error.setObjectName("formError")
        self.field_error.setWordWrap(True)
        self.duplicate_label = QLabel()
        self.duplicate_label.setObjectName("duplicateMessage")
        self.duplicate_label.setWordWrap(True)
        self.duplicate_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("contactButtons")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelButton")
        self.save_anyway = QPushButton()
        self.save_anyway.setObjectName("saveAnywayButton")
        self.save_anyway.hide()
        self.buttons.addButton(self.save_anyway, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(lambda: self.save(allow_duplicate=False))
        self.buttons.rejected.connect(self.reject)
        self.save_anyway.clicked.connect(lambda: self.save(allow_duplicate=True))
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._labels = [QLabel() for _ in range(9)]
        fields = [self.name_edit, self.title_edit, self.office_edit, self.country_combo,
                  self.phones, self.emails, self.languages_edit, self.tags_edit, self.notes_edit]
        for label, field in zip(self._labels, fields, strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(self.form)
        body_layout.addStretch(1)  # spare height below the form, not between its rows
        scroll = QScrollArea()
        scroll.setObjectName("contactFormScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)  # a form, not a framed list
        scroll.setWidget(body)
        self._body = body
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.field_error)
        layout.addWidget(self.duplicate_label)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._inputs_changed)
        self.office_edit.textChanged.connect(self._inputs_changed)
        self.country_combo.currentTextChanged.connect(self._inputs_changed)
        self.phones.changed.connect(self._update_state)
        self.emails.changed.connect(self._update_state)
        self.retranslate_ui()
        # As tall as the form (plus room for a few more numbers), within a laptop's screen.
        self.resize(580, min(self._body.sizeHint().height() + 140, 720))
        self._load_offices()
        self._update_state()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)  # typing starts with the name

    # Countries and offices --------------------------------------------------------------------
    def _fill_countries(self, code: str | None) -> None:
        self.country_combo.blockSignals(True)
        self.country_combo.clear()
        self.country_combo.addItem("", "")
        for name, item_code in sorted_countries():
            self.country_combo.addItem(f"{name} ({item_code})", item_code)
        index = self.country_combo.findData(code or "")
        self.country_combo.setCurrentIndex(max(index, 0))
        completer = QCompleter(self.country_combo.model(), self.country_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.country_combo.setCompleter(completer)
        self.country_combo.blockSignals(False)

    def country_code(self) -> str | None:
        """The chosen country's code; None if empty; "?" when the text names no country."""
        text = self.country_combo.currentText().strip()
        if not text:
            return None
        index = self.country_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.country_combo.itemData(index)) or None
        if text.endswith(")") and "(" in text:
            text = text[text.rindex("(") + 1:-1]
        return country_from_name(text) or "?"

    def _load_offices(self) -> None:
        db = self._db

        def loaded(summaries: list[OfficeSummary]) -> None:
            self._offices = {s.office.name: s.office.country for s in summaries}
            completer = QCompleter(sorted(self._offices), self.office_edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.office_edit.setCompleter(completer)
            self._inputs_changed()

        self._tasks.run(lambda: list_offices(db), loaded, key=f"offices-{id(self)}", owner=self)

    def region(self) -> str | None:
        """The country numbers without +code are read in, exactly as the service will read
        them (so Save is never enabled for a number the service then refuses): the country
        field (new contacts start at the default country from Settings), else for a new
        contact the office's country, else for an edit the contact's stored country."""
        code = self.country_code()
        if code and code != "?":
            return code
        if self._record is not None:
            return self._record.country
        office = self.office_edit.text().strip()
        if office:
            from desktop.domain.countries import find_country_in_text

            known = next((c for n, c in self._offices.items() if n.casefold() == office.casefold()),
                         None)
            return known or find_country_in_text(office)
        return None

    # Validation -----------------------------------------------------------------------------
    def _check_phone(self, text: str) -> str | None:
        check = check_phone(text, self.region(), kind_from_label(text))
        return None if check.valid else reason_text(check.code, check.params, check.problem)

    def _check_email(self, text: str) -> str | None:
        check = check_email(text)
        return None if check.valid else reason_text(check.code, check.params, check.problem)

    def _inputs_changed(self) -> None:
        self.phones.revalidate()  # the country decides how numbers are read
        self._hide_duplicate()
        self._update_state()

    def problems(self) -> list[str]:
        found = []
        if not self.name_edit.text().strip():
            found.append(self.tr("A contact needs a name."))
        if self.country_code() == "?":
            found.append(self.tr("Country “{text}” is not a country Press Desk knows.").format(
                text=self.country_combo.currentText()))
        found += self.phones.problems() + self.emails.problems()
        return found

    def _update_state(self) -> None:
        problems = self.problems()
        self.save_button.setEnabled(not problems and not self._saving)
        self.field_error.setStyleSheet(f"color: {error_colour(self)};")
        form_level = [p for p in problems if p not in self.phones.problems()
                      and p not in self.emails.problems()]
        self.field_error.setText("\n".join(form_level))
        self.field_error.setVisible(bool(form_level) and bool(self.name_edit.text()
                                                              or self._record is not None))
        self._hide_duplicate()

    def _hide_duplicate(self) -> None:
        self.duplicate_label.hide()
        self.save_anyway.hide()

    # Saving ---------------------------------------------------------------------------------
    def save(self, *, allow_duplicate: bool) -> None:
        if self.problems() or self._saving:
            return
        self._set_saving(True)
        db, record = self._db, self._record
        if record is None:
            draft = self.draft(allow_duplicate)
            self._tasks.run(lambda: contacts.add_contact(db, draft), self._saved,
                            self._save_failed, owner=self)
        else:
            changes = self.changes(allow_duplicate)
            self._tasks.run(lambda: contacts.update_contact(db, record.id, changes,
                                                            if_version=record.version),
                            self._saved, self._save_failed, owner=self)

    def _set_saving(self, saving: bool) -> None:
        """While a save runs the dialog stays open: closing it would lose the saved record
        (undo and the card would never hear of it)."""
        self._saving = saving
        self.cancel_button.setEnabled(not saving)
        self.save_anyway.setEnabled(not saving)
        self._update_state()

    @override
    def reject(self) -> None:
        if not self._saving:  # Esc and the window's close button too
            super().reject()

    def draft(self, allow_duplicate: bool = False) -> contacts.ContactDraft:
        code = self.country_code()
        return contacts.ContactDraft(
            name=self.name_edit.text(), title=self.title_edit.text() or None,
            office=self.office_edit.text() or None, country=code if code != "?" else None,
            phones=tuple(self.phones.values()), emails=tuple(self.emails.values()),
            languages=_split_list(self.languages_edit.text()),
            tags=_split_list(self.tags_edit.text()),
            notes=self.notes_edit.toPlainText() or None, allow_duplicate=allow_duplicate)

    def changes(self, allow_duplicate: bool = False) -> contacts.ContactChanges:
        """The form against the record it opened with: fields, numbers added and removed."""
        assert self._record is not None
        region = self.region()
        before_phones = {phone_key(p) for p in self._record.phones}
        form_phones: dict[str, str] = {}
        for text in self.phones.values():
            check = check_phone(text, region, kind_from_label(text))
            form_phones[check.e164 or check.as_written] = text
        before_emails = {email_key(e) for e in self._record.emails}
        form_emails = {check_email(t).address or t: t for t in self.emails.values()}
        code = self.country_code()
        return contacts.ContactChanges(
            name=self.name_edit.text(), title=self.title_edit.text(),
            office=self.office_edit.text(),
            country=code if code and code != "?" and code != self._record.country else None,
            notes=self.notes_edit.toPlainText(),
            languages=_split_list(self.languages_edit.text()),
            tags=_split_list(self.tags_edit.text()),
            add_phones=tuple(t for k, t in form_phones.items() if k not in before_phones),
            remove_phones=tuple(sorted(before_phones - set(form_phones))),
            add_emails=tuple(t for k, t in form_emails.items() if k not in before_emails),
            remove_emails=tuple(sorted(before_emails - set(form_emails))),
            allow_duplicate=allow_duplicate)

    def _saved(self, record: ContactRecord) -> None:
        self._set_saving(False)
        self.saved = record
        self.accept()

    def _save_failed(self, error: BaseException, details: str) -> None:
        self._set_saving(False)
        message = plain_message(error)
        if isinstance(error, DuplicateError):
            self.duplicate_label.setText(self.tr(
                "{value} already belongs to contact {id} ({name}). Save anyway if it is shared."
            ).format(value=error.problems[0].value, id=error.existing_id,
                     name=error.existing_name))
            self.duplicate_label.show()
            self.save_anyway.show()
            self.save_anyway.setFocus()
        elif isinstance(error, ConflictError) and self._record is not None:
            self._resolve_conflict(self._record)
        elif message is not None:  # refused, or the database unreachable
            QMessageBox.warning(self, self.tr("Not saved"), error_text(error) or message)
        else:
            raise error

    # Someone else saved meanwhile ---------------------------------------------------------------
    @property
    def base(self) -> ContactRecord | None:
        """The saved version the form's changes apply to (theirs, after a conflict)."""
        return self._record

    def form_values(self) -> dict[str, str]:
        """The form as the conflict dialog compares it (see ``conflict_dialog.record_values``)."""
        code = self.country_code()
        return {
            "name": self.name_edit.text().strip(), "title": self.title_edit.text().strip(),
            "office": self.office_edit.text().strip(),
            "country": code if code and code != "?" else "",
            "phones": ", ".join(self.phones.values()), "emails": ", ".join(self.emails.values()),
            "languages": ", ".join(_split_list(self.languages_edit.text())),
            "tags": ", ".join(_split_list(self.tags_edit.text())),
            "notes": self.notes_edit.toPlainText().strip(),
        }

    def _resolve_conflict(self, base: ContactRecord) -> None:
        """Read their version and who saved it, then ask: reload theirs, or compare."""
        from desktop.services.audit import AuditFilter, list_changes

        db, contact_id = self._db, base.id

        def read() -> tuple[ContactRecord, AuditRow | None]:
            latest = list_changes(db, AuditFilter(entity="contact", entity_id=contact_id),
                                  limit=1)
            return contacts.get_contact(db, contact_id), (latest[0] if latest else None)

        self._set_saving(True)
        self._tasks.run(read, lambda found: self._ask(base, *found), self._read_failed,
                        owner=self)

    def _read_failed(self, error: BaseException, details: str) -> None:
        self._set_saving(False)
        self._save_failed(error, details)

    def _ask(self, base: ContactRecord, theirs: ContactRecord, latest: AuditRow | None) -> None:
        from desktop.ui.models.audit_model import when_text

        self._set_saving(False)
        who = latest.entry.actor if latest is not None else None
        when = when_text(latest) if latest is not None else None
        dialog = ConflictDialog(base, theirs, self.form_values(), who, when, self)
        if not dialog.differing:  # they saved what you typed: nothing to choose
            self._record = theirs
            self.save(allow_duplicate=False)
            return
        self.conflict_dialog = dialog
        dialog.finished.connect(lambda _r: self._conflict_answered(dialog, theirs))
        dialog.open()

    def _conflict_answered(self, dialog: ConflictDialog, theirs: ContactRecord) -> None:
        choice, chosen = dialog.choice, dialog.chosen()
        self.conflict_dialog = None
        dialog.deleteLater()
        if choice is None:
            return  # Cancel: the form keeps your edits; Save meets the conflict again
        self._record = theirs
        keep_theirs = (set(FIELDS) if choice == RELOAD
                       else {f for f, whose in chosen.items() if whose == THEIRS})
        self._show_fields(theirs, keep_theirs)
        if choice == MERGE:
            self.save(allow_duplicate=False)

    def _show_fields(self, record: ContactRecord, fields: set[str]) -> None:
        """Put ``record``'s value into each of ``fields`` of the form."""
        if "name" in fields:
            self.name_edit.setText(record.name)
        if "title" in fields:
            self.title_edit.setText(record.title or "")
        if "office" in fields:
            self.office_edit.setText(record.office.name if record.office else "")
        if "country" in fields:
            index = self.country_combo.findData(record.country or "")
            self.country_combo.setCurrentIndex(max(index, 0))
        if "phones" in fields:
            self.phones.set_values([p.display or p.as_written for p in record.phones],
                                   kept={p.as_written for p in record.phones if not p.valid})
        if "emails" in fields:
            self.emails.set_values([e.address or e.as_written for e in record.emails],
                                   kept={e.as_written for e in record.emails if not e.valid})
        if "languages" in fields:
            self.languages_edit.setText(", ".join(record.languages))
        if "tags" in fields:
            self.tags_edit.setText(", ".join(record.tags))
        if "notes" in fields:
            self.notes_edit.setPlainText(record.notes or "")
        self._update_state()

    # Language -------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit contact") if self._record else self.tr("New contact"))
        texts = [self.tr("&Name"), self.tr("&Title"), self.tr("&Office"), self.tr("C&ountry"),
                 self.tr("&Phones"), self.tr("&Emails"), self.tr("&Languages"),
                 self.tr("Ta&gs"), self.tr("No&tes")]
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
            buddy = label.buddy()
            if buddy is not None:
                buddy.setAccessibleName(text.replace("&", ""))
        self.phones.set_labels(self.tr("Add phone"), self.tr("Phone"))
        self.emails.set_labels(self.tr("Add email"), self.tr("Email"))
        self.office_edit.setPlaceholderText(self.tr("e.g. IOM Tajikistan"))
        self.languages_edit.setPlaceholderText(self.tr("e.g. fr, ru, tg"))
        self.tags_edit.setPlaceholderText(self.tr("comma-separated"))
        self.save_anyway.setText(self.tr("Save anyway"))
        self.save_anyway.setAccessibleName(self.tr("Save anyway"))
        for button, name in ((self.save_button, self.tr("Save")),
                             (self.cancel_button, self.tr("Cancel"))):
            button.setAccessibleName(name)
        QTimer.singleShot(0, self, self._update_state)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
