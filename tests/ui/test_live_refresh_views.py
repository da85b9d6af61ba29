"""Live refresh beyond the contacts list: the window's own saves cause no reload (only others'
do), and in the Releases, Offices and Inquiries views a refresh brought by someone else's
change keeps the selection and what is being read where it was. Two connections to one
SQLite file or one PostgreSQL database."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from psycopg import sql
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from desktop.services import contacts, releases
from desktop.services.audit import CHANGES_CHANNEL
from desktop.services.database import Database, open_database
from desktop.services.inquiries import InquiryDraft, log_inquiry
from desktop.ui.main_window import INQUIRIES, OFFICES, RELEASES
from desktop.ui.tasks import InlineTaskRunner
from tests.ui.helpers import add_people

pytestmark = pytest.mark.gui
WAIT_MS = 10_000  # generous: the machine is shared; the check runs every second


@pytest.fixture
def two(db_url: str) -> Iterator[tuple[Database, Database]]:
    mine, theirs = open_database(db_url), open_database(db_url)
    yield mine, theirs
    mine.dispose()
    theirs.dispose()


@pytest.fixture
def shared(qtbot: QtBot, two: tuple[Database, Database],
           tasks: InlineTaskRunner) -> Iterator[Any]:
    from desktop.ui.i18n import Translations
    from desktop.ui.main_window import MainWindow

    translations = Translations()
    translations.apply("en")
    window = MainWindow(tasks, translations)
    qtbot.addWidget(window)
    window.set_database(two[0])
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.live_refresh.stop()


class Listener:
    """A LISTEN of the test's own: it knows when a notification has been sent out."""

    def __init__(self, url: str) -> None:
        parts = make_url(url)
        self.connection = psycopg.connect(
            host=parts.host, port=parts.port, dbname=parts.database, user=parts.username,
            password=parts.password, autocommit=True)
        self.connection.execute(sql.SQL("LISTEN {}").format(sql.Identifier(CHANGES_CHANNEL)))
        self.seen = 0
        self.connection.add_notify_handler(self._heard)

    def _heard(self, _notify: Any) -> None:
        self.seen += 1

    def wait(self, qtbot: QtBot, count: int) -> None:
        """Until ``count`` notifications in all were sent out."""
        def arrived() -> bool:
            self.connection.execute(sql.SQL("SELECT 1"))  # reads what the server sent
            return self.seen >= count

        qtbot.waitUntil(arrived, timeout=WAIT_MS)

    def close(self) -> None:
        self.connection.close()


def test_the_windows_own_save_causes_no_reload(
        qtbot: QtBot, shared: Any, two: tuple[Database, Database], db_url: str) -> None:
    window, (mine, theirs) = shared, two
    window.live_refresh.stop()  # polled by hand below: the order of events is the test's
    window.live_refresh.watch(mine)
    window.live_refresh._timer.stop()
    listener = Listener(db_url) if mine.backend == "postgresql" else None
    try:
        bekele = add_people(mine)["bekele"]  # the window's own changes
        contacts.update_contact(mine, bekele.id, contacts.ContactChanges(title="Spokesperson"))
        if listener is not None:
            listener.wait(qtbot, 3)  # ours are out: one per transaction
        for _ in range(5):
            window.live_refresh.poll()
        assert window.live_refresh.refreshes == 0
        contacts.update_contact(theirs, bekele.id, contacts.ContactChanges(notes="Elsewhere"))
        if listener is not None:
            listener.wait(qtbot, 4)
        qtbot.waitUntil(lambda: window.live_refresh.poll() is None
                        and window.live_refresh.refreshes == 1, timeout=WAIT_MS)
        for _ in range(3):
            window.live_refresh.poll()
        assert window.live_refresh.refreshes == 1  # someone else's change: once
    finally:
        if listener is not None:
            listener.close()


