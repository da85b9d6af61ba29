"""The Journalists tab of the media desk: find a journalist as you type, see their card.

The search is the services' ``search_journalists`` (the journalists' own index: name, outlet,
beat, email, number, prefixes too), run off the GUI thread; a newer keystroke drops an older
answer. An empty field lists journalists by name. The outlet-kind filter (wire, print,
broadcast, online) narrows what the search found.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services.database import Database
from desktop.ui import override
from desktop.ui.plural import counted
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.journalist_card import JournalistCard

TYPING_PAUSE_MS = 150
FOUND = 50
"""Journalists asked of the search per keystroke (and listed when the field is empty)."""
INQUIRIES_SHOWN = 200
JOURNALIST_ROLE = Qt.ItemDataRole.UserRole + 1
KINDS = ("wire", "print", "broadcast", "online")


class JournalistsPanel(QWidget):
    """Search field and kind filter over a result list, the chosen journalist's card beside."""

    openInquiryRequested = Signal(int)
    logFromJournalistRequested = Signal(object)
    message = Signal(str)

    def __init__(self, db: Database, tasks: TaskRunner, parent: QWidget | None = None,
                 clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalistsPanel")
        self._db, self._tasks = db, tasks
        self._key = f"journalists-{id(self)}"
        self._found: list[Any] = []
        self.loaded = False
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.search)
        self.card = JournalistCard(clock=clock or (lambda: datetime.now(UTC)))
        self.card.inquiryActivated.connect(self.openInquiryRequested)
        self.card.logFromJournalistRequested.connect(self.logFromJournalistRequested)
        self.card.message.connect(self.message)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("journalistSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _t: self._pause.start())
        self.search_edit.installEventFilter(self)  # Down and Enter go to the results
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search_edit)
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("journalistKindFilter")
        self.kind_filter.currentIndexChanged.connect(lambda _i: self._show_found())
        self.kind_label = QLabel()
        self.kind_label.setBuddy(self.kind_filter)
        # One row each: side by side in the ~280 px list pane, the search field showed three
        # letters and the outlet types "Todos los" at 800×600 in Spanish.
        self.kind_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        top = QFormLayout()
        top.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        top.addRow(self.search_label, self.search_edit)
        top.addRow(self.kind_label, self.kind_filter)

        self.results = QListWidget()
        self.results.setObjectName("journalistResults")
        self.results.currentItemChanged.connect(lambda item, _old: self._chosen(item))
        self.results.itemActivated.connect(lambda _item: self.card.focus_first_action())
        self.status_label = QLabel()
        self.status_label.setObjectName("journalistSearchStatus")
        self.status_label.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 6, 0, 8)
        left_layout.addLayout(top)
        left_layout.addWidget(self.results, 1)
        left_layout.addWidget(self.status_label)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.card)
        self.splitter.setStretchFactor(0, 0)  # names are short: the card gets the room
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 820])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.setTabOrder(self.search_edit, self.kind_filter)
        self.setTabOrder(self.kind_filter, self.results)
        self.retranslate_ui()

    # Searching ----------------------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        """The first time the tab is shown: journalists by name."""
        if not self.loaded:
            self.loaded = True
            self.search()

    def search(self) -> None:
        """Ask the services for what is typed (all journalists by name when nothing is)."""
        from desktop.services.journalists import list_journalists, search_journalists

        self._pause.stop()
        db, query = self._db, self.search_edit.text().strip()
        if query:
            self._tasks.run(lambda: search_journalists(db, query, limit=FOUND), self._answered,
                            self._failed, key=self._key, owner=self)
        else:
            self._tasks.run(lambda: list_journalists(db, limit=FOUND), self._answered,
                            self._failed, key=self._key, owner=self)

    def _answered(self, found: list[Any]) -> None:
        self._found = list(found)
        self._show_found()

    def _failed(self, error: BaseException, _details: str) -> None:
        from desktop.ui.crash import plain_message

        message = plain_message(error)
        if message is None:
            raise error
        self.status_label.setText(self.tr("The journalists could not be loaded: {0}").format(
            message))

    def shown(self) -> list[Any]:
        kind = self.kind_filter.currentData()
        return [j for j in self._found
                if not kind or (j.outlet is not None and j.outlet.kind is not None
                                and j.outlet.kind.value == kind)]

    def _show_found(self) -> None:
        current = self.current_id()
        shown = self.shown()
        self.results.blockSignals(True)
        self.results.clear()
        for journalist in shown:
            item = QListWidgetItem(self.result_text(journalist))
            item.setData(JOURNALIST_ROLE, journalist.id)
            self.results.addItem(item)
        self.results.blockSignals(False)
        if shown:
            ids = [j.id for j in shown]
            self.results.setCurrentRow(ids.index(current) if current in ids else 0)
        else:
            self.card.show_journalist(None)
        self._show_status(len(shown))

    def _show_status(self, count: int) -> None:
        if count:
            self.status_label.setText(counted(self.tr("%n journalists", "", count), count,
                                              "1 journalist"))
        elif self.search_edit.text().strip() or self.kind_filter.currentData():
            self.status_label.setText(self.tr("No journalist matches. Journalists are added "
                                              "when you log their first inquiry."))
        else:
            self.status_label.setText(self.tr("No journalists yet: they are added when you log "
                                              "their first inquiry (Ctrl+Shift+N)."))

    def result_text(self, journalist: Any) -> str:
        if journalist.outlet is None:
            return str(journalist.name)
        return f"{journalist.name} — {self.card.outlet_text(journalist)}"

    def current_id(self) -> int | None:
        item = self.results.currentItem()
        return int(item.data(JOURNALIST_ROLE)) if item is not None else None

    # The card -----------------------------------------------------------------------------------
    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.show_journalist(int(item.data(JOURNALIST_ROLE)))

    def show_journalist(self, journalist_id: int) -> None:
        """The journalist (read again: the count may have moved) and their inquiries."""
        from desktop.services.inquiries import InquiryFilter, list_inquiries
        from desktop.services.journalists import get_journalist

        db = self._db

        def load() -> tuple[Any, list[Any]]:
            return (get_journalist(db, journalist_id),
                    list_inquiries(db, InquiryFilter(journalist_id=journalist_id), offset=0,
                                   limit=INQUIRIES_SHOWN))

        self._tasks.run(load, lambda found: self.card.show_journalist(*found), self._failed,
                        key=self._key + "-card", owner=self)

    def refresh(self) -> None:
        """Something changed on the desk: the list and the card read again."""
        if self.loaded:
            self.search()

    # Language and keys --------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.search_label.setText(self.tr("Fi&nd"))
        self.search_edit.setPlaceholderText(self.tr("Name, outlet, beat, email or number"))
        self.search_edit.setAccessibleName(self.tr("Find a journalist"))
        self.kind_label.setText(self.tr("Outlet &kind"))
        self.kind_filter.setAccessibleName(self.tr("Outlet kind"))
        current = self.kind_filter.currentData()
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(self.tr("All outlets"), None)
        for kind in KINDS:
            self.kind_filter.addItem(self.card.kind_text(kind), kind)
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(current)))
        self.kind_filter.blockSignals(False)
        self.results.setAccessibleName(self.tr("Journalists found"))
        for n in range(self.results.count()):
            item = self.results.item(n)
            journalist = next((j for j in self._found
                               if j.id == item.data(JOURNALIST_ROLE)), None)
            if journalist is not None:
                item.setText(self.result_text(journalist))
        if self.loaded:
            self._show_status(self.results.count())

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.search_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            if self._pause.isActive():
                self.search()
            if self.results.count():
                self.results.setFocus(Qt.FocusReason.TabFocusReason)
                if event.key() != Qt.Key.Key_Down:
                    self.card.focus_first_action()
            return True
        return super().eventFilter(watched, event)
