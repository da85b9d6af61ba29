"""Edit an office: name, country, city, time zone, switchboard phone and email.

Values are checked as they are typed with the same rules the services use (the phone against
the office's country), so Save is only possible for something the directory will accept; the
save itself still passes the version read, so a concurrent edit is refused, not overwritten.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from zoneinfo import available_timezones

from babel.core import get_global
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.emails import check_email
from desktop.domain.phones import check_phone
from desktop.domain.records import OfficeRecord
from desktop.services import offices
from desktop.services.database import Database
from desktop.ui import override
from desktop.ui.crash import plain_message
from desktop.ui.i18n import sorted_countries
from desktop.ui.refusals import reason_text
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.value_list import error_colour, ok_colour


@cache
def all_time_zones() -> tuple[str, ...]:
    return tuple(sorted(z for z in available_timezones() if "/" in z and
                        not z.startswith(("Etc/", "SystemV/", "posix/", "right/"))))


def zones_for_country(code: str | None) -> list[str]:
    """The IANA zones CLDR lists for a country, the main one first ("TJ" -> Asia/Dushanbe)."""
    if not code:
        return []
    zones: Mapping[str, list[str]] = get_global("territory_zones")
    known = set(available_timezones())
    return [z for z in zones.get(code.upper(), []) if z in known]


def suggested_zone(country: str | None, current: str) -> str:
    """Keep a zone that fits the country; else the country's zone when it has only one."""
    zones = zones_for_country(country)
    if not zones or current in zones:
        return current
    return zones[0] if len(zones) == 1 else ""


