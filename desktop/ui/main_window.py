"""The main window: navigation, menus, status bar, undo, drag and drop; views do the rest.

It is shown before the database is open (start-up speed): ``set_database`` then builds the
views that need it and loads the first page in the background.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QStackedWidget, QWidget

from desktop.ui import override, settings
from desktop.ui.i18n import Translations
from desktop.ui.tasks import TaskRunner
from desktop.ui.views.contacts_view import ContactsView

if TYPE_CHECKING:
    from PySide6.QtGui import (
        QCloseEvent,
        QDragEnterEvent,
        QDropEvent,
        QPaintEvent,
        QResizeEvent,
    )

    from desktop.domain.records import ContactRecord
    from desktop.services.database import Database
    from desktop.ui.importing import ImportController

# Only what the first frame shows is imported here: actions, menus, icons, the sidebar and the
# status bar are built by ``MainWindow.complete_ui`` just after the first paint.

CONTACTS, OFFICES, RELEASES = range(3)
INQUIRIES = 3  # the media desk (desktop.ui.inquiry_commands)
NAVIGATION_WIDTH = 160
COMPACT_BELOW = 960
"""Narrower than this (px), the sidebar shows its icons only (names in tooltips and to screen
readers): at 800×600 the views get the 116 px back (the media desk's filters need them)."""
COMPACT_NAVIGATION_WIDTH = 60
_LABEL_ROLE = Qt.ItemDataRole.UserRole + 7
_OVERDUE_ROLE = 0x0101
"""The desk's overdue count on its sidebar item (desktop.ui.inquiry_commands): shown beside
the icon when the names are not."""


def narrow_combo_boxes(view: QWidget | None) -> None:
    """A view's drop-down lists ask for room for a few characters, not for their longest item
    (an office's full name would push the window past an 800×600 screen); they still stretch
    when there is room, and the open list shows every item whole."""
    if view is None:
        return
    from PySide6.QtWidgets import QComboBox

    short = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
    for combo in view.findChildren(QComboBox):
        if combo.sizeAdjustPolicy() != short:
            combo.setSizeAdjustPolicy(short)
            combo.setMinimumContentsLength(6)


class MainWindow(QMainWindow):
    """Contacts, Offices and Releases behind a sidebar; every command also on the keyboard."""

    databaseReady = Signal()
    firstPainted = Signal()
    """The window is on screen: start the heavy work now, not before (it competes for the GIL)."""

    def __init__(self, tasks: TaskRunner, translations: Translations | None = None, *,
                 deferred: bool = False) -> None:
        """``deferred=True`` (start-up) builds only what the first frame shows: the search
        field over the (empty) results. The rest (actions and their shortcuts, menus, sidebar,
        status bar, icons) is built by ``complete_ui()`` in the event loop's next turn after the
        first paint, or earlier when something needs it (``set_database``, a drop)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.tasks = tasks
        self.translations = translations or Translations()
        self.db: Database | None = None
        self._complete = False
        self._painted = False
        self._fitting_navigation = False
        self._first_page_pending = False
        self.stack = QStackedWidget()
        self.stack.setObjectName("viewStack")
        self.contacts = ContactsView(tasks, icons=not deferred)
        self.stack.addWidget(self.contacts)
        self.offices: Any = None
        self.releases: Any = None
        for _ in (OFFICES, RELEASES, INQUIRIES):
            placeholder = QLabel()
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stack.addWidget(placeholder)
        central = QWidget()
        self._layout = QHBoxLayout(central)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.setWindowTitle(self.tr("Press Desk"))
        if not deferred:
            self.complete_ui()
        self._restore_state()
        self.contacts.search_field.setFocus()

    def complete_ui(self) -> None:
        """Everything the first frame does not need; idempotent."""
        if self._complete:
            return
        self._complete = True
        from PySide6.QtWidgets import QListWidget, QListWidgetItem

        from desktop.ui.actions import WindowActions
        from desktop.ui.icons import app_icon, icon
        from desktop.ui.import_commands import ImportCommands
        from desktop.ui.undo import ContactUndoStack
        from desktop.ui.widgets.counts_label import CountsLabel

        self.setWindowIcon(app_icon())
        self.imports = ImportCommands(self, self.tasks, self.refresh, self._status)
        from desktop.ui.feed_commands import FeedCommands

        self.feeds = FeedCommands(self, self.tasks, self.refresh, self._status)
        self.undo_stack = ContactUndoStack(self.tasks, self._undone, self._undo_failed, self)
        self.actions_ = WindowActions(self)
        self.actions_.build_menus(*self.undo_stack.create_actions(self))
        self.feeds.install(self.actions_.menus.get("file"), after=self.actions_["import_files"])
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(NAVIGATION_WIDTH)
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        for name in ("contacts", "offices", "releases"):
            QListWidgetItem(icon(name), "", self.navigation)
        QListWidgetItem(icon("inquiries"), "", self.navigation)
        from desktop.ui.inquiry_commands import InquiryCommands

        self.inquiries = InquiryCommands(self, self.tasks, self.stack, self.navigation, INQUIRIES)
        self._layout.insertWidget(0, self.navigation)
        # After the change's sender is done (the desk renames its item, then widens the bar).
        self.navigation.itemChanged.connect(
            lambda _item: QTimer.singleShot(0, self, self._fit_navigation))
        self.contacts.add_icons()
        self.counts_label = CountsLabel(self.tasks)
        from desktop.ui.live_refresh import LiveRefresh

        self.live_refresh = LiveRefresh(self.refresh, self)
        self.statusBar().addPermanentWidget(self.counts_label)
        self._connect()
        from desktop.ui.keyboard import KeyboardCommands

        self.keyboard = KeyboardCommands(self)
        from desktop.ui.audit_commands import AuditCommands

        self.audit = AuditCommands(self)
        self.retranslate_ui()
        self.navigation.setCurrentRow(CONTACTS)

    def _connect(self) -> None:
        a = self.actions_
        a["new_contact"].triggered.connect(self.new_contact)
        a["edit_contact"].triggered.connect(self.edit_contact)
        a["copy_card"].triggered.connect(self.copy_card)
        a["archive_contact"].triggered.connect(self.archive_contact)
        a["import_files"].triggered.connect(self.imports.choose)
        a["export_contacts"].triggered.connect(self.open_export)
        a["load_demo"].triggered.connect(self.imports.load_demo)
        a["settings"].triggered.connect(self.open_settings)
        a["quit"].triggered.connect(self.close)
        a["find"].triggered.connect(self.focus_search)
        a["refresh"].triggered.connect(self.refresh)
        a["shortcuts"].triggered.connect(self.show_shortcuts)
        a["about"].triggered.connect(self.show_about)
        for view, name in ((CONTACTS, "show_contacts"), (OFFICES, "show_offices"),
                           (RELEASES, "show_releases")):
            a[name].triggered.connect(lambda _=False, v=view: self.show_view(v))
        self.navigation.currentRowChanged.connect(self._view_changed)
        a["show_inquiries"].triggered.connect(lambda _=False: self.show_view(INQUIRIES))
        a["log_inquiry"].triggered.connect(lambda _=False: self.inquiries.log())
        self.contacts.editRequested.connect(self.edit_contact)
        self.contacts.archiveRequested.connect(self.archive_contact)
        self.contacts.demoRequested.connect(lambda: self._if_writable(self.imports.load_demo))
        self.contacts.importRequested.connect(lambda: self._if_writable(self.imports.choose))
        self.contacts.releaseActivated.connect(self.open_release)
        self.contacts.message.connect(lambda text: self._status(text, 5000))
        self.contacts.contactChanged.connect(self._contact_changed)
        self.contacts.contactChanged.connect(
            lambda _r: self.inquiries.watch_card(self.contacts.card))
        self.contacts.model.loaded.connect(self._first_page_in)
        self.contacts.model.failed.connect(lambda _message: self._first_page_in())
        self._contact_changed(None)

    def _if_writable(self, command: Any) -> None:
        from desktop.ui import read_only

        if not read_only.refuse(self):
            command()

    # Database ---------------------------------------------------------------------------------
    def set_database(self, db: Database) -> None:
        """Attach the open database and load the first page; other views come when opened."""
        self.complete_ui()
        self.db = db
        self.imports.set_database(db)
        self.undo_stack.set_database(db)
        self.feeds.set_database(db)
        self._first_page_pending = True
        self.contacts.set_database(db)
        self.inquiries.set_database(db)
        from desktop.ui import read_only

        read_only.apply(self)
        if db.read_only:
            self._contact_changed(self.contacts.current_contact())
        self.live_refresh.watch(db)  # others' changes appear without F5
        if self.navigation.currentRow() != CONTACTS:
            self._ensure_views()
        self.databaseReady.emit()

    def _ensure_views(self) -> None:
        """Build Offices and Releases on first use: they load the release machinery."""
        if self.db is None or self.releases is not None:
            return
        from desktop.ui.views.offices_view import OfficesView
        from desktop.ui.views.releases_view import ReleasesView

        self.offices = OfficesView(self.db, self.tasks)
        self.releases = ReleasesView(self.db, self.tasks)
        for index, view in ((OFFICES, self.offices), (RELEASES, self.releases)):
            old = self.stack.widget(index)
            self.stack.insertWidget(index, view)
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
            view.contactActivated.connect(self.show_contact)
        self.releases.logInquiryRequested.connect(self.inquiries.log_about_release)
        self.offices.exportRequested.connect(lambda _office_id: self.open_export())
        self.stack.setCurrentIndex(self.navigation.currentRow())
        self.releases.filesDropped.connect(self.imports.import_paths)

    def _status(self, text: str, msecs: int) -> None:
        self.statusBar().showMessage(text, msecs)

    def refresh(self) -> None:
        if self.db is None:
            return
        self.contacts.refresh()
        if self.offices is not None:
            self.offices.refresh()
        if self.releases is not None:
            self.releases.refresh()
        self.inquiries.refresh()
        self._update_counts()

    def _update_counts(self) -> None:
        if self.db is not None:
            self.counts_label.refresh(self.db)

    def _first_page_in(self) -> None:
        """The first page is on screen: now the card and the counts (they would compete with
        it for the interpreter, and the page is what the user is waiting for)."""
        if self._first_page_pending:
            self._first_page_pending = False
            QTimer.singleShot(0, self, self._after_first_page)

    def _after_first_page(self) -> None:
        _ = self.contacts.card
        self._update_counts()

    # Views ------------------------------------------------------------------------------------
    def _view_changed(self, index: int) -> None:
        if index != CONTACTS:
            self._ensure_views()
        if index == INQUIRIES:
            self.inquiries.ensure_view()
        self.stack.setCurrentIndex(index)
        narrow_combo_boxes(self.stack.currentWidget())

    def show_view(self, index: int) -> None:
        self.navigation.setCurrentRow(index)
        current = self.stack.currentWidget()
        focus_main = getattr(current, "focus_main", None)
        if callable(focus_main):
            focus_main()  # a page takes no keys itself: its list or field does
        elif current is not None:
            current.setFocus()

    def focus_search(self) -> None:
        self.show_view(CONTACTS)
        self.contacts.focus_search()

    def show_contact(self, contact_id: int) -> None:
        self.show_view(CONTACTS)
        self.contacts.select_contact(contact_id)

    def open_release(self, release_id: int) -> None:
        self._ensure_views()
        if self.releases is not None:
            self.show_view(RELEASES)
            self.releases.open_release(release_id)

    # Contacts ---------------------------------------------------------------------------------
    def _contact_changed(self, record: ContactRecord | None) -> None:
        writable = self.db is None or not self.db.read_only
        for name in ("edit_contact", "copy_card", "archive_contact"):
            self.actions_[name].setEnabled(record is not None and not record.archived
                                           and (writable or name == "copy_card"))

    def open_contact_dialog(self, record: ContactRecord | None) -> Any:
        from desktop.ui.dialogs.contact_dialog import ContactDialog

        if self.db is None:
            return None
        dialog = ContactDialog(self.db, self.tasks, record, self)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog, record))
        dialog.open()
        return dialog

    def new_contact(self) -> Any:
        from desktop.ui import read_only

        return None if read_only.refuse(self) else self.open_contact_dialog(None)

    def edit_contact(self) -> Any:
        from desktop.ui import read_only

        if read_only.refuse(self):
            return None
        record = self.contacts.current_contact()
        return self.open_contact_dialog(record) if record is not None else None

    def _dialog_closed(self, dialog: Any, before: ContactRecord | None) -> None:
        saved = dialog.saved
        before = getattr(dialog, "base", before)  # their version, after a conflict
        dialog.deleteLater()
        if saved is None or self.db is None:
            return
        if before is not None:
            from desktop.ui.undo import EditContactCommand

            self.undo_stack.push(EditContactCommand(
                before, saved, self.tr("Edit {name}").format(name=saved.name)))
            self.statusBar().showMessage(self.tr("Saved {name}").format(name=saved.name), 5000)
        else:
            self.statusBar().showMessage(self.tr("Added {name}").format(name=saved.name), 5000)
        self.contacts.select_contact(saved.id, saved)  # the saved contact, whatever the search
        self.refresh()

    def archive_contact(self) -> None:
        from PySide6.QtWidgets import QLineEdit

        from desktop.services.contacts import set_archived
        from desktop.ui import read_only

        if read_only.refuse(self):
            return
        record = self.contacts.current_contact()
        if record is None or self.db is None or isinstance(self.focusWidget(), QLineEdit):
            return
        db = self.db
        self.actions_["archive_contact"].setEnabled(False)  # once, not twice, per press

        def done(archived: ContactRecord) -> None:
            from desktop.ui.undo import ArchiveContactCommand

            self.undo_stack.push(ArchiveContactCommand(
                archived, self.tr("Archive {name}").format(name=record.name)))
            self.statusBar().showMessage(
                self.tr("Archived {name} — Ctrl+Z brings them back").format(name=record.name),
                8000)
            self.contacts.show_record(archived)
            self._contact_changed(archived)
            self.refresh()

        def failed(error: BaseException, _details: str) -> None:
            self._contact_changed(self.contacts.current_contact())
            self._show_failure(self.tr("Not archived"), error)

        self.tasks.run(lambda: set_archived(db, record.id, True, if_version=record.version),
                       done, failed, owner=self)

    def _show_failure(self, title: str, error: BaseException) -> None:
        """A refused change or an unreachable database, said plainly; a bug goes to the crash
        dialog with its traceback."""
        from PySide6.QtWidgets import QMessageBox

        from desktop.ui.crash import plain_message

        message = plain_message(error)
        if message is None:
            raise error
        QMessageBox.warning(self, title, message)

    def _undone(self, record: ContactRecord) -> None:
        """The contact a step put back is on the card: an archive undone brings them back
        there (and into the results), as a saved edit does; one archived again is shown
        archived until the results move on to the next."""
        if record.archived:
            self.contacts.show_record(record)
            self._contact_changed(record)
        else:
            self.contacts.select_contact(record.id, record)
        self.refresh()

    def _undo_failed(self, undoing: bool, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("Cannot undo") if undoing else self.tr("Cannot redo"),
                            message)

    def copy_card(self) -> None:
        self.contacts.card.copy_card()

    # Import ---------------------------------------------------------------------------------
    @property
    def importer(self) -> ImportController | None:
        return self.imports.importer

    def load_demo(self) -> None:
        self.imports.load_demo()

    @override
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.complete_ui()
        if self.db is not None and self.db.read_only:
            event.ignore()  # a read-only database takes no import
        elif self.imports.accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    @override
    def dropEvent(self, event: QDropEvent) -> None:
        self.complete_ui()
        if self.imports.drop(event.mimeData()):
            event.acceptProposedAction()

    # Export -----------------------------------------------------------------------------------
    def open_export(self) -> Any:
        """File → Export…: starts from the search and selection, or the office on screen."""
        from desktop.ui.export_commands import open_export

        return open_export(self)

    # Settings and help ------------------------------------------------------------------------
    def open_settings(self) -> Any:
        from desktop.ui.dialogs.settings_dialog import SettingsDialog
        from desktop.ui.i18n import sorted_countries

        dialog = SettingsDialog(self.tasks, list(sorted_countries(self.translations.language)),
                                self)
        self.feeds.settings_section(dialog)
        dialog.accepted.connect(lambda: self._apply_settings(dialog))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def _apply_settings(self, dialog: Any) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop.ui.theme import apply_theme

        if not dialog.apply():
            QMessageBox.warning(self, self.tr("Password not stored"), self.tr(
                "No system keyring is available, so the password was not saved."))
        self.translations.apply(settings.LANGUAGE.get())
        apply_theme(settings.THEME.get())

    def show_shortcuts(self) -> None:
        from desktop.ui.dialogs.help_dialogs import ShortcutsDialog

        ShortcutsDialog(self.actions_.shortcut_rows(), self).exec()

    def show_about(self) -> None:
        from desktop.ui.dialogs.help_dialogs import AboutBox

        AboutBox(self.db.display_url if self.db else self.tr("not open"), self).exec()

    # Language and state -----------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Press Desk"))
        if not self._complete:
            return  # complete_ui() translates the rest
        self.actions_.retranslate_ui()
        self.undo_stack.retranslate_ui()
        self.navigation.setAccessibleName(self.tr("Views"))
        for row, text in enumerate((self.tr("Contacts"), self.tr("Offices"),
                                    self.tr("Releases"))):
            item = self.navigation.item(row)
            item.setText(text)
            item.setToolTip(f"{text} (Alt+{row + 1})")
        self.inquiries.retranslate_ui()
        self._fit_navigation()
        for index in (OFFICES, RELEASES, INQUIRIES):
            placeholder = self.stack.widget(index)
            if isinstance(placeholder, QLabel):
                placeholder.setText(self.tr("Opening the database…"))
        if self.db is not None:
            self.contacts.model.reload()  # country names follow the language

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fit_navigation(self) -> None:
        """Names beside the icons when there is room (the sidebar as wide as the longest),
        icons alone when the window is narrow (the desk's overdue count stays, as a number).
        Runs again whenever an item changes: the desk renames its item as the count moves."""
        if self._fitting_navigation or not hasattr(self, "navigation"):  # built by complete_ui
            return
        self._fitting_navigation = True
        try:
            compact = self.width() < COMPACT_BELOW
            navigation = self.navigation
            widest = NAVIGATION_WIDTH
            for row in range(navigation.count()):
                item = navigation.item(row)
                short = str(item.data(_OVERDUE_ROLE) or "") if row == INQUIRIES else ""
                if item.text() and item.text() != short:  # set (again) by retranslate_ui
                    item.setData(_LABEL_ROLE, item.text())
                label = str(item.data(_LABEL_ROLE) or "")
                item.setText(short if compact else label)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, label)
                widest = max(widest, navigation.fontMetrics().horizontalAdvance(label)
                             + navigation.iconSize().width() + 28)
            navigation.setFixedWidth(COMPACT_NAVIGATION_WIDTH if compact else widest)
        finally:
            self._fitting_navigation = False

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if hasattr(self, "navigation") and (event.size().width() < COMPACT_BELOW) != (
                self.navigation.width() == COMPACT_NAVIGATION_WIDTH):
            self._fit_navigation()

    def _restore_state(self) -> None:
        geometry = settings.WINDOW_GEOMETRY.get()
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            screen = QGuiApplication.primaryScreen()
            room = screen.availableGeometry().size() if screen else QSize(1400, 900)
            # Wide enough for the results' columns beside the card, within the screen.
            self.resize(min(room.width(), 1440), min(room.height() - 40, 880))
        self.contacts.restore_state()

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self._first_paint_done)

    def _first_paint_done(self) -> None:
        """Start the heavy work (``firstPainted``: the database), then build the rest of the
        window while it runs."""
        self.firstPainted.emit()
        self.complete_ui()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        settings.WINDOW_GEOMETRY.set(self.saveGeometry())
        if self._complete:
            self.inquiries.stop()
            self.live_refresh.stop()
        self.contacts.save_state()
        super().closeEvent(event)
