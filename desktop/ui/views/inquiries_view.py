"""The media desk: inquiries, open first by deadline, with filters, exports and the summary.

The time-left words follow the clock (a 30 s tick repaints them, no query); the table reloads
when something changed (a logged or answered inquiry, F5). Exports run the services' writers
off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDate,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.database import Database
from desktop.ui import override, settings
from desktop.ui.file_dialogs import save_file_name
from desktop.ui.inquiry_texts import status_items
from desktop.ui.models.inquiries_model import (
    ASSIGNEE,
    DEADLINE,
    INQUIRY_ID_ROLE,
    JOURNALIST,
    OFFICE,
    OUTLET,
    RECEIVED,
    STATUS,
    TIME_LEFT,
    TOPIC,
    InquiriesModel,
)
from desktop.ui.reminders import lead_time
from desktop.ui.tasks import TaskRunner

TICK_MS = 30_000
OPEN = "open"
"""The status filter's default: new and assigned together."""
FILTER_CHARACTERS = 30
"""How wide a filter list may grow, in average characters: an office's or a person's name."""
PERIODS = ("all", "7d", "30d", "custom")


class InquiriesView(QWidget):
    """The desk (table and filters) and the summary, as two tabs."""

    logRequested = Signal()
    openRequested = Signal(int)
    """Enter or a double click on an inquiry: the window opens the answer dialog."""
    overdueChanged = Signal(int)
    message = Signal(str)
    logFromJournalistRequested = Signal(object)
    """A journalist card's "Log an inquiry from this journalist", with the JournalistRecord."""

    def __init__(self, db: Database, tasks: TaskRunner, parent: QWidget | None = None,
                 clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inquiriesView")
        self._db, self._tasks = db, tasks
        self._clock = clock or (lambda: datetime.now(UTC))
        self.overdue = 0
        self._kept: tuple[int, int] | None = None
        """(inquiry id, scroll position) to put back once a refresh has loaded."""
        self.model = InquiriesModel(db, tasks, self, clock=self._clock)
        self.model.lead = lead_time()

        # Filters -----------------------------------------------------------------------------
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.assignee_filter = QComboBox()
        self.assignee_filter.setObjectName("assigneeFilter")
        self.office_filter = QComboBox()
        self.office_filter.setObjectName("officeFilter")
        self.outlet_filter = QComboBox()
        self.outlet_filter.setObjectName("outletFilter")
        self.period_filter = QComboBox()
        self.period_filter.setObjectName("periodFilter")
        self.since_edit = QDateEdit()
        self.since_edit.setObjectName("sinceEdit")
        self.until_edit = QDateEdit()
        self.until_edit.setObjectName("untilEdit")
        today = self._today()
        for edit, day in ((self.since_edit, today.addDays(-30)), (self.until_edit, today)):
            edit.setCalendarPopup(True)
            edit.setDate(day)
        self._filter_labels = [QLabel() for _ in range(5)]
        # Two rows: five labelled lists and two dates on one line need more than an
        # 800-pixel screen leaves beside the sidebar once the lists hold office names.
        filters = QGridLayout()
        filters.setContentsMargins(8, 6, 8, 0)
        places = ((0, 0), (0, 2), (0, 4), (1, 0), (1, 2))
        for (row, column), label, combo in zip(
                places, self._filter_labels,
                (self.status_filter, self.assignee_filter, self.office_filter,
                 self.outlet_filter, self.period_filter), strict=True):
            label.setBuddy(combo)
            filters.addWidget(label, row, column)
            filters.addWidget(combo, row, column + 1)
        for column in (1, 3, 5):
            filters.setColumnStretch(column, 100)
        # In a wide window the lists stop at a name's width and the room is left on the right
        # (at 1400×900 each was 340 px wide for "Open", and the row ran to the window's edge).
        widest = self.fontMetrics().averageCharWidth() * FILTER_CHARACTERS
        for combo in (self.status_filter, self.assignee_filter, self.office_filter,
                      self.outlet_filter, self.period_filter):
            combo.setMaximumWidth(widest)
        filters.setColumnStretch(6, 1)
        dates = QHBoxLayout()
        dates.addWidget(self.since_edit)
        dates.addWidget(self.until_edit)
        dates.addStretch(1)
        filters.addLayout(dates, 1, 4, 1, 2)

        # Commands ----------------------------------------------------------------------------
        self.log_button = QPushButton()
        self.log_button.setObjectName("logInquiryButton")
        self.log_button.clicked.connect(self.logRequested)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openInquiryButton")
        self.open_button.clicked.connect(self.open_current)
        self.ics_button = QPushButton()
        self.ics_button.setObjectName("icsButton")
        self.ics_button.clicked.connect(self.choose_ics_path)
        self.export_button = QPushButton()  # a push button's menu arrow gets its own room: a
        self.export_button.setObjectName("exportButton")  # tool button's touched "Export"
        self._export_menu()
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("overdueLabel")
        commands = QHBoxLayout()
        commands.setContentsMargins(8, 0, 8, 0)
        for widget in (self.log_button, self.open_button, self.ics_button, self.export_button):
            commands.addWidget(widget)
        commands.addStretch(1)
        commands.addWidget(self.overdue_label)

        # Table -------------------------------------------------------------------------------
        self.table = QTableView()
        self.table.setObjectName("inquiriesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TOPIC, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in ((TIME_LEFT, 170), (DEADLINE, 130), (STATUS, 85), (JOURNALIST, 130),
                              (ASSIGNEE, 150), (OFFICE, 130), (OUTLET, 110), (RECEIVED, 130)):
            header.resizeSection(column, width)
        self._moment_width = 130
        self.table.doubleClicked.connect(self._activated)
        self.table.installEventFilter(self)  # Enter opens the inquiry
        self.empty_label = QLabel()
        self.empty_label.setObjectName("inquiriesEmptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty_label)

        desk = QWidget()
        desk_layout = QVBoxLayout(desk)
        desk_layout.setContentsMargins(0, 0, 0, 0)
        desk_layout.addLayout(filters)
        desk_layout.addLayout(commands)
        desk_layout.addWidget(self.table_stack, 1)

        from desktop.ui.views.summary_panel import SummaryPanel

        self.summary = SummaryPanel(db, tasks, clock=self._clock)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("inquiryTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(desk, "")
        self.tabs.addTab(self.summary, "")
        from desktop.ui.views.journalists_panel import JournalistsPanel

        self.journalists = JournalistsPanel(db, tasks, clock=self._clock)
        self.journalists.openInquiryRequested.connect(self.openRequested)
        self.journalists.logFromJournalistRequested.connect(self.logFromJournalistRequested)
        self.journalists.message.connect(self.message)
        self.tabs.addTab(self.journalists, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.model.pageLoaded.connect(self._update_empty_state)
        self.model.modelReset.connect(self._update_empty_state)
        self.model.loadFailed.connect(self._load_failed)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_enabled())
        self.retranslate_ui()
        for combo in (self.status_filter, self.assignee_filter, self.office_filter,
                      self.outlet_filter, self.period_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        for edit in (self.since_edit, self.until_edit):
            edit.dateChanged.connect(self.apply_filters)
        self._load_choices()
        self.apply_filters()

    # Filters ------------------------------------------------------------------------------------
    def _today(self) -> QDate:
        local = self._clock().astimezone()
        return QDate(local.year, local.month, local.day)

    def period(self) -> tuple[datetime | None, datetime | None]:
        """The chosen period as UTC instants: since the start of one day, until the end of
        another (the viewer's days)."""
        choice = self.period_filter.currentData()
        now = self._clock()
        if choice == "7d":
            return now - timedelta(days=7), None
        if choice == "30d":
            return now - timedelta(days=30), None
        if choice == "custom":
            zone = now.astimezone().tzinfo
            since = self.since_edit.date().toPython()
            until = self.until_edit.date().toPython()
            assert isinstance(since, date) and isinstance(until, date)
            return (datetime.combine(since, time(0), zone).astimezone(UTC),
                    datetime.combine(until + timedelta(days=1), time(0), zone).astimezone(UTC))
        return None, None

    def current_filter(self) -> Any:
        from desktop.domain.inquiries import InquiryStatus
        from desktop.services.inquiries import InquiryFilter

        status = self.status_filter.currentData()
        statuses: tuple[Any, ...] = ()
        if status == OPEN:
            statuses = (InquiryStatus.NEW, InquiryStatus.ASSIGNED)
        elif status:
            statuses = (InquiryStatus(status),)
        since, until = self.period()
        return InquiryFilter(statuses=statuses, assignee_id=self.assignee_filter.currentData(),
                             office_id=self.office_filter.currentData(),
                             outlet_id=self.outlet_filter.currentData(),
                             received_since=since, received_until=until)

    def apply_filters(self) -> None:
        custom = self.period_filter.currentData() == "custom"
        self.since_edit.setVisible(custom)
        self.until_edit.setVisible(custom)
        self.model.set_filter(self.current_filter())
        self.update_overdue()

    def _load_choices(self) -> None:
        """Fill the assignee, office and outlet filters from the inquiries on record."""
        from desktop.services.inquiries import filter_choices

        db = self._db
        self._tasks.run(lambda: filter_choices(db), self._choices_loaded, owner=self)

    def _choices_loaded(self, choices: Any) -> None:
        for combo, items in ((self.assignee_filter, choices.assignees),
                             (self.office_filter, choices.offices),
                             (self.outlet_filter, choices.outlets)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            # "All offices" apart from the outlets' "All": Spanish says "Todas" of oficinas.
            everyone = {id(self.assignee_filter): self.tr("Anyone"),
                        id(self.office_filter): self.tr("All offices")}
            combo.addItem(everyone.get(id(combo), self.tr("All")), None)
            for item_id, name in items:
                combo.addItem(name, item_id)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    # Time ---------------------------------------------------------------------------------------
    def tick(self) -> None:
        """The clock moved: new words in the time-left column, a new overdue count."""
        self.model.lead = lead_time()
        self.model.tick()
        self.update_overdue()

    def update_overdue(self) -> None:
        from desktop.services.inquiries import count_overdue

        db, now = self._db, self._clock()
        self._tasks.run(lambda: count_overdue(db, now), self._overdue_counted,
                        key=f"overdue-{id(self)}", owner=self)

    def _overdue_counted(self, count: int) -> None:
        self.overdue = count
        self.overdue_label.setText(self.tr("%n overdue", "", count) if count else "")
        self.overdueChanged.emit(count)

    # Rows ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload in place (a change here or elsewhere): the selected inquiry stays selected
        and the table stays scrolled where it was (``_keep_place``)."""
        kept = self.current_id()
        if kept is not None:
            self._kept = (kept, self.table.verticalScrollBar().value())
        self.model.refresh()
        self._load_choices()
        self.update_overdue()
        if self.tabs.currentWidget() is self.summary:
            self.summary.refresh()
        self.journalists.refresh()

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return int(index.data(INQUIRY_ID_ROLE)) if index.isValid() else None

    def select_inquiry(self, inquiry_id: int) -> bool:
        """Select it now if it is loaded (True), else once a refresh loading it arrives."""
        row = self.model.row_of(inquiry_id)
        if row is None:
            self._kept = (inquiry_id, self.table.verticalScrollBar().value())
            return False
        self._kept = None
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def open_current(self) -> None:
        inquiry_id = self.current_id()
        if inquiry_id is not None:
            self.openRequested.emit(inquiry_id)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(int(index.data(INQUIRY_ID_ROLE)))

    def _update_enabled(self) -> None:
        selected = self.current_id() is not None
        self.open_button.setEnabled(selected)
        row = self.model.inquiry_at(self.table.currentIndex().row())
        self.ics_button.setEnabled(selected and getattr(row, "deadline", None) is not None)

    def _keep_place(self) -> None:
        """After a refresh: the same inquiry selected, the same rows in sight."""
        if self._kept is None:
            return
        inquiry_id, scrolled = self._kept
        row = self.model.row_of(inquiry_id)
        if row is None:
            if self.model.canFetchMore():
                return  # further down: the next page may hold it
            self._kept = None
            return
        self._kept = None
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.verticalScrollBar().setValue(scrolled)

    def _update_empty_state(self) -> None:
        self._keep_place()
        empty = self.model.loaded_once and self.model.rowCount() == 0
        if empty:
            self._explain_empty()
        self.table_stack.setCurrentWidget(self.empty_label if empty else self.table)
        self._update_enabled()

    def _narrowed(self) -> bool:
        """Whether a filter hides some inquiries (the desk opens on Status: Open)."""
        return bool(self.status_filter.currentData() or self.assignee_filter.currentData()
                    or self.office_filter.currentData() or self.outlet_filter.currentData()
                    or self.period_filter.currentData() not in (None, "all"))

    def _explain_empty(self) -> None:
        """An empty desk says why: nothing logged yet, or the filters hide what there is (after
        answering the last open inquiry the desk said "No inquiries here", as if it were gone)."""
        self.empty_label.setText(self._nothing_logged_text())
        if not self._narrowed():
            return
        from desktop.services.inquiries import count_inquiries

        db = self._db
        self._tasks.run(lambda: count_inquiries(db), self._counted_all, owner=self)

    def _counted_all(self, count: int) -> None:
        if count and self.model.rowCount() == 0:
            self.empty_label.setText(self._filtered_out_text(count))

    def _nothing_logged_text(self) -> str:
        return self.tr("No inquiries here. Log one with Ctrl+Shift+N when a journalist calls.")

    def _filtered_out_text(self, count: int) -> str:
        from desktop.ui.plural import counted

        if self.status_filter.currentData() == OPEN:
            return counted(
                self.tr("Nothing open: the %n inquiries on record are answered or closed. "
                        "Status: All shows them.", "", count), count,
                "Nothing open: the one inquiry on record is answered or closed. "
                "Status: All shows it.")
        return counted(
            self.tr("None of the %n inquiries on record matches these filters.", "", count),
            count, "The one inquiry on record does not match these filters.")

    def _load_failed(self, message: str) -> None:
        self.empty_label.setText(self.tr("The inquiries could not be loaded: {0}").format(
            message))
        self.table_stack.setCurrentWidget(self.empty_label)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.summary:
            self.summary.refresh()
        if self.tabs.widget(index) is self.journalists:
            self.journalists.ensure_loaded()

    # Export -------------------------------------------------------------------------------------
    def _export_menu(self) -> None:
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self.export_button)
        self.export_csv_action = menu.addAction("")
        self.export_csv_action.triggered.connect(lambda: self.choose_export_path("csv"))
        self.export_xlsx_action = menu.addAction("")
        self.export_xlsx_action.triggered.connect(lambda: self.choose_export_path("xlsx"))
        self.export_button.setMenu(menu)

    def _last_folder(self) -> str:
        return settings.LAST_IMPORT_FOLDER.get() or str(Path.home())

    def choose_export_path(self, fmt: str) -> None:
        name = f"inquiries.{fmt}"
        path = save_file_name(
            self, self.tr("Export the inquiries"), str(Path(self._last_folder()) / name),
            self.tr("Spreadsheet (*.{0})").format(fmt))
        if path:
            self.export(Path(path), fmt)

    def export(self, path: Path, fmt: str) -> None:
        """Write the log for the chosen period (the services' Excel-safe writers)."""
        from desktop.services.inquiry_export import export_inquiries

        db = self._db
        since, until = self.period()
        self._tasks.run(lambda: export_inquiries(db, path, fmt, since=since, until=until),
                        lambda count: self._exported(int(count), path), self._export_failed,
                        owner=self)

    def _exported(self, count: int, path: Path) -> None:
        text = self.tr("Exported one inquiry to {path}") if count == 1 else self.tr(
            "Exported %n inquiries to {path}", "", count)
        self.message.emit(text.format(path=path))

    def choose_ics_path(self) -> None:
        inquiry_id = self.current_id()
        if inquiry_id is None:
            return
        path = save_file_name(
            self, self.tr("Add the deadline to a calendar"),
            str(Path(self._last_folder()) / f"inquiry-{inquiry_id}.ics"),
            self.tr("Calendar (*.ics)"))
        if path:
            self.export_ics(inquiry_id, Path(path))

    def export_ics(self, inquiry_id: int, path: Path) -> None:
        from desktop.services.inquiries import get_inquiry
        from desktop.services.inquiry_calendar import write_deadline_ics

        db = self._db

        def write() -> Path:
            write_deadline_ics(get_inquiry(db, inquiry_id), path)
            return path

        self._tasks.run(write, lambda written: self.message.emit(
            self.tr("Deadline saved to {path}: open it to add it to your calendar").format(
                path=written)), self._export_failed, owner=self)

    def _export_failed(self, error: BaseException, _details: str) -> None:
        from desktop.ui.crash import plain_message

        message = plain_message(error)
        if message is None:
            raise error
        self.message.emit(self.tr("Not exported: {reason}").format(reason=message))

    # Language -----------------------------------------------------------------------------------
    def focus_main(self) -> None:
        """Alt+4 puts the keyboard where the open tab is worked: the desk's inquiries (or Log
        an inquiry when there are none), the summary's period, the journalists' search."""
        tab = self.tabs.currentWidget()
        if tab is self.summary:
            target: QWidget = self.summary.period_combo
        elif tab is self.journalists:
            target = self.journalists.search_edit
        else:
            target = (self.table if self.table_stack.currentWidget() is self.table
                      else self.log_button)
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def retranslate_ui(self) -> None:
        from desktop.ui.dates import edit_format

        for edit in (self.since_edit, self.until_edit):
            edit.setDisplayFormat(edit_format(with_time=False))
        self._fit_moment_columns()
        self.tabs.setTabText(0, self.tr("&Desk"))
        self.tabs.setTabText(1, self.tr("S&ummary"))
        self.tabs.setTabText(2, self.tr("&Journalists"))
        for label, text in zip(self._filter_labels,
                               (self.tr("S&tatus"), self.tr("A&ssignee"), self.tr("O&ffice"),
                                self.tr("Outl&et"), self.tr("&Period")), strict=True):
            label.setText(text)
            if label.buddy() is not None:
                label.buddy().setAccessibleName(text.replace("&", ""))
        self._fill(self.status_filter,
                   [(OPEN, self.tr("Open")), ("", self.tr("All")), *status_items()])
        self._fill(self.period_filter, [("all", self.tr("Any time")),
                                        ("7d", self.tr("Last 7 days")),
                                        ("30d", self.tr("Last 30 days")),
                                        ("custom", self.tr("Dates…"))])
        self.since_edit.setAccessibleName(self.tr("From"))
        self.until_edit.setAccessibleName(self.tr("To"))
        self.log_button.setText(self.tr("&Log an inquiry…"))
        self.log_button.setToolTip(self.tr("Log an inquiry (Ctrl+Shift+N)"))
        self.open_button.setText(self.tr("&Answer…"))
        self.open_button.setToolTip(self.tr("Assign, answer or change the status (Enter)"))
        self.ics_button.setText(self.tr("Deadline to &calendar…"))
        self.export_button.setText(self.tr("E&xport"))
        self.export_csv_action.setText(self.tr("Export the log as CSV…"))
        self.export_xlsx_action.setText(self.tr("Export the log as Excel (XLSX)…"))
        self.table.setAccessibleName(self.tr("Inquiries"))
        if self.table_stack.currentWidget() is not self.empty_label or not self._narrowed():
            self.empty_label.setText(self._nothing_logged_text())
        elif self.model.loaded_once and self.model.rowCount() == 0:
            self._explain_empty()
        self.model.retranslate()
        self._overdue_counted(self.overdue)

    def _fit_moment_columns(self) -> None:
        """Deadline and Received as wide as the language writes its widest moment ("Sep 28,
        2026, 10:58 PM" was cut to "Nov 24, 2026, 8:3…" in 130 px)."""
        from desktop.ui.dates import widest_moment

        widest = widest_moment(self.table.fontMetrics().horizontalAdvance)
        header = self.table.horizontalHeader()
        self._moment_width = max(130, widest + 16)
        for column in (DEADLINE, RECEIVED):
            header.resizeSection(column, self._moment_width)
        if self.isVisible():
            self._hide_narrow_columns(self.width())

    def _fill(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for data, text in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        """Narrow windows drop the least useful columns first, never the time left or topic."""
        super().resizeEvent(event)
        self._hide_narrow_columns(event.size().width())

    def _hide_narrow_columns(self, width: int) -> None:
        # The thresholds were set for 130-px moments; wider ones (English) ask for more room,
        # or the topic would be cut ("Drought in the So…" at 1400×900).
        extra = max(0, self._moment_width - 130)  # a hidden section's size reads 0
        for column, below in ((RECEIVED, 1200 + 2 * extra), (OUTLET, 1060 + extra),
                              (OFFICE, 940 + extra), (DEADLINE, 820 + extra)):
            self.table.setColumnHidden(column, width < below)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.current_id() is not None):
            self.open_current()
            return True
        return super().eventFilter(watched, event)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
