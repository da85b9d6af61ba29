"""Settings: which database, the default country for numbers, language and theme.

A team server's password goes to the system keyring; the database choice applies at the next
start (the open windows keep the database they were opened on). Two tabs (General, Database)
keep the dialog within an 800×600 screen in every language; the dialog's height is also
capped to the screen, so a long connection answer scrolls instead of pushing OK off screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import connection, override, settings
from desktop.ui.tasks import TaskRunner
from desktop.ui.theme import mute

if TYPE_CHECKING:
    from desktop.services.connection_check import Verdict

LANGUAGES = (("", None), ("en", "English"), ("fr", "Français"), ("es", "Español"))


class SettingsDialog(QDialog):
    """Edits the preferences; ``apply()`` writes them (the window applies language and theme)."""

    def __init__(self, tasks: TaskRunner, countries: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._tasks = tasks
        self.local_radio = QRadioButton()
        self.local_radio.setObjectName("localDatabaseRadio")
        self.server_radio = QRadioButton()
        self.server_radio.setObjectName("serverDatabaseRadio")
        group = QButtonGroup(self)
        group.addButton(self.local_radio)
        group.addButton(self.server_radio)
        self.host_edit = QLineEdit(settings.DB_HOST.get())
        self.host_edit.setObjectName("hostEdit")
        self.port_spin = QSpinBox()
        self.port_spin.setObjectName("portSpin")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(settings.DB_PORT.get())
        self.name_edit = QLineEdit(settings.DB_NAME.get())
        self.name_edit.setObjectName("databaseNameEdit")
        self.user_edit = QLineEdit(settings.DB_USER.get())
        self.user_edit.setObjectName("userEdit")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        saved = connection.saved_server()
        if saved is not None:
            self.password_edit.setText(connection.load_password(saved) or "")
        self.test_button = QPushButton()
        self.test_button.setObjectName("testConnectionButton")
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setObjectName("testConnectionResult")
        self.test_result.setWordWrap(True)
        (self.server_radio if settings.DB_MODE.get() == "server" else self.local_radio) \
            .setChecked(True)
        self.server_radio.toggled.connect(self._update_enabled)
        self.country_combo = QComboBox()
        self.country_combo.setObjectName("defaultCountryCombo")
        self.country_combo.addItem("", "")
        for name, code in countries:
            self.country_combo.addItem(f"{name} ({code})", code)
        self.country_combo.setCurrentIndex(
            max(0, self.country_combo.findData(settings.DEFAULT_COUNTRY.get())))
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        self.theme_combo = QComboBox()
        self.theme_combo.setObjectName("themeCombo")
        self.reminder_spin = QSpinBox()
        self.reminder_spin.setObjectName("reminderLeadSpin")
        self.reminder_spin.setRange(0, 24 * 60)
        self.reminder_spin.setSingleStep(5)
        self.reminder_spin.setValue(settings.REMINDER_LEAD_MINUTES.get())
        self.db_box = QGroupBox()
        self.db_box.setObjectName("databaseGroup")
        self.server_form = QFormLayout()
        self._server_labels = [QLabel() for _ in range(5)]
        for label, field in zip(self._server_labels, (self.host_edit, self.port_spin,
                                                      self.name_edit, self.user_edit,
                                                      self.password_edit), strict=True):
            label.setBuddy(field)
            self.server_form.addRow(label, field)
        self.server_form.addRow(self.test_button, self.test_result)
        db_layout = QVBoxLayout(self.db_box)
        db_layout.addWidget(self.local_radio)
        db_layout.addWidget(self.server_radio)
        db_layout.addLayout(self.server_form)
        self.restart_note = QLabel()
        self.restart_note.setWordWrap(True)
        mute(self.restart_note)  # secondary, yet readable (WCAG AA)
        db_layout.addWidget(self.restart_note)
        self.general_form = QFormLayout()
        self._general_labels = [QLabel() for _ in range(3)]
        for label, field in zip(self._general_labels, (self.country_combo, self.language_combo,
                                                       self.theme_combo), strict=True):
            label.setBuddy(field)
            self.general_form.addRow(label, field)
        self._reminder_label = QLabel()
        self._reminder_label.setBuddy(self.reminder_spin)
        self.general_form.addRow(self._reminder_label, self.reminder_spin)
        self.backup_spin = QSpinBox()
        self.backup_spin.setObjectName("backupKeepDaysSpin")
        self.backup_spin.setRange(0, 365)
        self.backup_spin.setValue(settings.BACKUP_KEEP_DAYS.get())
        self._backup_label = QLabel()
        self._backup_label.setBuddy(self.backup_spin)
        self.general_form.addRow(self._backup_label, self.backup_spin)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("settingsButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(self.general_form)
        general_layout.addStretch(1)
        self.tabs.addTab(general, "")
        database = QScrollArea()  # a long answer from "Test connection" scrolls
        database.setObjectName("databaseScroll")
        database.setWidgetResizable(True)
        database.setFrameShape(QScrollArea.Shape.NoFrame)
        page = QWidget()  # the same margins as the General tab's: the box's title sat on
        page_layout = QVBoxLayout(page)  # the tab's frame, its first letter cut by it
        page_layout.addWidget(self.db_box)
        database.setWidget(page)
        self.tabs.addTab(database, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._select(self.language_combo, settings.LANGUAGE.get())
        self._select(self.theme_combo, settings.THEME.get())
        self._update_enabled()

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def _update_enabled(self) -> None:
        for field in (self.host_edit, self.port_spin, self.name_edit, self.user_edit,
                      self.password_edit, self.test_button):
            field.setEnabled(self.server_radio.isChecked())

    def server(self) -> connection.ServerChoice:
        return connection.ServerChoice(self.host_edit.text().strip(), self.port_spin.value(),
                                       self.name_edit.text().strip(),
                                       self.user_edit.text().strip())

    def test_connection(self) -> None:
        """Ask the server what is wrong, in plain words, off the GUI thread. Nothing is written
        (an empty database stays empty) and the typed password never appears in the answer."""
        password = self.password_edit.text()
        url = self.server().url(password)
        self.test_result.setText(self.tr("Connecting…"))
        self.test_button.setEnabled(False)

        def probe() -> Verdict:
            from desktop.services.connection_check import check_connection

            return check_connection(url)

        def shown(message: str) -> str:
            return message.replace(password, "***") if password else message

        def done(verdict: Verdict) -> None:
            from desktop.ui.refusals import reason_text

            self.test_button.setEnabled(True)
            said = shown(reason_text(verdict.code, verdict.params, verdict.message))
            if verdict.ok:
                self.test_result.setText(said)
            else:
                self.test_result.setText(self.tr("Cannot connect: {reason}").format(reason=said))

        def failed(error: BaseException, _details: str) -> None:
            self.test_button.setEnabled(True)
            from desktop.ui.refusals import said

            self.test_result.setText(self.tr("Cannot connect: {reason}").format(
                reason=shown(said(error))))

        # The dialog may be closed (and deleted) before an unreachable host times out.
        self._tasks.run(probe, done, failed, key="settings-test", owner=self)

    def apply(self) -> bool:
        """Write the choices; False if the password could not go to the keyring."""
        stored = True
        settings.DB_MODE.set("server" if self.server_radio.isChecked() else "local")
        if self.server_radio.isChecked():
            server = self.server()
            settings.DB_HOST.set(server.host)
            settings.DB_PORT.set(server.port)
            settings.DB_NAME.set(server.name)
            settings.DB_USER.set(server.user)
            stored = connection.save_password(server, self.password_edit.text())
        settings.DEFAULT_COUNTRY.set(str(self.country_combo.currentData() or ""))
        settings.LANGUAGE.set(str(self.language_combo.currentData() or ""))
        settings.THEME.set(str(self.theme_combo.currentData() or "system"))
        settings.REMINDER_LEAD_MINUTES.set(self.reminder_spin.value())
        settings.BACKUP_KEEP_DAYS.set(self.backup_spin.value())
        return stored

    @override
    def sizeHint(self) -> QSize:
        """Never taller than the screen's free height (a small laptop, a 800×600 screen)."""
        hint = super().sizeHint()
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry().size()
            hint = hint.boundedTo(QSize(room.width() - 20, room.height() - 40))
        return hint

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()).boundedTo(
            self.sizeHint()))
        self._centre()

    def _centre(self) -> None:
        """Over the window and on the screen: Qt placed the dialog at its smaller size before
        the resize above (the Feeds section, added later, makes it wider), so at 800×600 its
        right edge and buttons fell off the screen."""
        frame = self.frameGeometry()
        parent = self.parentWidget()
        if parent is not None:
            frame.moveCenter(parent.window().frameGeometry().center())
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            frame.moveLeft(max(room.left(), min(frame.left(), room.right() - frame.width() + 1)))
            frame.moveTop(max(room.top(), min(frame.top(), room.bottom() - frame.height() + 1)))
        self.move(frame.topLeft())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.tabs.setTabText(0, self.tr("&General"))
        self.tabs.setTabText(1, self.tr("&Database"))
        # the first choice stood blank, as if the list had not loaded
        self.country_combo.setItemText(0, self.tr("None (numbers need their +code)"))
        self.db_box.setTitle(self.tr("Database"))
        self.local_radio.setText(self.tr("On this computer"))
        self.server_radio.setText(self.tr("On a team PostgreSQL server"))
        for label, text in zip(self._server_labels,
                               (self.tr("&Host"), self.tr("&Port"), self.tr("Data&base"),
                                self.tr("&User"), self.tr("Pass&word")), strict=True):
            label.setText(text)
            if label.buddy() is not None:
                label.buddy().setAccessibleName(text.replace("&", ""))
        self.test_button.setText(self.tr("Test connection"))
        self.test_button.setAccessibleName(self.tr("Test connection"))
        self.restart_note.setText(self.tr("The password is kept in the system keyring. A new "
                                          "database is used from the next start."))
        self.local_radio.setAccessibleName(self.local_radio.text())
        self.server_radio.setAccessibleName(self.server_radio.text())
        for label, text in zip(self._general_labels,
                               (self.tr("Default &country for numbers"),
                                self.tr("&Language"), self.tr("&Theme")), strict=True):
            label.setText(text)
            if label.buddy() is not None:
                label.buddy().setAccessibleName(text.replace("&", ""))
        self._reminder_label.setText(self.tr("&Remind me before a deadline"))
        self.reminder_spin.setAccessibleName(self.tr("Remind me before a deadline"))
        self.reminder_spin.setSuffix(self.tr(" min"))
        self.reminder_spin.setSpecialValueText(self.tr("Only when it passes"))
        self._backup_label.setText(self.tr("Keep daily &backups for"))
        self.backup_spin.setAccessibleName(self.tr("Keep daily backups for"))
        self.backup_spin.setSuffix(self.tr(" days"))
        self.backup_spin.setSpecialValueText(self.tr("No daily backups"))
        for combo, items in (
                (self.language_combo,
                 [(code, name or self.tr("Follow the system")) for code, name in LANGUAGES]),
                (self.theme_combo, [("system", self.tr("Follow the system")),
                                    ("light", self.tr("Light")), ("dark", self.tr("Dark"))])):
            current = combo.currentData()
            combo.clear()
            for code, text in items:
                combo.addItem(text, code)
            if current is not None:
                self._select(combo, str(current))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