class OfficeDialog(QDialog):
    """Edits one office; emits ``saved`` with the new ``OfficeRecord`` and closes on success."""

    saved = Signal(object)

    def __init__(self, db: Database, tasks: TaskRunner, office: OfficeRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("officeDialog")
        self._db = db
        self._tasks = tasks
        self._office = office
        self._saving = False

        self.name_edit = QLineEdit(office.name)
        self.name_edit.setObjectName("officeNameEdit")
        self.country_combo = QComboBox()
        self.country_combo.setObjectName("officeCountryCombo")
        self.city_edit = QLineEdit(office.city or "")
        self.city_edit.setObjectName("officeCityEdit")
        self.zone_combo = QComboBox()
        self.zone_combo.setObjectName("officeTimeZoneCombo")
        self.zone_combo.setEditable(True)
        self.zone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(list(all_time_zones()), self.zone_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone_combo.setCompleter(completer)
        self.phone_edit = QLineEdit(office.phone or "")
        self.phone_edit.setObjectName("officePhoneEdit")
        self.email_edit = QLineEdit(office.email or "")
        self.email_edit.setObjectName("officeEmailEdit")
        self.name_problem = self._problem_label("officeNameProblem")
        self.zone_problem = self._problem_label("officeTimeZoneProblem")
        self.phone_problem = self._problem_label("officePhoneProblem")
        self.email_problem = self._problem_label("officeEmailProblem")
        self.error_label = self._problem_label("officeSaveError")

        self.form = QFormLayout()
        self._labels = [QLabel() for _ in range(6)]
        rows: list[tuple[QWidget, QLabel | None]] = [
            (self.name_edit, self.name_problem), (self.country_combo, None),
            (self.city_edit, None), (self.zone_combo, self.zone_problem),
            (self.phone_edit, self.phone_problem), (self.email_edit, self.email_problem)]
        for label, (field, problem) in zip(self._labels, rows, strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
            if problem is not None:
                self.form.addRow("", problem)

        self.save_button = QPushButton()
        self.save_button.setObjectName("saveOfficeButton")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelOfficeButton")
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        self.name_edit.setMinimumWidth(380)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

        self._fill_countries(office.country)
        self._fill_zones(office.country, suggested_zone(office.country, office.time_zone or ""))
        self.retranslate_ui()
        for edit in (self.name_edit, self.city_edit, self.phone_edit, self.email_edit):
            edit.textChanged.connect(self.validate)
        self.zone_combo.editTextChanged.connect(self.validate)
        self.country_combo.currentIndexChanged.connect(self._country_changed)
        self.validate()

    def _problem_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.hide()
        return label

    # -- language --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit office"))
        texts = [self.tr("&Name:"), self.tr("C&ountry:"), self.tr("C&ity:"),
                 self.tr("&Time zone:"), self.tr("Switchboard &phone:"), self.tr("&Email:")]
        names = [self.tr("Office name"), self.tr("Country"), self.tr("City"),
                 self.tr("Time zone"), self.tr("Switchboard phone"), self.tr("Office email")]
        fields: list[QWidget] = [self.name_edit, self.country_combo, self.city_edit,
                                 self.zone_combo, self.phone_edit, self.email_edit]
        for label, field, text, name in zip(self._labels, fields, texts, names, strict=True):
            label.setText(text)
            field.setAccessibleName(name)
        zone_edit = self.zone_combo.lineEdit()
        if zone_edit is not None:
            zone_edit.setPlaceholderText(self.tr("e.g. Asia/Dushanbe"))
        self.phone_edit.setPlaceholderText(self.tr("as dialled from abroad or in the country"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save the office"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Close without saving"))
        self._fill_countries(self.country())
        self.validate()

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- fields ----------------------------------------------------------------------------

    def country(self) -> str | None:
        code = self.country_combo.currentData()
        return str(code) if code else None

    def _fill_countries(self, selected: str | None) -> None:
        self.country_combo.blockSignals(True)
        self.country_combo.clear()
        self.country_combo.addItem(self.tr("(no country)"), None)
        for name, code in sorted_countries():
            self.country_combo.addItem(f"{name} ({code})", code)
        found = self.country_combo.findData(selected) if selected else 0
        self.country_combo.setCurrentIndex(max(found, 0))
        self.country_combo.blockSignals(False)

    def _fill_zones(self, country: str | None, text: str) -> None:
        self.zone_combo.blockSignals(True)
        self.zone_combo.clear()
        self.zone_combo.addItems(zones_for_country(country))
        self.zone_combo.setEditText(text)
        self.zone_combo.blockSignals(False)

    def _country_changed(self) -> None:
        """Suggest the new country's time zone unless one that fits is already set."""
        country = self.country()
        self._fill_zones(country, suggested_zone(country, self.zone_combo.currentText().strip()))
        self.validate()

    # -- validation and saving -------------------------------------------------------------

    def validate(self) -> bool:
        """Check every field as typed; Save is enabled only when all of them pass."""
        ok = True
        name = self.name_edit.text().strip()
        ok &= self._show(self.name_problem, None if name else self.tr("An office needs a name."))
        zone = self.zone_combo.currentText().strip()
        bad_zone = zone and zone not in available_timezones()
        ok &= self._show(self.zone_problem, self.tr(
            "'{0}' is not an IANA time zone such as Asia/Dushanbe.").format(zone)
            if bad_zone else None)
        phone = self.phone_edit.text().strip()
        if phone:
            check = check_phone(phone, self.country())
            if check.valid:
                self._show(self.phone_problem, self.tr("Will be saved as {0}").format(
                    check.display), problem=False)
            else:
                ok &= self._show(self.phone_problem, self.tr("Phone '{0}': {1}").format(
                    phone, reason_text(check.code, check.params, check.problem)))
        else:
            self._show(self.phone_problem, None)
        email = self.email_edit.text().strip()
        email_check = check_email(email) if email else None
        ok &= self._show(self.email_problem, self.tr("Email '{0}': {1}").format(
            email, reason_text(email_check.code, email_check.params, email_check.problem))
            if email_check and not email_check.valid else None)
        self.save_button.setEnabled(bool(ok) and not self._saving)
        self._fit_height()
        return bool(ok)

    def _fit_height(self) -> None:
        """Grow to show a wrapped problem text whole; Qt does not re-fit a shown dialog."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() \
            else layout.totalSizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def _show(self, label: QLabel, text: str | None, problem: bool = True) -> bool:
        label.setVisible(bool(text))
        label.setText(text or "")
        colour = error_colour(self) if problem else ok_colour(self)
        label.setStyleSheet(f"color: {colour};")
        return not (text and problem)

    def changes(self) -> offices.OfficeChanges:
        """What Save sends: the phone formatted for dialling, the email normalised."""
        phone = self.phone_edit.text().strip()
        email = self.email_edit.text().strip()
        phone_check = check_phone(phone, self.country()) if phone else None
        email_check = check_email(email) if email else None
        return offices.OfficeChanges(
            name=self.name_edit.text().strip(), country=self.country() or "",
            city=self.city_edit.text().strip(), time_zone=self.zone_combo.currentText().strip(),
            phone=(phone_check.display or phone) if phone_check else "",
            email=(email_check.address or email) if email_check else "")

    def save(self) -> None:
        if self._saving or not self.validate():
            return
        self._set_saving(True)
        self.error_label.hide()
        db, office_id, changes = self._db, self._office.id, self.changes()
        version = self._office.version
        self._tasks.run(lambda: offices.update_office(db, office_id, changes, if_version=version),
                        self._saved, self._save_failed, owner=self)

    def _set_saving(self, saving: bool) -> None:
        """While a save runs the dialog stays open, so the view hears of the saved office."""
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.cancel_button.setEnabled(not saving)

    @override
    def reject(self) -> None:
        if not self._saving:  # Esc and the window's close button too
            super().reject()

    def _saved(self, record: OfficeRecord) -> None:
        self._set_saving(False)
        self._office = record
        self.saved.emit(record)
        self.accept()

    def _save_failed(self, error: BaseException, _details: str) -> None:
        self._set_saving(False)
        plain = plain_message(error)
        if plain is not None:
            text = self.tr("Not saved: {0}").format(plain)
        else:
            text = self.tr("Not saved because of an unexpected error: {0}").format(error)
        self._show(self.error_label, text)
        self.validate()