def test_releases_keep_the_release_being_read(qtbot: QtBot, shared: Any,
                                              two: tuple[Database, Database]) -> None:
    window, (_mine, theirs) = shared, two
    paths = releases.demo_paths()
    releases.import_releases(theirs, paths[:-1])
    window.show_view(RELEASES)
    view = window.releases
    qtbot.waitUntil(lambda: view.model.rowCount() == len(paths) - 1, timeout=WAIT_MS)
    chosen = view.model.release_at(1)
    view.open_release(chosen.id)
    qtbot.waitUntil(lambda: (view.current_release() or chosen).id == chosen.id
                    and view.current_release() is not None, timeout=WAIT_MS)
    bar = view.reader.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()
    releases.import_releases(theirs, paths[-1:])  # another officer imports one more
    qtbot.waitUntil(lambda: view.model.rowCount() == len(paths), timeout=WAIT_MS)
    current = view.table.currentIndex()
    assert view.model.release_at(current.row()).id == chosen.id  # the selection stayed
    assert view.current_release().id == chosen.id and bar.value() == scrolled


def test_offices_keep_the_selected_office(qtbot: QtBot, shared: Any,
                                          two: tuple[Database, Database]) -> None:
    window, (_mine, theirs) = shared, two
    people = add_people(theirs)
    window.show_view(OFFICES)
    view = window.offices
    office = people["bekele"].office
    assert office is not None
    qtbot.waitUntil(lambda: view.select_office(office.id), timeout=WAIT_MS)
    shown = view.details.text()
    contacts.add_contact(theirs, contacts.ContactDraft(name="Ana Souza", office="OIM Brasil",
                                                       country="BR"))
    qtbot.waitUntil(lambda: view.model.index_of_office(
        next(o.office.id for o in _offices(theirs) if o.office.name == "OIM Brasil")).isValid(),
        timeout=WAIT_MS)
    assert view.current_office() is not None and view.current_office().id == office.id
    assert view.details.text() == shown


def _offices(db: Database) -> list[Any]:
    from desktop.services.offices import list_offices

    return list_offices(db)


def test_inquiries_keep_the_selected_inquiry(qtbot: QtBot, shared: Any,
                                             two: tuple[Database, Database]) -> None:
    window, (_mine, theirs) = shared, two
    first = log_inquiry(theirs, InquiryDraft(journalist="Sam Reed", outlet="Reuters",
                                             topic="Floods in Kenya"))
    second = log_inquiry(theirs, InquiryDraft(journalist="Ana Lima", outlet="Folha",
                                              topic="Migration figures"))
    window.show_view(INQUIRIES)
    view = window.inquiries.ensure_view()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=WAIT_MS)
    assert view.select_inquiry(first.id)
    log_inquiry(theirs, InquiryDraft(journalist="Li Wei", outlet="Xinhua", topic="Aid"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=WAIT_MS)
    assert view.current_id() == first.id
    assert view.select_inquiry(second.id) and view.current_id() == second.id


def test_the_journalist_card_being_read_stays(qtbot: QtBot, shared: Any,
                                              two: tuple[Database, Database]) -> None:
    window, (_mine, theirs) = shared, two
    log_inquiry(theirs, InquiryDraft(journalist="Ana Lima", outlet="Folha", topic="Figures"))
    sam = log_inquiry(theirs, InquiryDraft(journalist="Sam Reed", outlet="Reuters",
                                           topic="Floods in Kenya")).journalist
    window.show_view(INQUIRIES)
    view = window.inquiries.ensure_view()
    view.tabs.setCurrentWidget(view.journalists)
    panel = view.journalists
    qtbot.waitUntil(lambda: panel.results.count() == 2, timeout=WAIT_MS)
    panel.results.setCurrentRow(1)
    qtbot.waitUntil(lambda: panel.current_id() == sam.id, timeout=WAIT_MS)
    # Another officer logs a call from someone whose name sorts first.
    log_inquiry(theirs, InquiryDraft(journalist="Aaron Abebe", outlet="AFP", topic="Aid"))
    qtbot.waitUntil(lambda: panel.results.count() == 3, timeout=WAIT_MS)
    assert panel.current_id() == sam.id
