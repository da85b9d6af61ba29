"""Search as you type over the contacts table, with the selected person's card beside it."""

from __future__ import annotations

import html
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QElapsedTimer,
    QEvent,
    QItemSelection,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import override, settings
from desktop.ui.models.contacts_model import (
    COUNTRY,
    MATCHED,
    NAME,
    OFFICE,
    PHONE,
    TITLE,
    ContactsModel,
)
from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.domain.records import ContactRecord
    from desktop.services.database import Database
    from desktop.ui.widgets.contact_card import ContactCard

COLUMN_WEIGHTS = {NAME: 13, TITLE: 10, OFFICE: 11, COUNTRY: 8, PHONE: 10, MATCHED: 14}
"""Shares of the spare width, once every shown column has room for its contents."""
HIDE_FIRST = (TITLE, COUNTRY, OFFICE, MATCHED)
"""When the contents do not fit, these columns step aside in this order (name and number stay:
they are what a person looks up)."""
CARD_PAUSE_MS = 250
"""While keys come faster than this, the list follows every keystroke and the card waits for
the pause (rebuilding it costs more than painting the list)."""
STACKED_BELOW = 960
"""Narrower than this (in px), the card goes below the results instead of beside them."""


class ContactsView(QWidget):
    """The directory: a search field over the results, the card of the selection beside."""

    editRequested = Signal()
    archiveRequested = Signal()
    demoRequested = Signal()
    importRequested = Signal()
    releaseActivated = Signal(int)
    message = Signal(str)
    contactChanged = Signal(object)

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None, *,
                 icons: bool = True) -> None:
        """``icons=False`` leaves the search field's icon to ``add_icons()`` (start-up: the
        icon engine loads after the window's first paint)."""
        super().__init__(parent)
        self.setObjectName("contactsPage")
        self._tasks = tasks
        self._db: Database | None = None
        self._selected_id: int | None = None
        self._widths: dict[int, int] = {}
        """Content width of each column for the rows on screen, per answer (measuring is
        costly: it reads every shown cell)."""
        self._text_widths: dict[str, int] = {}
        """Pixel width of each text measured in the table's font: as the user types, most
        names, offices and countries were on screen a keystroke ago (most of the GUI thread's
        time per answer went to measuring them again)."""
        self._measured_font = ""
        self._card_later = False
        self._last_key = QElapsedTimer()
        self._card_timer = QTimer(self)
        self._card_timer.setSingleShot(True)
        self._card_timer.setInterval(30)
        self._card_timer.timeout.connect(lambda: self._show_selected())
        self._user_hidden: set[int] = set()
        """Columns the user turned off (the column menu); others hide only for lack of room."""
        self._pinned = False
        """The card shows a contact chosen outside the results (just added or edited, or
        opened from another view): the best hit must not replace it until the query changes."""
        self.model = ContactsModel(tasks, self)
        self.search_field = QLineEdit()
        self.search_field.setObjectName("searchField")
        self.search_field.setClearButtonEnabled(True)
        self._icons_added = False
        if icons:
            self.add_icons()
        self.table = QTableView()
        self.table.setObjectName("contactsView")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the results for the card
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setObjectName("contactsRowHeader")
        header_name = "contactsHeader"
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setObjectName(header_name)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.moveSection(MATCHED, 1)  # why a hit matched reads best beside its name
        header.setSectionHidden(MATCHED, True)  # shown only for search results
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.table.setSortingEnabled(True)
        header.setSortIndicator(NAME, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.empty_label = QLabel(self.table.viewport())
        self.empty_label.setObjectName("contactsEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.RichText)
        self.empty_label.linkActivated.connect(self._empty_link)
        self.empty_label.hide()
        # The card is built just after the window first paints (``card``): nothing is
        # selected before the first page arrives, and it is a good share of start-up.
        self._card: ContactCard | None = None
        self._card_slot = QWidget()
        self._card_slot.setObjectName("contactCardSlot")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("contactsSplitter")
        self.splitter.setChildrenCollapsible(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_field)
        left_layout.addWidget(self.table)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self._card_slot)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.splitter)
        self._typed_ahead = False
        """Keys came while a search ran: the newest text is searched when it answers."""
        self.search_field.textChanged.connect(self._typed)
        self.search_field.installEventFilter(self)
        self.table.viewport().installEventFilter(self)
        header.sectionCountChanged.connect(lambda _old, _new: self._fit_columns())
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_field)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.search_field.clear)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.table)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(self.show_card_and_focus)
        self.table.doubleClicked.connect(lambda _index: self.editRequested.emit())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.loaded.connect(self._loaded)
        self.model.modelReset.connect(self._update_empty_state)
        self.model.rowsInserted.connect(self._update_empty_state)
        self.model.failed.connect(self.message)
        self.model.settled.connect(self._search_typed_ahead)
        self.retranslate_ui()

    def add_icons(self) -> None:
        """The search field's magnifier (once)."""
        if not self._icons_added:
            from desktop.ui.icons import icon

            self._icons_added = True
            self.search_field.addAction(icon("search"),
                                        QLineEdit.ActionPosition.LeadingPosition)

    @property
    def card(self) -> ContactCard:
        """The selected person's card, built on first use."""
        if self._card is None:
            from desktop.ui.widgets.contact_card import ContactCard

            card = ContactCard()
            card.releaseActivated.connect(self.releaseActivated)
            card.message.connect(self.message)
            card.editRequested.connect(self.editRequested)
            card.archiveRequested.connect(self.archiveRequested)
            card.setAccessibleName(self.tr("Contact card"))
            self.splitter.replaceWidget(1, card)
            self._card_slot.deleteLater()
            self._card = card
        return self._card

    # Data -----------------------------------------------------------------------------------
    def set_database(self, db: Database) -> None:
        self._db = db
        self.model.set_database(db)

    def refresh(self) -> None:
        self.model.reload()
        if self._selected_id is not None:
            self._load_card(self._selected_id)

    def focus_main(self) -> None:
        """Alt+1 puts the keyboard in the search field, its text chosen (typing replaces it,
        ↓ goes to the results): the page itself takes no keys."""
        self.focus_search()

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def current_contact(self) -> ContactRecord | None:
        if self._card_timer.isActive():  # a command now acts on the row the list shows
            self._card_timer.stop()
            self._show_selected()
        return self._card.record if self._card is not None else None

    def show_record(self, record: ContactRecord) -> None:
        """Put an edited record on the card at once (the list catches up on reload)."""
        if record.id == self._selected_id or self._selected_id is None:
            self._selected_id = record.id
            self.card.show_contact(record)
            self.contactChanged.emit(record)

    def select_contact(self, contact_id: int, record: ContactRecord | None = None) -> None:
        """Show ``contact_id`` on the card whatever the search: selected in the list when it
        is among the results, otherwise the list's selection is cleared so that nothing else
        looks chosen (and a reload does not bring the best hit back)."""
        self._selected_id = contact_id
        row = self.model.row_of(contact_id)
        if row >= 0:
            self._pinned = False
            self.table.selectRow(row)
            return
        self._pinned = True
        self.table.selectionModel().clearSelection()
        if record is not None and record.id == contact_id:
            self.card.show_contact(record)
            self.contactChanged.emit(record)
        self._load_card(contact_id)

    def _typed(self, _text: str) -> None:
        """Search on the keystroke; while a search runs, only the newest text is searched,
        the moment it answers (no fixed pause, never more than one search at a time, and
        the texts typed in between are never searched)."""
        self._last_key.start()
        if self._card_timer.isActive():  # still typing: the card waits for the pause
            self._card_timer.start(CARD_PAUSE_MS)
        if self.model.is_fetching():
            self._typed_ahead = True
        else:
            self._search_now()

    def _search_typed_ahead(self) -> None:
        if self._typed_ahead:
            self._search_now()

    def show_card_and_focus(self) -> None:
        """Enter on a result: look, do not edit. The card shows the row; focus moves into it."""
        rows = self.table.selectionModel().selectedRows()
        if not rows and self.model.rowCount():
            self.table.selectRow(0)
        if self.current_contact() is not None:
            self.card.focus_first_action()

    def _search_now(self) -> None:
        self._typed_ahead = False
        if self.search_field.text().strip() != self.model.query:
            self._pinned = False
        self.model.set_query(self.search_field.text())
        self._show_sort_indicator()
        self._update_empty_state()

    def _loaded(self) -> None:
        row = self.model.row_of(self._selected_id) if self._selected_id is not None else -1
        if row >= 0:
            self._pinned = False
        elif not self._pinned and self.model.query and self.model.rowCount():
            row = 0  # as you type, the best hit's card follows
        self._widths.clear()
        self.table.horizontalHeader().setSectionHidden(MATCHED, not self.model.query)
        self._fit_columns()
        record = self.model.contact(row)
        selection = self.table.selectionModel()
        if record is None:  # rows change in place: no other row may stay looking chosen
            selection.clearSelection()
        else:
            self._card_later = True  # the card follows below (the selection may not change)
            self.table.selectRow(row)
            self._card_later = False
            self.table.scrollTo(self.model.index(row, 0))
            # results paint first, then the card
            self._follow(record, later=not self._tasks.runs_inline)
        self._update_empty_state()

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = {index.row() for index in selected.indexes()}
        record = self.model.contact(min(rows)) if rows else None
        if record is None:
            return
        if not self._card_later:
            self._follow(record)

    def _follow(self, record: ContactRecord, *, later: bool = False) -> None:
        """The card shows ``record``: at once, or after the results paint (``later``), and
        after the typing pauses while keys come fast."""
        self._selected_id = record.id
        self._pinned = False
        if not later:
            self._card_timer.stop()
            self._show_selected(record)
        elif self._last_key.isValid() and self._last_key.elapsed() < CARD_PAUSE_MS:
            self._card_timer.start(CARD_PAUSE_MS)
        else:
            self._card_timer.start(30)

    def _show_selected(self, record: ContactRecord | None = None) -> None:
        if record is None:
            rows = self.table.selectionModel().selectedRows()
            record = self.model.contact(rows[0].row()) if rows else None
            if record is None or record.id != self._selected_id:
                return
        shown = self._card.record if self._card is not None else None
        if shown == record:
            return  # the same person, unchanged: nothing to rebuild or read again
        pending = not self.model.releases_read(record.id)
        if shown is not None and shown.id == record.id and pending:
            # a search hit's record comes without releases: the card's are still theirs
            record = replace(record, releases=shown.releases)
            if shown == record:
                return
            pending = False
        # at once from the list; the releases follow
        self.card.show_contact(record, releases_pending=pending)
        self.contactChanged.emit(record)
        self._load_card(record.id)

    def _load_card(self, contact_id: int) -> None:
        db = self._db
        if db is None:
            return

        def load() -> ContactRecord:
            from desktop.services.contacts import get_contact

            return get_contact(db, contact_id)

        def show(record: ContactRecord) -> None:
            if record.id == self._selected_id:
                self.card.show_contact(record)
                self.contactChanged.emit(record)

        def failed(error: BaseException, _details: str) -> None:
            from desktop.ui.refusals import said

            self.message.emit(said(error))

        self._tasks.run(load, show, failed,
                        key="contact-card")

    # Table chrome ---------------------------------------------------------------------------
    def _sort_changed(self, column: int, _order: Qt.SortOrder) -> None:
        """The table has asked the model to sort; put the arrow back where the model could not."""
        if not self.model.can_sort(column):
            self._show_sort_indicator()
            self.message.emit(self.tr("The whole directory sorts by name, title, office or "
                                      "country; search to sort the results by any column."))

    def _show_sort_indicator(self) -> None:
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(*self.model.sort_order)
        header.blockSignals(False)
        header.viewport().update()

    def _fit_columns(self) -> None:
        """Give every shown column room for its contents (header included); when they do not
        all fit, hide the least useful first (HIDE_FIRST); share what is left by weight."""
        header = self.table.horizontalHeader()
        width = self.table.viewport().width()
        if width <= 0:
            return
        chosen = [c for c in range(self.model.columnCount()) if c not in self._user_hidden
                  and (c != MATCHED or bool(self.model.query))]
        # The header's own width even for a section hidden now (its size hint is then 0, so a
        # column that had stepped aside came back as narrow as its values: "arg" for "Cargo").
        titled = {c: header.sectionSizeFromContents(c).width() for c in chosen}
        needed = {c: max(self._content_width(c), titled[c]) for c in chosen}
        if MATCHED in needed:  # a release title can be long: it takes at most a third, elided
            needed[MATCHED] = max(titled[MATCHED], min(needed[MATCHED], width // 3))
        shown = list(chosen)
        for column in HIDE_FIRST:
            if sum(needed[c] for c in shown) <= width or len(shown) <= 2:
                break
            if column in shown:
                shown.remove(column)
        for column in range(self.model.columnCount()):
            header.setSectionHidden(column, column not in shown)
        spare = max(0, width - sum(needed[c] for c in shown))
        total = sum(COLUMN_WEIGHTS.get(c, 10) for c in shown) or 1
        given = 0
        for n, column in enumerate(shown):
            size = needed[column] + spare * COLUMN_WEIGHTS.get(column, 10) // total
            if n == len(shown) - 1:
                size = max(needed[column], width - given)
            header.resizeSection(column, size)
            given += size

    def _content_width(self, column: int) -> int:
        """The widest of the texts in ``column`` on screen, measured once per answer (from the
        rows themselves: asking the model cell by cell costs more than the measuring)."""
        if column not in self._widths:
            metrics = self.table.fontMetrics()
            font = self.table.font().key()
            known = self._text_widths
            if font != self._measured_font or len(known) > 20_000:
                known.clear()
                self._measured_font = font
            rows = max(30, self.table.viewport().height() // max(
                1, self.table.verticalHeader().defaultSectionSize()) + 1)
            texts = [text for text in self.model.texts(column, rows) if text]
            for text in texts:
                if text not in known:
                    known[text] = metrics.horizontalAdvance(text)
            widest = max(map(known.__getitem__, texts), default=0)
            style = self.table.style()
            margin = style.pixelMetric(style.PixelMetric.PM_FocusFrameHMargin)
            if column == NAME and self._flag_shown(rows):
                # the flag on a name that needs review takes room before it ("Valentina R…")
                widest += style.pixelMetric(style.PixelMetric.PM_SmallIconSize) + 2 * margin
            self._widths[column] = widest + 2 * margin + 12
        return self._widths[column]

    def _flag_shown(self, rows: int) -> bool:
        """Whether a name among the first ``rows`` carries the needs-review flag."""
        model = self.model
        return any(model.index(row, NAME).data(Qt.ItemDataRole.DecorationRole) is not None
                   for row in range(min(rows, model.rowCount())))

    def _set_column_shown(self, column: int, shown: bool) -> None:
        if column != MATCHED:
            if shown:
                self._user_hidden.discard(column)
            else:
                self._user_hidden.add(column)
        self.table.horizontalHeader().setSectionHidden(column, not shown)
        self._fit_columns()

    def _column_menu(self, position: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        menu.setObjectName("columnsMenu")
        for column in range(1, self.model.columnCount()):
            if column == MATCHED:
                continue  # follows the search, not a choice
            action = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(column not in self._user_hidden)
            action.toggled.connect(lambda on, c=column: self._set_column_shown(c, on))
        menu.exec(header.mapToGlobal(position))

    def _update_empty_state(self) -> None:
        empty = self.model.rowCount() == 0 and not self.model.is_loading() and self._db is not None
        if empty:
            if self.model.query:
                self.empty_label.setText(self.tr("No contact matches “{query}”.").format(
                    query=html.escape(self.model.query)))
            else:
                self.empty_label.setText(self.tr(
                    "No contacts yet — <a href=\"import\">import a release</a> (Ctrl+I) or "
                    "<a href=\"demo\">load the demo data</a>."))
            self.empty_label.resize(self.table.viewport().size())
        self.empty_label.setVisible(empty)

    def _empty_link(self, link: str) -> None:
        (self.demoRequested if link == "demo" else self.importRequested).emit()

    # State, language, keys ------------------------------------------------------------------
    def save_state(self) -> None:
        settings.SPLITTER_STATE.set(self.splitter.saveState())
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):  # only the user's choices are kept
            header.setSectionHidden(column, column in self._user_hidden or column == MATCHED)
        settings.CONTACT_COLUMNS.set(header.saveState())
        self._fit_columns()

    def restore_state(self) -> None:
        if not settings.SPLITTER_STATE.get().isEmpty():
            self.splitter.restoreState(settings.SPLITTER_STATE.get())
        else:
            self.splitter.setSizes([640, 400])
        if not settings.CONTACT_COLUMNS.get().isEmpty():
            header = self.table.horizontalHeader()
            header.restoreState(settings.CONTACT_COLUMNS.get())
            self._user_hidden = {c for c in range(self.model.columnCount())
                                 if c != MATCHED and header.isSectionHidden(c)}
        self._set_column_shown(MATCHED, bool(self.model.query))

    def retranslate_ui(self) -> None:
        self.search_field.setPlaceholderText(
            self.tr("Search names, offices, countries, releases, numbers… (Ctrl+K)"))
        self.search_field.setAccessibleName(self.tr("Search contacts"))
        self.table.setAccessibleName(self.tr("Contacts"))
        self.table.horizontalHeader().setAccessibleName(
            self.tr("Columns (right-click to choose)"))
        self.table.verticalHeader().setAccessibleName(self.tr("Rows"))
        if self._card is not None:
            self._card.setAccessibleName(self.tr("Contact card"))
        self.model.retranslate_ui()
        self._update_empty_state()

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width(), event.size().height())
        self.empty_label.resize(self.table.viewport().size())

    def _arrange(self, width: int, height: int) -> None:
        """Card beside the results when there is room for both, below them when not."""
        wanted = (Qt.Orientation.Vertical if width < STACKED_BELOW
                  else Qt.Orientation.Horizontal)
        if self.splitter.orientation() == wanted:
            return
        self.splitter.setOrientation(wanted)
        room = max(height if wanted == Qt.Orientation.Vertical else width, 400)
        self.splitter.setSizes([room * 55 // 100, room * 45 // 100])

    @override
    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab order search → results → card whatever order the widgets were built in (the
        card's buttons are rebuilt for each contact)."""
        focus = QApplication.focusWidget()
        card = self._card
        has_card = card is not None and card.record is not None
        if focus is self.table:
            if next and has_card and card is not None:
                card.focus_first_action()
                return True
            if not next:
                self.search_field.setFocus(Qt.FocusReason.BacktabFocusReason)
                return True
        if not next and card is not None and focus is card.first_action():
            self.table.setFocus(Qt.FocusReason.BacktabFocusReason)
            return True
        return super().focusNextPrevChild(next)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down arrow in the search field moves into the results; columns follow the width."""
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
            return False
        if watched is self.search_field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                    and self.model.rowCount():
                self.table.setFocus(Qt.FocusReason.TabFocusReason)
                if not self.table.selectionModel().hasSelection():
                    self.table.selectRow(0)
                return True
        return super().eventFilter(watched, event)
