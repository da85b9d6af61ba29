"""Feeds in the app: saved in Settings, checked from the File menu with a summary, and at start."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.services import feeds, releases
from desktop.services.database import Database
from desktop.ui.feed_commands import FeedsBox
from desktop.ui.tasks import InlineTaskRunner
from tests.releases.feed_server import Newsroom, newsroom, release_page, rss


@pytest.fixture
def room() -> Iterator[Newsroom]:
    with newsroom() as served:
        served.page("/water.html", release_page(
            "Water back on in three districts", "water is back on", "Ines Varga",
            "+36 1 555 0199", "ines.varga@lakeside.example.org"))
        served.page("/feed.xml", rss(served.base, [("/water.html", "Water"),
                                                   ("/gone.html", "Gone")]))
        yield served


def test_check_feeds_in_the_file_menu_imports_and_sums_up(
        window: Any, sqlite_db: Database, room: Newsroom, qtbot: QtBot) -> None:
    feeds.save_feed(sqlite_db, f"{room.base}/feed.xml")
    action = window.feeds.action
    assert action in window.actions_.menus["file"].actions() and "Feeds" in action.text()
    with qtbot.waitSignal(window.feeds.checked, timeout=20000) as signal:
        action.trigger()
    (report,) = signal.args[0]
    assert report.imported.created == 1 and len(report.failed) == 1
    box = window.findChild(QMessageBox, "feedSummary")
    assert box is not None and "1 new, 0 seen before, 1 failed" in box.text()
    assert "gone.html" in box.text() and "404" in box.text()
    assert releases.count_releases(sqlite_db) == 1
    box.close()


def test_feeds_are_added_and_removed_in_settings(
        window: Any, sqlite_db: Database, room: Newsroom) -> None:
    dialog = window.open_settings()
    box = dialog.findChild(FeedsBox)
    assert box is not None and box.feed_list.count() == 0
    box.address_edit.setText(f"{room.base}/feed.xml")
    box.at_start_check.setChecked(True)
    box.add_button.click()
    assert box.feed_list.count() == 1 and box.message.text() == "Feed saved."
    (saved,) = feeds.list_feeds(sqlite_db)
    assert saved.url == f"{room.base}/feed.xml" and saved.check_at_start
    box.address_edit.setText("ftp://example.org/feed.xml")
    box.add_button.click()
    assert "http" in box.message.text() and box.feed_list.count() == 1
    box.feed_list.setCurrentRow(0)
    box.remove_button.click()
    assert box.feed_list.count() == 0 and feeds.list_feeds(sqlite_db) == []
    dialog.reject()


def test_feeds_ticked_for_start_are_checked_when_the_database_opens(
        qtbot: QtBot, sqlite_db: Database, room: Newsroom) -> None:
    from desktop.ui.i18n import Translations
    from desktop.ui.main_window import MainWindow

    feeds.save_feed(sqlite_db, f"{room.base}/feed.xml", check_at_start=True)
    main = MainWindow(InlineTaskRunner(), Translations())
    qtbot.addWidget(main)
    main.set_database(sqlite_db)
    assert releases.count_releases(sqlite_db) == 1
    assert "1 new release" in main.statusBar().currentMessage()
